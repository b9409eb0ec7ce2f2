import Diagnostics
import Foundation
import YAML

/// An Alertmanager config found in a file, wherever it sits: the file itself,
/// a Kubernetes Secret or ConfigMap key, kube-prometheus-stack Helm values or
/// a prometheus-operator `AlertmanagerConfig` resource.
public struct EmbeddedAlertmanagerConfig: Sendable {
    public enum Origin: Sendable, Hashable {
        /// The document is an `alertmanager.yml`.
        case plain
        /// A Secret's base64 `data` key; findings sit on the key (halint cannot point inside base64).
        case base64Data(key: String)
        /// A Secret's `stringData` or a ConfigMap's `data` key holding the config as text.
        case textData(key: String)
        /// Helm values: `alertmanager.config` (kube-prometheus-stack) or `config` (the alertmanager chart).
        case helmValues(path: String)
        /// A `monitoring.coreos.com` `AlertmanagerConfig` resource, as the operator merges it.
        case alertmanagerConfigResource(namespace: String?, name: String?)
    }

    public var origin: Origin
    /// 0-based document index in the file.
    public var document: Int
    /// nil when the embedded text is not a config at all (already reported).
    public var config: AlertmanagerConfig?
    /// Findings of loading and validating it, positioned in the file the user edits.
    public var diagnostics: [Diagnostic]
    /// Where the config is written (the key or mapping it comes from).
    public var span: SourceSpan
}

/// Finds Alertmanager configs in a YAML file. This is the entry point the
/// file classifier and linter use for every YAML file that may hold one.
public enum AlertmanagerSources {
    static let configKeys = ["alertmanager.yaml", "alertmanager.yml"]

    /// True when `extract` would find something: the classifier's test.
    public static func containsConfig(_ stream: YAMLStream) -> Bool {
        stream.documents.contains { document in
            let root = document.root
            return AlertmanagerConfigLoader.looksLikeAlertmanagerConfig(root) || !locations(in: root).isEmpty
        }
    }

    /// Every config in the stream, loaded and validated. `text` is the file's
    /// text; with it, findings inside a `|` block scalar get exact columns.
    public static func extract(
        _ stream: YAMLStream, file: String, text: String? = nil, options: AlertmanagerConfigLoader.Options = .init()
    ) -> [EmbeddedAlertmanagerConfig] {
        var found: [EmbeddedAlertmanagerConfig] = []
        // Only configs held in a text key need the file's lines; splitting a
        // large plain config into lines cost as much as decoding it.
        var split: [Substring]?
        func lines() -> [Substring]? {
            if split == nil { split = text.map { $0.split(separator: "\n", omittingEmptySubsequences: false) } }
            return split
        }
        let strategy = OperatorMatcherStrategy.find(in: stream)
        for document in stream.documents {
            let root = document.root
            if AlertmanagerConfigLoader.looksLikeAlertmanagerConfig(root) {
                let loaded = AlertmanagerConfigLoader.load(root, file: file, options: options)
                found.append(
                    EmbeddedAlertmanagerConfig(
                        origin: .plain, document: document.index, config: loaded.config, diagnostics: loaded.diagnostics,
                        span: SourceSpan(file: file, start: root.start, end: root.end)))
                continue
            }
            for location in locations(in: root) {
                found.append(load(location, document: document.index, file: file, lines: lines, strategy: strategy, options: options))
            }
        }
        return found
    }

    enum Location {
        case node(YAMLNode, EmbeddedAlertmanagerConfig.Origin, key: YAMLNode)
        case resource(YAMLNode)
    }

