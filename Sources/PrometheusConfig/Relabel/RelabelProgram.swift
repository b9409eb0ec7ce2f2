import Diagnostics
import PromModel
import RegexEngine

/// A `relabel_configs` list compiled for fast, repeated application with the
/// semantics of Prometheus 3.x `relabel.ProcessBuilder`: steps run in order
/// and the first `keep`, `drop`, `keepequal` or `dropequal` that rejects the
/// label set stops the run.
public struct RelabelProgram: Sendable {
    public let steps: [RelabelStep]

    /// `scheme` decides which expanded `target_label`s of `replace` are valid
    /// label names (the job's `metric_name_validation_scheme`; UTF-8 in 3.x).
    public init(_ configs: [RelabelConfig], scheme: NameValidationScheme = .utf8) {
        steps = configs.enumerated().map { RelabelStep($0.element, index: $0.offset, scheme: scheme) }
    }

    public init(steps: [RelabelStep]) {
        self.steps = steps
    }

    public var isEmpty: Bool { steps.isEmpty }

    /// Runs every step on `labels`. Returns the index of the step that dropped
    /// the label set, or nil when it was kept; on a drop `labels` holds the
    /// set as the dropping step saw it.
    @inline(__always)
    public func apply(_ labels: inout LabelSet) -> Int? {
        apply(&labels, steps: 0..<steps.count, scratch: RegexScratch())
    }

    public func apply(_ labels: inout LabelSet, steps range: Range<Int>) -> Int? {
        apply(&labels, steps: range, scratch: RegexScratch())
    }

    /// With the regex match data of `scratch`: loops over many targets make
    /// one per thread and pass it to every call.
    @inline(__always)
    public func apply(_ labels: inout LabelSet, steps range: Range<Int>, scratch: RegexScratch) -> Int? {
        for index in range where !steps[index].apply(&labels, scratch: scratch) {
            return index
        }
        return nil
    }

    /// The label set after each step, for `--trace`; stops at a drop.
    public func trace(_ labels: LabelSet) -> [RelabelTraceEntry] {
        var current = labels
        var entries: [RelabelTraceEntry] = []
        let scratch = RegexScratch()
        for step in steps {
            let before = current
            let kept = step.apply(&current, scratch: scratch)
            entries.append(RelabelTraceEntry(step: step, before: before, after: kept ? current : nil))
            if !kept { break }
        }
        return entries
    }

    /// How many leading steps `self` and `other` share with the same effect.
    public func commonPrefixLength(with other: RelabelProgram) -> Int {
        var count = 0
        while count < steps.count, count < other.steps.count, steps[count].hasSameEffect(as: other.steps[count]) {
            count += 1
        }
        return count
    }
}

/// One step of a trace: the label set before it and after it (nil when the
/// step dropped the target).
public struct RelabelTraceEntry: Sendable {
    public let step: RelabelStep
    public let before: LabelSet
    public let after: LabelSet?
}

/// One compiled relabel rule. A class, so that handing a step around costs
/// one reference count rather than a copy of every field of its rule: the
/// steps run once per target, a million times for a large fleet.
public final class RelabelStep: Sendable {
    /// The rule as configured, for positions and messages.
    public let config: RelabelConfig
    /// 0-based position among the steps that run.
    public let index: Int
    public let action: RelabelAction
    public let sourceLabels: [String]
    public let separator: String
    public let regex: PromRegex
    public let modulus: UInt64
    public let targetLabel: String
    public let scheme: NameValidationScheme
    let matcher: ValueMatcher
    let targetTemplate: ExpandTemplate
    let replacement: ExpandTemplate
    /// Prometheus sets target=replacement directly when the value is empty,
    /// the regex was not written, and neither template has a `$`.
    let replaceFastPath: Bool
    /// Whether a `target_label` without `$` is a valid name: fixed per rule.
    let plainTargetIsValid: Bool

    public init(_ config: RelabelConfig, index: Int, scheme: NameValidationScheme) {
        self.config = config
        self.index = index
        action = config.action.value
        sourceLabels = config.sourceLabels.map(\.value)
        separator = config.separator.value
        regex = config.regex.value
        modulus = config.modulus.value
        targetLabel = config.targetLabel.value
        self.scheme = scheme
        matcher = ValueMatcher(config.regex.value)
        targetTemplate = ExpandTemplate(config.targetLabel.value)
        replacement = ExpandTemplate(config.replacement.value)
        replaceFastPath =
            !config.written.contains(.regex) && targetTemplate.isPlain && replacement.isPlain
        plainTargetIsValid = PromNames.isValidLabelName(config.targetLabel.value, scheme: scheme)
    }

    public var replacementText: String { replacement.source }

    /// 1-based number of the rule in its YAML list, entries that did not load included.
    public var number: Int { (config.position ?? index) + 1 }

