extension GoTime {
    /// Go's `time.RFC3339Nano` layout in UTC (`2006-01-02T15:04:05.999999999Z`),
    /// the form Prometheus's API and templates print instants in.
    public static func rfc3339(unixMilliseconds ms: Int64) -> String {
        let text = timeString(unixNanoseconds: ms * 1_000_000)
        // `2006-01-02 15:04:05.5 +0000 UTC` → `2006-01-02T15:04:05.5Z`
        let parts = text.split(separator: " ")
        return "\(parts[0])T\(parts[1])Z"
    }
}
