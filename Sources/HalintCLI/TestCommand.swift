import ArgumentParser
import Foundation
import PromQL
import Reporting
import RuleEvaluation

/// `halint test`: runs promtool rule unit-test files (`promtool test rules`)
/// with halint's rule evaluator.
public struct TestCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run Prometheus rule unit tests (the promtool test rules file format).",
        discussion: """
            Each file is reported as promtool 3.x reports it: "  SUCCESS", or "  FAILED:" followed by every failure \
            (on stderr), each with halint's diff of what differs alert by alert or series by series. \
            Exit codes: 0 every test passed; 1 a test failed or a test file could not be used (as promtool); \
            2 usage error or a test file argument that does not exist.
            """)

    @Argument(help: "Unit-test files (promtool's format).")
    public var files: [String]

    @Option(name: .customLong("run"), help: "Only run test groups whose name matches this regex (repeatable; any of them).")
    public var runPatterns: [String] = []

    @Flag(name: .customLong("ignore-unknown-fields"), help: "Unknown fields in rule files are not errors (the test file stays strict).")
    public var ignoreUnknownFields = false

    @Option(name: .customLong("junit"), help: "Also write a JUnit XML report to this file.")
    public var junit: String?

    @Option(
        name: .customLong("enable-feature"),
        help: "PromQL features: promql-experimental-functions, promql-extended-range-selectors, promql-binop-fill-modifiers (repeatable or comma-separated).")
    public var features: [String] = []

    @Flag(name: .customLong("no-diff"), help: "Print only promtool's failure text, without halint's diff.")
    public var noDiff = false

    @Flag(name: .customLong("tick-by-tick"), help: .hidden)
    public var tickByTick = false

    public init() {}

    public func run() throws {
        let result = try execute()
        FileHandle.standardOutput.write(Data(result.output.utf8))
        FileHandle.standardError.write(Data(result.errors.utf8))
        if result.exitCode != 0 { throw ExitCode(result.exitCode) }
    }

    /// The whole command without process side effects: stdout, stderr and exit code.
    public func execute() throws -> (output: String, errors: String, exitCode: Int32) {
        var parser = ParserOptions()
        for feature in features.flatMap({ $0.split(separator: ",").map(String.init) }) {
            switch feature {
            case "promql-experimental-functions": parser.enableExperimentalFunctions = true
            case "promql-extended-range-selectors": parser.enableExtendedRangeSelectors = true
            case "promql-binop-fill-modifiers": parser.enableBinopFillModifiers = true
            case "promql-duration-expr", "promql-at-modifier", "promql-negative-offset", "promql-delayed-name-removal": break
            default: throw HalintUsageError("--enable-feature: unknown feature \"\(feature)\"")
            }
        }
        if files.isEmpty { throw HalintUsageError("test: give at least one unit-test file") }
        for file in files where !FileManager.default.fileExists(atPath: file) {
            throw HalintUsageError("\(file): no such file")
        }
        let options = RuleTestOptions(
            runPatterns: runPatterns.isEmpty ? nil : runPatterns, ignoreUnknownFields: ignoreUnknownFields, parserOptions: parser,
            strategy: tickByTick ? .tickByTick : .automatic)
        if let problem = options.runPatternProblem { throw HalintUsageError("--run: \(problem)") }
        let runner = RuleTestRunner(options: options)
        var output = ""
        var errors = ""
        var failed = false
        var report = JUnitTestReport()
        for file in files {
            let result = runner.run(file: file)
            output += "Unit Testing: \(file)\n"
            for warning in result.warnings { errors += warning + "\n" }
            if result.passed {
                output += "  SUCCESS\n"
            } else {
                failed = true
                errors += "  FAILED:\n"
                for failure in result.failures {
                    errors += (noDiff ? failure.promtoolText : failure.text) + "\n"
                    output += "\n"
                }
            }
            output += "\n"
            report.suites.append(Self.suite(result))
        }
        if let junit {
            do {
                try report.render().write(toFile: junit, atomically: true, encoding: .utf8)
            } catch {
                throw HalintUsageError("\(junit): cannot write the JUnit report")
            }
        }
        return (output, errors, failed ? 1 : 0)
    }

    static func suite(_ result: RuleTestFileResult) -> JUnitTestReport.TestSuite {
        if let error = result.fileError {
            return JUnitTestReport.TestSuite(name: result.file, cases: [JUnitTestReport.TestCase(name: "aborted", error: error)])
        }
        return JUnitTestReport.TestSuite(
            name: result.file, cases: result.groups.map { JUnitTestReport.TestCase(name: $0.name, failures: $0.failures.map(\.text)) })
    }
}
