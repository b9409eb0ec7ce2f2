import Diagnostics

/// Check descriptors owned by the PromQL module.
public enum PromQLChecks {
    /// An expression Prometheus refuses to load: syntax errors, unknown or
    /// not-enabled functions, type errors.
    public static let syntax = CheckDescriptor(
        id: "promql/syntax", severity: .error,
        summary: "PromQL expression does not parse or type-check")

    public static let all: [CheckDescriptor] = [syntax]

    /// The finding text for `promql/syntax`: promtool's wording
    /// (`could not parse expression: 1:7: parse error: …`) followed by a hint.
    public static func syntaxMessage(for error: PromQLError, in input: String) -> String {
        "could not parse expression: \(error.prometheusText(in: input)); \(hint(for: error.message))"
    }

    /// How to fix a parse or type error, by its Prometheus message.
    public static func hint(for message: String) -> String {
        switch requiredFeature(for: message) {
        case "promql-experimental-functions":
            return "start Prometheus with --enable-feature=promql-experimental-functions or avoid the experimental function"
        case "promql-extended-range-selectors", "promql-binop-fill-modifiers":
            return "enable the matching --enable-feature flag or rewrite the expression without it"
        default: break
        }
        if message.hasPrefix("unknown function with name") {
            return "use a PromQL function (this one may be MetricsQL or misspelt)"
        }
        if message.hasPrefix("expected type") || message.hasPrefix("binary expression must contain") {
            return "pass an argument of the expected type (a range vector is written `metric[5m]`)"
        }
        if message == "vector selector must contain at least one non-empty matcher" {
            return "add a metric name or a matcher that does not match the empty string"
        }
        return "fix the expression so that Prometheus can load the rule"
    }

    /// The `--enable-feature` value that lifts a parser refusal, read from the
    /// parser's message or from a `promql/syntax` finding that quotes it.
    public static func requiredFeature(for message: String) -> String? {
        if message.contains("function \"") && message.contains("\" is not enabled")
            || message.contains("is experimental and must be enabled")
        {
            return "promql-experimental-functions"
        }
        if message.contains("anchored modifier is experimental and not enabled")
            || message.contains("smoothed modifier is experimental and not enabled")
        {
            return "promql-extended-range-selectors"
        }
        if message.contains("binop fill modifiers are experimental and not enabled") { return "promql-binop-fill-modifiers" }
        if message.contains("experimental duration expression is not enabled") { return "promql-duration-expr" }
        return nil
    }
}
