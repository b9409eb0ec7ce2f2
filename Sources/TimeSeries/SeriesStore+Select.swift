import PromModel

extension SeriesStore {
    /// The series every matcher accepts, in label order. Matchers that
    /// need the label to be non-empty narrow the search through the postings
    /// (equality by lookup, others by testing each distinct value once);
    /// the rest filter what remains, with regex results cached per value.
    public func select(matchers: [LabelMatcher]) -> [SeriesID] {
        var candidates: [Int]?
        var filters: [LabelMatcher] = []
        // Equalities first: a lookup each, and usually the most selective.
        let ordered = matchers.filter { $0.type == .equal } + matchers.filter { $0.type != .equal }
        for matcher in ordered {
            if matcher.matchesEmpty {
                filters.append(matcher)
                continue
            }
            let values = postings[ExactString(matcher.name)] ?? [:]
            if matcher.type == .equal {
                candidates = intersect(candidates, values[ExactString(matcher.value)] ?? [])
            } else if let current = candidates, current.count < values.count {
                // Fewer series left than values to test: check the series instead.
                filters.append(matcher)
            } else {
                var found: [Int] = []
                for (value, positions) in values where matcher.matches(value.value) { found += positions }
                found.sort()
                candidates = intersect(candidates, found)
            }
            if candidates?.isEmpty == true { return [] }
        }
        var caches = filters.map { _ in MatchCache() }
        var out: [SeriesID] = []
        func accept(_ position: Int) -> Bool {
            let labels = labelSets[position]
            for index in filters.indices where !caches[index].matches(filters[index], labels.get(filters[index].name)) {
                return false
            }
            return true
        }
        if let candidates {
            out.reserveCapacity(candidates.count)
            for position in candidates where accept(position) { out.append(SeriesID(rawValue: position)) }
        } else {
            for position in labelSets.indices where accept(position) { out.append(SeriesID(rawValue: position)) }
        }
        return out
    }

    /// Convenience for `select` with `name="value"` pairs.
    public func select(equalities: [String: String]) -> [SeriesID] {
        select(matchers: equalities.map { LabelMatcher.equal($0.key, $0.value) })
    }

    /// Both ascending lists' common positions (the second list when there is no first).
    private func intersect(_ a: [Int]?, _ b: [Int]) -> [Int] {
        guard let a else { return b }
        var out: [Int] = []
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                out.append(a[i])
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return out
    }
}

/// Label values repeat across series (job, instance, …), so a regex runs
/// once per distinct value. Hits are confirmed byte-wise because dictionary
/// keys compare by canonical equivalence.
private struct MatchCache {
    private var results: [String: (text: String, matched: Bool)] = [:]

    mutating func matches(_ matcher: LabelMatcher, _ text: String) -> Bool {
        guard matcher.regex != nil else { return matcher.matches(text) }
        if let hit = results[text], hit.text.utf8.elementsEqual(text.utf8) { return hit.matched }
        let matched = matcher.matches(text)
        if results.count < 100_000 { results[text] = (text, matched) }
        return matched
    }
}
