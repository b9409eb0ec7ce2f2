import PrometheusConfig
import RegexEngine

/// How one job's targets fall on the replicas, from running every replica's
/// relabel chain on every target. Memory is per target (a few lists of
/// indices), never per target and replica.
public struct ShardAssignment: Sendable {
    public struct ReplicaLoad: Sendable {
        public var name: String
        public var targets: Int = 0
        /// Summed `__series__` of the kept targets; nil when no target says.
        public var series: Int?
        /// Kept by relabeling but refused by Prometheus (no address, bad interval…).
        public var failed: Int = 0
        /// Targets dropped by each step (0-based step index).
        public var droppedAt: [Int] = []
    }

    public var job: String
    public var targetCount: Int
    public var replicas: [ReplicaLoad]
    /// Indices (into the flattened target list) scraped by no replica.
    public var orphaned: [Int]
    /// Indices scraped by more than one replica, with how many.
    public var duplicated: [(index: Int, replicas: Int)]
    /// Which replicas scrape each duplicated target; kept only for the first
    /// few, since the full matrix would be targets × replicas.
    public var duplicateOwners: [Int: [Int]]
    public var totalSeries: Int?

    /// max/mean of the per-replica target counts (1 is perfect; 0 when nothing is scraped).
    public var imbalance: Double {
        let counts = replicas.map(\.targets)
        guard let max = counts.max(), !counts.isEmpty else { return 0 }
        let mean = Double(counts.reduce(0, +)) / Double(counts.count)
        return mean == 0 ? 0 : Double(max) / mean
    }
}

/// A flattened view of target groups: index → (group, target).
public struct TargetIndex: Sendable {
    public let groups: [TargetGroup]
    private let starts: [Int]
    public let count: Int

    public init(_ groups: [TargetGroup]) {
        self.groups = groups
        var starts: [Int] = []
        var total = 0
        for group in groups {
            starts.append(total)
            total += group.targets.count
        }
        self.starts = starts
        count = total
    }

    public func locate(_ index: Int) -> (group: Int, target: Int) {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) >> 1
            if starts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return (low, index - starts[low])
    }

    public subscript(index: Int) -> DiscoveredTarget {
        let (group, target) = locate(index)
        return groups[group].targets[target]
    }

    public func address(_ index: Int) -> String { self[index].address }
}

/// Runs the relabel chains of several replicas of one job over one target list.
public struct ShardSimulator: Sendable {
    public let jobName: String
    public let replicaNames: [String]
    let clusters: [Cluster]

    /// Replicas whose job has the same defaults share the discovered label set,
    /// and the steps all of them share run once per target.
    final class Cluster: Sendable {
        let builder: TargetBuilder
        let prefix: Int
        let replicas: [Int]
        let builders: [TargetBuilder]
        /// Per member, where its steps after the shared prefix first write
        /// to the label set. The filtering steps before it (`keep`, `drop`,
        /// …) run on the shared set itself, so only members that survive
        /// them need a copy, and the last survivor takes the shared set:
        /// with one replica per shard value, no target is copied at all.
        let readOnlyEnd: [Int]

        init(builder: TargetBuilder, prefix: Int, replicas: [Int], builders: [TargetBuilder]) {
            self.builder = builder
            self.prefix = prefix
            self.replicas = replicas
            self.builders = builders
            readOnlyEnd = builders.map { member in
                let steps = member.program.steps
                return steps.indices.dropFirst(prefix).first { !steps[$0].action.onlyFilters } ?? steps.count
            }
        }
    }

    public init(jobName: String, replicas: [(name: String, job: ScrapeConfig)]) {
        self.jobName = jobName
        replicaNames = replicas.map(\.name)
        var groups: [(builder: TargetBuilder, prefix: Int, members: [(Int, TargetBuilder)])] = []
        for (index, replica) in replicas.enumerated() {
            let builder = TargetBuilder(job: replica.job)
            if let existing = groups.firstIndex(where: { $0.builder.defaults == builder.defaults }) {
                let shared = groups[existing].builder.program.commonPrefixLength(with: builder.program)
                groups[existing].prefix = min(groups[existing].prefix, shared)
                groups[existing].members.append((index, builder))
            } else {
                groups.append((builder, builder.program.steps.count, [(index, builder)]))
            }
        }
        clusters = groups.map {
            Cluster(builder: $0.builder, prefix: $0.prefix, replicas: $0.members.map(\.0), builders: $0.members.map(\.1))
        }
    }

    /// How many duplicated targets keep their owner list.
    public static let ownerSampleLimit = 1000

    /// What one run of targets contributes; partial results add up.
    struct Partial: Sendable {
        var kept: [Int]
        var failed: [Int]
        var series: [Int]
        var dropped: [[Int]]
        var orphaned: [Int] = []
        var duplicated: [(index: Int, replicas: Int)] = []
        var owners: [Int: [Int]] = [:]
        var totalSeries: Int?

