import Diagnostics
import Foundation
import Testing
import YAML

@testable import Alertmanager

private func extract(_ text: String) -> [EmbeddedAlertmanagerConfig] {
    AlertmanagerSources.extract(YAMLParser().parse(text), file: "k8s.yml", text: text)
}

private func brief(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.sorted().map { "\($0.check)@\($0.span.start.line):\($0.span.start.column) \($0.message.components(separatedBy: "; ").first!)" }
}

@Suite struct AlertmanagerSourcesTests {
    @Test func plainConfigIsTheDocumentItself() throws {
        let found = extract("route:\n  receiver: a\nreceivers: [{name: a}]\n")
        #expect(found.count == 1)
        #expect(found.first?.origin == .plain)
        #expect(found.first?.config?.route?.receiver?.value == "a")
    }

    @Test func stringDataBlockScalarKeepsExactPositions() throws {
        let text = """
            apiVersion: v1
            kind: Secret
            metadata: {name: alertmanager-main}
            stringData:
              alertmanager.yaml: |
                route:
                  receiver: team
                receivers:
                  - name: tema
            """
        let found = extract(text)
        let config = try #require(found.first)
        #expect(config.origin == .textData(key: "alertmanager.yaml"))
        #expect(brief(config.diagnostics) == [#"alertmanager/undefined-receiver@7:17 undefined receiver "team" used in route"#])
        // The model's positions are in the manifest too, so project checks point there.
        #expect(config.config?.route?.receiver?.span.start == SourcePosition(line: 7, column: 17))
    }

