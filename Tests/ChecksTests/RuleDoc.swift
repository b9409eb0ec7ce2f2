import Foundation

/// A check document `Rules/<id>.md`, read for its executable examples.
///
/// Example blocks are fenced with an info string `<language> bad|good|base [file=NAME]`.
/// All `bad` blocks of a document form one project (several files for
/// cross-file checks), all `good` blocks another. A `hex` block holds raw bytes
/// for inputs Markdown cannot carry (binary data, invalid UTF-8).
struct RuleDoc {
    struct Example {
        var file: String
        var bytes: [UInt8]
        var line: Int
    }

    let id: String
    let path: String
    let heading: String?
    let severity: String?
    var bad: [Example] = []
    var good: [Example] = []
    /// Files committed to a scratch git repository first; the examples are then
    /// checked with `--diff-base HEAD` (for checks about what a change does).
    var base: [Example] = []
    /// A `server` block: the examples are checked in live mode against a real
    /// Prometheus holding this OpenMetrics data (timestamps written relative to
    /// now, `-2d`), started with `flags=…` (comma-separated) added.
    var server: (openMetrics: String, flags: [String])?

    init(path: String, id: String, text: String) {
        self.path = path
        self.id = id
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        heading = lines.first { $0.hasPrefix("# ") }.map { String($0.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
        severity = lines.first { $0.hasPrefix("**Severity:**") }
            .map { $0.replacingOccurrences(of: "**Severity:**", with: "").trimmingCharacters(in: .whitespaces) }
        var index = 0
        while index < lines.count {
            let line = lines[index]
            guard line.hasPrefix("```"), line.count > 3 else {
                index += 1
                continue
            }
            let words = line.dropFirst(3).split(separator: " ").map(String.init)
            let language = words.first ?? ""
            let role = words.dropFirst().first ?? ""
            let file = words.first { $0.hasPrefix("file=") }.map { String($0.dropFirst(5)) } ?? Self.defaultName(language)
            var body: [String] = []
            let start = index + 1
            index += 1
            while index < lines.count, !lines[index].hasPrefix("```") {
                body.append(lines[index])
                index += 1
            }
            index += 1
            if role == "server" {
                let flags = words.first { $0.hasPrefix("flags=") }.map { $0.dropFirst(6).split(separator: ",").map(String.init) } ?? []
                server = (body.joined(separator: "\n") + "\n", flags)
                continue
            }
            guard role == "bad" || role == "good" || role == "base" else { continue }
            let bytes: [UInt8]
            if language == "hex" {
                let digits = body.joined().filter { $0.isHexDigit }
                var out: [UInt8] = []
                var cursor = digits.startIndex
                while cursor < digits.endIndex, let next = digits.index(cursor, offsetBy: 2, limitedBy: digits.endIndex) {
                    out.append(UInt8(digits[cursor..<next], radix: 16) ?? 0)
                    cursor = next
                }
                bytes = out
            } else {
                bytes = Array((body.joined(separator: "\n") + "\n").utf8)
            }
            let example = Example(file: file, bytes: bytes, line: start)
            switch role {
            case "bad": bad.append(example)
            case "good": good.append(example)
            default: base.append(example)
            }
        }
    }

    static func defaultName(_ language: String) -> String {
        switch language {
        case "nginx": "nginx.conf"
        default: "example.yml"
        }
    }
}

enum RuleDocs {
    static var root: URL { TestPathsBridge.packageRoot.appendingPathComponent("Rules") }

    static func all() -> [RuleDoc] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var docs: [RuleDoc] = []
        for case let relative as String in enumerator where relative.hasSuffix(".md") {
            let id = String(relative.dropLast(3))
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(relative).path) else { continue }
            docs.append(RuleDoc(path: "Rules/" + relative, id: id, text: String(decoding: data, as: UTF8.self)))
        }
        return docs.sorted { $0.id < $1.id }
    }
}
