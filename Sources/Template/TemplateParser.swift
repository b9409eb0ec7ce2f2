import PromModel

/// Parses Go text/template syntax (parse only; nothing is executed) and
/// reports the first error with Go's exact wording and line.
///
/// Checks made at parse time, as in Go: every `$variable` must be declared
/// in scope, and every function name must be known.
public struct TemplateParser: Sendable {
    public var functions: Set<String>
    /// Variables in scope at the top level of the template (not inside
    /// `{{define}}` or `{{block}}` bodies, which start with only `$`).
    public var predefinedVariables: [String]
    /// Deepest nesting of parentheses and of control structures accepted.
    /// Go allows deeper; no real template comes close, and the bound keeps
    /// the recursive descent within a thread's stack.
    public var maxDepth: Int

    public init(functions: Set<String> = TemplateFunctions.goBuiltins, predefinedVariables: [String] = [], maxDepth: Int = 100) {
        self.functions = functions
        self.predefinedVariables = predefinedVariables
        self.maxDepth = maxDepth
    }

    public func parse(_ text: String, name: String) throws(TemplateParseError) -> ParsedTemplate {
        if !Self.containsActionDelimiter(text) {
            let nodes: [TemplateNode] = text.isEmpty ? [] : [.text(offset: 0, text: text)]
            return ParsedTemplate(name: name, root: TemplateList(offset: 0, nodes: nodes), definitions: [])
        }
        var core = TemplateParserCore(
            text: text, name: name, functions: functions, variables: ["$"] + predefinedVariables, maxDepth: maxDepth)
        return try core.parseTemplate()
    }

    /// Whether the text has a `{{` at all; text without one is plain.
    public static func containsActionDelimiter(_ text: String) -> Bool {
        var previousWasBrace = false
        for byte in text.utf8 {
            let isBrace = byte == UInt8(ascii: "{")
            if isBrace && previousWasBrace { return true }
            previousWasBrace = isBrace
        }
        return false
    }
}

/// Per-tree parser state. `{{define}}` and `{{block}}` bodies get a fresh one
/// (Go parses them as separate trees on the same lexer), which is why outer
/// variables are not visible inside them.
struct TemplateTreeState {
    /// Go's three-token lookahead: `tokens[0]` is always the token read last
    /// from the lexer, and its line is the line every error reports.
    var tokens: [TemplateToken]
    var peekCount = 0
    var variables: [String]
    /// Line of the `{{` that opened the current action, 0 between actions.
    var actionLine = 0
    var rangeDepth = 0
    var depth = 0

    init(variables: [String]) {
        let placeholder = TemplateToken(.error, offset: 0, value: "", line: 0)
        tokens = [placeholder, placeholder, placeholder]
        self.variables = variables
    }
}

/// What `textOrAction` found: a node, or the `{{end}}` / `{{else}}` that closes a list.
enum TemplateListItem {
    case node(TemplateNode)
    case end(offset: Int)
    case elseMarker(offset: Int, line: Int)

    /// Go's node text for the terminators.
    var goDescription: String {
        switch self {
        case .node: "node"
        case .end: "{{end}}"
        case .elseMarker: "{{else}}"
        }
    }
}

struct TemplateParserCore {
    var lexer: TemplateLexer
    var state: TemplateTreeState
    let parseName: String
    let functions: Set<String>
    let maxDepth: Int
    var definitions: [TemplateDefinition] = []
    var definitionIndex: [String: Int] = [:]

    init(text: String, name: String, functions: Set<String>, variables: [String], maxDepth: Int) {
        lexer = TemplateLexer(text)
        state = TemplateTreeState(variables: variables)
        parseName = name
        self.functions = functions
        self.maxDepth = maxDepth
    }

    // MARK: token buffer

    mutating func next() -> TemplateToken {
        if state.peekCount > 0 {
            state.peekCount -= 1
        } else {
            state.tokens[0] = lexer.nextToken()
        }
        return state.tokens[state.peekCount]
    }

    mutating func backup() { state.peekCount += 1 }

    mutating func backup2(_ first: TemplateToken) {
        state.tokens[1] = first
        state.peekCount = 2
    }

    mutating func backup3(_ first: TemplateToken, _ second: TemplateToken) {
        state.tokens[1] = second
        state.tokens[2] = first
        state.peekCount = 3
    }

    mutating func peek() -> TemplateToken {
        if state.peekCount > 0 { return state.tokens[state.peekCount - 1] }
        state.peekCount = 1
        state.tokens[0] = lexer.nextToken()
        return state.tokens[0]
    }

    mutating func nextNonSpace() -> TemplateToken {
        var token = next()
        while token.kind == .space { token = next() }
        return token
    }

    mutating func peekNonSpace() -> TemplateToken {
        let token = nextNonSpace()
        backup()
        return token
    }

    mutating func expect(_ kind: TemplateToken.Kind, _ context: String) throws(TemplateParseError) -> TemplateToken {
        let token = nextNonSpace()
        if token.kind != kind { throw unexpected(token, context) }
        return token
    }

