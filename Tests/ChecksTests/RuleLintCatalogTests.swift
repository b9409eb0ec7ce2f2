import Checks
import Diagnostics
import Foundation
import Testing
import TestSupport

/// The rule-lint checks added for pint parity: expression-level checks on
/// single rule files, checks that need the project's prometheus.yml, and the
/// settings of `.halint.yml`.
@Suite struct RuleLintCatalogTests {
    static let ids = Set(RuleLintChecks.all.map(\.id))

    static func found(_ text: String) -> [String] {
        RuleLintTests.lint(text).map(\.check.rawValue).sorted()
    }

    // MARK: Expressions

    @Test(arguments: [
        // (expression, ids expected)
        ("x / 0 > 1", ["promql/division-by-zero"]),
        ("x % 0 > 1", ["promql/division-by-zero"]),
        ("sum(rate(a_total[5m]) / rate(b_total[5m])) > 1", ["promql/division-by-zero"]),
        ("avg(rate(a_total[5m]) / (rate(b_total[5m]) > 0)) > 1", []),
        ("sum(rate(a_total[5m]) / clamp_min(rate(b_total[5m]), 1)) > 1", []),
        ("sum(rate(a_total[5m])) / sum(rate(b_total[5m])) > 1", []),
        ("sum(node_memory_free_bytes / node_memory_total_bytes) > 1", []),
        ("max(rate(a_total[5m]) / rate(b_total[5m])) > 1", []),
        ("histogram_quantile(99, sum by (le) (rate(x_bucket[5m]))) > 1", ["promql/quantile-out-of-range"]),
        ("quantile(-0.5, x) > 1", ["promql/quantile-out-of-range"]),
        ("quantile_over_time(1.5, x[5m]) > 1", ["promql/quantile-out-of-range"]),
        ("histogram_quantile(0.9, sum by (le) (x_bucket)) > 1", ["promql/histogram-quantile-without-rate"]),
        ("histogram_quantile(0.9, sum by (le) (increase(x_bucket[1h]))) > 1", []),
        ("histogram_quantile(0.9, job:x_bucket:rate5m) > 1", []),
        ("up{job=~\"^api$\"} == 0", ["promql/redundant-anchors"]),
        ("up{job=~\"api.*\\\\$\"} == 0", []),
        ("up{job=~\"^.*$\"} == 0", ["promql/match-everything"]),
        ("up{job!~\".*\"} == 0", ["promql/matches-nothing"]),
        ("up{job=\"a\", job=\"b\"} == 0", ["promql/matches-nothing"]),
        ("up{job=\"a\", job!=\"a\"} == 0", ["promql/matches-nothing"]),
        ("up{job=\"a\", job=~\"b|c\"} == 0", ["promql/matches-nothing"]),
        ("up{job=\"a\", job=~\"a|c\"} == 0", []),
        ("up{job=~\".+\"} == 0", ["promql/redundant-regex"]),
        ("up{job!~\".+\"} == 0", ["promql/redundant-regex"]),
    ])
    func expressionFindings(expr: String, expected: [String]) {
        #expect(Self.found(RuleLintTests.alert("'\(expr)'")) == expected.sorted(), "\(expr)")
    }

    @Test func divisionPointsAtTheDivision() throws {
        let found = try #require(RuleLintTests.lint(RuleLintTests.alert("'sum(rate(a_total[5m]) / rate(b_total[5m])) > 1'")).first)
        #expect(found.check == "promql/division-by-zero")
        // `rate(a_total[5m]) / rate(b_total[5m])` inside the quoted scalar on line 5.
        #expect(found.span.start == SourcePosition(line: 5, column: 20))
        #expect(found.span.end == SourcePosition(line: 5, column: 57))
        #expect(found.message.hasPrefix("`/` inside sum(): wherever the divisor is 0"))
    }

