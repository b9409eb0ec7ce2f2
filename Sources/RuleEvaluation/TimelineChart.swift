import Template

/// A compact state-over-time strip: one character per column, each column a
/// whole number of evaluations, and a time axis under the strips.
///
/// Columns are as long as the shortest "round" duration (15s, 1m, 5m, …)
/// that is a multiple of the step and fits the window into `maxColumns`, so
/// the axis can be labelled at round times; for an odd step, a plain
/// multiple of it. A column shows the most severe state among its ticks, so
/// a single pending evaluation is never hidden.
public struct TimelineChart: Sendable, Equatable {
    public static let inactive: Character = "·"
    public static let pending: Character = "▒"
    public static let firing: Character = "█"
    /// Selector rows: the selector matched series / matched none.
    public static let present: Character = "─"
    public static let absent: Character = "×"

    public let ticks: [Int64]
    public let ticksPerColumn: Int
    public let step: Int64

    public init(ticks: [Int64], step: Int64, maxColumns: Int = 72) {
        self.ticks = ticks
        let step = max(1, step)
        self.step = step
        let needed = max(1, (ticks.count + maxColumns - 1) / max(1, maxColumns))
        // A round column may hold up to twice the evaluations strictly needed, not more: a 7s step would otherwise get week-long columns.
        let round = Self.roundDurations.first { duration in
            duration % step == 0 && Int(duration / step) >= needed && Int(duration / step) <= 2 * needed
        }
        ticksPerColumn = round.map { Int($0 / step) } ?? needed
    }

    static let roundDurations: [Int64] = [
        1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400, 172_800, 604_800,
    ].map { $0 * 1000 }

    public var columnCount: Int { (ticks.count + ticksPerColumn - 1) / ticksPerColumn }
    public var columnMilliseconds: Int64 { Int64(ticksPerColumn) * step }

    /// The strip for one alert. Ticks come in ascending order, so one pass
    /// over the (time-ordered, disjoint) episodes serves every tick.
    public func strip(_ alert: AlertTimeline) -> String {
        var next = 0
        return strip(symbols: [Self.inactive, Self.pending, Self.firing]) { tick in
            while next < alert.episodes.count, let ended = alert.episodes[next].endedAt, ended <= tick { next += 1 }
            guard next < alert.episodes.count else { return 0 }
            switch alert.episodes[next].state(at: tick) {
            case nil, .inactive?: return 0
            case .pending?: return 1
            case .firing?: return 2
            }
        }
    }

    /// The strip for a selector: `present` where it matched, `absent` where it did not.
    public func strip(missing spans: [ClosedRange<Int64>]) -> String {
        var next = 0
        return strip(symbols: [Self.present, Self.absent]) { tick in
            while next < spans.count, spans[next].upperBound < tick { next += 1 }
            return next < spans.count && spans[next].contains(tick) ? 1 : 0
        }
    }

    /// Each column shows the symbol of the highest level among its ticks.
    private func strip(symbols: [Character], level: (Int64) -> Int) -> String {
        var out = ""
        var index = 0
        while index < ticks.count {
            let end = min(ticks.count, index + ticksPerColumn)
            var highest = 0
            for tick in ticks[index..<end] { highest = max(highest, level(tick)) }
            out.append(symbols[highest])
            index = end
        }
        return out
    }

    /// Labels under the columns that start at a round time, as far apart as
    /// the labels need; the first column is always labelled.
    public func axis() -> String {
        guard let first = ticks.first, let last = ticks.last else { return "" }
        let spansDays = last - first >= 86_400_000
        let showSeconds = columnMilliseconds % 60_000 != 0 || first % 60_000 != 0
        func label(_ t: Int64) -> String {
            let text = GoTime.rfc3339(unixMilliseconds: t - t % 1000)
            let date = text.prefix(10), time = text.dropFirst(11).prefix(showSeconds ? 8 : 5)
            return spansDays ? "\(date.dropFirst(5))T\(time)" : String(time)
        }
        let width = label(first).count + 2
        // Marks every `spacing` columns: the smallest round multiple of the column that leaves room for a label.
        let spacing = Self.roundDurations.first { duration in
            duration % columnMilliseconds == 0 && Int(duration / columnMilliseconds) >= width
        }.map { Int($0 / columnMilliseconds) } ?? width
        let markEvery = Int64(spacing) * columnMilliseconds
        func labels(at marked: (Int, Int64) -> Bool) -> (text: String, count: Int) {
            var out = ""
            var count = 0
            for column in 0..<columnCount {
                let start = first + Int64(column) * columnMilliseconds
                guard column == 0 || (marked(column, start) && out.count < column) else { continue }
                out += String(repeating: " ", count: column - out.count) + label(start)
                count += 1
            }
            return (out, count)
        }
        let aligned = labels { _, start in start % markEvery == 0 }
        // A window that starts off the round times gets its marks every `spacing` columns from the start instead.
        if aligned.count == 1 && columnCount > spacing { return labels { column, _ in column % spacing == 0 }.text }
        return aligned.text
    }
}
