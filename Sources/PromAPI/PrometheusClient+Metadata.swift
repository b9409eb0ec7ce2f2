import PromModel
import TimeSeries

/// What `/api/v1/status/buildinfo` says about the server.
public struct PrometheusBuildInfo: Sendable, Equatable {
    public var version: String
    public var revision: String
    public var branch: String
    public var goVersion: String
}

extension PrometheusClient {
    /// `/api/v1/series`: label sets of series matching any of `match`, with
    /// samples in `[start, end]` (the server's default window when nil).
    public func series(match: [String], start: Int64? = nil, end: Int64? = nil) throws(PromAPIError) -> [Labels] {
        let answer = try call("series", Self.matchForm(match, start: start, end: end), postable: true)
        guard let items = answer.data.arrayValue else { throw invalid(answer, "\"data\" is not an array of label sets") }
        var out: [Labels] = []
        out.reserveCapacity(items.count)
        for item in items {
            guard case .object(let members, _) = item else { throw invalid(answer, "a series is not an object") }
            var pairs: [(name: String, value: String)] = []
            for member in members {
                guard let value = member.value.stringValue else { throw invalid(answer, "label \(goQuote(member.key)) is not a string") }
                pairs.append((member.key, value))
            }
            out.append(Labels(pairs))
        }
        return out
    }

    /// `/api/v1/labels`: label names, of series matching `match` when given.
    public func labelNames(match: [String] = [], start: Int64? = nil, end: Int64? = nil) throws(PromAPIError) -> [String] {
        try strings(try call("labels", Self.matchForm(match, start: start, end: end), postable: true))
    }

    /// `/api/v1/label/<name>/values`.
    public func labelValues(_ name: String, match: [String] = [], start: Int64? = nil, end: Int64? = nil) throws(PromAPIError) -> [String] {
        try strings(try call("label/" + Self.escape(name) + "/values", Self.matchForm(match, start: start, end: end), postable: false))
    }

    /// `/api/v1/metadata`: per metric name, the TYPE/HELP/UNIT the targets
    /// exposed (several entries when targets disagree).
    public func metadata(metric: String? = nil) throws(PromAPIError) -> [String: [MetricMetadata]] {
        let answer = try call("metadata", metric.map { [("metric", $0)] } ?? [], postable: false)
        guard case .object(let members, _) = answer.data else { throw invalid(answer, "\"data\" is not an object") }
        var out: [String: [MetricMetadata]] = [:]
        for member in members {
            for entry in member.value.arrayValue ?? [] {
                let type = entry["type"]?.stringValue.flatMap { MetricType(rawValue: $0 == "untyped" ? "unknown" : $0) } ?? .unknown
                out[member.key, default: []].append(
                    MetricMetadata(type: type, help: entry["help"]?.stringValue, unit: entry["unit"]?.stringValue))
            }
        }
        return out
    }

    /// `/api/v1/status/buildinfo` (Prometheus, Mimir; Thanos and
    /// VictoriaMetrics may answer 404).
    public func buildInfo() throws(PromAPIError) -> PrometheusBuildInfo {
        let answer = try call("status/buildinfo", [], postable: false)
        func field(_ name: String) -> String { answer.data[name]?.stringValue ?? "" }
        return PrometheusBuildInfo(
            version: field("version"), revision: field("revision"), branch: field("branch"), goVersion: field("goVersion"))
    }

    /// `/api/v1/status/flags`: the server's command-line flags by name,
    /// without the dashes (`storage.tsdb.retention.time`, `enable-feature`,
    /// whose repeated values come joined with commas). Prometheus only;
    /// others answer 404.
    public func flags() throws(PromAPIError) -> [String: String] {
        let answer = try call("status/flags", [], postable: false)
        guard case .object(let members, _) = answer.data else { throw invalid(answer, "\"data\" is not an object") }
        var out: [String: String] = [:]
        for member in members {
            guard let value = member.value.stringValue else { throw invalid(answer, "flag \(goQuote(member.key)) is not a string") }
            out[member.key] = value
        }
        return out
    }

    private func strings(_ answer: Answer) throws(PromAPIError) -> [String] {
        guard let items = answer.data.arrayValue else { throw invalid(answer, "\"data\" is not an array of strings") }
        var out: [String] = []
        for item in items {
            guard let text = item.stringValue else { throw invalid(answer, "expected a string, got \(item.kindName)") }
            out.append(text)
        }
        return out
    }

    private func invalid(_ answer: Answer, _ reason: String) -> PromAPIError {
        PromAPIError(url: answer.url, kind: .invalidResponse(reason))
    }

    static func matchForm(_ match: [String], start: Int64?, end: Int64?) -> [(String, String)] {
        var form = match.map { ("match[]", $0) }
        if let start { form.append(("start", PromAPITime.seconds(start))) }
        if let end { form.append(("end", PromAPITime.seconds(end))) }
        return form
    }
}
