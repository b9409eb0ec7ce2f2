import Diagnostics
import PromModel
import PromQL
import PrometheusConfig
import RuleFiles

/// One rule with its parsed expression: the unit every rule-lint check reads.
struct LintedRule {
    let file: String
    let group: RuleGroup
    let rule: Rule
    let source: PositionedString
    let expr: Expr

    /// The file span of a node of `expr`.
    func span(_ range: PositionRange) -> SourceSpan {
        source.span(offset: range.start, length: range.end - range.start)
    }

    /// Group labels overridden by rule labels, as Prometheus merges them.
    var staticLabels: [String: String] {
        var merged: [String: String] = [:]
        for label in group.labels { merged[label.name.value] = label.value.value }
        for label in rule.labels { merged[label.name.value] = label.value.value }
        return merged
    }
}

/// What the project's Prometheus configs say about timing. Nil when there is
/// no config or configs disagree, so checks that need it stay quiet.
struct ScrapeTiming {
    var evaluationInterval: ModelDuration?
    var globalScrapeInterval: ModelDuration?
    var jobIntervals: [String: ModelDuration] = [:]

    init(_ configs: [(path: String, config: PrometheusConfig)]) {
        let evaluation = Set(configs.map(\.config.global.effectiveEvaluationInterval))
        let scrape = Set(configs.map(\.config.global.effectiveScrapeInterval))
        evaluationInterval = evaluation.count == 1 ? evaluation.first : nil
        globalScrapeInterval = scrape.count == 1 ? scrape.first : nil
        for (_, config) in configs {
            for job in config.scrapeConfigs where !job.jobNameValue.isEmpty {
                if let known = jobIntervals[job.jobNameValue], known != job.effectiveScrapeInterval {
                    jobIntervals[job.jobNameValue] = max(known, job.effectiveScrapeInterval)
                } else {
                    jobIntervals[job.jobNameValue] = job.effectiveScrapeInterval
                }
            }
        }
    }
}

/// Parses every rule expression of the project once and runs all rule-lint
/// checks over the trees.
struct RuleLintRunner {
    let project: Project

    func run() -> [Diagnostic] {
        var diagnostics = GroupIntervalLint.check(project)
        let rules = parseRules()
        guard !rules.isEmpty else { return diagnostics }
        let timing = ScrapeTiming(project.prometheusConfigs)
        let recorded = RecordedLabels(rules)
        let analysis = OutputLabelAnalysis { recorded.labels[$0] }
        for rule in rules {
            if rule.rule.isAlerting {
                let labels = analysis.labels(of: rule.expr)
                AlertLogicLint(rule: rule, timing: timing).check(into: &diagnostics)
                TemplateLint(rule: rule, labels: labels).check(into: &diagnostics)
            }
            SelectorLint(rule: rule, timing: timing, analysis: analysis).check(into: &diagnostics)
        }
        RuleSetLint(rules: rules, loadSets: loadSets()).check(into: &diagnostics)
        return diagnostics
    }

    /// The rule files each Prometheus config loads, normalized.
    private func loadSets() -> [Set<String>] {
        project.prometheusConfigs.map { entry in
            var paths: Set<String> = []
            for pattern in ReferencedFiles.ruleFiles(of: entry.config) {
                let matches = ReferencedFiles.hasGlob(pattern.resolved) ? ReferencedFiles.expand(pattern.resolved) : [pattern.resolved]
                for path in matches { paths.insert(InputCollector.normalized(path)) }
            }
            return paths
        }
    }

    /// Rules whose `expr` parses cleanly; broken ones are `promql/syntax`'s business.
    func parseRules() -> [LintedRule] {
        var rules: [LintedRule] = []
        for (path, file) in project.ruleFiles {
            for group in file.groups {
                for rule in group.rules where rule.isAlerting != rule.isRecording {
                    guard let source = rule.expr else { continue }
                    let result = project.expressions.parse(source.value)
                    guard result.errors.isEmpty, let expr = result.expr else { continue }
                    rules.append(LintedRule(file: path, group: group, rule: rule, source: source, expr: expr))
                }
            }
        }
        return rules
    }
}

/// The labels of every series recording rules write: their expression's
/// labels plus their static labels. Two passes let rules built on other
/// recording rules benefit, whatever their order.
struct RecordedLabels {
    private(set) var labels: [String: OutputLabels] = [:]

    init(_ rules: [LintedRule]) {
        let recording = rules.filter(\.rule.isRecording)
        for _ in 0..<2 {
            var next: [String: OutputLabels] = [:]
            let current = labels
            let analysis = OutputLabelAnalysis { current[$0] }
            for rule in recording {
                let name = rule.rule.name
                let own = analysis.labels(of: rule.expr).adding(rule.staticLabels.keys)
                next[name] = next[name].map { $0.union(own) } ?? own
            }
            labels = next
        }
    }
}
