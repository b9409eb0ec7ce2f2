/// Quotes a string the way Go's `%q` does, so mirrored messages match byte for byte.
public func goQuote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        case "\u{07}": out += "\\a"
        case "\u{08}": out += "\\b"
        case "\u{0C}": out += "\\f"
        case "\u{0B}": out += "\\v"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                out += "\\x" + hex(scalar.value, width: 2)
            } else if scalar == "\u{FFFD}" {
                out += "\\ufffd"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}

private func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

/// A JSON string as Go's `encoding/json` writes it (HTML-safe): `<`, `>`, `&`,
/// U+2028 and U+2029 become `\u003c`…, other controls `\u00XX`.
public func goJSONQuote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "<", ">", "&", "\u{2028}", "\u{2029}":
            out += "\\u" + hex(scalar.value, width: 4)
        default:
            if scalar.value < 0x20 { out += "\\u" + hex(scalar.value, width: 4) } else { out.unicodeScalars.append(scalar) }
        }
    }
    return out + "\""
}
