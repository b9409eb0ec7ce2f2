import Testing
import YAML

@Suite struct SuggestionTests {
    @Test func oneRuleForEveryDidYouMean() {
        // A swap of neighbours is one edit.
        #expect(Suggestion.editDistance("dorp", "drop") == 1)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.closest(to: "scrape_intreval", in: ["scrape_interval", "scrape_timeout"]) == "scrape_interval")
        // Case is ignored when choosing.
        #expect(Suggestion.closest(to: "Team-A", in: ["team-a", "team-b"]) == "team-a")
        // Short names only suggest at one edit; ties go to the first given.
        #expect(Suggestion.closest(to: "abc", in: ["xyz"]) == nil)
        #expect(Suggestion.closest(to: "ab", in: ["ac", "ad"]) == "ac")
        #expect(Suggestion.closest(to: "ab", in: ["abcd"], limit: { _ in 2 }) == "abcd")
    }
}
