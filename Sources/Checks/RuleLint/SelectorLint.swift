import Diagnostics
import PromModel
import PromQL

/// PromQL semantics of one rule expression: functions applied to the wrong
/// kind of metric, windows too short for the scrape interval, matchers that
/// do nothing, and constructs that make alerts flap.
struct SelectorLint {
    let rule: LintedRule
    let context: RuleLintContext

    private var timing: ScrapeTiming { context.timing }
    private var analysis: OutputLabelAnalysis { context.analysis }

    /// The checks of one node; `RuleExpressionScan` calls it for every node.
    func check(_ expr: Expr, into diagnostics: inout [Diagnostic]) {
        DivisionLint(rule: rule).check(expr, into: &diagnostics)
        QuantileLint(rule: rule).check(expr, into: &diagnostics)
        switch expr {
        case .vectorSelector(let selector):
            MatcherLint(rule: rule, context: context).check(selector, into: &diagnostics)
        case .matrixSelector(let matrix):
            MatcherLint(rule: rule, context: context).check(matrix.vectorSelector, into: &diagnostics)
        case .call(let call):
            checkCall(call, into: &diagnostics)
        case .binary(let node):
            checkNaN(node, into: &diagnostics)
        case .aggregate(let node):
            if rule.isAlerting { checkSampling(node, into: &diagnostics) }
        default:
            break
        }
    }

    // MARK: Functions

    private static let counterFunctions: Set<String> = ["rate", "irate", "increase"]
    private static let windowFunctions: Set<String> = ["rate", "irate", "increase", "delta", "idelta", "deriv"]

    private func checkCall(_ call: Call, into diagnostics: inout [Diagnostic]) {
        switch call.args.first?.unwrapped {
        case .matrixSelector(let matrix)?:
            if Self.counterFunctions.contains(call.name) { checkCounterName(call, matrix, into: &diagnostics) }
            if Self.windowFunctions.contains(call.name) { checkWindow(call, matrix, into: &diagnostics) }
        case .subquery(let subquery)? where Self.counterFunctions.contains(call.name):
            checkSummedSubquery(call, subquery, into: &diagnostics)
        default:
            break
        }
        switch call.name {
        case "histogram_quantile": checkQuantile(call, into: &diagnostics)
        case "absent": checkAbsent(call, into: &diagnostics)
        default: break
        }
    }

    private func checkCounterName(_ call: Call, _ matrix: MatrixSelector, into diagnostics: inout [Diagnostic]) {
        guard let name = matrix.vectorSelector.metricName else { return }
        switch context.recordedKinds[name] {
        case .rate(let function)?:
            diagnostics.append(
                Diagnostic(
                    RuleLintChecks.rateOnNonCounter,
                    "\(call.name)() expects a counter, but \(name) is recorded from \(function)(), so it is already a "
                        + "per-window value that goes up and down; \(call.name)() reads every decrease as a counter reset. "
                        + "Use the recorded series directly, or apply \(call.name)() to the counter it is built from",
                    at: rule.span(matrix.vectorSelector.positionRange)))
            return
        case .summedCounters?:
            reportRateOfSum(call, name: name, at: matrix.vectorSelector.positionRange, into: &diagnostics)
            return
        default:
            break
        }
        guard let kind = MetricNaming.nonCounterKind(name) else { return }
        diagnostics.append(
            Diagnostic(
                RuleLintChecks.rateOnNonCounter,
                "\(call.name)() expects a counter, but \(name) is \(kind); \(call.name)() treats every decrease as a "
                    + "counter reset and returns nonsense. Use deriv() or delta() for gauges, or compare the value directly",
                at: rule.span(matrix.vectorSelector.positionRange)))
    }

    /// `rate(sum(x_total)[5m:])`: the sum is taken before rate() can see resets.
    private func checkSummedSubquery(_ call: Call, _ subquery: SubqueryExpr, into diagnostics: inout [Diagnostic]) {
        guard case .aggregate(let node) = subquery.expr.unwrapped, node.op == .sum,
            case .vectorSelector(let selector) = node.expr.unwrapped, let name = selector.metricName,
            MetricNaming.isCounterName(name)
        else { return }
        reportRateOfSum(call, name: "sum(\(name))", at: node.positionRange, into: &diagnostics)
    }

    private func reportRateOfSum(_ call: Call, name: String, at range: PositionRange, into diagnostics: inout [Diagnostic]) {
        let what = name.hasPrefix("sum(") ? name : "\(name), recorded as sum() of counters,"
        diagnostics.append(
            Diagnostic(
                RuleLintChecks.rateOfSum,
                "\(call.name)() over \(what) sees the sum drop whenever one of the summed counters resets (a restart), "
                    + "takes that for a reset of the whole sum and returns a huge spike; take \(call.name)() first and sum "
                    + "after: `sum(\(call.name)(counter[5m]))`",
                at: rule.span(range)))
    }

