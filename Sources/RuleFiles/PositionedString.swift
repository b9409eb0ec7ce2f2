import Diagnostics
import YAML

/// A string value read from a YAML scalar, with what is needed to map an
/// offset inside the value (as a PromQL or template parser reports it) back
/// to a line and column of the file, whatever the scalar style.
public struct PositionedString: Sendable, Hashable, CustomStringConvertible {
    public var value: String
    public var style: ScalarStyle
    /// The whole scalar as written, quotes and block header included.
    public var span: SourceSpan
    /// The file's text, when the loader was given it. Without it, positions
    /// inside multi-line or escaped scalars are approximate.
    let source: SourceText?
    /// Column of the mapping key the scalar belongs to: block scalar content
    /// is usually indented two columns further, which the fallback assumes.
    var keyColumn: Int?

    public init(value: String, style: ScalarStyle, span: SourceSpan, source: SourceText? = nil) {
        self.value = value
        self.style = style
        self.span = span
        self.source = source
    }

    init(node: YAMLNode, file: String, source: SourceText?, key: YAMLNode? = nil) {
        let text = node.isNull ? "" : node.scalar ?? ""
        self.init(
            value: text, style: node.scalarStyle ?? .plain, span: SourceSpan(file: file, start: node.start, end: node.end),
            source: source)
        keyColumn = key?.start.column
    }

    public var description: String { value }

    public static func == (lhs: PositionedString, rhs: PositionedString) -> Bool {
        lhs.value == rhs.value && lhs.style == rhs.style && lhs.span == rhs.span
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
        hasher.combine(span)
    }

    /// Where the value byte at `offset` (UTF-8, as Go parsers count) was
    /// written. `offset == value.utf8.count` gives the position just after
    /// the last character. Works for plain, quoted, literal and folded scalars.
    public func exprPosition(offset: Int) -> SourcePosition {
        position(offset: offset, map: source.flatMap(offsetMap(in:)))
    }

    /// A span from `offset` for `length` bytes of the value (clamped to it).
    /// The offset map is built once for both ends.
    public func span(offset: Int, length: Int = 0) -> SourceSpan {
        let map = source.flatMap(offsetMap(in:))
        let start = position(offset: offset, map: map)
        let end = length > 0 ? position(offset: offset + length, map: map) : start
        return SourceSpan(file: span.file, start: start, end: end)
    }

    private func position(offset: Int, map: ScalarOffsetMap?) -> SourcePosition {
        let offset = max(0, min(offset, value.utf8.count))
        if let source, let map {
            if offset < map.origins.count { return source.position(of: map.origins[offset]) }
            if let last = map.origins.last {
                // Just after the last character: skip its whole UTF-8 sequence.
                var after = last + 1
                while after < source.bytes.count, source.bytes[after] & 0xC0 == 0x80 { after += 1 }
                return source.position(of: after)
            }
        }
        return approximatePosition(offset: offset)
    }

    private func offsetMap(in source: SourceText) -> ScalarOffsetMap? {
        guard let start = source.offset(of: span.start), let end = source.offset(of: span.end) else { return nil }
        return ScalarOffsetMap.build(value: value, style: style, bytes: source.bytes, start: start, end: end)
    }

    /// Without the file text: exact for single-line plain and quoted scalars
    /// without escapes; literal blocks get the right line and a column that
    /// assumes the usual two-space indentation under the key.
    private func approximatePosition(offset: Int) -> SourcePosition {
        let prefix = value.utf8.prefix(offset)
        let newlines = prefix.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        let lastLine = prefix.split(separator: 0x0A, omittingEmptySubsequences: false).last ?? []
        let columns = String(decoding: lastLine, as: UTF8.self).unicodeScalars.count
        switch style {
        case .literal, .folded:
            // Folded lines may have been joined, so even the line is a guess there.
            let indent = (keyColumn ?? 1) + 2
            return SourcePosition(line: span.start.line + 1 + newlines, column: indent + columns)
        case .singleQuoted, .doubleQuoted:
            if newlines == 0 { return SourcePosition(line: span.start.line, column: span.start.column + 1 + columns) }
            return SourcePosition(line: span.start.line + newlines, column: 1 + columns)
        case .plain:
            if newlines == 0 { return SourcePosition(line: span.start.line, column: span.start.column + columns) }
            return SourcePosition(line: span.start.line + newlines, column: 1 + columns)
        }
    }
}
