import Checks
import Diagnostics
import Testing

/// Behaviour of the rule-lint checks on small rule files: which ids fire,
/// where, and with which message.
@Suite struct RuleLintTests {
    static func lint(_ text: String) -> [Diagnostic] {
        let ids = Set(RuleLintChecks.all.map(\.id))
        return Linter().lint(text: text, path: "alerts.yml").diagnostics.filter { ids.contains($0.check) }
    }

    static func alert(
        _ expr: String, labels: String = "severity: warning", annotations: String = "summary: s", for duration: String = "5m"
    ) -> String {
        """
        groups:
          - name: g
            rules:
              - alert: A
                expr: \(expr)
                for: \(duration)
                labels: {\(labels)}
                annotations: {\(annotations)}

        """
    }

    @Test(arguments: [
        // (expression, ids expected)
        ("sum by (job) (rate(errors_total[5m]))", ["alert/no-condition"]),
        ("sum by (job) (rate(errors_total[5m])) > 1", []),
        ("up > bool 0", ["alert/no-condition"]),
        ("vector(1)", []),
        ("absent(up{job=\"x\"})", []),
        ("x and y > 1", []),
        ("kube_node_info{kernel=\"4\"}", []),
        ("kube_pod_status_phase{phase=\"Failed\"}", ["alert/no-condition"]),
        ("count(up) < 0", ["alert/impossible-condition"]),
        ("count(up) < 1", []),
        ("sum(rate(x_total[5m])) <= -1", ["alert/impossible-condition"]),
        ("x > 10 and x < 5", ["alert/impossible-condition"]),
        ("x > 5 and x < 10", []),
        ("x == NaN", ["promql/nan-comparison"]),
        ("rate(temp_celsius[5m]) > 1", ["promql/rate-on-non-counter"]),
        ("rate(x_total[5m]) > 1", []),
        ("histogram_quantile(0.9, sum by (job) (rate(x_bucket[5m]))) > 1", ["promql/histogram-quantile-without-le"]),
        ("histogram_quantile(0.9, sum by (job, le) (rate(x_bucket[5m]))) > 1", []),
        ("histogram_quantile(0.9, rate(x_bucket[5m])) > 1", []),
        ("up{job=~\"api\"} == 0", ["promql/redundant-regex"]),
        ("up{job=~\"api|db\"} == 0", []),
        ("up{job=\"a\",instance=~\".*\"} == 0", ["promql/match-everything"]),
        ("absent(up{job=~\"a|b\"})", ["promql/absent-with-regex"]),
        ("topk(3, x) > 1", ["promql/sampling-in-alert"]),
        ("topk by (pod) (1, x) > 1", []),
    ])
    func expressionFindings(expr: String, expected: [String]) {
        let found = Self.lint(Self.alert("'\(expr)'")).map(\.check.rawValue)
        #expect(found.sorted() == expected.sorted(), "\(expr)")
    }

    @Test func noConditionPointsAtTheExpression() throws {
        let found = try #require(Self.lint(Self.alert("sum(rate(errors_total[5m]))")).first)
        #expect(found.check == "alert/no-condition")
        #expect(found.span.start == SourcePosition(line: 5, column: 15))
        #expect(found.span.end == SourcePosition(line: 5, column: 42))
        #expect(found.message.hasPrefix("alert A has no condition"))
    }

