import PromModel
import PromQLEngine
import TimeSeries

/// Evaluates rules as one range query each instead of one instant query per
/// tick, where that provably gives the same result: for the longest prefix
/// of the evaluation order in which every rule
///
/// * reads only input series and the output of rules before it (no rule
///   reads its own output or that of a later rule, which it would see one
///   tick late),
/// * cannot read past its evaluation time (no `@`, no negative offset) nor
///   depends on the query window (`@ start()`, `step()`, …),
/// * has templates that do not run queries, and labels that depend only on
///   the series (not on its value).
///
/// Each range-query step is then exactly the instant query the rule manager
/// runs at that tick. The alert state machine runs over the steps; output
/// (recorded series, `ALERTS`, staleness markers) is stored before the first
/// rule that may read it. Later rules run tick by tick on top. On any rule
/// failure, or when two rules write the same series, the caller starts over
/// tick by tick, which reproduces the rule manager's failure semantics.
struct BatchEvaluation {
    let evaluator: RuleEvaluator
    let ticks: EvaluationTicks

    /// Nil when the run must be evaluated tick by tick from the start.
    func run() -> RuleEvaluationRun? {
        guard ticks.count > 0 else { return nil }
        let prefix = eligiblePrefix()
        guard prefix > 0 else { return nil }
        var store = evaluator.store
        var episodes: [AlertEpisode] = []
        var pending = PendingOutput()
        for position in 0..<prefix {
            let rule = evaluator.rule(at: position)
            if !pending.isEmpty && pending.names.contains(where: { rule.traits.mayRead(metricNamed: $0) }) {
                guard pending.flush(into: &store) else { return nil }
            }
            guard let output = evaluate(position, store: store, episodes: &episodes) else { return nil }
            pending.add(output)
        }
        guard pending.flush(into: &store) else { return nil }
        let lastTick = evaluator.rules.indices.compactMap { evaluator.ticks(of: $0, from: ticks.start, through: ticks.end).last }.max()
        var run = RuleEvaluationRun(
            evaluator: evaluator, ticks: ticks, lastEvaluatedTick: lastTick, store: store, episodes: episodes, errors: [],
            strategy: .rangeQueries(rules: prefix))
        if prefix < evaluator.rules.count {
            var session = EvaluationSession(evaluator: evaluator, store: store, episodes: episodes)
            let rest = session.run(ticks: ticks, rules: Array(prefix..<evaluator.rules.count))
            if !rest.errors.isEmpty { return nil }
            run = RuleEvaluationRun(
                evaluator: evaluator, ticks: ticks, lastEvaluatedTick: lastTick, store: rest.store, episodes: rest.episodes,
                errors: [], strategy: .rangeQueries(rules: prefix))
        }
        return run
    }

    /// How many rules, from the start of the evaluation order, qualify.
    func eligiblePrefix() -> Int {
        let count = evaluator.rules.count
        // Names written by the rules at or after each position.
        var laterNames = [Set<String>](repeating: [], count: count + 1)
        for position in stride(from: count - 1, through: 0, by: -1) {
            let rule = evaluator.rule(at: position)
            laterNames[position] = laterNames[position + 1].union(Self.writtenNames(rule))
        }
        func reads(_ reader: Int, outputOf writer: Int) -> Bool {
            Self.writtenNames(evaluator.rule(at: writer)).contains { evaluator.rule(at: reader).traits.mayRead(metricNamed: $0) }
        }
        let offsets = (0..<count).map { evaluator.queryOffset(of: $0) }
        var prefix = count
        search: for position in 0..<count {
            let rule = evaluator.rule(at: position)
            let traits = rule.traits
            if traits.readsPastEvaluationTime || traits.dependsOnQueryWindow || rule.templatesQuery || rule.labelsDependOnSample
                || laterNames[position].contains(where: { traits.mayRead(metricNamed: $0) })
            {
                prefix = position
                break
            }
            // Output of a rule with a larger query offset is stamped earlier than it is written:
            // at tick t it exists up to t - offset only, a range query would see further.
            for writer in 0..<position where offsets[writer] > offsets[position] && reads(position, outputOf: writer) {
                prefix = position
                break search
            }
        }
        // Rules evaluated tick by tick after the prefix must not meet such early-stamped output either.
        var changed = true
        while changed {
            changed = false
            outer: for reader in prefix..<count {
                for writer in 0..<prefix where offsets[writer] > 0 && reads(reader, outputOf: writer) {
                    prefix = writer
                    changed = true
                    break outer
                }
            }
        }
        return prefix
    }

