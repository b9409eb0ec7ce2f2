import PromModel
extension TemplateFunctions {
    /// Console templates (Prometheus's ExpandHTML) can also call `tmpl`; alert templates cannot.
    public static let prometheusConsole: Set<String> = prometheus.union(["tmpl"])
}

extension ExecutionState {
    /// `tmpl` executes another template of the set into a string, which needs the
    /// executor's state, so it is not an ordinary function value.
    func callTmpl(
        _ dot: TemplateValue, operand: TemplateOperand, site: (Int, String), args: [TemplateOperand],
        final: TemplateValue?
    ) throws(WalkInterruption) -> TemplateValue {
        let count = args.count + (final == nil ? 0 : 1)
        if count != 2 { throw fail("wrong number of args for tmpl: want 2 got \(count)", at: operand) }
        var values: [TemplateValue] = []
        for (i, arg) in args.enumerated() { values.append(try evalArg(dot, i == 0 ? .string : .any, arg)) }
        if let final { values.append(try validate(final, count == 1 ? .string : .any, at: operand)) }
        guard case .string(let name) = values[0] else { return .nilValue }
        guard let body = template.template(named: name) else {
            throw fail(
                "error calling tmpl: template: no template \(goQuote(name)) associated with template \(goQuote(template.name))",
                at: site.0, context: site.1)
        }
        if depth >= executor.maxDepth {
            throw fail("exceeded maximum template depth (\(executor.maxDepth))", at: site.0, context: site.1)
        }
        // outputBytes keeps counting: the nested output is usually written out too.
        let saved = (output, variables, current)
        output = ""
        variables = [("$", values[1])]
        current = name
        depth += 1
        defer {
            depth -= 1
            output = saved.0
            variables = saved.1
            current = saved.2
        }
        try walk(values[1], body)
        return .string(output)
    }
}
