import PromModel
import PromQL

/// Functions whose output series follow from their input series' labels:
/// classic histograms, label rewrites, absent().
extension StepEvaluator {
    /// `histogram_quantile(q, v)` / `histogram_fraction(lo, hi, v)` over
    /// classic buckets: bucket bounds are parsed once per series, and each
    /// step gathers the buckets present then.
    func classicHistogram(_ node: Call) throws(EvalError) -> [StepSeries] {
        let quantile = node.name == "histogram_quantile"
        let first = try scalars(node.args[0])
        let second = quantile ? [] : try scalars(node.args[1])
        let input = try vector(node.args[quantile ? 1 : 2])
        var index: [Labels: Int] = [:]
        var keys: [Labels] = []
        var members: [[(series: Int, upper: Double)]] = []
        for (position, series) in input.enumerated() {
            guard let (key, upper) = EvalContext.classicBucket(series.labels) else { continue }
            if let group = index[key] {
                members[group].append((position, upper))
            } else {
                index[key] = keys.count
                keys.append(key)
                members.append([(position, upper)])
            }
        }
        var out: [StepSeries] = []
        var buckets: [(upper: Double, count: Double)] = []
        for group in keys.indices {
            var result = StepSeries(labels: keys[group], steps: steps)
            for k in 0..<steps {
                buckets.removeAll(keepingCapacity: true)
                for member in members[group] where input[member.series].present[k] {
                    buckets.append((member.upper, input[member.series].values[k]))
                }
                guard !buckets.isEmpty else { continue }
                result.values[k] = quantile ? EvalContext.bucketQuantile(first[k], buckets)
                    : EvalContext.bucketFraction(first[k], second[k], buckets)
                result.present[k] = true
            }
            out.append(result)
        }
        return out
    }

    /// `label_replace` / `label_join`: labels are rewritten once per series.
    /// Series that end up alike must not meet in one step.
    func labelRewrite(_ node: Call) throws(EvalError) -> [StepSeries] {
        var input = try vector(node.args[0])
        var strings: [String] = []
        for arg in node.args.dropFirst() {
            guard case .string(let s) = try evaluate(arg) else { throw EvalError("expected string argument") }
            strings.append(s)
        }
        let rewrite = node.name == "label_replace"
            ? try LabelRewrite.replace(destination: strings[0], replacement: strings[1], source: strings[2], pattern: strings[3])
            : try LabelRewrite.join(destination: strings[0], separator: strings[1], sources: Array(strings.dropFirst(2)))
        var owners: [Labels: Int] = [:]
        for i in input.indices {
            (input[i].labels, input[i].dropName) = rewrite.apply(input[i].labels, dropName: input[i].dropName)
            let identity = input[i].dropName ? input[i].labels.droppingMetricName() : input[i].labels
            if let other = owners[identity] {
                for k in 0..<steps where input[i].present[k] && input[other].present[k] {
                    throw EvalError(Cleanup.duplicateLabelset)
                }
            } else {
                owners[identity] = i
            }
        }
        return input
    }

    /// `absent(v)`: one series at the steps where `v` is empty.
    func absent(_ node: Call) throws(EvalError) -> [StepSeries] {
        var missing = [Bool](repeating: true, count: steps)
        try stream(node.args[0]) { (series: inout StepSeries) throws(EvalError) in
            for k in 0..<steps where series.present[k] { missing[k] = false }
        }
        var result = StepSeries(labels: EvalContext.absentLabels(node.args[0]), steps: steps)
        result.values = [Double](repeating: 1, count: steps)
        result.present = missing
        return result.isEmpty ? [] : [result]
    }
}
