import ArgumentParser
import Foundation
import PromAPI
import PromModel
import RuleEvaluation
import TimeSeries

/// `halint eval`: run rule files over recorded series (or a live server's)
/// and print each alert's timeline: when it went pending, fired, resolved.
public struct EvalCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate alerting and recording rules over recorded series; print each alert's timeline.",
        discussion: """
            Series come from --series files (OpenMetrics/Prometheus text with timestamps, query/query_range JSON, \
            series notation) or from a Prometheus-compatible server (--source URL, which needs --from and --to). \
            Times are RFC 3339 or Unix seconds; --from/--to default to the span of the series. Each group is \
            evaluated every --step, else its own interval, else --evaluation-interval (default 1m), from --from. \
            Exit codes: 0 evaluated, 1 a rule failed to evaluate, 2 usage error or unreadable input.
            """)

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Rule files to evaluate.", valueName: "file"))
    public var rules: [String] = []

    @OptionGroup public var input: SeriesInputOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Fetch the series from this Prometheus-compatible server instead of --series (needs --from and --to).", valueName: "url"))
    public var source: String?

    @Option(name: .customLong("source-chunk"), help: "Length of the time slice fetched per request from --source.")
    public var sourceChunk: String = "1h"

    @OptionGroup public var connection: PrometheusClientOptions

    @Option(name: .long, help: "Start of the window (default: the first sample).")
    public var from: String?

    @Option(name: .long, help: "End of the window (default: the last sample).")
    public var to: String?

    @Option(name: .long, help: "Evaluation step for every group, overriding the groups' intervals (30s, 1m).")
    public var step: String?

    @Option(name: .customLong("evaluation-interval"), help: "Interval of groups that set none (Prometheus's global evaluation_interval; default 1m).")
    public var evaluationInterval: String = "1m"

    @Option(name: .long, help: "Output format: text (default) or json.")
    public var format: String = "text"

    @Option(name: .customLong("chart-width"), help: "Most columns of the per-alert charts (text output).")
    public var chartWidth: Int = 72

    public init() {}

    public func run() throws {
        let (output, code) = try execute()
        print(output, terminator: "")
        if code != 0 { throw ExitCode(code) }
    }

    /// The output and exit code; usage problems throw `HalintUsageError`.
    public func execute(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> (output: String, exitCode: Int32) {
        guard format == "text" || format == "json" else { throw HalintUsageError("--format must be text or json, not \"\(format)\"") }
        guard !rules.isEmpty else { throw HalintUsageError("--rules needs at least one rule file") }
        guard chartWidth >= 10 else { throw HalintUsageError("--chart-width must be at least 10") }
        let settings = try windowSettings()
        let ruleSet = try loadRules()
        let options: TimelineRun.Options
        let store: SeriesStore
        let inputNotes: [String]
        if let source {
            guard input.series.isEmpty else { throw HalintUsageError("--source and --series cannot be combined") }
            guard let from = settings.from, let to = settings.to else { throw HalintUsageError("--source needs --from and --to") }
            options = try runOptions(TimelineWindow(from: from, to: to), settings, ruleSet)
            let client = try connection.client(url: source, flag: "source", environment: environment)
            let chunk = try PrometheusClientOptions.positiveDuration("source-chunk", sourceChunk)
            let fetched: RawSeriesFetcher.Result
            do {
                fetched = try EvalSource.fetch(ruleSet, client: client, options: options, chunkMilliseconds: chunk)
            } catch {
                throw HalintUsageError("--source: \(error)")
            }
            (store, inputNotes) = (fetched.store, fetched.warnings)
        } else {
            guard !input.series.isEmpty else { throw HalintUsageError("--series or --source is required") }
            guard !connection.isSet else { throw HalintUsageError("--prometheus-* options need --source") }
            let loaded = try input.load()
            var window = TimelineWindow.span(of: loaded.store)
            if let from = settings.from { window = TimelineWindow(from: from, to: settings.to ?? max(window?.to ?? from, from)) }
            if let to = settings.to { window = TimelineWindow(from: window?.from ?? to, to: to) }
            guard let window else { throw HalintUsageError("the series files hold no samples; give --from and --to") }
            options = try runOptions(window, settings, ruleSet)
            (store, inputNotes) = (loaded.store, loaded.notes.map(\.description))
        }
        let timeline = TimelineRun.run(ruleSet, store: store, options: options, inputNotes: inputNotes)
        let output = format == "json"
            ? TimelineJSONRenderer().render(timeline) : TimelineTextRenderer(maxChartColumns: chartWidth).render(timeline)
        let failed = timeline.rules.contains { $0.notes.contains { if case .evaluationFailed = $0 { true } else { false } } }
        return (output, failed ? 1 : 0)
    }

    func runOptions(_ window: TimelineWindow, _ settings: WindowSettings, _ ruleSet: TimelineRuleSet) throws -> TimelineRun.Options {
        guard window.to >= window.from else { throw HalintUsageError("--to is before --from") }
        var options = TimelineRun.Options(window: window, defaultInterval: settings.interval)
        options.step = settings.step
        // Refused up front: a year every 1ms would allocate terabytes.
        let step = TimelineRun.step(for: ruleSet, options: options).step
        let count = EvaluationTicks(start: window.from, end: window.to, interval: step).count
        guard count <= EvaluationTicks.maxCount else {
            let window = settings.from != nil || settings.to != nil ? "from --from to --to" : "over the span of the series"
            throw HalintUsageError(
                "evaluating every \(ModelDuration(milliseconds: step)) \(window) takes \(count) evaluations, more than the limit of \(EvaluationTicks.maxCount); give a larger --step or a shorter window")
        }
        return options
    }

    struct WindowSettings {
        var from: Int64?
        var to: Int64?
        var step: Int64?
        var interval: Int64
    }

    func windowSettings() throws -> WindowSettings {
        func time(_ flag: String, _ text: String?) throws -> Int64? {
            guard let text else { return nil }
            guard let t = TimeArgument.parseTime(text) else { throw HalintUsageError("--\(flag): cannot parse \"\(text)\" as RFC 3339 or Unix seconds") }
            return t
        }
        func duration(_ flag: String, _ text: String?) throws -> Int64? {
            guard let text else { return nil }
            guard let d = TimeArgument.parseDuration(text), d > 0 else {
                throw HalintUsageError("--\(flag): \"\(text)\" is not a positive duration such as 30s or 1m")
            }
            return d
        }
        return WindowSettings(
            from: try time("from", from), to: try time("to", to), step: try duration("step", step),
            interval: try duration("evaluation-interval", evaluationInterval) ?? 60_000)
    }

    func loadRules() throws -> TimelineRuleSet {
        do {
            return try TimelineRuleSet.load(paths: rules)
        } catch {
            throw HalintUsageError(error.description)
        }
    }
}
