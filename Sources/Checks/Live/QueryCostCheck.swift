import Diagnostics

/// `live/query-cost`: the series a rule's selectors match on the server,
/// added up, against a limit. Every evaluation reads all of them, so a rule
/// over a high-cardinality metric slows the whole rule group.
struct QueryCostCheck {
    static let descriptor = LiveChecks.queryCost

    static func check(_ counts: [(query: String, count: Int)], rule: LintedRule, limit: Int) -> Diagnostic? {
        let total = counts.reduce(0) { $0 + $1.count }
        guard total > limit else { return nil }
        var perSelector: [String: Int] = [:]
        for entry in counts { perSelector[entry.query, default: 0] += entry.count }
        let top = perSelector.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(3)
            .map { "`\($0.key)`: \($0.value)" }
        return Diagnostic(
            descriptor,
            "the rule's selectors match \(total) series on the server (\(top.joined(separator: ", "))), "
                + "more than the limit of \(limit); each evaluation reads them all. Narrow the selectors, "
                + "or pre-aggregate with a recording rule",
            at: rule.span(rule.expr.positionRange))
    }
}
