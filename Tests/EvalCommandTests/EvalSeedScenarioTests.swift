import Foundation
import HalintCLI
import Testing
import TestSupport

/// `halint eval` end to end (through `EvalCommand`, as `halint` runs it) on
/// the recorded scenarios of the seed's Alertmanager cluster. The times are
/// the ones promtool agrees with (EvalPromtoolAgreementTests).
@Suite struct EvalSeedScenarioTests {
    static let directory = TestPaths.fixtures.appendingPathComponent("recorded")

    /// Runs `halint eval` on fixture files (named relative to Fixtures/recorded) at the seed's 15s evaluation interval.
    static func eval(rules: String = "alerts.yml", series: String, _ extra: [String] = []) throws -> (output: String, exitCode: Int32) {
        let dir = directory.path + "/"
        let command = try EvalCommand.parse(
            ["--rules", dir + rules, "--series", dir + series, "--evaluation-interval", "15s"] + extra)
        let (output, code) = try command.execute(environment: [:])
        return (output.replacingOccurrences(of: dir, with: ""), code)
    }

    @Test func healthyClusterNeverAlerts() throws {
        let (output, code) = try Self.eval(series: "healthy.om")
        #expect(code == 0)
        #expect(output == """
            halint eval: 2025-03-03T10:00:00Z to 2025-03-03T10:40:00Z

            alerts.yml: group "alertmanager-cluster", every 15s (161 evaluations)

            AlertManagerClusterDown  for 5m
              expr: alertmanager_cluster_members < 2
              never pending or firing

            1 alerting rule, 0 recording rules; 0 fired

            """)
    }

    static let oneMemberDown = """
        halint eval: 2025-03-03T10:00:00Z to 2025-03-03T10:40:00Z

        alerts.yml: group "alertmanager-cluster", every 15s (161 evaluations)

        AlertManagerClusterDown  for 5m
          expr: alertmanager_cluster_members < 2
          {instance="alertmanager1:9093", job="alertmanager"}
            2025-03-03T10:30:00Z  pending   value 1
            2025-03-03T10:30:15Z  cleared   after 15s pending; never fired
          {instance="alertmanager2:9093", job="alertmanager"}
            2025-03-03T10:10:30Z  pending   value 1
            2025-03-03T10:15:30Z  firing    value 1
            2025-03-03T10:30:15Z  resolved  after firing for 14m45s

          one column = 1m   · inactive  ▒ pending  █ firing
          {instance="alertmanager1:9093", job="alertmanager"}  ······························▒··········
          {instance="alertmanager2:9093", job="alertmanager"}  ··········▒▒▒▒▒████████████████··········
                                                               10:00     10:10     10:20     10:30     10:40

        1 alerting rule, 0 recording rules; 1 fired

        """

    /// alertmanager2 sees 1 member from 10:10:30: pending then, firing 5m later, resolved when
    /// alertmanager1 has rejoined; alertmanager1 itself reports 1 member for one scrape after
    /// its restart, which goes pending and clears without firing.
    @Test func oneMemberDownFiresAfterFiveMinutes() throws {
        let (output, code) = try Self.eval(series: "one-member-down.om")
        #expect(code == 0)
        #expect(output == Self.oneMemberDown)
    }

    /// The series disappears with both members: the seed's rule never fires, and the
    /// output says why (its selector matched nothing from 10:14:45, when the last sample
    /// before the outage fell out of the 5m lookback, until the members came back).
    @Test func bothMembersDownNeverFiresAndSaysWhy() throws {
        let (output, code) = try Self.eval(series: "both-members-down.om")
        #expect(code == 0)
        #expect(output == """
            halint eval: 2025-03-03T10:00:00Z to 2025-03-03T10:40:00Z

            alerts.yml: group "alertmanager-cluster", every 15s (161 evaluations)

            AlertManagerClusterDown  for 5m
              expr: alertmanager_cluster_members < 2
              never pending or firing
              note: alertmanager_cluster_members matched no series at 61 of 161 evaluations, from 2025-03-03T10:14:45Z to 2025-03-03T10:29:45Z.
                    While it matches nothing the rule cannot fire. To be told when the target itself is gone,
                    alert on up == 0 or absent(...) too: halint explain ha/unfireable-when-down

              one column = 1m   ─ series  × no series
              alertmanager_cluster_members  ──────────────××××××××××××××××───────────
                                            10:00     10:10     10:20     10:30     10:40

            1 alerting rule, 0 recording rules; 0 fired; 1 selector matched no series for part or all of the window

            """)
    }

    static let bothMembersDownFixed = """
        halint eval: 2025-03-03T10:00:00Z to 2025-03-03T10:40:00Z

        alerts-fixed.yml: group "alertmanager-cluster", every 15s (161 evaluations)

        AlertManagerClusterDown  for 5m
          expr: alertmanager_cluster_members < 2
          never pending or firing
          note: alertmanager_cluster_members matched no series at 61 of 161 evaluations, from 2025-03-03T10:14:45Z to 2025-03-03T10:29:45Z.
                While it matches nothing the rule cannot fire. To be told when the target itself is gone,
                alert on up == 0 or absent(...) too: halint explain ha/unfireable-when-down

          one column = 1m   ─ series  × no series
          alertmanager_cluster_members  ──────────────××××××××××××××××───────────
                                        10:00     10:10     10:20     10:30     10:40

        AlertmanagerDown  for 5m
          expr: up{job="alertmanager"} == 0 or absent(up{job="alertmanager"})
          {instance="alertmanager1:9093", job="alertmanager", severity="critical"}
            2025-03-03T10:10:00Z  pending   value 0
            2025-03-03T10:15:00Z  firing    value 0
                                  summary: Alertmanager alertmanager1:9093 is down
            2025-03-03T10:30:00Z  resolved  after firing for 15m
          {instance="alertmanager2:9093", job="alertmanager", severity="critical"}
            2025-03-03T10:10:00Z  pending   value 0
            2025-03-03T10:15:00Z  firing    value 0
                                  summary: Alertmanager alertmanager2:9093 is down
            2025-03-03T10:30:00Z  resolved  after firing for 15m

          one column = 1m   · inactive  ▒ pending  █ firing
          {instance="alertmanager1:9093", job="alertmanager", severity="critical"}  ··········▒▒▒▒▒███████████████···········
          {instance="alertmanager2:9093", job="alertmanager", severity="critical"}  ··········▒▒▒▒▒███████████████···········
                                                                                    10:00     10:10     10:20     10:30     10:40

        2 alerting rules, 0 recording rules; 1 fired; 1 selector matched no series for part or all of the window

        """

    /// The fix from ha/unfireable-when-down: `up == 0` fires for both members while the seed's rule is silent.
    @Test func bothMembersDownWithTheFixFires() throws {
        let (output, code) = try Self.eval(rules: "alerts-fixed.yml", series: "both-members-down.om")
        #expect(code == 0)
        #expect(output == Self.bothMembersDownFixed)
    }

    /// The same recording as OpenMetrics, query_range JSON and series notation gives the same timeline.
    @Test(arguments: ["one-member-down.json", "one-member-down.series"])
    func everyReaderGivesTheSameTimeline(file: String) throws {
        let start = ["--series-start", "2025-03-03T10:00:00Z"]
        let reference = try Self.eval(series: "one-member-down.om", start + ["--format", "json"])
        let other = try Self.eval(series: file, start + ["--format", "json"])
        #expect(other.output == reference.output)
        #expect(try Self.eval(series: file, start).output == Self.oneMemberDown)
    }

    @Test func jsonTimeline() throws {
        let (output, code) = try Self.eval(rules: "alerts-fixed.yml", series: "one-member-down.om", ["--format", "json"])
        #expect(code == 0)
        let expected = """
            {"schemaVersion": 1, "from": "2025-03-03T10:00:00Z", "to": "2025-03-03T10:40:00Z", "inputNotes": [],
             "groups": [{"file": "alerts-fixed.yml", "name": "alertmanager-cluster", "interval": "15s", "evaluations": 161,
               "rules": [
                 {"kind": "alerting", "name": "AlertManagerClusterDown", "expr": "alertmanager_cluster_members < 2",
                  "for": "5m", "keepFiringFor": "0s", "notes": [],
                  "alerts": [
                    {"labels": {"alertname": "AlertManagerClusterDown", "instance": "alertmanager1:9093", "job": "alertmanager", "severity": "warning"},
                     "episodes": [{"activeAt": "2025-03-03T10:30:00Z", "endedAt": "2025-03-03T10:30:15Z", "end": "cleared",
                                   "activeValue": "1", "value": "1",
                                   "annotations": {"summary": "Alertmanager alertmanager1:9093 sees 1 cluster member(s)"}}]},
                    {"labels": {"alertname": "AlertManagerClusterDown", "instance": "alertmanager2:9093", "job": "alertmanager", "severity": "warning"},
                     "episodes": [{"activeAt": "2025-03-03T10:10:30Z", "firedAt": "2025-03-03T10:15:30Z",
                                   "endedAt": "2025-03-03T10:30:15Z", "end": "resolved", "activeValue": "1", "value": "1",
                                   "annotations": {"summary": "Alertmanager alertmanager2:9093 sees 1 cluster member(s)"}}]}]},
                 {"kind": "alerting", "name": "AlertmanagerDown",
                  "expr": "up{job=\\"alertmanager\\"} == 0 or absent(up{job=\\"alertmanager\\"})",
                  "for": "5m", "keepFiringFor": "0s", "notes": [],
                  "alerts": [
                    {"labels": {"alertname": "AlertmanagerDown", "instance": "alertmanager1:9093", "job": "alertmanager", "severity": "critical"},
                     "episodes": [{"activeAt": "2025-03-03T10:10:00Z", "firedAt": "2025-03-03T10:15:00Z",
                                   "endedAt": "2025-03-03T10:30:00Z", "end": "resolved", "activeValue": "0", "value": "0",
                                   "annotations": {"summary": "Alertmanager alertmanager1:9093 is down"}}]}]}]}]}
            """
        let got = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? NSDictionary
        let want = try JSONSerialization.jsonObject(with: Data(expected.utf8)) as? NSDictionary
        #expect(got != nil)
        #expect(got == want)
    }

    /// At Prometheus's default evaluation interval (1m) the same incident is seen a little later.
    @Test func defaultIntervalIsOneMinute() throws {
        let dir = Self.directory.path + "/"
        let (output, _) = try EvalCommand.parse(["--rules", dir + "alerts.yml", "--series", dir + "one-member-down.om"])
            .execute(environment: [:])
        #expect(output.contains(#"alerts.yml: group "alertmanager-cluster", every 1m (41 evaluations)"#))
        #expect(output.contains("""
                2025-03-03T10:11:00Z  pending   value 1
                2025-03-03T10:16:00Z  firing    value 1
                2025-03-03T10:31:00Z  resolved  after firing for 15m
            """))
    }
}
