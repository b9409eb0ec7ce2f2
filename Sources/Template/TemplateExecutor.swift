import PromModel
/// Executes a parsed template with Go text/template semantics and
/// `missingkey=zero` (the option Prometheus and Alertmanager set).
public struct TemplateExecutor: Sendable {
    /// Functions beyond the builtins; like Go, these win over a builtin of the same name.
    public var functions: [String: TemplateFunction]
    /// Nesting of `{{template}}` calls (Go allows 100000; a thread stack here allows far fewer).
    public var maxDepth: Int
    /// Output bytes before execution stops, so a runaway template cannot exhaust memory.
    public var maxOutputBytes: Int
    /// Nodes visited and loop iterations before execution stops (`{{range 1000000000}}`).
    public var maxSteps: Int
    /// Prometheus's console-template `tmpl NAME DATA`: the named template's output as a string.
    public var providesTmpl: Bool

    public init(
        functions: [String: TemplateFunction] = [:], maxDepth: Int = 200, maxOutputBytes: Int = 1 << 20,
        maxSteps: Int = 1_000_000, providesTmpl: Bool = false
    ) {
        self.functions = functions
        self.providesTmpl = providesTmpl
        self.maxDepth = maxDepth
        self.maxOutputBytes = maxOutputBytes
        self.maxSteps = maxSteps
    }

    /// Runs `template` (parsed from `text`, which error positions refer to) with `data` as dot.
    public func execute(_ template: ParsedTemplate, text: String, data: TemplateValue) throws(TemplateExecutionError) -> String {
        try execute(template, named: template.name, text: text, data: data)
    }

    /// Runs one named template of the set, like Go's `ExecuteTemplate`.
    public func execute(
        _ template: ParsedTemplate, named name: String, text: String, data: TemplateValue
    ) throws(TemplateExecutionError) -> String {
        let state = ExecutionState(executor: self, template: template, text: text)
        guard let body = template.template(named: name) else {
            throw TemplateExecutionError(
                message: "no template \(goQuote(name)) associated with template \(goQuote(template.name))", offset: nil,
                description: "template: \(template.name): no template \(goQuote(name)) associated with template \(goQuote(template.name))",
                templateName: template.name)
        }
        state.current = name
        state.variables = [("$", data)]
        do {
            try state.walk(data, body)
        } catch {
            // The parser only accepts break and continue inside range, so only failures get here.
            if case .failure(let failure) = error { throw failure }
        }
        return state.output
    }
}

/// Control flow out of a walk: Go uses panics for all three.
enum WalkInterruption: Error {
    case breakLoop
    case continueLoop
    case failure(TemplateExecutionError)
}

/// Mutable state of one execution; not shared across threads.
final class ExecutionState {
    let executor: TemplateExecutor
    let template: ParsedTemplate
    let text: String
    var output = ""
    var outputBytes = 0
    var steps = 0
    var depth = 0
    /// Name of the template being executed, for `executing "NAME"`.
    var current: String
    var variables: [(name: String, value: TemplateValue)] = []

    init(executor: TemplateExecutor, template: ParsedTemplate, text: String) {
        self.executor = executor
        self.template = template
        self.text = text
        self.current = template.name
    }

    // MARK: errors

    /// Go's `s.errorf` with the node at fault.
    func fail(_ message: String, at offset: Int?, context: String?) -> WalkInterruption {
        guard let offset, let context else {
            return .failure(TemplateExecutionError(
                message: message, offset: nil, description: "template: \(current): \(message)", templateName: template.name))
        }
        let utf8 = Array(text.utf8)
        let prefix = utf8[..<min(offset, utf8.count)]
        let line = 1 + prefix.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        let column: Int
        if let newline = prefix.lastIndex(of: UInt8(ascii: "\n")) {
            column = offset - (newline + 1)
        } else {
            column = offset
        }
        let description = "template: \(template.name):\(line):\(column): executing \(goQuote(current)) at <\(context)>: \(message)"
        return .failure(TemplateExecutionError(
            message: message, offset: offset, description: description, templateName: template.name))
    }

    func fail(_ message: String, at operand: TemplateOperand) -> WalkInterruption {
        fail(message, at: goPosition(operand), context: operand.goText)
    }

    /// Go gives `.A.B` and `$x.A` the position of their second part (its parser
    /// rebuilds them from a chain), which error columns show.
    func goPosition(_ operand: TemplateOperand) -> Int {
        switch operand {
        case .field(let names, let offset) where names.count > 1: offset + 1 + names[0].utf8.count
        case .variable(let variable) where variable.names.count > 1: variable.offset + variable.names[0].utf8.count
        default: operand.offset
        }
    }

    func step(at offset: Int, context: String) throws(WalkInterruption) {
        steps += 1
        if steps > executor.maxSteps {
            throw fail("template execution exceeded \(executor.maxSteps) steps", at: offset, context: context)
        }
    }

    func write(_ piece: String, at offset: Int, context: String) throws(WalkInterruption) {
        outputBytes += piece.utf8.count
        if outputBytes > executor.maxOutputBytes {
            throw fail("template output exceeds \(executor.maxOutputBytes) bytes", at: offset, context: context)
        }
        output += piece
    }

    // MARK: variables

    func variable(_ name: String, at offset: Int) throws(WalkInterruption) -> TemplateValue {
        for entry in variables.reversed() where entry.name == name { return entry.value }
        throw fail("undefined variable: \(name)", at: offset, context: name)
    }

    func assign(_ name: String, _ value: TemplateValue, at offset: Int) throws(WalkInterruption) {
        for i in variables.indices.reversed() where variables[i].name == name {
            variables[i].value = value
            return
        }
        throw fail("undefined variable: \(name)", at: offset, context: name)
    }

