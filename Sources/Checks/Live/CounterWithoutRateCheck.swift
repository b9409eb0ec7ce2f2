import Diagnostics
import PromAPI
import PromQL

/// `live/counter-without-rate` (pint's promql/counter): a metric the
/// server's metadata calls a counter, read for its raw value. A counter
/// counts since its process started and restarts from zero, so its value
/// says nothing on its own; only its changes do. Reported once per metric
/// per rule, at its first direct read.
struct CounterWithoutRateCheck {
    static let descriptor = LiveChecks.counterWithoutRate

    static func check(_ scan: CounterUseScan, rule: LintedRule, probe: LiveProbe) throws(PromAPIError) -> [Diagnostic] {
        var done = Set<String>()
        var diagnostics: [Diagnostic] = []
        for selector in scan.direct {
            guard let name = selector.metricName, done.insert(name).inserted,
                  case .counter(let family, let type)? = try LiveMetricKind.resolve(name, probe: probe)
            else { continue }
            let what = family == name ? "a counter" : "a counter of the \(type.rawValue) `\(family)`"
            diagnostics.append(
                Diagnostic(
                    descriptor,
                    "`\(name)` is \(what) by the server's metadata: its value is a count since the process started and "
                        + "falls to zero on every restart, so the rule compares an arbitrary number; read it through rate() or "
                        + "increase(), e.g. `rate(\(name)[5m])`",
                    at: rule.span(selector.positionRange)))
        }
        return diagnostics
    }
}
