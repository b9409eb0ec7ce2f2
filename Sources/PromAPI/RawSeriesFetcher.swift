import Dispatch
import Foundation
import PromModel
import PromQL
import TimeSeries

/// Fetches exactly the raw samples a set of PromQL expressions reads over a
/// window from a Prometheus-compatible API, and builds a `SeriesStore` that
/// halint's evaluator can run the expressions on as the server would.
///
/// ```swift
/// let client = PrometheusClient(baseURL: try PrometheusClient.baseURL("http://127.0.0.1:9090"))
/// let fetcher = RawSeriesFetcher(client: client)
/// let exprs = rules.compactMap { PromQLParser.parse($0).expr }
/// let fetched = try fetcher.fetch(exprs, window: start...end)   // milliseconds
/// // fetched.store: every series the selectors match, samples in the needed window
/// ```
///
/// How: `SelectorPlanner` lists each distinct selector with the time it
/// needs (the window widened by lookback delta, ranges, subquery ranges and
/// offsets). Each interval is cut into chunks of `chunkMilliseconds`; for
/// each chunk `(a, b]` one instant query of `selector[b-a]` at `b` returns
/// the raw samples (a range selector's result is the stored samples, not
/// interpolated points). Prometheus 2.x also returns a sample at `a` itself,
/// which the previous chunk already has and is dropped. Only one chunk's
/// response (per concurrent request) is in memory besides the growing sample
/// columns, whatever the window's length.
///
/// Limits of what the API returns: staleness markers are not part of
/// range-selector results, so a series that ended is seen for up to one
/// lookback delta longer than on the server; native-histogram samples are
/// skipped (listed in `warnings`).
public struct RawSeriesFetcher: Sendable {
    public struct Options: Sendable {
        /// Length of one request's slice of time. Shorter bounds the size of
        /// each response (and the server's `--query.max-samples`); longer means
        /// fewer requests.
        public var chunkMilliseconds: Int64
        /// Requests in flight at once; results are merged in request order,
        /// so the store does not depend on it.
        public var maxConcurrentRequests: Int
        /// Also read `/api/v1/metadata` for the metrics the selectors name,
        /// so type-aware functions and checks see counter/gauge types.
        public var includeMetadata: Bool
        public var planner: SelectorPlanner.Settings

        public init(
            chunkMilliseconds: Int64 = 3_600_000, maxConcurrentRequests: Int = 4, includeMetadata: Bool = false,
            planner: SelectorPlanner.Settings = SelectorPlanner.Settings()
        ) {
            self.chunkMilliseconds = chunkMilliseconds
            self.maxConcurrentRequests = maxConcurrentRequests
            self.includeMetadata = includeMetadata
            self.planner = planner
        }
    }

    /// What a fetch produced.
    public struct Result: Sendable {
        public var store: SeriesStore
        /// The selectors and intervals that were fetched.
        public var plan: [SelectorFetch]
        public var requestCount: Int
        /// Server warnings and samples that could not be loaded, without repeats.
        public var warnings: [String]
    }

    public let client: PrometheusClient
    public var options: Options

    public init(client: PrometheusClient, options: Options = Options()) {
        self.client = client
        self.options = options
    }

    /// Fetches the samples `expressions` read when evaluated at any time in
    /// `window` (milliseconds since the epoch, both ends included).
    public func fetch(_ expressions: [Expr], window: ClosedRange<Int64>) throws(PromAPIError) -> Result {
        try fetch(plan: SelectorPlanner.plan(expressions, window: window, settings: options.planner))
    }

