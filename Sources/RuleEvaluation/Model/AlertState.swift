/// An alert instance's state (rules/alerting.go `AlertState`), ordered as
/// Prometheus orders them: inactive < pending < firing.
public enum AlertState: Int, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Resolved: was firing, the expression no longer returns it (kept for 15 minutes).
    case inactive
    case pending
    case firing

    public static func < (lhs: AlertState, rhs: AlertState) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The `alertstate` label value.
    public var description: String {
        switch self {
        case .inactive: "inactive"
        case .pending: "pending"
        case .firing: "firing"
        }
    }
}
