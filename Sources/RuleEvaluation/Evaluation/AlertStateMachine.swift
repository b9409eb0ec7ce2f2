import PromModel

/// A rule evaluation that failed, with Prometheus's message.
struct RuleFailure: Error, Sendable {
    var message: String
    init(_ message: String) { self.message = message }
}

/// One alert instance the expression returned at a tick.
struct PresentAlert<Key: Hashable> {
    var key: Key
    /// The alert's labels (used when it starts a new episode).
    var labels: Labels
    var sampleLabels: Labels
    var value: Double
}

/// The state transitions of one alerting rule (rules/alerting.go
/// `AlertingRule.Eval`, after the query and label expansion). Keys identify
/// alert label sets: the labels themselves tick by tick, or an index when a
/// whole range of ticks is evaluated at once.
struct AlertStateMachine<Key: Hashable> {
    /// Alert key to its episode; resolved alerts stay until retention ends.
    private(set) var active: [Key: Int] = [:]
    private var removals: [Key] = []

    /// Applies one evaluation. `present` must hold each key once (the caller
    /// reports duplicates as errors before calling). Appends to `emitted` the
    /// episodes that are pending or firing afterwards: those `ALERTS` and
    /// `ALERTS_FOR_STATE` are written for.
    mutating func step(
        at t: Int64, present: [PresentAlert<Key>], rule: EvaluationRule, rulePosition: Int, limit: Int,
        episodes: inout [AlertEpisode], emitted: inout [Int]
    ) -> RuleFailure? {
        for alert in present {
            if let index = active[alert.key], episodes[index].currentState != .inactive {
                episodes[index].record(time: t, value: alert.value, sampleLabels: alert.sampleLabels)
                continue
            }
            if let replaced = active[alert.key] { episodes[replaced].forgottenAt = t }
            var episode = AlertEpisode(rulePosition: rulePosition, labels: alert.labels, activeAt: t)
            episode.record(time: t, value: alert.value, sampleLabels: alert.sampleLabels)
            active[alert.key] = episodes.count
            episodes.append(episode)
        }

        var activePending = 0
        let firstEmitted = emitted.count
        removals.removeAll(keepingCapacity: true)
        for (key, index) in active {
            if episodes[index].sampleTimes.last != t {
                // Absent from this evaluation's result.
                let state = episodes[index].currentState
                var keepFiring = false
                if state == .firing && rule.keepFiringForMilliseconds > 0 {
                    let since: Int64
                    if let last = episodes[index].keepFiringStarts.last,
                        last > (episodes[index].sampleTimes.last ?? .min)
                    {
                        since = last
                    } else {
                        since = t
                        episodes[index].keepFiringStarts.append(t)
                    }
                    keepFiring = t - since < rule.keepFiringForMilliseconds
                }
                if state == .pending {
                    episodes[index].forgottenAt = t
                    removals.append(key)
                    continue
                }
                if let resolvedAt = episodes[index].resolvedAt, t - resolvedAt > RuleEvaluationOptions.resolvedRetentionMilliseconds {
                    episodes[index].forgottenAt = t
                    removals.append(key)
                    continue
                }
                if state != .inactive && !keepFiring { episodes[index].resolvedAt = t }
                if !keepFiring { continue }
            }
            activePending += 1
            if episodes[index].firedAt == nil && t - episodes[index].activeAt >= rule.holdMilliseconds {
                episodes[index].firedAt = t
            }
            emitted.append(index)
        }
        for key in removals { active.removeValue(forKey: key) }

        if limit > 0 && activePending > limit {
            for index in active.values { episodes[index].forgottenAt = t }
            active = [:]
            emitted.removeSubrange(firstEmitted...)
            return RuleFailure("exceeded limit of \(limit) with \(activePending) alerts")
        }
        return nil
    }
}
