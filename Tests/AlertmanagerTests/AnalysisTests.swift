import Diagnostics
import Testing
import YAML

@testable import Alertmanager

private func matchers(_ text: String) throws -> [Matcher] {
    try MatcherParser.parseMatchers(text).get().matchers
}

private func analyse(_ text: String, _ run: (AlertmanagerConfig, Route) -> [Diagnostic]) throws -> [String] {
    let config = try #require(loadConfig(text).config)
    let tree = try #require(config.route)
    return run(config, tree).sorted().map { "\($0.check)@\($0.span.start.line):\($0.span.start.column) \($0.message.components(separatedBy: "; ").first!)" }
}

private let receivers = "receivers: [{name: a}, {name: b}, {name: c}, {name: d}]\n"

@Suite struct MatcherLogicTests {
    @Test(arguments: [
        ("", "team=\"db\"", true),
        ("team=~\"db|web\"", "team=\"db\"", true),
        ("team=~\"db|web\"", "team=~\"db|web|api\"", false),
        ("team=\"db\"", "team=\"db\",severity=\"critical\"", true),
        ("team=\"db\",severity=\"critical\"", "team=\"db\"", false),
        ("severity!=\"info\"", "severity=\"critical\"", true),
        ("severity!~\"info|debug\"", "severity=~\"critical|warning\"", true),
        ("severity!~\"info|debug\"", "severity!=\"info\"", false),
        ("env=~\".*\"", "team=\"x\"", true),
        ("env=~\".+\"", "env!=\"\"", true),
        ("team=~\"db-.*\"", "team=\"db-1\"", true),
    ])
    func covers(broad: String, narrow: String, expected: Bool) throws {
        #expect(MatcherLogic.covers(try matchers(broad), try matchers(narrow)) == expected)
    }

    @Test func disjointness() throws {
        #expect(MatcherLogic.disjoint(try matchers("severity=\"critical\""), try matchers("severity=\"warning\"")))
        #expect(!MatcherLogic.disjoint(try matchers("severity=~\"critical|warning\""), try matchers("severity=\"warning\"")))
        #expect(!MatcherLogic.disjoint(try matchers("severity=~\"crit.*\""), try matchers("team=\"a\"")))
    }
}

