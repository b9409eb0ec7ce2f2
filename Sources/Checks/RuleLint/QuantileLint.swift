import Diagnostics
import PromQL

/// Quantiles outside 0…1, and histogram_quantile() over bucket counters that
/// were never turned into rates.
struct QuantileLint {
    let rule: LintedRule

    /// The checks of one node; `RuleExpressionScan` calls it for every node.
    func check(_ expr: Expr, into diagnostics: inout [Diagnostic]) {
        switch expr {
        case .call(let call) where call.name == "histogram_quantile" || call.name == "quantile_over_time":
            if let phi = call.args.first { checkRange(phi, function: "\(call.name)()", into: &diagnostics) }
            if call.name == "histogram_quantile", call.args.count == 2 { checkRate(call.args[1], into: &diagnostics) }
        case .aggregate(let node) where node.op == .quantile:
            if let phi = node.param { checkRange(phi, function: "quantile()", into: &diagnostics) }
        default:
            break
        }
    }

    private func checkRange(_ phi: Expr, function: String, into diagnostics: inout [Diagnostic]) {
        guard case .numberLiteral(let number) = phi.unwrapped, number.value < 0 || number.value > 1 else { return }
        let result = number.value < 0 ? "-Inf" : "+Inf"
        let hint = number.value > 1 && number.value <= 100 ? "; for the \(ImpossibleConditions.format(number.value))th percentile write \(number.value / 100)" : ""
        diagnostics.append(
            Diagnostic(
                RuleLintChecks.quantileOutOfRange,
                "\(function) takes a quantile between 0 and 1, and \(ImpossibleConditions.format(number.value)) gives "
                    + "\(result) for every series\(hint)",
                at: rule.span(number.positionRange)))
    }

    private func checkRate(_ argument: Expr, into diagnostics: inout [Diagnostic]) {
        guard let selector = Self.rawBuckets(argument) else { return }
        let name = selector.metricName ?? "the buckets"
        diagnostics.append(
            Diagnostic(
                RuleLintChecks.histogramQuantileWithoutRate,
                "histogram_quantile() reads \(name) without rate(): bucket counters only grow, so the quantile covers "
                    + "every observation since the process started and barely moves; use "
                    + "`histogram_quantile(φ, sum by (le) (rate(\(name)[5m])))`",
                at: rule.span(selector.positionRange)))
    }

    /// A classic `_bucket` selector reached without passing a function that
    /// takes a range (rate(), increase(), *_over_time…).
    static func rawBuckets(_ expr: Expr) -> VectorSelector? {
        switch expr {
        case .vectorSelector(let selector):
            // Recording rule names (with `:`) hold rates as often as not.
            guard let name = selector.metricName, name.hasSuffix("_bucket"), !name.contains(":") else { return nil }
            return selector
        case .paren(let node): return rawBuckets(node.expr)
        case .aggregate(let node): return rawBuckets(node.expr)
        case .binary(let node): return rawBuckets(node.lhs) ?? rawBuckets(node.rhs)
        case .call(let call):
            switch call.name {
            case "label_replace", "label_join", "sort", "sort_desc", "clamp_min", "clamp_max", "clamp":
                return call.args.first.flatMap(rawBuckets)
            default:
                return nil
            }
        default:
            return nil
        }
    }
}
