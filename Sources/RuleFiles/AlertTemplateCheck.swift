import YAML
import Template

/// Parses alerting-rule label and annotation values as Prometheus does when
/// it loads a rule file (rulefmt's testTemplateParsing).
enum AlertTemplateCheck {
    static func parse(_ text: String, alert: String) throws(TemplateParseError) -> ParsedTemplate {
        try AlertTemplate.parse(text, alert: alert)
    }

    /// How to fix the most common mistakes.
    static func hint(for error: TemplateParseError) -> String {
        switch error.kind {
        case .undefinedVariable(let name):
            let known = AlertTemplate.variables.joined(separator: ", ")
            if let close = closest(to: name, in: AlertTemplate.variables) {
                return "did you mean \(close)? Alert templates define \(known)"
            }
            return "declare it with `{{ \(name) := … }}` first, or use one of \(known)"
        case .undefinedFunction(let name):
            if let close = closest(to: name, in: TemplateFunctions.prometheus.sorted()) {
                return "did you mean \(close)?"
            }
            return "Prometheus templates offer Go's builtins and functions such as humanize, humanizeDuration, "
                + "toUpper, reReplaceAll and query"
        case .syntax:
            return "fix the template syntax; values are Go text/template with {{ }} actions"
        }
    }

    /// The candidate within a small edit distance, if there is one.
    private static func closest(to name: String, in candidates: [String]) -> String? {
        Suggestion.closest(to: name, in: candidates)
    }
}
