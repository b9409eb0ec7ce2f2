import Diagnostics
import PromModel
import PromQL
import RegexEngine

/// Label matchers that do not do what they look like: regexes without any
/// regex syntax or with anchors PromQL adds anyway, regexes that match every
/// value or none, matcher sets no series can satisfy, and matchers on labels
/// the selected series cannot have (a recording rule that never writes the
/// label, an external label the local series do not carry).
struct MatcherLint {
    let rule: LintedRule
    let context: RuleLintContext

    /// Characters with a meaning in RE2 syntax.
    private static let metacharacters: Set<Character> = [".", "*", "+", "?", "(", ")", "[", "]", "{", "}", "|", "\\", "^", "$"]
    private static let everything: Set<String> = [".*", "^.*$", "(.*)", "^(.*)$", ".*?"]

    func check(_ selector: VectorSelector, into diagnostics: inout [Diagnostic]) {
        for matcher in selector.matchers where matcher.type.isRegex && matcher.positionRange != .none {
            checkRegex(matcher, into: &diagnostics)
        }
        if Self.repeatsALabel(selector) { checkContradictions(selector, into: &diagnostics) }
        checkAbsentLabels(selector, into: &diagnostics)
    }

    // MARK: One regex

    private func checkRegex(_ matcher: LabelMatcher, into diagnostics: inout [Diagnostic]) {
        let quoted = "`\(matcher.name)\(matcher.type.rawValue)\(goQuote(matcher.value))`"
        // Mapping a position into the file is costly: only for findings.
        var span: SourceSpan { rule.span(matcher.positionRange) }
        if Self.everything.contains(matcher.value) {
            if matcher.type == .regexMatch {
                diagnostics.append(
                    Diagnostic(
                        RuleLintChecks.matchEverything,
                        "\(quoted) matches every value, including series without \(matcher.name), so it filters nothing; "
                            + "remove it, or use `\(matcher.name)!=\"\"` if the label must be present",
                        at: span))
            } else {
                diagnostics.append(
                    Diagnostic(
                        RuleLintChecks.matchesNothing,
                        "\(quoted) excludes every value, including an absent label, so the selector never returns "
                            + "anything; remove the matcher or write the values to exclude",
                        at: span))
            }
            return
        }
        if matcher.value == ".+" {
            let plain = matcher.type == .regexMatch ? "\(matcher.name)!=\"\"" : "\(matcher.name)=\"\""
            diagnostics.append(
                Diagnostic(
                    RuleLintChecks.redundantRegex,
                    "\(quoted) only asks whether \(matcher.name) is \(matcher.type == .regexMatch ? "set" : "unset"); write "
                        + "`\(plain)`, which says so directly and skips the regex engine",
                    at: span))
            return
        }
        if !matcher.value.contains(where: { Self.metacharacters.contains($0) }) {
            let plain = matcher.type == .regexMatch ? "=" : "!="
            diagnostics.append(
                Diagnostic(
                    RuleLintChecks.redundantRegex,
                    "\(quoted) has no regex syntax, so it is an exact match; write `\(matcher.name)\(plain)\(goQuote(matcher.value))`, "
                        + "which is clearer and cheaper",
                    at: span))
            return
        }
        if let stripped = Self.strippingAnchors(matcher.value) {
            let plain = stripped.contains(where: { Self.metacharacters.contains($0) })
                ? "\(matcher.name)\(matcher.type.rawValue)\(goQuote(stripped))"
                : "\(matcher.name)\(matcher.type == .regexMatch ? "=" : "!=")\(goQuote(stripped))"
            diagnostics.append(
                Diagnostic(
                    RuleLintChecks.redundantAnchors,
                    "PromQL anchors regex matchers at both ends already (as `^(?:…)$`), so the anchors of \(quoted) change "
                        + "nothing; write `\(plain)`",
                    at: span))
        }
    }

    /// The regex without a leading `^` and an unescaped trailing `$`, if it has either.
    static func strippingAnchors(_ pattern: String) -> String? {
        var text = Substring(pattern)
        var changed = false
        if text.hasPrefix("^") {
            text = text.dropFirst()
            changed = true
        }
        if text.hasSuffix("$") {
            let backslashes = text.dropLast().reversed().prefix { $0 == "\\" }.count
            if backslashes % 2 == 0 {
                text = text.dropLast()
                changed = true
            }
        }
        // `^|x` or a pattern that was only anchors is left to the other checks.
        guard changed, !text.isEmpty, !text.hasPrefix("|"), !text.hasSuffix("|") else { return nil }
        return String(text)
    }

    // MARK: Matchers of one selector together

