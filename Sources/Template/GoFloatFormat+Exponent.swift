extension GoFloatFormat {
    /// `strconv.FormatFloat(v, 'E', -1, 64)`: the shortest round-trip digits in
    /// exponent form, `1E+00`, `2.9999999999999996E+00`, `-5E-07`.
    public static func shortestExponent(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
        let digits = ShortestDigits(value)
        return digits.exponential(fractionDigits: digits.digits.count - 1).uppercased()
    }
}
