import Diagnostics
import PromModel
import YAML

extension ConfigDecoder {
    static let tlsVersions = ["TLS10", "TLS11", "TLS12", "TLS13"]

    /// Decodes the HTTP client fields inlined into `m` and validates them as
    /// `HTTPClientConfig.Validate` does. `owner` is where to report problems
    /// that belong to no single key.
    func decodeInlineHTTPClient(_ m: MappingDecoder, owner: SourceSpan) -> HTTPClientConfig {
        var config = HTTPClientConfig(span: owner)
        if let node = m.mapping("basic_auth", type: "config.plain") {
            config.basicAuth = BasicAuth(
                span: node.span, username: node.string("username"), usernameFile: node.string("username_file"),
                usernameRef: node.string("username_ref"), password: node.string("password"),
                passwordFile: node.string("password_file"), passwordRef: node.string("password_ref"))
            node.finish()
        }
        if let node = m.mapping("authorization", type: "config.Authorization") {
            config.authorization = Authorization(
                span: node.span, type: node.string("type"), credentials: node.string("credentials"),
                credentialsFile: node.string("credentials_file"), credentialsRef: node.string("credentials_ref"))
            node.finish()
        }
        if let node = m.mapping("oauth2", type: "config.plain") {
            config.oauth2 = decodeOAuth2(node)
        }
        config.bearerToken = nonEmpty(m.string("bearer_token"))
        config.bearerTokenFile = nonEmpty(m.string("bearer_token_file"))
        if let node = m.mapping("tls_config", type: "config.plain") { config.tlsConfig = decodeTLS(node) }
        config.followRedirects = m.bool("follow_redirects")
        config.enableHTTP2 = m.bool("enable_http2")
        config.proxy = decodeProxy(m)
        config.httpHeaders = decodeHTTPHeaders(m)
        validateHTTPClient(config, owner: owner)
        return config
    }

    func nonEmpty(_ value: Located<String>?) -> Located<String>? {
        guard let value, !value.value.isEmpty else { return nil }
        return value
    }

    private func decodeOAuth2(_ node: MappingDecoder) -> OAuth2 {
        let proxy = decodeProxy(node)
        node.accept([
            "endpoint_params", "client_certificate_key", "client_certificate_key_id", "client_certificate_key_file",
            "client_certificate_key_ref", "grant_type", "signature_algorithm", "iss", "audience", "claims",
        ])
        let oauth = OAuth2(
            span: node.span, clientID: node.string("client_id"), clientSecret: node.string("client_secret"),
            clientSecretFile: node.string("client_secret_file"), clientSecretRef: node.string("client_secret_ref"),
            scopes: stringList(node, "scopes") ?? [], tokenURL: node.string("token_url"),
            tlsConfig: node.mapping("tls_config", type: "config.plain").map { decodeTLS($0) }, proxy: proxy)
        node.finish()
        validateProxy(proxy, owner: oauth.span)
        return oauth
    }

    func decodeTLS(_ node: MappingDecoder) -> TLSConfig {
        node.accept(["next_protos", "renegotiation", "spiffe"])
        let tls = TLSConfig(
            span: node.span, ca: nonEmpty(node.string("ca")), cert: nonEmpty(node.string("cert")),
            key: nonEmpty(node.string("key")), caFile: nonEmpty(node.string("ca_file")),
            certFile: nonEmpty(node.string("cert_file")), keyFile: nonEmpty(node.string("key_file")),
            caRef: nonEmpty(node.string("ca_ref")), certRef: nonEmpty(node.string("cert_ref")),
            keyRef: nonEmpty(node.string("key_ref")), serverName: node.string("server_name"),
            insecureSkipVerify: node.bool("insecure_skip_verify"), minVersion: node.string("min_version"),
            maxVersion: node.string("max_version"))
        node.finish()
        validateTLS(tls)
        return tls
    }

    private func decodeProxy(_ m: MappingDecoder) -> ProxyConfig {
        var proxy = ProxyConfig()
        if let url = m.string("proxy_url"), !url.value.isEmpty {
            proxy.proxyURL = url
            if case .failure(let error) = GoURL.parse(url.value) {
                emit(
                    PrometheusConfigChecks.invalidHTTPConfig,
                    "\(error.description); write the proxy as a URL, e.g. http://proxy.example:3128", at: url.span)
            }
        }
        proxy.noProxy = nonEmpty(m.string("no_proxy"))
        proxy.proxyFromEnvironment = m.bool("proxy_from_environment")
        if let node = m.value("proxy_connect_header"), !node.isNull, !(node.mapping?.isEmpty ?? false) {
            proxy.proxyConnectHeader = span(node)
        }
        return proxy
    }

    private func decodeHTTPHeaders(_ m: MappingDecoder) -> [Located<String>] {
        guard let node = m.value("http_headers"), !node.isNull else { return [] }
        guard let pairs = node.mapping else {
            context.typeMismatch(node, into: "config.Headers", expected: "a mapping of header names to settings")
            return []
        }
        var names: [Located<String>] = []
        for pair in pairs {
            guard let name = context.string(pair.key) else { continue }
            names.append(name)
            if let header = context.mapping(pair.value, type: "config.Header") {
                _ = stringList(header, "values")
                _ = stringList(header, "secrets")
                _ = stringList(header, "files")
                header.finish()
            }
            if Self.reservedHTTPHeaders.contains(canonicalHeaderKey(name.value)) {
                emit(
                    PrometheusConfigChecks.invalidHTTPConfig,
                    "setting header \(goQuote(canonicalHeaderKey(name.value))) is not allowed; Prometheus sets it itself (use basic_auth, authorization or oauth2 for credentials)",
                    at: name.span)
            }
        }
        return names
    }

    /// `prometheus/common` `reservedHeaders` for `http_headers`.
    static let reservedHTTPHeaders: Set<String> = [
        "Authorization", "Host", "Content-Encoding", "Content-Length", "Content-Type", "User-Agent", "Connection",
        "Keep-Alive", "Proxy-Authenticate", "Proxy-Authorization", "Www-Authenticate", "Accept-Encoding",
        "X-Prometheus-Remote-Write-Version", "X-Prometheus-Remote-Read-Version", "X-Prometheus-Scrape-Timeout-Seconds",
        "X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Content-Sha256",
    ]

    /// Go's `http.CanonicalHeaderKey`.
    func canonicalHeaderKey(_ name: String) -> String {
        var upper = true
        var out = ""
        for character in name {
            if !character.isASCII || character == " " { return name }
            out += upper ? character.uppercased() : character.lowercased()
            upper = character == "-"
        }
        return out
    }
}
