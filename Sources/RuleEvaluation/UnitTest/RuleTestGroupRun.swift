import PromModel
import PromQL
import PromQLEngine
import TimeSeries

/// One `tests:` entry: load the input, evaluate the rules up to the largest
/// `eval_time`, compare alerts at their ticks and PromQL results at the end
/// (cmd/promtool/unittest.go `testGroup.test`).
struct RuleTestGroupRun {
    let group: RuleTestGroup
    let rules: RuleFileSet
    let order: [String: Int]
    let evaluationInterval: Int64
    let fuzzyCompare: Bool
    let options: RuleTestOptions

    func run() -> ([RuleTestFailure], RuleEvaluationRun.Strategy?) {
        let start = group.startTimestamp ?? 0
        let interval = group.interval.flatMap { $0.milliseconds == 0 ? nil : $0.milliseconds } ?? evaluationInterval

        var descriptions: [SeriesDescription] = []
        for (index, input) in group.inputSeries.enumerated() {
            do {
                descriptions.append(try SeriesNotation.parseInputSeries(series: input.series, values: input.values))
            } catch {
                // promtool parses a generated `load` block whose first line is the command.
                return ([.setup(error.prometheusText(lineOffset: index + 1))], nil)
            }
        }
        // As in a `load` block, a later line with the same labels replaces an earlier one.
        var lastIndex: [Labels: Int] = [:]
        for (index, description) in descriptions.enumerated() { lastIndex[description.labels] = index }
        descriptions = descriptions.enumerated().filter { lastIndex[$0.element.labels] == $0.offset }.map(\.element)
        var builder = SeriesStore.Builder()
        var histograms = HistogramInput()
        for description in descriptions where description.containsHistograms {
            do {
                try histograms.load(description, interval: interval, start: start, into: &builder)
            } catch {
                return ([.setup("\(description.labels): \(error)")], nil)
            }
        }
        let loadErrors = SeriesNotation.load(
            descriptions.filter { !$0.containsHistograms }, intervalMilliseconds: interval, startMilliseconds: start, into: &builder)
        if let error = loadErrors.first { return ([.setup(error.message)], nil) }

        let loaded: [EvaluationGroup]
        switch rules.groups {
        case .success(let groups): loaded = groups
        case .failure(let error): return (error.messages.map { .setup($0) }, nil)
        }
        // A partial order: named groups by their rank, the rest rank 0 (promtool's sort is not stable; this one is).
        let ordered = loaded.enumerated().sorted {
            let a = order[$0.element.name] ?? 0, b = order[$1.element.name] ?? 0
            return a != b ? a < b : $0.offset < $1.offset
        }.map(\.element)

        if let missing = group.alertRuleTests.first(where: { $0.alertName.isEmpty }) {
            let suffix = group.name.isEmpty ? "" : " (in TestGroup \(group.name))"
            return ([.setup("an item under alert_rule_test misses required attribute alertname at eval_time \(missing.evalTime)\(suffix)")], nil)
        }

        if !histograms.isEmpty, let failure = histogramReaders(ordered, histograms) { return ([failure], nil) }

        let (end, overflow) = start.addingReportingOverflow(group.maxEvalTime.milliseconds)
        if overflow { return ([.setup("start_timestamp plus eval_time \(group.maxEvalTime) is past the largest timestamp")], nil) }
        let tickCount = EvaluationTicks(start: start, end: end, interval: evaluationInterval).count
        guard tickCount <= EvaluationTicks.maxCount else {
            return ([.setup(
                "evaluating every \(ModelDuration(milliseconds: evaluationInterval)) up to \(group.maxEvalTime) takes \(tickCount) evaluations, more than the limit of \(EvaluationTicks.maxCount)")], nil)
        }
        let lastTick = start + (end - start) / evaluationInterval * evaluationInterval
        let evaluator = RuleEvaluator(
            groups: ordered, store: builder.build().truncated(through: lastTick),
            options: RuleEvaluationOptions(
                evaluationIntervalMilliseconds: evaluationInterval, externalLabels: group.externalLabels,
                externalURL: group.externalURL, parserOptions: options.parserOptions, strategy: options.strategy,
                errorPolicy: .stopAfterFailingTick, groupSchedule: .everyTick))
        let run = evaluator.run(from: start, through: end)

        var failures = checkAlerts(run, start: start, before: run.errors.first?.time)
        if !run.errors.isEmpty {
            failures += run.errors.map { .evaluation($0) }
            return (failures, run.strategy)
        }
        let visibleHistograms = histograms.truncated(through: lastTick)
        for test in group.promqlExprTests {
            if let failure = check(test, run: run, start: start, histograms: visibleHistograms) { failures.append(failure) }
        }
        return (failures, run.strategy)
    }

