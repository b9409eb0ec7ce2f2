import Diagnostics
import PromQL
import Topology

/// `promql/range-beyond-retention`: offsets, ranges and subqueries that read
/// further back than the Prometheus running the rule keeps data, when the
/// deployment (compose `command:`, a Kubernetes container's args, a systemd
/// `ExecStart`) sets `--storage.tsdb.retention.time` explicitly. Live mode
/// asks the server instead (`live/range-beyond-retention`).
public struct RangeBeyondRetentionCheck: ProjectCheck {
    public static let descriptor = RuleLintChecks.rangeBeyondRetention
    public init() {}

    public func check(_ project: Project) -> [Diagnostic] {
        let retentions = Self.retentions(project)
        guard !retentions.isEmpty else { return [] }
        let configs = project.prometheusConfigs
        let servers = configs.map { PrometheusServer(path: $0.path, config: $0.config) }
        var diagnostics: [Diagnostic] = []
        for rule in RuleLintRunner(project: project).parseRules(servers) {
            // The shortest retention among the servers that load the rule and
            // keep it; with remote_read a query also reads the remote store.
            let kept = rule.servers.compactMap { index -> (Int64, String)? in
                guard configs[index].config.remoteRead.isEmpty else { return nil }
                return retentions[InputCollector.normalized(configs[index].path)]
            }
            guard let (retention, service) = kept.min(by: { $0.0 < $1.0 }) else { continue }
            for finding in RetentionReach(rule.expr, retention: retention).findings {
                diagnostics.append(
                    Diagnostic(
                        Self.descriptor, RetentionReach.message(finding, retention: retention, server: service),
                        at: rule.span(finding.range)))
            }
        }
        return diagnostics
    }

    /// Retention by the normalized path of the config a Prometheus service
    /// loads, for services whose command line sets it.
    static func retentions(_ project: Project) -> [String: (Int64, String)] {
        guard project.files.contains(where: { if case .prometheusConfig = $0.model { true } else { false } }) else { return [:] }
        var out: [String: (Int64, String)] = [:]
        for stack in project.topology.stacks {
            for service in stack.services(.prometheus) {
                let time = service.flag("storage.tsdb.retention.time")
                let deprecated = service.flag("storage.tsdb.retention")
                guard time != nil || deprecated != nil, let config = service.configFile,
                      let retention = RetentionFlags.retention(
                          time: time?.value, deprecated: deprecated?.value, size: service.flag("storage.tsdb.retention.size")?.value)
                else { continue }
                let key = InputCollector.normalized(config.path)
                if let known = out[key], known.0 <= retention { continue }
                out[key] = (retention, "the Prometheus service `\(service.name)` (\(service.file))")
            }
        }
        return out
    }
}
