import PromModel
import PromQL

/// Binary operators between two scalars or two vectors. Match signatures
/// are computed once per series; each step then matches by signature number.
extension StepEvaluator {
    func binary(_ node: BinaryExpr) throws(EvalError) -> StepValue? {
        if node.lhs.type == .scalar && node.rhs.type == .scalar {
            let l = try scalars(node.lhs), r = try scalars(node.rhs)
            var out = [Double](repeating: 0, count: steps)
            for k in 0..<steps {
                let (value, keep) = EvalContext.apply(node.op, l[k], r[k])
                out[k] = node.op.isComparison ? (keep ? 1 : 0) : value
            }
            return .scalar(out)
        }
        guard node.lhs.type == .vector && node.rhs.type == .vector else { return nil }
        // Fill modifiers and histogram trims stay step by step.
        if node.matching.fillLeft != nil || node.matching.fillRight != nil || node.op == .trimUpper || node.op == .trimLower {
            return nil
        }
        let lhs = try vector(node.lhs)
        let rhs = try vector(node.rhs)
        switch node.op {
        case .and, .or, .unless: return .vector(setOperation(node.op, lhs, rhs, node.matching))
        default: return .vector(try match(node, lhs, rhs))
        }
    }

    /// Signature numbers for each series of both sides.
    private func signatures(_ lhs: [StepSeries], _ rhs: [StepSeries], _ matching: VectorMatching) -> ([Int], [Int], Int) {
        var ordinals: [Labels: Int] = [:]
        func ordinal(_ series: StepSeries) -> Int {
            let signature = EvalContext.signature(series.labels, matching)
            if let found = ordinals[signature] { return found }
            ordinals[signature] = ordinals.count
            return ordinals.count - 1
        }
        let left = lhs.map(ordinal)
        let right = rhs.map(ordinal)
        return (left, right, ordinals.count)
    }

    private func setOperation(_ op: BinaryOp, _ lhs: [StepSeries], _ rhs: [StepSeries], _ matching: VectorMatching) -> [StepSeries] {
        let (leftSigs, rightSigs, count) = signatures(lhs, rhs, matching)
        // stamp[sig] == k: the signature is present on the other side at step k.
        var stamp = [Int](repeating: -1, count: count)
        var out: [StepSeries] = []
        switch op {
        case .and, .unless:
            var kept = lhs
            for k in 0..<steps {
                for (j, series) in rhs.enumerated() where series.present[k] { stamp[rightSigs[j]] = k }
                for i in kept.indices where kept[i].present[k] {
                    let matched = stamp[leftSigs[i]] == k
                    if matched != (op == .and) { kept[i].present[k] = false }
                }
            }
            out = kept.filter { !$0.isEmpty }
        default:
            var added = rhs
            for k in 0..<steps {
                for (i, series) in lhs.enumerated() where series.present[k] { stamp[leftSigs[i]] = k }
                for j in added.indices where added[j].present[k] && stamp[rightSigs[j]] == k { added[j].present[k] = false }
            }
            out = lhs + added.filter { !$0.isEmpty }
        }
        return out
    }

    /// Arithmetic and comparisons with one-to-one or group_left/right matching.
    private func match(_ node: BinaryExpr, _ lhs: [StepSeries], _ rhs: [StepSeries]) throws(EvalError) -> [StepSeries] {
        let matching = node.matching
        if matching.cardinality == .manyToMany { throw EvalError("many-to-many only allowed for set operators") }
        let swapped = matching.cardinality == .oneToMany
        let (many, one) = swapped ? (rhs, lhs) : (lhs, rhs)
        let (lhsSigs, rhsSigs, count) = signatures(lhs, rhs, matching)
        let (manySigs, oneSigs) = swapped ? (rhsSigs, lhsSigs) : (lhsSigs, rhsSigs)
        let op = node.op
        let filter = op.isComparison && !node.returnBool
        // Per signature: the one-side series at the current step, and whether a one-to-one match used it.
        var oneStamp = [Int](repeating: -1, count: count)
        var oneAt = [Int](repeating: 0, count: count)
        var matchedStamp = [Int](repeating: -1, count: count)
        // Output series by identity; a label set written twice in one step is an error for group_x.
        var outputs: [StepSeries] = []
        var outputIndex: [SeriesKey: Int] = [:]
        var labelOrdinals: [Labels: Int] = [:]
        var outputLabelOrdinal: [Int] = []
        var labelStamp: [Int] = []
        // The last partner of each many-side series and the output it wrote to.
        var partner = [Int](repeating: -1, count: many.count)
        var partnerOutput = [Int](repeating: -1, count: many.count)
        for k in 0..<steps {
            for (j, series) in one.enumerated() where series.present[k] {
                let sig = oneSigs[j]
                if oneStamp[sig] == k {
                    let side = swapped ? "left" : "right"
                    let previous = one[oneAt[sig]]
                    throw EvalError(
                        "found duplicate series for the match group \(EvalContext.signature(series.labels, matching)) on the \(side) hand-side of the operation: "
                            + "[\(previous.labels), \(series.labels)];many-to-many matching not allowed: matching labels must be unique on one side")
                }
                oneStamp[sig] = k
                oneAt[sig] = j
            }
            for i in many.indices where many[i].present[k] {
                let sig = manySigs[i]
                guard oneStamp[sig] == k else { continue }
                let j = oneAt[sig]
                if matching.cardinality == .oneToOne {
                    if matchedStamp[sig] == k {
                        throw EvalError("multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)")
                    }
                    matchedStamp[sig] = k
                }
                let manyValue = many[i].values[k], oneValue = one[j].values[k]
                var (value, keep) = swapped ? EvalContext.apply(op, oneValue, manyValue) : EvalContext.apply(op, manyValue, oneValue)
                if op.isComparison && node.returnBool {
                    value = keep ? 1 : 0
                    keep = true
                }
                guard keep || !filter else { continue }
                let target: Int
                if partner[i] == j {
                    target = partnerOutput[i]
                } else {
                    let labels = EvalContext.resultLabels(many[i].labels, one[j].labels, matching)
                    let dropName = (!op.isComparison || node.returnBool) || many[i].dropName
                    let key = SeriesKey(labels: labels, dropName: dropName)
                    if let found = outputIndex[key] {
                        target = found
                    } else {
                        target = outputs.count
                        outputIndex[key] = target
                        outputs.append(StepSeries(labels: labels, dropName: dropName, steps: steps))
                        let ordinal: Int
                        if let known = labelOrdinals[labels] {
                            ordinal = known
                        } else {
                            ordinal = labelStamp.count
                            labelOrdinals[labels] = ordinal
                            labelStamp.append(-1)
                        }
                        outputLabelOrdinal.append(ordinal)
                    }
                    partner[i] = j
                    partnerOutput[i] = target
                }
                if matching.cardinality != .oneToOne {
                    let ordinal = outputLabelOrdinal[target]
                    if labelStamp[ordinal] == k {
                        throw EvalError("multiple matches for labels: grouping labels must ensure unique matches")
                    }
                    labelStamp[ordinal] = k
                }
                outputs[target].values[k] = value
                outputs[target].present[k] = true
            }
        }
        return outputs
    }
}
