/// Shell-style path patterns for `.halint.yml`: `*` and `?` stay within one
/// path element, `**` spans any number of them, `[abc]` is a class.
public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let parts: [Substring]

    public init(_ pattern: String) {
        self.pattern = pattern
        parts = pattern.split(separator: "/", omittingEmptySubsequences: true)
    }

    public func matches(_ path: String) -> Bool {
        let trimmed = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        let elements = trimmed.split(separator: "/", omittingEmptySubsequences: true)
        return Self.match(parts[...], elements[...])
    }

    /// Greedy with one backtrack point, the last `**` (`*` within an
    /// element): a star can absorb anything, so earlier stars never need
    /// revisiting. Recursing on every star was exponential: `*a*a*a*a*a*b`
    /// against a long name of a's, or many `**/`, did not finish.
    private static func match(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
        var p = pattern
        var t = path
        var star: (pattern: ArraySlice<Substring>, path: ArraySlice<Substring>)?
        while let element = t.first {
            if p.first == "**" {
                p = p.dropFirst()
                star = (p, t)
                continue
            }
            if let first = p.first, matchElement(Array(first.unicodeScalars)[...], Array(element.unicodeScalars)[...]) {
                p = p.dropFirst()
                t = t.dropFirst()
                continue
            }
            guard let retry = star, !retry.path.isEmpty else { return false }
            star = (retry.pattern, retry.path.dropFirst())
            p = retry.pattern
            t = retry.path.dropFirst()
        }
        return p.allSatisfy { $0 == "**" }
    }

    private static func matchElement(_ pattern: ArraySlice<Unicode.Scalar>, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var p = pattern
        var t = text
        var star: (pattern: ArraySlice<Unicode.Scalar>, text: ArraySlice<Unicode.Scalar>)?
        while let ch = t.first {
            if p.first == "*" {
                p = p.dropFirst()
                star = (p, t)
                continue
            }
            if let rest = matchOne(p, ch) {
                p = rest
                t = t.dropFirst()
                continue
            }
            guard let retry = star, !retry.text.isEmpty else { return false }
            star = (retry.pattern, retry.text.dropFirst())
            p = retry.pattern
            t = retry.text.dropFirst()
        }
        return p.allSatisfy { $0 == "*" }
    }

    /// The pattern after its first item when that item (`?`, `[class]` or a
    /// literal) matches `ch`; nil on a mismatch or an unclosed class.
    private static func matchOne(_ p: ArraySlice<Unicode.Scalar>, _ ch: Unicode.Scalar) -> ArraySlice<Unicode.Scalar>? {
        guard let c = p.first else { return nil }
        switch c {
        case "?":
            return p.dropFirst()
        case "[":
            guard let close = p.dropFirst().firstIndex(of: "]") else { return nil }
            var set = p[p.index(after: p.startIndex)..<close]
            var negate = false
            if set.first == "!" || set.first == "^" {
                negate = true
                set = set.dropFirst()
            }
            var hit = false
            var i = set.startIndex
            while i < set.endIndex {
                let next = set.index(after: i)
                if next < set.endIndex, set[next] == "-", set.index(after: next) < set.endIndex {
                    let upper = set[set.index(after: next)]
                    if set[i] <= ch && ch <= upper { hit = true }
                    i = set.index(after: set.index(after: next))
                } else {
                    if set[i] == ch { hit = true }
                    i = next
                }
            }
            return hit != negate ? p[p.index(after: close)...] : nil
        default:
            return c == ch ? p.dropFirst() : nil
        }
    }
}
