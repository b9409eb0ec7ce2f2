import Diagnostics
import PromModel
import YAML

/// The integrations of an `AlertmanagerConfig` resource's receivers, in the
/// CRD's camelCase (`slackConfigs`, `apiURL`, …), checked for what the
/// operator (pkg/alertmanager/validation) and Alertmanager require: each
/// integration's mandatory settings, and secret references written as
/// `{name: <Secret>, key: <key>}`. The Secrets live in the cluster, so halint
/// cannot tell whether they exist or hold a valid value; messages say so.
enum OperatorReceiverLint {
    struct Rule {
        /// Settings that hold a `SecretKeySelector`.
        var secrets: [String] = []
        /// Each inner list: one of these must be set.
        var required: [[String]] = []
    }

    static let rules: [String: Rule] = [
        "slackConfigs": Rule(secrets: ["apiURL"]),
        "webhookConfigs": Rule(secrets: ["urlSecret"], required: [["url", "urlSecret"]]),
        "pagerdutyConfigs": Rule(secrets: ["routingKey", "serviceKey"], required: [["routingKey", "serviceKey"]]),
        "opsgenieConfigs": Rule(secrets: ["apiKey"]),
        "emailConfigs": Rule(secrets: ["authPassword", "authSecret"], required: [["to"]]),
        "victoropsConfigs": Rule(secrets: ["apiKey"], required: [["routingKey"]]),
        "pushoverConfigs": Rule(secrets: ["userKey", "token"], required: [["userKey", "userKeyFile"], ["token", "tokenFile"]]),
        "wechatConfigs": Rule(secrets: ["apiSecret"]),
        "telegramConfigs": Rule(secrets: ["botToken"], required: [["botToken", "botTokenFile"], ["chatID"]]),
        "discordConfigs": Rule(secrets: ["apiURL"], required: [["apiURL"]]),
        "msteamsConfigs": Rule(secrets: ["webhookUrl"], required: [["webhookUrl"]]),
        "msteamsv2Configs": Rule(secrets: ["webhookURL"]),
        "snsConfigs": Rule(required: [["topicARN", "phoneNumber", "targetARN"]]),
        "webexConfigs": Rule(required: [["roomID"]]),
    ]

    static let offline = "halint cannot read the cluster's Secrets, so it does not check that the Secret exists or what it holds"

    static func check(_ receivers: [YAMLNode], file: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for receiver in receivers {
            let receiverName = receiver["name"]?.scalar ?? ""
            for pair in receiver.mapping ?? [] {
                guard let key = pair.key.scalar, let rule = rules[key], let entries = pair.value.sequence else { continue }
                for (index, entry) in entries.enumerated() where entry.mapping != nil {
                    let place = "\(key)[\(index)] of receiver \(goQuote(receiverName))"
                    for alternatives in rule.required where !alternatives.contains(where: { isSet(entry[$0]) }) {
                        let wanted = alternatives.count == 1 ? "`\(alternatives[0])`" : "one of " + alternatives.map { "`\($0)`" }.joined(separator: ", ")
                        found.append(
                            Diagnostic(
                                AlertmanagerChecks.missingIntegrationSetting,
                                "\(place) lacks \(wanted), which the operator requires before it generates Alertmanager's config; set it",
                                at: span(entry, file)))
                    }
                    for secret in rule.secrets {
                        guard let value = entry[secret], !value.isNull, let problem = secretProblem(value) else { continue }
                        found.append(
                            Diagnostic(
                                AlertmanagerChecks.invalidConfig,
                                "`\(secret)` of \(place) must reference a Secret key as `{name: <Secret>, key: <key>}`: \(problem); \(offline)",
                                at: span(value, file)))
                    }
                }
            }
        }
        return found
    }

    /// What is wrong with a `SecretKeySelector`, nil when its shape is right.
    static func secretProblem(_ node: YAMLNode) -> String? {
        guard let pairs = node.mapping else {
            return node.scalar != nil ? "it is written as a plain value" : "it is not a mapping"
        }
        let keys = pairs.compactMap(\.key.scalar)
        if !isSet(node["key"]) { return "`key` is missing" }
        if !isSet(node["name"]) { return "`name` (the Secret) is missing" }
        if let unknown = keys.first(where: { !["name", "key", "optional"].contains($0) }) {
            return "`\(unknown)` is not a field of a Secret reference"
        }
        return nil
    }

    static func isSet(_ node: YAMLNode?) -> Bool {
        guard let node, !node.isNull else { return false }
        if let text = node.scalar { return !text.isEmpty }
        return true
    }

    static func span(_ node: YAMLNode, _ file: String) -> SourceSpan {
        SourceSpan(file: file, start: node.start, end: node.end)
    }
}
