import Foundation

/// Element-wise float functions.
enum MathFunctions {
    static let table: [String: @Sendable (Double) -> Double] = [
        "abs": { abs($0) }, "ceil": { ceil($0) }, "floor": { floor($0) }, "exp": { exp($0) }, "sqrt": { sqrt($0) },
        "ln": { log($0) }, "log2": { log2($0) }, "log10": { log10($0) },
        "sgn": { $0 > 0 ? 1 : ($0 < 0 ? -1 : $0) },
        "deg": { $0 * 180 / Double.pi }, "rad": { $0 * Double.pi / 180 },
        "sin": { sin($0) }, "cos": { cos($0) }, "tan": { tan($0) }, "asin": { asin($0) }, "acos": { acos($0) },
        "atan": { atan($0) }, "sinh": { sinh($0) }, "cosh": { cosh($0) }, "tanh": { tanh($0) },
        "asinh": { asinh($0) }, "acosh": { acosh($0) }, "atanh": { atanh($0) },
    ]
}

/// UTC calendar fields for the date functions, from Unix seconds.
enum Calendar {
    static func component(_ name: String, seconds: Double) -> Double {
        if seconds.isNaN || seconds.isInfinite { return .nan }
        // Go's `int64(t)` of an out-of-range float is Int64.min on amd64
        // (the "integer indefinite" value); Swift's conversion would trap.
        let down = seconds.rounded(.down)
        let total = down >= 0x1p63 || down < -0x1p63 ? Int64.min : Int64(down)
        let days = floorDiv(total, 86_400)
        // In [0, 86400) although `days * 86_400` may pass Int64.min: wrapping gives the exact value.
        let secondOfDay = total &- days &* 86_400
        let (year, month, day) = civil(days)
        switch name {
        case "minute": return Double(secondOfDay / 60 % 60)
        case "hour": return Double(secondOfDay / 3600)
        case "day_of_month": return Double(day)
        case "day_of_week": return Double(((days % 7) + 11) % 7)
        case "month": return Double(month)
        case "year": return Double(year)
        case "days_in_month": return Double(daysIn(month: month, year: year))
        case "day_of_year":
            var count = day
            for m in 1..<month { count += daysIn(month: m, year: year) }
            return Double(count)
        default: return .nan
        }
    }

    static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 to (year, month, day), proleptic Gregorian.
    static func civil(_ days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = floorDiv(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}

/// Natural ordering for `sort_by_label`: digit runs compare as numbers.
enum NaturalOrder {
    static func compare(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        var i = 0, j = 0
        while i < x.count && j < y.count {
            let dx = x[i].properties.numericType != nil && x[i].isASCII, dy = y[j].properties.numericType != nil && y[j].isASCII
            if dx && dy {
                var ei = i, ej = j
                while ei < x.count && x[ei].isASCII && x[ei].properties.numericType != nil { ei += 1 }
                while ej < y.count && y[ej].isASCII && y[ej].properties.numericType != nil { ej += 1 }
                let nx = String(String.UnicodeScalarView(x[i..<ei])), ny = String(String.UnicodeScalarView(y[j..<ej]))
                let tx = nx.drop { $0 == "0" }, ty = ny.drop { $0 == "0" }
                if tx.count != ty.count { return tx.count < ty.count ? -1 : 1 }
                if tx != ty { return tx < ty ? -1 : 1 }
                i = ei
                j = ej
                continue
            }
            if x[i] != y[j] { return x[i].value < y[j].value ? -1 : 1 }
            i += 1
            j += 1
        }
        if x.count - i == y.count - j { return 0 }
        return x.count - i < y.count - j ? -1 : 1
    }
}