        init(replicas: Int, steps: [Int]) {
            kept = Array(repeating: 0, count: replicas)
            failed = kept
            series = kept
            dropped = steps.map { Array(repeating: 0, count: $0) }
        }

        mutating func add(_ other: Partial) {
            for replica in kept.indices {
                kept[replica] += other.kept[replica]
                failed[replica] += other.failed[replica]
                series[replica] += other.series[replica]
                for step in dropped[replica].indices { dropped[replica][step] += other.dropped[replica][step] }
            }
            orphaned += other.orphaned
            duplicated += other.duplicated
            for (index, keepers) in other.owners.sorted(by: { $0.key < $1.key })
            where owners.count < ShardSimulator.ownerSampleLimit {
                owners[index] = keepers
            }
            if let more = other.totalSeries { totalSeries = (totalSeries ?? 0) + more }
        }
    }

    public func run(_ index: TargetIndex) -> ShardAssignment {
        var counts = [Int](repeating: 0, count: replicaNames.count)
        for cluster in clusters {
            for (replica, builder) in zip(cluster.replicas, cluster.builders) {
                counts[replica] = builder.program.steps.count
            }
        }
        let steps = counts
        let partials = ParallelChunks.map(index) { chunk in
            run(index.groups[chunk.group], range: chunk.range, firstIndex: chunk.firstIndex, steps: steps)
        }
        var total = Partial(replicas: replicaNames.count, steps: steps)
        for partial in partials { total.add(partial) }
        let loads = replicaNames.indices.map { replica in
            ShardAssignment.ReplicaLoad(
                name: replicaNames[replica], targets: total.kept[replica],
                series: total.totalSeries != nil ? total.series[replica] : nil, failed: total.failed[replica],
                droppedAt: total.dropped[replica])
        }
        return ShardAssignment(
            job: jobName, targetCount: index.count, replicas: loads, orphaned: total.orphaned,
            duplicated: total.duplicated, duplicateOwners: total.owners, totalSeries: total.totalSeries)
    }

    private func run(_ group: TargetGroup, range: Range<Int>, firstIndex: Int, steps: [Int]) -> Partial {
        var result = Partial(replicas: replicaNames.count, steps: steps)
        var keptBy: [Int] = []
        keptBy.reserveCapacity(replicaNames.count)
        var survivors: [Int] = []
        survivors.reserveCapacity(replicaNames.count)
        let bases = clusters.map { $0.builder.base(for: group) }
        // Per cluster member: targets without labels of their own keep the
        // job's scrape settings through its chain, so validation only has
        // the address to check.
        let settingsKept = clusters.indices.map { c in
            clusters[c].builders.map { $0.keepsScrapeSettings && $0.hasDefaultScrapeSettings(bases[c]) }
        }
        let scratch = RegexScratch()
        var flat = firstIndex
        for position in range {
            let target = group.targets[position]
            keptBy.removeAll(keepingCapacity: true)
            for c in clusters.indices {
                let cluster = clusters[c]
                var shared = cluster.builder.discoveredLabels(target, base: bases[c])
                if let step = cluster.builder.program.apply(&shared, steps: 0..<cluster.prefix, scratch: scratch) {
                    for replica in cluster.replicas { result.dropped[replica][step] += 1 }
                    continue
                }
                survivors.removeAll(keepingCapacity: true)
                for m in cluster.replicas.indices {
                    let filters = cluster.prefix..<cluster.readOnlyEnd[m]
                    if let step = cluster.builders[m].program.apply(&shared, steps: filters, scratch: scratch) {
                        result.dropped[cluster.replicas[m]][step] += 1
                    } else {
                        survivors.append(m)
                    }
                }
                for (position, m) in survivors.enumerated() {
                    let replica = cluster.replicas[m]
                    let builder = cluster.builders[m]
                    // The last survivor takes the shared set over, so a step that
                    // writes does not have to copy it first.
                    var labels = LabelSet()
                    if position == survivors.count - 1 { swap(&labels, &shared) } else { labels = shared }
                    let rest = cluster.readOnlyEnd[m]..<steps[replica]
                    if let step = builder.program.apply(&labels, steps: rest, scratch: scratch) {
                        result.dropped[replica][step] += 1
                    } else if builder.validate(labels, settingsUnchanged: target.labels.isEmpty && settingsKept[c][m]) != nil {
                        result.failed[replica] += 1
                    } else {
                        keptBy.append(replica)
                    }
                }
            }
            for replica in keptBy { result.kept[replica] += 1 }
            if let count = target.series {
                result.totalSeries = (result.totalSeries ?? 0) + count
                for replica in keptBy { result.series[replica] += count }
            }
            if keptBy.isEmpty {
                result.orphaned.append(flat)
            } else if keptBy.count > 1 {
                result.duplicated.append((flat, keptBy.count))
                if result.owners.count < Self.ownerSampleLimit { result.owners[flat] = keptBy }
            }
            flat += 1
        }
        return result
    }
}
