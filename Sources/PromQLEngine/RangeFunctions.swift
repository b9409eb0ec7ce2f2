import Foundation

/// The functions over a range vector, resolved from the name once per query.
enum RangeFunction: String, Sendable {
    case rate, increase, delta, irate, idelta, deriv, changes, resets
    case avgOverTime = "avg_over_time", minOverTime = "min_over_time", maxOverTime = "max_over_time"
    case sumOverTime = "sum_over_time", countOverTime = "count_over_time"
    case lastOverTime = "last_over_time", firstOverTime = "first_over_time", presentOverTime = "present_over_time"
    case stddevOverTime = "stddev_over_time", stdvarOverTime = "stdvar_over_time", madOverTime = "mad_over_time"
    case tsOfFirstOverTime = "ts_of_first_over_time", tsOfLastOverTime = "ts_of_last_over_time"
    case tsOfMinOverTime = "ts_of_min_over_time", tsOfMaxOverTime = "ts_of_max_over_time"
    case predictLinear = "predict_linear", quantileOverTime = "quantile_over_time"
    case doubleExponentialSmoothing = "double_exponential_smoothing"

    /// `last_over_time` and `first_over_time` act like an offset, so they keep the metric name.
    var keepsName: Bool { self == .lastOverTime || self == .firstOverTime }

    /// The argument position of the range vector.
    var rangeArgument: Int { self == .quantileOverTime ? 1 : 0 }

    /// Functions `anchored` / `smoothed` may be used with (`AnchoredSafeFunctions`, `SmoothedSafeFunctions`).
    static let anchoredSafe = ["changes", "delta", "increase", "rate", "resets"]
    static let smoothedSafe = ["delta", "increase", "rate"]
}

/// 3.14's extended range selectors: `anchored` reads back to the last sample
/// at or before the range start, `smoothed` interpolates at both edges.
enum SelectorMode: Sendable {
    case plain, anchored, smoothed

    init(_ anchored: Bool, _ smoothed: Bool) {
        self = anchored ? .anchored : (smoothed ? .smoothed : .plain)
    }
}

/// One evaluation of a range function: the selector's window `(start, end]`
/// and the evaluation time.
struct RangeWindow {
    var start: Int64
    var end: Int64
    /// Evaluation time, for predict_linear.
    var t: Int64

    /// The samples the engine fetches for the window: an anchored window
    /// reaches one lookback further back, a smoothed one also a lookback ahead
    /// (`matrixIterSlice`'s mint/maxt in the Call arm of engine.go).
    func fetchBounds(_ mode: SelectorMode, lookback: Int64) -> (after: Int64, through: Int64) {
        switch mode {
        case .plain: (start, end)
        case .anchored: (start &- lookback, end)
        case .smoothed: (start &- lookback, end &+ lookback)
        }
    }
}

/// Functions over one series' window of samples (timestamps in ms, no
/// staleness markers). nil means "no output for this series".
enum RangeFunctions {
    static func apply(_ function: RangeFunction, _ samples: SeriesSamples, _ window: RangeWindow, mode: SelectorMode,
                      _ p0: Double = 0, _ p1: Double = 0) -> Double? {
        let vs = samples.values
        let ts = samples.times
        let n = vs.count
        if n == 0 { return nil }
        switch function {
        case .rate: return mode == .plain ? extrapolatedRate(samples, window, counter: true, rate: true)
            : extendedRate(samples, window, smoothed: mode == .smoothed, counter: true, rate: true)
        case .increase: return mode == .plain ? extrapolatedRate(samples, window, counter: true, rate: false)
            : extendedRate(samples, window, smoothed: mode == .smoothed, counter: true, rate: false)
        case .delta: return mode == .plain ? extrapolatedRate(samples, window, counter: false, rate: false)
            : extendedRate(samples, window, smoothed: mode == .smoothed, counter: false, rate: false)
        case .irate, .idelta: return instantValue(samples, rate: function == .irate)
        case .deriv:
            guard n >= 2 else { return nil }
            return linearRegression(samples, intercept: ts[0]).slope
        case .predictLinear:
            guard n >= 2 else { return nil }
            let (slope, intercept) = linearRegression(samples, intercept: window.t)
            return slope * p0 + intercept
        case .changes, .resets:
            guard let first = firstIndex(samples, window, mode) else { return nil }
            var count = 0.0
            var previous = vs[first]
            var i = first + 1
            while i < n {
                let current = vs[i]
                if function == .changes {
                    if current != previous && !(current.isNaN && previous.isNaN) { count += 1 }
                } else if current < previous
                    || isStartTimestampReset(samples.startTimestamp(i - 1), ts[i - 1], samples.startTimestamp(i), ts[i]) {
                    count += 1
                }
                previous = current
                i += 1
            }
            return count
        case .avgOverTime: return Fold.mean(vs)
        case .sumOverTime: return Fold.sum(vs)
        case .countOverTime: return Double(n)
        case .minOverTime: return Fold.minimum(vs)
        case .maxOverTime: return Fold.maximum(vs)
        case .lastOverTime: return vs[n - 1]
        case .firstOverTime: return vs[0]
        case .presentOverTime: return 1
        case .stddevOverTime: return Fold.variance(vs).squareRoot()
        case .stdvarOverTime: return Fold.variance(vs)
        case .quantileOverTime: return Fold.quantile(p0, vs)
        case .madOverTime:
            if vs.contains(where: \.isNaN) { return .nan }
            let median = Fold.quantile(0.5, vs)
            return Fold.quantile(0.5, vs.map { abs($0 - median) })
        case .tsOfFirstOverTime: return Double(ts[0]) / 1000
        case .tsOfLastOverTime: return Double(ts[n - 1]) / 1000
        case .tsOfMinOverTime, .tsOfMaxOverTime:
            let wantMax = function == .tsOfMaxOverTime
            var best = vs[0], at = ts[0]
            for i in 1..<n {
                let v = vs[i]
                if (wantMax ? v >= best : v <= best) || best.isNaN { best = v; at = ts[i] }
            }
            return Double(at) / 1000
        case .doubleExponentialSmoothing:
            guard n >= 2 else { return nil }
            let sf = p0, tf = p1
            var s0 = 0.0, s1 = vs[0]
            var b = vs[1] - vs[0]
            for i in 1..<n {
                let x = sf * vs[i]
                if i > 1 { b = tf * (s1 - s0) + (1 - tf) * b }
                let y = (1 - sf) * (s1 + b)
                s0 = s1
                s1 = x + y
            }
            return s1
        }
    }

