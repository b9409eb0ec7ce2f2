import Foundation
import HalintCLI
import RuleEvaluation
import TestSupport
import Testing

/// `promtool test rules` (the installed 2.42) and `halint test` must reach the
/// same verdict on every promtool fixture 2.42 can read the same way 3.x does,
/// and on the 50-rule benchmark.
@Suite struct PromtoolRulesDifferentialTests {
    static let promtool = ProcessRunner.which("promtool")
    static let enabled = TestPaths.sharedAvailable && promtool != nil

    /// Fixtures where 2.42 and 3.x (so halint) differ, and why; the others must agree.
    static let differing: [String: String] = [
        "unittest.yml": "exp_samples[].histogram is a 3.x field (2.42: field histogram not found in type main.sample)",
        "start-time-test.yml": "start_timestamp is a 3.x field",
        "rules_run_fuzzy.yml": "fuzzy_compare is a 3.x field",
        "rules_run_no_fuzzy.yml": "fuzzy_compare is a 3.x field (both fail, for different reasons)",
        "no-test-group-interval.yml": "2.42 loads input_series at interval 0 when a group has none; 3.x uses evaluation_interval",
    ]

    static let agreeing = [
        "long-period.yml", "bad-input-series.yml", "bad-promql.yml", "bad-rules-syntax-test.yml", "bad-rules-error-test.yml",
        "failing.yml", "at-modifier-test.yml", "negative-offset-test.yml", "rules_run.yml", "rules_run_extrafields.yml",
    ]

    static func verdicts(_ path: String, directory: URL) throws -> (promtool: Int32, halint: Int32, promtoolOutput: String, halintOutput: String) {
        let (status, output) = try ProcessRunner.run(try #require(promtool), ["test", "rules", path], currentDirectory: directory)
        let result = try TestCommand.parse([path, "--no-diff"]).execute()
        return (status, result.exitCode, output, result.errors)
    }

    @Test(.enabled(if: enabled, "needs /work/shared (HALINT_SHARED) and promtool on PATH"), arguments: agreeing)
    func sameVerdict(_ file: String) throws {
        let directory = TestPaths.shared!.appendingPathComponent("promtool-unittests/testdata")
        let verdict = try Self.verdicts(directory.appendingPathComponent(file).path, directory: directory)
        #expect(verdict.promtool == verdict.halint, "promtool: \(verdict.promtoolOutput)\nhalint: \(verdict.halintOutput)")
    }

    /// Every unit-test file in the fixture directory is classified.
    @Test(.enabled(if: TestPaths.sharedAvailable, "\(TestPaths.sharedMissingReason)"))
    func everyUnitTestFileIsCovered() throws {
        let directory = TestPaths.shared!.appendingPathComponent("promtool-unittests/testdata")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { name in
            guard name.hasSuffix(".yml"), let text = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) else {
                return false
            }
            return text.range(of: "^tests:", options: .regularExpression) != nil || text.contains("\ntests:")
        }
        #expect(Set(files) == Set(Self.agreeing).union(Self.differing.keys))
    }

    /// Failure texts are promtool's, word for word.
    @Test(.enabled(if: enabled, "needs /work/shared (HALINT_SHARED) and promtool on PATH"))
    func failureTextsMatch() throws {
        let directory = TestPaths.shared!.appendingPathComponent("promtool-unittests/testdata")
        let path = directory.appendingPathComponent("failing.yml").path
        let (_, output) = try ProcessRunner.run(try #require(Self.promtool), ["test", "rules", path])
        let failures = RuleTestRunner().run(file: path).failures
        #expect(failures.count == 4)
        for failure in failures { #expect(output.contains(failure.promtoolText), "\(failure.promtoolText)") }
    }

    @Test(.enabled(if: enabled, "needs /work/shared (HALINT_SHARED) and promtool on PATH"))
    func benchmarkVerdict() throws {
        let directory = TestPaths.shared!.appendingPathComponent("corpus/bench/promtool-unittest-50x1000")
        let verdict = try Self.verdicts(directory.appendingPathComponent("bench_test.yml").path, directory: directory)
        #expect(verdict.promtool == 0)
        #expect(verdict.halint == 0, "\(verdict.halintOutput)")
    }
}
