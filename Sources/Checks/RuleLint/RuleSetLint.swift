import Diagnostics
import PromModel
import PromQL
import PrometheusConfig
import YAML

/// Checks over all rules of the project together: the same rule in several
/// files, recording rule naming, and reads of recording rules that no file
/// defines.
struct RuleSetLint {
    let rules: [LintedRule]
    /// Parallel to `rules`: every selector of the expression.
    let selectors: [[VectorSelector]]
    let context: RuleLintContext

    func check(into diagnostics: inout [Diagnostic]) {
        checkDuplicates(into: &diagnostics)
        checkRecordingNames(into: &diagnostics)
        checkUndefinedRecordings(into: &diagnostics)
        checkExternalLabelConflicts(into: &diagnostics)
        checkIntervalsBelowScrape(into: &diagnostics)
        checkUnusedRecordings(into: &diagnostics)
    }

    private struct Key: Hashable {
        var name: String
        var alert: Bool
        var labels: [String: String]
        /// Only alerts compare expressions: two alerts with one name and
        /// different conditions are a common, deliberate pattern.
        var expr: [UInt8]?
    }

    private func checkDuplicates(into diagnostics: inout [Diagnostic]) {
        // Only names defined in two files one Prometheus loads can clash, so
        // full keys (labels, expression) are built for those rules alone.
        var filesByName: [String: Set<String>] = [:]
        for rule in rules { filesByName[rule.name, default: []].insert(rule.file) }
        var first: [Key: Int] = [:]
        for (index, rule) in rules.enumerated() where filesByName[rule.name]!.count > 1 {
            let key = Key(
                name: rule.name, alert: rule.isAlerting, labels: rule.staticLabels,
                expr: rule.isAlerting ? Self.normalizedSpacing(rule.source.value) : nil)
            guard let earlier = first[key] else {
                first[key] = index
                continue
            }
            let original = rules[earlier]
            guard original.file != rule.file else { continue }  // rules/duplicate-rule covers one file
            // Variant files (per environment, containers or not) repeat rules on
            // purpose; only files one Prometheus loads together conflict.
            guard rule.servers.contains(where: original.servers.contains) else { continue }
            let what = rule.isAlerting
                ? "alert \(rule.name) with the same labels and expression"
                : "recording rule \(rule.name) with the same labels"
            let consequence = rule.isAlerting
                ? "every alert is evaluated and sent twice"
                : "both rules write the same series and their samples conflict"
            diagnostics.append(
                Diagnostic(
                    RuleLintChecks.duplicateAcrossFiles,
                    "\(what) is already defined in \(original.file), and the same Prometheus loads both files; \(consequence); keep one copy, or give them a "
                        + "distinguishing label",
                    at: rule.nameSpan, notes: [Note("first defined here", at: original.nameSpan)]))
        }
    }

    /// The expression without whitespace, so that reformatting alone does not hide a copy.
    private static func normalizedSpacing(_ text: String) -> [UInt8] {
        text.utf8.filter { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D }
    }

    private func checkRecordingNames(into diagnostics: inout [Diagnostic]) {
        for rule in rules where !rule.isAlerting {
            let name = rule.name
            // Shortened forms such as `job:up` or `:node_memory:sum` are common
            // and harmless; a name without any colon is the one that collides.
            guard !name.utf8.contains(UInt8(ascii: ":")) else { continue }
            // Compatibility shims (`record: node_cpu`, `expr: node_cpu_seconds_total`)
            // give a scraped metric another scraped-style name on purpose.
            guard !Self.isRename(rule.expr) else { continue }
            diagnostics.append(
                Diagnostic(
                    RuleLintChecks.recordingRuleName,
                    "recording rule \(goQuote(name)) does not follow `level:metric:operations` (such as "
                        + "`job:http_requests:rate5m`); without the colons its series look like scraped metrics and "
                        + "can collide with them. Rename it, and update its users",
                    at: rule.nameSpan))
        }
    }

    /// One selector, possibly relabelled or scaled by a number: a new name for an existing metric.
    static func isRename(_ expr: Expr) -> Bool {
        switch expr.unwrapped {
        case .vectorSelector: return true
        case .binary(let node):
            if case .numberLiteral = node.rhs.unwrapped { return isRename(node.lhs) }
            if case .numberLiteral = node.lhs.unwrapped { return isRename(node.rhs) }
            return false
        case .call(let call) where call.name == "label_replace" || call.name == "label_join":
            return call.args.first.map(isRename) ?? false
        default: return false
        }
    }

    private func checkUndefinedRecordings(into diagnostics: inout [Diagnostic]) {
        let defined = Set(rules.lazy.filter { !$0.isAlerting }.map(\.name))
        guard !defined.isEmpty else { return }
        // Some exporters (TensorFlow Serving) publish names with a leading colon;
        // such names are only taken for recording rules if the project records some.
        let recordsLeadingColon = defined.contains { $0.hasPrefix(":") }
        for (rule, selectors) in zip(rules, selectors) {
            var reported: Set<String> = []
            for selector in selectors {
                guard let name = selector.metricName, name.utf8.contains(UInt8(ascii: ":")), !defined.contains(name),
                    recordsLeadingColon || !name.hasPrefix(":"),
                    reported.insert(name).inserted
                else { continue }
                diagnostics.append(
                    Diagnostic(
                        RuleLintChecks.undefinedRecordingRule,
                        "\(name) looks like a recording rule (metric names with `:` are reserved for them), but no "
                            + "recording rule in the checked files defines it, so this selector returns nothing; add "
                            + "the rule file that records it, or fix the name",
                        at: rule.span(selector.positionRange)))
            }
        }
    }

