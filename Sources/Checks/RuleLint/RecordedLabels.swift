import PromQL

/// The labels of every series recording rules write: their expression's
/// labels plus their static labels. Repeated until nothing changes (a few
/// passes at most), so rules built on chains of other recording rules
/// benefit, whatever their order.
struct RecordedLabels {
    private(set) var labels: [String: OutputLabels] = [:]

    init(_ rules: [LintedRule]) {
        let recording = rules.filter { !$0.isAlerting }
        guard !recording.isEmpty else { return }
        for _ in 0..<6 {
            var next: [String: OutputLabels] = [:]
            let current = labels
            let analysis = OutputLabelAnalysis { current[$0] }
            for rule in recording {
                let own = analysis.labels(of: rule.expr).adding(rule.staticLabels.keys)
                next[rule.name] = next[rule.name].map { $0.union(own) } ?? own
            }
            if next == labels { break }
            labels = next
        }
    }
}

/// What the series of a recording rule are, as far as rate() cares.
enum RecordedKind: Equatable {
    /// Recorded from rate() or another per-window function: a gauge.
    case rate(function: String)
    /// sum() of raw counters: its drops are other targets' restarts, which rate() reads as resets.
    case summedCounters
    case other

    private static let windowFunctions: Set<String> = ["rate", "irate", "increase", "delta", "idelta", "deriv"]

    static func of(_ expr: Expr) -> RecordedKind {
        switch expr.unwrapped {
        case .call(let call):
            if windowFunctions.contains(call.name) { return .rate(function: call.name) }
            if call.name == "label_replace" || call.name == "label_join", let first = call.args.first { return of(first) }
            return .other
        case .aggregate(let node):
            switch node.op {
            case .sum:
                if case .vectorSelector(let selector) = node.expr.unwrapped, let name = selector.metricName,
                    MetricNaming.isCounterName(name)
                {
                    return .summedCounters
                }
                if case .rate = of(node.expr) { return of(node.expr) }
                return .other
            case .avg, .min, .max, .topk, .bottomk:
                if case .rate = of(node.expr) { return of(node.expr) }
                return .other
            default:
                return .other
            }
        case .binary(let node):
            // `rate(x[5m]) * 60` is still a rate.
            if node.op == .mul || node.op == .div {
                if node.rhs.type == .scalar { return of(node.lhs) }
                if node.lhs.type == .scalar, node.op == .mul { return of(node.rhs) }
            }
            return .other
        default:
            return .other
        }
    }

    /// The kind of every recorded name whose definitions all agree.
    static func all(_ rules: [LintedRule]) -> [String: RecordedKind] {
        var kinds: [String: RecordedKind] = [:]
        for rule in rules where !rule.isAlerting {
            let kind = of(rule.expr)
            if let known = kinds[rule.name], known != kind { kinds[rule.name] = .other } else { kinds[rule.name] = kind }
        }
        return kinds.filter { $0.value != .other }
    }
}
