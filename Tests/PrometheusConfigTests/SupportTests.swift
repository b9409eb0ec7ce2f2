import Testing

@testable import PrometheusConfig

@Suite struct SupportTests {
    static let urls: [(String, String?)] = [
        ("http://prometheus:9090/api/v1/write", nil),
        ("localhost:9090", nil),
        ("http://", nil),
        ("://invalid", "parse \"://invalid\": missing protocol scheme"),
        ("1.2.3.4:9090/write", "parse \"1.2.3.4:9090/write\": first path segment in URL cannot contain colon"),
        ("http://host:port/x", "parse \"http://host:port/x\": invalid port \":port\" after host"),
        ("http://a b/", "parse \"http://a b/\": invalid character \" \" in host name"),
        ("http://host/%zz", "parse \"http://host/%zz\": invalid URL escape \"%zz\""),
        ("http://[::1/x", "parse \"http://[::1/x\": missing ']' in host"),
        ("http://h/\u{7}", "parse \"http://h/\\a\": net/url: invalid control character in URL"),
    ]

    @Test(arguments: urls)
    func urlsParseAsGoParsesThem(_ raw: String, _ error: String?) {
        switch GoURL.parse(raw) {
        case .success: #expect(error == nil)
        case .failure(let failure): #expect(failure.description == error)
        }
    }

    @Test func urlParts() throws {
        let url = try GoURL.parse("HTTPS://user:pw@host:443/path?q=1#frag").get()
        #expect(url.scheme == "https")
        #expect(url.host == "host:443")
        #expect(url.hasUserInfo)
        #expect(url.path == "/path")
        #expect(url.rawQuery == "q=1")
        #expect(url.fragment == "frag")
        let opaque = try GoURL.parse("localhost:9090").get()
        #expect(opaque.scheme == "localhost")
        #expect(opaque.opaque == "9090")
        #expect(opaque.host.isEmpty)
    }

    static let sizes: [(String, Int64?, String?)] = [
        ("15MB", 15 * 1_048_576, nil),
        ("1GiB", 1_073_741_824, nil),
        ("0", 0, nil),
        ("1.5KB", 1536, nil),
        ("512B", 512, nil),
        ("-1GB", -1_073_741_824, nil),
        ("100", nil, "units: unknown unit  in 100"),
        ("10XB", nil, "units: unknown unit XB in 10XB"),
        ("MB", nil, "units: invalid MB"),
    ]

    @Test(arguments: sizes)
    func byteSizesParseAsUnitsBase2Bytes(_ text: String, _ bytes: Int64?, _ error: String?) {
        if let error {
            #expect(throws: ByteSize.ParseError(description: error)) { try ByteSize.parse(text) }
        } else {
            #expect((try? ByteSize.parse(text))?.bytes == bytes)
        }
    }

