import PromModel

/// One element of an instant vector. `dropName` implements delayed
/// `__name__` removal: operations that change a metric's meaning mark the
/// sample and the name is removed only when the query finishes, so
/// `label_replace` and friends still see it (Prometheus's test engine runs
/// with `promql-delayed-name-removal` on).
public struct VectorSample: Sendable {
    public var labels: Labels
    public var value: Double
    /// The sample's own timestamp (selectors) or the evaluation time; what `timestamp()` reads.
    public var timestamp: Int64
    public var dropName: Bool

    public init(labels: Labels, value: Double, timestamp: Int64, dropName: Bool = false) {
        self.labels = labels
        self.value = value
        self.timestamp = timestamp
        self.dropName = dropName
    }
}

/// One series of a range vector or of a range query's result.
public struct RangeSeries: Sendable {
    public var labels: Labels
    public var timestamps: [Int64]
    public var values: [Double]
    public var dropName: Bool

    public init(labels: Labels, timestamps: [Int64] = [], values: [Double] = [], dropName: Bool = false) {
        self.labels = labels
        self.timestamps = timestamps
        self.values = values
        self.dropName = dropName
    }
}

/// A PromQL value.
public enum QueryValue: Sendable {
    case scalar(Double)
    case string(String)
    case vector([VectorSample])
    case matrix([RangeSeries])

    public var typeName: String {
        switch self {
        case .scalar: "scalar"
        case .string: "string"
        case .vector: "vector"
        case .matrix: "matrix"
        }
    }
}

/// A query's outcome: the value and the time it was evaluated at (instant
/// queries) — scalars and strings are reported with that time.
public struct QueryOutcome: Sendable {
    public var value: QueryValue
    public var evaluationTimeMilliseconds: Int64
}

/// An evaluation error; `message` is Prometheus's text.
public struct EvalError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// True for features halint deliberately does not evaluate (native histograms).
    public var unsupported: Bool

    public init(_ message: String, unsupported: Bool = false) {
        self.message = message
        self.unsupported = unsupported
    }

    public var description: String { message }

    /// Prometheus's `ErrTooManySamples(env)`.
    public static func tooManySamples(_ env: String) -> EvalError {
        EvalError("query processing would load too many samples into memory in \(env)")
    }
}
