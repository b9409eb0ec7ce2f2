import PromModel
import PromQL
import TimeSeries

/// Nodes that produce their series one at a time: selectors, range
/// functions over selectors, and element-wise maps over another stream.
extension StepEvaluator {
    typealias SeriesBody = (inout StepSeries) throws(EvalError) -> Void

    /// Streams `expr` if it has a series-at-a-time form; false (having done
    /// nothing) otherwise.
    func streamIfPossible(_ expr: Expr, _ body: SeriesBody) throws(EvalError) -> Bool {
        switch expr {
        case .paren(let node):
            return try streamIfPossible(node.expr, body)
        case .vectorSelector(let selector):
            try streamSelector(selector, reading: .value, body)
            return true
        case .unary(let node) where node.expr.type == .vector:
            guard node.op == .minus else {
                try stream(node.expr, body)
                return true
            }
            try stream(node.expr) { (series: inout StepSeries) throws(EvalError) in
                for k in 0..<steps where series.present[k] { series.values[k] = -series.values[k] }
                series.dropName = true
                try body(&series)
            }
            return true
        case .binary(let node) where !node.op.isSetOperator && node.op != .trimUpper && node.op != .trimLower:
            if node.lhs.type == .vector && node.rhs.type == .scalar {
                try streamVectorScalar(node, vector: node.lhs, scalar: node.rhs, scalarOnLeft: false, body)
                return true
            }
            if node.lhs.type == .scalar && node.rhs.type == .vector {
                try streamVectorScalar(node, vector: node.rhs, scalar: node.lhs, scalarOnLeft: true, body)
                return true
            }
            return false
        case .call(let node):
            return try streamCall(node, body)
        default:
            return false
        }
    }

    // MARK: Selectors

    /// Every selected series with a sample at some step.
    func streamSelector(_ selector: VectorSelector, reading: EvalContext.Reading, _ body: SeriesBody) throws(EvalError) {
        var reference: [Int64] = []
        reference.reserveCapacity(steps)
        for t in times { reference.append(try context.selectorTime(selector.at, selector.offset, t)) }
        let lookback = context.options.lookbackDeltaMilliseconds
        var buffer = StepSeries(labels: Labels(), dropName: reading != .value, steps: steps)
        for id in try context.selection(selector) {
            var any = false
            if selector.smoothed {
                for k in 0..<steps {
                    if let value = context.smoothedValue(id, at: reference[k]) {
                        buffer.values[k] = value
                        buffer.present[k] = true
                        any = true
                    } else {
                        buffer.present[k] = false
                    }
                }
            } else {
                let columns = store.columns(id)
                buffer.values.withUnsafeMutableBufferPointer { out in
                    buffer.present.withUnsafeMutableBufferPointer { present in
                        columns.withSamples { samples in
                            let n = samples.count
                            for k in 0..<reference.count {
                                let time = reference[k]
                                let position = samples.times.upperBound(time, count: n) - 1
                                guard position >= 0, samples.times[position] > time &- lookback,
                                    !samples.values[position].isStaleNaN
                                else {
                                    present[k] = false
                                    continue
                                }
                                switch reading {
                                case .value: out[k] = samples.values[position]
                                case .startTimestamp: out[k] = Double(samples.startTimestamp(position)) / 1000
                                }
                                present[k] = true
                                any = true
                            }
                        }
                    }
                }
            }
            guard any else { continue }
            buffer.labels = store.labels(id)
            buffer.dropName = reading != .value
            try body(&buffer)
        }
    }

    // MARK: Functions

