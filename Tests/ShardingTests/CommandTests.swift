import Foundation
import HalintCLI
import Testing
import TestSupport

/// `halint shards` and `halint relabel`, run in-process on the fixtures.
@Suite(.serialized) struct CommandTests {
    static var sharding: String { TestPaths.fixtures.appendingPathComponent("sharding").path }

    func shards(_ arguments: [String]) throws -> (output: String, errors: String, exitCode: Int32) {
        let command = try #require(try Halint.parseAsRoot(["shards"] + arguments) as? ShardsCommand)
        return try command.execute()
    }

    func relabel(_ arguments: [String]) throws -> (output: String, errors: String) {
        let command = try #require(try Halint.parseAsRoot(["relabel"] + arguments) as? RelabelCommand)
        return try command.execute()
    }

    @Test func theFixedStackScrapesEveryTargetOnce() throws {
        let result = try shards(["--compose", "\(Self.sharding)/fixed/docker-compose.yml"])
        #expect(result.exitCode == 0)
        #expect(result.errors.isEmpty)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines[0] == "job node: 8 targets, 2 replicas")
        #expect(lines[1].hasPrefix("  prometheus-shard0       4  50.0%  ████"))
        #expect(lines.contains("  orphaned (scraped by no replica): 0"))
        #expect(lines.contains("  duplicated (scraped more than once): 0"))
        #expect(lines.contains("  shard values: 0: prometheus-shard0; 1: prometheus-shard1"))
    }

    @Test func theSeedStackFailsAndSaysWhy() throws {
        let result = try shards(["--compose", "\(Self.sharding)/seed/docker-compose.yml"])
        #expect(result.exitCode == 1)
        #expect(result.errors.contains("Prometheus would refuse"))
        #expect(result.output.contains("orphaned (scraped by no replica): 4: node-exporter-1:9100"))
        #expect(result.output.contains("shard values: 0: nobody; 1: prometheus1, prometheus2"))
        #expect(result.output.contains("[shard/orphaned-shard]"))
        #expect(result.output.contains("SHARD=1 is set for prometheus1, but nothing reads it"))
    }

    @Test func configsGivenOneByOneAreTheReplicas() throws {
        let fixed = "\(Self.sharding)/fixed/prometheus"
        let result = try shards([
            "--config", "\(fixed)/prometheus-shard0.yml", "--config", "\(fixed)/prometheus-shard1.yml",
            "--targets", "\(Self.sharding)/targets.txt", "--shards", "2", "--to", "3", "--format", "json",
        ])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let job = try #require((json["jobs"] as? [[String: Any]])?.first)
        #expect(job["targets"] as? Int == 12)
        #expect(job["totalSeries"] as? Int == 19_478)
        let loads = try #require(job["loads"] as? [[String: Any]])
        #expect(loads.map { $0["targets"] as? Int } == [6, 6])
        #expect(loads.map { $0["series"] as? Int } == [10_496, 8_982])
        let reshard = try #require(job["reshard"] as? [String: Any])
        #expect(reshard["moved"] as? Int == 6)
        #expect(reshard["consistentMinimum"] as? Int == 4)
        #expect(reshard["after"] as? [Int] == [5, 2, 5])
        #expect((reshard["moves"] as? [[String: Any]])?.first?["address"] as? String == "node-01.dc1:9100")
    }

