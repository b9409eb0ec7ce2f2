import PromModel
import PromQL
import TimeSeries

/// Evaluates an expression over every step of a query at once, series by
/// series, the way Prometheus's engine does: selections, group keys and
/// match signatures are worked out once per query rather than once per
/// step, and a range function reads the stored columns in place. An
/// aggregation consumes its input one series at a time, so
/// `sum(rate(x[5m]))` never holds the per-series rates of every step.
///
/// Nodes without a step-wise form here (topk, label_replace, subqueries,
/// …) are evaluated step by step by `EvalContext` and joined back in, so
/// every expression gets the same answers either way. An instant query is
/// the one-step case.
final class StepEvaluator {
    let context: EvalContext
    /// The query's evaluation times.
    let times: [Int64]
    var steps: Int { times.count }

    init(context: EvalContext, times: [Int64]) {
        self.context = context
        self.times = times
    }

    var store: SeriesStore { context.store }

    // MARK: Entry points

    func evaluate(_ expr: Expr) throws(EvalError) -> StepValue {
        switch expr {
        case .numberLiteral(let literal): return .scalar([Double](repeating: literal.value, count: steps))
        case .stringLiteral(let literal): return .string(literal.value)
        case .paren(let node): return try evaluate(node.expr)
        case .unary(let node) where node.expr.type == .scalar:
            guard case .scalar(var values) = try evaluate(node.expr) else { throw EvalError("expected scalar") }
            if node.op == .minus { for k in values.indices { values[k] = -values[k] } }
            return .scalar(values)
        default: break
        }
        if expr.type == .vector {
            var collected: [StepSeries] = []
            if try streamIfPossible(expr, { (series: inout StepSeries) throws(EvalError) in collected.append(series) }) {
                return .vector(collected)
            }
        }
        switch expr {
        case .aggregate(let node): if let value = try aggregate(node) { return value }
        case .binary(let node): if let value = try binary(node) { return value }
        case .call(let node): if let value = try call(node) { return value }
        default: break
        }
        return try stepByStep(expr)
    }

    /// The node's series.
    func vector(_ expr: Expr) throws(EvalError) -> [StepSeries] {
        guard case .vector(let series) = try evaluate(expr) else { throw EvalError("expected instant vector") }
        return series
    }

    /// The node's value at each step.
    func scalars(_ expr: Expr) throws(EvalError) -> [Double] {
        guard case .scalar(let values) = try evaluate(expr) else { throw EvalError("expected scalar argument") }
        return values
    }

    /// Feeds the node's series to `body` one at a time. The series passed in
    /// may be a reused buffer: `body` copies what it keeps.
    func stream(_ expr: Expr, _ body: (inout StepSeries) throws(EvalError) -> Void) throws(EvalError) {
        if try streamIfPossible(expr, body) { return }
        for var series in try vector(expr) { try body(&series) }
    }

    // MARK: Step-by-step bridge

    /// Evaluates `expr` at each step with `EvalContext` and joins the
    /// per-step vectors into series. Samples that share labels within one
    /// step stay apart, as they would in a vector.
    func stepByStep(_ expr: Expr) throws(EvalError) -> StepValue {
        switch expr.type {
        case .scalar:
            var values: [Double] = []
            values.reserveCapacity(steps)
            for t in times {
                guard case .scalar(let v) = try context.eval(expr, at: t) else { throw EvalError("expected scalar") }
                values.append(v)
            }
            return .scalar(values)
        case .string:
            guard case .string(let s) = try context.eval(expr, at: times.first ?? context.start) else { throw EvalError("expected string") }
            return .string(s)
        case .vector:
            var series: [StepSeries] = []
            var slots: [SeriesKey: [Int]] = [:]
            for (k, t) in times.enumerated() {
                guard case .vector(let samples) = try context.eval(expr, at: t) else { throw EvalError("expected instant vector") }
                var seen: [SeriesKey: Int] = [:]
                for sample in samples {
                    let key = SeriesKey(labels: sample.labels, dropName: sample.dropName)
                    let occurrence = seen[key, default: 0]
                    seen[key] = occurrence + 1
                    let slot: Int
                    if let list = slots[key], occurrence < list.count {
                        slot = list[occurrence]
                    } else {
                        slot = series.count
                        series.append(StepSeries(labels: sample.labels, dropName: sample.dropName, steps: steps))
                        slots[key, default: []].append(slot)
                    }
                    series[slot].values[k] = sample.value
                    series[slot].present[k] = true
                }
            }
            return .vector(series)
        default:
            throw EvalError("unexpected range vector")
        }
    }

    // MARK: Results

    /// An instant query's value (one step).
    func instantResult(_ expr: Expr) throws(EvalError) -> QueryValue {
        if expr.type == .vector {
            var out: [VectorSample] = []
            let t = times[0]
            if try streamIfPossible(expr, { (series: inout StepSeries) throws(EvalError) in
                out.append(VectorSample(labels: series.labels, value: series.values[0], timestamp: t, dropName: series.dropName))
            }) {
                return .vector(out)
            }
        }
        switch try evaluate(expr) {
        case .scalar(let values): return .scalar(values[0])
        case .string(let s): return .string(s)
        case .vector(let series):
            var out: [VectorSample] = []
            out.reserveCapacity(series.count)
            for one in series where one.present[0] {
                out.append(VectorSample(labels: one.labels, value: one.values[0], timestamp: times[0], dropName: one.dropName))
            }
            return .vector(out)
        }
    }

    /// A range query's series, before name removal.
    func rangeResult(_ expr: Expr) throws(EvalError) -> [RangeSeries] {
        if expr.type == .vector {
            var out: [RangeSeries] = []
            if try streamIfPossible(expr, { (series: inout StepSeries) throws(EvalError) in
                out.append(rangeSeries(series))
            }) {
                return out
            }
        }
        switch try evaluate(expr) {
        case .scalar(let values): return [RangeSeries(labels: Labels(), timestamps: times, values: values)]
        case .string: throw EvalError("invalid expression type \"string\" for range query, must be Scalar or instant Vector")
        case .vector(let series):
            return series.map(rangeSeries).filter { !$0.values.isEmpty }
        }
    }

    private func rangeSeries(_ series: StepSeries) -> RangeSeries {
        var result = RangeSeries(labels: series.labels, dropName: series.dropName)
        for k in 0..<steps where series.present[k] {
            result.timestamps.append(times[k])
            result.values.append(series.values[k])
        }
        return result
    }
}
