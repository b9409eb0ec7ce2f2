import Foundation
import PromModel
import PromQL
import RegexEngine

/// Settings of `halint test`, mirroring `promtool test rules`.
public struct RuleTestOptions: Sendable {
    /// `--run`: only test groups whose name matches one of these (unanchored) regexes.
    public var runPatterns: [String]?
    /// `--ignore-unknown-fields`: unknown keys in rule files are not errors (the test file stays strict).
    public var ignoreUnknownFields: Bool
    public var parserOptions: ParserOptions
    public var strategy: RuleEvaluationOptions.Strategy

    public init(
        runPatterns: [String]? = nil, ignoreUnknownFields: Bool = false, parserOptions: ParserOptions = ParserOptions(),
        strategy: RuleEvaluationOptions.Strategy = .automatic
    ) {
        self.runPatterns = runPatterns
        self.ignoreUnknownFields = ignoreUnknownFields
        self.parserOptions = parserOptions
        self.strategy = strategy
    }

    /// The `--run` patterns as one regex (joined with `|`, unanchored), as promtool compiles them.
    func runRegex() throws(RegexError) -> PromRegex? {
        guard let runPatterns else { return nil }
        return try PromRegex(runPatterns.joined(separator: "|"), anchored: false)
    }

    /// Why the `--run` patterns do not compile, if they do not.
    public var runPatternProblem: String? {
        do {
            _ = try runRegex()
            return nil
        } catch {
            return String(describing: error)
        }
    }
}

/// The outcome of one test file.
public struct RuleTestFileResult: Sendable {
    public var file: String
    /// `  WARNING: no file match pattern <path>` lines.
    public var warnings: [String] = []
    /// The file could not be used at all (unreadable, not valid for the schema, repeated group in `group_eval_order`).
    public var fileError: String?
    /// The groups that ran (after `--run`), in file order.
    public var groups: [RuleTestGroupResult] = []

    public var passed: Bool { fileError == nil && groups.allSatisfy(\.passed) }

    /// Every failure in promtool's order.
    public var failures: [RuleTestFailure] {
        if let fileError { return [.setup(fileError)] }
        return groups.flatMap(\.failures)
    }
}

public struct RuleTestGroupResult: Sendable {
    /// The group's name, or `unnamed#<index>`.
    public var name: String
    public var failures: [RuleTestFailure]
    /// How the rules were evaluated (nil when they were not).
    public var strategy: RuleEvaluationRun.Strategy?

    public var passed: Bool { failures.isEmpty }
}

/// Runs promtool rule unit-test files (cmd/promtool/unittest.go, 3.x).
public struct RuleTestRunner: Sendable {
    public var options: RuleTestOptions

    public init(options: RuleTestOptions = RuleTestOptions()) {
        self.options = options
    }

    /// Runs one file read from disk. A missing file is a failure, as in promtool.
    public func run(file path: String) -> RuleTestFileResult {
        guard let data = FileManager.default.contents(atPath: path) else {
            var result = RuleTestFileResult(file: path)
            result.fileError = "open \(path): no such file or directory"
            return result
        }
        guard let text = String(data: data, encoding: .utf8) else {
            // Binary junk used to be reported as a missing file.
            var result = RuleTestFileResult(file: path)
            result.fileError = "\(path): the file is not valid UTF-8"
            return result
        }
        return run(text: text, file: path)
    }

    /// Runs a test file's text; rule files are resolved against `path`'s directory.
    public func run(text: String, file path: String) -> RuleTestFileResult {
        var result = RuleTestFileResult(file: path)
        let testFile: RuleTestFile
        switch RuleTestFileDecoder.decode(text, file: path) {
        case .success(let decoded): testFile = decoded
        case .failure(let error):
            result.fileError = error.message
            return result
        }
        let directory = (path as NSString).deletingLastPathComponent
        var ruleFiles: [String] = []
        for pattern in testFile.ruleFiles {
            let resolved = RuleFileSet.join(directory.isEmpty ? "." : directory, pattern)
            let matches = RuleFileSet.glob(resolved)
            if matches.isEmpty { result.warnings.append("  WARNING: no file match pattern \(resolved)") }
            ruleFiles += matches
        }
        let interval = testFile.evaluationInterval.flatMap { $0.milliseconds == 0 ? nil : $0 } ?? ModelDuration(milliseconds: 60_000)
        var order: [String: Int] = [:]
        for (index, name) in testFile.groupEvalOrder.enumerated() {
            if order[name] != nil {
                result.fileError = "group name repeated in evaluation order: \(name)"
                return result
            }
            order[name] = index
        }
        let run: PromRegex?
        do {
            run = try options.runRegex()
        } catch {
            result.fileError = "--run: \(error)"
            return result
        }
        let rules = RuleFileSet(paths: ruleFiles, ignoreUnknownFields: options.ignoreUnknownFields, parserOptions: options.parserOptions)
        for (index, group) in testFile.tests.enumerated() {
            if let run, !run.matches(group.name) { continue }
            let name = group.name.isEmpty ? "unnamed#\(index)" : group.name
            let groupRun = RuleTestGroupRun(
                group: group, rules: rules, order: order, evaluationInterval: interval.milliseconds,
                fuzzyCompare: testFile.fuzzyCompare, options: options)
            let (failures, strategy) = groupRun.run()
            result.groups.append(RuleTestGroupResult(name: name, failures: failures, strategy: strategy))
        }
        return result
    }
}
