import PromModel

/// Prometheus HTTP API (`/api/v1/query`, `/api/v1/query_range`) JSON, laid
/// out byte for byte as the server writes it.
public enum APIResponse {
    /// `warnings` follow `data`, as the server adds them.
    public static func success(_ result: QueryOutcome, warnings: [String] = []) -> String {
        var out = "{\"status\":\"success\",\"data\":{\"resultType\":\""
        out += result.value.typeName + "\",\"result\":"
        switch result.value {
        case .scalar(let v):
            out += point(result.evaluationTimeMilliseconds, GoMath.formatFloat(v))
        case .string(let s):
            out += point(result.evaluationTimeMilliseconds, s)
        case .vector(let samples):
            out += "["
            for (i, sample) in samples.enumerated() {
                if i > 0 { out += "," }
                out += "{\"metric\":" + metric(sample.labels) + ",\"value\":"
                out += point(result.evaluationTimeMilliseconds, GoMath.formatFloat(sample.value)) + "}"
            }
            out += "]"
        case .matrix(let series):
            out += "["
            for (i, one) in series.enumerated() {
                if i > 0 { out += "," }
                out += "{\"metric\":" + metric(one.labels) + ",\"values\":["
                for j in one.values.indices {
                    if j > 0 { out += "," }
                    out += point(one.timestamps[j], GoMath.formatFloat(one.values[j]))
                }
                out += "]}"
            }
            out += "]"
        }
        out += "}"
        if !warnings.isEmpty { out += ",\"warnings\":[" + warnings.map(goJSONQuote).joined(separator: ",") + "]" }
        return out + "}"
    }

    /// `errorType` is `bad_data` for unparsable input, `execution` for evaluation failures.
    public static func error(type: String, message: String) -> String {
        "{\"status\":\"error\",\"errorType\":\"\(type)\",\"error\":\(goJSONQuote(message))}"
    }

    static func metric(_ labels: Labels) -> String {
        var out = "{"
        for i in 0..<labels.count {
            if i > 0 { out += "," }
            out += goJSONQuote(labels.name(at: i)) + ":" + goJSONQuote(labels.value(at: i))
        }
        return out + "}"
    }

    static func point(_ t: Int64, _ value: String) -> String {
        "[" + timestamp(t) + "," + goJSONQuote(value) + "]"
    }

    /// Seconds with the milliseconds written as three digits when non-zero, as the server's marshaller does.
    public static func timestamp(_ t: Int64) -> String {
        var out = t < 0 ? "-" : ""
        let magnitude = t.magnitude
        out += String(magnitude / 1000)
        let fraction = magnitude % 1000
        if fraction != 0 {
            out += "."
            if fraction < 100 { out += "0" }
            if fraction < 10 { out += "0" }
            out += String(fraction)
        }
        return out
    }
}

extension APIResponse {
    /// A sample value as the API spells it (`strconv.FormatFloat(v, 'f', -1, 64)`, `+Inf`, `-Inf`, `NaN`).
    public static func formatValue(_ value: Double) -> String { GoMath.formatFloat(value) }
}
