import Diagnostics
import PromModel
import TimeSeries
import YAML

/// Reads a rule unit-test file strictly, as promtool's `yaml.UnmarshalStrict`
/// does: unknown keys and wrong types are errors, reported all at once.
public enum RuleTestFileDecoder {
    /// The file, or yaml.v2's error text (`yaml: unmarshal errors:\n  line 5: field foo not found in type main.unitTestFile`).
    public static func decode(_ text: String, file: String) -> Result<RuleTestFile, RuleTestFileError> {
        let stream = YAMLParser().parse(text)
        if let error = stream.errors.first {
            return .failure(RuleTestFileError(
                message: "yaml: line \(error.position.line): \(error.message)", diagnostics: stream.diagnostics(file: file)))
        }
        let context = DecodeContext(file: file)
        var decoded = RuleTestFile()
        if let root = stream.documents.first?.root, let m = context.mapping(root, type: "main.unitTestFile") {
            decoded.ruleFiles = m.stringList("rule_files")?.map(\.value) ?? []
            decoded.evaluationInterval = m.duration("evaluation_interval")?.value
            decoded.groupEvalOrder = m.stringList("group_eval_order")?.map(\.value) ?? []
            decoded.fuzzyCompare = m.bool("fuzzy_compare")?.value ?? false
            decoded.tests = m.list("tests", goType: "[]main.testGroup") { testGroup($0, context) } ?? []
            m.finish()
        }
        let errors = context.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            let lines = errors.map { "  line \($0.span.start.line): \($0.message)" }
            return .failure(RuleTestFileError(message: "yaml: unmarshal errors:\n" + lines.joined(separator: "\n"), diagnostics: errors))
        }
        return .success(decoded)
    }

    private static func testGroup(_ node: YAMLNode, _ context: DecodeContext) -> RuleTestGroup? {
        guard let m = context.mapping(node, type: "main.testGroup") else { return nil }
        var group = RuleTestGroup(span: context.span(node))
        group.interval = m.duration("interval")?.value
        group.inputSeries = m.list("input_series", goType: "[]main.series") { item in
            guard let s = context.mapping(item, type: "main.series") else { return nil }
            defer { s.finish() }
            return InputSeries(
                series: s.string("series")?.value ?? "", values: s.string("values")?.value ?? "", span: context.span(item))
        } ?? []
        group.alertRuleTests = m.list("alert_rule_test", goType: "[]main.alertTestCase") { alertTest($0, context) } ?? []
        group.promqlExprTests = m.list("promql_expr_test", goType: "[]main.promqlTestCase") { exprTest($0, context) } ?? []
        if let labels = m.stringMap("external_labels") {
            group.externalLabels = Labels(labels.map { (name: $0.key.value, value: $0.value.value) })
        }
        group.externalURL = m.string("external_url")?.value ?? ""
        group.name = m.string("name")?.value ?? ""
        if let start = m.string("start_timestamp") {
            if let parsed = PromTimestamp.parse(start.value) {
                group.startTimestamp = parsed
            } else {
                context.emit(SchemaChecks.wrongType, "cannot parse \(goQuote(start.value)) to a valid timestamp", at: start.span)
            }
        }
        m.finish()
        return group
    }

    private static func alertTest(_ node: YAMLNode, _ context: DecodeContext) -> AlertRuleTest? {
        guard let m = context.mapping(node, type: "main.alertTestCase") else { return nil }
        defer { m.finish() }
        let expected = m.list("exp_alerts", goType: "[]main.alert") { item -> ExpectedAlert? in
            guard let a = context.mapping(item, type: "main.alert") else { return nil }
            defer { a.finish() }
            return ExpectedAlert(labels: dictionary(a.stringMap("exp_labels")), annotations: dictionary(a.stringMap("exp_annotations")))
        } ?? []
        return AlertRuleTest(
            evalTime: m.duration("eval_time")?.value ?? ModelDuration(milliseconds: 0), alertName: m.string("alertname")?.value ?? "",
            expectedAlerts: expected, span: context.span(node))
    }

    private static func exprTest(_ node: YAMLNode, _ context: DecodeContext) -> PromQLExprTest? {
        guard let m = context.mapping(node, type: "main.promqlTestCase") else { return nil }
        defer { m.finish() }
        let samples = m.list("exp_samples", goType: "[]main.sample") { item -> ExpectedSample? in
            guard let s = context.mapping(item, type: "main.sample") else { return nil }
            defer { s.finish() }
            return ExpectedSample(
                labels: s.string("labels")?.value ?? "", value: s.float("value")?.value ?? 0,
                histogram: s.string("histogram")?.value ?? "")
        } ?? []
        return PromQLExprTest(
            expr: m.string("expr")?.value ?? "", evalTime: m.duration("eval_time")?.value ?? ModelDuration(milliseconds: 0),
            expectedSamples: samples, span: context.span(node))
    }

    private static func dictionary(_ pairs: [(key: Located<String>, value: Located<String>)]?) -> [String: String] {
        var out: [String: String] = [:]
        for pair in pairs ?? [] { out[pair.key.value] = pair.value.value }
        return out
    }
}

/// Why a test file could not be read: promtool's text plus positioned findings.
public struct RuleTestFileError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var diagnostics: [Diagnostic]

    public var description: String { message }
}