    @Test func base64DataIsReportedOnTheKeyWithTheDecodedLine() throws {
        let inner = "route:\n  receiver: team\nreceivers:\n  - name: tema\n"
        let text = """
            apiVersion: v1
            kind: Secret
            metadata: {name: alertmanager-main}
            data:
              alertmanager.yaml: \(Data(inner.utf8).base64EncodedString())
            """
        let config = try #require(extract(text).first)
        #expect(config.origin == .base64Data(key: "alertmanager.yaml"))
        #expect(
            brief(config.diagnostics) == [
                #"alertmanager/undefined-receiver@5:3 in the base64-encoded `alertmanager.yaml`, line 2 column 13: undefined receiver "team" used in route"#
            ])
        #expect(config.config?.route?.receiver?.span.start == SourcePosition(line: 5, column: 3))
    }

    @Test func badBase64IsOneFinding() throws {
        let text = "apiVersion: v1\nkind: Secret\ndata:\n  alertmanager.yml: '%%%'\n"
        let config = try #require(extract(text).first)
        #expect(config.config == nil)
        #expect(brief(config.diagnostics) == ["alertmanager/invalid-config@4:3 the Secret's `data.alertmanager.yml` is not base64-encoded UTF-8 text, so Alertmanager cannot read its config"])
    }

    @Test func configMapsListsAndOtherKeys() throws {
        let text = """
            apiVersion: v1
            kind: List
            items:
              - kind: ConfigMap
                data:
                  alertmanager.yml: |
                    route: {receiver: a}
                    receivers: [{name: a}]
                  other.yml: 'x: 1'
              - kind: Service
                spec: {}
            """
        let found = extract(text)
        #expect(found.map(\.origin) == [.textData(key: "alertmanager.yml")])
        #expect(found.first?.diagnostics.isEmpty == true)
    }

    @Test func helmValues() throws {
        let stack = extract("alertmanager:\n  enabled: true\n  config:\n    route: {receiver: x}\n    receivers: [{name: y}]\n")
        #expect(stack.map(\.origin) == [.helmValues(path: "alertmanager.config")])
        #expect(brief(stack[0].diagnostics) == [#"alertmanager/undefined-receiver@4:23 undefined receiver "x" used in route"#])
        let chart = extract("replicaCount: 1\nconfig:\n  route: {receiver: y}\n  receivers: [{name: y}]\n")
        #expect(chart.map(\.origin) == [.helmValues(path: "config")])
    }

    @Test func alertmanagerConfigResourceGetsTheOperatorsNamespaceMatcher() throws {
        let text = """
            apiVersion: monitoring.coreos.com/v1alpha1
            kind: AlertmanagerConfig
            metadata: {name: team-db, namespace: db}
            spec:
              route:
                receiver: pager
                groupBy: [alertname]
                matchers:
                  - {name: severity, value: critical}
                routes:
                  - matchers: [{name: env, value: prod|stage, matchType: "=~"}]
                    receiver: pager
              receivers:
                - name: pager
              inhibitRules:
                - sourceMatch: [{name: severity, value: critical}]
                  targetMatch: [{name: severity, value: warning}]
                  equal: [alertname]
            """
        let found = try #require(extract(text).first)
        #expect(found.origin == .alertmanagerConfigResource(namespace: "db", name: "team-db"))
        #expect(brief(found.diagnostics) == [])
        let config = try #require(found.config)
        let tree = try #require(RoutingTree(config: config))
        #expect(AmtoolRouteFormat.show(tree).contains(#"{namespace="db",severity="critical"}  continue: true  receiver: db/team-db/pager"#))
        #expect(tree.receivers(for: ["namespace": "db", "severity": "critical", "env": "prod"]) == ["db/team-db/pager"])
        // Another namespace falls through to the root, which the operator gives the resource's receiver here.
        #expect(tree.receivers(for: ["namespace": "other", "severity": "critical"]) == ["db/team-db/pager"])
        #expect(tree.nodes[1].matchers.map(\.description) == [#"namespace="db""#, #"severity="critical""#])
        #expect(config.inhibitRules.first?.effectiveSourceMatchers.map(\.description) == [#"namespace="db""#, #"severity="critical""#])
        #expect(config.route?.routes.first?.groupBy?.map(\.value) == ["alertname"])
    }

    static let teamResource = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: team-db, namespace: monitoring}
        spec:
          route:
            receiver: pager
            matchers: [{name: severity, value: critical}]
          receivers:
            - name: pager
          inhibitRules:
            - sourceMatch: [{name: severity, value: critical}]
              targetMatch: [{name: severity, value: warning}]
              equal: [alertname]
        """

    static func alertmanager(strategy: String) -> String {
        """
        apiVersion: monitoring.coreos.com/v1
        kind: Alertmanager
        metadata: {name: main, namespace: monitoring}
        spec:
          alertmanagerConfigMatcherStrategy: {type: \(strategy)}
        ---

        """
    }

    /// The operator's `getEnforcer`: `None` adds no namespace matcher, the
    /// "except" strategy none for resources in the Alertmanager's namespace;
    /// `continue: true` stays either way.
    @Test(arguments: [
        ("", [#"namespace="monitoring""#, #"severity="critical""#]),
        ("OnNamespace", [#"namespace="monitoring""#, #"severity="critical""#]),
        ("None", [#"severity="critical""#]),
        ("OnNamespaceExceptForAlertmanagerNamespace", [#"severity="critical""#]),
    ])
    func matcherStrategyOfTheAlertmanagerResource(_ strategy: String, _ expected: [String]) throws {
        let text = (strategy.isEmpty ? "" : Self.alertmanager(strategy: strategy)) + Self.teamResource
        let found = try #require(extract(text).first)
        let config = try #require(found.config)
        let tree = try #require(RoutingTree(config: config))
        #expect(tree.nodes[1].matchers.map(\.description) == expected)
        #expect(config.inhibitRules.first?.effectiveSourceMatchers.map(\.description) == expected)
        #expect(config.route?.routes.first?.continues == true)
    }

    @Test func exceptStrategyKeepsTheMatcherInOtherNamespaces() throws {
        let text = Self.alertmanager(strategy: "OnNamespaceExceptForAlertmanagerNamespace")
            + Self.teamResource.replacingOccurrences(of: "namespace: monitoring", with: "namespace: db")
        let config = try #require(extract(text).first?.config)
        #expect(config.route?.routes.first?.effectiveMatchers.map(\.description) == [#"namespace="db""#, #"severity="critical""#])
    }

    @Test func resourceReceiversAreValidatedInCamelCase() throws {
        let text = """
            apiVersion: monitoring.coreos.com/v1alpha1
            kind: AlertmanagerConfig
            metadata: {name: team-db, namespace: db}
            spec:
              route: {receiver: pager}
              receivers:
                - name: pager
                  pagerdutyConfigs:
                    - routingKey: {name: pagerduty}
                  slackConfigs:
                    - apiURL: https://hooks.slack.com/services/T/B/X
                      channel: '#db'
                  webhookConfigs:
                    - sendResolved: true
                  emailConfigs:
                    - to: db@example.com
                      authPassword: {name: smtp, key: password}
            """
        let found = try #require(extract(text).first)
        #expect(brief(found.diagnostics) == [
            "alertmanager/invalid-config@9:23 `routingKey` of pagerdutyConfigs[0] of receiver \"pager\" must reference a Secret key as `{name: <Secret>, key: <key>}`: `key` is missing",
            "alertmanager/invalid-config@11:19 `apiURL` of slackConfigs[0] of receiver \"pager\" must reference a Secret key as `{name: <Secret>, key: <key>}`: it is written as a plain value",
            "alertmanager/integration-missing-setting@14:11 webhookConfigs[0] of receiver \"pager\" lacks one of `url`, `urlSecret`, which the operator requires before it generates Alertmanager's config",
        ])
        #expect(found.diagnostics.allSatisfy { $0.check != "alertmanager/invalid-config" || $0.message.contains("cannot read the cluster's Secrets") })
    }

    @Test func containsConfigForTheClassifier() {
        #expect(AlertmanagerSources.containsConfig(YAMLParser().parse("kind: Secret\nstringData:\n  alertmanager.yaml: 'route: {}'\n")))
        #expect(!AlertmanagerSources.containsConfig(YAMLParser().parse("kind: Secret\nstringData:\n  token: abc\n")))
        #expect(!AlertmanagerSources.containsConfig(YAMLParser().parse("groups: []\n")))
    }
}
