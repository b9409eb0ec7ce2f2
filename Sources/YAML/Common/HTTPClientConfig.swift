import Diagnostics

/// prometheus/common's `HTTPClientConfig`: the HTTP client settings Prometheus
/// inlines into scrape, Alertmanager, remote and most service-discovery configs,
/// and Alertmanager writes under `http_config`. One model for both; each
/// config's decoder validates it with its own texts.
public struct HTTPClientConfig: Sendable {
    /// The mapping the settings were read from (inlined: the owning block).
    public var span: SourceSpan
    public var basicAuth: BasicAuth?
    public var authorization: Authorization?
    public var oauth2: OAuth2?
    public var bearerToken: Located<String>?
    public var bearerTokenFile: Located<String>?
    public var tlsConfig: TLSConfig?
    public var followRedirects: Located<Bool>?
    public var enableHTTP2: Located<Bool>?
    public var proxy: ProxyConfig
    /// Header names of `http_headers`.
    public var httpHeaders: [Located<String>]

    public init(
        span: SourceSpan, basicAuth: BasicAuth? = nil, authorization: Authorization? = nil, oauth2: OAuth2? = nil,
        bearerToken: Located<String>? = nil, bearerTokenFile: Located<String>? = nil, tlsConfig: TLSConfig? = nil,
        followRedirects: Located<Bool>? = nil, enableHTTP2: Located<Bool>? = nil, proxy: ProxyConfig = ProxyConfig(),
        httpHeaders: [Located<String>] = []
    ) {
        self.span = span
        self.basicAuth = basicAuth
        self.authorization = authorization
        self.oauth2 = oauth2
        self.bearerToken = bearerToken
        self.bearerTokenFile = bearerTokenFile
        self.tlsConfig = tlsConfig
        self.followRedirects = followRedirects
        self.enableHTTP2 = enableHTTP2
        self.proxy = proxy
        self.httpHeaders = httpHeaders
    }

    /// The keys this struct reads when inlined into another mapping.
    public static let keys = [
        "basic_auth", "authorization", "oauth2", "bearer_token", "bearer_token_file", "tls_config",
        "follow_redirects", "enable_http2", "proxy_url", "no_proxy", "proxy_from_environment",
        "proxy_connect_header", "http_headers",
    ]

    /// True when requests carry an `Authorization` header (authorization or a bearer token).
    public var hasAuthorization: Bool {
        authorization != nil || bearerToken != nil || bearerTokenFile != nil
    }

    /// True when anything differs from `DefaultHTTPClientConfig`
    /// (follow_redirects and enable_http2 true, nothing else set).
    public var isCustomised: Bool {
        basicAuth != nil || authorization != nil || oauth2 != nil || bearerToken != nil || bearerTokenFile != nil
            || tlsConfig != nil || followRedirects?.value == false || enableHTTP2?.value == false
            || proxy.proxyURL != nil || proxy.noProxy != nil || proxy.proxyFromEnvironment?.value == true
            || proxy.proxyConnectHeader != nil || !httpHeaders.isEmpty
    }

    /// The authentication methods configured, in Prometheus's order of naming.
    public var configuredAuth: [String] {
        var found: [String] = []
        if basicAuth != nil { found.append("basic_auth") }
        if authorization != nil { found.append("authorization") }
        if oauth2 != nil { found.append("oauth2") }
        return found
    }
}

/// `basic_auth`.
public struct BasicAuth: Sendable {
    public var span: SourceSpan
    public var username: Located<String>?
    public var usernameFile: Located<String>?
    public var usernameRef: Located<String>?
    public var password: Located<String>?
    public var passwordFile: Located<String>?
    public var passwordRef: Located<String>?

    public init(
        span: SourceSpan, username: Located<String>?, usernameFile: Located<String>?, usernameRef: Located<String>?,
        password: Located<String>?, passwordFile: Located<String>?, passwordRef: Located<String>?
    ) {
        self.span = span
        self.username = username
        self.usernameFile = usernameFile
        self.usernameRef = usernameRef
        self.password = password
        self.passwordFile = passwordFile
        self.passwordRef = passwordRef
    }
}

