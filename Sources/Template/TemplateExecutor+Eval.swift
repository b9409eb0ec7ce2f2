import PromModel
/// Pipelines, commands, arguments and field access, after Go's exec.go.
extension ExecutionState {
    func evalPipeline(_ dot: TemplateValue, _ pipeline: TemplatePipeline) throws(WalkInterruption) -> TemplateValue {
        var value: TemplateValue?
        for command in pipeline.commands {
            value = try evalCommand(dot, command, final: value)
        }
        let result = value ?? .nilValue
        for declaration in pipeline.declarations {
            if pipeline.isAssign {
                try assign(declaration.name, result, at: declaration.offset)
            } else {
                variables.append((declaration.name, result))
            }
        }
        return result
    }

    private func evalCommand(_ dot: TemplateValue, _ command: TemplateCommand, final: TemplateValue?) throws(WalkInterruption) -> TemplateValue {
        let first = command.arguments[0]
        let args = Array(command.arguments.dropFirst())
        switch first {
        case .field(let names, let offset):
            return try evalFieldChain(dot, dot, names, operand: first, offset: offset, args: args, final: final)
        case .chain(let base, let fields, _):
            if case .nilValue = base { throw fail("indirection through explicit nil in \(first.goText)", at: first) }
            let receiver = try evalArg(dot, nil, base)
            return try evalFieldChain(dot, receiver, fields, operand: first, offset: first.offset, args: args, final: final)
        case .identifier(let name, _):
            return try evalFunction(
                dot, name, operand: first, site: (command.offset, command.goText), args: args, final: final)
        case .variable(let variable):
            let value = try self.variable(variable.name, at: variable.offset)
            if variable.names.count == 1 {
                try notAFunction(command, final: final)
                return value
            }
            return try evalFieldChain(
                dot, value, Array(variable.names.dropFirst()), operand: first, offset: variable.offset, args: args, final: final)
        case .pipeline(let pipeline):
            try notAFunction(command, final: final)
            return try evalPipeline(dot, pipeline)
        case .bool(let value, _):
            try notAFunction(command, final: final)
            return .bool(value)
        case .dot:
            try notAFunction(command, final: final)
            return dot
        case .nilValue:
            throw fail("nil is not a command", at: first)
        case .number(let number):
            try notAFunction(command, final: final)
            return try idealConstant(number, operand: first)
        case .string(_, let value, _):
            try notAFunction(command, final: final)
            return .string(value)
        }
    }

    private func notAFunction(_ command: TemplateCommand, final: TemplateValue?) throws(WalkInterruption) {
        if command.arguments.count > 1 || final != nil {
            throw fail("can't give argument to non-function \(command.arguments[0].goText)", at: command.arguments[0])
        }
    }

    func idealConstant(_ number: TemplateNumber, operand: TemplateOperand) throws(WalkInterruption) -> TemplateValue {
        let text = number.text
        let lower = text.lowercased()
        let isHexInt = lower.hasPrefix("0x") && !lower.contains("p")
        if number.complex != nil && number.float64 == nil {
            throw fail("complex constants are not supported", at: operand)
        }
        if let float = number.float64, !isHexInt, !text.hasPrefix("'"), text.contains(where: { ".eEpP".contains($0) }) {
            return .float(float)
        }
        if let int = number.int64 { return .int(Int(int)) }
        if number.uint64 != nil { throw fail("\(text) overflows int", at: operand) }
        if let float = number.float64 { return .float(float) }
        return .nilValue
    }

    // MARK: fields

    private func evalFieldChain(
        _ dot: TemplateValue, _ receiver: TemplateValue, _ names: [String], operand: TemplateOperand, offset: Int,
        args: [TemplateOperand], final: TemplateValue?
    ) throws(WalkInterruption) -> TemplateValue {
        var value = receiver
        var staticType: String?
        for (i, name) in names.enumerated() {
            let isLast = i == names.count - 1
            let next = try evalField(
                dot, name, value, staticType: staticType, operand: operand, args: isLast ? args : [],
                final: isLast ? final : nil)
            if case .record(let record) = value { staticType = record.fieldTypes[name] } else { staticType = nil }
            value = next
        }
        return value
    }

    private func evalField(
        _ dot: TemplateValue, _ name: String, _ receiver: TemplateValue, staticType: String?, operand: TemplateOperand,
        args: [TemplateOperand], final: TemplateValue?
    ) throws(WalkInterruption) -> TemplateValue {
        let hasArgs = !args.isEmpty || final != nil
        switch receiver {
        case .nilValue:
            return .nilValue
        case .record(let record):
            if let method = record.methods[name] {
                return try call(
                    dot, method, name: name, operand: operand, site: (goPosition(operand), operand.goText), args: args,
                    final: final)
            }
            if let field = record.fields[name] {
                if record.isNilPointer { throw fail("nil pointer evaluating \(record.typeName).\(name)", at: operand) }
                if hasArgs { throw fail("\(name) has arguments but cannot be invoked as function", at: operand) }
                return field
            }
        case .map(let map):
            if hasArgs { throw fail("\(name) is not a method but has arguments", at: operand) }
            return map.entries[name] ?? map.zero
        default:
            break
        }
        throw fail("can't evaluate field \(name) in type \(staticType ?? receiver.goTypeName)", at: operand)
    }

    // MARK: functions

