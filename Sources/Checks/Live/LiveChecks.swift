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

    public static let all: [CheckDescriptor] = [seriesMissing, labelMissing, queryCost, queryFailed]
}
