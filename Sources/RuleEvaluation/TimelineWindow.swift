import TimeSeries

/// The evaluation window of `halint eval` and each group's ticks in it.
public struct TimelineWindow: Sendable, Equatable {
    /// Unix milliseconds, both included.
    public var from: Int64
    public var to: Int64

    public init(from: Int64, to: Int64) {
        self.from = from
        self.to = to
    }

    /// The span of the recorded samples: the first to the last timestamp.
    public static func span(of store: SeriesStore) -> TimelineWindow? {
        var low = Int64.max, high = Int64.min
        for id in store.ids {
            let columns = store.columns(id)
            guard columns.count > 0 else { continue }
            low = min(low, columns.timestamp(at: 0))
            high = max(high, columns.timestamp(at: columns.count - 1))
        }
        return low <= high ? TimelineWindow(from: low, to: high) : nil
    }

    /// `from`, `from + step`, … up to `to`, as a group evaluated every `step`
    /// from the window's start (promtool's unit tests evaluate the same way).
    public func ticks(step: Int64) -> [Int64] {
        guard step > 0, to >= from else { return [] }
        return Array(stride(from: from, through: to, by: Int(step)))
    }
}
