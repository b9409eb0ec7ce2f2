import ArgumentParser
import PromModel
import TimeSeries

/// `--series` and how to read it, shared by `halint query` and `halint eval`
/// so both accept the same files the same way.
public struct SeriesInputOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Series file: series notation, promqltest load blocks, Prometheus text/OpenMetrics with timestamps, or API JSON (query/query_range). Repeat to merge files.",
            valueName: "file"))
    public var series: [String] = []

    @Option(name: .long, help: "Sample spacing of bare series-notation lines (default 1m).")
    public var interval: String?

    @Option(
        name: .customLong("series-start"),
        help: "Time of the first series-notation sample, RFC 3339 or Unix seconds (default 0, as promtool test rules).")
    public var seriesStart: String?

    public init() {}

    /// The merged store and the input that was skipped (native histograms).
    public struct Loaded: Sendable {
        public var store: SeriesStore
        public var notes: [SeriesFileProblem]
        /// Per file, the format that was read.
        public var formats: [SeriesFileFormat]
    }

    public func fileOptions() throws(HalintUsageError) -> SeriesFile.Options {
        var options = SeriesFile.Options()
        if let interval {
            do {
                options.interval = try ModelDuration.parse(interval)
            } catch {
                throw HalintUsageError("--interval: \(error)")
            }
        }
        if let seriesStart {
            guard let start = TimeArgument.parseTime(seriesStart) else {
                throw HalintUsageError("--series-start: cannot parse \"\(seriesStart)\" as RFC 3339 or Unix seconds")
            }
            options.startMilliseconds = start
        }
        return options
    }

    /// Reads every `--series` file; an unreadable or malformed one is a usage error.
    public func load() throws(HalintUsageError) -> Loaded {
        let options = try fileOptions()
        var stores: [SeriesStore] = []
        var notes: [SeriesFileProblem] = []
        var formats: [SeriesFileFormat] = []
        for path in series {
            do {
                let file = try SeriesFile.load(path: path, options: options)
                stores.append(file.store)
                notes += file.notes
                formats.append(file.format)
            } catch {
                throw HalintUsageError("\(path): \(error.description)")
            }
        }
        return Loaded(store: SeriesStore.merged(stores), notes: notes, formats: formats)
    }
}
