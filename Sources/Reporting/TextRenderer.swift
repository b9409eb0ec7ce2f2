import Diagnostics

/// `file:line:col: severity: message [check-id]`, the source line with a caret
/// under the problem, notes, then a one-line summary.
public struct TextRenderer: Sendable {
    public var color: Bool

    public init(color: Bool = false) {
        self.color = color
    }

    public func render(_ input: RenderInput) -> String {
        var out = ""
        var cache = LineCache()
        for diagnostic in input.diagnostics {
            out += header(diagnostic) + "\n"
            out += snippet(diagnostic.span, input: input, cache: &cache)
            for note in diagnostic.notes {
                out += "  " + paint("note", .cyan) + ": \(note.message) (\(note.span))\n"
            }
        }
        out += summary(input) + "\n"
        return out
    }

    func header(_ diagnostic: Diagnostic) -> String {
        let severity: String
        switch diagnostic.severity {
        case .error: severity = paint("error", .red)
        case .warning: severity = paint("warning", .yellow)
        case .info: severity = paint("info", .blue)
        }
        return "\(diagnostic.span): \(severity): \(diagnostic.message) [\(diagnostic.check)]"
    }

    /// The last source line shown, as scalars: findings are sorted, so many
    /// on one huge line (a minified file) decode it once, not once each.
    struct LineCache {
        var file = ""
        var line = 0
        var scalars: [Unicode.Scalar]?
    }

    /// Lines longer than this are shown as a window around the caret, so a
    /// finding on a 10 MB line prints a short excerpt, not the whole line.
    static let maxShownScalars = 400

    func snippet(_ span: SourceSpan, input: RenderInput) -> String {
        var cache = LineCache()
        return snippet(span, input: input, cache: &cache)
    }

    func snippet(_ span: SourceSpan, input: RenderInput, cache: inout LineCache) -> String {
        if cache.scalars == nil || cache.file != span.file || cache.line != span.start.line {
            cache = LineCache(file: span.file, line: span.start.line, scalars: input.sourceLine(span.file, span.start.line).map { Array($0.unicodeScalars) })
        }
        guard let scalars = cache.scalars else { return "" }
        let number = String(span.start.line)
        let gutter = String(repeating: " ", count: number.count)
        let column = max(0, span.start.column - 1)
        var shown = 0..<scalars.count
        if scalars.count > Self.maxShownScalars {
            let start = max(0, min(column - Self.maxShownScalars / 4, scalars.count - Self.maxShownScalars))
            shown = start..<(start + Self.maxShownScalars)
        }
        let prefix = shown.lowerBound > 0 ? "…" : ""
        let suffix = shown.upperBound < scalars.count ? "…" : ""
        var line = prefix
        line.unicodeScalars.append(contentsOf: scalars[shown])
        line += suffix
        // Keep tabs in the indentation so the caret lines up under the same column.
        var pad = prefix.isEmpty ? "" : " "
        for scalar in scalars[shown.lowerBound..<min(max(column, shown.lowerBound), shown.upperBound)] {
            pad += scalar == "\t" ? "\t" : " "
        }
        var width = 1
        if span.end.line == span.start.line && span.end.column > span.start.column {
            width = span.end.column - span.start.column
        }
        width = max(1, min(width, max(1, shown.upperBound - span.start.column + 1)))
        let caret = String(repeating: "^", count: width)
        return " \(number) | \(line)\n \(gutter) | \(pad)\(paint(caret, .green))\n"
    }

    func summary(_ input: RenderInput) -> String {
        let files = input.files.count == 1 ? "1 file" : "\(input.files.count) files"
        if input.diagnostics.isEmpty { return "no findings in \(files)" }
        var parts: [String] = []
        for (severity, name) in [(Severity.error, "error"), (.warning, "warning"), (.info, "info")] {
            let count = input.count(severity)
            if count > 0 { parts.append("\(count) \(name)" + (count == 1 || severity == .info ? "" : "s")) }
        }
        return parts.joined(separator: ", ") + " in \(files)"
    }

    enum Color: String {
        case red = "31", yellow = "33", blue = "34", cyan = "36", green = "32"
    }

    func paint(_ text: String, _ color: Color) -> String {
        self.color ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
    }
}
