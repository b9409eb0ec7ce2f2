import Diagnostics
import PromModel

/// Decodes one mapping field by field and, on `finish()`, reports every key
/// nobody asked for as an unknown field (Go's `UnmarshalStrict`), with a
/// suggestion when the key is a near miss of a known one.
public final class MappingDecoder {
    public let node: YAMLNode
    public let typeName: String
    public let context: DecodeContext
    /// The mapping's pairs, taken out of the node once.
    public let pairs: [YAMLPair]
    /// The scalar keys by position (nil for non-scalar keys), so a lookup
    /// compares strings without copying pairs out of the node.
    private let keys: [String?]
    /// First position of each key, only for large mappings: a decoder asks
    /// for each of its fields once, so small mappings are scanned (cheaper
    /// than hashing every key) and large ones stay linear overall.
    private let index: [String: Int]?
    /// Which pairs a decoder asked for; `finish()` reports the others.
    private var used: [Bool]
    /// Keys decoders asked for, in order: the candidates of "did you mean".
    private var asked: [String] = []

    static let indexThreshold = 24

    init(node: YAMLNode, typeName: String, context: DecodeContext) {
        self.node = node
        self.typeName = typeName
        self.context = context
        pairs = node.mapping ?? []
        keys = pairs.map(\.key.scalar)
        if keys.count > Self.indexThreshold {
            var index: [String: Int] = [:]
            index.reserveCapacity(keys.count)
            for (position, key) in keys.enumerated() {
                if let key, index[key] == nil { index[key] = position }
            }
            self.index = index
        } else {
            index = nil
        }
        used = Array(repeating: false, count: pairs.count)
    }

    public var span: SourceSpan { context.span(node) }

    /// Position of the first pair with this scalar key.
    @inline(__always)
    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        for position in keys.indices where keys[position] == key { return position }
        return nil
    }

    /// The raw value node for a key, marking the key as known. Null values count as absent.
    public func value(_ key: String) -> YAMLNode? {
        asked.append(key)
        guard let position = position(of: key) else { return nil }
        used[position] = true
        return pairs[position].value
    }

    /// The raw value node, null included (for fields where `key:` with no value matters).
    public func rawValue(_ key: String) -> YAMLNode? {
        value(key)
    }

    public func keySpan(_ key: String) -> SourceSpan? {
        position(of: key).map { context.span(pairs[$0].key) }
    }

    public func has(_ key: String) -> Bool { position(of: key) != nil }

    /// Marks keys as known without decoding them (fields halint accepts but does not model).
    public func accept(_ keys: [String]) {
        asked.append(contentsOf: keys)
        for key in keys {
            if let position = position(of: key) { used[position] = true }
        }
    }

    public func string(_ key: String) -> Located<String>? { value(key).flatMap(context.string) }
    public func bool(_ key: String) -> Located<Bool>? { value(key).flatMap(context.bool) }
    public func int(_ key: String) -> Located<Int64>? { value(key).flatMap(context.int) }
    public func uint(_ key: String) -> Located<UInt64>? { value(key).flatMap(context.uint) }
    public func float(_ key: String) -> Located<Double>? { value(key).flatMap(context.float) }
    public func duration(_ key: String) -> Located<ModelDuration>? { value(key).flatMap(context.duration) }
    public func stringList(_ key: String) -> [Located<String>]? { value(key).flatMap(context.stringList) }

    public func stringMap(_ key: String) -> [(key: Located<String>, value: Located<String>)]? {
        value(key).flatMap { context.stringMap($0) }
    }

    public func labels(_ key: String, scheme: NameValidationScheme = .utf8) -> [(name: Located<String>, value: Located<String>)]? {
        value(key).flatMap { context.labels($0, scheme: scheme) }
    }

    public func mapping(_ key: String, type goType: String) -> MappingDecoder? {
        guard let child = value(key), !child.isNull else { return nil }
        return context.mapping(child, type: goType)
    }

    /// Decodes a list; `element` receives each item (null items included, since
    /// Prometheus reports those with messages of its own).
    public func list<T>(_ key: String, goType: String = "[]interface {}", _ element: (YAMLNode) -> T?) -> [T]? {
        guard let child = value(key), let items = context.sequence(child, goType: goType) else { return nil }
        return items.compactMap(element)
    }

    /// Reports every key that no decoder asked for. Call once, after decoding.
    public func finish() {
        for (position, pair) in pairs.enumerated() where !used[position] && !pair.isMerged {
            guard let key = keys[position] else {
                context.emit(SchemaChecks.wrongType, "mapping keys in \(typeName) must be strings", at: pair.key)
                continue
            }
            // A repeated key: its first occurrence was the one looked up.
            if asked.contains(key) { continue }
            var message = "field \(key) not found in type \(typeName)"
            var unique: [String] = []
            for candidate in asked where !unique.contains(candidate) { unique.append(candidate) }
            if let suggestion = Self.closest(to: key, in: unique) {
                message += "; did you mean \(suggestion)?"
            } else {
                message += "; remove it or check the spelling against the documentation"
            }
            context.emit(SchemaChecks.unknownField, message, at: pair.key)
        }
    }

    /// The known key a misspelt one was likely meant to be (`Suggestion`).
    static func closest(to key: String, in candidates: [String]) -> String? {
        Suggestion.closest(to: key, in: candidates)
    }
}
