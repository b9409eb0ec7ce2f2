import PromModel
import RuleEvaluation
import RuleFiles
import Testing

/// Every function Prometheus offers alerting-rule templates works through the
/// evaluator, `query` and its helpers against the evaluator's own data.
@Suite struct TemplateFunctionTests {
    static let annotations: [(name: String, template: String, expected: String)] = [
        ("humanize", "{{ 1234567 | humanize }}", "1.235M"),
        ("humanize1024", "{{ 1048576 | humanize1024 }}", "1Mi"),
        ("humanizeDuration", "{{ 90 | humanizeDuration }}", "1m 30s"),
        ("humanizePercentage", "{{ 0.1234 | humanizePercentage }}", "12.34%"),
        ("humanizeTimestamp", "{{ 0 | humanizeTimestamp }}", "1970-01-01 00:00:00 +0000 UTC"),
        ("toTime", "{{ (60 | toTime).Unix }}", "60"),
        ("title", #"{{ "hello world" | title }}"#, "Hello World"),
        ("toUpper", #"{{ "a" | toUpper }}"#, "A"),
        ("toLower", #"{{ "A" | toLower }}"#, "a"),
        ("match", #"{{ match "^b" "bab" }}"#, "true"),
        ("reReplaceAll", #"{{ reReplaceAll "(a)" "x$1" "bab" }}"#, "bxab"),
        ("query", #"{{ range query "x" }}{{ .Labels.i }}{{ end }}"#, "12"),
        ("label", #"{{ with query "x" }}{{ . | first | label "i" }}{{ end }}"#, "1"),
        ("value", #"{{ with query "sum(x)" }}{{ . | first | value }}{{ end }}"#, "6"),
        ("first", #"{{ with query "x" }}{{ (first .).Value }}{{ end }}"#, "2"),
        ("sortByLabel", #"{{ range sortByLabel "i" (query "x") }}{{ .Value }} {{ end }}"#, "2 4 "),
        ("strvalue", #"{{ with query "label_replace(x, \"__value__\", \"v$1\", \"i\", \"(.*)\")" }}{{ . | first | strvalue }}{{ end }}"#, "v1"),
        ("args", "{{ with args 1 2 }}{{ .arg1 }}{{ end }}", "2"),
        ("safeHtml", #"{{ "<b>" | safeHtml }}"#, "<b>"),
        ("stripPort", #"{{ "host:9090" | stripPort }}"#, "host"),
        ("stripDomain", #"{{ "host.example.com:9090" | stripDomain }}"#, "host:9090"),
        ("externalURL", "{{ externalURL }}", "http://prom.example/prefix"),
        ("pathPrefix", "{{ pathPrefix }}", "/prefix"),
        ("parseDuration", #"{{ "1m30s" | parseDuration }}"#, "90"),
        ("graphLink", #"{{ graphLink "up" }}"#, "/graph?g0.expr=up&g0.tab=0"),
        ("tableLink", #"{{ tableLink "up" }}"#, "/graph?g0.expr=up&g0.tab=1"),
        ("urlQueryEscape", #"{{ "a b" | urlQueryEscape }}"#, "a+b"),
        ("toDuration", "{{ (90 | toDuration).String }}", "1m30s"),
        ("now", "{{ now }}", "120"),
    ]

    @Test func everyFunctionExpands() {
        var yaml = """
            groups:
              - name: g
                rules:
                  - alert: T
                    expr: vector(1)
                    annotations:

            """
        for entry in Self.annotations { yaml += "          \(entry.name): '\(entry.template)'\n" }
        let evaluator = EvaluationFixture.evaluator(rules: yaml, series: [#"x{i="1"} 2x5"#, #"x{i="2"} 4x5"#]) {
            $0.externalURL = "http://prom.example/prefix"
        }
        let run = evaluator.run(from: 0, through: EvaluationFixture.minutes(2))
        let annotations = run.alerts(at: EvaluationFixture.minutes(2)).first?.annotations.dictionary ?? [:]
        for entry in Self.annotations { #expect(annotations[entry.name] == entry.expected, "\(entry.name)") }
    }

    /// `tmpl` belongs to console templates; Prometheus rejects it in alerting rules when loading them.
    @Test func tmplIsNotAnAlertTemplateFunction() {
        let yaml = """
            groups:
              - name: g
                rules:
                  - alert: T
                    expr: vector(1)
                    annotations:
                      a: '{{ tmpl "x" . }}'
            """
        let loaded = RuleFileLoader.load(text: yaml, file: "rules.yml")
        #expect(loaded.diagnostics.contains { $0.message.contains(#"function "tmpl" not defined"#) })
    }

    /// A failing template does not fail the rule: the value says what went wrong.
    @Test func expansionErrorsBecomeTheValue() {
        let yaml = """
            groups:
              - name: g
                rules:
                  - alert: T
                    expr: vector(1)
                    annotations:
                      a: '{{ query "x" | first | value }}'
            """
        let run = EvaluationFixture.evaluator(rules: yaml, series: []).run(from: 0, through: 0)
        #expect(run.errors.isEmpty)
        #expect(run.alerts(at: 0).first?.annotations.get("a").hasPrefix("<error expanding template: ") == true)
    }
}
