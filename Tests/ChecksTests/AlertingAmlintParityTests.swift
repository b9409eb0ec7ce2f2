import Checks
import Foundation
import Testing
import TestSupport

/// Every amlint 0.8.5 check has a halint counterpart that finds the same
/// defect in the same file: one fixture per amlint code under
/// Fixtures/alertmanager/amlint. With amlint installed (`pip install
/// amlint==0.8.5`) the fixtures are also checked to trigger amlint's code, so
/// the fixture really is amlint's defect. docs/amlint-parity.md has the table.
@Suite struct AlertingAmlintParityTests {
    static let directory = TestPaths.fixtures.appendingPathComponent("alertmanager/amlint")

    /// amlint code → the halint check that reports the same defect.
    static let counterparts: [(amlint: String, halint: String)] = [
        ("bad-match-label", "alertmanager/invalid-matcher"), ("bad-matcher", "alertmanager/invalid-matcher"),
        ("bad-regex", "alertmanager/invalid-matcher"), ("bad-time-interval", "alertmanager/invalid-time-interval"),
        ("discord-no-webhook-url", "alertmanager/integration-missing-setting"),
        ("duplicate-receiver", "alertmanager/duplicate-receiver"), ("email-no-smarthost", "alertmanager/email-missing-smtp"),
        ("groupby-ellipsis", "alertmanager/invalid-route"), ("invalid-root-route", "alertmanager/invalid-root-route"),
        ("msteams-no-webhook-url", "alertmanager/integration-missing-setting"), ("no-root-route", "alertmanager/invalid-root-route"),
        ("opsgenie-no-api-key", "alertmanager/integration-missing-setting"),
        ("pagerduty-no-routing-key", "alertmanager/integration-missing-setting"),
        ("slack-no-api-url", "alertmanager/integration-missing-setting"), ("sns-no-target", "alertmanager/integration-missing-setting"),
        ("telegram-no-bot-token", "alertmanager/integration-missing-setting"),
        ("undefined-receiver", "alertmanager/undefined-receiver"), ("undefined-time-interval", "alertmanager/undefined-time-interval"),
        ("victorops-no-api-key", "alertmanager/integration-missing-setting"),
        ("webhook-no-url", "alertmanager/integration-missing-setting"), ("wechat-no-corp-id", "alertmanager/integration-missing-setting"),
        ("circular-inhibition", "alertmanager/inhibit-cycle"), ("empty-receiver", "alertmanager/empty-receiver"),
        ("inhibit-no-equal", "alertmanager/inhibit-without-equal"), ("plaintext-secret", "alertmanager/plaintext-secret"),
        ("repeat-before-group", "alertmanager/repeat-interval-too-short"), ("route-always-muted", "alertmanager/route-always-muted"),
        ("route-match-collision", "alertmanager/shadowed-route"), ("shadowed-route", "alertmanager/shadowed-route"),
        ("unreachable-route", "alertmanager/shadowed-route"), ("stripped-brace", "alertmanager/classic-matcher-syntax"),
        ("time-interval-never-active", "alertmanager/time-interval-never-active"),
        ("wait-exceeds-interval", "alertmanager/group-wait-exceeds-interval"), ("deep-nesting", "alertmanager/deep-routing-tree"),
        ("deprecated-match", "alertmanager/deprecated-matcher-syntax"),
        ("deprecated-mute-time-intervals", "alertmanager/deprecated-mute-time-intervals"),
        ("inhibit-same-match", "alertmanager/inhibit-source-matches-target"), ("unused-receiver", "alertmanager/unused-receiver"),
        ("useless-continue", "alertmanager/useless-continue"), ("template-file-missing", "alertmanager/template-file-missing"),
        ("alert-hits-default-receiver", "alertmanager/alert-reaches-only-default"),
        ("route-unknown-alertname", "alertmanager/unknown-alertname"), ("inhibit-unknown-alertname", "alertmanager/unknown-alertname"),
        ("bad-template", "alertmanager/invalid-notification-template"), ("bad-template-file", "alertmanager/invalid-template-file"),
        ("undefined-template", "alertmanager/undefined-template"), ("template-unknown-field", "alertmanager/template-unknown-field"),
    ]

    /// Checks that need the rule files (amlint's `--rules`).
    static let withRules: Set<String> = ["alert-hits-default-receiver", "route-unknown-alertname", "inhibit-unknown-alertname"]

    @Test(arguments: counterparts.map(\.amlint))
    func halintFindsTheDefect(code: String) throws {
        let halint = try #require(Self.counterparts.first { $0.amlint == code }?.halint)
        var paths = [Self.directory.appendingPathComponent("\(code).yml").path]
        if Self.withRules.contains(code) {
            paths += ["rules.yml", "prometheus.yml"].map { Self.directory.appendingPathComponent($0).path }
        }
        let report = try Linter().lint(paths: paths)
        #expect(report.diagnostics.contains { $0.check.rawValue == halint }, "\(code) → \(halint): got \(report.diagnostics.map(\.check.rawValue))")
    }

    static let amlint = ProcessRunner.which("amlint")

    @Test(.enabled(if: amlint != nil, "amlint is not installed (pip install amlint==0.8.5): fixture validation skipped"), arguments: counterparts.map(\.amlint))
    func fixtureTriggersAmlint(code: String) throws {
        var arguments = ["check", "--format", "json", "--exit-zero"]
        if Self.withRules.contains(code) { arguments += ["--rules", Self.directory.appendingPathComponent("rules.yml").path] }
        arguments.append(Self.directory.appendingPathComponent("\(code).yml").path)
        let result = try ProcessRunner.run(Self.amlint!, arguments)
        #expect(result.output.contains("\"code\": \"\(code)\""), "amlint did not report \(code): \(result.output.prefix(300))")
    }
}
