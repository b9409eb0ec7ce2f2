import PromModel
import PromQL

/// A range function over a subquery. The inner expression is evaluated once,
/// step-wise, at every subquery point any window needs, instead of again for
/// each outer step; each window then reads its points from that result.
extension StepEvaluator {
    func subqueryRangeFunction(_ node: Call, _ function: RangeFunction, _ subquery: SubqueryExpr) throws(EvalError) -> [StepSeries] {
        let (p0, p1) = try rangeFunctionParameters(node, function)
        let range = try context.milliseconds(subquery.range)
        var step = try subquery.step.map { (value) throws(EvalError) in try context.milliseconds(value) }
            ?? context.options.defaultSubqueryStepMilliseconds
        if step <= 0 { step = context.options.defaultSubqueryStepMilliseconds }
        // Points sit at absolute multiples of the step inside (high - range, high].
        var windows: [RangeWindow] = []
        var points: [Int64] = []
        for t in times {
            let high = try context.selectorTime(subquery.at, subquery.offset, t)
            let low = high - range
            try EvalContext.checkSubqueryPoints(low: low, high: high, step: step, limit: context.options.maxSamples)
            windows.append(RangeWindow(start: low, end: high, t: t))
            var point = floorDiv(low, step) * step
            if point <= low { point += step }
            if let last = points.last, last >= point { point = last + step }
            while point <= high {
                // Bounded before evaluating anything: `[290y:1ms]` would run for hours.
                guard points.count < context.options.maxSamples else { throw EvalError.tooManySamples("subquery evaluation") }
                points.append(point)
                point += step
            }
        }
        points.sort()
        let inner = StepEvaluator(context: context, times: points)
        let series: [StepSeries]
        switch try inner.evaluate(subquery.expr) {
        case .scalar(let values):
            var one = StepSeries(labels: Labels(), steps: points.count)
            one.values = values
            one.present = [Bool](repeating: true, count: points.count)
            series = [one]
        case .vector(let vector): series = try Self.mergedByIdentity(vector)
        case .string: throw EvalError("expected instant vector or scalar in subquery")
        }
        var out: [StepSeries] = []
        var times: [Int64] = []
        var values: [Double] = []
        for one in series {
            var result = StepSeries(labels: one.labels, dropName: function.keepsName ? one.dropName : true, steps: steps)
            var any = false
            for k in 0..<steps {
                let window = windows[k]
                times.removeAll(keepingCapacity: true)
                values.removeAll(keepingCapacity: true)
                var i = Self.firstPoint(after: window.start, in: points)
                while i < points.count && points[i] <= window.end {
                    if one.present[i] {
                        times.append(points[i])
                        values.append(one.values[i])
                    }
                    i += 1
                }
                let value = times.withUnsafeBufferPointer { ts in
                    values.withUnsafeBufferPointer { vs in
                        RangeFunctions.apply(function, SeriesSamples(times: SampleTimes(base: ts.baseAddress, first: 0, step: 0), values: vs, starts: nil),
                                             window, mode: .plain, p0[k], p1[k])
                    }
                }
                if let value {
                    result.values[k] = value
                    result.present[k] = true
                    any = true
                }
            }
            if any { out.append(result) }
        }
        return out
    }

    private static func firstPoint(after t: Int64, in points: [Int64]) -> Int {
        var low = 0, high = points.count
        while low < high {
            let mid = (low + high) >> 1
            if points[mid] <= t { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// A subquery's result is a range vector: series with the same labels
    /// and name-removal flag are one series, and must not meet in one step.
    static func mergedByIdentity(_ input: [StepSeries]) throws(EvalError) -> [StepSeries] {
        var index: [SeriesKey: Int] = [:]
        var out: [StepSeries] = []
        for series in input {
            let key = SeriesKey(labels: series.labels, dropName: series.dropName)
            guard let position = index[key] else {
                index[key] = out.count
                out.append(series)
                continue
            }
            for k in series.present.indices where series.present[k] {
                if out[position].present[k] { throw EvalError(Cleanup.duplicateLabelset) }
                out[position].present[k] = true
                out[position].values[k] = series.values[k]
            }
        }
        return out
    }

    /// The scalar arguments of a range function at every step (φ for
    /// quantile_over_time, t for predict_linear, sf and tf for
    /// double_exponential_smoothing, checked per step); zeros otherwise.
    func rangeFunctionParameters(_ node: Call, _ function: RangeFunction) throws(EvalError) -> ([Double], [Double]) {
        var p0 = [Double](repeating: 0, count: steps), p1 = p0
        switch function {
        case .quantileOverTime: p0 = try scalars(node.args[0])
        case .predictLinear: p0 = try scalars(node.args[1])
        case .doubleExponentialSmoothing:
            p0 = try scalars(node.args[1])
            p1 = try scalars(node.args[2])
            for k in 0..<steps { try EvalContext.checkSmoothingFactors(p0[k], p1[k]) }
        default: break
        }
        return (p0, p1)
    }
}
