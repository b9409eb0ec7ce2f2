import Diagnostics
import PromModel
import RegexEngine
import YAML

extension ConfigDecoder {
    static let allActions = RelabelAction.allCases.map(\.rawValue)

    func decodeRelabelList(
        _ m: MappingDecoder, _ key: String, context relabelContext: RelabelContext, scheme: NameValidationScheme
    ) -> [RelabelConfig] {
        var position = 0
        return m.list(key, goType: "[]*relabel.Config") { node in
            defer { position += 1 }
            var config = decodeRelabel(node, context: relabelContext, scheme: scheme)
            config?.position = position
            return config
        } ?? []
    }

    func decodeRelabel(_ node: YAMLNode, context relabelContext: RelabelContext, scheme: NameValidationScheme)
        -> RelabelConfig?
    {
        if node.isNull {
            emit(
                PrometheusConfigChecks.invalidConfig,
                "\(relabelContext.nullEntryMessage); remove the empty `-` entry", at: node)
            return nil
        }
        guard let m = context.mapping(node, type: "relabel.plain") else { return nil }
        let ruleSpan = span(node)
        var written = Set<RelabelField>()
        for field in RelabelField.allCases where m.node.pair(forKey: field.rawValue) != nil { written.insert(field) }

        let sourceLabels = decodeSourceLabels(m)
        let separator = stringOrNull(m, "separator") ?? Located(RelabelConfig.defaultSeparator, span: ruleSpan)
        let modulus = m.uint("modulus") ?? Located(0, span: location(m, "modulus", or: ruleSpan))
        let targetLabel = stringOrNull(m, "target_label") ?? Located("", span: ruleSpan)
        let replacement = stringOrNull(m, "replacement") ?? Located(RelabelConfig.defaultReplacement, span: ruleSpan)
        let regex = decodeRelabelRegex(m, ruleSpan: ruleSpan)
        let action = decodeAction(m, ruleSpan: ruleSpan)
        m.finish()

        let draft = RelabelDraft(
            span: ruleSpan, sourceLabels: sourceLabels, sourceLabelsSpan: location(m, "source_labels", or: ruleSpan),
            separator: separator, regexText: regex.text, compiled: regex.compiled, modulus: modulus,
            targetLabel: targetLabel, replacement: replacement, written: written)
        switch action {
        case .valid(let parsed):
            validateRelabel(draft, action: parsed, scheme: scheme)
            lintRelabel(draft, action: parsed.value, context: relabelContext, guessed: false)
        case .empty(let place):
            emit(
                PrometheusConfigChecks.invalidRelabelConfig,
                "relabel action cannot be empty; set action to one of \(Self.allActions.joined(separator: ", ")) or remove the key for the default (replace)",
                at: place)
        case .unknown(_, let suggestion):
            if let suggestion { lintRelabel(draft, action: suggestion, context: relabelContext, guessed: true) }
        }
        guard case .valid(let parsed) = action, let compiled = regex.compiled else { return nil }
        return RelabelConfig(
            span: ruleSpan, sourceLabels: sourceLabels, sourceLabelsSpan: draft.sourceLabelsSpan,
            separator: separator, regex: compiled, modulus: modulus, targetLabel: targetLabel,
            replacement: replacement, action: parsed, written: written)
    }

    private func decodeSourceLabels(_ m: MappingDecoder) -> [Located<String>] {
        let labels = stringList(m, "source_labels") ?? []
        for label in labels where label.value.isEmpty || isInvalidUTF8(label) {
            emit(
                SchemaChecks.invalidLabelName,
                "\(quoted(label)) is not a valid label name; list the names of existing labels, e.g. [__address__]",
                at: label.span)
        }
        return labels
    }

    private func decodeRelabelRegex(_ m: MappingDecoder, ruleSpan: SourceSpan)
        -> (text: Located<String>, compiled: Located<PromRegex>?)
    {
        let text = stringOrNull(m, "regex") ?? Located(RelabelConfig.defaultRegexPattern, span: ruleSpan)
        do {
            return (text, Located(try PromRegex(text.value), span: text.span))
        } catch {
            let node = m.node["regex"]
            emit(
                PrometheusConfigChecks.invalidRegex,
                "\(error.description); fix the pattern (RE2 syntax: no lookaround or backreferences; it is anchored at both ends)",
                at: node.map { regexErrorSpan($0, offset: error.offset) } ?? text.span)
            return (text, nil)
        }
    }

    /// Points at the offending character when the scalar maps 1:1 onto its text.
    private func regexErrorSpan(_ node: YAMLNode, offset: Int) -> SourceSpan {
        var whole = span(node)
        guard node.start.line == node.end.line, let text = node.scalar, let style = node.scalarStyle else { return whole }
        let lead: Int
        switch style {
        case .plain: lead = 0
        case .singleQuoted where !text.contains("'"): lead = 1
        case .doubleQuoted where !text.contains("\\") && !text.contains("\""): lead = 1
        default: return whole
        }
        whole.start = SourcePosition(line: node.start.line, column: node.start.column + lead + max(0, offset))
        return whole
    }

    enum ParsedAction {
        case valid(Located<RelabelAction>)
        case empty(SourceSpan)
        case unknown(Located<String>, suggestion: RelabelAction?)
    }

    private func decodeAction(_ m: MappingDecoder, ruleSpan: SourceSpan) -> ParsedAction {
        guard let node = m.value("action") else { return .valid(Located(.replace, span: ruleSpan)) }
        // yaml.v2 zeroes the field for null without calling the unmarshaler;
        // Validate then rejects the empty action.
        if node.isNull { return .empty(span(node)) }
        // A list or mapping is a type error, already reported by the context.
        guard let text = context.string(node) else { return .unknown(Located("", span: span(node)), suggestion: nil) }
        if let action = RelabelAction(rawValue: text.value.lowercased()) { return .valid(Located(action, span: text.span)) }
        let suggestion = EnumValueSuggestion.closest(to: text.value, in: Self.allActions).flatMap(RelabelAction.init(rawValue:))
        var message = "unknown relabel action \(goQuote(text.value))"
        if let suggestion { message += "; did you mean \(goQuote(suggestion.rawValue))?" }
        message += " Valid actions: \(Self.allActions.joined(separator: ", "))"
        emit(PrometheusConfigChecks.unknownAction, message, at: text.span)
        return .unknown(text, suggestion: suggestion)
    }
}

/// A relabel rule as decoded, before its action is known to be valid.
struct RelabelDraft {
    var span: SourceSpan
    var sourceLabels: [Located<String>]
    var sourceLabelsSpan: SourceSpan
    var separator: Located<String>
    var regexText: Located<String>
    var compiled: Located<PromRegex>?
    var modulus: Located<UInt64>
    var targetLabel: Located<String>
    var replacement: Located<String>
    var written: Set<RelabelField>
}
