import PromModel
import RegexEngine

/// Go's regexp.MatchString and ReplaceAllString (with Expand's `$1`, `${name}` syntax), on the RE2-checked engine.
enum GoRegexp {
    static func compile(_ pattern: String, mustCompile: Bool) throws(TemplateFunctionError) -> PromRegex {
        do {
            return try PromRegex(pattern, anchored: false)
        } catch {
            if !mustCompile { throw TemplateFunctionError(error.description) }
            // regexp.MustCompile's panic text, which text/template turns into the call's error.
            let shown = pattern.contains("`") || pattern.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" }
                ? goQuote(pattern) : "`" + pattern + "`"
            throw TemplateFunctionError("regexp: Compile(\(shown)): \(error.description)")
        }
    }

    static func matches(pattern: String, _ text: String) throws(TemplateFunctionError) -> Bool {
        try compile(pattern, mustCompile: false).matches(text)
    }

    /// Go's `Regexp.replaceAll`: each search starts at `searchPos` in the whole
    /// text (so `^` and `\b` see what precedes it), an empty match right after
    /// a match is not replaced, and the search always advances by at least
    /// one character (regexp.go, `replaceAll`).
    static func replaceAll(pattern: String, replacement: String, in text: String) throws(TemplateFunctionError) -> String {
        let regex = try compile(pattern, mustCompile: true)
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var lastMatchEnd = 0
        var searchPos = 0
        while searchPos <= bytes.count {
            guard let match = regex.firstMatch(in: text, from: searchPos), let whole = match.groups[0] else { break }
            out += bytes[lastMatchEnd..<whole.lowerBound]
            if whole.upperBound > lastMatchEnd || whole.lowerBound == 0 {
                out += Array(expand(replacement, match: match, regex: regex).utf8)
            }
            lastMatchEnd = whole.upperBound
            // utf8.DecodeRuneInString's width: 0 at the end, else the scalar's length.
            var width = searchPos < bytes.count ? 1 : 0
            while searchPos + width < bytes.count, bytes[searchPos + width] & 0xC0 == 0x80 { width += 1 }
            if searchPos + width > whole.upperBound {
                searchPos += width
            } else if searchPos + 1 > whole.upperBound {
                searchPos += 1
            } else {
                searchPos = whole.upperBound
            }
        }
        out += bytes[lastMatchEnd...]
        return String(decoding: out, as: UTF8.self)
    }

    /// regexp.Expand: `$$`, `$name`/`$1` (longest run of letters, digits, `_`), `${name}`.
    static func expand(_ template: String, match: RegexMatch, regex: PromRegex) -> String {
        let chars = Array(template.unicodeScalars)
        var out = ""
        var i = 0
        func group(_ name: String) -> String {
            if let number = Int(name), name.allSatisfy(\.isASCII) { return number <= regex.groupCount ? match.group(number) : "" }
            if let number = regex.groupNames[name] { return match.group(number) }
            return ""
        }
        while i < chars.count {
            guard chars[i] == "$", i + 1 < chars.count else {
                out.unicodeScalars.append(chars[i])
                i += 1
                continue
            }
            let next = chars[i + 1]
            if next == "$" {
                out += "$"
                i += 2
            } else if next == "{" {
                if let close = chars[(i + 2)...].firstIndex(of: "}") {
                    let name = String(String.UnicodeScalarView(chars[(i + 2)..<close]))
                    if !name.isEmpty, name.unicodeScalars.allSatisfy(isNameScalar) {
                        out += group(name)
                        i = close + 1
                        continue
                    }
                }
                out += "$"
                i += 1
            } else {
                var j = i + 1
                while j < chars.count, isNameScalar(chars[j]) { j += 1 }
                if j == i + 1 {
                    out += "$"
                    i += 1
                } else {
                    out += group(String(String.UnicodeScalarView(chars[(i + 1)..<j])))
                    i = j
                }
            }
        }
        return out
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
    }
}
