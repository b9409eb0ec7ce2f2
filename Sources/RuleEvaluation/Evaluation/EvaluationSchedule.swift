/// When each rule is due: its group's times from the start, merged into one
/// timeline. With one interval for all groups this is just the ticks.
struct EvaluationSchedule {
    let times: [Int64]
    private let rules: [Int]
    private let start: Int64
    private let intervals: [Int64]
    private let uniform: Bool

    init(evaluator: RuleEvaluator, rules: [Int], ticks: EvaluationTicks) {
        self.rules = rules
        start = ticks.start
        intervals = rules.map { evaluator.interval(ofGroup: evaluator.rules[$0].group) }
        uniform = intervals.allSatisfy { $0 == ticks.interval }
        if uniform {
            times = (0..<ticks.count).map(ticks.time)
        } else {
            var all = Set<Int64>()
            for interval in Set(intervals) {
                var t = ticks.start
                while t <= ticks.end {
                    all.insert(t)
                    t += interval
                }
            }
            times = all.sorted()
        }
    }

    /// The rules (positions) whose group evaluates at `t`, in order.
    func due(at t: Int64) -> [Int] {
        if uniform { return rules }
        return rules.indices.filter { (t - start) % intervals[$0] == 0 }.map { rules[$0] }
    }
}
