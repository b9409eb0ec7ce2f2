import Diagnostics
import Foundation
import Testing

@testable import Alertmanager

/// Field reads the walk must find, and the ones it must leave alone
/// (amlint's template-unknown-field and what Go executes without error).
@Suite struct NotificationDataTypesTests {
    static func missing(_ text: String) throws -> [String] {
        let parsed = try NotificationTemplateLint.parse(text, name: "").get()
        return NotificationDataTypes.missingFields(in: parsed).map { "\($0.field)@\($0.type.goName)" }
    }

    @Test(arguments: [
        ("{{ .Labels.alertname }}", ["Labels@*template.Data"]),
        ("{{ range .Alerts }}{{ .CommonLabels.env }}{{ end }}", ["CommonLabels@template.Alert"]),
        ("{{ .Alerts.Firing.Labels }}", ["Labels@[]template.Alert"]),
        ("{{ .Status.Code }}", ["Code@string"]),
        ("{{ range .Alerts.Firing }}{{ .Annotation.summary }}{{ end }}", ["Annotation@template.Alert"]),
        ("{{ with .CommonLabels.SortedPairs }}{{ range . }}{{ .Key }}{{ end }}{{ end }}", ["Key@template.Pair"]),
    ])
    func reportsFieldsTheDataLacks(_ text: String, _ expected: [String]) throws {
        #expect(try Self.missing(text) == expected)
    }

    @Test(arguments: [
        "{{ .CommonLabels.alertname }} {{ .GroupLabels.team }} {{ .Receiver }} {{ .ExternalURL }}",
        "{{ range .Alerts }}{{ .Labels.pod }} in {{ $.CommonLabels.env }} since {{ .StartsAt.Format \"15:04\" }}{{ end }}",
        "{{ range $i, $a := .Alerts.Resolved }}{{ $a.Annotations.summary }}{{ $.Status }}{{ end }}",
        "{{ $labels := .CommonLabels }}{{ $labels.severity }}{{ $labels.SortedPairs.Names.Join }}",
        "{{ range .CommonLabels.SortedPairs }}{{ .Name }}={{ .Value }}{{ end }}",
        "{{ (index .Alerts 0).Whatever }}",
        "{{ define \"x\" }}{{ .Anything }}{{ end }}{{ template \"x\" . }}",
        "{{ if .Alerts.Firing }}{{ len .Alerts.Firing }}{{ else }}resolved{{ end }}",
    ])
    func leavesValidAndUntypedReadsAlone(_ text: String) throws {
        #expect(try Self.missing(text).isEmpty)
    }
}

@Suite struct NotificationTemplateLintTests {
    static func config(_ receivers: String, templates: [String] = [], file: String = "alertmanager.yml") throws -> AlertmanagerConfig {
        var text = ""
        if !templates.isEmpty { text += "templates:\n" + templates.map { "  - \($0)\n" }.joined() }
        text += "route:\n  receiver: r\nreceivers:\n- name: r\n" + receivers
        var config = try #require(loadConfig(text).config)
        config.file = file
        return config
    }