    @Test func md5MatchesKnownDigests() {
        let hex = { (bytes: [UInt8]) in
            bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
        }
        #expect(hex(MD5.digest([])) == "d41d8cd98f00b204e9800998ecf8427e")
        #expect(hex(MD5.digest(Array("abc".utf8))) == "900150983cd24fb0d6963f7d28e17f72")
        #expect(
            hex(MD5.digest(Array("The quick brown fox jumps over the lazy dog".utf8)))
                == "9e107d9d372bb6826bd81d3542a419d6")
        #expect(hex(MD5.digest(Array(repeating: 0x61, count: 64))) == "014842d480b571495a4a0363793f7367")
    }

    /// Every padding case (tail below 56 bytes, 56…63, whole blocks, several
    /// blocks), against Python's hashlib on bytes (7i+3) mod 256.
    static let lengthVectors: [(Int, String)] = [
        (1, "8666683506aacd900bbd5a74ac4edf68"), (55, "52c0e574e1198de5fe3f8f11440dcb1b"),
        (56, "46c9907fc908ee68b1e7b8e71286a518"), (57, "1c805dd236c35cab25fcb1bc73802c51"),
        (63, "a62f6d59e837867693f042f5b8f5a236"), (64, "7160b8fb5e9e4023d549c3971fbaeead"),
        (65, "70bd662e7aefbda85a0f7244167b7897"), (119, "e84905d4214f4d1ca56c2cdcc152b143"),
        (120, "e3eb5a6c8669ea01a8c185b8abc8a5dc"), (127, "acce2474d6cc8302120d09c818d17ef7"),
        (128, "10b2da1a82f16d99a81a7203fe9f02cb"), (129, "03fefbbcebe2959cf2270241aafe0250"),
        (1000, "10046f077f2082ac19676b8079f1cb1a"),
    ]

    @Test(arguments: lengthVectors)
    func md5PadsEveryLength(_ length: Int, _ expected: String) {
        let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 * 7 + 3) }
        let hex = MD5.digest(message).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        #expect(hex == expected)
    }

    /// Shards computed with Python's hashlib, as Prometheus computes them.
    static let shards: [(String, UInt64, UInt64)] = [
        ("", 2, 0), ("localhost:9100", 3, 1), ("10.0.0.1:9100", 4, 1), ("node-exporter-1:9100", 10, 0),
    ]

    @Test(arguments: shards)
    func hashmodShardsMatchPrometheus(_ value: String, _ modulus: UInt64, _ shard: UInt64) {
        #expect(HashMod.shard(of: value, modulus: modulus) == shard)
    }

    @Test func pathsJoinAndCleanAsGo() {
        #expect(GoPath.directory("prometheus.yml") == ".")
        #expect(GoPath.directory("/etc/prometheus/prometheus.yml") == "/etc/prometheus")
        #expect(GoPath.joinDir(".", "rules/a.yml") == "rules/a.yml")
        #expect(GoPath.joinDir("conf", "../rules/./a.yml") == "rules/a.yml")
        #expect(GoPath.joinDir("conf", "/abs.yml") == "/abs.yml")
        #expect(GoPath.clean("/../a//b/") == "/a/b")
        #expect(GoPath.clean("../../a") == "../../a")
    }

    @Test func globRules() {
        #expect(FileGlob.isValidRulePath("rules/*.yml"))
        #expect(FileGlob.isValidRulePath("rules/a*b*.yml"))
        #expect(!FileGlob.isValidRulePath("my/*/rule"))
        #expect(FileGlob.isValidFileSDPath("targets/*.json"))
        #expect(FileGlob.isValidFileSDPath("t.YAML"))
        #expect(!FileGlob.isValidFileSDPath("targets/*.txt"))
        #expect(!FileGlob.isValidFileSDPath("*/t.json"))
    }

    @Test func base64AndGoQuotingOfRawBytes() {
        #expect(BinaryScalars.base64Decode("/w==") == [0xFF])
        #expect(BinaryScalars.base64Decode("aGVsbG8=") == Array("hello".utf8))
        #expect(BinaryScalars.base64Decode("/w==$1") == nil)
        #expect(BinaryScalars.base64Decode("abc") == nil)
        #expect(goQuoteBytes([0xFF]) == "\"\\xff\"")
        #expect(goQuoteBytes(Array("é\n".utf8) + [0xC3]) == "\"é\\n\\xc3\"")
    }

    @Test func suggestions() {
        let actions = RelabelAction.allCases.map(\.rawValue)
        #expect(EnumValueSuggestion.closest(to: "mod", in: actions) == "hashmod")
        #expect(EnumValueSuggestion.closest(to: "label_map", in: actions) == "labelmap")
        #expect(EnumValueSuggestion.closest(to: "dorp", in: actions) == "drop")
        #expect(EnumValueSuggestion.closest(to: "rewrite", in: actions) == nil)
    }

    @Test func templateReferences() {
        let found = TemplateReference.scan("${1}-$2x-$$3-$name-${bad")
        #expect(found.map(\.text) == ["${1}", "$2x", "$name"])
        #expect(found.map(\.number) == [1, nil, nil])
    }
}
