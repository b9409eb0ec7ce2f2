import PromModel

extension PromNames {
    /// A label name taken from a PromQL string literal, as Go's
    /// `LabelName.IsValid` judges the literal's bytes. The lexer rejects a
    /// written U+FFFD, and unquoting turns bytes that are not UTF-8 (`"\xff"`)
    /// into U+FFFD, so here U+FFFD stands for invalid bytes, which Go rejects
    /// (promqltest functions.test: `label_replace(testmetric, "\xff", …)`).
    static func isValidPromQLStringLabelName(_ name: String) -> Bool {
        isValidLabelName(name, scheme: .utf8) && !name.unicodeScalars.contains("\u{FFFD}")
    }
}
