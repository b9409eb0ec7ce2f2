import Diagnostics
import YAML

/// Assembles tokens into the directive tree, reporting what nginx's
/// `ngx_conf_parse` rejects in its own words (`unexpected "}"`, `unexpected end
/// of file, expecting "}"`) and recovering so that one pass finds every problem.
struct NginxTreeBuilder {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    private struct Frame {
        var header: [Located<String>]
        var children: [NginxDirective] = []
        var open: SourcePosition
        /// True for a `{` that had no directive before it; its contents are dropped.
        var isOrphan: Bool
    }
    private var reportedTooDeep = false

    /// Deeper blocks are flattened into the one at this depth: every later
    /// pass recurses over the tree, and 100,000 nested `location {` overflowed
    /// the stack. Real configs stay within a handful of levels.
    static let maxDepth = 100

    mutating func build(_ lexer: NginxLexer) -> [NginxDirective] {
        for error in lexer.errors {
            report(
                "\(error.message): a quoted string must be followed by a space, \";\" or \"{\"; put the whole "
                    + "argument inside the quotes", at: error.position)
        }
        var stack = [Frame(header: [], open: SourcePosition(line: 1, column: 1), isOrphan: false)]
        var pending: [Located<String>] = []
        var pendingEnds: [SourcePosition] = []

        for token in lexer.tokens {
            switch token.kind {
            case .word(let text, _):
                pending.append(Located(text, span: SourceSpan(file: file, start: token.start, end: token.end)))
                pendingEnds.append(token.end)
            case .semicolon:
                if pending.isEmpty {
                    report("unexpected \";\": a \";\" with no directive before it; remove it", at: token.start)
                    continue
                }
                if isBlockDirective(pending[0].value, in: stack) {
                    report(
                        "directive \"\(pending[0].value)\" has no opening \"{\": it takes a block; write "
                            + "\(pending[0].value) … { … } instead of ending it with \";\"", at: token.start)
                }
                stack[stack.count - 1].children += directives(pending, end: token.end)
                pending = []
                pendingEnds = []
            case .openBrace:
                if pending.isEmpty {
                    report("unexpected \"{\": a block needs a directive name before \"{\", e.g. server { … }", at: token.start)
                    stack.append(Frame(header: [], open: token.start, isOrphan: true))
                    continue
                }
                if stack.count > Self.maxDepth {
                    if !reportedTooDeep {
                        reportedTooDeep = true
                        report("blocks are nested more than \(Self.maxDepth) levels deep; deeper blocks are not read", at: token.start)
                    }
                    stack.append(Frame(header: [], open: token.start, isOrphan: true))
                } else if isSimpleDirective(pending[0].value, in: stack) {
                    report(
                        "directive \"\(pending[0].value)\" is not terminated by \";\": it takes no block; put \";\" "
                            + "at its end and remove the \"{\" … \"}\"", at: token.start)
                    stack[stack.count - 1].children += directives(pending, end: token.start)
                    stack.append(Frame(header: [], open: token.start, isOrphan: true))
                } else {
                    stack.append(Frame(header: pending, open: token.start, isOrphan: false))
                }
                pending = []
                pendingEnds = []
            case .closeBrace:
                if let last = pending.last {
                    let head = pending.prefix(3).map(\.value).joined(separator: " ")
                    report(
                        "unexpected \"}\": the directive \"\(head)\" before it is not terminated; add \";\" after "
                            + "\"\(last.value)\"", at: token.start)
                    stack[stack.count - 1].children += directives(
                        pending, end: pendingEnds.last ?? token.start, complete: false)
                    pending = []
                    pendingEnds = []
                }
                if stack.count == 1 {
                    report("unexpected \"}\": it closes no block; remove it or add the missing \"{\"", at: token.start)
                    continue
                }
                close(&stack, end: token.end, complete: true)
            }
        }
        if let last = pending.last {
            var message = "unexpected end of file, expecting \";\" or \"}\""
            if let quote = lexer.unterminatedQuote {
                message += ": the quote opened at line \(quote.line), column \(quote.column) is not closed"
            } else {
                message += ": add \";\" after \"\(last.value)\""
            }
            report(message, at: lexer.endPosition)
            stack[stack.count - 1].children += directives(pending, end: lexer.endPosition, complete: false)
        } else if stack.count > 1 {
            let open = stack[stack.count - 1]
            let name = open.header.first?.value ?? ""
            diagnostics.append(
                Diagnostic(
                    NginxChecks.syntax,
                    "unexpected end of file, expecting \"}\": the \"\(name)\" block opened at line \(open.open.line) "
                        + "is not closed; add \"}\"",
                    at: SourceSpan(file: file, start: lexer.endPosition),
                    notes: [Note("\"\(name)\" block opened here", at: SourceSpan(file: file, start: open.open))]))
        }
        while stack.count > 1 { close(&stack, end: lexer.endPosition, complete: false) }
        return stack[0].children
    }

