import PromModel

/// Expands alerting-rule label and annotation templates as Prometheus does at
/// each evaluation (rules/alerting.go): the four-variable prefix is prepended,
/// the text is parsed as `__alert_<name>` with `missingkey=zero`, and a failure
/// becomes the value `<error expanding template: …>`.
public struct AlertTemplateExpander: Sendable {
    /// Prepended verbatim, so error columns on line 1 count it as Prometheus's do.
    public static let prefix =
        "{{$labels := .Labels}}{{$externalLabels := .ExternalLabels}}{{$externalURL := .ExternalURL}}{{$value := .Value}}"

    /// Go's name for the anonymous struct Prometheus passes as dot.
    static let dataTypeName =
        "struct { Labels map[string]string; ExternalLabels map[string]string; ExternalURL string; Value interface {} }"

    public var alertName: String
    public var labels: [String: String]
    public var externalLabels: [String: String]
    public var externalURL: String
    public var value: Double
    /// Milliseconds since the epoch.
    public var evaluationTime: Int64
    public var query: TemplateQueryFunction?
    public var limits: TemplateExecutor

    public init(
        alertName: String, labels: [String: String], externalLabels: [String: String] = [:], externalURL: String = "",
        value: Double, evaluationTime: Int64 = 0, query: TemplateQueryFunction? = nil
    ) {
        self.alertName = alertName
        self.labels = labels
        self.externalLabels = externalLabels
        self.externalURL = externalURL
        self.value = value
        self.evaluationTime = evaluationTime
        self.query = query
        self.limits = TemplateExecutor()
    }

    public init(
        alertName: String, labels: Labels, externalLabels: Labels = Labels(), externalURL: String = "",
        value: Double, evaluationTime: Int64 = 0, query: TemplateQueryFunction? = nil
    ) {
        self.init(
            alertName: alertName, labels: Self.dictionary(labels), externalLabels: Self.dictionary(externalLabels),
            externalURL: externalURL, value: value, evaluationTime: evaluationTime, query: query)
    }

    static func dictionary(_ labels: Labels) -> [String: String] {
        var out: [String: String] = [:]
        for i in 0..<labels.count { out[labels[i].name] = labels[i].value }
        return out
    }

    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        case parse(TemplateParseError)
        case execution(TemplateExecutionError)

        /// Prometheus's Expand error: `error parsing template …` / `error executing template …`.
        public var description: String {
            switch self {
            case .parse(let error): "error parsing template \(error.templateName): \(error)"
            case .execution(let error): "error executing template \(error.templateName): \(error)"
            }
        }
    }

    /// The expansion, or the error Prometheus's Expand would return.
    public func expandResult(_ text: String) -> Result<String, Failure> {
        let name = AlertTemplate.name(forAlert: alertName)
        let full = Self.prefix + text
        let parser = TemplateParser(functions: TemplateFunctions.prometheus)
        let parsed: ParsedTemplate
        do {
            parsed = try parser.parse(full, name: name)
        } catch {
            return .failure(.parse(error))
        }
        var executor = limits
        executor.functions = PrometheusTemplateFunctions.functions(
            evaluationTime: evaluationTime, externalURL: externalURL, query: query)
        do {
            return .success(try executor.execute(parsed, text: full, data: templateData))
        } catch {
            return .failure(.execution(error))
        }
    }

    /// Dot: Prometheus's anonymous template data struct.
    var templateData: TemplateValue {
        .record(TemplateRecord(
            typeName: Self.dataTypeName,
            fields: [
                ("Labels", .stringMap(labels)), ("ExternalLabels", .stringMap(externalLabels)),
                ("ExternalURL", .string(externalURL)), ("Value", .float(value)),
            ],
            fieldTypes: ["Value": "interface {}"]))
    }

    /// What Prometheus stores as the label or annotation value.
    public func expand(_ text: String) -> String {
        switch expandResult(text) {
        case .success(let output): output
        case .failure(let failure): "<error expanding template: \(failure)>"
        }
    }
}