    /// Alert tests at ticks before `failingTick`, in eval-time order, file order within one time.
    private func checkAlerts(_ run: RuleEvaluationRun, start: Int64, before failingTick: Int64?) -> [RuleTestFailure] {
        var failures: [RuleTestFailure] = []
        let times = Set(group.alertRuleTests.map(\.evalTime.milliseconds)).sorted()
        for time in times {
            let tick = start + time / evaluationInterval * evaluationInterval
            if let failingTick, tick >= failingTick { break }
            for test in group.alertRuleTests where test.evalTime.milliseconds == time {
                let held = run.alerts(at: tick, alertName: test.alertName)
                let got = held.filter { $0.state == .firing }.map { ComparedAlert(labels: $0.labels, annotations: $0.annotations) }
                    .sorted()
                let expected = test.expectedAlerts.map { alert -> ComparedAlert in
                    var labels = alert.labels
                    labels["alertname"] = test.alertName
                    return ComparedAlert(labels: Labels(labels), annotations: Labels(alert.annotations))
                }.sorted()
                if got != expected {
                    failures.append(.alerts(AlertMismatch(
                        testGroup: group.name, alertName: test.alertName, evalTime: test.evalTime, expected: expected, got: got,
                        held: held)))
                }
            }
        }
        return failures
    }

    /// Rules cannot read native histograms here: say so instead of evaluating them as absent.
    private func histogramReaders(_ groups: [EvaluationGroup], _ histograms: HistogramInput) -> RuleTestFailure? {
        for group in groups {
            for rule in group.rules {
                if let labels = histograms.selected(by: rule.expr).first {
                    return .setup(
                        "    rule: \(rule.name), err: native histograms are not supported by halint's rule evaluation: "
                            + "the expression selects the histogram series \(labels)")
                }
            }
        }
        return nil
    }

    private func check(_ test: PromQLExprTest, run: RuleEvaluationRun, start: Int64, histograms: HistogramInput) -> RuleTestFailure? {
        let time = start + test.evalTime.milliseconds
        var got: [ComparedSample]
        do {
            let expr = try PromQLEngine.parse(test.expr, options: options.parserOptions)
            got = try RuleQuery.vector(expr, store: run.store, at: time, options: run.evaluator.engineOptions)
                .map { ComparedSample(labels: $0.labels, value: $0.value) }
            if !histograms.isEmpty, let labels = histograms.selected(by: expr).first {
                guard case .vectorSelector(let selector) = expr.unwrapped,
                    let merged = histograms.instantSelect(
                        selector, floats: got, store: run.store, at: time,
                        lookback: run.evaluator.options.lookbackDeltaMilliseconds)
                else {
                    return .queryError(
                        expr: test.expr, evalTime: test.evalTime,
                        message: "native histograms are not supported by halint's evaluator beyond selecting them: "
                            + "the expression reads the histogram series \(labels)")
                }
                got = merged
            }
        } catch let error as EvalError {
            return .queryError(expr: test.expr, evalTime: test.evalTime, message: error.message)
        } catch {
            return .queryError(expr: test.expr, evalTime: test.evalTime, message: String(describing: error))
        }
        var expected: [ComparedSample] = []
        for sample in test.expectedSamples {
            switch ExpectedSampleParser.parse(sample) {
            case .success(let parsed): expected.append(parsed)
            case .failure(let error):
                return .queryError(expr: test.expr, evalTime: test.evalTime, message: "labels \(goQuote(sample.labels)): \(error.message)")
            }
        }
        let sortedExpected = expected.sorted { Labels.compare($0.labels, $1.labels) <= 0 }
        let sortedGot = got.sorted { Labels.compare($0.labels, $1.labels) <= 0 }
        if !matches(sortedExpected, sortedGot) {
            return .samples(SampleMismatch(expr: test.expr, evalTime: test.evalTime, expected: sortedExpected, got: sortedGot))
        }
        return nil
    }

    private func matches(_ expected: [ComparedSample], _ got: [ComparedSample]) -> Bool {
        guard expected.count == got.count else { return false }
        for (a, b) in zip(expected, got) {
            guard a.labels == b.labels, a.histogram == b.histogram, equal(a.value, b.value) else { return false }
        }
        return true
    }

    /// `==`, or within one ulp with `fuzzy_compare` (math.Nextafter either way). NaN never matches.
    private func equal(_ a: Double, _ b: Double) -> Bool {
        if a == b { return true }
        return fuzzyCompare && (a.nextDown == b || a.nextUp == b)
    }
}
