import PromModel
import PromQLEngine
import Template

/// `halint eval --format text`: per rule, each alert's pending / firing /
/// resolved times with its labels and rendered annotations, the notes, and a
/// chart of every alert's state over the window.
public struct TimelineTextRenderer: Sendable {
    public var maxChartColumns: Int

    public init(maxChartColumns: Int = 72) {
        self.maxChartColumns = maxChartColumns
    }

    public func render(_ timeline: EvalTimeline) -> String {
        var lines: [String] = []
        lines.append("halint eval: \(time(timeline.from)) to \(time(timeline.to))")
        for note in timeline.inputNotes { lines.append("warning: \(note)") }
        for group in timeline.groups {
            lines.append("")
            let count = group.ticks.count
            lines.append(
                "\(group.file): group \(goQuote(group.name)), every \(ModelDuration(milliseconds: group.step)) "
                    + "(\(count) evaluation\(count == 1 ? "" : "s"))")
            for rule in group.rules {
                lines.append("")
                lines += self.rule(rule, group: group)
            }
        }
        lines.append("")
        lines.append(summary(timeline))
        return lines.joined(separator: "\n") + "\n"
    }

    func rule(_ rule: RuleTimeline, group: GroupTimeline) -> [String] {
        var lines: [String] = []
        switch rule.kind {
        case .alerting:
            var header = rule.name
            if rule.forMilliseconds > 0 { header += "  for \(ModelDuration(milliseconds: rule.forMilliseconds))" }
            if rule.keepFiringForMilliseconds > 0 {
                header += "  keep_firing_for \(ModelDuration(milliseconds: rule.keepFiringForMilliseconds))"
            }
            lines.append(header)
        case .recording:
            lines.append("\(rule.name)  (recording rule)")
        }
        lines.append("  expr: \(rule.expr)")
        switch rule.kind {
        case .alerting:
            if rule.alerts.isEmpty { lines.append("  never pending or firing") }
            for alert in rule.alerts {
                lines.append("  \(displayLabels(alert.labels))")
                for episode in alert.episodes { lines += self.episode(episode) }
            }
        case .recording:
            lines.append("  " + recordingSummary(rule.outputCounts))
        }
        for note in rule.notes { lines += self.note(note, rule: rule) }
        lines += chart(rule, group: group)
        return lines
    }

    func episode(_ episode: TimelineEpisode) -> [String] {
        var lines: [String] = []
        let value = "value \(APIResponse.formatValue(episode.value))"
        func annotations() -> [String] {
            episode.annotations.map { annotation in
                let text = annotation.value.split(separator: "\n", omittingEmptySubsequences: false)
                    .joined(separator: "\n" + String(repeating: " ", count: 26 + annotation.name.count + 2))
                return String(repeating: " ", count: 26) + "\(annotation.name): \(text)"
            }
        }
        if let firedAt = episode.firedAt, firedAt == episode.activeAt {
            lines.append("    \(time(firedAt))  firing    \(value)")
            lines += annotations()
        } else {
            lines.append("    \(time(episode.activeAt))  pending   value \(APIResponse.formatValue(episode.activeValue))")
            if episode.firedAt == nil { lines += annotations() }
            if let firedAt = episode.firedAt {
                lines.append("    \(time(firedAt))  firing    \(value)")
                lines += annotations()
            }
        }
        switch (episode.endedAt, episode.firedAt) {
        case (let ended?, let fired?):
            lines.append("    \(time(ended))  resolved  after firing for \(ModelDuration(milliseconds: ended - fired))")
        case (let ended?, nil):
            lines.append("    \(time(ended))  cleared   after \(ModelDuration(milliseconds: ended - episode.activeAt)) pending; never fired")
        case (nil, let fired?):
            _ = fired
            lines.append("    still firing at the end of the window")
        case (nil, nil):
            lines.append("    still pending at the end of the window")
        }
        return lines
    }

