/// Errors that stop halint from checking at all: they exit with code 2.
/// Problems *inside* files are diagnostics, never these.
public enum HalintError: Error, Sendable, Equatable, CustomStringConvertible {
    case pathNotFound(String)
    case unreadable(String, reason: String)
    case usage(String)
    /// Live mode could not use the server (unreachable, not a Prometheus API).
    case server(String)

    public var description: String {
        switch self {
        case .pathNotFound(let path): "\(path): no such file or directory"
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        case .usage(let message), .server(let message): message
        }
    }
}
