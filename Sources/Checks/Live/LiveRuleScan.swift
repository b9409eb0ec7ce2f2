import PromAPI
import PromQL

/// What live checks need from one rule expression: every selector (with
/// whether its absence is expected), and every clause that names labels.
struct LiveRuleScan {
    struct Use {
        let selector: VectorSelector
        /// `SelectorText.query`: the cache key and the text sent to the server.
        let query: String
        /// Inside absent(), the right side of `unless`, the left of `or vector(…)`,
        /// or an ALERTS selector: the rule expects it may select nothing.
        let mayBeAbsent: Bool
    }

    /// `by`/`without` of an aggregation, `on`/`ignoring`/`group_x` of a binary operator.
    struct Clause {
        enum Kind: String {
            case by, without, on, ignoring
            case groupLeft = "group_left"
            case groupRight = "group_right"
        }

        let kind: Kind
        let labels: [(name: String, range: PositionRange)]
        /// The operands whose series must carry the labels; a check applies to
        /// each side separately, except `ignoring` (either side may lack it).
        let sides: [Expr]
        let range: PositionRange
    }

    private(set) var uses: [Use] = []
    private(set) var clauses: [Clause] = []

    init(_ expr: Expr) {
        visit(expr, mayBeAbsent: false)
    }

    /// Functions and aggregations that make labels the selectors do not have.
    static let labelMakers: Set<String> = ["label_replace", "label_join", "info", "absent", "absent_over_time"]

    /// True when every label of `expr`'s result comes from its selectors.
    static func labelsComeFromSelectors(_ expr: Expr) -> Bool {
        var plain = true
        expr.walk { node in
            switch node {
            case .call(let call) where labelMakers.contains(call.name): plain = false
            case .aggregate(let aggregate) where aggregate.op == .countValues: plain = false
            default: break
            }
        }
        return plain
    }

    private mutating func visit(_ expr: Expr, mayBeAbsent: Bool) {
        switch expr {
        case .vectorSelector(let selector):
            let alerts = ["ALERTS", "ALERTS_FOR_STATE"].contains(selector.metricName ?? "")
            uses.append(Use(selector: selector, query: SelectorText.query(selector), mayBeAbsent: mayBeAbsent || alerts))
        case .call(let call) where call.name == "absent" || call.name == "absent_over_time":
            for argument in call.args { visit(argument, mayBeAbsent: true) }
        case .binary(let node):
            recordMatching(node)
            let fallback = node.op == .or && Self.isConstant(node.rhs)
            visit(node.lhs, mayBeAbsent: mayBeAbsent || fallback)
            visit(node.rhs, mayBeAbsent: mayBeAbsent || node.op == .unless)
        case .aggregate(let node):
            if !node.grouping.isEmpty {
                let ranges = node.groupingRanges.count == node.grouping.count
                    ? node.groupingRanges : Array(repeating: node.positionRange, count: node.grouping.count)
                clauses.append(Clause(
                    kind: node.without ? .without : .by, labels: Array(zip(node.grouping, ranges)).map { ($0.0, $0.1) },
                    sides: [node.expr], range: node.positionRange))
            }
            for child in expr.children { visit(child, mayBeAbsent: mayBeAbsent) }
        default:
            for child in expr.children { visit(child, mayBeAbsent: mayBeAbsent) }
        }
    }

    private mutating func recordMatching(_ node: BinaryExpr) {
        let matching = node.matching
        let labels = matching.matchingLabels.map { (name: $0, range: node.positionRange) }
        if !labels.isEmpty {
            clauses.append(Clause(kind: matching.on ? .on : .ignoring, labels: labels, sides: [node.lhs, node.rhs], range: node.positionRange))
        }
        guard !matching.include.isEmpty else { return }
        let include = matching.include.map { (name: $0, range: node.positionRange) }
        switch matching.cardinality {
        case .manyToOne: clauses.append(Clause(kind: .groupLeft, labels: include, sides: [node.rhs], range: node.positionRange))
        case .oneToMany: clauses.append(Clause(kind: .groupRight, labels: include, sides: [node.lhs], range: node.positionRange))
        default: break
        }
    }

    /// `vector(…)` or a number: a fallback value, not data.
    private static func isConstant(_ expr: Expr) -> Bool {
        switch expr.unwrapped {
        case .numberLiteral: true
        case .call(let call): call.name == "vector"
        default: false
        }
    }
}
