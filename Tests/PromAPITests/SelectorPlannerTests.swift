import PromAPI
import PromQL
import Testing

/// Which samples an expression reads, for evaluations anywhere in a window.
@Suite struct SelectorPlannerTests {
    static let start: Int64 = 10_000_000
    static let end: Int64 = 20_000_000

    func plan(_ queries: String...) throws -> [SelectorFetch] {
        let exprs = try queries.map { try #require(PromQLParser.parse($0).expr) }
        return SelectorPlanner.plan(exprs, window: Self.start...Self.end)
    }

    func interval(_ after: Int64, _ through: Int64) -> SelectorFetch.Interval {
        SelectorFetch.Interval(after: after, through: through)
    }

    @Test func instantSelectorReadsOneLookbackBack() throws {
        #expect(try plan("up{job=\"a\"} == 0") == [
            SelectorFetch(query: #"up{job="a"}"#, metricName: "up", intervals: [interval(Self.start - 300_000, Self.end)])
        ])
    }

    @Test func rangeAndOffsetShiftTheWindow() throws {
        let fetch = try #require(try plan("rate(x[5m] offset 1h)").first)
        #expect(fetch.query == "x")
        #expect(fetch.intervals == [interval(Self.start - 3_600_000 - 300_000, Self.end - 3_600_000)])
    }

    @Test func subqueriesAddTheirRangeToTheInnerSelector() throws {
        let fetch = try #require(try plan("max_over_time(rate(x[2m])[30m:1m] offset 5m)").first)
        #expect(fetch.intervals == [interval(Self.start - 300_000 - 1_800_000 - 120_000, Self.end - 300_000)])
    }

    @Test func atPinsTheSelector() throws {
        let fetch = try #require(try plan("x @ 100").first)
        #expect(fetch.intervals == [interval(100_000 - 300_000, 100_000)])
    }

    @Test func sameSelectorMergesDisjointAndOverlappingNeeds() throws {
        let fetches = try plan("x", "x offset 1m", "x offset 1d", #"{__name__="x"}"#)
        #expect(fetches.count == 1)
        #expect(fetches.first?.intervals == [
            interval(Self.start - 86_400_000 - 300_000, Self.end - 86_400_000),
            interval(Self.start - 60_000 - 300_000, Self.end),
        ])
    }

    @Test func differentMatchersAreDifferentFetches() throws {
        #expect(try plan(#"x{a="1"} / on() group_left x{b=~"2|3"}"#).map(\.query) == [#"x{a="1"}"#, #"x{b=~"2|3"}"#])
    }
}
