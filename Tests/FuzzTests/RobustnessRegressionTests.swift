import Checks
import Diagnostics
import Foundation
import HalintCLI
import PromModel
import PromQL
import PromQLEngine
import RuleEvaluation
import Sharding
import Template
import Testing
import TestSupport
import TimeSeries

/// One test per crash, hang or blow-up the fuzzing found, each asserting the
/// clear error that replaced it.
@Suite struct RobustnessRegressionTests {
    static let store: SeriesStore = (try? SeriesFile.parse("up 1 2 3", format: .notation).store) ?? SeriesStore()

    func query(_ text: String, at t: Int64 = 600_000) throws -> Result<QueryOutcome, EvalError> {
        let expr = try PromQLEngine.parse(text)
        return Result { () throws(EvalError) in try PromQLEngine(store: Self.store).instantQuery(expr, at: t) }
    }

    func failure(_ result: Result<QueryOutcome, EvalError>) -> String? {
        if case .failure(let error) = result { return error.message }
        return nil
    }

    // MARK: PromQL engine

    /// `[290y:1ms]` ran for hours and allocated without bound.
    @Test func hugeSubqueriesAreRefused() throws {
        let message = "query processing would load too many samples into memory in subquery evaluation"
        #expect(failure(try query("max_over_time(up[290y:1ms])")) == message)
        #expect(failure(try query("up[290y:1ms]")) == message)
        #expect(failure(try query("count_over_time(up[100d:1ms] @ 9223372036854775)")) == message)
        let range = try PromQLEngine(store: Self.store).rangeQuery(
            try PromQLEngine.parse("max_over_time(up[1d:1s])"), start: 0, end: 600_000, step: 60_000)
        guard case .matrix(let series) = range.value else { Issue.record("expected a matrix"); return }
        #expect(series.first?.values.last == 3)
    }

    /// A range query over the whole Int64 range trapped on `end - start`, and
    /// a long one at 1ms tried to allocate terabytes.
    @Test func hugeRangeQueriesAreRefused() throws {
        let engine = PromQLEngine(store: Self.store)
        let expr = try PromQLEngine.parse("up")
        let message = "query processing would load too many samples into memory in query execution"
        #expect(throws: EvalError(message)) { try engine.rangeQuery(expr, start: .min, end: .max, step: 1) }
        #expect(throws: EvalError(message)) { try engine.rangeQuery(expr, start: 0, end: 9_000_000_000_000, step: 1) }
    }

    /// `@ <max> offset -1y` overflowed Int64 and trapped.
    @Test func selectorTimesAtTheInt64LimitsSelectNothing() throws {
        for text in ["up @ 9223372036854775 offset -1y", "up @ -9223372036854775 offset 1y", "rate(up[5m] @ 9223372036854775 offset -290y)",
                     "max_over_time(up[5m:1m] @ -9223372036854775 offset 290y)"] {
            guard case .success(let outcome) = try query(text), case .vector(let samples) = outcome.value else {
                Issue.record("\(text) failed"); continue
            }
            #expect(samples.isEmpty, "\(text)")
        }
    }

    /// `year(vector(1e300))` trapped converting the seconds to Int64; Go's
    /// conversion gives Int64.min there, and so does this.
    @Test func dateFunctionsOfHugeTimesDoNotTrap() throws {
        func value(_ text: String) throws -> Double? {
            guard case .success(let outcome) = try query(text), case .vector(let samples) = outcome.value else { return nil }
            return samples.first?.value
        }
        let huge = try #require(try value("year(vector(1e300))"))
        #expect(huge == (try value("year(vector(-1e300))")))
        #expect(huge == (try value("year(vector(-9223372036854775808))")))
        #expect((0..<60).contains(try #require(try value("minute(vector(1e300))"))))
        #expect(try value("year(vector(0))") == 1970)
    }

