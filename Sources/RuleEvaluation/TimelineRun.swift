import Foundation
import PromModel
import PromQL
import PromQLEngine
import RuleFiles
import TimeSeries

/// Runs every group of a rule set over a store and builds the timeline:
/// each group is stepped through its ticks by the rule evaluator, each
/// alerting rule's per-tick alerts become episodes, and each rule's
/// selectors are probed for stretches where they matched nothing.
public enum TimelineRun {
    public struct Options: Sendable {
        public var window: TimelineWindow
        /// Overrides every group's interval when set.
        public var step: Int64?
        /// The interval of groups that set none (Prometheus's global `evaluation_interval`).
        public var defaultInterval: Int64
        public var engine: EngineOptions

        public init(window: TimelineWindow, step: Int64? = nil, defaultInterval: Int64 = 60_000, engine: EngineOptions = EngineOptions()) {
            self.window = window
            self.step = step
            self.defaultInterval = defaultInterval
            self.engine = engine
        }
    }

    public static func run(
        _ rules: TimelineRuleSet, store: SeriesStore, options: Options, inputNotes: [String] = []
    ) -> EvalTimeline {
        var groups: [GroupTimeline] = []
        for file in rules.files {
            for group in file.groups {
                let step = options.step ?? group.interval?.value.milliseconds ?? options.defaultInterval
                groups.append(run(group, file: file.path, store: store, step: step, options: options))
            }
        }
        return EvalTimeline(from: options.window.from, to: options.window.to, groups: groups, inputNotes: inputNotes)
    }

    static func run(_ group: RuleGroup, file: String, store: SeriesStore, step: Int64, options: Options) -> GroupTimeline {
        let ticks = options.window.ticks(step: step)
        let evaluation = TimelineGroupEvaluation.evaluate(group, store: store, ticks: ticks, engine: options.engine)
        // Selectors are probed against what the group's rules could read: the input plus the series the rules wrote.
        let engine = PromQLEngine(store: evaluation.outputStore, options: options.engine)
        var rules: [RuleTimeline] = []
        for (index, rule) in group.rules.enumerated() {
            let result = evaluation.rules[index]
            var notes: [TimelineNote] = []
            if let expr = try? PromQLEngine.parse(rule.expr?.value ?? "") {
                notes += TimelineSelectorCoverage.notes(for: expr, engine: engine, ticks: ticks, step: step)
            }
            if let failure = result.failure { notes.append(failure) }
            rules.append(RuleTimeline(
                kind: rule.isAlerting ? .alerting : .recording, name: rule.name,
                expr: rule.expr?.value.trimmingCharacters(in: .whitespacesAndNewlines) ?? "",
                forMilliseconds: rule.forDuration?.value.milliseconds ?? 0,
                keepFiringForMilliseconds: rule.keepFiringFor?.value.milliseconds ?? 0,
                alerts: result.alerts, outputCounts: result.outputCounts, notes: notes))
        }
        return GroupTimeline(file: file, name: group.name.value, step: step, ticks: ticks, rules: rules)
    }
}
