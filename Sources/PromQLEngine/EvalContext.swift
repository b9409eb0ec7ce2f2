import PromModel
import PromQL
import TimeSeries

/// One query's evaluation state: the query window, the store and the
/// selections already resolved (a range query evaluates every step again).
final class EvalContext {
    let store: SeriesStore
    let options: EngineOptions
    let start: Int64
    let end: Int64
    /// The query step; 0 for instant queries.
    let interval: Int64
    private var selections: [VectorSelector: [SeriesStore.SeriesID]] = [:]
    /// Series with staleness markers, filtered once per query for range reads.
    private var cleaned: [Int: SampleColumns] = [:]

    init(store: SeriesStore, options: EngineOptions, start: Int64, end: Int64, interval: Int64) {
        self.store = store
        self.options = options
        self.start = start
        self.end = end
        self.interval = interval
    }

    func eval(_ expr: Expr, at t: Int64) throws(EvalError) -> QueryValue {
        switch expr {
        case .numberLiteral(let literal): return .scalar(literal.value)
        case .stringLiteral(let literal): return .string(literal.value)
        case .paren(let node): return try eval(node.expr, at: t)
        case .vectorSelector(let selector): return .vector(try instantVector(selector, at: t))
        case .matrixSelector(let node): return .matrix(try rangeVector(node, at: t))
        case .subquery(let node): return .matrix(try subquery(node, at: t))
        case .unary(let node):
            let inner = try eval(node.expr, at: t)
            guard node.op == .minus else { return inner }
            switch inner {
            case .scalar(let v): return .scalar(-v)
            case .vector(var samples):
                for i in samples.indices {
                    samples[i].value = -samples[i].value
                    samples[i].dropName = true
                }
                return .vector(samples)
            default: return inner
            }
        case .binary(let node): return try binary(node, at: t)
        case .aggregate(let node): return try aggregate(node, at: t)
        case .call(let node): return try call(node, at: t)
        }
    }

    // MARK: Selectors

    func selection(_ selector: VectorSelector) throws(EvalError) -> [SeriesStore.SeriesID] {
        if let cached = selections[selector] { return cached }
        var matchers: [TimeSeries.LabelMatcher] = []
        for matcher in selector.effectiveMatchers {
            do {
                let type = TimeSeries.LabelMatcher.MatchType(rawValue: matcher.type.rawValue)!
                matchers.append(try TimeSeries.LabelMatcher(type, matcher.name, matcher.value))
            } catch {
                throw EvalError(error.description)
            }
        }
        let ids = store.select(matchers: matchers)
        selections[selector] = ids
        return ids
    }

    /// The time a selector reads at: `@` pins it, `offset` shifts it back.
    func selectorTime(_ at: AtModifier?, _ offset: DurationValue?, _ t: Int64) throws(EvalError) -> Int64 {
        var base = t
        switch at {
        case .timestamp(let ms): base = ms
        case .start: base = start
        case .end: base = end
        case nil: break
        }
        if let offset { base = Self.clampedTime(base) - (try milliseconds(offset)) }
        return Self.clampedTime(base)
    }

    /// Selector times are kept within ±2^62 ms (±146 million years), so
    /// windows, lookback and subquery steps computed from them cannot
    /// overflow: `@ 9223372036854775 offset -1y` trapped. Prometheus's Go
    /// arithmetic wraps there instead, which is no more meaningful.
    static let timeBound: Int64 = 1 << 62

    static func clampedTime(_ t: Int64) -> Int64 { Swift.min(Swift.max(t, -timeBound), timeBound) }

    /// What an instant selector reads from the sample it finds.
    enum Reading {
        case value
        /// The start timestamp in seconds (`start_timestamp()`), 0 when unknown.
        case startTimestamp
    }

