import PromModel

/// An immutable in-memory series store: series sorted by label set (so every
/// selection comes back in Prometheus's order), an index by metric name, and
/// per-series sample columns. Build it with `SeriesStore.Builder` or from
/// `Series` values; identical label sets are merged.
public struct SeriesStore: Sendable {
    /// A series' position in the store; valid only for the store that made it.
    public struct SeriesID: Sendable, Hashable, Comparable, CustomStringConvertible {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static func < (lhs: SeriesID, rhs: SeriesID) -> Bool { lhs.rawValue < rhs.rawValue }
        public var description: String { "#\(rawValue)" }
    }

    // `internal(set) var` only so SeriesStore+Append can grow the store in place (rule evaluation).
    public internal(set) var labelSets: [Labels]
    public internal(set) var columns: [SampleColumns]
    public let metadata: MetricMetadataIndex
    /// Ascending series positions per `__name__`; unnamed series separately.
    var byName: [String: [Int]]
    var unnamed: [Int]
    /// Ascending series positions per label name and value (an inverted
    /// index, as the TSDB's postings), so selectors look series up instead
    /// of scanning.
    var postings: [ExactString: [ExactString: [Int]]]

    public init() {
        self.init(sortedLabels: [], columns: [], metadata: MetricMetadataIndex())
    }

    public init(_ series: some Sequence<Series>, metadata: MetricMetadataIndex = MetricMetadataIndex()) {
        var builder = Builder()
        for one in series { builder.append(one) }
        builder.metadata = metadata
        self = builder.build()
    }

    /// Label sets must be sorted and unique, one column set each.
    init(sortedLabels: [Labels], columns: [SampleColumns], metadata: MetricMetadataIndex) {
        precondition(sortedLabels.count == columns.count)
        labelSets = sortedLabels
        self.columns = columns
        self.metadata = metadata
        (byName, unnamed, postings) = Self.indexes(of: sortedLabels)
    }

    /// The name index and postings of label sets in store order.
    static func indexes(of sortedLabels: [Labels])
        -> (byName: [String: [Int]], unnamed: [Int], postings: [ExactString: [ExactString: [Int]]])
    {
        var byName: [String: [Int]] = [:]
        var unnamed: [Int] = []
        var postings: [ExactString: [ExactString: [Int]]] = [:]
        for (position, labels) in sortedLabels.enumerated() {
            let name = labels.metricName
            if name.isEmpty { unnamed.append(position) } else { byName[name, default: []].append(position) }
            for index in 0..<labels.count where labels.name(at: index) != Labels.metricNameLabel {
                postings[ExactString(labels.name(at: index)), default: [:]][ExactString(labels.value(at: index)), default: []]
                    .append(position)
            }
            if !name.isEmpty { postings[ExactString(Labels.metricNameLabel), default: [:]][ExactString(name), default: []].append(position) }
        }
        return (byName, unnamed, postings)
    }

    public var count: Int { labelSets.count }
    public var isEmpty: Bool { labelSets.isEmpty }
    public var ids: [SeriesID] { labelSets.indices.map(SeriesID.init(rawValue:)) }
    public var sampleCount: Int { columns.reduce(0) { $0 + $1.count } }
    public var metricNames: [String] { byName.keys.sorted() }

    public func labels(_ id: SeriesID) -> Labels { labelSets[id.rawValue] }
    public func columns(_ id: SeriesID) -> SampleColumns { columns[id.rawValue] }

    public func series(_ id: SeriesID) -> Series {
        Series(labels: labelSets[id.rawValue], samples: columns[id.rawValue].samples)
    }

    /// Every series with its samples; for small stores and tests.
    public var allSeries: [Series] { ids.map(series) }

    /// The id of an exact label set, if stored.
    public func id(of labels: Labels) -> SeriesID? {
        let candidates = labels.metricName.isEmpty ? unnamed : (byName[labels.metricName] ?? [])
        var low = 0, high = candidates.count
        while low < high {
            let mid = (low + high) / 2
            let order = Labels.compare(labelSets[candidates[mid]], labels)
            if order == 0 { return SeriesID(rawValue: candidates[mid]) }
            if order < 0 { low = mid + 1 } else { high = mid }
        }
        return nil
    }

    /// Samples with `range.lowerBound <= t <= range.upperBound`.
    public func samples(_ id: SeriesID, in range: ClosedRange<Int64>) -> SampleView {
        let column = columns[id.rawValue]
        return SampleView(columns: column, indices: column.indices(in: range))
    }

    /// Samples with `range.lowerBound <= t < range.upperBound`.
    public func samples(_ id: SeriesID, in range: Range<Int64>) -> SampleView {
        let column = columns[id.rawValue]
        return SampleView(columns: column, indices: column.indices(in: range))
    }

    /// Samples with `start < t <= end`: PromQL's left-open window, used by
    /// both range selectors and the lookback of instant selectors since 3.0.
    public func samples(_ id: SeriesID, after start: Int64, through end: Int64) -> SampleView {
        let column = columns[id.rawValue]
        let low = column.upperBound(start)
        return SampleView(columns: column, indices: low..<max(low, column.upperBound(end)))
    }
}