    @Test func contradictionNamesBothMatchers() throws {
        let found = try #require(RuleLintTests.lint(RuleLintTests.alert("'up{job=\"a\", job=\"b\"} == 0'")).first)
        #expect(
            found.message
                == "no series can satisfy both `job=\"a\"` and `job=\"b\"`: job has one value, so this selector always "
                + "returns nothing; keep one matcher, or use a regex such as `job=~\"a|b\"` for several values")
        #expect(found.span.start == SourcePosition(line: 5, column: 28))
    }

    // MARK: Alert timing

    @Test(arguments: [
        ("5m", "2m", "`for: 5m` is not a multiple of group g's `interval` (2m): state only changes at an evaluation, so it acts as 6m; write `for: 6m` or `for: 4m` to say what happens"),
        ("6m", "2m", nil),
        ("30s", "1m", nil),  // shorter than the interval: alert/for-shorter-than-interval's business
    ] as [(String, String, String?)])
    func forRoundedToTheInterval(duration: String, interval: String, message: String?) {
        let text = """
            groups:
              - name: g
                interval: \(interval)
                rules:
                  - alert: A
                    expr: up == 0
                    for: \(duration)
                    labels: {severity: warning}
                    annotations: {summary: s}

            """
        let found = RuleLintTests.lint(text).filter { $0.check == "alert/for-not-multiple-of-interval" }
        #expect(found.map(\.message) == (message.map { [$0] } ?? []))
        if message != nil { #expect(found.first?.span.start == SourcePosition(line: 7, column: 14)) }
    }

    @Test(arguments: [
        ("irate(x_total[5m]) > 10", true),
        ("rate(node_cpu_seconds_total[5m]) > 0.8", true),
        ("histogram_quantile(0.9, sum by (le) (rate(x_bucket[5m]))) > 1", true),
        ("up == 0", true),
        ("rate(x_errors_total[5m]) > 1", false),  // an event counter
        ("rate(x_total[5m]) > 0", false),  // did anything happen
        ("increase(x_total[5m]) > 10", false),
        ("x > 10", false),
        ("rate(node_cpu_seconds_total[5m]) > 0.8 and on (instance) y", true),
    ])
    func missingFor(expr: String, reported: Bool) {
        let without = RuleLintTests.lint(RuleLintTests.alert("'\(expr)'", for: "0s"))
        #expect(without.contains { $0.check == "alert/missing-for" } == reported, "\(expr)")
        let with = RuleLintTests.lint(RuleLintTests.alert("'\(expr)'", for: "5m"))
        #expect(!with.contains { $0.check == "alert/missing-for" }, "\(expr) with for")
    }

    @Test func longWindowsSmoothLikeFor() {
        let found = RuleLintTests.lint(RuleLintTests.alert("'rate(node_cpu_seconds_total[15m]) > 0.8'", for: "0s"))
        #expect(!found.contains { $0.check == "alert/missing-for" })
    }

    @Test func renamesKeepScrapedStyleNames() {
        let text = """
            groups:
              - name: compat
                rules:
                  - record: node_cpu
                    expr: label_replace(node_cpu_seconds_total, "cpu", "$1", "cpu", "cpu(.+)")
                  - record: node_disk_io_time_seconds_total
                    expr: node_disk_io_time_ms / 1000
                  - record: requests_rate
                    expr: sum(rate(requests_total[5m]))

            """
        let found = RuleLintTests.lint(text).filter { $0.check == "ruleset/recording-rule-name" }
        #expect(found.map(\.span.start.line) == [8])
    }

    // MARK: Templates

    @Test(arguments: [
        ("up == 0", "value {{ $value }}", true),
        ("absent(up{job=\"a\"})", "value {{ $value }}", true),
        ("x == 2 and y > 100", "value {{ $value }}", true),
        ("y > 100 and x == 2", "value {{ $value }}", false),
        ("up == 0", "down", false),
        ("up > 0", "value {{ $value }}", false),
        ("x == bool 1", "value {{ $value }}", false),
    ])
    func constantValue(expr: String, summary: String, reported: Bool) {
        let found = RuleLintTests.lint(RuleLintTests.alert("'\(expr)'", annotations: "summary: '\(summary)'"))
        #expect(found.contains { $0.check == "alert/constant-value" } == reported, "\(expr)")
    }

    @Test func constantValueInLabelIsStable() {
        let found = RuleLintTests.lint(RuleLintTests.alert("'up == 0'", labels: "severity: warning, v: '{{ $value }}'"))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    // MARK: Recording rules

    static let recorded = """
        groups:
          - name: g
            rules:
              - record: job:requests:rate5m
                expr: sum by (job) (rate(requests_total[5m]))
              - record: job:requests:sum
                expr: sum by (job) (requests_total)
              - alert: A
                expr: rate(job:requests:rate5m[5m]) > 1 or rate(job:requests:sum[5m]) > 1 or job:requests:rate5m{instance="a"} > 1
                for: 5m
                labels: {severity: warning}
                annotations: {summary: s}

        """

    @Test func recordedSeriesKinds() {
        let found = RuleLintTests.lint(Self.recorded).map { "\($0.check) \($0.span.start)" }.sorted()
        #expect(found == ["promql/label-never-set 9:106", "promql/rate-of-sum 9:57", "promql/rate-on-non-counter 9:20"])
        let messages = RuleLintTests.lint(Self.recorded).map(\.message)
        #expect(messages.contains { $0.hasPrefix("rate() expects a counter, but job:requests:rate5m is recorded from rate()") })
        #expect(
            messages.contains {
                $0.hasPrefix("job:requests:rate5m is written by a recording rule of this project whose series never have the label instance (`sum by(job)` keeps only those labels)")
            })
    }

    @Test func labelsFollowChainsOfRecordingRules() {
        let text = """
            groups:
              - name: chain
                rules:
                  - record: c:x:three
                    expr: b:x:two{namespace="a"}
                  - record: b:x:two
                    expr: a:x:one{job="j"}
                  - record: a:x:one
                    expr: sum by (job) (rate(x_total[5m]))

            """
        let found = RuleLintTests.lint(text).filter { $0.check == "promql/label-never-set" }
        #expect(found.map(\.span.start.line) == [5])
    }

    @Test func cyclesOfRecordingRulesAreUnknown() {
        let text = """
            groups:
              - name: cycle
                rules:
                  - record: a:x:one
                    expr: sum by (job) (b:x:two)
                  - record: b:x:two
                    expr: a:x:one{instance="i"}

            """
        #expect(RuleLintTests.lint(text).filter { $0.check == "promql/label-never-set" }.map(\.span.start.line) == [7])
    }

    @Test func rateOfSummedSubquery() {
        let found = Self.found(RuleLintTests.alert("'rate(sum(requests_total)[5m:]) > 1'"))
        #expect(found == ["promql/rate-of-sum"])
    }

    // MARK: With prometheus.yml

    static let prometheus = """
        global:
          scrape_interval: 1m
          evaluation_interval: 1m
          external_labels:
            cluster: eu-1
        rule_files: [alerts.yml]
        scrape_configs:
          - job_name: node
            static_configs:
              - targets: ['node-1:9100']
                labels: {dc: a}

        """

    static func project(_ rules: String, prometheus: String = prometheus) throws -> [Diagnostic] {
        let dir = TemporaryDirectory()
        let config = dir.write("prometheus.yml", prometheus)
        _ = dir.write("alerts.yml", rules)
        return try Linter().lint(paths: [config]).diagnostics.filter { ids.contains($0.check) }
    }

    @Test func externalLabelsInTemplates() throws {
        let rules = RuleLintTests.alert(
            "'up == 0'",
            annotations: "summary: '{{ $labels.cluster }} {{ $externalLabels.region }} {{ $externalLabels.cluster }} {{ $labels.dc }}'")
        let found = try Self.project(rules)
        #expect(found.map(\.check.rawValue).sorted() == ["alert/external-label-in-template", "alert/undefined-external-label"])
        let external = try #require(found.first { $0.check == "alert/external-label-in-template" })
        #expect(external.message.contains("write `$externalLabels.cluster`"))
        #expect(external.notes.first?.span.start.line == 5)
        let undefined = try #require(found.first { $0.check == "alert/undefined-external-label" })
        #expect(undefined.message.contains("has no external label region (it has cluster)"))
    }

    @Test func externalLabelsQuietWithoutAConfigLoadingTheFile() {
        let rules = RuleLintTests.alert("'up{cluster=\"eu-1\"} == 0'", annotations: "summary: '{{ $externalLabels.region }}'")
        #expect(RuleLintTests.lint(rules).isEmpty)
    }

    @Test func externalLabelsQuietWhenTargetsMaySetTheLabel() throws {
        let opaque = Self.prometheus.replacingOccurrences(of: "    static_configs:", with: "    honor_labels: true\n    static_configs:")
        let rules = RuleLintTests.alert("'up{cluster=\"eu-1\"} == 0'", annotations: "summary: '{{ $labels.cluster }}'")
        #expect(try Self.project(rules, prometheus: opaque).isEmpty)
        #expect(try Self.project(rules).map(\.check.rawValue).sorted() == ["alert/external-label-in-template", "promql/external-label-matcher"])
    }

    @Test func ruleLabelsThatAreExternalLabels() throws {
        let rules = """
            groups:
              - name: g
                labels: {cluster: eu-1}
                rules:
                  - alert: A
                    expr: up == 0
                    for: 5m
                    labels: {severity: warning}
                    annotations: {summary: s}
                  - record: job:up:sum
                    expr: sum by (job) (up)
                    labels: {cluster: eu-2}

            """
        let found = try Self.project(rules).filter { $0.check == "ruleset/external-label-conflict" }
        #expect(found.map(\.span.start.line) == [3, 12])
        #expect(found.first?.message.contains("it has the same value, so the label is redundant") == true)
        #expect(found.last?.message.contains("its series keep cluster=\"eu-2\" when federated") == true)
    }

    @Test func groupsEvaluatedFasterThanScraped() throws {
        let rules = """
            groups:
              - name: fast
                interval: 15s
                rules:
                  - record: job:up:sum
                    expr: sum by (job) (up{job="node"})
              - name: recorded-inputs
                interval: 15s
                rules:
                  - record: job:up:max
                    expr: max by (job) (job:up:sum)

            """
        let found = try Self.project(rules).filter { $0.check == "ruleset/interval-below-scrape" }
        #expect(found.map(\.span.start.line) == [3])
        #expect(
            found.first?.message
                == "group fast is evaluated every 15s (group fast's `interval`), but the series its rules read get a new "
                + "sample only every 1m (the scrape interval of job \"node\"), so most evaluations repeat the last result; "
                + "set the group's `interval` to 1m")
    }

    // MARK: Settings

    static let settings = """
        checks:
          alert/required-label:
            required:
              - name: severity
                values: [critical, warning]
              - name: team
                pattern: "[a-z]+"
          alert/required-annotation:
            required:
              - name: runbook_url
        overrides:
          - paths: ["legacy/**"]
            checks:
              alert/required-label:
                required: []

        """

    static func configured(_ rules: String, at path: String = "alerts.yml") throws -> [Diagnostic] {
        let dir = TemporaryDirectory()
        let settingsPath = dir.write(".halint.yml", settings)
        let (config, problems) = HalintConfig.load(
            text: settings, file: settingsPath, knownChecks: Set(CheckRegistry.standard.descriptors.map(\.id)))
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        let file = dir.write(path, rules)
        let options = LintOptions(config: config, configDirectory: dir.url.path)
        return try Linter(options: options).lint(paths: [file]).diagnostics.filter { ids.contains($0.check) }
    }

    @Test func requiredLabelsAndAnnotations() throws {
        let rules = RuleLintTests.alert("'up == 0'", labels: "severity: page, team: Infra", annotations: "summary: s")
        let found = try Self.configured(rules)
        #expect(found.map(\.message).sorted() == [
            "alert A has no `runbook_url` annotation, which .halint.yml requires on every alert",
            "label severity is \"page\", which is not one of the values .halint.yml allows: \"critical\", \"warning\"",
            "label team is \"Infra\", which does not match the pattern \"[a-z]+\" that .halint.yml requires",
        ])
        #expect(found.allSatisfy { $0.notes.first?.span.file.hasSuffix(".halint.yml") == true })
        // The configured list replaces alert/missing-severity and alert/missing-summary.
        let bare = try Self.configured(RuleLintTests.alert("'up == 0'", labels: "team: infra", annotations: "runbook_url: 'https://r.example.com/A'"))
        #expect(bare.map(\.check.rawValue) == ["alert/required-label"])
        #expect(bare.first?.message == "alert A has no `severity` label, which .halint.yml requires on every alert; add one of: critical, warning")
    }

    @Test func unusedRecordingRulesOnlyWhenEnabled() throws {
        let rules = """
            groups:
              - name: g
                rules:
                  - record: job:a:sum
                    expr: sum by (job) (a)
                  - record: job:b:sum
                    expr: sum by (job) (b)
                  - record: job:c:max
                    expr: max by (job) (job:b:sum)

            """
        #expect(RuleLintTests.lint(rules).isEmpty)
        let dir = TemporaryDirectory()
        let text = "checks:\n  ruleset/unused-recording-rule: {enabled: true}\n"
        let (config, _) = HalintConfig.load(
            text: text, file: dir.write(".halint.yml", text), knownChecks: Set(CheckRegistry.standard.descriptors.map(\.id)))
        let file = dir.write("rules.yml", rules)
        let found = try Linter(options: LintOptions(config: config, configDirectory: dir.url.path)).lint(paths: [file])
            .diagnostics.filter { $0.check == "ruleset/unused-recording-rule" }
        #expect(found.map(\.span.start.line) == [4, 8])
    }

    @Test func overridesReplaceTheList() throws {
        let rules = RuleLintTests.alert("'up == 0'", labels: "severity: page", annotations: "runbook_url: 'https://r.example.com/A'")
        #expect(try Self.configured(rules, at: "legacy/alerts.yml").isEmpty)
    }

    @Test func requiredSettingMistakes() {
        let text = """
            checks:
              alert/missing-severity:
                required: [{name: severity}]
              alert/required-label:
                required:
                  - values: [a]
                  - name: team
                    pattern: "a("

            """
        let problems = HalintConfig.load(text: text, file: ".halint.yml", knownChecks: Set(CheckRegistry.standard.descriptors.map(\.id)))
            .diagnostics.sorted()
        #expect(problems.map(\.span.start.line) == [3, 6, 8])
        #expect(problems.allSatisfy { $0.check == HalintConfig.invalid.id })
        #expect(problems.first?.message == "`required` is read only by alert/required-annotation and alert/required-label, not by alert/missing-severity")
    }
}
