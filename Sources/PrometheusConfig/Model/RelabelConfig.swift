import Diagnostics
import RegexEngine
import YAML

/// A relabel action of Prometheus 3.x. Parsed case-insensitively, as Prometheus does.
public enum RelabelAction: String, Sendable, Hashable, CaseIterable {
    case replace, keep, drop, keepequal, dropequal, hashmod, labelmap, labeldrop, labelkeep, lowercase, uppercase

    /// Actions that only keep or drop the label set, never change it.
    public var onlyFilters: Bool {
        switch self {
        case .keep, .drop, .keepequal, .dropequal: true
        case .replace, .hashmod, .labelmap, .labeldrop, .labelkeep, .lowercase, .uppercase: false
        }
    }

    /// Actions whose input is the joined `source_labels` value.
    public var readsSourceLabels: Bool {
        switch self {
        case .replace, .keep, .drop, .keepequal, .dropequal, .hashmod, .lowercase, .uppercase: true
        case .labelmap, .labeldrop, .labelkeep: false
        }
    }

    /// Actions that match `regex` (against the source value or against label names).
    public var usesRegex: Bool {
        switch self {
        case .replace, .keep, .drop, .labelmap, .labeldrop, .labelkeep: true
        case .keepequal, .dropequal, .hashmod, .lowercase, .uppercase: false
        }
    }

    /// Actions that write or compare `target_label`.
    public var usesTargetLabel: Bool {
        switch self {
        case .replace, .hashmod, .lowercase, .uppercase, .keepequal, .dropequal: true
        case .keep, .drop, .labelmap, .labeldrop, .labelkeep: false
        }
    }
}

/// The fields of a relabel rule, used to say which ones were written.
public enum RelabelField: String, Sendable, Hashable, CaseIterable {
    case sourceLabels = "source_labels"
    case separator, regex, modulus
    case targetLabel = "target_label"
    case replacement, action
}

/// One relabel rule with Prometheus's defaults applied. Every value carries the
/// position it came from; defaulted values point at the whole rule, and
/// `written` says which fields appeared in the file.
///
/// A rule whose action or regex cannot be parsed is not modelled (Prometheus
/// refuses the file); rules that parse but fail `Validate` are kept, since
/// their meaning is well defined, and the diagnostics say what is wrong.
public struct RelabelConfig: Sendable {
    public var span: SourceSpan
    public var sourceLabels: [Located<String>]
    /// Where the `source_labels` list itself is (the rule when absent).
    public var sourceLabelsSpan: SourceSpan
    public var separator: Located<String>
    /// Compiled with `^(?s:…)$`. `regex: null` compiles the empty pattern, as Prometheus does.
    public var regex: Located<PromRegex>
    public var modulus: Located<UInt64>
    public var targetLabel: Located<String>
    public var replacement: Located<String>
    public var action: Located<RelabelAction>
    public var written: Set<RelabelField>
    /// 0-based position in the YAML list, counting entries that did not load
    /// (an unknown action, a bad regex): step numbers follow the file. Nil for
    /// rules not read from a list.
    public var position: Int?

    public static let defaultSeparator = ";"
    public static let defaultRegexPattern = "(.*)"
    public static let defaultReplacement = "$1"

    public init(
        span: SourceSpan, sourceLabels: [Located<String>], sourceLabelsSpan: SourceSpan, separator: Located<String>,
        regex: Located<PromRegex>, modulus: Located<UInt64>, targetLabel: Located<String>,
        replacement: Located<String>, action: Located<RelabelAction>, written: Set<RelabelField>
    ) {
        self.span = span
        self.sourceLabels = sourceLabels
        self.sourceLabelsSpan = sourceLabelsSpan
        self.separator = separator
        self.regex = regex
        self.modulus = modulus
        self.targetLabel = targetLabel
        self.replacement = replacement
        self.action = action
        self.written = written
    }

    /// The value the rule works on: the source label values joined by the
    /// separator, a missing label counting as "".
    public func sourceValue(_ lookup: (String) -> String?) -> String {
        sourceLabels.map { lookup($0.value) ?? "" }.joined(separator: separator.value)
    }

    /// The shard `hashmod` assigns to a source value (nil when modulus is 0,
    /// which Prometheus rejects).
    public func hashmodShard(of value: String) -> UInt64? {
        modulus.value == 0 ? nil : HashMod.shard(of: value, modulus: modulus.value)
    }
}

/// Where a relabel list sits, which decides Prometheus's message for a null
/// entry and which name validation scheme applies.
public enum RelabelContext: Sendable, Hashable {
    case scrapeTarget, scrapeMetric, globalAlert, alertmanagerTarget, alertmanagerAlert, remoteWrite

    var nullEntryMessage: String {
        switch self {
        case .scrapeTarget: "empty or null target relabeling rule in scrape config"
        case .scrapeMetric: "empty or null metric relabeling rule in scrape config"
        case .globalAlert: "empty or null alert relabeling rule"
        case .alertmanagerTarget: "empty or null Alertmanager target relabeling rule"
        case .alertmanagerAlert: "empty or null Alertmanager alert relabeling rule"
        case .remoteWrite: "empty or null relabeling rule in remote write config"
        }
    }

    /// What the rule's input is, for messages.
    var subject: String {
        switch self {
        case .scrapeTarget: "target"
        case .scrapeMetric, .remoteWrite: "series"
        case .globalAlert, .alertmanagerAlert: "alert"
        case .alertmanagerTarget: "Alertmanager target"
        }
    }
}
