import PromModel
import Template
import TimeSeries

/// One failed check of a test group, rendered as promtool 3.x prints it,
/// with halint's explanation underneath where it has one.
public enum RuleTestFailure: Sendable {
    /// The group could not run: bad input series, rule files that do not load, a test without alertname.
    case setup(String)
    /// A rule failed at a tick; evaluation stopped there.
    case evaluation(RuleEvaluationError)
    case alerts(AlertMismatch)
    case queryError(expr: String, evalTime: ModelDuration, message: String)
    case samples(SampleMismatch)

    /// promtool's text for the failure.
    public var promtoolText: String {
        switch self {
        case .setup(let text): return text
        case .evaluation(let error):
            return "    rule: \(error.rule), time: \(GoTime.durationString(nanoseconds: error.time &* 1_000_000)), err: \(error.message)"
        case .alerts(let mismatch): return mismatch.promtoolText
        case .queryError(let expr, let evalTime, let message):
            return "    expr: \(goQuote(expr)), time: \(evalTime), err: \(message)"
        case .samples(let mismatch): return mismatch.promtoolText
        }
    }

    /// halint's explanation: what differs, alert by alert or sample by sample.
    public var detail: String? {
        switch self {
        case .alerts(let mismatch): mismatch.detail
        case .samples(let mismatch): mismatch.detail
        default: nil
        }
    }

    /// Both, as the CLI prints them.
    public var text: String {
        guard let detail else { return promtoolText }
        return promtoolText + "\n" + detail
    }
}

/// An alert and its annotations as a test compares them.
public struct ComparedAlert: Sendable, Hashable, Comparable {
    public var labels: Labels
    public var annotations: Labels

    public init(labels: Labels, annotations: Labels) {
        self.labels = labels
        self.annotations = annotations
    }

    public static func < (lhs: ComparedAlert, rhs: ComparedAlert) -> Bool {
        let order = Labels.compare(lhs.labels, rhs.labels)
        if order != 0 { return order < 0 }
        return Labels.compare(lhs.annotations, rhs.annotations) < 0
    }

    var promtoolText: String { "Labels:\(labels)\nAnnotations:\(annotations)" }
}

/// An `alert_rule_test` whose firing alerts differ from the expected ones.
public struct AlertMismatch: Sendable {
    public var testGroup: String
    public var alertName: String
    public var evalTime: ModelDuration
    /// Both sorted by labels, then annotations.
    public var expected: [ComparedAlert]
    public var got: [ComparedAlert]
    /// Every alert of the rule(s) at that tick, pending and resolved included, for the explanation.
    public var held: [AlertSnapshot]

    public var promtoolText: String {
        let name = testGroup.isEmpty ? "" : "    name: \(testGroup),\n"
        let indent = String(repeating: " ", count: 12)
        return "\(name)    alertname: \(alertName), time: \(evalTime), \n        exp:\(indentLines(Self.list(expected), indent)), \n        got:\(indentLines(Self.list(got), indent))"
    }

    static func list(_ alerts: [ComparedAlert]) -> String {
        if alerts.isEmpty { return "[]" }
        var out = "[\n0:" + indentLines("\n" + alerts[0].promtoolText, "  ")
        for (i, alert) in alerts.enumerated().dropFirst() {
            out += ",\n\(i):" + indentLines("\n" + alert.promtoolText, "  ")
        }
        return out + "\n]"
    }

    /// Alert by alert: `-` expected but not firing (with what the rule holds
    /// instead), `+` firing but not expected, `~` same labels, other annotations.
    public var detail: String {
        var missing = expected
        var extra: [ComparedAlert] = []
        for alert in got {
            if let index = missing.firstIndex(of: alert) { missing.remove(at: index) } else { extra.append(alert) }
        }
        var lines = ["        diff:"]
        for alert in missing {
            if let twin = extra.firstIndex(where: { $0.labels == alert.labels }) {
                let other = extra.remove(at: twin)
                lines.append("          ~ \(alert.labels) annotations differ:")
                for difference in Self.differences(expected: alert.annotations, got: other.annotations) {
                    lines.append("              \(difference)")
                }
                continue
            }
            lines.append("          - \(alert.labels) expected firing, \(Self.explain(alert.labels, held))")
        }
        for alert in extra {
            let since = held.first { $0.labels == alert.labels && $0.state == .firing }?.firedAt
            lines.append("          + \(alert.labels) firing\(since.map { " since \(ModelDuration(milliseconds: $0))" } ?? ""), not expected")
        }
        return lines.joined(separator: "\n")
    }

