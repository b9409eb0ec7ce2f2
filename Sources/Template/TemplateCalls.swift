/// The `{{template "name"}}` calls of a parsed template, everywhere in it:
/// the top-level body, nested lists and every `{{define}}`. Go looks the
/// names up only when the template runs, so a checker has to find them.
public struct TemplateCall: Sendable, Hashable {
    public var name: String
    /// UTF-8 byte offset of the `template` keyword in the text.
    public var offset: Int
    public var line: Int
}

extension ParsedTemplate {
    /// Every call, in text order per body (top level first, then definitions).
    public var calls: [TemplateCall] {
        var found: [TemplateCall] = []
        Self.collect(root, into: &found)
        for definition in definitions { Self.collect(definition.body, into: &found) }
        return found
    }

    private static func collect(_ list: TemplateList, into found: inout [TemplateCall]) {
        for node in list.nodes {
            switch node {
            case .template(let invocation):
                // A `{{block}}` defines what it calls; its body is a definition.
                if !invocation.isBlock {
                    found.append(TemplateCall(name: invocation.name, offset: invocation.offset, line: invocation.line))
                }
            case .ifBranch(let branch), .rangeLoop(let branch), .with(let branch):
                collect(branch.list, into: &found)
                if let elseList = branch.elseList { collect(elseList, into: &found) }
            case .text, .comment, .action, .breakLoop, .continueLoop:
                break
            }
        }
    }
}
