import Checks
import Diagnostics
import Foundation
import Testing
import TestSupport

/// Experimental PromQL is an error only where a Prometheus that loads the
/// rule does not enable it.
@Suite struct EnabledFeatureFilterTests {
    static let rules = """
        groups:
          - name: g
            rules:
              - record: job:up:sorted
                expr: sort_by_label(up, "job")
              - record: job:up:top
                expr: limitk(2, up)

        """

    /// `promql/syntax` lines with one service per entry of `services` (its
    /// `--enable-feature` values; nil = no flag), all loading the same config.
    func syntaxLines(_ services: [String?], strayConfig: Bool = false) throws -> [Int] {
        let dir = TemporaryDirectory()
        var compose = "services:\n"
        for (index, feature) in services.enumerated() {
            compose += """
                  prometheus\(index):
                    image: prom/prometheus:v3.5.0
                    volumes:
                      - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                      - ./rules.yml:/etc/prometheus/rules.yml:ro
                    command:
                      - '--config.file=/etc/prometheus/prometheus.yml'

                """
            if let feature { compose += "      - '--enable-feature=\(feature)'\n" }
        }
        var paths = [
            dir.write("docker-compose.yml", compose),
            dir.write("prometheus.yml", "rule_files: [rules.yml]\nscrape_configs: []\n"),
            dir.write("rules.yml", Self.rules),
        ]
        if strayConfig { paths.append(dir.write("other/prometheus.yml", "rule_files: [../rules.yml]\nscrape_configs: []\n")) }
        return try Linter().lint(paths: paths).diagnostics.filter { $0.check.rawValue == "promql/syntax" }.map(\.span.start.line)
    }

    @Test func refusedWithoutTheFlag() throws {
        #expect(try syntaxLines([nil]) == [5, 7])
        #expect(try syntaxLines(["exemplar-storage"]) == [5, 7])
    }

    @Test func acceptedWhenEveryLoaderEnablesIt() throws {
        #expect(try syntaxLines(["promql-experimental-functions"]).isEmpty)
        #expect(try syntaxLines(["exemplar-storage,promql-experimental-functions", "promql-experimental-functions"]).isEmpty)
    }

    @Test func oneLoaderWithoutTheFlagKeepsTheError() throws {
        #expect(try syntaxLines(["promql-experimental-functions", nil]) == [5, 7])
        #expect(try syntaxLines(["promql-experimental-functions"], strayConfig: true) == [5, 7])
    }
}
