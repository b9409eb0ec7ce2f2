import Foundation

/// Times as Prometheus's HTTP API and promtool read them.
public enum PromTimestamp {
    /// Unix seconds (fractional, rounded to milliseconds) or RFC 3339, in Unix milliseconds.
    public static func parse(_ text: String) -> Int64? {
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
}
