import Template
import YAML

/// The types of Alertmanager's notification data (template/template.go)
/// and a walk over a parsed template that follows the type of dot and of
/// variables through `range`, `with` and `:=`, to find field reads Go
/// rejects at execution time. Anything the walk cannot type (function
/// results, `{{define}}` bodies, time values) is left alone, so what it
/// reports is certain.
enum NotificationDataTypes {
    enum DataType: Hashable {
        case data, alert, alerts, alertList, kv, pairs, pair, strings, string

        /// Go's name, as `can't evaluate field X in type T` prints it.
        var goName: String {
            switch self {
            case .data: "*template.Data"
            case .alert: "template.Alert"
            case .alerts: "template.Alerts"
            case .alertList: "[]template.Alert"
            case .kv: "template.KV"
            case .pairs: "template.Pairs"
            case .pair: "template.Pair"
            case .strings: "[]string"
            case .string: "string"
            }
        }

        var described: String {
            switch self {
            case .data: "the notification data"
            case .alert: "one alert"
            case .alerts, .alertList: "a list of alerts"
            case .kv: "a set of labels"
            case .pairs: "a list of label pairs"
            case .pair: "a label pair"
            case .strings: "a list of strings"
            case .string: "a string"
            }
        }

        /// Fields and methods by name; a nil type is one the walk does not follow.
        var members: [String: DataType?] {
            switch self {
            case .data:
                ["Receiver": .string, "Status": .string, "Alerts": .alerts, "GroupLabels": .kv, "CommonLabels": .kv,
                 "CommonAnnotations": .kv, "ExternalURL": .string, "NotificationReason": .string, "RouteLabels": .kv]
            case .alert:
                ["Status": .string, "Labels": .kv, "Annotations": .kv, "StartsAt": nil, "EndsAt": nil,
                 "GeneratorURL": .string, "Fingerprint": .string]
            case .alerts: ["Firing": .alertList, "Resolved": .alertList]
            case .kv: ["SortedPairs": .pairs, "Remove": .kv, "Names": .strings, "Values": .strings, "String": .string]
            case .pairs: ["Names": .strings, "Values": .strings, "String": .string]
            case .pair: ["Name": .string, "Value": .string]
            case .strings: ["Join": .string]
            case .alertList, .string: [:]
            }
        }

        /// What `range` yields.
        var element: DataType? {
            switch self {
            case .alerts, .alertList: .alert
            case .kv, .strings: .string
            case .pairs: .pair
            default: nil
            }
        }
    }

    struct MissingField {
        var field: String
        var type: DataType
        /// UTF-8 offset of the operand in the template text.
        var offset: Int
        /// The type of `$` where it happened: the data for notifier settings,
        /// what the callers pass for a `{{define}}`.
        var root: DataType = .data

        var goType: String { type.goName }

        var description: String {
            let hint: String
            let alertFields = DataType.alert.members
            let dataFields = DataType.data.members
            if type == .data && (field == "Labels" || field == "Annotations") {
                hint = "; for the \(field.lowercased()) every alert of the notification shares use .Common\(field), for each alert's own use .\(field) inside {{ range .Alerts }}"
            } else if type == .data, alertFields[field] != nil {
                hint = "; it is a field of each alert: use it inside {{ range .Alerts }}"
            } else if type == .alert, dataFields[field] != nil {
                hint = root == .data
                    ? "; inside {{ range .Alerts }} the dot is one alert: use $.\(field)"
                    : "; the template runs on one alert here, not on the notification data"
            } else if let close = closest(field, type.members.keys.sorted()) {
                hint = " (did you mean .\(close)?)"
            } else {
                hint = ""
            }
            return ".\(field) on \(type.described), which has no field \(field)\(hint)"
        }

        private func closest(_ name: String, _ candidates: [String]) -> String? {
            Suggestion.closest(to: name, in: candidates)
        }
    }

    /// Field reads of a notifier setting's template (dot and `$` are the data)
    /// that Go would reject.
    static func missingFields(in template: ParsedTemplate) -> [MissingField] {
        walk(template.root, dot: .data).missing
    }

    /// The walk of one body with dot (and `$`) of type `dot`: the fields Go
    /// would reject, and the `{{template}}` calls with the type they pass.
    static func walk(_ body: TemplateList, dot: DataType) -> (missing: [MissingField], calls: [(name: String, type: DataType?)]) {
        var walker = Walker(root: dot)
        walker.walk(body, dot: dot, variables: ["$": dot])
        return (walker.missing, walker.calls)
    }

