import Foundation
import PromModel

/// Times and durations on the command line, read as Prometheus's HTTP API
/// reads its `time`/`start`/`end`/`step` parameters.
public enum TimeArgument {
    /// As the HTTP API's `parseTime`: Unix seconds (fractional, rounded to ms) or RFC 3339.
    public static func parseTime(_ text: String) -> Int64? {
        if let seconds = Double(text), seconds.isFinite {
            let whole = seconds.rounded(.towardZero)
            let fraction = ((seconds - whole) * 1000).rounded()
            return Int64(whole) * 1000 + Int64(fraction)
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return Int64((date.timeIntervalSince1970 * 1000).rounded()) }
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return Int64((date.timeIntervalSince1970 * 1000).rounded()) }
        return nil
    }

    /// Seconds (float) or a Prometheus duration, in milliseconds.
    public static func parseDuration(_ text: String) -> Int64? {
        if let seconds = Double(text), seconds.isFinite { return Int64((seconds * 1000).rounded()) }
        return (try? ModelDuration.parse(text))?.milliseconds
    }
}
