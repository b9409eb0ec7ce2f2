/// Range-query evaluation of the rules where it gives the same result as
/// evaluating tick by tick (see `run()`).
struct BatchEvaluation {
    let evaluator: RuleEvaluator
    let ticks: EvaluationTicks

    /// Nil when the run must be evaluated tick by tick.
    func run() -> RuleEvaluationRun? { nil }
}
