import Diagnostics
import PromModel
import YAML

/// Decodes prometheus/common's `http_config`, `tls_config` and `oauth2`
/// blocks and runs their `Validate` checks with the library's texts.
enum HTTPConfigDecoder {
    static func decode(_ node: YAMLNode, _ context: LoadContext) -> HTTPClientConfig? {
        guard let m = context.decoder.mapping(node, type: "config.plain") else { return nil }
        let mark = SchemaErrorMark(context)
        let basicAuth = m.mapping("basic_auth", type: "config.plain").map { b in
            defer { b.finish() }
            return BasicAuth(
                span: b.span, username: b.string("username"), usernameFile: b.string("username_file"),
                usernameRef: b.string("username_ref"), password: b.string("password"),
                passwordFile: b.string("password_file"), passwordRef: b.string("password_ref"))
        }
        let authorization = m.mapping("authorization", type: "config.Authorization").map { a in
            defer { a.finish() }
            return Authorization(
                span: a.span, type: a.string("type"), credentials: a.string("credentials"),
                credentialsFile: a.string("credentials_file"), credentialsRef: a.string("credentials_ref"))
        }
        let oauth2 = m.value("oauth2").flatMap { $0.isNull ? nil : decodeOAuth2($0, context) }
        let config = HTTPClientConfig(
            span: m.span, basicAuth: basicAuth, authorization: authorization, oauth2: oauth2,
            bearerToken: m.string("bearer_token"), bearerTokenFile: m.string("bearer_token_file"),
            tlsConfig: m.value("tls_config").flatMap { $0.isNull ? nil : decodeTLS($0, context) },
            followRedirects: m.bool("follow_redirects"), enableHTTP2: m.bool("enable_http2"),
            proxy: decodeProxy(m, context), httpHeaders: decodeHeaders(m, context))
        m.finish()
        if mark.isClean(context) { validate(config, context) }
        return config
    }

    static func decodeTLS(_ node: YAMLNode, _ context: LoadContext) -> TLSConfig? {
        guard let m = context.decoder.mapping(node, type: "config.plain") else { return nil }
        let mark = SchemaErrorMark(context)
        let tls = TLSConfig(
            span: m.span, ca: m.string("ca"), cert: m.string("cert"), key: m.string("key"),
            caFile: m.string("ca_file"), certFile: m.string("cert_file"), keyFile: m.string("key_file"),
            caRef: m.string("ca_ref"), certRef: m.string("cert_ref"), keyRef: m.string("key_ref"),
            serverName: m.string("server_name"), insecureSkipVerify: m.bool("insecure_skip_verify"),
            minVersion: m.string("min_version"), maxVersion: m.string("max_version"),
            nextProtos: m.stringList("next_protos") ?? [])
        m.finish()
        for version in [tls.minVersion, tls.maxVersion].compactMap({ $0 })
        where !["TLS10", "TLS11", "TLS12", "TLS13"].contains(version.value) {
            context.report(
                AlertmanagerChecks.invalidConfig, "unknown TLS version: \(version.value)",
                hint: "use TLS10, TLS11, TLS12 or TLS13", at: version.span)
        }
        if mark.isClean(context) { validateTLS(tls, context) }
        return tls
    }

    private static func decodeOAuth2(_ node: YAMLNode, _ context: LoadContext) -> OAuth2? {
        guard let m = context.decoder.mapping(node, type: "config.plain") else { return nil }
        let mark = SchemaErrorMark(context)
        let oauth = OAuth2(
            span: m.span, clientID: m.string("client_id"), clientSecret: m.string("client_secret"),
            clientSecretFile: m.string("client_secret_file"), clientSecretRef: m.string("client_secret_ref"),
            scopes: m.stringList("scopes") ?? [], tokenURL: m.string("token_url"), endpointParams: m.pairs("endpoint_params"),
            tlsConfig: m.value("tls_config").flatMap { $0.isNull ? nil : decodeTLS($0, context) },
            proxy: decodeProxy(m, context))
        m.finish()
        if mark.isClean(context) { validateProxy(oauth.proxy, at: oauth.span, context) }
        return oauth
    }