/// `authorization`. `type` defaults to `Bearer`.
public struct Authorization: Sendable {
    public var span: SourceSpan
    public var type: Located<String>?
    public var credentials: Located<String>?
    public var credentialsFile: Located<String>?
    public var credentialsRef: Located<String>?

    public init(
        span: SourceSpan, type: Located<String>?, credentials: Located<String>?, credentialsFile: Located<String>?,
        credentialsRef: Located<String>?
    ) {
        self.span = span
        self.type = type
        self.credentials = credentials
        self.credentialsFile = credentialsFile
        self.credentialsRef = credentialsRef
    }
}

/// `oauth2` (client credentials and the newer JWT grant fields).
public struct OAuth2: Sendable {
    public var span: SourceSpan
    public var clientID: Located<String>?
    public var clientSecret: Located<String>?
    public var clientSecretFile: Located<String>?
    public var clientSecretRef: Located<String>?
    public var scopes: [Located<String>]
    public var tokenURL: Located<String>?
    public var endpointParams: [LabelPair]
    public var tlsConfig: TLSConfig?
    public var proxy: ProxyConfig

    public init(
        span: SourceSpan, clientID: Located<String>?, clientSecret: Located<String>?,
        clientSecretFile: Located<String>?, clientSecretRef: Located<String>?, scopes: [Located<String>],
        tokenURL: Located<String>?, endpointParams: [LabelPair] = [], tlsConfig: TLSConfig?,
        proxy: ProxyConfig = ProxyConfig()
    ) {
        self.span = span
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.clientSecretFile = clientSecretFile
        self.clientSecretRef = clientSecretRef
        self.scopes = scopes
        self.tokenURL = tokenURL
        self.endpointParams = endpointParams
        self.tlsConfig = tlsConfig
        self.proxy = proxy
    }
}

/// `tls_config`.
public struct TLSConfig: Sendable {
    public var span: SourceSpan
    public var ca: Located<String>?
    public var cert: Located<String>?
    public var key: Located<String>?
    public var caFile: Located<String>?
    public var certFile: Located<String>?
    public var keyFile: Located<String>?
    public var caRef: Located<String>?
    public var certRef: Located<String>?
    public var keyRef: Located<String>?
    public var serverName: Located<String>?
    public var insecureSkipVerify: Located<Bool>?
    public var minVersion: Located<String>?
    public var maxVersion: Located<String>?
    public var nextProtos: [Located<String>]

    public init(
        span: SourceSpan, ca: Located<String>?, cert: Located<String>?, key: Located<String>?,
        caFile: Located<String>?, certFile: Located<String>?, keyFile: Located<String>?,
        caRef: Located<String>?, certRef: Located<String>?, keyRef: Located<String>?,
        serverName: Located<String>?, insecureSkipVerify: Located<Bool>?,
        minVersion: Located<String>?, maxVersion: Located<String>?, nextProtos: [Located<String>] = []
    ) {
        self.span = span
        self.ca = ca
        self.cert = cert
        self.key = key
        self.caFile = caFile
        self.certFile = certFile
        self.keyFile = keyFile
        self.caRef = caRef
        self.certRef = certRef
        self.keyRef = keyRef
        self.serverName = serverName
        self.insecureSkipVerify = insecureSkipVerify
        self.minVersion = minVersion
        self.maxVersion = maxVersion
        self.nextProtos = nextProtos
    }
}

/// `proxy_url`, `no_proxy`, `proxy_from_environment` and `proxy_connect_header`,
/// inlined into `http_config` and `oauth2`.
public struct ProxyConfig: Sendable {
    public var proxyURL: Located<String>?
    public var noProxy: Located<String>?
    public var proxyFromEnvironment: Located<Bool>?
    /// Where `proxy_connect_header` is, when it sets any header.
    public var proxyConnectHeader: SourceSpan?

    public init(
        proxyURL: Located<String>? = nil, noProxy: Located<String>? = nil,
        proxyFromEnvironment: Located<Bool>? = nil, proxyConnectHeader: SourceSpan? = nil
    ) {
        self.proxyURL = proxyURL
        self.noProxy = noProxy
        self.proxyFromEnvironment = proxyFromEnvironment
        self.proxyConnectHeader = proxyConnectHeader
    }
}
