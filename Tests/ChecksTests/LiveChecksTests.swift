import Checks
import Diagnostics
import Foundation
import HalintCLI
import PromAPI
import Testing
import TestSupport

/// Live mode against a real Prometheus: it scrapes itself (so `up` and
/// `prometheus_*` exist now) and holds a backfilled block in which
/// `legacy_requests_total` ended 47 hours ago (a "renamed" metric).
@Suite(.serialized) struct LiveChecksTests {
    static let now = Date()
    static let lastLegacySample = Int64(now.timeIntervalSince1970) - 47 * 3600
    static let server: Result<PrometheusServer, PrometheusServer.StartError>? = {
        guard PrometheusServer.unavailableReason == nil else { return nil }
        let text = """
            # TYPE legacy_requests counter
            legacy_requests_total{job="api",code="200"} 1 \(lastLegacySample - 3600)
            legacy_requests_total{job="api",code="200"} 2 \(lastLegacySample)
            # EOF

            """
        do {
            let server = try PrometheusServer(openMetrics: text)
            try server.waitForFirstScrape()
            return .success(server)
        } catch let error as PrometheusServer.StartError {
            return .failure(error)
        } catch {
            return .failure(PrometheusServer.StartError(description: "\(error)"))
        }
    }()

    func url() throws -> String? {
        guard let server = Self.server else {
            print("skipped: \(PrometheusServer.unavailableReason ?? "no server")")
            return nil
        }
        return try server.get().url
    }

    /// Lints one rule file in live mode; `transport` lets a test count requests.
    func lint(_ exprs: [String], transport: (any HTTPTransport)? = nil, limit: Int = 10_000) throws -> [Diagnostic]? {
        guard let url = try url() else { return nil }
        let dir = TemporaryDirectory()
        var yaml = "groups:\n  - name: live\n    rules:\n"
        for (index, expr) in exprs.enumerated() {
            let kind = expr.hasPrefix("record ") ? "record: recorded:metric:\(index)" : "alert: Rule\(index)"
            let text = expr.hasPrefix("record ") ? String(expr.dropFirst(7)) : expr
            yaml += "      - \(kind)\n        expr: '\(text)'\n"
        }
        let path = dir.write("rules.yml", yaml)
        var client = PrometheusClient(baseURL: try PrometheusClient.baseURL(url), timeoutSeconds: 30)
        if let transport { client = PrometheusClient(baseURL: client.baseURL, timeoutSeconds: 30, transport: transport) }
        var options = LintOptions()
        options.live = LiveOptions(client: client, maxSeriesPerRule: limit)
        let report = try Linter(options: options).lint(paths: [path])
        return report.diagnostics.filter { $0.check.rawValue.hasPrefix("live/") }
    }

