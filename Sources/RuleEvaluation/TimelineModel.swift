import PromModel

/// What `halint eval` found: for every rule of every group, when its alerts
/// went pending, fired and resolved over a window, and what the evaluation
/// could not see (selectors that matched nothing, evaluation errors).
public struct EvalTimeline: Sendable, Equatable {
    /// Unix milliseconds, both ends included.
    public var from: Int64
    public var to: Int64
    public var groups: [GroupTimeline]
    /// Input that was skipped or could not be loaded fully (native histograms, server warnings).
    public var inputNotes: [String]

    public init(from: Int64, to: Int64, groups: [GroupTimeline], inputNotes: [String] = []) {
        self.from = from
        self.to = to
        self.groups = groups
        self.inputNotes = inputNotes
    }

    public var rules: [RuleTimeline] { groups.flatMap(\.rules) }
}

/// One rule group, evaluated every `step` from the window's start.
public struct GroupTimeline: Sendable, Equatable {
    public var file: String
    public var name: String
    /// The evaluation interval used (milliseconds).
    public var step: Int64
    /// Evaluation times, ascending.
    public var ticks: [Int64]
    public var rules: [RuleTimeline]

    public init(file: String, name: String, step: Int64, ticks: [Int64], rules: [RuleTimeline]) {
        self.file = file
        self.name = name
        self.step = step
        self.ticks = ticks
        self.rules = rules
    }
}

public struct RuleTimeline: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case alerting
        case recording
    }

    public var kind: Kind
    /// The alert name or the recorded metric name.
    public var name: String
    public var expr: String
    /// `for` and `keep_firing_for` in milliseconds (0 when not set).
    public var forMilliseconds: Int64
    public var keepFiringForMilliseconds: Int64
    /// Alerting rules: one entry per label set, in label order.
    public var alerts: [AlertTimeline]
    /// Recording rules: how many series the rule produced at each tick.
    public var outputCounts: [Int]
    public var notes: [TimelineNote]

    public init(
        kind: Kind, name: String, expr: String, forMilliseconds: Int64 = 0, keepFiringForMilliseconds: Int64 = 0,
        alerts: [AlertTimeline] = [], outputCounts: [Int] = [], notes: [TimelineNote] = []
    ) {
        self.kind = kind
        self.name = name
        self.expr = expr
        self.forMilliseconds = forMilliseconds
        self.keepFiringForMilliseconds = keepFiringForMilliseconds
        self.alerts = alerts
        self.outputCounts = outputCounts
        self.notes = notes
    }

    public var everFired: Bool { alerts.contains { $0.episodes.contains { $0.firedAt != nil } } }
}

/// One alert (rule and label set) and every stretch of time it was active.
public struct AlertTimeline: Sendable, Equatable {
    /// The alert's labels as Alertmanager receives them, `alertname` included.
    public var labels: Labels
    public var episodes: [TimelineEpisode]

    public init(labels: Labels, episodes: [TimelineEpisode]) {
        self.labels = labels
        self.episodes = episodes
    }

    /// The alert's state at `t` (a tick of its group).
    public func state(at t: Int64) -> AlertState {
        for episode in episodes { if let state = episode.state(at: t) { return state } }
        return .inactive
    }
}

/// From the evaluation where the alert became active until the one where it
/// stopped: pending first (unless `for` is 0), firing once `for` elapsed.
public struct TimelineEpisode: Sendable, Equatable {
    public enum End: String, Sendable, Equatable {
        /// It fired, then the condition cleared (after `keep_firing_for`): Alertmanager is told it resolved.
        case resolved
        /// The condition cleared while pending: the alert is dropped, nothing is sent.
        case cleared
    }

    /// Prometheus's `activeAt`: the first evaluation that returned the label set.
    public var activeAt: Int64
    /// Prometheus's `firedAt`: the evaluation at which `for` had elapsed.
    public var firedAt: Int64?
    /// The first evaluation that no longer counted it as active; nil while still active at the window's end.
    public var endedAt: Int64?
    /// The sample value at `activeAt`.
    public var activeValue: Double
    /// The sample value and the rendered annotations when it fired, or when it went pending if it never fired.
    public var value: Double
    public var annotations: [(name: String, value: String)]

    public init(
        activeAt: Int64, firedAt: Int64? = nil, endedAt: Int64? = nil, activeValue: Double? = nil, value: Double,
        annotations: [(name: String, value: String)] = []
    ) {
        self.activeAt = activeAt
        self.firedAt = firedAt
        self.endedAt = endedAt
        self.activeValue = activeValue ?? value
        self.value = value
        self.annotations = annotations
    }

    public var end: End? {
        guard endedAt != nil else { return nil }
        return firedAt == nil ? .cleared : .resolved
    }

    /// nil outside the episode.
    public func state(at t: Int64) -> AlertState? {
        if t < activeAt { return nil }
        if let endedAt, t >= endedAt { return nil }
        if let firedAt, t >= firedAt { return .firing }
        return .pending
    }

    public static func == (lhs: TimelineEpisode, rhs: TimelineEpisode) -> Bool {
        lhs.activeAt == rhs.activeAt && lhs.firedAt == rhs.firedAt && lhs.endedAt == rhs.endedAt
            && lhs.activeValue.bitPattern == rhs.activeValue.bitPattern && lhs.value.bitPattern == rhs.value.bitPattern
            && lhs.annotations.map(\.name) == rhs.annotations.map(\.name)
            && lhs.annotations.map(\.value) == rhs.annotations.map(\.value)
    }
}

/// Something about a rule the timeline alone does not show.
public enum TimelineNote: Sendable, Equatable {
    /// A selector (outside `absent()`) matched no series at some evaluations:
    /// while it matches nothing, the rule's expression cannot return what it
    /// reads from it. `spans` are the runs of such ticks (first and last tick).
    case noSeries(selector: String, spans: [ClosedRange<Int64>], evaluations: Int, of: Int)
    /// Evaluating the rule failed at some ticks (Prometheus logs these and
    /// keeps the previous alert state).
    case evaluationFailed(message: String, first: Int64, evaluations: Int)
}
