import PromQL
import TimeSeries

/// What rule evaluation needs to know about an expression before running it.
struct ExpressionTraits: Sendable {
    /// `@` or a negative (or computed) offset: the query can read samples
    /// after its evaluation time, which promtool has not loaded yet.
    let readsPastEvaluationTime: Bool
    /// `@ start()`/`@ end()`, `step()`/`range()` in durations, or the
    /// `start()`/`end()`/`range()`/`step()` functions: an instant query and one
    /// step of a range query give different answers.
    let dependsOnQueryWindow: Bool
    /// The matchers of every selector, to tell which stored series it can read.
    let selectors: [[PromQL.LabelMatcher]]

    init(_ expr: Expr) {
        var future = false
        var window = false
        var selectors: [[PromQL.LabelMatcher]] = []
        func check(_ at: AtModifier?, _ offset: DurationValue?) {
            switch at {
            case .timestamp: future = true
            case .start, .end: future = true; window = true
            case nil: break
            }
            switch offset {
            case .literal(let duration): if duration.nanoseconds < 0 { future = true }
            case .expr(let duration):
                future = true
                if Self.usesWindow(duration) { window = true }
            case nil: break
            }
        }
        expr.walk { node in
            switch node {
            case .vectorSelector(let selector):
                check(selector.at, selector.offset)
                selectors.append(selector.effectiveMatchers)
            case .matrixSelector(let node):
                if case .expr(let duration) = node.range, Self.usesWindow(duration) { window = true }
            case .subquery(let node):
                check(node.at, node.offset)
                if case .expr(let duration) = node.range, Self.usesWindow(duration) { window = true }
                if case .expr(let duration)? = node.step, Self.usesWindow(duration) { window = true }
            case .call(let call):
                if ["start", "end", "range", "step"].contains(call.name) { window = true }
            default: break
            }
        }
        readsPastEvaluationTime = future
        dependsOnQueryWindow = window
        self.selectors = selectors
    }

    private static func usesWindow(_ duration: DurationExpr) -> Bool {
        switch duration {
        case .literal: false
        case .step, .range: true
        case .negate(let inner, _), .paren(let inner, _): usesWindow(inner)
        case .binary(_, let a, let b, _), .minOf(let a, let b, _), .maxOf(let a, let b, _): usesWindow(a) || usesWindow(b)
        }
    }

    /// True when some selector could select a series named `name`.
    func mayRead(metricNamed name: String) -> Bool {
        selectors.contains { matchers in
            guard let nameMatcher = matchers.first(where: { $0.name == PromQL.LabelMatcher.metricNameLabel }) else { return true }
            switch nameMatcher.type {
            case .equal: return nameMatcher.value == name
            case .notEqual: return nameMatcher.value != name
            case .regexMatch, .regexNoMatch:
                let type = TimeSeries.LabelMatcher.MatchType(rawValue: nameMatcher.type.rawValue)!
                guard let compiled = try? TimeSeries.LabelMatcher(type, nameMatcher.name, nameMatcher.value) else { return true }
                return compiled.matches(name)
            }
        }
    }
}
