import Diagnostics
import Dispatch
import PromAPI
import PromQL
import Synchronization
import TimeSeries

/// The live checks that need the server's metadata and flags rather than
/// its series: counter types, retention, feature flags, and the opt-in
/// replay of alerts. Requests: one flags request, one metadata request per
/// family name the rules read (two for a name with a family suffix), one
/// range query per alert that `live/alert-count` is enabled for.
extension LiveLintRunner {
    func semanticChecks(_ rules: [LintedRule], probe: LiveProbe) throws(HalintError) -> [Diagnostic] {
        let flags = try serverFlags(probe)
        var diagnostics = try counterChecks(rules, probe: probe)
        if let retention = RangeBeyondRetentionLiveCheck.retention(flags) {
            for rule in rules { diagnostics += RangeBeyondRetentionLiveCheck.check(rule, retention: retention) }
        }
        if !flags.isEmpty {
            let enabled = FeatureDisabledCheck.enabled(flags)
            for rule in featureRules() { diagnostics += FeatureDisabledCheck.check(rule, enabled: enabled) }
        }
        diagnostics += try alertCounts(rules.filter { rule in
            rule.isAlerting && project.settings.setting(for: AlertCountCheck.descriptor.id, file: rule.file).enabled == true
        })
        return diagnostics
    }

    /// The flags, or none from a server without the endpoint (Thanos, Mimir,
    /// VictoriaMetrics); the checks that need them then stay quiet.
    private func serverFlags(_ probe: LiveProbe) throws(HalintError) -> [String: String] {
        do {
            return try probe.flags()
        } catch {
            try abortIfUnreachable(error)
            return [:]
        }
    }

    private func counterChecks(_ rules: [LintedRule], probe: LiveProbe) throws(HalintError) -> [Diagnostic] {
        let scans = rules.map { CounterUseScan($0.expr) }
        let names = scans.flatMap { $0.direct.compactMap(\.metricName) + $0.rated.compactMap(\.selector.metricName) }
        probe.prefetch(Set(names).flatMap(LiveMetricKind.candidates).map { .metadata($0) })
        var diagnostics: [Diagnostic] = []
        for (rule, scan) in zip(rules, scans) {
            do {
                diagnostics += try CounterWithoutRateCheck.check(scan, rule: rule, probe: probe)
                diagnostics += try RateOnNonCounterLiveCheck.check(scan, rule: rule, probe: probe)
            } catch {
                try abortIfUnreachable(error)
                // No metadata endpoint: nothing to say about types.
                if case .httpStatus(404, _, _) = error.kind { return diagnostics }
                diagnostics.append(QueryFailedCheck.diagnostic(error, about: "the metric types", at: rule.span(rule.expr.positionRange)))
            }
        }
        return diagnostics
    }

    /// Rules the default parser refuses but that parse with every feature
    /// on: the ones `live/feature-disabled` has something to say about.
    private func featureRules() -> [LintedRule] {
        var rules: [LintedRule] = []
        for (path, file) in project.ruleFiles {
            for group in file.groups {
                for rule in group.rules where rule.isAlerting != rule.isRecording {
                    guard let source = rule.expr, !project.expressions.parse(source.value).errors.isEmpty else { continue }
                    let full = PromQLParser.parse(source.value, options: .allFeatures)
                    guard full.errors.isEmpty, let expr = full.expr else { continue }
                    rules.append(LintedRule(file: path, group: group, rule: rule, source: source, expr: expr, servers: []))
                }
            }
        }
        return rules
    }

    /// One range query per alert, `maxConcurrentRequests` at a time.
    private func alertCounts(_ alerts: [LintedRule]) throws(HalintError) -> [Diagnostic] {
        guard !alerts.isEmpty else { return [] }
        let lookback = options.alertCountLookbackMilliseconds
        let end = options.nowMilliseconds
        let results = Mutex<[Int: Result<Diagnostic?, PromAPIError>]>([:])
        let width = max(1, options.maxConcurrentRequests)
        var start = 0
        while start < alerts.count {
            let batch = Array(start..<min(start + width, alerts.count))
            start += batch.count
            DispatchQueue.concurrentPerform(iterations: batch.count) { slot in
                let index = batch[slot]
                let rule = alerts[index]
                let step = AlertCountCheck.step(interval: rule.group.interval?.value.milliseconds, lookback: lookback)
                let result: Result<Diagnostic?, PromAPIError>
                do throws(PromAPIError) {
                    let answer = try options.client.queryRange(rule.source.value, start: end - lookback, end: end, step: step)
                    let firings = AlertCountCheck.firings(
                        answer.series.map { $0.samples.map(\.timestampMilliseconds) }, step: step, forDuration: rule.rule.forDuration?.value.milliseconds ?? 0,
                        keepFiringFor: rule.rule.keepFiringFor?.value.milliseconds ?? 0)
                    result = .success(AlertCountCheck.diagnostic(firings, rule: rule, lookback: lookback, step: step))
                } catch {
                    result = .failure(error)
                }
                results.withLock { $0[index] = result }
            }
        }
        var diagnostics: [Diagnostic] = []
        for (index, rule) in alerts.enumerated() {
            switch results.withLock({ $0[index] }) {
            case .success(let found?)?: diagnostics.append(found)
            case .failure(let error)?:
                try abortIfUnreachable(error)
                diagnostics.append(QueryFailedCheck.diagnostic(error, about: "how often the alert fires", at: rule.span(rule.expr.positionRange)))
            default: break
            }
        }
        return diagnostics
    }
}