    @Test func existingMetricIsClean() throws {
        guard let found = try lint([#"up{job="prometheus"} == 0"#, #"sum by (instance) (rate(prometheus_http_requests_total[5m]))"#]) else { return }
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func metricThatNeverExisted() throws {
        guard let found = try lint(["rate(http_requests_totall[5m]) > 1"]) else { return }
        #expect(found.map(\.check) == [LiveChecks.seriesMissing.id])
        #expect(found.first?.message.hasPrefix("`http_requests_totall` does not exist on the server: no series in the last 1w") == true)
        #expect(found.first?.span.start.column == 21)
    }

    @Test func renamedMetricSaysWhenItWasLastSeen() throws {
        guard let found = try lint([#"sum(rate(legacy_requests_total{job="api"}[5m])) > 1"#]) else { return }
        let formatter = ISO8601DateFormatter()
        let last = formatter.string(from: Date(timeIntervalSince1970: Double(Self.lastLegacySample)))
        #expect(found.count == 1)
        // Minutes past the 47 hours depend on how long the run took.
        #expect(found.first?.message.hasPrefix("`legacy_requests_total` has no series now; it was last seen at \(last) (1d23h") == true)
        #expect(found.first?.message.hasSuffix(" ago). Was it renamed or removed? Update the rule to the new name or delete it") == true)
    }

    @Test func labelsThatNoSeriesCarries() throws {
        guard let found = try lint([#"up{jobb="prometheus"} == 0"#, "sum by (instnace) (up) < 1", "up * on (instance) group_left (version) prometheus_build_info"]) else { return }
        #expect(found.map(\.check) == [LiveChecks.labelMissing.id, LiveChecks.labelMissing.id])
        #expect(found.map(\.message) == [
            "none of the `up` series carry the label `jobb`, so `jobb=\"prometheus\"` matches nothing; their labels are instance, job",
            "`by (instnace)`: none of the series of `up` carry the label `instnace` on the server, so every series lands in one group "
                + "with an empty `instnace`; check the spelling",
        ])
    }

    @Test func externalLabelsOfTheProjectAreNotMissing() throws {
        guard let url = try url() else { return }
        let dir = TemporaryDirectory()
        let rules = dir.write("rules.yml", "groups:\n  - name: g\n    rules:\n      - record: cluster:up:sum\n        expr: sum by (cluster) (up)\n")
        let config = dir.write(
            "prometheus.yml", "global:\n  external_labels:\n    cluster: eu-1\nrule_files: [rules.yml]\nscrape_configs: []\n")
        var options = LintOptions()
        options.live = LiveOptions(client: PrometheusClient(baseURL: try PrometheusClient.baseURL(url), timeoutSeconds: 30))
        let live = try Linter(options: options).lint(paths: [config, rules]).diagnostics.filter { $0.check.rawValue.hasPrefix("live/") }
        #expect(live.isEmpty, "\(live.map(\.message))")
    }

    @Test func valueThatNoSeriesHas() throws {
        guard let found = try lint([#"up{job="node"} == 0"#]) else { return }
        #expect(found.map(\.message) == [#"no `up` series has `job="node"` now, so `up{job="node"}` matches nothing; job is "prometheus" on the current series"#])
    }

    @Test func selectorsThatMayBeEmptyAreNotChecked() throws {
        guard let found = try lint([
            #"absent(up{job="node"})"#, "sum(nothing_here) or vector(0)", #"up unless on (instance) nothing_here"#,
            #"ALERTS{alertname="X"}"#, "record sum(recorded:metric:5)", "record sum(up)",
        ]) else { return }
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func costOverTheLimit() throws {
        guard let found = try lint([#"count({__name__=~"prometheus_.+"}) + count(up)"#], limit: 20) else { return }
        #expect(found.map(\.check) == [LiveChecks.queryCost.id])
        #expect(found.first?.message.contains("more than the limit of 20") == true)
        #expect(found.first?.message.contains("`up`: 1") == true)
    }

    @Test func oneQueryPerDistinctSelector() throws {
        let counting = CountingTransport()
        guard let found = try lint(Array(repeating: "up == 0", count: 30) + ["up{job=\"node\"} == 0"], transport: counting) else { return }
        #expect(found.count == 1)
        let queries = counting.queries()
        #expect(queries.filter { $0 == "count(up)" }.count == 1)
        #expect(queries.filter { $0 == #"count(up{job="node"})"# }.count == 1)
    }

    @Test func sameOutputEveryRun() throws {
        let exprs = [#"up{job="node"}"#, "sum by (instnace) (up)", "missing_metric_a", "missing_metric_b", "legacy_requests_total"]
        guard let first = try lint(exprs), let second = try lint(exprs) else { return }
        let key = { (found: [Diagnostic]) in found.map { "\($0.span.start.line):\($0.span.start.column) \($0.check) \($0.message)" } }
        #expect(key(first) == key(second))
        #expect(first.count == 5)
    }

    @Test func offlineRunHasNoLiveFindings() throws {
        let dir = TemporaryDirectory()
        let path = dir.write("rules.yml", "groups:\n  - name: g\n    rules:\n      - record: a:b:c\n        expr: sum(missing_metric)\n")
        #expect(try Linter().lint(paths: [path]).diagnostics.allSatisfy { !$0.check.rawValue.hasPrefix("live/") })
    }

    @Test func unreachableServerIsAUsageError() throws {
        let port = try LocalHTTP.freePort()
        let dir = TemporaryDirectory()
        let path = dir.write("rules.yml", "groups:\n  - name: g\n    rules:\n      - record: a:b:c\n        expr: sum(up)\n")
        let command = try #require(try Halint.parseAsRoot(["check", path, "--prometheus-url", "http://127.0.0.1:\(port)"]) as? CheckCommand)
        let error = #expect(throws: HalintUsageError.self) { try command.execute() }
        #expect(error?.description == "cannot run live checks: http://127.0.0.1:\(port)/api/v1/query: cannot reach the server: connection refused")
    }

    @Test func commandLineRunsLiveChecks() throws {
        guard let url = try url() else { return }
        let dir = TemporaryDirectory()
        let path = dir.write("rules.yml", "groups:\n  - name: g\n    rules:\n      - record: a:b:c\n        expr: sum(missing_metric)\n")
        let command = try #require(
            try Halint.parseAsRoot(["check", path, "--prometheus-url", url, "--series-lookback", "3d", "--format", "json"]) as? CheckCommand)
        let result = try command.execute()
        #expect(result.exitCode == 1)
        #expect(result.output.contains("\"check\" : \"live/series-missing\""))
        #expect(result.output.contains("no series in the last 3d"))
    }

    @Test func flagsNeedAURL() throws {
        let command = try #require(try Halint.parseAsRoot(["check", "x.yml", "--prometheus-username", "u"]) as? CheckCommand)
        #expect(throws: HalintUsageError.self) { try command.execute() }
    }
}

/// URLSession underneath, recording every `query` parameter sent.
final class CountingTransport: HTTPTransport, @unchecked Sendable {
    private let inner = URLSessionTransport()
    private let lock = NSLock()
    private var sent: [String] = []

    func send(_ request: HTTPRequest) throws(PromAPIError) -> HTTPResponse {
        if let query = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems?.first(where: { $0.name == "query" })?.value {
            lock.lock()
            sent.append(query)
            lock.unlock()
        }
        return try inner.send(request)
    }

    func queries() -> [String] {
        lock.lock()
        defer { lock.unlock() }
        return sent
    }
}
