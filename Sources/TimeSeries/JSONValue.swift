import Diagnostics

/// A minimal JSON tree that remembers where each value starts, so errors
/// about API responses can point at the offending element. Numbers keep
/// their source text (timestamps are converted exactly, not via Double).
public indirect enum JSONValue: Sendable {
    case null(SourcePosition)
    case bool(Bool, SourcePosition)
    case number(String, SourcePosition)
    case string(String, SourcePosition)
    case array([JSONValue], SourcePosition)
    case object([(key: String, value: JSONValue)], SourcePosition)

    public var position: SourcePosition {
        switch self {
        case .null(let p), .bool(_, let p), .number(_, let p), .string(_, let p), .array(_, let p), .object(_, let p): p
        }
    }

    public subscript(key: String) -> JSONValue? {
        guard case .object(let members, _) = self else { return nil }
        return members.last(where: { $0.key == key })?.value
    }

    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

public struct JSONSyntaxError: Error, Sendable {
    public var message: String
    public var position: SourcePosition
}

extension JSONValue {
    /// Parses one JSON document (strict RFC 8259).
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try JSONReader.parse(text)
    }

    /// The text of a string value, else nil.
    public var stringValue: String? {
        if case .string(let text, _) = self { return text }
        return nil
    }

    /// The elements of an array value, else nil.
    public var arrayValue: [JSONValue]? {
        if case .array(let items, _) = self { return items }
        return nil
    }
}

/// RFC 8259 JSON, strict: no comments, no trailing commas.
struct JSONReader {
    private let bytes: [UInt8]
    private var i = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        var reader = JSONReader(text)
        reader.skipWhitespace()
        let value = try reader.readValue()
        reader.skipWhitespace()
        guard reader.i == reader.bytes.count else { throw reader.fail("unexpected data after the JSON value") }
        return value
    }

    private var position: SourcePosition {
        let column = bytes[lineStart..<min(i, bytes.count)].reduce(0) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) } + 1
        return SourcePosition(line: line, column: column)
    }

    /// Scalars counted from `lineStart` up to `byte`, carried from value to
    /// value: API responses are one line, and counting from the line start
    /// for every value made a 2,000-series response take two minutes.
    private var columnCursor = (lineStart: 0, byte: 0, scalars: 0)

    /// `position`, in time linear over the whole document.
    private mutating func advancingPosition() -> SourcePosition {
        let end = min(i, bytes.count)
        if columnCursor.lineStart != lineStart || columnCursor.byte > end {
            columnCursor = (lineStart, lineStart, 0)
        }
        for byte in bytes[columnCursor.byte..<end] where (byte & 0xC0) != 0x80 { columnCursor.scalars += 1 }
        columnCursor.byte = end
        return SourcePosition(line: line, column: columnCursor.scalars + 1)
    }

    private func fail(_ message: String) -> JSONSyntaxError { JSONSyntaxError(message: message, position: position) }

    private mutating func skipWhitespace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0D: i += 1
            case 0x0A:
                i += 1
                line += 1
                lineStart = i
            default: return
            }
        }
    }

    private mutating func readValue() throws(JSONSyntaxError) -> JSONValue {
        guard i < bytes.count else { throw fail("unexpected end of JSON input") }
        let start = advancingPosition()
        switch bytes[i] {
        case UInt8(ascii: "{"): return try readObject(start)
        case UInt8(ascii: "["): return try readArray(start)
        case UInt8(ascii: "\""): return .string(try readString(), start)
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true, start)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false, start)
        case UInt8(ascii: "n"): try expectWord("null"); return .null(start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try readNumber(), start)
        default: throw fail("invalid character \(GoStrconv.quoteRune(Unicode.Scalar(bytes[i]))) looking for beginning of value")
        }
    }

    private mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else {
            throw fail("invalid literal, expected \(word)")
        }
        i += w.count
    }

    private mutating func readObject(_ start: SourcePosition) throws(JSONSyntaxError) -> JSONValue {
        depth += 1
        defer { depth -= 1 }
        guard depth < 512 else { throw fail("JSON nested too deeply") }
        i += 1
        var members: [(key: String, value: JSONValue)] = []
        skipWhitespace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members, start) }
        while true {
            skipWhitespace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a string key in object") }
            let key = try readString()
            skipWhitespace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':' after object key") }
            i += 1
            skipWhitespace()
            members.append((key, try readValue()))
            skipWhitespace()
            guard i < bytes.count else { throw fail("unexpected end of JSON input") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members, start) }
            throw fail("expected ',' or '}' after object value")
        }
    }

    private mutating func readArray(_ start: SourcePosition) throws(JSONSyntaxError) -> JSONValue {
        depth += 1
        defer { depth -= 1 }
        guard depth < 512 else { throw fail("JSON nested too deeply") }
        i += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(elements, start) }
        while true {
            skipWhitespace()
            elements.append(try readValue())
            skipWhitespace()
            guard i < bytes.count else { throw fail("unexpected end of JSON input") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(elements, start) }
            throw fail("expected ',' or ']' after array element")
        }
    }

    private mutating func readNumber() throws(JSONSyntaxError) -> String {
        let start = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        func digits() -> Int {
            let from = i
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
            return i - from
        }
        guard digits() > 0 else { throw fail("invalid number") }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { throw fail("invalid number") }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { throw fail("invalid number") }
        }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    private mutating func readString() throws(JSONSyntaxError) -> String {
        i += 1
        var out: [UInt8] = []
        while true {
            guard i < bytes.count else { throw fail("unterminated string") }
            let b = bytes[i]
            i += 1
            switch b {
            case UInt8(ascii: "\""):
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard i < bytes.count else { throw fail("unterminated string") }
                let escape = bytes[i]
                i += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try readHex4()
                    if code >= 0xD800 && code < 0xDC00, i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"),
                       bytes[i + 1] == UInt8(ascii: "u") {
                        i += 2
                        let low = try readHex4()
                        code = (low >= 0xDC00 && low < 0xE000) ? 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
                    }
                    let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    throw fail("invalid escape in string")
                }
            case 0x00..<0x20:
                throw fail("invalid control character in string")
            default:
                out.append(b)
            }
        }
    }

    private mutating func readHex4() throws(JSONSyntaxError) -> UInt32 {
        guard i + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16) else {
            throw fail("invalid \\u escape in string")
        }
        i += 4
        return code
    }
}
