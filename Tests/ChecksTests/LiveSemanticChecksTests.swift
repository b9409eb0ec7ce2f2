import Checks
import Diagnostics
import Foundation
import PromAPI
import Testing
import TestSupport

/// The live checks that read the server's metadata and flags, and the
/// alert replay, against real Prometheus servers: `plain` scrapes itself
/// (so its metadata has counters, gauges, a histogram and a summary) and
/// holds an hour of a deep queue five hours ago; `tuned` keeps 7 days and
/// enables the experimental functions.
@Suite(.serialized) struct LiveSemanticChecksTests {
    static func start(_ text: String = "# EOF\n", flags: [String] = []) -> Result<PrometheusServer, PrometheusServer.StartError>? {
        guard PrometheusServer.unavailableReason == nil else { return nil }
        do {
            let server = try PrometheusServer(openMetrics: text, extraFlags: flags)
            try server.waitForFirstScrape()
            return .success(server)
        } catch let error as PrometheusServer.StartError {
            return .failure(error)
        } catch {
            return .failure(PrometheusServer.StartError(description: "\(error)"))
        }
    }

    static let plain = start({
        let now = Int64(Date().timeIntervalSince1970)
        let lines = stride(from: 300, through: 240, by: -5).map { "queue_depth{queue=\"orders\"} 150 \(now - Int64($0) * 60)" }
        return "# TYPE queue_depth gauge\n" + lines.joined(separator: "\n") + "\n# EOF\n"
    }())
    static let tuned = start(flags: ["--storage.tsdb.retention.time=7d", "--enable-feature=promql-experimental-functions"])

    func url(_ server: Result<PrometheusServer, PrometheusServer.StartError>?) throws -> String? {
        guard let server else {
            print("skipped: \(PrometheusServer.unavailableReason ?? "no server")")
            return nil
        }
        return try server.get().url
    }

    /// Lints alerts (or `record ` rules) in live mode; returns every finding.
    func lint(
        _ exprs: [String], on server: Result<PrometheusServer, PrometheusServer.StartError>? = plain, config: String? = nil,
        transport: (any HTTPTransport)? = nil
    ) throws -> [Diagnostic]? {
        guard let url = try url(server) else { return nil }
        let dir = TemporaryDirectory()
        var yaml = "groups:\n  - name: live\n    rules:\n"
        for (index, expr) in exprs.enumerated() {
            let recording = expr.hasPrefix("record ")
            yaml += "      - \(recording ? "record: recorded:metric:\(index)" : "alert: Rule\(index)")\n"
            yaml += "        expr: '\(recording ? String(expr.dropFirst(7)) : expr)'\n"
            if !recording { yaml += "        for: 30m\n" }
        }
        let path = dir.write("rules.yml", yaml)
        var options = LintOptions()
        if let config {
            let file = dir.write(HalintConfig.fileName, config)
            options.config = HalintConfig.load(text: config, file: file, knownChecks: Set(CheckRegistry.standard.descriptors.map(\.id))).config
            options.configDirectory = dir.url.path
        }
        let base = try PrometheusClient.baseURL(url)
        var live = LiveOptions(client: transport.map { PrometheusClient(baseURL: base, timeoutSeconds: 30, transport: $0) }
            ?? PrometheusClient(baseURL: base, timeoutSeconds: 30))
        live.adopt(options.config)
        options.live = live
        return try Linter(options: options).lint(paths: [path]).diagnostics
    }

    func only(_ found: [Diagnostic], _ ids: CheckDescriptor...) -> [Diagnostic] {
        found.filter { diagnostic in ids.contains { $0.id == diagnostic.check } }
    }

    // MARK: Counters

