import Diagnostics
import PromModel

/// A positioned problem in a Prometheus HTTP API response.
public struct QueryResponseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var position: SourcePosition

    public init(message: String, position: SourcePosition) {
        self.message = message
        self.position = position
    }

    public var description: String { "\(position): \(message)" }
}

/// The `data` of a `/api/v1/query` or `/api/v1/query_range` response.
public struct QueryResult: Sendable {
    public enum ResultType: String, Sendable, Hashable {
        case matrix, vector, scalar, string
    }

    public var resultType: ResultType
    /// Matrix and vector results; a scalar becomes one series with no labels
    /// (what promtool does with scalar results).
    public var series: [Series]
    /// The value of a `string` result.
    public var stringValue: (timestampMilliseconds: Int64, value: String)?
    /// Native-histogram samples (`histogram`/`histograms`) that were not
    /// loaded: halint reads float samples only. The float samples of the same
    /// series are still in `series`.
    public var unsupported: [QueryResponseError]
    public var warnings: [String]
}

/// Reads `{"status":"success","data":{"resultType":"matrix","result":[…]}}`
/// (or the bare `data` object). Timestamps are seconds with a fraction and
/// are converted to milliseconds exactly; values are strings
/// (`"1"`, `"NaN"`, `"+Inf"`) as Prometheus writes them.
public enum QueryResponseReader {
    public static func parse(_ text: String) throws(QueryResponseError) -> QueryResult {
        let root: JSONValue
        do {
            root = try JSONReader.parse(text)
        } catch {
            throw QueryResponseError(message: "invalid JSON: \(error.message)", position: error.position)
        }
        return try parse(json: root)
    }

    /// The same, for a response already parsed (a client that looked at the
    /// envelope first).
    public static func parse(json root: JSONValue) throws(QueryResponseError) -> QueryResult {
        guard case .object = root else { throw mismatch(root, expected: "a JSON object") }
        var data = root
        var warnings: [String] = []
        if let status = root["status"] {
            guard case .string(let value, _) = status else { throw mismatch(status, expected: "a string \"status\"") }
            if value == "error" {
                let type = stringField(root["errorType"]) ?? "error"
                let message = stringField(root["error"]) ?? "no error message"
                throw QueryResponseError(message: "the response reports an error: \(type): \(message)", position: root.position)
            }
            guard value == "success" else { throw QueryResponseError(message: "unknown status \(goQuote(value))", position: status.position) }
            guard let inner = root["data"] else {
                throw QueryResponseError(message: "the response has no \"data\"", position: root.position)
            }
            data = inner
            if case .array(let items, _) = root["warnings"] ?? .array([], root.position) {
                warnings = items.compactMap(stringField)
            }
        }
        guard let typeValue = data["resultType"] else {
            throw QueryResponseError(message: "the data has no \"resultType\"", position: data.position)
        }
        guard case .string(let typeName, _) = typeValue, let type = QueryResult.ResultType(rawValue: typeName) else {
            throw QueryResponseError(message: "unknown resultType \(describe(typeValue)); expected matrix, vector, scalar or string",
                                     position: typeValue.position)
        }
        guard let result = data["result"] else {
            throw QueryResponseError(message: "the data has no \"result\"", position: data.position)
        }
        var output = QueryResult(resultType: type, series: [], stringValue: nil, unsupported: [], warnings: warnings)
        switch type {
        case .scalar:
            let sample = try readPair(result)
            output.series = [Series(labels: Labels(), samples: [sample])]
        case .string:
            guard case .array(let pair, _) = result, pair.count == 2, case .string(let value, _) = pair[1] else {
                throw mismatch(result, expected: "[<timestamp>, \"<string>\"]")
            }
            output.stringValue = (try timestamp(pair[0]), value)
        case .vector, .matrix:
            guard case .array(let entries, _) = result else { throw mismatch(result, expected: "an array of series") }
            for entry in entries {
                output.series.append(try readSeries(entry, matrix: type == .matrix, unsupported: &output.unsupported))
            }
        }
        return output
    }

    private static func readSeries(_ entry: JSONValue, matrix: Bool,
                                   unsupported: inout [QueryResponseError]) throws(QueryResponseError) -> Series {
        guard case .object = entry else { throw mismatch(entry, expected: "a series object") }
        var pairs: [(name: String, value: String)] = []
        if let metric = entry["metric"] {
            guard case .object(let members, _) = metric else { throw mismatch(metric, expected: "an object of labels") }
            for member in members {
                guard case .string(let value, _) = member.value else {
                    throw mismatch(member.value, expected: "a string value for label \(goQuote(member.key))")
                }
                pairs.append((member.key, value))
            }
        }
        let labels = Labels(pairs)
        var samples: [Sample] = []
        if matrix {
            if let values = entry["values"] {
                guard case .array(let items, _) = values else { throw mismatch(values, expected: "an array of [<timestamp>, \"<value>\"]") }
                for item in items { samples.append(try readPair(item)) }
            }
        } else if let value = entry["value"] {
            samples.append(try readPair(value))
        }
        for key in ["histogram", "histograms"] {
            if let histograms = entry[key] {
                unsupported.append(QueryResponseError(
                    message: "native histograms are not supported: \(labels) has \(goQuote(key)) samples; halint reads float samples only",
                    position: histograms.position))
            }
        }
        if entry["values"] == nil && entry["value"] == nil && entry["histogram"] == nil && entry["histograms"] == nil {
            throw QueryResponseError(message: "the series has no \(matrix ? "\"values\"" : "\"value\"")", position: entry.position)
        }
        return Series(labels: labels, samples: samples)
    }

    /// `[1700000000.123, "1"]`.
    private static func readPair(_ value: JSONValue) throws(QueryResponseError) -> Sample {
        guard case .array(let pair, _) = value, pair.count == 2 else {
            throw mismatch(value, expected: "[<timestamp>, \"<value>\"]")
        }
        let text: String
        switch pair[1] {
        case .string(let string, _): text = string
        case .number(let number, _): text = number
        default: throw mismatch(pair[1], expected: "a sample value string")
        }
        guard case .success(let float) = GoStrconv.parseFloat(Substring(text)) else {
            throw QueryResponseError(message: "invalid sample value \(goQuote(text))", position: pair[1].position)
        }
        return Sample(timestampMilliseconds: try timestamp(pair[0]), value: float)
    }

    private static func timestamp(_ value: JSONValue) throws(QueryResponseError) -> Int64 {
        let text: String
        switch value {
        case .number(let number, _): text = number
        case .string(let string, _): text = string
        default: throw mismatch(value, expected: "a timestamp in seconds")
        }
        guard let milliseconds = DecimalSeconds.milliseconds(Substring(text)) else {
            throw QueryResponseError(message: "invalid timestamp \(goQuote(text))", position: value.position)
        }
        return milliseconds
    }

    private static func stringField(_ value: JSONValue?) -> String? {
        if case .string(let text, _)? = value { return text }
        return nil
    }

    private static func describe(_ value: JSONValue) -> String {
        if case .string(let text, _) = value { return goQuote(text) }
        return value.kindName
    }

    private static func mismatch(_ value: JSONValue, expected: String) -> QueryResponseError {
        QueryResponseError(message: "expected \(expected), got \(value.kindName)", position: value.position)
    }
}
