import PromModel

/// Go's fmt.Sprint / Sprintln / Sprintf over template values.
public enum GoPrint {
    /// `fmt.Sprint`: a space between operands when neither side is a string.
    public static func sprint(_ values: [TemplateValue]) -> String {
        var out = ""
        for (i, value) in values.enumerated() {
            if i > 0, !value.isString, !values[i - 1].isString { out += " " }
            out += describe(value)
        }
        return out
    }

    /// `fmt.Sprintln`: always spaces, and a newline.
    public static func sprintln(_ values: [TemplateValue]) -> String {
        values.map(describe).joined(separator: " ") + "\n"
    }

    /// `%v` of one value.
    public static func describe(_ value: TemplateValue) -> String {
        format(value, verb: "v", spec: FormatSpec())
    }

    public static func sprintf(_ template: String, _ args: [TemplateValue]) -> String {
        var out = ""
        var argIndex = 0
        let chars = Array(template)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c != "%" {
                out.append(c)
                i += 1
                continue
            }
            i += 1
            var spec = FormatSpec()
            flags: while i < chars.count {
                switch chars[i] {
                case "-": spec.minus = true
                case "+": spec.plus = true
                case " ": spec.space = true
                case "0": spec.zero = true
                case "#": spec.sharp = true
                default: break flags
                }
                i += 1
            }
            if i < chars.count, chars[i] == "*" {
                i += 1
                if argIndex < args.count, case .int(let w) = args[argIndex], !tooLarge(w) {
                    spec.width = Swift.abs(w)
                    if w < 0 { spec.minus = true }
                } else {
                    out += "%!(BADWIDTH)"
                }
                argIndex += 1
            } else {
                spec.width = readNumber(chars, &i)
            }
            if i < chars.count, chars[i] == "." {
                i += 1
                if i < chars.count, chars[i] == "*" {
                    i += 1
                    if argIndex < args.count, case .int(let p) = args[argIndex], p >= 0, !tooLarge(p) {
                        spec.precision = p
                    } else {
                        out += "%!(BADPREC)"
                    }
                    argIndex += 1
                } else {
                    spec.precision = readNumber(chars, &i) ?? 0
                }
            }
            guard i < chars.count else {
                out += "%!(NOVERB)"
                break
            }
            let verb = chars[i]
            i += 1
            if verb == "%" {
                out += "%"
                continue
            }
            guard argIndex < args.count else {
                out += "%!\(verb)(MISSING)"
                continue
            }
            let arg = args[argIndex]
            argIndex += 1
            out += format(arg, verb: verb, spec: spec)
        }
        if argIndex < args.count {
            out += "%!(EXTRA " + args[argIndex...].map { arg in
                if case .nilValue = arg { return "<nil>" }
                return "\(arg.goTypeName)=\(describe(arg))"
            }.joined(separator: ", ") + ")"
        }
        return out
    }

    /// Go's `parsenum`: a number past 10^6 ("crazy long number most likely")
    /// is no number and consumes the rest of the format, which then ends in
    /// `%!(NOVERB)`. Without the limit `%999999999d` padded a gigabyte and
    /// `%99999999999999999999d` overflowed Int.
    private static func readNumber(_ chars: [Character], _ i: inout Int) -> Int? {
        var value: Int?
        while i < chars.count, let digit = chars[i].wholeNumberValue, chars[i].isASCII {
            if tooLarge(value ?? 0) {
                i = chars.count
                return nil
            }
            value = (value ?? 0) * 10 + digit
            i += 1
        }
        return value
    }

    /// Go's `tooLarge`: widths and precisions are at most 10^6 either way.
    private static func tooLarge(_ n: Int) -> Bool { n > 1_000_000 || n < -1_000_000 }

    struct FormatSpec {
        var minus = false
        var plus = false
        var space = false
        var zero = false
        var sharp = false
        var width: Int?
        var precision: Int?
    }

    static func format(_ value: TemplateValue, verb: Character, spec: FormatSpec) -> String {
        if verb == "T" { return pad(value.goTypeName, spec, numeric: false) }
        switch value {
        case .nilValue:
            return verb == "v" ? pad("<nil>", spec, numeric: false) : "%!\(verb)(<nil>)"
        case .bool(let b):
            guard verb == "v" || verb == "t" else { return bad(verb, value, spec) }
            return pad(b ? "true" : "false", spec, numeric: false)
        case .int(let n):
            return formatInt(n, verb: verb, spec: spec) ?? bad(verb, value, spec)
        case .float(let f):
            return formatFloat(f, verb: verb, spec: spec) ?? bad(verb, value, spec)
        case .string(let s):
            return formatString(s, verb: verb, spec: spec) ?? bad(verb, value, spec)
        case .list(let items, _):
            return "[" + items.map { format($0, verb: verb, spec: spec) }.joined(separator: " ") + "]"
        case .map(let map):
            return "map[" + map.sortedKeys.map { key in
                format(.string(key), verb: verb, spec: spec) + ":" + format(map.entries[key]!, verb: verb, spec: spec)
            }.joined(separator: " ") + "]"
        case .record(let record):
            if record.isNilPointer { return pad("<nil>", spec, numeric: false) }
            if let text = record.stringer {
                return formatString(text, verb: verb, spec: spec) ?? bad(verb, value, spec)
            }
            let body = "{" + record.fieldOrder.map { format(record.fields[$0]!, verb: verb, spec: spec) }.joined(separator: " ") + "}"
            return record.typeName.hasPrefix("*") ? "&" + body : body
        case .function:
            return verb == "v" || verb == "p" ? pad("0x0", spec, numeric: false) : bad(verb, value, spec)
        }
    }

    /// Go's wrong-verb form: the value printed with `%v` and the same flags.
    private static func bad(_ verb: Character, _ value: TemplateValue, _ spec: FormatSpec) -> String {
        "%!\(verb)(\(value.goTypeName)=\(format(value, verb: "v", spec: spec)))"
    }

    private static func formatInt(_ n: Int, verb: Character, spec: FormatSpec) -> String? {
        var digits: String
        switch verb {
        case "v", "d": digits = String(n.magnitude)
        case "x": digits = String(n.magnitude, radix: 16)
        case "X": digits = String(n.magnitude, radix: 16, uppercase: true)
        case "o": digits = String(n.magnitude, radix: 8)
        case "b": digits = String(n.magnitude, radix: 2)
        case "c": return pad(Unicode.Scalar(UInt32(truncatingIfNeeded: n)).map { String(Character($0)) } ?? "\u{FFFD}", spec, numeric: false)
        case "q":
            let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: n)) ?? "\u{FFFD}"
            let body = scalar == "'" ? "\\'" : scalar == "\"" || scalar == "\u{FFFD}" ? String(scalar) : String(goQuote(String(scalar)).dropFirst().dropLast())
            return pad("'" + body + "'", spec, numeric: false)
        default: return nil
        }
        if let precision = spec.precision, digits.count < precision {
            digits = String(repeating: "0", count: precision - digits.count) + digits
        }
        if spec.sharp {
            if verb == "x" { digits = "0x" + digits } else if verb == "X" { digits = "0X" + digits } else if verb == "o" { digits = "0" + digits }
        }
        let sign = n < 0 ? "-" : spec.plus ? "+" : spec.space ? " " : ""
        return padNumber(sign: sign, digits: digits, spec: spec, zeroAllowed: spec.precision == nil)
    }

    private static func formatFloat(_ f: Double, verb: Character, spec: FormatSpec) -> String? {
        let goVerb: Character
        switch verb {
        case "v": goVerb = "g"
        case "e", "E", "f", "F", "g", "G", "x", "X", "b": goVerb = verb
        default: return nil
        }
        var text = GoFloatFormat.format(f, verb: goVerb, precision: spec.precision)
        if f.isNaN {
            text = spec.plus ? "+NaN" : spec.space ? " NaN" : "NaN"
            return pad(text, spec, numeric: false)
        }
        if f.isInfinite {
            if f > 0 && !spec.plus { text = spec.space ? " Inf" : "+Inf" }
            return pad(text, spec, numeric: false)
        }
        var sign = ""
        if text.hasPrefix("-") {
            sign = "-"
            text.removeFirst()
        } else if spec.plus {
            sign = "+"
        } else if spec.space {
            sign = " "
        }
        return padNumber(sign: sign, digits: text, spec: spec, zeroAllowed: true)
    }

    private static func formatString(_ s: String, verb: Character, spec: FormatSpec) -> String? {
        var text = s
        if let precision = spec.precision, verb != "q" { text = String(text.prefix(precision)) }
        switch verb {
        case "v", "s": return pad(text, spec, numeric: false)
        case "q": return pad(goQuote(s), spec, numeric: false)
        case "x", "X":
            let hex = text.utf8.map { byte in
                let h = String(byte, radix: 16, uppercase: verb == "X")
                return h.count == 1 ? "0" + h : h
            }
            return pad(hex.joined(separator: spec.space ? " " : ""), spec, numeric: false)
        default: return nil
        }
    }

    private static func padNumber(sign: String, digits: String, spec: FormatSpec, zeroAllowed: Bool) -> String {
        guard let width = spec.width, sign.count + digits.count < width else { return sign + digits }
        let fill = width - sign.count - digits.count
        if spec.minus { return sign + digits + String(repeating: " ", count: fill) }
        if spec.zero && zeroAllowed { return sign + String(repeating: "0", count: fill) + digits }
        return String(repeating: " ", count: fill) + sign + digits
    }

    private static func pad(_ text: String, _ spec: FormatSpec, numeric: Bool) -> String {
        guard let width = spec.width else { return text }
        let count = text.unicodeScalars.count
        guard count < width else { return text }
        let fill = String(repeating: spec.zero && !spec.minus ? "0" : " ", count: width - count)
        return spec.minus ? text + String(repeating: " ", count: width - count) : fill + text
    }
}

extension TemplateValue {
    var isString: Bool {
        if case .string = self { return true }
        return false
    }
}
