import PromModel
import PromQL
import TimeSeries

extension EvalContext {
    /// `info(v, {selector})`: adds the data labels of info series (default
    /// `target_info`) that share v's identifying labels (`instance`, `job`).
    func info(_ node: Call, _ t: Int64) throws(EvalError) -> [VectorSample] {
        let samples = try vectorArg(node.args[0], t)
        var matchers: [PromQL.LabelMatcher] = []
        if node.args.count > 1, case .vectorSelector(let selector) = node.args[1].unwrapped { matchers = selector.effectiveMatchers }
        var nameMatchers = matchers.filter { $0.name == Labels.metricNameLabel }
        let dataMatchers = matchers.filter { $0.name != Labels.metricNameLabel }
        if nameMatchers.isEmpty { nameMatchers = [PromQL.LabelMatcher(name: Labels.metricNameLabel, type: .equal, value: "target_info")] }
        var compiledName: [TimeSeries.LabelMatcher] = []
        var compiledData: [TimeSeries.LabelMatcher] = []
        do {
            for m in nameMatchers { compiledName.append(try TimeSeries.LabelMatcher(.init(rawValue: m.type.rawValue)!, m.name, m.value)) }
            for m in dataMatchers { compiledData.append(try TimeSeries.LabelMatcher(.init(rawValue: m.type.rawValue)!, m.name, m.value)) }
        } catch {
            throw EvalError(error.description)
        }
        let identifying = ["instance", "job"]
        // Without an exact name, only `*_info` series count as info series.
        let exactName = nameMatchers.contains { $0.type == .equal }
        let candidates = store.select(matchers: compiledName + compiledData).filter {
            exactName || store.labels($0).metricName.hasSuffix("_info")
        }
        // Info series are read at the time the base expression reads its data: its first
        // selector's `@` and `offset`, after those of the subqueries around it.
        let reference = try referenceTime(node.args[0], t) ?? t
        // Newest first: of two versions of one info series, the current one wins.
        func infos(at time: Int64) -> [Labels] {
            candidates.compactMap { id -> (Labels, Int64)? in
                guard let sample = store.instantSample(id, at: time, lookbackDeltaMilliseconds: options.lookbackDeltaMilliseconds)
                else { return nil }
                return (store.labels(id), sample.timestampMilliseconds)
            }.sorted { $0.1 > $1.1 }.map(\.0)
        }
        let emptyOK = compiledData.allSatisfy { $0.matchesEmpty }
        var out: [VectorSample] = []
        for var sample in samples {
            let name = sample.labels.metricName
            if name.hasSuffix("_info") && compiledName.allSatisfy({ $0.matches(name) }) {
                out.append(sample)
                continue
            }
            let matches = infos(at: reference).filter { info in identifying.allSatisfy { info.get($0) == sample.labels.get($0) } }
            if matches.isEmpty {
                if emptyOK { out.append(sample) }
                continue
            }
            var builder = Labels.Builder(sample.labels)
            var added: [String: (value: String, metric: String)] = [:]
            for info in matches {
                for i in 0..<info.count {
                    let label = info.name(at: i)
                    if label == Labels.metricNameLabel || identifying.contains(label) && dataMatchers.allSatisfy({ $0.name != label }) { continue }
                    if !dataMatchers.isEmpty && !dataMatchers.contains(where: { $0.name == label }) { continue }
                    if let previous = added[label] {
                        if previous.value != info.value(at: i) && previous.metric != info.metricName {
                            throw EvalError("conflicting label: \(label) has values \(goQuote(previous.value)) and \(goQuote(info.value(at: i))) in different info series")
                        }
                        continue
                    }
                    if builder.get(label).isEmpty {
                        builder.set(label, info.value(at: i))
                        added[label] = (info.value(at: i), info.metricName)
                    }
                }
            }
            sample.labels = builder.labels()
            out.append(sample)
        }
        return out
    }

    /// The time the first selector of `expr` reads at when `expr` is evaluated at `t`.
    private func referenceTime(_ expr: Expr, _ t: Int64) throws(EvalError) -> Int64? {
        switch expr {
        case .vectorSelector(let selector): return try selectorTime(selector.at, selector.offset, t)
        case .matrixSelector(let node): return try selectorTime(node.vectorSelector.at, node.vectorSelector.offset, t)
        case .subquery(let node): return try referenceTime(node.expr, try selectorTime(node.at, node.offset, t))
        default:
            for child in expr.children {
                if let found = try referenceTime(child, t) { return found }
            }
            return nil
        }
    }
}