    @Test func counterReadDirectly() throws {
        guard let all = try lint([
            "sum by (handler) (prometheus_http_requests_total) > 1000",
            "sum(prometheus_http_request_duration_seconds_count) > 5",
            "go_gc_duration_seconds_sum - go_gc_duration_seconds_sum offset 1h > 1",
        ]) else { return }
        let found = only(all, LiveChecks.counterWithoutRate)
        #expect(found.map(\.span.start.line) == [5, 8, 11])
        #expect(found.map(\.span.start.column) == [34, 20, 16])
        #expect(found.first?.message.hasPrefix(
            "`prometheus_http_requests_total` is a counter by the server's metadata: its value is a count since the process started") == true)
        #expect(found[1].message.hasPrefix(
            "`prometheus_http_request_duration_seconds_count` is a counter of the histogram `prometheus_http_request_duration_seconds`") == true)
        #expect(found[2].message.contains("a counter of the summary `go_gc_duration_seconds`"))
    }

    @Test func counterSafeContextsAreQuiet() throws {
        guard let all = try lint([
            "rate(prometheus_http_requests_total[5m]) > 1", "count(prometheus_http_requests_total) > 1",
            "up unless prometheus_http_requests_total", "record prometheus_http_requests_total",
            "absent(prometheus_http_requests_total)", "histogram_quantile(0.9, prometheus_http_request_duration_seconds_bucket) > 1",
            "go_goroutines > 1000", "changes(prometheus_config_last_reload_success_timestamp_seconds[1h]) > 0",
            "record sum(increase(prometheus_http_requests_total[1h]))",
        ]) else { return }
        let found = only(all, LiveChecks.counterWithoutRate, LiveChecks.rateOnNonCounter, LiveChecks.queryFailed)
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func rateOverGaugesAndSummaryQuantiles() throws {
        guard let all = try lint(["rate(go_goroutines[5m]) > 1", "rate(go_gc_duration_seconds[5m]) > 0", "rate(up[5m]) > 0"]) else { return }
        let found = only(all, LiveChecks.rateOnNonCounter)
        #expect(found.map(\.message) == [
            "rate() expects a counter, but the server's metadata says `go_goroutines` is a gauge; rate() reads every decrease "
                + "as a counter reset and returns nonsense. Use deriv() or delta() for a gauge, or compare its value directly",
            "rate() expects a counter, but the server's metadata says `go_gc_duration_seconds` is a summary's quantile series "
                + "(a gauge); rate() reads every decrease as a counter reset and returns nonsense. Use deriv() or delta() for a "
                + "gauge, or compare its value directly",
        ])
        #expect(found.first?.span.start.column == 21)
        // `up` is already reported offline by name; not twice.
        let upFindings = all.filter { $0.span.start.line == 11 }.map(\.check.rawValue)
        #expect(upFindings.contains("promql/rate-on-non-counter"))
        #expect(!upFindings.contains("live/rate-on-non-counter"))
    }

    @Test func metadataAskedOncePerFamily() throws {
        let recorder = PathRecorder()
        guard let found = try lint(Array(repeating: "sum(prometheus_http_requests_total) > 1", count: 20) + ["sum(go_goroutines) > 1"],
                                   transport: recorder) else { return }
        #expect(only(found, LiveChecks.counterWithoutRate).count == 20)
        let metadata = recorder.paths().filter { $0.hasPrefix("/api/v1/metadata") }.sorted()
        #expect(metadata == [
            "/api/v1/metadata?metric=go_goroutines", "/api/v1/metadata?metric=prometheus_http_requests",
            "/api/v1/metadata?metric=prometheus_http_requests_total",
        ])
        #expect(recorder.paths().filter { $0 == "/api/v1/status/flags" }.count == 1)
    }

    // MARK: Retention

    @Test func rangesBeyondTheServersRetention() throws {
        guard let all = try lint([
            "up offset 8d == 0", "max_over_time(rate(prometheus_http_requests_total[1h])[6d:5m] offset 1d) > 1",
            "increase(prometheus_http_requests_total[7d]) > 1",
        ], on: Self.tuned) else { return }
        let found = only(all, LiveChecks.rangeBeyondRetention)
        #expect(found.map(\.message) == [
            "offset 8d reads only data from 8d ago and older, but the server keeps only 1w (`--storage.tsdb.retention.time`), "
                + "so this part of the query never returns anything; shorten the offset or raise the retention",
            "[1h] reaches 7d1h back, but the server keeps only 1w (`--storage.tsdb.retention.time`): the oldest 1h of the "
                + "window is always empty, so the result covers less than it says; shorten the window or raise the retention",
        ])
        #expect(found.map(\.span.start.column) == [16, 35])
    }

    @Test func defaultRetentionServerIsQuiet() throws {
        // The plain server keeps ten years.
        guard let all = try lint(["up offset 8d == 0", "increase(prometheus_http_requests_total[30d]) > 1"]) else { return }
        #expect(only(all, LiveChecks.rangeBeyondRetention).isEmpty)
    }

    // MARK: Features

    @Test func experimentalFunctionOnAServerWithoutTheFlag() throws {
        guard let all = try lint([#"record sort_by_label(up, "instance")"#, "record limitk(1, up)", "record sort(up)"]) else { return }
        let found = only(all, LiveChecks.featureDisabled)
        #expect(found.map(\.message) == [
            "the experimental function `sort_by_label()` needs `--enable-feature=promql-experimental-functions`, but the server's "
                + "--enable-feature enables no feature: it refuses to load the rule; enable the feature on every server that "
                + "runs it, or rewrite the expression",
            "the experimental aggregation `limitk` needs `--enable-feature=promql-experimental-functions`, but the server's "
                + "--enable-feature enables no feature: it refuses to load the rule; enable the feature on every server that "
                + "runs it, or rewrite the expression",
        ])
        #expect(found.map(\.span.start.column) == [16, 16])
    }

    @Test func experimentalFunctionOnAServerWithTheFlag() throws {
        guard let all = try lint([#"record sort_by_label(up, "instance")"#, "record limitk(1, up)"], on: Self.tuned) else { return }
        #expect(only(all, LiveChecks.featureDisabled).isEmpty)
    }

    // MARK: Alert count

    @Test func alertCountIsOptIn() throws {
        let recorder = PathRecorder()
        guard let all = try lint(["queue_depth > 100"], transport: recorder) else { return }
        #expect(only(all, LiveChecks.alertCount).isEmpty)
        #expect(!recorder.paths().contains { $0.hasPrefix("/api/v1/query_range") })
    }

    @Test func alertCountReplaysTheLastDay() throws {
        let config = "checks:\n  live/alert-count:\n    enabled: true\n"
        guard let all = try lint(["queue_depth > 100", "queue_depth > 1000", "up == 1"], config: config) else { return }
        let found = only(all, LiveChecks.alertCount)
        // The queue was deep for an hour (samples every 5m for 60m, each
        // visible for the 5m lookback); `up` has existed for seconds only.
        #expect(found.count == 1)
        #expect(found.first?.span.start.line == 5)
        let message = found.first?.message ?? ""
        #expect(message.hasPrefix(
            "on the server's data of the last 1d (a point every 1m), this alert would have fired once (`for: 30m`) for 1 series, "
                + "the longest firing lasting 1h"), "\(message)")
    }

    @Test func alertCountLookbackFromConfig() throws {
        let config = "checks:\n  live/alert-count:\n    enabled: true\nlive:\n  alert_count_lookback: 2h\n"
        guard let all = try lint(["queue_depth > 100"], config: config) else { return }
        #expect(only(all, LiveChecks.alertCount).isEmpty)
    }
}

/// URLSession underneath, recording each request's path and query.
final class PathRecorder: HTTPTransport, @unchecked Sendable {
    private let inner = URLSessionTransport()
    private let lock = NSLock()
    private var sent: [String] = []

    func send(_ request: HTTPRequest) throws(PromAPIError) -> HTTPResponse {
        let components = URLComponents(url: request.url, resolvingAgainstBaseURL: false)
        let path = (components?.path ?? "") + (components?.percentEncodedQuery.map { "?" + $0 } ?? "")
        lock.lock()
        sent.append(path)
        lock.unlock()
        return try inner.send(request)
    }

    func paths() -> [String] {
        lock.lock()
        defer { lock.unlock() }
        return sent
    }
}
