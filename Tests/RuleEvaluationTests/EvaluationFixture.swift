import PromModel
import RuleEvaluation
import RuleFiles
import TimeSeries

/// Builds evaluators from rule-file text and series notation, as tests write them.
enum EvaluationFixture {
    static func groups(_ yaml: String, file: String = "rules.yml") -> [EvaluationGroup] {
        let loaded = RuleFileLoader.load(text: yaml, file: file)
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        precondition(errors.isEmpty, "rule file does not load: \(errors)")
        return loaded.ruleFile!.groups.map { try! EvaluationGroup(file: file, group: $0) }
    }

    /// `lines` in series notation, one sample per `interval` from 0.
    static func store(_ lines: [String], interval: Int64 = 60_000) -> SeriesStore {
        let descriptions = lines.map { try! SeriesNotation.parse($0) }
        return SeriesNotation.store(descriptions, intervalMilliseconds: interval).store
    }

    static func evaluator(
        rules: String, series: [String], interval: Int64 = 60_000, strategy: RuleEvaluationOptions.Strategy = .automatic,
        configure: (inout RuleEvaluationOptions) -> Void = { _ in }
    ) -> RuleEvaluator {
        var options = RuleEvaluationOptions(strategy: strategy)
        configure(&options)
        return RuleEvaluator(groups: groups(rules), store: store(series, interval: interval), options: options)
    }

    static func minutes(_ m: Int64) -> Int64 { m * 60_000 }
}