    /// Where configs sit in one document, Kubernetes `List`s included.
    static func locations(in root: YAMLNode) -> [Location] {
        guard root.mapping != nil else { return [] }
        let kind = root["kind"]?.scalar
        if kind == "List", let items = root["items"]?.sequence {
            return items.flatMap(locations(in:))
        }
        if kind == "Secret" || kind == "ConfigMap" {
            var result: [Location] = []
            for (section, base64) in [("data", kind == "Secret"), ("stringData", false)] {
                guard let pairs = root[section]?.mapping else { continue }
                for pair in pairs {
                    guard let key = pair.key.scalar, configKeys.contains(key), pair.value.scalar != nil else { continue }
                    result.append(.node(pair.value, base64 ? .base64Data(key: key) : .textData(key: key), key: pair.key))
                }
            }
            return result
        }
        if kind == "AlertmanagerConfig", root["apiVersion"]?.scalar?.hasPrefix("monitoring.coreos.com/") ?? false {
            return [.resource(root)]
        }
        if kind != nil { return [] }
        // Helm values: kube-prometheus-stack nests the config under `alertmanager.config`,
        // the standalone alertmanager chart puts it under `config`.
        if let pair = root["alertmanager"]?.pair(forKey: "config"), AlertmanagerConfigLoader.looksLikeAlertmanagerConfig(pair.value) {
            return [.node(pair.value, .helmValues(path: "alertmanager.config"), key: pair.key)]
        }
        if let pair = root.pair(forKey: "config"), AlertmanagerConfigLoader.looksLikeAlertmanagerConfig(pair.value) {
            return [.node(pair.value, .helmValues(path: "config"), key: pair.key)]
        }
        return []
    }

    private static func load(
        _ location: Location, document: Int, file: String, lines: () -> [Substring]?, strategy: OperatorMatcherStrategy,
        options: AlertmanagerConfigLoader.Options
    ) -> EmbeddedAlertmanagerConfig {
        switch location {
        case .resource(let root):
            return AlertmanagerConfigResource.load(root, document: document, file: file, strategy: strategy, options: options)
        case .node(let node, let origin, let key):
            let keySpan = SourceSpan(file: file, start: key.start, end: key.end)
            switch origin {
            case .helmValues:
                let loaded = AlertmanagerConfigLoader.load(node, file: file, options: options)
                return EmbeddedAlertmanagerConfig(
                    origin: origin, document: document, config: loaded.config, diagnostics: loaded.diagnostics, span: keySpan)
            case .base64Data(let name):
                let encoded = (node.scalar ?? "").filter { !$0.isWhitespace }
                guard let data = Data(base64Encoded: encoded), let text = String(data: data, encoding: .utf8) else {
                    let diagnostic = Diagnostic(
                        AlertmanagerChecks.invalidConfig,
                        "the Secret's `data.\(name)` is not base64-encoded UTF-8 text, so Alertmanager cannot read its config; encode the file with `base64 -w0` or put the plain text under `stringData`",
                        at: keySpan)
                    return EmbeddedAlertmanagerConfig(
                        origin: origin, document: document, config: nil, diagnostics: [diagnostic], span: keySpan)
                }
                let map = EmbeddedPositionMap.base64(key: keySpan, name: name)
                return loadText(text, origin: origin, document: document, file: file, map: map, span: keySpan, options: options)
            case .textData:
                let map = EmbeddedPositionMap.forScalar(node, file: file, lines: lines())
                return loadText(node.scalar ?? "", origin: origin, document: document, file: file, map: map, span: keySpan, options: options)
            case .plain, .alertmanagerConfigResource:
                preconditionFailure("not a node location")
            }
        }
    }

    private static func loadText(
        _ text: String, origin: EmbeddedAlertmanagerConfig.Origin, document: Int, file: String, map: EmbeddedPositionMap,
        span: SourceSpan, options: AlertmanagerConfigLoader.Options
    ) -> EmbeddedAlertmanagerConfig {
        let stream = YAMLParser().parse(text)
        var diagnostics = stream.diagnostics(file: file).map(map.apply)
        var config: AlertmanagerConfig?
        if !stream.isBroken {
            let root = stream.documents.first?.root
                ?? YAMLNode(.scalar("", .plain), start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1))
            if map.keepsDecodedPositions {
                // Findings name the line of the decoded text; the model points at the key.
                diagnostics += AlertmanagerConfigLoader.load(root, file: file, options: options).diagnostics.map(map.apply)
                config = AlertmanagerConfigLoader.load(map.remap(root), file: file, options: options).config
            } else {
                let loaded = AlertmanagerConfigLoader.load(map.remap(root), file: file, options: options)
                config = loaded.config
                diagnostics += loaded.diagnostics
            }
        }
        return EmbeddedAlertmanagerConfig(origin: origin, document: document, config: config, diagnostics: diagnostics, span: span)
    }
}
