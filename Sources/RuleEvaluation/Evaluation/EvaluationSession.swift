import PromModel
import PromQLEngine
import TimeSeries

/// Tick-by-tick evaluation: at each tick every rule in order queries the
/// store as it is at that moment and writes its output back (rules/group.go
/// `Group.Eval`).
struct EvaluationSession {
    let evaluator: RuleEvaluator
    let rendering: AlertRendering
    let engineOptions: EngineOptions
    var store: SeriesStore
    var episodes: [AlertEpisode] = []
    private var machines: [Int: AlertStateMachine<Labels>] = [:]
    /// Per rule: the series it wrote at its last successful evaluation (`seriesInPreviousEval`).
    private var previousOutputs: [Int: Set<Labels>] = [:]
    /// Per alerting rule whose labels depend only on the series: sample labels to alert labels.
    private var labelCache: [Int: [Labels: Labels]] = [:]
    private var emitted: [Int] = []

    init(evaluator: RuleEvaluator, store: SeriesStore, episodes: [AlertEpisode] = []) {
        self.evaluator = evaluator
        rendering = evaluator.rendering
        engineOptions = evaluator.engineOptions
        self.store = store
        self.episodes = episodes
    }

    /// Evaluates `rules` (positions in evaluation order), each at its group's
    /// times; rules due at the same time run in order.
    mutating func run(ticks: EvaluationTicks, rules: [Int]) -> RuleEvaluationRun {
        var errors: [RuleEvaluationError] = []
        var lastTick: Int64?
        let schedule = EvaluationSchedule(evaluator: evaluator, rules: rules, ticks: ticks)
        for t in schedule.times {
            let due = schedule.due(at: t)
            if due.isEmpty { continue }
            lastTick = t
            let failures = evaluate(at: t, rules: due)
            errors += failures
            if !failures.isEmpty && evaluator.options.errorPolicy == .stopAfterFailingTick { break }
        }
        return RuleEvaluationRun(
            evaluator: evaluator, ticks: ticks, lastEvaluatedTick: lastTick, store: store, episodes: episodes, errors: errors,
            strategy: .tickByTick)
    }

    /// One tick; returns the rules that failed.
    mutating func evaluate(at t: Int64, rules: [Int]) -> [RuleEvaluationError] {
        var failures: [RuleEvaluationError] = []
        for position in rules {
            if let failure = evaluate(position, at: t) {
                let group = evaluator.group(of: position)
                let rule = evaluator.rule(at: position)
                failures.append(RuleEvaluationError(
                    file: group.file, group: group.name, rule: rule.name, ruleIndex: rule.index, time: t,
                    message: failure.message))
            }
        }
        return failures
    }

    private mutating func evaluate(_ position: Int, at t: Int64) -> RuleFailure? {
        let rule = evaluator.rule(at: position)
        let group = evaluator.group(of: position)
        let evaluationTime = t - evaluator.queryOffset(of: position)
        let outputs: [(labels: Labels, value: Double)]
        do {
            let samples = try query(rule, at: evaluationTime, tick: t)
            switch rule.kind {
            case .recording: outputs = try Self.recordingOutputs(rule, samples, limit: group.limit)
            case .alerting: outputs = try alertingOutputs(position, rule, samples, limit: group.limit, tick: t)
            }
        } catch {
            return error
        }
        return write(outputs, for: position, at: evaluationTime)
    }

    /// The rule's query against the store as of now. A query that can read
    /// past its evaluation time sees nothing written after this tick, as in
    /// promtool, which loads input samples only up to each evaluation.
    private func query(_ rule: EvaluationRule, at evaluationTime: Int64, tick t: Int64) throws(RuleFailure) -> [VectorSample] {
        let view = rule.traits.readsPastEvaluationTime ? store.truncated(through: t) : store
        return try RuleQuery.vector(rule.expr, store: view, at: evaluationTime, options: engineOptions)
    }

    /// rules/recording.go: `__name__` is the record name, rule labels override.
    static func recordingOutputs(_ rule: EvaluationRule, _ samples: [VectorSample], limit: Int) throws(RuleFailure)
        -> [(labels: Labels, value: Double)]
    {
        var outputs: [(labels: Labels, value: Double)] = []
        outputs.reserveCapacity(samples.count)
        var seen = Set<Labels>()
        for sample in samples {
            let labels = recordedLabels(rule, sample.labels)
            if !seen.insert(labels).inserted { throw RuleFailure(RuleEvaluationError.duplicateRecordingLabelSet) }
            outputs.append((labels, sample.value))
        }
        if limit > 0 && outputs.count > limit { throw RuleFailure("exceeded limit of \(limit) with \(outputs.count) series") }
        return outputs
    }

    static func recordedLabels(_ rule: EvaluationRule, _ sampleLabels: Labels) -> Labels {
        var builder = Labels.Builder(sampleLabels)
        builder.set(Labels.metricNameLabel, rule.name)
        for label in rule.labels { builder.set(label.name, label.value) }
        return builder.labels()
    }

