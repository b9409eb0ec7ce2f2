import Diagnostics
import Foundation
import PromModel
import PrometheusConfig
import YAML

/// A problem with a target list, positioned in its file.
public struct TargetListError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}

/// Reads targets: Prometheus file SD files (JSON or YAML lists of
/// `{targets, labels}`) and halint's plain lists, one target a line:
///
///     # comment
///     node-1.dc1:9100
///     node-2.dc1:9100 rack=r2 __series__=1200
///
/// `__series__=N` (in either format) is not a label: it is the number of
/// series the target exposes, used to estimate each shard's load.
public enum TargetListReader {
    public static let seriesLabel = "__series__"

    /// Reads `path`, choosing the format from the extension or the content.
    public static func read(_ path: String) throws(TargetListError) -> [TargetGroup] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TargetListError(file: path, line: 0, message: "cannot read the file")
        }
        let text = String(decoding: data, as: UTF8.self)
        if isFileSD(path: path, text: text) {
            return try readFileSD(text, path: path, metaFilepath: nil)
        }
        return [try readPlain(text, path: path)]
    }

    static func isFileSD(path: String, text: String) -> Bool {
        let lower = path.lowercased()
        if [".json", ".yml", ".yaml"].contains(where: lower.hasSuffix) { return true }
        let first = text.split(whereSeparator: \.isNewline).first {
            let trimmed = $0.trimmingCharacters(in: .whitespaces)
            return !trimmed.isEmpty && !trimmed.hasPrefix("#")
        }
        guard let first = first?.trimmingCharacters(in: .whitespaces) else { return false }
        return first.hasPrefix("[") || first.hasPrefix("- ") || first == "-"
    }

    /// A file SD file. `metaFilepath` is the `__meta_filepath` value Prometheus
    /// adds to every group (nil for a `--targets` file, which is not discovery).
    public static func readFileSD(_ text: String, path: String, metaFilepath: String?) throws(TargetListError)
        -> [TargetGroup]
    {
        let stream = YAMLParser().parse(text)
        if let error = stream.errors.first {
            throw TargetListError(file: path, line: error.position.line, message: error.message)
        }
        guard let root = stream.documents.first?.root, !root.isNull else { return [] }
        guard let items = root.sequence else {
            throw TargetListError(
                file: path, line: root.start.line,
                message: "expected a list of target groups ({targets: [...], labels: {...}}), found a \(root.kindName)")
        }
        var groups: [TargetGroup] = []
        for (index, item) in items.enumerated() {
            guard let pairs = item.mapping else {
                throw TargetListError(
                    file: path, line: item.start.line, message: "a target group must be a mapping, found a \(item.kindName)")
            }
            var targets: [DiscoveredTarget] = []
            var labels = LabelSet()
            var series: Int?
            for pair in pairs {
                switch pair.key.scalar {
                case "targets":
                    guard let list = pair.value.sequence ?? (pair.value.isNull ? [] : nil) else {
                        throw TargetListError(file: path, line: pair.value.start.line, message: "targets must be a list of host:port strings")
                    }
                    for node in list {
                        guard let address = node.scalar else {
                            throw TargetListError(file: path, line: node.start.line, message: "a target must be a host:port string")
                        }
                        targets.append(DiscoveredTarget(address: address))
                    }
                case "labels":
                    guard let map = pair.value.mapping ?? (pair.value.isNull ? [] : nil) else {
                        throw TargetListError(file: path, line: pair.value.start.line, message: "labels must be a mapping of label names to values")
                    }
                    for label in map {
                        guard let name = label.key.scalar, let value = label.value.scalar else {
                            throw TargetListError(file: path, line: label.key.start.line, message: "label names and values must be strings")
                        }
                        guard PromNames.isValidLabelName(name) else {
                            throw TargetListError(file: path, line: label.key.start.line, message: "\(goQuote(name)) is not a valid label name")
                        }
                        if name == seriesLabel {
                            series = try seriesCount(value, file: path, line: label.value.start.line)
                        } else {
                            labels.set(name, value)
                        }
                    }
                default:
                    throw TargetListError(
                        file: path, line: pair.key.start.line,
                        message: "field \(pair.key.scalar ?? "?") not found in type targetgroup.Group; a group has targets and labels")
                }
            }
            if let series {
                for i in targets.indices { targets[i].series = series }
            }
            if let metaFilepath { labels.set("__meta_filepath", metaFilepath) }
            groups.append(TargetGroup(targets: targets, labels: labels, source: "\(path):\(index)"))
        }
        return groups
    }

    /// halint's plain list: `host:port [name=value ...]` per line.
    public static func readPlain(_ text: String, path: String) throws(TargetListError) -> TargetGroup {
        var targets: [DiscoveredTarget] = []
        var lineNumber = 0
        // `isNewline`, not "\n": in a Swift String "\r\n" is one Character, so a
        // CRLF file used to be a single line.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let words: [String]
            do {
                words = try splitWords(trimmed)
            } catch {
                throw TargetListError(file: path, line: lineNumber, message: error.message)
            }
            // A line of only a carriage return (CRLF files) or other whitespace
            // that `.whitespaces` does not trim has no words: it trapped here.
            guard let address = words.first else { continue }
            var target = DiscoveredTarget(address: address)
            for word in words.dropFirst() {
                guard let equals = word.firstIndex(of: "=") else {
                    throw TargetListError(
                        file: path, line: lineNumber,
                        message: "\(goQuote(word)) is not name=value; write one target per line, then its labels as name=value")
                }
                let name = String(word[..<equals])
                let value = String(word[word.index(after: equals)...])
                if name == seriesLabel {
                    target.series = try seriesCount(value, file: path, line: lineNumber)
                    continue
                }
                guard PromNames.isValidLabelName(name) else {
                    throw TargetListError(file: path, line: lineNumber, message: "\(goQuote(name)) is not a valid label name")
                }
                target.labels.set(name, value)
            }
            targets.append(target)
        }
        return TargetGroup(targets: targets, source: path)
    }

    private static func seriesCount(_ text: String, file: String, line: Int) throws(TargetListError) -> Int {
        guard let count = Int(text), count >= 0 else {
            throw TargetListError(file: file, line: line, message: "__series__ must be a whole number of series, got \(goQuote(text))")
        }
        return count
    }

    struct WordError: Error { var message: String }

    /// Whitespace-separated words; double quotes group (`rack="r 2"`), `\` escapes inside them.
    static func splitWords(_ line: String) throws(WordError) -> [String] {
        var words: [String] = []
        var current = ""
        var inQuotes = false
        var escaped = false
        var hasWord = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if inQuotes && character == "\\" {
                escaped = true
            } else if character == "\"" {
                inQuotes.toggle()
                hasWord = true
            } else if !inQuotes && character.isWhitespace {
                if hasWord { words.append(current) }
                current = ""
                hasWord = false
            } else {
                current.append(character)
                hasWord = true
            }
        }
        if inQuotes { throw WordError(message: "unterminated quote") }
        if hasWord { words.append(current) }
        return words
    }
}

