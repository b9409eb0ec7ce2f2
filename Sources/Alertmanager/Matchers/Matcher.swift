import RegexEngine

/// One label matcher, as Alertmanager evaluates it in routes, inhibit rules
/// and silences. A missing label reads as the empty string, so `foo=""`
/// also matches alerts without `foo`.
public struct Matcher: Sendable, Hashable, CustomStringConvertible {
    public enum MatchType: String, Sendable, Hashable, CaseIterable, Comparable {
        case equal = "="
        case notEqual = "!="
        case regexp = "=~"
        case notRegexp = "!~"

        var rank: Int {
            switch self {
            case .equal: 0
            case .notEqual: 1
            case .regexp: 2
            case .notRegexp: 3
            }
        }

        public static func < (lhs: MatchType, rhs: MatchType) -> Bool { lhs.rank < rhs.rank }

        public var isRegex: Bool { self == .regexp || self == .notRegexp }
        public var isNegative: Bool { self == .notEqual || self == .notRegexp }
    }

    public let type: MatchType
    public let name: String
    public let value: String
    /// `^(?:value)$`, compiled with RE2 rules, for the two regex types.
    public let regex: PromRegex?
    /// For the regex types, the strings the regex accepts when it only lists
    /// literals (`a|b|c`); worked out once, since the route analyses ask for
    /// every pair of sibling routes.
    public let literals: Set<String>?

    /// Builds a matcher; regex types compile `^(?:value)$` as Alertmanager does
    /// and throw Go's `error parsing regexp: …` text when that fails.
    public init(_ type: MatchType, name: String, value: String) throws(RegexError) {
        self.type = type
        self.name = name
        self.value = value
        regex = type.isRegex ? try Self.compile(value) : nil
        literals = type.isRegex ? LiteralAlternation.parse(value) : nil
    }

    init(_ type: MatchType, name: String, value: String, cache: RegexCache?) throws(RegexError) {
        self.type = type
        self.name = name
        self.value = value
        if type.isRegex {
            if let cache {
                regex = try cache.regex(value)
                literals = cache.literals(value)
            } else {
                regex = try Self.compile(value)
                literals = LiteralAlternation.parse(value)
            }
        } else {
            regex = nil
            literals = nil
        }
    }

    static func compile(_ value: String) throws(RegexError) -> PromRegex {
        try PromRegex("^(?:" + value + ")$", anchored: false)
    }

    /// Whether a label value (empty when the label is absent) satisfies the matcher.
    public func matches(_ labelValue: String) -> Bool {
        switch type {
        case .equal: labelValue == value
        case .notEqual: labelValue != value
        case .regexp: regex?.matches(labelValue) ?? false
        case .notRegexp: !(regex?.matches(labelValue) ?? false)
        }
    }

    /// Whether an alert with these labels satisfies the matcher.
    public func matches(_ labels: [String: String]) -> Bool {
        matches(labels[name] ?? "")
    }

    /// Alertmanager's `Matcher.String()`: `name=~"value"`, value escaped.
    public var description: String {
        var escaped = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\"": escaped += "\\\""
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "\(name)\(type.rawValue)\"\(escaped)\""
    }

    public static func == (lhs: Matcher, rhs: Matcher) -> Bool {
        lhs.type == rhs.type && lhs.name == rhs.name && lhs.value == rhs.value
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(type)
        hasher.combine(name)
        hasher.combine(value)
    }

    /// Alertmanager's `Matchers` sort order: name, then value, then type.
    public static func sortedAsAlertmanager(_ matchers: [Matcher]) -> [Matcher] {
        matchers.sorted { a, b in
            if a.name != b.name { return a.name < b.name }
            if a.value != b.value { return a.value < b.value }
            return a.type < b.type
        }
    }
}

extension Array where Element == Matcher {
    /// True when every matcher matches (an empty list matches everything).
    public func matches(_ labels: [String: String]) -> Bool {
        allSatisfy { $0.matches(labels) }
    }
}

/// Compiled regexes by pattern, so a config that repeats a regex across
/// thousands of routes compiles it once. Lives for one load on one thread.
final class RegexCache {
    private var compiled: [String: PromRegex] = [:]
    private var failures: [String: RegexError] = [:]
    private var literalSets: [String: Set<String>?] = [:]

    func literals(_ value: String) -> Set<String>? {
        if let known = literalSets[value] { return known }
        let parsed = LiteralAlternation.parse(value)
        literalSets[value] = parsed
        return parsed
    }

    func regex(_ value: String) throws(RegexError) -> PromRegex {
        if let hit = compiled[value] { return hit }
        if let failure = failures[value] { throw failure }
        do {
            let regex = try Matcher.compile(value)
            compiled[value] = regex
            return regex
        } catch {
            failures[value] = error
            throw error
        }
    }
}
