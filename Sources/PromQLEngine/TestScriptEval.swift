import PromModel
import TimeSeries

/// One `eval …` block of a promqltest script, with its expectations.
public struct TestEval: Sendable {
    public enum Kind: Sendable {
        case instant(at: Int64)
        case range(start: Int64, end: Int64, step: Int64)
    }

    public var line: Int
    public var kind: Kind
    public var expr: String
    public var expectFail = false
    public var failMessage: String?
    public var failRegex: String?
    public var ordered = false
    /// `expect warn` / `expect info`: annotations halint does not produce.
    public var expectsAnnotation = false
    /// `expect string "…"`.
    public var expectedString: String?
    /// `expect range vector from … to … step …` for an instant query returning a matrix.
    public var expectedRange: (start: Int64, end: Int64, step: Int64)?
    /// A bare number line: the expected scalar.
    public var expectedScalar: Double?
    public var expectedSeries: [(labels: Labels, values: [SequenceValue])] = []
    /// Expected output uses native-histogram literals.
    public var usesHistogramLiterals = false
    public var parseError: String?
}

/// Reads the eval blocks that `PromQLTestScript` leaves to the evaluator.
public enum TestEvalParser {
    public static func parse(lines: [String], at index: Int) -> TestEval {
        let header = lines[index].trimmingSpaces
        var eval = TestEval(line: index + 1, kind: .instant(at: 0), expr: "")
        var cursor = Substring(header)
        func nextWord() -> String {
            while let f = cursor.first, f == " " || f == "\t" { cursor.removeFirst() }
            let word = cursor.prefix { $0 != " " && $0 != "\t" }
            cursor = cursor.dropFirst(word.count)
            return String(word)
        }
        func peekWord() -> String {
            let saved = cursor
            defer { cursor = saved }
            return nextWord()
        }
        let command = nextWord()
        if command.hasPrefix("eval_") {
            switch command.dropFirst(5) {
            case "fail": eval.expectFail = true
            case "ordered": eval.ordered = true
            case "warn", "info": eval.expectsAnnotation = true
            default: break
            }
        }
        func duration(_ text: String) -> Int64? {
            if let ms = try? ModelDuration.parse(text).milliseconds { return ms }
            if text.hasPrefix("-"), let ms = try? ModelDuration.parse(String(text.dropFirst())).milliseconds { return -ms }
            if let seconds = Double(text) { return try? EvalContext.durationMilliseconds(seconds: seconds) }
            return nil
        }
        let mode = nextWord()
        if mode == "instant" {
            var at: Int64 = 0
            if peekWord() == "at" {
                _ = nextWord()
                let word = nextWord()
                guard let t = duration(word) else {
                    eval.parseError = "invalid evaluation time \(word)"
                    return eval
                }
                at = t
            }
            eval.kind = .instant(at: at)
        } else if mode == "range" {
            let from = nextWord(), startText = nextWord(), to = nextWord(), endText = nextWord(), stepWord = nextWord(),
                stepText = nextWord()
            guard from == "from", to == "to", stepWord == "step", let start = duration(startText), let end = duration(endText),
                let step = duration(stepText)
            else {
                eval.parseError = "invalid range"
                return eval
            }
            eval.kind = .range(start: start, end: end, step: step)
        } else {
            eval.parseError = "invalid eval command"
            return eval
        }
        eval.expr = String(cursor).trimmingSpaces
        var i = index + 1
        while i < lines.count {
            let trimmed = lines[i].trimmingSpaces
            // As in promqltest, a comment line ends the block like a blank one.
            if trimmed.isEmpty || trimmed.hasPrefix("#") { break }
            defer { i += 1 }
            if trimmed.hasPrefix("expect ") || trimmed.hasPrefix("expected_fail") {
                parseExpectation(trimmed, into: &eval, duration: duration)
                continue
            }
            if trimmed.contains("{{") { eval.usesHistogramLiterals = true }
            if let value = scalarLine(trimmed) {
                eval.expectedScalar = value
                continue
            }
            do {
                let description = try SeriesNotation.parse(trimmed)
                if description.containsHistograms {
                    eval.usesHistogramLiterals = true
                    continue
                }
                eval.expectedSeries.append((description.labels, description.values))
            } catch {
                eval.parseError = "line \(i + 1): \(error)"
            }
        }
        return eval
    }

    private static func scalarLine(_ text: String) -> Double? {
        guard !text.contains(" "), !text.contains("{") else { return nil }
        switch text.lowercased() {
        case "inf", "+inf": return .infinity
        case "-inf": return -.infinity
        case "nan", "+nan", "-nan": return .nan
        default: break
        }
        if let int = Int64(text) { return Double(int) }
        return Double(text)
    }

    private static func parseExpectation(_ text: String, into eval: inout TestEval, duration: (String) -> Int64?) {
        if text.hasPrefix("expected_fail_message") {
            eval.expectFail = true
            eval.failMessage = String(text.dropFirst("expected_fail_message".count)).trimmingSpaces
            return
        }
        if text.hasPrefix("expected_fail_regexp") {
            eval.expectFail = true
            eval.failRegex = String(text.dropFirst("expected_fail_regexp".count)).trimmingSpaces
            return
        }
        let body = String(text.dropFirst("expect ".count))
        let keyword = body.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
        let rest = String(body.dropFirst(keyword.count)).trimmingSpaces
        switch keyword {
        case "fail":
            eval.expectFail = true
            if rest.hasPrefix("msg:") { eval.failMessage = String(rest.dropFirst(4)).trimmingSpaces }
            if rest.hasPrefix("regex:") { eval.failRegex = String(rest.dropFirst(6)).trimmingSpaces }
        case "ordered": eval.ordered = true
        case "warn", "info": eval.expectsAnnotation = true
        case "string":
            var value = rest
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "`" || quote == "'", value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            eval.expectedString = value
        case "range":
            let words = rest.split(separator: " ").map(String.init)
            if words.count == 7, words[0] == "vector", let s = duration(words[2]), let e = duration(words[4]), let st = duration(words[6]) {
                eval.expectedRange = (s, e, st)
            }
        default: break
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
