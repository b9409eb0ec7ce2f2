import Foundation
import PromModel
import PromQL
import TimeSeries

extension EvalContext {
    func call(_ node: Call, at t: Int64) throws(EvalError) -> QueryValue {
        let name = node.name
        if let function = RangeFunction(rawValue: name) { return .vector(try rangeCall(node, function, at: t)) }
        switch name {
        case "time": return .scalar(Double(t) / 1000)
        case "pi": return .scalar(Double.pi)
        case "start": return .scalar(Double(start) / 1000)
        case "end": return .scalar(Double(end) / 1000)
        case "range": return .scalar(Double(end - start) / 1000)
        case "step": return .scalar(Double(interval) / 1000)
        case "min_of", "max_of":
            let a = try scalarArg(node.args[0], t), b = try scalarArg(node.args[1], t)
            return .scalar(name == "min_of" ? GoMath.min(a, b) : GoMath.max(a, b))
        case "vector": return .vector([VectorSample(labels: Labels(), value: try scalarArg(node.args[0], t), timestamp: t)])
        case "scalar":
            let samples = try vectorArg(node.args[0], t)
            return .scalar(samples.count == 1 ? samples[0].value : .nan)
        case "absent":
            if !(try vectorArg(node.args[0], t)).isEmpty { return .vector([]) }
            return .vector([VectorSample(labels: Self.absentLabels(node.args[0]), value: 1, timestamp: t)])
        case "absent_over_time":
            let present = try rangeArg(node.args[0], t)
            if !present.isEmpty { return .vector([]) }
            return .vector([VectorSample(labels: Self.absentLabels(node.args[0]), value: 1, timestamp: t)])
        case "label_replace": return .vector(try labelReplace(node, t))
        case "label_join": return .vector(try labelJoin(node, t))
        case "sort", "sort_desc":
            let samples = try vectorArg(node.args[0], t)
            let descending = name == "sort_desc"
            return .vector(samples.enumerated().sorted { a, b in
                let x = a.element.value, y = b.element.value
                if x.isNaN != y.isNaN { return !x.isNaN }
                if x != y && !x.isNaN { return descending ? x > y : x < y }
                return a.offset < b.offset
            }.map(\.element))
        case "sort_by_label", "sort_by_label_desc":
            let samples = try vectorArg(node.args[0], t)
            var names: [String] = []
            for arg in node.args.dropFirst() { names.append(try stringArg(arg, t)) }
            let descending = name == "sort_by_label_desc"
            return .vector(samples.sorted { a, b in
                for label in names {
                    let order = NaturalOrder.compare(a.labels.get(label), b.labels.get(label))
                    if order != 0 { return descending ? order > 0 : order < 0 }
                }
                let order = Labels.compare(a.labels, b.labels)
                return descending ? order > 0 : order < 0
            })
        case "timestamp":
            return .vector(try vectorArg(node.args[0], t).map {
                VectorSample(labels: $0.labels, value: Double($0.timestamp) / 1000, timestamp: t, dropName: true)
            })
        case "round":
            let toNearest = node.args.count > 1 ? try scalarArg(node.args[1], t) : 1
            let inverse = 1 / toNearest
            return .vector(try mapValues(node.args[0], t) { (($0 * inverse + 0.5).rounded(.down)) / inverse })
        case "clamp":
            let low = try scalarArg(node.args[1], t), high = try scalarArg(node.args[2], t)
            if high < low { return .vector([]) }
            return .vector(try mapValues(node.args[0], t) { GoMath.max(low, GoMath.min(high, $0)) })
        case "clamp_min":
            let low = try scalarArg(node.args[1], t)
            return .vector(try mapValues(node.args[0], t) { GoMath.max(low, $0) })
        case "clamp_max":
            let high = try scalarArg(node.args[1], t)
            return .vector(try mapValues(node.args[0], t) { GoMath.min(high, $0) })
        case "day_of_month", "day_of_week", "day_of_year", "days_in_month", "hour", "minute", "month", "year":
            if node.args.isEmpty {
                let value = Calendar.component(name, seconds: Double(t) / 1000)
                return .vector([VectorSample(labels: Labels(), value: value, timestamp: t)])
            }
            return .vector(try mapValues(node.args[0], t) { Calendar.component(name, seconds: $0) })
        case "histogram_quantile": return .vector(try histogramQuantile(node, t))
        case "histogram_fraction": return .vector(try histogramFraction(node, t))
        case "histogram_quantiles": return .vector(try histogramQuantiles(node, t))
        case "histogram_count", "histogram_sum", "histogram_avg", "histogram_stddev", "histogram_stdvar":
            // Only native histograms carry these; float samples give no output.
            _ = try vectorArg(node.args[0], t)
            return .vector([])
        case "info": return .vector(try info(node, t))
        case "start_timestamp":
            // Only a selector argument carries start timestamps; an expression loses them.
            guard case .vectorSelector(let selector) = node.args[0].unwrapped else {
                _ = try vectorArg(node.args[0], t)
                return .vector([])
            }
            return .vector(try instantVector(selector, at: t, reading: .startTimestamp))
        default:
            if let function = MathFunctions.table[name] { return .vector(try mapValues(node.args[0], t, function)) }
            throw EvalError("unknown function \(name)")
        }
    }

    // MARK: Arguments

    func scalarArg(_ expr: Expr, _ t: Int64) throws(EvalError) -> Double {
        if case .scalar(let v) = try eval(expr, at: t) { return v }
        throw EvalError("expected scalar argument")
    }

