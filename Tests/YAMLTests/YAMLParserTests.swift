import Diagnostics
import Testing
@testable import YAML

@Suite struct YAMLParserTests {
    let parser = YAMLParser()

    @Test func keepsPositionsOfKeysAndValues() throws {
        let stream = parser.parse("a: 1\nlist:\n  - x\n  - \"y\"\n")
        #expect(stream.errors.isEmpty)
        let root = try #require(stream.documents.first?.root)
        let pairs = try #require(root.mapping)
        #expect(pairs[0].key.start == SourcePosition(line: 1, column: 1))
        #expect(pairs[0].value.start == SourcePosition(line: 1, column: 4))
        let list = try #require(root["list"]?.sequence)
        #expect(list[1].start == SourcePosition(line: 4, column: 5))
        #expect(list[1].scalarStyle == .doubleQuoted)
    }

    @Test func resolvesAliasesAndMergeKeys() throws {
        let text = """
            base: &b {x: 1, y: 2}
            derived:
              <<: *b
              y: 3
            copy: *b
            """
        let stream = parser.parse(text)
        #expect(stream.errors.isEmpty)
        let root = try #require(stream.documents.first?.root)
        #expect(root["derived"]?["x"]?.scalar == "1")
        #expect(root["derived"]?["y"]?.scalar == "3")
        #expect(root["derived"]?.pair(forKey: "x")?.isMerged == true)
        #expect(root["copy"]?["y"]?.scalar == "2")
    }

    @Test func mergeSequenceFirstWins() throws {
        let stream = parser.parse("a: &a {k: 1}\nb: &b {k: 2, j: 3}\nc:\n  <<: [*a, *b]\n")
        let root = try #require(stream.documents.first?.root)
        #expect(root["c"]?["k"]?.scalar == "1")
        #expect(root["c"]?["j"]?.scalar == "3")
    }

    @Test func reportsDuplicateKeysAtSecondKey() throws {
        let stream = parser.parse("job: a\nother: 1\njob: b\n")
        let error = try #require(stream.errors.first)
        #expect(error.kind == .duplicateKey)
        #expect(error.position == SourcePosition(line: 3, column: 1))
        #expect(error.related == SourcePosition(line: 1, column: 1))
        #expect(!stream.isBroken)
        // The document is still there for further checks.
        #expect(stream.documents.count == 1)
    }

    @Test func duplicatesInLargeMappings() throws {
        var text = (0..<40).map { "k\($0): \($0)" }.joined(separator: "\n")
        text += "\nk7: again\nk39: again\n"
        let stream = parser.parse(text)
        #expect(stream.errors.map(\.position.line) == [41, 42])
        #expect(stream.errors.map { $0.related?.line } == [8, 40])
    }

    @Test func mergedKeysAreNotDuplicates() {
        let stream = parser.parse("a: &a {k: 1}\nb:\n  <<: *a\n  k: 2\n")
        #expect(stream.errors.isEmpty)
    }

    @Test func multiDocumentStreams() {
        let stream = parser.parse("a: 1\n---\nb: 2\n---\n")
        #expect(stream.documents.count == 3)
        #expect(stream.documents[1].root["b"]?.scalar == "2")
    }

    @Test func keepsTags() throws {
        let stream = parser.parse("a: !!str 123\nb: !custom x\n")
        let root = try #require(stream.documents.first?.root)
        #expect(root["a"]?.tag == "tag:yaml.org,2002:str")
        #expect(root["a"]?.resolved == .string("123"))
        #expect(root["b"]?.tag == "!custom")
    }

    @Test func resolvesScalarsLikeYAMLv2() throws {
        let root = try #require(parser.parse("a: yes\nb: 0x1F\nc: '12'\nd: ~\ne: 1.5\nf: 1_000\ng: 012\n").documents.first?.root)
        #expect(root["a"]?.resolved == .bool(true))
        #expect(root["b"]?.resolved == .int(31))
        #expect(root["c"]?.resolved == .string("12"))
        #expect(root["d"]?.isNull == true)
        #expect(root["e"]?.resolved == .float(1.5))
        #expect(root["f"]?.resolved == .int(1000))
        #expect(root["g"]?.resolved == .int(10))
    }

    /// The byte-level resolution against yaml.v2's results for numbers,
    /// keywords and near misses.
    @Test(arguments: [
        ("-0x10", ResolvedScalar.int(-16)), ("+0b101", .int(5)), ("0o17", .int(15)), ("0", .int(0)),
        ("09", .float(9)), ("1_0.5", .float(10.5)), ("-9223372036854775808", .int(.min)),
        ("9223372036854775808", .float(9_223_372_036_854_775_808)), ("0x", .string("0x")), ("+", .string("+")),
        ("1.2.3", .string("1.2.3")), ("NULL", .null), ("nULL", .string("nULL")), ("Off", .bool(false)),
        ("-.inf", .float(-.infinity)), ("falsey", .string("falsey")), ("~", .null), ("12ab", .string("12ab")),
    ])
    func resolvesPlainScalarsByBytes(_ text: String, _ expected: ResolvedScalar) throws {
        let node = try #require(parser.parse("a: \(text)\n").documents.first?.root["a"])
        #expect(node.resolved == expected)
        #expect(node.isNull == (expected == .null))
    }

    @Test func syntaxErrorHasPosition() throws {
        let stream = parser.parse("a: 1\n b: 2\n")
        let error = try #require(stream.errors.first)
        #expect(error.kind == .syntax)
        #expect(error.position.line == 2)
        #expect(stream.isBroken)
    }

    @Test func unknownAliasIsAnError() throws {
        let stream = parser.parse("a: *nope\n")
        #expect(stream.errors.first?.kind == .badReference)
    }

    @Test func billionLaughsIsBounded() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 {
            let refs = Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ")
            text += "a\(i): &a\(i) [\(refs)]\n"
        }
        let stream = parser.parse(text)
        let error = try #require(stream.errors.first)
        #expect(error.kind == .limit)
        #expect(error.message.contains("excessive aliasing"))
    }

    @Test func deepNestingIsBounded() throws {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let stream = parser.parse(text)
        #expect(stream.errors.first?.kind == .limit)
        let maps = (0..<5000).map { String(repeating: "  ", count: $0) + "k:" }.joined(separator: "\n")
        #expect(parser.parse(maps).errors.first?.kind == .limit)
    }

    @Test func badUTF8AndBinaryJunk() throws {
        let bad = parser.parse(bytes: [0x61, 0x3A, 0x20, 0xFF, 0xFE, 0x0A])
        #expect(bad.errors.first?.kind == .syntax)
        #expect(bad.errors.first?.position.line == 1)
        let junk = parser.parse(bytes: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })
        #expect(!junk.errors.isEmpty)
        let nul = parser.parse(bytes: [0x61, 0x3A, 0x00, 0x0A])
        #expect(!nul.errors.isEmpty)
    }

    @Test func tabIndentationIsAnError() throws {
        let stream = parser.parse("a:\n\tb: 1\n")
        #expect(stream.errors.first?.kind == .syntax)
        #expect(stream.errors.first?.position.line == 2)
    }

    @Test func truncatedInputIsAnError() {
        let stream = parser.parse("a: [1, 2\nb: \"open")
        #expect(stream.isBroken)
    }
}