    func instantVector(_ selector: VectorSelector, at t: Int64, reading: Reading = .value) throws(EvalError) -> [VectorSample] {
        let time = try selectorTime(selector.at, selector.offset, t)
        var out: [VectorSample] = []
        if selector.smoothed {
            for id in try selection(selector) {
                if let value = smoothedValue(id, at: time) {
                    out.append(VectorSample(labels: store.labels(id), value: value, timestamp: t))
                }
            }
            return out
        }
        let lookback = options.lookbackDeltaMilliseconds
        for id in try selection(selector) {
            let columns = store.columns(id)
            let position = columns.upperBound(time) - 1
            guard position >= 0 else { continue }
            let sampleTime = columns.timestamp(at: position)
            let value = columns.values[position]
            guard sampleTime > time &- lookback, !value.isStaleNaN else { continue }
            switch reading {
            case .value:
                out.append(VectorSample(labels: store.labels(id), value: value, timestamp: sampleTime))
            case .startTimestamp:
                let start = columns.startTimestamps?[position] ?? 0
                out.append(VectorSample(labels: store.labels(id), value: Double(start) / 1000, timestamp: t, dropName: true))
            }
        }
        return out
    }

    /// `metric smoothed` at `time`: the sample there, else interpolated between
    /// the neighbours within a lookback on each side, else the previous value
    /// carried forward (`smoothSeries` in engine.go; floats are not treated as counters).
    func smoothedValue(_ id: SeriesStore.SeriesID, at time: Int64) -> Double? {
        let lookback = options.lookbackDeltaMilliseconds
        return cleanColumns(id).withSamples { all in
            let samples = all.window(after: time &- lookback, through: time &+ lookback)
            let n = samples.count
            let next = samples.times.upperBound(time &- 1, count: n)
            if next < n && samples.times[next] == time { return samples.values[next] }
            if next > 0 && next < n {
                return RangeFunctions.interpolate(samples.times[next - 1], samples.values[next - 1], samples.times[next],
                                                  samples.values[next], at: time, counter: false)
            }
            if next > 0 { return samples.values[next - 1] }
            return nil
        }
    }

    /// The series' samples without staleness markers.
    func cleanColumns(_ id: SeriesStore.SeriesID) -> SampleColumns {
        let columns = store.columns(id)
        guard columns.containsStaleMarkers else { return columns }
        if let done = cleaned[id.rawValue] { return done }
        let clean = columns.withoutStaleMarkers()
        cleaned[id.rawValue] = clean
        return clean
    }

    /// The window `(end - range, end]` a range selector reads at `t`.
    func window(_ node: MatrixSelector, at t: Int64) throws(EvalError) -> RangeWindow {
        let end = try selectorTime(node.vectorSelector.at, node.vectorSelector.offset, t)
        return RangeWindow(start: end - (try milliseconds(node.range)), end: end, t: t)
    }

    /// A range selector as a value. Anchored and smoothed ones get a point on
    /// each edge of the window (`extendFloats`).
    func rangeVector(_ node: MatrixSelector, at t: Int64) throws(EvalError) -> [RangeSeries] {
        let window = try self.window(node, at: t)
        let mode = SelectorMode(node.vectorSelector.anchored, node.vectorSelector.smoothed)
        let fetch = window.fetchBounds(mode, lookback: options.lookbackDeltaMilliseconds)
        var out: [RangeSeries] = []
        for id in try selection(node.vectorSelector) {
            var series = RangeSeries(labels: store.labels(id))
            cleanColumns(id).withSamples { all in
                let samples = all.window(after: fetch.after, through: fetch.through)
                if mode == .plain {
                    for i in 0..<samples.count {
                        series.timestamps.append(samples.times[i])
                        series.values.append(samples.values[i])
                    }
                } else {
                    Self.extendFloats(samples, window, smoothed: mode == .smoothed, into: &series)
                }
            }
            if !series.values.isEmpty { out.append(series) }
        }
        return out
    }

