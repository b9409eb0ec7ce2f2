import Diagnostics
import Foundation
import PromQL
import RuleFiles

/// The rule files `halint eval` runs, loaded as Prometheus would load them:
/// a file Prometheus would refuse (YAML, rulefmt or PromQL errors) is refused.
public struct TimelineRuleSet: Sendable {
    public struct File: Sendable {
        public var path: String
        public var groups: [RuleGroup]
    }

    public struct LoadError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public var files: [File]
    /// Every group, compiled for the evaluator, in file order.
    public var evaluationGroups: [EvaluationGroup]

    public static func load(paths: [String]) throws(LoadError) -> TimelineRuleSet {
        var files: [File] = []
        var groups: [EvaluationGroup] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw LoadError(description: "\(path): cannot read the rule file")
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                throw LoadError(description: "\(path): the rule file is not valid UTF-8")
            }
            let (ruleFile, diagnostics) = RuleFileLoader.load(text: text, file: path)
            var errors = diagnostics.filter { $0.severity == .error }.map { "\($0.span): \($0.message)" }
            for group in ruleFile?.groups ?? [] {
                do {
                    groups.append(try EvaluationGroup(file: path, group: group))
                } catch {
                    errors.append("\(path):\(error.description)")
                }
            }
            guard let ruleFile, errors.isEmpty else {
                throw LoadError(description: (errors.isEmpty ? ["\(path): not a rule file"] : errors).joined(separator: "\n"))
            }
            files.append(File(path: path, groups: ruleFile.groups))
        }
        return TimelineRuleSet(files: files, evaluationGroups: groups)
    }

    /// Every rule's parsed expression.
    public var expressions: [Expr] { evaluationGroups.flatMap(\.rules).map(\.expr) }

    /// Metric names the rules record, and the series Prometheus writes for
    /// alerts: these come from the evaluation, not from the recorded input.
    public var producedMetricNames: Set<String> {
        var names: Set<String> = ["ALERTS", "ALERTS_FOR_STATE"]
        for rule in evaluationGroups.flatMap(\.rules) where rule.kind == .recording { names.insert(rule.name) }
        return names
    }
}
