import Diagnostics

/// How the rule-lint checks join the registry. `ProjectCheck` ties one
/// descriptor to one type, but these checks share one parse of every `expr`
/// and one label-set analysis, so a single pass (`RuleLintPass`) reports
/// under all the ids, and the other types only declare their descriptor.
public enum RuleLint {
    public static let checks: [any ProjectCheck] = [
        RuleLintPass(), ImpossibleCondition(), ForShorterThanInterval(), MissingSeverity(), MissingSummary(),
        InvalidRunbookURL(), UndefinedTemplateLabel(), ValueInLabel(), RateOnNonCounter(),
        ShortRangeWindow(), HistogramQuantileWithoutLe(), RedundantRegex(), MatchEverything(), NaNComparison(),
        AbsentWithRegex(), SamplingInAlert(), DuplicateAcrossFiles(), RecordingRuleName(), UndefinedRecordingRule(),
        LongGroupInterval(),
        RequiredLabel(), RequiredAnnotation(), ForNotMultipleOfInterval(), MissingFor(), ConstantValue(),
        UndefinedExternalLabel(), ExternalLabelInTemplate(), DivisionByZero(), QuantileOutOfRange(),
        HistogramQuantileWithoutRate(), RedundantAnchors(), MatchesNothing(), LabelNeverSet(), ExternalLabelMatcher(),
        RateOfSum(), UnusedRecordingRule(), ExternalLabelConflict(), IntervalBelowScrape(), RangeBeyondRetentionCheck(), BrokenLinkCheck(),
    ]
}

/// Runs every rule-lint check in one pass; registered as `alert/no-condition`.
public struct RuleLintPass: ProjectCheck {
    public static let descriptor = RuleLintChecks.noCondition
    public init() {}
    public func check(_ project: Project) -> [Diagnostic] { RuleLintRunner(project: project).run() }
}

/// A rule-lint id whose findings `RuleLintPass` produces.
public protocol RuleLintMember: ProjectCheck {}

extension RuleLintMember {
    public func check(_ project: Project) -> [Diagnostic] { [] }
}

public struct ImpossibleCondition: RuleLintMember { public static let descriptor = RuleLintChecks.impossibleCondition }
public struct ForShorterThanInterval: RuleLintMember { public static let descriptor = RuleLintChecks.forShorterThanInterval }
public struct MissingSeverity: RuleLintMember { public static let descriptor = RuleLintChecks.missingSeverity }
public struct MissingSummary: RuleLintMember { public static let descriptor = RuleLintChecks.missingSummary }
public struct InvalidRunbookURL: RuleLintMember { public static let descriptor = RuleLintChecks.invalidRunbookURL }
public struct UndefinedTemplateLabel: RuleLintMember { public static let descriptor = RuleLintChecks.undefinedTemplateLabel }
public struct ValueInLabel: RuleLintMember { public static let descriptor = RuleLintChecks.valueInLabel }
public struct RateOnNonCounter: RuleLintMember { public static let descriptor = RuleLintChecks.rateOnNonCounter }
public struct ShortRangeWindow: RuleLintMember { public static let descriptor = RuleLintChecks.shortRangeWindow }
public struct HistogramQuantileWithoutLe: RuleLintMember { public static let descriptor = RuleLintChecks.histogramQuantileWithoutLe }
public struct RedundantRegex: RuleLintMember { public static let descriptor = RuleLintChecks.redundantRegex }
public struct MatchEverything: RuleLintMember { public static let descriptor = RuleLintChecks.matchEverything }
public struct NaNComparison: RuleLintMember { public static let descriptor = RuleLintChecks.nanComparison }
public struct AbsentWithRegex: RuleLintMember { public static let descriptor = RuleLintChecks.absentWithRegex }
public struct SamplingInAlert: RuleLintMember { public static let descriptor = RuleLintChecks.samplingInAlert }
public struct DuplicateAcrossFiles: RuleLintMember { public static let descriptor = RuleLintChecks.duplicateAcrossFiles }
public struct RecordingRuleName: RuleLintMember { public static let descriptor = RuleLintChecks.recordingRuleName }
public struct UndefinedRecordingRule: RuleLintMember { public static let descriptor = RuleLintChecks.undefinedRecordingRule }
public struct LongGroupInterval: RuleLintMember { public static let descriptor = RuleLintChecks.longGroupInterval }
public struct RequiredLabel: RuleLintMember { public static let descriptor = RuleLintChecks.requiredLabel }
public struct RequiredAnnotation: RuleLintMember { public static let descriptor = RuleLintChecks.requiredAnnotation }
public struct ForNotMultipleOfInterval: RuleLintMember { public static let descriptor = RuleLintChecks.forNotMultipleOfInterval }
public struct MissingFor: RuleLintMember { public static let descriptor = RuleLintChecks.missingFor }
public struct ConstantValue: RuleLintMember { public static let descriptor = RuleLintChecks.constantValue }
public struct UndefinedExternalLabel: RuleLintMember { public static let descriptor = RuleLintChecks.undefinedExternalLabel }
public struct ExternalLabelInTemplate: RuleLintMember { public static let descriptor = RuleLintChecks.externalLabelInTemplate }
public struct DivisionByZero: RuleLintMember { public static let descriptor = RuleLintChecks.divisionByZero }
public struct QuantileOutOfRange: RuleLintMember { public static let descriptor = RuleLintChecks.quantileOutOfRange }
public struct HistogramQuantileWithoutRate: RuleLintMember { public static let descriptor = RuleLintChecks.histogramQuantileWithoutRate }
public struct RedundantAnchors: RuleLintMember { public static let descriptor = RuleLintChecks.redundantAnchors }
public struct MatchesNothing: RuleLintMember { public static let descriptor = RuleLintChecks.matchesNothing }
public struct LabelNeverSet: RuleLintMember { public static let descriptor = RuleLintChecks.labelNeverSet }
public struct ExternalLabelMatcher: RuleLintMember { public static let descriptor = RuleLintChecks.externalLabelMatcher }
public struct RateOfSum: RuleLintMember { public static let descriptor = RuleLintChecks.rateOfSum }
public struct ExternalLabelConflict: RuleLintMember { public static let descriptor = RuleLintChecks.externalLabelConflict }
public struct IntervalBelowScrape: RuleLintMember { public static let descriptor = RuleLintChecks.intervalBelowScrape }
public struct UnusedRecordingRule: RuleLintMember { public static let descriptor = RuleLintChecks.unusedRecordingRule }
