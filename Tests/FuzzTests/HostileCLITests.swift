import Foundation
import Testing
import TestSupport

/// The built binary on hostile files: the documented exit code and a clear
/// message, never a crash report.
@Suite struct HostileCLITests {
    static let binary: String? = {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("halint").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }()

    struct Run {
        var exited: Bool
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs halint with stdout and stderr captured apart (into files, so
    /// neither pipe can fill while the other is read).
    static func halint(_ arguments: [String], in dir: TemporaryDirectory) throws -> Run {
        let binary = try #require(Self.binary)
        let out = dir.write(".out", ""), err = dir.write(".err", "")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = dir.url
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        try process.run()
        process.waitUntilExit()
        return Run(
            exited: process.terminationReason == .exit, status: process.terminationStatus,
            output: String(decoding: FileManager.default.contents(atPath: out) ?? Data(), as: UTF8.self),
            errors: String(decoding: FileManager.default.contents(atPath: err) ?? Data(), as: UTF8.self))
    }

    static func expectNoCrash(_ run: Run, _ what: String) {
        #expect(run.exited && (0...2).contains(run.status), "\(what): exit \(run.status)")
        for marker in Hostile.crashMarkers {
            #expect(!run.output.contains(marker) && !run.errors.contains(marker), "\(what): \(run.errors.prefix(400))")
        }
    }

    /// Files every subcommand below is given.
    static func hostileFiles() -> TemporaryDirectory {
        let dir = TemporaryDirectory()
        var generator = SplitMix64(seed: 99)
        dir.write("junk.yml", bytes: generator.bytes(4096))
        dir.write("deep.yml", "groups: " + Hostile.nested("[", "]", depth: 100_000))
        dir.write("deep-expr.yml", Hostile.ruleFile(expr: Hostile.nested("(", ")", depth: 100_000, inner: "up")))
        dir.write("bomb.yml", (0..<10).map { i in
            i == 0 ? "a0: &a0 [x, x, x, x, x, x, x, x, x]\n" : "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ",") + "]\n"
        }.joined() + "groups: *a9\n")
        dir.write("series-junk.txt", bytes: [0xFF, 0xFE] + generator.bytes(1024))
        dir.write("series-x.txt", "up 0+1x1000000000000\n")
        dir.write("series-om.txt", "# TYPE m gauge\nm 1 9223372036854775807\n# EOF\n")
        dir.write("series-deep.json", "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":" + Hostile.nested("[", "]", depth: 100_000) + "}}")
        dir.write("rules.yml", Hostile.ruleFile(expr: "up == 0"))
        dir.write("s.txt", "up 1 2 3\n")
        dir.write("nginx.conf", "events {}\nhttp {\n" + Hostile.nested("location / {", "}", depth: 100_000) + "\n}\n")
        return dir
    }

    @Test(.enabled(if: binary != nil, "needs the halint binary built beside the tests"))
    func checkGivesExitTwoAndOneFindingPerFile() throws {
        let dir = Self.hostileFiles()
        let expected = [
            ("junk.yml", "[yaml/syntax]"), ("deep.yml", "document is nested more than 512 levels deep"),
            ("deep-expr.yml", "expression nests deeper than 500 levels"), ("bomb.yml", "excessive aliasing"),
        ]
        for (file, message) in expected {
            let run = try Self.halint(["check", "--format", "text", file], in: dir)
            Self.expectNoCrash(run, file)
            #expect(run.status == (file == "deep-expr.yml" ? 1 : 2), "\(file): \(run.output)")
            #expect(run.output.contains(message), "\(file): \(run.output.prefix(300))")
        }
        let nginx = try Self.halint(["check", "--format", "text", "nginx.conf"], in: dir)
        Self.expectNoCrash(nginx, "nginx.conf")
        #expect(nginx.output.contains("blocks are nested more than 100 levels deep"))
    }

