import Foundation
import Testing
import TestSupport
@testable import LanguageServer

@Suite struct LanguageServerTests {
    static func message(_ object: [String: Any]) -> Data {
        try! JSONSerialization.data(withJSONObject: object)
    }

    static func decode(_ data: Data) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    }

    let duplicate = "global: {}\nscrape_configs: []\nglobal: {}\n"

    @Test func initializeOpenChangeCloseShutdown() throws {
        var server = LanguageServer()
        let initialize = server.handle(Self.message(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]]))
        let result = try #require(Self.decode(initialize.replies[0])["result"] as? [String: Any])
        let capabilities = try #require(result["capabilities"] as? [String: Any])
        #expect((capabilities["textDocumentSync"] as? [String: Any])?["change"] as? Int == 1)

        let open = server.handle(Self.message([
            "jsonrpc": "2.0", "method": "textDocument/didOpen",
            "params": ["textDocument": ["uri": "file:///tmp/prometheus.yml", "languageId": "yaml", "version": 1, "text": duplicate]],
        ]))
        let published = Self.decode(open.replies[0])
        #expect(published["method"] as? String == "textDocument/publishDiagnostics")
        let params = try #require(published["params"] as? [String: Any])
        #expect(params["version"] as? Int == 1)
        let diagnostics = try #require(params["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0]["code"] as? String == "yaml/duplicate-key")
        #expect(diagnostics[0]["severity"] as? Int == 1)
        let range = try #require(diagnostics[0]["range"] as? [String: [String: Int]])
        #expect(range["start"] == ["line": 2, "character": 0])
        #expect((diagnostics[0]["relatedInformation"] as? [Any])?.count == 1)

        let change = server.handle(Self.message([
            "jsonrpc": "2.0", "method": "textDocument/didChange",
            "params": [
                "textDocument": ["uri": "file:///tmp/prometheus.yml", "version": 2],
                "contentChanges": [["text": "global: {}\nscrape_configs: []\n"]],
            ],
        ]))
        let cleared = try #require(Self.decode(change.replies[0])["params"] as? [String: Any])
        #expect((cleared["diagnostics"] as? [Any])?.isEmpty == true)

        let shutdown = server.handle(Self.message(["jsonrpc": "2.0", "id": 2, "method": "shutdown"]))
        #expect(Self.decode(shutdown.replies[0])["id"] as? Int == 2)
        guard case .exit(let code) = server.handle(Self.message(["jsonrpc": "2.0", "method": "exit"])).outcome else {
            Issue.record("exit did not end the session")
            return
        }
        #expect(code == 0)
    }

    @Test func utf16Columns() throws {
        var server = LanguageServer()
        _ = server.handle(Self.message(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": [:]]))
        // "😀" is two UTF-16 units: the duplicate key after it starts at character 3 in UTF-16.
        let text = "a: {}\nx: [\"😀\", {a: 1, a: 2}]\n"
        let open = server.handle(Self.message([
            "jsonrpc": "2.0", "method": "textDocument/didOpen",
            "params": ["textDocument": ["uri": "file:///tmp/alertmanager.yml", "version": 1, "text": "route: {}\n" + text]],
        ]))
        let params = try #require(Self.decode(open.replies[0])["params"] as? [String: Any])
        let diagnostics = try #require(params["diagnostics"] as? [[String: Any]])
        let duplicate = try #require(diagnostics.first { $0["code"] as? String == "yaml/duplicate-key" })
        let range = try #require(duplicate["range"] as? [String: [String: Int]])
        // The second key is scalar column 17 (0-based 16), which is 17 in UTF-16.
        #expect(range["start"] == ["line": 2, "character": 17])
    }

    @Test func framingSplitsAndJoinsChunks() throws {
        var framing = MessageFraming()
        let one = MessageFraming.frame(Data("{\"a\":1}".utf8))
        let two = MessageFraming.frame(Data("{\"b\":2}".utf8))
        let all = [UInt8](one + two)
        #expect(try framing.feed(Array(all[0..<5])).isEmpty)
        let bodies = try framing.feed(Array(all[5...]))
        #expect(bodies.map { String(decoding: $0, as: UTF8.self) } == ["{\"a\":1}", "{\"b\":2}"])
    }

    /// `start + length` overflowed for the largest Content-Length: now the
    /// message just waits for bytes that never come; bad lengths are errors.
    @Test func hugeOrBadContentLengthsDoNotTrap() throws {
        var framing = MessageFraming()
        #expect(try framing.feed(Array("Content-Length: 9223372036854775807\r\n\r\n{}".utf8)).isEmpty)
        var negative = MessageFraming()
        #expect(throws: MessageFraming.FramingError.badHeader("Content-Length: -5")) {
            try negative.feed(Array("Content-Length: -5\r\n\r\n{}".utf8))
        }
    }

    /// Drives the real `halint lsp` process over stdio, as an editor does.
    @Test(.enabled(if: LanguageServerTests.binary != nil, "the halint executable is not built next to the tests"))
    func stdioSessionWithTheBinary() throws {
        let binary = try #require(Self.binary)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["lsp"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        for object: [String: Any] in [
            ["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": [:]],
            ["jsonrpc": "2.0", "method": "initialized", "params": [:]],
            ["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": ["textDocument": ["uri": "file:///tmp/p.yml", "version": 1, "text": duplicate]]],
            ["jsonrpc": "2.0", "id": 2, "method": "shutdown"],
            ["jsonrpc": "2.0", "method": "exit"],
        ] {
            input.fileHandleForWriting.write(MessageFraming.frame(Self.message(object)))
        }
        try input.fileHandleForWriting.close()
        let data = ProcessRunner.readAll(output.fileHandleForReading.fileDescriptor)
        process.waitUntilExit()
        var framing = MessageFraming()
        let bodies = try framing.feed(data).map(Self.decode)
        #expect(process.terminationStatus == 0)
        #expect(bodies.count == 3)
        let publish = try #require(bodies.first { $0["method"] as? String == "textDocument/publishDiagnostics" })
        let diagnostics = (publish["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]]
        #expect(diagnostics?.first?["code"] as? String == "yaml/duplicate-key")
    }

    static let binary: String? = {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = runner.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("halint").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }()
}
