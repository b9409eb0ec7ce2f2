import Foundation
import PromModel
import PromQL

extension EvalContext {
    func binary(_ node: BinaryExpr, at t: Int64) throws(EvalError) -> QueryValue {
        let lhs = try eval(node.lhs, at: t)
        let rhs = try eval(node.rhs, at: t)
        switch (lhs, rhs) {
        case (.scalar(let l), .scalar(let r)):
            let (value, keep) = Self.apply(node.op, l, r)
            if node.op.isComparison { return .scalar(keep ? 1 : 0) }
            return .scalar(value)
        case (.vector(let samples), .scalar(let r)):
            return .vector(vectorScalar(node, samples, r, scalarOnLeft: false))
        case (.scalar(let l), .vector(let samples)):
            return .vector(vectorScalar(node, samples, l, scalarOnLeft: true))
        case (.vector(let l), .vector(let r)):
            switch node.op {
            case .and: return .vector(andOp(l, r, node.matching))
            case .or: return .vector(orOp(l, r, node.matching))
            case .unless: return .vector(unlessOp(l, r, node.matching))
            default: return .vector(try vectorVector(node, l, r))
            }
        default:
            throw EvalError("unsupported operand types for binary operator \(node.op.rawValue)")
        }
    }

    /// The value and, for comparisons, whether the pair passes.
    static func apply(_ op: BinaryOp, _ l: Double, _ r: Double) -> (Double, Bool) {
        switch op {
        case .add: return (l + r, true)
        case .sub: return (l - r, true)
        case .mul: return (l * r, true)
        case .div: return (l / r, true)
        case .mod: return (GoMath.mod(l, r), true)
        case .pow: return (GoMath.pow(l, r), true)
        case .atan2: return (atan2(l, r), true)
        case .eql: return (l, l == r)
        case .neq: return (l, l != r)
        case .gtr: return (l, l > r)
        case .lss: return (l, l < r)
        case .gte: return (l, l >= r)
        case .lte: return (l, l <= r)
        default: return (l, true)
        }
    }

    private func vectorScalar(_ node: BinaryExpr, _ samples: [VectorSample], _ scalar: Double, scalarOnLeft: Bool) -> [VectorSample] {
        var out: [VectorSample] = []
        out.reserveCapacity(samples.count)
        for var sample in samples {
            let (l, r) = scalarOnLeft ? (scalar, sample.value) : (sample.value, scalar)
            var (value, keep) = Self.apply(node.op, l, r)
            if node.op.isComparison {
                // A filter keeps the vector's own value.
                if scalarOnLeft { value = r }
                if node.returnBool {
                    value = keep ? 1 : 0
                    keep = true
                }
            }
            guard keep else { continue }
            sample.value = value
            if !node.op.isComparison || node.returnBool { sample.dropName = true }
            out.append(sample)
        }
        return out
    }

    // MARK: Matching

    static func signature(_ labels: Labels, _ matching: VectorMatching) -> Labels {
        if matching.on { return labels.only(matching.matchingLabels) }
        return labels.without(matching.matchingLabels + [Labels.metricNameLabel])
    }

    private func andOp(_ l: [VectorSample], _ r: [VectorSample], _ matching: VectorMatching) -> [VectorSample] {
        let right = Set(r.map { Self.signature($0.labels, matching) })
        return l.filter { right.contains(Self.signature($0.labels, matching)) }
    }

    private func orOp(_ l: [VectorSample], _ r: [VectorSample], _ matching: VectorMatching) -> [VectorSample] {
        let left = Set(l.map { Self.signature($0.labels, matching) })
        return l + r.filter { !left.contains(Self.signature($0.labels, matching)) }
    }

    private func unlessOp(_ l: [VectorSample], _ r: [VectorSample], _ matching: VectorMatching) -> [VectorSample] {
        let right = Set(r.map { Self.signature($0.labels, matching) })
        return l.filter { !right.contains(Self.signature($0.labels, matching)) }
    }

