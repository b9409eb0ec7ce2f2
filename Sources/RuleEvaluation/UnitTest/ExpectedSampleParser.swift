import PromModel
import TimeSeries

/// Reads an `exp_samples` entry: its labels with PromQL's `ParseMetric`, its
/// histogram (if any) as a one-value series description.
enum ExpectedSampleParser {
    struct Failure: Error {
        var message: String
    }

    static func parse(_ sample: ExpectedSample) -> Result<ComparedSample, Failure> {
        let labels: Labels
        switch metric(sample.labels) {
        case .success(let parsed): labels = parsed
        case .failure(let error): return .failure(error)
        }
        var histogram = ""
        if !sample.histogram.isEmpty {
            do {
                let description = try SeriesNotation.parse("{} " + sample.histogram)
                let values = description.values
                guard values.count == 1 else { return .failure(Failure(message: "expected 1 value, got \(values.count)")) }
                guard case .histogram(let value) = values[0] else {
                    return .failure(Failure(message: "expected histogram, got \(values[0])"))
                }
                histogram = try value.histogram().testExpression
            } catch let error as SeriesNotationError {
                return .failure(Failure(message: error.prometheusText()))
            } catch {
                return .failure(Failure(message: "\(error)"))
            }
        }
        return .success(ComparedSample(labels: labels, value: sample.value, histogram: histogram))
    }

    /// `parser.ParseMetric`: `name{l="v"}`, `{l="v"}`, or empty for no labels.
    static func metric(_ text: String) -> Result<Labels, Failure> {
        if text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) { return .success(Labels()) }
        do {
            let description = try SeriesNotation.parse(text)
            guard description.items.isEmpty else {
                return .failure(Failure(message: "1:\(text.utf8.count + 1): parse error: unexpected series values after the metric"))
            }
            return .success(description.labels)
        } catch {
            return .failure(Failure(message: error.prometheusText()))
        }
    }
}
