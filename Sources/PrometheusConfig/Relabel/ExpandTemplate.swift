import RegexEngine

/// A `target_label` or `replacement` template, parsed once with the rules of
/// Go's `Regexp.ExpandString`:
/// - `$$` is a literal `$`;
/// - `$name` takes the longest run of letters, digits and `_` as the name, so
///   `$1x` names the group "1x" (which does not exist) and `${1}x` is group 1
///   followed by "x";
/// - a name of digits only is a group number (no leading zeros, below 1e8),
///   anything else a group name;
/// - a `$` not followed by a valid name (or `${` without `}`) stays literal;
/// - a group that does not exist or did not take part expands to nothing.
public struct ExpandTemplate: Sendable, Hashable {
    public enum Piece: Sendable, Hashable {
        case text(String)
        case group(Int)
        case named(String)
    }

    public let source: String
    public let pieces: [Piece]

    /// True when the template has no `$` at all (Prometheus's `varInRegexTemplate`
    /// is false). Stored: it is asked once per target, and `String.contains`
    /// with a string argument goes through Foundation's locale-aware search.
    public let isPlain: Bool

    public init(_ template: String) {
        source = template
        isPlain = !template.utf8.contains(0x24)
        var pieces: [Piece] = []
        var literal = ""
        var rest = Substring(template)
        while let dollar = rest.firstIndex(of: "$") {
            literal += rest[..<dollar]
            rest = rest[rest.index(after: dollar)...]
            if rest.first == "$" {
                literal += "$"
                rest = rest.dropFirst()
                continue
            }
            guard let (reference, after) = Self.extract(rest) else {
                literal += "$"
                continue
            }
            if !literal.isEmpty {
                pieces.append(.text(literal))
                literal = ""
            }
            pieces.append(reference)
            rest = after
        }
        literal += rest
        if !literal.isEmpty { pieces.append(.text(literal)) }
        self.pieces = pieces
    }

    /// Go's `extract`: the reference after a `$` and the text after it.
    private static func extract(_ text: Substring) -> (Piece, Substring)? {
        var cursor = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        let braced = scalars.first == "{"
        if braced { cursor = scalars.index(after: cursor) }
        let nameStart = cursor
        while cursor < scalars.endIndex, isNameScalar(scalars[cursor]) {
            cursor = scalars.index(after: cursor)
        }
        guard cursor > nameStart else { return nil }
        let name = String(scalars[nameStart..<cursor])
        if braced {
            guard cursor < scalars.endIndex, scalars[cursor] == "}" else { return nil }
            cursor = scalars.index(after: cursor)
        }
        let rest = Substring(scalars[cursor...])
        return (groupNumber(name).map(Piece.group) ?? .named(name), rest)
    }

    /// Go accepts `unicode.IsLetter`, `unicode.IsDigit` and `_`.
    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return true
        default:
            return false
        }
    }

    private static func groupNumber(_ name: String) -> Int? {
        var number = 0
        for byte in name.utf8 {
            guard byte >= 0x30 && byte <= 0x39, number < 100_000_000 else { return nil }
            number = number * 10 + Int(byte - 0x30)
        }
        if name.utf8.first == 0x30 && name.utf8.count > 1 { return nil }
        return number
    }

    /// The template with every reference replaced by its group's text.
    public func expand(_ match: RegexMatch, names: [String: Int]) -> String {
        if pieces.count == 1, case .text(let text) = pieces[0] { return text }
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let text): out += text
            case .group(let number): out += match.text(ofGroup: number)
            case .named(let name):
                if let number = names[name] { out += match.text(ofGroup: number) }
            }
        }
        return out
    }

    /// Expansion against a match whose groups are known without running the
    /// regex: group texts by number (nil when the group does not exist).
    @inline(__always)
    public func expand(groups: (Int) -> String?, names: [String: Int]) -> String {
        // `$1` alone, the usual replacement: the group's text is the result.
        if pieces.count == 1, case .group(let number) = pieces[0] { return groups(number) ?? "" }
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let text): out += text
            case .group(let number): out += groups(number) ?? ""
            case .named(let name):
                if let number = names[name] { out += groups(number) ?? "" }
            }
        }
        return out
    }
}

extension RegexMatch {
    /// The text of group `n`: "" when it does not exist or did not take part.
    func text(ofGroup n: Int) -> String {
        guard n < groups.count, let range = groups[n] else { return "" }
        return subject.utf8Slice(range)
    }
}
