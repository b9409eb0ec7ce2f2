import Diagnostics
import PromModel
import YAML

/// `pagerduty_configs` entry.
public struct PagerdutyConfig: Sendable {
    public var serviceKey: Located<String>?
    public var serviceKeyFile: Located<String>?
    public var routingKey: Located<String>?
    public var routingKeyFile: Located<String>?
    public var url: Located<String>?
    /// `details`, any YAML values.
    public var details: YAMLNode?
    public var images: [PagerdutyLink]
    public var links: [PagerdutyLink]
    public var timeout: Located<Double>?
    /// client, client_url, description, source, severity, class, component, group.
    public var templates: [String: Located<String>]

    static func decode(_ m: MappingDecoder, _ context: LoadContext) -> PagerdutyConfig {
        PagerdutyConfig(
            serviceKey: m.string("service_key"), serviceKeyFile: m.string("service_key_file"),
            routingKey: m.string("routing_key"), routingKeyFile: m.string("routing_key_file"), url: m.url("url", context),
            details: m.raw("details"),
            images: m.list("images") { PagerdutyLink.decode($0, type: "config.PagerdutyImage", keys: ["src", "alt", "href"], context) } ?? [],
            links: m.list("links") { PagerdutyLink.decode($0, type: "config.PagerdutyLink", keys: ["href", "text"], context) } ?? [],
            timeout: m.goDuration("timeout"),
            templates: m.texts(["client", "client_url", "description", "source", "severity", "class", "component", "group"]))
    }

    func validate(at span: SourceSpan, _ context: LoadContext) {
        if ![routingKey, serviceKey, routingKeyFile, serviceKeyFile].contains(where: isSet) {
            context.report(
                AlertmanagerChecks.missingIntegrationSetting, "missing service or routing key in PagerDuty config",
                hint: "set routing_key (Events API v2) or service_key, or their _file forms", at: span)
        }
        if isSet(routingKey) && isSet(routingKeyFile) {
            context.report(
                AlertmanagerChecks.conflictingSettings, "at most one of routing_key & routing_key_file must be configured",
                hint: "keep only one of them", at: span)
        }
        if isSet(serviceKey) && isSet(serviceKeyFile) {
            context.report(
                AlertmanagerChecks.conflictingSettings, "at most one of service_key & service_key_file must be configured",
                hint: "keep only one of them", at: span)
        }
    }
}

/// A PagerDuty image (`src`, `alt`, `href`) or link (`href`, `text`), fields by key.
public struct PagerdutyLink: Sendable {
    public var span: SourceSpan
    public var fields: [String: Located<String>]

    static func decode(_ node: YAMLNode, type: String, keys: [String], _ context: LoadContext) -> PagerdutyLink? {
        guard let m = context.decoder.mapping(node, type: type) else { return nil }
        defer { m.finish() }
        return PagerdutyLink(span: m.span, fields: m.texts(keys))
    }
}

/// `opsgenie_configs` entry.
public struct OpsGenieConfig: Sendable {
    public var apiKey: Located<String>?
    public var apiKeyFile: Located<String>?
    public var apiURL: Located<String>?
    public var details: [LabelPair]
    public var responders: [OpsGenieResponder]
    public var updateAlerts: Located<Bool>?
    /// message, description, source, entity, actions, tags, note, priority.
    public var templates: [String: Located<String>]

    static func decode(_ m: MappingDecoder, _ context: LoadContext) -> OpsGenieConfig {
        OpsGenieConfig(
            apiKey: m.string("api_key"), apiKeyFile: m.string("api_key_file"), apiURL: m.url("api_url", context),
            details: m.pairs("details"), responders: m.list("responders") { OpsGenieResponder.decode($0, context) } ?? [],
            updateAlerts: m.bool("update_alerts"),
            templates: m.texts(["message", "description", "source", "entity", "actions", "tags", "note", "priority"]))
    }

    static let responderTypes = ["team", "teams", "user", "escalation", "schedule"]

