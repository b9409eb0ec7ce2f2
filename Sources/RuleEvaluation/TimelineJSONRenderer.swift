import Foundation
import PromModel
import PromQLEngine
import Template

/// `halint eval --format json`. The shape is documented in docs/eval.md and
/// versioned by `schemaVersion`; keys are sorted so output is byte-stable.
/// Times are RFC 3339 (UTC), durations Prometheus durations, sample values
/// strings as in the HTTP API (so NaN and ±Inf survive).
public struct TimelineJSONRenderer: Sendable {
    public init() {}

    public func render(_ timeline: EvalTimeline) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Report(timeline))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct Report: Encodable {
        var schemaVersion = 1
        var from: String
        var to: String
        var inputNotes: [String]
        var groups: [Group]

        init(_ timeline: EvalTimeline) {
            from = time(timeline.from)
            to = time(timeline.to)
            inputNotes = timeline.inputNotes
            groups = timeline.groups.map(Group.init)
        }
    }

    struct Group: Encodable {
        var file: String
        var name: String
        var interval: String
        var evaluations: Int
        var rules: [Rule]

        init(_ group: GroupTimeline) {
            file = group.file
            name = group.name
            interval = duration(group.step)
            evaluations = group.ticks.count
            rules = group.rules.map(Rule.init)
        }
    }

    struct Rule: Encodable {
        var kind: String
        var name: String
        var expr: String
        var `for`: String?
        var keepFiringFor: String?
        var alerts: [Alert]?
        var recorded: Recorded?
        var notes: [Note]

        init(_ rule: RuleTimeline) {
            kind = rule.kind.rawValue
            name = rule.name
            expr = rule.expr
            notes = rule.notes.map(Note.init)
            switch rule.kind {
            case .alerting:
                self.for = duration(rule.forMilliseconds)
                keepFiringFor = duration(rule.keepFiringForMilliseconds)
                alerts = rule.alerts.map(Alert.init)
            case .recording:
                let producing = rule.outputCounts.filter { $0 > 0 }
                recorded = Recorded(evaluationsWithOutput: producing.count, maxSeries: producing.max() ?? 0)
            }
        }
    }

    struct Recorded: Encodable {
        var evaluationsWithOutput: Int
        var maxSeries: Int
    }

    struct Alert: Encodable {
        var labels: [String: String]
        var episodes: [Episode]

        init(_ alert: AlertTimeline) {
            labels = alert.labels.dictionary
            episodes = alert.episodes.map(Episode.init)
        }
    }

    struct Episode: Encodable {
        var activeAt: String
        var firedAt: String?
        var endedAt: String?
        var end: String?
        var activeValue: String
        var value: String
        var annotations: [String: String]

        init(_ episode: TimelineEpisode) {
            activeAt = time(episode.activeAt)
            firedAt = episode.firedAt.map(time)
            endedAt = episode.endedAt.map(time)
            end = episode.end?.rawValue
            activeValue = APIResponse.formatValue(episode.activeValue)
            value = APIResponse.formatValue(episode.value)
            annotations = Dictionary(episode.annotations.map { ($0.name, $0.value) }) { _, last in last }
        }
    }

    struct Note: Encodable {
        struct Span: Encodable {
            var from: String
            var to: String
        }

        var kind: String
        var selector: String?
        var spans: [Span]?
        var message: String?
        var first: String?
        var evaluations: Int
        var of: Int?

        init(_ note: TimelineNote) {
            switch note {
            case .noSeries(let selector, let spans, let evaluations, let of):
                kind = "no-series"
                self.selector = selector
                self.spans = spans.map { Span(from: time($0.lowerBound), to: time($0.upperBound)) }
                self.evaluations = evaluations
                self.of = of
            case .evaluationFailed(let message, let first, let evaluations):
                kind = "evaluation-failed"
                self.message = message
                self.first = time(first)
                self.evaluations = evaluations
            }
        }
    }
}

private func time(_ t: Int64) -> String { GoTime.rfc3339(unixMilliseconds: t) }
private func duration(_ ms: Int64) -> String { ModelDuration(milliseconds: ms).description }