    /// Deeply nested aggregations overflowed the parser's stack in debug
    /// builds below the old limit of 1000 levels.
    @Test func nestingIsLimitedTo500Levels() throws {
        let deep = Hostile.nested("sum(", ")", depth: 600, inner: "up")
        #expect(PromQLParser.parse(deep).errors.first?.message == "expression nests deeper than 500 levels")
        let fine = Hostile.nested("sum(", ")", depth: 490, inner: "up")
        guard case .success(let outcome) = try query(fine, at: 60_000), case .vector(let samples) = outcome.value else {
            Issue.record("490 nested sums should evaluate"); return
        }
        #expect(samples.map(\.value) == [2])
        for (name, expr) in Hostile.deepPromQL {
            #expect(PromQLParser.parse(expr).errors.first?.message == "expression nests deeper than 500 levels", "\(name)")
        }
    }

    // MARK: Templates

    /// `printf "%999999999d"` padded a gigabyte (18 s, then the output limit);
    /// `%99999999999999999999d` overflowed Int; `%*d` of Int64.min trapped in abs.
    @Test func printfWidthsAndPrecisionsAreLimitedAsInGo() {
        let expander = AlertTemplateExpander(alertName: "A", labels: ["job": "a"], value: 1)
        func expand(_ text: String) -> String? { try? expander.expandResult(text).get() }
        #expect(expand("{{ printf \"%999999999d\" 1 }}") == "%!(NOVERB)%!(EXTRA int=1)")
        #expect(expand("{{ printf \"%99999999999999999999d|\" 1 }}") == "%!(NOVERB)%!(EXTRA int=1)")
        #expect(expand("{{ printf \"%.99999999f\" 1.5 }}") == "%!(NOVERB)%!(EXTRA float64=1.5)")
        #expect(expand("{{ printf \"%*d\" -9223372036854775808 1 }}") == "%!(BADWIDTH)1")
        #expect(expand("{{ printf \"%.*f\" 9223372036854775807 1.5 }}") == "%!(BADPREC)1.500000")
        #expect(expand("{{ printf \"%1000000d\" 1 }}")?.count == 1_000_000)
    }

    // MARK: Targets

    /// A CRLF target list was one line ("\r\n" is one Character), and a line of
    /// only whitespace `.whitespaces` does not trim indexed an empty word list.
    @Test func plainTargetListsWithCRLFBlankLines() throws {
        let group = try TargetListReader.readPlain("a:1\r\n\r\nb:2 zone=x\r\n\u{0B}\n", path: "targets.txt")
        #expect(group.targets.map(\.address) == ["a:1", "b:2"])
        #expect(group.targets.last?.labels["zone"] == "x")
    }

    /// `--generate 9223372036854775807` tried to allocate exabytes; huge
    /// `--shards`/`--to` and `--width` allocated per shard and per column.
    @Test func generatedFleetsShardsAndWidthsAreBounded() {
        do {
            _ = try TargetGenerator(pattern: "n-{i}:9100", count: .max)
            Issue.record("expected a limit error")
        } catch {
            #expect(error.description == "--generate:0: the count must be at most 10000000")
        }
        func parseError(_ arguments: [String]) -> String? {
            do {
                _ = try ShardsCommand.parse(["--config", "p.yml"] + arguments)
                return nil
            } catch {
                return ShardsCommand.message(for: error)
            }
        }
        #expect(parseError(["--shards", "9223372036854775807", "--to", "1"]) == "--shards must be at most 100000")
        #expect(parseError(["--shards", "3", "--to", "100001"]) == "--to must be at most 100000")
        #expect(parseError(["--width", "9223372036854775807"]) == "--width must be at most 1000")
        #expect(parseError(["--shards", "3", "--to", "100000"]) == nil)
    }

    // MARK: Times and durations on the command line

