import Diagnostics
import PromModel
import PromQL

/// Checks over all rules of the project together: the same rule in several
/// files, recording rule naming, and reads of recording rules that no file
/// defines.
struct RuleSetLint {
    let rules: [LintedRule]
    /// Parallel to `rules`: every selector of the expression.
    let selectors: [[VectorSelector]]
    let servers: [PrometheusServer]

    func check(into diagnostics: inout [Diagnostic]) {
        checkDuplicates(into: &diagnostics)
        checkRecordingNames(into: &diagnostics)
        checkUndefinedRecordings(into: &diagnostics)
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
            diagnostics.append(
                Diagnostic(
                    RuleLintChecks.recordingRuleName,
                    "recording rule \(goQuote(name)) does not follow `level:metric:operations` (such as "
                        + "`job:http_requests:rate5m`); without the colons its series look like scraped metrics and "
                        + "can collide with them. Rename it, and update its users",
                    at: rule.nameSpan))
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
}
