/// A native histogram with float counts (model/histogram.FloatHistogram),
/// as far as promtool's unit tests need one: built from the test notation,
/// added and subtracted for `{{a}}+{{b}}xN` sequences, and printed as
/// promqltest's `TestExpression`. Buckets are kept dense from the first
/// bucket's index (the notation only writes one span per sign).
public struct FloatHistogram: Sendable, Hashable {
    public var schema: Int64 = 0
    public var zeroThreshold: Double = 0
    public var zeroCount: Double = 0
    public var count: Double = 0
    public var sum: Double = 0
    /// Index of `positiveBuckets[0]`.
    public var positiveOffset: Int64 = 0
    public var positiveBuckets: [Double] = []
    public var negativeOffset: Int64 = 0
    public var negativeBuckets: [Double] = []
    /// Upper bounds of a custom-bucket histogram (schema -53).
    public var customValues: [Double] = []
    public var counterResetHint: NativeHistogramLiteral.CounterResetHint = .unknown

    public init() {}

    /// The histogram a notation literal describes (the parser's `buildHistogramFromMap`).
    public init(_ literal: NativeHistogramLiteral) {
        schema = literal.schema
        zeroThreshold = literal.zeroThreshold
        zeroCount = literal.zeroCount
        count = literal.count
        sum = literal.sum
        positiveOffset = literal.offset
        positiveBuckets = literal.buckets
        negativeOffset = literal.negativeOffset
        negativeBuckets = literal.negativeBuckets
        customValues = literal.customValues
        counterResetHint = literal.counterResetHint ?? .unknown
    }

    public struct CombineError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// `FloatHistogram.Add` for histograms of one schema, zero threshold and custom bounds.
    public func adding(_ other: FloatHistogram) throws(CombineError) -> FloatHistogram {
        try combined(other, sign: 1)
    }

    /// `FloatHistogram.Sub`, with the same restrictions.
    public func subtracting(_ other: FloatHistogram) throws(CombineError) -> FloatHistogram {
        try combined(other, sign: -1)
    }

    private func combined(_ other: FloatHistogram, sign: Double) throws(CombineError) -> FloatHistogram {
        guard schema == other.schema, zeroThreshold == other.zeroThreshold, customValues == other.customValues else {
            throw CombineError(description: "combining native histograms of different schemas, zero thresholds or custom bounds is not supported")
        }
        var out = self
        out.count += sign * other.count
        out.sum += sign * other.sum
        out.zeroCount += sign * other.zeroCount
        (out.positiveOffset, out.positiveBuckets) = Self.merge(positiveOffset, positiveBuckets, other.positiveOffset, other.positiveBuckets, sign)
        (out.negativeOffset, out.negativeBuckets) = Self.merge(negativeOffset, negativeBuckets, other.negativeOffset, other.negativeBuckets, sign)
        if other.counterResetHint == .gauge { out.counterResetHint = .gauge }
        return out
    }

    private static func merge(_ offsetA: Int64, _ a: [Double], _ offsetB: Int64, _ b: [Double], _ sign: Double) -> (Int64, [Double]) {
        if b.isEmpty { return (offsetA, a) }
        if a.isEmpty { return (offsetB, b.map { sign * $0 }) }
        let low = min(offsetA, offsetB)
        let high = max(offsetA + Int64(a.count), offsetB + Int64(b.count))
        var out = [Double](repeating: 0, count: Int(high - low))
        for (i, v) in a.enumerated() { out[Int(offsetA - low) + i] = v }
        for (i, v) in b.enumerated() { out[Int(offsetB - low) + i] += sign * v }
        return (low, out)
    }

    /// True when this sample counts less than `previous` in some way, which
    /// makes the TSDB start a chunk marked as a counter reset.
    public func isCounterReset(after previous: FloatHistogram) -> Bool {
        if counterResetHint == .reset { return true }
        if schema != previous.schema || zeroThreshold != previous.zeroThreshold || customValues != previous.customValues {
            return true
        }
        if count < previous.count || zeroCount < previous.zeroCount { return true }
        func decreased(_ offset: Int64, _ buckets: [Double], _ previousOffset: Int64, _ previousBuckets: [Double]) -> Bool {
            for (i, v) in previousBuckets.enumerated() where v != 0 {
                let index = previousOffset + Int64(i) - offset
                let now = index >= 0 && index < Int64(buckets.count) ? buckets[Int(index)] : 0
                if now < v { return true }
            }
            return false
        }
        return decreased(positiveOffset, positiveBuckets, previous.positiveOffset, previous.positiveBuckets)
            || decreased(negativeOffset, negativeBuckets, previous.negativeOffset, previous.negativeBuckets)
    }
}

extension HistogramSequenceValue {
    /// The histogram this sequence step stands for: base ± multiple·increment,
    /// added step by step in float64 as the parser does.
    public func histogram() throws(FloatHistogram.CombineError) -> FloatHistogram {
        var current = FloatHistogram(base)
        guard let increment, multiple > 0 else { return current }
        let step = FloatHistogram(increment)
        for _ in 0..<multiple { current = subtract ? try current.subtracting(step) : try current.adding(step) }
        return current
    }
}
