import PromAPI
import RuleEvaluation

/// `halint eval --source`: the raw samples the rules read over the window,
/// fetched in time chunks by PromAPI's `RawSeriesFetcher`.
enum EvalSource {
    static func fetch(
        _ rules: TimelineRuleSet, client: PrometheusClient, options: TimelineRun.Options, chunkMilliseconds: Int64
    ) throws(PromAPIError) -> RawSeriesFetcher.Result {
        let settings = SelectorPlanner.Settings(
            lookbackDeltaMilliseconds: options.lookbackDeltaMilliseconds,
            queryStepMilliseconds: TimelineRun.step(for: rules, options: options).step)
        // What the rules record (and ALERTS) comes from the evaluation; the server's copies would be duplicates.
        let produced = rules.producedMetricNames
        let plan = SelectorPlanner.plan(rules.expressions, window: options.window.from...options.window.to, settings: settings)
            .filter { fetch in fetch.metricName.map { !produced.contains($0) } ?? true }
        return try RawSeriesFetcher(client: client, options: RawSeriesFetcher.Options(chunkMilliseconds: chunkMilliseconds)).fetch(plan: plan)
    }
}
