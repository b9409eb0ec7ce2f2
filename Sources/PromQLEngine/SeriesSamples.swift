import TimeSeries

/// Sample times of a stored series without copying them: either an array
/// or, for evenly spaced data, first + index·step.
struct SampleTimes {
    let base: UnsafePointer<Int64>?
    let first: Int64
    let step: Int64

    @inline(__always)
    subscript(_ i: Int) -> Int64 {
        if let base { return base[i] }
        return first &+ Int64(i) &* step
    }

    /// The first index in `0..<count` whose time is after `t`.
    @inline(__always)
    func upperBound(_ t: Int64, count: Int) -> Int {
        if base == nil {
            if count == 0 || t < first { return 0 }
            let steps = (UInt64(bitPattern: t &- first) / UInt64(step)) &+ 1
            return steps >= UInt64(count) ? count : Int(steps)
        }
        var low = 0, high = count
        while low < high {
            let mid = (low + high) >> 1
            if base![mid] <= t { low = mid + 1 } else { high = mid }
        }
        return low
    }

    @inline(__always)
    func dropFirst(_ n: Int) -> SampleTimes {
        if let base { return SampleTimes(base: base + n, first: 0, step: 0) }
        return SampleTimes(base: nil, first: first &+ Int64(n) &* step, step: step)
    }
}

/// A run of one series' samples (times, values, start timestamps) in time
/// order, pointing into the store's columns.
struct SeriesSamples {
    let times: SampleTimes
    let values: UnsafeBufferPointer<Double>
    /// Start timestamps aligned with `values` (0 = unknown), nil if the series has none.
    let starts: UnsafeBufferPointer<Int64>?

    var count: Int { values.count }

    /// Samples with `after < t <= through`.
    @inline(__always)
    func window(after low: Int64, through high: Int64) -> SeriesSamples {
        let from = times.upperBound(low, count: values.count)
        let to = Swift.max(from, times.upperBound(high, count: values.count))
        return SeriesSamples(
            times: times.dropFirst(from),
            values: UnsafeBufferPointer(rebasing: values[from..<to]),
            starts: starts.map { UnsafeBufferPointer(rebasing: $0[from..<to]) })
    }

    func startTimestamp(_ i: Int) -> Int64 {
        guard let starts, i < starts.count else { return 0 }
        return starts[i]
    }
}

extension SampleColumns {
    /// Calls `body` with the columns as `SeriesSamples`.
    func withSamples<R>(_ body: (SeriesSamples) -> R) -> R {
        values.withUnsafeBufferPointer { values in
            withStarts { starts in
                switch timestamps {
                case .regular(let first, let step):
                    return body(SeriesSamples(times: SampleTimes(base: nil, first: first, step: Swift.max(step, 1)),
                                              values: values, starts: starts))
                case .explicit(let list):
                    return list.withUnsafeBufferPointer { times in
                        body(SeriesSamples(times: SampleTimes(base: times.baseAddress, first: 0, step: 0), values: values, starts: starts))
                    }
                }
            }
        }
    }

    private func withStarts<R>(_ body: (UnsafeBufferPointer<Int64>?) -> R) -> R {
        guard let startTimestamps else { return body(nil) }
        return startTimestamps.withUnsafeBufferPointer { body($0) }
    }

    /// The same samples without staleness markers, which range selectors
    /// never see.
    func withoutStaleMarkers() -> SampleColumns {
        guard containsStaleMarkers else { return self }
        var times: [Int64] = []
        var kept: [Double] = []
        var starts: [Int64] = []
        for position in 0..<count where !values[position].isStaleNaN {
            times.append(timestamp(at: position))
            kept.append(values[position])
            if let startTimestamps { starts.append(startTimestamps[position]) }
        }
        return SampleColumns(timestamps: .explicit(times), values: kept, startTimestamps: startTimestamps == nil ? nil : starts)
    }
}
