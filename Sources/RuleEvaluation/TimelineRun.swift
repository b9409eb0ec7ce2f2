import Foundation
import PromModel
import PromQL
import PromQLEngine
import RuleFiles
import TimeSeries

/// Runs a rule set over a store with `RuleEvaluator` and turns the run into
/// the timeline: every alerting rule's episodes with the value and
/// annotations they fired with, every recording rule's output per tick, the
/// failures, and the stretches where a rule's selectors matched nothing.
public enum TimelineRun {
    public struct Options: Sendable {
        public var window: TimelineWindow
        /// Evaluation step of every group; nil: the groups' common interval, else `defaultInterval`.
        public var step: Int64?
        /// The interval of groups that set none (Prometheus's global `evaluation_interval`).
        public var defaultInterval: Int64
        public var lookbackDeltaMilliseconds: Int64

        public init(window: TimelineWindow, step: Int64? = nil, defaultInterval: Int64 = 60_000, lookbackDeltaMilliseconds: Int64 = 300_000) {
            self.window = window
            self.step = step
            self.defaultInterval = defaultInterval
            self.lookbackDeltaMilliseconds = lookbackDeltaMilliseconds
        }

        var engine: EngineOptions { EngineOptions(lookbackDeltaMilliseconds: lookbackDeltaMilliseconds) }
    }

    /// The step the groups are evaluated at, and a note when groups asked for different intervals.
    ///
    /// The evaluator steps all groups together (as `promtool test rules`
    /// does), so recording rules of one group feed the next at every tick.
    public static func step(for rules: TimelineRuleSet, options: Options) -> (step: Int64, note: String?) {
        if let step = options.step { return (step, nil) }
        let intervals = Set(rules.evaluationGroups.map { $0.intervalMilliseconds ?? options.defaultInterval })
        if intervals.count <= 1 { return (intervals.first ?? options.defaultInterval, nil) }
        let listed = intervals.sorted().map { ModelDuration(milliseconds: $0).description }.joined(separator: ", ")
        return (
            options.defaultInterval,
            "the groups are evaluated every \(listed); all are evaluated every \(ModelDuration(milliseconds: options.defaultInterval)) here (choose with --step or --evaluation-interval)"
        )
    }

    public static func run(
        _ rules: TimelineRuleSet, store: SeriesStore, options: Options, inputNotes: [String] = []
    ) -> EvalTimeline {
        let (step, stepNote) = step(for: rules, options: options)
        let evaluator = RuleEvaluator(
            groups: rules.evaluationGroups, store: store,
            options: RuleEvaluationOptions(
                evaluationIntervalMilliseconds: step, lookbackDeltaMilliseconds: options.lookbackDeltaMilliseconds,
                errorPolicy: .continueEvaluating))
        let run = evaluator.run(from: options.window.from, through: options.window.to)
        let ticks = options.window.ticks(step: step)
        // Selectors are probed against what the rules could read: the input plus everything the rules wrote.
        let engine = PromQLEngine(store: run.store, options: options.engine)
        var episodes: [Int: [AlertEpisode]] = [:]
        for episode in run.episodes { episodes[episode.rulePosition, default: []].append(episode) }

        var groups: [GroupTimeline] = []
        var position = 0
        for group in evaluator.groups {
            var timelines: [RuleTimeline] = []
            for rule in group.rules {
                var notes = TimelineSelectorCoverage.notes(for: rule.expr, engine: engine, ticks: ticks, step: step)
                notes += failures(run.errors.filter { $0.file == group.file && $0.group == group.name && $0.ruleIndex == rule.index })
                var timeline = RuleTimeline(
                    kind: rule.kind == .alerting ? .alerting : .recording, name: rule.name,
                    expr: rule.expression.trimmingCharacters(in: .whitespacesAndNewlines),
                    forMilliseconds: rule.holdMilliseconds, keepFiringForMilliseconds: rule.keepFiringForMilliseconds,
                    notes: notes)
                switch rule.kind {
                case .alerting: timeline.alerts = alerts(episodes[position] ?? [], run: run)
                case .recording: timeline.outputCounts = outputCounts(rule, store: run.store, ticks: ticks)
                }
                timelines.append(timeline)
                position += 1
            }
            groups.append(GroupTimeline(file: group.file, name: group.name, step: step, ticks: ticks, rules: timelines))
        }
        return EvalTimeline(
            from: options.window.from, to: options.window.to, groups: groups, inputNotes: inputNotes + (stepNote.map { [$0] } ?? []))
    }

    /// One timeline per label set, episodes in time order.
    static func alerts(_ episodes: [AlertEpisode], run: RuleEvaluationRun) -> [AlertTimeline] {
        var byLabels: [Labels: [TimelineEpisode]] = [:]
        for episode in episodes {
            // What the first notification says: the value and annotations at firing (at activation if it never fired).
            let shown = run.snapshot(of: episode, at: episode.firedAt ?? episode.activeAt)
            let active = run.snapshot(of: episode, at: episode.activeAt)
            // A pending alert that goes away is forgotten; a firing one is resolved (and forgotten 15m later).
            let ended = episode.firedAt != nil ? episode.resolvedAt : episode.forgottenAt
            byLabels[episode.labels, default: []].append(TimelineEpisode(
                activeAt: episode.activeAt, firedAt: episode.firedAt, endedAt: ended, activeValue: active?.value ?? .nan,
                value: shown?.value ?? .nan,
                annotations: shown.map { snapshot in snapshot.annotations.map { ($0.name, $0.value) } } ?? []))
        }
        return byLabels.keys.sorted { Labels.compare($0, $1) < 0 }.map { labels in
            AlertTimeline(labels: labels, episodes: byLabels[labels]!.sorted { $0.activeAt < $1.activeAt })
        }
    }

    /// How many series the rule wrote at each tick (staleness markers are not output).
    static func outputCounts(_ rule: EvaluationRule, store: SeriesStore, ticks: [Int64]) -> [Int] {
        let position = Dictionary(uniqueKeysWithValues: ticks.enumerated().map { ($1, $0) })
        var counts = Array(repeating: 0, count: ticks.count)
        guard let first = ticks.first, let last = ticks.last else { return counts }
        for id in store.ids where store.labels(id).metricName == rule.name {
            guard rule.labels.allSatisfy({ store.labels(id).get($0.name) == $0.value }) else { continue }
            for sample in store.samples(id, in: first...last) where !sample.value.isStaleNaN {
                if let index = position[sample.timestampMilliseconds] { counts[index] += 1 }
            }
        }
        return counts
    }

    /// One note per distinct message: where it first happened and how often.
    static func failures(_ errors: [RuleEvaluationError]) -> [TimelineNote] {
        var order: [String] = []
        var seen: [String: (first: Int64, count: Int)] = [:]
        for error in errors {
            if let known = seen[error.message] {
                seen[error.message] = (known.first, known.count + 1)
            } else {
                order.append(error.message)
                seen[error.message] = (error.time, 1)
            }
        }
        return order.map { .evaluationFailed(message: $0, first: seen[$0]!.first, evaluations: seen[$0]!.count) }
    }
}
