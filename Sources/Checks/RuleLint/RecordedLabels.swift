/// The labels of every series recording rules write: their expression's
/// labels plus their static labels. Two passes let rules built on other
/// recording rules benefit, whatever their order.
struct RecordedLabels {
    private(set) var labels: [String: OutputLabels] = [:]

    init(_ rules: [LintedRule]) {
        let recording = rules.filter { !$0.isAlerting }
        guard !recording.isEmpty else { return }
        for _ in 0..<2 {
            var next: [String: OutputLabels] = [:]
            let current = labels
            let analysis = OutputLabelAnalysis { current[$0] }
            for rule in recording {
                let own = analysis.labels(of: rule.expr).adding(rule.staticLabels.keys)
                next[rule.name] = next[rule.name].map { $0.union(own) } ?? own
            }
            labels = next
        }
    }
}
