import Diagnostics

/// Checks that ask a running Prometheus-compatible server (`halint check
/// --prometheus-url`) about the series rule expressions select. They run
/// only in live mode; offline, these ids never report anything.
public enum LiveChecks {
    public static let seriesMissing = CheckDescriptor(
        id: "live/series-missing", severity: .error,
        summary: "A selector matches no series on the server: the metric does not exist, was renamed or removed, or no series has the label values asked for.")
    public static let labelMissing = CheckDescriptor(
        id: "live/label-missing", severity: .error,
        summary: "A matcher or a by/without/on/ignoring/group clause names a label that none of the selected series carry on the server.")
    public static let queryCost = CheckDescriptor(
        id: "live/query-cost", severity: .warning,
        summary: "A rule's selectors match more series on the server than the configured limit.")
    public static let queryFailed = CheckDescriptor(
        id: "live/query-failed", severity: .warning,
        summary: "The server answered a query halint sent for a rule with an error, so that rule was not checked live.")
    public static let counterWithoutRate = CheckDescriptor(
        id: "live/counter-without-rate", severity: .warning,
        summary: "A metric the server's metadata calls a counter is read directly, not through rate(), increase() or another counter-safe function.")
    public static let rateOnNonCounter = CheckDescriptor(
        id: "live/rate-on-non-counter", severity: .warning,
        summary: "rate(), irate() or increase() over a metric the server's metadata calls a gauge (or another non-counter type).")
    public static let rangeBeyondRetention = CheckDescriptor(
        id: "live/range-beyond-retention", severity: .warning,
        summary: "An offset, range or subquery window reaches further back than the server keeps data (`--storage.tsdb.retention.time`).")
    public static let featureDisabled = CheckDescriptor(
        id: "live/feature-disabled", severity: .error,
        summary: "The expression uses a PromQL feature (experimental functions, extended range selectors, fill modifiers) that the server's `--enable-feature` does not enable.")
    public static let alertCount = CheckDescriptor(
        id: "live/alert-count", severity: .info,
        summary: "How many times an alert would have fired over the lookback window on the server's data (opt-in).")

    public static let all: [CheckDescriptor] = [
        seriesMissing, labelMissing, queryCost, queryFailed, counterWithoutRate, rateOnNonCounter, rangeBeyondRetention,
        featureDisabled, alertCount,
    ]
}
