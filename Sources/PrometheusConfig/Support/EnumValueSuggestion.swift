import YAML

/// Near-miss suggestions for misspelt enum values (`mod` → `hashmod`,
/// `label_drop` → `labeldrop`): separators and case are ignored and a unique
/// fragment of a real name is taken first; the rest is `Suggestion`'s rule.
enum EnumValueSuggestion {
    static func closest(to input: String, in candidates: [String]) -> String? {
        let wanted = normalised(input)
        guard !wanted.isEmpty else { return nil }
        if let exact = candidates.first(where: { normalised($0) == wanted }) { return exact }
        // A fragment of a real name ("mod", "equal") is the commonest slip.
        if wanted.count >= 3 {
            let containing = candidates.filter { normalised($0).contains(wanted) }
            if containing.count == 1 { return containing[0] }
        }
        let byNormalised = Dictionary(candidates.map { (normalised($0), $0) }, uniquingKeysWith: { first, _ in first })
        return Suggestion.closest(to: wanted, in: candidates.map(normalised)).flatMap { byNormalised[$0] }
    }

    private static func normalised(_ text: String) -> String {
        text.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " }
    }
}
