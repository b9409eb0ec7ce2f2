import PromQL

/// Where a rule reads counters, for the metadata-aware counter checks
/// (pint's promql/counter): selectors whose raw value the rule uses, and
/// selectors that rate(), irate() or increase() read.
struct CounterUseScan {
    /// Selectors read outside every counter-safe context.
    private(set) var direct: [VectorSelector] = []
    /// The matrix selectors of rate(), irate() and increase(), with the function.
    private(set) var rated: [(function: String, selector: VectorSelector)] = []

    static let rateFunctions: Set<String> = ["rate", "irate", "increase"]

    /// pint's safe functions: they use the counter's changes or timestamps,
    /// or only whether it exists. histogram_quantile() and
    /// histogram_fraction() over raw buckets are
    /// `promql/histogram-quantile-without-rate`'s business.
    static let safeFunctions: Set<String> = [
        "rate", "irate", "increase", "resets", "changes", "absent", "absent_over_time", "present_over_time",
        "count_over_time", "timestamp", "histogram_quantile", "histogram_fraction",
    ]

    init(_ expr: Expr) {
        // A bare `expr: foo` tests for existence or copies the series (pint skips it too).
        if case .vectorSelector = expr.unwrapped { return }
        visit(expr, safe: false)
    }

    private mutating func visit(_ expr: Expr, safe: Bool) {
        switch expr {
        case .vectorSelector(let selector):
            if !safe { direct.append(selector) }
        case .matrixSelector(let matrix):
            if !safe { direct.append(matrix.vectorSelector) }
        case .call(let call):
            if Self.rateFunctions.contains(call.name), case .matrixSelector(let matrix)? = call.args.first?.unwrapped {
                rated.append((call.name, matrix.vectorSelector))
            }
            let inner = safe || Self.safeFunctions.contains(call.name)
            for argument in call.args { visit(argument, safe: inner) }
        case .aggregate(let node):
            visit(node.expr, safe: safe || node.op == .count || node.op == .group)
            if let param = node.param { visit(param, safe: safe) }
        case .binary(let node):
            visit(node.lhs, safe: safe)
            // `x unless y` only asks whether y has a series.
            visit(node.rhs, safe: safe || node.op == .unless)
        default:
            for child in expr.children { visit(child, safe: safe) }
        }
    }
}
