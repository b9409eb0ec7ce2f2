import Diagnostics
import Foundation
import PromModel
import Template
import YAML

/// Notification templates, parsed the way Alertmanager parses them: the
/// `templates:` files when the config loads (a file that does not parse
/// stops the load), and the templated notifier settings only when a
/// notification is sent (a setting that does not parse, calls an unknown
/// template or reads a field the data lacks makes that notification fail).
public enum NotificationTemplateLint {
    /// The template files a config loads, read from disk.
    public struct Files: Sendable {
        public struct File: Sendable {
            public var path: String
            public var text: String
            /// The `templates:` entry that matched it.
            public var entry: Located<String>
        }

        public var files: [File]
        /// False when some entry could not be followed (absolute path, a
        /// templated path, an unreadable file): template names are then
        /// not known completely and undefined calls are not reported.
        public var complete: Bool

        /// No template files read.
        public static let none = Files(files: [], complete: false)

        /// Relative globs resolve against the config file's directory, as
        /// Alertmanager resolves them against its config file.
        public static func load(_ config: AlertmanagerConfig) -> Files {
            let directory = (config.file as NSString).deletingLastPathComponent
            var files: [File] = []
            var complete = true
            for entry in config.templates {
                let pattern = entry.value
                if pattern.isEmpty { continue }
                guard !pattern.hasPrefix("/"), !TemplateSyntax.isTemplate(pattern) else {
                    complete = false
                    continue
                }
                for path in ConfigLint.globPaths(directory.isEmpty ? pattern : directory + "/" + pattern) {
                    guard let data = FileManager.default.contents(atPath: path) else {
                        complete = false
                        continue
                    }
                    files.append(File(path: path, text: String(decoding: data, as: UTF8.self), entry: entry))
                }
            }
            return Files(files: files, complete: complete)
        }
    }

    /// Templates Alertmanager defines itself (template/default.tmpl and
    /// email.tmpl, 0.34), callable from every config.
    public static let builtinTemplates: Set<String> = {
        var names: Set<String> = [
            "__alertmanager", "__alertmanagerURL", "__subject", "__description", "__text_alert_list",
            "__text_alert_list_markdown", "email.default.subject", "email.default.html",
            "sns.default.subject", "sns.default.message", "telegram.default.message", "webex.default.message",
            "msteamsv2.default.title", "msteamsv2.default.text",
        ]
        let families: [(String, [String])] = [
            ("slack", ["title", "username", "fallback", "callbackid", "pretext", "titlelink", "iconemoji", "iconurl", "text", "footer", "color"]),
            ("pagerduty", ["description", "client", "clientURL", "instances"]),
            ("opsgenie", ["message", "description", "source"]),
            ("wechat", ["message", "to_user", "to_party", "to_tag", "agent_id"]),
            ("victorops", ["state_message", "entity_display_name", "monitoring_tool"]),
            ("pushover", ["title", "message", "url"]),
            ("discord", ["content", "title", "message"]),
            ("msteams", ["summary", "title", "text"]),
            ("jira", ["summary", "description", "priority"]),
            ("rocketchat", ["title", "alias", "titlelink", "emoji", "iconurl", "text"]),
            ("mattermost", ["color", "username", "title", "titlelink", "fallback", "text"]),
        ]
        for (family, fields) in families {
            for field in fields { names.insert("\(family).default.\(field)") }
        }
        return names
    }()

    static let parser = TemplateParser(functions: TemplateFunctions.alertmanager)

    /// Template files that do not parse. Alertmanager refuses the config.
    public static func invalidFiles(_ files: Files) -> [Diagnostic] {
        files.files.compactMap { file -> Diagnostic? in
            let name = (file.path as NSString).lastPathComponent
            guard case .failure(let error) = parse(file.text, name: name) else { return nil }
            return Diagnostic(
                    AlertmanagerLintChecks.invalidTemplateFile,
                    "template file \(name) does not parse: \(error.description); Alertmanager refuses to load a config whose template files do not parse (amtool check-config fails too); fix the template",
                    at: file.entry.span,
                notes: [Note("the error is here", at: position(in: file.text, offset: error.offset, file: file.path))])
        }
    }

    /// Notifier settings whose template does not parse.
    public static func invalidFields(_ config: AlertmanagerConfig) -> [Diagnostic] {
        fields(config).compactMap { field in
            guard case .failure(let error) = parse(field.field.text, name: "") else { return nil }
            return Diagnostic(
                AlertmanagerLintChecks.invalidNotificationTemplate,
                "\(field.describe) is a template Alertmanager cannot parse: \(error.description)\(lineNote(field.field.text, error)); the config loads, but every notification through it fails when it is sent (Slack sends the message with this field empty)",
                at: field.field.span)
        }
    }

