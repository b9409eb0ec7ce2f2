import Benchmark
import Foundation
import PromModel
import RuleEvaluation
import TimeSeries

/// `halint eval` after loading: the seed's cluster rules (a recording rule,
/// the member-count alert, the `up == 0 or absent(up)` alert) over 50
/// Alertmanagers × 2 days at 15s with three outages each (11,521 ticks),
/// then the timeline, selector coverage and the text rendering. Register
/// with `registerEvalTimelineBenchmarks()`.
enum EvalTimelineBenchInputs {
    static let instances = 50
    static let ticks = 2 * 86_400 / 15 + 1
    static let step: Int64 = 15_000

    static let store: SeriesStore = {
        var generator = SplitMix(seed: 1)
        let outages: [[Range<Int>]] = (0..<instances).map { _ in
            (0..<3).map { _ in
                let start = Int(generator.next() % UInt64(ticks - 200))
                return start..<(start + 10 + Int(generator.next() % 140))
            }
        }
        func down(_ instance: Int, _ tick: Int) -> Bool {
            instance >= 0 && instance < instances && outages[instance].contains { $0.contains(tick) }
        }
        var builder = SeriesStore.Builder()
        for instance in 0..<instances {
            let target = ["instance": "am\(instance):9093", "job": "alertmanager"]
            var members = target
            members["__name__"] = "alertmanager_cluster_members"
            var up = target
            up["__name__"] = "up"
            for tick in 0..<ticks {
                let t = Int64(tick) * step
                builder.append(Labels(up), timestamp: t, value: down(instance, tick) ? 0 : 1)
                guard !down(instance, tick) else { continue }
                let neighbourDown = down(instance - 1, tick) || down(instance + 1, tick)
                builder.append(Labels(members), timestamp: t, value: Double(neighbourDown ? instances - 1 : instances))
            }
        }
        return builder.build()
    }()

    static let rules: TimelineRuleSet? = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("halint-eval-bench-rules.yml").path
        let text = """
            groups:
              - name: alertmanager-cluster
                rules:
                  - record: job:alertmanager_cluster_members:min
                    expr: min by (job) (alertmanager_cluster_members)
                  - alert: AlertManagerClusterDown
                    expr: alertmanager_cluster_members < \(instances)
                    for: 5m
                    annotations:
                      summary: 'Alertmanager {{ $labels.instance }} sees {{ $value }} cluster member(s)'
                  - alert: AlertmanagerDown
                    expr: up{job="alertmanager"} == 0 or absent(up{job="alertmanager"})
                    for: 5m
                    annotations:
                      summary: 'Alertmanager {{ $labels.instance }} is down'
            """
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return try? TimelineRuleSet.load(paths: [path])
    }()
}

/// A small deterministic generator, so every run measures the same outages.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func registerEvalTimelineBenchmarks() {
    Benchmark("eval timeline: 3 rules, 50 instances x 2 days at 15s (11,521 ticks), text output",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal], maxDuration: .seconds(60),
                                   maxIterations: 3)) { benchmark in
        let store = EvalTimelineBenchInputs.store
        guard let rules = EvalTimelineBenchInputs.rules else { return }
        let window = TimelineWindow(from: 0, to: Int64(EvalTimelineBenchInputs.ticks - 1) * EvalTimelineBenchInputs.step)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let timeline = TimelineRun.run(rules, store: store, options: TimelineRun.Options(window: window, step: EvalTimelineBenchInputs.step))
            blackHole(TimelineTextRenderer().render(timeline))
        }
    }
}
