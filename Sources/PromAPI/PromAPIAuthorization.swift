import Foundation

/// Credentials sent with every request, as an `Authorization` header.
public enum PromAPIAuthorization: Sendable, Equatable {
    case basic(username: String, password: String)
    case bearer(token: String)

    public var headerValue: String {
        switch self {
        case .basic(let username, let password): "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()
        case .bearer(let token): "Bearer " + token
        }
    }

    /// Environment variables read when no flag gives credentials; secrets on a
    /// command line end up in shell history and `ps`.
    public static let usernameVariable = "HALINT_PROMETHEUS_USERNAME"
    public static let passwordVariable = "HALINT_PROMETHEUS_PASSWORD"
    public static let bearerTokenVariable = "HALINT_PROMETHEUS_BEARER_TOKEN"

    /// Credentials from explicit values first, then the environment, then the
    /// URL's `user:password@` part. A bearer token wins over basic auth.
    public static func resolve(
        username: String? = nil, password: String? = nil, bearerToken: String? = nil,
        environment: [String: String], url: URL
    ) -> PromAPIAuthorization? {
        func nonEmpty(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }
        if let token = nonEmpty(bearerToken) ?? nonEmpty(environment[bearerTokenVariable]) {
            return .bearer(token: token.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        if let user = nonEmpty(username) ?? nonEmpty(environment[usernameVariable]) {
            return .basic(username: user, password: password ?? environment[passwordVariable] ?? "")
        }
        if let user = nonEmpty(url.user) {
            return .basic(username: user.removingPercentEncoding ?? user, password: url.password?.removingPercentEncoding ?? "")
        }
        return nil
    }
}
