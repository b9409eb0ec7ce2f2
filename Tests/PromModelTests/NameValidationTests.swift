import PromModel
import Testing

@Suite struct NameValidationTests {
    /// Go's `utf8.ValidString("a\uFFFDb")` is true: a written replacement
    /// character is valid UTF-8, so names and values holding it are valid.
    @Test func replacementCharacterIsValidUTF8() {
        #expect(PromNames.isValidLabelName("a\u{FFFD}b", scheme: .utf8))
        #expect(PromNames.isValidMetricName("\u{FFFD}", scheme: .utf8))
        #expect(PromNames.isValidLabelValue("value \u{FFFD}"))
        #expect(!PromNames.isValidLabelName("a\u{FFFD}b", scheme: .legacy))
        #expect(!PromNames.isValidMetricName("", scheme: .utf8))
    }
}
