import PromModel
import PromQL
import RegexEngine
import TimeSeries

/// The outcome of one eval block.
public struct TestEvalOutcome: Sendable {
    public enum Status: Sendable, Equatable {
        case passed
        case failed(String)
        /// Needs native histograms, which halint does not evaluate.
        case nativeHistograms(String)
        /// The engine reported a feature it does not evaluate (anchored/smoothed selectors, start timestamps).
        case unsupported(String)
    }

    public var line: Int
    public var expr: String
    public var status: Status
}

/// Runs a promqltest script through the engine, as `promqltest.RunTest` does:
/// loads at the epoch, 5m lookback, 1m default subquery step, every parser feature on.
public enum TestScriptRunner {
    public static func run(_ text: String) -> [TestEvalOutcome] {
        let (commands, _) = PromQLTestScript.parse(text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var builder = SeriesStore.Builder()
        var store: SeriesStore?
        var histogramNames = Set<String>()
        var outcomes: [TestEvalOutcome] = []
        for command in commands {
            switch command {
            case .clear:
                histogramNames = []
                store = nil
                PromQLTestScript.apply(command, to: &builder)
            case .load(let load):
                store = nil
                for series in load.series where series.description.containsHistograms {
                    histogramNames.insert(series.description.labels.metricName)
                }
                if load.withNHCB {
                    for series in load.series {
                        let name = series.description.labels.metricName
                        if name.hasSuffix("_bucket") { histogramNames.insert(String(name.dropLast(7))) }
                        histogramNames.insert(name)
                    }
                }
                PromQLTestScript.apply(command, to: &builder)
            case .eval(let line):
                if store == nil { store = builder.build() }
                let eval = TestEvalParser.parse(lines: lines, at: line - 1)
                let status = run(eval, store: store!)
                outcomes.append(TestEvalOutcome(line: line, expr: eval.expr,
                                                status: classify(status, eval, histogramNames: histogramNames)))
            }
        }
        return outcomes
    }

    private static func classify(_ status: TestEvalOutcome.Status, _ eval: TestEval, histogramNames: Set<String>) -> TestEvalOutcome.Status {
        guard case .failed(let message) = status else { return status }
        if eval.usesHistogramLiterals { return .nativeHistograms(message) }

        if !histogramNames.isEmpty {
            let parsed = PromQLParser.parse(eval.expr, options: .allFeatures)
            let names = Set(parsed.expr?.metricNames ?? [])
            let anonymous = parsed.expr?.vectorSelectors.contains { $0.metricName == nil } ?? false
            if anonymous || !names.isDisjoint(with: histogramNames) { return .nativeHistograms(message) }
        }
        return status
    }

    /// Whether the expression reads the query's own start, end, range or step.
    static func readsQueryWindow(_ expr: Expr) -> Bool {
        func duration(_ value: DurationValue?) -> Bool {
            guard case .expr(let inner)? = value else { return false }
            return durationReads(inner)
        }
        func durationReads(_ expr: DurationExpr) -> Bool {
            switch expr {
            case .literal: false
            case .step, .range: true
            case .negate(let inner, _), .paren(let inner, _): durationReads(inner)
            case .binary(_, let a, let b, _), .minOf(let a, let b, _), .maxOf(let a, let b, _): durationReads(a) || durationReads(b)
            }
        }
        var found = false
        expr.walk { node in
            switch node {
            case .call(let call): if ["start", "end", "range", "step"].contains(call.name) { found = true }
            case .vectorSelector(let selector): if duration(selector.offset) { found = true }
            case .matrixSelector(let selector): if duration(selector.range) || duration(selector.vectorSelector.offset) { found = true }
            case .subquery(let subquery): if duration(subquery.range) || duration(subquery.step) || duration(subquery.offset) { found = true }
            default: break
            }
        }
        return found
    }

    static func run(_ eval: TestEval, store: SeriesStore) -> TestEvalOutcome.Status {
        if let error = eval.parseError { return .failed("test syntax: \(error)") }
        let engine = PromQLEngine(store: store)
        let result: QueryOutcome
        do {
            let expr = try PromQLEngine.parse(eval.expr)
            switch eval.kind {
            case .instant(let at): result = try engine.instantQuery(expr, at: at)
            case .range(let start, let end, let step): result = try engine.rangeQuery(expr, start: start, end: end, step: step)
            }
        } catch {
            guard eval.expectFail else {
                return error.unsupported ? .unsupported(error.message) : .failed("unexpected error: \(error.message)")
            }
            if let expected = eval.failMessage, expected != error.message {
                return .failed("expected error \(goQuote(expected)), got \(goQuote(error.message))")
            }
            if let pattern = eval.failRegex, let regex = try? PromRegex(pattern, anchored: false), regex.firstMatch(in: error.message) == nil {
                return .failed("error \(goQuote(error.message)) does not match /\(pattern)/")
            }
            return .passed
        }
        if eval.expectFail { return .failed("expected an error, got a \(result.value.typeName) result") }
        let status = ResultComparison.compare(result.value, eval)
        guard status == .passed, case .instant(let at) = eval.kind else { return status }
        return rangeModeCheck(eval, at: at, instant: result.value, engine: engine)
    }

    /// As promqltest does, an instant eval must give the same answer as the
    /// middle step of a range query from one minute before to one minute after.
    private static func rangeModeCheck(_ eval: TestEval, at t: Int64, instant: QueryValue, engine: PromQLEngine) -> TestEvalOutcome.Status {
        switch instant {
        case .scalar, .vector: break
        default: return .passed
        }
        // Range results are sorted by labels, so an ordered expectation cannot be checked.
        if eval.ordered { return .passed }
        let outcome: QueryOutcome
        do {
            let expr = try PromQLEngine.parse(eval.expr)
            // start(), end(), range() and step() answer differently in a range query by design.
            if readsQueryWindow(expr) { return .passed }
            outcome = try engine.rangeQuery(expr, start: t - 60_000, end: t + 60_000, step: 60_000)
        } catch {
            return .failed("range mode: unexpected error: \(error.message)")
        }
        guard case .matrix(let series) = outcome.value else { return .failed("range mode: expected a matrix") }
        var middle: [VectorSample] = []
        for one in series {
            if let i = one.timestamps.firstIndex(of: t) { middle.append(VectorSample(labels: one.labels, value: one.values[i], timestamp: t)) }
        }
        let value: QueryValue
        if case .scalar = instant {
            guard let first = middle.first else { return .failed("range mode: no scalar at the evaluation time") }
            value = .scalar(first.value)
        } else {
            value = .vector(middle)
        }
        switch ResultComparison.compare(value, eval) {
        case .failed(let message): return .failed("range mode: \(message)")
        case let other: return other
        }
    }
}
