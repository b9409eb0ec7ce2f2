import Foundation

/// A real Prometheus for tests, on 127.0.0.1 only: optional backfilled data
/// (an OpenMetrics text turned into TSDB blocks by promtool), a scrape of
/// itself every second, stopped when released. Tests check
/// `PrometheusServer.unavailableReason` first and skip with it.
public final class PrometheusServer: @unchecked Sendable {
    public static let prometheusPath = "/usr/bin/prometheus"
    public static let promtoolPath = "/usr/bin/promtool"

    /// Why no server can be started here, or nil when one can.
    public static var unavailableReason: String? {
        for path in [prometheusPath, promtoolPath] where !FileManager.default.isExecutableFile(atPath: path) {
            return "\(path) is missing: tests against a live Prometheus are skipped"
        }
        return nil
    }

    public struct StartError: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) { self.description = description }
    }

    public let port: Int
    public let directory: TemporaryDirectory
    private let process: Process
    private let lifeline: Pipe

    public var url: String { "http://127.0.0.1:\(port)" }

    /// `openMetrics` must end with `# EOF`; its timestamps should lie within
    /// the last days (retention is set to ten years unless `extraFlags` sets it, but blocks far older than
    /// the head are still compacted away by some versions).
    public init(openMetrics: String? = nil, extraFlags: [String] = []) throws {
        directory = TemporaryDirectory()
        let data = directory.url.appendingPathComponent("data").path
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        if let openMetrics {
            let input = directory.write("input.om", openMetrics)
            let created = try ProcessRunner.run(
                Self.promtoolPath, ["tsdb", "create-blocks-from", "openmetrics", "--quiet", input, data])
            guard created.status == 0 else {
                throw StartError(description: "promtool tsdb create-blocks-from openmetrics failed: \(created.output)")
            }
        }
        port = try LocalHTTP.freePort()
        let config = directory.write(
            "prometheus.yml",
            """
            global:
              scrape_interval: 1s
              evaluation_interval: 1s
            scrape_configs:
              - job_name: prometheus
                static_configs:
                  - targets: ['127.0.0.1:\(port)']

            """)
        // Flags cannot be repeated: a test that sets the retention replaces the default.
        let retention = extraFlags.contains { $0.hasPrefix("--storage.tsdb.retention") } ? [] : ["--storage.tsdb.retention.time=3650d"]
        let log = directory.url.appendingPathComponent("prometheus.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        (process, lifeline) = try ProcessRunner.startTied(
            Self.prometheusPath,
            [
                "--config.file=\(config)", "--storage.tsdb.path=\(data)", "--web.listen-address=127.0.0.1:\(port)",
                "--log.level=warn",
            ] + retention + extraFlags,
            log: log, scratch: directory.url)
        let deadline = Date().addingTimeInterval(60)
        while LocalHTTP.getStatus(port: port, path: "/-/ready") != 200 {
            guard Date() < deadline else {
                stop()
                let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                throw StartError(description: "prometheus did not become ready on \(url): \(text.suffix(2000))")
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }

    /// Waits until the self-scrape has stored `up`, so scraped metrics exist.
    public func waitForFirstScrape(timeoutSeconds: Double = 30) throws {
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        while Date() < deadline {
            if let answer = LocalHTTP.get(port: port, path: "/api/v1/query?query=up"), answer.body.contains("\"value\"") { return }
            Thread.sleep(forTimeInterval: 0.2)
        }
        throw StartError(description: "prometheus on \(url) stored no scrape within \(timeoutSeconds)s")
    }

    public func stop() {
        guard process.isRunning else { return }
        try? lifeline.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    deinit { stop() }
}

extension ProcessRunner {
    /// Starts a long-running program with its output going to `log` (a file,
    /// so a chatty child never blocks on a full pipe), tied to this process:
    /// a shell waits on the returned pipe and kills the program when the pipe
    /// closes, which `stop()` does and which also happens when the test
    /// process exits or crashes, so no server outlives its tests.
    /// `scratch` is removed once the program has exited (a server held in a
    /// static is never released, so its directory is cleaned up here).
    public static func startTied(_ executable: String, _ arguments: [String], log: URL, scratch: URL? = nil) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            // No `wait`: the shell inherits the test runner's blocked SIGCHLD, so it
            // polls instead (each `sleep` lets it reap the finished child).
            "-c", #""$@" </dev/null & child=$!; read _ignored; kill "$child" 2>/dev/null; "#
                + #"while kill -0 "$child" 2>/dev/null; do sleep 0.1; done; "#
                + #"if [ -n "$HALINT_SCRATCH" ]; then rm -rf "$HALINT_SCRATCH"; fi"#, "sh", executable,
        ] + arguments
        if let scratch {
            process.environment = ProcessInfo.processInfo.environment.merging(["HALINT_SCRATCH": scratch.path]) { $1 }
        }
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        let lifeline = Pipe()
        process.standardInput = lifeline
        try process.run()
        return (process, lifeline)
    }
}
