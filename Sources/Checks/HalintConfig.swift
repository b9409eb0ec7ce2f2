import Diagnostics
import Foundation
import PromModel
import RegexEngine
import YAML

/// `.halint.yml`: which files to read and how each check behaves. Read with
/// the same strict decoder as every other file, so a typo in it is a finding.
public struct HalintConfig: Sendable {
    public struct CheckSetting: Sendable, Equatable {
        public var enabled: Bool?
        public var severity: Severity?
        /// `required:` of the checks that take a list of required fields
        /// (`RequiredField.checks`); nil when not written.
        public var required: [RequiredField]?

        public init(enabled: Bool? = nil, severity: Severity? = nil, required: [RequiredField]? = nil) {
            self.enabled = enabled
            self.severity = severity
            self.required = required
        }
    }

    /// One entry of `required:`: a label or annotation every alert must have,
    /// optionally with a list of allowed values or a pattern (RE2, anchored as
    /// in Prometheus) the value must match.
    public struct RequiredField: Sendable, Equatable {
        public var name: String
        public var values: [String]?
        public var pattern: PromRegex?
        /// Where the entry is written, for the notes of findings.
        public var span: SourceSpan

        public init(name: String, values: [String]? = nil, pattern: PromRegex? = nil, span: SourceSpan) {
            self.name = name
            self.values = values
            self.pattern = pattern
            self.span = span
        }

        /// The checks that read `required:`.
        public static let checks: Set<CheckID> = ["alert/required-label", "alert/required-annotation"]
    }

    public struct Override: Sendable {
        public var paths: [Glob]
        public var checks: [CheckID: CheckSetting]
    }

    public var include: [Glob] = []
    public var exclude: [Glob] = []
    public var checks: [CheckID: CheckSetting] = [:]
    public var overrides: [Override] = []
    public var failOn: Severity?
    public var prometheusVersion: String?
    public var alertmanagerVersion: String?
    public var live = LiveSettings()

    /// `live:` in `.halint.yml`; command-line flags win over these.
    public struct LiveSettings: Sendable, Equatable {
        public var maxSeriesPerRule: Int?
        public var seriesLookback: ModelDuration?
        /// How far back `live/alert-count` replays alerts.
        public var alertCountLookback: ModelDuration?

        public init() {}
    }

    public init() {}

    public static let fileName = ".halint.yml"

    public static let invalid = CheckDescriptor(
        id: "halint/invalid-config", severity: .error,
        summary: "A `.halint.yml` setting halint cannot use: an unknown check id, severity or version.")

    /// Decodes the file; problems come back as findings on the config file itself.
    public static func load(text: String, file: String, knownChecks: Set<CheckID>) -> (config: HalintConfig, diagnostics: [Diagnostic]) {
        let stream = YAMLParser().parse(text)
        var diagnostics = stream.diagnostics(file: file)
        var config = HalintConfig()
        guard !stream.isBroken, let root = stream.documents.first?.root else { return (config, diagnostics) }
        let context = DecodeContext(file: file)
        if let top = context.mapping(root, type: "halint.Config") {
            config.include = (top.stringList("include") ?? []).map { Glob($0.value) }
            config.exclude = (top.stringList("exclude") ?? []).map { Glob($0.value) }
            if let value = top.string("fail_on") { config.failOn = severity(value, context) }
            config.prometheusVersion = version(top.string("prometheus_version"), major: ["2", "3"], context)
            config.alertmanagerVersion = version(top.string("alertmanager_version"), major: ["0"], context)
            if let live = top.mapping("live", type: "halint.Live") { config.live = liveSettings(live, context) }
            if let node = top.value("checks") {
                config.checks = settings(node, context, knownChecks)
            }
            config.overrides = top.list("overrides") { node -> Override? in
                guard let entry = context.mapping(node, type: "halint.Override") else { return nil }
                defer { entry.finish() }
                let paths = (entry.stringList("paths") ?? []).map { Glob($0.value) }
                let checks = entry.value("checks").map { settings($0, context, knownChecks) } ?? [:]
                if paths.isEmpty {
                    context.emit(invalid, "an override needs `paths:` (a list of globs) to say where it applies", at: node)
                }
                return Override(paths: paths, checks: checks)
            } ?? []
            top.finish()
        }
        diagnostics += context.diagnostics
        return (config, diagnostics)
    }

    private static func settings(_ node: YAMLNode, _ context: DecodeContext, _ known: Set<CheckID>) -> [CheckID: CheckSetting] {
        guard let pairs = node.mapping else {
            if !node.isNull { context.typeMismatch(node, into: "map[string]CheckSetting", expected: "a mapping of check ids to settings") }
            return [:]
        }
        var result: [CheckID: CheckSetting] = [:]
        for pair in pairs {
            guard let name = pair.key.scalar else { continue }
            let id = CheckID(name)
            if !known.contains(id) {
                context.emit(invalid, "\"\(name)\" is not a halint check id; `halint checks` lists them", at: pair.key)
            }
            var setting = CheckSetting()
            if let body = context.mapping(pair.value, type: "halint.CheckSetting") {
                setting.enabled = body.bool("enabled")?.value
                if let value = body.string("severity") { setting.severity = severity(value, context) }
                if let node = body.value("required") {
                    if RequiredField.checks.contains(id) {
                        setting.required = requiredFields(node, context)
                    } else {
                        context.emit(
                            invalid,
                            "`required` is read only by \(RequiredField.checks.map(\.rawValue).sorted().joined(separator: " and ")), not by \(name)",
                            at: node)
                    }
                }
                body.finish()
            }
            result[id] = setting
        }
        return result
    }

