import Diagnostics
import PromModel

/// Parses one series description the way PromQL's `ParseSeriesDesc` does
/// (grammar rule `series_description: metric series_values`) and reports
/// the first error with Prometheus's text. The "in series values" suffix
/// follows where goyacc's error recovery attaches it: right after the metric
/// and inside an item, but not where a new item should start.
struct NotationParser {
    private var lexer: NotationLexer
    private var token: NotationToken
    private let line: String
    private var items: [SequenceItem] = []
    private var itemPositions: [SourcePosition] = []
    /// Scalars counted up to a byte offset, so items (whose offsets only grow)
    /// get their columns in linear time: a 5M-item line used to take minutes.
    private var scalarCursor = (byte: 0, scalars: 0)

    init(_ line: String) {
        self.line = line
        lexer = NotationLexer(line)
        token = NotationToken(kind: .eof, start: 0, text: "")
    }

    mutating func parse() throws(SeriesNotationError) -> SeriesDescription {
        advance()
        let labels = try parseMetric()
        // Directly after the metric only a space or the end may follow.
        switch token.kind {
        case .eof, .space: break
        default: throw unexpected("series values")
        }
        while token.kind == .space {
            advance()
            if token.kind == .eof { break }
            try parseItem()
            switch token.kind {
            case .eof, .space: break
            default: throw unexpected(nil)
            }
        }
        return SeriesDescription(labels: labels, items: items, itemPositions: itemPositions)
    }

    // MARK: tokens and errors

    mutating func advance() {
        token = lexer.next()
    }

    var current: NotationToken { token }

    /// Columns for a byte offset: Prometheus's (bytes) and ours (scalars).
    func position(ofByte offset: Int) -> (scalarColumn: Int, byteColumn: Int) {
        let prefix = lexer.bytes[..<min(offset, lexer.bytes.count)]
        let scalars = prefix.reduce(0) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
        return (scalars + 1, offset + 1)
    }

    func error(_ message: String, at offset: Int, kind: SeriesNotationError.Kind = .syntax) -> SeriesNotationError {
        let columns = position(ofByte: offset)
        return SeriesNotationError(kind: kind, message: message,
                                   position: SourcePosition(line: 1, column: columns.scalarColumn),
                                   byteColumn: columns.byteColumn)
    }

    /// `unexpected <token> [in <context>][, expected <what>]`; a lexer error
    /// token is reported as itself.
    func unexpected(_ context: String?, expected: String? = nil) -> SeriesNotationError {
        if token.kind == .error { return error(token.text, at: token.start) }
        var message = "unexpected " + token.description
        if let context { message += " in " + context }
        if let expected { message += ", expected " + expected }
        return error(message, at: token.start)
    }

    // MARK: metric

    private mutating func parseMetric() throws(SeriesNotationError) -> Labels {
        var name: String?
        if token.isMetricIdentifier {
            name = token.text
            advance()
        }
        var pairs: [(name: String, value: String)] = []
        var offsets: [Int] = []
        if token.kind == .leftBrace {
            advance()
            if token.kind == .rightBrace {
                advance()
            } else {
                while true {
                    offsets.append(token.start)
                    pairs.append(try parseLabelSetItem())
                    guard token.kind == .comma || token.kind == .rightBrace else {
                        throw unexpected("label set", expected: "\",\" or \"}\"")
                    }
                    let closing = token.kind == .rightBrace
                    advance()
                    if closing { break }
                    if token.kind == .rightBrace {
                        advance()
                        break
                    }
                }
            }
        }
        var located = Array(zip(pairs, offsets))
        if let name {
            // labels.Builder semantics: a name with an empty value anywhere
            // is deleted (every occurrence), and the identifier before the
            // braces replaces any `__name__` inside them.
            let emptied = Set(pairs.filter { $0.value.isEmpty }.map(\.name))
            located = located.filter { !emptied.contains($0.0.name) && $0.0.name != Labels.metricNameLabel }
            located.append(((Labels.metricNameLabel, name), 0))
        }
        let finalPairs = located.map(\.0)
        if let duplicate = Labels.duplicateName(in: finalPairs) {
            let offset = located.filter { $0.0.name == duplicate }.dropFirst().first?.1 ?? 0
            throw error("label name \(goQuote(duplicate)) is not unique: invalid sample", at: offset, kind: .invalidSample)
        }
        pairs = finalPairs
        return Labels(pairs)
    }