    private func checkWindow(_ call: Call, _ matrix: MatrixSelector, into diagnostics: inout [Diagnostic]) {
        guard case .literal(let range) = matrix.range, range.nanoseconds > 0 else { return }
        let job = matrix.vectorSelector.matchers.first { $0.name == "job" && $0.type == .equal }?.value
        // Without prometheus.yml the interval is unknown; assuming the 1m
        // default flags every `rate(x[1m])`, which is fine at the usual 15s.
        guard let (scrape, origin) = timing.scrapeInterval(job: job) else { return }
        let needed = scrape.milliseconds * 2
        guard range.milliseconds < needed else { return }
        diagnostics.append(
            Diagnostic(
                RuleLintChecks.shortRangeWindow,
                "\(call.name)() over [\(range)] sees fewer than two samples at \(origin) of \(scrape), so it returns "
                    + "nothing or jumps; use a window of at least \(ModelDuration(milliseconds: needed)) (4× the interval is safer)",
                at: rule.span(matrix.positionRange)))
    }

    private func checkQuantile(_ call: Call, into diagnostics: inout [Diagnostic]) {
        guard let argument = call.args.last else { return }
        let labels = analysis.labels(of: argument)
        guard !labels.canHave("le") else { return }
        // VictoriaMetrics histograms bucket by `vmrange`; MetricsQL accepts that.
        if argument.aggregations.contains(where: { $0.grouping.contains("vmrange") }) { return }
        var message = "histogram_quantile() needs the `le` label of the buckets, but its argument never has it"
        if let reason = labels.dropReason { message += " (\(reason))" }
        message += ", so the result is always empty; keep `le` in the aggregation, e.g. `sum by (le) (rate(x_bucket[5m]))`"
        diagnostics.append(Diagnostic(RuleLintChecks.histogramQuantileWithoutLe, message, at: rule.span(argument.positionRange)))
    }

    private func checkAbsent(_ call: Call, into diagnostics: inout [Diagnostic]) {
        guard case .vectorSelector(let selector) = call.args.first?.unwrapped,
            let regex = selector.matchers.first(where: { $0.type.isRegex && $0.name != "__name__" })
        else { return }
        diagnostics.append(
            Diagnostic(
                RuleLintChecks.absentWithRegex,
                "absent() fires only when no series matches any value of `\(regex.name)\(regex.type.rawValue)\(goQuote(regex.value))`, "
                    + "and its alert cannot carry \(regex.name); one missing series among several goes unnoticed. "
                    + "Write one absent() per value with `=`, or use `count by (\(regex.name)) (…) unless …`",
                at: rule.span(regex.positionRange)))
    }

    // MARK: Operators

    private func checkNaN(_ node: BinaryExpr, into diagnostics: inout [Diagnostic]) {
        guard node.op.isComparison else { return }
        for side in [node.lhs, node.rhs] {
            guard case .numberLiteral(let number) = side.unwrapped, number.value.isNaN else { continue }
            let verdict = node.op == .neq ? "always true" : "never true"
            diagnostics.append(
                Diagnostic(
                    RuleLintChecks.nanComparison,
                    "comparing with NaN is \(verdict): NaN is not equal to, less or greater than anything, itself included; "
                        + "to find NaN samples use `x != x`",
                    at: rule.span(node.positionRange)))
            return
        }
    }

    private func checkSampling(_ node: AggregateExpr, into diagnostics: inout [Diagnostic]) {
        // `topk by (all identifying labels) (1, …)` is the usual way to pick one
        // of duplicate series deterministically; only ungrouped sampling flaps.
        guard [.topk, .bottomk, .limitk, .limitRatio].contains(node.op), node.grouping.isEmpty, !node.without else { return }
        diagnostics.append(
            Diagnostic(
                RuleLintChecks.samplingInAlert,
                "\(node.op.rawValue)() in an alert picks different series as values change, so alerts resolve and fire "
                    + "again as series swap places; alert on a threshold over all series instead",
                at: rule.span(node.positionRange)))
    }
}

/// What a metric's name says about its type, following the Prometheus
/// naming conventions. Only names that clearly are not counters count.
enum MetricNaming {
    /// Names the conventions reserve for counters (and histogram/summary parts, which are counters).
    static func isCounterName(_ name: String) -> Bool {
        !name.contains(":") && (name.hasSuffix("_total") || name.hasSuffix("_count") || name.hasSuffix("_sum") || name.hasSuffix("_bucket"))
    }

    static func nonCounterKind(_ name: String) -> String? {
        if name.utf8.contains(UInt8(ascii: ":")) { return nil }  // recording rules name things their own way
        if name == "up" { return "the target health gauge (0 or 1)" }
        for suffix in ["_total", "_count", "_sum", "_bucket", "_created"] where name.hasSuffix(suffix) { return nil }
        let gaugeSuffixes: [(String, String)] = [
            ("_info", "an info metric"), ("_ratio", "a ratio gauge"), ("_percent", "a percentage gauge"),
            ("_celsius", "a temperature gauge"), ("_timestamp_seconds", "a timestamp gauge"),
            ("_timestamp", "a timestamp gauge"),
        ]
        for (suffix, kind) in gaugeSuffixes where name.hasSuffix(suffix) { return kind + " (by its `\(suffix)` suffix)" }
        return nil
    }
}
