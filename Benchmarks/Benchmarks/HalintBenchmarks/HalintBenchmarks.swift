import Benchmark
import Checks
import Foundation

/// Inputs are generated from ../shared/corpus/bench so the figures match the
/// ones the issues name. Missing shared data skips the benchmark with a note.
enum BenchInputs {
    static let shared: URL? = {
        let candidates = [
            ProcessInfo.processInfo.environment["HALINT_SHARED"],
            FileManager.default.currentDirectoryPath + "/../../shared",
            FileManager.default.currentDirectoryPath + "/../shared",
        ].compactMap { $0 }
        return candidates.map { URL(fileURLWithPath: $0) }
            .first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("corpus/bench").path) }
    }()

    /// The 30,160-rule, 14 MB file of `make_big_rules.py 10`.
    static let bigRules: String? = {
        guard let shared else {
            print("note: ../shared not found; big-rules benchmarks skipped")
            return nil
        }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("halint-big10.yml").path
        if !FileManager.default.fileExists(atPath: output) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", shared.appendingPathComponent("corpus/bench/make_big_rules.py").path, "10", output]
            try? process.run()
            process.waitUntilExit()
        }
        return FileManager.default.fileExists(atPath: output) ? output : nil
    }()

    /// A directory with the big rule file and an Alertmanager config beside it
    /// (Alertmanager's doc/examples/simple.yml), so the Alerting route checks
    /// run over 30,160 rules.
    static let bigRulesWithAlertmanager: String? = {
        guard let shared, let big = bigRules else { return nil }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("halint-big10-am")
        let rules = directory.appendingPathComponent("big10.yml").path
        let config = directory.appendingPathComponent("alertmanager.yml").path
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: rules) { try? FileManager.default.createSymbolicLink(atPath: rules, withDestinationPath: big) }
        if !FileManager.default.fileExists(atPath: config) {
            try? FileManager.default.copyItem(
                atPath: shared.appendingPathComponent("corpus/alertmanager/prometheus-alertmanager/doc__examples__simple.yml").path,
                toPath: config)
        }
        return FileManager.default.fileExists(atPath: config) ? directory.path : nil
    }()
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal],
        maxDuration: .seconds(20), maxIterations: 10)
    registerShardingBenchmarks()
    registerEvaluatorBenchmarks()
    registerEvalTimelineBenchmarks()
    AlertmanagerBenchmarks.register()
    RuleTestBenchmarks.register()

    if let big = BenchInputs.bigRules {
        Benchmark("check big10.yml (30,160 rules)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try Linter().lint(paths: [big]))
            }
        }
        if let directory = BenchInputs.bigRulesWithAlertmanager {
            // The Alerting route checks share one rule × route analysis per project.
            Benchmark("check big10.yml + alertmanager.yml (30,160 rules routed)") { benchmark in
                for _ in benchmark.scaledIterations {
                    blackHole(try Linter().lint(paths: [directory]))
                }
            }
        }
        // The rule-lint catalogue alone, over a project loaded once: its share
        // of the figure above, without YAML parsing and rule decoding.
        if let project = try? Linter().project(paths: [big]) {
            Benchmark("rule lint big10.yml (30,160 rules, loaded)") { benchmark in
                for _ in benchmark.scaledIterations {
                    blackHole(RuleLintPass().check(project))
                }
            }
        }
    }
}
