import PromModel

/// Turns one alerting rule's per-evaluation alert states into episodes.
/// Feed the ticks in order; an alert missing from a tick (or reported
/// inactive, as Prometheus keeps resolved alerts around for 15 minutes) has
/// ended at that tick.
public struct TimelineBuilder: Sendable {
    /// One active alert as the evaluator reported it at a tick.
    public struct Observation: Sendable {
        public var labels: Labels
        public var state: TimelineEpisode.State
        public var value: Double
        public var annotations: [(name: String, value: String)]

        public init(labels: Labels, state: TimelineEpisode.State, value: Double, annotations: [(name: String, value: String)] = []) {
            self.labels = labels
            self.state = state
            self.value = value
            self.annotations = annotations
        }
    }

    private var open: [Labels: TimelineEpisode] = [:]
    private var closed: [Labels: [TimelineEpisode]] = [:]

    public init() {}

    public mutating func add(tick: Int64, alerts: [Observation]) {
        var seen = Set<Labels>()
        for alert in alerts where alert.state != .inactive {
            seen.insert(alert.labels)
            if var episode = open[alert.labels] {
                if alert.state == .firing && episode.firedAt == nil {
                    episode.firedAt = tick
                    episode.value = alert.value
                    episode.annotations = alert.annotations
                }
                open[alert.labels] = episode
            } else {
                open[alert.labels] = TimelineEpisode(
                    activeAt: tick, firedAt: alert.state == .firing ? tick : nil, value: alert.value,
                    annotations: alert.annotations)
            }
        }
        for (labels, var episode) in open where !seen.contains(labels) {
            episode.endedAt = tick
            closed[labels, default: []].append(episode)
            open[labels] = nil
        }
    }

    /// Every alert seen, sorted by label set; episodes in time order.
    public func build() -> [AlertTimeline] {
        var all = closed
        for (labels, episode) in open { all[labels, default: []].append(episode) }
        return all.keys.sorted { Labels.compare($0, $1) < 0 }.map { labels in
            AlertTimeline(labels: labels, episodes: all[labels]!.sorted { $0.activeAt < $1.activeAt })
        }
    }
}
