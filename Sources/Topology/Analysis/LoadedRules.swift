import Diagnostics
import PromModel
import PromQL
import PrometheusConfig
import RuleFiles

/// An alerting rule as one Prometheus config loads it, with its parsed expression.
struct LoadedAlert {
    var rule: Rule
    var expr: Expr
    var ruleFilePath: String
    var config: PrometheusConfig
    var servers: [PrometheusServer]
    /// The `rule_files` entry that names the file.
    var ruleFilePattern: FilePattern?

    var name: String { rule.alert?.value ?? "" }

    /// Where a part of the expression was written.
    func span(_ range: PositionRange) -> SourceSpan {
        guard let text = rule.expr else { return rule.span }
        return SourceSpan(file: text.span.file, start: text.exprPosition(offset: range.start), end: text.exprPosition(offset: range.end))
    }

    var exprSpan: SourceSpan { rule.expr?.span ?? rule.span }

    /// The `rule_files` entry of the config that loads this rule, and the services loading the config.
    var loadNotes: [Note] {
        let entry = ruleFilePattern
        return (entry.map { [Note("\(config.file) loads this rule file", at: $0.written.span)] } ?? [])
            + servers.flatMap(\.loadNotes)
    }
}

extension Stack {
    /// Every alerting rule the Prometheus servers of the stack evaluate, once per config.
    func loadedAlerts() -> [LoadedAlert] {
        byConfig(prometheusServers).flatMap { config, servers in
            var seen: Set<String> = []
            return ruleFileMatches(of: servers[0]).flatMap { pattern, files in
                files.filter { seen.insert(CanonicalPath.of($0.path)).inserted }.flatMap { path, file in
                    file.groups.flatMap(\.rules).compactMap { rule -> LoadedAlert? in
                        guard rule.isAlerting, let text = rule.expr, let expr = catalog.parseExpression(text.value) else { return nil }
                        return LoadedAlert(
                            rule: rule, expr: expr, ruleFilePath: path, config: config, servers: servers, ruleFilePattern: pattern)
                    }
                }
            }
        }
    }
}