    /// The type each `{{define}}` is called with, from the calls of the
    /// notifier settings and then of the defines themselves (to a fixed
    /// point); a define called with different types, or with one the walk
    /// cannot type, maps to nil and is not checked.
    static func callTypes(
        seed: [(name: String, type: DataType?)], definitions: [String: TemplateList]
    ) -> [String: DataType?] {
        var types: [String: DataType?] = [:]
        func note(_ call: (name: String, type: DataType?)) -> Bool {
            guard let known = types[call.name] else {
                types[call.name] = call.type
                return true
            }
            if known != nil, known != call.type {
                types[call.name] = DataType?.none
                return true
            }
            return false
        }
        for call in seed { _ = note(call) }
        for _ in 0..<10 {
            var changed = false
            for (name, body) in definitions {
                guard let type = types[name], let dot = type else { continue }
                for call in walk(body, dot: dot).calls where note(call) { changed = true }
            }
            if !changed { break }
        }
        return types
    }

    struct Walker {
        let root: DataType
        var missing: [MissingField] = []
        var calls: [(name: String, type: DataType?)] = []
        var seen = Set<Int>()

        mutating func walk(_ list: TemplateList, dot: DataType?, variables: [String: DataType?]) {
            var variables = variables
            for node in list.nodes {
                switch node {
                case .action(let action):
                    let type = pipelineType(action.pipeline, dot: dot, variables: variables)
                    declare(action.pipeline, type, in: &variables)
                case .ifBranch(let branch):
                    var inner = variables
                    let type = pipelineType(branch.pipeline, dot: dot, variables: variables)
                    declare(branch.pipeline, type, in: &inner)
                    walk(branch.list, dot: dot, variables: inner)
                    if let elseList = branch.elseList { walk(elseList, dot: dot, variables: variables) }
                case .with(let branch):
                    var inner = variables
                    let type = pipelineType(branch.pipeline, dot: dot, variables: variables)
                    declare(branch.pipeline, type, in: &inner)
                    walk(branch.list, dot: type, variables: inner)
                    if let elseList = branch.elseList { walk(elseList, dot: dot, variables: variables) }
                case .rangeLoop(let branch):
                    var inner = variables
                    let element = pipelineType(branch.pipeline, dot: dot, variables: variables)?.element
                    let declarations = branch.pipeline.declarations
                    if declarations.count == 1 {
                        inner[declarations[0].name] = element
                    } else if declarations.count == 2 {
                        inner[declarations[0].name] = DataType?.none
                        inner[declarations[1].name] = element
                    }
                    walk(branch.list, dot: element, variables: inner)
                    if let elseList = branch.elseList { walk(elseList, dot: dot, variables: variables) }
                case .template(let invocation):
                    let type = invocation.pipeline.map { pipelineType($0, dot: dot, variables: variables) } ?? nil
                    calls.append((invocation.name, type))
                case .text, .comment, .breakLoop, .continueLoop:
                    break
                }
            }
        }

        private func declare(_ pipeline: TemplatePipeline, _ type: DataType?, in variables: inout [String: DataType?]) {
            for declaration in pipeline.declarations where declaration.names.count == 1 {
                // `=` to an existing variable of another type loses track of it.
                if pipeline.isAssign, let existing = variables[declaration.name], existing != type {
                    variables[declaration.name] = DataType?.none
                } else {
                    variables[declaration.name] = type
                }
            }
        }

        /// The type of a pipeline when it is a single field or variable chain.
        mutating func pipelineType(_ pipeline: TemplatePipeline, dot: DataType?, variables: [String: DataType?]) -> DataType? {
            var result: DataType?
            for (index, command) in pipeline.commands.enumerated() {
                var commandType: DataType?
                for (position, operand) in command.arguments.enumerated() {
                    let type = operandType(operand, dot: dot, variables: variables)
                    if position == 0 { commandType = type }
                }
                // A function call's result, or a later stage, is not followed.
                if case .identifier = command.arguments.first { commandType = nil }
                if index == pipeline.commands.count - 1 { result = pipeline.commands.count == 1 ? commandType : nil }
            }
            return result
        }

        mutating func operandType(_ operand: TemplateOperand, dot: DataType?, variables: [String: DataType?]) -> DataType? {
            switch operand {
            case .dot: return dot
            case .field(let names, let offset): return chain(dot, names, offset: offset)
            case .variable(let variable):
                guard let known = variables[variable.name] else { return nil }
                return chain(known, Array(variable.names.dropFirst()), offset: variable.offset)
            case .pipeline(let pipeline): return pipelineType(pipeline, dot: dot, variables: variables)
            case .chain(let base, let fields, let offset):
                return chain(operandType(base, dot: dot, variables: variables), fields, offset: offset)
            case .identifier, .nilValue, .bool, .number, .string: return nil
            }
        }

        mutating func chain(_ start: DataType?, _ names: [String], offset: Int) -> DataType? {
            var current = start
            for name in names {
                guard let type = current else { return nil }
                if let member = type.members[name] {
                    current = member
                } else if type == .kv {
                    current = .string  // any other name is a map key
                } else {
                    if seen.insert(offset).inserted { missing.append(MissingField(field: name, type: type, offset: offset, root: root)) }
                    return nil
                }
            }
            return current
        }
    }
}