    @Test func csvAndSVG() throws {
        let dir = TemporaryDirectory()
        let svg = dir.url.appendingPathComponent("chart.svg").path
        let result = try shards([
            "--compose", "\(Self.sharding)/fixed/docker-compose.yml", "--format", "csv", "--svg", svg, "--shards", "2",
            "--to", "4",
        ])
        let rows = result.output.split(separator: "\n").map(String.init)
        #expect(rows[0] == "job,kind,name,targets,percent,series,orphaned,duplicated")
        #expect(rows[1] == "node,replica,prometheus-shard0,4,50.00,,0,0")
        #expect(rows.count == 1 + 2 + 4)
        let chart = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(chart.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(chart.contains(">prometheus-shard1</text>"))
        #expect(chart.contains("after 2 → 4"))
    }

    @Test func generatedFleets() throws {
        let result = try shards([
            "--compose", "\(Self.sharding)/fixed/docker-compose.yml", "--generate", "10000", "--pattern", "n{i}.invalid:9100",
        ])
        #expect(result.output.hasPrefix("job node: 10,000 targets, 2 replicas"))
        #expect(result.exitCode == 0)
    }

    @Test func usageErrors() throws {
        #expect(throws: (any Error).self) { try Halint.parseAsRoot(["shards", "--config", "a.yml", "--shards", "2"]) }
        #expect(throws: (any Error).self) { try Halint.parseAsRoot(["shards"]) }
        #expect(throws: HalintUsageError.self) {
            try shards(["--compose", "\(Self.sharding)/fixed/docker-compose.yml", "--job", "nope"])
        }
        #expect(throws: HalintUsageError.self) {
            try relabel(["--config", "\(Self.sharding)/fixed/prometheus/prometheus-shard0.yml", "--job", "nope"])
        }
    }

    @Test func relabelPrintsPromtoolsShape() throws {
        let result = try relabel([
            "--config", "\(Self.sharding)/fixed/prometheus/prometheus-shard1.yml", "--job", "node", "--format", "json",
        ])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(entries.count == 8)
        #expect(entries.allSatisfy { Set($0.keys) == ["discoveredLabels", "labels"] })
        #expect(entries[0]["labels"] as? [String: String] == [:])
        let kept = try #require(entries[4]["labels"] as? [String: String])
        #expect(kept["__tmp_shard"] == "1")
        #expect(kept["instance"] == "node-exporter-5:9100")
        #expect(result.output.hasPrefix("[\n  {\n    \"discoveredLabels\": {\n      \"__address__\": \"node-exporter-1:9100\",\n"))
    }

    @Test func relabelTextAndTrace() throws {
        let config = "\(Self.sharding)/fixed/prometheus/prometheus-shard1.yml"
        let text = try relabel(["--config", config, "--job", "node"]).output
        #expect(text.hasPrefix("job node: 8 targets, 4 kept, 4 dropped, 0 refused\n"))
        #expect(text.contains("node-exporter-1:9100  dropped by step 2 (\(config):26): action keep, regex '1' on __tmp_shard\n"))
        #expect(text.contains("  labels:     {instance=\"node-exporter-5:9100\", job=\"node\"}\n"))
        let trace = try relabel(["--config", config, "--job", "node", "--trace", "node-exporter-5:9100"]).output
        #expect(trace.contains("  step 1 (\(config):22): action hashmod on __address__ = \"node-exporter-5:9100\", modulus 2 → __tmp_shard\n    + __tmp_shard=\"1\"\n"))
        #expect(trace.contains("    no change\n"))
        #expect(trace.contains("  result: kept\n"))
        #expect(throws: HalintUsageError.self) { try relabel(["--config", config, "--job", "node", "--trace", "x:1"]) }
    }

    /// A rule that did not load (unknown action) keeps its place: later steps
    /// are numbered by their position in the YAML list, and the trace names the gap.
    @Test func relabelTraceNumbersStepsByListPosition() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("halint-trace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent("prometheus.yml").path
        try """
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ["a:9100"]
                relabel_configs:
                  - target_label: x
                    replacement: "1"
                  - action: bogus
                  - source_labels: [x]
                    regex: "1"
                    action: keep
            """.write(toFile: config, atomically: true, encoding: .utf8)
        let trace = try relabel(["--config", config, "--job", "node", "--trace", "a:9100"]).output
        #expect(trace.contains("  step 1 (\(config):6): action replace"))
        #expect(trace.contains("  step 2: skipped, the rule did not load (unknown action or invalid setting)\n"))
        #expect(trace.contains("  step 3 (\(config):9): action keep, regex '1' on x = \"1\"\n"))
        #expect(!trace.contains("  step 2 ("))
    }

    @Test func relabelReadsTargetLists() throws {
        let result = try relabel([
            "--config", "\(Self.sharding)/fixed/prometheus/prometheus-shard0.yml", "--job", "node", "--targets",
            "\(Self.sharding)/targets.txt", "--format", "json",
        ])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(entries.count == 12)
        let first = try #require(entries.first?["discoveredLabels"] as? [String: String])
        #expect(first["rack"] == "r1")
        #expect(first["__series__"] == nil)
    }
}
