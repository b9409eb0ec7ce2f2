import Foundation
import PromModel
import TimeSeries

/// A client for the Prometheus HTTP API v1 as Prometheus, Thanos Query,
/// Mimir (its `/prometheus` prefix is part of `baseURL`) and VictoriaMetrics
/// serve it. Calls are synchronous and the value is immutable, so one client
/// can be shared by concurrent callers.
public struct PrometheusClient: Sendable {
    public enum Method: Sendable {
        case get
        case post
        /// GET, switching to a POST form when the query string is long (a
        /// `match[]` list can exceed proxies' URL limits).
        case auto
    }

    /// The API root: `http://host:9090`, or with a path prefix
    /// (`http://mimir/prometheus`), without `/api/v1`.
    public let baseURL: URL
    public var authorization: PromAPIAuthorization?
    /// Extra headers, e.g. `X-Scope-OrgID` for a multi-tenant Mimir.
    public var headers: [(name: String, value: String)] = []
    public var timeoutSeconds: Double
    public var method: Method = .auto
    public let transport: any HTTPTransport

    public init(
        baseURL: URL, authorization: PromAPIAuthorization? = nil, timeoutSeconds: Double = 60,
        transport: any HTTPTransport = URLSessionTransport()
    ) {
        self.baseURL = baseURL
        self.authorization = authorization
        self.timeoutSeconds = timeoutSeconds
        self.transport = transport
    }

    /// Parses `text` as a base URL, refusing what URLSession would only fail
    /// on later (no scheme, no host).
    public static func baseURL(_ text: String) throws(PromAPIError) -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host?.isEmpty == false
        else {
            throw PromAPIError(url: text, kind: .invalidRequest("not an http(s) URL with a host"))
        }
        return url
    }

    // MARK: Queries

    /// `/api/v1/query`: an instant query at `time` (milliseconds; the
    /// server's now when nil). A range selector as `expr` returns raw samples.
    public func query(_ expr: String, at time: Int64? = nil) throws(PromAPIError) -> QueryResult {
        var form = [("query", expr)]
        if let time { form.append(("time", PromAPITime.seconds(time))) }
        return try queryResult(try call("query", form, postable: true))
    }

    /// `/api/v1/query_range` over `[start, end]` every `step` milliseconds.
    public func queryRange(_ expr: String, start: Int64, end: Int64, step: Int64) throws(PromAPIError) -> QueryResult {
        let form = [
            ("query", expr), ("start", PromAPITime.seconds(start)), ("end", PromAPITime.seconds(end)),
            ("step", PromAPITime.seconds(step)),
        ]
        return try queryResult(try call("query_range", form, postable: true))
    }

    private func queryResult(_ answer: Answer) throws(PromAPIError) -> QueryResult {
        do {
            return try QueryResponseReader.parse(json: answer.root)
        } catch {
            throw PromAPIError(url: answer.url, kind: .invalidResponse(error.description))
        }
    }

    // MARK: Transport

    /// A decoded successful answer: the whole JSON document and its `data`.
    struct Answer {
        var url: String
        var root: JSONValue
        var data: JSONValue
    }

    func endpoint(_ name: String) -> URL {
        var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false) ?? URLComponents()
        components.user = nil
        components.password = nil
        components.query = nil
        var path = components.path
        while path.hasSuffix("/") { path.removeLast() }
        components.path = path + "/api/v1/" + name
        return components.url ?? baseURL.appendingPathComponent("api/v1/" + name)
    }

    func call(_ name: String, _ form: [(String, String)], postable: Bool) throws(PromAPIError) -> Answer {
        let url = endpoint(name)
        let encoded = form.map { Self.escape($0.0) + "=" + Self.escape($0.1) }.joined(separator: "&")
        let post: Bool
        switch method {
        case .get: post = false
        case .post: post = postable
        case .auto: post = postable && encoded.utf8.count > 4096
        }
        var headers = headers
        if let authorization { headers.append(("Authorization", authorization.headerValue)) }
        headers.append(("Accept", "application/json"))
        var request = HTTPRequest(method: "GET", url: url, headers: headers, timeoutSeconds: timeoutSeconds)
        if post {
            request.method = "POST"
            request.headers.append(("Content-Type", "application/x-www-form-urlencoded"))
            request.body = Array(encoded.utf8)
        } else if !encoded.isEmpty {
            guard let full = URL(string: url.absoluteString + "?" + encoded) else {
                throw PromAPIError(url: url.absoluteString, kind: .invalidRequest("cannot build the request URL"))
            }
            request.url = full
        }
        let response: HTTPResponse
        do {
            response = try transport.send(request)
        } catch {
            // The endpoint, not the full query string, which can be kilobytes of match[].
            throw PromAPIError(url: url.absoluteString, kind: error.kind)
        }
        return try Self.decode(response, url: url.absoluteString)
    }

    /// Reads the envelope every endpoint shares:
    /// `{"status":"success","data":…}` or `{"status":"error","errorType":…,"error":…}`.
    static func decode(_ response: HTTPResponse, url: String) throws(PromAPIError) -> Answer {
        let text = String(decoding: response.body, as: UTF8.self)
        let root = try? JSONValue.parse(text)
        let errorType = root?["errorType"]?.stringValue
        let error = root?["error"]?.stringValue
        guard (200..<300).contains(response.status) else {
            throw PromAPIError(url: url, kind: .httpStatus(response.status, errorType: errorType, error: error ?? excerpt(text)))
        }
        let document: JSONValue
        do {
            document = try JSONValue.parse(text)
        } catch {
            let start = excerpt(text).map { " (the body starts with \(goQuote($0)))" } ?? " (the body is empty)"
            throw PromAPIError(url: url, kind: .invalidResponse("invalid JSON at \(error.position): \(error.message)\(start)"))
        }
        switch document["status"]?.stringValue {
        case "success":
            guard let data = document["data"] else { throw PromAPIError(url: url, kind: .invalidResponse("no \"data\" in a success response")) }
            return Answer(url: url, root: document, data: data)
        case "error":
            throw PromAPIError(url: url, kind: .apiError(errorType: errorType ?? "error", error: error ?? "no error message"))
        default:
            throw PromAPIError(url: url, kind: .invalidResponse("no \"status\" of \"success\" or \"error\""))
        }
    }

    /// The first line of a non-JSON body, short enough for a message.
    private static func excerpt(_ text: String) -> String? {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !line.isEmpty else { return nil }
        return line.count > 120 ? String(line.prefix(120)) + "…" : line
    }

    /// `application/x-www-form-urlencoded` for a value: everything but
    /// RFC 3986's unreserved characters is escaped, so `+`, `&`, `=` and `#`
    /// in PromQL survive both the query string and a POST body.
    static func escape(_ value: String) -> String {
        var out = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
