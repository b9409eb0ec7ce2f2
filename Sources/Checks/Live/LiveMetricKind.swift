import PromAPI
import TimeSeries

/// What the server's metadata says a sample name is, for the counter checks.
/// Metadata describes families: `http_requests_total` in the text format but
/// `http_requests` in OpenMetrics, `latency` for `latency_bucket`, so a name
/// is looked up as itself and without each suffix a family's type adds.
enum LiveMetricKind: Equatable {
    case counter(family: String, type: MetricType)
    case nonCounter(family: String, type: MetricType)

    static let suffixes = ["_total", "_bucket", "_count", "_sum", "_created", "_gcount", "_gsum", "_info"]

    /// Family names to ask the server about for `name`; none for a recorded
    /// series (`level:metric:operation`), which no target describes.
    static func candidates(_ name: String) -> [String] {
        guard !name.contains(":") else { return [] }
        return [name] + suffixes.filter { name.hasSuffix($0) && name.count > $0.count }.map { String(name.dropLast($0.count)) }
    }

    /// Nil when the server has no metadata, its targets disagree on the type
    /// (pint then stays quiet too), or the type says nothing either way
    /// (`unknown`, a native histogram, which rate() takes).
    static func resolve(_ name: String, probe: LiveProbe) throws(PromAPIError) -> LiveMetricKind? {
        let candidates = candidates(name)
        guard !candidates.isEmpty else { return nil }
        var families: [String: MetricMetadata] = [:]
        for family in candidates {
            let entries = try probe.metadata(family)
            guard let first = entries.first, entries.allSatisfy({ $0.type == first.type }) else { continue }
            families[family] = first
        }
        guard let (family, metadata) = MetricMetadataIndex(families).family(ofMetric: name) else { return nil }
        let suffix = String(name.dropFirst(family.count))
        switch (metadata.type, suffix) {
        case (.counter, ""), (.counter, "_total"), (.histogram, "_bucket"), (.histogram, "_count"), (.histogram, "_sum"),
            (.summary, "_count"), (.summary, "_sum"):
            return .counter(family: family, type: metadata.type)
        case (_, "_created"), (.gauge, _), (.info, _), (.stateset, _), (.summary, ""), (.gaugeHistogram, "_bucket"),
            (.gaugeHistogram, "_gcount"), (.gaugeHistogram, "_gsum"):
            return .nonCounter(family: family, type: metadata.type)
        default:
            return nil
        }
    }

    /// `a gauge`, `a summary quantile`, for messages.
    static func describe(_ type: MetricType, name: String, family: String) -> String {
        switch type {
        case .summary where name == family: "a summary's quantile series (a gauge)"
        case .gaugeHistogram: "part of a gauge histogram"
        case .info: "an info metric"
        case _ where name.hasSuffix("_created"): "a creation timestamp"
        default: "a \(type.rawValue)"
        }
    }
}
