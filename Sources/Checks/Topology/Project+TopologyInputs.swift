import Topology
import YAML

extension Project {
    /// The inputs of the deployment model: the loaded files, plus Kubernetes manifests among
    /// the files halint could not classify (read again here, until the loader knows the kind),
    /// and the raw text of Alertmanager configs so members' configs can be compared.
    public var topologyInputs: TopologyInputs {
        var inputs = TopologyInputs()
        inputs.catalog.parseExpression = { [expressions] in expressions.parse($0).expr }
        for file in files {
            switch file.model {
            case .compose(let compose): inputs.composeFiles.append(compose)
            case .nginx(let config): inputs.nginxConfigs.append(config)
            case .haproxy(let config): inputs.haproxyConfigs.append(config)
            case .kubernetes(let manifest) where !manifest.objects.isEmpty: inputs.kubernetesManifests.append(manifest)
            case .systemdUnit(let unit): inputs.systemdUnits.append(unit)
            case .prometheusConfig(let config): inputs.add(prometheusConfig: config)
            case .ruleFile(let rules): inputs.add(ruleFile: rules, path: file.path)
            case .alertmanagerConfig(let config):
                inputs.add(alertmanagerConfig: config, path: file.path, bytes: file.source?.bytes)
            case .kubernetes, nil:
                continue
            }
        }
        return inputs
    }

    /// The deployment model of the project; empty when nothing describes a deployment.
    public var topology: Topology {
        let inputs = topologyInputs
        return inputs.isEmpty ? Topology(stacks: []) : Topology.build(inputs)
    }
}