    private static func decodeProxy(_ m: MappingDecoder, _ context: LoadContext) -> ProxyConfig {
        var connectHeader: SourceSpan?
        if let node = m.raw("proxy_connect_header"), let headers = context.decoder.mapping(node, type: "config.ProxyHeader") {
            for header in headers.pairs { _ = context.decoder.stringList(header.value) }
            if !headers.pairs.isEmpty { connectHeader = headers.span }
        }
        return ProxyConfig(
            proxyURL: m.plainURL("proxy_url", context), noProxy: m.string("no_proxy"),
            proxyFromEnvironment: m.bool("proxy_from_environment"), proxyConnectHeader: connectHeader)
    }

    /// Headers that change the connection or that Prometheus and SigV4 set themselves.
    static let reservedHeaders: Set<String> = [
        "Authorization", "Host", "Content-Encoding", "Content-Length", "Content-Type", "User-Agent", "Connection",
        "Keep-Alive", "Proxy-Authenticate", "Proxy-Authorization", "Www-Authenticate", "Accept-Encoding",
        "X-Prometheus-Remote-Write-Version", "X-Prometheus-Remote-Read-Version", "X-Prometheus-Scrape-Timeout-Seconds",
        "X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Content-Sha256",
    ]

    /// `http_headers`: header name → `values` / `secrets` / `files`; the names.
    private static func decodeHeaders(_ m: MappingDecoder, _ context: LoadContext) -> [Located<String>] {
        guard let node = m.raw("http_headers"), let headers = context.decoder.mapping(node, type: "config.Headers") else {
            return []
        }
        var names: [Located<String>] = []
        for pair in headers.pairs {
            guard let name = context.decoder.string(pair.key) else { continue }
            names.append(name)
            _ = headers.value(name.value)
            if let header = context.decoder.mapping(pair.value, type: "config.Header") {
                for key in ["values", "secrets", "files"] { _ = header.stringList(key) }
                header.finish()
            }
            let canonical = EmailConfig.canonicalHeaderKey(name.value)
            if reservedHeaders.contains(canonical) {
                context.report(
                    AlertmanagerChecks.invalidConfig, "setting header \(goQuote(canonical)) is not allowed",
                    hint: canonical == "Authorization"
                        ? "use http_config.authorization or basic_auth for credentials" : "remove this header",
                    at: name.span)
            }
        }
        headers.finish()
        return names
    }

    /// `HTTPClientConfig.Validate`, in the library's order.
    private static func validate(_ c: HTTPClientConfig, _ context: LoadContext) {
        let conflict = AlertmanagerChecks.conflictingSettings
        func report(_ check: CheckDescriptor, _ text: String, _ hint: String) {
            context.report(check, text, hint: hint, at: c.span)
        }
        let hasBearer = isSet(c.bearerToken) || isSet(c.bearerTokenFile)
        if isSet(c.bearerToken) && isSet(c.bearerTokenFile) {
            report(conflict, "at most one of bearer_token & bearer_token_file must be configured", "keep only one of them")
        }
        if (c.basicAuth != nil || c.oauth2 != nil) && hasBearer {
            report(
                conflict, "at most one of basic_auth, oauth2, bearer_token & bearer_token_file must be configured",
                "choose a single authentication method")
        }
        if let basic = c.basicAuth {
            if [basic.username, basic.usernameFile, basic.usernameRef].filter(isSet).count > 1 {
                report(
                    conflict, "at most one of basic_auth username, username_file & username_ref must be configured",
                    "keep only one username source")
            }
            if [basic.password, basic.passwordFile, basic.passwordRef].filter(isSet).count > 1 {
                report(
                    conflict, "at most one of basic_auth password, password_file & password_ref must be configured",
                    "keep only one password source")
            }
        }
        if let authorization = c.authorization {
            if hasBearer {
                report(
                    conflict, "authorization is not compatible with bearer_token & bearer_token_file",
                    "move the token into authorization.credentials")
            }
            if [authorization.credentials, authorization.credentialsFile, authorization.credentialsRef].filter(isSet).count > 1 {
                report(
                    conflict, "at most one of authorization credentials & credentials_file must be configured",
                    "keep only one credentials source")
            }
            let type = authorization.type?.value.trimmingWhitespace ?? ""
            if type.lowercased() == "basic" {
                report(
                    AlertmanagerChecks.invalidConfig, "authorization type cannot be set to \"basic\", use \"basic_auth\" instead",
                    "move the credentials into basic_auth")
            }
            if c.basicAuth != nil || c.oauth2 != nil {
                report(
                    conflict, "at most one of basic_auth, oauth2 & authorization must be configured",
                    "choose a single authentication method")
            }
        }
        if let oauth = c.oauth2 {
            if c.basicAuth != nil {
                report(
                    conflict, "at most one of basic_auth, oauth2 & authorization must be configured",
                    "choose a single authentication method")
            }
            if !isSet(oauth.clientID) {
                report(AlertmanagerChecks.invalidConfig, "oauth2 client_id must be configured", "set oauth2.client_id")
            }
            if !isSet(oauth.tokenURL) {
                report(AlertmanagerChecks.invalidConfig, "oauth2 token_url must be configured", "set oauth2.token_url")
            }
            if [oauth.clientSecret, oauth.clientSecretFile, oauth.clientSecretRef].filter(isSet).count > 1 {
                report(
                    conflict, "at most one of oauth2 client_secret, client_secret_file & client_secret_ref must be configured",
                    "keep only one client secret source")
            }
        }
        validateProxy(c.proxy, at: c.span, context)
    }