    private static func explain(_ labels: Labels, _ held: [AlertSnapshot]) -> String {
        guard let alert = held.first(where: { $0.labels == labels }) else {
            if held.isEmpty { return "but the rule holds no alert at this time (its expression returned nothing)" }
            let others = held.map { "\($0.labels) (\($0.state))" }.joined(separator: ", ")
            return "but no alert has these labels; the rule holds \(others)"
        }
        switch alert.state {
        case .pending:
            return "but it is pending since \(ModelDuration(milliseconds: alert.activeAt)) (value \(PromFloat.format(alert.value)))"
        case .inactive:
            return "but it resolved at \(ModelDuration(milliseconds: alert.resolvedAt ?? 0))"
        case .firing:
            return "and it fires"
        }
    }

    private static func differences(expected: Labels, got: Labels) -> [String] {
        var out: [String] = []
        let exp = expected.dictionary
        let actual = got.dictionary
        for name in Set(exp.keys).union(actual.keys).sorted() where exp[name] != actual[name] {
            out.append("\(name): exp \(exp[name].map(goQuote) ?? "(none)"), got \(actual[name].map(goQuote) ?? "(none)")")
        }
        return out
    }
}

/// One sample of a `promql_expr_test`, expected or returned.
public struct ComparedSample: Sendable {
    public var labels: Labels
    public var value: Double
    /// The histogram's test expression; empty for floats.
    public var histogram: String

    public init(labels: Labels, value: Double, histogram: String = "") {
        self.labels = labels
        self.value = value
        self.histogram = histogram
    }

    var promtoolText: String {
        if !histogram.isEmpty { return "\(labels) \(histogram)" }
        return "\(labels) \(GoFloatFormat.shortestExponent(value))"
    }
}

/// A `promql_expr_test` whose result differs from `exp_samples`.
public struct SampleMismatch: Sendable {
    public var expr: String
    public var evalTime: ModelDuration
    /// Both sorted by labels.
    public var expected: [ComparedSample]
    public var got: [ComparedSample]

    public var promtoolText: String {
        "    expr: \(goQuote(expr)), time: \(evalTime),\n        exp: \(Self.list(expected))\n        got: \(Self.list(got))"
    }

    static func list(_ samples: [ComparedSample]) -> String {
        samples.isEmpty ? "nil" : samples.map(\.promtoolText).joined(separator: ", ")
    }

    /// Series by series: missing, unexpected, or a different value.
    public var detail: String {
        var lines = ["        diff:"]
        var unmatched = got
        for sample in expected {
            if let index = unmatched.firstIndex(where: { $0.labels == sample.labels }) {
                let other = unmatched.remove(at: index)
                let same = sample.histogram == other.histogram && sample.value.bitPattern == other.value.bitPattern
                if !same { lines.append("          ~ \(sample.labels) exp \(sample.valueText), got \(other.valueText)") }
            } else {
                lines.append("          - \(sample.labels) \(sample.valueText) expected, not returned")
            }
        }
        for sample in unmatched { lines.append("          + \(sample.labels) \(sample.valueText) returned, not expected") }
        return lines.joined(separator: "\n")
    }
}

extension ComparedSample {
    var valueText: String { histogram.isEmpty ? GoFloatFormat.shortest(value) : histogram }
}

/// promtool's `indentLines`: every line after the first gets `indent`.
func indentLines(_ text: String, _ indent: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        .map { $0.offset == 0 ? String($0.element) : indent + $0.element }
        .joined(separator: "\n")
}
