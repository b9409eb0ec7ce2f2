import Foundation
import PromAPI

/// Settings of live mode (`halint check --prometheus-url`).
public struct LiveOptions: Sendable {
    public var client: PrometheusClient
    /// How far back "last seen" looks for a metric that has no series now.
    public var lastSeenLookbackMilliseconds: Int64
    /// `live/query-cost` reports rules whose selectors match more series.
    public var maxSeriesPerRule: Int
    /// Requests in flight at once.
    public var maxConcurrentRequests: Int
    /// The server's `--query.lookback-delta`: how recent a sample must be
    /// for a series to count as present.
    public var lookbackDeltaMilliseconds: Int64
    /// How far back `live/alert-count` replays alerts.
    public var alertCountLookbackMilliseconds: Int64 = 86_400_000
    /// "Now", injectable so tests and messages agree.
    public var now: Date

    public init(
        client: PrometheusClient, lastSeenLookbackMilliseconds: Int64 = 7 * 86_400_000, maxSeriesPerRule: Int = 10_000,
        maxConcurrentRequests: Int = 4, lookbackDeltaMilliseconds: Int64 = 300_000, now: Date = Date()
    ) {
        self.client = client
        self.lastSeenLookbackMilliseconds = lastSeenLookbackMilliseconds
        self.maxSeriesPerRule = maxSeriesPerRule
        self.maxConcurrentRequests = maxConcurrentRequests
        self.lookbackDeltaMilliseconds = lookbackDeltaMilliseconds
        self.now = now
    }

    /// Takes the `live:` settings of `.halint.yml`.
    public mutating func adopt(_ config: HalintConfig) {
        if let limit = config.live.maxSeriesPerRule { maxSeriesPerRule = limit }
        if let lookback = config.live.seriesLookback { lastSeenLookbackMilliseconds = lookback.milliseconds }
        if let lookback = config.live.alertCountLookback { alertCountLookbackMilliseconds = lookback.milliseconds }
    }

    var nowMilliseconds: Int64 { Int64((now.timeIntervalSince1970 * 1000).rounded()) }
}
