import YAML

/// `spec.alertmanagerConfigMatcherStrategy.type` of the operator's
/// `Alertmanager` resource: whether the routes and inhibit rules of an
/// `AlertmanagerConfig` get a `namespace="<ns>"` matcher (prometheus-operator
/// `getEnforcer`: `None` adds none, `OnNamespaceExceptForAlertmanagerNamespace`
/// none for resources in the Alertmanager's own namespace, anything else
/// `OnNamespace`). Every strategy keeps `continue: true` on the top route.
public enum OperatorMatcherStrategy: Sendable, Hashable {
    case onNamespace
    case onNamespaceExceptForAlertmanagerNamespace(alertmanagerNamespace: String?)
    case none

    /// Whether a resource in `namespace` gets the namespace matcher.
    func enforces(namespace: String?) -> Bool {
        switch self {
        case .onNamespace: true
        case .none: false
        case .onNamespaceExceptForAlertmanagerNamespace(let own): own == nil || namespace != own
        }
    }

    /// The strategy of the first `Alertmanager` resource in the stream, or
    /// the operator's default when the file has none (halint does not follow
    /// the resource's config selectors across files).
    static func find(in stream: YAMLStream) -> OperatorMatcherStrategy {
        for document in stream.documents {
            for resource in resources(document.root) {
                let type = resource["spec"]?["alertmanagerConfigMatcherStrategy"]?["type"]?.scalar
                switch type {
                case "None": return .none
                case "OnNamespaceExceptForAlertmanagerNamespace":
                    return .onNamespaceExceptForAlertmanagerNamespace(
                        alertmanagerNamespace: resource["metadata"]?["namespace"]?.scalar)
                default: return .onNamespace
                }
            }
        }
        return .onNamespace
    }

    private static func resources(_ root: YAMLNode) -> [YAMLNode] {
        let kind = root["kind"]?.scalar
        if kind == "List" { return (root["items"]?.sequence ?? []).flatMap(resources) }
        guard kind == "Alertmanager", root["apiVersion"]?.scalar?.hasPrefix("monitoring.coreos.com/") ?? false else { return [] }
        return [root]
    }
}
