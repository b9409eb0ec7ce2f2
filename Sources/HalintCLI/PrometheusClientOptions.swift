import ArgumentParser
import Foundation
import PromAPI
import PromModel

/// How to reach a Prometheus-compatible server: credentials, extra headers,
/// timeout. Shared by `halint check --prometheus-url` and `halint eval --source`.
public struct PrometheusClientOptions: ParsableArguments {
    @Option(
        name: .customLong("prometheus-username"),
        help: "Basic-auth user for the server (password from $\(PromAPIAuthorization.passwordVariable) or --prometheus-password-file).")
    public var username: String?

    @Option(name: .customLong("prometheus-password-file"), help: "File holding the basic-auth password.")
    public var passwordFile: String?

    @Option(
        name: .customLong("prometheus-bearer-token-file"),
        help: "File holding a bearer token (or set $\(PromAPIAuthorization.bearerTokenVariable)).")
    public var bearerTokenFile: String?

    @Option(
        name: .customLong("prometheus-header"),
        help: ArgumentHelp("An extra request header, e.g. \"X-Scope-OrgID: tenant\" for Mimir; repeatable.", valueName: "name: value"))
    public var headers: [String] = []

    @Option(name: .customLong("prometheus-timeout"), help: "Timeout of each request to the server.")
    public var timeout: String = "60s"

    public init() {}

    /// Whether any credential or header was given (they need a server URL).
    var isSet: Bool { username != nil || passwordFile != nil || bearerTokenFile != nil || !headers.isEmpty }

    /// A client for `url`; `flag` names the URL option in messages.
    func client(url: String, flag: String, environment: [String: String]) throws -> PrometheusClient {
        let baseURL: URL
        do {
            baseURL = try PrometheusClient.baseURL(url)
        } catch {
            throw HalintUsageError("--\(flag): \(error)")
        }
        func secret(_ path: String?) throws -> String? {
            guard let path else { return nil }
            guard let data = FileManager.default.contents(atPath: path) else { throw HalintUsageError("\(path): cannot read the file") }
            return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var client = PrometheusClient(
            baseURL: baseURL,
            authorization: PromAPIAuthorization.resolve(
                username: username, password: try secret(passwordFile), bearerToken: try secret(bearerTokenFile),
                environment: environment, url: baseURL),
            timeoutSeconds: Double(try Self.positiveDuration("prometheus-timeout", timeout)) / 1000)
        for header in headers {
            guard let colon = header.firstIndex(of: ":"), colon != header.startIndex else {
                throw HalintUsageError("--prometheus-header: \(goQuote(header)) is not \"Name: value\"")
            }
            client.headers.append((String(header[..<colon]), header[header.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        return client
    }

    static func positiveDuration(_ flag: String, _ text: String) throws -> Int64 {
        do {
            let parsed = try ModelDuration.parse(text)
            guard parsed.milliseconds > 0 else { throw ModelDuration.ParseError.outOfRange }
            return parsed.milliseconds
        } catch {
            throw HalintUsageError("--\(flag): \(goQuote(text)) is not a positive duration such as 30s or 7d")
        }
    }
}