    // MARK: walking

    func walk(_ dot: TemplateValue, _ list: TemplateList) throws(WalkInterruption) {
        for node in list.nodes { try walk(dot, node) }
    }

    func walk(_ dot: TemplateValue, _ node: TemplateNode) throws(WalkInterruption) {
        switch node {
        case .text(let offset, let text):
            try write(text, at: offset, context: text)
        case .comment:
            break
        case .action(let action):
            try step(at: action.offset, context: action.pipeline.goText)
            let value = try evalPipeline(dot, action.pipeline)
            if action.pipeline.declarations.isEmpty {
                let context = "{{" + action.pipeline.goText + "}}"
                try write(try printable(value, at: action.offset, context: context), at: action.offset, context: context)
            }
        case .ifBranch(let branch):
            try walkIfOrWith(dot, branch, isWith: false)
        case .with(let branch):
            try walkIfOrWith(dot, branch, isWith: true)
        case .rangeLoop(let branch):
            try walkRange(dot, branch)
        case .template(let invocation):
            try walkTemplate(dot, invocation)
        case .breakLoop:
            throw .breakLoop
        case .continueLoop:
            throw .continueLoop
        }
    }

    /// Go's printableValue: nil prints `<no value>`, functions cannot be printed.
    func printable(_ value: TemplateValue, at offset: Int, context: String) throws(WalkInterruption) -> String {
        switch value {
        case .nilValue: return "<no value>"
        case .record(var record) where record.typeName.hasPrefix("*") && !record.isNilPointer:
            // Go prints what a pointer points to.
            record.typeName.removeFirst()
            return GoPrint.describe(.record(record))
        case .function:
            throw fail("can't print \(context) of type \(value.goTypeName)", at: offset, context: context)
        default: return GoPrint.describe(value)
        }
    }

    private func walkIfOrWith(_ dot: TemplateValue, _ branch: TemplateBranch, isWith: Bool) throws(WalkInterruption) {
        let mark = variables.count
        defer { variables.removeSubrange(mark...) }
        try step(at: branch.offset, context: branch.pipeline.goText)
        let value = try evalPipeline(dot, branch.pipeline)
        if value.isTrue {
            try walk(isWith ? value : dot, branch.list)
        } else if let elseList = branch.elseList {
            try walk(dot, elseList)
        }
    }

    private func walkRange(_ dot: TemplateValue, _ branch: TemplateBranch) throws(WalkInterruption) {
        let outer = variables.count
        defer { variables.removeSubrange(outer...) }
        let value = try evalPipeline(dot, branch.pipeline)
        let mark = variables.count
        let declarations = branch.pipeline.declarations
        let context = "{{range " + branch.pipeline.goText + "}}"
        let blamed = branch.pipeline.commands.last?.arguments.first

        // Returns false when the body executed `break`.
        func iteration(_ index: TemplateValue, _ element: TemplateValue) throws(WalkInterruption) -> Bool {
            try step(at: branch.offset, context: context)
            if let first = declarations.first {
                if branch.pipeline.isAssign {
                    try assign(first.name, declarations.count > 1 ? index : element, at: first.offset)
                } else {
                    variables[variables.count - 1].value = element
                }
            }
            if declarations.count > 1 {
                if branch.pipeline.isAssign {
                    try assign(declarations[1].name, element, at: declarations[1].offset)
                } else {
                    variables[variables.count - 2].value = index
                }
            }
            defer { variables.removeSubrange(mark...) }
            do {
                try walk(element, branch.list)
            } catch .continueLoop {
                return true
            } catch .breakLoop {
                return false
            } catch let other {
                throw other
            }
            return true
        }

        switch value {
        case .list(let items, _) where !items.isEmpty:
            for (i, item) in items.enumerated() where !(try iteration(.int(i), item)) { break }
            return
        case .map(let map) where !map.entries.isEmpty:
            for key in map.sortedKeys where !(try iteration(.string(key), map.entries[key]!)) { break }
            return
        case .int(let count):
            if declarations.count > 1 {
                if let blamed { throw fail("can't use \(count) to iterate over more than one variable", at: blamed) }
                throw fail("can't use \(count) to iterate over more than one variable", at: branch.offset, context: context)
            }
            if count > 0 {
                var i = 0
                while i < count, try iteration(.int(i), .int(i)) { i += 1 }
                return
            }
        case .list, .map, .nilValue:
            break
        default:
            if let blamed { throw fail("range can't iterate over \(GoPrint.describe(value))", at: blamed) }
            throw fail("range can't iterate over \(GoPrint.describe(value))", at: branch.offset, context: context)
        }
        if let elseList = branch.elseList { try walk(dot, elseList) }
    }

    private func walkTemplate(_ dot: TemplateValue, _ invocation: TemplateInvocation) throws(WalkInterruption) {
        let context = "{{template " + goQuote(invocation.name) + (invocation.pipeline.map { " " + $0.goText } ?? "") + "}}"
        guard let body = template.template(named: invocation.name) else {
            throw fail("template \(goQuote(invocation.name)) not defined", at: invocation.offset, context: context)
        }
        if depth >= executor.maxDepth {
            throw fail("exceeded maximum template depth (\(executor.maxDepth))", at: invocation.offset, context: context)
        }
        let newDot = try invocation.pipeline.map { (pipeline) throws(WalkInterruption) in try evalPipeline(dot, pipeline) } ?? .nilValue
        let savedVariables = variables
        let savedName = current
        variables = [("$", newDot)]
        current = invocation.name
        depth += 1
        defer {
            depth -= 1
            variables = savedVariables
            current = savedName
        }
        try walk(newDot, body)
    }
}
