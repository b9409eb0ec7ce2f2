import Diagnostics
import PromModel

/// `live/alert-count` (pint's alerts/count), opt-in: runs an alert's
/// expression as one range query over the lookback window, one point per
/// evaluation interval, and counts how often the alert would have fired.
/// A series present at consecutive points is one pending period; it fires
/// when it lasts at least `for` (Prometheus fires once `activeAt + for` is
/// reached, `rules/alerting.go`). A gap no longer than `keep_firing_for`
/// after a firing period does not resolve the alert.
struct AlertCountCheck {
    static let descriptor = LiveChecks.alertCount

    /// Prometheus refuses range queries of more than 11,000 points per series.
    static let maxPoints: Int64 = 11_000

    struct Firings: Equatable {
        var count = 0
        var series = 0
        var longest: Int64 = 0
    }

    /// The step for a rule: its group's interval, else 1m, coarser when the
    /// lookback would need more points than the server returns.
    static func step(interval: Int64?, lookback: Int64) -> Int64 {
        let wanted = max(1000, interval ?? 60_000)
        let minimum = (lookback + maxPoints - 1) / maxPoints
        let step = max(wanted, minimum)
        return (step + 999) / 1000 * 1000
    }

    /// `series`: the point times of each series the range query returned.
    static func firings(_ series: [[Int64]], step: Int64, forDuration: Int64, keepFiringFor: Int64) -> Firings {
        var total = Firings()
        for points in series {
            let times = points.sorted()
            guard let first = times.first else { continue }
            var runs: [(start: Int64, end: Int64)] = [(first, first)]
            for time in times.dropFirst() {
                // Points of a range query lie exactly one step apart; allow
                // for rounding of the step in seconds.
                if time - runs[runs.count - 1].end <= step + step / 2 {
                    runs[runs.count - 1].end = time
                } else {
                    runs.append((time, time))
                }
            }
            var fired = 0
            var firingUntil: Int64?
            for run in runs {
                if let until = firingUntil, run.start - until < keepFiringFor + step {
                    // Still firing through the gap; the alert goes on.
                    firingUntil = run.end
                    total.longest = max(total.longest, run.end - run.start)
                    continue
                }
                firingUntil = nil
                guard run.end - run.start >= forDuration else { continue }
                fired += 1
                firingUntil = run.end
                total.longest = max(total.longest, run.end - run.start)
            }
            total.count += fired
            if fired > 0 { total.series += 1 }
        }
        return total
    }

    static func diagnostic(_ firings: Firings, rule: LintedRule, lookback: Int64, step: Int64) -> Diagnostic? {
        guard firings.count > 0 else { return nil }
        let times = firings.count == 1 ? "once" : "\(firings.count) times"
        let series = firings.series == 1 ? "1 series" : "\(firings.series) series"
        let forText = rule.rule.forDuration.map { " (`for: \($0.value)`)" } ?? ""
        return Diagnostic(
            descriptor,
            "on the server's data of the last \(ModelDuration(milliseconds: lookback)) (a point every "
                + "\(ModelDuration(milliseconds: step))), this alert would have fired \(times)\(forText) for \(series), "
                + "the longest firing lasting \(ModelDuration(milliseconds: max(step, firings.longest)))",
            at: rule.span(rule.expr.positionRange))
    }
}
