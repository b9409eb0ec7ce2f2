import PromModel
import PrometheusConfig
import RegexEngine

/// `halint relabel` output: every target of a job before and after relabeling.
public struct RelabelReport: Sendable {
    public struct Entry: Sendable {
        public var target: DiscoveredTarget
        public var outcome: TargetOutcome
    }

    public var job: ScrapeConfig
    public var builder: TargetBuilder
    public var entries: [Entry]

    public init(job: ScrapeConfig, groups: [TargetGroup]) {
        self.job = job
        builder = TargetBuilder(job: job)
        var entries: [Entry] = []
        let scratch = RegexScratch()
        for group in groups {
            let base = builder.base(for: group)
            for target in group.targets {
                let discovered = builder.discoveredLabels(target, base: base)
                entries.append(Entry(target: target, outcome: builder.outcome(discovered: discovered, scratch: scratch)))
            }
        }
        self.entries = entries
    }

    /// promtool's `check service-discovery` JSON: a list of
    /// `{"discoveredLabels": {…}, "labels": {…}}`, `labels` empty for dropped
    /// targets, indented by two spaces, keys sorted, strings escaped as Go's
    /// encoder does. Refused targets add `"error"` with Prometheus's message
    /// (promtool prints `{}` there, since Go cannot marshal an error value).
    public func promtoolJSON() -> String {
        guard !entries.isEmpty else { return "[]\n" }
        var out = "[\n"
        for (index, entry) in entries.enumerated() {
            out += "  {\n"
            out += "    \"discoveredLabels\": " + GoJSON.object(entry.outcome.discovered, indent: "    ")
            out += ",\n    \"labels\": " + GoJSON.object(entry.outcome.labels, indent: "    ")
            if case .failed(let message) = entry.outcome.status {
                out += ",\n    \"error\": " + goJSONQuote(message)
            }
            out += "\n  }" + (index == entries.count - 1 ? "\n" : ",\n")
        }
        return out + "]\n"
    }

    /// One block per target: its address and fate, the discovered labels,
    /// and the labels it keeps (the series labels, then the internal ones).
    public func text() -> String {
        let kept = entries.filter(\.outcome.isKept).count
        let failed = entries.filter { if case .failed = $0.outcome.status { return true } else { return false } }.count
        var out =
            "job \(job.jobNameValue): \(count(entries.count, "target")), \(grouped(kept)) kept, \(grouped(entries.count - kept - failed)) dropped, \(grouped(failed)) refused\n"
        let width = min(40, entries.map { $0.target.address.count }.max() ?? 0)
        for entry in entries {
            out += "\n" + entry.target.address.padding(toLength: max(width, entry.target.address.count), withPad: " ", startingAt: 0)
            out += "  " + fate(entry.outcome) + "\n"
            out += "  discovered: \(entry.outcome.discovered)\n"
            if entry.outcome.isKept {
                out += "  labels:     \(entry.outcome.seriesLabels)\n"
                let reserved = entry.outcome.labels.filter { $0.name.hasPrefix("__") }
                if !reserved.isEmpty {
                    out += "  internal:   \(LabelSet(sorted: reserved))\n"
                }
            }
        }
        return out
    }

    func fate(_ outcome: TargetOutcome) -> String {
        switch outcome.status {
        case .kept:
            return "kept"
        case .failed(let message):
            return "refused by Prometheus: \(message)"
        case .dropped(let index):
            return "dropped by " + Self.describe(builder.program.steps[index], labels: nil)
        }
    }

    /// "step 3 (prometheus.yml:29): action keep, regex '1' on __tmp_shard".
    static func describe(_ step: RelabelStep, labels: LabelSet?) -> String {
        var text = "step \(step.number) (\(step.config.span.file):\(step.config.span.start.line)): action \(step.action.rawValue)"
        if step.action.usesRegex { text += ", regex \(quote(step.regex.pattern))" }
        if step.action.readsSourceLabels {
            let sources = step.sourceLabels.isEmpty ? "no source_labels" : step.sourceLabels.joined(separator: ", ")
            text += " on \(sources)"
            if let labels, !step.sourceLabels.isEmpty {
                text += " = \(goJSONQuote(step.sourceValue(labels)))"
            }
        }
        if [.keepequal, .dropequal].contains(step.action) { text += " against \(step.targetLabel)" }
        if step.action == .hashmod { text += ", modulus \(step.modulus)" }
        if step.action.usesTargetLabel && ![.keepequal, .dropequal].contains(step.action) {
            text += " → \(step.targetLabel)"
        }
        return text
    }

    /// `--trace`: the label set after each step for the targets at `address`.
    public func trace(address: String) -> String? {
        let matching = entries.filter { $0.target.address == address }
        guard !matching.isEmpty else { return nil }
        var out = ""
        for entry in matching {
            out += "target \(address) in job \(job.jobNameValue)\n"
            out += "  discovered: \(entry.outcome.discovered)\n"
            let steps = builder.program.trace(entry.outcome.discovered)
            var nextNumber = 1
            for item in steps {
                // Entries that did not load keep their number and are reported, not run.
                for number in nextNumber..<max(nextNumber, item.step.number) {
                    out += "  step \(number): skipped, the rule did not load (unknown action or invalid setting)\n"
                }
                nextNumber = item.step.number + 1
                out += "  " + Self.describe(item.step, labels: item.before) + "\n"
                guard let after = item.after else {
                    out += "    dropped\n"
                    break
                }
                let changes = Self.changes(from: item.before, to: after)
                out += changes.isEmpty ? "    no change\n" : changes.map { "    \($0)\n" }.joined()
            }
            out += "  result: \(fate(entry.outcome))\n"
            if entry.outcome.isKept {
                out += "  labels: \(entry.outcome.labels)\n"
                out += "  series labels: \(entry.outcome.seriesLabels)\n"
            }
        }
        return out
    }

    static func changes(from before: LabelSet, to after: LabelSet) -> [String] {
        var lines: [String] = []
        for label in after where before[label.name] != label.value {
            if let old = before[label.name] {
                lines.append("~ \(label.name): \(goJSONQuote(old)) → \(goJSONQuote(label.value))")
            } else {
                lines.append("+ \(label.name)=\(goJSONQuote(label.value))")
            }
        }
        for label in before where after[label.name] == nil {
            lines.append("- \(label.name)=\(goJSONQuote(label.value))")
        }
        return lines
    }
}

/// JSON as Go's `encoding/json` writes it (`goJSONQuote` for strings).
enum GoJSON {
    static func object(_ labels: LabelSet, indent: String) -> String {
        guard !labels.isEmpty else { return "{}" }
        let inner = indent + "  "
        let body = labels.map { inner + goJSONQuote($0.name) + ": " + goJSONQuote($0.value) }.joined(separator: ",\n")
        return "{\n" + body + "\n" + indent + "}"
    }
}
