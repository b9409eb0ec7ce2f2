import PromModel
import PromQL
import PromQLEngine
import Template
import TimeSeries

/// Expands an alerting rule's label and annotation templates for one sample,
/// as rules/alerting.go does at each evaluation.
struct AlertRendering: Sendable {
    let externalLabels: Labels
    let externalURL: String
    let engineOptions: EngineOptions
    let parserOptions: ParserOptions

    private func expander(_ rule: EvaluationRule, _ sampleLabels: Labels, _ value: Double, _ time: Int64, _ store: SeriesStore)
        -> AlertTemplateExpander
    {
        AlertTemplateExpander(
            alertName: rule.name, labels: sampleLabels, externalLabels: externalLabels, externalURL: externalURL,
            value: value, evaluationTime: time,
            query: RuleQuery.templateFunction(store: store, at: time, options: engineOptions, parser: parserOptions))
    }

    /// Sample labels without `__name__`, plus the expanded rule labels, plus `alertname`.
    func alertLabels(_ rule: EvaluationRule, sampleLabels: Labels, value: Double, time: Int64, store: SeriesStore) -> Labels {
        var builder = Labels.Builder(sampleLabels)
        builder.delete(Labels.metricNameLabel)
        var template: AlertTemplateExpander?
        for (index, label) in rule.labels.enumerated() {
            let prepared = rule.labelTemplates[index]
            if prepared.isPlain {
                builder.set(label.name, label.value)
            } else {
                if template == nil { template = expander(rule, sampleLabels, value, time, store) }
                builder.set(label.name, template!.expand(prepared))
            }
        }
        builder.set("alertname", rule.name)
        return builder.labels()
    }

    /// The expanded annotations, sorted by name. Empty values are kept, as in Prometheus.
    func annotations(_ rule: EvaluationRule, sampleLabels: Labels, value: Double, time: Int64, store: SeriesStore) -> Labels {
        guard !rule.annotations.isEmpty else { return Labels() }
        var template: AlertTemplateExpander?
        var pairs: [(name: String, value: String)] = []
        for (index, annotation) in rule.annotations.enumerated() {
            let prepared = rule.annotationTemplates[index]
            if prepared.isPlain {
                pairs.append((annotation.name, annotation.value))
            } else {
                if template == nil { template = expander(rule, sampleLabels, value, time, store) }
                pairs.append((annotation.name, template!.expand(prepared)))
            }
        }
        return Labels(pairs)
    }
}
