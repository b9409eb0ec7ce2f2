import Diagnostics
import PromAPI

/// `live/query-failed`: the server refused or failed a query for a rule
/// (too many samples, a timeout, an execution error), so the live checks
/// of that rule are incomplete. An unreachable server stops the run instead.
struct QueryFailedCheck {
    static let descriptor = LiveChecks.queryFailed

    static func diagnostic(_ error: PromAPIError, about subject: String, at span: SourceSpan) -> Diagnostic {
        Diagnostic(descriptor, "could not check \(subject) on the server: \(error)", at: span)
    }
}
