import PrometheusConfig
import RegexEngine

/// What changes when a hashmod-sharded job goes from `from` to `to` shards,
/// with one replica per shard value: which targets move and the load after.
public struct ReshardPlan: Sendable {
    public struct Move: Sendable, Hashable {
        public var index: Int
        public var from: Int
        public var to: Int
    }

    public var job: String
    public var from: Int
    public var to: Int
    /// The labels whose joined values are hashed, and the step that hashes them.
    public var hashedLabels: [String]
    public var separator: String
    /// 0-based index of the hashmod step, nil when the job has none and halint
    /// hashes `__address__` as the usual sharding recipe does.
    public var hashmodStep: Int?
    /// Targets that reach the hashmod step (earlier steps may drop some).
    public var targetCount: Int
    public var droppedBefore: Int
    public var before: [Int]
    public var after: [Int]
    public var seriesBefore: [Int]?
    public var seriesAfter: [Int]?
    public var moves: [Move]

    public var movedCount: Int { moves.count }
    public var movedFraction: Double { targetCount == 0 ? 0 : Double(moves.count) / Double(targetCount) }

    /// The share of targets any scheme must move to stay balanced when the
    /// shard count changes: |to − from| / max(from, to). Consistent hashing
    /// (and rendezvous hashing) get close to it; hashmod moves far more.
    public var consistentFraction: Double {
        guard from != to, max(from, to) > 0 else { return 0 }
        return Double(abs(to - from)) / Double(max(from, to))
    }

    public var consistentMinimum: Int { Int((Double(targetCount) * consistentFraction).rounded()) }

    /// What hashmod moves in expectation, for uniformly spread hashes: a
    /// target stays when h mod from = h mod to = x, which needs x < min(from, to)
    /// and h ≡ x modulo lcm(from, to), so min(from, to) of every lcm residues stay.
    public var expectedHashmodFraction: Double {
        guard from > 0, to > 0 else { return 0 }
        return 1 - Double(min(from, to)) / Double(lcm(from, to))
    }

    /// Hashes every target once and reduces the same 64-bit number modulo both
    /// counts, on all cores for large lists. `job` is the first replica's.
    public static func plan(
        job: ScrapeConfig, groups: TargetIndex, from: Int, to: Int
    ) -> ReshardPlan {
        precondition(from > 0 && to > 0, "shard counts must be positive")
        let builder = TargetBuilder(job: job)
        let hashStep = builder.program.steps.first { $0.action == .hashmod }
        let partials = ParallelChunks.map(groups) { chunk in
            tally(groups.groups[chunk.group], chunk: chunk, builder: builder, hashStep: hashStep, from: from, to: to)
        }
        var plan = ReshardPlan(
            job: job.jobNameValue, from: from, to: to, hashedLabels: hashStep?.sourceLabels ?? ["__address__"],
            separator: hashStep?.separator ?? ";", hashmodStep: hashStep?.index, targetCount: 0, droppedBefore: 0,
            before: Array(repeating: 0, count: from), after: Array(repeating: 0, count: to),
            seriesBefore: nil, seriesAfter: nil, moves: [])
        var seriesBefore = Array(repeating: 0, count: from)
        var seriesAfter = Array(repeating: 0, count: to)
        var sawSeries = false
        plan.moves.reserveCapacity(partials.reduce(0) { $0 + $1.moves.count })
        for partial in partials {
            plan.targetCount += partial.targets
            plan.droppedBefore += partial.droppedBefore
            for shard in 0..<from {
                plan.before[shard] += partial.before[shard]
                seriesBefore[shard] += partial.seriesBefore[shard]
            }
            for shard in 0..<to {
                plan.after[shard] += partial.after[shard]
                seriesAfter[shard] += partial.seriesAfter[shard]
            }
            sawSeries = sawSeries || partial.sawSeries
            plan.moves += partial.moves
        }
        if sawSeries {
            plan.seriesBefore = seriesBefore
            plan.seriesAfter = seriesAfter
        }
        return plan
    }

    struct Partial: Sendable {
        var targets = 0
        var droppedBefore = 0
        var before: [Int]
        var after: [Int]
        var seriesBefore: [Int]
        var seriesAfter: [Int]
        var sawSeries = false
        var moves: [Move] = []
    }

    private static func tally(
        _ group: TargetGroup, chunk: TargetChunk, builder: TargetBuilder, hashStep: RelabelStep?, from: Int, to: Int
    ) -> Partial {
        var partial = Partial(
            before: Array(repeating: 0, count: from), after: Array(repeating: 0, count: to),
            seriesBefore: Array(repeating: 0, count: from), seriesAfter: Array(repeating: 0, count: to))
        let prefix = 0..<(hashStep?.index ?? 0)
        let oldModulus = UInt64(from)
        let newModulus = UInt64(to)
        let base = builder.base(for: group)
        let scratch = RegexScratch()
        var flat = chunk.firstIndex
        for position in chunk.range {
            defer { flat += 1 }
            let target = group.targets[position]
            var labels = builder.discoveredLabels(target, base: base)
            if builder.program.apply(&labels, steps: prefix, scratch: scratch) != nil {
                partial.droppedBefore += 1
                continue
            }
            let value = hashStep?.sourceValue(labels) ?? labels.value("__address__")
            let hash = HashMod.hash(of: value)
            let old = Int(hash % oldModulus)
            let new = Int(hash % newModulus)
            partial.targets += 1
            partial.before[old] += 1
            partial.after[new] += 1
            if let series = target.series {
                partial.sawSeries = true
                partial.seriesBefore[old] += series
                partial.seriesAfter[new] += series
            }
            if old != new { partial.moves.append(Move(index: flat, from: old, to: new)) }
        }
        return partial
    }
}

func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
func lcm(_ a: Int, _ b: Int) -> Int { a / gcd(a, b) * b }
