import Diagnostics

/// Semantic checks of alerting and recording rules (the offline part of
/// pint's catalogue, and some of halint's own).
public enum RuleLintChecks {
    // Alert logic.
    public static let noCondition = CheckDescriptor(
        id: "alert/no-condition", severity: .warning,
        summary: "An alert expression with no comparison, absent() or filter: it fires for every series it selects.")
    public static let impossibleCondition = CheckDescriptor(
        id: "alert/impossible-condition", severity: .warning,
        summary: "An alert condition that can never be true, so the alert never fires.")
    public static let forShorterThanInterval = CheckDescriptor(
        id: "alert/for-shorter-than-interval", severity: .warning,
        summary: "`for` or `keep_firing_for` is shorter than the group's evaluation interval, so it is really the interval.")
    public static let missingSeverity = CheckDescriptor(
        id: "alert/missing-severity", severity: .warning,
        summary: "An alert without a `severity` label, so Alertmanager routes cannot tell pages from tickets.")
    public static let missingSummary = CheckDescriptor(
        id: "alert/missing-summary", severity: .info,
        summary: "An alert with neither a `summary` nor a `description` annotation.")
    public static let invalidRunbookURL = CheckDescriptor(
        id: "alert/invalid-runbook-url", severity: .warning,
        summary: "A `runbook_url` annotation that is not an absolute http(s) URL.")
    public static let brokenLink = CheckDescriptor(
        id: "alert/broken-link", severity: .warning,
        summary: "An annotation links to a page that does not answer with success (opt-in: halint requests every link).")
    public static let requiredLabel = CheckDescriptor(
        id: "alert/required-label", severity: .warning,
        summary: "An alert lacks a label that `.halint.yml` requires, or its value is not one of the allowed ones.")
    public static let requiredAnnotation = CheckDescriptor(
        id: "alert/required-annotation", severity: .warning,
        summary: "An alert lacks an annotation that `.halint.yml` requires, or its value does not match the required pattern.")
    public static let forNotMultipleOfInterval = CheckDescriptor(
        id: "alert/for-not-multiple-of-interval", severity: .info,
        summary: "`for` or `keep_firing_for` is not a multiple of the evaluation interval, so it is rounded up to the next evaluation.")
    public static let missingFor = CheckDescriptor(
        id: "alert/missing-for", severity: .info,
        summary: "An alert without `for` on a value that moves every evaluation (irate(), a short rate(), a quantile): one spike fires it.")
    // Templates.
    public static let undefinedTemplateLabel = CheckDescriptor(
        id: "alert/undefined-template-label", severity: .warning,
        summary: "A template references `$labels.X` but the alert's query result can never carry label X.")
    public static let valueInLabel = CheckDescriptor(
        id: "alert/value-in-label", severity: .warning,
        summary: "A label template uses `$value`: the label changes every evaluation and breaks the alert's identity.")
    public static let constantValue = CheckDescriptor(
        id: "alert/constant-value", severity: .info,
        summary: "A template shows `$value`, but the alert's value is the same every time (absent() is 1, `x == 0` is 0).")
    public static let undefinedExternalLabel = CheckDescriptor(
        id: "alert/undefined-external-label", severity: .warning,
        summary: "A template uses `$externalLabels.X`, but a Prometheus config that loads the rule has no external label X.")
    public static let externalLabelInTemplate = CheckDescriptor(
        id: "alert/external-label-in-template", severity: .warning,
        summary: "A template uses `$labels.X` for an external label X: external labels are not on the series a rule reads.")
    // PromQL semantics.
    public static let rateOnNonCounter = CheckDescriptor(
        id: "promql/rate-on-non-counter", severity: .warning,
        summary: "rate(), irate() or increase() over a metric whose name says it is not a counter.")
    public static let shortRangeWindow = CheckDescriptor(
        id: "promql/short-range-window", severity: .warning,
        summary: "A rate()-style range window shorter than twice the scrape interval: too few samples to compute anything.")
    public static let histogramQuantileWithoutLe = CheckDescriptor(
        id: "promql/histogram-quantile-without-le", severity: .warning,
        summary: "histogram_quantile() over an aggregation that drops the `le` label: the result is always empty.")
    public static let redundantRegex = CheckDescriptor(
        id: "promql/redundant-regex", severity: .info,
        summary: "A regex matcher whose value has no regex syntax: `=~\"foo\"` is `=\"foo\"`.")
    public static let matchEverything = CheckDescriptor(
        id: "promql/match-everything", severity: .info,
        summary: "A regex matcher like `=~\".*\"` that matches every value, including none: it filters nothing.")
    public static let nanComparison = CheckDescriptor(
        id: "promql/nan-comparison", severity: .warning,
        summary: "A comparison with NaN: `== NaN` is never true and `!= NaN` always is.")
    public static let absentWithRegex = CheckDescriptor(
        id: "promql/absent-with-regex", severity: .warning,
        summary: "absent() over a selector with a regex matcher: it cannot tell which of the matched series is missing.")
    public static let samplingInAlert = CheckDescriptor(
        id: "promql/sampling-in-alert", severity: .warning,
        summary: "topk(), bottomk() or limitk() in an alert: the chosen series change between evaluations and the alert flaps.")
    public static let divisionByZero = CheckDescriptor(
        id: "promql/division-by-zero", severity: .warning,
        summary: "A division by zero, or a division inside sum()/avg() whose divisor can be zero: one NaN or Inf poisons the whole result.")
    public static let quantileOutOfRange = CheckDescriptor(
        id: "promql/quantile-out-of-range", severity: .warning,
        summary: "A quantile outside 0…1 (`histogram_quantile(99, …)`): the result is always +Inf or -Inf.")
    public static let histogramQuantileWithoutRate = CheckDescriptor(
        id: "promql/histogram-quantile-without-rate", severity: .warning,
        summary: "histogram_quantile() over raw `_bucket` counters: it computes the quantile of everything since the process started.")
    public static let redundantAnchors = CheckDescriptor(
        id: "promql/redundant-anchors", severity: .info,
        summary: "A regex matcher starting with `^` or ending with `$`: PromQL anchors every regex already.")
    public static let matchesNothing = CheckDescriptor(
        id: "promql/matches-nothing", severity: .warning,
        summary: "Label matchers that no series can satisfy (`a=\"x\", a=\"y\"`, `a!~\".*\"`): the selector always returns nothing.")
    public static let labelNeverSet = CheckDescriptor(
        id: "promql/label-never-set", severity: .warning,
        summary: "A selector of a recording rule's series matches on a label that rule never writes: it returns nothing.")
    public static let externalLabelMatcher = CheckDescriptor(
        id: "promql/external-label-matcher", severity: .warning,
        summary: "A rule selects on an external label of the Prometheus that runs it: local series do not carry external labels.")
    public static let rateOfSum = CheckDescriptor(
        id: "promql/rate-of-sum", severity: .warning,
        summary: "rate() over a recording rule that sums counters: summing before rate() turns one target's restart into a huge drop.")
    public static let rangeBeyondRetention = CheckDescriptor(
        id: "promql/range-beyond-retention", severity: .warning,
        summary: "An offset, range or subquery window reaches further back than the deployment's `--storage.tsdb.retention.time` keeps data.")
    // Rule set.
    public static let duplicateAcrossFiles = CheckDescriptor(
        id: "ruleset/duplicate-across-files", severity: .warning,
        summary: "The same recording rule (name and labels), or the same alert, is defined in two files one Prometheus loads.")
    public static let recordingRuleName = CheckDescriptor(
        id: "ruleset/recording-rule-name", severity: .info,
        summary: "A recording rule name that does not follow `level:metric:operations`.")
    public static let undefinedRecordingRule = CheckDescriptor(
        id: "ruleset/undefined-recording-rule", severity: .warning,
        summary: "An expression reads a `level:metric:operation` series that no recording rule in the project defines.")
    public static let longGroupInterval = CheckDescriptor(
        id: "ruleset/long-group-interval", severity: .warning,
        summary: "A rule group evaluated less often than every 5m: its recorded series go stale between evaluations.")
    public static let unusedRecordingRule = CheckDescriptor(
        id: "ruleset/unused-recording-rule", severity: .info,
        summary: "A recording rule no rule of the project reads (opt-in: most are read by dashboards halint cannot see).")
    public static let externalLabelConflict = CheckDescriptor(
        id: "ruleset/external-label-conflict", severity: .warning,
        summary: "A rule sets a label that is also an external label of the Prometheus loading it, and overrides it.")
    public static let intervalBelowScrape = CheckDescriptor(
        id: "ruleset/interval-below-scrape", severity: .info,
        summary: "A rule group is evaluated more often than the series it reads are scraped: most evaluations see no new samples.")

    public static let all: [CheckDescriptor] = [
        noCondition, impossibleCondition, forShorterThanInterval, missingSeverity, missingSummary, invalidRunbookURL,
        requiredLabel, requiredAnnotation, forNotMultipleOfInterval, missingFor,
        undefinedTemplateLabel, valueInLabel, constantValue, undefinedExternalLabel, externalLabelInTemplate,
        rateOnNonCounter, shortRangeWindow, histogramQuantileWithoutLe, redundantRegex,
        matchEverything, nanComparison, absentWithRegex, samplingInAlert,
        divisionByZero, quantileOutOfRange, histogramQuantileWithoutRate, redundantAnchors, matchesNothing,
        labelNeverSet, externalLabelMatcher, rateOfSum,
        duplicateAcrossFiles, recordingRuleName, undefinedRecordingRule, longGroupInterval,
        unusedRecordingRule, externalLabelConflict, intervalBelowScrape, rangeBeyondRetention, brokenLink,
    ]
}
