import Testing
@testable import PromQL

@Suite struct ParserTests {
    @Test(arguments: [
        ("a + b * c", "(a + (b * c))"),
        ("a * b + c", "((a * b) + c)"),
        ("a - b - c", "((a - b) - c)"),
        ("a ^ b ^ c", "(a ^ (b ^ c))"),
        ("a or b and c unless d", "(a or ((b and c) unless d))"),
        ("a == b + c", "(a == (b + c))"),
        ("a atan2 b ^ c", "(a atan2 (b ^ c))"),
        ("h </ 2 * 3 >/ 1", "((h </ (2 * 3)) >/ 1)"),
        ("a % b / c * d", "(((a % b) / c) * d)"),
        ("-a ^ b", "(-(a ^ b))"),
        ("-a * b", "((-a) * b)"),
        ("2 ^ -1 ^ 2", "(2 ^ (-(1 ^ 2)))"),
        ("-1 ^ 2", "(-(1 ^ 2))"),
        ("- -a", "(-(-a))"),
        ("(a + b) * c", "([(a + b)] * c)"),
        ("a and and", "(a and and)"),
        ("sum + 1", "(sum + 1)"),
        ("foo offset 1m + 2", "(foo offset 1m + 2)"),
        ("foo offset -2 ^ 2", "(foo offset -2s ^ 2)"),
        ("foo offset -step() * 2", "(foo offset -step() * 2)"),
        ("foo offset (100 + 2)", "foo offset (100 + 2)"),
        ("foo offset -(min_of(step(), 2s) - 5) + 8000", "(foo offset -(min_of(step(), 2s) - 5) + 8000)"),
        ("-foo offset 5m", "(-foo offset 5m)"),
        ("a + max_over_time(b[5m:1m])", "(a + max_over_time(b[5m:1m]))"),
        ("rate(x[5m])[30m:1m]", "rate(x[5m])[30m:1m]"),
    ])
    func precedence(input: String, expected: String) throws {
        let expr = try #require(parsed(input))
        #expect(shape(expr) == expected)
    }

    @Test func numberLiterals() throws {
        let values: [(String, Double)] = [
            ("1", 1), ("0x1F", 31), ("0X_ff", 255), ("017", 15), ("09", 9), ("1_000", 1000), (".5", 0.5),
            ("5.", 5), ("1e3", 1000), ("1.5E-3", 0.0015), ("-Inf", -.infinity), ("+inf", .infinity),
            ("9223372036854775807", 9.223372036854775807e18), ("5m", 300), ("1h30m", 5400), ("1y", 31_536_000),
            ("100ms", 0.1), ("-5m", -300),
        ]
        for (input, value) in values {
            let expr = try #require(parsed(input), "\(input)")
            guard case .numberLiteral(let literal) = expr else {
                Issue.record("\(input) is not a number literal")
                continue
            }
            #expect(literal.value == value, "\(input)")
            #expect(literal.positionRange == PositionRange(start: 0, end: input.utf8.count), "\(input)")
        }
        guard case .numberLiteral(let nan) = try #require(parsed("NaN")) else { return }
        #expect(nan.value.isNaN)
    }

    @Test func stringLiterals() throws {
        let values: [(String, String)] = [
            (#""double""#, "double"), ("'single'", "single"), ("`raw \\n`", "raw \\n"),
            (#""\a\b\f\n\r\t\v\\\"""#, "\u{07}\u{08}\u{0C}\n\r\t\u{0B}\\\""), ("'\\''", "'"),
            (#""\x41\101\u00e9\U0001F600""#, "AAé😀"), (#""\xc3\xa9""#, "é"), (#""\xff""#, "\u{FFFD}"),
        ]
        for (input, value) in values {
            guard case .stringLiteral(let literal) = try #require(parsed(input), "\(input)") else {
                Issue.record("\(input) is not a string literal")
                continue
            }
            #expect(literal.value == value, "\(input)")
        }
    }

    @Test func vectorSelectors() throws {
        guard case .vectorSelector(let selector) = try #require(parsed(#"foo:bar{a="1", b!="2", c=~"3", d!~"4",}"#)) else {
            Issue.record("not a selector")
            return
        }
        #expect(selector.name == "foo:bar")
        #expect(selector.matchers.map(\.description) == [#"a="1""#, #"b!="2""#, #"c=~"3""#, #"d!~"4""#])
        #expect(selector.matchers[1].positionRange == PositionRange(start: 15, end: 21))
        #expect(selector.metricName == "foo:bar")
        #expect(selector.effectiveMatchers.last == LabelMatcher(name: "__name__", type: .equal, value: "foo:bar"))
        #expect(selector.positionRange == PositionRange(start: 0, end: 39))
    }

    @Test func quotedNamesOfPrometheus3() throws {
        guard case .vectorSelector(let selector) = try #require(parsed(#"{"metric.name", "label.x"="v", 'job'='j'}"#))
        else {
            Issue.record("not a selector")
            return
        }
        #expect(selector.name == "")
        #expect(selector.metricName == "metric.name")
        #expect(selector.matchers.map(\.name) == ["__name__", "label.x", "job"])
        guard case .aggregate(let sum) = try #require(parsed(#"sum by ("label.x", job) ({__name__="x"})"#)) else { return }
        #expect(sum.grouping == ["label.x", "job"])
        #expect(sum.groupingRanges == [PositionRange(start: 9, end: 16), PositionRange(start: 19, end: 22)])
    }

    @Test func keywordsAsNames() throws {
        #expect(try #require(parsed("sum")).description == "sum")
        #expect(try #require(parsed("offset{a=\"b\"}")).description == #"offset{a="b"}"#)
        #expect(try #require(parsed("sum by (on, bool, by, offset, start) (x)")).description
            == "sum by (on, bool, by, offset, start) (x)")
        #expect(try #require(parsed("start + end")).description == "start + end")
    }

