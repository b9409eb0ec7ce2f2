import Alertmanager
import Diagnostics
import PromModel

/// Every alerting rule of the project pushed through every Alertmanager
/// routing tree. Built once per project (`Project.ruleRouteAnalysis`); nil
/// unless the project has both alerting rules and an Alertmanager config.
struct RuleRouteAnalysis: Sendable {
    struct Routed: Sendable {
        var config: AlertmanagerConfig
        var tree: RoutingTree
        /// Parallel to `alerts`.
        var outcomes: [RuleRouting.Outcome]

        /// Indexes of the alerts that may be delivered to `node`.
        func alerts(deliveredTo node: Int) -> [Int] {
            outcomes.indices.filter { outcomes[$0].finals.contains(node) }
        }
    }

    let alerts: [RuleAlert]
    let sources: PrometheusLabelSources
    let routed: [Routed]

    /// `likely` routes with the assumption that bare selectors only carry
    /// target labels (see `RuleAlert.likelyCarries`).
    init?(_ project: Project, likely: Bool = false) {
        // Configs first: building the alerts analyses every expression.
        let configs = project.alertmanagerConfigs.map(\.config)
        guard !configs.isEmpty else { return nil }
        let alerts = project.ruleAlerts
        guard !alerts.isEmpty else { return nil }
        let sources = PrometheusLabelSources(project.prometheusConfigs.map(\.config))
        self.alerts = alerts
        self.sources = sources
        routed = configs.compactMap { config in
            guard let tree = RoutingTree(config: config) else { return nil }
            let routing = RuleRouting(tree: tree)
            return Routed(config: config, tree: tree, outcomes: alerts.map { routing.route($0, sources: sources, likely: likely) })
        }
    }

    /// `name (file:line)` for up to three alerts, and how many more.
    func list(_ indexes: [Int]) -> String {
        var names = indexes.prefix(3).map { "\(alerts[$0].name) (\(alerts[$0].nameSpan.file):\(alerts[$0].nameSpan.start.line))" }
        if indexes.count > 3 { names.append("and \(indexes.count - 3) more") }
        return names.joined(separator: ", ")
    }

    /// The `group_by` entry for `label` that is in force at `node`: on the node or its nearest ancestor that sets `group_by`.
    static func groupBySpan(_ tree: RoutingTree, node: Int, label: String) -> SourceSpan? {
        for index in tree.ancestry(of: node).reversed() {
            if let groupBy = tree.nodes[index].route.groupBy { return groupBy.first { $0.value == label }?.span }
        }
        return nil
    }

    /// Where the node's effective `group_interval` is written, if anywhere.
    static func groupIntervalSpan(_ tree: RoutingTree, node: Int) -> SourceSpan? {
        for index in tree.ancestry(of: node).reversed() {
            if let interval = tree.nodes[index].route.groupInterval { return interval.span }
        }
        return nil
    }
}