    @Test(.enabled(if: binary != nil, "needs the halint binary built beside the tests"))
    func queryAndEvalGiveExitTwoAndOneLineOnStderr() throws {
        let dir = Self.hostileFiles()
        let expected = [
            ("series-junk.txt", "series-junk.txt:1:1: the file is not valid UTF-8"),
            ("series-x.txt", "expands to 1000000000001 samples, more than the limit of 50000000"),
            ("series-om.txt", "expected timestamp in seconds, got \"9223372036854775807\""),
            ("series-deep.json", "invalid JSON: JSON nested too deeply"),
        ]
        for (file, message) in expected {
            for arguments in [["query", "--series", file, "--expr", "up", "--time", "0"], ["eval", "--rules", "rules.yml", "--series", file]] {
                let run = try Self.halint(arguments, in: dir)
                Self.expectNoCrash(run, file)
                #expect(run.status == 2, "\(arguments): \(run.errors)")
                #expect(run.errors.hasPrefix("halint: \(file): "), "\(arguments): \(run.errors)")
                #expect(run.errors.contains(message), "\(arguments): \(run.errors)")
                #expect(run.errors.split(separator: "\n").count == 1, "\(arguments): \(run.errors)")
            }
        }
        let rules = try Self.halint(["eval", "--rules", "deep.yml", "--series", "series-x.txt"], in: dir)
        Self.expectNoCrash(rules, "eval deep.yml")
        #expect(rules.status == 2)
        #expect(rules.errors.contains("document is nested more than 512 levels deep"), "\(rules.errors)")
        let window = try Self.halint(["eval", "--rules", "rules.yml", "--series", "s.txt", "--from", "0", "--to", "9e15", "--step", "1ms"], in: dir)
        Self.expectNoCrash(window, "eval window")
        #expect(window.status == 2)
        #expect(window.errors.hasPrefix("halint: evaluating every 1ms from --from to --to takes 9000000000000000001 evaluations"), "\(window.errors)")
        // A bad query parameter is a query error: JSON on stdout, exit 1.
        let time = try Self.halint(["query", "--series", "s.txt", "--expr", "up", "--time", "1e300"], in: dir)
        Self.expectNoCrash(time, "query --time 1e300")
        #expect(time.status == 1)
        #expect(time.output.contains(#"cannot parse \"1e300\" to a valid timestamp"#))
        let subquery = try Self.halint(["query", "--series", "s.txt", "--expr", "max_over_time(up[290y:1ms])", "--time", "0"], in: dir)
        Self.expectNoCrash(subquery, "query [290y:1ms]")
        #expect(subquery.status == 1)
        #expect(subquery.output.contains("query processing would load too many samples into memory in subquery evaluation"))
    }

    /// `halint test` reports an unusable file as promtool does: exit 1 and
    /// the reason under FAILED (a missing argument file is exit 2).
    @Test(.enabled(if: binary != nil, "needs the halint binary built beside the tests"))
    func testReportsHostileFilesAsFailures() throws {
        let dir = Self.hostileFiles()
        dir.write("t-deep.yml", "rule_files: [rules.yml]\ntests: " + Hostile.nested("[", "]", depth: 100_000) + "\n")
        dir.write("t-long.yml", """
            rule_files: [rules.yml]
            evaluation_interval: 1ms
            tests:
              - interval: 1ms
                input_series: [{series: up, values: 0x10}]
                promql_expr_test: [{expr: 'count_over_time(up[290y:1ms])', eval_time: 1m}]
                alert_rule_test: [{eval_time: 290y, alertname: A}]

            """)
        let expected = [
            ("junk.yml", "junk.yml: the file is not valid UTF-8"),
            ("t-deep.yml", "document is nested more than 512 levels deep"),
            ("t-long.yml", "evaluating every 1ms up to 290y takes 9145440000001 evaluations, more than the limit of 10000000"),
        ]
        for (file, message) in expected {
            let run = try Self.halint(["test", file], in: dir)
            Self.expectNoCrash(run, file)
            #expect(run.status == 1, "\(file): \(run.errors)")
            #expect(run.errors.contains(message), "\(file): \(run.errors)")
        }
        let missing = try Self.halint(["test", "missing.yml"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.errors == "halint: missing.yml: no such file\n")
    }
}
