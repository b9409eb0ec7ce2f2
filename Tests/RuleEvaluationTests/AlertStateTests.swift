import PromModel
import RuleEvaluation
import Testing
import TimeSeries

@Suite struct AlertStateTests {
    let rules = """
        groups:
          - name: g
            rules:
              - alert: High
                expr: load > 10
                for: 2m
                labels: { severity: page }
                annotations: { summary: "load {{ $value }} on {{ $labels.instance }}" }
        """

    @Test func pendingThenFiringThenResolved() {
        // load: 0 at 0m, 20 from 1m to 5m, 0 from 6m.
        let evaluator = EvaluationFixture.evaluator(rules: rules, series: [#"load{instance="a"} 0 20x4 0x5"#])
        let run = evaluator.run(from: 0, through: EvaluationFixture.minutes(10))
        #expect(run.errors.isEmpty)
        #expect(run.alerts(at: 0).isEmpty)
        let pending = run.alerts(at: EvaluationFixture.minutes(2))
        #expect(pending.map(\.state) == [.pending])
        #expect(pending.first?.activeAt == EvaluationFixture.minutes(1))
        let firing = run.alerts(at: EvaluationFixture.minutes(3))
        #expect(firing.map(\.state) == [.firing])
        #expect(firing.first?.firedAt == EvaluationFixture.minutes(3))
        #expect(firing.first?.labels == ["alertname": "High", "instance": "a", "severity": "page"])
        #expect(firing.first?.annotations == ["summary": "load 20 on a"])
        let resolved = run.alerts(at: EvaluationFixture.minutes(6))
        #expect(resolved.map(\.state) == [.inactive])
        #expect(resolved.first?.resolvedAt == EvaluationFixture.minutes(6))
    }
}
