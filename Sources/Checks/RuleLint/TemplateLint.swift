import Diagnostics
import PromModel
import RuleFiles

/// Label and annotation templates of an alert, checked against what the
/// query can return and what the Prometheus configs loading it define:
/// `$labels.X` for labels the result never has, `$value` in labels or when
/// it is constant, and external labels read the wrong way or not defined.
struct TemplateLint {
    let rule: LintedRule
    let labels: OutputLabels
    let context: RuleLintContext

    func check(into diagnostics: inout [Diagnostic]) {
        var constant: FixedValue??
        for (kind, entries) in [("label", rule.rule.labels), ("annotation", rule.rule.annotations)] {
            for entry in entries where entry.value.value.utf8.contains(UInt8(ascii: "{")) {
                let references = TemplateReferences(entry.value.value)
                guard !references.redeclaresPredefined else { continue }
                if let value = references.values.first {
                    if constant == nil { constant = FixedValue.of(rule.expr) }
                    if let known = constant! {
                        // A constant in a label is stable, only pointless: say so in annotations only.
                        if kind == "annotation" { reportConstant(known, entry: entry, at: value, into: &diagnostics) }
                    } else if kind == "label" {
                        diagnostics.append(
                            Diagnostic(
                                RuleLintChecks.valueInLabel,
                                "label \(entry.name.value) is built from the query value: every new value makes a new label "
                                    + "set, so Alertmanager sees a new alert (and resolves the old one) at each evaluation; "
                                    + "move it to an annotation",
                                at: Self.span(in: entry.value, offset: value.offset, length: value.length)))
                    }
                }
                checkLabelReferences(references, kind: kind, entry: entry, into: &diagnostics)
                checkExternalLabelReferences(references, kind: kind, entry: entry, into: &diagnostics)
            }
        }
    }

    /// References are ASCII on one line, so the end is the start moved right:
    /// one offset lookup instead of two (each maps the whole scalar).
    static func span(in value: PositionedString, offset: Int, length: Int) -> SourceSpan {
        let start = value.exprPosition(offset: offset)
        return SourceSpan(file: value.span.file, start: start, end: SourcePosition(line: start.line, column: start.column + length))
    }

    private func reportConstant(
        _ constant: FixedValue, entry: RuleLabel, at value: (offset: Int, length: Int), into diagnostics: inout [Diagnostic]
    ) {
        diagnostics.append(
            Diagnostic(
                RuleLintChecks.constantValue,
                "annotation \(entry.name.value) shows `$value`, but it is always \(ImpossibleConditions.format(constant.value)) "
                    + "here (\(constant.reason)), so it tells the reader nothing; show the measured value through another "
                    + "query, or remove it",
                at: Self.span(in: entry.value, offset: value.offset, length: value.length),
                notes: [Note("the query", at: rule.source.span)]))
    }

    private func checkLabelReferences(
        _ references: TemplateReferences, kind: String, entry: RuleLabel, into diagnostics: inout [Diagnostic]
    ) {
        var reported: Set<String> = []
        for reference in references.labels {
            guard reported.insert(reference.name).inserted else { continue }
            // Mapping a position into the file is costly: only for findings.
            var span: SourceSpan { Self.span(in: entry.value, offset: reference.offset, length: reference.length) }
            guard labels.canHave(reference.name) else {
                reportUndefined(reference, kind: kind, entry: entry, at: span, into: &diagnostics)
                continue
            }
            if let server = context.externalOnlyServer(reference.name, for: rule) {
                let pair = context.servers[server].externalLabels[reference.name]!
                diagnostics.append(
                    Diagnostic(
                        RuleLintChecks.externalLabelInTemplate,
                        "\(kind) \(entry.name.value) uses `$labels.\(reference.name)`, but \(reference.name) is an external "
                            + "label of \(context.servers[server].path) and no scrape config sets it on series: `$labels` "
                            + "holds the query's labels, which never include external labels, so it renders as an empty "
                            + "string; write `$externalLabels.\(reference.name)`",
                        at: span, notes: [Note("external label set here", at: pair.name.span)]))
            }
        }
    }

    private func reportUndefined(
        _ reference: TemplateReferences.LabelReference, kind: String, entry: RuleLabel, at span: SourceSpan,
        into diagnostics: inout [Diagnostic]
    ) {
        var message = "\(kind) \(entry.name.value) uses `$labels.\(reference.name)`, but the query result never has "
            + "the label \(reference.name)"
        if let reason = labels.dropReason { message += " (\(reason))" }
        if rule.staticLabels[reference.name] != nil {
            message += "; it is a static label of the rule, and `$labels` holds only the query's labels, so write its value directly"
        } else {
            message += ", so it renders as an empty string; keep the label in the query (for example add it to `by(…)`) "
                + "or remove the reference"
        }
        diagnostics.append(
            Diagnostic(RuleLintChecks.undefinedTemplateLabel, message, at: span, notes: [Note("the query", at: rule.source.span)]))
    }

    private func checkExternalLabelReferences(
        _ references: TemplateReferences, kind: String, entry: RuleLabel, into diagnostics: inout [Diagnostic]
    ) {
        var reported: Set<String> = []
        for reference in references.externalLabels where reported.insert(reference.name).inserted {
            guard let missing = rule.servers.first(where: { context.servers[$0].externalLabels[reference.name] == nil }) else {
                continue
            }
            let server = context.servers[missing]
            let defined = server.externalLabels.keys.sorted()
            let known = defined.isEmpty ? "it has none" : "it has \(defined.joined(separator: ", "))"
            diagnostics.append(
                Diagnostic(
                    RuleLintChecks.undefinedExternalLabel,
                    "\(kind) \(entry.name.value) uses `$externalLabels.\(reference.name)`, but \(server.path), which loads "
                        + "this rule, has no external label \(reference.name) (\(known)), so it renders as an empty string; "
                        + "add it to `global.external_labels` or fix the name",
                    at: Self.span(in: entry.value, offset: reference.offset, length: reference.length),
                    notes: server.config.global.span.map { [Note("the global section", at: $0)] } ?? []))
        }
    }
}