    private mutating func alertingOutputs(_ position: Int, _ rule: EvaluationRule, _ samples: [VectorSample], limit: Int, tick t: Int64)
        throws(RuleFailure) -> [(labels: Labels, value: Double)]
    {
        var present: [PresentAlert<Labels>] = []
        present.reserveCapacity(samples.count)
        var seen = Set<Labels>()
        let cacheable = !rule.labelsDependOnSample
        for sample in samples {
            let labels: Labels
            if cacheable, let cached = labelCache[position]?[sample.labels] {
                labels = cached
            } else {
                labels = rendering.alertLabels(rule, sampleLabels: sample.labels, value: sample.value, time: t, store: store)
                if cacheable { labelCache[position, default: [:]][sample.labels] = labels }
            }
            if !seen.insert(labels).inserted { throw RuleFailure(RuleEvaluationError.duplicateAlertLabelSet) }
            present.append(PresentAlert(key: labels, labels: labels, sampleLabels: sample.labels, value: sample.value))
        }
        var machine = machines[position] ?? AlertStateMachine()
        machines[position] = nil
        emitted.removeAll(keepingCapacity: true)
        let failure = machine.step(
            at: t, present: present, rule: rule, rulePosition: position, limit: limit, episodes: &episodes, emitted: &emitted)
        machines[position] = machine
        if rule.templatesQuery { renderEagerly(rule, machine: machine, present: present, tick: t) }
        if let failure { throw failure }
        var outputs: [(labels: Labels, value: Double)] = []
        outputs.reserveCapacity(emitted.count * 2)
        for index in emitted {
            let series = AlertSeries(rule: rule, episode: episodes[index])
            outputs.append((series.alerts, 1))
            outputs.append((series.forState, series.forStateValue))
        }
        return outputs
    }

    /// Annotations that run queries are rendered now, against the store as the rule sees it.
    private mutating func renderEagerly(
        _ rule: EvaluationRule, machine: AlertStateMachine<Labels>, present: [PresentAlert<Labels>], tick t: Int64
    ) {
        for alert in present {
            guard let index = machine.active[alert.key], episodes[index].sampleTimes.last == t else { continue }
            let annotations = rendering.annotations(rule, sampleLabels: alert.sampleLabels, value: alert.value, time: t, store: store)
            if episodes[index].renderedAnnotations == nil { episodes[index].renderedAnnotations = [] }
            episodes[index].renderedAnnotations!.append(annotations)
        }
    }

    /// Appends the rule's output; series it wrote last time but not now get a
    /// staleness marker. A sample the store refuses fails the rule.
    private mutating func write(_ outputs: [(labels: Labels, value: Double)], for position: Int, at t: Int64) -> RuleFailure? {
        var returned = Set<Labels>()
        returned.reserveCapacity(outputs.count)
        var failure: RuleFailure?
        for output in outputs {
            switch store.append(output.labels, timestamp: t, value: output.value) {
            case .appended, .unchanged: returned.insert(output.labels)
            case .outOfOrder: failure = RuleFailure("out of order sample")
            case .duplicate(let existing):
                failure = RuleFailure(
                    "duplicate sample for timestamp \(t); overrides not allowed: existing \(PromFloat.format(existing)), new value \(PromFloat.format(output.value))")
            }
        }
        if let previous = previousOutputs[position] {
            for labels in previous where !returned.contains(labels) {
                _ = store.append(labels, timestamp: t, value: StaleNaN.value)
            }
        }
        previousOutputs[position] = returned
        return failure
    }
}

/// The `ALERTS` and `ALERTS_FOR_STATE` series of one alert (rules/alerting.go
/// `sample`, `forStateSample`): the rule's raw labels overlaid with the alert's.
struct AlertSeries {
    let alerts: Labels
    let forState: Labels
    let forStateValue: Double

    init(rule: EvaluationRule, episode: AlertEpisode, state: AlertState? = nil) {
        var builder = Labels.Builder(Labels(rule.labels.map { (name: $0.name, value: $0.value) }))
        for label in episode.labels { builder.set(label.name, label.value) }
        builder.set("alertname", rule.name)
        var forState = builder
        builder.set(Labels.metricNameLabel, "ALERTS")
        builder.set("alertstate", (state ?? episode.currentState).description)
        alerts = builder.labels()
        forState.set(Labels.metricNameLabel, "ALERTS_FOR_STATE")
        self.forState = forState.labels()
        forStateValue = Self.forStateValue(activeAt: episode.activeAt)
    }

    /// `float64(a.ActiveAt.Unix())`: whole seconds, rounded down.
    static func forStateValue(activeAt ms: Int64) -> Double {
        Double(ms >= 0 ? ms / 1000 : (ms - 999) / 1000)
    }
}
