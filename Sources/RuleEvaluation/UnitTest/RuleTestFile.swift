import Diagnostics
import PromModel

/// A promtool rule unit-test file (`promtool test rules`, cmd/promtool/unittest.go `unitTestFile`).
public struct RuleTestFile: Sendable {
    /// Paths or globs, relative to the test file's directory.
    public var ruleFiles: [String] = []
    /// Default 1m: the tick spacing and the default subquery resolution.
    public var evaluationInterval: ModelDuration?
    /// Groups named here are evaluated in this order; others keep file order.
    public var groupEvalOrder: [String] = []
    /// Floats compare equal within one ulp.
    public var fuzzyCompare = false
    public var tests: [RuleTestGroup] = []

    public init() {}
}

/// One `tests:` entry: input series and the checks run against them.
public struct RuleTestGroup: Sendable {
    public var name = ""
    /// Sample spacing of `input_series`; defaults to the evaluation interval.
    public var interval: ModelDuration?
    public var inputSeries: [InputSeries] = []
    public var alertRuleTests: [AlertRuleTest] = []
    public var promqlExprTests: [PromQLExprTest] = []
    public var externalLabels = Labels()
    public var externalURL = ""
    /// Unix milliseconds; the epoch when absent.
    public var startTimestamp: Int64?
    public var span: SourceSpan

    public init(span: SourceSpan) { self.span = span }

    /// The largest `eval_time` of any alert or PromQL test: evaluation runs up to it.
    public var maxEvalTime: ModelDuration {
        let times = alertRuleTests.map(\.evalTime) + promqlExprTests.map(\.evalTime)
        return times.max() ?? ModelDuration(milliseconds: 0)
    }
}

public struct InputSeries: Sendable {
    public var series: String
    public var values: String
    public var span: SourceSpan

    public init(series: String, values: String, span: SourceSpan) {
        self.series = series
        self.values = values
        self.span = span
    }
}

public struct AlertRuleTest: Sendable {
    public var evalTime: ModelDuration
    public var alertName: String
    public var expectedAlerts: [ExpectedAlert]
    public var span: SourceSpan

    public init(evalTime: ModelDuration, alertName: String, expectedAlerts: [ExpectedAlert], span: SourceSpan) {
        self.evalTime = evalTime
        self.alertName = alertName
        self.expectedAlerts = expectedAlerts
        self.span = span
    }
}

public struct ExpectedAlert: Sendable {
    /// Without `alertname`, which the runner adds.
    public var labels: [String: String]
    public var annotations: [String: String]

    public init(labels: [String: String] = [:], annotations: [String: String] = [:]) {
        self.labels = labels
        self.annotations = annotations
    }
}

public struct PromQLExprTest: Sendable {
    public var expr: String
    public var evalTime: ModelDuration
    public var expectedSamples: [ExpectedSample]
    public var span: SourceSpan

    public init(expr: String, evalTime: ModelDuration, expectedSamples: [ExpectedSample], span: SourceSpan) {
        self.expr = expr
        self.evalTime = evalTime
        self.expectedSamples = expectedSamples
        self.span = span
    }
}

public struct ExpectedSample: Sendable {
    /// Series notation, `metric{l="v"}`; empty for `{}`.
    public var labels: String
    public var value: Double
    /// A native-histogram literal; when set the value is not meant to be compared.
    public var histogram: String

    public init(labels: String = "", value: Double = 0, histogram: String = "") {
        self.labels = labels
        self.value = value
        self.histogram = histogram
    }
}
