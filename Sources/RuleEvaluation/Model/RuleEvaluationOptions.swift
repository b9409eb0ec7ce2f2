import PromModel
import PromQL

/// Settings of a rule evaluation run, defaulting to a Prometheus server's.
public struct RuleEvaluationOptions: Sendable {
    /// How evaluations are computed; the outcome is the same either way.
    public enum Strategy: Sendable, Hashable {
        /// One range query per rule over all ticks where that is provably the
        /// same as evaluating tick by tick, tick by tick elsewhere.
        case automatic
        /// Every rule at every tick, in order, as the rule manager does.
        case tickByTick
    }

    /// When each group is evaluated.
    public enum GroupSchedule: Sendable, Hashable {
        /// A Prometheus server: every `interval` of the group (default: the
        /// evaluation interval), from the start time.
        case groupIntervals
        /// `promtool test rules`: every group at every evaluation-interval
        /// tick, whatever its own `interval`.
        case everyTick
    }

    /// What happens after a tick at which some rule failed.
    public enum ErrorPolicy: Sendable, Hashable {
        /// `promtool test rules`: evaluation ends after the first tick with errors.
        case stopAfterFailingTick
        /// A Prometheus server: the failing rule writes nothing at that tick, the next tick runs as usual.
        case continueEvaluating
    }

    /// `global.evaluation_interval`: the spacing of ticks and the default
    /// resolution of subqueries without a step.
    public var evaluationIntervalMilliseconds: Int64
    /// `global.external_labels`, visible to templates as `$externalLabels`.
    public var externalLabels: Labels
    /// `--web.external-url`, visible to templates as `$externalURL`.
    public var externalURL: String
    /// `global.rule_query_offset`; a group's `query_offset` overrides it.
    public var queryOffsetMilliseconds: Int64
    /// `--query.lookback-delta`.
    public var lookbackDeltaMilliseconds: Int64
    /// PromQL features the rule expressions may use.
    public var parserOptions: ParserOptions
    public var strategy: Strategy
    public var errorPolicy: ErrorPolicy
    public var groupSchedule: GroupSchedule

    public init(
        evaluationIntervalMilliseconds: Int64 = 60_000, externalLabels: Labels = Labels(), externalURL: String = "",
        queryOffsetMilliseconds: Int64 = 0, lookbackDeltaMilliseconds: Int64 = 300_000,
        parserOptions: ParserOptions = ParserOptions(), strategy: Strategy = .automatic,
        errorPolicy: ErrorPolicy = .stopAfterFailingTick, groupSchedule: GroupSchedule = .groupIntervals
    ) {
        self.evaluationIntervalMilliseconds = evaluationIntervalMilliseconds
        self.externalLabels = externalLabels
        self.externalURL = externalURL
        self.queryOffsetMilliseconds = queryOffsetMilliseconds
        self.lookbackDeltaMilliseconds = lookbackDeltaMilliseconds
        self.parserOptions = parserOptions
        self.strategy = strategy
        self.errorPolicy = errorPolicy
        self.groupSchedule = groupSchedule
    }

    /// How long a resolved alert stays in the rule's state (`resolvedRetention` in rules/alerting.go).
    public static let resolvedRetentionMilliseconds: Int64 = 15 * 60_000
}
