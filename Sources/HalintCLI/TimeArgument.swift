import PromModel
import TimeSeries

/// Times and durations on the command line, read as Prometheus's HTTP API
/// reads its `time`/`start`/`end`/`step` parameters.
public enum TimeArgument {
    /// Unix seconds (fractional, rounded to ms) or RFC 3339, in Unix milliseconds.
    public static func parseTime(_ text: String) -> Int64? { PromTimestamp.parse(text) }

    /// Seconds (float) or a Prometheus duration, in milliseconds.
    public static func parseDuration(_ text: String) -> Int64? {
        if let seconds = Double(text), seconds.isFinite {
            // Prometheus's parseDuration: "It overflows int64" beyond time.Duration's range (`--step 1e300` trapped).
            guard abs(seconds) * 1e9 < 0x1p63 else { return nil }
            return Int64((seconds * 1000).rounded())
        }
        return (try? ModelDuration.parse(text))?.milliseconds
    }
}
