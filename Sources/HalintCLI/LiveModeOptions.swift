import ArgumentParser
import Checks
import Foundation
import PromAPI
import PromModel

/// `halint check` options of live mode; all of them need `--prometheus-url`.
public struct LiveModeOptions: ParsableArguments {
    @Option(
        name: .customLong("prometheus-url"),
        help: ArgumentHelp(
            "Also check rule expressions against this Prometheus-compatible server (Prometheus, Thanos Query, Mimir with its /prometheus prefix): series and label existence, query cost.",
            valueName: "url"))
    public var url: String?

    @Option(
        name: .customLong("prometheus-username"),
        help: "Basic-auth user for --prometheus-url (password from $\(PromAPIAuthorization.passwordVariable) or --prometheus-password-file).")
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

    @Option(
        name: .customLong("series-lookback"),
        help: "How far back to look for a metric that has no series now, to say when it was last seen (default: live.series_lookback in .halint.yml, else 7d).")
    public var seriesLookback: String?

    @Option(
        name: .customLong("max-series-per-rule"),
        help: "live/query-cost reports rules whose selectors match more series than this (default: live.max_series_per_rule in .halint.yml, else 10000).")
    public var maxSeriesPerRule: Int?

    public init() {}

    /// The live settings, or nil without `--prometheus-url`.
    func liveOptions(environment: [String: String], config: HalintConfig) throws -> LiveOptions? {
        guard let url else {
            if username != nil || passwordFile != nil || bearerTokenFile != nil || !headers.isEmpty {
                throw HalintUsageError("--prometheus-username, --prometheus-password-file, --prometheus-bearer-token-file and --prometheus-header need --prometheus-url")
            }
            return nil
        }
        let baseURL: URL
        do {
            baseURL = try PrometheusClient.baseURL(url)
        } catch {
            throw HalintUsageError("--prometheus-url: \(error)")
        }
        func duration(_ flag: String, _ text: String) throws -> Int64 {
            do {
                let parsed = try ModelDuration.parse(text)
                guard parsed.milliseconds > 0 else { throw ModelDuration.ParseError.outOfRange }
                return parsed.milliseconds
            } catch {
                throw HalintUsageError("--\(flag): \(goQuote(text)) is not a positive duration such as 30s or 7d")
            }
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
            timeoutSeconds: Double(try duration("prometheus-timeout", timeout)) / 1000)
        for header in headers {
            guard let colon = header.firstIndex(of: ":"), colon != header.startIndex else {
                throw HalintUsageError("--prometheus-header: \(goQuote(header)) is not \"Name: value\"")
            }
            client.headers.append((String(header[..<colon]), header[header.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        var options = LiveOptions(client: client)
        options.adopt(config)
        if let seriesLookback { options.lastSeenLookbackMilliseconds = try duration("series-lookback", seriesLookback) }
        if let maxSeriesPerRule {
            guard maxSeriesPerRule > 0 else { throw HalintUsageError("--max-series-per-rule must be positive") }
            options.maxSeriesPerRule = maxSeriesPerRule
        }
        return options
    }
}
