import Deployment
import Diagnostics
import Foundation
import PromModel
import PrometheusConfig
#if canImport(Glibc)
import Glibc
#endif

/// Files a Prometheus config names (`rule_files`): they must exist when named
/// without a glob (promtool's `does not point to an existing file`), and they
/// are read and checked even when not given on the command line.
enum ReferencedFiles {
    static func ruleFiles(of config: PrometheusConfig) -> [FilePattern] {
        config.ruleFiles
    }

    /// Host files that compose services bind-mount and halint can read.
    static func mountedFiles(of compose: ComposeFile) -> [String] {
        var paths: [String] = []
        for service in compose.services {
            for mount in service.volumes where mount.kind == .bind {
                guard let host = service.hostPath(forContainerPath: mount.target),
                    InputCollector.isCandidate((host as NSString).lastPathComponent)
                else { continue }
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: host, isDirectory: &isDirectory), !isDirectory.boolValue {
                    paths.append(host)
                }
            }
        }
        return paths
    }

    static func hasGlob(_ path: String) -> Bool {
        path.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    /// Paths matching a glob, sorted (Go's filepath.Glob semantics for the last element).
    static func expand(_ pattern: String) -> [String] {
        #if canImport(Glibc)
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(pattern, 0, nil, &result) == 0 else { return [] }
        var paths: [String] = []
        for index in 0..<Int(result.gl_pathc) {
            if let pointer = result.gl_pathv[index] { paths.append(String(cString: pointer)) }
        }
        return paths.sorted()
        #else
        return FileManager.default.fileExists(atPath: pattern) ? [pattern] : []
        #endif
    }

    static func missing(_ pattern: FilePattern) -> Diagnostic {
        Diagnostic(
            InputChecks.missingReference,
            "\(goQuote(pattern.resolved)) does not point to an existing file; fix the path (it is relative to the config file's directory) or remove the entry",
            at: pattern.written.span)
    }
}
