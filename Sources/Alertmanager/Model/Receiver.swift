import Diagnostics
import YAML

/// A `receivers:` entry. A receiver with no integrations is valid: it drops
/// notifications (the usual "null" receiver).
public struct Receiver: Sendable {
    public var span: SourceSpan
    public var name: Located<String>?
    /// Receiver `labels:` (0.33+).
    public var labels: [LabelPair]
    public var integrations: [Integration]

    public init(span: SourceSpan, name: Located<String>?, labels: [LabelPair] = [], integrations: [Integration] = []) {
        self.span = span
        self.name = name
        self.labels = labels
        self.integrations = integrations
    }
}

/// The notification integrations Alertmanager 0.34 has, by their `<kind>_configs` key.
public enum IntegrationKind: String, Sendable, Hashable, CaseIterable {
    case discord, email, incidentio, pagerduty, slack, webhook, opsgenie, wechat, pushover, victorops, sns, telegram,
        webex, msteams, msteamsv2, jira, rocketchat, mattermost

    /// The receiver key that lists this kind, e.g. `slack_configs`.
    public var configsKey: String { rawValue + "_configs" }

    /// Whether a notification is also sent when the alert resolves, unless `send_resolved` says otherwise.
    public var sendsResolvedByDefault: Bool {
        switch self {
        case .email, .slack, .wechat, .rocketchat: false
        default: true
        }
    }

    /// Go type name in unknown-field errors: integrations that moved to their
    /// own package report `<package>.plain`.
    var goTypeName: String {
        switch self {
        case .opsgenie, .discord, .webhook, .telegram, .msteams, .msteamsv2, .jira, .mattermost, .incidentio:
            "\(rawValue).plain"
        default:
            "config.plain"
        }
    }

    /// Slack, OpsGenie, WeChat and Rocket.Chat read a null list entry as an
    /// empty config (and then miss their global settings); the rest reject it.
    var nullEntryIsEmptyConfig: Bool {
        switch self {
        case .slack, .opsgenie, .wechat, .rocketchat: true
        default: false
        }
    }

    var hasHTTPConfig: Bool { self != .email }

    /// Go's type for the list, as type errors name it.
    var goListType: String {
        let structName: String
        switch self {
        case .discord: structName = "DiscordConfig"
        case .email: structName = "EmailConfig"
        case .incidentio: structName = "IncidentioConfig"
        case .pagerduty: structName = "PagerdutyConfig"
        case .slack: structName = "SlackConfig"
        case .webhook: structName = "WebhookConfig"
        case .opsgenie: structName = "OpsGenieConfig"
        case .wechat: structName = "WechatConfig"
        case .pushover: structName = "PushoverConfig"
        case .victorops: structName = "VictorOpsConfig"
        case .sns: structName = "SNSConfig"
        case .telegram: structName = "TelegramConfig"
        case .webex: structName = "WebexConfig"
        case .msteams: structName = "MSTeamsConfig"
        case .msteamsv2: structName = "MSTeamsV2Config"
        case .jira: structName = "JiraConfig"
        case .rocketchat: structName = "RocketchatConfig"
        case .mattermost: structName = "MattermostConfig"
        }
        let package = goTypeName.hasPrefix("config.") ? "config" : rawValue
        return "[]*\(package).\(structName)"
    }
}

/// One entry of a `<kind>_configs` list.
public struct Integration: Sendable {
    public var kind: IntegrationKind
    public var span: SourceSpan
    public var sendResolved: Located<Bool>?
    /// The integration's own `http_config`; Alertmanager falls back to `global.http_config`.
    public var httpConfig: HTTPClientConfig?
    /// The kind-specific settings; nil for a null list entry (`- `) of a kind that rejects it.
    public var settings: IntegrationSettings?
    /// False when decoding the entry hit type or unknown-field errors; Alertmanager
    /// then skips its validation, and so does halint, to avoid follow-on noise.
    var decodedCleanly: Bool
    /// The settings written as templates (text with `{{`), which Alertmanager
    /// parses and runs only when it sends a notification.
    public var templateFields: [TemplateField] = []

    public var effectiveSendResolved: Bool { sendResolved?.value ?? kind.sendsResolvedByDefault }
}

/// One templated setting of an integration, e.g. Slack's `title`.
public struct TemplateField: Sendable {
    /// Where it sits below the integration: `title`, `fields[0].value`.
    public var path: String
    public var text: String
    public var span: SourceSpan
}

/// Kind-specific settings of an integration.
public enum IntegrationSettings: Sendable {
    case discord(DiscordConfig)
    case email(EmailConfig)
    case incidentio(IncidentioConfig)
    case pagerduty(PagerdutyConfig)
    case slack(SlackConfig)
    case webhook(WebhookConfig)
    case opsgenie(OpsGenieConfig)
    case wechat(WechatConfig)
    case pushover(PushoverConfig)
    case victorops(VictorOpsConfig)
    case sns(SNSConfig)
    case telegram(TelegramConfig)
    case webex(WebexConfig)
    case msteams(MSTeamsConfig)
    case msteamsv2(MSTeamsConfig)
    case jira(JiraConfig)
    case rocketchat(RocketchatConfig)
    case mattermost(MattermostConfig)
}
