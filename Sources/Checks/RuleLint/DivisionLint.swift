import Diagnostics
import PromQL

/// Divisions that give NaN or ±Inf: by a literal zero anywhere, and, as
/// pint's promql/nan, inside sum()/avg()/stddev()/stdvar() where one zero
/// divisor poisons the whole aggregate. Divisors are taken as possibly zero
/// only when they are rates or changes over a window (a quiet service's
/// request rate is 0), not capacities such as memory size or CPU count.
struct DivisionLint {
    let rule: LintedRule

    private static let poisoned: Set<AggregateOp> = [.sum, .avg, .stddev, .stdvar]
    private static let windowFunctions: Set<String> = ["rate", "irate", "increase", "delta", "idelta", "deriv", "changes", "resets"]

    /// The checks of one node; `RuleExpressionScan` calls it for every node.
    func check(_ expr: Expr, into diagnostics: inout [Diagnostic]) {
        switch expr {
        case .binary(let node) where node.op == .div || node.op == .mod:
            guard case .numberLiteral(let number) = node.rhs.unwrapped, number.value == 0 else { return }
            let result = node.op == .mod ? "NaN" : "+Inf, -Inf or NaN (for 0)"
            diagnostics.append(
                Diagnostic(
                    RuleLintChecks.divisionByZero,
                    "dividing by zero gives \(result) for every series; fix the divisor",
                    at: rule.span(node.positionRange)))
        case .aggregate(let node) where Self.poisoned.contains(node.op):
            for division in Self.divisions(in: node.expr) where Self.canBeZero(division.rhs) {
                diagnostics.append(
                    Diagnostic(
                        RuleLintChecks.divisionByZero,
                        "`\(division.op.rawValue)` inside \(node.op.rawValue)(): wherever the divisor is 0 (a rate with no "
                            + "traffic) the quotient is NaN or Inf, and \(node.op.rawValue)() of anything with one NaN or Inf "
                            + "is NaN or Inf, so every other series is lost; filter the divisor (`… / (x > 0)`) or divide "
                            + "after aggregating (`sum(a) / sum(b)`)",
                        at: rule.span(division.positionRange)))
            }
        default:
            break
        }
    }

    /// Vector-by-vector divisions inside an aggregation, not looking into
    /// nested aggregations (they are checked on their own).
    private static func divisions(in expr: Expr) -> [BinaryExpr] {
        var found: [BinaryExpr] = []
        func visit(_ expr: Expr) {
            switch expr {
            case .paren(let node): visit(node.expr)
            case .unary(let node): visit(node.expr)
            case .call(let call): for argument in call.args { visit(argument) }
            case .binary(let node):
                if node.op == .div || node.op == .mod, node.lhs.type == .vector, node.rhs.type == .vector { found.append(node) }
                visit(node.lhs)
                visit(node.rhs)
            default: break
            }
        }
        visit(expr)
        return found
    }

    /// Whether a divisor can be 0: it is (or sums) a rate or change over a
    /// window, and is not filtered or clamped away from zero.
    static func canBeZero(_ expr: Expr) -> Bool {
        switch expr.unwrapped {
        case .binary(let node):
            if node.op.isComparison, !node.returnBool {
                // `x > 0`, `x != 0`, `x >= 1` drop the zero samples.
                if case .numberLiteral(let number) = node.rhs.unwrapped {
                    switch node.op {
                    case .gtr, .neq: if number.value >= 0 { return false }
                    case .gte: if number.value > 0 { return false }
                    case .lss: if number.value <= 0 { return false }
                    default: break
                    }
                }
                return canBeZero(node.lhs)
            }
            switch node.op {
            case .and, .unless: return canBeZero(node.lhs)
            case .add, .sub, .or: return canBeZero(node.lhs) || canBeZero(node.rhs)
            case .mul: return canBeZero(node.lhs) || canBeZero(node.rhs)
            default: return false
            }
        case .aggregate(let node):
            switch node.op {
            case .sum, .avg, .min, .max, .topk, .bottomk: return canBeZero(node.expr)
            default: return false
            }
        case .call(let call):
            if windowFunctions.contains(call.name) { return true }
            switch call.name {
            case "clamp_min", "clamp":
                if call.args.count >= 2, case .numberLiteral(let floor) = call.args[1].unwrapped, floor.value > 0 { return false }
                return call.args.first.map(canBeZero) ?? false
            case "label_replace", "label_join", "abs", "round", "ceil", "floor", "clamp_max", "sort", "sort_desc":
                return call.args.first.map(canBeZero) ?? false
            default:
                return false
            }
        default:
            return false
        }
    }
}
