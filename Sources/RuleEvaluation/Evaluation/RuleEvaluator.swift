import PromModel
import PromQLEngine
import TimeSeries

/// Evaluates rule groups over recorded series the way Prometheus 3.x's rule
/// manager does, tick by tick from a start time: every group at every tick
/// in order, each rule's output stored before the next rule runs (so
/// recording rules feed later rules), staleness markers for vanished
/// outputs, the alert state machine (pending → firing with `for`,
/// `keep_firing_for`, resolved), `ALERTS` / `ALERTS_FOR_STATE`, templates,
/// `query_offset` and `limit`.
///
/// ```swift
/// let evaluator = RuleEvaluator(groups: groups, store: input, options: RuleEvaluationOptions())
/// let run = evaluator.run(from: 0, through: 3_600_000)
/// for alert in run.alerts(at: 1_800_000) { print(alert.labels, alert.state) }
/// ```
///
/// Where provably equivalent, a rule is computed as one range query over all
/// ticks; the outcome is the same as evaluating tick by tick
/// (`RuleEvaluationOptions.Strategy.tickByTick` forces the latter).
public struct RuleEvaluator: Sendable {
    /// A rule's place: `groups[group].rules[rule]`.
    public struct RuleReference: Sendable, Hashable {
        public let group: Int
        public let rule: Int
    }

    /// In evaluation order.
    public let groups: [EvaluationGroup]
    /// Every rule in evaluation order; `AlertEpisode.rulePosition` indexes it.
    public let rules: [RuleReference]
    /// The input series.
    public let store: SeriesStore
    public let options: RuleEvaluationOptions

    public init(groups: [EvaluationGroup], store: SeriesStore, options: RuleEvaluationOptions = RuleEvaluationOptions()) {
        self.groups = groups
        self.store = store
        self.options = options
        var rules: [RuleReference] = []
        for (groupIndex, group) in groups.enumerated() {
            for ruleIndex in group.rules.indices { rules.append(RuleReference(group: groupIndex, rule: ruleIndex)) }
        }
        self.rules = rules
    }

    public func rule(at position: Int) -> EvaluationRule { groups[rules[position].group].rules[rules[position].rule] }
    public func group(of position: Int) -> EvaluationGroup { groups[rules[position].group] }

    var engineOptions: EngineOptions {
        EngineOptions(
            lookbackDeltaMilliseconds: options.lookbackDeltaMilliseconds,
            defaultSubqueryStepMilliseconds: options.evaluationIntervalMilliseconds)
    }

    var rendering: AlertRendering {
        AlertRendering(
            externalLabels: options.externalLabels, externalURL: options.externalURL, engineOptions: engineOptions,
            parserOptions: options.parserOptions)
    }

    /// The spacing of a group's evaluations.
    func interval(ofGroup index: Int) -> Int64 {
        let base = max(1, options.evaluationIntervalMilliseconds)
        guard options.groupSchedule == .groupIntervals, let own = groups[index].intervalMilliseconds, own > 0 else { return base }
        return own
    }

    /// The evaluation times of the group holding the rule at `position`.
    func ticks(of position: Int, from start: Int64, through end: Int64) -> EvaluationTicks {
        EvaluationTicks(start: start, end: end, interval: interval(ofGroup: rules[position].group))
    }

    func queryOffset(of position: Int) -> Int64 {
        group(of: position).queryOffsetMilliseconds ?? options.queryOffsetMilliseconds
    }

    /// Evaluates every group at `start`, `start + interval`, … up to and
    /// including `end`, where `interval` is the group's own (or, with
    /// `.everyTick`, the evaluation interval). Groups due at the same time run
    /// in order. With `.stopAfterFailingTick` the run ends after the first
    /// time at which a rule failed.
    public func run(from start: Int64, through end: Int64) -> RuleEvaluationRun {
        let ticks = EvaluationTicks(start: start, end: end, interval: options.evaluationIntervalMilliseconds)
        if options.strategy == .automatic, let run = BatchEvaluation(evaluator: self, ticks: ticks).run() {
            return run
        }
        var session = EvaluationSession(evaluator: self, store: store)
        return session.run(ticks: ticks, rules: Array(rules.indices))
    }
}

/// The evaluation times of a run.
public struct EvaluationTicks: Sendable, Hashable {
    public let start: Int64
    public let end: Int64
    public let interval: Int64

    public init(start: Int64, end: Int64, interval: Int64) {
        self.start = start
        self.end = end
        self.interval = max(1, interval)
    }

    /// Overflow-safe (the window may span the whole Int64 range); callers
    /// refuse runs above `maxCount` before evaluating.
    public var count: Int {
        guard end >= start else { return 0 }
        return Int(min(UInt64(bitPattern: end &- start) / UInt64(interval), UInt64(Int.max - 1))) + 1
    }

    /// The most evaluations one run may take (`halint eval`, each `halint test`
    /// group): a year every 3s. `eval_time: 290y` every 1ms tried to allocate 73 TB.
    public static let maxCount = 10_000_000
    public func time(_ index: Int) -> Int64 { start + Int64(index) * interval }
    public var last: Int64? { count == 0 ? nil : time(count - 1) }
}
