import Foundation
import Testing
import TestSupport
import TimeSeries

/// The recorded scenarios' timelines are checked against promtool itself:
/// Fixtures/recorded/promtool-tests.yml asserts, with `promtool test rules`,
/// which alerts fire at the edges of the timelines EvalSeedScenarioTests
/// expect from halint. Its input series must be the recordings.
@Suite struct EvalPromtoolAgreementTests {
    static let directory = TestPaths.fixtures.appendingPathComponent("recorded")
    /// 2025-03-03T10:00:00Z, the first sample of every recording.
    static let start: Int64 = 1_740_996_000_000

    /// `(name, [(series, values)])` per test of the promtool file.
    static func promtoolInputs() throws -> [(String, [(String, String)])] {
        let text = try String(contentsOf: directory.appendingPathComponent("promtool-tests.yml"), encoding: .utf8)
        var tests: [(String, [(String, String)])] = []
        var pendingSeries: String?
        func quoted(_ line: Substring) -> String? {
            guard let open = line.firstIndex(of: "'"), let close = line.lastIndex(of: "'"), open < close else { return nil }
            return String(line[line.index(after: open)..<close])
        }
        for raw in text.split(separator: "\n") {
            let line = raw.drop { $0 == " " }
            if line.hasPrefix("- name: ") {
                tests.append((String(line.dropFirst(8)), []))
            } else if line.hasPrefix("- series: ") {
                pendingSeries = quoted(line)
            } else if line.hasPrefix("values: "), let series = pendingSeries, let values = quoted(line) {
                tests[tests.count - 1].1.append((series, values))
                pendingSeries = nil
            }
        }
        return tests
    }

    @Test func promtoolInputsAreTheRecordings() throws {
        let recordings = ["one member down": "one-member-down.om", "both members down": "both-members-down.om"]
        let tests = try Self.promtoolInputs()
        #expect(tests.map(\.0) == ["one member down", "both members down"])
        for (name, inputs) in tests {
            let notation = "load 15s\n" + inputs.map { "  \($0.0) \($0.1)" }.joined(separator: "\n") + "\n"
            var options = SeriesFile.Options()
            options.startMilliseconds = Self.start
            let fromPromtool = try SeriesFile.parse(notation, format: .notation, options: options)
            let recorded = try SeriesFile.load(path: Self.directory.appendingPathComponent(try #require(recordings[name])).path)
            #expect(fromPromtool.store.allSeries == recorded.store.allSeries, "\(name)")
        }
    }

    @Test func promtoolAgrees() throws {
        guard let promtool = ProcessRunner.which("promtool") else {
            print("skipped: promtool is not installed; the cross-check of the recorded timelines with promtool test rules does not run")
            return
        }
        let result = try ProcessRunner.run(promtool, ["test", "rules", "promtool-tests.yml"], currentDirectory: Self.directory)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("SUCCESS"))
    }
}