    /// Where changes/resets start: an anchored window starts at its anchor,
    /// the last sample at or before the range start (`pickFirstSampleIndices`).
    private static func firstIndex(_ samples: SeriesSamples, _ window: RangeWindow, _ mode: SelectorMode) -> Int? {
        guard mode == .anchored else { return 0 }
        let n = samples.count
        let lastAtOrBefore = samples.times.upperBound(window.start, count: n) - 1
        if lastAtOrBefore + 1 >= n { return nil }
        return Swift.max(lastAtOrBefore, 0)
    }

    /// Prometheus's `extrapolatedRate`: extrapolate towards the window edges
    /// unless the gap exceeds 1.1 average intervals, never below zero for
    /// counters. Start timestamps add resets, and a start timestamp inside the
    /// window stands for a zero sample there instead of extrapolating left.
    static func extrapolatedRate(_ samples: SeriesSamples, _ window: RangeWindow, counter: Bool, rate: Bool) -> Double? {
        let vs = samples.values, ts = samples.times
        let n = vs.count
        let first = vs[0]
        let firstT = ts[0], lastT = ts[n - 1]
        var result = vs[n - 1] - first
        let starts = counter ? samples.starts : nil
        if counter {
            var previous = first
            for i in 1..<Swift.max(n, 1) {
                let current = vs[i]
                if current < previous
                    || (starts != nil && isStartTimestampReset(starts![i - 1], ts[i - 1], starts![i], ts[i])) {
                    result += previous
                }
                previous = current
            }
        }
        var durationToStart = Double(firstT - window.start) / 1000
        var durationToEnd = Double(window.end - lastT) / 1000
        var sampled = Double(lastT - firstT) / 1000
        let average = n > 1 ? sampled / Double(n - 1) : 0
        let threshold = average * 1.1
        if let starts, let st = starts.first, st != 0, st > window.start, st < firstT {
            // A zero-valued sample at the start timestamp replaces extrapolation to the left.
            durationToStart = 0
            sampled = Double(lastT - st) / 1000
            result += first
        } else if n == 1 {
            return nil
        } else {
            if durationToStart >= threshold { durationToStart = average / 2 }
            if counter && result > 0 && first >= 0 {
                let durationToZero = sampled * (first / result)
                if durationToZero < durationToStart { durationToStart = durationToZero }
            }
        }
        if durationToEnd >= threshold { durationToEnd = average / 2 }
        var factor = sampled != 0 ? (sampled + durationToStart + durationToEnd) / sampled : 1
        if rate { factor /= Double(window.end - window.start) / 1000 }
        return result * factor
    }