/// Synthetic fleets for what-if planning: `{i}` in the pattern becomes 1…count.
public struct TargetGenerator: Sendable {
    public var pattern: String
    public var count: Int

    public init(pattern: String, count: Int) throws(TargetListError) {
        guard pattern.contains("{i}") else {
            throw TargetListError(
                file: "--pattern", line: 0,
                message: "the pattern has no {i}, so every target would be the same; write e.g. 'node-{i}.dc1:9100'")
        }
        guard count >= 0 else { throw TargetListError(file: "--generate", line: 0, message: "the count must not be negative") }
        // `--generate 9223372036854775807` tried to allocate exabytes.
        guard count <= Self.maxCount else {
            throw TargetListError(file: "--generate", line: 0, message: "the count must be at most \(Self.maxCount)")
        }
        self.pattern = pattern
        self.count = count
    }

    /// Ten times the largest fleet the benchmarks plan for.
    public static let maxCount = 10_000_000

    public func address(_ number: Int) -> String {
        pattern.replacingOccurrences(of: "{i}", with: String(number))
    }

    public var group: TargetGroup {
        let parts = pattern.components(separatedBy: "{i}")
        var targets: [DiscoveredTarget] = []
        targets.reserveCapacity(count)
        let pieces = parts.map { Array($0.utf8) }
        let fixedLength = pieces.reduce(0) { $0 + $1.count }
        var digits = [UInt8](repeating: 0, count: 20)
        for number in stride(from: 1, through: count, by: 1) {
            // Written straight into the new string's storage: building it
            // with `joined` or `+=` cost as much as hashing it later.
            var start = digits.count
            var rest = number
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            let width = digits.count - start
            let length = fixedLength + (pieces.count - 1) * width
            let address = String(unsafeUninitializedCapacity: length) { buffer in
                var offset = 0
                for (index, piece) in pieces.enumerated() {
                    if index > 0 {
                        for i in start..<digits.count { buffer[offset] = digits[i]; offset += 1 }
                    }
                    for byte in piece { buffer[offset] = byte; offset += 1 }
                }
                return offset
            }
            targets.append(DiscoveredTarget(address: address))
        }
        return TargetGroup(targets: targets, source: "generated")
    }
}
