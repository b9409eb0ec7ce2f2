import Foundation
import HalintCLI
import Testing
import TestSupport

/// `halint eval` beyond the seed scenarios: recording rules feeding alerts,
/// `keep_firing_for`, evaluation failures, intervals and usage errors.
@Suite struct EvalCommandTests {
    static let directory = TemporaryDirectory()
    /// Two gauges every minute from 0 to 30m: `load` drops from 10 to 1 between 10m and 19m.
    static let series = directory.write("series.txt", """
        load 1m
          load_avg{instance="a"} 10x9 1x9 10x10
          load_avg{instance="b"} 10x30
        """)

    func eval(_ rules: String, _ extra: [String] = []) throws -> (output: String, exitCode: Int32) {
        let path = Self.directory.write("rules-\(abs(rules.hashValue)).yml", rules)
        let (output, code) = try EvalCommand.parse(["--rules", path, "--series", Self.series] + extra).execute(environment: [:])
        return (output.replacingOccurrences(of: path, with: "rules.yml"), code)
    }

    @Test func recordingRulesFeedAlertsAndKeepFiringFor() throws {
        let (output, code) = try eval("""
            groups:
              - name: g
                rules:
                  - record: instance:load:min
                    expr: min by (instance) (load_avg)
                  - alert: LoadLow
                    expr: instance:load:min < 5
                    for: 2m
                    keep_firing_for: 3m
                    labels: {severity: info}
                    annotations:
                      summary: '{{ $labels.instance }} load {{ $value }}'
            """)
        #expect(code == 0)
        #expect(output == """
            halint eval: 1970-01-01T00:00:00Z to 1970-01-01T00:30:00Z

            rules.yml: group "g", every 1m (31 evaluations)

            instance:load:min  (recording rule)
              expr: min by (instance) (load_avg)
              recorded 2 series at 31 of 31 evaluations

            LoadLow  for 2m  keep_firing_for 3m
              expr: instance:load:min < 5
              {instance="a", severity="info"}
                1970-01-01T00:10:00Z  pending   value 1
                1970-01-01T00:12:00Z  firing    value 1
                                      summary: a load 1
                1970-01-01T00:23:00Z  resolved  after firing for 11m

              one column = 1m   · inactive  ▒ pending  █ firing
              {instance="a", severity="info"}  ··········▒▒███████████········
                                               00:00     00:10     00:20     00:30

            1 alerting rule, 1 recording rule; 1 fired

            """)
    }

    @Test func failuresAreReportedWithExitCode1() throws {
        let (output, code) = try eval("""
            groups:
              - name: g
                rules:
                  - alert: Broken
                    expr: load_avg * on() group_left load_avg
            """)
        #expect(code == 1)
        #expect(output.contains("  error: evaluation failed at 31 evaluations from 1970-01-01T00:00:00Z: found duplicate series for the match group {}"))
        #expect(output.hasSuffix("1 alerting rule, 0 recording rules; 0 fired; 1 rule failed to evaluate\n"))
    }

    @Test func selectorsThatNeverMatchAndAbsent() throws {
        let (output, _) = try eval("""
            groups:
              - name: g
                interval: 5m
                rules:
                  - record: typo:sum
                    expr: sum(load_avgg)
                  - alert: LoadMissing
                    expr: absent(load_avg{instance="c"})
            """)
        #expect(output.contains("""
            typo:sum  (recording rule)
              expr: sum(load_avgg)
              recorded nothing at any of the 7 evaluations
              note: load_avgg matched no series at any of the 7 evaluations.
                    While it matches nothing the rule records nothing, and rules reading its output see nothing.
            """))
        // Inside absent() an empty selector is the point: no note, and the alert fires at once.
        #expect(output.contains("""
            LoadMissing
              expr: absent(load_avg{instance="c"})
              {instance="c"}
                1970-01-01T00:00:00Z  firing    value 1
                still firing at the end of the window
            """))
        #expect(output.contains(#"rules.yml: group "g", every 5m (7 evaluations)"#))
    }

    @Test func windowAndStep() throws {
        let rules = """
            groups:
              - name: g
                rules:
                  - alert: LoadLow
                    expr: load_avg < 5
                    for: 2m
            """
        let (output, _) = try eval(rules, ["--from", "1970-01-01T00:11:00Z", "--to", "720", "--step", "30s"])
        #expect(output.contains("halint eval: 1970-01-01T00:11:00Z to 1970-01-01T00:12:00Z"))
        #expect(output.contains(#"group "g", every 30s (3 evaluations)"#))
        // Active at the window's start: the `for` clock starts there.
        #expect(output.contains("""
                1970-01-01T00:11:00Z  pending   value 1
                still pending at the end of the window
            """))
    }

    @Test func groupsWithDifferentIntervalsAreNamed() throws {
        let (output, _) = try eval("""
            groups:
              - name: a
                interval: 30s
                rules: [{record: x, expr: vector(1)}]
              - name: b
                rules: [{record: y, expr: vector(2)}]
            """, ["--evaluation-interval", "2m"])
        #expect(output.contains("warning: the groups are evaluated every 30s, 2m; all are evaluated every 2m here (choose with --step or --evaluation-interval)"))
        #expect(output.contains(#"group "a", every 2m (16 evaluations)"#))
    }

    @Test func usageErrors() throws {
        func usage(_ arguments: [String]) -> String? {
            (#expect(throws: HalintUsageError.self) { try EvalCommand.parse(arguments).execute(environment: [:]) })?.description
        }
        let good = Self.directory.write("good.yml", "groups: []\n")
        #expect(usage(["--series", Self.series]) == "--rules needs at least one rule file")
        #expect(usage(["--rules", good]) == "--series or --source is required")
        #expect(usage(["--rules", good, "--series", Self.series, "--format", "xml"]) == #"--format must be text or json, not "xml""#)
        #expect(usage(["--rules", good, "--series", Self.series, "--step", "0s"]) == #"--step: "0s" is not a positive duration such as 30s or 1m"#)
        #expect(usage(["--rules", good, "--series", Self.series, "--from", "yesterday"]) == #"--from: cannot parse "yesterday" as RFC 3339 or Unix seconds"#)
        #expect(usage(["--rules", good, "--series", Self.series, "--from", "600", "--to", "60"]) == "--to is before --from")
        #expect(usage(["--rules", "/nonexistent.yml", "--series", Self.series]) == "/nonexistent.yml: could not read the rule file")
        let bad = Self.directory.write("bad.yml", "groups:\n  - name: g\n    rules:\n      - alert: X\n        expr: sum(\n")
        #expect(usage(["--rules", bad, "--series", Self.series])?.contains("could not parse expression") == true)
        let empty = Self.directory.write("empty.om", "# EOF\n")
        #expect(usage(["--rules", good, "--series", empty]) == "the series files hold no samples; give --from and --to")
        #expect(usage(["--rules", good, "--series", Self.series, "--prometheus-header", "X: y"]) == "--prometheus-* options need --source")
    }
}
