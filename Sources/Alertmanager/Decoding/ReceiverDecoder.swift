import Diagnostics
import PromModel
import YAML

/// Decodes `receivers:` entries and their integrations, running each
/// integration's own `UnmarshalYAML` checks.
enum ReceiverDecoder {
    static func decode(_ node: YAMLNode, _ context: LoadContext) -> Receiver? {
        // yaml.v2 leaves a null entry as a zero Receiver without calling its
        // unmarshaller, so Alertmanager accepts it as a receiver named "".
        if node.isNull { return Receiver(span: context.span(node), name: nil) }
        guard let m = context.decoder.mapping(node, type: "config.plain") else { return nil }
        let mark = SchemaErrorMark(context)
        let name = m.string("name")
        let labels = m.pairs("labels")
        var integrations: [Integration] = []
        for kind in IntegrationKind.allCases {
            let decoded = m.list(kind.configsKey, goType: kind.goListType) { decodeIntegration(kind, $0, context) }
            integrations += decoded ?? []
        }
        m.finish()
        let receiver = Receiver(span: m.span, name: name, labels: labels, integrations: integrations)
        guard mark.isClean(context) else { return receiver }
        if !isSet(name) {
            context.report(
                AlertmanagerChecks.invalidConfig, "missing name in receiver",
                hint: "give the receiver a `name:` that routes can refer to", at: name?.span ?? m.span)
        } else if let name, let label = labels.value(for: "name"), label.value != name.value {
            context.report(
                AlertmanagerChecks.invalidConfig,
                "receiver label \"name\" must match receiver name \(goQuote(name.value)), got \(goQuote(label.value))",
                hint: "drop the `name` label (it is filled in automatically) or make it equal to the receiver name",
                at: label.span)
        }
        return receiver
    }

    static func decodeIntegration(_ kind: IntegrationKind, _ node: YAMLNode, _ context: LoadContext) -> Integration? {
        let span = context.span(node)
        if node.isNull && !kind.nullEntryIsEmptyConfig {
            return Integration(kind: kind, span: span, sendResolved: nil, httpConfig: nil, settings: nil, decodedCleanly: true)
        }
        guard let m = context.decoder.mapping(node, type: kind.goTypeName) else { return nil }
        let mark = SchemaErrorMark(context)
        let sendResolved = m.bool("send_resolved")
        var httpConfig: HTTPClientConfig?
        if kind.hasHTTPConfig, let httpNode = m.value("http_config"), !httpNode.isNull {
            httpConfig = HTTPConfigDecoder.decode(httpNode, context)
        }
        let settings = decodeSettings(kind, m, context)
        m.finish()
        let clean = mark.isClean(context)
        if clean { validate(settings, httpConfig: httpConfig, at: span, context) }
        var integration = Integration(
            kind: kind, span: span, sendResolved: sendResolved, httpConfig: httpConfig, settings: settings, decodedCleanly: clean)
        collectTemplates(node, path: "", skippingURL: kind == .webhook, into: &integration.templateFields, context)
        return integration
    }

    /// Strings with `{{` anywhere below the integration, as amlint and
    /// Alertmanager's notifiers see them. `http_config` and `*_file` settings
    /// are never templates; the webhook `url` is parsed at load time and
    /// reported with the URL checks.
    private static func collectTemplates(
        _ node: YAMLNode, path: String, skippingURL: Bool = false, into fields: inout [TemplateField], _ context: LoadContext
    ) {
        switch node.content {
        case .scalar(let text, _):
            if TemplateSyntax.isTemplate(text) { fields.append(TemplateField(path: path, text: text, span: context.span(node))) }
        case .sequence(let items):
            for (index, item) in items.enumerated() { collectTemplates(item, path: "\(path)[\(index)]", into: &fields, context) }
        case .mapping(let pairs):
            for pair in pairs {
                guard let key = pair.key.scalar else { continue }
                if key == "http_config" || key.hasSuffix("_file") || (skippingURL && key == "url") { continue }
                collectTemplates(pair.value, path: path.isEmpty ? key : "\(path).\(key)", into: &fields, context)
            }
        }
    }


    private static func decodeSettings(_ kind: IntegrationKind, _ m: MappingDecoder, _ context: LoadContext) -> IntegrationSettings {
        switch kind {
        case .discord:
            .discord(WebhookURLConfig.decode(m, templateKeys: ["content", "title", "message", "username", "avatar_url"], context))
        case .email: .email(EmailConfig.decode(m, context))
        case .incidentio: .incidentio(IncidentioConfig.decode(m, context))
        case .pagerduty: .pagerduty(PagerdutyConfig.decode(m, context))
        case .slack: .slack(SlackConfig.decode(m, context))
        case .webhook: .webhook(WebhookConfig.decode(m, context))
        case .opsgenie: .opsgenie(OpsGenieConfig.decode(m, context))
        case .wechat: .wechat(WechatConfig.decode(m, context))
        case .pushover: .pushover(PushoverConfig.decode(m, context))
        case .victorops: .victorops(VictorOpsConfig.decode(m, context))
        case .sns: .sns(SNSConfig.decode(m, context))
        case .telegram: .telegram(TelegramConfig.decode(m, context))
        case .webex: .webex(WebexConfig.decode(m, context))
        case .msteams: .msteams(WebhookURLConfig.decode(m, templateKeys: ["title", "summary", "text"], context))
        case .msteamsv2: .msteamsv2(WebhookURLConfig.decode(m, templateKeys: ["title", "text"], context))
        case .jira: .jira(JiraConfig.decode(m, context))
        case .rocketchat: .rocketchat(RocketchatConfig.decode(m, context))
        case .mattermost: .mattermost(MattermostConfig.decode(m, context))
        }
    }

    private static func validate(
        _ settings: IntegrationSettings, httpConfig: HTTPClientConfig?, at span: SourceSpan, _ context: LoadContext
    ) {
        switch settings {
        case .discord(let c), .msteams(let c), .msteamsv2(let c): c.validate(at: span, context)
        case .email(let c): c.validate(at: span, context)
        case .incidentio(let c): c.validate(httpConfig: httpConfig, at: span, context)
        case .pagerduty(let c): c.validate(at: span, context)
        case .slack(let c): c.validate(at: span, context)
        case .webhook(let c): c.validate(at: span, context)
        case .opsgenie(let c): c.validate(at: span, context)
        case .wechat(let c): c.validate(at: span, context)
        case .pushover(let c): c.validate(at: span, context)
        case .victorops(let c): c.validate(at: span, context)
        case .sns(let c): c.validate(at: span, context)
        case .telegram(let c): c.validate(at: span, context)
        case .webex(let c): c.validate(httpConfig: httpConfig, at: span, context)
        case .jira(let c): c.validate(at: span, context)
        case .rocketchat(let c): c.validate(at: span, context)
        case .mattermost(let c): c.validate(at: span, context)
        }
    }
}
