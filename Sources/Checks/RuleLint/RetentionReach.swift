import PromModel
import PromQL

/// How far back from the evaluation time an expression reads, node by node,
/// against a retention: `offset`, range windows and subquery ranges add up
/// (a selector inside `[1d:]` with `offset 1h` reads `1d + 1h + range` back).
/// `@ <time>` pins a node to a fixed time and is left alone, as are
/// duration expressions. Shared by the offline and live retention checks.
struct RetentionReach {
    struct Finding {
        let range: PositionRange
        /// The whole window lies beyond retention: the node never returns anything.
        let never: Bool
        /// How far back the newest sample the node reads is, at the closest.
        let end: Int64
        /// How far back the node reads at the furthest, offset included.
        let reach: Int64
        let description: String
    }

    let retention: Int64
    private(set) var findings: [Finding] = []

    init(_ expr: Expr, retention: Int64) {
        self.retention = retention
        visit(expr, near: 0, far: 0)
    }

    /// `near`…`far`: how far back the evaluations of this node lie, which a
    /// subquery spreads over its range. The outermost node crossing the
    /// retention is reported; what it contains is not reported again.
    private mutating func visit(_ expr: Expr, near: Int64, far: Int64) {
        switch expr {
        case .vectorSelector(let selector):
            guard selector.at == nil, let offset = Self.milliseconds(selector.offset), offset > 0 else { return }
            check(selector.positionRange, end: near + offset, start: far + offset, what: "offset \(Self.text(offset))")
        case .matrixSelector(let matrix):
            let selector = matrix.vectorSelector
            guard selector.at == nil, let offset = Self.milliseconds(selector.offset), let range = Self.milliseconds(matrix.range) else { return }
            check(matrix.positionRange, end: near + offset, start: far + offset + range, what: Self.window(range, offset))
        case .subquery(let node):
            guard node.at == nil, let offset = Self.milliseconds(node.offset), let range = Self.milliseconds(node.range) else { return }
            if check(node.positionRange, end: near + offset, start: far + offset + range, what: "subquery " + Self.window(range, offset)) {
                return
            }
            visit(node.expr, near: near + offset, far: far + offset + range)
        default:
            for child in expr.children { visit(child, near: near, far: far) }
        }
    }

    @discardableResult
    private mutating func check(_ range: PositionRange, end: Int64, start: Int64, what: String) -> Bool {
        guard start > retention else { return false }
        findings.append(Finding(range: range, never: end >= retention, end: end, reach: start, description: what))
        return true
    }

    /// A literal duration in milliseconds; nil for a duration expression. No offset is 0.
    private static func milliseconds(_ value: DurationValue?) -> Int64? {
        switch value {
        case nil: 0
        case .literal(let duration)?: duration.milliseconds
        case .expr?: nil
        }
    }

    private static func window(_ range: Int64, _ offset: Int64) -> String {
        "[\(text(range))]" + (offset > 0 ? " offset \(text(offset))" : "")
    }

    static func text(_ milliseconds: Int64) -> String { ModelDuration(milliseconds: milliseconds).description }

    /// The finding text; `server` names where the retention comes from.
    static func message(_ finding: Finding, retention: Int64, server: String) -> String {
        let kept = text(retention)
        if finding.never {
            return "\(finding.description) reads only data from \(text(finding.end)) ago and older, but \(server) keeps only \(kept) "
                + "(`--storage.tsdb.retention.time`), so this part of the query never returns anything; shorten the offset "
                + "or raise the retention"
        }
        return "\(finding.description) reaches \(text(finding.reach)) back, but \(server) keeps only \(kept) "
            + "(`--storage.tsdb.retention.time`): the oldest \(text(finding.reach - retention)) of the window is always empty, "
            + "so the result covers less than it says; shorten the window or raise the retention"
    }
}

/// Prometheus's retention from its flags (`cmd/prometheus/main.go`): the
/// deprecated `storage.tsdb.retention`, overridden by
/// `storage.tsdb.retention.time`; with neither and no size limit, 15d. With
/// only a size limit, nothing is dropped by age (nil).
enum RetentionFlags {
    static let defaultRetention: Int64 = 15 * 86_400_000

    static func retention(time: String?, deprecated: String?, size: String?) -> Int64? {
        func duration(_ text: String?) -> Int64 {
            guard let text, !text.isEmpty, let parsed = try? ModelDuration.parse(text) else { return 0 }
            return parsed.milliseconds
        }
        var retention = duration(deprecated)
        let time = duration(time)
        if time != 0 { retention = time }
        if retention != 0 { return retention }
        let sized = size.map { !$0.isEmpty && $0 != "0" && $0 != "0B" } ?? false
        return sized ? nil : defaultRetention
    }
}
