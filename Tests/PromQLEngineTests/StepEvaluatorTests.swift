@testable import PromQLEngine
import PromModel
import PromQL
import Testing
import TimeSeries

/// The step-wise evaluator against the step-by-step one it replaced for
/// range queries: every expression must give bit-identical series (or the
/// same error) either way.
@Suite struct StepEvaluatorTests {
    static let load = """
        load 30s
          c{job="a", instance="1"} 0+10x20 0+5x20
          c{job="a", instance="2"} 0+3x40
          c{job="b", instance="1"} 1 _ 5 10 stale 20+2x30
          g{job="a", instance="1", kind="x"} 1 2 3 4 5 _ _ 7 8 9 10 stale 1+1x20
          g{job="a", instance="2", kind="y"} 5-1x10 0+0.5x20
          g{job="b", instance="1", kind="x"} NaN 1 2 Inf 3 -Inf 4x20
          h_bucket{le="0.1"} 0+1x40
          h_bucket{le="0.5"} 0+3x40
          h_bucket{le="+Inf"} 0+4x40
          info_metric{job="a", instance="1", kind="x"} 1x40
          info_metric{job="a", instance="2", kind="y"} 1x40
          d@st _ -30s-30sx9
          d 1+1x10
        """

    static let expressions = [
        "g", "g offset 1m", "g @ 300", "g smoothed", "-g", "g * 2", "2 - g", "g > 3", "3 < bool g", "g == g",
        "rate(c[2m])", "increase(c[5m] anchored)", "rate(c[3m] smoothed)", "delta(g[2m] smoothed)", "irate(c[2m])",
        "resets(c[5m])", "changes(g[5m] anchored)", "avg_over_time(g[3m])", "quantile_over_time(0.9, g[5m])",
        "predict_linear(g[5m], 60)", "deriv(g[4m])", "last_over_time(g[2m])", "double_exponential_smoothing(g[5m], 0.5, 0.5)",
        "mad_over_time(g[4m])", "ts_of_max_over_time(g[3m])", "rate(d[2m])", "resets(d[3m])", "start_timestamp(d)",
        "sum(rate(c[2m]))", "sum by (job) (c)", "avg without (instance) (g)", "count(g)", "max by (job) (g)", "min(g)",
        "stddev(g)", "stdvar by (job) (g)", "group by (job) (g)", "quantile(0.5, g)", "sum by (__name__) (g or c)",
        "c / on(job, instance) g", "c * ignoring(kind) group_left(kind) info_metric", "g and on(job, instance) c", "g and c", "g or c",
        "g unless on(job) c", "info_metric + on(job) group_right c", "g >= on(job, instance, kind) g",
        "abs(-g)", "clamp(g, 1, 5)", "clamp_min(g, 3)", "clamp_max(g, 2)", "round(g, 0.5)", "hour(g)",
        "histogram_quantile(0.9, sum by (le) (rate(h_bucket[5m])))", "histogram_fraction(0, 0.2, h_bucket)",
        "label_replace(g, \"dst\", \"$1\", \"instance\", \"(.*)\")", "label_join(g, \"x\", \"-\", \"job\", \"instance\")",
        "label_replace(g, \"instance\", \"\", \"instance\", \".*\")", "absent(nonexistent)", "absent(g{job=\"a\"})",
        "max_over_time(rate(c[2m])[5m:1m])", "avg_over_time(g[4m:30s] offset 1m)", "sum_over_time((g > 2)[3m:])",
        "last_over_time(g[2m:20s] @ 200)", "rate(vector(time())[2m:])",
        "scalar(sum(g))", "vector(1) + on() group_right g", "time() - g", "timestamp(g)", "topk(2, g)", "sort(g)", "count_values(\"v\", g)",
        "sum(g) + on() group_left count(c)", "pi() * g", "min_of(1, 2) + g",
    ]

    @Test(arguments: [(Int64(0), Int64(1_200_000), Int64(30_000)), (17_000, 1_000_000, 120_000)])
    func rangeQueriesMatchStepByStepEvaluation(range: (start: Int64, end: Int64, step: Int64)) throws {
        var builder = SeriesStore.Builder()
        for command in PromQLTestScript.parse(Self.load).commands { PromQLTestScript.apply(command, to: &builder) }
        let store = builder.build()
        let engine = PromQLEngine(store: store)
        #expect(store.count == 12)
        for text in Self.expressions {
            let expr = try PromQLEngine.parse(text)
            let expected = Result { () throws(EvalError) in try Self.stepByStep(expr, store: store, range) }
            let actual = Result { () throws(EvalError) in
                try engine.rangeQuery(expr, start: range.start, end: range.end, step: range.step).value
            }
            switch (expected, actual) {
            case (.success(let want), .success(.matrix(let got))):
                #expect(Self.render(got) == Self.render(want), "\(text)")
                #expect(!want.isEmpty || text.hasPrefix("absent(g") || text == "g and c", "\(text) selects nothing")
            case (.failure(let want), .failure(let got)):
                #expect(got == want, "\(text)")
            default:
                Issue.record("\(text): step by step \(expected), step-wise \(actual)")
            }
        }
    }

    /// The range query as the step-by-step evaluator computes it.
    static func stepByStep(_ expr: Expr, store: SeriesStore, _ range: (start: Int64, end: Int64, step: Int64)) throws(EvalError) -> [RangeSeries] {
        let context = EvalContext(store: store, options: EngineOptions(), start: range.start, end: range.end, interval: range.step)
        var accumulator = SeriesAccumulator()
        var t = range.start
        while t <= range.end {
            switch try context.eval(expr, at: t) {
            case .scalar(let v): try accumulator.add(labels: Labels(), dropName: false, t: t, value: v)
            case .vector(let samples):
                for sample in samples { try accumulator.add(labels: sample.labels, dropName: sample.dropName, t: t, value: sample.value) }
            default: break
            }
            t += range.step
        }
        return try Cleanup.finishMatrix(accumulator.series)
    }

    /// Series with their points, NaN payloads and signs kept apart.
    static func render(_ series: [RangeSeries]) -> [String] {
        series.map { one in
            "\(one.labels) " + zip(one.timestamps, one.values).map { "\($0.1.isNaN ? "NaN" : "\($0.1.bitPattern)")@\($0.0)" }.joined(separator: " ")
        }
    }
}
