/// "Did you mean …?" for every input halint reads: one distance and one way of
/// choosing, so a typo gets the same suggestion whichever file it is in.
///
/// The rule: names are compared case-insensitively by Unicode scalar, with
/// the optimal-string-alignment distance (insert, delete, substitute, or swap
/// two neighbours, each costing 1: `dorp` → `drop` is one edit); the nearest
/// candidate within the limit wins, ties going to the first in the order
/// given (callers pass sorted candidates where the order is not meaningful).
/// The default limit, `max(1, min(3, candidate length / 4))`, keeps short
/// names from suggesting unrelated ones; callers with long dotted names pass
/// their own.
public enum Suggestion {
    public static func defaultLimit(_ candidate: String) -> Int {
        max(1, min(3, candidate.unicodeScalars.count / 4))
    }

    public static func closest<S: Sequence>(
        to input: String, in candidates: S, limit: (String) -> Int = defaultLimit
    ) -> String? where S.Element == String {
        let wanted = Array(input.lowercased().unicodeScalars)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(wanted, Array(candidate.lowercased().unicodeScalars))
            if distance <= limit(candidate), best == nil || distance < best!.distance {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// Case-sensitive distance between two texts, by the rule above.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Three rows: the one two back is needed for swaps.
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