    /// Opt-in (`enabled: true` in `.halint.yml`): dashboards, federation and
    /// remote-write consumers read most recorded series, and halint sees none of
    /// them (60% of the corpus's recording rules are read by no rule).
    private func checkUnusedRecordings(into diagnostics: inout [Diagnostic]) {
        let id = RuleLintChecks.unusedRecordingRule.id
        var enabled: [String: Bool] = [:]
        var candidates: [LintedRule] = []
        var seen: Set<String> = []
        for rule in rules where !rule.isAlerting && seen.insert(rule.name).inserted {
            let on = enabled[rule.file] ?? (context.settings.setting(for: id, file: rule.file).enabled == true)
            enabled[rule.file] = on
            if on { candidates.append(rule) }
        }
        guard !candidates.isEmpty else { return }
        var read: Set<String> = []
        for found in selectors {
            for selector in found { if let name = selector.metricName { read.insert(name) } }
        }
        for rule in candidates where !read.contains(rule.name) {
            diagnostics.append(
                Diagnostic(
                    RuleLintChecks.unusedRecordingRule,
                    "no rule of the checked files reads \(rule.name); if no dashboard or other consumer does either, "
                        + "remove the rule: it costs an evaluation every interval and a series per label set",
                    at: rule.nameSpan))
        }
    }

    // MARK: External labels

    /// pint's labels/conflict: a rule label that is also an external label of
    /// the Prometheus loading the rule wins over it wherever the data goes.
    private func checkExternalLabelConflicts(into diagnostics: inout [Diagnostic]) {
        guard !context.servers.isEmpty else { return }
        var reportedGroupLabels: Set<SourceSpan> = []
        for rule in rules where !rule.servers.isEmpty {
            for label in rule.group.labels + rule.rule.labels {
                guard let (server, pair) = externalLabel(label.name.value, loadedBy: rule.servers) else { continue }
                // A group label is one finding, not one per rule.
                if rule.group.labels.contains(where: { $0.name.span == label.name.span }),
                    !reportedGroupLabels.insert(label.name.span).inserted
                {
                    continue
                }
                let same = label.value.value == pair.value.value
                let effect: String
                if same {
                    effect = "it has the same value, so the label is redundant; remove it from the rule"
                } else if rule.isAlerting {
                    effect = "Prometheus adds external labels to alerts only where the alert lacks them, so these alerts say "
                        + "\(label.name.value)=\(goQuote(label.value.value)) while every other alert of that server says "
                        + "\(goQuote(pair.value.value)); remove the label, or rename it if it means something else"
                } else {
                    effect = "its series keep \(label.name.value)=\(goQuote(label.value.value)) when federated or "
                        + "remote-written, while every other series of that server gets \(goQuote(pair.value.value)); "
                        + "remove the label, or rename it if it means something else"
                }
                diagnostics.append(
                    Diagnostic(
                        RuleLintChecks.externalLabelConflict,
                        "label \(label.name.value) is also an external label of \(server.path), which loads this rule; "
                            + effect,
                        at: label.name.span, notes: [Note("external label set here", at: pair.name.span)]))
            }
        }
    }

    private func externalLabel(_ name: String, loadedBy servers: [Int]) -> (PrometheusServer, LabelPair)? {
        for index in servers {
            if let pair = context.servers[index].externalLabels[name] { return (context.servers[index], pair) }
        }
        return nil
    }

    // MARK: Evaluation against scrape intervals

    /// Groups evaluated more often than their input series get new samples.
    private func checkIntervalsBelowScrape(into diagnostics: inout [Diagnostic]) {
        let timing = context.timing
        guard !context.servers.isEmpty else { return }
        var seen: Set<SourceSpan> = []
        var index = 0
        while index < rules.count {
            let group = rules[index].group
            var end = index
            while end < rules.count, rules[end].group.span == group.span, rules[end].file == rules[index].file { end += 1 }
            defer { index = end }
            guard seen.insert(group.span).inserted, let (interval, origin) = rules[index].evaluationInterval(timing) else { continue }
            var fastest: (interval: ModelDuration, origin: String)?
            for position in index..<end {
                for selector in selectors[position] {
                    // Recorded series change at their own group's pace.
                    if let name = selector.metricName, name.contains(":") { continue }
                    let job = selector.matchers.first { $0.name == "job" && $0.type == .equal }?.value
                    guard let input = timing.scrapeInterval(job: job) else { continue }
                    if fastest.map({ input.interval < $0.interval }) ?? true { fastest = input }
                }
            }
            guard let fastest, interval < fastest.interval else { continue }
            diagnostics.append(
                Diagnostic(
                    RuleLintChecks.intervalBelowScrape,
                    "group \(group.name.value) is evaluated every \(interval) (\(origin)), but the series its rules read "
                        + "get a new sample only every \(fastest.interval) (\(fastest.origin)), so most evaluations repeat "
                        + "the last result; set the group's `interval` to \(fastest.interval)",
                    at: group.interval?.span ?? group.name.span))
        }
    }
}