    /// `name="value"`, `"quoted.name"="value"`, or a lone `"metric.name"`.
    private mutating func parseLabelSetItem() throws(SeriesNotationError) -> (name: String, value: String) {
        switch token.kind {
        case .identifier:
            let name = token.text
            advance()
            guard token.kind == .equal else { throw unexpected("label set", expected: "\"=\"") }
            advance()
            guard token.kind == .string else { throw unexpected("label set", expected: "string") }
            let value = try unquote(token)
            advance()
            return (name, value)
        case .string:
            let name = try unquote(token)
            advance()
            guard token.kind == .equal else { return (Labels.metricNameLabel, name) }
            advance()
            guard token.kind == .string else { throw unexpected("label set", expected: "string") }
            let value = try unquote(token)
            advance()
            return (name, value)
        default:
            throw unexpected("label set", expected: "identifier or \"}\"")
        }
    }

    private func unquote(_ token: NotationToken) throws(SeriesNotationError) -> String {
        guard let text = PromQLString.unquote(token.text) else {
            throw error("error unquoting string \(goQuote(token.text)): invalid syntax", at: token.start)
        }
        return text
    }

    // MARK: values

    /// One `series_item` after a space.
    private mutating func parseItem() throws(SeriesNotationError) {
        let start = min(token.start, lexer.bytes.count)
        if start < scalarCursor.byte { scalarCursor = (0, 0) }
        for byte in lexer.bytes[scalarCursor.byte..<start] where (byte & 0xC0) != 0x80 { scalarCursor.scalars += 1 }
        scalarCursor.byte = start
        itemPositions.append(SourcePosition(line: 1, column: scalarCursor.scalars + 1))
        switch token.kind {
        case .blank:
            advance()
            if token.kind == .times {
                advance()
                items.append(.omitted(try parseRepetition()))
            } else {
                items.append(.omitted(1))
            }
        case .number, .add, .sub, .identifier:
            let value = try parseSeriesValue()
            switch token.kind {
            case .times:
                advance()
                items.append(.repeated(value, times: try parseRepetition()))
            case .add, .sub:
                let delta = try parseSignedNumber()
                guard token.kind == .times else { throw unexpected("series values") }
                advance()
                items.append(.linear(start: value, delta: delta, times: try parseRepetition()))
            default:
                items.append(.value(value))
            }
        case .openHistogram:
            try parseHistogramItem()
        default:
            itemPositions.removeLast()
            throw unexpected(nil)
        }
    }

    /// `series_value`: a number, a signed number or `stale`.
    private mutating func parseSeriesValue() throws(SeriesNotationError) -> Double {
        switch token.kind {
        case .identifier:
            guard token.text == "stale" else { throw unexpected("series values", expected: "number or \"stale\"") }
            advance()
            return StaleNaN.value
        case .add, .sub:
            return try parseSignedNumber()
        default:
            return try parseNumber()
        }
    }

    mutating func parseSignedNumber() throws(SeriesNotationError) -> Double {
        let negative = token.kind == .sub
        advance()
        let magnitude = try parseNumber()
        return negative ? -magnitude : magnitude
    }

    /// PromQL's `number()`: `ParseInt(s, 0, 64)` first (so `010` is 8),
    /// then `ParseFloat`.
    mutating func parseNumber() throws(SeriesNotationError) -> Double {
        guard token.kind == .number else { throw unexpected("series values") }
        let text = token.text
        if let integer = GoStrconv.parseIntBase0(Substring(text)) {
            advance()
            return Double(integer)
        }
        switch GoStrconv.parseFloat(Substring(text)) {
        case .success(let value):
            advance()
            return value
        case .failure(let failure):
            throw error("error parsing number: " + failure.message(function: "ParseFloat", input: text), at: token.start)
        }
    }

    /// The `uint` after `x`.
    mutating func parseRepetition(context: String = "series values") throws(SeriesNotationError) -> UInt64 {
        guard token.kind == .number else { throw unexpected(context) }
        switch GoStrconv.parseUint(Substring(token.text)) {
        case .success(let count):
            advance()
            return count
        case .failure(let failure):
            throw error("invalid repetition in series values: " + failure.message(function: "ParseUint", input: token.text),
                        at: token.start)
        }
    }

    mutating func appendItem(_ item: SequenceItem) { items.append(item) }
    var sourceLine: String { line }
}