    private func evalFunction(
        _ dot: TemplateValue, _ name: String, operand: TemplateOperand, site: (Int, String), args: [TemplateOperand],
        final: TemplateValue?
    ) throws(WalkInterruption) -> TemplateValue {
        if executor.functions[name] == nil, name == "and" || name == "or" {
            return try shortCircuit(dot, isOr: name == "or", operand: operand, args: args, final: final)
        }
        if name == "tmpl", executor.providesTmpl, executor.functions[name] == nil {
            return try callTmpl(dot, operand: operand, site: site, args: args, final: final)
        }
        guard let function = executor.functions[name] ?? TemplateBuiltins.all[name] else {
            throw fail("\(goQuote(name)) is not a defined function", at: operand)
        }
        return try call(dot, function, name: name, operand: operand, site: site, args: args, final: final)
    }

    /// Go 1.18+ `and`/`or`: arguments are evaluated left to right only until the result is known.
    private func shortCircuit(
        _ dot: TemplateValue, isOr: Bool, operand: TemplateOperand, args: [TemplateOperand], final: TemplateValue?
    ) throws(WalkInterruption) -> TemplateValue {
        let count = args.count + (final == nil ? 0 : 1)
        if count < 1 { throw fail("wrong number of args for \(isOr ? "or" : "and"): want at least 1 got 0", at: operand) }
        var value = TemplateValue.nilValue
        for arg in args {
            value = try evalArg(dot, .any, arg)
            if value.isTrue == isOr { return value }
        }
        return final ?? value
    }

    /// Go's evalCall: arity check, argument conversion by parameter type, then the call.
    /// `site` is the node Go blames when the function itself fails: the whole command.
    func call(
        _ dot: TemplateValue, _ function: TemplateFunction, name: String, operand: TemplateOperand, site: (Int, String),
        args: [TemplateOperand], final: TemplateValue?
    ) throws(WalkInterruption) -> TemplateValue {
        let count = args.count + (final == nil ? 0 : 1)
        let fixed = function.isVariadic ? function.parameters.count - 1 : function.parameters.count
        if function.isVariadic {
            if count < fixed {
                throw fail("wrong number of args for \(name): want at least \(fixed) got \(count)", at: operand)
            }
        } else if count != fixed {
            throw fail("wrong number of args for \(name): want \(fixed) got \(count)", at: operand)
        }
        func parameterType(_ i: Int) -> TemplateParameterType {
            i < fixed ? function.parameters[i] : function.parameters[function.parameters.count - 1]
        }
        var values: [TemplateValue] = []
        for (i, arg) in args.enumerated() { values.append(try evalArg(dot, parameterType(i), arg)) }
        if let final { values.append(try validate(final, parameterType(count - 1), at: operand)) }
        do {
            return try function.body(values)
        } catch {
            throw fail("error calling \(name): \(error.message)", at: site.0, context: site.1)
        }
    }

    /// Go's evalArg: constants take the parameter's type; other operands are evaluated and type-checked.
    func evalArg(_ dot: TemplateValue, _ type: TemplateParameterType?, _ operand: TemplateOperand) throws(WalkInterruption) -> TemplateValue {
        let value: TemplateValue
        switch operand {
        case .dot:
            value = dot
        case .nilValue:
            guard let type else { return .nilValue }
            switch type {
            case .any, .named: return .nilValue
            default: throw fail("cannot assign nil to \(type.goName)", at: operand)
            }
        case .field(let names, let offset):
            value = try evalFieldChain(dot, dot, names, operand: operand, offset: offset, args: [], final: nil)
        case .variable, .pipeline, .chain, .identifier:
            value = try evalCommand(dot, TemplateCommand(offset: operand.offset, arguments: [operand]), final: nil)
        case .bool(let b, _):
            switch type {
            case .bool, .any, nil: return .bool(b)
            default: throw fail("expected \(type!.goName); found \(operand.goText)", at: operand)
            }
        case .string(_, let s, _):
            switch type {
            case .string, .any, nil: return .string(s)
            default: throw fail("expected \(type!.goName); found \(operand.goText)", at: operand)
            }
        case .number(let number):
            switch type {
            case .any, nil: return try idealConstant(number, operand: operand)
            case .int:
                guard let int = number.int64 else { throw fail("expected integer; found \(operand.goText)", at: operand) }
                return .int(Int(int))
            case .float:
                guard let float = number.float64 else { throw fail("expected float64; found \(operand.goText)", at: operand) }
                return .float(float)
            default:
                throw fail("expected \(type!.goName); found \(operand.goText)", at: operand)
            }
        }
        guard let type else { return value }
        return try validate(value, type, at: operand)
    }

    /// Go's validateType: is the value assignable to the parameter?
    func validate(_ value: TemplateValue, _ type: TemplateParameterType, at operand: TemplateOperand) throws(WalkInterruption) -> TemplateValue {
        if case .nilValue = value {
            switch type {
            case .any, .named: return value
            default: throw fail("invalid value; expected \(type.goName)", at: operand)
            }
        }
        let fits: Bool
        switch (type, value) {
        case (.any, _), (.string, .string), (.int, .int), (.float, .float), (.bool, .bool): fits = true
        case (.named(let name), _): fits = value.goTypeName == name
        default: fits = false
        }
        if !fits { throw fail("wrong type for value; expected \(type.goName); got \(value.goTypeName)", at: operand) }
        return value
    }
}