    func note(_ note: TimelineNote, rule: RuleTimeline) -> [String] {
        switch note {
        case .noSeries(let selector, let spans, let evaluations, let total):
            let when = evaluations == total ? "at any of the \(total) evaluations" : "at \(evaluations) of \(total) evaluations, \(spanList(spans))"
            var lines = ["  note: \(selector) matched no series \(when)."]
            switch rule.kind {
            case .alerting:
                lines.append("        While it matches nothing the rule cannot fire. To be told when the target itself is gone,")
                lines.append("        alert on up == 0 or absent(...) too: halint explain ha/unfireable-when-down")
            case .recording:
                lines.append("        While it matches nothing the rule records nothing, and rules reading its output see nothing.")
            }
            return lines
        case .evaluationFailed(let message, let first, let evaluations):
            return ["  error: evaluation failed at \(evaluations) evaluation\(evaluations == 1 ? "" : "s") from \(time(first)): \(message)"]
        }
    }

    func chart(_ rule: RuleTimeline, group: GroupTimeline) -> [String] {
        let gaps: [(String, [ClosedRange<Int64>])] = rule.notes.compactMap {
            if case .noSeries(let selector, let spans, _, _) = $0 { return (selector, spans) }
            return nil
        }
        guard !rule.alerts.isEmpty || !gaps.isEmpty, !group.ticks.isEmpty else { return [] }
        let chart = TimelineChart(ticks: group.ticks, step: group.step, maxColumns: maxChartColumns)
        var rows: [(String, String)] = rule.alerts.map { (displayLabels($0.labels), chart.strip($0)) }
        rows += gaps.map { ($0.0, chart.strip(missing: $0.1)) }
        let width = rows.map(\.0.count).max() ?? 0
        var legend: [String] = []
        if !rule.alerts.isEmpty {
            legend.append("\(TimelineChart.inactive) inactive  \(TimelineChart.pending) pending  \(TimelineChart.firing) firing")
        }
        if !gaps.isEmpty { legend.append("\(TimelineChart.present) series  \(TimelineChart.absent) no series") }
        var lines = [""]
        lines.append("  one column = \(ModelDuration(milliseconds: chart.columnMilliseconds))   " + legend.joined(separator: "   "))
        for (name, strip) in rows {
            lines.append("  " + name + String(repeating: " ", count: width - name.count) + "  " + strip)
        }
        lines.append(String(repeating: " ", count: width + 4) + chart.axis())
        return lines
    }

    func summary(_ timeline: EvalTimeline) -> String {
        let rules = timeline.rules
        let alerting = rules.filter { $0.kind == .alerting }
        let fired = alerting.filter(\.everFired)
        let gaps = rules.reduce(0) { total, rule in
            total + rule.notes.filter { if case .noSeries = $0 { return true } else { return false } }.count
        }
        let failed = rules.filter { $0.notes.contains { if case .evaluationFailed = $0 { return true } else { return false } } }
        var parts = [
            plural(alerting.count, "alerting rule") + ", " + plural(rules.count - alerting.count, "recording rule"),
            "\(fired.count) fired",
        ]
        if gaps > 0 { parts.append(plural(gaps, "selector") + " matched no series for part or all of the window") }
        if !failed.isEmpty { parts.append(plural(failed.count, "rule") + " failed to evaluate") }
        return parts.joined(separator: "; ")
    }

    func recordingSummary(_ counts: [Int]) -> String {
        let producing = counts.filter { $0 > 0 }
        guard let low = producing.min(), let high = producing.max() else {
            return "recorded nothing at any of the \(counts.count) evaluations"
        }
        let series = low == high ? plural(low, "series", "series") : "\(low)–\(high) series"
        return "recorded \(series) at \(producing.count) of \(counts.count) evaluations"
    }

    func spanList(_ spans: [ClosedRange<Int64>]) -> String {
        let shown = spans.prefix(3).map { span in
            span.lowerBound == span.upperBound ? "at \(time(span.lowerBound))" : "from \(time(span.lowerBound)) to \(time(span.upperBound))"
        }
        let more = spans.count > 3 ? " and \(spans.count - 3) more" : ""
        return shown.joined(separator: ", ") + more
    }

    /// The alert's labels without `alertname`, which heads the rule.
    func displayLabels(_ labels: Labels) -> String { labels.without(["alertname"]).description }

    func time(_ t: Int64) -> String { GoTime.rfc3339(unixMilliseconds: t) }

    func plural(_ n: Int, _ word: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? word : plural ?? word + "s")
    }
}
