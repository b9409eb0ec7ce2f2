import Diagnostics
import PromModel
import PromQL
import PrometheusConfig
import RuleFiles

/// Parses every rule expression of the project once (through the project's
/// expression cache) and runs all rule-lint checks over the trees, with one
/// walk per expression for the checks of its nodes.
struct RuleLintRunner {
    let project: Project

    func run() -> [Diagnostic] {
        var diagnostics = GroupIntervalLint.check(project)
        let configs = project.prometheusConfigs
        let servers = configs.map { PrometheusServer(path: $0.path, config: $0.config) }
        let rules = parseRules(servers)
        guard !rules.isEmpty else { return diagnostics }
        let context = RuleLintContext(rules: rules, configs: configs, servers: servers, settings: project.settings)
        var selectors: [[VectorSelector]] = []
        selectors.reserveCapacity(rules.count)
        var requirements: (file: String, value: RequiredFieldsLint.Requirements)?
        for rule in rules {
            let found = RuleExpressionScan(rule: rule, context: context).run(into: &diagnostics)
            if rule.isAlerting {
                if requirements?.file != rule.file { requirements = (rule.file, .init(context.settings, file: rule.file)) }
                AlertLogicLint(rule: rule, context: context, selectors: found, requirements: requirements!.value)
                    .check(into: &diagnostics)
                TemplateLint(rule: rule, labels: context.analysis.labels(of: rule.expr), context: context).check(into: &diagnostics)
            }
            selectors.append(found)
        }
        RuleSetLint(rules: rules, selectors: selectors, context: context).check(into: &diagnostics)
        return diagnostics
    }

    /// Rules whose `expr` parses cleanly; broken ones are `promql/syntax`'s business.
    func parseRules(_ servers: [PrometheusServer] = []) -> [LintedRule] {
        var rules: [LintedRule] = []
        for (path, file) in project.ruleFiles {
            let normalized = servers.isEmpty ? path : InputCollector.normalized(path)
            let loading = servers.indices.filter { servers[$0].ruleFiles.contains(normalized) }
            for group in file.groups {
                for rule in group.rules where rule.isAlerting != rule.isRecording {
                    guard let source = rule.expr else { continue }
                    let result = project.expressions.parse(source.value)
                    guard result.errors.isEmpty, let expr = result.expr else { continue }
                    rules.append(LintedRule(file: path, group: group, rule: rule, source: source, expr: expr, servers: loading))
                }
            }
        }
        return rules
    }
}

/// One walk over a rule's expression: runs the checks of single nodes and
/// collects the selectors the rule-level checks read.
struct RuleExpressionScan {
    let rule: LintedRule
    let context: RuleLintContext

    func run(into diagnostics: inout [Diagnostic]) -> [VectorSelector] {
        var selectors: [VectorSelector] = []
        let nodes = SelectorLint(rule: rule, context: context)
        let conditions = rule.isAlerting ? ImpossibleConditions(rule: rule) : nil
        rule.expr.forEachNode { node in
            switch node {
            case .vectorSelector(let selector): selectors.append(selector)
            case .matrixSelector(let matrix): selectors.append(matrix.vectorSelector)
            default: break
            }
            nodes.check(node, into: &diagnostics)
            conditions?.check(node, into: &diagnostics)
        }
        return selectors
    }
}
