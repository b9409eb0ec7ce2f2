import Diagnostics
import PromModel
import YAML

/// `Config.UnmarshalYAML`'s cross-field checks and `config.Load`'s final
/// ones, in Alertmanager's order, but reporting every failure instead of the first.
struct ConfigValidator {
    let config: AlertmanagerConfig
    let context: LoadContext
    /// Where to point when the root route itself is missing.
    let routeKey: SourceSpan
    /// The root route is present but could not be decoded (already reported).
    let routeUnreadable: Bool

    func run() {
        GlobalDecoder.validate(config.global, context)
        validateReceivers()
        guard let root = config.route else {
            if routeUnreadable {
                validateTimeIntervalNames()
                return
            }
            context.report(
                AlertmanagerChecks.invalidRootRoute, "no routes provided",
                hint: "add a `route:` with a default `receiver:`", at: routeKey)
            validateTimeIntervalNames()
            return
        }
        validateRoot(root)
        validateReceiverReferences(root)
        let intervalNames = validateTimeIntervalNames()
        validateTimeIntervalReferences(root, known: intervalNames)
        if let continueFlag = root.continue, continueFlag.value {
            context.report(
                AlertmanagerChecks.invalidRootRoute, "cannot have continue in root route",
                hint: "remove `continue` from the root route; it only makes sense on child routes", at: continueFlag.span)
        }
    }

    private func validateReceivers() {
        var seen: [String: SourceSpan] = [:]
        for receiver in config.receivers {
            if let name = receiver.name, !name.value.isEmpty {
                if let first = seen[name.value] {
                    context.report(
                        AlertmanagerChecks.duplicateReceiver, "notification config name \(goQuote(name.value)) is not unique",
                        hint: "rename one of the receivers or merge their integrations", at: name.span,
                        notes: [Note("first defined here", at: first)])
                } else {
                    seen[name.value] = name.span
                }
            }
            for integration in receiver.integrations {
                resolve(integration)
            }
        }
    }

    /// Fills in global defaults the way Alertmanager does and reports what is still missing.
    private func resolve(_ integration: Integration) {
        let span = integration.span
        guard let settings = integration.settings else {
            context.report(
                AlertmanagerChecks.missingIntegrationSetting, "missing \(integration.kind.rawValue) config",
                hint: "remove the empty `-` entry under \(integration.kind.configsKey) or fill in its settings", at: span)
            return
        }
        guard integration.decodedCleanly else { return }
        let global = config.global
        switch settings {
        case .email(let c): c.resolve(global: global, at: span, context)
        case .slack(let c): c.resolve(global: global, httpConfig: integration.httpConfig, at: span, context)
        case .opsgenie(let c): c.resolve(global: global, at: span, context)
        case .wechat(let c): c.resolve(global: global, at: span, context)
        case .victorops(let c): c.resolve(global: global, at: span, context)
        case .telegram(let c): c.resolve(global: global, at: span, context)
        case .jira(let c): c.resolve(global: global, at: span, context)
        case .rocketchat(let c): c.resolve(global: global, at: span, context)
        case .mattermost(let c): c.resolve(global: global, at: span, context)
        case .discord, .incidentio, .pagerduty, .webhook, .pushover, .sns, .webex, .msteams, .msteamsv2:
            // Their required settings are checked per entry, and their URLs have defaults.
            break
        }
    }

    private func validateRoot(_ root: Route) {
        let check = AlertmanagerChecks.invalidRootRoute
        if !isSet(root.receiver) {
            context.report(
                check, "root route must specify a default receiver",
                hint: "add `receiver:` naming the receiver for alerts no child route matches", at: root.receiver?.span ?? root.span)
        }
        let hasMatchers = !root.match.isEmpty || !root.matchRE.isEmpty
            || root.matchers.contains { !$0.matchers.isEmpty || !$0.parsed }
        if hasMatchers {
            let where_ = root.match.first?.name.span ?? root.matchRE.first?.name.span ?? root.matchers.first?.text.span ?? root.span
            context.report(
                check, "root route must not have any matchers",
                hint: "the root route receives every alert; move the matchers to a child route under `routes:`", at: where_)
        }
        if let first = root.muteTimeIntervals.first {
            context.report(
                check, "root route must not have any mute time intervals",
                hint: "move mute_time_intervals to a child route", at: first.span)
        }
        if let first = root.activeTimeIntervals.first {
            context.report(
                check, "root route must not have any active time intervals",
                hint: "move active_time_intervals to a child route", at: first.span)
        }
    }

    /// Typo suggestions cost a scan of every name; beyond this many undefined
    /// references the config is broken wholesale and suggestions stop.
    private static let suggestionLimit = 50

    private func validateReceiverReferences(_ root: Route) {
        let names = config.receivers.compactMap { $0.name?.value }
        var undefined = 0
        root.forEach { route, _ in
            guard let receiver = route.receiver, !receiver.value.isEmpty else { return }
            guard config.receiversByName[receiver.value] == nil else { return }
            undefined += 1
            var hint = "define a receiver with this name under `receivers:`"
            if undefined <= Self.suggestionLimit, let suggestion = closest(receiver.value, among: names) {
                hint = "did you mean \(goQuote(suggestion))? Otherwise " + hint
            }
            context.report(
                AlertmanagerChecks.undefinedReceiver, "undefined receiver \(goQuote(receiver.value)) used in route",
                hint: hint, at: receiver.span)
        }
    }

    /// Names are unique across the deprecated list and `time_intervals` together.
    @discardableResult
    private func validateTimeIntervalNames() -> Set<String> {
        var seen: [String: SourceSpan] = [:]
        for deprecated in [true, false] {
            for interval in config.timeIntervals where interval.fromDeprecatedList == deprecated {
                guard let name = interval.name, !name.value.isEmpty else { continue }
                if let first = seen[name.value] {
                    context.report(
                        AlertmanagerChecks.invalidTimeInterval,
                        deprecated ? "mute time interval \(goQuote(name.value)) is not unique" : "time interval \(goQuote(name.value)) is not unique",
                        hint: "rename one of them, or merge their time_intervals entries", at: name.span,
                        notes: [Note("first defined here", at: first)])
                } else {
                    seen[name.value] = name.span
                }
            }
        }
        return Set(seen.keys)
    }

    private func validateTimeIntervalReferences(_ root: Route, known: Set<String>) {
        let names = config.timeIntervals.compactMap { $0.name?.value }
        var undefined = 0
        root.forEach { route, _ in
            for reference in route.activeTimeIntervals + route.muteTimeIntervals where !known.contains(reference.value) {
                undefined += 1
                var hint = "define it under `time_intervals:`"
                if undefined <= Self.suggestionLimit, let suggestion = closest(reference.value, among: names) {
                    hint = "did you mean \(goQuote(suggestion))? Otherwise " + hint
                }
                context.report(
                    AlertmanagerChecks.undefinedTimeInterval, "undefined time interval \(goQuote(reference.value)) used in route",
                    hint: hint, at: reference.span)
            }
        }
    }

    /// A defined name within a small edit distance, to suggest for a typo.
    private func closest(_ name: String, among candidates: [String]) -> String? {
        Suggestion.closest(to: name, in: candidates)
    }
}