    /// Whether a series whose label is `value` ("" when absent) passes `matcher`.
    static func accepts(_ matcher: LabelMatcher, _ value: String) -> Bool? {
        switch matcher.type {
        case .equal: return matcher.value == value
        case .notEqual: return matcher.value != value
        case .regexMatch, .regexNoMatch:
            let matches: Bool
            if !matcher.value.contains(where: { metacharacters.contains($0) }) {
                matches = matcher.value == value
            } else if let regex = try? PromRegex(matcher.value) {
                matches = regex.matches(value)
            } else {
                return nil
            }
            return matcher.type == .regexMatch ? matches : !matches
        }
    }

    /// Whether two matchers (the metric name counting as one) name the same
    /// label; a plain loop, as selectors have few matchers and most none twice.
    private static func repeatsALabel(_ selector: VectorSelector) -> Bool {
        // A set, not pairwise: 20,000 matchers on one selector took 17 s.
        var seen = Set<String>()
        for matcher in selector.matchers {
            if !selector.name.isEmpty, matcher.name == LabelMatcher.metricNameLabel { return true }
            if !seen.insert(matcher.name).inserted { return true }
        }
        return false
    }

    private func checkContradictions(_ selector: VectorSelector, into diagnostics: inout [Diagnostic]) {
        var byName: [String: [LabelMatcher]] = [:]
        for matcher in selector.effectiveMatchers { byName[matcher.name, default: []].append(matcher) }
        for (name, matchers) in byName where matchers.count > 1 {
            // An `=` matcher fixes the only value that can pass; every other matcher must accept it.
            guard let fixed = matchers.first(where: { $0.type == .equal }) else { continue }
            guard let conflict = matchers.first(where: { Self.accepts($0, fixed.value) == false }) else { continue }
            let shown = [fixed, conflict].map { "`\($0.name)\($0.type.rawValue)\(goQuote($0.value))`" }
            let at = conflict.positionRange != .none ? conflict.positionRange : fixed.positionRange
            diagnostics.append(
                Diagnostic(
                    RuleLintChecks.matchesNothing,
                    "no series can satisfy both \(shown[0]) and \(shown[1]): \(name) has one value, so this selector "
                        + "always returns nothing; keep one matcher, or use a regex such as `\(name)=~\"a|b\"` for several values",
                    at: rule.span(at != .none ? at : selector.positionRange)))
            return
        }
    }

    // MARK: Labels the series cannot have

    /// `=` with a value, or a regex that rejects the empty string: the label must be present.
    private static func requiresLabel(_ matcher: LabelMatcher) -> Bool {
        switch matcher.type {
        case .equal: return !matcher.value.isEmpty
        case .regexMatch: return accepts(matcher, "") == false
        case .notEqual, .regexNoMatch: return false
        }
    }

    private func checkAbsentLabels(_ selector: VectorSelector, into diagnostics: inout [Diagnostic]) {
        let recorded = selector.metricName.flatMap { context.recorded.labels[$0] }
        for matcher in selector.matchers where matcher.name != LabelMatcher.metricNameLabel && matcher.positionRange != .none {
            if let recorded, !recorded.canHave(matcher.name) {
                guard Self.requiresLabel(matcher) else { continue }
                var message = "\(selector.metricName!) is written by a recording rule of this project whose series never "
                    + "have the label \(matcher.name)"
                if let reason = recorded.dropReason { message += " (\(reason))" }
                message += ", so `\(matcher.name)\(matcher.type.rawValue)\(goQuote(matcher.value))` matches nothing and the "
                    + "selector returns nothing; keep \(matcher.name) in the recording rule or drop the matcher"
                diagnostics.append(Diagnostic(RuleLintChecks.labelNeverSet, message, at: rule.span(matcher.positionRange)))
                continue
            }
            guard recorded == nil, let server = context.externalOnlyServer(matcher.name, for: rule), Self.requiresLabel(matcher) else { continue }
            let pair = context.servers[server].externalLabels[matcher.name]!
            diagnostics.append(
                Diagnostic(
                    RuleLintChecks.externalLabelMatcher,
                    "\(matcher.name) is an external label of \(context.servers[server].path), which evaluates this rule, and "
                        + "no scrape config sets it on series: Prometheus adds external labels only when data leaves it "
                        + "(federation, remote write, alerts), so local series never match "
                        + "`\(matcher.name)\(matcher.type.rawValue)\(goQuote(matcher.value))` and the selector returns nothing; "
                        + "drop the matcher",
                    at: rule.span(matcher.positionRange), notes: [Note("external label set here", at: pair.name.span)]))
        }
    }
}
