import Diagnostics
import PromAPI
import PromQL

/// `live/rate-on-non-counter`: rate(), irate() or increase() over a metric
/// the server's metadata calls a gauge, a summary quantile, an info metric.
/// Selectors whose name already tells (`promql/rate-on-non-counter`, offline)
/// are left to that check, so one selector is reported once.
struct RateOnNonCounterLiveCheck {
    static let descriptor = LiveChecks.rateOnNonCounter

    static func check(_ scan: CounterUseScan, rule: LintedRule, probe: LiveProbe) throws(PromAPIError) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (function, selector) in scan.rated {
            guard let name = selector.metricName, MetricNaming.nonCounterKind(name) == nil,
                  case .nonCounter(let family, let type)? = try LiveMetricKind.resolve(name, probe: probe)
            else { continue }
            diagnostics.append(
                Diagnostic(
                    descriptor,
                    "\(function)() expects a counter, but the server's metadata says `\(name)` is "
                        + "\(LiveMetricKind.describe(type, name: name, family: family)); \(function)() reads every decrease as a "
                        + "counter reset and returns nonsense. Use deriv() or delta() for a gauge, or compare its value directly",
                    at: rule.span(selector.positionRange)))
        }
        return diagnostics
    }
}
