import PromModel
import PromQL

/// A fold fed one value at a time (`Fold`'s accumulators).
protocol StepAccumulator {
    init()
    mutating func add(_ v: Double)
    var value: Double { get }
}

extension KahanSum: StepAccumulator {}
extension MeanAccumulator: StepAccumulator {}

struct CountAccumulator: StepAccumulator {
    var count = 0.0
    mutating func add(_ v: Double) { count += 1 }
    var value: Double { count }
}

struct GroupAccumulator: StepAccumulator {
    mutating func add(_ v: Double) {}
    var value: Double { 1 }
}

struct MinAccumulator: StepAccumulator {
    var current = Double.nan
    mutating func add(_ v: Double) { current = Fold.minimum(current, v) }
    var value: Double { current }
}

struct MaxAccumulator: StepAccumulator {
    var current = Double.nan
    mutating func add(_ v: Double) { current = Fold.maximum(current, v) }
    var value: Double { current }
}

struct StdvarAccumulator: StepAccumulator {
    var variance = VarianceAccumulator()
    mutating func add(_ v: Double) { variance.add(v) }
    var value: Double { variance.value }
}

struct StddevAccumulator: StepAccumulator {
    var variance = VarianceAccumulator()
    mutating func add(_ v: Double) { variance.add(v) }
    var value: Double { variance.value.squareRoot() }
}

extension StepEvaluator {
    /// Aggregations with a step-wise form; nil for the others (topk, count_values, …).
    func aggregate(_ node: AggregateExpr) throws(EvalError) -> StepValue? {
        switch node.op {
        case .sum: return .vector(try fold(node, KahanSum.self))
        case .avg: return .vector(try fold(node, MeanAccumulator.self))
        case .count: return .vector(try fold(node, CountAccumulator.self))
        case .group: return .vector(try fold(node, GroupAccumulator.self))
        case .min: return .vector(try fold(node, MinAccumulator.self))
        case .max: return .vector(try fold(node, MaxAccumulator.self))
        case .stddev: return .vector(try fold(node, StddevAccumulator.self))
        case .stdvar: return .vector(try fold(node, StdvarAccumulator.self))
        case .quantile: return .vector(try quantile(node))
        default: return nil
        }
    }

    /// The group a series belongs to.
    private func groupKey(_ labels: Labels, _ node: AggregateExpr) -> Labels {
        node.without ? labels.without(node.grouping + [Labels.metricNameLabel]) : labels.only(node.grouping)
    }

    /// Folds the input series into their groups step by step; groups come
    /// out in order of first appearance, as Prometheus emits them.
    private func fold<A: StepAccumulator>(_ node: AggregateExpr, _: A.Type) throws(EvalError) -> [StepSeries] {
        // `by (__name__)` keeps the name, so a pending removal carries over.
        let keepsName = !node.without && node.grouping.contains(Labels.metricNameLabel)
        var index: [Labels: Int] = [:]
        var keys: [Labels] = []
        var accumulators: [[A]] = []
        var present: [[Bool]] = []
        var dropNames: [[Bool]] = []
        try stream(node.expr) { (series: inout StepSeries) throws(EvalError) in
            let key = groupKey(series.labels, node)
            let group: Int
            if let found = index[key] {
                group = found
            } else {
                group = keys.count
                index[key] = group
                keys.append(key)
                accumulators.append([A](repeating: A(), count: steps))
                present.append([Bool](repeating: false, count: steps))
                dropNames.append(keepsName ? [Bool](repeating: false, count: steps) : [])
            }
            let dropName = series.dropName
            series.values.withUnsafeBufferPointer { values in
                series.present.withUnsafeBufferPointer { has in
                    accumulators[group].withUnsafeMutableBufferPointer { acc in
                        present[group].withUnsafeMutableBufferPointer { groupHas in
                            for k in 0..<has.count where has[k] {
                                acc[k].add(values[k])
                                groupHas[k] = true
                            }
                        }
                    }
                }
            }
            if keepsName && dropName {
                for k in 0..<steps where series.present[k] { dropNames[group][k] = true }
            }
        }
        var out: [StepSeries] = []
        out.reserveCapacity(keys.count)
        for group in keys.indices {
            var result = StepSeries(labels: keys[group], steps: 0)
            result.values = accumulators[group].map(\.value)
            result.present = present[group]
            guard keepsName, dropNames[group].contains(true) else {
                out.append(result)
                continue
            }
            // A group whose name removal differs between steps is two series.
            var dropped = result
            dropped.dropName = true
            for k in 0..<steps {
                if dropNames[group][k] { result.present[k] = false } else { dropped.present[k] = false }
            }
            if !result.isEmpty { out.append(result) }
            out.append(dropped)
        }
        return out
    }

    /// `quantile(q, v)` needs every value of a group at once.
    private func quantile(_ node: AggregateExpr) throws(EvalError) -> [StepSeries] {
        guard let param = node.param else { throw EvalError("expected parameter") }
        let q = try scalars(param)
        let input = try vector(node.expr)
        let keepsName = !node.without && node.grouping.contains(Labels.metricNameLabel)
        var index: [Labels: Int] = [:]
        var members: [[Int]] = []
        var keys: [Labels] = []
        for (position, series) in input.enumerated() {
            let key = groupKey(series.labels, node)
            if let group = index[key] {
                members[group].append(position)
            } else {
                index[key] = keys.count
                keys.append(key)
                members.append([position])
            }
        }
        var out: [StepSeries] = []
        for group in keys.indices {
            var result = StepSeries(labels: keys[group], steps: steps)
            var dropped = StepSeries(labels: keys[group], dropName: true, steps: steps)
            var values: [Double] = []
            for k in 0..<steps {
                values.removeAll(keepingCapacity: true)
                var dropName = false
                for position in members[group] where input[position].present[k] {
                    values.append(input[position].values[k])
                    if input[position].dropName { dropName = true }
                }
                guard !values.isEmpty else { continue }
                let value = Fold.quantile(q[k], values)
                if keepsName && dropName {
                    dropped.values[k] = value
                    dropped.present[k] = true
                } else {
                    result.values[k] = value
                    result.present[k] = true
                }
            }
            if !result.isEmpty { out.append(result) }
            if !dropped.isEmpty { out.append(dropped) }
        }
        return out
    }
}
