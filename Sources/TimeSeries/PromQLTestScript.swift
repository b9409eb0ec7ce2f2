import Diagnostics
import PromModel

/// A series line of a `load` block.
public struct LoadedSeries: Sendable {
    /// 1-based line in the script.
    public var line: Int
    public var description: SeriesDescription
    /// Start-timestamp offsets (ms from each step's time, nil = none) from a
    /// matching `@st` line or the block's default `@st` line; loading turns
    /// them into the store's per-sample start timestamps.
    public var startTimestampOffsets: [Int64?]?
}

/// `load <interval>` / `load_with_nhcb <interval>` and its series.
public struct LoadCommand: Sendable {
    public var line: Int
    public var interval: ModelDuration
    /// `load_with_nhcb` also derives custom-bucket native histograms from
    /// classic `_bucket` series; halint loads only the float series.
    public var withNHCB: Bool
    public var series: [LoadedSeries]
}

public enum TestScriptCommand: Sendable {
    case load(LoadCommand)
    /// `clear`: drop everything loaded so far.
    case clear(line: Int)
    /// An `eval …` block, skipped (its lines are expectations, not data).
    case eval(line: Int)
}

/// The data-loading part of a promqltest script (`*.test`), read the way
/// promqltest's `test.parse` does: lines trimmed, `#` lines blank, a blank
/// line ends a block, the first word picks the command. Unlike Prometheus,
/// every error is collected instead of stopping at the first.
public enum PromQLTestScript {
    public static func parse(_ text: String) -> (commands: [TestScriptCommand], errors: [SeriesNotationError]) {
        let raw = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let lines = raw.map { line -> (text: String, indent: Int) in
            let trimmed = SeriesNotation.trim(line)
            return trimmed.text.hasPrefix("#") ? ("", 0) : trimmed
        }
        var commands: [TestScriptCommand] = []
        var errors: [SeriesNotationError] = []
        var i = 0
        func skipBlock() { while i + 1 < lines.count, !lines[i + 1].text.isEmpty { i += 1 } }
        while i < lines.count {
            defer { i += 1 }
            let line = lines[i].text
            guard !line.isEmpty else { continue }
            let command = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map { $0.lowercased() } ?? ""
            if command == "clear" {
                commands.append(.clear(line: i + 1))
            } else if command.hasPrefix("eval") {
                commands.append(.eval(line: i + 1))
                skipBlock()
            } else if command.hasPrefix("load") {
                let header = i
                var block: [(line: Int, text: String, indent: Int)] = []
                while i + 1 < lines.count, !lines[i + 1].text.isEmpty {
                    i += 1
                    block.append((i + 1, lines[i].text, lines[i].indent))
                }
                switch parseLoad(header: lines[header].text, line: header + 1, indent: lines[header].indent, block: block) {
                case .success(let (load, blockErrors)):
                    commands.append(.load(load))
                    errors += blockErrors
                case .failure(let error):
                    errors.append(error)
                }
            } else {
                // Prometheus stops here; the next line may start a valid command.
                errors.append(commandError("invalid command \(goQuote(line))", line: i + 1, indent: lines[i].indent))
            }
        }
        return (commands, errors)
    }

    static func commandError(_ message: String, line: Int, indent: Int) -> SeriesNotationError {
        SeriesNotationError(kind: .command, message: message, position: SourcePosition(line: line, column: indent + 1), byteColumn: 1)
    }

    private static func parseLoad(header: String, line: Int, indent: Int,
                                  block: [(line: Int, text: String, indent: Int)])
        -> Result<(LoadCommand, [SeriesNotationError]), SeriesNotationError> {
        let words = header.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" })
        let keyword = words.first.map(String.init) ?? ""
        guard keyword == "load" || keyword == "load_with_nhcb", words.count == 2 else {
            return .failure(commandError("invalid load command. (load[_with_nhcb] <step:duration>)", line: line, indent: indent))
        }
        let step = String(words[1]).trimmingSpaces
        let interval: ModelDuration
        do {
            interval = try ModelDuration.parse(step)
        } catch {
            return .failure(commandError("invalid step definition \(goQuote(step)): \(error)", line: line, indent: indent))
        }
        var load = LoadCommand(line: line, interval: interval, withNHCB: keyword == "load_with_nhcb", series: [])
        var errors: [SeriesNotationError] = []
        var defaults: [Int64?]?
        var pending: (line: Int, indent: Int, labels: Labels, offsets: [Int64?])?
        for entry in block {
            if StartTimestampSequence.isStartTimestampLine(entry.text) {
                if let open = pending {
                    errors.append(commandError("@st line has no following sample line", line: open.line, indent: open.indent))
                }
                pending = nil
                let (metric, items) = StartTimestampSequence.split(entry.text)
                let offsets: [Int64?]
                switch StartTimestampSequence.parse(items) {
                case .success(let parsed): offsets = parsed
                case .failure(let error):
                    errors.append(commandError("invalid @st sequence: \(error.message)", line: entry.line, indent: entry.indent))
                    continue
                }
                if metric.isEmpty {
                    defaults = offsets
                    continue
                }
                do {
                    let labels = try SeriesNotation.parse(metric + " _").labels
                    pending = (entry.line, entry.indent, labels, offsets)
                } catch {
                    errors.append(commandError("invalid @st line metric \(goQuote(metric)): \(error.prometheusText())",
                                               line: entry.line, indent: entry.indent))
                }
                continue
            }
            do {
                let description = try SeriesNotation.parse(entry.text)
                var offsets: [Int64?]?
                if let open = pending {
                    pending = nil
                    if open.labels != description.labels {
                        errors.append(commandError("@st metric does not match the following sample line metric", line: open.line, indent: open.indent))
                    } else if UInt64(open.offsets.count) != description.stepCount {
                        errors.append(commandError("@st line has \(open.offsets.count) values but sample line has \(description.stepCount)",
                                                   line: open.line, indent: open.indent))
                    } else {
                        offsets = open.offsets
                    }
                } else if let defaults, !defaults.isEmpty, description.stepCount <= 50_000_000 {
                    offsets = (0..<Int(description.stepCount)).map { defaults[$0 % defaults.count] }
                }
                load.series.append(LoadedSeries(line: entry.line, description: relocated(description, line: entry.line, indent: entry.indent),
                                                startTimestampOffsets: offsets))
            } catch {
                errors.append(error.located(line: entry.line, columnOffset: entry.indent))
            }
        }
        if let open = pending {
            errors.append(commandError("@st line has no following sample line", line: open.line, indent: open.indent))
        }
        return .success((load, errors))
    }

    private static func relocated(_ description: SeriesDescription, line: Int, indent: Int) -> SeriesDescription {
        var copy = description
        copy.itemPositions = copy.itemPositions.map { SourcePosition(line: line, column: $0.column + indent) }
        return copy
    }
}
