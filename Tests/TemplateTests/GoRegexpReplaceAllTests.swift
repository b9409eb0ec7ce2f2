import Testing

@testable import Template

/// `reReplaceAll` is Go's `Regexp.ReplaceAllString`; expected values follow
/// regexp.go's `replaceAll` loop (searchPos / lastMatchEnd).
@Suite struct GoRegexpReplaceAllTests {
    @Test(arguments: [
        // Empty matches: one between every character, none right after a match.
        ("a*", "-", "baaac", "-b-c-"),
        ("x*", "-", "abc", "-a-b-c-"),
        ("", "-", "é", "-é-"),
        // Later searches start inside the text: `^` and `\b` see what precedes.
        ("^a|b", "x", "aab", "xax"),
        (#"a|\bb"#, "x", "ab", "xb"),
        ("^a", "x", "aaa", "xaa"),
        // Expansion of groups.
        ("(a)(b)?", "[$1$2]", "aab", "[a][ab]"),
        ("o", "0", "foo boo", "f00 b00"),
    ])
    func followsGo(pattern: String, replacement: String, text: String, expected: String) throws {
        #expect(try GoRegexp.replaceAll(pattern: pattern, replacement: replacement, in: text) == expected)
    }
}
