import PromQL
import PromQLEngine
import RuleEvaluation
import Testing
import TimeSeries

@Suite struct TimelineSelectorCoverageTests {
    /// `a` has samples 0..4m and 20m..30m (1m apart), `b` never exists.
    static let store: SeriesStore = {
        var builder = SeriesStore.Builder()
        for minute in Array(0...4) + Array(20...30) { builder.append(["__name__": "a"], timestamp: Int64(minute) * 60_000, value: 1) }
        return builder.build()
    }()
    static let ticks = (0...30).map { Int64($0) * 60_000 }

    func notes(_ text: String) throws -> [TimelineNote] {
        let expr = try PromQLEngine.parse(text)
        return TimelineSelectorCoverage.notes(for: expr, engine: PromQLEngine(store: Self.store), ticks: Self.ticks, step: 60_000)
    }

    @Test func gapsAfterTheLookbackDelta() throws {
        // The last sample at 4m is seen until the lookback delta (5m) has passed: missing from 9m to 19m.
        #expect(try notes("a < 2") == [.noSeries(selector: "a", spans: [540_000...1_140_000], evaluations: 11, of: 31)])
    }

    @Test func rangeSelectorsAndSelectorsInsideAbsentAreHandled() throws {
        #expect(try notes("rate(a[2m]) > 0") == [
            .noSeries(selector: "a[2m]", spans: [360_000...1_140_000], evaluations: 14, of: 31)
        ])
        #expect(try notes("absent(b) or absent_over_time(b[5m])") == [])
        #expect(try notes("b == 1 or a") == [
            .noSeries(selector: "b", spans: [0...1_800_000], evaluations: 31, of: 31),
            .noSeries(selector: "a", spans: [540_000...1_140_000], evaluations: 11, of: 31),
        ])
    }
}
