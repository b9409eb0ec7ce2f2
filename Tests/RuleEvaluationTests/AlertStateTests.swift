import PromModel
import RuleEvaluation
import Testing
import TimeSeries

/// The alert state machine of rules/alerting.go, checked tick by tick and
/// with range queries (both strategies must agree on every case).
@Suite struct AlertStateTests {
    static let strategies: [RuleEvaluationOptions.Strategy] = [.automatic, .tickByTick]
    static func m(_ minutes: Int64) -> Int64 { EvaluationFixture.minutes(minutes) }

    let highLoad = """
        groups:
          - name: g
            rules:
              - alert: High
                expr: load > 10
                for: 2m
                labels: { severity: page }
                annotations: { summary: "load {{ $value }} on {{ $labels.instance }}" }
        """

    @Test(arguments: strategies)
    func pendingThenFiringThenResolved(_ strategy: RuleEvaluationOptions.Strategy) {
        // load: 0 at 0m, 20 from 1m to 5m, 0 from 6m.
        let run = EvaluationFixture.evaluator(rules: highLoad, series: [#"load{instance="a"} 0 20x4 0x5"#], strategy: strategy)
            .run(from: 0, through: Self.m(10))
        #expect(run.errors.isEmpty)
        #expect(run.alerts(at: 0).isEmpty)
        let pending = run.alerts(at: Self.m(2))
        #expect(pending.map(\.state) == [.pending])
        #expect(pending.first?.activeAt == Self.m(1))
        #expect(pending.first?.firedAt == nil)
        let firing = run.alerts(at: Self.m(3))
        #expect(firing.map(\.state) == [.firing])
        #expect(firing.first?.firedAt == Self.m(3))
        #expect(firing.first?.labels == ["alertname": "High", "instance": "a", "severity": "page"])
        #expect(firing.first?.annotations == ["summary": "load 20 on a"])
        #expect(firing.first?.group == "g" && firing.first?.file == "rules.yml" && firing.first?.ruleName == "High")
        let resolved = run.alerts(at: Self.m(6))
        #expect(resolved.map(\.state) == [.inactive])
        #expect(resolved.first?.resolvedAt == Self.m(6))
        #expect(resolved.first?.value == 20)
    }

    @Test(arguments: strategies)
    func pendingAlertThatVanishesIsForgotten(_ strategy: RuleEvaluationOptions.Strategy) {
        let run = EvaluationFixture.evaluator(rules: highLoad, series: [#"load{instance="a"} 20 20 0 0"#], strategy: strategy)
            .run(from: 0, through: Self.m(3))
        #expect(run.alerts(at: Self.m(1)).map(\.state) == [.pending])
        #expect(run.alerts(at: Self.m(2)).isEmpty)
        #expect(run.episodes.count == 1)
        #expect(run.episodes[0].forgottenAt == Self.m(2))
        #expect(run.episodes[0].resolvedAt == nil)
    }

    @Test(arguments: strategies)
    func resolvedAlertsAreRetainedForFifteenMinutes(_ strategy: RuleEvaluationOptions.Strategy) {
        let rules = """
            groups:
              - name: g
                rules:
                  - alert: Down
                    expr: up == 0
            """
        let run = EvaluationFixture.evaluator(rules: rules, series: ["up 0 0 1x30"], strategy: strategy).run(from: 0, through: Self.m(25))
        #expect(run.alerts(at: Self.m(1)).map(\.state) == [.firing])
        #expect(run.alerts(at: Self.m(2)).map(\.state) == [.inactive])
        #expect(run.alerts(at: Self.m(17)).map(\.state) == [.inactive])
        #expect(run.alerts(at: Self.m(18)).isEmpty)
        #expect(run.episodes[0].forgottenAt == Self.m(18))
    }

    @Test(arguments: strategies)
    func keepFiringForHoldsAVanishedAlert(_ strategy: RuleEvaluationOptions.Strategy) {
        let rules = """
            groups:
              - name: g
                rules:
                  - alert: Down
                    expr: up == 0
                    keep_firing_for: 3m
            """
        let run = EvaluationFixture.evaluator(rules: rules, series: ["up 0 0 1x10"], strategy: strategy).run(from: 0, through: Self.m(8))
        // for: 0 fires at the first evaluation.
        #expect(run.alerts(at: 0).first?.firedAt == 0)
        for minute: Int64 in 2...4 {
            let alert = run.alerts(at: Self.m(minute)).first
            #expect(alert?.state == .firing, "at \(minute)m")
            #expect(alert?.keepFiringSince == Self.m(2), "at \(minute)m")
            #expect(alert?.value == 0)
        }
        #expect(run.alerts(at: Self.m(1)).first?.keepFiringSince == nil)
        let resolved = run.alerts(at: Self.m(5)).first
        #expect(resolved?.state == .inactive)
        #expect(resolved?.resolvedAt == Self.m(5))
        // ALERTS keeps being written while keep_firing_for holds the alert.
        let alerts = run.store.series(run.store.id(of: ["__name__": "ALERTS", "alertname": "Down", "alertstate": "firing"])!)
        #expect(alerts.samples.map(\.timestampMilliseconds) == [0, 1, 2, 3, 4, 5].map { Self.m($0) })
        #expect(alerts.samples.last!.value.isStaleNaN)
    }

    @Test(arguments: strategies)
    func keepFiringForRestartsWhenTheSeriesReturns(_ strategy: RuleEvaluationOptions.Strategy) {
        let rules = """
            groups:
              - name: g
                rules:
                  - alert: Down
                    expr: up == 0
                    keep_firing_for: 2m
            """
        let run = EvaluationFixture.evaluator(rules: rules, series: ["up 0 1 0 1 1 1 1"], strategy: strategy)
            .run(from: 0, through: Self.m(6))
        #expect(run.alerts(at: Self.m(1)).first?.keepFiringSince == Self.m(1))
        #expect(run.alerts(at: Self.m(2)).first?.keepFiringSince == nil)
        #expect(run.alerts(at: Self.m(4)).first?.keepFiringSince == Self.m(3))
        #expect(run.alerts(at: Self.m(4)).first?.state == .firing)
        #expect(run.alerts(at: Self.m(5)).first?.state == .inactive)
        #expect(run.episodes.count == 1)
    }

    @Test(arguments: strategies)
    func staleInputResolvesAtOnceAndComesBackAsANewAlert(_ strategy: RuleEvaluationOptions.Strategy) {
        let rules = """
            groups:
              - name: g
                rules:
                  - alert: Down
                    expr: up == 0
            """
        let run = EvaluationFixture.evaluator(rules: rules, series: ["up 0 0 stale 0 0"], strategy: strategy)
            .run(from: 0, through: Self.m(4))
        #expect(run.alerts(at: Self.m(2)).map(\.state) == [.inactive])
        let back = run.alerts(at: Self.m(3))
        #expect(back.map(\.state) == [.firing])
        #expect(back.first?.activeAt == Self.m(3))
        #expect(run.episodes.count == 2)
        #expect(run.episodes[0].forgottenAt == Self.m(3))
    }

    @Test(arguments: strategies)
    func alertsAndForStateSeries(_ strategy: RuleEvaluationOptions.Strategy) {
        let rules = """
            groups:
              - name: g
                rules:
                  - alert: X
                    expr: x > 0
                    for: 2m
                    labels: { team: "{{ $labels.job }}-team" }
            """
        let run = EvaluationFixture.evaluator(rules: rules, series: [#"x{job="j"} 1x4 0"#], strategy: strategy)
            .run(from: 0, through: Self.m(6))
        let store = run.store
        func samples(_ labels: Labels) -> [String] {
            guard let id = store.id(of: labels) else { return [] }
            return store.series(id).samples.map { $0.value.isStaleNaN ? "stale@\($0.timestampMilliseconds / 60_000)" : "\(PromFloat.format($0.value))@\($0.timestampMilliseconds / 60_000)" }
        }
        let base: [String: String] = ["alertname": "X", "job": "j", "team": "j-team"]
        #expect(samples(Labels(base.merging(["__name__": "ALERTS", "alertstate": "pending"]) { $1 })) == ["1@0", "1@1", "stale@2"])
        #expect(samples(Labels(base.merging(["__name__": "ALERTS", "alertstate": "firing"]) { $1 })) == ["1@2", "1@3", "1@4", "stale@5"])
        #expect(samples(Labels(base.merging(["__name__": "ALERTS_FOR_STATE"]) { $1 })) == ["0@0", "0@1", "0@2", "0@3", "0@4", "stale@5"])
    }

    @Test(arguments: strategies)
    func limitFailsTheRule(_ strategy: RuleEvaluationOptions.Strategy) {
        let rules = """
            groups:
              - name: g
                limit: 1
                rules:
                  - alert: X
                    expr: x > 0
            """
        let run = EvaluationFixture.evaluator(rules: rules, series: [#"x{i="1"} 1 1"#, #"x{i="2"} 0 1"#], strategy: strategy)
            .run(from: 0, through: Self.m(3))
        #expect(run.errors.map(\.message) == ["exceeded limit of 1 with 2 alerts"])
        #expect(run.errors.first?.time == Self.m(1))
        #expect(run.errors.first?.rule == "X")
        #expect(run.lastEvaluatedTick == Self.m(1))
        #expect(run.alerts(at: Self.m(1)).isEmpty)
    }

    @Test(arguments: strategies)
    func continuingAfterAFailure(_ strategy: RuleEvaluationOptions.Strategy) {
        let rules = """
            groups:
              - name: g
                limit: 1
                rules:
                  - alert: X
                    expr: x > 0
            """
        let run = EvaluationFixture.evaluator(
            rules: rules, series: [#"x{i="1"} 1 1 1 1"#, #"x{i="2"} 0 1 0 0"#], strategy: strategy
        ) { $0.errorPolicy = .continueEvaluating }.run(from: 0, through: Self.m(3))
        #expect(run.errors.map(\.time) == [Self.m(1)])
        // The limit cleared the state: the alert starts over at 2m.
        #expect(run.alerts(at: Self.m(3)).first?.activeAt == Self.m(2))
    }

    @Test(arguments: strategies)
    func duplicateAlertLabelsFail(_ strategy: RuleEvaluationOptions.Strategy) {
        let rules = """
            groups:
              - name: g
                rules:
                  - alert: X
                    expr: x > 0
                    labels: { b: fixed }
            """
        let run = EvaluationFixture.evaluator(rules: rules, series: [#"x{b="1"} 1"#, #"x{b="2"} 1"#], strategy: strategy)
            .run(from: 0, through: Self.m(1))
        #expect(run.errors.map(\.message) == ["vector contains metrics with the same labelset after applying alert labels"])
    }

    @Test(arguments: strategies)
    func duplicateRecordedLabelsFail(_ strategy: RuleEvaluationOptions.Strategy) {
        let rules = """
            groups:
              - name: g
                rules:
                  - record: y
                    expr: x
                    labels: { b: fixed }
            """
        let run = EvaluationFixture.evaluator(rules: rules, series: [#"x{b="1"} 1"#, #"x{b="2"} 1"#], strategy: strategy)
            .run(from: 0, through: Self.m(1))
        #expect(run.errors.map(\.message) == ["vector contains metrics with the same labelset after applying rule labels"])
        #expect(run.errors.first?.time == 0)
    }

    @Test(arguments: strategies)
    func queryOffsetShiftsQueriesAndOutput(_ strategy: RuleEvaluationOptions.Strategy) {
        let rules = """
            groups:
              - name: g
                query_offset: 1m
                rules:
                  - record: y
                    expr: x * 10
            """
        let run = EvaluationFixture.evaluator(rules: rules, series: ["x 0+1x5"], strategy: strategy).run(from: 0, through: Self.m(3))
        let y = run.store.series(run.store.id(of: ["__name__": "y"])!)
        #expect(y.samples == [0, 1, 2].map { Sample(timestampMilliseconds: Self.m($0), value: Double($0) * 10) })
    }

    @Test(arguments: strategies)
    func recordedSeriesThatVanishGoStale(_ strategy: RuleEvaluationOptions.Strategy) {
        let rules = """
            groups:
              - name: g
                rules:
                  - record: r
                    expr: x > 0
            """
        let run = EvaluationFixture.evaluator(rules: rules, series: ["x 1 1 0 1"], strategy: strategy).run(from: 0, through: Self.m(3))
        let r = run.store.series(run.store.id(of: ["__name__": "r"])!)
        #expect(r.samples.map(\.timestampMilliseconds) == [0, 1, 2, 3].map { Self.m($0) })
        #expect(r.samples[2].value.isStaleNaN)
        #expect(r.samples[3].value == 1)
    }

    /// Templates see external labels and URL; `query` runs against the store as
    /// the rule sees it at its evaluation: earlier rules of the tick are there.
    @Test func templatesQueryAtEvaluationTime() {
        let rules = """
            groups:
              - name: g
                rules:
                  - record: early
                    expr: x * 10
                  - alert: X
                    expr: x > 2
                    annotations:
                      text: '{{ $externalLabels.cluster }} {{ $externalURL }} {{ with query "early" }}{{ . | first | value }}{{ end }} {{ now }}'
            """
        let evaluator = EvaluationFixture.evaluator(rules: rules, series: ["x 0+1x10"]) {
            $0.externalLabels = ["cluster": "c1"]
            $0.externalURL = "http://prom.example"
        }
        let run = evaluator.run(from: 0, through: Self.m(6))
        #expect(run.strategy == .rangeQueries(rules: 1))
        #expect(run.alerts(at: Self.m(5)).first?.annotations == ["text": "c1 http://prom.example 50 300"])
        #expect(run.alerts(at: Self.m(3)).first?.annotations == ["text": "c1 http://prom.example 30 180"])
    }

    @Test(arguments: strategies)
    func recordingRulesFeedLaterRulesInTheSameTick(_ strategy: RuleEvaluationOptions.Strategy) {
        let rules = """
            groups:
              - name: g
                rules:
                  - record: doubled
                    expr: x * 2
                  - alert: Big
                    expr: doubled > 4
            """
        let run = EvaluationFixture.evaluator(rules: rules, series: ["x 0+1x5"], strategy: strategy).run(from: 0, through: Self.m(5))
        // x = 3 at 3m, doubled = 6 at the same tick.
        #expect(run.alerts(at: Self.m(3)).first?.activeAt == Self.m(3))
        #expect(run.alerts(at: Self.m(2)).isEmpty)
    }
}
