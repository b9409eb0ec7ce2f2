import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP exchange, kept apart from the API logic so the client can be
/// exercised without a network and a caller can plug in its own transport.
public struct HTTPRequest: Sendable {
    public var method: String
    public var url: URL
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]?
    public var timeoutSeconds: Double

    public init(method: String, url: URL, headers: [(name: String, value: String)] = [], body: [UInt8]? = nil, timeoutSeconds: Double) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeoutSeconds = timeoutSeconds
    }
}

public struct HTTPResponse: Sendable {
    public var status: Int
    public var body: [UInt8]

    public init(status: Int, body: [UInt8]) {
        self.status = status
        self.body = body
    }
}

public protocol HTTPTransport: Sendable {
    /// Blocks until the answer is in. Throws only for failures below HTTP
    /// (unreachable, timeout); any status code is a response.
    func send(_ request: HTTPRequest) throws(PromAPIError) -> HTTPResponse
}

/// URLSession, used synchronously: halint's checks are synchronous, and each
/// call waits on its own semaphore, so callers may run several at once.
public struct URLSessionTransport: HTTPTransport {
    private let session: URLSession

    public init() {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        session = URLSession(configuration: configuration)
    }

    public func send(_ request: HTTPRequest) throws(PromAPIError) -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        urlRequest.timeoutInterval = request.timeoutSeconds
        for header in request.headers { urlRequest.setValue(header.value, forHTTPHeaderField: header.name) }
        if let body = request.body { urlRequest.httpBody = Data(body) }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        session.dataTask(with: urlRequest) { data, response, error in
            outcome.set(data: data, response: response, error: error)
            done.signal()
        }.resume()
        done.wait()
        let (data, response, error) = outcome.get()
        let url = Self.redacted(request.url)
        if let error {
            let code = (error as? URLError)?.code
            if code == .timedOut { throw PromAPIError(url: url, kind: .timeout(seconds: request.timeoutSeconds)) }
            throw PromAPIError(url: url, kind: .unreachable(Self.reason(error)))
        }
        guard let http = response as? HTTPURLResponse else {
            throw PromAPIError(url: url, kind: .unreachable("no HTTP response"))
        }
        return HTTPResponse(status: http.statusCode, body: [UInt8](data ?? Data()))
    }

    /// URLError descriptions on Linux are generic ("The operation could not be
    /// completed"); the code says what happened.
    private static func reason(_ error: Error) -> String {
        guard let urlError = error as? URLError else { return "\(error)" }
        switch urlError.code {
        case .cannotConnectToHost: return "connection refused"
        case .cannotFindHost, .dnsLookupFailed: return "unknown host"
        case .networkConnectionLost: return "the connection was closed"
        case .notConnectedToInternet: return "no network"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
            return "TLS handshake failed"
        case .unsupportedURL: return "unsupported URL"
        case .badServerResponse: return "the server's answer is not HTTP"
        default: return urlError.localizedDescription
        }
    }

    /// The URL without a password, for messages.
    static func redacted(_ url: URL) -> String {
        guard url.password != nil, var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
            return url.absoluteString
        }
        components.password = "xxxxx"
        return components.string ?? url.absoluteString
    }
}

/// The completion handler's results, handed across threads under a lock.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    private var response: URLResponse?
    private var error: Error?

    func set(data: Data?, response: URLResponse?, error: Error?) {
        lock.lock()
        defer { lock.unlock() }
        self.data = data
        self.response = response
        self.error = error
    }

    func get() -> (Data?, URLResponse?, Error?) {
        lock.lock()
        defer { lock.unlock() }
        return (data, response, error)
    }
}