    static func writtenNames(_ rule: EvaluationRule) -> [String] {
        rule.kind == .recording ? [rule.name] : ["ALERTS", "ALERTS_FOR_STATE"]
    }

    /// One rule over all ticks; nil when it fails at some tick.
    private func evaluate(_ position: Int, store: SeriesStore, episodes: inout [AlertEpisode]) -> [OutputSeries]? {
        let rule = evaluator.rule(at: position)
        let offset = evaluator.queryOffset(of: position)
        let ticks = evaluator.ticks(of: position, from: self.ticks.start, through: self.ticks.end)
        guard let lastTick = ticks.last else { return [] }
        let matrix: [RangeSeries]
        do {
            let engine = PromQLEngine(store: store, options: evaluator.engineOptions)
            guard case .matrix(let series) = try engine.rangeQuery(
                rule.expr, start: ticks.start - offset, end: lastTick - offset, step: ticks.interval
            ).value else { return nil }
            matrix = series
        } catch {
            return nil
        }
        let steps = StepIndex(matrix, ticks: ticks, offset: offset)
        let limit = evaluator.group(of: position).limit
        switch rule.kind {
        case .recording: return recordingOutput(rule, matrix, steps, ticks: ticks, limit: limit, offset: offset)
        case .alerting:
            return alertingOutput(position, rule, matrix, steps, ticks: ticks, limit: limit, offset: offset, episodes: &episodes)
        }
    }

    private func recordingOutput(
        _ rule: EvaluationRule, _ matrix: [RangeSeries], _ steps: StepIndex, ticks: EvaluationTicks, limit: Int, offset: Int64
    ) -> [OutputSeries]?
    {
        if limit > 0 && steps.maxPerTick > limit { return nil }
        var seen = Set<Labels>()
        var outputs: [OutputSeries] = []
        outputs.reserveCapacity(matrix.count)
        for series in matrix {
            let labels = EvaluationSession.recordedLabels(rule, series.labels)
            // The same output twice: the rule fails at the ticks where both are present.
            guard seen.insert(labels).inserted else { return nil }
            var output = OutputSeries(labels: labels)
            var previous = -2
            for (time, value) in zip(series.timestamps, series.values) {
                let tick = steps.tickIndex(time)
                if previous >= 0 && tick > previous + 1 { output.append(ticks.time(previous + 1) - offset, StaleNaN.value) }
                output.append(time, value)
                previous = tick
            }
            if previous >= 0 && previous + 1 < ticks.count { output.append(ticks.time(previous + 1) - offset, StaleNaN.value) }
            outputs.append(output)
        }
        return outputs
    }

    private func alertingOutput(
        _ position: Int, _ rule: EvaluationRule, _ matrix: [RangeSeries], _ steps: StepIndex, ticks: EvaluationTicks, limit: Int,
        offset: Int64, episodes: inout [AlertEpisode]
    ) -> [OutputSeries]? {
        let rendering = evaluator.rendering
        var alertLabels: [Labels] = []
        alertLabels.reserveCapacity(matrix.count)
        var seen = Set<Labels>()
        for series in matrix {
            // Labels depend only on the series here (checked by eligiblePrefix), so value and time are placeholders.
            let labels = rendering.alertLabels(rule, sampleLabels: series.labels, value: 0, time: ticks.start, store: evaluator.store)
            guard seen.insert(labels).inserted else { return nil }
            alertLabels.append(labels)
        }
        var machine = AlertStateMachine<Int>()
        var table = OutputTable()
        var emitted: [Int] = []
        var present: [PresentAlert<Int>] = []
        var seriesIDs: [Int: (pending: Int?, firing: Int?, forState: Int)] = [:]
        for tick in 0..<ticks.count {
            present.removeAll(keepingCapacity: true)
            for entry in steps.entries(tick) {
                let series = Int(entry.series)
                present.append(PresentAlert(
                    key: series, labels: alertLabels[series], sampleLabels: matrix[series].labels, value: entry.value))
            }
            emitted.removeAll(keepingCapacity: true)
            let t = ticks.time(tick)
            if machine.step(
                at: t, present: present, rule: rule, rulePosition: position, limit: limit, episodes: &episodes, emitted: &emitted
            ) != nil {
                return nil
            }
            let outputTime = t - offset
            for index in emitted {
                let state = episodes[index].currentState
                var ids = seriesIDs[index] ?? (nil, nil, table.id(AlertSeries(rule: rule, episode: episodes[index]).forState))
                let alertsID: Int
                if state == .firing {
                    if ids.firing == nil { ids.firing = table.id(AlertSeries(rule: rule, episode: episodes[index], state: .firing).alerts) }
                    alertsID = ids.firing!
                } else {
                    if ids.pending == nil { ids.pending = table.id(AlertSeries(rule: rule, episode: episodes[index], state: .pending).alerts) }
                    alertsID = ids.pending!
                }
                seriesIDs[index] = ids
                table.write(alertsID, tick: tick, time: outputTime, value: 1)
                table.write(ids.forState, tick: tick, time: outputTime, value: AlertSeries.forStateValue(activeAt: episodes[index].activeAt))
            }
            table.endTick(tick, staleTime: outputTime)
        }
        return table.series
    }
}