@Suite struct RouteLintTests {
    @Test func shadowedByBroaderEqualAndCatchAllSiblings() throws {
        let found = try analyse(
            """
            route:
              receiver: a
              routes:
                - matchers: ['team=~"db|web"']
                  receiver: b
                - matchers: ['team="db"', 'severity="critical"']
                  receiver: c
                - matchers: ['team="api"']
                  receiver: c
                  continue: true
                - matchers: ['team="api"']
                  receiver: d
                - receiver: d
                - matchers: ['team="late"']
                  receiver: a
            \(receivers)
            """
        ) { _, tree in RouteLint.shadowedRoutes(tree) }
        #expect(
            found == [
                #"alertmanager/shadowed-route@6:7 this route never receives an alert: the route {team=~"db|web"} at line 4 comes first and its matchers accept every alert this route's matchers accept, and it has no `continue`"#,
                "alertmanager/shadowed-route@14:7 this route never receives an alert: the route at line 13 (no matchers) comes first and it has no matchers and no `continue`, so it takes every alert that reaches this level",
            ])
    }

    @Test func identicalSiblingsAreShadowedUnlessTheFirstContinues() throws {
        let found = try analyse(
            "route:\n  receiver: a\n  routes:\n    - {matchers: [x=\"1\"], receiver: b}\n    - {matchers: [x=\"1\"], receiver: c}\n\(receivers)"
        ) { _, tree in RouteLint.shadowedRoutes(tree) }
        #expect(found.count == 1 && found[0].contains("it has the same matchers and no `continue`"))
    }

    @Test func continueTimersDepthAndDeprecation() throws {
        let text = """
            route:
              receiver: a
              group_interval: 1h
              repeat_interval: 30m
              routes:
                - match: {team: db}
                  match_re: {env: 'prod|stage'}
                  receiver: b
                  group_wait: 2h
                  continue: true
            \(receivers)
            """
        #expect(
            try analyse(text) { _, tree in RouteLint.uselessContinue(tree) } == [
                "alertmanager/useless-continue@10:17 `continue: true` on the last route of its level has no effect: there is no later sibling to try"
            ])
        #expect(
            try analyse(text) { _, tree in RouteLint.timers(tree) } == [
                "alertmanager/repeat-interval-too-short@4:20 repeat_interval 30m is shorter than group_interval 1h: Alertmanager only checks for repeats on group_interval ticks, so notifications repeat every 1h at best",
                "alertmanager/group-wait-exceeds-interval@9:19 group_wait 2h is longer than group_interval 1h: a new group's first notification waits longer than any later update",
            ])
        #expect(
            try analyse(text) { _, tree in RouteLint.deprecatedRouteMatchers(tree) } == [
                #"alertmanager/deprecated-matcher-syntax@6:15 `match`/`match_re` are deprecated since Alertmanager 0.22"#
            ])
        let message = try #require(RouteLint.deprecatedRouteMatchers(loadConfig(text).config!.route!).first?.message)
        #expect(message.contains(#"write `matchers: ['team="db"', 'env=~"prod|stage"']` instead"#))
    }

    @Test func deepTreeReportedOnce() throws {
        var text = "route:\n  receiver: a\n"
        var indent = "  "
        for level in 1...7 {
            text += "\(indent)routes:\n\(indent)  - matchers: [l\(level)=\"x\"]\n"
            indent += "    "
        }
        let found = try analyse(text + receivers) { _, tree in RouteLint.deepTree(tree) }
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("alertmanager/deep-routing-tree@") == true && found.first!.contains("(level 6)"))
    }

    @Test func timeIntervalsAlwaysAndPast() throws {
        let text = """
            route:
              receiver: a
              routes:
                - matchers: [x="1"]
                  receiver: b
                  mute_time_intervals: [always, old]
                - matchers: [x="2"]
                  receiver: c
                  active_time_intervals: [old]
            time_intervals:
              - name: always
                time_intervals: [{}]
              - name: old
                time_intervals: [{years: ['2019:2020']}]
            \(receivers)
            """
        let found = try analyse(text) { config, tree in RouteLint.timeIntervals(tree, config: config, currentYear: 2026) }
        #expect(
            found == [
                #"alertmanager/route-always-muted@6:29 mute time interval "always" has an entry with no times, weekdays, days, months or years, so it covers all time and this route never notifies"#,
                #"alertmanager/time-interval-never-active@6:37 mute time interval "old" only covers years before 2026, so it never mutes anything again"#,
                "alertmanager/time-interval-never-active@9:31 every active time interval of this route covers only years before 2026, so the route never notifies again",
            ])
    }
}

