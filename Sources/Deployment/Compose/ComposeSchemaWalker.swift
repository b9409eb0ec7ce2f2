import Diagnostics
import YAML

/// Reports every key that the Compose Specification does not define, with
/// compose's own wording (`services.prom Additional property imagee is not allowed`).
/// `x-` keys are accepted at any level, as compose accepts them.
struct ComposeSchemaWalker {
    let context: DecodeContext
    /// Keys reached through several `<<` merges are reported once, at the place they are written.
    private var reported: Set<SourcePosition> = []

    init(context: DecodeContext) {
        self.context = context
    }

    mutating func walk(_ node: YAMLNode, _ shape: ComposeShape, path: String) {
        switch (shape, node.content) {
        case (.any, _):
            return
        case (.object(let keys), .mapping(let pairs)):
            for pair in pairs {
                guard let key = pair.key.scalar else { continue }
                if key.hasPrefix("x-") { continue }
                if let child = keys[key] {
                    walk(pair.value, child, path: Self.join(path, key))
                } else {
                    reportUnknown(key, at: pair.key, path: path, candidates: keys.keys)
                }
            }
        case (.map(let valueShape, let strictNames), .mapping(let pairs)):
            for pair in pairs {
                guard let key = pair.key.scalar, !key.hasPrefix("x-") else { continue }
                if strictNames && !Self.isValidName(key) {
                    report(
                        "\(Self.displayPath(path)) Additional property \(key) is not allowed; names may contain only "
                            + "letters, digits, \".\", \"_\" and \"-\"", at: pair.key)
                    continue
                }
                walk(pair.value, valueShape, path: Self.join(path, key))
            }
        case (.list(let itemShape), .sequence(let items)):
            for (index, item) in items.enumerated() {
                walk(item, itemShape, path: Self.join(path, String(index)))
            }
        case (.either(let first, let second), _):
            walk(node, first, path: path)
            walk(node, second, path: path)
        default:
            return
        }
    }

    private mutating func reportUnknown(_ key: String, at node: YAMLNode, path: String, candidates: Dictionary<String, ComposeShape>.Keys) {
        var message = "\(Self.displayPath(path)) Additional property \(key) is not allowed"
        if let suggestion = Self.closest(to: key, in: candidates) {
            message += "; did you mean \(suggestion)?"
        } else {
            message += "; remove it, check its indentation, or name it x-\(key) to keep it as an extension"
        }
        report(message, at: node)
    }

    private mutating func report(_ message: String, at node: YAMLNode) {
        guard reported.insert(node.start).inserted else { return }
        context.emit(SchemaChecks.unknownField, message, at: node)
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
    static func displayPath(_ path: String) -> String { path.isEmpty ? "(root)" : path }

    /// Names of services, volumes, configs and secrets: `^[a-zA-Z0-9._-]+$`.
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty
            && name.unicodeScalars.allSatisfy {
                ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9")
                    || $0 == "." || $0 == "_" || $0 == "-"
            }
    }

    /// The known key a misspelt one was likely meant to be; ties go to the alphabetically first.
    static func closest<S: Sequence>(to key: String, in candidates: S) -> String? where S.Element == String {
        Suggestion.closest(to: key, in: candidates.sorted())
    }
}
