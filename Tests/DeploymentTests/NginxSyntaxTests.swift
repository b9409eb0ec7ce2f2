import Deployment
import Diagnostics
import Testing
import TestSupport
import YAML

@Suite struct NginxSyntaxTests {
    func parse(_ text: String) -> (NginxConfig, [Diagnostic]) {
        NginxConfigParser.parse(text, file: "nginx.conf")
    }

    @Test func directivesBlocksAndPositions() throws {
        let (config, diagnostics) = parse("""
            user nginx;
            events {
                worker_connections 1024;
            }
            http {
              server { listen 9090; }
            }
            """)
        #expect(diagnostics.isEmpty)
        #expect(config.directives.map(\.name.value) == ["user", "events", "http"])
        let user = config.directives[0]
        #expect(user.arguments.map(\.value) == ["nginx"])
        #expect(user.arguments[0].span.start == SourcePosition(line: 1, column: 6))
        #expect(user.arguments[0].span.end == SourcePosition(line: 1, column: 11))
        #expect(user.block == nil)
        let events = config.directives[1]
        #expect(events.children(named: "worker_connections").first?.arguments.first?.span.start == SourcePosition(line: 3, column: 24))
        #expect(events.span.end == SourcePosition(line: 4, column: 2))
        let server = try #require(config.directives[2].block?.first)
        #expect(server.name.span.start == SourcePosition(line: 6, column: 3))
        #expect(server.block?.first?.arguments.first?.span.start == SourcePosition(line: 6, column: 19))
    }

