import ArgumentParser
import Checks
import Diagnostics
import Foundation
import Reporting

/// `halint check PATH...`
public struct CheckCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check Prometheus configs, rule files, Alertmanager configs, docker-compose and nginx files.")

    @Argument(help: "Files or directories to check. Directories are searched for .yml, .yaml, .rules and .conf files.")
    public var paths: [String] = ["."]

    @Option(help: "Output format: text, json, sarif, github, junit or checkstyle.")
    public var format: OutputFormat = .text

    @Option(help: "Lowest severity that makes the run fail (exit 1): info, warning or error (default: error, or fail_on in .halint.yml).")
    public var failOn: FailOn?

    @Option(help: "Colour the text output: auto (only on a terminal, and not when NO_COLOR is set), always or never.")
    public var color: ColorMode = .auto

    @Option(help: "Settings file (default: the nearest .halint.yml in the working directory or above).")
    public var config: String?

    @Option(help: "Report only findings in rules, scrape jobs, routes, receivers and services added or changed since this git commit (e.g. origin/main).")
    public var diffBase: String?

    @Option(help: "Accept the findings recorded in this baseline file; fail only on new ones.")
    public var baseline: String?

    @Option(help: "Write the current findings to this baseline file and exit 0.")
    public var writeBaseline: String?

    @OptionGroup(title: "Live mode")
    public var live: LiveModeOptions

    public init() {}

    public func run() throws {
        let result = try execute(environment: ProcessInfo.processInfo.environment, isTerminal: isatty(1) == 1)
        FileHandle.standardOutput.write(Data(result.output.utf8))
        if result.exitCode != 0 { throw ExitCode(result.exitCode) }
    }

    /// The whole command without process side effects, for in-process tests.
    public func execute(environment: [String: String] = [:], isTerminal: Bool = false) throws -> (output: String, exitCode: Int32) {
        var options = LintOptions()
        let configPath = config ?? HalintConfig.discover(from: FileManager.default.currentDirectoryPath)
        if let configPath {
            guard let data = FileManager.default.contents(atPath: configPath) else {
                throw HalintUsageError("\(configPath): cannot read the settings file")
            }
            let loaded = HalintConfig.load(
                text: String(decoding: data, as: UTF8.self), file: configPath,
                knownChecks: Set(CheckRegistry.standard.descriptors.map(\.id)))
            options.config = loaded.config
            options.configDirectory = (configPath as NSString).deletingLastPathComponent
            options.configDiagnostics = loaded.diagnostics
        }
        if let baseline {
            guard let data = FileManager.default.contents(atPath: baseline) else {
                throw HalintUsageError("\(baseline): cannot read the baseline file")
            }
            do {
                options.baseline = try Baseline.decode(data)
            } catch {
                throw HalintUsageError("\(baseline): not a halint baseline file (\(error.localizedDescription))")
            }
        }
        if let diffBase {
            do {
                options.diffBase = try DiffBase.prepare(ref: diffBase, workingDirectory: FileManager.default.currentDirectoryPath)
            } catch {
                throw HalintUsageError(error.description)
            }
        }
        options.live = try live.liveOptions(environment: environment, config: options.config)
        let linter = Linter(options: options)
        let report: LintReport
        do {
            report = try linter.lint(paths: paths)
        } catch {
            throw HalintUsageError(error.description)
        }
        if let writeBaseline {
            let recorded = Baseline.from(report)
            guard FileManager.default.createFile(atPath: writeBaseline, contents: Data(recorded.encoded().utf8)) else {
                throw HalintUsageError("\(writeBaseline): cannot write the baseline file")
            }
            return ("wrote \(recorded.entries.count) findings to \(writeBaseline)\n", 0)
        }
        let input = Self.renderInput(report, registry: linter.registry)
        let output: String
        switch format {
        case .text:
            let useColor: Bool
            switch color {
            case .always: useColor = true
            case .never: useColor = false
            case .auto: useColor = isTerminal && environment["NO_COLOR"].map(\.isEmpty) != false
            }
            output = TextRenderer(color: useColor).render(input)
        case .json: output = JSONRenderer().render(input)
        case .sarif: output = SARIFRenderer().render(input)
        case .github: output = GitHubRenderer().render(input)
        case .junit: output = JUnitRenderer().render(input)
        case .checkstyle: output = CheckstyleRenderer().render(input)
        }
        let threshold = failOn?.severity ?? options.config.failOn ?? .error
        return (output, report.exitCode(failOn: threshold))
    }

    static func renderInput(_ report: LintReport, registry: CheckRegistry) -> RenderInput {
        let sources = report.sources
        return RenderInput(
            diagnostics: report.diagnostics,
            files: report.files.map { RenderInput.File(path: $0.path, kind: $0.kind.rawValue) },
            descriptors: registry.descriptors,
            sourceLine: { path, line in sources[path]?.line(line) })
    }
}

extension FailOn {
    var severity: Severity {
        switch self {
        case .info: .info
        case .warning: .warning
        case .error: .error
        }
    }
}

/// An error that stops the run before checking: printed, exit code 2.
public struct HalintUsageError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
