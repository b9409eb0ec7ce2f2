import Checks
import Diagnostics
import Foundation
import Testing
import TestSupport

/// `promql/range-beyond-retention`: the retention comes from the command
/// line of the Prometheus service whose config loads the rules.
@Suite struct RangeBeyondRetentionTests {
    static let rules = """
        groups:
          - name: g
            rules:
              - record: job:requests:increase30d
                expr: sum by (job) (increase(http_requests_total[30d]))
              - record: job:requests:lastmonth
                expr: sum by (job) (rate(http_requests_total[1h] offset 4w))

        """

    func lint(flags: [String], remoteRead: Bool = false) throws -> [Diagnostic] {
        let dir = TemporaryDirectory()
        let command = (["--config.file=/etc/prometheus/prometheus.yml"] + flags).map { "      - '\($0)'" }.joined(separator: "\n")
        let compose = dir.write("docker-compose.yml", """
            services:
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                  - ./rules.yml:/etc/prometheus/rules.yml:ro
                command:
            \(command)

            """)
        let config = dir.write("prometheus.yml", """
            rule_files: [rules.yml]
            scrape_configs: []
            \(remoteRead ? "remote_read:\n  - url: http://thanos:10901/api/v1/read\n" : "")
            """)
        let rules = dir.write("rules.yml", Self.rules)
        return try Linter().lint(paths: [compose, config, rules]).diagnostics.filter { $0.check.rawValue == "promql/range-beyond-retention" }
    }

    @Test func retentionFlagOfTheService() throws {
        let found = try lint(flags: ["--storage.tsdb.retention.time=15d"])
        #expect(found.map(\.span.start.line) == [5, 7])
        #expect(found.map(\.span.start.column) == [38, 34])
        let first = found.first?.message ?? ""
        #expect(first.hasPrefix("[30d] reaches 30d back, but the Prometheus service `prometheus` ("))
        #expect(first.contains("docker-compose.yml) keeps only 15d (`--storage.tsdb.retention.time`): the oldest 15d of the window is always empty"))
        #expect(found.last?.message.hasPrefix("[1h] offset 4w reads only data from 4w ago and older") == true)
    }

    @Test func deprecatedFlagCounts() throws {
        #expect(try lint(flags: ["--storage.tsdb.retention=2w"]).count == 2)
        #expect(try lint(flags: ["--storage.tsdb.retention=60d", "--storage.tsdb.retention.time=2w"]).count == 2)
    }

    @Test func quietWithoutTheFlagOrWithRemoteRead() throws {
        #expect(try lint(flags: []).isEmpty)
        #expect(try lint(flags: ["--storage.tsdb.retention.time=90d"]).isEmpty)
        #expect(try lint(flags: ["--storage.tsdb.retention.time=15d"], remoteRead: true).isEmpty)
    }
}
