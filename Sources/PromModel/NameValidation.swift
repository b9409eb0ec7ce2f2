/// How label and metric names are validated. Prometheus 3.x defaults to UTF-8;
/// `legacy` is the pre-3.0 character set, still selectable per scrape job.
public enum NameValidationScheme: String, Sendable, Hashable {
    case utf8
    case legacy
}

public enum PromNames {
    /// `[a-zA-Z_][a-zA-Z0-9_]*`
    public static func isLegacyLabelName(_ name: String) -> Bool {
        var first = true
        guard !name.isEmpty else { return false }
        for byte in name.utf8 {
            let ok = isLetter(byte) || byte == UInt8(ascii: "_") || (!first && isDigit(byte))
            if !ok { return false }
            first = false
        }
        return true
    }

    /// `[a-zA-Z_:][a-zA-Z0-9_:]*`
    public static func isLegacyMetricName(_ name: String) -> Bool {
        var first = true
        guard !name.isEmpty else { return false }
        for byte in name.utf8 {
            let ok = isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || (!first && isDigit(byte))
            if !ok { return false }
            first = false
        }
        return true
    }

    /// Go's `LabelName.IsValid` under UTF-8 is `len > 0 && utf8.ValidString`.
    /// Swift strings are always valid UTF-8, and a written U+FFFD is valid too
    /// (Go accepts it), so only emptiness fails here; invalid bytes must be
    /// caught where the bytes are still at hand (`!!binary` scalars, readers).
    public static func isValidLabelName(_ name: String, scheme: NameValidationScheme = .utf8) -> Bool {
        switch scheme {
        case .legacy: isLegacyLabelName(name)
        case .utf8: !name.isEmpty
        }
    }

    public static func isValidMetricName(_ name: String, scheme: NameValidationScheme = .utf8) -> Bool {
        switch scheme {
        case .legacy: isLegacyMetricName(name)
        case .utf8: !name.isEmpty
        }
    }

    /// Go's `LabelValue.IsValid` (`utf8.ValidString`): always true for a Swift
    /// string, U+FFFD included; kept so callers state the rule they mirror.
    public static func isValidLabelValue(_ value: String) -> Bool {
        true
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