    func validate(at span: SourceSpan, _ context: LoadContext) {
        if isSet(apiKey) && isSet(apiKeyFile) {
            context.report(
                AlertmanagerChecks.conflictingSettings, "at most one of api_key & api_key_file must be configured",
                hint: "keep only one of them", at: span)
        }
        for responder in responders {
            if ![responder.id, responder.username, responder.name].contains(where: isSet) {
                context.report(
                    AlertmanagerChecks.missingIntegrationSetting,
                    "opsGenieConfig responder \(responder.goValue) has to have at least one of id, username or name specified",
                    hint: "identify the responder by id, username or name", at: responder.span)
                continue
            }
            let type = responder.type?.value ?? ""
            if TemplateSyntax.isTemplate(type) {
                if let problem = TemplateSyntax.firstProblem(type) {
                    context.report(
                        AlertmanagerChecks.invalidConfig,
                        "opsGenieConfig responder \(responder.goValue) type contains invalid template syntax: \(problem)",
                        hint: "close every {{ with }}", at: responder.type?.span ?? responder.span)
                }
            } else if !Self.responderTypes.contains(type.lowercased()) {
                context.report(
                    AlertmanagerChecks.invalidConfig,
                    "opsGenieConfig responder \(responder.goValue(lowercasingType: true)) type does not match valid options ^(team|teams|user|escalation|schedule)$",
                    hint: "use team, teams, user, escalation or schedule", at: responder.type?.span ?? responder.span)
            }
        }
    }

    func resolve(global: GlobalConfig, at span: SourceSpan, _ context: LoadContext) {
        if !isSet(apiKey) && !isSet(apiKeyFile) && !isSet(global.opsgenieAPIKey) && !isSet(global.opsgenieAPIKeyFile) {
            context.report(
                AlertmanagerChecks.missingIntegrationSetting, "no global OpsGenie API Key set either inline or in a file",
                hint: "set api_key (or api_key_file) here, or opsgenie_api_key under `global:`", at: span)
        }
    }
}

/// An OpsGenie responder.
public struct OpsGenieResponder: Sendable {
    public var span: SourceSpan
    public var id: Located<String>?
    public var name: Located<String>?
    public var username: Located<String>?
    public var type: Located<String>?

    static func decode(_ node: YAMLNode, _ context: LoadContext) -> OpsGenieResponder? {
        guard let m = context.decoder.mapping(node, type: "opsgenie.OpsGenieConfigResponder") else { return nil }
        defer { m.finish() }
        return OpsGenieResponder(
            span: m.span, id: m.string("id"), name: m.string("name"), username: m.string("username"), type: m.string("type"))
    }

    /// Go's `%v` of the responder struct: `{id name username type}`.
    func goValue(lowercasingType: Bool = false) -> String {
        let type = self.type?.value ?? ""
        return "{\(id?.value ?? "") \(name?.value ?? "") \(username?.value ?? "") \(lowercasingType ? type.lowercased() : type)}"
    }

    var goValue: String { goValue() }
}

/// `victorops_configs` entry.
public struct VictorOpsConfig: Sendable {
    public var apiKey: Located<String>?
    public var apiKeyFile: Located<String>?
    public var apiURL: Located<String>?
    public var routingKey: Located<String>?
    public var customFields: [LabelPair]
    /// message_type, state_message, entity_display_name, monitoring_tool.
    public var templates: [String: Located<String>]

    static let reservedFields = [
        "routing_key", "message_type", "state_message", "entity_display_name", "monitoring_tool", "entity_id", "entity_state",
    ]

    static func decode(_ m: MappingDecoder, _ context: LoadContext) -> VictorOpsConfig {
        VictorOpsConfig(
            apiKey: m.string("api_key"), apiKeyFile: m.string("api_key_file"), apiURL: m.url("api_url", context),
            routingKey: m.string("routing_key"), customFields: m.pairs("custom_fields"),
            templates: m.texts(["message_type", "state_message", "entity_display_name", "monitoring_tool"]))
    }

    func validate(at span: SourceSpan, _ context: LoadContext) {
        if !isSet(routingKey) {
            context.report(
                AlertmanagerChecks.missingIntegrationSetting, "missing Routing key in VictorOps config",
                hint: "set routing_key", at: span)
        }
        if isSet(apiKey) && isSet(apiKeyFile) {
            context.report(
                AlertmanagerChecks.conflictingSettings, "at most one of api_key & api_key_file must be configured",
                hint: "keep only one of them", at: span)
        }
        for field in Self.reservedFields {
            if let custom = customFields.first(where: { $0.name.value == field }) {
                context.report(
                    AlertmanagerChecks.invalidConfig,
                    "victorOps config contains custom field \(field) which cannot be used as it conflicts with the fixed/static fields",
                    hint: "rename or remove this custom field", at: custom.name.span)
            }
        }
    }

    func resolve(global: GlobalConfig, at span: SourceSpan, _ context: LoadContext) {
        if !isSet(apiKey) && !isSet(apiKeyFile) && !isSet(global.victoropsAPIKey) && !isSet(global.victoropsAPIKeyFile) {
            context.report(
                AlertmanagerChecks.missingIntegrationSetting, "no global VictorOps API Key set",
                hint: "set api_key (or api_key_file) here, or victorops_api_key under `global:`", at: span)
        }
    }
}
