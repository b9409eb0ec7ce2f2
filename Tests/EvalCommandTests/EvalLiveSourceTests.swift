import Foundation
import HalintCLI
import PromModel
import Testing
import TestSupport
import TimeSeries

/// `halint eval --source`: the three recorded scenarios, moved to the last
/// hours and backfilled into a real Prometheus, must give exactly the
/// timelines the same series give when read from a file.
@Suite(.serialized) struct EvalLiveSourceTests {
    static let hour: Int64 = 3_600_000
    /// Where each scenario is moved to: whole hours, so the 15s ticks line up.
    static let scenarios: [(file: String, start: Int64)] = {
        let now = Int64(Date().timeIntervalSince1970 * 1000) / hour * hour
        return [("healthy.om", now - 9 * hour), ("one-member-down.om", now - 6 * hour), ("both-members-down.om", now - 3 * hour)]
    }()
    static let recordedStart: Int64 = 1_740_996_000_000
    static let directory = TemporaryDirectory()

    /// Every scenario's series, shifted, as one OpenMetrics text, plus one file per scenario.
    static let files: Result<(combined: String, perScenario: [String]), any Error> = Result {
        var stores: [SeriesStore] = []
        var paths: [String] = []
        for (name, start) in scenarios {
            let path = TestPaths.fixtures.appendingPathComponent("recorded").appendingPathComponent(name).path
            let shifted = shift(try SeriesFile.load(path: path).store, by: start - recordedStart)
            stores.append(shifted)
            paths.append(directory.write(name, openMetrics(shifted)))
        }
        return (openMetrics(SeriesStore.merged(stores)), paths)
    }

    static let server: Result<PrometheusServer, any Error>? = {
        guard PrometheusServer.unavailableReason == nil else { return nil }
        return Result { try PrometheusServer(openMetrics: try files.get().combined) }
    }()

    static func shift(_ store: SeriesStore, by offset: Int64) -> SeriesStore {
        SeriesStore(store.allSeries.map { series in
            Series(labels: series.labels, samples: series.samples.map { Sample(timestampMilliseconds: $0.timestampMilliseconds + offset, value: $0.value) })
        })
    }

    static func openMetrics(_ store: SeriesStore) -> String {
        var lines: [String] = []
        var family = ""
        for series in store.allSeries {
            if series.labels.metricName != family {
                family = series.labels.metricName
                lines.append("# TYPE \(family) gauge")
            }
            for sample in series.samples {
                lines.append("\(series.labels.selectorDescription.replacingOccurrences(of: ", ", with: ",")) \(Int64(sample.value)) \(sample.timestampMilliseconds / 1000)")
            }
        }
        return (lines + ["# EOF"]).joined(separator: "\n") + "\n"
    }

    func eval(_ arguments: [String]) throws -> (output: String, exitCode: Int32) {
        try EvalCommand.parse(arguments).execute(environment: [:])
    }

    @Test(arguments: [0, 1, 2], ["alerts.yml", "alerts-fixed.yml"])
    func liveTimelineEqualsTheFile(scenario: Int, rules: String) throws {
        guard let server = Self.server else {
            print("skipped: \(PrometheusServer.unavailableReason ?? "no server"); halint eval --source is not tested against a live Prometheus")
            return
        }
        let url = try server.get().url
        let rulesPath = TestPaths.fixtures.appendingPathComponent("recorded").appendingPathComponent(rules).path
        let start = Self.scenarios[scenario].start
        let window = ["--from", String(start / 1000), "--to", String((start + 40 * 60_000) / 1000), "--evaluation-interval", "15s"]
        for format in ["text", "json"] {
            let fromFile = try eval(["--rules", rulesPath, "--series", try Self.files.get().perScenario[scenario], "--format", format] + window)
            // A small chunk so the window is fetched in several requests per selector.
            let live = try eval(["--rules", rulesPath, "--source", url, "--source-chunk", "7m", "--format", format] + window)
            #expect(live.exitCode == fromFile.exitCode)
            #expect(live.output == fromFile.output)
        }
    }

    @Test func sourceNeedsAWindowAndExcludesSeries() throws {
        let rules = TestPaths.fixtures.appendingPathComponent("recorded/alerts.yml").path
        let noWindow = #expect(throws: HalintUsageError.self) { try eval(["--rules", rules, "--source", "http://127.0.0.1:1"]) }
        #expect(noWindow?.description == "--source needs --from and --to")
        let both = #expect(throws: HalintUsageError.self) {
            try eval(["--rules", rules, "--source", "http://127.0.0.1:1", "--series", "a.om", "--from", "0", "--to", "60"])
        }
        #expect(both?.description == "--source and --series cannot be combined")
        let refused = #expect(throws: HalintUsageError.self) {
            try eval(["--rules", rules, "--source", "http://127.0.0.1:1", "--from", "0", "--to", "60"])
        }
        #expect(refused?.description.hasPrefix("--source: ") == true)
    }
}
