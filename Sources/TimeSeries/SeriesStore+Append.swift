import PromModel

/// How the TSDB head answers one appended sample (tsdb/head_append.go), which
/// rule evaluation needs: recorded series, `ALERTS` and staleness markers are
/// written back into the store between evaluations.
public enum AppendOutcome: Sendable, Equatable {
    case appended
    /// Same timestamp and bit-identical value: accepted as a no-op.
    case unchanged
    /// Older than the series' newest sample (`out of order sample`).
    case outOfOrder
    /// Same timestamp, different value (`duplicate sample for timestamp`).
    case duplicate(existing: Double)
}

extension SampleColumns {
    /// Appends after the last sample, keeping the compact `regular` form while
    /// the new timestamp stays on its grid.
    public mutating func append(timestamp t: Int64, value: Double) -> AppendOutcome {
        if let lastIndex = values.indices.last {
            let last = timestamp(at: lastIndex)
            if t < last { return .outOfOrder }
            if t == last {
                let existing = values[lastIndex]
                return existing.bitPattern == value.bitPattern ? .unchanged : .duplicate(existing: existing)
            }
        }
        switch timestamps {
        case .regular(let first, let step):
            if values.isEmpty {
                timestamps = .regular(first: t, step: 1)
            } else if values.count == 1 {
                timestamps = .regular(first: first, step: t - first)
            } else if t != first &+ Int64(values.count) &* step {
                var list: [Int64] = []
                list.reserveCapacity(values.count + 1)
                for index in values.indices { list.append(first &+ Int64(index) &* step) }
                list.append(t)
                timestamps = .explicit(list)
            }
        case .explicit(var list):
            // Release the enum's reference first so the append happens in place.
            timestamps = .regular(first: 0, step: 1)
            list.append(t)
            timestamps = .explicit(list)
        }
        values.append(value)
        if startTimestamps != nil { startTimestamps!.append(0) }
        if value.bitPattern == StaleNaN.bitPattern { containsStaleMarkers = true }
        return .appended
    }

    /// The first `count` samples.
    public func prefix(_ count: Int) -> SampleColumns {
        guard count < values.count else { return self }
        switch timestamps {
        case .regular:
            return SampleColumns(timestamps: timestamps, values: Array(values[..<count]), startTimestamps: startTimestamps.map { Array($0[..<count]) })
        case .explicit(let list):
            return SampleColumns(
                timestamps: .explicit(Array(list[..<count])), values: Array(values[..<count]),
                startTimestamps: startTimestamps.map { Array($0[..<count]) })
        }
    }
}

extension SeriesStore {
    /// Appends one sample, creating the series (in label order) when it is new.
    /// Inserting a series shifts the ids of the series after it.
    public mutating func append(_ labels: Labels, timestamp: Int64, value: Double) -> AppendOutcome {
        if let id = id(of: labels) { return append(to: id, timestamp: timestamp, value: value) }
        var columns = SampleColumns(timestamps: .regular(first: timestamp, step: 1), values: [])
        _ = columns.append(timestamp: timestamp, value: value)
        insert([(labels, columns)])
        return .appended
    }

    /// Appends one sample to a stored series.
    public mutating func append(to id: SeriesID, timestamp: Int64, value: Double) -> AppendOutcome {
        columns[id.rawValue].append(timestamp: timestamp, value: value)
    }

    /// Adds series whose label sets are not stored yet, keeping the store's
    /// label order and name index. One merge for the whole batch.
    public mutating func insert(_ series: [(labels: Labels, columns: SampleColumns)]) {
        guard !series.isEmpty else { return }
        let added = series.sorted { Labels.compare($0.labels, $1.labels) < 0 }
        var mergedLabels: [Labels] = []
        var mergedColumns: [SampleColumns] = []
        mergedLabels.reserveCapacity(labelSets.count + added.count)
        mergedColumns.reserveCapacity(labelSets.count + added.count)
        var old = 0
        var new = 0
        while old < labelSets.count || new < added.count {
            if new == added.count || (old < labelSets.count && Labels.compare(labelSets[old], added[new].labels) < 0) {
                mergedLabels.append(labelSets[old])
                mergedColumns.append(columns[old])
                old += 1
            } else {
                mergedLabels.append(added[new].labels)
                mergedColumns.append(added[new].columns)
                new += 1
            }
        }
        labelSets = []
        columns = []
        labelSets = mergedLabels
        columns = mergedColumns
        (byName, unnamed, postings) = Self.indexes(of: mergedLabels)
    }

    /// The store as it was when nothing after `t` had been written: what a
    /// query reading past its evaluation time (`@`, negative `offset`) sees in
    /// promtool, which loads input samples only up to each evaluation.
    public func truncated(through t: Int64) -> SeriesStore {
        var copy = self
        for index in copy.columns.indices {
            let end = copy.columns[index].upperBound(t)
            if end < copy.columns[index].count { copy.columns[index] = copy.columns[index].prefix(end) }
        }
        return copy
    }

    /// The newest timestamp in the store, if any sample is stored.
    public var maxTimestamp: Int64? {
        var best: Int64?
        for column in columns where column.count > 0 {
            let last = column.timestamp(at: column.count - 1)
            if best == nil || last > best! { best = last }
        }
        return best
    }
}
