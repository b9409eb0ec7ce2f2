import PromModel
import PromQL
import PromQLEngine
import Template
import TimeSeries

/// rules.EngineQueryFunc: an instant query whose result must be a vector or
/// a scalar (which becomes one sample without labels).
enum RuleQuery {
    static func vector(_ expr: Expr, store: SeriesStore, at t: Int64, options: EngineOptions) throws(RuleFailure) -> [VectorSample] {
        let engine = PromQLEngine(store: store, options: options)
        let outcome: QueryOutcome
        do {
            outcome = try engine.instantQuery(expr, at: t)
        } catch {
            throw RuleFailure(error.message)
        }
        switch outcome.value {
        case .vector(let samples): return samples
        case .scalar(let value): return [VectorSample(labels: Labels(), value: value, timestamp: t)]
        default: throw RuleFailure(RuleEvaluationError.notVectorOrScalar)
        }
    }

    /// The template `query` function bound to a store and evaluation time.
    static func templateFunction(store: SeriesStore, at t: Int64, options: EngineOptions, parser: ParserOptions) -> TemplateQueryFunction {
        { text in
            let expr = try PromQLEngine.parse(text, options: parser)
            return try vector(expr, store: store, at: t, options: options).map {
                QueryResultSample(labels: $0.labels.dictionary, value: $0.value)
            }
        }
    }
}

extension RuleFailure: CustomStringConvertible {
    var description: String { message }
}