    @Test func matrixSelectorsAndSubqueries() throws {
        guard case .call(let rate) = try #require(parsed("rate(x{a=\"b\"}[5m] offset 1h)")),
            case .matrixSelector(let matrix) = rate.args[0]
        else {
            Issue.record("unexpected shape")
            return
        }
        #expect(matrix.range == .literal(PromDuration(milliseconds: 300_000)))
        #expect(matrix.vectorSelector.offset == .literal(PromDuration(milliseconds: 3_600_000)))
        #expect(matrix.positionRange == PositionRange(start: 5, end: 27))
        #expect(matrix.vectorSelector.positionRange == PositionRange(start: 5, end: 13))
        #expect(rate.positionRange == PositionRange(start: 0, end: 28))

        guard case .subquery(let subquery) = try #require(parsed("max_over_time(rate(x[1m])[1h:5m] @ end() offset -5m)")) .children[0]
        else {
            Issue.record("no subquery")
            return
        }
        #expect(subquery.range == .literal(PromDuration(milliseconds: 3_600_000)))
        #expect(subquery.step == .literal(PromDuration(milliseconds: 300_000)))
        #expect(subquery.at == .end)
        #expect(subquery.offset == .literal(PromDuration(milliseconds: -300_000)))
        #expect(subquery.positionRange == PositionRange(start: 14, end: 51))

        guard case .subquery(let noStep) = try #require(parsed("x[5m:]")) else { return }
        #expect(noStep.step == nil)
    }

    @Test func offsetAndAtInEitherOrder() throws {
        for input in ["foo offset 5m @ 1609459200", "foo @ 1609459200 offset 5m"] {
            guard case .vectorSelector(let selector) = try #require(parsed(input)) else { continue }
            #expect(selector.offset == .literal(PromDuration(milliseconds: 300_000)))
            #expect(selector.at == .timestamp(milliseconds: 1_609_459_200_000))
            #expect(selector.positionRange == PositionRange(start: 0, end: 26))
        }
        guard case .vectorSelector(let start) = try #require(parsed("foo @ start()")),
            case .vectorSelector(let negative) = try #require(parsed("foo @ -1.5 offset -1m"))
        else { return }
        #expect(start.at == .start)
        #expect(negative.at == .timestamp(milliseconds: -1500))
        #expect(negative.offset == .literal(PromDuration(milliseconds: -60_000)))
        guard case .vectorSelector(let huge) = try #require(parsed("foo @ 9e18")) else { return }
        #expect(huge.at == .timestamp(milliseconds: 9_223_372_036_854_774_784))
        #expect(PromQLParser.parse("foo offset NaN").isValid)
        guard case .vectorSelector(let zero) = try #require(parsed("foo offset 0")) else { return }
        #expect(zero.offset == nil)
    }

    @Test func durationExpressions() throws {
        guard case .matrixSelector(let matrix) = try #require(parsed("foo[5m * 2]")),
            case .expr(.binary(.mul, .literal(let lhs), .literal(let rhs), _)) = matrix.range
        else {
            Issue.record("not a duration expression")
            return
        }
        #expect(lhs.value == 300 && lhs.isDuration)
        #expect(rhs.value == 2 && !rhs.isDuration)
        guard case .vectorSelector(let selector) = try #require(parsed("foo offset (1h + step())")),
            case .expr(.paren(.binary(.add, _, .step, _), _)) = selector.offset
        else {
            Issue.record("offset expression")
            return
        }
        // Parenthesised and signed literals fold back into plain durations.
        guard case .matrixSelector(let folded) = try #require(parsed("foo[((5m))]")) else { return }
        #expect(folded.range == .literal(PromDuration(milliseconds: 300_000)))
        guard case .matrixSelector(let minOf) = try #require(parsed("foo[min_of(step() + 1, 1h)]")),
            case .expr(.minOf(.binary(.add, .step, _, _), .literal, _)) = minOf.range
        else {
            Issue.record("min_of")
            return
        }
        #expect(try #require(parsed("foo[step()]")).description == "foo[step()]")
        #expect(try #require(parsed("foo[1m:STEP()]")).description == "foo[1m:step()]")
        // Prometheus's lexer only accepts `:` once some number was seen in a bracket.
        #expect(firstError("foo[range():1m]") == "1:13: parse error: unexpected colon before duration in duration expression")
    }

