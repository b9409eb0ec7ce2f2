import PromQL

/// The rule files `halint eval` runs, loaded as `halint test` loads them
/// (`RuleFileSet`): a file Prometheus would refuse (YAML, rulefmt or PromQL
/// errors) is refused.
public struct TimelineRuleSet: Sendable {
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Every group, compiled for the evaluator, in file order.
    public var evaluationGroups: [EvaluationGroup]

    public init(evaluationGroups: [EvaluationGroup]) {
        self.evaluationGroups = evaluationGroups
    }

    public static func load(paths: [String]) throws(LoadError) -> TimelineRuleSet {
        switch RuleFileSet(paths: paths, ignoreUnknownFields: false, parserOptions: ParserOptions()).groups {
        case .success(let groups): return TimelineRuleSet(evaluationGroups: groups)
        case .failure(let error): throw LoadError(description: error.messages.joined(separator: "\n"))
        }
    }

    /// Every rule's parsed expression.
    public var expressions: [Expr] { evaluationGroups.flatMap(\.rules).map(\.expr) }

    /// Metric names the rules record, and the series Prometheus writes for
    /// alerts: these come from the evaluation, not from the recorded input.
    public var producedMetricNames: Set<String> {
        var names: Set<String> = ["ALERTS", "ALERTS_FOR_STATE"]
        for rule in evaluationGroups.flatMap(\.rules) where rule.kind == .recording { names.insert(rule.name) }
        return names
    }
}
