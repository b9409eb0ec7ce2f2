import PromModel
import PromQL
import PromQLEngine
import Template

/// One rule ready to evaluate: the parsed expression, durations in
/// milliseconds, and labels merged with its group's (rules/manager.go
/// `LoadGroups`: rule labels win, both sorted by name).
public struct EvaluationRule: Sendable {
    public enum Kind: Sendable, Hashable {
        case recording
        case alerting
    }

    public let kind: Kind
    /// The alert or record name.
    public let name: String
    /// The expression as written.
    public let expression: String
    public let expr: Expr
    /// `for`.
    public let holdMilliseconds: Int64
    public let keepFiringForMilliseconds: Int64
    /// Merged group and rule labels, sorted by name. Alerting-rule values are templates.
    public let labels: [Label]
    /// Sorted by name; alerting rules only.
    public let annotations: [Label]
    /// 1-based position in its group.
    public let index: Int

    let labelTemplates: [PreparedAlertTemplate]
    let annotationTemplates: [PreparedAlertTemplate]
    let traits: ExpressionTraits

    public init(
        kind: Kind, name: String, expression: String, expr: Expr, holdMilliseconds: Int64 = 0,
        keepFiringForMilliseconds: Int64 = 0, labels: [Label] = [], annotations: [Label] = [], index: Int
    ) {
        self.kind = kind
        self.name = name
        self.expression = expression
        self.expr = expr
        self.holdMilliseconds = holdMilliseconds
        self.keepFiringForMilliseconds = keepFiringForMilliseconds
        self.labels = labels.sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
        self.annotations = annotations.sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
        self.index = index
        if kind == .alerting {
            labelTemplates = self.labels.map { PreparedAlertTemplate($0.value, alertName: name) }
            annotationTemplates = self.annotations.map { PreparedAlertTemplate($0.value, alertName: name) }
        } else {
            labelTemplates = []
            annotationTemplates = []
        }
        traits = ExpressionTraits(expr)
    }

    /// True when a label or annotation template may call `query`.
    var templatesQuery: Bool {
        labelTemplates.contains(where: \.mayQuery) || annotationTemplates.contains(where: \.mayQuery)
    }

    /// True when some label template can give different output for the same series (value, time, query).
    var labelsDependOnSample: Bool { labelTemplates.contains(where: \.mayDependOnValueOrTime) }
}

/// A rule group ready to evaluate.
public struct EvaluationGroup: Sendable {
    /// The rule file the group was read from.
    public let file: String
    public let name: String
    /// The group's own `interval`, if set (the tick spacing is the evaluator's).
    public let intervalMilliseconds: Int64?
    /// The group's `query_offset`, if set.
    public let queryOffsetMilliseconds: Int64?
    /// `limit`; 0 means none.
    public let limit: Int
    public let rules: [EvaluationRule]

    public init(
        file: String, name: String, intervalMilliseconds: Int64? = nil, queryOffsetMilliseconds: Int64? = nil,
        limit: Int = 0, rules: [EvaluationRule]
    ) {
        self.file = file
        self.name = name
        self.intervalMilliseconds = intervalMilliseconds
        self.queryOffsetMilliseconds = queryOffsetMilliseconds
        self.limit = limit
        self.rules = rules
    }
}
