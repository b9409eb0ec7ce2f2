import Foundation
import PromModel
import PromQL

/// One selector to fetch and the stretches of time its samples are needed
/// for. `query` is the selector without `offset`/`@` (canonical PromQL, as
/// the API takes it); each interval is left-open, `(after, through]` in
/// milliseconds, like PromQL's own windows.
public struct SelectorFetch: Sendable, Hashable {
    public struct Interval: Sendable, Hashable, Comparable {
        public var after: Int64
        public var through: Int64

        public init(after: Int64, through: Int64) {
            self.after = after
            self.through = through
        }

        public static func < (lhs: Interval, rhs: Interval) -> Bool {
            (lhs.after, lhs.through) < (rhs.after, rhs.through)
        }
    }

    public var query: String
    /// The metric the selector names, when it names one.
    public var metricName: String?
    /// Sorted, disjoint, not touching.
    public var intervals: [Interval]

    public init(query: String, metricName: String?, intervals: [Interval]) {
        self.query = query
        self.metricName = metricName
        self.intervals = intervals
    }
}

/// Works out which raw samples evaluating expressions over a window needs:
/// every vector selector, widened by what reads behind (lookback delta,
/// range, subquery range, extended-range lookback) and shifted by `offset`;
/// `@ <time>` pins a selector to that time.
public enum SelectorPlanner {
    public struct Settings: Sendable {
        /// `--query.lookback-delta` of the evaluator that will use the data.
        public var lookbackDeltaMilliseconds: Int64
        /// What `step()` means in duration expressions.
        public var queryStepMilliseconds: Int64

        /// A subquery's step does not matter: its points all lie inside
        /// `(t - offset - range, t - offset]` whatever the step.
        public init(lookbackDeltaMilliseconds: Int64 = 300_000, queryStepMilliseconds: Int64 = 60_000) {
            self.lookbackDeltaMilliseconds = lookbackDeltaMilliseconds
            self.queryStepMilliseconds = queryStepMilliseconds
        }
    }

    /// The selectors of `expressions` for evaluations at any time in
    /// `window`, merged per selector text, sorted by it.
    public static func plan(_ expressions: [Expr], window: ClosedRange<Int64>, settings: Settings = Settings()) -> [SelectorFetch] {
        var walker = Walker(window: window, settings: settings)
        for expr in expressions { walker.visit(expr, Reach(low: 0, high: 0, absolute: false)) }
        return walker.found.keys.sorted().map { query in
            let (name, intervals) = walker.found[query]!
            return SelectorFetch(query: query, metricName: name, intervals: merge(intervals))
        }
    }

    static func merge(_ intervals: [SelectorFetch.Interval]) -> [SelectorFetch.Interval] {
        var out: [SelectorFetch.Interval] = []
        for interval in intervals.sorted() where interval.through > interval.after {
            if let last = out.last, interval.after <= last.through {
                out[out.count - 1].through = max(last.through, interval.through)
            } else {
                out.append(interval)
            }
        }
        return out
    }
}

/// Times read relative to the evaluation time `t` — `(t + low, t + high]` —
/// or, once an `@` pinned them, absolute `(low, high]`.
private struct Reach {
    var low: Int64
    var high: Int64
    var absolute: Bool
}

private struct Walker {
    let window: ClosedRange<Int64>
    let settings: SelectorPlanner.Settings
    var found: [String: (String?, [SelectorFetch.Interval])] = [:]

    init(window: ClosedRange<Int64>, settings: SelectorPlanner.Settings) {
        self.window = window
        self.settings = settings
    }

