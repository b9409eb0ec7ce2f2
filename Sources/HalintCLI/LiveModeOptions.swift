import ArgumentParser
import Checks
import Foundation
import PromAPI
import PromModel

/// `halint check` options of live mode; all of them need `--prometheus-url`.
public struct LiveModeOptions: ParsableArguments {
    @Option(
        name: .customLong("prometheus-url"),
        help: ArgumentHelp(
            "Also check rule expressions against this Prometheus-compatible server (Prometheus, Thanos Query, Mimir with its /prometheus prefix): series and label existence, query cost.",
            valueName: "url"))
    public var url: String?

    @OptionGroup public var connection: PrometheusClientOptions

    @Option(
        name: .customLong("series-lookback"),
        help: "How far back to look for a metric that has no series now, to say when it was last seen (default: live.series_lookback in .halint.yml, else 7d).")
    public var seriesLookback: String?

    @Option(
        name: .customLong("max-series-per-rule"),
        help: "live/query-cost reports rules whose selectors match more series than this (default: live.max_series_per_rule in .halint.yml, else 10000).")
    public var maxSeriesPerRule: Int?

    public init() {}

    /// The live settings, or nil without `--prometheus-url`.
    func liveOptions(environment: [String: String], config: HalintConfig) throws -> LiveOptions? {
        guard let url else {
            if connection.isSet {
                throw HalintUsageError("--prometheus-username, --prometheus-password-file, --prometheus-bearer-token-file and --prometheus-header need --prometheus-url")
            }
            return nil
        }
        let client = try connection.client(url: url, flag: "prometheus-url", environment: environment)
        func duration(_ flag: String, _ text: String) throws -> Int64 { try PrometheusClientOptions.positiveDuration(flag, text) }
        var options = LiveOptions(client: client)
        options.adopt(config)
        if let seriesLookback { options.lastSeenLookbackMilliseconds = try duration("series-lookback", seriesLookback) }
        if let maxSeriesPerRule {
            guard maxSeriesPerRule > 0 else { throw HalintUsageError("--max-series-per-rule must be positive") }
            options.maxSeriesPerRule = maxSeriesPerRule
        }
        return options
    }
}
