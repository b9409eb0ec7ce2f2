import YAML

/// Re-reads the raw text of one YAML scalar and records, for every byte of
/// the decoded value, the byte in the file it came from. This undoes quoting,
/// escapes, line folding and block indentation, so an offset reported by a
/// parser of the value (PromQL, templates) lands on the right file column.
///
/// The result is trusted only if re-decoding reproduces the value exactly;
/// otherwise callers fall back to an approximation.
struct ScalarOffsetMap {
    /// `origins[i]` is the file byte offset of value byte `i`.
    var emitted: [UInt8] = []
    var origins: [Int] = []

    mutating func append(byte: UInt8, from origin: Int) {
        emitted.append(byte)
        origins.append(origin)
    }

    /// Maps `value` as written between `start` and `end` in `bytes`.
    static func build(value: String, style: ScalarStyle, bytes: [UInt8], start: Int, end: Int) -> ScalarOffsetMap? {
        let end = min(end, bytes.count)
        guard start < end else { return nil }
        let expected = Array(value.utf8)
        switch style {
        case .plain, .singleQuoted, .doubleQuoted:
            var map = ScalarOffsetMap()
            map.decodeFlow(bytes, start: start, end: end, style: style)
            return map.emitted == expected ? map : nil
        case .literal, .folded:
            // The indentation is not recorded in the tree; try the detected one, then smaller ones
            // (an explicit indentation indicator can make it smaller than the first line's).
            let lines = Self.lines(bytes, start: start, end: end)
            guard lines.count > 1 else { return expected.isEmpty ? ScalarOffsetMap() : nil }
            let content = lines.dropFirst()
            let detected = content.first { !$0.isBlank(in: bytes) }?.indentation(in: bytes) ?? 0
            for indent in stride(from: detected, through: 0, by: -1) {
                var map = ScalarOffsetMap()
                map.decodeBlock(bytes, lines: content, indent: indent, folded: style == .folded)
                if map.emitted.starts(with: expected) {
                    map.emitted.removeLast(map.emitted.count - expected.count)
                    map.origins.removeLast(map.origins.count - expected.count)
                    return map
                }
            }
            return nil
        }
    }

    // MARK: lines

    struct Line {
        /// Content bytes, without the line break (and without a `\r` before it).
        var start: Int
        var end: Int
        /// Where the line break is (== end when the slice ends first).
        var breakOffset: Int

        func indentation(in bytes: [UInt8]) -> Int {
            var index = start
            while index < end, bytes[index] == 0x20 { index += 1 }
            return index - start
        }

        func isBlank(in bytes: [UInt8]) -> Bool {
            (start..<end).allSatisfy { bytes[$0] == 0x20 || bytes[$0] == 0x09 }
        }
    }

    static func lines(_ bytes: [UInt8], start: Int, end: Int) -> [Line] {
        var result: [Line] = []
        var lineStart = start
        var index = start
        while index < end {
            if bytes[index] == 0x0A {
                let contentEnd = index > lineStart && bytes[index - 1] == 0x0D ? index - 1 : index
                result.append(Line(start: lineStart, end: contentEnd, breakOffset: contentEnd))
                lineStart = index + 1
            }
            index += 1
        }
        result.append(Line(start: lineStart, end: end, breakOffset: end))
        return result
    }

    // MARK: flow scalars (plain, single- and double-quoted)

    /// One decoded unit of a flow scalar line: a character copied as written,
    /// or what an escape stands for. No array per unit: this runs over every
    /// byte of every expression a finding points into.
    private struct Unit {
        enum Content {
            /// `length` bytes of the file from `origin`, as written.
            case raw(length: Int)
            case scalar(UInt32)
            case byte(UInt8)
            /// A backslash ending the line: joins the next line without a space.
            case lineJoin
        }

        var content: Content
        var origin: Int
        /// Unescaped space or tab: trimmed at line folds.
        var isWhitespace: Bool

        var isLineJoin: Bool {
            if case .lineJoin = content { return true }
            return false
        }
    }

    private mutating func append(_ unit: Unit, from bytes: [UInt8]) {
        switch unit.content {
        case .raw(let length):
            for index in unit.origin..<(unit.origin + length) {
                emitted.append(bytes[index])
                origins.append(unit.origin)
            }
        case .scalar(let value):
            UTF8.encode(Unicode.Scalar(value) ?? "\u{FFFD}") { byte in
                emitted.append(byte)
                origins.append(unit.origin)
            }
        case .byte(let byte):
            emitted.append(byte)
            origins.append(unit.origin)
        case .lineJoin:
            break
        }
    }