/// The points of a range-query result regrouped by tick.
struct StepIndex {
    struct Entry {
        var series: Int32
        var value: Double
    }

    private let start: Int64
    private let interval: Int64
    private var offsets: [Int32]
    private var items: [Entry]
    private(set) var maxPerTick = 0

    init(_ matrix: [RangeSeries], ticks: EvaluationTicks, offset: Int64) {
        start = ticks.start - offset
        interval = ticks.interval
        var counts = [Int32](repeating: 0, count: ticks.count + 1)
        for series in matrix {
            for time in series.timestamps { counts[Int((time - start) / interval) + 1] += 1 }
        }
        for index in 1..<counts.count {
            maxPerTick = max(maxPerTick, Int(counts[index]))
            counts[index] += counts[index - 1]
        }
        offsets = counts
        var fill = counts
        items = [Entry](repeating: Entry(series: 0, value: 0), count: Int(counts[ticks.count]))
        for (seriesIndex, series) in matrix.enumerated() {
            for (time, value) in zip(series.timestamps, series.values) {
                let tick = Int((time - start) / interval)
                items[Int(fill[tick])] = Entry(series: Int32(seriesIndex), value: value)
                fill[tick] += 1
            }
        }
    }

    func tickIndex(_ time: Int64) -> Int { Int((time - start) / interval) }

    func entries(_ tick: Int) -> ArraySlice<Entry> { items[Int(offsets[tick])..<Int(offsets[tick + 1])] }
}

/// Output series of one rule, built tick by tick, with staleness markers for
/// series written at the previous tick but not at this one.
struct OutputTable {
    private var index: [Labels: Int] = [:]
    private(set) var series: [OutputSeries] = []
    private var lastTick: [Int] = []
    private var previous: [Int] = []
    private var current: [Int] = []

    mutating func id(_ labels: Labels) -> Int {
        if let found = index[labels] { return found }
        index[labels] = series.count
        series.append(OutputSeries(labels: labels))
        lastTick.append(-1)
        return series.count - 1
    }

    mutating func write(_ id: Int, tick: Int, time: Int64, value: Double) {
        series[id].append(time, value)
        lastTick[id] = tick
        current.append(id)
    }

    mutating func endTick(_ tick: Int, staleTime: Int64) {
        for id in previous where lastTick[id] != tick { series[id].append(staleTime, StaleNaN.value) }
        swap(&previous, &current)
        current.removeAll(keepingCapacity: true)
    }
}

/// A series a batch-evaluated rule wrote.
struct OutputSeries {
    let labels: Labels
    var times: [Int64] = []
    var values: [Double] = []

    init(labels: Labels) { self.labels = labels }

    mutating func append(_ time: Int64, _ value: Double) {
        times.append(time)
        values.append(value)
    }

    var columns: SampleColumns {
        if let first = times.first, times.count > 1 {
            let step = times[1] - first
            var regular = step > 0
            var index = 2
            while regular && index < times.count {
                if times[index] - times[index - 1] != step { regular = false }
                index += 1
            }
            if regular { return SampleColumns(timestamps: .regular(first: first, step: step), values: values) }
        }
        return SampleColumns(timestamps: .explicit(times), values: values)
    }
}

/// Output waiting to be stored until a rule may read it.
struct PendingOutput {
    private var series: [OutputSeries] = []
    private(set) var names: Set<String> = []

    var isEmpty: Bool { series.isEmpty }

    mutating func add(_ output: [OutputSeries]) {
        for one in output where !one.times.isEmpty {
            series.append(one)
            names.insert(one.labels.metricName)
        }
    }

    /// False when a series is written twice (by two rules, or over an input
    /// series): the tick-by-tick append semantics decide then.
    mutating func flush(into store: inout SeriesStore) -> Bool {
        var seen = Set<Labels>()
        for one in series {
            if !seen.insert(one.labels).inserted || store.id(of: one.labels) != nil { return false }
        }
        store.insert(series.map { (labels: $0.labels, columns: $0.columns) })
        series = []
        names = []
        return true
    }
}
