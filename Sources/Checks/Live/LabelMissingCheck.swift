import Diagnostics
import PromAPI
import PromQL

/// `live/label-missing`: a label named in a matcher or in a by, without, on,
/// ignoring or group_left/right clause that none of the series involved carry
/// on the server. Clauses are checked only where every label of the operand
/// comes from its selectors (no label_replace, absent, info, count_values)
/// and every one of those selectors has series now.
struct LabelMissingCheck {
    static let descriptor = LiveChecks.labelMissing

    static func matcherDiagnostic(
        _ matcher: PromQL.LabelMatcher, metric: String, labels: Set<String>, selectorSpan: SourceSpan, rule: LintedRule
    ) -> Diagnostic {
        let known = labels.subtracting([LabelMatcher.metricNameLabel]).sorted()
        return Diagnostic(
            descriptor,
            "none of the `\(metric)` series carry the label `\(matcher.name)`, so `\(matcher)` matches nothing; "
                + (known.isEmpty ? "they have no labels besides the name" : "their labels are \(known.joined(separator: ", "))"),
            at: matcher.positionRange == .none ? selectorSpan : rule.span(matcher.positionRange))
    }

    /// The label names one operand's series can carry, or nil when that is
    /// not known from the server (a constructed label, a missing selector).
    static func labels(of operand: Expr, probe: LiveProbe, skip: (String) -> Bool) throws(PromAPIError) -> Set<String>? {
        guard LiveRuleScan.labelsComeFromSelectors(operand) else { return nil }
        let uses = LiveRuleScan(operand).uses
        guard !uses.isEmpty else { return nil }
        var names: Set<String> = []
        for use in uses {
            if skip(use.query) || use.mayBeAbsent { return nil }
            guard try probe.seriesCount(use.query) > 0 else { return nil }
            names.formUnion(try probe.labelNames(use.query))
        }
        return names
    }

    /// `externalLabels`: the `global.external_labels` of the project's
    /// Prometheus configs. Thanos Query and federation add them to results, and
    /// mixins group by them (`by (cluster)`), so they are not reported.
    static func check(
        _ clause: LiveRuleScan.Clause, rule: LintedRule, probe: LiveProbe, externalLabels: Set<String>, skip: (String) -> Bool
    ) throws(PromAPIError) -> [Diagnostic] {
        var sides: [Set<String>?] = []
        for side in clause.sides { sides.append(try labels(of: side, probe: probe, skip: skip)) }
        var out: [Diagnostic] = []
        for label in clause.labels where !externalLabels.contains(label.name) {
            let missing = sides.indices.filter { sides[$0].map { !$0.contains(label.name) } ?? false }
            guard !missing.isEmpty else { continue }
            let span = rule.span(label.range)
            let metrics = { (index: Int) in Self.metricNames(clause.sides[index]) }
            switch clause.kind {
            case .by:
                out.append(Diagnostic(
                    descriptor,
                    "`by (\(label.name))`: none of the series of \(metrics(0)) carry the label `\(label.name)` on the server, "
                        + "so every series lands in one group with an empty `\(label.name)`; check the spelling",
                    at: span))
            case .without:
                out.append(Diagnostic(
                    descriptor,
                    "`without (\(label.name))` removes a label that none of the series of \(metrics(0)) carry on the server; "
                        + "check the spelling",
                    at: span))
            case .on:
                let which = missing.count == 2 ? "neither side (\(metrics(0)) or \(metrics(1))) carries"
                    : "the \(missing[0] == 0 ? "left" : "right") side (\(metrics(missing[0]))) does not carry"
                out.append(Diagnostic(
                    descriptor,
                    "`on (\(label.name))`: \(which) the label `\(label.name)` on the server, so series match on an empty value; "
                        + "check the spelling",
                    at: span))
            case .ignoring:
                guard missing.count == clause.sides.count else { continue }
                out.append(Diagnostic(
                    descriptor,
                    "`ignoring (\(label.name))` ignores a label that neither side (\(metrics(0)) or \(metrics(1))) carries on the server; "
                        + "check the spelling",
                    at: span))
            case .groupLeft, .groupRight:
                out.append(Diagnostic(
                    descriptor,
                    "`\(clause.kind.rawValue)(\(label.name))` copies a label that the series of \(metrics(0)) do not carry "
                        + "on the server, so it is always empty; check the spelling",
                    at: span))
            }
        }
        return out
    }

    private static func metricNames(_ expr: Expr) -> String {
        let names = expr.metricNames
        return names.isEmpty ? "the operand" : names.map { "`\($0)`" }.joined(separator: ", ")
    }
}
