import Diagnostics
import YAML

/// One entry of a `matchers:` list as written, and what it parsed to
/// (empty when it did not parse).
public struct MatcherEntry: Sendable {
    public var text: Located<String>
    public var matchers: [Matcher]
    /// Set when only Alertmanager's classic parser accepts the entry.
    public var classicOnly: MatcherParseResult.ClassicOnly?
    /// False when the entry did not parse (it is then reported).
    public var parsed: Bool

    public init(
        text: Located<String>, matchers: [Matcher], classicOnly: MatcherParseResult.ClassicOnly? = nil, parsed: Bool = true
    ) {
        self.text = text
        self.matchers = matchers
        self.classicOnly = classicOnly
        self.parsed = parsed
    }
}

