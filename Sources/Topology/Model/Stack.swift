import Alertmanager
import Diagnostics
import PromQL
import PrometheusConfig
import RuleFiles

/// One deployment: the services of the compose files of one directory, the
/// Kubernetes objects of one namespace, or the systemd units given together.
public struct Stack: Sendable {
    public var name: String
    public var services: [TopologyService]
    public var loadBalancerConfigs: [LoadBalancerConfig]
    /// The files the services load, shared by every stack.
    public var catalog: ConfigCatalog

    public init(name: String, services: [TopologyService], loadBalancerConfigs: [LoadBalancerConfig], catalog: ConfigCatalog) {
        self.name = name
        self.services = services
        self.loadBalancerConfigs = loadBalancerConfigs
        self.catalog = catalog
    }

    public func services(_ role: ServiceRole) -> [TopologyService] {
        services.filter { $0.role == role }
    }

    public func service(named name: String) -> TopologyService? {
        services.first { $0.name == name }
    }

    /// The service another one reaches as `host`.
    public func service(reachableAs host: String) -> TopologyService? {
        services.first { $0.isReachable(as: host) }
    }

    /// The Prometheus config a service loads, when halint was given that file.
    public func prometheusConfig(of service: TopologyService) -> PrometheusConfig? {
        service.configFile.flatMap { catalog.prometheusConfig(at: $0.path) }
    }

    /// Forwarding rules of the load balancer `service` runs.
    public func routes(of service: TopologyService) -> [LoadBalancerRoute] {
        loadBalancerConfigs.filter { $0.serviceName == service.name }.flatMap(\.routes)
    }

    /// Forwarding rules that accept traffic on `port` of `service`.
    public func routes(of service: TopologyService, port: Int) -> [LoadBalancerRoute] {
        routes(of: service).filter { $0.listenPort == port }
    }

    /// Every route of every load-balancer config of the stack, with the service running it (if known).
    public var allRoutes: [(service: TopologyService?, route: LoadBalancerRoute)] {
        loadBalancerConfigs.flatMap { config in
            let runner = config.serviceName.flatMap { service(named: $0) }
            return config.routes.map { (runner, $0) }
        }
    }
}

/// Config files by canonical path.
public struct ConfigCatalog: Sendable {
    public var prometheusConfigs: [String: PrometheusConfig]
    public var alertmanagerConfigs: [String: AlertmanagerConfig]
    public var ruleFiles: [String: RuleFile]
    /// The path each rule file was loaded under, by canonical path.
    public var ruleFilePaths: [String: String]
    /// Raw bytes of Alertmanager configs, to compare what members load.
    public var contents: [String: [UInt8]]
    /// Parses a rule expression. `halint check` passes its run's expression
    /// cache, so rules already parsed while loading are not parsed again.
    public var parseExpression: @Sendable (String) -> Expr? = { PromQLParser.parse($0).expr }

    public init(
        prometheusConfigs: [String: PrometheusConfig] = [:], alertmanagerConfigs: [String: AlertmanagerConfig] = [:],
        ruleFiles: [String: RuleFile] = [:], contents: [String: [UInt8]] = [:]
    ) {
        self.prometheusConfigs = prometheusConfigs
        self.alertmanagerConfigs = alertmanagerConfigs
        self.ruleFiles = ruleFiles
        self.ruleFilePaths = [:]
        self.contents = contents
    }

    public func prometheusConfig(at path: String) -> PrometheusConfig? {
        prometheusConfigs[CanonicalPath.of(path)]
    }

    public func alertmanagerConfig(at path: String) -> AlertmanagerConfig? {
        alertmanagerConfigs[CanonicalPath.of(path)]
    }

    public func content(at path: String) -> [UInt8]? { contents[CanonicalPath.of(path)] }

    /// Loaded rule files whose path matches one of `patterns` (globs in the last element), in pattern order.
    public func ruleFiles(matching patterns: [String]) -> [(path: String, ruleFile: RuleFile)] {
        var result: [(String, RuleFile)] = []
        var seen: Set<String> = []
        for pattern in patterns {
            for path in ruleFiles.keys.sorted() where CanonicalPath.matches(pattern: pattern, path: path) {
                if seen.insert(path).inserted, let file = ruleFiles[path] { result.append((ruleFilePaths[path] ?? path, file)) }
            }
        }
        return result
    }

    /// The rule files a Prometheus config loads, its `rule_files` resolved against the config's directory.
    public func ruleFiles(of config: PrometheusConfig) -> [(path: String, ruleFile: RuleFile)] {
        ruleFiles(matching: config.ruleFiles.map(\.resolved))
    }
}
