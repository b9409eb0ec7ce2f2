import Diagnostics
import Dispatch
import PromAPI
import PromQL
import Synchronization

/// Runs the live checks over every rule of a project against one server.
/// Requests: one `count()` per distinct selector; one label-names request
/// per selector feeding a by/without/on clause; for a selector that matches
/// nothing, up to a few more to say why. All cached, `maxConcurrentRequests`
/// at a time; findings do not depend on the order answers arrive in.
struct LiveLintRunner {
    let project: Project
    let options: LiveOptions

    func run() throws(HalintError) -> [Diagnostic] {
        try preflight()
        let rules = RuleLintRunner(project: project).parseRules()
        guard !rules.isEmpty else { return try semanticChecks([], probe: LiveProbe(options: options)) }
        // A metric a rule of the project records may not be on the server yet
        // (the rules are being added); pint skips those too.
        let recorded = Set(rules.filter(\.rule.isRecording).map { SelectorText.metric($0.rule.name) })
        let skip = { (query: String) in recorded.contains(query) }
        let externalLabels = Set(project.prometheusConfigs.flatMap { $0.config.global.externalLabels.map(\.name.value) })
        let probe = LiveProbe(options: options)
        let scans = rules.map { LiveRuleScan($0.expr) }

        let uses = scans.flatMap(\.uses)
        probe.prefetch(uses.map { .seriesCount($0.query) })
        let clauseQueries = scans.flatMap(\.clauses).flatMap(\.sides).flatMap { LiveRuleScan($0).uses.map(\.query) }
        probe.prefetch(clauseQueries.map { .labelNames($0) })
        let causes = diagnoseMissing(uses.filter { !$0.mayBeAbsent && !skip($0.query) }, probe: probe)

        var diagnostics: [Diagnostic] = []
        for (rule, scan) in zip(rules, scans) {
            var counts: [(query: String, count: Int)] = []
            var failed = false
            for use in scan.uses {
                let count: Int
                do {
                    count = try probe.seriesCount(use.query)
                } catch {
                    try abortIfUnreachable(error)
                    diagnostics.append(QueryFailedCheck.diagnostic(error, about: "`\(use.query)`", at: rule.span(use.selector.positionRange)))
                    failed = true
                    continue
                }
                counts.append((use.query, count))
                guard count == 0, !use.mayBeAbsent, !skip(use.query) else { continue }
                switch causes[use.query] {
                case .success(let found)?:
                    diagnostics += SeriesMissingCheck.diagnostics(found, use: use, rule: rule, options: options)
                case .failure(let error)?:
                    try abortIfUnreachable(error)
                    diagnostics.append(QueryFailedCheck.diagnostic(error, about: "why `\(use.query)` is empty", at: rule.span(use.selector.positionRange)))
                case nil:
                    break
                }
            }
            if !failed, let cost = QueryCostCheck.check(counts, rule: rule, limit: options.maxSeriesPerRule) {
                diagnostics.append(cost)
            }
            for clause in scan.clauses {
                do {
                    diagnostics += try LabelMissingCheck.check(clause, rule: rule, probe: probe, externalLabels: externalLabels, skip: skip)
                } catch {
                    try abortIfUnreachable(error)
                    diagnostics.append(QueryFailedCheck.diagnostic(error, about: "the labels of `\(clause.kind.rawValue)`", at: rule.span(clause.range)))
                }
            }
        }
        return diagnostics + (try semanticChecks(rules, probe: probe))
    }

    /// One cheap query first, so a wrong URL or a server that is down is a
    /// clear usage error rather than a finding on every rule.
    private func preflight() throws(HalintError) {
        do {
            _ = try options.client.query("1", at: options.nowMilliseconds)
        } catch {
            throw .server("cannot run live checks: \(error)")
        }
    }

    func abortIfUnreachable(_ error: PromAPIError) throws(HalintError) {
        if case .unreachable = error.kind { throw .server("live checks stopped: \(error)") }
    }

    /// The explanation of every distinct empty selector, worked out concurrently.
    private func diagnoseMissing(_ uses: [LiveRuleScan.Use], probe: LiveProbe) -> [String: Result<[SeriesMissingCheck.Cause], PromAPIError>] {
        var seen = Set<String>()
        let empty = uses.filter { use in
            guard seen.insert(use.query).inserted else { return false }
            return (try? probe.seriesCount(use.query)) == 0
        }
        let results = Mutex<[String: Result<[SeriesMissingCheck.Cause], PromAPIError>]>([:])
        let width = max(1, options.maxConcurrentRequests)
        var start = 0
        while start < empty.count {
            let batch = Array(empty[start..<min(start + width, empty.count)])
            start += batch.count
            DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                let use = batch[index]
                let result: Result<[SeriesMissingCheck.Cause], PromAPIError>
                do throws(PromAPIError) {
                    result = .success(try SeriesMissingCheck.diagnose(use.selector, query: use.query, probe: probe))
                } catch {
                    result = .failure(error)
                }
                results.withLock { $0[use.query] = result }
            }
        }
        return results.withLock { $0 }
    }
}
