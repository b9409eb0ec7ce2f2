import PromModel
import PromQL
import TimeSeries

/// The native-histogram samples of a test group's input. halint's PromQL
/// evaluator works on floats, so histograms are kept beside the float store
/// and answer what needs no arithmetic: a `promql_expr_test` whose whole
/// expression is one selector. Anything else that selects them is reported
/// as unsupported rather than answered wrongly.
struct HistogramInput {
    struct Series {
        var labels: Labels
        var times: [Int64] = []
        var histograms: [FloatHistogram] = []
    }

    var series: [Series] = []

    var isEmpty: Bool { series.isEmpty }

    /// Expands `description` (which has `{{…}}` items): floats and staleness
    /// markers go to `builder`, histograms here. Counter-reset hints are what
    /// reading the samples back from TSDB chunks gives: the first histogram of
    /// a chunk keeps its own hint, later ones are `not_reset` unless the counts
    /// went down (a new chunk marked `reset`), gauges stay gauges.
    mutating func load(_ description: SeriesDescription, interval: Int64, start: Int64, into builder: inout SeriesStore.Builder)
        throws(FloatHistogram.CombineError)
    {
        var loaded = Series(labels: description.labels)
        var step: Int64 = 0
        var previousWasHistogram = false
        func addFloat(_ value: Double) {
            builder.append(description.labels, timestamp: start + step * interval, value: value)
            previousWasHistogram = false
            step += 1
        }
        func addHistogram(_ value: FloatHistogram) {
            var stored = value
            if stored.counterResetHint != .gauge, previousWasHistogram, let previous = loaded.histograms.last {
                stored.counterResetHint = value.isCounterReset(after: previous) ? .reset : .notReset
            }
            loaded.times.append(start + step * interval)
            loaded.histograms.append(stored)
            previousWasHistogram = true
            step += 1
        }
        for item in description.items {
            switch item {
            case .omitted(let n): step += Int64(n)
            case .value(let v): addFloat(v)
            case .repeated(let v, let n): for _ in 0...n { addFloat(v) }
            case .linear(let first, let delta, let n):
                var current = first
                for _ in 0...n {
                    addFloat(current)
                    current += delta
                }
            case .histogram(let literal): addHistogram(FloatHistogram(literal))
            case .repeatedHistogram(let literal, let n):
                let value = FloatHistogram(literal)
                for _ in 0...n { addHistogram(value) }
            case .histogramSeries(let first, let increment, let subtract, let n):
                var current = FloatHistogram(first)
                let step = FloatHistogram(increment)
                for index in 0...n {
                    if index > 0 { current = subtract ? try current.subtracting(step) : try current.adding(step) }
                    addHistogram(current)
                }
            }
        }
        if !loaded.times.isEmpty { series.append(loaded) }
    }

    func truncated(through t: Int64) -> HistogramInput {
        var copy = self
        for index in copy.series.indices {
            let keep = copy.series[index].times.prefix { $0 <= t }.count
            copy.series[index].times.removeSubrange(keep...)
            copy.series[index].histograms.removeSubrange(keep...)
        }
        return copy
    }

    /// The histogram series some selector of `expr` can read.
    func selected(by expr: Expr) -> [Labels] {
        var found: [Labels] = []
        for selector in expr.vectorSelectors {
            guard let matchers = try? Self.matchers(selector) else { return series.map(\.labels) }
            for one in series where matchers.allSatisfy({ $0.matches(one.labels.get($0.name)) }) && !found.contains(one.labels) {
                found.append(one.labels)
            }
        }
        return found
    }

    /// An instant query of a bare selector over floats and histograms: per
    /// series the newest sample in the lookback window wins.
    func instantSelect(_ selector: VectorSelector, floats: [ComparedSample], store: SeriesStore,
                       at t: Int64, lookback: Int64) -> [ComparedSample]?
    {
        guard let matchers = try? Self.matchers(selector) else { return nil }
        var time = t
        switch selector.at {
        case .timestamp(let ms): time = ms
        case .start, .end, nil: break
        }
        switch selector.offset {
        case .literal(let duration): time -= duration.milliseconds
        case .expr: return nil
        case nil: break
        }
        var out = floats
        for one in series where matchers.allSatisfy({ $0.matches(one.labels.get($0.name)) }) {
            guard let index = one.times.lastIndex(where: { $0 <= time && $0 > time - lookback }) else { continue }
            // A newer float sample or staleness marker of the same series hides the histogram.
            if let id = store.id(of: one.labels), let newest = store.samples(id, after: one.times[index], through: time).last,
                newest.timestampMilliseconds > one.times[index]
            {
                continue
            }
            out.removeAll { $0.labels == one.labels }
            out.append(ComparedSample(labels: one.labels, value: 0, histogram: one.histograms[index].testExpression))
        }
        return out
    }

    private static func matchers(_ selector: VectorSelector) throws -> [TimeSeries.LabelMatcher] {
        try selector.effectiveMatchers.map {
            try TimeSeries.LabelMatcher(TimeSeries.LabelMatcher.MatchType(rawValue: $0.type.rawValue)!, $0.name, $0.value)
        }
    }
}
