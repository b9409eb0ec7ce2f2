import ArgumentParser
import Diagnostics
import Foundation
import PrometheusConfig
import Sharding

/// `halint shards`: how hashmod sharding spreads a job's targets over the
/// Prometheus replicas, what it loses or duplicates, and what resharding moves.
public struct ShardsCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "shards",
        abstract: "Simulate hashmod sharding: targets per replica, orphaned and duplicated targets, resharding cost.",
        discussion: """
            The replicas are the --config files, or the Prometheus services of --compose with the configs they mount. \
            Targets come from each job's static_configs and file_sd files, from --targets (one host:port per line, \
            optionally name=value labels and __series__=N, or a file_sd file), or from --generate N --pattern 'node-{i}:9100' \
            ({i} runs from 1 to N). --shards N --to M shows what moves when the job goes from N to M shards. \
            Exit status 1 when a sharded job has orphaned or duplicated targets.
            """)

    public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        case text, json, csv
    }

    @Option(name: .customLong("config"), help: "A Prometheus config; repeat for each replica.")
    public var configs: [String] = []

    @Option(help: "A docker-compose file whose Prometheus services are the replicas.")
    public var compose: String?

    @Option(name: .customLong("job"), help: "Report only this job; repeat for more (default: the sharded jobs, else all).")
    public var jobs: [String] = []

    @Option(help: "Targets for every job instead of their own (plain list or file_sd file).")
    public var targets: String?

    @Option(help: "Generate this many synthetic targets (with --pattern).")
    public var generate: Int?

    @Option(help: "Address pattern for --generate; {i} is replaced by 1…N.")
    public var pattern: String = "node-{i}:9100"

    @Option(help: "Current number of shards, for a resharding plan (with --to).")
    public var shards: Int?

    @Option(help: "New number of shards: show which targets move and the load after.")
    public var to: Int?

    @Option(help: "Output format: text, json or csv.")
    public var format: Format = .text

    @Option(help: "Also write an SVG chart of the distribution to this file.")
    public var svg: String?

    @Option(help: "Width of the bars in the text output.")
    public var width: Int = 40

    public init() {}

    static let maxShards = 100_000

    public func validate() throws {
        if shards != nil && to == nil { throw ValidationError("--shards needs --to (the new number of shards)") }
        if to != nil && shards == nil { throw ValidationError("--to needs --shards (the current number of shards)") }
        if let shards, shards < 1 { throw ValidationError("--shards must be at least 1") }
        if let to, to < 1 { throw ValidationError("--to must be at least 1") }
        // The plan keeps a tally per shard and the chart a cell per column: huge values allocated without bound.
        if let shards, shards > Self.maxShards { throw ValidationError("--shards must be at most \(Self.maxShards)") }
        if let to, to > Self.maxShards { throw ValidationError("--to must be at most \(Self.maxShards)") }
        if width > 1000 { throw ValidationError("--width must be at most 1000") }
        if targets != nil && generate != nil { throw ValidationError("give either --targets or --generate, not both") }
        if configs.isEmpty && compose == nil { throw ValidationError("give --config (one per replica) or --compose") }
    }

    public func run() throws {
        let result = try execute()
        if !result.errors.isEmpty { FileHandle.standardError.write(Data(result.errors.utf8)) }
        FileHandle.standardOutput.write(Data(result.output.utf8))
        if result.exitCode != 0 { throw ExitCode(result.exitCode) }
    }

    /// The whole command without process side effects (except --svg), for in-process tests.
    public func execute() throws -> (output: String, errors: String, exitCode: Int32) {
        let input: (topology: Topology, diagnostics: [Diagnostic], environment: [Diagnostic])
        do {
            input = try InputFiles.topology(configPaths: configs, composePath: compose)
        } catch {
            throw HalintUsageError(error.description)
        }
        var errors = ""
        let refused = input.diagnostics.filter { $0.severity == .error }
        let files = Set(refused.map(\.span.file)).sorted()
        if !files.isEmpty {
            errors +=
                "halint: warning: Prometheus would refuse \(files.joined(separator: ", ")) (\(refused.count) error\(refused.count == 1 ? "" : "s"), see halint check); simulating the rules it could read\n"
        }
        let override: TargetOverride
        if let targets {
            do {
                override = .groups(try TargetListReader.read(targets))
            } catch {
                throw HalintUsageError(error.description)
            }
        } else if let generate {
            do {
                override = .groups([try TargetGenerator(pattern: pattern, count: generate).group])
            } catch {
                throw HalintUsageError(error.description)
            }
        } else {
            override = .discovered
        }
        let known = Set(input.topology.jobNames)
        if let unknown = jobs.first(where: { !known.contains($0) }) {
            throw HalintUsageError(
                "no replica has a scrape job \"\(unknown)\"; jobs: \(input.topology.jobNames.joined(separator: ", "))")
        }
        let analysis = ShardsAnalysis(
            topology: input.topology, jobs: jobs.isEmpty ? nil : jobs, targets: override,
            reshard: shards.flatMap { from in to.map { (from, $0) } }, environmentFindings: input.environment)
        let report = analysis.run()
        if let svg {
            let written = FileManager.default.createFile(atPath: svg, contents: Data(ShardsSVGRenderer.render(report).utf8))
            if !written { throw HalintUsageError("\(svg): cannot write the SVG file") }
        }
        let output: String
        switch format {
        case .text: output = ShardsTextRenderer(barWidth: max(1, width)).render(report)
        case .json: output = ShardsJSONRenderer.render(report)
        case .csv: output = ShardsCSVRenderer.render(report)
        }
        return (output, errors, report.hasCoverageProblems ? 1 : 0)
    }
}
