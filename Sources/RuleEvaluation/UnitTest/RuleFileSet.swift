import Foundation
import PromQL
import RuleFiles
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The rule files a test file names, loaded once and reused by every test
/// group (promtool loads them again per group; the outcome is the same).
struct RuleFileSet {
    /// Rule groups of all files in file order, or promtool's load errors.
    let groups: Result<[EvaluationGroup], RuleFileSetError>

    init(paths: [String], ignoreUnknownFields: Bool, parserOptions: ParserOptions) {
        var groups: [EvaluationGroup] = []
        var errors: [String] = []
        for path in paths {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                errors.append("\(path): could not read the rule file")
                continue
            }
            let loaded = RuleFileLoader.load(text: text, file: path)
            let fatal = loaded.diagnostics.filter {
                $0.severity == .error && !(ignoreUnknownFields && $0.check == "schema/unknown-field")
            }
            if !fatal.isEmpty {
                errors += fatal.map { "\(path): \($0.span.start.line):\($0.span.start.column): \($0.message)" }
                continue
            }
            for group in loaded.ruleFile?.groups ?? [] {
                do {
                    groups.append(try EvaluationGroup(file: path, group: group, parserOptions: parserOptions))
                } catch {
                    errors.append("\(path): \(error)")
                }
            }
        }
        self.groups = errors.isEmpty ? .success(groups) : .failure(RuleFileSetError(messages: errors))
    }

    /// Go's `filepath.Glob`: matches in lexical order; no match is not an error.
    static func glob(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        #if canImport(Glibc)
        let status = Glibc.glob(pattern, 0, nil, &result)
        #else
        let status = Darwin.glob(pattern, 0, nil, &result)
        #endif
        guard status == 0 else { return [] }
        var paths: [String] = []
        for index in 0..<Int(result.gl_pathc) {
            if let path = result.gl_pathv[index] { paths.append(String(cString: path)) }
        }
        return paths
    }

    /// Go's `filepath.Join(dir, name)` for a relative name, cleaned.
    static func join(_ directory: String, _ name: String) -> String {
        if name.hasPrefix("/") || name.isEmpty { return name }
        return clean(directory + "/" + name)
    }

    /// Go's `filepath.Clean`.
    static func clean(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !absolute {
                    parts.append(part)
                }
                continue
            }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}

struct RuleFileSetError: Error, Sendable {
    var messages: [String]
}
