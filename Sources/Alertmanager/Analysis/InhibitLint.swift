import Diagnostics
import PromModel
import YAML

/// Findings about inhibit rules that load but mute more, or less, than meant.
public enum InhibitLint {
    static func at(_ span: SourceSpan) -> SourceSpan { SourceSpan(file: span.file, start: span.start) }

    static func label(_ matchers: [Matcher]) -> String {
        "{" + matchers.map(\.description).joined(separator: ",") + "}"
    }

    public static func withoutEqual(_ config: AlertmanagerConfig) -> [Diagnostic] {
        config.inhibitRules.compactMap { rule in
            // A rule without source matchers is the deliberate "always mute these" idiom
            // (kube-prometheus' InfoInhibitor); `equal` would not change it.
            guard rule.equal.isEmpty, !rule.effectiveSourceMatchers.isEmpty else { return nil }
            return Diagnostic(
                AlertmanagerLintChecks.inhibitWithoutEqual,
                "this inhibit rule has no `equal`, so any alert matching \(label(rule.effectiveSourceMatchers)) mutes every alert matching \(label(rule.effectiveTargetMatchers)), from any cluster, namespace or service; add `equal:` with the labels both must share (e.g. [alertname, cluster])",
                at: at(rule.span))
        }
    }

    /// Source ⊆ target: sources never inhibit one another (Alertmanager's self-inhibition guard).
    public static func sourceMatchesTarget(_ config: AlertmanagerConfig) -> [Diagnostic] {
        config.inhibitRules.compactMap { rule in
            let source = rule.effectiveSourceMatchers
            let target = rule.effectiveTargetMatchers
            guard MatcherLogic.covers(target, source) else { return nil }
            let why = target.isEmpty ? "the target side has no matchers" : "the target matchers \(label(target)) accept every source alert"
            return Diagnostic(
                AlertmanagerLintChecks.inhibitSourceMatchesTarget,
                "every alert matching the source \(label(source)) also matches the target side (\(why)); Alertmanager never lets an alert that matches both sides inhibit another such alert, so source alerts are never muted by this rule and the rule depends on that guard; make the sides disjoint, e.g. source severity=\"critical\" and target severity=\"warning\"",
                at: at(rule.span))
        }
    }

    /// Rule pairs whose sources fall in each other's targets.
    public static func cycles(_ config: AlertmanagerConfig) -> [Diagnostic] {
        let rules = config.inhibitRules
        guard rules.count > 1, rules.count <= 5000 else { return [] }
        // Identical rules (a repeated block) share an answer; test each distinct pair of shapes once.
        var shapes: [String: Int] = [:]
        var shapeOf: [Int] = []
        for rule in rules {
            let key = label(rule.effectiveSourceMatchers) + "->" + label(rule.effectiveTargetMatchers)
            if shapes[key] == nil { shapes[key] = shapes.count }
            shapeOf.append(shapes[key]!)
        }
        var firstOfShape: [Int: Int] = [:]
        for (index, shape) in shapeOf.enumerated() where firstOfShape[shape] == nil { firstOfShape[shape] = index }
        let representatives = firstOfShape.values.sorted()
        // The matcher lists once, not a copy of both whole rules per pair.
        let sources = rules.map(\.effectiveSourceMatchers)
        let targets = rules.map(\.effectiveTargetMatchers)
        // A target matcher `n="v"` is only implied by sources that pin n to
        // exactly v (`n="v"`, or a regex listing only v), so each rule is
        // tested against the rules whose sources pin its first equality
        // target, not against all of them.
        var pinned: [RouteLint.Pair: [Int]] = [:]
        for a in representatives {
            for matcher in sources[a] {
                if matcher.type == .equal {
                    pinned[RouteLint.Pair(name: matcher.name, value: matcher.value), default: []].append(a)
                } else if matcher.type == .regexp, let literals = matcher.literals, literals.count == 1, let only = literals.first {
                    pinned[RouteLint.Pair(name: matcher.name, value: only), default: []].append(a)
                }
            }
        }
        var pairs = Set<[Int]>()
        for b in representatives where !sources[b].isEmpty {
            let candidates = targets[b].first { $0.type == .equal }
                .map { pinned[RouteLint.Pair(name: $0.name, value: $0.value)] ?? [] } ?? representatives
            for a in candidates where a != b && !sources[a].isEmpty {
                let pair = [min(a, b), max(a, b)]
                guard !pairs.contains(pair), MatcherLogic.covers(targets[b], sources[a]), MatcherLogic.covers(targets[a], sources[b])
                else { continue }
                pairs.insert(pair)
            }
        }
        return pairs.sorted { $0.lexicographicallyPrecedes($1) }.map { pair in
            let ra = rules[pair[0]]
            let rb = rules[pair[1]]
            return Diagnostic(
                AlertmanagerLintChecks.inhibitCycle,
                "this inhibit rule and the one at line \(rb.span.start.line) inhibit each other: sources \(label(ra.effectiveSourceMatchers)) are targets of the other rule, and its sources \(label(rb.effectiveSourceMatchers)) are targets of this one, so when both fire each mutes the other and nobody is notified; keep one direction (usually critical mutes warning)",
                at: at(ra.span), notes: [Note("the other rule", at: at(rb.span))])
        }
    }

    /// `source_match*`/`target_match*`, with the `*_matchers` line to write instead.
    public static func deprecatedMatchers(_ config: AlertmanagerConfig) -> [Diagnostic] {
        config.inhibitRules.compactMap { rule in
            let pairs = rule.sourceMatch + rule.sourceMatchRE + rule.targetMatch + rule.targetMatchRE
            guard let first = pairs.min(by: { $0.name.span < $1.name.span }) else { return nil }
            func rewrite(_ equal: [LabelPair], _ regex: [LabelPair]) -> String {
                let items = equal.map { "\($0.name.value)=\(goQuote($0.value.value))" } + regex.map { "\($0.name.value)=~\(goQuote($0.value.value))" }
                return "[" + items.map { "'\($0)'" }.joined(separator: ", ") + "]"
            }
            var parts: [String] = []
            if !(rule.sourceMatch + rule.sourceMatchRE).isEmpty { parts.append("`source_matchers: \(rewrite(rule.sourceMatch, rule.sourceMatchRE))`") }
            if !(rule.targetMatch + rule.targetMatchRE).isEmpty { parts.append("`target_matchers: \(rewrite(rule.targetMatch, rule.targetMatchRE))`") }
            return Diagnostic(
                AlertmanagerLintChecks.deprecatedMatchers,
                "`source_match`/`source_match_re`/`target_match`/`target_match_re` are deprecated since Alertmanager 0.22; write \(parts.joined(separator: " and ")) instead",
                at: first.name.span)
        }
    }
}
