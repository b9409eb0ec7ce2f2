@testable import Checks
import Diagnostics
import Foundation
import PromAPI
import Testing
import TestSupport

/// `alert/broken-link` against local listeners on 127.0.0.1 only.
@Suite struct BrokenLinkTests {
    /// Lints one alert whose annotations are `annotations` (YAML lines).
    func lint(_ annotations: [String], enabled: Bool = true, transport: (any HTTPTransport)? = nil) throws -> [Diagnostic] {
        let dir = TemporaryDirectory()
        let rules = dir.write("alerts.yml", """
            groups:
              - name: g
                rules:
                  - alert: A
                    expr: up == 0
                    annotations:
            \(annotations.map { "          " + $0 }.joined(separator: "\n"))

            """)
        let config = "checks:\n  alert/broken-link:\n    enabled: \(enabled)\n"
        let file = dir.write(HalintConfig.fileName, config)
        var options = LintOptions()
        options.config = HalintConfig.load(text: config, file: file, knownChecks: Set(CheckRegistry.standard.descriptors.map(\.id))).config
        options.configDirectory = dir.url.path
        let project = try Linter(options: options).project(paths: [rules])
        return BrokenLinkCheck(transport: transport ?? URLSessionTransport(), timeoutSeconds: 10).check(project)
    }

    @Test func failingLinksAreReported() throws {
        let ok = try CannedHTTPServer(status: 200, body: "runbook")
        let missing = try CannedHTTPServer(status: 404, body: "not found")
        let closed = try LocalHTTP.freePort()
        let found = try lint([
            "runbook_url: \(ok.url)/runbooks/A",
            "dashboard: \(missing.url)/d/abc",
            "description: 'See http://127.0.0.1:\(closed)/wiki/A. Or ask.'",
        ])
        #expect(found.map(\.message) == [
            "dashboard links to \(missing.url)/d/abc, which answers HTTP 404; fix the link or the page",
            "description links to http://127.0.0.1:\(closed)/wiki/A, which cannot be reached (connection refused); fix the link or the page",
        ])
        // Positioned on the link itself: `          dashboard: ` is 21 characters.
        #expect(found.first?.span.start.line == 8)
        #expect(found.first?.span.start.column == 22)
        #expect(found.last?.span.start.column == 29)
    }

    @Test func templatedLinksAndDisabledFilesSendNothing() throws {
        let recorder = RefusingTransport()
        #expect(try lint(["runbook_url: 'http://127.0.0.1:9/{{ $labels.alertname }}'"], transport: recorder).isEmpty)
        #expect(try lint(["runbook_url: http://127.0.0.1:9/r"], enabled: false, transport: recorder).isEmpty)
        #expect(recorder.count() == 0)
    }

    @Test func eachLinkOnce() throws {
        let recorder = RefusingTransport()
        let found = try lint(["runbook_url: http://127.0.0.1:9/r", "summary: 'see http://127.0.0.1:9/r'"], transport: recorder)
        #expect(found.count == 2)
        #expect(recorder.count() == 1)
    }

    @Test func linksInText() {
        #expect(BrokenLinkCheck.urls(in: "see (https://a.example/x), or http://b.example/y.").map(\.1)
            == ["https://a.example/x", "http://b.example/y"])
        #expect(BrokenLinkCheck.urls(in: "http:// and https://c.example/{{ $labels.x }} and <http://d.example>").map(\.1) == ["http://d.example"])
        #expect(BrokenLinkCheck.urls(in: "x https://e.example/a").map(\.0) == [2])
    }
}

/// Answers every request as refused, counting them; never touches the network.
final class RefusingTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var sent = 0

    func send(_ request: HTTPRequest) throws(PromAPIError) -> HTTPResponse {
        lock.lock()
        sent += 1
        lock.unlock()
        throw PromAPIError(url: request.url.absoluteString, kind: .unreachable("connection refused"))
    }

    func count() -> Int {
        lock.lock()
        defer { lock.unlock() }
        return sent
    }
}
