import PromModel

/// One alert as an alerting rule holds it after the evaluation at some tick:
/// what `ActiveAlerts()` and the `/api/v1/alerts` endpoint show, plus
/// resolved alerts still retained.
public struct AlertSnapshot: Sendable, Hashable {
    public var ruleName: String
    public var group: String
    /// The rule file.
    public var file: String
    public var labels: Labels
    /// Expanded annotations, sorted by name.
    public var annotations: Labels
    /// `.inactive` means resolved (kept for 15 minutes after resolving).
    public var state: AlertState
    public var activeAt: Int64
    public var firedAt: Int64?
    public var resolvedAt: Int64?
    /// Set while `keep_firing_for` holds a firing alert whose series vanished.
    public var keepFiringSince: Int64?
    /// The sample value from the last evaluation that returned the alert.
    public var value: Double

    public init(
        ruleName: String, group: String, file: String, labels: Labels, annotations: Labels, state: AlertState,
        activeAt: Int64, firedAt: Int64? = nil, resolvedAt: Int64? = nil, keepFiringSince: Int64? = nil, value: Double
    ) {
        self.ruleName = ruleName
        self.group = group
        self.file = file
        self.labels = labels
        self.annotations = annotations
        self.state = state
        self.activeAt = activeAt
        self.firedAt = firedAt
        self.resolvedAt = resolvedAt
        self.keepFiringSince = keepFiringSince
        self.value = value
    }

    public static func == (lhs: AlertSnapshot, rhs: AlertSnapshot) -> Bool {
        lhs.ruleName == rhs.ruleName && lhs.group == rhs.group && lhs.file == rhs.file && lhs.labels == rhs.labels
            && lhs.annotations == rhs.annotations && lhs.state == rhs.state && lhs.activeAt == rhs.activeAt
            && lhs.firedAt == rhs.firedAt && lhs.resolvedAt == rhs.resolvedAt && lhs.keepFiringSince == rhs.keepFiringSince
            && lhs.value.bitPattern == rhs.value.bitPattern
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ruleName)
        hasher.combine(labels)
        hasher.combine(activeAt)
    }
}
