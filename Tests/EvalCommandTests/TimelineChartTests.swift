import PromModel
import RuleEvaluation
import Testing

@Suite struct TimelineChartTests {
    /// 10:00:00 to 10:40:00 every 15s on 2025-03-03.
    static let base: Int64 = 1_740_996_000_000
    static let ticks = (0...160).map { base + Int64($0) * 15_000 }

    @Test func columnsAreRoundAndShowTheMostSevereState() {
        let chart = TimelineChart(ticks: Self.ticks, step: 15_000, maxColumns: 72)
        #expect(chart.ticksPerColumn == 4)
        #expect(chart.columnCount == 41)
        // Pending for one 15s evaluation is still visible in its 1m column.
        let alert = AlertTimeline(labels: ["alertname": "X"], episodes: [
            TimelineEpisode(activeAt: Self.base + 630_000, firedAt: Self.base + 930_000, endedAt: Self.base + 1_815_000, value: 1),
            TimelineEpisode(activeAt: Self.base + 2_100_000, endedAt: Self.base + 2_115_000, value: 1),
        ])
        #expect(chart.strip(alert) == "··········▒▒▒▒▒████████████████····▒·····")
        #expect(chart.axis() == "10:00     10:10     10:20     10:30     10:40")
    }

    @Test func selectorRows() {
        let chart = TimelineChart(ticks: Self.ticks, step: 15_000, maxColumns: 72)
        let strip = chart.strip(missing: [(Self.base + 885_000)...(Self.base + 1_785_000)])
        #expect(strip == "──────────────××××××××××××××××───────────")
    }

    @Test func oddStepsFallBackToPlainMultiples() {
        let ticks = (0..<200).map { Int64($0) * 7_000 }
        let chart = TimelineChart(ticks: ticks, step: 7_000, maxColumns: 50)
        #expect(chart.ticksPerColumn == 4)
        #expect(chart.columnCount == 50)
        #expect(chart.axis().hasPrefix("00:00:00"))
    }

    @Test func multiDayWindowsLabelTheDate() {
        let ticks = (0...96).map { Self.base + Int64($0) * 3_600_000 }
        let chart = TimelineChart(ticks: ticks, step: 3_600_000, maxColumns: 72)
        #expect(chart.ticksPerColumn == 2)
        #expect(chart.axis().hasPrefix("03-03T10:00"))
    }
}
