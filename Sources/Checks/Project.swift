import Alertmanager
import Deployment
import Diagnostics
import PrometheusConfig
import RuleFiles
import Topology
import YAML

/// The model a file was read into.
public enum FileModel: Sendable {
    case prometheusConfig(PrometheusConfig)
    case ruleFile(RuleFile)
    case alertmanagerConfig(AlertmanagerConfig)
    case compose(ComposeFile)
    case nginx(NginxConfig)
    case kubernetes(KubernetesManifest)
    case systemdUnit(SystemdUnit)
    case haproxy(HAProxyConfig)
}

/// One input, read and classified.
public struct LoadedFile: Sendable {
    public let path: String
    public let kind: FileKind
    public let model: FileModel?
    /// The file's text, shared with the report (no copy), for checks that
    /// compare contents, such as cluster members' configs.
    public let source: SourceText?

    public init(path: String, kind: FileKind, model: FileModel?, source: SourceText? = nil) {
        self.path = path
        self.kind = kind
        self.model = model
        self.source = source
    }
}

/// Everything halint was given, parsed once. Checks read it and never change it.
public struct Project: Sendable {
    public let files: [LoadedFile]
    /// Every rule expression, parsed once during loading.
    public let expressions: ExpressionCache
    /// `.halint.yml`, for checks with settings of their own.
    public let settings: CheckSettings
    /// Analyses several checks share, built on first use.
    let ruleRouteAnalyses = RuleRouteAnalyses()

    public init(files: [LoadedFile], expressions: ExpressionCache = ExpressionCache(), settings: CheckSettings = CheckSettings()) {
        self.files = files
        self.expressions = expressions
        self.settings = settings
    }

    public var prometheusConfigs: [(path: String, config: PrometheusConfig)] {
        files.compactMap { file in
            if case .prometheusConfig(let config) = file.model { return (file.path, config) }
            return nil
        }
    }

    public var ruleFiles: [(path: String, ruleFile: RuleFile)] {
        files.compactMap { file in
            if case .ruleFile(let rules) = file.model { return (file.path, rules) }
            return nil
        }
    }

    public var alertmanagerConfigs: [(path: String, config: AlertmanagerConfig)] {
        files.compactMap { file in
            if case .alertmanagerConfig(let config) = file.model { return (file.path, config) }
            return nil
        }
    }

    public var composeFiles: [(path: String, compose: ComposeFile)] {
        files.compactMap { file in
            if case .compose(let compose) = file.model { return (file.path, compose) }
            return nil
        }
    }

    public var nginxConfigs: [(path: String, config: NginxConfig)] {
        files.compactMap { file in
            if case .nginx(let config) = file.model { return (file.path, config) }
            return nil
        }
    }
}
