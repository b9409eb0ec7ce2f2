import Diagnostics
import Foundation
import PromQL

/// `live/feature-disabled` (pint's promql/features): PromQL that only a
/// server started with the matching `--enable-feature` accepts. The
/// expression is parsed with every feature on; each construct that needs a
/// flag the server's `/api/v1/status/flags` does not list is reported.
/// halint's default parser refuses these too (`promql/syntax`), but cannot
/// tell whether the server enables them; this check can.
struct FeatureDisabledCheck {
    static let descriptor = LiveChecks.featureDisabled

    struct Requirement: Hashable {
        let feature: String
        let what: String
        let range: PositionRange
    }

    static let experimentalFunctions = "promql-experimental-functions"
    static let extendedRangeSelectors = "promql-extended-range-selectors"
    static let fillModifiers = "promql-binop-fill-modifiers"

    /// The features `expr` needs, with where.
    static func requirements(_ expr: Expr) -> [Requirement] {
        var found: [Requirement] = []
        expr.walk { node in
            switch node {
            case .call(let call) where call.function?.isExperimental == true:
                found.append(Requirement(feature: experimentalFunctions, what: "the experimental function `\(call.name)()`", range: call.positionRange))
            case .aggregate(let node) where node.op.isExperimental:
                found.append(Requirement(feature: experimentalFunctions, what: "the experimental aggregation `\(node.op.rawValue)`", range: node.positionRange))
            case .vectorSelector(let selector) where selector.anchored || selector.smoothed:
                found.append(Requirement(feature: extendedRangeSelectors, what: "the `\(selector.anchored ? "anchored" : "smoothed")` modifier", range: selector.positionRange))
            case .binary(let node) where node.matching.fillLeft != nil || node.matching.fillRight != nil:
                found.append(Requirement(feature: fillModifiers, what: "the `fill` modifier", range: node.positionRange))
            default:
                break
            }
        }
        return found
    }

    /// `enable-feature` of the server's flags: a comma-separated list.
    static func enabled(_ flags: [String: String]) -> Set<String> {
        Set((flags["enable-feature"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    static func check(_ rule: LintedRule, enabled: Set<String>) -> [Diagnostic] {
        let listed = enabled.isEmpty ? "enables no feature" : "enables only \(enabled.sorted().joined(separator: ", "))"
        return requirements(rule.expr).filter { !enabled.contains($0.feature) }.map { requirement in
            Diagnostic(
                descriptor,
                "\(requirement.what) needs `--enable-feature=\(requirement.feature)`, but the server's --enable-feature "
                    + "\(listed): it refuses to load the rule; enable the feature on every server that runs it, or rewrite the expression",
                at: rule.span(requirement.range))
        }
    }
}
