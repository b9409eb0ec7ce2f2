import RegexEngine

/// How a step tests a value against its regex. Most sharding rules use a
/// plain number (`regex: '1'`) or the default `(.*)`; those are answered
/// without running the regex engine, which is what keeps a million targets
/// within the time budget. Everything else goes to PCRE2.
enum ValueMatcher: Sendable {
    /// The pattern has no metacharacters, or is an alternation of such
    /// branches: the anchored regex matches exactly these strings.
    case literals([String])
    /// `.*` or `(.*)`: under `(?s)` they match every string; the number says
    /// whether group 1 exists (it is the whole value).
    case anything(groupCount: Int)
    case regex(PromRegex)

    init(_ regex: PromRegex) {
        let pattern = regex.pattern
        if pattern == "(.*)" {
            self = .anything(groupCount: 1)
        } else if pattern == ".*" {
            self = .anything(groupCount: 0)
        } else if let branches = Self.literalBranches(pattern) {
            self = .literals(branches)
        } else {
            self = .regex(regex)
        }
    }

    private static let metacharacters: Set<UInt8> = Set("\\.+*?()[]{}^$".utf8)

    private static func literalBranches(_ pattern: String) -> [String]? {
        guard !pattern.utf8.contains(where: metacharacters.contains) else { return nil }
        return pattern.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    }

    @inline(__always)
    func matches(_ value: String, scratch: RegexScratch) -> Bool {
        switch self {
        case .literals(let branches):
            for branch in branches where LabelBytes.equal(branch, value) { return true }
            return false
        case .anything:
            return true
        case .regex(let regex):
            return regex.matches(value, scratch: scratch)
        }
    }
}
