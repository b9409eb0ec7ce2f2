import Diagnostics
import PromModel
import PromQL
import RuleFiles
import YAML

/// Alert-level logic: missing or impossible conditions, timing shorter than
/// the evaluation interval, required labels and annotations.
struct AlertLogicLint {
    let rule: LintedRule
    let context: RuleLintContext
    /// Every selector of the expression.
    let selectors: [VectorSelector]
    let requirements: RequiredFieldsLint.Requirements

    func check(into diagnostics: inout [Diagnostic]) {
        checkCondition(into: &diagnostics)
        checkTiming(into: &diagnostics)
        NoisyConditions(rule: rule).check(into: &diagnostics)
        // Configured requirements replace the built-in conventions they cover.
        if !requirements.requiresLabel("severity") { checkSeverity(into: &diagnostics) }
        checkAnnotations(into: &diagnostics)
        RequiredFieldsLint(rule: rule, requirements: requirements).check(into: &diagnostics)
    }

    private var alertSpan: SourceSpan { rule.rule.alert?.span ?? rule.rule.span }

    // MARK: Condition

    private func checkCondition(into diagnostics: inout [Diagnostic]) {
        // `vector(1)` and friends fire on purpose (Watchdog / dead man's switch).
        guard !selectors.isEmpty, !Self.hasCondition(rule.expr) else { return }
        // Series whose presence is the alert: info metrics filtered by a label
        // value, or a regex / negative matcher picking the bad series.
        guard !selectors.contains(where: Self.selectsByLabelValue) else { return }
        let expr = rule.expr.unwrapped
        if case .binary(let node) = expr, node.op.isComparison, node.returnBool {
            diagnostics.append(
                Diagnostic(
                    RuleLintChecks.noCondition,
                    "the comparison uses `bool`, so it returns 0 or 1 for every series instead of filtering them and "
                        + "the alert fires for all of them; remove `bool`",
                    at: rule.span(node.positionRange)))
            return
        }
        diagnostics.append(
            Diagnostic(
                RuleLintChecks.noCondition,
                "alert \(rule.name) has no condition: the expression has no comparison, absent() or filter, so "
                    + "every series it returns is a firing alert; add a threshold such as `> 0`",
                at: rule.span(rule.expr.positionRange)))
    }

    static func selectsByLabelValue(_ selector: VectorSelector) -> Bool {
        let scoping: Set<String> = ["__name__", "job", "instance", "namespace", "cluster", "service", "pod", "container"]
        let isInfo = selector.metricName.map { $0.hasSuffix("_info") || $0.contains("_info_") || $0.hasSuffix("_metadata") } ?? false
        return selector.matchers.contains { matcher in
            guard !scoping.contains(matcher.name) else { return false }
            return matcher.type != .equal || isInfo
        }
    }

    /// Whether the expression can return fewer series than it selects.
    static func hasCondition(_ expr: Expr) -> Bool {
        switch expr {
        case .numberLiteral, .stringLiteral, .vectorSelector, .matrixSelector:
            return false
        case .paren(let node): return hasCondition(node.expr)
        case .unary(let node): return hasCondition(node.expr)
        case .subquery(let node): return hasCondition(node.expr)
        case .aggregate(let node):
            if node.op == .limitRatio { return true }
            return hasCondition(node.expr)
        case .binary(let node):
            if node.op.isComparison { return !node.returnBool || hasCondition(node.lhs) || hasCondition(node.rhs) }
            switch node.op {
            case .and, .unless: return true
            case .or: return hasCondition(node.lhs) && hasCondition(node.rhs)
            default:
                return hasCondition(node.lhs) || hasCondition(node.rhs)
            }
        case .call(let call):
            switch call.name {
            case "absent", "absent_over_time", "present_over_time": return true
            default: return call.args.contains { hasCondition($0) }
            }
        }
    }

    // MARK: Timing

    private func checkTiming(into diagnostics: inout [Diagnostic]) {
        // Without prometheus.yml the real interval is unknown.
        guard let (interval, origin) = rule.evaluationInterval(context.timing) else { return }
        for (key, value) in [("for", rule.rule.forDuration), ("keep_firing_for", rule.rule.keepFiringFor)] {
            guard let value, value.value.milliseconds > 0 else { continue }
            guard value.value < interval else {
                checkMultiple(key, value, interval: interval, origin: origin, into: &diagnostics)
                continue
            }
            diagnostics.append(
                Diagnostic(
                    RuleLintChecks.forShorterThanInterval,
                    "`\(key): \(value.value)` is shorter than \(origin) (\(interval)): the rule is only evaluated every "
                        + "\(interval), so it acts as \(interval); write `\(key): \(interval)` or more",
                    at: value.span))
        }
    }