    mutating func visit(_ expr: Expr, _ reach: Reach) {
        switch expr {
        case .vectorSelector(let selector):
            var r = shifted(reach, at: selector.at, offset: selector.offset)
            r.low -= settings.lookbackDeltaMilliseconds
            record(selector, r)
        case .matrixSelector(let node):
            let selector = node.vectorSelector
            var r = shifted(reach, at: selector.at, offset: selector.offset)
            r.low -= max(0, milliseconds(node.range))
            // Extended range selectors (3.x `anchored`/`smoothed`) also use the
            // last sample before the range, and `smoothed` the first after it.
            if selector.anchored || selector.smoothed { r.low -= settings.lookbackDeltaMilliseconds }
            if selector.smoothed { r.high += settings.lookbackDeltaMilliseconds }
            record(selector, r)
        case .subquery(let node):
            var r = shifted(reach, at: node.at, offset: node.offset)
            r.low -= max(0, milliseconds(node.range))
            visit(node.expr, r)
        default:
            for child in expr.children { visit(child, reach) }
        }
    }

    /// `@ start()`/`@ end()` stay relative: both lie inside the window, which
    /// the relative reach already covers.
    private func shifted(_ reach: Reach, at: AtModifier?, offset: DurationValue?) -> Reach {
        var r = reach
        if case .timestamp(let pinned)? = at { r = Reach(low: pinned, high: pinned, absolute: true) }
        if let offset {
            let shift = milliseconds(offset)
            r.low -= shift
            r.high -= shift
        }
        return r
    }

    private mutating func record(_ selector: VectorSelector, _ reach: Reach) {
        let query = SelectorText.query(selector)
        let interval = reach.absolute
            ? SelectorFetch.Interval(after: reach.low, through: reach.high)
            : SelectorFetch.Interval(after: window.lowerBound + reach.low, through: window.upperBound + reach.high)
        found[query, default: (selector.metricName, [])].1.append(interval)
    }

    private func milliseconds(_ value: DurationValue) -> Int64 {
        switch value {
        case .literal(let duration): duration.milliseconds
        case .expr(let expr):
            // A planning estimate only: out-of-range results (which the evaluator refuses) become 0, not a trap.
            Int64(exactly: (seconds(expr) * 1000).rounded()) ?? 0
        }
    }

    /// Duration expressions as the evaluator computes them; `range()` is the
    /// window's length.
    private func seconds(_ expr: DurationExpr) -> Double {
        switch expr {
        case .literal(let literal): return literal.value
        case .step: return Double(settings.queryStepMilliseconds) / 1000
        case .range: return (Double(window.upperBound) - Double(window.lowerBound)) / 1000
        case .negate(let inner, _): return -seconds(inner)
        case .paren(let inner, _): return seconds(inner)
        case .minOf(let a, let b, _): return min(seconds(a), seconds(b))
        case .maxOf(let a, let b, _): return max(seconds(a), seconds(b))
        case .binary(let op, let a, let b, _):
            let l = seconds(a), r = seconds(b)
            switch op {
            case .add: return l + r
            case .sub: return l - r
            case .mul: return l * r
            case .div: return r == 0 ? 0 : l / r
            case .mod: return r == 0 ? 0 : l.truncatingRemainder(dividingBy: r)
            case .pow: return Foundation.pow(l, r)
            }
        }
    }
}

/// The text the API is asked for a selector: canonical PromQL without
/// `offset`/`@`/extended-range modifiers and positions, so selectors that
/// read the same series are one key.
public enum SelectorText {
    public static func query(_ selector: VectorSelector) -> String {
        var bare = VectorSelector(name: selector.name, matchers: selector.matchers, positionRange: .none)
        // `{__name__="x"}` and `x` select the same series.
        if bare.name.isEmpty, let name = selector.metricName, PromNames.isLegacyMetricName(name),
           let index = bare.matchers.firstIndex(where: { $0.name == LabelMatcher.metricNameLabel && $0.type == .equal }) {
            bare.matchers.remove(at: index)
            bare.name = name
        }
        bare.matchers = bare.matchers.map { LabelMatcher(name: $0.name, type: $0.type, value: $0.value) }
        return Expr.vectorSelector(bare).description
    }

    /// The selector of every series of one metric.
    public static func metric(_ name: String) -> String {
        query(VectorSelector(matchers: [LabelMatcher(name: LabelMatcher.metricNameLabel, type: .equal, value: name)], positionRange: .none))
    }
}