    @Test func quotesEscapesVariablesAndComments() throws {
        let (config, diagnostics) = parse(#"""
            # a comment; with { braces }
            set $a "double \"quoted\" \t tab";  # trailing comment
            set $b 'single \'x\' ${host}';
            return 200 a#b;
            rewrite ^/(.*)$ /$1\;x break;
            log_format main '$remote_addr'
                            "$status";
            if ($request_method = "POST") { return 405; }
            x "";
            """#)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let arguments = config.directives.map { $0.arguments.map(\.value) }
        #expect(arguments[0] == ["$a", "double \"quoted\" \t tab"])
        #expect(arguments[1] == ["$b", "single 'x' ${host}"])
        #expect(arguments[2] == ["200", "a#b"])
        #expect(arguments[3] == ["^/(.*)$", "/$1\\;x", "break"])
        #expect(arguments[4] == ["main", "$remote_addr", "$status"])
        #expect(arguments[5] == ["($request_method", "=", "POST", ")"])
        #expect(arguments[6] == [""])
        #expect(config.directives[0].arguments[1].span.start == SourcePosition(line: 2, column: 8))
        #expect(config.directives[4].arguments[2].span.start == SourcePosition(line: 7, column: 17))
    }

    @Test(arguments: [
        ("events {} http { server { listen 9090; location / { proxy_pass http://$host } } }",
         ["1:77 unexpected \"}\": the directive \"proxy_pass http://$host\" before it is not terminated; add \";\" after \"http://$host\""]),
        ("http { }\n}\n", ["2:1 unexpected \"}\": it closes no block; remove it or add the missing \"{\""]),
        ("http {\n  server {\n    listen 80;\n", ["4:1 unexpected end of file, expecting \"}\": the \"server\" block opened at line 2 is not closed; add \"}\""]),
        ("http { server { listen 9090 ", ["1:29 unexpected end of file, expecting \";\" or \"}\": add \";\" after \"9090\""]),
        ("return 200 \"abc;\n", ["2:1 unexpected end of file, expecting \";\" or \"}\": the quote opened at line 1, column 12 is not closed"]),
        ("listen \"9090\"x;", ["1:14 unexpected \"x\": a quoted string must be followed by a space, \";\" or \"{\"; put the whole argument inside the quotes"]),
        ("server { listen 80; ; }", ["1:21 unexpected \";\": a \";\" with no directive before it; remove it"]),
        ("{ listen 80; }", ["1:1 unexpected \"{\": a block needs a directive name before \"{\", e.g. server { … }"]),
        ("http { upstream a { server 127.0.0.1:9090 { } } }",
         ["1:43 directive \"server\" is not terminated by \";\": it takes no block; put \";\" at its end and remove the \"{\" … \"}\""]),
        ("http { upstream a; server { listen 80; } }",
         ["1:18 directive \"upstream\" has no opening \"{\": it takes a block; write upstream … { … } instead of ending it with \";\""]),
    ])
    func syntaxErrorsUseNginxWording(text: String, expected: [String]) {
        let (_, diagnostics) = parse(text)
        #expect(diagnostics.map { "\($0.span.start) \($0.message)" } == expected)
        #expect(diagnostics.allSatisfy { $0.check == "nginx/syntax" && $0.severity == .error })
    }

    @Test func missingSemicolonBeforeTheNextLineIsFoundAndRecovered() throws {
        let (config, diagnostics) = parse("""
            http {
              upstream prom {
                server prometheus1:9090 max_fails=3
                server prometheus2:9090;
              }
              server {
                listen 9090
                server_name _;
                location / { proxy_pass http://prom; }
              }
            }
            """)
        #expect(diagnostics.map(\.check) == ["nginx/syntax", "nginx/syntax"])
        #expect(diagnostics[0].message.hasPrefix(
            "directive \"server\" is not terminated by \";\": nginx reads \"server\" on line 4 as its argument"))
        #expect(diagnostics[0].span.start == SourcePosition(line: 3, column: 40))
        #expect(diagnostics[1].message.hasPrefix("directive \"listen\" is not terminated by \";\""))
        // Recovery keeps both directives, so the model is still useful.
        #expect(config.upstream(named: "prom")?.servers.map(\.address.value) == ["prometheus1:9090", "prometheus2:9090"])
        #expect(config.servers.first?.listenPorts == [9090])
        #expect(config.servers.first?.serverNames.map(\.value) == ["_"])
    }

    /// A directive cut short by a syntax error is kept in the tree but not judged: nginx stops at
    /// the syntax error, so its half-read arguments would only produce misleading findings.
    @Test func truncatedDirectivesDoNotCascade() throws {
        let (config, diagnostics) = parse("http {\n  upstream a {\n    server 127.0.0.1:9090 max_f")
        #expect(diagnostics.map(\.message) == ["unexpected end of file, expecting \";\" or \"}\": add \";\" after \"max_f\""])
        let server = try #require(config.upstream(named: "a")?.servers.first)
        #expect(server.port == 9090)
        #expect(config.directives.first?.isComplete == false)
        let (_, unclosed) = parse("http { upstream a { server x:1; } server { location / { proxy_pass http://nowhere")
        #expect(unclosed.map(\.check) == ["nginx/syntax"])
    }

    @Test func allErrorsAreReportedInOnePass() {
        let (_, diagnostics) = parse("a \"b\"c;\n} \n{ x; }\nhttp {\n")
        #expect(diagnostics.map(\.span.start.line) == [1, 2, 3, 5])
    }

    @Test func nginxDetection() {
        #expect(NginxConfigParser.looksLikeNginx(SeedFixtures.nginx))
        #expect(NginxConfigParser.looksLikeNginx("upstream prom {\n  server a:9090;\n}\n"))
        #expect(NginxConfigParser.looksLikeNginx("server {\n listen 80;\n}\n"))
        #expect(!NginxConfigParser.looksLikeNginx(SeedFixtures.compose))
        #expect(!NginxConfigParser.looksLikeNginx("global:\n  scrape_interval: 15s\nscrape_configs: []\n"))
        #expect(!NginxConfigParser.looksLikeNginx("just some text\n"))
    }

    /// Truncations and random edits of a real config must never crash the parser.
    @Test func malformedInputNeverCrashes() {
        let source = SeedFixtures.nginx + "\nstream { upstream s { server a:1 backup; } server { listen 9094 udp; proxy_pass s; } }\n"
        let scalars = Array(source.unicodeScalars)
        var parsed = 0
        for length in stride(from: 0, through: scalars.count, by: 7) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[..<length])
            _ = NginxConfigParser.parse(String(view), file: "t.conf")
            parsed += 1
        }
        var generator = SplitMix64(seed: 42)
        let noise: [Unicode.Scalar] = ["{", "}", ";", "\"", "'", "\\", "$", "#", "\n", " ", "(", ")", "é", "\u{0}"]
        for _ in 0..<300 {
            var mutated = scalars
            for _ in 0..<4 {
                let position = Int(generator.next() % UInt64(mutated.count))
                let scalar = noise[Int(generator.next() % UInt64(noise.count))]
                if generator.next() % 2 == 0 { mutated[position] = scalar } else { mutated.insert(scalar, at: position) }
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: mutated)
            let (config, diagnostics) = NginxConfigParser.parse(String(view), file: "t.conf")
            _ = config.upstreams(proxiedFromPort: 9090)
            #expect(diagnostics.allSatisfy { $0.span.start.line >= 1 && $0.span.start.column >= 1 })
            parsed += 1
        }
        #expect(parsed > 300)
        for text in ["", "{", "}", ";", "\"", "'", "\\", "$", "${", "#", "a", "a {", "a }", "a \"", "\"a\"b", "((", "))"] {
            _ = NginxConfigParser.parse(text, file: "t.conf")
        }
    }

    /// 100,000 nested blocks overflowed the stack in the passes after parsing.
    @Test func deepBlocksAreFlattenedWithOneError() {
        let text = "events {}\nhttp {\n" + String(repeating: "location / {", count: 100_000) + String(repeating: "}", count: 100_000) + "\n}\n"
        let (config, diagnostics) = parse(text)
        #expect(diagnostics.map(\.message) == ["blocks are nested more than 100 levels deep; deeper blocks are not read"])
        #expect(diagnostics.first?.span.start == SourcePosition(line: 3, column: 1200))
        func depth(_ directives: [NginxDirective]) -> Int { 1 + (directives.map { depth($0.block ?? []) }.max() ?? 0) }
        #expect(depth(config.directives) <= 102)
    }
}
