/// Evaluation settings, defaulting to a Prometheus server's.
public struct EngineOptions: Sendable {
    /// `--query.lookback-delta`.
    public var lookbackDeltaMilliseconds: Int64 = 300_000
    /// Step of `[range:]` subqueries: the global evaluation interval on a server.
    public var defaultSubqueryStepMilliseconds: Int64 = 60_000

    /// `--query.max-samples`: here the most steps of a range query and points
    /// of a subquery (all a query's steps, summed over its subqueries), checked
    /// before they are evaluated, so a hostile window fails instead of running
    /// for hours or allocating terabytes.
    public var maxSamples: Int = 50_000_000

    public init(lookbackDeltaMilliseconds: Int64 = 300_000, defaultSubqueryStepMilliseconds: Int64 = 60_000, maxSamples: Int = 50_000_000) {
        self.lookbackDeltaMilliseconds = lookbackDeltaMilliseconds
        self.defaultSubqueryStepMilliseconds = defaultSubqueryStepMilliseconds
        self.maxSamples = maxSamples
    }
}
