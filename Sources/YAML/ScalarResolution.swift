/// The type of a plain scalar, resolved the way go-yaml resolves it (YAML 1.1
/// booleans included, since Prometheus decodes with yaml.v2).
public enum ResolvedScalar: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    case float(Double)
    case string(String)

    public var goTag: String {
        switch self {
        case .null: "!!null"
        case .bool: "!!bool"
        case .int: "!!int"
        case .float: "!!float"
        case .string: "!!str"
        }
    }
}

enum DigitSeparators {
    /// `text` without `_`, by bytes (`_` is ASCII, so UTF-8 stays valid).
    static func removing(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
        return String(decoding: text.utf8.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
    }
}

extension YAMLNode {
    /// The resolved value of a scalar node; non-scalars resolve as strings of nothing.
    public var resolved: ResolvedScalar {
        guard case .scalar(let text, let style) = content else { return .string("") }
        if let tag {
            switch tag {
            case "tag:yaml.org,2002:str", "!": return .string(text)
            case "tag:yaml.org,2002:null": return .null
            default: break
            }
        }
        guard style == .plain else { return .string(text) }
        return Self.resolvePlain(text)
    }

    /// Asked of every value a decoder reads, so answered without resolving:
    /// only a plain `""`, `~`, `null`, `Null`, `NULL` or a `!!null` tag is null.
    public var isNull: Bool {
        guard case .scalar(let text, let style) = content else { return false }
        if let tag {
            switch tag {
            case "tag:yaml.org,2002:str", "!": return false
            case "tag:yaml.org,2002:null": return true
            default: break
            }
        }
        guard style == .plain else { return false }
        let utf8 = text.utf8
        switch utf8.count {
        case 0: return true
        case 1: return utf8.first == UInt8(ascii: "~")
        case 4: return text == "null" || text == "Null" || text == "NULL"
        default: return false
        }
    }

    /// The keywords of `resolvePlain` are at most 6 bytes and start with one
    /// of these; any other text skips the comparisons.
    private static func mayBeKeyword(_ utf8: String.UTF8View) -> Bool {
        guard utf8.count <= 6, let first = utf8.first else { return utf8.isEmpty }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "y"), UInt8(ascii: "Y"),
            UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"),
            UInt8(ascii: "F"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    static func resolvePlain(_ text: String) -> ResolvedScalar {
        if mayBeKeyword(text.utf8) { return resolveKeyword(text) ?? resolveNumber(text) }
        return resolveNumber(text)
    }

    private static func resolveKeyword(_ text: String) -> ResolvedScalar? {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE": return .bool(true)
        case "n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        default: return nil
        }
    }

    private static func resolveNumber(_ text: String) -> ResolvedScalar {
        guard let first = text.utf8.first,
            first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
                || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
        else { return .string(text) }
        if let int = parseInt(text) { return .int(int) }
        if let float = parseFloat(text) { return .float(float) }
        return .string(text)
    }

    /// Bytes, not Characters: a config has tens of thousands of plain scalars.
    private static func parseInt(_ text: String) -> Int64? {
        let bytes = text.utf8.filter { $0 != UInt8(ascii: "_") }
        var start = 0
        var negative = false
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            start = 1
        }
        guard start < bytes.count else { return nil }
        var radix: UInt64 = 10
        if bytes.count - start > 1 && bytes[start] == UInt8(ascii: "0") {
            switch bytes[start + 1] {
            case UInt8(ascii: "x"), UInt8(ascii: "X"): radix = 16; start += 2
            case UInt8(ascii: "b"), UInt8(ascii: "B"): radix = 2; start += 2
            case UInt8(ascii: "o"), UInt8(ascii: "O"): radix = 8; start += 2
            default: radix = 8; start += 1
            }
        }
        guard start < bytes.count, let magnitude = parseMagnitude(bytes[start...], radix: radix) else { return nil }
        if negative {
            return magnitude <= UInt64(Int64.max) + 1 ? Int64(truncatingIfNeeded: 0 &- magnitude) : nil
        }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    /// Digits of `radix` only (no sign), nil on overflow.
    private static func parseMagnitude(_ digits: ArraySlice<UInt8>, radix: UInt64) -> UInt64? {
        var value: UInt64 = 0
        for byte in digits {
            let digit: UInt64
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): digit = UInt64(byte - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): digit = UInt64(byte - UInt8(ascii: "A")) + 10
            default: return nil
            }
            guard digit < radix else { return nil }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: radix)
            let (sum, carry) = shifted.addingReportingOverflow(digit)
            guard !overflow, !carry else { return nil }
            value = sum
        }
        return value
    }

    private static func parseFloat(_ text: String) -> Double? {
        let body = DigitSeparators.removing(text)
        // Go's ParseFloat accepts only decimal forms here; reject things like "1.2.3".
        var sawDigit = false
        for byte in body.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
            case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-"): break
            default: return nil
            }
        }
        guard sawDigit else { return nil }
        return Double(body)
    }
}
