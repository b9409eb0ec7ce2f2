@testable import Checks
import PromQL
import Testing

/// The pure parts of the metadata, retention, feature and alert-count
/// checks, without a server.
@Suite struct LiveSemanticsUnitTests {
    func parse(_ text: String) throws -> Expr {
        try #require(PromQLParser.parse(text, options: .allFeatures).expr)
    }

    @Test func counterContexts() throws {
        let scan = CounterUseScan(try parse(
            "sum(a_total) + rate(b_total[5m]) + count(c_total) + max_over_time(d_total[5m]) + (e unless f_total)"
                + " + histogram_quantile(0.9, g_bucket) + timestamp(h_total)"))
        #expect(scan.direct.compactMap(\.metricName) == ["a_total", "d_total", "e"])
        #expect(scan.rated.map { "\($0.function) \($0.selector.metricName ?? "")" } == ["rate b_total"])
        #expect(CounterUseScan(try parse("x_total")).direct.isEmpty)
        #expect(CounterUseScan(try parse("(x_total)")).direct.isEmpty)
        #expect(CounterUseScan(try parse("x_total > 1")).direct.count == 1)
    }

    @Test func familyCandidates() {
        #expect(LiveMetricKind.candidates("http_requests_total") == ["http_requests_total", "http_requests"])
        #expect(LiveMetricKind.candidates("latency_seconds_bucket") == ["latency_seconds_bucket", "latency_seconds"])
        #expect(LiveMetricKind.candidates("up") == ["up"])
        #expect(LiveMetricKind.candidates("_total") == ["_total"])
        #expect(LiveMetricKind.candidates("job:http_requests:rate5m").isEmpty)
    }

    @Test func retentionFromFlags() {
        let day: Int64 = 86_400_000
        #expect(RetentionFlags.retention(time: "0s", deprecated: "0s", size: "0B") == 15 * day)
        #expect(RetentionFlags.retention(time: "7d", deprecated: "0s", size: "0B") == 7 * day)
        #expect(RetentionFlags.retention(time: nil, deprecated: "30d", size: nil) == 30 * day)
        #expect(RetentionFlags.retention(time: "2d", deprecated: "30d", size: nil) == 2 * day)
        #expect(RetentionFlags.retention(time: "0s", deprecated: nil, size: "50GB") == nil)
        #expect(RetentionFlags.retention(time: "1y", deprecated: nil, size: "50GB") == 365 * day)
    }

    @Test func retentionReachAddsOffsetsThroughSubqueries() throws {
        let day: Int64 = 86_400_000
        let findings = RetentionReach(
            try parse("max_over_time(rate(x[1h])[6d:5m] offset 1d) + y offset 8d + z[7d] + w[1d] @ 0 + v[2d] offset 6d"),
            retention: 7 * day
        ).findings
        #expect(findings.map(\.description) == ["[1h]", "offset 8d", "[2d] offset 6d"])
        #expect(findings.map(\.never) == [false, true, false])
        #expect(findings.map(\.reach) == [7 * day + 3_600_000, 8 * day, 8 * day])
        // The outermost node crossing the retention is reported, not what it contains.
        let nested = RetentionReach(try parse("max_over_time(rate(x[1h])[10d:5m])"), retention: 7 * day).findings
        #expect(nested.map(\.description) == ["subquery [10d]"])
    }

    @Test func featuresNeeded() throws {
        let needs = FeatureDisabledCheck.requirements(try parse(
            #"sort_by_label(limitk(1, rate(x[5m] anchored)), "a") + on (a) fill(0) y"#))
        // Depth first, in source order: the operator before its operands.
        #expect(needs.map(\.feature) == [
            "promql-binop-fill-modifiers", "promql-experimental-functions", "promql-experimental-functions",
            "promql-extended-range-selectors",
        ])
        #expect(needs.map(\.what) == [
            "the `fill` modifier", "the experimental function `sort_by_label()`", "the experimental aggregation `limitk`",
            "the `anchored` modifier",
        ])
        #expect(FeatureDisabledCheck.requirements(try parse("sum(rate(x[5m]))")).isEmpty)
        #expect(FeatureDisabledCheck.enabled(["enable-feature": "a, b,,c"]) == ["a", "b", "c"])
    }

    @Test func alertFirings() {
        let m: Int64 = 60_000
        let points = { (range: ClosedRange<Int64>) in range.map { $0 * m } }
        // 10 minutes present, 20 absent, 3 present, 1 absent, 3 present.
        let flapping = points(0...10) + points(31...33) + points(35...37)
        #expect(AlertCountCheck.firings([flapping], step: m, forDuration: 0, keepFiringFor: 0)
            == .init(count: 3, series: 1, longest: 10 * m))
        #expect(AlertCountCheck.firings([flapping], step: m, forDuration: 5 * m, keepFiringFor: 0)
            == .init(count: 1, series: 1, longest: 10 * m))
        // keep_firing_for bridges the one-minute gap after a firing period.
        #expect(AlertCountCheck.firings([flapping], step: m, forDuration: 0, keepFiringFor: 2 * m).count == 2)
        #expect(AlertCountCheck.firings([flapping, points(0...1)], step: m, forDuration: 0, keepFiringFor: 0).series == 2)
        #expect(AlertCountCheck.firings([[]], step: m, forDuration: 0, keepFiringFor: 0) == .init())
    }

    @Test func alertStepIsBounded() {
        #expect(AlertCountCheck.step(interval: nil, lookback: 86_400_000) == 60_000)
        #expect(AlertCountCheck.step(interval: 15_000, lookback: 86_400_000) == 15_000)
        // 30 days at 15s would be 172,800 points.
        #expect(AlertCountCheck.step(interval: 15_000, lookback: 30 * 86_400_000) == 236_000)
    }
}