    private static func requiredFields(_ node: YAMLNode, _ context: DecodeContext) -> [RequiredField] {
        guard let items = context.sequence(node, goType: "[]halint.RequiredField") else { return [] }
        return items.compactMap { item -> RequiredField? in
            guard let entry = context.mapping(item, type: "halint.RequiredField") else { return nil }
            defer { entry.finish() }
            let name = entry.string("name")
            let values = entry.stringList("values")?.map(\.value)
            var pattern: PromRegex?
            if let written = entry.string("pattern") {
                do {
                    pattern = try PromRegex(written.value)
                } catch {
                    context.emit(invalid, "pattern \(goQuote(written.value)) is not a valid regular expression: \(error)", at: written.span)
                }
            }
            guard let name, !name.value.isEmpty else {
                context.emit(invalid, "a `required` entry needs `name:`, the label or annotation it requires", at: item)
                return nil
            }
            return RequiredField(name: name.value, values: values, pattern: pattern, span: name.span)
        }
    }

    /// `live:`: settings of the checks `--prometheus-url` runs.
    private static func liveSettings(_ node: MappingDecoder, _ context: DecodeContext) -> LiveSettings {
        defer { node.finish() }
        var settings = LiveSettings()
        if let limit = node.int("max_series_per_rule") {
            if limit.value > 0 {
                settings.maxSeriesPerRule = Int(limit.value)
            } else {
                context.emit(invalid, "`max_series_per_rule` must be positive", at: limit.span)
            }
        }
        if let lookback = node.duration("series_lookback") {
            if lookback.value.milliseconds > 0 {
                settings.seriesLookback = lookback.value
            } else {
                context.emit(invalid, "`series_lookback` must be positive", at: lookback.span)
            }
        }
        if let lookback = node.duration("alert_count_lookback") {
            if lookback.value.milliseconds > 0 {
                settings.alertCountLookback = lookback.value
            } else {
                context.emit(invalid, "`alert_count_lookback` must be positive", at: lookback.span)
            }
        }
        return settings
    }

    private static func severity(_ value: Located<String>, _ context: DecodeContext) -> Severity? {
        guard let severity = Severity(rawValue: value.value) else {
            context.emit(invalid, "\"\(value.value)\" is not a severity; use info, warning or error", at: value.span)
            return nil
        }
        return severity
    }

    private static func version(_ value: Located<String>?, major: Set<String>, _ context: DecodeContext) -> String? {
        guard let value else { return nil }
        let parts = value.value.split(separator: ".")
        guard parts.count >= 1, parts.count <= 3, parts.allSatisfy({ Int($0) != nil }), major.contains(String(parts[0])) else {
            context.emit(invalid, "\"\(value.value)\" is not a supported version; write it as MAJOR.MINOR, e.g. \(major.contains("3") ? "3.5" : "0.28")", at: value.span)
            return nil
        }
        return value.value
    }

    /// The effective setting of a check for a file: overrides in order, later ones winning.
    public func setting(for check: CheckID, path: String) -> CheckSetting {
        var result = checks[check] ?? CheckSetting()
        for override in overrides where override.paths.contains(where: { $0.matches(path) }) {
            if let setting = override.checks[check] {
                if let enabled = setting.enabled { result.enabled = enabled }
                if let severity = setting.severity { result.severity = severity }
                if let required = setting.required { result.required = required }
            }
        }
        return result
    }

    /// Whether a path found while walking a directory is read at all.
    public func includes(_ path: String) -> Bool {
        if exclude.contains(where: { $0.matches(path) }) { return false }
        return include.isEmpty || include.contains { $0.matches(path) }
    }

    /// The nearest `.halint.yml` in `directory` or above it.
    public static func discover(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }
}

/// `.halint.yml` as project checks read it: a check's settings for a file,
/// with the file's path made relative to the settings file as globs expect.
public struct CheckSettings: Sendable {
    public var config: HalintConfig
    /// The directory of `.halint.yml`; nil when there is none.
    public var directory: String?

    public init(config: HalintConfig = HalintConfig(), directory: String? = nil) {
        self.config = config
        self.directory = directory
    }

    public func setting(for check: CheckID, file: String) -> HalintConfig.CheckSetting {
        config.setting(for: check, path: relative(file))
    }

    public func relative(_ path: String) -> String {
        guard let directory else { return path }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let root = URL(fileURLWithPath: directory).standardizedFileURL.path
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : path
    }
}