    private func streamCall(_ node: Call, _ body: SeriesBody) throws(EvalError) -> Bool {
        if let function = RangeFunction(rawValue: node.name) {
            guard case .matrixSelector(let selector) = node.args[function.rangeArgument].unwrapped else { return false }
            try streamRangeFunction(node, function, selector, body)
            return true
        }
        if let transform = MathFunctions.table[node.name] {
            try streamMap(node.args[0], body) { _, v in transform(v) }
            return true
        }
        switch node.name {
        case "start_timestamp":
            guard case .vectorSelector(let selector) = node.args[0].unwrapped else { return false }
            try streamSelector(selector, reading: .startTimestamp, body)
            return true
        case "day_of_month", "day_of_week", "day_of_year", "days_in_month", "hour", "minute", "month", "year":
            guard node.args.count == 1 else { return false }
            let name = node.name
            try streamMap(node.args[0], body) { _, v in Calendar.component(name, seconds: v) }
            return true
        case "clamp_min":
            let low = try scalars(node.args[1])
            try streamMap(node.args[0], body) { k, v in GoMath.max(low[k], v) }
            return true
        case "clamp_max":
            let high = try scalars(node.args[1])
            try streamMap(node.args[0], body) { k, v in GoMath.min(high[k], v) }
            return true
        case "clamp":
            let low = try scalars(node.args[1]), high = try scalars(node.args[2])
            // An empty range empties the step.
            try streamMap(node.args[0], body, keep: { k in !(high[k] < low[k]) }) { k, v in GoMath.max(low[k], GoMath.min(high[k], v)) }
            return true
        case "round":
            let toNearest = node.args.count > 1 ? try scalars(node.args[1]) : [Double](repeating: 1, count: steps)
            try streamMap(node.args[0], body) { k, v in
                let inverse = 1 / toNearest[k]
                return ((v * inverse + 0.5).rounded(.down)) / inverse
            }
            return true
        default:
            return false
        }
    }

    /// Element-wise functions drop the metric name; `keep` false empties a step.
    private func streamMap(_ argument: Expr, _ body: SeriesBody, keep: (Int) -> Bool = { _ in true },
                           _ transform: (Int, Double) -> Double) throws(EvalError) {
        try stream(argument) { (series: inout StepSeries) throws(EvalError) in
            var any = false
            for k in 0..<steps where series.present[k] {
                if keep(k) {
                    series.values[k] = transform(k, series.values[k])
                    any = true
                } else {
                    series.present[k] = false
                }
            }
            guard any else { return }
            series.dropName = true
            try body(&series)
        }
    }

    /// A range function over a selector: per series, every step's window is
    /// read straight from the stored columns.
    private func streamRangeFunction(_ node: Call, _ function: RangeFunction, _ selector: MatrixSelector,
                                     _ body: SeriesBody) throws(EvalError) {
        let (p0, p1) = try rangeFunctionParameters(node, function)
        try context.checkExtendedModifiers(selector.vectorSelector, function: node.name)
        let mode = SelectorMode(selector.vectorSelector.anchored, selector.vectorSelector.smoothed)
        let lookback = context.options.lookbackDeltaMilliseconds
        var windows: [RangeWindow] = []
        windows.reserveCapacity(steps)
        for t in times { windows.append(try context.window(selector, at: t)) }
        var buffer = StepSeries(labels: Labels(), dropName: !function.keepsName, steps: steps)
        for id in try context.selection(selector.vectorSelector) {
            var any = false
            buffer.values.withUnsafeMutableBufferPointer { out in
                buffer.present.withUnsafeMutableBufferPointer { present in
                    context.cleanColumns(id).withSamples { samples in
                        for k in 0..<windows.count {
                            let window = windows[k]
                            let fetch = window.fetchBounds(mode, lookback: lookback)
                            if let value = RangeFunctions.apply(function, samples.window(after: fetch.after, through: fetch.through),
                                                                window, mode: mode, p0[k], p1[k]) {
                                out[k] = value
                                present[k] = true
                                any = true
                            } else {
                                present[k] = false
                            }
                        }
                    }
                }
            }
            guard any else { continue }
            buffer.labels = store.labels(id)
            buffer.dropName = !function.keepsName
            try body(&buffer)
        }
    }

    // MARK: Vector and scalar

    /// `v op s` / `s op v`: a filter for comparisons, else a map that drops the name.
    private func streamVectorScalar(_ node: BinaryExpr, vector: Expr, scalar: Expr, scalarOnLeft: Bool,
                                    _ body: SeriesBody) throws(EvalError) {
        let scalarValues = try scalars(scalar)
        let op = node.op
        try stream(vector) { (series: inout StepSeries) throws(EvalError) in
            var any = false
            for k in 0..<steps where series.present[k] {
                let v = series.values[k], s = scalarValues[k]
                var (value, keep) = scalarOnLeft ? EvalContext.apply(op, s, v) : EvalContext.apply(op, v, s)
                if op.isComparison {
                    // A filter keeps the vector's own value.
                    if scalarOnLeft { value = v }
                    if node.returnBool {
                        value = keep ? 1 : 0
                        keep = true
                    }
                }
                if keep {
                    series.values[k] = value
                    any = true
                } else {
                    series.present[k] = false
                }
            }
            guard any else { return }
            if !op.isComparison || node.returnBool { series.dropName = true }
            try body(&series)
        }
    }
}
