import Testing
@testable import RegexEngine

@Suite struct PromRegexTests {
    @Test func isFullyAnchored() throws {
        let regex = try PromRegex("foo|bar")
        #expect(regex.matches("foo"))
        #expect(regex.matches("bar"))
        #expect(!regex.matches("foobar"))
        #expect(!regex.matches("xfoo"))
    }

    @Test func dotMatchesNewlineAsInPrometheus3() throws {
        #expect(try PromRegex("a.b").matches("a\nb"))
        #expect(try !PromRegex("a$").matches("a\n"))
    }

    @Test func capturesGroups() throws {
        let match = try #require(try PromRegex("(.*):(\\d+)").firstMatch(in: "host:9100"))
        #expect(match.group(1) == "host")
        #expect(match.group(2) == "9100")
        let named = try PromRegex("(?P<host>[^:]+):(?<port>\\d+)")
        #expect(named.groupNames["host"] == 1)
        #expect(named.groupNames["port"] == 2)
    }

    @Test func unsetGroupIsEmpty() throws {
        let match = try #require(try PromRegex("(a)|(b)").firstMatch(in: "b"))
        #expect(match.group(1) == "")
        #expect(match.group(2) == "b")
    }

    @Test(arguments: [
        ("foo(?=bar)", "(?="), ("(?!x)y", "(?!"), ("(?<=a)b", "(?<="), ("(?<!a)b", "(?<!"),
        ("(?>a)", "(?>"), ("(a)\\1", "\\1"), ("a*+", "*+"), ("a++", "++"), ("\\Z", "\\Z"), ("(?#c)", "(?#"),
    ])
    func rejectsPCREOnlySyntax(pattern: String, fragment: String) {
        #expect {
            _ = try PromRegex(pattern)
        } throws: { error in
            guard let error = error as? RegexError else { return false }
            return error.kind == .unsupported && error.fragment.hasPrefix(fragment)
        }
    }

    @Test func reportsGoStyleSyntaxErrors() {
        #expect(throws: RegexError.self) { try PromRegex("abc(def") }
        do {
            _ = try PromRegex("abc(def")
        } catch {
            #expect(error.description == "error parsing regexp: missing closing ): `^(?s:abc(def)$`")
        }
        #expect(throws: RegexError.self) { try PromRegex("a)") }
        #expect(throws: RegexError.self) { try PromRegex("[a") }
        #expect(throws: RegexError.self) { try PromRegex("*a") }
        #expect(throws: RegexError.self) { try PromRegex("a{1001}") }
        #expect(throws: RegexError.self) { try PromRegex("a**") }
    }

    @Test func acceptsRE2Syntax() throws {
        for pattern in [
            "[[:alpha:]]+", "\\pL+", "\\p{Greek}", "(?i)abc", "(?i:a)b", "a{2,3}?", "\\x41\\x{42}", "\\Qa.b\\E",
            "[^\\]]", "a{,", "\\.", "(?s).*", "\\A\\z", "\\012",
        ] {
            _ = try PromRegex(pattern)
        }
        #expect(try PromRegex("\\Qa.b\\E").matches("a.b"))
        #expect(try !PromRegex("\\Qa.b\\E").matches("axb"))
        #expect(try PromRegex("a{,").matches("a{,"))
        #expect(try PromRegex("\\v").matches("\u{0B}"))
        #expect(try !PromRegex("\\v").matches("\n"))
        #expect(try PromRegex("\\012").matches("\n"))
    }

    @Test func unanchoredSearch() throws {
        let regex = try PromRegex("b+", anchored: false)
        #expect(regex.matches("abbc"))
    }
}

/// The match data a pattern keeps for calls without a scratch is shared;
/// concurrent callers that find it taken use their own, and a scratch is
/// reused across patterns with different group counts.
@Suite struct RegexMatchDataTests {
    @Test func concurrentMatchesOfOnePatternAgree() async throws {
        let regex = try PromRegex("node-([0-9]+)\\.dc([0-9])")
        let counts = await withTaskGroup(of: Int.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    var agreed = 0
                    for i in 0..<2_000 {
                        let text = "node-\(i * 8 + worker).dc\(i % 10)"
                        let match = regex.firstMatch(in: text)
                        if regex.matches(text), match?.group(1) == String(i * 8 + worker), match?.group(2) == String(i % 10),
                            !regex.matches(text + "x")
                        {
                            agreed += 1
                        }
                    }
                    return agreed
                }
            }
            return await group.reduce(0, +)
        }
        #expect(counts == 16_000)
    }

    @Test func oneScratchServesPatternsOfEveryGroupCount() throws {
        let scratch = RegexScratch()
        let plain = try PromRegex("a.c")
        let many = try PromRegex("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)")
        #expect(plain.matches("abc", scratch: scratch))
        #expect(many.match("abcdefghijkl", into: scratch))
        #expect(scratch.group(12) == 11..<12)
        #expect(!many.match("abcdefghijk", into: scratch))
        #expect(scratch.group(1) == nil)
        #expect(plain.match("axc", into: scratch) && scratch.group(0) == 0..<3 && scratch.group(1) == nil)
    }
}
