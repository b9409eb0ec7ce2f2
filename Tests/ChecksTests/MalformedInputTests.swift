import Checks
import Diagnostics
import Foundation
import Testing
import TestSupport

/// No input may crash halint: every broken file gives a clear finding and the
/// run exits 2 (1 for duplicate keys, which are well-formed YAML Prometheus rejects).
@Suite struct MalformedInputTests {
    func lint(_ name: String, bytes: [UInt8]) throws -> LintReport {
        let dir = TemporaryDirectory()
        let path = dir.write(name, bytes: bytes)
        return try Linter().lint(paths: [path])
    }

    @Test(arguments: [
        ("truncated.yml", "scrape_configs:\n  - job_name: x\n    static_configs: [{targets: ['a:1'"),
        ("tabs.yml", "global:\n\tscrape_interval: 15s\n"),
        ("unterminated.yml", "groups:\n  - name: \"open\n"),
        ("bad-indent.yml", "route:\n  receiver: a\n receivers: []\n"),
        ("unknown-alias.yml", "route: *nothing\n"),
    ])
    func syntaxErrorsExitTwo(name: String, text: String) throws {
        let report = try lint(name, bytes: Array(text.utf8))
        let finding = try #require(report.diagnostics.first { $0.check == "yaml/syntax" })
        #expect(finding.span.start.line >= 1)
        #expect(!finding.message.isEmpty)
        #expect(report.exitCode(failOn: .error) == 2)
    }

    @Test func binaryJunkExitsTwo() throws {
        var generator = SplitMix64(seed: 42)
        let junk = (0..<65_536).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let report = try lint("junk.yml", bytes: junk)
        #expect(report.exitCode(failOn: .error) == 2)
        let nginx = try lint("junk.conf", bytes: junk)
        #expect(nginx.diagnostics.contains { $0.check == "input/unreadable" })
        #expect(nginx.exitCode(failOn: .error) == 2)
    }

    @Test func badUTF8ExitsTwo() throws {
        let report = try lint("bad.yml", bytes: Array("global:\n  scrape_interval: ".utf8) + [0xC3, 0x28, 0x0A])
        let finding = try #require(report.diagnostics.first)
        #expect(finding.check == "yaml/syntax")
        #expect(finding.span.start.line == 2)
        #expect(report.exitCode(failOn: .error) == 2)
    }

    @Test func deepNestingExitsTwo() throws {
        let deep = String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000)
        let report = try lint("deep.yml", bytes: Array(("groups: " + deep).utf8))
        #expect(report.diagnostics.contains { $0.message.contains("nested more than") })
        #expect(report.exitCode(failOn: .error) == 2)
    }

    @Test func aliasBombExitsTwo() throws {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...9 {
            text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ",") + "]\n"
        }
        text += "route: *a9\n"
        let report = try lint("bomb.yml", bytes: Array(text.utf8))
        #expect(report.diagnostics.contains { $0.message.contains("excessive aliasing") })
        #expect(report.exitCode(failOn: .error) == 2)
    }

    @Test func duplicateKeysAreFindingsNotInputErrors() throws {
        let report = try lint(
            "prometheus.yml",
            bytes: Array("global:\n  scrape_interval: 15s\nscrape_configs: []\nscrape_configs: []\n".utf8))
        let finding = try #require(report.diagnostics.first { $0.check == "yaml/duplicate-key" })
        #expect(finding.span.start == SourcePosition(line: 4, column: 1))
        #expect(finding.notes.first?.span.start == SourcePosition(line: 3, column: 1))
        #expect(report.exitCode(failOn: .error) == 1)
    }

    @Test func oversizedFileIsRefused() throws {
        let dir = TemporaryDirectory()
        let path = dir.write("big.yml", String(repeating: "# padding\n", count: 20_000))
        let report = try Linter(options: LintOptions(maxFileSize: 1024)).lint(paths: [path])
        #expect(report.diagnostics.first?.check == "input/unreadable")
        #expect(report.exitCode(failOn: .error) == 2)
    }

    @Test func missingPathIsAUsageError() {
        #expect(throws: HalintError.pathNotFound("/nonexistent/halint")) {
            try Linter().lint(paths: ["/nonexistent/halint"])
        }
    }

    /// Mutates the bundled fixtures byte by byte (deterministically) and checks
    /// that every mutant is handled: findings or not, never a crash.
    @Test func fuzzFixtureMutations() throws {
        let root = TestPaths.fixtures
        let files = try FileManager.default.subpathsOfDirectory(atPath: root.path)
            .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".conf") }
            .sorted()
        #expect(!files.isEmpty)
        var generator = SplitMix64(seed: 7)
        var mutants = 0
        for file in files {
            let original = try [UInt8](Data(contentsOf: root.appendingPathComponent(file)))
            guard !original.isEmpty else { continue }
            for _ in 0..<40 {
                var bytes = original
                for _ in 0..<(1 + Int(generator.next() % 4)) {
                    let position = Int(generator.next() % UInt64(bytes.count))
                    switch generator.next() % 4 {
                    case 0: bytes[position] = UInt8(truncatingIfNeeded: generator.next())
                    case 1: bytes.remove(at: position)
                    case 2: bytes.insert(Self.interesting[Int(generator.next() % UInt64(Self.interesting.count))], at: position)
                    default: bytes = Array(bytes.prefix(position))
                    }
                    if bytes.isEmpty { bytes = [0x0A] }
                }
                let name = (file as NSString).lastPathComponent
                let text = String(decoding: bytes, as: UTF8.self)
                let report = Linter().lint(text: text, path: name)
                #expect(report.exitCode(failOn: .error) >= 0)
                mutants += 1
            }
        }
        #expect(mutants >= 200)
    }

    static let interesting: [UInt8] = Array("{}[]:-&*!|>'\"#%@`\t\n ,?<".utf8) + [0, 0xFF]
}
