import PromModel
import TimeSeries

/// The outcome of `RuleEvaluator.run`: the store with everything the rules
/// wrote, every alert episode, and the rules that failed.
public struct RuleEvaluationRun: Sendable {
    /// How the run was computed.
    public enum Strategy: Sendable, Hashable {
        case tickByTick
        /// Some rules (a prefix of the evaluation order) as one range query each.
        case rangeQueries(rules: Int)
    }

    public let evaluator: RuleEvaluator
    public let ticks: EvaluationTicks
    /// The last tick evaluated: `ticks.last`, or the failing tick when the run stopped there.
    public let lastEvaluatedTick: Int64?
    /// Input series plus recorded series, `ALERTS`, `ALERTS_FOR_STATE` and staleness markers.
    public let store: SeriesStore
    /// Every alert episode, in the order they started (by tick, then rule order, then labels).
    public let episodes: [AlertEpisode]
    /// Rule failures, in tick and rule order.
    public let errors: [RuleEvaluationError]
    public let strategy: Strategy

    init(
        evaluator: RuleEvaluator, ticks: EvaluationTicks, lastEvaluatedTick: Int64?, store: SeriesStore,
        episodes: [AlertEpisode], errors: [RuleEvaluationError], strategy: Strategy
    ) {
        self.evaluator = evaluator
        self.ticks = ticks
        self.lastEvaluatedTick = lastEvaluatedTick
        self.store = store
        // One order whichever way the run was computed: start tick, rule order, labels.
        self.episodes = episodes.sorted {
            if $0.activeAt != $1.activeAt { return $0.activeAt < $1.activeAt }
            if $0.rulePosition != $1.rulePosition { return $0.rulePosition < $1.rulePosition }
            return Labels.compare($0.labels, $1.labels) < 0
        }
        self.errors = errors
        self.strategy = strategy
    }

    /// The alerts every alerting rule holds at `t`, that is after its last
    /// evaluation at or before `t`: pending, firing, and resolved ones still retained.
    public func alerts(at t: Int64) -> [AlertSnapshot] {
        alerts(at: t) { _ in true }
    }

    /// As `alerts(at:)`, for the rules with this alert name only.
    public func alerts(at t: Int64, alertName: String) -> [AlertSnapshot] {
        alerts(at: t) { evaluator.rule(at: $0).name == alertName }
    }

    private func alerts(at t: Int64, including: (Int) -> Bool) -> [AlertSnapshot] {
        guard let tick = tick(atOrBefore: t) else { return [] }
        var out: [AlertSnapshot] = []
        for episode in episodes where including(episode.rulePosition) {
            guard let snapshot = snapshot(of: episode, at: tick) else { continue }
            out.append(snapshot)
        }
        return out
    }

    /// The time whose state is asked for at `t`: `t` itself within the run,
    /// the last evaluation after it, nil before the start.
    public func tick(atOrBefore t: Int64) -> Int64? {
        guard t >= ticks.start, let last = lastEvaluatedTick else { return nil }
        return min(t, last)
    }

    /// One episode as seen after the evaluation at `tick`, annotations expanded.
    public func snapshot(of episode: AlertEpisode, at tick: Int64) -> AlertSnapshot? {
        guard let state = episode.state(at: tick), let sample = episode.sampleIndex(at: tick) else { return nil }
        let rule = evaluator.rule(at: episode.rulePosition)
        let group = evaluator.group(of: episode.rulePosition)
        let annotations: Labels
        if let rendered = episode.renderedAnnotations, sample < rendered.count {
            annotations = rendered[sample]
        } else {
            annotations = evaluator.rendering.annotations(
                rule, sampleLabels: episode.sampleLabels[sample], value: episode.sampleValues[sample],
                time: episode.sampleTimes[sample], store: store)
        }
        var keepFiringSince: Int64?
        if state == .firing, let start = episode.keepFiringStarts.last(where: { $0 <= tick }),
            start > episode.sampleTimes[sample]
        {
            keepFiringSince = start
        }
        return AlertSnapshot(
            ruleName: rule.name, group: group.name, file: group.file, labels: episode.labels, annotations: annotations,
            state: state, activeAt: episode.activeAt, firedAt: state == .pending ? nil : episode.firedAt,
            resolvedAt: state == .inactive ? episode.resolvedAt : nil, keepFiringSince: keepFiringSince,
            value: episode.sampleValues[sample])
    }
}
