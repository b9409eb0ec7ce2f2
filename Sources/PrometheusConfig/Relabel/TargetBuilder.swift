import PromModel
import RegexEngine

/// What became of one discovered target.
public struct TargetOutcome: Sendable {
    public enum Status: Sendable, Equatable {
        case kept
        /// Dropped by the step at this 0-based index.
        case dropped(step: Int)
        /// Prometheus refuses to create the target, with its error text
        /// (`no address`, `"…" is not a valid hostname`, …).
        case failed(String)
    }

    /// The labels before relabeling: target, group and job defaults.
    public let discovered: LabelSet
    /// After relabeling, `__meta_*` removed and `instance` defaulted. Labels
    /// starting with `__` are still there (promtool prints them too); empty
    /// unless the target is kept.
    public let labels: LabelSet
    public let status: Status

    public init(discovered: LabelSet, labels: LabelSet, status: Status) {
        self.discovered = discovered
        self.labels = labels
        self.status = status
    }

    public var isKept: Bool { status == .kept }

    /// The labels every series of the target gets: `labels` without `__*`.
    public var seriesLabels: LabelSet { labels.withoutReservedLabels }
}

/// Prometheus's target label pipeline for one scrape job
/// (`PopulateDiscoveredLabels` then `PopulateLabels`, Prometheus 3.x).
/// A class for the same reason as `RelabelStep`: it is used per target.
public final class TargetBuilder: Sendable {
    public let jobName: String
    public let program: RelabelProgram
    /// Job defaults added where the target and group leave them unset, in
    /// Prometheus's order: job, interval, timeout, metrics path, scheme, params.
    public let defaults: [Label]
    private let defaultInterval: String
    private let defaultTimeout: String
    /// No step can write `__scrape_interval__` or `__scrape_timeout__`
    /// (no label-set-wide action, no `target_label` naming them or built
    /// from a template): a target that starts with the job's values keeps them.
    public let keepsScrapeSettings: Bool

    public init(job: ScrapeConfig) {
        jobName = job.jobNameValue
        program = RelabelProgram(job.relabelConfigs, scheme: job.effectiveNameValidationScheme)
        defaultInterval = job.effectiveScrapeInterval.description
        defaultTimeout = job.effectiveScrapeTimeout.description
        var defaults = [
            Label(name: "job", value: job.jobNameValue),
            Label(name: "__scrape_interval__", value: defaultInterval),
            Label(name: "__scrape_timeout__", value: defaultTimeout),
            Label(name: "__metrics_path__", value: job.effectiveMetricsPath),
            Label(name: "__scheme__", value: job.effectiveScheme),
        ]
        for param in job.params {
            if let first = param.values.first {
                defaults.append(Label(name: "__param_" + param.name.value, value: first.value))
            }
        }
        self.defaults = defaults
        let settings: Set<String> = ["__scrape_interval__", "__scrape_timeout__"]
        keepsScrapeSettings = program.steps.allSatisfy { step in
            switch step.action {
            case .keep, .drop, .keepequal, .dropequal: true
            case .labelmap, .labeldrop, .labelkeep: false
            case .replace, .hashmod, .lowercase, .uppercase:
                !settings.contains(step.targetLabel) && !step.targetLabel.utf8.contains(UInt8(ascii: "$"))
            }
        }
    }

    /// Whether a target of a group with this base set starts with the job's
    /// own scrape interval and timeout, so `validate` need not parse them.
    public func hasDefaultScrapeSettings(_ base: LabelSet) -> Bool {
        LabelBytes.equal(base.value("__scrape_interval__"), defaultInterval)
            && LabelBytes.equal(base.value("__scrape_timeout__"), defaultTimeout)
    }

    /// The group's labels completed with the job defaults: the base every
    /// target of the group starts from. Computing it once per group is what
    /// makes a million targets cheap.
    public func base(for group: TargetGroup) -> LabelSet {
        var base = group.labels
        for label in defaults where base.value(label.name).isEmpty {
            base.set(label.name, label.value)
        }
        return base
    }

    /// Target labels win over group labels; defaults fill what is still empty.
    @inline(__always)
    public func discoveredLabels(_ target: DiscoveredTarget, base: LabelSet) -> LabelSet {
        var labels = base
        // One allocation for the copy, with room for what relabeling adds.
        labels.reserveCapacity(4 + target.labels.count)
        labels.set("__address__", target.address)
        guard !target.labels.isEmpty else { return labels }
        for label in target.labels { labels.set(label.name, label.value) }
        for label in defaults where labels.value(label.name).isEmpty { labels.set(label.name, label.value) }
        return labels
    }

    public func outcome(_ target: DiscoveredTarget, in group: TargetGroup) -> TargetOutcome {
        outcome(discovered: discoveredLabels(target, base: base(for: group)))
    }

    /// Relabels and finishes one discovered label set. Loops over many
    /// targets pass one `scratch` for all of them.
    public func outcome(discovered: LabelSet, scratch: RegexScratch = RegexScratch()) -> TargetOutcome {
        var labels = discovered
        if let step = program.apply(&labels, steps: 0..<program.steps.count, scratch: scratch) {
            return TargetOutcome(discovered: discovered, labels: LabelSet(), status: .dropped(step: step))
        }
        if let error = finish(&labels) {
            return TargetOutcome(discovered: discovered, labels: LabelSet(), status: .failed(error))
        }
        return TargetOutcome(discovered: discovered, labels: labels, status: .kept)
    }

    /// The checks and clean-up after relabeling. Returns Prometheus's error
    /// text when the target cannot be created.
    public func finish(_ labels: inout LabelSet) -> String? {
        if let error = validate(labels) { return error }
        labels.removeAll { LabelBytes.hasPrefix($0.name, Self.metaPrefix) }
        if labels.value("instance").isEmpty { labels.set("instance", labels.value("__address__")) }
        return nil
    }

    /// The errors of `PopulateLabels` for a kept label set, without changing it.
    /// `settingsUnchanged`: the caller knows the set still has the job's
    /// scrape interval and timeout (see `keepsScrapeSettings`).
    @inline(__always)
    public func validate(_ labels: LabelSet, settingsUnchanged: Bool = false) -> String? {
        let address = labels.value("__address__")
        if address.isEmpty { return "no address" }
        if LabelBytes.contains(address, byte: 0x2F) { return "\(goQuote(address)) is not a valid hostname" }
        if settingsUnchanged { return nil }
        let interval = labels.value("__scrape_interval__")
        let timeout = labels.value("__scrape_timeout__")
        if LabelBytes.equal(interval, defaultInterval) && LabelBytes.equal(timeout, defaultTimeout) { return nil }
        let intervalDuration: ModelDuration
        do {
            intervalDuration = try ModelDuration.parse(interval)
        } catch {
            return "error parsing scrape interval: \(error.description)"
        }
        if intervalDuration.milliseconds == 0 { return "scrape interval cannot be 0" }
        let timeoutDuration: ModelDuration
        do {
            timeoutDuration = try ModelDuration.parse(timeout)
        } catch {
            return "error parsing scrape timeout: \(error.description)"
        }
        if timeoutDuration.milliseconds == 0 { return "scrape timeout cannot be 0" }
        if timeoutDuration > intervalDuration {
            return "scrape timeout cannot be greater than scrape interval (\(goQuote(timeout)) > \(goQuote(interval)))"
        }
        return nil
    }

    static let metaPrefix = Array("__meta_".utf8)
}
