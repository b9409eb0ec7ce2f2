import PromModel
import PrometheusConfig
import YAML

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

    /// The scrape interval of the series a selector reads: its job's when it
    /// names one the configs define, else the global one.
    func scrapeInterval(job: String?) -> (interval: ModelDuration, origin: String)? {
        if let job, let interval = jobIntervals[job] { return (interval, "the scrape interval of job \(goQuote(job))") }
        return globalScrapeInterval.map { ($0, "the global `scrape_interval`") }
    }
}

/// A Prometheus config of the project, as the rules it loads see it.
struct PrometheusServer {
    let path: String
    let config: PrometheusConfig
    /// Normalized paths of the rule files it loads.
    let ruleFiles: Set<String>
    /// `global.external_labels` by name.
    let externalLabels: [String: LabelPair]
    /// Target labels its scrape configs can give series.
    let labelSources: PrometheusLabelSources

    init(path: String, config: PrometheusConfig) {
        self.path = path
        self.config = config
        var files: Set<String> = []
        for pattern in ReferencedFiles.ruleFiles(of: config) {
            let matches = ReferencedFiles.hasGlob(pattern.resolved) ? ReferencedFiles.expand(pattern.resolved) : [pattern.resolved]
            for match in matches { files.insert(InputCollector.normalized(match)) }
        }
        ruleFiles = files
        var labels: [String: LabelPair] = [:]
        for pair in config.global.externalLabels { labels[pair.name.value] = pair }
        externalLabels = labels
        labelSources = PrometheusLabelSources([config])
    }
}

/// Everything the rule checks share: timing and servers from the Prometheus
/// configs, and what the project's recording rules write. A class: every
/// check of every node holds it.
final class RuleLintContext {
    let timing: ScrapeTiming
    let servers: [PrometheusServer]
    let recorded: RecordedLabels
    let recordedKinds: [String: RecordedKind]
    let analysis: OutputLabelAnalysis
    /// `.halint.yml`, for checks with settings.
    let settings: CheckSettings

    init(
        rules: [LintedRule], configs: [(path: String, config: PrometheusConfig)], servers: [PrometheusServer],
        settings: CheckSettings
    ) {
        self.settings = settings
        timing = ScrapeTiming(configs)
        self.servers = servers
        let recorded = RecordedLabels(rules)
        self.recorded = recorded
        recordedKinds = RecordedKind.all(rules)
        analysis = OutputLabelAnalysis { recorded.labels[$0] }
    }

    /// For a label of the series a rule reads: the first server loading the
    /// rule that has it as an external label, when none of those servers can
    /// give series that label (no target label of that name, no discovery or
    /// `honor_labels` that could bring unknown labels). Nil otherwise.
    func externalOnlyServer(_ name: String, for rule: LintedRule) -> Int? {
        guard !rule.servers.isEmpty, name != "job", name != "instance", name != "__name__" else { return nil }
        for index in rule.servers {
            let sources = servers[index].labelSources
            if sources.opaque || sources.targetLabels.contains(name) { return nil }
        }
        return rule.servers.first { servers[$0].externalLabels[name] != nil }
    }
}
