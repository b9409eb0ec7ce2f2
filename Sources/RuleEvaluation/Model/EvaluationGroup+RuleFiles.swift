import Diagnostics
import PromModel
import PromQL
import PromQLEngine
import RuleFiles

/// A rule that cannot be evaluated: its expression does not parse.
public struct RuleCompileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var span: SourceSpan
    public var group: String
    public var ruleIndex: Int
    public var rule: String
    public var message: String

    /// rulefmt's wording: `<line>:<col>: group "g", rule 1, "x": could not parse expression: …`.
    public var description: String {
        "\(span.start.line):\(span.start.column): group \(goQuote(group)), rule \(ruleIndex), \(goQuote(rule)): \(message)"
    }
}

extension EvaluationGroup {
    /// A group as loaded from a rule file (already validated by `RuleFileLoader`).
    public init(file: String, group: RuleGroup, parserOptions: ParserOptions = ParserOptions()) throws(RuleCompileError) {
        var groupLabels: [String: String] = [:]
        for label in group.labels { groupLabels[label.name.value] = label.value.value }
        var rules: [EvaluationRule] = []
        for rule in group.rules {
            let text = rule.expr?.value ?? ""
            let expr: Expr
            do {
                expr = try PromQLEngine.parse(text, options: parserOptions)
            } catch {
                throw RuleCompileError(
                    span: rule.expr?.span ?? rule.span, group: group.name.value, ruleIndex: rule.index, rule: rule.name,
                    message: "could not parse expression: \(error.message)")
            }
            var labels = groupLabels
            for label in rule.labels { labels[label.name.value] = label.value.value }
            rules.append(EvaluationRule(
                kind: rule.isAlerting ? .alerting : .recording, name: rule.name, expression: text, expr: expr,
                holdMilliseconds: rule.forDuration?.value.milliseconds ?? 0,
                keepFiringForMilliseconds: rule.keepFiringFor?.value.milliseconds ?? 0,
                labels: labels.map { Label(name: $0.key, value: $0.value) },
                annotations: rule.annotations.map { Label(name: $0.name.value, value: $0.value.value) },
                index: rule.index))
        }
        self.init(
            file: file, name: group.name.value, intervalMilliseconds: group.interval?.value.milliseconds,
            queryOffsetMilliseconds: group.queryOffset?.value.milliseconds, limit: Int(group.limit?.value ?? 0),
            rules: rules)
    }
}