    private mutating func decodeFlow(_ bytes: [UInt8], start: Int, end: Int, style: ScalarStyle) {
        var first = start
        var last = end
        if style != .plain {
            first += 1
            if last > first, bytes[last - 1] == (style == .singleQuoted ? UInt8(ascii: "'") : UInt8(ascii: "\"")) {
                last -= 1
            }
        }
        emitted.reserveCapacity(last - first)
        origins.reserveCapacity(last - first)
        let lines = Self.lines(bytes, start: first, end: last)
        var pendingBreaks: [Int] = []  // origins of empty lines since the last content
        var previousBreak: Int?  // break after the last content line, if it folds
        var escapedBreak = false
        var units: [Unit] = []
        for (number, line) in lines.enumerated() {
            Self.units(of: line, in: bytes, style: style, into: &units)
            var head = 0
            var tail = units.count
            var endsEscaped = false
            if style == .doubleQuoted, number < lines.count - 1, tail > 0, units[tail - 1].isLineJoin {
                // A backslash at the end of the line joins it to the next without a space.
                tail -= 1
                endsEscaped = true
            }
            if number > 0 {
                while head < tail, units[head].isWhitespace { head += 1 }
            }
            if number < lines.count - 1 && !endsEscaped {
                while tail > head, units[tail - 1].isWhitespace { tail -= 1 }
            }
            let isEmpty = head == tail && !endsEscaped
            if number > 0 && isEmpty && number < lines.count - 1 {
                pendingBreaks.append(line.breakOffset)
                continue
            }
            if let fold = previousBreak {
                if pendingBreaks.isEmpty {
                    if !escapedBreak { append(byte: 0x20, from: fold) }
                } else {
                    for origin in pendingBreaks { append(byte: 0x0A, from: origin) }
                }
            }
            for index in head..<tail { append(units[index], from: bytes) }
            pendingBreaks = []
            previousBreak = line.breakOffset
            escapedBreak = endsEscaped
        }
    }

    private static func units(of line: Line, in bytes: [UInt8], style: ScalarStyle, into units: inout [Unit]) {
        units.removeAll(keepingCapacity: true)
        var index = line.start
        while index < line.end {
            let byte = bytes[index]
            if style == .singleQuoted, byte == UInt8(ascii: "'"), index + 1 < line.end, bytes[index + 1] == UInt8(ascii: "'") {
                units.append(Unit(content: .byte(byte), origin: index, isWhitespace: false))
                index += 2
                continue
            }
            if style == .doubleQuoted, byte == UInt8(ascii: "\\") {
                if index + 1 >= line.end {
                    units.append(Unit(content: .lineJoin, origin: index, isWhitespace: false))
                    index += 1
                    continue
                }
                let (decoded, length) = doubleQuotedEscape(bytes, at: index, end: line.end)
                units.append(Unit(content: decoded, origin: index, isWhitespace: false))
                index += length
                continue
            }
            var width = 1
            if byte >= 0xC0 { width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2 }
            width = min(width, line.end - index)
            units.append(Unit(content: .raw(length: width), origin: index, isWhitespace: byte == 0x20 || byte == 0x09))
            index += width
        }
    }

    /// A YAML double-quoted escape starting at the backslash: what it stands for and its source length.
    private static func doubleQuotedEscape(_ bytes: [UInt8], at index: Int, end: Int) -> (Unit.Content, Int) {
        let code = bytes[index + 1]
        if let value = simpleEscape(code) { return (.scalar(value), 2) }
        let digits = code == UInt8(ascii: "x") ? 2 : code == UInt8(ascii: "u") ? 4 : code == UInt8(ascii: "U") ? 8 : 0
        guard digits > 0, index + 2 + digits <= end else { return (.byte(code), 2) }
        let hex = String(decoding: bytes[(index + 2)..<(index + 2 + digits)], as: UTF8.self)
        return (.scalar(UInt32(hex, radix: 16) ?? 0xFFFD), 2 + digits)
    }

    private static func simpleEscape(_ code: UInt8) -> UInt32? {
        switch code {
        case UInt8(ascii: "0"): 0
        case UInt8(ascii: "a"): 7
        case UInt8(ascii: "b"): 8
        case UInt8(ascii: "t"), 0x09: 9
        case UInt8(ascii: "n"): 10
        case UInt8(ascii: "v"): 11
        case UInt8(ascii: "f"): 12
        case UInt8(ascii: "r"): 13
        case UInt8(ascii: "e"): 0x1B
        case 0x20: 0x20
        case UInt8(ascii: "\""): 0x22
        case UInt8(ascii: "/"): 0x2F
        case UInt8(ascii: "\\"): 0x5C
        case UInt8(ascii: "N"): 0x85
        case UInt8(ascii: "_"): 0xA0
        case UInt8(ascii: "L"): 0x2028
        case UInt8(ascii: "P"): 0x2029
        default: nil
        }
    }

    // MARK: block scalars

    /// libyaml's block scalar assembly: lines lose `indent` spaces; in folded
    /// scalars a single break between two lines that do not start with a
    /// blank becomes a space. Trailing breaks are all kept (keep chomping):
    /// the caller compares only the value's length.
    private mutating func decodeBlock(_ bytes: [UInt8], lines: ArraySlice<Line>, indent: Int, folded: Bool) {
        var leadingBreak: Int?
        var trailingBreaks: [Int] = []
        var leadingBlank = false
        for line in lines {
            let contentStart = line.start + min(indent, line.indentation(in: bytes))
            let isEmpty = contentStart >= line.end
                || (line.indentation(in: bytes) < indent && line.isBlank(in: bytes))
            if isEmpty {
                trailingBreaks.append(line.breakOffset)
                continue
            }
            let trailingBlank = bytes[contentStart] == 0x20 || bytes[contentStart] == 0x09
            if let fold = leadingBreak {
                if folded && !leadingBlank && !trailingBlank {
                    if trailingBreaks.isEmpty { append(byte: 0x20, from: fold) }
                } else {
                    append(byte: 0x0A, from: fold)
                }
            }
            for origin in trailingBreaks { append(byte: 0x0A, from: origin) }
            trailingBreaks = []
            leadingBlank = trailingBlank
            for index in contentStart..<line.end { append(byte: bytes[index], from: index) }
            leadingBreak = line.breakOffset
        }
        if let fold = leadingBreak { append(byte: 0x0A, from: fold) }
        for origin in trailingBreaks { append(byte: 0x0A, from: origin) }
    }
}
