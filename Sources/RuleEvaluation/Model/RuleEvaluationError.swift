/// A rule that failed at one tick: its query failed, its output broke a rule
/// (same label set twice, over the group's `limit`) or could not be stored.
public struct RuleEvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var group: String
    /// The alert or record name.
    public var rule: String
    /// 1-based position of the rule in its group.
    public var ruleIndex: Int
    /// The evaluation tick (Unix milliseconds).
    public var time: Int64
    /// Prometheus's error text.
    public var message: String

    public init(file: String, group: String, rule: String, ruleIndex: Int, time: Int64, message: String) {
        self.file = file
        self.group = group
        self.rule = rule
        self.ruleIndex = ruleIndex
        self.time = time
        self.message = message
    }

    public var description: String { "rule: \(rule), time: \(time)ms, err: \(message)" }

    /// `rules.ErrDuplicateAlertLabelSet`.
    public static let duplicateAlertLabelSet = "vector contains metrics with the same labelset after applying alert labels"
    /// The recording-rule counterpart.
    public static let duplicateRecordingLabelSet = "vector contains metrics with the same labelset after applying rule labels"
    /// `rules.EngineQueryFunc` for a string or matrix result.
    public static let notVectorOrScalar = "rule result is not a vector or scalar"
}
