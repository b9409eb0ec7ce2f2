import Template
import TimeSeries

extension FloatHistogram {
    /// promqltest's `HistogramTestExpression`: compacted, zero fields omitted,
    /// `{{schema:1 count:4 sum:5.6 counter_reset_hint:not_reset buckets:[4]}}`.
    public var testExpression: String {
        var parts: [String] = []
        func g(_ v: Double) -> String { GoFloatFormat.shortest(v) }
        if schema != 0 { parts.append("schema:\(schema)") }
        if count != 0 { parts.append("count:\(g(count))") }
        if sum != 0 { parts.append("sum:\(g(sum))") }
        if zeroCount != 0 { parts.append("z_bucket:\(g(zeroCount))") }
        if zeroThreshold != 0 { parts.append("z_bucket_w:\(g(zeroThreshold))") }
        if schema == -53 { parts.append("custom_values:[\(customValues.map(g).joined(separator: " "))]") }
        switch counterResetHint {
        case .unknown: break
        case .reset: parts.append("counter_reset_hint:reset")
        case .notReset: parts.append("counter_reset_hint:not_reset")
        case .gauge: parts.append("counter_reset_hint:gauge")
        }
        func add(_ offset: Int64, _ buckets: [Double], bucketsKey: String, offsetKey: String) {
            // Compact(math.MaxInt): empty buckets at either end go, inner ones stay.
            guard let first = buckets.firstIndex(where: { $0 != 0 }), let last = buckets.lastIndex(where: { $0 != 0 }) else { return }
            let start = offset + Int64(first)
            if start != 0 { parts.append("\(offsetKey):\(start)") }
            parts.append("\(bucketsKey):[\(buckets[first...last].map(g).joined(separator: " "))]")
        }
        add(positiveOffset, positiveBuckets, bucketsKey: "buckets", offsetKey: "offset")
        add(negativeOffset, negativeBuckets, bucketsKey: "n_buckets", offsetKey: "n_offset")
        return "{{" + parts.joined(separator: " ") + "}}"
    }
}
