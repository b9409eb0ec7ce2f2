import Diagnostics
import Foundation
import Diagnostics

/// What a run of `halint check` should do.
public struct LintOptions: Sendable {
    /// Files larger than this are refused (a guard against reading a disk image by mistake).
    public var maxFileSize: Int
    /// Read files that configs refer to (rule_files) even when not named on the command line.
    public var followReferences: Bool
    /// Honour `# halint disable=` comments.
    public var applySuppressions: Bool
    /// Findings to accept (from `--baseline`).
    public var baseline: Baseline?
    /// Today's date as YYYY-MM-DD (UTC), for `until=` expiry; injectable for tests.
    public var today: String
    /// Settings from `.halint.yml`, and the directory its globs are relative to.
    public var config: HalintConfig
    public var configDirectory: String?
    /// Findings about `.halint.yml` itself, reported with the rest.
    public var configDiagnostics: [Diagnostic]
    /// `--diff-base`: report only findings in what changed since that commit.
    public var diffBase: DiffBase?
    /// `--prometheus-url`: also run the live checks against this server.
    /// Nil (the default) keeps the linter offline.
    public var live: LiveOptions?

    public init(
        maxFileSize: Int = 256 << 20, followReferences: Bool = true, applySuppressions: Bool = true,
        baseline: Baseline? = nil, today: String = LintOptions.currentDate(),
        config: HalintConfig = HalintConfig(), configDirectory: String? = nil, configDiagnostics: [Diagnostic] = []
    ) {
        self.diffBase = nil
        self.live = nil
        self.config = config
        self.configDirectory = configDirectory
        self.configDiagnostics = configDiagnostics
        self.maxFileSize = maxFileSize
        self.followReferences = followReferences
        self.applySuppressions = applySuppressions
        self.baseline = baseline
        self.today = today
    }

    public static func currentDate() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
