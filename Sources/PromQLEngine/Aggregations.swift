import PromModel
import PromQL

extension EvalContext {
    func aggregate(_ node: AggregateExpr, at t: Int64) throws(EvalError) -> QueryValue {
        var param: QueryValue?
        if let expr = node.param { param = try eval(expr, at: t) }
        guard case .vector(let input) = try eval(node.expr, at: t) else {
            throw EvalError("expected instant vector in aggregation")
        }
        let grouping = node.grouping
        func groupLabels(_ labels: Labels) -> Labels {
            node.without ? labels.without(grouping + [Labels.metricNameLabel]) : labels.only(grouping)
        }
        // Groups in order of first appearance, as Prometheus emits them.
        var order: [Labels] = []
        var members: [Labels: [Int]] = [:]
        for (position, sample) in input.enumerated() {
            let key = groupLabels(sample.labels)
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(position)
        }
        func scalarParam() -> Double {
            if case .scalar(let v) = param { return v }
            return .nan
        }
        var out: [VectorSample] = []
        let keepsName = !node.without && grouping.contains(Labels.metricNameLabel)
        switch node.op {
        case .topk, .bottomk, .limitk:
            let k = scalarParam()
            guard !k.isNaN else { throw EvalError("Parameter value is NaN") }
            if k >= 9.223372036854775807e18 || k <= -9.223372036854775808e18 {
                throw EvalError("Scalar value \(GoMath.formatFloat(k)) overflows int64")
            }
            let count = Int(k)
            if count < 1 { return .vector([]) }
            for key in order {
                let positions = members[key]!
                var picked = positions.map { input[$0] }
                if node.op == .limitk {
                    picked = Array(picked.prefix(count))
                } else {
                    let descending = node.op == .topk
                    picked = picked.enumerated().sorted { a, b in
                        let x = a.element.value, y = b.element.value
                        if x.isNaN != y.isNaN { return !x.isNaN }
                        if x != y && !x.isNaN { return descending ? x > y : x < y }
                        return a.offset < b.offset
                    }.map(\.element)
                    picked = Array(picked.prefix(count))
                }
                out += picked
            }
            return .vector(out)
        case .limitRatio:
            let ratio = scalarParam()
            guard !ratio.isNaN else { throw EvalError("Ratio value is NaN") }
            let r = Swift.max(-1, Swift.min(1, ratio))
            for sample in input {
                let offset = Double(sample.labels.hash) / Double(UInt64.max)
                if (r >= 0 && offset < r) || (r < 0 && offset >= 1 + r) { out.append(sample) }
            }
            return .vector(out)
        case .countValues:
            guard case .string(let label) = param else { throw EvalError("expected string parameter") }
            guard PromNames.isValidPromQLStringLabelName(label) else { throw EvalError("invalid label name \(goQuote(label))") }
            var counts: [Labels: Double] = [:]
            var valueOrder: [Labels] = []
            for key in order {
                for position in members[key]! {
                    var builder = Labels.Builder(key)
                    builder.set(label, GoMath.formatFloat(input[position].value))
                    let labels = builder.labels()
                    if counts[labels] == nil { valueOrder.append(labels) }
                    counts[labels, default: 0] += 1
                }
            }
            return .vector(valueOrder.map { VectorSample(labels: $0, value: counts[$0]!, timestamp: t) })
        default:
            break
        }
        for key in order {
            let values = members[key]!.map { input[$0].value }
            let value: Double
            switch node.op {
            case .sum: value = Fold.sum(values)
            case .avg: value = Fold.mean(values)
            case .count: value = Double(values.count)
            case .group: value = 1
            case .min: value = Fold.minimum(values)
            case .max: value = Fold.maximum(values)
            case .stddev: value = Fold.variance(values).squareRoot()
            case .stdvar: value = Fold.variance(values)
            case .quantile: value = Fold.quantile(scalarParam(), values)
            default: value = .nan
            }
            // `by (__name__)` keeps the name, so a pending removal carries over.
            let dropName = keepsName && members[key]!.contains { input[$0].dropName }
            out.append(VectorSample(labels: key, value: value, timestamp: t, dropName: dropName))
        }
        return .vector(out)
    }
}

