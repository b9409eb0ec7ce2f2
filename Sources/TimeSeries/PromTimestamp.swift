import Foundation

/// Times as Prometheus's HTTP API and promtool read them.
public enum PromTimestamp {
    /// Unix seconds (fractional, rounded to milliseconds) or RFC 3339, in Unix milliseconds.
    public static func parse(_ text: String) -> Int64? {
        if let seconds = Double(text), seconds.isFinite {
            // Beyond the API's minTime/maxTime the milliseconds overflow Int64 (`--time 1e300` trapped).
            guard seconds >= minSeconds, seconds <= maxSeconds else { return nil }
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

    /// Prometheus's `minTime`/`maxTime` (web/api/v1): the Unix seconds whose
    /// milliseconds still fit an Int64.
    static let minSeconds = Double(Int64.min / 1000 + 62_135_596_801)
    static let maxSeconds = Double(Int64.max / 1000 - 62_135_596_801)
}
