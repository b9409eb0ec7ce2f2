import PromQLEngine
import RuleFiles
import TimeSeries

/// TEMPORARY STUB until the ruleeval API lands: no alerts at all.
enum TimelineGroupEvaluation {
    struct RuleResult {
        var alerts: [AlertTimeline] = []
        var outputCounts: [Int] = []
        var failure: TimelineNote?
    }

    struct Result {
        var rules: [RuleResult]
        var outputStore: SeriesStore
    }

    static func evaluate(_ group: RuleGroup, store: SeriesStore, ticks: [Int64], engine: EngineOptions) -> Result {
        let pending = TimelineNote.evaluationFailed(message: "the rule evaluator is not merged yet", first: ticks.first ?? 0, evaluations: ticks.count)
        return Result(rules: group.rules.map { _ in RuleResult(failure: pending) }, outputStore: store)
    }
}
