import Alertmanager
import Diagnostics
import PromModel

/// Alerting rules whose alerts only ever reach the root's receiver.
public struct AlertReachesOnlyDefaultCheck: ProjectCheck {
    public static let descriptor = AlertingChecks.onlyDefaultReceiver
    public init() {}

    public func check(_ project: Project) -> [Diagnostic] {
        guard let analysis = project.ruleRouteAnalysis(likely: true), analysis.sources.present else { return [] }
        var found: [Diagnostic] = []
        for routed in analysis.routed where !routed.tree.root.children.isEmpty {
            let receiver = routed.tree.root.options.receiver
            // Labels the first-level routes need a value for: an alert without
            // one of them is the likely bug (a forgotten `severity`), unlike an
            // alert whose value simply has no dedicated route.
            let required = Set(routed.tree.root.children.flatMap { child in
                routed.tree.nodes[child].matchers.filter { !$0.matches("") }.map(\.name)
            })
            for (index, outcome) in routed.outcomes.enumerated() where outcome.finals == [0] {
                let alert = analysis.alerts[index]
                let missing = required.filter { alert.value(of: $0, sources: analysis.sources, likely: true) == .known("") }.sorted()
                guard !missing.isEmpty else { continue }
                found.append(
                    Diagnostic(
                        Self.descriptor,
                        "alert \(alert.name) has no \(missing.map { "`\($0)`" }.joined(separator: " or ")) label, which the routes of \(routed.config.file) match on, so it only reaches the default receiver \(goQuote(receiver)); add the label to the rule (e.g. `\(missing[0]): ...`), or a route for it (halint assumes the series of `expr` only have target labels)",
                        at: alert.nameSpan, notes: [Note("the root route", at: SourceSpan(file: routed.tree.root.route.span.file, start: routed.tree.root.route.span.start))]))
            }
        }
        return found
    }
}

/// Routes no alerting rule of the project can reach.
public struct RouteUnreachedByRulesCheck: ProjectCheck {
    public static let descriptor = AlertingChecks.routeUnreachedByRules
    public init() {}

    public func check(_ project: Project) -> [Diagnostic] {
        guard let analysis = project.ruleRouteAnalysis() else { return [] }
        var found: [Diagnostic] = []
        for routed in analysis.routed {
            let visited = routed.outcomes.reduce(into: Set<Int>()) { $0.formUnion($1.visited) }
            for node in routed.tree.nodes {
                // Report the topmost unreached route only.
                guard let parent = node.parent, visited.contains(parent), !visited.contains(node.index) else { continue }
                found.append(
                    Diagnostic(
                        Self.descriptor,
                        "no alerting rule in the checked rule files (\(analysis.alerts.count) alerts) produces an alert that \(AmtoolRouteFormat.label(node)) matches at this point of the tree; check the matchers against the rules' labels, or ignore this if the alerts come from elsewhere",
                        at: SourceSpan(file: node.route.span.file, start: node.route.span.start)))
            }
        }
        return found
    }
}

/// `group_by` labels that none of the alerts delivered to a route carry.
public struct GroupByMissingLabelCheck: ProjectCheck {
    public static let descriptor = AlertingChecks.groupByMissingLabel
    public init() {}

    public func check(_ project: Project) -> [Diagnostic] {
        guard let analysis = project.ruleRouteAnalysis(), analysis.sources.present else { return [] }
        var found: [Diagnostic] = []
        var reported = Set<SourceSpan>()
        for routed in analysis.routed {
            for node in routed.tree.nodes where !node.options.groupByAll {
                let delivered = routed.alerts(deliveredTo: node.index)
                guard !delivered.isEmpty else { continue }
                for label in node.options.groupBy where label != "alertname" {
                    guard delivered.allSatisfy({ !analysis.alerts[$0].likelyCarries(label, sources: analysis.sources) }),
                        let span = RuleRouteAnalysis.groupBySpan(routed.tree, node: node.index, label: label),
                        reported.insert(span).inserted
                    else { continue }
                    found.append(
                        Diagnostic(
                            Self.descriptor,
                            "group_by \(goQuote(label)): none of the alerts routed here carry this label (\(analysis.list(delivered))), so Alertmanager groups them as if it were not listed and unrelated alerts share one notification; add `\(label)` to the rules' labels or to Prometheus' external_labels, or drop it from group_by (halint assumes the series of a rule's expr only have target labels; suppress this if the metric itself has `\(label)`)",
                            at: span, notes: delivered.prefix(3).map { Note("alert \(analysis.alerts[$0].name) has no \(label) label", at: analysis.alerts[$0].nameSpan) }))
                }
            }
        }
        return found
    }
}

/// `group_by: ['...']` where the routed alerts fire per series.
public struct GroupByAllHighCardinalityCheck: ProjectCheck {
    public static let descriptor = AlertingChecks.groupByAllHighCardinality
    public init() {}

    public func check(_ project: Project) -> [Diagnostic] {
        guard let analysis = project.ruleRouteAnalysis() else { return [] }
        var found: [Diagnostic] = []
        for routed in analysis.routed {
            for node in routed.tree.nodes where node.route.groupByAll {
                let perSeries = routed.outcomes.indices.filter { index in
                    routed.outcomes[index].visited.contains(node.index) && analysis.alerts[index].expression.open
                }
                guard !perSeries.isEmpty, let span = node.route.groupBy?.first?.span else { continue }
                found.append(
                    Diagnostic(
                        Self.descriptor,
                        "group_by ['...'] makes every distinct label set its own group, and this route receives alerts that fire once per series (\(analysis.list(perSeries))): an outage of many targets sends one notification per target; group by the labels that identify the problem (e.g. [alertname, cluster, service]) instead",
                        at: span))
            }
        }
        return found
    }
}

/// `group_interval` shorter than the evaluation interval of the rules routed there.
public struct GroupIntervalBelowEvaluationCheck: ProjectCheck {
    public static let descriptor = AlertingChecks.groupIntervalBelowEvaluation
    public init() {}

    public func check(_ project: Project) -> [Diagnostic] {
        guard let analysis = project.ruleRouteAnalysis() else { return [] }
        var found: [Diagnostic] = []
        var reported = Set<SourceSpan>()
        for routed in analysis.routed {
            for node in routed.tree.nodes {
                let delivered = routed.alerts(deliveredTo: node.index)
                let groupInterval = node.options.groupInterval
                let slower = delivered.filter { index in
                    guard let interval = analysis.alerts[index].groupInterval ?? analysis.sources.evaluationInterval else { return false }
                    return groupInterval < interval
                }
                guard !slower.isEmpty, let span = RuleRouteAnalysis.groupIntervalSpan(routed.tree, node: node.index),
                    reported.insert(span).inserted
                else { continue }
                let interval = slower.compactMap { analysis.alerts[$0].groupInterval ?? analysis.sources.evaluationInterval }.max()!
                found.append(
                    Diagnostic(
                        Self.descriptor,
                        "group_interval \(groupInterval) is shorter than the \(interval) evaluation interval of rules routed here (\(analysis.list(slower))): alerts can only change once per evaluation, so most group_interval ticks find nothing new; use a group_interval of at least \(interval) (5m is the default)",
                        at: span))
            }
        }
        return found
    }
}
