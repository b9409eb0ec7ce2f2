import PromModel

extension SeriesStore {
    /// Collects samples, merging every chunk that has the same label set.
    /// When two chunks carry the same timestamp, the one appended later wins
    /// (the newer load overrides, as a re-scrape would).
    public struct Builder: Sendable {
        private var slots: [Labels: Int] = [:]
        private var pending: [Pending] = []
        public var metadata = MetricMetadataIndex()

        public init() {}

        public var seriesCount: Int { pending.count }

        public mutating func append(_ labels: Labels, timestamp: Int64, value: Double) {
            pending[slot(for: labels)].append(timestamp: timestamp, value: value)
        }

        public mutating func append(_ series: Series) {
            append(series.labels, columns: SampleColumns(series.samples))
        }

        public mutating func append(_ labels: Labels, columns: SampleColumns) {
            pending[slot(for: labels)].append(columns)
        }

        /// Drops everything collected so far (promqltest's `clear`).
        public mutating func removeAll() {
            slots = [:]
            pending = []
        }

        /// Label sets that never received a sample are left out: a store
        /// series always has data, as in Prometheus.
        public func build() -> SeriesStore {
            let order = pending.indices.filter { !pending[$0].isEmpty }
                .sorted { Labels.compare(pending[$0].labels, pending[$1].labels) < 0 }
            return SeriesStore(
                sortedLabels: order.map { pending[$0].labels },
                columns: order.map { pending[$0].merged() },
                metadata: metadata)
        }

        private mutating func slot(for labels: Labels) -> Int {
            if let existing = slots[labels] { return existing }
            slots[labels] = pending.count
            pending.append(Pending(labels: labels))
            return pending.count - 1
        }
    }
}

/// One label set's chunks, in the order they arrived.
private struct Pending: Sendable {
    let labels: Labels
    var parts: [SampleColumns] = []
    var openTimestamps: [Int64] = []
    var openValues: [Double] = []

    init(labels: Labels) { self.labels = labels }

    var isEmpty: Bool { openValues.isEmpty && parts.allSatisfy { $0.count == 0 } }

    mutating func append(timestamp: Int64, value: Double) {
        openTimestamps.append(timestamp)
        openValues.append(value)
    }

    mutating func append(_ columns: SampleColumns) {
        closeOpenPart()
        parts.append(columns)
    }

    private mutating func closeOpenPart() {
        guard !openValues.isEmpty else { return }
        parts.append(SampleColumns(timestamps: .explicit(openTimestamps), values: openValues))
        openTimestamps = []
        openValues = []
    }

    /// Sorted by time with unique timestamps. A single in-order part (the
    /// usual case) is passed through without copying.
    func merged() -> SampleColumns {
        var all = parts
        if !openValues.isEmpty { all.append(SampleColumns(timestamps: .explicit(openTimestamps), values: openValues)) }
        if all.count == 1, isStrictlyIncreasing(all[0]) { return all[0] }
        var timestamps: [Int64] = []
        var values: [Double] = []
        let withStarts = all.contains { $0.startTimestamps != nil }
        var starts: [Int64] = []
        for part in all {
            for index in 0..<part.count {
                timestamps.append(part.timestamp(at: index))
                values.append(part.values[index])
                if withStarts { starts.append(part.startTimestamps?[index] ?? 0) }
            }
        }
        // Stable by arrival, so among equal timestamps the last one is newest.
        let order = timestamps.indices.sorted { timestamps[$0] != timestamps[$1] ? timestamps[$0] < timestamps[$1] : $0 < $1 }
        var outTimestamps: [Int64] = []
        var outValues: [Double] = []
        var outStarts: [Int64] = []
        outTimestamps.reserveCapacity(order.count)
        outValues.reserveCapacity(order.count)
        for position in order {
            if let last = outTimestamps.last, last == timestamps[position] {
                outValues[outValues.count - 1] = values[position]
                if withStarts { outStarts[outStarts.count - 1] = starts[position] }
            } else {
                outTimestamps.append(timestamps[position])
                outValues.append(values[position])
                if withStarts { outStarts.append(starts[position]) }
            }
        }
        return SampleColumns(timestamps: .explicit(outTimestamps), values: outValues, startTimestamps: withStarts ? outStarts : nil)
    }

    private func isStrictlyIncreasing(_ columns: SampleColumns) -> Bool {
        guard case .explicit(let list) = columns.timestamps else { return true }
        var index = 1
        while index < list.count {
            if list[index - 1] >= list[index] { return false }
            index += 1
        }
        return true
    }
}