    /// Prometheus moves an alert on at the first evaluation at least `for`
    /// after it became pending (`ts.Sub(a.ActiveAt) >= r.holdDuration` in
    /// rules/alerting.go), so the real wait is rounded up to the interval.
    private func checkMultiple(
        _ key: String, _ value: Located<ModelDuration>, interval: ModelDuration, origin: String,
        into diagnostics: inout [Diagnostic]
    ) {
        let step = interval.milliseconds
        let remainder = value.value.milliseconds % step
        guard remainder != 0 else { return }
        let down = ModelDuration(milliseconds: value.value.milliseconds - remainder)
        let up = ModelDuration(milliseconds: value.value.milliseconds - remainder + step)
        diagnostics.append(
            Diagnostic(
                RuleLintChecks.forNotMultipleOfInterval,
                "`\(key): \(value.value)` is not a multiple of \(origin) (\(interval)): state only changes at an "
                    + "evaluation, so it acts as \(up); write `\(key): \(up)` or `\(key): \(down)` to say what happens",
                at: value.span))
    }

    // MARK: Labels and annotations

    private func checkSeverity(into diagnostics: inout [Diagnostic]) {
        guard rule.staticLabels["severity"] == nil else { return }
        diagnostics.append(
            Diagnostic(
                RuleLintChecks.missingSeverity,
                "alert \(rule.name) has no `severity` label, so Alertmanager routes and inhibitions cannot tell "
                    + "how urgent it is; add `labels: {severity: warning}` (or critical, info…)",
                at: alertSpan))
    }

    private func checkAnnotations(into diagnostics: inout [Diagnostic]) {
        let names = Set(rule.rule.annotations.map(\.name.value))
        if requirements.annotations == nil, names.isDisjoint(with: ["summary", "description", "message"]) {
            diagnostics.append(
                Diagnostic(
                    RuleLintChecks.missingSummary,
                    "alert \(rule.name) has neither a `summary` nor a `description` annotation, so notifications "
                        + "only show its name and labels; add `annotations: {summary: …}` saying what is wrong",
                    at: rule.rule.annotationsKey ?? alertSpan))
        }
        for annotation in rule.rule.annotations where annotation.name.value == "runbook_url" {
            if let problem = Self.runbookProblem(annotation.value.value) {
                diagnostics.append(
                    Diagnostic(
                        RuleLintChecks.invalidRunbookURL,
                        "runbook_url \(goQuote(annotation.value.value)) \(problem); write an absolute link such as "
                            + "https://runbooks.example.com/\(rule.name)",
                        at: annotation.value.span))
            }
        }
    }

    /// What is wrong with a runbook link, checking only the part before any
    /// template action (which may expand to anything). Byte-level on purpose:
    /// Foundation's `range(of:)` cost more than every other rule check together.
    static func runbookProblem(_ value: String) -> String? {
        let bytes = Array(value.utf8)
        var first = 0
        var end = bytes.count
        while first < end, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
        while end > first, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        if first == end { return "is empty" }
        let trimmed = bytes[first..<end]
        let literal = trimmed[..<(firstIndex(of: [0x7B, 0x7B], in: trimmed) ?? end)]
        if literal.isEmpty { return nil }  // the whole link comes from a template
        let templated = literal.count < trimmed.count
        if literal.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return "contains spaces" }
        guard let schemeEnd = firstIndex(of: Array("://".utf8), in: literal) else {
            // A prefix too short to hold a scheme may still be completed by the template.
            return templated && !literal.contains(0x2F) ? nil : "is not an absolute URL (no http:// or https://)"
        }
        let scheme = String(decoding: literal[..<schemeEnd], as: UTF8.self).lowercased()
        guard scheme == "http" || scheme == "https" else { return "uses the scheme \(goQuote(scheme)), not http or https" }
        let rest = literal[(schemeEnd + 3)...]
        if rest.isEmpty, templated { return nil }
        let host = rest.prefix { $0 != 0x2F && $0 != 0x3F && $0 != 0x23 }
        if host.isEmpty { return "has no host name" }
        return nil
    }

    private static func firstIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        while index + needle.count <= haystack.endIndex {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
