import Diagnostics
import PromQL

/// `live/range-beyond-retention` (pint's promql/offset and
/// promql/range_query): offsets, ranges and subqueries reaching further back
/// than the server keeps data, by its `/api/v1/status/flags`.
struct RangeBeyondRetentionLiveCheck {
    static let descriptor = LiveChecks.rangeBeyondRetention

    /// The server's retention by age, or nil when it has none (only a size
    /// limit) or the flags are not there (Thanos, Mimir answer 404).
    static func retention(_ flags: [String: String]) -> Int64? {
        guard !flags.isEmpty else { return nil }
        return RetentionFlags.retention(
            time: flags["storage.tsdb.retention.time"], deprecated: flags["storage.tsdb.retention"],
            size: flags["storage.tsdb.retention.size"])
    }

    static func check(_ rule: LintedRule, retention: Int64) -> [Diagnostic] {
        RetentionReach(rule.expr, retention: retention).findings.map { finding in
            Diagnostic(descriptor, RetentionReach.message(finding, retention: retention, server: "the server"), at: rule.span(finding.range))
        }
    }
}
