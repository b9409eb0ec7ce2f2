import ArgumentParser
import Foundation
import PromModel
import PromQL
import PromQLEngine
import TimeSeries

/// `halint query`: evaluate PromQL over recorded series offline and print
/// what Prometheus's HTTP API would return.
public struct QueryCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Evaluate a PromQL expression over a series file; print Prometheus HTTP API JSON.",
        discussion: """
            Instant query: --time T (default: now). Range query: --start S --end E --step D. Times are RFC 3339 \
            or Unix seconds; the step is a duration (30s, 1m) or seconds. Exit codes: 0 success, 1 query error \
            (JSON error on stdout), 2 usage error or unreadable series file.
            """)

    @OptionGroup public var input: SeriesInputOptions

    @Option(name: .long, parsing: .unconditional, help: "The PromQL expression (may start with '-').")
    public var expr: String

    @Option(name: .long, help: "Evaluation time of an instant query.")
    public var time: String?

    @Option(name: .long, help: "Start of a range query.")
    public var start: String?

    @Option(name: .long, help: "End of a range query.")
    public var end: String?

    @Option(name: .long, help: "Step of a range query.")
    public var step: String?

    @Option(name: .long, help: "Output format: json (default) or table.")
    public var format: String = "json"

    public init() {}

    public func run() throws {
        let (output, code) = try execute()
        print(output)
        if code != 0 { throw ExitCode(code) }
    }

    /// The output and exit code; usage problems throw `HalintUsageError`.
    public func execute(now: Date = Date()) throws -> (output: String, exitCode: Int32) {
        guard format == "json" || format == "table" else { throw HalintUsageError("--format must be json or table, not \"\(format)\"") }
        guard !input.series.isEmpty else { throw HalintUsageError("--series is required") }
        let isRange = start != nil || end != nil || step != nil
        if isRange && time != nil { throw HalintUsageError("--time cannot be combined with --start/--end/--step") }
        if isRange && (start == nil || end == nil || step == nil) {
            throw HalintUsageError("a range query needs all of --start, --end and --step")
        }
        let loaded = try input.load()
        let engine = PromQLEngine(store: loaded.store)
        switch query(engine, now: now) {
        case .success(let result):
            // Skipped input (native histograms) is surfaced so a partial answer is never mistaken for a full one.
            let warnings = loaded.notes.map(\.description)
            if format == "json" { return (APIResponse.success(result, warnings: warnings), 0) }
            return ((warnings.map { "warning: \($0)" } + [QueryTable.render(result)]).joined(separator: "\n"), 0)
        case .failure(let failure):
            let text = format == "json" ? APIResponse.error(type: failure.type, message: failure.message)
                : "error (\(failure.type)): \(failure.message)"
            return (text, 1)
        }
    }

    struct QueryFailure: Error {
        var type: String
        var message: String
    }

    private func query(_ engine: PromQLEngine, now: Date) -> Result<QueryOutcome, QueryFailure> {
        let parsed: Expr
        do {
            parsed = try PromQLEngine.parse(expr, options: ParserOptions())
        } catch {
            return .failure(QueryFailure(type: "bad_data", message: "invalid parameter \"query\": \(error.message)"))
        }
        func bad(_ message: String) -> Result<QueryOutcome, QueryFailure> { .failure(QueryFailure(type: "bad_data", message: message)) }
        let outcome: Result<QueryOutcome, EvalError>
        if let start, let end, let step {
            guard let s = TimeArgument.parseTime(start) else { return bad("invalid parameter \"start\": cannot parse \"\(start)\" to a valid timestamp") }
            guard let e = TimeArgument.parseTime(end) else { return bad("invalid parameter \"end\": cannot parse \"\(end)\" to a valid timestamp") }
            if e < s { return bad("invalid parameter \"end\": end timestamp must not be before start time") }
            guard let d = TimeArgument.parseDuration(step) else { return bad("invalid parameter \"step\": cannot parse \"\(step)\" to a valid duration") }
            if d <= 0 {
                return bad("invalid parameter \"step\": zero or negative query resolution step widths are not accepted. Try a positive integer")
            }
            if (e - s) / d > 11000 {
                return bad("exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)")
            }
            outcome = Result { () throws(EvalError) in try engine.rangeQuery(parsed, start: s, end: e, step: d) }
        } else {
            var t = Int64((now.timeIntervalSince1970 * 1000).rounded())
            if let time {
                guard let parsedTime = TimeArgument.parseTime(time) else { return bad("invalid parameter \"time\": cannot parse \"\(time)\" to a valid timestamp") }
                t = parsedTime
            }
            outcome = Result { () throws(EvalError) in try engine.instantQuery(parsed, at: t) }
        }
        return outcome.mapError { QueryFailure(type: "execution", message: $0.message) }
    }
}

/// `--format table`: one line per series, for people.
enum QueryTable {
    static func render(_ result: QueryOutcome) -> String {
        func value(_ v: Double) -> String { APIResponse.formatValue(v) }
        switch result.value {
        case .scalar(let v): return "scalar\t\(value(v))"
        case .string(let s): return "string\t\(s)"
        case .vector(let samples):
            if samples.isEmpty { return "(empty vector)" }
            let names: [String] = samples.map { $0.labels.description }
            let width = names.map(\.count).max() ?? 0
            var lines: [String] = []
            for (name, sample) in zip(names, samples) {
                let padding = String(repeating: " ", count: width - name.count)
                lines.append(name + padding + "  " + value(sample.value))
            }
            return lines.joined(separator: "\n")
        case .matrix(let series):
            if series.isEmpty { return "(empty matrix)" }
            var lines: [String] = []
            for one in series {
                lines.append(one.labels.description)
                for (t, v) in zip(one.timestamps, one.values) {
                    lines.append("  " + APIResponse.timestamp(t) + "  " + value(v))
                }
            }
            return lines.joined(separator: "\n")
        }
    }
}
