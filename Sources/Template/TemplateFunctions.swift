/// Names a template may call. Go's parser rejects any other identifier with
/// `function "x" not defined`.
public enum TemplateFunctions {
    /// text/template's builtins.
    public static let goBuiltins: Set<String> = [
        "and", "call", "html", "index", "slice", "js", "len", "not", "or", "print", "printf", "println",
        "urlquery", "eq", "ge", "gt", "le", "lt", "ne",
    ]

    /// The functions Prometheus adds for alerting-rule and console templates (template/template.go).
    public static let prometheusExtensions: Set<String> = [
        "query", "first", "label", "value", "strvalue", "sortByLabel",
        "args", "reReplaceAll", "match", "title", "toUpper", "toLower", "safeHtml",
        "stripPort", "stripDomain", "urlQueryEscape",
        "graphLink", "tableLink", "externalURL", "pathPrefix",
        "humanize", "humanize1024", "humanizeDuration", "humanizePercentage", "humanizeTimestamp",
        "toTime", "toDuration", "now", "parseDuration",
    ]

    /// Everything an alerting-rule label or annotation template can call.
    public static let prometheus: Set<String> = goBuiltins.union(prometheusExtensions)

    /// Alertmanager's `DefaultFuncs` (template/template.go, 0.34; older
    /// releases have a subset), for notification templates and template files.
    public static let alertmanagerExtensions: Set<String> = [
        "toUpper", "toLower", "title", "join", "match", "safeHtml", "reReplaceAll", "stringSlice",
        "trimSpace", "date", "tz", "since", "humanizeDuration", "safeUrl", "urlUnescape", "toJson",
        "list", "append", "dict", "now", "toDate", "mustToDate", "base64encode", "base64decode", "routeLabels",
    ]

    /// Everything an Alertmanager notification template can call.
    public static let alertmanager: Set<String> = goBuiltins.union(alertmanagerExtensions)
}

/// How Prometheus parses the label and annotation templates of an alerting
/// rule: the text is prefixed with declarations of four variables and named
/// `__alert_<alertname>`.
public enum AlertTemplate {
    /// Declared by the prefix `{{$labels := .Labels}}{{$externalLabels := .ExternalLabels}}…`.
    public static let variables = ["$labels", "$externalLabels", "$externalURL", "$value"]

    public static func name(forAlert alert: String) -> String { "__alert_" + alert }

    public static let parser = TemplateParser(functions: TemplateFunctions.prometheus, predefinedVariables: variables)

    /// Parses one label or annotation value as Prometheus does when it loads the rule.
    public static func parse(_ text: String, alert: String) throws(TemplateParseError) -> ParsedTemplate {
        try parser.parse(text, name: name(forAlert: alert))
    }
}
