import Diagnostics
import PromModel
import YAML

/// A file glob as written and resolved against the config file's directory
/// (Prometheus's `SetDirectory`). halint does not check that it matches anything.
public struct FilePattern: Sendable, Hashable {
    public var written: Located<String>
    public var resolved: String

    public init(written: Located<String>, resolved: String) {
        self.written = written
        self.resolved = resolved
    }
}

/// One `static_configs` entry: targets share the labels.
public struct StaticConfig: Sendable {
    public var span: SourceSpan
    public var targets: [Located<String>]
    public var labels: [LabelPair]
}

/// One `file_sd_configs` entry.
public struct FileSDConfig: Sendable {
    public var span: SourceSpan
    public var files: [FilePattern]
    public var refreshInterval: Located<ModelDuration>?
}

/// One `dns_sd_configs` entry. `type` defaults to SRV.
public struct DNSSDConfig: Sendable {
    public var span: SourceSpan
    public var names: [Located<String>]
    public var type: Located<String>?
    public var port: Located<Int64>?
    public var refreshInterval: Located<ModelDuration>?

    public var effectiveType: String { (type?.value ?? "SRV").uppercased() }
}

/// One `kubernetes_sd_configs` entry, modelled because most real configs use it.
public struct KubernetesSDConfig: Sendable {
    public struct Selector: Sendable {
        public var role: Located<String>?
        public var label: Located<String>?
        public var field: Located<String>?
    }

    public var span: SourceSpan
    public var role: Located<String>?
    public var apiServer: Located<String>?
    public var kubeconfigFile: Located<String>?
    public var namespaces: [Located<String>]
    public var ownNamespace: Located<Bool>?
    public var selectors: [Selector]
    public var attachNodeMetadata: Located<Bool>?
    public var attachNamespaceMetadata: Located<Bool>?
    public var httpClient: HTTPClientConfig
}

/// Any other discovery block: its mechanism name and raw mapping. halint
/// knows each mechanism's fields and simple required-field rules but does not
/// model the values.
public struct GenericSDConfig: Sendable {
    /// The mechanism, e.g. `consul` for `consul_sd_configs`.
    public var mechanism: String
    public var span: SourceSpan
    public var node: YAMLNode
    public var httpClient: HTTPClientConfig?
}

/// Every discovery block of one scrape or Alertmanager config.
public struct ServiceDiscoveryConfigs: Sendable {
    public var staticConfigs: [StaticConfig] = []
    public var fileSDConfigs: [FileSDConfig] = []
    public var dnsSDConfigs: [DNSSDConfig] = []
    public var kubernetesSDConfigs: [KubernetesSDConfig] = []
    public var others: [GenericSDConfig] = []

    public init() {}

    public var isEmpty: Bool {
        staticConfigs.isEmpty && fileSDConfigs.isEmpty && dnsSDConfigs.isEmpty && kubernetesSDConfigs.isEmpty
            && others.isEmpty
    }

    /// Every static target, in file order.
    public var staticTargets: [Located<String>] { staticConfigs.flatMap(\.targets) }
}
