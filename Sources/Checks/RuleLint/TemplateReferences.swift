/// The uses of `$labels` and `$value` in one alert template, found by a
/// scan of its `{{ … }}` actions rather than a full parse: the loader has
/// already parsed (and reported) every template, and a second parse of
/// tens of thousands of annotations costs more than all other checks.
struct TemplateReferences {
    struct LabelReference {
        var name: String
        /// UTF-8 offset and length in the template text.
        var offset: Int
        var length: Int
    }

    var labels: [LabelReference] = []
    /// `$externalLabels.X` uses.
    var externalLabels: [LabelReference] = []
    var values: [(offset: Int, length: Int)] = []
    /// The template assigns `$labels` or `$value` itself; its meaning is then unknown.
    var redeclaresPredefined = false

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") {
                index = scanAction(bytes, from: index + 2)
            } else {
                index += 1
            }
        }
    }

    private static func isIdentifier(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
            || byte >= 0x80
    }

    private static func matches(_ bytes: [UInt8], _ word: String, at index: Int) -> Bool {
        var position = index
        for byte in word.utf8 {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
        }
        return true
    }

    /// Scans one action up to its closing `}}`, skipping string literals and
    /// comments. Returns the index after the action.
    private mutating func scanAction(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        var afterIndex = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "}"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "}") { return index + 2 }
            if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                // A comment runs to `*/`.
                index += 2
                while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) {
                    index += 1
                }
                index += 2
                continue
            }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "'") {
                index = skipString(bytes, from: index)
                continue
            }
            if byte == UInt8(ascii: "$") {
                index = scanVariable(bytes, at: index, afterIndex: afterIndex)
                afterIndex = false
                continue
            }
            if Self.isIdentifier(byte) {
                let wordStart = index
                while index < bytes.count, Self.isIdentifier(bytes[index]) { index += 1 }
                afterIndex = index - wordStart == 5 && Self.matches(bytes, "index", at: wordStart)
                continue
            }
            if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\n") { afterIndex = false }
            index += 1
        }
        return index
    }

    private func skipString(_ bytes: [UInt8], from start: Int) -> Int {
        let quote = bytes[start]
        var index = start + 1
        while index < bytes.count, bytes[index] != quote {
            if quote != UInt8(ascii: "`"), bytes[index] == UInt8(ascii: "\\") { index += 1 }
            index += 1
        }
        return index + 1
    }

    private mutating func scanVariable(_ bytes: [UInt8], at start: Int, afterIndex: Bool) -> Int {
        var index = start + 1
        while index < bytes.count, Self.isIdentifier(bytes[index]) { index += 1 }
        let name = String(decoding: bytes[start..<index], as: UTF8.self)
        guard name == "$labels" || name == "$value" || name == "$externalLabels" else { return index }
        // `$labels :=` / `$labels =` redefines the variable.
        var next = index
        while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
        if Self.matches(bytes, ":=", at: next) || (Self.matches(bytes, "=", at: next) && !Self.matches(bytes, "==", at: next)) {
            redeclaresPredefined = true
            return index
        }
        if name == "$value" {
            values.append((start, index - start))
            return index
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "."), index + 1 < bytes.count, Self.isIdentifier(bytes[index + 1]) {
            var end = index + 1
            while end < bytes.count, Self.isIdentifier(bytes[end]) { end += 1 }
            let label = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
            let reference = LabelReference(name: label, offset: start, length: end - start)
            if name == "$labels" { labels.append(reference) } else { externalLabels.append(reference) }
            return end
        }
        if name == "$externalLabels" { return index }
        if afterIndex, next < bytes.count, bytes[next] == UInt8(ascii: "\"") || bytes[next] == UInt8(ascii: "`") {
            let close = skipString(bytes, from: next)
            let label = String(decoding: bytes[(next + 1)..<max(next + 1, close - 1)], as: UTF8.self)
            if !label.contains("\\") {
                labels.append(LabelReference(name: label, offset: next, length: close - next))
            }
            return close
        }
        return index
    }
}
