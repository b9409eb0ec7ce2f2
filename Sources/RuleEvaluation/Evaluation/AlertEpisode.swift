import PromModel

/// One alert instance's life in an alerting rule's state (rules/alerting.go
/// `active`): it becomes pending when the expression first returns its label
/// set, may fire after `for`, and is resolved when the expression stops
/// returning it (kept as inactive for 15 minutes), or is forgotten outright
/// (a pending alert that vanished, the group's `limit`). When the same label
/// set comes back later, that is a new episode.
public struct AlertEpisode: Sendable {
    /// Position of the rule in `RuleEvaluator.rules`.
    public let rulePosition: Int
    /// The alert's labels: the sample's labels without `__name__`, the rule's
    /// expanded labels, and `alertname`.
    public let labels: Labels
    /// The tick at which it became pending.
    public let activeAt: Int64
    public internal(set) var firedAt: Int64?
    public internal(set) var resolvedAt: Int64?
    /// The tick at which the rule dropped it from its state.
    public internal(set) var forgottenAt: Int64?
    /// Ticks at which `keep_firing_for` started holding a firing alert whose series had vanished.
    public internal(set) var keepFiringStarts: [Int64] = []
    /// Every tick at which the expression returned this alert, with the sample's value.
    public internal(set) var sampleTimes: [Int64] = []
    public internal(set) var sampleValues: [Double] = []
    /// The sample's own labels at each of those ticks (templates see them as `$labels`).
    var sampleLabels: [Labels] = []
    /// Annotations rendered during evaluation, for rules whose templates run
    /// queries (their output depends on what was stored at that moment).
    var renderedAnnotations: [Labels]?

    init(rulePosition: Int, labels: Labels, activeAt: Int64) {
        self.rulePosition = rulePosition
        self.labels = labels
        self.activeAt = activeAt
    }

    /// The state after the evaluation at tick `t`, or nil when the rule did not hold the alert then.
    public func state(at t: Int64) -> AlertState? {
        guard activeAt <= t else { return nil }
        if let forgottenAt, t >= forgottenAt { return nil }
        if let resolvedAt, t >= resolvedAt { return .inactive }
        if let firedAt, t >= firedAt { return .firing }
        return .pending
    }

    /// The state after the latest evaluation so far.
    var currentState: AlertState {
        if resolvedAt != nil { return .inactive }
        return firedAt != nil ? .firing : .pending
    }

    /// Index of the newest sample at or before `t`.
    func sampleIndex(at t: Int64) -> Int? {
        var low = 0, high = sampleTimes.count
        while low < high {
            let mid = (low + high) / 2
            if sampleTimes[mid] <= t { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : low - 1
    }

    mutating func record(time: Int64, value: Double, sampleLabels labels: Labels) {
        sampleTimes.append(time)
        sampleValues.append(value)
        sampleLabels.append(labels)
    }
}
