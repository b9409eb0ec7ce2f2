/// The value of a string token the lexer already validated, following
/// Prometheus's `strutil.Unquote`: `\xNN` and octal escapes yield raw bytes,
/// `\u`/`\U` yield UTF-8. Go strings may hold invalid UTF-8; a Swift `String`
/// cannot, so such bytes become U+FFFD (which label_replace, label_join and
/// count_values reject, as Prometheus rejects the bytes: see
/// `PromNames.isValidPromQLStringLabelName` in PromQLEngine).
enum StringUnquote {
    static func value(of token: Token, in source: SourceText) -> String {
        let bytes = source.bytes
        let start = token.start + 1
        let end = token.end - 1
        guard start <= end else { return "" }
        if bytes[token.start] == UInt8(ascii: "`") || !bytes[start..<end].contains(UInt8(ascii: "\\")) {
            return source.text(start, end)
        }
        var out = [UInt8]()
        out.reserveCapacity(end - start)
        var index = start
        while index < end {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < end else {
                out.append(byte)
                index += 1
                continue
            }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "a"): out.append(0x07)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "v"): out.append(0x0B)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                let value = number(bytes, from: index - 1, digits: 3, radix: 8)
                out.append(UInt8(truncatingIfNeeded: value))
                index += 2
            case UInt8(ascii: "x"):
                out.append(UInt8(truncatingIfNeeded: number(bytes, from: index, digits: 2, radix: 16)))
                index += 2
            case UInt8(ascii: "u"), UInt8(ascii: "U"):
                let digits = escape == UInt8(ascii: "u") ? 4 : 8
                let value = number(bytes, from: index, digits: digits, radix: 16)
                out.append(contentsOf: Array(String(Unicode.Scalar(value) ?? "\u{FFFD}").utf8))
                index += digits
            default:
                // `\\`, `\"`, `\'`: the escaped byte itself.
                out.append(escape)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func number(_ bytes: [UInt8], from start: Int, digits: Int, radix: UInt32) -> UInt32 {
        var value: UInt32 = 0
        for index in start..<(start + digits) {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte) - 0x30
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte) - 0x61 + 10
            default: digit = UInt32(byte) - 0x41 + 10
            }
            value = value * radix + digit
        }
        return value
    }
}
