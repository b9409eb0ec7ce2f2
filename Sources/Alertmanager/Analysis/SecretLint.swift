import Diagnostics
import Foundation
import YAML

/// Secrets written into the config as text: API keys, tokens, passwords, and
/// webhook URLs that are credentials themselves (Slack, Teams, Discord,
/// Mattermost). Each field has a `_file` twin Alertmanager reads instead.
public enum SecretLint {
    /// A field to inspect: its YAML key, its value, and whether a URL (only
    /// credential-bearing URLs are reported) or a secret proper.
    struct Field {
        var key: String
        var value: Located<String>?
        var isURL = false
    }

    static func isCredentialURL(_ key: String, _ value: String) -> Bool {
        key.contains("webhook") || value.contains("hooks.slack.com/services/") || value.contains("/api/webhooks/")
    }

    static func isPlaceholder(_ value: String) -> Bool {
        // Most values are real secrets or URLs: a byte pass settles the
        // usual case before the Character-level checks below.
        if !mayBePlaceholder(value) { return false }
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.contains("{{") || trimmed.hasPrefix("$") || trimmed.hasPrefix("<") { return true }
        let letters = Set(trimmed.lowercased().filter(\.isLetter))
        return letters.isEmpty || letters == ["x"] || ["changeme", "secret", "password", "token", "redacted"].contains(trimmed.lowercased())
    }

    /// False only when `isPlaceholder` must be false: the value has a letter
    /// other than x, no `{{`, `$` or `<`, no space or tab, and is longer than
    /// every placeholder word.
    private static func mayBePlaceholder(_ value: String) -> Bool {
        let utf8 = value.utf8
        if utf8.count <= 8 { return true }
        var sawOtherLetter = false
        var previousBrace = false
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "$"), UInt8(ascii: "<"), UInt8(ascii: " "), UInt8(ascii: "\t"): return true
            case UInt8(ascii: "{"):
                if previousBrace { return true }
            case UInt8(ascii: "x"), UInt8(ascii: "X"): break
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): sawOtherLetter = true
            case 0x80...: return true
            default: break
            }
            previousBrace = byte == UInt8(ascii: "{")
        }
        return !sawOtherLetter
    }

    static func fields(_ global: GlobalConfig) -> [Field] {
        [
            Field(key: "smtp_auth_password", value: global.smtpAuthPassword), Field(key: "smtp_auth_secret", value: global.smtpAuthSecret),
            Field(key: "slack_api_url", value: global.slackAPIURL, isURL: true), Field(key: "slack_app_token", value: global.slackAppToken),
            Field(key: "opsgenie_api_key", value: global.opsgenieAPIKey), Field(key: "wechat_api_secret", value: global.wechatAPISecret),
            Field(key: "victorops_api_key", value: global.victoropsAPIKey), Field(key: "telegram_bot_token", value: global.telegramBotToken),
            Field(key: "rocketchat_token", value: global.rocketchatToken), Field(key: "rocketchat_token_id", value: global.rocketchatTokenID),
            Field(key: "mattermost_webhook_url", value: global.mattermostWebhookURL, isURL: true),
        ] + fields(global.httpConfig)
    }

    static func fields(_ http: HTTPClientConfig?) -> [Field] {
        guard let http else { return [] }
        return [
            Field(key: "bearer_token", value: http.bearerToken), Field(key: "password", value: http.basicAuth?.password),
            Field(key: "credentials", value: http.authorization?.credentials), Field(key: "client_secret", value: http.oauth2?.clientSecret),
        ]
    }

    static func fields(_ integration: Integration) -> [Field] {
        var found = fields(integration.httpConfig)
        switch integration.settings {
        case .discord(let c), .msteams(let c), .msteamsv2(let c):
            found.append(Field(key: "webhook_url", value: c.webhookURL, isURL: true))
        case .email(let c):
            found += [Field(key: "auth_password", value: c.authPassword), Field(key: "auth_secret", value: c.authSecret)]
        case .incidentio(let c):
            found += [Field(key: "alert_source_token", value: c.alertSourceToken)]
        case .pagerduty(let c):
            found += [Field(key: "service_key", value: c.serviceKey), Field(key: "routing_key", value: c.routingKey)]
        case .slack(let c):
            found += [Field(key: "api_url", value: c.apiURL, isURL: true), Field(key: "app_token", value: c.appToken)]
        case .webhook(let c):
            found.append(Field(key: "url", value: c.url, isURL: true))
        case .opsgenie(let c):
            found.append(Field(key: "api_key", value: c.apiKey))
        case .wechat(let c):
            found.append(Field(key: "api_secret", value: c.apiSecret))
        case .pushover(let c):
            found += [Field(key: "user_key", value: c.userKey), Field(key: "token", value: c.token)]
        case .victorops(let c):
            // Its `routing_key` names a routing rule; it is not a credential.
            found.append(Field(key: "api_key", value: c.apiKey))
        case .telegram(let c):
            found.append(Field(key: "bot_token", value: c.botToken))
        case .rocketchat(let c):
            found += [Field(key: "token", value: c.token), Field(key: "token_id", value: c.tokenID)]
        case .mattermost(let c):
            found.append(Field(key: "webhook_url", value: c.webhookURL, isURL: true))
        case .sns, .webex, .jira, .none:
            break
        }
        return found
    }

    public static func plaintextSecrets(_ config: AlertmanagerConfig) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let all = fields(config.global) + config.receivers.flatMap { $0.integrations.flatMap(fields) }
        for field in all {
            guard let located = field.value, !isPlaceholder(located.value) else { continue }
            if field.isURL && !isCredentialURL(field.key, located.value) { continue }
            found.append(
                Diagnostic(
                    AlertmanagerLintChecks.plaintextSecret,
                    "`\(field.key)` holds a \(field.isURL ? "webhook URL that is itself a credential" : "secret") in plain text, readable by anyone who can read the config or its repository; move it to a file and use `\(field.key)_file` (or a Kubernetes Secret), and rotate it if this file was ever committed",
                    at: located.span))
        }
        return found
    }
}
