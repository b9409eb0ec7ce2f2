import Alertmanager
import Diagnostics
import PromModel
import YAML

extension RuleAlert {
    /// False only when a matcher surely fails on this rule's alerts.
    func mayMatch(_ matchers: [Matcher], sources: PrometheusLabelSources) -> Bool {
        matchers.allSatisfy { matcher in
            switch value(of: matcher.name, sources: sources) {
            case .known(let text): return matcher.matches(text)
            case .unknown: return true
            }
        }
    }
}

/// `equal` labels that neither side's alerts carry: missing on both sides counts as equal.
public struct InhibitEqualMissingLabelCheck: ProjectCheck {
    public static let descriptor = AlertingChecks.inhibitEqualMissingLabel
    public init() {}

    public func check(_ project: Project) -> [Diagnostic] {
        guard let analysis = project.ruleRouteAnalysis(), analysis.sources.present else { return [] }
        var found: [Diagnostic] = []
        for config in project.alertmanagerConfigs.map(\.config) {
            for rule in config.inhibitRules where !rule.equal.isEmpty {
                let sources = analysis.alerts.indices.filter { analysis.alerts[$0].mayMatch(rule.effectiveSourceMatchers, sources: analysis.sources) }
                let targets = analysis.alerts.indices.filter { analysis.alerts[$0].mayMatch(rule.effectiveTargetMatchers, sources: analysis.sources) }
                guard !sources.isEmpty, !targets.isEmpty else { continue }
                for label in rule.equal where label.value != "alertname" {
                    let carried = (sources + targets).contains { analysis.alerts[$0].likelyCarries(label.value, sources: analysis.sources) }
                    guard !carried else { continue }
                    found.append(
                        Diagnostic(
                            Self.descriptor,
                            "equal \(goQuote(label.value)): neither the source alerts (\(analysis.list(sources))) nor the target alerts (\(analysis.list(targets))) carry this label, and Alertmanager treats a label missing on both sides as equal, so this condition matches every pair; add the label to the rules or external_labels, or list labels they do carry (halint assumes the series of a rule's expr only have target labels)",
                            at: label.span))
                }
            }
        }
        return found
    }
}

/// `alertname` matchers naming alerts no rule defines.
public struct UnknownAlertnameCheck: ProjectCheck {
    public static let descriptor = AlertingChecks.unknownAlertname
    public init() {}

    public func check(_ project: Project) -> [Diagnostic] {
        // Configs first: building the alerts analyses every expression.
        let configs = project.alertmanagerConfigs.map(\.config)
        guard !configs.isEmpty else { return [] }
        let alerts = project.ruleAlerts
        guard !alerts.isEmpty else { return [] }
        let names = Set(alerts.map(\.name))
        var found: [Diagnostic] = []
        func inspect(_ matchers: [Matcher], at span: SourceSpan, what: String) {
            for matcher in matchers where matcher.name == "alertname" && !matcher.type.isNegative {
                // Only matchers with a known, finite list of names are checked.
                let wanted: Set<String>
                if matcher.type == .equal {
                    wanted = [matcher.value]
                } else if let literals = MatcherLogic.literalValues(of: matcher) {
                    wanted = literals
                } else {
                    continue
                }
                let missing = wanted.filter { !$0.isEmpty && !names.contains($0) }.sorted()
                guard !missing.isEmpty, missing.count == wanted.count else { continue }
                let suggestion = missing.compactMap { name in Self.closest(to: name, in: names).map(goQuote) }
                let hint = suggestion.isEmpty ? "" : " (did you mean \(suggestion.joined(separator: ", "))?)"
                found.append(
                    Diagnostic(
                        Self.descriptor,
                        "\(what) matches alertname \(missing.map(goQuote).joined(separator: ", ")), but no alerting rule in the checked rule files has that name\(hint); fix the name, or ignore this if the alert comes from another Prometheus",
                        at: SourceSpan(file: span.file, start: span.start)))
            }
        }
        for config in configs {
            config.route?.forEach { route, depth in
                if depth > 0 { inspect(route.effectiveMatchers, at: route.span, what: "this route") }
            }
            for rule in config.inhibitRules {
                inspect(rule.effectiveSourceMatchers, at: rule.span, what: "this inhibit rule's source")
                inspect(rule.effectiveTargetMatchers, at: rule.span, what: "this inhibit rule's target")
            }
        }
        return found
    }

    /// A defined alert name a misspelt one was likely meant to be; ties go to the alphabetically first.
    static func closest(to name: String, in names: Set<String>) -> String? {
        Suggestion.closest(to: name, in: names.sorted())
    }
}