    /// `--time 1e300` trapped converting to Int64 milliseconds.
    @Test func timestampsBeyondTheAPIRangeAreRefused() {
        #expect(PromTimestamp.parse("1e300") == nil)
        #expect(PromTimestamp.parse("-1e300") == nil)
        #expect(PromTimestamp.parse("9.3e15") == nil)
        #expect(PromTimestamp.parse("9.2e15") == 9_200_000_000_000_000_000)
        #expect(TimeArgument.parseDuration("1e300") == nil)
        #expect(TimeArgument.parseDuration("-1e300") == nil)
        #expect(TimeArgument.parseDuration("1e9") == 1_000_000_000_000)
    }

    @Test func queryCommandReportsBadTimesAsBadData() throws {
        let dir = TemporaryDirectory()
        let series = dir.write("s.txt", "up 1 2 3\n")
        let (output, code) = try QueryCommand.parse(["--series", series, "--expr", "up", "--time", "1e300"]).execute()
        #expect(code == 1)
        #expect(output == #"{"status":"error","errorType":"bad_data","error":"invalid parameter \"time\": cannot parse \"1e300\" to a valid timestamp"}"#)
    }

    // MARK: Series notation

    /// Each item's column was counted from the start of the line: a 5M-item
    /// line took minutes. Columns stay right after multi-byte text.
    @Test func longNotationLinesLoadAndPositionErrors() throws {
        let many = try SeriesNotation.parse("up " + Array(repeating: "1", count: 300_000).joined(separator: " "))
        #expect(many.items.count == 300_000)
        #expect(many.itemPositions.last?.column == 4 + 2 * 299_999)
        let accented = try SeriesNotation.parse("up{a=\"ééé\"} 1 2 3")
        #expect(accented.itemPositions.map(\.column) == [13, 15, 17])
    }

