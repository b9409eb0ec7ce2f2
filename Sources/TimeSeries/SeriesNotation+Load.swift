import PromModel

extension SeriesNotation {
    /// Adds one `load` block's worth of descriptions to `builder`: step i at
    /// `start + i·interval`. As in promqltest (and so promtool, which feeds
    /// `input_series` through a `load` block), a later line with the same
    /// label set replaces an earlier one within the block.
    ///
    /// Series with `{{…}}` samples are skipped and reported with kind
    /// `.nativeHistogramsUnsupported`; the other series still load.
    ///
    /// `startTimestampOffsets`, aligned with `descriptions`, gives each
    /// step's start-timestamp offset (promqltest's `@st` lines); a sample's
    /// start timestamp is its own time plus the offset, 0 where none.
    @discardableResult
    public static func load(_ descriptions: [SeriesDescription], intervalMilliseconds interval: Int64,
                            startMilliseconds start: Int64 = 0, into builder: inout SeriesStore.Builder,
                            maxSamplesPerSeries: Int = defaultMaxSamplesPerSeries,
                            startTimestampOffsets: [[Int64?]?]? = nil) -> [SeriesNotationError] {
        var lastIndex: [Labels: Int] = [:]
        for (index, description) in descriptions.enumerated() { lastIndex[description.labels] = index }
        var errors: [SeriesNotationError] = []
        for (index, description) in descriptions.enumerated() where lastIndex[description.labels] == index {
            if description.labels.isEmpty && description.stepCount > 0 {
                errors.append(SeriesNotationError(kind: .invalidSample, message: "empty labelset: invalid sample",
                                                  position: description.itemPositions.first ?? .init(line: 1, column: 1),
                                                  byteColumn: 0))
                continue
            }
            do {
                var columns = try description.floatColumns(intervalMilliseconds: interval, startMilliseconds: start,
                                                           maxSamples: maxSamplesPerSeries)
                if let offsets = startTimestampOffsets?[index], interval > 0 {
                    columns = withStartTimestamps(columns, offsets: offsets, intervalMilliseconds: interval, startMilliseconds: start)
                }
                if columns.count > 0 { builder.append(description.labels, columns: columns) }
            } catch {
                errors.append(error)
            }
        }
        return errors
    }

    /// Each sample's start timestamp: its time plus the offset of its step.
    static func withStartTimestamps(_ columns: SampleColumns, offsets: [Int64?], intervalMilliseconds interval: Int64,
                                    startMilliseconds start: Int64) -> SampleColumns {
        var starts = [Int64](repeating: 0, count: columns.count)
        for position in 0..<columns.count {
            let t = columns.timestamp(at: position)
            let step = Int((t - start) / interval)
            if step >= 0, step < offsets.count, let offset = offsets[step] { starts[position] = t &+ offset }
        }
        return SampleColumns(timestamps: columns.timestamps, values: columns.values, startTimestamps: starts)
    }

    /// Builds a store from one block of descriptions.
    public static func store(_ descriptions: [SeriesDescription], intervalMilliseconds interval: Int64,
                             startMilliseconds start: Int64 = 0) -> (store: SeriesStore, errors: [SeriesNotationError]) {
        var builder = SeriesStore.Builder()
        let errors = load(descriptions, intervalMilliseconds: interval, startMilliseconds: start, into: &builder)
        return (builder.build(), errors)
    }
}

extension PromQLTestScript {
    /// Applies one command to `builder`: loads add data (the test start time
    /// is the epoch), `clear` empties it, evals change nothing. Returns the
    /// series that could not be loaded (native histograms) and, for
    /// `load_with_nhcb`, a note that the derived histograms are missing.
    @discardableResult
    public static func apply(_ command: TestScriptCommand, to builder: inout SeriesStore.Builder,
                             startMilliseconds start: Int64 = 0) -> [SeriesNotationError] {
        switch command {
        case .clear:
            builder.removeAll()
            return []
        case .eval:
            return []
        case .load(let load):
            var errors = SeriesNotation.load(load.series.map(\.description), intervalMilliseconds: load.interval.milliseconds,
                                             startMilliseconds: start, into: &builder,
                                             startTimestampOffsets: load.series.map(\.startTimestampOffsets))
            if load.withNHCB {
                errors.append(SeriesNotationError(
                    kind: .nativeHistogramsUnsupported,
                    message: "native histograms are not supported: load_with_nhcb loads the classic series only, not the custom-bucket histograms derived from them",
                    position: .init(line: load.line, column: 1), byteColumn: 1))
            }
            return errors
        }
    }
}
