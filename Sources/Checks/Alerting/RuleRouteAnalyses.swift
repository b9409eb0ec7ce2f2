import Synchronization

/// The alerting rules of a project and their route analyses, built on first
/// use and shared by every check of one run: each analysis pushes every rule
/// through every routing tree, which costs more than the checks reading it.
/// Builders hold the lock while they work, so checks running in parallel wait
/// for the first build instead of repeating it.
final class RuleRouteAnalyses: Sendable {
    private let alerts = Mutex<[RuleAlert]?>(nil)
    private let strict = Mutex<RuleRouteAnalysis??>(nil)
    private let likely = Mutex<RuleRouteAnalysis??>(nil)

    init() {}

    /// `RuleAlert.all(in:)`, computed once.
    func alerts(in project: Project) -> [RuleAlert] {
        Self.once(alerts) { RuleAlert.all(in: project) }
    }

    /// `RuleRouteAnalysis(project, likely:)`, computed once per kind.
    func analysis(of project: Project, likely: Bool) -> RuleRouteAnalysis? {
        let build = { RuleRouteAnalysis(project, likely: likely) }
        return likely ? Self.once(self.likely, build) : Self.once(strict, build)
    }

    private static func once<Value: Sendable>(_ slot: borrowing Mutex<Value?>, _ build: () -> Value) -> Value {
        slot.withLock { cached in
            if let cached { return cached }
            let built = build()
            cached = built
            return built
        }
    }
}

extension Project {
    /// The shared rule × route analysis (see `RuleRouteAnalysis`).
    func ruleRouteAnalysis(likely: Bool = false) -> RuleRouteAnalysis? {
        ruleRouteAnalyses.analysis(of: self, likely: likely)
    }

    /// Every alerting rule of the project, analysed once per run.
    var ruleAlerts: [RuleAlert] { ruleRouteAnalyses.alerts(in: self) }
}
