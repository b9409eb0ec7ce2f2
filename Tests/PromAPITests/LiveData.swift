import Foundation

/// An OpenMetrics text of a few series at fixed times a few hours before
/// now (inside the server's retention, outside its head block).
struct LiveData {
    /// Start of the data, milliseconds; a whole hour, six hours ago.
    let base: Int64
    let text: String
    static let step: Int64 = 15_000
    static let samples = 480

    init(now: Date = Date()) {
        let hour: Int64 = 3_600_000
        let base = Int64(now.timeIntervalSince1970 * 1000) / hour * hour - 6 * hour
        self.base = base
        var lines: [String] = []
        func family(_ name: String, _ type: String, _ series: [(String, (Int) -> Double?)]) {
            lines.append("# TYPE \(name) \(type)")
            for (sample, value) in series {
                for index in 0..<Self.samples {
                    guard let v = value(index) else { continue }
                    let seconds = (base + Int64(index) * Self.step) / 1000
                    lines.append("\(sample) \(Self.format(v)) \(seconds)")
                }
            }
        }
        family("demo_temperature", "gauge", [
            (#"demo_temperature{room="a"}"#, { Double($0 % 37) / 4 + 18 }),
            (#"demo_temperature{room="b"}"#, { $0 >= 100 && $0 < 160 ? nil : Double($0 % 11) * 0.1 }),
        ])
        family("demo_requests", "counter", [
            (#"demo_requests_total{code="200"}"#, { Double($0 * 3) }),
            (#"demo_requests_total{code="500"}"#, { Double($0 / 10) }),
        ])
        lines.append("# EOF")
        text = lines.joined(separator: "\n") + "\n"
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int64(value)) : "\(value)"
    }
}
