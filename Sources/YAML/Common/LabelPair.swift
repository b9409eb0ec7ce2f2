import Diagnostics

/// A written `name: value` pair (a label, a `match:` entry, a header, an
/// OAuth2 endpoint parameter), shared by the Prometheus and Alertmanager models.
public struct LabelPair: Sendable, Hashable {
    public var name: Located<String>
    public var value: Located<String>

    public init(name: Located<String>, value: Located<String>) {
        self.name = name
        self.value = value
    }
}

extension Array where Element == LabelPair {
    /// The value written for `name`, first occurrence.
    public func value(for name: String) -> Located<String>? {
        first { $0.name.value == name }?.value
    }
}