    private func close(_ stack: inout [Frame], end: SourcePosition, complete: Bool) {
        let frame = stack.removeLast()
        guard !frame.isOrphan, let name = frame.header.first else {
            stack[stack.count - 1].children += frame.children
            return
        }
        let directive = NginxDirective(
            name: name, arguments: Array(frame.header.dropFirst()), block: frame.children,
            span: SourceSpan(file: file, start: name.span.start, end: end), isComplete: complete)
        stack[stack.count - 1].children.append(directive)
    }

    /// The words of one `;`-terminated statement as directives. When a word that starts a
    /// new line is a well-known directive name, the `;` before it was most likely forgotten:
    /// report that, and split there so the model sees both directives.
    private mutating func directives(
        _ words: [Located<String>], end: SourcePosition, complete: Bool = true
    ) -> [NginxDirective] {
        var result: [NginxDirective] = []
        var current: [Located<String>] = []
        for word in words {
            if let previous = current.last, let first = current.first, word.span.start.line > previous.span.end.line,
                Self.commonDirectives.contains(word.value), Self.commonDirectives.contains(first.value),
                !Self.blockDirectives.contains(first.value)
            {
                report(
                    "directive \"\(first.value)\" is not terminated by \";\": nginx reads \"\(word.value)\" on line "
                        + "\(word.span.start.line) as its argument and rejects it (invalid parameter or number of "
                        + "arguments); add \";\" after \"\(previous.value)\"", at: previous.span.end)
                result.append(directive(current, end: previous.span.end))
                current = []
            }
            current.append(word)
        }
        if !current.isEmpty { result.append(directive(current, end: end, complete: complete)) }
        return result
    }

    private func directive(_ words: [Located<String>], end: SourcePosition, complete: Bool = true) -> NginxDirective {
        NginxDirective(
            name: words[0], arguments: Array(words.dropFirst()), block: nil,
            span: SourceSpan(file: file, start: words[0].span.start, end: end), isComplete: complete)
    }

    /// `server` is a block in `http` and `stream`, and a simple directive inside `upstream`.
    private func isBlockDirective(_ name: String, in stack: [Frame]) -> Bool {
        if name == "server" { return stack.last?.header.first?.value != "upstream" }
        return Self.blockDirectives.contains(name)
    }

    private func isSimpleDirective(_ name: String, in stack: [Frame]) -> Bool {
        if name == "server" { return stack.last?.header.first?.value == "upstream" }
        return Self.commonDirectives.contains(name) && !Self.blockDirectives.contains(name)
    }

    private mutating func report(_ message: String, at position: SourcePosition) {
        diagnostics.append(Diagnostic(NginxChecks.syntax, message, at: SourceSpan(file: file, start: position)))
    }

    /// Directives that often follow one another line by line in proxy configurations.
    static let commonDirectives: Set<String> = [
        "listen", "server_name", "location", "proxy_pass", "proxy_set_header", "proxy_http_version",
        "proxy_read_timeout", "proxy_connect_timeout", "proxy_send_timeout", "proxy_buffering", "proxy_redirect",
        "grpc_pass", "root", "index", "return", "rewrite", "include", "upstream", "server", "access_log", "error_log",
        "add_header", "try_files", "keepalive", "keepalive_timeout", "ip_hash", "least_conn", "hash", "random",
        "client_max_body_size", "ssl_certificate", "ssl_certificate_key", "worker_connections", "worker_processes",
        "user", "pid", "auth_basic", "auth_basic_user_file", "allow", "deny", "resolver", "sendfile", "gzip",
        "default_type", "charset", "set", "zone",
    ]

    /// Directives that always take a `{ … }` block (`server` depends on where it is).
    static let blockDirectives: Set<String> = [
        "http", "events", "stream", "mail", "upstream", "location", "if", "map", "geo", "types", "limit_except",
        "split_clients",
    ]
}
