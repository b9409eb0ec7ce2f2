import Benchmark
import Foundation
import RuleEvaluation

/// `halint test` on the promtool unit-test benchmark of
/// ../shared/corpus/bench/promtool-unittest-50x1000 and its two scaled
/// variants, written by Benchmarks/scripts/make_promtool_unittest.py
/// (promtool 2.42 on this machine: about 2.8-7 s / 63 MiB, 33-65 s, 28-45 s).
enum RuleTestBenchmarks {
    /// The directory holding `bench_test.yml` for `rules` × `steps`, generated once.
    static func directory(rules: Int, steps: Int) -> String? {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("halint-ruletest-\(rules)x\(steps)")
        let test = output.appendingPathComponent("bench_test.yml").path
        if !FileManager.default.fileExists(atPath: test) {
            let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("scripts/make_promtool_unittest.py")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", script.path, "\(rules)", "\(steps)", output.path]
            try? process.run()
            process.waitUntilExit()
        }
        return FileManager.default.fileExists(atPath: test) ? test : nil
    }

    static func register() {
        for (rules, steps) in [(50, 1000), (50, 10_000), (500, 1000)] {
            guard let test = directory(rules: rules, steps: steps) else {
                print("note: could not generate the \(rules)x\(steps) unit-test benchmark (python3 missing?)")
                continue
            }
            Benchmark(
                "halint test promtool-unittest-\(rules)x\(steps)",
                configuration: .init(metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal], maxDuration: .seconds(30), maxIterations: 5)
            ) { benchmark in
                for _ in benchmark.scaledIterations {
                    let result = RuleTestRunner().run(file: test)
                    precondition(result.passed, "the benchmark's tests must pass")
                    blackHole(result)
                }
            }
        }
    }
}
