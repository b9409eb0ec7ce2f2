import Checks
import Diagnostics
import Foundation
import PromAPI
import PromModel
import Testing
import TestSupport

/// The check documents are executable: every bad example must trigger its
/// check and every good example must not, so docs and behaviour cannot drift.
@Suite struct RuleDocsTests {
    static let docs = RuleDocs.all()

    func run(_ examples: [RuleDoc.Example], base: [RuleDoc.Example] = [], server: PrometheusServer? = nil) throws -> LintReport {
        let dir = TemporaryDirectory()
        var options = LintOptions()
        if !base.isEmpty {
            for example in base { dir.write(example.file, bytes: example.bytes) }
            for arguments in [["init", "-q"], ["add", "-A"], ["commit", "-qm", "base"]] {
                _ = try ProcessRunner.run(
                    "/usr/bin/env",
                    ["git", "-c", "user.email=doc@example.invalid", "-c", "user.name=doc", "-C", dir.url.path] + arguments)
            }
            options.diffBase = try DiffBase.prepare(ref: "HEAD", workingDirectory: dir.url.path)
        }
        var paths: [String] = []
        for example in examples {
            let path = dir.write(example.file, bytes: example.bytes)
            if example.file == HalintConfig.fileName {
                let loaded = HalintConfig.load(
                    text: String(decoding: example.bytes, as: UTF8.self), file: path,
                    knownChecks: Set(CheckRegistry.standard.descriptors.map(\.id)))
                options.config = loaded.config
                options.configDirectory = dir.url.path
                options.configDiagnostics = loaded.diagnostics
            } else {
                paths.append(path)
            }
        }
        if let server {
            var live = LiveOptions(client: PrometheusClient(baseURL: try PrometheusClient.baseURL(server.url), timeoutSeconds: 30))
            live.adopt(options.config)
            options.live = live
        }
        return try Linter(options: options).lint(paths: paths)
    }

    /// The server a live check's examples run against; nil (and a printed
    /// reason) when prometheus or promtool is not installed.
    func server(for doc: RuleDoc) throws -> PrometheusServer? {
        guard let spec = doc.server else { return nil }
        if let reason = PrometheusServer.unavailableReason {
            print("\(doc.path): examples skipped: \(reason)")
            return nil
        }
        let server = try PrometheusServer(openMetrics: Self.absoluteTimes(spec.openMetrics, now: Date()), extraFlags: spec.flags)
        try server.waitForFirstScrape()
        return server
    }

    /// `metric 1 -2d` → `metric 1 <now - 2d in seconds>`.
    static func absoluteTimes(_ text: String, now: Date) -> String {
        let seconds = Int64(now.timeIntervalSince1970)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard !line.hasPrefix("#"), let last = line.split(separator: " ").last, last.hasPrefix("-"),
                  let ago = try? ModelDuration.parse(String(last.dropFirst()))
            else { return String(line) }
            return line.dropLast(last.count) + String(seconds - ago.milliseconds / 1000)
        }.joined(separator: "\n")
    }

    @Test(arguments: docs.map(\.id))
    func examplesBehaveAsDocumented(id: String) throws {
        let doc = try #require(Self.docs.first { $0.id == id })
        #expect(doc.heading == id, "\(doc.path): the first heading must be the check id")
        let descriptor = CheckRegistry.standard.descriptor(for: CheckID(id))
        #expect(descriptor != nil, "\(doc.path) documents a check that is not registered")
        #expect(doc.severity == descriptor?.defaultSeverity.rawValue, "\(doc.path): **Severity:** must match the registry")
        #expect(!doc.bad.isEmpty, "\(doc.path): needs a `bad` example")
        #expect(!doc.good.isEmpty, "\(doc.path): needs a `good` example")
        #expect(id.hasPrefix("live/") == (doc.server != nil), "\(doc.path): live checks, and only they, need a `server` block")
        let server = try server(for: doc)
        if doc.server != nil && server == nil { return }
        if !doc.bad.isEmpty {
            let report = try run(doc.bad, base: doc.base, server: server)
            #expect(
                report.diagnostics.contains { $0.check.rawValue == id },
                "\(doc.path):\(doc.bad[0].line): the bad example does not trigger \(id); got \(report.diagnostics.map(\.check.rawValue))")
        }
        if !doc.good.isEmpty {
            let report = try run(doc.good, base: doc.base, server: server)
            let hits = report.diagnostics.filter { $0.check.rawValue == id }
            #expect(hits.isEmpty, "\(doc.path):\(doc.good[0].line): the good example triggers \(id): \(hits.map(\.message))")
        }
    }

    @Test func everyCheckHasADocument() {
        let documented = Set(Self.docs.map(\.id))
        let missing = CheckRegistry.standard.descriptors.map(\.id.rawValue).filter { !documented.contains($0) }
        #expect(missing.isEmpty, "checks without Rules/<id>.md: \(missing)")
    }
}
