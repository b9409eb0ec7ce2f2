import Dispatch
import PromAPI
import PromModel
import Synchronization
import TimeSeries

/// The questions live checks ask the server, each asked once per run:
/// answers are cached by question, so a selector used by fifty rules costs
/// one request. Thread-safe, so the runner can ask many at once.
final class LiveProbe: Sendable {
    let options: LiveOptions
    private let answers = Mutex<[Question: Answer]>([:])

    enum Question: Hashable, Sendable {
        /// `count(selector)` now.
        case seriesCount(String)
        /// Label names of the series `selector` matches now.
        case labelNames(String)
        /// A few current values of `label` on series `selector` matches.
        case labelValues(String, label: String)
        /// The newest sample time of `metric` within the last-seen lookback.
        case lastSeen(String)
        /// `/api/v1/metadata` of one metric family name.
        case metadata(String)
        /// `/api/v1/status/flags`.
        case flags
    }

    enum Answer: Sendable {
        case count(Int)
        case names(Set<String>)
        case values([String])
        case time(Int64?)
        case metadata([MetricMetadata])
        case flags([String: String])
    }

    init(options: LiveOptions) { self.options = options }

    func seriesCount(_ selector: String) throws(PromAPIError) -> Int {
        guard case .count(let value) = try answer(.seriesCount(selector)) else { return 0 }
        return value
    }

    func labelNames(_ selector: String) throws(PromAPIError) -> Set<String> {
        guard case .names(let value) = try answer(.labelNames(selector)) else { return [] }
        return value
    }

    func labelValues(_ selector: String, label: String) throws(PromAPIError) -> [String] {
        guard case .values(let value) = try answer(.labelValues(selector, label: label)) else { return [] }
        return value
    }

    func lastSeen(_ metric: String) throws(PromAPIError) -> Int64? {
        guard case .time(let value) = try answer(.lastSeen(metric)) else { return nil }
        return value
    }

    func metadata(_ family: String) throws(PromAPIError) -> [MetricMetadata] {
        guard case .metadata(let value) = try answer(.metadata(family)) else { return [] }
        return value
    }

    func flags() throws(PromAPIError) -> [String: String] {
        guard case .flags(let value) = try answer(.flags) else { return [:] }
        return value
    }

    /// Asks every question not yet answered, `maxConcurrentRequests` at a
    /// time. Failures are not cached here; asking again reports them.
    func prefetch(_ questions: [Question]) {
        let pending = Array(Set(questions)).filter { question in answers.withLock { $0[question] == nil } }
        guard !pending.isEmpty else { return }
        let width = max(1, options.maxConcurrentRequests)
        var start = 0
        while start < pending.count {
            let batch = Array(pending[start..<min(start + width, pending.count)])
            start += batch.count
            DispatchQueue.concurrentPerform(iterations: batch.count) { index in _ = try? self.answer(batch[index]) }
        }
    }

    private func answer(_ question: Question) throws(PromAPIError) -> Answer {
        if let cached = answers.withLock({ $0[question] }) { return cached }
        let fresh = try ask(question)
        answers.withLock { $0[question] = fresh }
        return fresh
    }

    private func ask(_ question: Question) throws(PromAPIError) -> Answer {
        let client = options.client
        let now = options.nowMilliseconds
        switch question {
        case .seriesCount(let selector):
            let result = try client.query("count(\(selector))", at: now)
            return .count(Int(result.series.first?.samples.first?.value ?? 0))
        case .labelNames(let selector):
            return .names(Set(try client.labelNames(match: [selector], start: now - options.lookbackDeltaMilliseconds, end: now)))
        case .labelValues(let selector, let label):
            let values = try client.labelValues(label, match: [selector], start: now - options.lookbackDeltaMilliseconds, end: now)
            return .values(values.sorted())
        case .lastSeen(let metric):
            // One instant query: every 5m step of the lookback sees the newest
            // sample of the 5m before it, so the maximum is the last sample's time.
            let step = max(1000, options.lookbackDeltaMilliseconds)
            let query = "max(max_over_time(timestamp(\(metric))[\(PromDurationText.of(options.lastSeenLookbackMilliseconds)):\(PromDurationText.of(step))]))"
            let result = try client.query(query, at: now)
            guard let seconds = result.series.first?.samples.first?.value, seconds.isFinite else { return .time(nil) }
            return .time(Int64((seconds * 1000).rounded()))
        case .metadata(let family):
            return .metadata(try client.metadata(metric: family)[family] ?? [])
        case .flags:
            return .flags(try client.flags())
        }
    }
}

/// A duration in the API's PromQL: whole seconds.
enum PromDurationText {
    static func of(_ milliseconds: Int64) -> String {
        milliseconds % 1000 == 0 ? "\(milliseconds / 1000)s" : "\(milliseconds)ms"
    }
}
