import ArgumentParser
import Diagnostics

/// The root command. Subcommands stay thin: parse, call the library, render.
public struct Halint: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "halint",
        abstract: "Lint and analyse Prometheus + Alertmanager high-availability setups.",
        discussion: """
            Exit codes: 0 no findings at or above the failing severity; 1 findings at or above it; \
            2 usage error, or an input that could not be read (missing path, YAML syntax error, binary data).
            """,
        version: HalintVersion.current,
        subcommands: [
            CheckCommand.self, ChecksCommand.self, ExplainCommand.self, LSPCommand.self, TopologyCommand.self,
            QueryCommand.self, EvalCommand.self, ShardsCommand.self, RelabelCommand.self, RoutesCommand.self, TestCommand.self,
        ],
        defaultSubcommand: CheckCommand.self)

    public init() {}
}
