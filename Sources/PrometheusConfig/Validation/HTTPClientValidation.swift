import Diagnostics
import YAML

/// `HTTPClientConfig.Validate`, `TLSConfig.Validate` and `ProxyConfig.Validate`
/// from prometheus/common, with their exact messages, each reported at the
/// setting that conflicts.
extension ConfigDecoder {
    func validateHTTPClient(_ config: HTTPClientConfig, owner: SourceSpan) {
        let fail = { (message: String, span: SourceSpan) in
            self.emit(PrometheusConfigChecks.invalidHTTPConfig, message, at: span)
        }
        let bearer = config.bearerToken ?? config.bearerTokenFile
        if config.bearerToken != nil, let file = config.bearerTokenFile {
            fail("at most one of bearer_token & bearer_token_file must be configured; keep only one", file.span)
        }
        if let bearer, config.basicAuth != nil || config.oauth2 != nil {
            fail(
                "at most one of basic_auth, oauth2, bearer_token & bearer_token_file must be configured; keep one authentication method",
                bearer.span)
        }
        if let basic = config.basicAuth {
            if let second = [basic.username, basic.usernameFile, basic.usernameRef].compactMap(nonEmpty).dropFirst().first {
                fail("at most one of basic_auth username, username_file & username_ref must be configured", second.span)
            }
            if let second = [basic.password, basic.passwordFile, basic.passwordRef].compactMap(nonEmpty).dropFirst().first {
                fail("at most one of basic_auth password, password_file & password_ref must be configured", second.span)
            }
        }
        if let auth = config.authorization {
            if let bearer {
                fail(
                    "authorization is not compatible with bearer_token & bearer_token_file; move the token into authorization.credentials",
                    bearer.span)
            }
            let credentials = [auth.credentials, auth.credentialsFile, auth.credentialsRef].compactMap(nonEmpty)
            if let second = credentials.dropFirst().first {
                fail("at most one of authorization credentials & credentials_file must be configured", second.span)
            }
            if let type = auth.type, type.value.trimmingSpaces.lowercased() == "basic" {
                fail("authorization type cannot be set to \"basic\", use \"basic_auth\" instead", type.span)
            }
            if config.basicAuth != nil || config.oauth2 != nil {
                fail("at most one of basic_auth, oauth2 & authorization must be configured; keep one authentication method", auth.span)
            }
        }
        if let oauth = config.oauth2 {
            if config.basicAuth != nil && config.authorization == nil {
                fail("at most one of basic_auth, oauth2 & authorization must be configured; keep one authentication method", oauth.span)
            }
            if oauth.clientID?.value.isEmpty ?? true {
                fail("oauth2 client_id must be configured", oauth.clientID?.span ?? oauth.span)
            }
            if oauth.tokenURL?.value.isEmpty ?? true {
                fail("oauth2 token_url must be configured", oauth.tokenURL?.span ?? oauth.span)
            }
            let secrets = [oauth.clientSecret, oauth.clientSecretFile, oauth.clientSecretRef].compactMap(nonEmpty)
            if let second = secrets.dropFirst().first {
                fail("at most one of oauth2 client_secret, client_secret_file & client_secret_ref must be configured", second.span)
            }
        }
        validateProxy(config.proxy, owner: owner)
    }

    func validateProxy(_ config: ProxyConfig, owner: SourceSpan) {
        let fail = { (message: String, span: SourceSpan) in
            self.emit(PrometheusConfigChecks.invalidHTTPConfig, message, at: span)
        }
        let fromEnvironment = config.proxyFromEnvironment?.value == true
        if let header = config.proxyConnectHeader, !fromEnvironment, config.proxyURL == nil {
            fail("if proxy_connect_header is configured, proxy_url or proxy_from_environment must also be configured", header)
        }
        if fromEnvironment, let url = config.proxyURL {
            fail("if proxy_from_environment is configured, proxy_url must not be configured", url.span)
        }
        if fromEnvironment, let noProxy = config.noProxy {
            fail("if proxy_from_environment is configured, no_proxy must not be configured", noProxy.span)
        }
        if config.proxyURL == nil, let noProxy = config.noProxy {
            fail("if no_proxy is configured, proxy_url must also be configured", noProxy.span)
        }
    }

    func validateTLS(_ tls: TLSConfig) {
        let fail = { (message: String, span: SourceSpan) in
            self.emit(PrometheusConfigChecks.invalidHTTPConfig, message, at: span)
        }
        if let second = [tls.ca, tls.caFile, tls.caRef].compactMap({ $0 }).dropFirst().first {
            fail("at most one of ca, ca_file & ca_ref must be configured", second.span)
        }
        if let second = [tls.cert, tls.certFile, tls.certRef].compactMap({ $0 }).dropFirst().first {
            fail("at most one of cert, cert_file & cert_ref must be configured", second.span)
        }
        if let second = [tls.key, tls.keyFile, tls.keyRef].compactMap({ $0 }).dropFirst().first {
            fail("at most one of key and key_file must be configured", second.span)
        }
        let cert = tls.cert ?? tls.certFile ?? tls.certRef
        let key = tls.key ?? tls.keyFile ?? tls.keyRef
        if let cert, key == nil {
            fail("exactly one of key or key_file must be configured when a client certificate is configured", cert.span)
        } else if let key, cert == nil {
            fail("exactly one of cert or cert_file must be configured when a client key is configured", key.span)
        }
        for version in [tls.minVersion, tls.maxVersion].compactMap({ $0 }) where !Self.tlsVersions.contains(version.value) {
            fail(
                "unknown TLS version: \(version.value); use one of \(Self.tlsVersions.joined(separator: ", "))",
                version.span)
        }
        if let min = tls.minVersion, let max = tls.maxVersion,
            let low = Self.tlsVersions.firstIndex(of: min.value), let high = Self.tlsVersions.firstIndex(of: max.value),
            high < low
        {
            fail(
                "tls_config.max_version must be greater than or equal to tls_config.min_version if both are specified",
                max.span)
        }
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