@Suite struct ReceiverAndInhibitLintTests {
    @Test func unusedAndEmptyReceivers() throws {
        let text = """
            route:
              receiver: ops
              routes:
                - matchers: ['alertname="Watchdog"']
                  receiver: watchdog
                - matchers: [x="1"]
                  receiver: "null"
            receivers:
              - name: ops
              - name: watchdog
              - name: "null"
              - name: spare
                webhook_configs: [{url: 'http://x.example/'}]
            """
        #expect(
            try analyse(text) { config, tree in ReceiverLint.unused(config, root: tree) + ReceiverLint.empty(config, root: tree) } == [
                #"alertmanager/empty-receiver@9:11 receiver "ops" has no integrations (no email_configs, slack_configs, webhook_configs…), so the alerts routed to it are dropped without a trace"#,
                #"alertmanager/unused-receiver@12:11 receiver "spare" is defined but no route sends to it"#,
            ])
    }

    @Test func inhibitRules() throws {
        let text = """
            route: {receiver: a}
            receivers: [{name: a}]
            inhibit_rules:
              - source_matchers: [severity="critical"]
                target_matchers: [severity="warning"]
              - source_matchers: [severity="warning"]
                target_matchers: ['severity=~"critical|info"']
                equal: [alertname]
              - source_matchers: [severity="page"]
                equal: [alertname]
              - target_matchers: [alertname="InfoInhibitor"]
            """
        let found = try analyse(text) { config, _ in
            InhibitLint.withoutEqual(config) + InhibitLint.sourceMatchesTarget(config) + InhibitLint.cycles(config)
        }
        #expect(
            found == [
                #"alertmanager/inhibit-cycle@4:5 this inhibit rule and the one at line 6 inhibit each other: sources {severity="critical"} are targets of the other rule, and its sources {severity="warning"} are targets of this one, so when both fire each mutes the other and nobody is notified"#,
                #"alertmanager/inhibit-without-equal@4:5 this inhibit rule has no `equal`, so any alert matching {severity="critical"} mutes every alert matching {severity="warning"}, from any cluster, namespace or service"#,
                #"alertmanager/inhibit-source-matches-target@9:5 every alert matching the source {severity="page"} also matches the target side (the target side has no matchers)"#,
            ])
    }

    @Test func plaintextSecretsButNotFilesOrPlaceholders() throws {
        let text = """
            global:
              slack_api_url: https://hooks.slack.com/services/T1/B2/abcdef
              opsgenie_api_key: <secret>
            route: {receiver: a}
            receivers:
              - name: a
                pagerduty_configs:
                  - routing_key: 0123456789abcdef
                  - routing_key_file: /run/secrets/pd
                webhook_configs:
                  - url: http://hooks.example/alert
                    http_config:
                      basic_auth: {username: u, password: hunter22}
            """
        let found = try analyse(text) { config, _ in SecretLint.plaintextSecrets(config) }
        #expect(
            found == [
                "alertmanager/plaintext-secret@2:18 `slack_api_url` holds a webhook URL that is itself a credential in plain text, readable by anyone who can read the config or its repository",
                "alertmanager/plaintext-secret@8:22 `routing_key` holds a secret in plain text, readable by anyone who can read the config or its repository",
                "alertmanager/plaintext-secret@13:47 `password` holds a secret in plain text, readable by anyone who can read the config or its repository",
            ])
    }
}

/// The bucketed inhibit-cycle search finds exactly the pairs that testing
/// every pair of rules finds, on random rules over a small vocabulary.
@Suite struct InhibitCycleSearchTests {
    @Test(arguments: [1, 2, 3, 4, 5])
    func bucketedSearchMatchesEveryPair(seed: UInt64) throws {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let names = ["severity", "alertname", "team"]
        let values = ["a", "b", "c"]
        func matcher() -> String {
            let name = names[next(names.count)]
            switch next(4) {
            case 0: return "\(name)=~\"\(values[next(3)])|\(values[next(3)])\""
            case 1: return "\(name)=~\"\(values[next(3)])\""
            case 2: return "\(name)!=\"\(values[next(3)])\""
            default: return "\(name)=\"\(values[next(3)])\""
            }
        }
        func list() -> String { (0..<(1 + next(2))).map { _ in "'" + matcher() + "'" }.joined(separator: ", ") }
        var text = "route: {receiver: r}\nreceivers: [{name: r}]\ninhibit_rules:\n"
        for _ in 0..<60 { text += "- {source_matchers: [\(list())], target_matchers: [\(list())], equal: [x]}\n" }
        let config = try #require(loadConfig(text).config)
        let found = Set(InhibitLint.cycles(config).map { [$0.span.start.line, $0.notes[0].span.start.line] })
        var expected = Set<[Int]>()
        let rules = config.inhibitRules
        for a in rules.indices {
            for b in rules.indices where a < b {
                let ra = rules[a], rb = rules[b]
                if MatcherLogic.covers(rb.effectiveTargetMatchers, ra.effectiveSourceMatchers),
                    MatcherLogic.covers(ra.effectiveTargetMatchers, rb.effectiveSourceMatchers)
                {
                    expected.insert([ra.span.start.line, rb.span.start.line])
                }
            }
        }
        // Identical rules are represented by their first occurrence.
        let firstLines = Dictionary(grouping: rules, by: { InhibitLint.label($0.effectiveSourceMatchers) + "->" + InhibitLint.label($0.effectiveTargetMatchers) })
            .mapValues { $0.map(\.span.start.line).min()! }
        let representatives = Set(firstLines.values)
        #expect(found == expected.filter { representatives.contains($0[0]) && representatives.contains($0[1]) })
        #expect(!found.isEmpty, "the vocabulary is small enough for cycles to occur")
    }
}
