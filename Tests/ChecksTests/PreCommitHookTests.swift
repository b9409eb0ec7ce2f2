import Foundation
import Testing
import TestSupport

/// Runs the hook definitions in `.pre-commit-hooks.yaml` with the real
/// `pre-commit` tool (PyPI; installed by .ci/run) against a scratch repository.
@Suite struct PreCommitHookTests {
    static let preCommit = ProcessRunner.which("pre-commit")
    static let binaryDirectory: String? = {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            if FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("halint").path) { return dir.path }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }()

    @Test(.enabled(
        if: preCommit != nil && binaryDirectory != nil && ProcessRunner.which("git") != nil,
        "needs pre-commit and git on PATH and the halint binary built beside the tests"))
    func systemHookFailsOnFindingsAndPassesCleanFiles() throws {
        let preCommit = try #require(Self.preCommit)
        let binaries = try #require(Self.binaryDirectory)
        let repo = TemporaryDirectory()
        let home = TemporaryDirectory()
        repo.write("prometheus.yml", "global: {}\nscrape_configs: []\nglobal: {}\n")
        repo.write("clean/prometheus.yml", "global: {}\nscrape_configs: []\n")
        _ = try ProcessRunner.run("/usr/bin/env", ["git", "init", "-q", repo.url.path])
        let environment = "PATH=\(binaries):\(ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")"
        func hook(_ file: String) throws -> (status: Int32, output: String) {
            try ProcessRunner.run(
                "/usr/bin/env",
                [
                    environment, "PRE_COMMIT_HOME=\(home.url.path)", "HOME=\(home.url.path)", preCommit, "try-repo",
                    TestPaths.packageRoot.path, "halint-system", "--files", file,
                ],
                currentDirectory: repo.url)
        }
        let bad = try hook("prometheus.yml")
        #expect(bad.status == 1, "\(bad.output)")
        #expect(bad.output.contains("[yaml/duplicate-key]"), "\(bad.output)")
        let good = try hook("clean/prometheus.yml")
        #expect(good.status == 0, "\(good.output)")
    }

    @Test(.enabled(
        if: preCommit != nil && binaryDirectory != nil && ProcessRunner.which("git") != nil,
        "needs pre-commit and git on PATH and the halint binary built beside the tests"))
    func testHookRunsRuleUnitTests() throws {
        let preCommit = try #require(Self.preCommit)
        let binaries = try #require(Self.binaryDirectory)
        let repo = TemporaryDirectory()
        let home = TemporaryDirectory()
        repo.write("rules/alerts.yml", "groups:\n  - name: g\n    rules:\n      - alert: Always\n        expr: vector(1)\n")
        let test = { (expected: String) in
            "rule_files: [alerts.yml]\ntests:\n  - alert_rule_test:\n      - eval_time: 0\n        alertname: Always\n        exp_alerts: \(expected)\n"
        }
        repo.write("rules/alerts_test.yml", test("[{}]"))
        repo.write("rules/broken.test.yaml", test("[]"))
        _ = try ProcessRunner.run("/usr/bin/env", ["git", "init", "-q", repo.url.path])
        let environment = "PATH=\(binaries):\(ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")"
        func hook(_ file: String) throws -> (status: Int32, output: String) {
            try ProcessRunner.run(
                "/usr/bin/env",
                [
                    environment, "PRE_COMMIT_HOME=\(home.url.path)", "HOME=\(home.url.path)", preCommit, "try-repo",
                    TestPaths.packageRoot.path, "halint-test-system", "--files", file,
                ],
                currentDirectory: repo.url)
        }
        let good = try hook("rules/alerts_test.yml")
        #expect(good.status == 0, "\(good.output)")
        #expect(good.output.contains("Passed"), "\(good.output)")
        let bad = try hook("rules/broken.test.yaml")
        #expect(bad.status == 1, "\(bad.output)")
        #expect(bad.output.contains("alertname: Always, time: 0s"), "\(bad.output)")
        // Rule files are not unit-test files: the hook leaves them alone.
        let skipped = try hook("rules/alerts.yml")
        #expect(skipped.status == 0, "\(skipped.output)")
        #expect(skipped.output.contains("Skipped"), "\(skipped.output)")
    }
}
