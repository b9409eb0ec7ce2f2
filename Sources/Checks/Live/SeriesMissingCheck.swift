import Diagnostics
import Foundation
import PromAPI
import PromModel
import PromQL
import TimeSeries

/// `live/series-missing`: a selector that matches nothing on the server, and
/// why, asking only as much as it takes to tell (pint's promql/series order):
/// is the metric there at all, when was it last seen, which matcher excludes
/// every series. A matcher on a label the metric never has is reported by
/// `live/label-missing` instead.
struct SeriesMissingCheck {
    static let descriptor = LiveChecks.seriesMissing

    /// Why a selector is empty.
    enum Cause: Sendable {
        /// No metric name to look up (`{job="x"}`).
        case noSeries
        case neverSeen(metric: String)
        case lastSeen(metric: String, milliseconds: Int64)
        /// The metric exists but no series has this label at all.
        case labelMissing(PromQL.LabelMatcher, metric: String, labels: Set<String>)
        /// The metric exists and has the label, but no series this value.
        case noValue(PromQL.LabelMatcher, metric: String, values: [String])
        /// Every matcher matches some series, just not the same ones.
        case combination(metric: String)
    }

    static func diagnose(_ selector: VectorSelector, query: String, probe: LiveProbe) throws(PromAPIError) -> [Cause] {
        guard let metric = selector.metricName else { return [.noSeries] }
        let metricQuery = SelectorText.metric(metric)
        let metricCount = metricQuery == query ? 0 : try probe.seriesCount(metricQuery)
        guard metricCount > 0 else {
            if let time = try probe.lastSeen(metricQuery) { return [.lastSeen(metric: metric, milliseconds: time)] }
            return [.neverSeen(metric: metric)]
        }
        let matchers = selector.matchers.filter { $0.name != LabelMatcher.metricNameLabel }
        let names = try probe.labelNames(metricQuery)
        let unlabelled = matchers.filter { !names.contains($0.name) && requiresLabel($0) }
        if !unlabelled.isEmpty { return unlabelled.map { .labelMissing($0, metric: metric, labels: names) } }
        var causes: [Cause] = []
        for matcher in matchers {
            let alone = SelectorText.query(VectorSelector(name: metric, matchers: [matcher], positionRange: .none))
            guard try probe.seriesCount(alone) == 0 else { continue }
            causes.append(.noValue(matcher, metric: metric, values: try probe.labelValues(metricQuery, label: matcher.name)))
        }
        return causes.isEmpty ? [.combination(metric: metric)] : causes
    }

    /// True when the matcher cannot match a series without the label.
    static func requiresLabel(_ matcher: PromQL.LabelMatcher) -> Bool {
        guard let type = TimeSeries.LabelMatcher.MatchType(rawValue: matcher.type.rawValue),
              let compiled = try? TimeSeries.LabelMatcher(type, matcher.name, matcher.value)
        else { return false }
        return !compiled.matchesEmpty
    }

    static func diagnostics(_ causes: [Cause], use: LiveRuleScan.Use, rule: LintedRule, options: LiveOptions) -> [Diagnostic] {
        causes.map { cause in
            let selectorSpan = rule.span(use.selector.positionRange)
            switch cause {
            case .noSeries:
                return Diagnostic(descriptor, "`\(use.query)` matches no series on the server", at: selectorSpan)
            case .neverSeen(let metric):
                return Diagnostic(
                    descriptor,
                    "`\(metric)` does not exist on the server: no series in the last "
                        + "\(ModelDuration(milliseconds: options.lastSeenLookbackMilliseconds)); check the name for a typo, "
                        + "or whether this server scrapes the target that exposes it",
                    at: selectorSpan)
            case .lastSeen(let metric, let time):
                return Diagnostic(
                    descriptor,
                    "`\(metric)` has no series now; it was last seen \(LiveTime.describe(time, now: options.nowMilliseconds)). "
                        + "Was it renamed or removed? Update the rule to the new name or delete it",
                    at: selectorSpan)
            case .labelMissing(let matcher, let metric, let labels):
                return LabelMissingCheck.matcherDiagnostic(matcher, metric: metric, labels: labels, selectorSpan: selectorSpan, rule: rule)
            case .noValue(let matcher, let metric, let values):
                return Diagnostic(
                    descriptor,
                    "no `\(metric)` series has `\(matcher)` now, so `\(use.query)` matches nothing; "
                        + "\(matcher.name) is \(Self.list(values)) on the current series",
                    at: matcher.positionRange == .none ? selectorSpan : rule.span(matcher.positionRange))
            case .combination(let metric):
                return Diagnostic(
                    descriptor,
                    "`\(use.query)` matches no series: each of its matchers matches some `\(metric)` series, but none matches all of them",
                    at: selectorSpan)
            }
        }
    }

    /// `"a", "b" or "c"`, or the first five and a count.
    static func list(_ values: [String]) -> String {
        let quoted = values.prefix(5).map(goQuote)
        let more = values.count > 5 ? " (and \(values.count - 5) more)" : ""
        switch quoted.count {
        case 0: return "never set"
        case 1: return quoted[0] + more
        default: return quoted.dropLast().joined(separator: ", ") + " or " + quoted.last! + more
        }
    }
}

/// Times in messages: absolute (UTC) and relative to the run.
enum LiveTime {
    static func describe(_ milliseconds: Int64, now: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        let date = formatter.string(from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
        let minutes = max(0, now - milliseconds) / 60_000
        let ago = minutes == 0 ? "less than a minute" : ModelDuration(milliseconds: minutes * 60_000).description
        return "at \(date) (\(ago) ago)"
    }
}
