/// The routing tree in a form that is cheap to evaluate: label names are
/// numbered, regexes that are only a list of literal alternatives become set
/// lookups, and nodes with many children index them by the label most of them
/// test for equality (`team="a"`, `team="b"`, …), so an alert only visits the
/// children that can match it. The answer is always that of `Route.Match`.
struct CompiledRoutes: Sendable {
    private enum Test: Sendable {
        case equal(String)
        case notEqual(String)
        case oneOf(Set<String>, negated: Bool)
        case regex(Matcher)
    }

    private struct Condition: Sendable {
        let name: Int
        let test: Test

        func holds(_ values: [String]) -> Bool {
            let value = values[name]
            switch test {
            case .equal(let expected): return value == expected
            case .notEqual(let unwanted): return value != unwanted
            case .oneOf(let set, let negated): return set.contains(value) != negated
            case .regex(let matcher): return matcher.matches(value)
            }
        }
    }

    /// Children that test `name` for equality, by the value they want; the
    /// others must always be tried. Both lists are child positions, ascending.
    private struct ChildIndex: Sendable {
        let name: Int
        let byValue: [String: [Int]]
        let others: [Int]
    }

    private struct Entry: Sendable {
        let conditions: [Condition]
        let children: [Int]
        let continues: Bool
        let index: ChildIndex?
    }

    /// Below this many children a straight scan is as fast as the index.
    private static let indexThreshold = 8

    private let nameIDs: [String: Int]
    private let entries: [Entry]

    init(_ nodes: [RoutingTree.Node]) {
        var nameIDs: [String: Int] = [:]
        func id(_ name: String) -> Int {
            if let known = nameIDs[name] { return known }
            nameIDs[name] = nameIDs.count
            return nameIDs.count - 1
        }
        var conditions: [[Condition]] = []
        conditions.reserveCapacity(nodes.count)
        // Big trees repeat the same few regexes; each is looked at once.
        for node in nodes {
            conditions.append(
                node.matchers.map { matcher in
                    let test: Test
                    switch matcher.type {
                    case .equal: test = .equal(matcher.value)
                    case .notEqual: test = .notEqual(matcher.value)
                    case .regexp, .notRegexp:
                        if let literals = matcher.literals {
                            test = .oneOf(literals, negated: matcher.type == .notRegexp)
                        } else {
                            test = .regex(matcher)
                        }
                    }
                    return Condition(name: id(matcher.name), test: test)
                })
        }
        var entries: [Entry] = []
        entries.reserveCapacity(nodes.count)
        for node in nodes {
            entries.append(
                Entry(
                    conditions: conditions[node.index], children: node.children, continues: node.continues,
                    index: Self.childIndex(node.children, conditions)))
        }
        self.nameIDs = nameIDs
        self.entries = entries
    }

    private static func childIndex(_ children: [Int], _ conditions: [[Condition]]) -> ChildIndex? {
        guard children.count >= indexThreshold else { return nil }
        var counts: [Int: Int] = [:]
        for child in children {
            var seen = Set<Int>()
            for condition in conditions[child] {
                if case .equal = condition.test, seen.insert(condition.name).inserted { counts[condition.name, default: 0] += 1 }
            }
        }
        guard let (name, count) = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
            count * 2 >= children.count
        else { return nil }
        var byValue: [String: [Int]] = [:]
        var others: [Int] = []
        for (position, child) in children.enumerated() {
            let wanted = conditions[child].first { $0.name == name && { if case .equal = $0.test { true } else { false } }($0) }
            if let wanted, case .equal(let value) = wanted.test {
                byValue[value, default: []].append(position)
            } else {
                others.append(position)
            }
        }
        return ChildIndex(name: name, byValue: byValue, others: others)
    }

    func match(_ labels: [String: String]) -> [Int] {
        var values = [String](repeating: "", count: nameIDs.count)
        for (name, value) in labels {
            if let id = nameIDs[name] { values[id] = value }
        }
        var result: [Int] = []
        if !visit(0, values, &result) { result.append(0) }
        return result
    }

    /// Alertmanager's `Route.Match` for one node: false when its own matchers
    /// fail; otherwise its matching descendants, or itself when there are none.
    private func visit(_ node: Int, _ values: [String], _ result: inout [Int]) -> Bool {
        let entry = entries[node]
        for condition in entry.conditions where !condition.holds(values) { return false }
        let before = result.count
        if let index = entry.index {
            let wanted = index.byValue[values[index.name]] ?? []
            var a = 0
            var b = 0
            let others = index.others
            while a < wanted.count || b < others.count {
                let position: Int
                if b >= others.count || (a < wanted.count && wanted[a] < others[b]) {
                    position = wanted[a]
                    a += 1
                } else {
                    position = others[b]
                    b += 1
                }
                let child = entry.children[position]
                if visit(child, values, &result) && !entries[child].continues { break }
            }
        } else {
            for child in entry.children {
                if visit(child, values, &result) && !entries[child].continues { break }
            }
        }
        if result.count == before { result.append(node) }
        return true
    }
}
