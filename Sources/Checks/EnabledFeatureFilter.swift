import Diagnostics
import PromQL
import Topology

/// Drops `promql/syntax` findings for experimental PromQL that every
/// Prometheus loading the rule file enables with `--enable-feature`
/// (compose `command:`, Kubernetes args, systemd `ExecStart`): those servers
/// load the rule, so reporting it as an error would be a false alarm. A rule
/// file some config loads without such a service keeps the finding.
struct EnabledFeatureFilter {
    let project: Project

    func apply(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard diagnostics.contains(where: { $0.check == PromQLChecks.syntax.id && PromQLChecks.requiredFeature(for: $0.message) != nil }) else {
            return diagnostics
        }
        let loaders = featuresByRuleFile()
        return diagnostics.filter { diagnostic in
            guard diagnostic.check == PromQLChecks.syntax.id, let feature = PromQLChecks.requiredFeature(for: diagnostic.message),
                  let sets = loaders[InputCollector.normalized(diagnostic.span.file)], !sets.isEmpty
            else { return true }
            return !sets.allSatisfy { $0.contains(feature) }
        }
    }

    /// For each rule file a config of the project loads, the enabled
    /// features of each server loading it (empty for a config no service runs).
    private func featuresByRuleFile() -> [String: [Set<String>]] {
        var byConfig: [String: [Set<String>]] = [:]
        for stack in project.topology.stacks {
            for service in stack.services(.prometheus) {
                guard let config = service.configFile else { continue }
                let features = service.flags("enable-feature").flatMap { $0.value.split(separator: ",").map(String.init) }
                byConfig[InputCollector.normalized(config.path), default: []].append(Set(features))
            }
        }
        var out: [String: [Set<String>]] = [:]
        for entry in project.prometheusConfigs {
            let server = PrometheusServer(path: entry.path, config: entry.config)
            let sets = byConfig[InputCollector.normalized(entry.path)] ?? [[]]
            for file in server.ruleFiles { out[file, default: []].append(contentsOf: sets) }
        }
        return out
    }
}
