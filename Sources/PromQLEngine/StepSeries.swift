import PromModel

/// One series of a step-wise evaluation: a value for each query step, with
/// `present` marking the steps that have one.
struct StepSeries {
    var labels: Labels
    var dropName: Bool
    var values: [Double]
    var present: [Bool]

    init(labels: Labels, dropName: Bool = false, steps: Int) {
        self.labels = labels
        self.dropName = dropName
        values = [Double](repeating: 0, count: steps)
        present = [Bool](repeating: false, count: steps)
    }

    var isEmpty: Bool { !present.contains(true) }
}

/// A node's value over all steps of the query.
enum StepValue {
    case scalar([Double])
    case vector([StepSeries])
    case string(String)
}

/// A series identity within one step: the labels and the pending name removal.
struct SeriesKey: Hashable {
    var labels: Labels
    var dropName: Bool
}