    /// Whether the step's regex matches `value` (answered without PCRE2 for
    /// literal patterns and `(.*)`).
    public func matches(_ value: String) -> Bool { matcher.matches(value, scratch: RegexScratch()) }

    /// Where the regex is written, or the whole rule when it is defaulted.
    public var regexSpan: SourceSpan { config.written.contains(.regex) ? config.regex.span : config.span }

    /// Two steps that do the same thing to every label set (positions aside).
    public func hasSameEffect(as other: RelabelStep) -> Bool {
        action == other.action && sourceLabels == other.sourceLabels && separator == other.separator
            && regex.pattern == other.regex.pattern && modulus == other.modulus && targetLabel == other.targetLabel
            && replacement.source == other.replacement.source && scheme == other.scheme
            && replaceFastPath == other.replaceFastPath
    }

    /// The source label values joined by the separator, a missing label as "".
    @inline(__always)
    public func sourceValue(_ labels: LabelSet) -> String {
        switch sourceLabels.count {
        case 0: return ""
        case 1: return labels.value(sourceLabels[0])
        default:
            var value = labels.value(sourceLabels[0])
            for name in sourceLabels.dropFirst() {
                value += separator
                value += labels.value(name)
            }
            return value
        }
    }

    /// Applies the step; false when it drops the label set.
    public func apply(_ labels: inout LabelSet) -> Bool {
        apply(&labels, scratch: RegexScratch())
    }

    @inline(__always)
    public func apply(_ labels: inout LabelSet, scratch: RegexScratch) -> Bool {
        switch action {
        case .keep:
            return matcher.matches(sourceValue(labels), scratch: scratch)
        case .drop:
            return !matcher.matches(sourceValue(labels), scratch: scratch)
        case .keepequal:
            return LabelBytes.equal(labels.value(targetLabel), sourceValue(labels))
        case .dropequal:
            return !LabelBytes.equal(labels.value(targetLabel), sourceValue(labels))
        case .hashmod:
            // Prometheus refuses modulus 0 at load time; halint leaves the set alone.
            guard modulus > 0 else { return true }
            labels.set(targetLabel, String(HashMod.hash(of: sourceValue(labels)) % modulus))
        case .replace:
            applyReplace(&labels, scratch: scratch)
        case .lowercase:
            labels.set(targetLabel, GoCaseMapping.lowercased(sourceValue(labels)))
        case .uppercase:
            labels.set(targetLabel, GoCaseMapping.uppercased(sourceValue(labels)))
        case .labelmap:
            // Go iterates a snapshot of the set in name order; later writes win.
            for label in labels.labels {
                guard let match = match(label.name, scratch: scratch) else { continue }
                labels.set(expand(replacement, match), label.value)
            }
        case .labeldrop:
            labels.removeAll { matcher.matches($0.name, scratch: scratch) }
        case .labelkeep:
            labels.removeAll { !matcher.matches($0.name, scratch: scratch) }
        }
        return true
    }

    @inline(__always)
    private func applyReplace(_ labels: inout LabelSet, scratch: RegexScratch) {
        let value = sourceValue(labels)
        if replaceFastPath && value.isEmpty {
            labels.set(targetLabel, replacement.source)
            return
        }
        guard let match = match(value, scratch: scratch) else { return }
        let target = expand(targetTemplate, match)
        let valid = targetTemplate.isPlain ? plainTargetIsValid : PromNames.isValidLabelName(target, scheme: scheme)
        guard valid else { return }
        labels.set(target, expand(replacement, match))
    }

    /// A successful match of the step's regex, with its groups.
    enum StepMatch {
        /// The whole value is group 0 (and group 1 when `groupCount` is 1).
        case whole(String, groupCount: Int)
        /// The groups are in the scratch's match data until its next use.
        case regex(subject: String, scratch: RegexScratch, names: [String: Int])
    }

    @inline(__always)
    func match(_ value: String, scratch: RegexScratch) -> StepMatch? {
        switch matcher {
        case .anything(let groupCount):
            return .whole(value, groupCount: groupCount)
        case .literals(let branches):
            return branches.contains(where: { LabelBytes.equal($0, value) }) ? .whole(value, groupCount: 0) : nil
        case .regex(let regex):
            guard regex.match(value, into: scratch) else { return nil }
            return .regex(subject: value, scratch: scratch, names: regex.groupNames)
        }
    }

    @inline(__always)
    func expand(_ template: ExpandTemplate, _ match: StepMatch) -> String {
        if template.isPlain { return template.source }
        switch match {
        case .whole(let value, let groupCount):
            return template.expand(groups: { $0 <= groupCount ? value : nil }, names: [:])
        case .regex(let subject, let scratch, let names):
            return template.expand(groups: { scratch.group($0).map(subject.utf8Slice) }, names: names)
        }
    }
}
