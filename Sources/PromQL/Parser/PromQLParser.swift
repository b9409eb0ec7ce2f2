/// Entry point: parse one PromQL expression with Prometheus 3.x semantics.
public enum PromQLParser {
    public static func parse(_ input: String, options: ParserOptions = .init()) -> ParseResult {
        var parser = Parser(source: SourceText(input), options: options)
        return parser.run()
    }

    /// The token stream, for tests and tools; comments are left out and the
    /// last token is `.eof` or `.error`.
    public static func tokenize(_ input: String) -> (tokens: [Token], error: PromQLError?) {
        let lexer = Lexer.tokenize(SourceText(input))
        let error = lexer.error.map {
            PromQLError(range: PositionRange(start: $0.start, end: input.utf8.count), message: $0.message)
        }
        return (lexer.tokens, error)
    }
}

/// Thrown to unwind after the first syntax error, which is already recorded.
/// Like yacc, the parser does not try to go on after one.
struct SyntaxAbort: Error {}

/// The `error` production in scope: which context an otherwise unexplained
/// "unexpected …" is reported in (`in aggregation`, `in offset, expected …`).
struct ErrorContext {
    var context: String
    var expected: String
}

/// Hand-written Pratt parser. Binary operators use precedence climbing;
/// `[…]`, `offset`, `@`, `anchored` and `smoothed` bind to the operand right
/// before them, tighter than any operator, as yacc's shift preference makes
/// them bind in Prometheus's grammar.
struct Parser {
    let source: SourceText
    let options: ParserOptions
    var tokens: [Token] = []
    var lexError: LexerError?
    var index = 0
    /// End of the last consumed token (Prometheus's `lastClosing`, near enough:
    /// modifiers always end in a number, duration or closing bracket).
    var previousEnd = 0
    var errors: [PromQLError] = []
    var errorContext: ErrorContext?
    var depth = 0
    var regexVerdicts: [String: RegexVerdict] = [:]

    /// Deeper trees are refused rather than risking the stack; real rules
    /// come nowhere near this.
    static let maxDepth = 500

    init(source: SourceText, options: ParserOptions) {
        self.source = source
        self.options = options
    }

    mutating func run() -> ParseResult {
        let lexer = Lexer.tokenize(source)
        tokens = lexer.tokens
        lexError = lexer.error
        do {
            if peek.kind == .eof {
                errors.append(PromQLError(range: .none, message: "no expression found in input"))
                return ParseResult(expr: nil, errors: errors)
            }
            let expr = try parseExpression(minPrecedence: 0)
            guard peek.kind == .eof else { throw unexpected() }
            // Like Prometheus, types are only checked when the syntax is fine.
            if errors.isEmpty { _ = check(expr) }
            return ParseResult(expr: expr, errors: errors)
        } catch {
            return ParseResult(expr: nil, errors: errors)
        }
    }

    // MARK: - Tokens

    var peek: Token { tokens[index] }

    func peek(_ offset: Int) -> Token { tokens[Swift.min(index + offset, tokens.count - 1)] }

    @discardableResult
    mutating func next() -> Token {
        let token = tokens[index]
        if token.kind != .eof, token.kind != .error {
            index += 1
            previousEnd = token.end
        }
        return token
    }

    func text(_ token: Token) -> String { source.text(of: token) }

    // MARK: - Errors

    mutating func report(_ message: String, at range: PositionRange) {
        errors.append(PromQLError(range: range, message: message))
    }

    /// Records "unexpected <token>[ in <context>][, expected <what>]" for the
    /// current token and returns the error to throw. A lexer error token is
    /// reported as the lexer's own message instead, once.
    mutating func unexpected(context: String? = nil, expected: String? = nil) -> SyntaxAbort {
        let token = peek
        if token.kind == .error, let lexError {
            report(lexError.message, at: PositionRange(start: lexError.start, end: source.count))
            return SyntaxAbort()
        }
        var message = "unexpected " + token.describe(in: source)
        let scope = context.map { ErrorContext(context: $0, expected: expected ?? "") } ?? errorContext
        if let scope {
            if !scope.context.isEmpty { message += " in " + scope.context }
            if !scope.expected.isEmpty { message += ", expected " + scope.expected }
        }
        report(message, at: token.range)
        return SyntaxAbort()
    }

    /// Runs `body` with `context` as the catch-all error context.
    mutating func within<T>(_ context: ErrorContext?, _ body: (inout Parser) throws -> T) throws -> T {
        let saved = errorContext
        errorContext = context
        defer { errorContext = saved }
        return try body(&self)
    }

    mutating func descend() throws {
        depth += 1
        if depth > Self.maxDepth {
            report("expression nests deeper than \(Self.maxDepth) levels", at: peek.range)
            throw SyntaxAbort()
        }
    }
}