    /// `ProxyConfig.Validate`.
    private static func validateProxy(_ p: ProxyConfig, at span: SourceSpan, _ context: LoadContext) {
        let fromEnvironment = p.proxyFromEnvironment?.value ?? false
        let hasProxyURL = isSet(p.proxyURL)
        let hasConnectHeader = p.proxyConnectHeader != nil
        func report(_ text: String, _ hint: String) {
            context.report(AlertmanagerChecks.conflictingSettings, text, hint: hint, at: span)
        }
        if hasConnectHeader && !fromEnvironment && !hasProxyURL {
            report(
                "if proxy_connect_header is configured, proxy_url or proxy_from_environment must also be configured",
                "set proxy_url, or drop proxy_connect_header")
        }
        if fromEnvironment && hasProxyURL {
            report("if proxy_from_environment is configured, proxy_url must not be configured", "keep only one of them")
        }
        if fromEnvironment && isSet(p.noProxy) {
            report(
                "if proxy_from_environment is configured, no_proxy must not be configured",
                "set NO_PROXY in the environment instead")
        }
        if p.proxyURL == nil && isSet(p.noProxy) {
            report("if no_proxy is configured, proxy_url must also be configured", "set proxy_url or remove no_proxy")
        }
    }

    /// `TLSConfig.Validate`.
    private static func validateTLS(_ t: TLSConfig, _ context: LoadContext) {
        func report(_ text: String, _ hint: String) {
            context.report(AlertmanagerChecks.conflictingSettings, text, hint: hint, at: t.span)
        }
        if [t.ca, t.caFile, t.caRef].filter(isSet).count > 1 {
            report("at most one of ca, ca_file & ca_ref must be configured", "keep only one CA source")
        }
        if [t.cert, t.certFile, t.certRef].filter(isSet).count > 1 {
            report("at most one of cert, cert_file & cert_ref must be configured", "keep only one certificate source")
        }
        if [t.key, t.keyFile, t.keyRef].filter(isSet).count > 1 {
            report("at most one of key and key_file must be configured", "keep only one key source")
        }
        let usingCert = [t.cert, t.certFile, t.certRef].contains(where: isSet)
        let usingKey = [t.key, t.keyFile, t.keyRef].contains(where: isSet)
        if usingCert && !usingKey {
            report(
                "exactly one of key or key_file must be configured when a client certificate is configured",
                "add the client key (key_file)")
        } else if usingKey && !usingCert {
            report(
                "exactly one of cert or cert_file must be configured when a client key is configured",
                "add the client certificate (cert_file)")
        }
    }
}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