    @Test func aggregations() throws {
        for input in ["sum by (job) (x)", "sum(x) by (job)", "SUM BY(job)(x)"] {
            guard case .aggregate(let node) = try #require(parsed(input), "\(input)") else { continue }
            #expect(node.op == .sum && node.grouping == ["job"] && !node.without && node.param == nil)
            #expect(node.positionRange == PositionRange(start: 0, end: input.utf8.count))
        }
        guard case .aggregate(let topk) = try #require(parsed("topk without (a) (5, x)")) else { return }
        #expect(topk.op == .topk && topk.without && topk.param == .numberLiteral(NumberLiteral(
            value: 5, positionRange: PositionRange(start: 18, end: 19))))
        guard case .aggregate(let countValues) = try #require(parsed(#"count_values("v", x)"#)) else { return }
        #expect(countValues.param?.type == .string)
    }

    @Test func binaryModifiers() throws {
        guard case .binary(let node) = try #require(parsed("a > bool on(x, y) group_left(z) b")) else { return }
        #expect(node.op == .gtr && node.returnBool)
        #expect(node.matching == VectorMatching(cardinality: .manyToOne, matchingLabels: ["x", "y"], on: true, include: ["z"]))
        guard case .binary(let set) = try #require(parsed("a unless ignoring(x) b")) else { return }
        #expect(set.matching.cardinality == .manyToMany && set.matching.matchingLabels == ["x"] && !set.matching.on)
        guard case .binary(let right) = try #require(parsed("a * on() group_right b")) else { return }
        #expect(right.matching.cardinality == .oneToMany && right.matching.include.isEmpty)
        let options = ParserOptions(enableBinopFillModifiers: true)
        guard case .binary(let fill) = try #require(parsed("a + on(job) group_left fill_right(1) fill_left(-Inf) b", options: options))
        else { return }
        #expect(fill.matching.fillLeft == -.infinity && fill.matching.fillRight == 1)
    }

    @Test func functionCalls() throws {
        guard case .call(let call) = try #require(parsed(#"label_replace(up, "a", "$1", "b", "(.*)")"#)) else { return }
        #expect(call.function?.name == "label_replace" && call.args.count == 5)
        let experimental = ParserOptions(enableExperimentalFunctions: true)
        guard case .call(let step) = try #require(parsed("vector(step())", options: experimental)).children[0] else { return }
        #expect(step.function?.returnType == .scalar)
        #expect(try #require(parsed("sort_by_label(up, \"a\", \"b\")", options: experimental)).type == .vector)
        #expect(try #require(parsed("min_of(1, 2)", options: experimental)).type == .scalar)
    }

    @Test func functionTableMatchesPrometheus314() {
        #expect(PromFunctions.all.count == 90)
        let experimental = PromFunctions.all.filter(\.isExperimental).map(\.name).sorted()
        #expect(experimental == [
            "double_exponential_smoothing", "end", "histogram_quantiles", "info", "mad_over_time", "max_of", "min_of",
            "range", "sort_by_label", "sort_by_label_desc", "start", "start_timestamp", "step",
            "ts_of_first_over_time", "ts_of_last_over_time", "ts_of_max_over_time", "ts_of_min_over_time",
        ])
        #expect(PromFunctions.named("holt_winters") == nil)
        #expect(PromFunctions.named("histogram_quantiles")?.variadic == 9)
    }

    @Test func extendedRangeSelectors() throws {
        let options = ParserOptions(enableExtendedRangeSelectors: true)
        guard case .call(let call) = try #require(parsed("increase(x[1m] anchored)", options: options)),
            case .matrixSelector(let matrix) = call.args[0]
        else { return }
        #expect(matrix.vectorSelector.anchored && !matrix.vectorSelector.smoothed)
        #expect(try #require(parsed("x smoothed offset 1m", options: options)).description == "x smoothed offset 1m")
    }

    @Test func errorsKeepTheTreeUnlessTheSyntaxBreaks() {
        let unknown = PromQLParser.parse("lag(x) > 1")
        #expect(unknown.expr?.description == "lag(x) > 1")
        #expect(unknown.errors.count == 1)
        let broken = PromQLParser.parse("lag(x) >")
        #expect(broken.expr == nil)
        #expect(!broken.isValid)
    }

    @Test func deepNestingIsRefusedNotCrashing() {
        let depth = 2000
        let input = String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
        #expect(PromQLParser.parse(input).errors.first?.message == "expression nests deeper than 500 levels")
        let chain = (0..<3000).map { "a\($0)" }.joined(separator: " + ")
        #expect(PromQLParser.parse(chain).errors.first?.message == "expression nests deeper than 500 levels")
        let fine = (0..<400).map { "a\($0)" }.joined(separator: " or ")
        #expect(PromQLParser.parse(fine).isValid)
    }
}
