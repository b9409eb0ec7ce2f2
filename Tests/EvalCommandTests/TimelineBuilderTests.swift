import PromModel
import RuleEvaluation
import Testing

@Suite struct TimelineBuilderTests {
    let labels: Labels = ["alertname": "X", "instance": "a"]

    func observe(_ state: TimelineEpisode.State, value: Double = 1) -> [TimelineBuilder.Observation] {
        [TimelineBuilder.Observation(labels: labels, state: state, value: value, annotations: [("summary", "v=\(value)")])]
    }

    @Test func pendingFiringResolved() {
        var builder = TimelineBuilder()
        builder.add(tick: 0, alerts: [])
        builder.add(tick: 60, alerts: observe(.pending, value: 3))
        builder.add(tick: 120, alerts: observe(.firing, value: 4))
        builder.add(tick: 180, alerts: observe(.firing, value: 5))
        builder.add(tick: 240, alerts: observe(.inactive))
        let alerts = builder.build()
        #expect(alerts.count == 1)
        #expect(alerts[0].episodes == [
            TimelineEpisode(activeAt: 60, firedAt: 120, endedAt: 240, value: 4, annotations: [("summary", "v=4.0")])
        ])
        #expect(alerts[0].episodes[0].end == .resolved)
        #expect([0, 60, 120, 239, 240].map { alerts[0].state(at: $0) } == [.inactive, .pending, .firing, .firing, .inactive])
    }

    @Test func pendingThatClearsAndAlertStillActiveAtTheEnd() {
        var builder = TimelineBuilder()
        builder.add(tick: 0, alerts: observe(.pending))
        builder.add(tick: 15, alerts: [])
        builder.add(tick: 30, alerts: observe(.firing))
        let episodes = builder.build()[0].episodes
        #expect(episodes.map(\.end) == [.cleared, nil])
        #expect(episodes.map(\.activeAt) == [0, 30])
        #expect(episodes[1].firedAt == 30)
        #expect(episodes[1].endedAt == nil)
    }

    @Test func alertsAreSortedByLabels() {
        var builder = TimelineBuilder()
        let b: Labels = ["alertname": "X", "instance": "b"]
        builder.add(tick: 0, alerts: [
            TimelineBuilder.Observation(labels: b, state: .pending, value: 1),
            TimelineBuilder.Observation(labels: labels, state: .pending, value: 1),
        ])
        #expect(builder.build().map { $0.labels.get("instance") } == ["a", "b"])
    }
}