    func stringArg(_ expr: Expr, _ t: Int64) throws(EvalError) -> String {
        if case .string(let v) = try eval(expr, at: t) { return v }
        throw EvalError("expected string argument")
    }

    func vectorArg(_ expr: Expr, _ t: Int64) throws(EvalError) -> [VectorSample] {
        if case .vector(let v) = try eval(expr, at: t) { return v }
        throw EvalError("expected instant vector argument")
    }

    func rangeArg(_ expr: Expr, _ t: Int64) throws(EvalError) -> [RangeSeries] {
        if case .matrix(let v) = try eval(expr, at: t) { return v }
        throw EvalError("expected range vector argument")
    }

    /// Element-wise functions drop the metric name.
    func mapValues(_ expr: Expr, _ t: Int64, _ transform: (Double) -> Double) throws(EvalError) -> [VectorSample] {
        var samples = try vectorArg(expr, t)
        for i in samples.indices {
            samples[i].value = transform(samples[i].value)
            samples[i].dropName = true
            samples[i].timestamp = t
        }
        return samples
    }

    // MARK: Range functions

    /// The range-vector argument and scalar parameters of a range function call at `t`.
    func rangeArguments(_ node: Call, _ function: RangeFunction, at t: Int64) throws(EvalError) -> (Expr, Double, Double) {
        switch function {
        case .quantileOverTime: return (node.args[1].unwrapped, try scalarArg(node.args[0], t), 0)
        case .predictLinear: return (node.args[0].unwrapped, try scalarArg(node.args[1], t), 0)
        case .doubleExponentialSmoothing:
            let sf = try scalarArg(node.args[1], t), tf = try scalarArg(node.args[2], t)
            try Self.checkSmoothingFactors(sf, tf)
            return (node.args[0].unwrapped, sf, tf)
        default: return (node.args[0].unwrapped, 0, 0)
        }
    }

    static func checkSmoothingFactors(_ sf: Double, _ tf: Double) throws(EvalError) {
        if sf <= 0 || sf >= 1 { throw EvalError("invalid smoothing factor. Expected: 0 < sf < 1, got: \(String(format: "%f", sf))") }
        if tf <= 0 || tf >= 1 { throw EvalError("invalid trend factor. Expected: 0 < tf < 1, got: \(String(format: "%f", tf))") }
    }

    private func rangeCall(_ node: Call, _ function: RangeFunction, at t: Int64) throws(EvalError) -> [VectorSample] {
        let (rangeExpr, p0, p1) = try rangeArguments(node, function, at: t)
        var out: [VectorSample] = []
        if case .matrixSelector(let selector) = rangeExpr {
            try checkExtendedModifiers(selector.vectorSelector, function: node.name)
            let mode = SelectorMode(selector.vectorSelector.anchored, selector.vectorSelector.smoothed)
            let window = try self.window(selector, at: t)
            let fetch = window.fetchBounds(mode, lookback: options.lookbackDeltaMilliseconds)
            for id in try selection(selector.vectorSelector) {
                let result = cleanColumns(id).withSamples { samples in
                    RangeFunctions.apply(function, samples.window(after: fetch.after, through: fetch.through), window,
                                         mode: mode, p0, p1)
                }
                if let result {
                    out.append(VectorSample(labels: store.labels(id), value: result, timestamp: t, dropName: !function.keepsName))
                }
            }
            return out
        }
        guard case .subquery(let subquery) = rangeExpr else { throw EvalError("expected range vector argument") }
        let high = try selectorTime(subquery.at, subquery.offset, t)
        let window = RangeWindow(start: high - (try milliseconds(subquery.range)), end: high, t: t)
        for series in try self.subquery(subquery, at: t) {
            let result = series.timestamps.withUnsafeBufferPointer { ts in
                series.values.withUnsafeBufferPointer { vs in
                    RangeFunctions.apply(function, SeriesSamples(times: SampleTimes(base: ts.baseAddress, first: 0, step: 0), values: vs, starts: nil),
                                         window, mode: .plain, p0, p1)
                }
            }
            if let result {
                out.append(VectorSample(labels: series.labels, value: result, timestamp: t,
                                        dropName: function.keepsName ? series.dropName : true))
            }
        }
        return out
    }

    /// 3.14's `anchored` / `smoothed` selectors only work with some functions;
    /// misuse fails with Prometheus's message.
    func checkExtendedModifiers(_ selector: VectorSelector, function: String) throws(EvalError) {
        if selector.anchored && !RangeFunction.anchoredSafe.contains(function) {
            throw EvalError("anchored modifier can only be used with: \(RangeFunction.anchoredSafe.joined(separator: ", ")) - not with \(function)")
        }
        if selector.smoothed && !RangeFunction.smoothedSafe.contains(function) {
            throw EvalError("smoothed modifier can only be used with: \(RangeFunction.smoothedSafe.joined(separator: ", ")) - not with \(function)")
        }
    }

    /// `absent(x{a="b"})` reports the equality matchers' labels (not the name).
    static func absentLabels(_ expr: Expr) -> Labels {
        let selector: VectorSelector
        switch expr.unwrapped {
        case .vectorSelector(let node): selector = node
        case .matrixSelector(let node): selector = node.vectorSelector
        default: return Labels()
        }
        var pairs: [String: String] = [:]
        var repeated = Set<String>()
        var seen = Set<String>()
        for matcher in selector.matchers where matcher.name != Labels.metricNameLabel {
            if !seen.insert(matcher.name).inserted { repeated.insert(matcher.name) }
            if matcher.type == .equal { pairs[matcher.name] = matcher.value }
        }
        for name in repeated { pairs[name] = nil }
        return Labels(pairs)
    }
}
