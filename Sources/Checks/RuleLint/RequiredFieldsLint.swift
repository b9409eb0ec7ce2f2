import Diagnostics
import PromModel
import RuleFiles

/// The labels and annotations `.halint.yml` requires on every alert
/// (`required:` of alert/required-label and alert/required-annotation), the
/// configurable form of pint's rule/label and alerts/annotation.
struct RequiredFieldsLint {
    /// The requirements in force for one file; nil lists when not configured.
    struct Requirements {
        var labels: [HalintConfig.RequiredField]?
        var annotations: [HalintConfig.RequiredField]?

        init(_ settings: CheckSettings, file: String) {
            labels = settings.setting(for: RuleLintChecks.requiredLabel.id, file: file).required
            annotations = settings.setting(for: RuleLintChecks.requiredAnnotation.id, file: file).required
        }

        /// Whether `required:` of alert/required-label names `label`, which then replaces the fixed convention checks.
        func requiresLabel(_ label: String) -> Bool { labels?.contains { $0.name == label } ?? false }
    }

    let rule: LintedRule
    let requirements: Requirements

    func check(into diagnostics: inout [Diagnostic]) {
        let alertSpan = rule.rule.alert?.span ?? rule.rule.span
        if let labels = requirements.labels {
            var written: [String: PositionedString] = [:]
            for label in rule.group.labels + rule.rule.labels { written[label.name.value] = label.value }
            for field in labels {
                check(field, kind: "label", value: written[field.name], missingAt: alertSpan, into: &diagnostics)
            }
        }
        if let annotations = requirements.annotations {
            var written: [String: PositionedString] = [:]
            for annotation in rule.rule.annotations { written[annotation.name.value] = annotation.value }
            for field in annotations {
                check(
                    field, kind: "annotation", value: written[field.name], missingAt: rule.rule.annotationsKey ?? alertSpan,
                    into: &diagnostics)
            }
        }
    }

    private func check(
        _ field: HalintConfig.RequiredField, kind: String, value: PositionedString?, missingAt: SourceSpan,
        into diagnostics: inout [Diagnostic]
    ) {
        let descriptor = kind == "label" ? RuleLintChecks.requiredLabel : RuleLintChecks.requiredAnnotation
        let note = Note("required in .halint.yml", at: field.span)
        guard let value, !value.value.isEmpty else {
            // An empty label is no label: Prometheus drops it.
            var message = "alert \(rule.name) has no `\(field.name)` \(kind), which .halint.yml requires on every alert"
            if let values = field.values { message += "; add one of: \(values.joined(separator: ", "))" }
            diagnostics.append(Diagnostic(descriptor, message, at: missingAt, notes: [note]))
            return
        }
        // A templated value is only known when the alert fires.
        guard !value.value.contains("{{") else { return }
        if let values = field.values, !values.contains(value.value) {
            diagnostics.append(
                Diagnostic(
                    descriptor,
                    "\(kind) \(field.name) is \(goQuote(value.value)), which is not one of the values .halint.yml allows: "
                        + values.map(goQuote).joined(separator: ", "),
                    at: value.span, notes: [note]))
        } else if let pattern = field.pattern, !pattern.matches(value.value) {
            diagnostics.append(
                Diagnostic(
                    descriptor,
                    "\(kind) \(field.name) is \(goQuote(value.value)), which does not match the pattern "
                        + "\(goQuote(pattern.pattern)) that .halint.yml requires",
                    at: value.span, notes: [note]))
        }
    }
}
