import Diagnostics
import PromModel
import Template
import YAML

/// Field decoders for Alertmanager's custom Go types (URLs, host:port,
/// Go durations), reporting Alertmanager's error texts.
extension MappingDecoder {
    /// An `amcommoncfg.URL` (or `SecretURL` when `secret`): http(s) with a host;
    /// `<secret>` is accepted in secret URLs. Invalid values are reported and still returned.
    func url(_ key: String, _ context: LoadContext, secret: Bool = false) -> Located<String>? {
        guard let value = string(key) else { return nil }
        if secret && value.value == "<secret>" { return value }
        if let problem = AlertmanagerURL.validate(value.value) {
            context.report(
                AlertmanagerChecks.invalidURL, problem,
                hint: "use an absolute http:// or https:// URL with a host, e.g. https://hooks.example.com/path",
                at: value.span)
        }
        return value
    }

    /// A `SecretTemplateURL` (webhook `url`): templated values are only
    /// checked for template syntax, plain ones must be valid URLs.
    func templateURL(_ key: String, _ context: LoadContext) -> Located<String>? {
        guard let value = string(key) else { return nil }
        let text = value.value
        if text.isEmpty || text == "<secret>" { return value }
        if TemplateSyntax.isTemplate(text) {
            if let problem = TemplateSyntax.firstProblem(text) {
                context.report(
                    AlertmanagerChecks.invalidURL, "invalid template syntax: \(problem)",
                    hint: "close every {{ with }} in the URL template", at: value.span)
            }
        } else if let problem = AlertmanagerURL.validate(text) {
            context.report(
                AlertmanagerChecks.invalidURL, "invalid URL: \(problem)",
                hint: "use an absolute http:// or https:// URL with a host", at: value.span)
        }
        return value
    }

    /// prometheus/common's `config.URL` (`proxy_url`): only Go's `url.Parse` must accept it.
    func plainURL(_ key: String, _ context: LoadContext) -> Located<String>? {
        guard let value = string(key) else { return nil }
        if case .failure(let error) = GoURL.parse(value.value) {
            context.report(AlertmanagerChecks.invalidURL, error.description, hint: "write a valid URL", at: value.span)
        }
        return value
    }

    /// Alertmanager's `HostPort` (`smtp_smarthost`, `smarthost`).
    func hostPort(_ key: String, _ context: LoadContext) -> Located<HostPort>? {
        guard let value = string(key) else { return nil }
        switch HostPort.parse(value.value) {
        case .success(let parsed):
            return parsed.map { Located($0, span: value.span) }
        case .failure(let error):
            context.report(
                AlertmanagerChecks.invalidURL, error.text,
                hint: "write the SMTP server as host:port, e.g. smtp.example.com:587", at: value.span)
            return nil
        }
    }

    /// A Go `time.Duration` decoded by yaml.v2: an integer (nanoseconds) or a
    /// `time.ParseDuration` string; anything else is a type error.
    func goDuration(_ key: String) -> Located<Double>? {
        guard let node = value(key), !node.isNull else { return nil }
        switch node.resolved {
        case .int(let nanoseconds) where node.scalar != nil:
            return Located(Double(nanoseconds) / 1e9, span: context.span(node))
        case .string(let text) where node.scalar != nil:
            if case .success(let seconds) = GoDuration.parse(text) { return Located(seconds, span: context.span(node)) }
        default:
            break
        }
        context.typeMismatch(node, into: "time.Duration", expected: "a Go duration such as 10s or 1m30s (no d or w units)")
        return nil
    }

    /// A string-to-string map as `LabelPair`s, in file order.
    func pairs(_ key: String) -> [LabelPair] {
        (stringMap(key) ?? []).map { LabelPair(name: $0.key, value: $0.value) }
    }

    /// Free-text (usually templated) string fields, by key.
    func texts(_ keys: [String]) -> [String: Located<String>] {
        var out: [String: Located<String>] = [:]
        for key in keys {
            if let value = string(key) { out[key] = value }
        }
        return out
    }

    /// A field Alertmanager accepts with any YAML shape (`details`, `payload`, `fields`).
    func raw(_ key: String) -> YAMLNode? {
        guard let node = value(key), !node.isNull else { return nil }
        return node
    }
}

/// The little of Go's `text/template` parsing needed to tell a broken
/// template in a URL from a working one.
enum TemplateSyntax {
    /// Whether the value has a `{{` (by bytes; `String.contains` with a
    /// string goes through Foundation's locale-aware search).
    static func isTemplate(_ text: String) -> Bool {
        TemplateParser.containsActionDelimiter(text)
    }

    /// Go's parse error for a value Alertmanager parses at load time with
    /// `template.New("").Parse` (no functions beyond Go's), or nil.
    static func firstProblem(_ text: String) -> String? {
        do {
            _ = try loadTimeParser.parse(text, name: "")
            return nil
        } catch {
            return error.description
        }
    }

    static let loadTimeParser = TemplateParser(functions: TemplateFunctions.goBuiltins)
}