    /// `extendFloats`: the window trimmed to `[start, end]` with a synthetic
    /// point on each edge (picked or interpolated).
    static func extendFloats(_ samples: SeriesSamples, _ window: RangeWindow, smoothed: Bool, into series: inout RangeSeries) {
        let ts = samples.times, vs = samples.values
        guard samples.count > 0 else { return }
        var last = samples.count - 1
        var first = Swift.max(0, ts.upperBound(window.start, count: last) - 1)
        if smoothed { last = ts.upperBound(window.end &- 1, count: last) }
        if ts[last] <= window.start { return }
        let left = smoothed && ts[first] < window.start
            ? RangeFunctions.interpolate(ts[first], vs[first], ts[first + 1], vs[first + 1], at: window.start, counter: false) : vs[first]
        let right = smoothed && last > 0 && ts[last] > window.end
            ? RangeFunctions.interpolate(ts[last - 1], vs[last - 1], ts[last], vs[last], at: window.end, counter: false) : vs[last]
        if ts[first] <= window.start { first += 1 }
        if ts[last] >= window.end { last -= 1 }
        series.timestamps.append(window.start)
        series.values.append(left)
        var i = first
        while i <= last {
            series.timestamps.append(ts[i])
            series.values.append(vs[i])
            i += 1
        }
        series.timestamps.append(window.end)
        series.values.append(right)
    }

    /// Subquery points sit at absolute multiples of the step inside `(t - offset - range, t - offset]`.
    func subquery(_ node: SubqueryExpr, at t: Int64) throws(EvalError) -> [RangeSeries] {
        let high = try selectorTime(node.at, node.offset, t)
        let range = try milliseconds(node.range)
        var step = try node.step.map { (value) throws(EvalError) in try milliseconds(value) } ?? options.defaultSubqueryStepMilliseconds
        if step <= 0 { step = options.defaultSubqueryStepMilliseconds }
        let low = high - range
        var first = floorDiv(low, step) * step
        if first <= low { first += step }
        try Self.checkSubqueryPoints(low: low, high: high, step: step, limit: options.maxSamples)
        var accumulator = SeriesAccumulator()
        var point = first
        while point <= high {
            switch try eval(node.expr, at: point) {
            case .scalar(let v): try accumulator.add(labels: Labels(), dropName: false, t: point, value: v)
            case .vector(let samples):
                for sample in samples {
                    try accumulator.add(labels: sample.labels, dropName: sample.dropName, t: point, value: sample.value)
                }
            default: break
            }
            point += step
        }
        return accumulator.series
    }

    /// Refuses a subquery with more points than `limit` before evaluating
    /// any: `[290y:1ms]` would otherwise run for hours. The text is
    /// Prometheus's `ErrTooManySamples`.
    static func checkSubqueryPoints(low: Int64, high: Int64, step: Int64, limit: Int) throws(EvalError) {
        if (high - low) / step > Int64(limit) { throw EvalError.tooManySamples("subquery evaluation") }
    }

    // MARK: Durations

    func milliseconds(_ value: DurationValue) throws(EvalError) -> Int64 {
        switch value {
        case .literal(let duration): return duration.milliseconds
        case .expr(let expr): return try Self.durationMilliseconds(seconds: try seconds(expr))
        }
    }

    /// A computed duration in ms, refused beyond Go's `time.Duration` range
    /// (about 292 years) as the parser refuses such literals.
    static func durationMilliseconds(seconds: Double) throws(EvalError) -> Int64 {
        let milliseconds = (seconds * 1000).rounded()
        guard milliseconds.isFinite, abs(milliseconds) <= Self.maxDurationMilliseconds else { throw EvalError("duration out of range") }
        return Int64(milliseconds)
    }

    static let maxDurationMilliseconds = Double(Int64.max / 1_000_000)

    private func seconds(_ expr: DurationExpr) throws(EvalError) -> Double {
        switch expr {
        case .literal(let literal): return literal.value
        case .step: return Double(interval) / 1000
        case .range: return (Double(end) - Double(start)) / 1000
        case .negate(let inner, _): return -(try seconds(inner))
        case .paren(let inner, _): return try seconds(inner)
        case .minOf(let a, let b, _): return Swift.min(try seconds(a), try seconds(b))
        case .maxOf(let a, let b, _): return Swift.max(try seconds(a), try seconds(b))
        case .binary(let op, let a, let b, _):
            let l = try seconds(a), r = try seconds(b)
            switch op {
            case .add: return l + r
            case .sub: return l - r
            case .mul: return l * r
            case .div:
                if r == 0 { throw EvalError("division by zero") }
                return l / r
            case .mod:
                if r == 0 { throw EvalError("modulo by zero") }
                return GoMath.mod(l, r)
            case .pow: return GoMath.pow(l, r)
            }
        }
    }
}

@inline(__always)
func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}