    /// `{{template "name"}}` calls no template file and no built-in
    /// template defines, in notifier settings and in the template files.
    /// Only when every template file could be read.
    public static func undefinedTemplates(_ config: AlertmanagerConfig, files: Files) -> [Diagnostic] {
        guard files.complete else { return [] }
        var defined = builtinTemplates
        var parsedFiles: [(Files.File, ParsedTemplate)] = []
        for file in files.files {
            let name = (file.path as NSString).lastPathComponent
            // A file that does not parse stops the load: reported on its own.
            guard case .success(let parsed) = parse(file.text, name: name) else { return [] }
            defined.insert(name)
            for definition in parsed.definitions { defined.insert(definition.name) }
            parsedFiles.append((file, parsed))
        }
        var found: [Diagnostic] = []
        for field in fields(config) {
            guard case .success(let parsed) = parse(field.field.text, name: "") else { continue }
            let known = defined.union(parsed.definitions.map(\.name))
            var reported = Set<String>()
            for call in parsed.calls where !known.contains(call.name) && reported.insert(call.name).inserted {
                found.append(
                    Diagnostic(
                        AlertmanagerLintChecks.undefinedTemplate,
                        "\(field.describe) calls template \(goQuote(call.name)), which no template file and no built-in template defines\(suggestion(call.name, known)); Alertmanager fails with `no such template` when it sends the notification",
                        at: field.field.span))
            }
        }
        for (file, parsed) in parsedFiles {
            var reported = Set<String>()
            for call in parsed.calls where !defined.contains(call.name) && reported.insert(call.name).inserted {
                let name = (file.path as NSString).lastPathComponent
                found.append(
                    Diagnostic(
                        AlertmanagerLintChecks.undefinedTemplate,
                        "template file \(name), line \(call.line), calls template \(goQuote(call.name)), which no template file and no built-in template defines\(suggestion(call.name, defined)); notifications that use it fail when they are sent",
                        at: file.entry.span,
                        notes: [Note("the call is here", at: position(in: file.text, offset: call.offset, file: file.path))]))
            }
        }
        return found
    }

    /// Fields read from notification data that does not have them
    /// (`.Labels` outside `{{ range .Alerts }}`), in notifier settings.
    /// Also the `{{define}}`s of the template files, each with the data its
    /// callers pass (`{{ template "x" . }}` from a setting passes the data).
    public static func unknownFields(_ config: AlertmanagerConfig, files: Files = .none) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var seed: [(name: String, type: NotificationDataTypes.DataType?)] = []
        for field in fields(config) {
            guard case .success(let parsed) = parse(field.field.text, name: "") else { continue }
            let walked = NotificationDataTypes.walk(parsed.root, dot: .data)
            seed += walked.calls
            found += walked.missing.map { missing in
                Diagnostic(
                    AlertmanagerLintChecks.templateUnknownField,
                    "\(field.describe) reads \(missing.description); Alertmanager fails with \"can't evaluate field \(missing.field) in type \(missing.goType)\" when it sends the notification (Slack sends the message with this field empty)",
                    at: field.field.span)
            }
        }
        // Go keeps the last definition of a name, across files in load order.
        var definitions: [String: (file: Files.File, body: TemplateList)] = [:]
        for file in files.files {
            guard case .success(let parsed) = parse(file.text, name: (file.path as NSString).lastPathComponent) else { return found }
            for definition in parsed.definitions { definitions[definition.name] = (file, definition.body) }
        }
        let types = NotificationDataTypes.callTypes(seed: seed, definitions: definitions.mapValues(\.body))
        for name in definitions.keys.sorted() {
            guard let (file, body) = definitions[name], let type = types[name], let dot = type else { continue }
            let fileName = (file.path as NSString).lastPathComponent
            for missing in NotificationDataTypes.walk(body, dot: dot).missing {
                let at = position(in: file.text, offset: missing.offset, file: file.path)
                found.append(
                    Diagnostic(
                        AlertmanagerLintChecks.templateUnknownField,
                        "template file \(fileName), line \(at.start.line), in \(goQuote(name)): \(missing.description); Alertmanager fails with \"can't evaluate field \(missing.field) in type \(missing.goType)\", so notifications that use \(goQuote(name)) fail",
                        at: file.entry.span, notes: [Note("the field is read here", at: at)]))
            }
        }
        return found
    }

    struct FieldSite {
        var field: TemplateField
        var describe: String
    }

    static func fields(_ config: AlertmanagerConfig) -> [FieldSite] {
        config.receivers.flatMap { receiver in
            var index: [IntegrationKind: Int] = [:]
            return receiver.integrations.flatMap { integration -> [FieldSite] in
                let position = index[integration.kind, default: 0]
                index[integration.kind] = position + 1
                return integration.templateFields.map { field in
                    FieldSite(
                        field: field,
                        describe: "`\(integration.kind.configsKey)[\(position)].\(field.path)` of receiver \(goQuote(receiver.name?.value ?? ""))")
                }
            }
        }
    }

    /// With Alertmanager's functions; a notifier setting is parsed as a
    /// template named "", a file under its base name.
    static func parse(_ text: String, name: String) -> Result<ParsedTemplate, TemplateParseError> {
        do throws(TemplateParseError) {
            return .success(try parser.parse(text, name: name))
        } catch {
            return .failure(error)
        }
    }

    static func lineNote(_ text: String, _ error: TemplateParseError) -> String {
        text.utf8.contains(UInt8(ascii: "\n")) ? " (line \(error.line) of the text)" : ""
    }

    static func suggestion(_ name: String, _ known: Set<String>) -> String {
        // Template names are long and dotted: two edits are still a near miss.
        let limit = max(2, min(3, name.utf8.count / 4))
        return Suggestion.closest(to: name, in: known.sorted(), limit: { _ in limit }).map { " (did you mean \(goQuote($0))?)" } ?? ""
    }

    /// Line and column (1-based, columns in characters) of a byte offset.
    static func position(in text: String, offset: Int, file: String) -> SourceSpan {
        var line = 1
        var column = 1
        var consumed = 0
        for scalar in text.unicodeScalars {
            if consumed >= offset { break }
            consumed += String(scalar).utf8.count
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourceSpan(file: file, start: SourcePosition(line: line, column: column))
    }
}
