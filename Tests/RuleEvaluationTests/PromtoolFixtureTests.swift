import Foundation
import HalintCLI
import TestSupport
import Testing

/// Every promtool unit-test fixture from Prometheus 3.14 gives the outcome
/// its Go tests assert (../shared/promtool-unittests/README.md, section 1),
/// with the options the real CLI uses (`@` and negative offsets on).
@Suite(.enabled(if: TestPaths.sharedAvailable, "\(TestPaths.sharedMissingReason)"))
struct PromtoolFixtureTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var arguments: [String] = []
        var exitCode: Int32
        /// Texts the failure output must contain.
        var texts: [String] = []

        var testDescription: String { ([file] + arguments).joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(file: "unittest.yml", exitCode: 0),
        Case(file: "long-period.yml", exitCode: 0),
        Case(file: "bad-input-series.yml", exitCode: 1, texts: ["parse error: unexpected character inside braces: '0'"]),
        Case(
            file: "bad-promql.yml", exitCode: 1,
            texts: [
                #"    expr: "join_1 + on(a) join_2", time: 0s, err: found duplicate series for the match group {a="1"} on the right hand-side of the operation: ["#,
                "many-to-many matching not allowed: matching labels must be unique on one side",
            ]),
        Case(
            file: "bad-rules-syntax-test.yml", exitCode: 1,
            texts: [
                #"bad-rules-syntax.yml: 7:15: group "bad-syntax", rule 1, "x": could not parse expression: 1:7: parse error: unexpected end of input"#
            ]),
        Case(
            file: "bad-rules-error-test.yml", exitCode: 1,
            texts: [
                #"    rule: joined, time: 0s, err: found duplicate series for the match group {a="1"} on the right hand-side of the operation"#,
                "many-to-many matching not allowed",
            ]),
        Case(
            file: "failing.yml", exitCode: 1,
            texts: [
                """
                    name: Failing test,
                    alertname: Test, time: 0s, 
                        exp:[
                            0:
                              Labels:{alertname="Test"}
                              Annotations:{}
                            ], 
                        got:[]
                """,
                """
                    expr: "test", time: 0s,
                        exp: {__name__="test"} 1E+00
                        got: {__name__="test"} 0E+00
                """,
                """
                    name: Failing alert test,
                    alertname: InstanceDown, time: 5m, 
                        exp:[], 
                        got:[
                            0:
                              Labels:{alertname="InstanceDown", job="test", severity="page"}
                              Annotations:{description=" of job test has been down for more than 5 minutes.", summary="Instance  down"}
                            ]
                """,
                """
                    name: Failing alert test,
                    alertname: AlwaysFiring, time: 5m, 
                        exp:[], 
                        got:[
                            0:
                              Labels:{alertname="AlwaysFiring"}
                              Annotations:{}
                            ]
                """,
            ]),
        // The Go tests also run these two with the lazy loader's features off
        // (exit 1, "@ modifier is disabled" / "negative offset is disabled");
        // the promtool CLI always turns them on, as halint does.
        Case(file: "at-modifier-test.yml", exitCode: 0),
        Case(file: "negative-offset-test.yml", exitCode: 0),
        Case(file: "no-test-group-interval.yml", exitCode: 0),
        Case(file: "start-time-test.yml", exitCode: 0),
        Case(
            file: "rules_run.yml", exitCode: 1,
            texts: [
                """
                    expr: "test", time: 0s,
                        exp: {__name__="test"} 1E+00
                        got: {__name__="test"} 0E+00
                """
            ]),
        Case(file: "rules_run.yml", arguments: ["--run", "correct", "--run", "wrong"], exitCode: 1),
        Case(file: "rules_run.yml", arguments: ["--run", "correct"], exitCode: 0),
        Case(file: "rules_run.yml", arguments: ["--run", "wrong"], exitCode: 1),
        Case(file: "rules_run_extrafields.yml", arguments: ["--ignore-unknown-fields"], exitCode: 0),
        Case(file: "rules_run_extrafields.yml", exitCode: 1, texts: ["field namespace not found in type rulefmt.RuleGroup"]),
        Case(
            file: "rules_run_no_fuzzy.yml", exitCode: 1,
            texts: [#"got: {__name__="test_low"} 2.9999999999999996E+00"#]),
        Case(file: "rules_run_fuzzy.yml", arguments: ["--run", "correct"], exitCode: 0),
        Case(file: "rules_run_fuzzy.yml", arguments: ["--run", "wrong"], exitCode: 1),
    ]

    static var testdata: URL { TestPaths.shared!.appendingPathComponent("promtool-unittests/testdata") }

    static func run(_ arguments: [String]) throws -> (output: String, errors: String, exitCode: Int32) {
        try TestCommand.parse(arguments).execute()
    }

    @Test(arguments: cases)
    func outcome(_ fixture: Case) throws {
        for strategy in [[], ["--tick-by-tick"]] {
            let path = Self.testdata.appendingPathComponent(fixture.file).path
            let result = try Self.run([path] + fixture.arguments + strategy + ["--no-diff"])
            #expect(result.exitCode == fixture.exitCode, "\(strategy) \(result.errors)")
            for text in fixture.texts { #expect(result.errors.contains(text), "\(strategy): missing \(text) in \(result.errors)") }
        }
    }

    /// The JUnit run of the five "feature" files: one suite per file, at least one case each.
    @Test func junitReport() throws {
        let files = ["at-modifier-test.yml", "negative-offset-test.yml", "no-test-group-interval.yml", "start-time-test.yml",
                     "long-period.yml"].map { Self.testdata.appendingPathComponent($0).path }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("halint-junit-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: report) }
        let result = try Self.run(files + ["--junit", report.path])
        #expect(result.exitCode == 0)
        let xml = try String(contentsOf: report, encoding: .utf8)
        #expect(xml.components(separatedBy: "<testsuite ").count - 1 == 5)
        for file in files { #expect(xml.contains("<testsuite name=\"\(file)\"")) }
        #expect(xml.contains(#"<testcase name="rfc3339_start_timestamp"></testcase>"#))
        #expect(!xml.contains("<testsuite name=\"\(files[0])\" tests=\"0\""))
    }

    @Test func junitRecordsFailures() throws {
        let path = Self.testdata.appendingPathComponent("failing.yml").path
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("halint-junit-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: report) }
        let result = try Self.run([path, "--junit", report.path])
        #expect(result.exitCode == 1)
        let xml = try String(contentsOf: report, encoding: .utf8)
        #expect(xml.contains(#"<testsuite name="\#(path)" tests="2" failures="2" errors="0" skipped="0">"#))
        #expect(xml.contains(#"<testcase name="Failing test">"#))
        #expect(xml.components(separatedBy: "<failure>").count - 1 == 4)
    }

    @Test func missingTestFileIsAUsageError() {
        #expect(throws: HalintUsageError.self) { try Self.run(["/nonexistent/halint-test.yml"]) }
    }
}
