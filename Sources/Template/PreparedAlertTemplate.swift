/// One label or annotation template of an alerting rule, parsed once so a
/// rule evaluator can expand it at every evaluation without parsing again
/// (Prometheus parses per expansion; the outcome is the same).
public struct PreparedAlertTemplate: Sendable {
    /// The text as written in the rule.
    public let text: String
    let full: String
    let parsed: Result<ParsedTemplate, TemplateParseError>

    /// True when the text has no action, so every expansion is the text itself
    /// (the variable-declaring prefix produces no output).
    public let isPlain: Bool

    /// True when the output can depend on more than the labels, external labels
    /// and external URL: the text mentions the value, the evaluation time or a
    /// query. A textual over-approximation; false means "labels only" for sure.
    public let mayDependOnValueOrTime: Bool

    /// True when the text may call `query`, whose result depends on stored data.
    public let mayQuery: Bool

    public init(_ text: String, alertName: String) {
        self.text = text
        isPlain = !text.contains("{{")
        full = AlertTemplateExpander.prefix + text
        if isPlain {
            parsed = .success(ParsedTemplate(name: AlertTemplate.name(forAlert: alertName), root: TemplateList(offset: 0), definitions: []))
            mayDependOnValueOrTime = false
            mayQuery = false
        } else {
            let parser = TemplateParser(functions: TemplateFunctions.prometheus)
            do {
                parsed = .success(try parser.parse(full, name: AlertTemplate.name(forAlert: alertName)))
            } catch {
                parsed = .failure(error)
            }
            mayQuery = text.contains("query")
            // `.` alone or `$` alone hand the whole data (value included) to a function or the output.
            mayDependOnValueOrTime = mayQuery || text.contains("alue") || text.contains("now") || text.contains("$ ")
                || text.contains("$}") || text.contains("$)") || Self.usesBareDot(text)
        }
    }

    /// `{{ . }}`, `{{ printf "%v" . }}`, `(.)`: a dot not followed by a field name.
    private static func usesBareDot(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: ".") {
            let next = i + 1 < bytes.count ? bytes[i + 1] : 0
            let isFieldStart = (next >= 0x41 && next <= 0x5A) || (next >= 0x61 && next <= 0x7A) || next == UInt8(ascii: "_")
            if !isFieldStart { return true }
        }
        return false
    }
}

extension AlertTemplateExpander {
    /// `expandResult` for a template parsed in advance.
    public func expandResult(_ template: PreparedAlertTemplate) -> Result<String, Failure> {
        if template.isPlain { return .success(template.text) }
        let parsed: ParsedTemplate
        switch template.parsed {
        case .success(let value): parsed = value
        case .failure(let error): return .failure(.parse(error))
        }
        var executor = limits
        executor.functions = PrometheusTemplateFunctions.functions(
            evaluationTime: evaluationTime, externalURL: externalURL, query: query)
        do {
            return .success(try executor.execute(parsed, text: template.full, data: templateData))
        } catch {
            return .failure(.execution(error))
        }
    }

    /// `expand` for a template parsed in advance.
    public func expand(_ template: PreparedAlertTemplate) -> String {
        switch expandResult(template) {
        case .success(let output): output
        case .failure(let failure): "<error expanding template: \(failure)>"
        }
    }
}
