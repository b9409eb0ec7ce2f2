import Diagnostics
import Testing
@testable import YAML

@Suite struct StrictDecodingTests {
    func decode(_ text: String, _ body: (MappingDecoder) -> Void) -> [Diagnostic] {
        let root = YAMLParser().parse(text).documents[0].root
        let context = DecodeContext(file: "t.yml")
        if let mapping = context.mapping(root, type: "config.plain") {
            body(mapping)
            mapping.finish()
        }
        return context.diagnostics
    }

    @Test func reportsEveryUnknownFieldWithSuggestion() {
        let found = decode("scrape_intervl: 1m\nfoo: 1\nevaluation_interval: 1m\n") { m in
            _ = m.duration("scrape_interval")
            _ = m.duration("evaluation_interval")
        }
        #expect(found.count == 2)
        #expect(found[0].check == "schema/unknown-field")
        #expect(found[0].message.hasPrefix("field scrape_intervl not found in type config.plain; did you mean scrape_interval?"))
        #expect(found[0].span.start == SourcePosition(line: 1, column: 1))
        #expect(found[1].span.start.line == 2)
    }

    /// Mappings past the index threshold are looked up through a dictionary;
    /// unknown fields, repeated keys and `accept` behave as in small ones.
    @Test(arguments: [3, MappingDecoder.indexThreshold + 10])
    func lookupsAndUnknownFieldsAtEverySize(_ size: Int) {
        let keys = (0..<size).map { "field_\($0)" }
        let text = keys.map { "\($0): \($0)" }.joined(separator: "\n") + "\nfield_0x: 1\nmodelled: 2\nnull_one:\n"
        var values: [String?] = []
        var nullIsNil = false
        var spans: [SourcePosition?] = []
        let found = decode(text) { m in
            values = keys.map { m.string($0)?.value }
            nullIsNil = m.string("null_one") == nil && m.has("null_one")
            spans.append(m.keySpan("field_1")?.start)
            spans.append(m.keySpan("absent")?.start)
            m.accept(["modelled"])
        }
        #expect(values == keys.map { Optional($0) })
        #expect(nullIsNil)
        #expect(spans == [SourcePosition(line: 2, column: 1), nil])
        #expect(found.map { String($0.message.prefix(39)) } == ["field field_0x not found in type config"])
        #expect(found.first?.span.start.line == size + 1)
    }

    @Test func wrongTypesAreReportedGoStyle() {
        let found = decode("targets: localhost:9090\nhonor: 'x'\nport: abc\n") { m in
            _ = m.stringList("targets")
            _ = m.bool("honor")
            _ = m.int("port")
        }
        #expect(found.map(\.check) == ["schema/wrong-type", "schema/wrong-type", "schema/wrong-type"])
        #expect(found[0].message.hasPrefix("cannot unmarshal !!str `localho...` into []string"))
        #expect(found[1].message.hasPrefix("cannot unmarshal !!str `x` into bool"))
    }

    @Test func badDurations() {
        let found = decode("a: 5x\nb: 1.5h\nc: 15\nd: 1h30m\ne: 30m1h\n") { m in
            for key in ["a", "b", "c", "d", "e"] { _ = m.duration(key) }
        }
        #expect(found.map(\.span.start.line) == [1, 2, 3, 5])
        #expect(found[0].message.hasPrefix("unknown unit \"x\" in duration \"5x\""))
        #expect(found[2].message.hasPrefix("not a valid duration string: \"15\""))
    }

    @Test func badLabelNames() {
        let found = decode("labels:\n  ok: 1\n  \"bad name\": 2\n  \"\": 3\n") { m in
            _ = m.labels("labels", scheme: .legacy)
        }
        #expect(found.count == 2)
        #expect(found[0].message.hasPrefix("\"bad name\" is not a valid label name"))
    }

    @Test func nullMappingIsEmpty() {
        let root = YAMLParser().parse("a:\n").documents[0].root
        let context = DecodeContext(file: "t.yml")
        #expect(context.mapping(root["a"]!, type: "x") != nil)
        #expect(context.diagnostics.isEmpty)
    }
}
