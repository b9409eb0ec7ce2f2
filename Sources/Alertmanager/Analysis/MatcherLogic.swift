/// Reasoning about matcher lists without alerts: whether every alert one list
/// accepts is accepted by another, and whether two lists can accept the same
/// alert. Both answers are conservative in the direction that keeps findings
/// true: `covers` says yes only when it can prove it, `disjoint` likewise.
public enum MatcherLogic {
    /// True when every label set `narrow` accepts is also accepted by `broad`.
    public static func covers(_ broad: [Matcher], _ narrow: [Matcher]) -> Bool {
        // Equality matchers first: most pairs fail on one of them, before a
        // regex has to run (the inhibit-cycle check tests every pair of rules).
        for wanted in broad where !wanted.type.isRegex && !implied(wanted, by: narrow) { return false }
        for wanted in broad where wanted.type.isRegex && !implied(wanted, by: narrow) { return false }
        return true
    }

    /// True when no label set can satisfy both lists.
    public static func disjoint(_ a: [Matcher], _ b: [Matcher]) -> Bool {
        let names = Set(a.map(\.name)).intersection(b.map(\.name))
        for name in names {
            let values = (a + b).filter { $0.name == name }
            if unsatisfiable(values) { return true }
        }
        return false
    }

    /// True when `matcher` accepts every value (`=~".*"`), so it filters nothing.
    public static func acceptsEverything(_ matcher: Matcher) -> Bool {
        switch matcher.type {
        case .regexp: return matchAll.contains(stripOuter(matcher.value))
        case .notRegexp: return false
        case .equal, .notEqual: return false
        }
    }

    private static let matchAll: Set<String> = [".*", "(.*)", "(?:.*)", "^.*$", "^(.*)$", "(?s:.*)", "^(?:.*)$"]

    /// The values `matcher` can accept when that set is finite and known.
    static func finiteValues(_ matcher: Matcher) -> Set<String>? {
        switch matcher.type {
        case .equal: return [matcher.value]
        case .regexp: return matcher.literals
        case .notEqual, .notRegexp: return nil
        }
    }

    /// Whether one value passes `matcher` (value "" stands for an absent label).
    static func accepts(_ matcher: Matcher, _ value: String) -> Bool {
        matcher.matches(value)
    }

    private static func implied(_ wanted: Matcher, by conditions: [Matcher]) -> Bool {
        if acceptsEverything(wanted) { return true }
        // Scanned in place: this runs for every pair of rules or routes compared.
        var any = false
        for condition in conditions where condition.name == wanted.name {
            any = true
            if condition == wanted { return true }
            // A condition with a finite set of accepted values implies `wanted`
            // when all of them pass it.
            switch condition.type {
            // One value: tested without building the set `finiteValues` returns.
            case .equal: if accepts(wanted, condition.value) { return true }
            case .regexp:
                if let values = condition.literals, values.allSatisfy({ accepts(wanted, $0) }) { return true }
            case .notEqual, .notRegexp: break
            }
        }
        if !any { return false }
        let same = conditions.filter { $0.name == wanted.name }
        switch wanted.type {
        case .notEqual:
            // `x!="v"` follows from `x!~R` when R accepts "v".
            return same.contains { $0.type == .notRegexp && accepts($0, wanted.value) }
        case .notRegexp:
            guard let excluded = finiteValues(Matcher.positive(of: wanted)) else { return false }
            // `x!~"a|b"` follows from conditions that together exclude a and b.
            return excluded.allSatisfy { value in
                same.contains { !accepts($0, value) }
            }
        case .regexp where wanted.value == ".+":
            return same.contains { $0.type == .notEqual && $0.value.isEmpty }
        default:
            return false
        }
    }

    private static func unsatisfiable(_ matchers: [Matcher]) -> Bool {
        // Only finite candidate sets can be proven empty.
        var candidates: Set<String>?
        for matcher in matchers {
            if let values = finiteValues(matcher) {
                candidates = candidates.map { $0.intersection(values) } ?? values
            }
        }
        guard let candidates else { return false }
        return !candidates.contains { value in matchers.allSatisfy { accepts($0, value) } }
    }

    private static func stripOuter(_ value: String) -> String {
        var text = value
        while text.hasPrefix("^(?:"), text.hasSuffix(")$") { text = String(text.dropFirst(4).dropLast(2)) }
        return text
    }
}

extension Matcher {
    /// `x!~R` as `x=~R` (and `!=` as `=`), to reason about the values it excludes.
    static func positive(of matcher: Matcher) -> Matcher {
        switch matcher.type {
        case .notEqual: return (try? Matcher(.equal, name: matcher.name, value: matcher.value)) ?? matcher
        case .notRegexp: return (try? Matcher(.regexp, name: matcher.name, value: matcher.value)) ?? matcher
        default: return matcher
        }
    }
}

extension MatcherLogic {
    /// The literal values a `=~` matcher accepts when its regex only lists literals.
    public static func literalValues(of matcher: Matcher) -> Set<String>? {
        matcher.type == .regexp ? matcher.literals : nil
    }
}
