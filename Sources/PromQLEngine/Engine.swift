import PromModel
import PromQL
import TimeSeries

/// Evaluates PromQL over an in-memory `SeriesStore`, as Prometheus 3.x's
/// engine does with delayed name removal on. Queries run through
/// `StepEvaluator`, which works through all steps of a range query at once
/// (an instant query is one step); selections are resolved once per query.
public struct PromQLEngine: Sendable {
    public let store: SeriesStore
    public var options: EngineOptions

    public init(store: SeriesStore, options: EngineOptions = EngineOptions()) {
        self.store = store
        self.options = options
    }

    /// Parses with every feature on (as the test engine does) and reports the first error as Prometheus words it.
    public static func parse(_ text: String, options: ParserOptions = .allFeatures) throws(EvalError) -> Expr {
        let result = PromQLParser.parse(text, options: options)
        if let error = result.errors.first { throw EvalError(error.prometheusText(in: text)) }
        guard let expr = result.expr else { throw EvalError("parse error: empty expression") }
        return expr
    }

    /// An instant query at `t` (ms).
    public func instantQuery(_ expr: Expr, at t: Int64) throws(EvalError) -> QueryOutcome {
        let context = EvalContext(store: store, options: options, start: t, end: t, interval: 0)
        let value: QueryValue
        if expr.type == .matrix {
            value = try context.eval(expr, at: t)
        } else {
            value = try StepEvaluator(context: context, times: [t]).instantResult(expr)
        }
        return QueryOutcome(value: try Cleanup.finish(value), evaluationTimeMilliseconds: t)
    }

    /// A range query; the result is always a matrix, sorted by labels.
    public func rangeQuery(_ expr: Expr, start: Int64, end: Int64, step: Int64) throws(EvalError) -> QueryOutcome {
        guard step > 0 else {
            throw EvalError("zero or negative query resolution step widths are not accepted. Try a positive integer")
        }
        guard end >= start else { throw EvalError("end timestamp must not be before start time") }
        switch expr.type {
        case .scalar, .vector: break
        default:
            throw EvalError("invalid expression type \"\(expr.type.documentedName)\" for range query, must be Scalar or instant Vector")
        }
        let context = EvalContext(store: store, options: options, start: start, end: end, interval: step)
        // end - start may not fit an Int64 (start near Int64.min): the
        // unsigned distance always does.
        let stepCount = UInt64(bitPattern: end &- start) / UInt64(step)
        guard stepCount < UInt64(options.maxSamples) else { throw EvalError.tooManySamples("query execution") }
        var times: [Int64] = []
        times.reserveCapacity(Int(stepCount) + 1)
        var t = start
        while t <= end {
            times.append(t)
            let (next, overflow) = t.addingReportingOverflow(step)
            if overflow { break }
            t = next
        }
        let evaluated = try StepEvaluator(context: context, times: times).rangeResult(expr)
        let series = try Cleanup.finishMatrix(evaluated)
        return QueryOutcome(value: .matrix(series), evaluationTimeMilliseconds: end)
    }
}

/// Gathers per-step vectors into series, keyed by label set and name-drop flag.
struct SeriesAccumulator {
    private var index: [Labels: Int] = [:]
    private var indexDropped: [Labels: Int] = [:]
    var series: [RangeSeries] = []

    mutating func add(labels: Labels, dropName: Bool, t: Int64, value: Double) throws(EvalError) {
        let position: Int
        if let found = dropName ? indexDropped[labels] : index[labels] {
            position = found
        } else {
            position = series.count
            series.append(RangeSeries(labels: labels, dropName: dropName))
            if dropName { indexDropped[labels] = position } else { index[labels] = position }
        }
        if series[position].timestamps.last == t { throw EvalError(Cleanup.duplicateLabelset) }
        series[position].timestamps.append(t)
        series[position].values.append(value)
    }
}

/// Delayed name removal at the end of a query.
enum Cleanup {
    static let duplicateLabelset = "vector cannot contain metrics with the same labelset"
    /// Removing the name also removes the type and unit labels (`labels.DropReserved`).
    static let reservedLabels = ["__name__", "__type__", "__unit__"]

    static func finish(_ value: QueryValue) throws(EvalError) -> QueryValue {
        switch value {
        case .vector(var samples):
            var seen = Set<Labels>()
            var anyDropped = false
            for i in samples.indices where samples[i].dropName {
                samples[i].labels = samples[i].labels.without(reservedLabels)
                samples[i].dropName = false
                anyDropped = true
            }
            if anyDropped {
                for sample in samples where !seen.insert(sample.labels).inserted { throw EvalError(duplicateLabelset) }
            }
            return .vector(samples)
        case .matrix(let series):
            return .matrix(try finishMatrix(series, sort: false))
        default:
            return value
        }
    }

    static func finishMatrix(_ input: [RangeSeries], sort: Bool = true) throws(EvalError) -> [RangeSeries] {
        var out: [RangeSeries] = []
        var index: [Labels: Int] = [:]
        for var one in input {
            if one.dropName {
                one.labels = one.labels.without(reservedLabels)
                one.dropName = false
            }
            if let position = index[one.labels] {
                // Series that only meet after name removal merge when their steps do not overlap.
                var merged = zip(out[position].timestamps, out[position].values).map { ($0, $1) }
                merged += zip(one.timestamps, one.values).map { ($0, $1) }
                merged.sort { $0.0 < $1.0 }
                for i in merged.indices.dropFirst() where merged[i].0 == merged[i - 1].0 { throw EvalError(duplicateLabelset) }
                out[position].timestamps = merged.map(\.0)
                out[position].values = merged.map(\.1)
            } else {
                index[one.labels] = out.count
                out.append(one)
            }
        }
        if sort { out.sort { $0.labels < $1.labels } }
        return out
    }
}
