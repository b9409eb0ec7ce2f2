/// The samples of one series in columns: values in one contiguous `[Double]`,
/// timestamps either as an explicit `[Int64]` or, for evenly spaced data (all
/// series-notation input without gaps), as start + step, which halves memory
/// and makes range lookups arithmetic.
public struct SampleColumns: Sendable {
    public enum Timestamps: Sendable, Equatable {
        case regular(first: Int64, step: Int64)
        case explicit([Int64])
    }

    // `internal(set) var` only so SeriesStore+Append can append in place.
    public internal(set) var timestamps: Timestamps
    public internal(set) var values: [Double]
    /// Per-sample start timestamps (ms; 0 = unknown), as OTel-style
    /// cumulative and delta data carry them (promqltest's `@st` lines);
    /// nil when the series has none.
    public internal(set) var startTimestamps: [Int64]?
    /// Whether any value is a staleness marker, so range reads can skip
    /// filtering when there are none.
    public internal(set) var containsStaleMarkers: Bool

    /// `explicit` timestamps must be strictly increasing and as many as the
    /// values; `regular` needs a positive step (or at most one value).
    public init(timestamps: Timestamps, values: [Double], startTimestamps: [Int64]? = nil) {
        switch timestamps {
        case .regular(_, let step): precondition(step > 0 || values.count <= 1, "regular timestamps need a positive step")
        case .explicit(let list): precondition(list.count == values.count, "one timestamp per value")
        }
        precondition(startTimestamps.map { $0.count == values.count } ?? true, "one start timestamp per value")
        self.timestamps = timestamps
        self.values = values
        self.startTimestamps = startTimestamps
        self.containsStaleMarkers = values.contains { $0.bitPattern == StaleNaN.bitPattern }
    }

    public init(_ samples: [Sample]) {
        self.init(timestamps: .explicit(samples.map(\.timestampMilliseconds)), values: samples.map(\.value))
    }

    public var count: Int { values.count }

    @inline(__always)
    public func timestamp(at index: Int) -> Int64 {
        switch timestamps {
        case .regular(let first, let step): first &+ Int64(index) &* step
        case .explicit(let list): list[index]
        }
    }

    public subscript(index: Int) -> Sample {
        Sample(timestampMilliseconds: timestamp(at: index), value: values[index])
    }

    /// The first index whose timestamp is `>= t` (count if none).
    public func lowerBound(_ t: Int64) -> Int {
        switch timestamps {
        case .regular(let first, let step):
            if values.isEmpty || t <= first { return 0 }
            if step <= 0 { return values.count }
            // Ceiling division without overflow for any t > first.
            let distance = UInt64(bitPattern: t &- first)
            let stride = UInt64(step)
            let steps = distance / stride + (distance % stride == 0 ? 0 : 1)
            return steps >= UInt64(values.count) ? values.count : Int(steps)
        case .explicit(let list):
            var low = 0, high = list.count
            while low < high {
                let mid = (low + high) >> 1
                if list[mid] < t { low = mid + 1 } else { high = mid }
            }
            return low
        }
    }

    /// The first index whose timestamp is `> t` (count if none).
    public func upperBound(_ t: Int64) -> Int {
        t == .max ? values.count : lowerBound(t + 1)
    }

    /// Indices of samples with `range.lowerBound <= t <= range.upperBound`.
    public func indices(in range: ClosedRange<Int64>) -> Range<Int> {
        let low = lowerBound(range.lowerBound)
        return low..<max(low, upperBound(range.upperBound))
    }

    /// Indices of samples with `range.lowerBound <= t < range.upperBound`.
    public func indices(in range: Range<Int64>) -> Range<Int> {
        let low = lowerBound(range.lowerBound)
        return low..<max(low, lowerBound(range.upperBound))
    }

    public var samples: [Sample] { (0..<count).map { self[$0] } }
}

/// A window of one series' samples, without copying.
public struct SampleView: RandomAccessCollection, Sendable {
    public let columns: SampleColumns
    public let indices: Range<Int>

    public init(columns: SampleColumns, indices: Range<Int>) {
        self.columns = columns
        self.indices = indices
    }

    public var startIndex: Int { indices.lowerBound }
    public var endIndex: Int { indices.upperBound }
    public subscript(position: Int) -> Sample { columns[position] }

    /// The values alone, for folds that do not need timestamps.
    public var values: ArraySlice<Double> { columns.values[indices] }

    public func timestamp(at position: Int) -> Int64 { columns.timestamp(at: position) }
}
