import PromQL
import PromQLEngine

/// Finds the evaluations at which a rule's selectors matched no series.
///
/// A selector that matches nothing makes most expressions return nothing, so
/// an alert reading it cannot fire however bad things are: the seed's
/// `alertmanager_cluster_members < 2` is silent exactly when every
/// Alertmanager is down, because then the metric is gone. Each selector is
/// probed as `count(selector)` (a range selector as
/// `count(count_over_time(selector))`) over the group's ticks, with the
/// engine's lookback delta and staleness, so "matched" means what it means
/// to the rule. Selectors inside `absent()` / `absent_over_time()` are
/// expected to match nothing and are not probed. A selector inside a
/// subquery is probed at the rule's ticks, not at the subquery's steps.
public enum TimelineSelectorCoverage {
    public static func notes(for expr: Expr, engine: PromQLEngine, ticks: [Int64], step: Int64) -> [TimelineNote] {
        guard let first = ticks.first, let last = ticks.last else { return [] }
        var notes: [TimelineNote] = []
        for selector in selectors(in: expr) {
            let probe = selector.isRange ? "count(count_over_time(\(selector.text)))" : "count(\(selector.text))"
            guard let parsed = try? PromQLEngine.parse(probe),
                  let outcome = try? engine.rangeQuery(parsed, start: first, end: last, step: step)
            else { continue }
            var matched = Set<Int64>()
            if case .matrix(let series) = outcome.value { for one in series { matched.formUnion(one.timestamps) } }
            let missing = ticks.filter { !matched.contains($0) }
            if !missing.isEmpty {
                notes.append(.noSeries(
                    selector: selector.text, spans: runs(of: missing, in: ticks), evaluations: missing.count, of: ticks.count))
            }
        }
        return notes
    }

    struct Selector: Hashable {
        var text: String
        var isRange: Bool
    }

    /// Distinct selectors in order of appearance, outside `absent*()`.
    static func selectors(in expr: Expr) -> [Selector] {
        var found: [Selector] = []
        func visit(_ expr: Expr) {
            switch expr {
            case .vectorSelector:
                found.append(Selector(text: expr.description, isRange: false))
            case .matrixSelector:
                found.append(Selector(text: expr.description, isRange: true))
            case .call(let call) where call.name == "absent" || call.name == "absent_over_time":
                return
            default:
                expr.children.forEach(visit)
            }
        }
        visit(expr)
        var seen = Set<Selector>()
        return found.filter { seen.insert($0).inserted }
    }

    /// Consecutive runs of `missing` ticks (consecutive in `ticks`), as first...last.
    static func runs(of missing: [Int64], in ticks: [Int64]) -> [ClosedRange<Int64>] {
        let position = Dictionary(uniqueKeysWithValues: ticks.enumerated().map { ($1, $0) })
        var out: [ClosedRange<Int64>] = []
        var start: Int64?, previous: Int64?
        for tick in missing {
            if let p = previous, let s = start, position[tick] != position[p]! + 1 {
                out.append(s...p)
                start = tick
            } else if start == nil {
                start = tick
            }
            previous = tick
        }
        if let s = start, let p = previous { out.append(s...p) }
        return out
    }
}