    /// `extendedRate` for anchored and smoothed windows: the value at each
    /// edge is the sample at or before it (anchored) or interpolated across
    /// it (smoothed); counter resets strictly inside the window are added back.
    static func extendedRate(_ samples: SeriesSamples, _ window: RangeWindow, smoothed: Bool, counter: Bool, rate: Bool) -> Double? {
        let vs = samples.values, ts = samples.times
        let n = vs.count
        var last = n - 1
        // Both searches are bounded by the last index, as Go's sort.Search(lastSampleIndex, …).
        var first = Swift.max(0, Swift.min(ts.upperBound(window.start, count: last), last) - 1)
        if smoothed { last = lowerBound(ts, window.end, count: last) }
        if ts[last] <= window.start { return nil }
        if smoothed && ts[first] > window.end { return nil }
        let left = smoothed && ts[first] < window.start
            ? interpolate(ts[first], vs[first], ts[first + 1], vs[first + 1], at: window.start, counter: counter) : vs[first]
        let right = smoothed && last > 0 && ts[last] > window.end
            ? interpolate(ts[last - 1], vs[last - 1], ts[last], vs[last], at: window.end, counter: counter) : vs[last]
        var result = right - left
        if counter {
            if ts[first] <= window.start { first += 1 }
            if ts[last] >= window.end { last -= 1 }
            var previous = left
            var i = first
            while i <= last {
                if vs[i] < previous { result += previous }
                previous = vs[i]
                i += 1
            }
            if right < previous { result += previous }
        }
        if rate { result /= Double(window.end - window.start) / 1000 }
        return result
    }

    /// Linear interpolation; across a counter reset the counter restarts from zero.
    static func interpolate(_ t1: Int64, _ y1: Double, _ t2: Int64, _ y2: Double, at t: Int64, counter: Bool) -> Double {
        let start = counter && y2 < y1 ? 0 : y1
        return start + (y2 - start) * Double(t - t1) / Double(t2 - t1)
    }

    /// The first index in `0..<count` whose time is at or after `t`, else `count`.
    private static func lowerBound(_ ts: SampleTimes, _ t: Int64, count: Int) -> Int {
        t == .min ? 0 : ts.upperBound(t - 1, count: count)
    }

    /// irate/idelta over the last two samples; a start timestamp can mark the reset.
    static func instantValue(_ samples: SeriesSamples, rate: Bool) -> Double? {
        let n = samples.count
        guard n >= 2 else { return nil }
        let vs = samples.values, ts = samples.times
        let last = vs[n - 1], previous = vs[n - 2]
        let sampled = ts[n - 1] - ts[n - 2]
        if sampled == 0 { return nil }
        var result = last
        if !rate || !(last < previous
            || isStartTimestampReset(samples.startTimestamp(n - 2), ts[n - 2], samples.startTimestamp(n - 1), ts[n - 1])) {
            result = last - previous
        }
        if rate { result /= Double(sampled) / 1000 }
        return result
    }

    /// `isStartTimestampReset` (functions.go): whether the current sample's
    /// start timestamp says the counter restarted after the previous sample.
    @inline(__always)
    static func isStartTimestampReset(_ previousStart: Int64, _ previousT: Int64, _ currentStart: Int64, _ currentT: Int64) -> Bool {
        // Unset, invalid (after T) or OTel's unknown start (== T).
        if currentStart == 0 || currentStart >= currentT { return false }
        if currentStart < previousT { return false }
        if currentStart > previousT { return true }
        // Pointing at the previous sample: a delta sample, unless the previous
        // start was unknown (cumulative with unknown start) or invalid.
        if previousStart > previousT { return false }
        return previousStart != 0 && previousStart != previousT
    }

    static func linearRegression(_ samples: SeriesSamples, intercept time: Int64) -> (slope: Double, intercept: Double) {
        let vs = samples.values, ts = samples.times
        var n = 0.0, sumX = 0.0, cX = 0.0, sumY = 0.0, cY = 0.0, sumXY = 0.0, cXY = 0.0, sumX2 = 0.0, cX2 = 0.0
        let initY = vs[0]
        var constY = true
        for i in 0..<vs.count {
            let y = vs[i]
            if constY && i > 0 && y != vs[i - 1] { constY = false }
            n += 1
            let x = Double(ts[i] - time) / 1000
            (sumX, cX) = GoMath.kahanAdd(x, sumX, cX)
            (sumY, cY) = GoMath.kahanAdd(y, sumY, cY)
            (sumXY, cXY) = GoMath.kahanAdd(x * y, sumXY, cXY)
            (sumX2, cX2) = GoMath.kahanAdd(x * x, sumX2, cX2)
        }
        if constY {
            if initY.isInfinite { return (.nan, .nan) }
            return (0, initY)
        }
        sumX += cX
        sumY += cY
        sumXY += cXY
        sumX2 += cX2
        let covXY = sumXY - sumX * sumY / n
        let varX = sumX2 - sumX * sumX / n
        let slope = covXY / varX
        return (slope, sumY / n - slope * sumX / n)
    }
}
