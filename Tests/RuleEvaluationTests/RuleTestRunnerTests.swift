import Foundation
import RuleEvaluation
import Testing

/// The unit-test file format and runner semantics, on files written here.
@Suite struct RuleTestRunnerTests {
    /// Writes `files` into a fresh directory and runs `test.yml` from it.
    static func run(_ files: [String: String], options: RuleTestOptions = RuleTestOptions()) throws -> RuleTestFileResult {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("halint-ruletest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return RuleTestRunner(options: options).run(file: directory.appendingPathComponent("test.yml").path)
    }

    static let rules = """
        groups:
          - name: a
            rules:
              - record: a_out
                expr: b_out or vector(0)
          - name: b
            rules:
              - record: b_out
                expr: vector(7)
              - alert: Labelled
                expr: vector(1)
                labels: { cluster: "{{ $externalLabels.cluster }}" }
                annotations: { link: "{{ $externalURL }}" }
        """

    @Test func unknownFieldsInTheTestFileAreErrors() throws {
        let result = try Self.run(["test.yml": "tests:\n  - interval: 1m\n    inputseries: []\n"])
        #expect(!result.passed)
        #expect(result.fileError?.hasPrefix("yaml: unmarshal errors:\n  line 3: field inputseries not found in type main.testGroup") == true)
    }

    @Test func repeatedGroupInEvaluationOrder() throws {
        let result = try Self.run(["test.yml": "group_eval_order: [a, b, a]\ntests: []\n"])
        #expect(result.fileError == "group name repeated in evaluation order: a")
    }

    @Test func missingAlertname() throws {
        let result = try Self.run([
            "test.yml": "tests:\n  - name: g1\n    alert_rule_test:\n      - eval_time: 5m\n        exp_alerts: []\n"
        ])
        #expect(result.failures.map(\.promtoolText) == ["an item under alert_rule_test misses required attribute alertname at eval_time 5m (in TestGroup g1)"])
    }

    @Test func unmatchedRuleFilesAreOnlyAWarning() throws {
        let result = try Self.run(["test.yml": "rule_files: [nothing-*.yml]\ntests: [{}]\n"])
        #expect(result.passed)
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.hasPrefix("  WARNING: no file match pattern ") == true)
        #expect(result.warnings.first?.hasSuffix("/nothing-*.yml") == true)
    }

    /// group_eval_order decides whether `a` sees `b`'s output of the same tick.
    @Test func groupEvaluationOrder() throws {
        func test(_ order: String, expected: Int) -> String {
            """
            rule_files: [rules.yml]
            \(order)
            tests:
              - promql_expr_test:
                  - expr: a_out
                    eval_time: 0
                    exp_samples: [{ labels: a_out, value: \(expected) }]
            """
        }
        #expect(try Self.run(["rules.yml": Self.rules, "test.yml": test("", expected: 0)]).passed)
        #expect(try Self.run(["rules.yml": Self.rules, "test.yml": test("group_eval_order: [b, a]", expected: 7)]).passed)
        let wrong = try Self.run(["rules.yml": Self.rules, "test.yml": test("", expected: 7)])
        #expect(!wrong.passed)
    }

    @Test func externalLabelsAndURL() throws {
        let test = """
            rule_files: [rules.yml]
            tests:
              - external_labels: { cluster: eu1 }
                external_url: https://prom.example
                alert_rule_test:
                  - eval_time: 0
                    alertname: Labelled
                    exp_alerts:
                      - exp_labels: { cluster: eu1 }
                        exp_annotations: { link: "https://prom.example" }
            """
        let result = try Self.run(["rules.yml": Self.rules, "test.yml": test])
        #expect(result.passed, "\(result.failures.map(\.text))")
    }

    @Test func badExpectedLabels() throws {
        let test = """
            tests:
              - promql_expr_test:
                  - expr: vector(1)
                    eval_time: 0
                    exp_samples: [{ labels: 'x{', value: 1 }]
            """
        let result = try Self.run(["test.yml": test])
        let text = try #require(result.failures.first?.promtoolText)
        #expect(text.hasPrefix(#"    expr: "vector(1)", time: 0s, err: labels "x{": "#))
    }

    @Test func pendingAlertsAreNotFiring() throws {
        let rules = """
            groups:
              - name: g
                rules:
                  - alert: Slow
                    expr: vector(1)
                    for: 5m
            """
        let test = """
            rule_files: [rules.yml]
            tests:
              - alert_rule_test:
                  - { eval_time: 4m, alertname: Slow, exp_alerts: [] }
                  - { eval_time: 5m, alertname: Slow, exp_alerts: [{}] }
                  - { eval_time: 2m, alertname: Slow, exp_alerts: [{}] }
            """
        let result = try Self.run(["rules.yml": rules, "test.yml": test])
        #expect(result.failures.count == 1)
        let failure = try #require(result.failures.first)
        #expect(failure.promtoolText.contains("alertname: Slow, time: 2m, "))
        #expect(failure.detail?.contains(#"- {alertname="Slow"} expected firing, but it is pending since 0s"#) == true)
    }

    @Test func evaluationErrorsStopTheGroupButEarlierAlertChecksCount() throws {
        let rules = """
            groups:
              - name: g
                rules:
                  - alert: Always
                    expr: vector(1)
                  - record: broken
                    expr: x + on(a) y
            """
        let test = """
            rule_files: [rules.yml]
            tests:
              - input_series:
                  - { series: 'x{a="1"}', values: '_ _ 1' }
                  - { series: 'y{a="1",b="1"}', values: '_ _ 1' }
                  - { series: 'y{a="1",b="2"}', values: '_ _ 1' }
                alert_rule_test:
                  - { eval_time: 1m, alertname: Always, exp_alerts: [] }
                  - { eval_time: 3m, alertname: Always, exp_alerts: [] }
                promql_expr_test:
                  - { expr: x, eval_time: 3m, exp_samples: [] }
            """
        let result = try Self.run(["rules.yml": rules, "test.yml": test])
        let texts = result.failures.map(\.promtoolText)
        #expect(texts.count == 2)
        #expect(texts.first?.contains("alertname: Always, time: 1m, ") == true)
        #expect(texts.last?.hasPrefix("    rule: broken, time: 2m0s, err: found duplicate series for the match group") == true)
    }
}
