import Alertmanager

/// Routing an alert whose labels are only partly known: a matcher on an
/// unknown label may or may not hold, so every route that may match is
/// explored. The result over-approximates where the alerts can go, which is
/// what lets "never reaches" and "only reaches" findings be sure.
struct RuleRouting {
    enum Truth {
        case yes, no, maybe
    }

    /// Nodes the alerts may be delivered to, and every node they may pass through.
    struct Outcome: Sendable {
        var finals: Set<Int> = []
        var visited: Set<Int> = []
    }

    let tree: RoutingTree

    func route(_ alert: RuleAlert, sources: PrometheusLabelSources, likely: Bool = false) -> Outcome {
        var outcome = Outcome()
        var cache: [String: RuleAlert.Value] = [:]
        func value(_ label: String) -> RuleAlert.Value {
            if let known = cache[label] { return known }
            let found = alert.value(of: label, sources: sources, likely: likely)
            cache[label] = found
            return found
        }
        func truth(_ node: RoutingTree.Node) -> Truth {
            var result = Truth.yes
            for matcher in node.matchers {
                switch value(matcher.name) {
                case .known(let text): if !matcher.matches(text) { return .no }
                case .unknown: result = .maybe
                }
            }
            return result
        }
        func explore(_ index: Int) {
            outcome.visited.insert(index)
            var childSurelyMatched = false
            for child in tree.nodes[index].children {
                let node = tree.nodes[child]
                let answer = truth(node)
                if answer == .no { continue }
                explore(child)
                if answer == .yes {
                    childSurelyMatched = true
                    if !node.continues { break }
                }
            }
            if !childSurelyMatched { outcome.finals.insert(index) }
        }
        explore(0)
        return outcome
    }
}
