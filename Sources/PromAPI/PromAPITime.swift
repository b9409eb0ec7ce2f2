/// Timestamps as the HTTP API takes them: seconds with a millisecond
/// fraction, written from integers so no binary float rounds them.
enum PromAPITime {
    static func seconds(_ milliseconds: Int64) -> String {
        let negative = milliseconds < 0
        let magnitude = milliseconds.magnitude
        let whole = magnitude / 1000, fraction = magnitude % 1000
        var text = String(whole)
        if fraction != 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: 3 - digits.count) + digits
            while text.hasSuffix("0") { text.removeLast() }
        }
        return negative ? "-" + text : text
    }

    /// A range for `[…]`: whole milliseconds, which every Prometheus accepts.
    static func duration(_ milliseconds: Int64) -> String {
        if milliseconds % 1000 == 0 { return "\(milliseconds / 1000)s" }
        return "\(milliseconds)ms"
    }
}
