import PromModel
import PromQL

extension EvalContext {
    /// Series of one classic histogram: the labels without `le`, and its buckets.
    private func bucketGroups(_ samples: [VectorSample]) -> (order: [Labels], groups: [Labels: [(upper: Double, count: Double)]]) {
        var order: [Labels] = []
        var groups: [Labels: [(upper: Double, count: Double)]] = [:]
        for sample in samples {
            guard let (key, upper) = Self.classicBucket(sample.labels) else { continue }
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append((upper, sample.value))
        }
        return (order, groups)
    }

    /// The histogram a bucket series belongs to (its labels without `le` and
    /// the name) and the bucket's upper bound; nil without a usable `le`.
    static func classicBucket(_ labels: Labels) -> (key: Labels, upper: Double)? {
        let le = labels.get("le")
        guard let upper = goSpecialFloat(le) ?? Double(le) else { return nil }
        return (labels.without(["le", Labels.metricNameLabel]), upper)
    }

    static func goSpecialFloat(_ text: String) -> Double? {
        switch text.lowercased() {
        case "+inf", "inf": .infinity
        case "-inf": -.infinity
        case "nan": .nan
        default: nil
        }
    }

    func histogramQuantile(_ node: Call, _ t: Int64) throws(EvalError) -> [VectorSample] {
        let q = try scalarArg(node.args[0], t)
        let (order, groups) = bucketGroups(try vectorArg(node.args[1], t))
        return order.map { VectorSample(labels: $0, value: Self.bucketQuantile(q, groups[$0]!), timestamp: t) }
    }

    /// `histogram_quantiles(v, "label", q…)`: one output series per quantile, labelled with it.
    func histogramQuantiles(_ node: Call, _ t: Int64) throws(EvalError) -> [VectorSample] {
        let (order, groups) = bucketGroups(try vectorArg(node.args[0], t))
        let label = try stringArg(node.args[1], t)
        var out: [VectorSample] = []
        for arg in node.args.dropFirst(2) {
            let q = try scalarArg(arg, t)
            for key in order {
                var builder = Labels.Builder(key)
                builder.set(label, GoMath.formatFloat(q))
                out.append(VectorSample(labels: builder.labels(), value: Self.bucketQuantile(q, groups[key]!), timestamp: t))
            }
        }
        return out
    }

    func histogramFraction(_ node: Call, _ t: Int64) throws(EvalError) -> [VectorSample] {
        let lower = try scalarArg(node.args[0], t), upper = try scalarArg(node.args[1], t)
        let (order, groups) = bucketGroups(try vectorArg(node.args[2], t))
        return order.map { VectorSample(labels: $0, value: Self.bucketFraction(lower, upper, groups[$0]!), timestamp: t) }
    }

    /// Sorted, merged by bound, with Prometheus's monotonicity repair.
    static func prepared(_ input: [(upper: Double, count: Double)]) -> [(upper: Double, count: Double)] {
        let sorted = input.sorted { $0.upper < $1.upper }
        var buckets: [(upper: Double, count: Double)] = []
        for bucket in sorted {
            if let last = buckets.last, last.upper == bucket.upper {
                buckets[buckets.count - 1].count += bucket.count
            } else {
                buckets.append(bucket)
            }
        }
        guard var previous = buckets.first?.count else { return buckets }
        for i in buckets.indices.dropFirst() {
            let current = buckets[i].count
            if current == previous { continue }
            if GoMath.almostEqual(previous, current, epsilon: 1e-12) || current < previous {
                buckets[i].count = previous
                continue
            }
            previous = current
        }
        return buckets
    }

    static func bucketQuantile(_ q: Double, _ input: [(upper: Double, count: Double)]) -> Double {
        if q.isNaN { return .nan }
        if q < 0 { return -.infinity }
        if q > 1 { return .infinity }
        let sorted = input.sorted { $0.upper < $1.upper }
        guard let last = sorted.last, last.upper == .infinity else { return .nan }
        let buckets = prepared(input)
        guard buckets.count >= 2 else { return .nan }
        let observations = buckets[buckets.count - 1].count
        if observations == 0 { return .nan }
        var rank = q * observations
        var b = buckets.firstIndex { $0.count >= rank } ?? buckets.count - 1
        if b == buckets.count - 1 { return buckets[buckets.count - 2].upper }
        if b == 0 && buckets[0].upper <= 0 { return buckets[0].upper }
        var bucketStart = 0.0
        let bucketEnd = buckets[b].upper
        var count = buckets[b].count
        if b > 0 {
            bucketStart = buckets[b - 1].upper
            count -= buckets[b - 1].count
            rank -= buckets[b - 1].count
        }
        b = 0
        return bucketStart + (bucketEnd - bucketStart) * (rank / count)
    }

    static func bucketFraction(_ lower: Double, _ upper: Double, _ input: [(upper: Double, count: Double)]) -> Double {
        let buckets = prepared(input)
        guard buckets.count >= 2, buckets[buckets.count - 1].upper == .infinity, !lower.isNaN, !upper.isNaN else { return .nan }
        let total = buckets[buckets.count - 1].count
        if total == 0 || lower >= upper { return total == 0 ? .nan : 0 }
        func rank(_ x: Double) -> Double {
            var previousUpper = 0.0, previousCount = 0.0
            for (i, bucket) in buckets.enumerated() {
                if x <= bucket.upper {
                    if bucket.upper == .infinity { return previousCount }
                    if i == 0 && bucket.upper <= 0 { return x < bucket.upper ? 0 : bucket.count }
                    let start = i == 0 ? Swift.min(0, bucket.upper) : previousUpper
                    if x <= start { return previousCount }
                    return previousCount + (bucket.count - previousCount) * (x - start) / (bucket.upper - start)
                }
                previousUpper = bucket.upper
                previousCount = bucket.count
            }
            return total
        }
        return (rank(upper) - rank(lower)) / total
    }
}
