import Foundation
import HalintCLI
import Testing
import TestSupport

/// The `halint eval` runs shown in Rules/ha/unfireable-when-down.md are
/// real: each ```text eval block (its whole output) and ```text eval-excerpt
/// block (a part of it) is run and compared.
@Suite struct EvalRuleDocExampleTests {
    struct Example {
        var arguments: [String]
        var output: String
        var isExcerpt: Bool
    }

    static func examples(in document: String, fences: Set<String> = ["```text eval", "```text eval-excerpt"]) -> [Example] {
        var examples: [Example] = []
        var lines = document.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        while let line = lines.next() {
            guard fences.contains(String(line)) else { continue }
            guard let command = lines.next(), command.hasPrefix("$ halint eval ") else { continue }
            var body: [Substring] = []
            while let next = lines.next(), next != "```" { body.append(next) }
            examples.append(Example(
                arguments: command.dropFirst("$ halint eval ".count).split(separator: " ").map(String.init),
                output: body.joined(separator: "\n") + "\n", isExcerpt: line.hasSuffix("excerpt")))
        }
        return examples
    }

    @Test func documentedRunsAreTheRealOutput() throws {
        let document = try String(contentsOfFile: Self.root + "Rules/ha/unfireable-when-down.md", encoding: .utf8)
        let examples = Self.examples(in: document)
        #expect(examples.map(\.isExcerpt) == [false, true])
        try check(examples)
    }

    /// The example in the README's `halint eval` section.
    @Test func readmeRunIsTheRealOutput() throws {
        let readme = try String(contentsOfFile: Self.root + "README.md", encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "<!-- eval: begin -->").dropFirst().first)
        let examples = Self.examples(in: section, fences: ["```"])
        #expect(examples.count == 1)
        try check(examples)
    }

    static let root = TestPaths.packageRoot.path + "/"

    func check(_ examples: [Example]) throws {
        let root = Self.root
        for example in examples {
            // Paths in the document are relative to the package root.
            let arguments = example.arguments.map { $0.hasPrefix("Fixtures/") ? root + $0 : $0 }
            let (output, code) = try EvalCommand.parse(arguments).execute(environment: [:])
            let relative = output.replacingOccurrences(of: root, with: "")
            #expect(code == 0)
            if example.isExcerpt {
                #expect(relative.contains(example.output), "\(example.arguments)")
            } else {
                #expect(relative == example.output)
            }
        }
    }
}