    @Test func notifierSettingsAreParsedWithAlertmanagersFunctions() throws {
        let config = try Self.config("""
              slack_configs:
              - api_url_file: /x
                title: '{{ .Status | toUpper }} {{ .CommonLabels.alertname | reReplaceAll "a" "b" }}'
                text: '{{ .Status | toUpperCase }}'
                http_config: {bearer_token_file: '{{ not a template }}'}
            """)
        let found = NotificationTemplateLint.invalidFields(config)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("template: :1: function \"toUpperCase\" not defined") == true)
        #expect(found.first?.message.contains("`slack_configs[0].text` of receiver \"r\"") == true)
        #expect(found.first?.span.start.line == 8)
    }

    @Test func webhookURLIsLeftToTheURLCheck() throws {
        let config = try Self.config("  webhook_configs:\n  - url: 'https://x.example/{{ .GroupLabels.team'\n")
        #expect(NotificationTemplateLint.invalidFields(config).isEmpty)
    }

    @Test func templateFilesAreReadBesideTheConfig() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("halint-am-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("t"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "{{ define \"ok.title\" }}{{ .Status }}{{ end }}{{ define \"calls\" }}{{ template \"nowhere\" . }}{{ end }}"
            .write(to: directory.appendingPathComponent("t/a.tmpl"), atomically: true, encoding: .utf8)
        let config = try Self.config(
            "  slack_configs:\n  - api_url_file: /x\n    title: '{{ template \"ok.titel\" . }}'\n    text: '{{ template \"slack.default.text\" . }}'\n",
            templates: ["t/*.tmpl"], file: directory.appendingPathComponent("alertmanager.yml").path)
        let files = NotificationTemplateLint.Files.load(config)
        #expect(files.complete && files.files.count == 1)
        #expect(NotificationTemplateLint.invalidFiles(files).isEmpty)
        let undefined = NotificationTemplateLint.undefinedTemplates(config, files: files).map(\.message)
        #expect(undefined.count == 2)
        #expect(undefined.contains { $0.contains("calls template \"ok.titel\"") && $0.contains("did you mean \"ok.title\"") })
        #expect(undefined.contains { $0.contains("template file a.tmpl, line 1, calls template \"nowhere\"") })

        try "{{ define \"x\" }}{{ end }".write(to: directory.appendingPathComponent("t/b.tmpl"), atomically: true, encoding: .utf8)
        let broken = NotificationTemplateLint.Files.load(config)
        #expect(NotificationTemplateLint.invalidFiles(broken).map(\.message).first?.contains("template file b.tmpl does not parse: template: b.tmpl:1:") == true)
        // A file that does not parse stops the load: nothing else is said about names.
        #expect(NotificationTemplateLint.undefinedTemplates(config, files: broken).isEmpty)
    }

    /// Defines are typed by what their callers pass: the data from a
    /// setting's `.`, an alert from inside `range .Alerts`; a define called
    /// with two types, or never, is not checked.
    @Test func definesAreCheckedWithTheDataTheirCallersPass() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("halint-am-defines-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try """
            {{ define "a" }}{{ .Labels.x }}{{ range .Alerts }}{{ template "b" . }}{{ end }}{{ template "c" . }}{{ end }}
            {{ define "b" }}{{ .Labels.pod }} {{ .Receiver }}{{ template "c" . }}{{ end }}
            {{ define "c" }}{{ .Anything }}{{ end }}
            {{ define "d" }}{{ .Whatever }}{{ end }}
            """.write(to: directory.appendingPathComponent("a.tmpl"), atomically: true, encoding: .utf8)
        let config = try Self.config(
            "  slack_configs:\n  - api_url_file: /x\n    title: '{{ template \"a\" . }}'\n",
            templates: ["'*.tmpl'"], file: directory.appendingPathComponent("alertmanager.yml").path)
        let found = NotificationTemplateLint.unknownFields(config, files: .load(config))
        #expect(found.map { $0.message.components(separatedBy: ";").first! } == [
            "template file a.tmpl, line 1, in \"a\": .Labels on the notification data, which has no field Labels",
            "template file a.tmpl, line 2, in \"b\": .Receiver on one alert, which has no field Receiver",
        ])
        #expect(found.map { $0.notes.first.map { "\($0.span.start.line):\($0.span.start.column)" } } == ["1:20", "2:38"])
    }

    @Test func absoluteTemplatePathsLeaveNamesUnknown() throws {
        let config = try Self.config(
            "  slack_configs:\n  - api_url_file: /x\n    title: '{{ template \"custom.title\" . }}'\n",
            templates: ["/etc/alertmanager/templates/*.tmpl"])
        let files = NotificationTemplateLint.Files.load(config)
        #expect(!files.complete)
        #expect(NotificationTemplateLint.undefinedTemplates(config, files: files).isEmpty)
    }
}