    /// Every JSON value's column was counted from the line start: API
    /// responses are one line, so 2,000 series took two minutes. Columns stay
    /// exact after multi-byte text.
    @Test func oneLineJSONResponsesLoadAndPositionErrors() throws {
        let series = (0..<5000).map { #"{"metric":{"__name__":"m","i":"é\#($0)"},"values":[[0,"1"],[60,"2"]]}"# }
        let good = #"{"status":"success","data":{"resultType":"matrix","result":["# + series.joined(separator: ",") + "]}}"
        #expect(try SeriesFile.parse(good, path: "r.json").store.count == 5000)
        let bad = #"{"status":"success","data":{"resultType":"matrix","result":["# + series.prefix(3000).joined(separator: ",")
            + #",{"metric":{"i":"x"},"values":[[9223372036854775807,"1"]]}]}}"#
        let column = bad.unicodeScalars.count - #"9223372036854775807,"1"]]}]}}"#.count + 1
        do {
            _ = try SeriesFile.parse(bad, path: "r.json")
            Issue.record("expected an invalid timestamp")
        } catch {
            #expect(error.problems.first?.message == #"invalid timestamp "9223372036854775807""#)
            #expect(error.problems.first?.span.start == SourcePosition(line: 1, column: column))
        }
    }

    // MARK: .halint.yml globs

    /// Each star recursed: `*a*a*…*b` against a long name of a's, or many
    /// `**/` against a deep path, was exponential.
    @Test func globsMatchInPolynomialTime() {
        #expect(!Glob(String(repeating: "*a", count: 20) + "*b").matches(String(repeating: "a", count: 80)))
        #expect(Glob(String(repeating: "*a", count: 20) + "*").matches(String(repeating: "a", count: 80)))
        #expect(!Glob(String(repeating: "**/", count: 30) + "z").matches(String(repeating: "a/", count: 60) + "y"))
        #expect(Glob(String(repeating: "**/", count: 30) + "y").matches(String(repeating: "a/", count: 60) + "y"))
        #expect(Glob("**/rules/*.yml").matches("./a/b/rules/x.yml"))
        #expect(Glob("**/rules/*.yml").matches("rules/x.yml"))
        #expect(!Glob("**/rules/*.yml").matches("rules/sub/x.yml"))
        #expect(Glob("r?les/[a-c]*.y[!a]l").matches("rules/b1.yml"))
        #expect(!Glob("r?les/[a-c]*.y[!a]l").matches("rules/d1.yml"))
        #expect(!Glob("rules/[ab").matches("rules/a"))
    }

    // MARK: Rule lint

    /// Repeated label names were found pairwise: 20,000 matchers took 17 s.
    @Test func manyMatchersOnOneSelectorAreLintedInLinearTime() {
        let matchers = (0..<20_000).map { "l\($0)=\"v\"" }.joined(separator: ",")
        let text = Hostile.ruleFile(expr: "up{\(matchers),l7=\"w\"} > 0")
        let report = Linter().lint(text: text, path: "rules.yml")
        #expect(report.diagnostics.contains { $0.check == "promql/matches-nothing" && $0.message.contains("`l7=\"v\"` and `l7=\"w\"`") })
    }

    // MARK: Rule evaluation

    /// `eval_time: 290y` at a 1ms interval tried to allocate 73 TB.
    @Test func unitTestsWithTooManyEvaluationsFailClearly() throws {
        let dir = TemporaryDirectory()
        dir.write("r.yml", "groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up == 0\n")
        let path = dir.write("t.yml", """
            rule_files: [r.yml]
            evaluation_interval: 1ms
            tests:
              - interval: 1ms
                input_series: [{series: up, values: 0x10}]
                alert_rule_test: [{eval_time: 290y, alertname: A}]

            """)
        let result = RuleTestRunner().run(file: path)
        #expect(result.failures.map(\.promtoolText) == [
            "evaluating every 1ms up to 290y takes 9145440000001 evaluations, more than the limit of 10000000",
        ])
    }

    /// Binary junk was reported as a missing file.
    @Test func binaryUnitTestFilesAreNotUTF8() {
        let dir = TemporaryDirectory()
        let path = dir.write("t.yml", bytes: [0xFF, 0xFE, 0x00, 0x6A])
        #expect(RuleTestRunner().run(file: path).fileError == "\(path): the file is not valid UTF-8")
    }

    @Test func evaluationTicksNeverOverflow() {
        #expect(EvaluationTicks(start: .min, end: .max, interval: 1).count == Int.max)
        #expect(EvaluationTicks(start: 0, end: 600_000, interval: 60_000).count == 11)
        #expect(EvaluationTicks(start: 10, end: 0, interval: 1).count == 0)
    }

    /// `halint eval --from 0 --to 9e15 --step 1ms` tried to allocate exabytes.
    @Test func evalRefusesWindowsWithTooManyEvaluations() throws {
        let dir = TemporaryDirectory()
        let rules = dir.write("r.yml", "groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up == 0\n")
        let series = dir.write("s.txt", "up 1 2 3\n")
        let command = try EvalCommand.parse(["--rules", rules, "--series", series, "--from", "0", "--to", "9e15", "--step", "1ms"])
        do {
            _ = try command.execute(environment: [:])
            Issue.record("expected a usage error")
        } catch let error as HalintUsageError {
            #expect(error.description == "evaluating every 1ms from --from to --to takes 9000000000000000001 evaluations, more than the limit of 10000000; give a larger --step or a shorter window")
        }
        // A group interval of 1ms over a long recording: the window is the series' span.
        let fast = dir.write("fast.yml", "groups:\n  - name: g\n    interval: 1ms\n    rules:\n      - record: a\n        expr: m\n")
        let long = dir.write("long.om", "m 1 0\nm 1 9000000000000\n# EOF\n")
        do {
            _ = try EvalCommand.parse(["--rules", fast, "--series", long]).execute(environment: [:])
            Issue.record("expected a usage error")
        } catch let error as HalintUsageError {
            #expect(error.description.hasPrefix("evaluating every 1ms over the span of the series takes 9000000000000001 evaluations"))
        }
    }
}