    @Test func templateLabelDroppedByAggregation() throws {
        let text = Self.alert(
            "sum by (job) (rate(e_total[5m])) > 1", annotations: "summary: 'down on {{ $labels.instance }}'")
        let found = Self.lint(text)
        let hit = try #require(found.first)
        #expect(found.count == 1)
        #expect(hit.check == "alert/undefined-template-label")
        #expect(
            hit.message
                == "annotation summary uses `$labels.instance`, but the query result never has the label instance "
                + "(`sum by(job)` keeps only those labels), so it renders as an empty string; keep the label in the "
                + "query (for example add it to `by(…)`) or remove the reference")
        // `$labels.instance` inside the single-quoted scalar on line 8.
        #expect(hit.span.start.line == 8)
        #expect(hit.span.start.column == 44)
        #expect(hit.span.end.column == 60)
    }

    @Test(arguments: [
        ("sum by (job) (x) > 1", "{{ $labels.job }}", false),
        ("sum without (instance) (x) > 1", "{{ $labels.instance }}", true),
        ("sum without (instance) (x) > 1", "{{ $labels.job }}", false),
        ("x > on (job) y", "{{ $labels.instance }}", true),
        ("x > ignoring (a) y", "{{ $labels.instance }}", false),
        ("label_replace(sum(x), \"dst\", \"$1\", \"a\", \"(.*)\") > 1", "{{ $labels.dst }}", false),
        ("label_replace(sum(x), \"dst\", \"$1\", \"a\", \"(.*)\") > 1", "{{ $labels.other }}", true),
        ("absent(up{job=\"a\"})", "{{ $labels.job }}", false),
        ("absent(up{job=\"a\"})", "{{ $labels.instance }}", true),
        ("vector(1)", "{{ $labels.instance }}", true),
        ("sum(x) > 1", "{{ index $labels \"pod\" }}", true),
        ("sum(x) > 1", "{{/* $labels.pod */}}", false),
        ("sum(x) > 1", "{{ printf \"$labels.pod\" }}", false),
        ("sum(x) > 1", "$labels.pod outside actions", false),
        ("sum(x) > 1", "{{ $labels := .Labels }}{{ $labels.pod }}", false),
        ("count_values by (job) (\"version\", x) > 1", "{{ $labels.version }}", false),
        ("sum by (job) (x) > 1 or sum by (instance) (y) > 1", "{{ $labels.instance }}", false),
    ])
    func outputLabels(expr: String, template: String, reported: Bool) {
        let found = Self.lint(Self.alert("'\(expr)'", annotations: "summary: '\(template)'"))
        #expect(found.contains { $0.check == "alert/undefined-template-label" } == reported, "\(expr) with \(template)")
    }

    @Test func recordingRuleLabelsFlowIntoAlerts() {
        let text = """
            groups:
              - name: g
                rules:
                  - record: job:errors:rate5m
                    expr: sum by (job) (rate(errors_total[5m]))
                  - alert: A
                    expr: job:errors:rate5m > 1
                    labels: {severity: warning}
                    annotations: {summary: '{{ $labels.instance }} {{ $labels.job }}'}

            """
        let found = Self.lint(text).filter { $0.check == "alert/undefined-template-label" }
        #expect(found.count == 1)
        #expect(found.first?.message.contains("`$labels.instance`") == true)
    }

    @Test func staticRuleLabelIsNotInLabels() {
        let text = Self.alert("sum(x) > 1", labels: "severity: warning", annotations: "summary: '{{ $labels.severity }}'")
        let found = Self.lint(text)
        #expect(found.map(\.check) == ["alert/undefined-template-label"])
        #expect(found.first?.message.contains("it is a static label of the rule") == true)
    }

    @Test func valueInLabel() throws {
        let found = Self.lint(Self.alert("x > 1", labels: "severity: warning, v: '{{ $value }}'"))
        let hit = try #require(found.first)
        #expect(found.count == 1)
        #expect(hit.check == "alert/value-in-label")
        #expect(hit.span.start == SourcePosition(line: 7, column: 44))
    }

    @Test func severityAndSummary() {
        let found = Self.lint(
            """
            groups:
              - name: g
                labels: {severity: page}
                rules:
                  - alert: A
                    expr: x > 1
                  - alert: B
                    expr: x > 1
                    labels: {team: a}
                    annotations: {summary: s}
                  - alert: C
                    expr: x > 1
                    labels: {severity: page}
                    annotations: {description: d}

            """)
        // Group labels count for severity, so only A lacks a summary; none lacks severity.
        #expect(found.map(\.check.rawValue) == ["alert/missing-summary"])
        #expect(found.first?.span.start == SourcePosition(line: 5, column: 16))
    }

    @Test(arguments: [
        ("https://runbooks.example.com/A", nil),
        ("{{ $externalURL }}/runbooks/A", nil),
        ("https://{{ $labels.host }}/x", nil),
        ("runbooks/A", "is not an absolute URL (no http:// or https://)"),
        ("ftp://x/A", "uses the scheme \"ftp\", not http or https"),
        ("https:///A", "has no host name"),
        ("https://wiki example/A", "contains spaces"),
        ("", "is empty"),
    ] as [(String, String?)])
    func runbookURL(value: String, problem: String?) {
        let found = Self.lint(Self.alert("x > 1", annotations: "summary: s, runbook_url: '\(value)'"))
        #expect(found.first?.message.contains(problem ?? "\u{0}") ?? (problem == nil), "\(value): \(found.map(\.message))")
        #expect(found.count == (problem == nil ? 0 : 1), "\(value)")
    }

    @Test func forShorterThanGroupInterval() throws {
        let text = """
            groups:
              - name: g
                interval: 1m
                rules:
                  - alert: A
                    expr: x > 1
                    for: 30s
                    keep_firing_for: 2m
                    labels: {severity: warning}
                    annotations: {summary: s}

            """
        let found = Self.lint(text)
        let hit = try #require(found.first)
        #expect(found.count == 1)
        #expect(
            hit.message
                == "`for: 30s` is shorter than group g's `interval` (1m): the rule is only evaluated every 1m, so it "
                + "acts as 1m; write `for: 1m` or more")
        #expect(hit.span.start == SourcePosition(line: 7, column: 14))
    }

    @Test func recordingRuleNamesAndUndefinedRecordings() {
        let text = """
            groups:
              - name: g
                rules:
                  - record: errors_rate
                    expr: sum by (job) (rate(errors_total[5m]))
                  - record: job:up:sum
                    expr: sum by (job) (up)
                  - alert: A
                    expr: job:upp:sum == 0 or job:up:sum == 0
                    labels: {severity: warning}
                    annotations: {summary: s}

            """
        let found = Self.lint(text).map { "\($0.check) \($0.span.start)" }
        #expect(found == ["ruleset/recording-rule-name 4:17", "ruleset/undefined-recording-rule 9:15"])
    }
}
