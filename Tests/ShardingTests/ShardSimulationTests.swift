import PrometheusConfig
import Sharding
import Testing

/// Shard assignment over target lists, and resharding plans.
@Suite struct ShardSimulationTests {
    static func shardConfig(keep: String, modulus: Int = 2, job: String = "node", sources: String = "[__address__]") -> String {
        """
        scrape_configs:
          - job_name: \(job)
            static_configs:
              - targets: ['node-exporter-1:9100', 'node-exporter-5:9100']
            relabel_configs:
              - source_labels: \(sources)
                modulus: \(modulus)
                target_label: __tmp_shard
                action: hashmod
              - source_labels: [__tmp_shard]
                regex: '\(keep)'
                action: keep
        """
    }

    static func replicas(_ keeps: [String], modulus: Int = 2) throws -> [(name: String, job: ScrapeConfig)] {
        try keeps.enumerated().map { index, keep in
            (name: "p\(index)", job: try #require(try loadConfig(shardConfig(keep: keep, modulus: modulus)).scrapeConfigs.first))
        }
    }

    static let fleet = TargetIndex([generated("node-exporter-{i}:9100", 12)])

    @Test func aCorrectSplitScrapesEveryTargetOnce() throws {
        let result = ShardSimulator(jobName: "node", replicas: try Self.replicas(["0", "1"])).run(Self.fleet)
        // node-exporter-1…4 and 10…12 hash to 0, 5…9 to 1 (MD5, checked with Python's hashlib).
        #expect(result.replicas.map(\.targets) == [7, 5])
        #expect(result.orphaned.isEmpty)
        #expect(result.duplicated.isEmpty)
        #expect(abs(result.imbalance - 7.0 / 6.0) < 1e-9)
        #expect(result.replicas[0].droppedAt == [0, 5])
    }

    @Test func theSeedsMistakeDuplicatesOneHalfAndOrphansTheOther() throws {
        let result = ShardSimulator(jobName: "node", replicas: try Self.replicas(["1", "1"])).run(Self.fleet)
        #expect(result.replicas.map(\.targets) == [5, 5])
        #expect(result.orphaned.map { Self.fleet.address($0) } == (1...4).map { "node-exporter-\($0):9100" } + (10...12).map { "node-exporter-\($0):9100" })
        #expect(result.duplicated.count == 5)
        #expect(result.duplicated.allSatisfy { $0.replicas == 2 })
        #expect(result.duplicateOwners[result.duplicated[0].index] == [0, 1])
    }

    @Test func aModulusAboveTheReplicaCountOrphansTheRest() throws {
        let result = ShardSimulator(jobName: "node", replicas: try Self.replicas(["0", "1"], modulus: 3)).run(Self.fleet)
        let third = (1...12).filter { HashMod.shard(of: "node-exporter-\($0):9100", modulus: 3) == 2 }.count
        #expect(result.orphaned.count == third)
        #expect(result.replicas.map(\.targets).reduce(0, +) == 12 - third)
    }

    @Test func seriesCountsAddUpPerReplica() throws {
        let group = TargetGroup(
            targets: [
                DiscoveredTarget(address: "node-exporter-1:9100", series: 100),
                DiscoveredTarget(address: "node-exporter-5:9100", series: 40),
                DiscoveredTarget(address: "node-exporter-6:9100"),
            ], source: "test")
        let result = ShardSimulator(jobName: "node", replicas: try Self.replicas(["0", "1"])).run(TargetIndex([group]))
        #expect(result.replicas.map(\.series) == [100, 40])
        #expect(result.totalSeries == 140)
    }

    @Test func refusedTargetsAreCountedNotScraped() throws {
        let config = """
            scrape_configs:
              - job_name: node
                static_configs: [{targets: ['a:1']}]
                relabel_configs:
                  - source_labels: [__address__]
                    regex: 'bad.*'
                    target_label: __address__
                    replacement: 'http://x/y'
            """
        let job = try #require(try loadConfig(config).scrapeConfigs.first)
        let group = TargetGroup(targets: [DiscoveredTarget(address: "bad:1"), DiscoveredTarget(address: "good:1")], source: "t")
        let result = ShardSimulator(jobName: "node", replicas: [("only", job)]).run(TargetIndex([group]))
        #expect(result.replicas[0].failed == 1)
        #expect(result.replicas[0].targets == 1)
        #expect(result.orphaned == [0])
    }

    /// A bad scrape timeout refuses the target whether it comes from the
    /// target, its group or a relabel step (validation is skipped only when
    /// none of them can change the job's settings).
    @Test(arguments: ["target", "group", "step"])
    func scrapeSettingsAreValidatedWhereverTheyComeFrom(_ source: String) throws {
        let step = source == "step" ? "\n      - {target_label: __scrape_timeout__, replacement: 1h}" : ""
        let config = "scrape_configs:\n  - job_name: node\n    static_configs: [{targets: ['a:1']}]\n    relabel_configs:\n      - {source_labels: [__address__], regex: '.*', action: keep}" + step
        let job = try #require(try loadConfig(config).scrapeConfigs.first)
        let late: LabelSet = ["__scrape_timeout__": "2m"]
        let targets = [
            DiscoveredTarget(address: "x:1", labels: source == "target" ? late : LabelSet()),
            DiscoveredTarget(address: "y:1"),
        ]
        let group = TargetGroup(targets: targets, labels: source == "group" ? late : LabelSet(), source: "t")
        let result = ShardSimulator(jobName: "node", replicas: [("only", job)]).run(TargetIndex([group]))
        #expect(result.replicas[0].failed == (source == "target" ? 1 : 2))
    }

    @Test func replicasWithDifferentDefaultsAreSimulatedSeparately() throws {
        let fast = try #require(try loadConfig("global: {scrape_interval: 10s}\n" + Self.shardConfig(keep: "0")).scrapeConfigs.first)
        let slow = try #require(try loadConfig(Self.shardConfig(keep: "1")).scrapeConfigs.first)
        let result = ShardSimulator(jobName: "node", replicas: [("fast", fast), ("slow", slow)]).run(Self.fleet)
        #expect(result.replicas.map(\.targets) == [7, 5])
    }

    @Test func targetIndexFindsTargetsAcrossGroups() {
        let index = TargetIndex([
            TargetGroup(targets: [DiscoveredTarget(address: "a")], source: "1"),
            TargetGroup(targets: [], source: "2"),
            TargetGroup(targets: [DiscoveredTarget(address: "b"), DiscoveredTarget(address: "c")], source: "3"),
        ])
        #expect(index.count == 3)
        #expect((0..<3).map(index.address) == ["a", "b", "c"])
        #expect(index.locate(2) == (2, 1))
    }

    @Test(arguments: [(2, 3), (3, 2), (4, 8), (5, 5), (1, 4)])
    func reshardingMovesExactlyTheTargetsWhoseResidueChanges(from: Int, to: Int) throws {
        let job = try #require(try loadConfig(Self.shardConfig(keep: "0")).scrapeConfigs.first)
        let index = TargetIndex([generated("10.0.{i}.1:9100", 2000)])
        let plan = ReshardPlan.plan(job: job, groups: index, from: from, to: to)
        var moved = 0
        var after = Array(repeating: 0, count: to)
        for i in 0..<index.count {
            let hash = HashMod.hash(of: index.address(i))
            if hash % UInt64(from) != hash % UInt64(to) { moved += 1 }
            after[Int(hash % UInt64(to))] += 1
        }
        #expect(plan.movedCount == moved)
        #expect(plan.after == after)
        #expect(plan.before.reduce(0, +) == 2000)
        #expect(plan.hashmodStep == 0)
        #expect(plan.hashedLabels == ["__address__"])
        // The measured share is close to the expectation for uniform hashes.
        #expect(abs(plan.movedFraction - plan.expectedHashmodFraction) < 0.05)
    }

    /// Above the threshold the work is split over all cores; the result must
    /// not depend on it.
    @Test func largeListsSplitAcrossCoresGiveTheSameAnswer() throws {
        let count = 60_000
        let index = TargetIndex([generated("h{i}.invalid:9100", count / 2), generated("g{i}.invalid:9100", count / 2)])
        var expected = [0, 0, 0]
        for i in 0..<index.count { expected[Int(HashMod.shard(of: index.address(i), modulus: 3))] += 1 }
        let assignment = ShardSimulator(jobName: "node", replicas: try Self.replicas(["0", "1"], modulus: 3)).run(index)
        #expect(assignment.replicas.map(\.targets) == [expected[0], expected[1]])
        #expect(assignment.orphaned.count == expected[2])
        #expect(assignment.orphaned == assignment.orphaned.sorted())
        #expect(assignment.orphaned.allSatisfy { HashMod.shard(of: index.address($0), modulus: 3) == 2 })
        let job = try #require(try loadConfig(Self.shardConfig(keep: "0")).scrapeConfigs.first)
        let plan = ReshardPlan.plan(job: job, groups: index, from: 3, to: 4)
        #expect(plan.before == expected)
        #expect(plan.moves.map(\.index) == plan.moves.map(\.index).sorted())
        #expect(plan.moves.allSatisfy { HashMod.shard(of: index.address($0.index), modulus: 4) == UInt64($0.to) })
    }

    @Test func consistentHashingMinimumAndHashmodExpectation() throws {
        let job = try #require(try loadConfig(Self.shardConfig(keep: "0")).scrapeConfigs.first)
        let plan = ReshardPlan.plan(job: job, groups: Self.fleet, from: 2, to: 3)
        #expect(abs(plan.consistentFraction - 1.0 / 3.0) < 1e-12)
        #expect(abs(plan.expectedHashmodFraction - 2.0 / 3.0) < 1e-12)
        #expect(plan.consistentMinimum == 4)
        let doubling = ReshardPlan.plan(job: job, groups: Self.fleet, from: 4, to: 8)
        #expect(abs(doubling.expectedHashmodFraction - 0.5) < 1e-12)
        #expect(abs(doubling.consistentFraction - 0.5) < 1e-12)
    }

    @Test func reshardingRunsTheStepsBeforeTheHashmodAndHashesWhatTheyLeave() throws {
        let config = """
            scrape_configs:
              - job_name: node
                static_configs: [{targets: ['x:1']}]
                relabel_configs:
                  - source_labels: [__address__]
                    regex: 'skip-.*'
                    action: drop
                  - source_labels: [__address__]
                    regex: '(.+):\\d+'
                    target_label: __tmp_host
                  - source_labels: [__tmp_host]
                    modulus: 2
                    target_label: __tmp_shard
                    action: hashmod
            """
        let job = try #require(try loadConfig(config).scrapeConfigs.first)
        let group = TargetGroup(
            targets: ["skip-1:9100", "node-a:9100", "node-a:9200", "node-b:9100"].map { DiscoveredTarget(address: $0) },
            source: "t")
        let plan = ReshardPlan.plan(job: job, groups: TargetIndex([group]), from: 2, to: 3)
        #expect(plan.droppedBefore == 1)
        #expect(plan.targetCount == 3)
        #expect(plan.hashedLabels == ["__tmp_host"])
        // Both node-a targets hash "node-a", so they always move together.
        let movedAddresses = Set(plan.moves.map { group.targets[$0.index].address })
        #expect(movedAddresses.contains("node-a:9100") == movedAddresses.contains("node-a:9200"))
    }
}

/// A synthetic fleet; the patterns in these tests always contain {i}.
func generated(_ pattern: String, _ count: Int) -> TargetGroup {
    do {
        return try TargetGenerator(pattern: pattern, count: count).group
    } catch {
        Issue.record("\(error)")
        return TargetGroup(targets: [], source: "none")
    }
}