    /// Fetches a plan made by `SelectorPlanner` (or by hand).
    public func fetch(plan: [SelectorFetch]) throws(PromAPIError) -> Result {
        let requests = Self.requests(plan, chunk: max(1, options.chunkMilliseconds))
        var collector = SampleCollector()
        var warnings: [String] = []
        let width = max(1, options.maxConcurrentRequests)
        var next = 0
        while next < requests.count {
            let batch = Array(requests[next..<min(next + width, requests.count)])
            next += batch.count
            for outcome in run(batch) {
                let (request, result) = try outcome.get()
                warnings += result.warnings + result.unsupported.map(\.message)
                for series in result.series { collector.add(series, after: request.after) }
            }
        }
        var builder = collector.builder()
        if options.includeMetadata {
            var families: [String: MetricMetadata] = [:]
            for name in Set(plan.compactMap(\.metricName)).sorted() {
                for (family, entries) in try client.metadata(metric: name) {
                    if let first = entries.first { families[family] = first }
                }
            }
            builder.metadata = MetricMetadataIndex(families)
        }
        var seen = Set<String>()
        return Result(
            store: builder.build(), plan: plan, requestCount: requests.count,
            warnings: warnings.filter { seen.insert($0).inserted })
    }

    /// One instant query per chunk, oldest first per selector.
    struct Request: Sendable {
        var query: String
        /// The chunk is `(after, time]`.
        var after: Int64
        var time: Int64
    }

    static func requests(_ plan: [SelectorFetch], chunk: Int64) -> [Request] {
        var out: [Request] = []
        for fetch in plan {
            for interval in fetch.intervals {
                var from = interval.after
                while from < interval.through {
                    let to = min(interval.through, from + chunk)
                    out.append(Request(query: "\(fetch.query)[\(PromAPITime.duration(to - from))]", after: from, time: to))
                    from = to
                }
            }
        }
        return out
    }

    private func run(_ batch: [Request]) -> [Swift.Result<(Request, QueryResult), PromAPIError>] {
        if batch.count == 1 { return [Self.send(batch[0], client: client)] }
        let slots = ResultSlots(count: batch.count)
        let client = client
        DispatchQueue.concurrentPerform(iterations: batch.count) { index in
            slots.set(index, Self.send(batch[index], client: client))
        }
        return slots.values()
    }

    private static func send(_ request: Request, client: PrometheusClient) -> Swift.Result<(Request, QueryResult), PromAPIError> {
        do {
            return .success((request, try client.query(request.query, at: request.time)))
        } catch {
            return .failure(error)
        }
    }
}

/// Per-request results written by concurrent workers, read once all are done.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Swift.Result<(RawSeriesFetcher.Request, QueryResult), PromAPIError>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Swift.Result<(RawSeriesFetcher.Request, QueryResult), PromAPIError>) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = value
    }

    func values() -> [Swift.Result<(RawSeriesFetcher.Request, QueryResult), PromAPIError>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}

/// Sample columns per label set, growing in place while chunks arrive in
/// time order; a chunk that goes back in time (two selectors matching the
/// same series) starts a new part, which `SeriesStore.Builder` merges.
private struct SampleCollector {
    private struct Growing {
        var parts: [SampleColumns] = []
        var timestamps: [Int64] = []
        var values: [Double] = []

        mutating func append(_ samples: ArraySlice<Sample>) {
            if let last = timestamps.last, let first = samples.first, first.timestampMilliseconds <= last {
                parts.append(SampleColumns(timestamps: .explicit(timestamps), values: values))
                timestamps = []
                values = []
            }
            for sample in samples {
                timestamps.append(sample.timestampMilliseconds)
                values.append(sample.value)
            }
        }
    }

    private var series: [Labels: Growing] = [:]
    private var order: [Labels] = []

    /// Keeps samples after `after`: Prometheus 2.x range selectors include
    /// their left end, 3.x do not, and either way the previous chunk has it.
    mutating func add(_ incoming: Series, after: Int64) {
        let first = incoming.samples.firstIndex { $0.timestampMilliseconds > after } ?? incoming.samples.endIndex
        guard first < incoming.samples.endIndex else { return }
        if series[incoming.labels] == nil {
            series[incoming.labels] = Growing()
            order.append(incoming.labels)
        }
        series[incoming.labels]!.append(incoming.samples[first...])
    }

    func builder() -> SeriesStore.Builder {
        var builder = SeriesStore.Builder()
        for labels in order {
            let growing = series[labels]!
            for part in growing.parts { builder.append(labels, columns: part) }
            if !growing.values.isEmpty {
                builder.append(labels, columns: SampleColumns(timestamps: .explicit(growing.timestamps), values: growing.values))
            }
        }
        return builder
    }
}
