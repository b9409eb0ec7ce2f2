import PromModel
import PromQL

/// Function calls with a step-wise form that are not series streams.
extension StepEvaluator {
    func call(_ node: Call) throws(EvalError) -> StepValue? {
        if let function = RangeFunction(rawValue: node.name), case .subquery(let subquery) = node.args[function.rangeArgument].unwrapped {
            return .vector(try subqueryRangeFunction(node, function, subquery))
        }
        switch node.name {
        case "time": return .scalar(times.map { Double($0) / 1000 })
        case "histogram_quantile", "histogram_fraction": return .vector(try classicHistogram(node))
        case "label_replace", "label_join": return .vector(try labelRewrite(node))
        case "absent": return .vector(try absent(node))
        case "pi", "start", "end", "range", "step":
            // Constant over the query.
            guard let first = times.first else { return .scalar([]) }
            guard case .scalar(let v) = try context.eval(.call(node), at: first) else { return nil }
            return .scalar([Double](repeating: v, count: steps))
        case "vector":
            var series = StepSeries(labels: Labels(), steps: steps)
            series.values = try scalars(node.args[0])
            series.present = [Bool](repeating: true, count: steps)
            return .vector([series])
        case "scalar":
            // NaN unless exactly one sample.
            var counts = [Int](repeating: 0, count: steps)
            var values = [Double](repeating: .nan, count: steps)
            try stream(node.args[0]) { (series: inout StepSeries) throws(EvalError) in
                for k in 0..<steps where series.present[k] {
                    counts[k] += 1
                    values[k] = series.values[k]
                }
            }
            for k in 0..<steps where counts[k] != 1 { values[k] = .nan }
            return .scalar(values)
        case "min_of", "max_of":
            let a = try scalars(node.args[0]), b = try scalars(node.args[1])
            let isMin = node.name == "min_of"
            return .scalar((0..<steps).map { k in isMin ? GoMath.min(a[k], b[k]) : GoMath.max(a[k], b[k]) })
        default:
            return nil
        }
    }
}
