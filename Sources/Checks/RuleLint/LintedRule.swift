import Diagnostics
import PromModel
import PromQL
import RuleFiles

/// One rule with its parsed expression: the unit every rule-lint check reads.
/// A class so the checks share one copy of a rule instead of retaining every
/// field of `Rule` and `RuleGroup` at each hand-over.
final class LintedRule: Sendable {
    let file: String
    let group: RuleGroup
    let rule: Rule
    let source: PositionedString
    let expr: Expr
    /// Group labels overridden by rule labels, as Prometheus merges them.
    let staticLabels: [String: String]
    /// The Prometheus configs of the project that load the file (indexes into `RuleLintContext.servers`).
    let servers: [Int]

    init(file: String, group: RuleGroup, rule: Rule, source: PositionedString, expr: Expr, servers: [Int]) {
        self.file = file
        self.group = group
        self.rule = rule
        self.source = source
        self.expr = expr
        self.servers = servers
        var merged: [String: String] = [:]
        for label in group.labels { merged[label.name.value] = label.value.value }
        for label in rule.labels { merged[label.name.value] = label.value.value }
        staticLabels = merged
    }

    var isAlerting: Bool { rule.isAlerting }
    var name: String { rule.name }

    /// The file span of a node of `expr`.
    func span(_ range: PositionRange) -> SourceSpan {
        source.span(offset: range.start, length: range.end - range.start)
    }

    /// Where the rule's name (`alert:` or `record:` value) is written.
    var nameSpan: SourceSpan {
        (rule.isAlerting ? rule.alert?.span : rule.record?.span) ?? rule.span
    }

    /// The evaluation interval of the rule's group: its own `interval`, else
    /// the configs' `evaluation_interval`; nil when unknown.
    func evaluationInterval(_ timing: ScrapeTiming) -> (interval: ModelDuration, origin: String)? {
        if let written = group.interval?.value, written.milliseconds > 0 {
            return (written, "group \(group.name.value)'s `interval`")
        }
        return timing.evaluationInterval.map { ($0, "the global `evaluation_interval`") }
    }
}
