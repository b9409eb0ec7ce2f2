@testable import PromAPI
import Testing

@Suite struct PromAPITimeTests {
    @Test(arguments: [
        (Int64(0), "0"), (1_700_000_000_123, "1700000000.123"), (1_700_000_000_100, "1700000000.1"),
        (1_700_000_000_000, "1700000000"), (-1_500, "-1.5"), (5, "0.005"),
    ])
    func secondsAreExact(milliseconds: Int64, text: String) {
        #expect(PromAPITime.seconds(milliseconds) == text)
    }

    @Test func rangesAreWholeMilliseconds() {
        #expect(PromAPITime.duration(3_600_000) == "3600s")
        #expect(PromAPITime.duration(1_500) == "1500ms")
    }

    @Test func formValuesEscapeEverythingButUnreserved() {
        #expect(PrometheusClient.escape("rate(a{b=\"c d\"}[5m]) + 1 & x#") ==
            "rate%28a%7Bb%3D%22c%20d%22%7D%5B5m%5D%29%20%2B%201%20%26%20x%23")
        #expect(PrometheusClient.escape("é") == "%C3%A9")
    }
}