    private func vectorVector(_ node: BinaryExpr, _ lhs: [VectorSample], _ rhs: [VectorSample]) throws(EvalError) -> [VectorSample] {
        let matching = node.matching
        if matching.cardinality == .manyToMany { throw EvalError("many-to-many only allowed for set operators") }
        let swapped = matching.cardinality == .oneToMany
        let (many, one) = swapped ? (rhs, lhs) : (lhs, rhs)
        var oneSide: [Labels: Int] = [:]
        for (position, sample) in one.enumerated() {
            let signature = Self.signature(sample.labels, matching)
            if let previous = oneSide[signature] {
                let side = swapped ? "left" : "right"
                throw EvalError(
                    "found duplicate series for the match group \(signature) on the \(side) hand-side of the operation: "
                        + "[\(one[previous].labels), \(sample.labels)];many-to-many matching not allowed: matching labels must be unique on one side")
            }
            oneSide[signature] = position
        }
        var matchedOneToOne = Set<Labels>()
        var inserted = Set<Labels>()
        var out: [VectorSample] = []
        // 3.14 fill modifiers: a missing partner takes the fill value (many side = the side without group_* "one").
        // Prometheus applies them after swapping sides for group_right, so they are not swapped back.
        let fillMany = matching.fillRight
        let fillOne = matching.fillLeft
        var matchedOne = Set<Labels>()
        var pairs: [(VectorSample, VectorSample?, Double?)] = []
        for sample in many {
            let signature = Self.signature(sample.labels, matching)
            if let position = oneSide[signature] {
                matchedOne.insert(signature)
                pairs.append((sample, one[position], nil))
            } else if let fill = fillMany {
                pairs.append((sample, nil, fill))
            }
        }
        var fillerOne: [VectorSample] = []
        if let fill = fillOne {
            for sample in one where !matchedOne.contains(Self.signature(sample.labels, matching)) {
                _ = fill
                fillerOne.append(sample)
            }
        }
        for (sample, partner, fill) in pairs {
            let other = partner ?? VectorSample(labels: sample.labels, value: fill!, timestamp: sample.timestamp)
            let signature = Self.signature(sample.labels, matching)
            if partner != nil && matching.cardinality == .oneToOne && !matchedOneToOne.insert(signature).inserted {
                throw EvalError("multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)")
            }
            let (l, r) = swapped ? (other.value, sample.value) : (sample.value, other.value)
            var (value, keep) = Self.apply(node.op, l, r)
            if node.op.isComparison && node.returnBool {
                value = keep ? 1 : 0
                keep = true
            }
            guard keep else { continue }
            let dropName = (!node.op.isComparison || node.returnBool) || sample.dropName
            let labels = Self.resultLabels(sample.labels, other.labels, matching)
            if matching.cardinality != .oneToOne {
                if !inserted.insert(labels).inserted {
                    throw EvalError("multiple matches for labels: grouping labels must ensure unique matches")
                }
            }
            out.append(VectorSample(labels: labels, value: value, timestamp: sample.timestamp, dropName: dropName))
        }
        for filler in fillerOne {
            // The present sample stands on the "one" side; the missing many side takes the fill value.
            let (lv, rv) = swapped ? (filler.value, fillOne!) : (fillOne!, filler.value)
            var (value, keep) = Self.apply(node.op, lv, rv)
            if node.op.isComparison && node.returnBool {
                value = keep ? 1 : 0
                keep = true
            }
            guard keep else { continue }
            // The labels come from the other side's series, so its name never survives.
            let dropName = true
            let labels = Self.signature(filler.labels, matching)
            out.append(VectorSample(labels: labels, value: value, timestamp: filler.timestamp, dropName: dropName))
        }
        return out
    }

    static func resultLabels(_ many: Labels, _ one: Labels, _ matching: VectorMatching) -> Labels {
        if matching.cardinality == .oneToOne {
            return matching.on ? many.only(matching.matchingLabels) : many.without(matching.matchingLabels)
        }
        guard !matching.include.isEmpty else { return many }
        var builder = Labels.Builder(many)
        for name in matching.include {
            let value = one.get(name)
            if value.isEmpty { builder.delete(name) } else { builder.set(name, value) }
        }
        return builder.labels()
    }
}
