import Diagnostics
import PromQL

/// Alerts without `for` whose threshold is on a value that moves at every
/// evaluation: instant rates, rates of levels (CPU, bandwidth, ratios) over
/// windows shorter than 10m, latency quantiles, and `up == 0`. One unlucky evaluation fires them.
/// Event alerts (`increase(errors[5m]) > 0`, rates of failure counters)
/// fire on purpose at the first occurrence and are left alone.
struct NoisyConditions {
    let rule: LintedRule

    func check(into diagnostics: inout [Diagnostic]) {
        if let value = rule.rule.forDuration?.value, value.milliseconds > 0 { return }
        guard let (node, reason) = Self.noisyComparison(rule.expr) else { return }
        diagnostics.append(
            Diagnostic(
                RuleLintChecks.missingFor,
                "alert \(rule.name) has no `for`, so it fires at the first evaluation where \(reason) crosses the "
                    + "threshold and resolves at the next one below it: a single spike notifies; add `for:` with how long "
                    + "the condition must hold (e.g. `for: 5m`)",
                at: rule.span(node.positionRange)))
    }

    /// The threshold comparison that decides the alert, and why its subject is noisy.
    static func noisyComparison(_ expr: Expr) -> (BinaryExpr, String)? {
        guard case .binary(let node) = expr.unwrapped else { return nil }
        switch node.op {
        case .and, .unless:
            return noisyComparison(node.lhs)
        case .or:
            return noisyComparison(node.lhs) ?? noisyComparison(node.rhs)
        default:
            break
        }
        guard node.op.isComparison, !node.returnBool else { return nil }
        let subject: Expr
        let threshold: Double
        if case .numberLiteral(let number) = node.rhs.unwrapped {
            (subject, threshold) = (node.lhs, number.value)
        } else if case .numberLiteral(let number) = node.lhs.unwrapped {
            (subject, threshold) = (node.rhs, number.value)
        } else {
            return nil
        }
        if case .vectorSelector(let selector) = subject.unwrapped, selector.metricName == "up", node.op == .eql, threshold == 0 {
            return (node, "a single failed scrape (`up == 0`)")
        }
        // `> 0` asks whether something happened at all: an event, not a level.
        guard threshold != 0 else { return nil }
        return reason(subject).map { (node, $0) }
    }

    private static let smoothing = PromDuration(milliseconds: 600_000)
    private static let eventWords = ["error", "errs", "fail", "drop", "reject", "panic", "corrupt", "evict", "restart", "timeout"]

    private static func reason(_ subject: Expr) -> String? {
        var instant: String?
        var quantile = false
        var rate: String?
        var events = false
        subject.forEachNode { node in
            guard case .call(let call) = node else { return }
            switch call.name {
            case "irate", "idelta":
                instant = instant ?? call.name
            case "histogram_quantile":
                quantile = true
            case "rate", "deriv":
                guard case .matrixSelector(let matrix)? = call.args.first?.unwrapped else { return }
                let name = (matrix.vectorSelector.metricName ?? "").lowercased()
                if eventWords.contains(where: name.contains) { events = true }
                // A long window smooths the value as `for` would.
                if rate == nil, case .literal(let window) = matrix.range, window < Self.smoothing {
                    rate = "the \(window) \(call.name)()"
                }
            default:
                break
            }
        }
        if events { return nil }
        if let instant { return "\(instant)() (the change between the last two samples)" }
        if quantile { return "a quantile" }
        return rate
    }
}
