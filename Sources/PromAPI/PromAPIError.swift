/// Why a request to a Prometheus-compatible API failed. Every message names
/// the URL, so a user with several servers knows which one answered.
public struct PromAPIError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// No HTTP exchange happened: connection refused, unknown host, TLS failure.
        case unreachable(String)
        /// The server did not answer within the timeout.
        case timeout(seconds: Double)
        /// A non-2xx status. `errorType`/`error` come from the API's JSON body
        /// when there is one (`bad_data`, `execution`, `timeout`…).
        case httpStatus(Int, errorType: String?, error: String?)
        /// A 2xx answer whose body is not what the API promises.
        case invalidResponse(String)
        /// `{"status":"error"}` with a success status code (some proxies do this).
        case apiError(errorType: String, error: String)
        /// The request could not be built (a bad base URL).
        case invalidRequest(String)
    }

    public var url: String
    public var kind: Kind

    public init(url: String, kind: Kind) {
        self.url = url
        self.kind = kind
    }

    public var description: String {
        switch kind {
        case .unreachable(let reason): "\(url): cannot reach the server: \(reason)"
        case .timeout(let seconds): "\(url): no answer within \(Self.format(seconds))s"
        case .httpStatus(let status, let errorType, let error):
            if let error { "\(url): HTTP \(status): \(errorType.map { "\($0): " } ?? "")\(error)" } else { "\(url): HTTP \(status)" }
        case .invalidResponse(let reason): "\(url): not a Prometheus API response: \(reason)"
        case .apiError(let errorType, let error): "\(url): \(errorType): \(error)"
        case .invalidRequest(let reason): "\(url): \(reason)"
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
