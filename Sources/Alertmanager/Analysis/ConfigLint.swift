import Diagnostics
import Foundation

/// Findings about the config file as a whole.
public enum ConfigLint {
    public static func deprecatedMuteTimeIntervals(_ config: AlertmanagerConfig) -> [Diagnostic] {
        guard let first = config.timeIntervals.first(where: \.fromDeprecatedList) else { return [] }
        return [
            Diagnostic(
                AlertmanagerLintChecks.deprecatedMuteTimeIntervals,
                "the top-level `mute_time_intervals:` list is deprecated since Alertmanager 0.24; rename the key to `time_intervals:` (same entries, and routes keep using `mute_time_intervals:`)",
                at: SourceSpan(file: first.span.file, start: first.span.start))
        ]
    }

    /// Relative `templates:` globs that match nothing beside the config file.
    /// Absolute paths usually name a container's filesystem and are not checked.
    public static func missingTemplates(_ config: AlertmanagerConfig) -> [Diagnostic] {
        let directory = (config.file as NSString).deletingLastPathComponent
        return config.templates.compactMap { template in
            let pattern = template.value
            guard !pattern.isEmpty, !pattern.hasPrefix("/"), !TemplateSyntax.isTemplate(pattern) else { return nil }
            let full = directory.isEmpty ? pattern : directory + "/" + pattern
            guard globMatchesNothing(full) else { return nil }
            return Diagnostic(
                AlertmanagerLintChecks.templateFileMissing,
                "templates: \(pattern) matches no file relative to the config's directory (\(directory.isEmpty ? "." : directory)); Alertmanager loads no templates from it and notifications that use them fail; fix the path or add the file",
                at: template.span)
        }
    }

    static func globMatchesNothing(_ pattern: String) -> Bool {
        globPaths(pattern).isEmpty
    }

    /// The files a glob matches, sorted (glob(3) sorts, as Go's filepath.Glob does).
    static func globPaths(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(pattern, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { index in
            result.gl_pathv[index].map { String(cString: $0) }
        }
    }
}
