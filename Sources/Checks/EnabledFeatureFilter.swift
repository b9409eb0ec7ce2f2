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
        guard diagnostics.contains(where: { $0.check == PromQLChecks.syntax.id && Self.feature(of: $0.message) != nil }) else {
            return diagnostics
        }
        let loaders = featuresByRuleFile()
        return diagnostics.filter { diagnostic in
            guard diagnostic.check == PromQLChecks.syntax.id, let feature = Self.feature(of: diagnostic.message),
                  let sets = loaders[InputCollector.normalized(diagnostic.span.file)], !sets.isEmpty
            else { return true }
            return !sets.allSatisfy { $0.contains(feature) }
        }
    }

    /// The `--enable-feature` value that lifts a parser refusal, by the
    /// Prometheus message inside the finding.
    static func feature(of message: String) -> String? {
        if message.contains("is not enabled; ") && message.contains("function \"")
            || message.contains("is experimental and must be enabled with --enable-feature=promql-experimental-functions")
        {
            return "promql-experimental-functions"
        }
        if message.contains("anchored modifier is experimental and not enabled")
            || message.contains("smoothed modifier is experimental and not enabled")
        {
            return "promql-extended-range-selectors"
        }
        if message.contains("binop fill modifiers are experimental and not enabled") { return "promql-binop-fill-modifiers" }
        if message.contains("experimental duration expression is not enabled") { return "promql-duration-expr" }
        return nil
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
