import Foundation
import PromQLEngine
import Testing
import TestSupport

/// Runs every promqltest file of /work/shared/promqltest through the engine.
@Suite struct ConformanceTests {
    /// Float-sample evals passing per file; raise these as the engine improves, never lower them.
    static let minimumPassed: [String: Int] = [
        "aggregators.test": 153,
        "at_modifier.test": 78,
        "collision.test": 2,
        "duration_expression.test": 59,
        "extended_vectors.test": 125,
        "fill-modifier.test": 46,
        "functions.test": 396,
        "histograms.test": 91,
        "info.test": 52,
        "limit.test": 21,
        "literals.test": 25,
        "name_label_dropping.test": 30,
        "native_histograms.test": 222,
        "operators.test": 212,
        "range_queries.test": 18,
        "selectors.test": 31,
        "staleness.test": 17,
        "start_timestamps.test": 24,
        "subquery.test": 34,
        "trig_functions.test": 19,
        "type_and_unit.test": 58,
    ]

    @Test(.enabled(if: TestPaths.sharedAvailable, "\(TestPaths.sharedMissingReason)"))
    func promqltestCorpus() throws {
        let directory = TestPaths.shared!.appendingPathComponent("promqltest")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".test") }.sorted()
        #expect(files.count == 21)
        var totals = (passed: 0, failed: 0, histograms: 0, unsupported: 0)
        var report: [String] = []
        var histogramCases: [String] = []
        for file in files {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            let outcomes = TestScriptRunner.run(text)
            var passed = 0, failed = 0, histograms = 0, unsupported = 0
            for outcome in outcomes {
                switch outcome.status {
                case .passed: passed += 1
                case .nativeHistograms:
                    histograms += 1
                    histogramCases.append("  \(file):\(outcome.line): \(outcome.expr)")
                case .unsupported(let message):
                    unsupported += 1
                    report.append("  \(file):\(outcome.line): \(outcome.expr)\n      unsupported: \(message)")
                case .failed(let message):
                    failed += 1
                    report.append("  \(file):\(outcome.line): \(outcome.expr)\n      \(message.prefix(300))")
                }
            }
            print("[conformance] \(file): \(passed) passed, \(failed) failed, \(histograms) native-histogram cases, \(unsupported) reported unsupported")
            totals.unsupported += unsupported
            totals.passed += passed
            totals.failed += failed
            totals.histograms += histograms
            if let minimum = Self.minimumPassed[file] { #expect(passed >= minimum, "\(file): \(passed) < \(minimum)") }
        }
        print("[conformance] TOTAL: \(totals.passed) passed, \(totals.failed) failed, \(totals.histograms) native-histogram cases, \(totals.unsupported) reported unsupported")
        print("[conformance] failures:\n" + report.joined(separator: "\n"))
        print("[conformance] native-histogram cases (not evaluated):\n" + histogramCases.joined(separator: "\n"))
        #expect(totals.passed >= Self.minimumPassed.values.reduce(0, +))
    }
}