/// Numeric folds shared by aggregations and `*_over_time`. Each fold is
/// an accumulator fed one value at a time, so the step-wise aggregation of
/// a range query adds values in the same order and gets the same bits.
enum Fold {
    static func sum(_ values: some Collection<Double>) -> Double {
        var accumulator = KahanSum()
        for v in values { accumulator.add(v) }
        return accumulator.value
    }

    static func mean(_ values: some Collection<Double>) -> Double {
        var accumulator = MeanAccumulator()
        for v in values { accumulator.add(v) }
        return accumulator.value
    }

    static func minimum(_ values: some Collection<Double>) -> Double {
        var result = Double.nan
        for v in values { result = minimum(result, v) }
        return result
    }

    static func maximum(_ values: some Collection<Double>) -> Double {
        var result = Double.nan
        for v in values { result = maximum(result, v) }
        return result
    }

    /// NaN only wins while nothing else has been seen.
    @inline(__always)
    static func minimum(_ current: Double, _ v: Double) -> Double { v < current || current.isNaN ? v : current }
    @inline(__always)
    static func maximum(_ current: Double, _ v: Double) -> Double { v > current || current.isNaN ? v : current }

    static func variance(_ values: some Collection<Double>) -> Double {
        var accumulator = VarianceAccumulator()
        for v in values { accumulator.add(v) }
        return accumulator.value
    }

    static func quantile(_ q: Double, _ input: some Collection<Double>) -> Double {
        if input.isEmpty || q.isNaN { return .nan }
        if q < 0 { return -.infinity }
        if q > 1 { return .infinity }
        let values = input.sorted { a, b in a.isNaN ? !b.isNaN : (!b.isNaN && a < b) }
        let n = Double(values.count)
        let rank = q * (n - 1)
        let lower = Swift.max(0, Int(rank.rounded(.down)))
        let upper = Swift.min(values.count - 1, lower + 1)
        let weight = rank - rank.rounded(.down)
        return values[lower] * (1 - weight) + values[upper] * weight
    }
}

/// Kahan–Babuška compensated sum.
struct KahanSum {
    var sum = 0.0
    var c = 0.0

    @inline(__always)
    mutating func add(_ v: Double) { (sum, c) = GoMath.kahanAdd(v, sum, c) }

    var value: Double { sum + c }
}

/// Kahan mean, switching to an incremental mean once the sum overflows.
struct MeanAccumulator {
    var sum = 0.0
    var c = 0.0
    var mean = 0.0
    var count = 0.0
    var incremental = false

    @inline(__always)
    mutating func add(_ v: Double) {
        count += 1
        if !incremental {
            let (newSum, newC) = GoMath.kahanAdd(v, sum, c)
            if count == 1 || !newSum.isInfinite {
                sum = newSum
                c = newC
                return
            }
            incremental = true
            mean = sum / (count - 1)
            c /= count - 1
        }
        let q = (count - 1) / count
        (mean, c) = GoMath.kahanAdd(v / count, q * mean, q * c)
    }

    var value: Double { incremental ? mean + c : sum / count + c / count }
}

/// Welford's variance with Kahan-compensated running terms.
struct VarianceAccumulator {
    var count = 0.0
    var mean = 0.0
    var cMean = 0.0
    var aux = 0.0
    var cAux = 0.0

    @inline(__always)
    mutating func add(_ v: Double) {
        count += 1
        let delta = v - (mean + cMean)
        (mean, cMean) = GoMath.kahanAdd(delta / count, mean, cMean)
        (aux, cAux) = GoMath.kahanAdd(delta * (v - (mean + cMean)), aux, cAux)
    }

    var value: Double { (aux + cAux) / count }
}