    // MARK: errors

    func error(_ message: String, kind: TemplateParseError.Kind = .syntax, at offset: Int? = nil, line: Int? = nil) -> TemplateParseError {
        TemplateParseError(
            kind: kind, templateName: parseName, line: line ?? state.tokens[0].line,
            offset: offset ?? state.tokens[0].offset, message: message)
    }

    func unexpected(_ token: TemplateToken, _ context: String) -> TemplateParseError {
        if token.kind == .error {
            var extra = ""
            if state.actionLine != 0 && state.actionLine != token.line {
                extra = " in action started at \(parseName):\(state.actionLine)"
                // Avoid "unclosed action in action started at".
                if token.value.hasSuffix(" action") { extra = String(extra.dropFirst(" in action".count)) }
            }
            return error(token.value + extra, at: token.offset)
        }
        return error("unexpected \(token.goDescription) in \(context)", at: token.offset)
    }

    // MARK: top level

    mutating func parseTemplate() throws(TemplateParseError) -> ParsedTemplate {
        var root = TemplateList(offset: peek().offset)
        while peek().kind != .eof {
            if peek().kind == .leftDelim {
                let delim = next()
                if nextNonSpace().kind == .define {
                    let outer = state
                    state = TemplateTreeState(variables: ["$"])
                    try parseDefinition(at: delim.offset)
                    state = outer
                    continue
                }
                backup2(delim)
            }
            switch try textOrAction() {
            case .node(let node): root.nodes.append(node)
            case let terminator: throw error("unexpected \(terminator.goDescription)")
            }
        }
        // The top-level body is itself a named template and may clash with a definition.
        if let index = definitionIndex[parseName], !definitions[index].body.isEmpty, !root.isEmpty {
            throw error("template: multiple definition of template \(goQuote(parseName))")
        }
        return ParsedTemplate(name: parseName, root: root, definitions: definitions)
    }

    private mutating func parseDefinition(at offset: Int) throws(TemplateParseError) {
        let context = "define clause"
        let nameToken = nextNonSpace()
        guard nameToken.kind == .string || nameToken.kind == .rawString else { throw unexpected(nameToken, context) }
        guard let name = GoLiteral.unquote(nameToken.value) else { throw error("invalid syntax", at: nameToken.offset) }
        _ = try expect(.rightDelim, context)
        let (body, end) = try itemList()
        guard case .end = end else { throw error("unexpected \(end.goDescription) in \(context)") }
        try addDefinition(TemplateDefinition(name: name, offset: offset, body: body), line: state.tokens[0].line)
    }

    /// Go's `Tree.add`: an empty template may be replaced, a non-empty one may not.
    mutating func addDefinition(_ definition: TemplateDefinition, line: Int) throws(TemplateParseError) {
        guard let index = definitionIndex[definition.name] else {
            definitionIndex[definition.name] = definitions.count
            definitions.append(definition)
            return
        }
        if definitions[index].body.isEmpty {
            definitions[index] = definition
        } else if !definition.body.isEmpty {
            throw error(
                "template: multiple definition of template \(goQuote(definition.name))", at: definition.offset, line: line)
        }
    }

    /// Nodes up to the `{{end}}` or `{{else}}` that closes them.
    mutating func itemList() throws(TemplateParseError) -> (TemplateList, TemplateListItem) {
        var list = TemplateList(offset: peekNonSpace().offset)
        while peekNonSpace().kind != .eof {
            switch try textOrAction() {
            case .node(let node): list.nodes.append(node)
            case let terminator: return (list, terminator)
            }
        }
        throw error("unexpected EOF")
    }

    mutating func textOrAction() throws(TemplateParseError) -> TemplateListItem {
        let token = nextNonSpace()
        switch token.kind {
        case .text:
            return .node(.text(offset: token.offset, text: token.value))
        case .comment:
            return .node(.comment(offset: token.offset, text: token.value))
        case .leftDelim:
            state.actionLine = token.line
            defer { state.actionLine = 0 }
            return try action()
        default:
            throw unexpected(token, "input")
        }
    }

    private mutating func action() throws(TemplateParseError) -> TemplateListItem {
        let token = nextNonSpace()
        switch token.kind {
        case .block: return .node(try blockControl())
        case .breakKeyword, .continueKeyword: return .node(try loopControl(token))
        case .elseKeyword: return try elseControl()
        case .end: return .end(offset: try expect(.rightDelim, "end").offset)
        case .ifKeyword: return .node(.ifBranch(try branch("if", keyword: token)))
        case .range: return .node(.rangeLoop(try branch("range", keyword: token)))
        case .with: return .node(.with(try branch("with", keyword: token)))
        case .template: return .node(try templateControl())
        default: break
        }
        backup()
        let first = peek()
        let pipeline = try pipeline("command", end: .rightDelim)
        return .node(.action(TemplateAction(offset: first.offset, line: first.line, pipeline: pipeline)))
    }
}
