import Diagnostics
import PromModel
import PromQL

/// Comparisons that can never be true: a value that cannot be negative
/// compared below zero, and `x > a and x < b` ranges that are empty.
struct ImpossibleConditions {
    let rule: LintedRule

    /// The checks of one node; `RuleExpressionScan` calls it for every node.
    func check(_ expr: Expr, into diagnostics: inout [Diagnostic]) {
        guard case .binary(let node) = expr else { return }
        if node.op.isComparison, !node.returnBool { checkNegative(node, into: &diagnostics) }
        if node.op == .and { checkEmptyRange(node, into: &diagnostics) }
    }

    /// `count(x) < 0`, `rate(x[5m]) <= -1`.
    private func checkNegative(_ node: BinaryExpr, into diagnostics: inout [Diagnostic]) {
        guard case .numberLiteral(let number) = node.rhs.unwrapped, let source = Self.nonNegativeSource(node.lhs) else { return }
        let impossible: Bool
        switch node.op {
        case .lss: impossible = number.value <= 0
        case .lte, .eql: impossible = number.value < 0
        default: impossible = false
        }
        guard impossible else { return }
        diagnostics.append(
            Diagnostic(
                RuleLintChecks.impossibleCondition,
                "`\(node.op.rawValue) \(Self.format(number.value))` can never be true: \(source) is never negative, so "
                    + "the alert never fires; fix the threshold or the operator",
                at: rule.span(node.positionRange)))
    }

    /// Why the expression cannot be negative, or nil if it can.
    static func nonNegativeSource(_ expr: Expr) -> String? {
        switch expr.unwrapped {
        case .aggregate(let node):
            switch node.op {
            case .count, .countValues, .group: return "`\(node.op.rawValue)()`"
            case .sum, .min, .max, .avg, .topk, .bottomk, .quantile:
                return nonNegativeSource(node.expr).map { "`\(node.op.rawValue)()` of \($0)" }
            default: return nil
            }
        case .call(let call):
            switch call.name {
            case "count_over_time", "changes", "resets", "absent", "absent_over_time", "present_over_time", "rate",
                "irate", "increase", "time", "timestamp", "abs", "sqrt", "histogram_count":
                return "`\(call.name)()`"
            case "ceil", "floor", "round", "max_over_time", "min_over_time", "avg_over_time", "sum_over_time",
                "last_over_time", "sort", "sort_desc", "label_replace", "label_join", "clamp_min":
                if call.name == "clamp_min", call.args.count == 2, case .numberLiteral(let floor) = call.args[1].unwrapped,
                    floor.value >= 0
                {
                    return "`clamp_min(…, \(format(floor.value)))`"
                }
                guard let first = call.args.first else { return nil }
                if case .matrixSelector = first { return nil }
                if case .subquery(let sub) = first { return nonNegativeSource(sub.expr) }
                return nonNegativeSource(first)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// `x > 10 and x < 5`: both sides compare the same expression.
    private func checkEmptyRange(_ node: BinaryExpr, into diagnostics: inout [Diagnostic]) {
        guard let lower = Self.bound(node.lhs), let upper = Self.bound(node.rhs), lower.subject == upper.subject else { return }
        for (a, b) in [(lower, upper), (upper, lower)] where a.isLower && !b.isLower {
            // a: subject > or >= v1; b: subject < or <= v2.
            let empty = a.value > b.value || (a.value == b.value && (a.strict || b.strict))
            guard empty else { continue }
            diagnostics.append(
                Diagnostic(
                    RuleLintChecks.impossibleCondition,
                    "no value is both \(a.op) \(Self.format(a.value)) and \(b.op) \(Self.format(b.value)), so this "
                        + "condition never matches and the alert never fires; swap the thresholds or use `or`",
                    at: rule.span(node.positionRange)))
            return
        }
    }

    private struct Bound {
        var subject: Expr
        var value: Double
        var isLower: Bool
        var strict: Bool
        var op: String
    }

    private static func bound(_ expr: Expr) -> Bound? {
        guard case .binary(let node) = expr.unwrapped, node.op.isComparison, !node.returnBool,
            case .numberLiteral(let number) = node.rhs.unwrapped, !number.value.isNaN
        else { return nil }
        let subject = node.lhs.unwrapped.strippingPositions()
        switch node.op {
        case .gtr: return Bound(subject: subject, value: number.value, isLower: true, strict: true, op: ">")
        case .gte: return Bound(subject: subject, value: number.value, isLower: true, strict: false, op: ">=")
        case .lss: return Bound(subject: subject, value: number.value, isLower: false, strict: true, op: "<")
        case .lte: return Bound(subject: subject, value: number.value, isLower: false, strict: false, op: "<=")
        default: return nil
        }
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
