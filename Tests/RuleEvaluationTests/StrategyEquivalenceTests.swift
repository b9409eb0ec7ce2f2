import PromModel
import RuleEvaluation
import Testing
import TimeSeries

/// Range-query evaluation must give exactly what tick-by-tick evaluation gives:
/// the same stored samples (bit for bit, staleness markers included), the same
/// alerts at every tick, the same failures.
@Suite struct StrategyEquivalenceTests {
    struct Scenario: CustomTestStringConvertible, Sendable {
        var name: String
        var rules: String
        var series: [String]
        var minutes: Int64 = 30
        /// How many rules (from the start) the range-query path should take.
        var batched: Int?

        var testDescription: String { name }
    }

    static let scenarios: [Scenario] = [
        Scenario(
            name: "alert with for, flapping input",
            rules: """
                groups:
                  - name: g
                    rules:
                      - alert: High
                        expr: load > 10
                        for: 3m
                        labels: { severity: page }
                        annotations: { summary: "{{ $labels.instance }} at {{ $value }}" }
                """,
            series: [#"load{instance="a"} 0 20x5 0 20x10 0x5"#, #"load{instance="b"} 20x30"#], batched: 1),
        Scenario(
            name: "keep_firing_for and stale input",
            rules: """
                groups:
                  - name: g
                    rules:
                      - alert: Down
                        expr: up == 0
                        for: 1m
                        keep_firing_for: 4m
                """,
            series: [#"up{job="a"} 0x5 stale _x3 0x3 1x5 0x10"#, #"up{job="b"} 1 0 0 0 _x10 0x10"#], batched: 1),
        Scenario(
            name: "recording feeds a later alert in the same group",
            rules: """
                groups:
                  - name: g
                    rules:
                      - record: job:errors:rate1m
                        expr: sum by (job) (rate(errors_total[2m]))
                      - alert: ErrorRate
                        expr: job:errors:rate1m > 0.05
                        for: 2m
                """,
            series: [#"errors_total{job="a",instance="1"} 0+1x10 10+30x10 _x5 400+1x5"#, #"errors_total{job="b",instance="1"} 0+5x30"#],
            batched: 2),
        Scenario(
            name: "ALERTS read by a later group, query offset",
            rules: """
                groups:
                  - name: alerts
                    query_offset: 1m
                    rules:
                      - alert: A
                        expr: x > 3
                        for: 2m
                  - name: meta
                    rules:
                      - record: alerts:firing
                        expr: count by (alertstate) (ALERTS)
                      - record: alerts:for_state
                        expr: max(ALERTS_FOR_STATE)
                """,
            // The later group reads with a smaller offset: it would see ALERTS stamped before they are written.
            series: [#"x 0+1x10 0x5 5x10"#], batched: 0),
        Scenario(
            name: "ALERTS read by a later group with the same query offset",
            rules: """
                groups:
                  - name: alerts
                    query_offset: 2m
                    rules:
                      - alert: A
                        expr: x > 3
                        for: 2m
                  - name: meta
                    query_offset: 2m
                    rules:
                      - record: alerts:firing
                        expr: count by (alertstate) (ALERTS)
                """,
            series: [#"x 0+1x10 0x5 5x10"#], batched: 2),
        Scenario(
            name: "rule reads its own output (tick by tick)",
            rules: """
                groups:
                  - name: g
                    rules:
                      - record: counter
                        expr: (counter or vector(0)) + 1
                      - alert: Big
                        expr: counter > 5
                """,
            series: [], batched: 0),
        Scenario(
            name: "backward reference: an earlier rule reads a later one",
            rules: """
                groups:
                  - name: g
                    rules:
                      - record: early
                        expr: late + 1
                      - record: late
                        expr: src * 2
                """,
            series: ["src 1+1x30"], batched: 0),
        Scenario(
            name: "vanishing recorded series get staleness markers",
            rules: """
                groups:
                  - name: g
                    rules:
                      - record: present
                        expr: sig > 0
                      - record: later
                        expr: count_over_time(present[5m])
                """,
            series: ["sig 1x3 0x3 1x3 _x8 1x3"], batched: 2),
        Scenario(
            name: "negative offset tail runs tick by tick",
            rules: """
                groups:
                  - name: g
                    rules:
                      - record: a
                        expr: sig * 2
                      - record: b
                        expr: sig offset -2m
                      - alert: C
                        expr: b > 3
                """,
            series: ["sig 0+1x30"], batched: 1),
        Scenario(
            name: "subqueries and label templates",
            rules: """
                groups:
                  - name: g
                    labels: { team: core }
                    rules:
                      - alert: Spiky
                        expr: max_over_time(deriv(v[3m])[5m:]) > 0.01
                        labels: { where: "{{ $labels.instance }}-x" }
                        annotations: { d: "{{ humanize $value }}" }
                """,
            series: [#"v{instance="i"} 0 1 5 2 8 1 0x10 3 9 27 81"#], batched: 1),
    ]

    @Test(arguments: scenarios)
    func sameOutcome(_ scenario: Scenario) {
        let end = EvaluationFixture.minutes(scenario.minutes)
        let batched = EvaluationFixture.evaluator(rules: scenario.rules, series: scenario.series, strategy: .automatic)
            .run(from: 0, through: end)
        let ticked = EvaluationFixture.evaluator(rules: scenario.rules, series: scenario.series, strategy: .tickByTick)
            .run(from: 0, through: end)
        if let expected = scenario.batched {
            let strategy: RuleEvaluationRun.Strategy = expected == 0 ? .tickByTick : .rangeQueries(rules: expected)
            #expect(batched.strategy == strategy)
        }
        #expect(batched.errors == ticked.errors)
        #expect(batched.store.allSeries == ticked.store.allSeries)
        for minute in 0...scenario.minutes {
            let t = EvaluationFixture.minutes(minute)
            #expect(batched.alerts(at: t) == ticked.alerts(at: t), "alerts at \(minute)m")
        }
    }
}

/// Groups run at their own `interval` on a server, at every tick in promtool.
@Suite struct GroupScheduleTests {
    static let rules = """
        groups:
          - name: fast
            rules:
              - record: fast_out
                expr: vector(1)
          - name: slow
            interval: 3m
            rules:
              - record: slow_out
                expr: count_over_time(fast_out[10m])
              - alert: SlowAlert
                expr: slow_out > 0
                for: 2m
        """

    func times(_ run: RuleEvaluationRun, _ name: String) -> [Int64] {
        guard let id = run.store.id(of: ["__name__": name]) else { return [] }
        return run.store.series(id).samples.map { $0.timestampMilliseconds / 60_000 }
    }

    @Test(arguments: [RuleEvaluationOptions.Strategy.automatic, .tickByTick])
    func groupsRunAtTheirOwnInterval(_ strategy: RuleEvaluationOptions.Strategy) {
        let run = EvaluationFixture.evaluator(rules: Self.rules, series: [], strategy: strategy)
            .run(from: 0, through: EvaluationFixture.minutes(10))
        #expect(times(run, "fast_out") == Array(0...10))
        #expect(times(run, "slow_out") == [0, 3, 6, 9])
        // Pending at 0 and 3, firing from 3 + (2m elapsed since 0 at 3m ≥ for): fires at 3m.
        #expect(run.alerts(at: EvaluationFixture.minutes(2)).map(\.state) == [.pending])
        #expect(run.alerts(at: EvaluationFixture.minutes(3)).first?.firedAt == EvaluationFixture.minutes(3))
        #expect(run.lastEvaluatedTick == EvaluationFixture.minutes(10))
    }

    @Test func promtoolEvaluatesEveryGroupAtEveryTick() {
        let run = EvaluationFixture.evaluator(rules: Self.rules, series: []) { $0.groupSchedule = .everyTick }
            .run(from: 0, through: EvaluationFixture.minutes(4))
        #expect(times(run, "slow_out") == Array(0...4))
    }

    @Test func bothStrategiesAgree() {
        let end = EvaluationFixture.minutes(20)
        let a = EvaluationFixture.evaluator(rules: Self.rules, series: [], strategy: .automatic).run(from: 0, through: end)
        let b = EvaluationFixture.evaluator(rules: Self.rules, series: [], strategy: .tickByTick).run(from: 0, through: end)
        #expect(a.strategy == .rangeQueries(rules: 3))
        #expect(a.store.allSeries == b.store.allSeries)
        for minute: Int64 in 0...20 {
            #expect(a.alerts(at: EvaluationFixture.minutes(minute)) == b.alerts(at: EvaluationFixture.minutes(minute)))
        }
    }
}
