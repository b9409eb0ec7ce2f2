import Diagnostics
import PromModel
import YAML

extension ConfigDecoder {
    static let kubernetesRoles = ["pod", "service", "endpoints", "endpointslice", "node", "ingress"]

    /// Which selector roles each discovery role accepts (3.11+: pods may select nodes).
    static let kubernetesSelectorRoles: [String: [String]] = [
        "pod": ["pod", "node"], "service": ["service"], "endpointslice": ["pod", "service", "endpointslice"],
        "endpoints": ["pod", "service", "endpoints"], "node": ["node"], "ingress": ["ingress"],
    ]

    func decodeKubernetesSD(_ node: YAMLNode) -> KubernetesSDConfig? {
        guard let m = context.mapping(node, type: "kubernetes.plain") else { return nil }
        let itemSpan = span(node)
        var config = KubernetesSDConfig(
            span: itemSpan, role: m.string("role"), apiServer: nonEmpty(m.string("api_server")),
            kubeconfigFile: nonEmpty(m.string("kubeconfig_file")), namespaces: [], ownNamespace: nil, selectors: [],
            attachNodeMetadata: nil, attachNamespaceMetadata: nil, httpClient: HTTPClientConfig(span: itemSpan))
        if let namespaces = m.mapping("namespaces", type: "kubernetes.plain") {
            config.ownNamespace = namespaces.bool("own_namespace")
            config.namespaces = stringList(namespaces, "names") ?? []
            namespaces.finish()
        }
        config.selectors =
            m.list("selectors") { item -> KubernetesSDConfig.Selector? in
                guard let selector = context.mapping(item, type: "kubernetes.SelectorConfig") else { return nil }
                defer { selector.finish() }
                return KubernetesSDConfig.Selector(
                    role: selector.string("role"), label: selector.string("label"), field: selector.string("field"))
            } ?? []
        if let attach = m.mapping("attach_metadata", type: "kubernetes.AttachMetadataConfig") {
            config.attachNodeMetadata = attach.bool("node")
            config.attachNamespaceMetadata = attach.bool("namespace")
            attach.finish()
        }
        config.httpClient = decodeInlineHTTPClient(m, owner: itemSpan)
        m.finish()
        validateKubernetes(config)
        return config
    }

    private func validateKubernetes(_ config: KubernetesSDConfig) {
        let fail = { (message: String, span: SourceSpan) in
            self.emit(PrometheusConfigChecks.invalidSDConfig, message, at: span)
        }
        let roles = Self.kubernetesRoles.joined(separator: ", ")
        guard let role = config.role, !role.value.isEmpty else {
            fail("role missing (one of: \(roles)); add role:", config.span)
            return
        }
        if !Self.kubernetesRoles.contains(role.value) {
            fail("unknown Kubernetes SD role \(goQuote(role.value)); use one of \(roles)", role.span)
        }
        if let server = config.apiServer, case .failure(let error) = GoURL.parse(server.value) {
            fail(error.description, server.span)
        }
        if config.apiServer != nil, let kubeconfig = config.kubeconfigFile {
            fail("cannot use 'kubeconfig_file' and 'api_server' simultaneously; keep one", kubeconfig.span)
        }
        if let kubeconfig = config.kubeconfigFile, config.httpClient.isCustomised {
            fail(
                "cannot use a custom HTTP client configuration together with 'kubeconfig_file'; put the credentials in the kubeconfig",
                kubeconfig.span)
        }
        if config.apiServer == nil && config.kubeconfigFile == nil && config.httpClient.isCustomised {
            fail(
                "to use custom HTTP client configuration please provide the 'api_server' URL explicitly", config.span)
        }
        if let own = config.ownNamespace, own.value {
            if config.apiServer != nil {
                fail("cannot use 'api_server' and 'namespaces.own_namespace' simultaneously", own.span)
            }
            if config.kubeconfigFile != nil {
                fail("cannot use 'kubeconfig_file' and 'namespaces.own_namespace' simultaneously", own.span)
            }
        }
        var seen: Set<String> = []
        for selector in config.selectors {
            let selectorRole = selector.role?.value ?? ""
            let place = selector.role?.span ?? config.span
            if !seen.insert(selectorRole).inserted {
                fail("duplicated selector role: \(selectorRole); merge the selectors of one role", place)
                continue
            }
            if let allowed = Self.kubernetesSelectorRoles[role.value], !allowed.contains(selectorRole) {
                fail("\(role.value) role supports only \(allowed.joined(separator: ", ")) selectors", place)
            }
            if let field = selector.field, let bad = Self.badFieldSelectorTerm(field.value) {
                fail(
                    "invalid selector: '\(field.value)'; can't understand '\(bad)'; write field selectors as key=value, key==value or key!=value",
                    field.span)
            }
        }
    }

    /// Kubernetes `fields.ParseSelector`: comma-separated `k=v`, `k==v` or `k!=v` terms.
    static func badFieldSelectorTerm(_ selector: String) -> String? {
        guard !selector.isEmpty else { return nil }
        var terms: [String] = []
        var current = ""
        var escaped = false
        for character in selector {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                current.append(character)
                escaped = true
            } else if character == "," {
                terms.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        terms.append(current)
        return terms.first { !$0.contains("=") }
    }
}
