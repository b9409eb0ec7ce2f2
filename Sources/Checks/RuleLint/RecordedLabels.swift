import PromQL

/// The labels of every series recording rules write: their expression's
/// labels plus their static labels. A name's labels are resolved before the
/// rules that read it (memoised, depth first), so chains of recording rules
/// are followed in one pass whatever their order; a name in a cycle reads
/// as unknown.
struct RecordedLabels {
    private(set) var labels: [String: OutputLabels] = [:]

    private final class Resolution {
        var done: [String: OutputLabels] = [:]
        var active: Set<String> = []
    }

    init(_ rules: [LintedRule]) {
        var definitions: [String: [LintedRule]] = [:]
        for rule in rules where !rule.isAlerting { definitions[rule.name, default: []].append(rule) }
        guard !definitions.isEmpty else { return }
        let state = Resolution()
        func resolve(_ name: String) -> OutputLabels? {
            if let known = state.done[name] { return known }
            guard let rules = definitions[name], state.active.insert(name).inserted else { return nil }
            let analysis = OutputLabelAnalysis { resolve($0) }
            var result: OutputLabels?
            for rule in rules {
                let own = analysis.labels(of: rule.expr).adding(rule.staticLabels.keys)
                result = result.map { $0.union(own) } ?? own
            }
            state.active.remove(name)
            state.done[name] = result
            return result
        }
        // Sorted, so that which member of a cycle is resolved first does not depend on hashing.
        for name in definitions.keys.sorted() { _ = resolve(name) }
        labels = state.done
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
