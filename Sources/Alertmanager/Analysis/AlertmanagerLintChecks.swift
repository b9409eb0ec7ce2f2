import Diagnostics

/// Findings about configs Alertmanager loads but that very likely do not do
/// what their author meant. Computed from one config; the checks that also
/// need rule files live in the Checks module (`AlertingChecks`).
public enum AlertmanagerLintChecks {
    public static let shadowedRoute = CheckDescriptor(
        id: "alertmanager/shadowed-route", severity: .warning,
        summary: "An earlier sibling route without `continue` matches every alert this route matches, so it never receives any.")
    public static let unusedReceiver = CheckDescriptor(
        id: "alertmanager/unused-receiver", severity: .info,
        summary: "A receiver no route sends to.")
    public static let emptyReceiver = CheckDescriptor(
        id: "alertmanager/empty-receiver", severity: .warning,
        summary: "A receiver that routes send to has no integrations, so its alerts are silently dropped.")
    public static let repeatIntervalTooShort = CheckDescriptor(
        id: "alertmanager/repeat-interval-too-short", severity: .warning,
        summary: "`repeat_interval` is shorter than `group_interval`; repeats only happen on group_interval ticks.")
    public static let groupWaitExceedsInterval = CheckDescriptor(
        id: "alertmanager/group-wait-exceeds-interval", severity: .info,
        summary: "`group_wait` is longer than `group_interval`: the first notification is slower than every update.")
    public static let uselessContinue = CheckDescriptor(
        id: "alertmanager/useless-continue", severity: .info,
        summary: "`continue: true` on the last sibling route has no effect.")
    public static let deepRoutingTree = CheckDescriptor(
        id: "alertmanager/deep-routing-tree", severity: .info,
        summary: "The routing tree is more than 5 levels deep.")
    public static let deprecatedMatchers = CheckDescriptor(
        id: "alertmanager/deprecated-matcher-syntax", severity: .info,
        summary: "`match`, `match_re`, `source_match*` or `target_match*`, deprecated since 0.22 in favour of `matchers`.")
    public static let deprecatedMuteTimeIntervals = CheckDescriptor(
        id: "alertmanager/deprecated-mute-time-intervals", severity: .info,
        summary: "The top-level `mute_time_intervals:` list, deprecated since 0.24 in favour of `time_intervals:`.")
    public static let inhibitWithoutEqual = CheckDescriptor(
        id: "alertmanager/inhibit-without-equal", severity: .warning,
        summary: "An inhibit rule without `equal`: any source alert, from any cluster or service, mutes every target alert.")
    public static let inhibitSourceMatchesTarget = CheckDescriptor(
        id: "alertmanager/inhibit-source-matches-target", severity: .warning,
        summary: "Every alert an inhibit rule's source matches also matches its target, so the rule cannot inhibit its own sources.")
    public static let inhibitCycle = CheckDescriptor(
        id: "alertmanager/inhibit-cycle", severity: .warning,
        summary: "Two inhibit rules whose sources match each other's targets, so the alerts can mute each other.")
    public static let routeAlwaysMuted = CheckDescriptor(
        id: "alertmanager/route-always-muted", severity: .warning,
        summary: "A route's time intervals leave no time to notify: muted always, or active never.")
    public static let timeIntervalNeverActive = CheckDescriptor(
        id: "alertmanager/time-interval-never-active", severity: .warning,
        summary: "A route uses a time interval whose years are all in the past.")
    public static let templateFileMissing = CheckDescriptor(
        id: "alertmanager/template-file-missing", severity: .warning,
        summary: "A relative `templates:` path matches no file next to the config.")
    public static let plaintextSecret = CheckDescriptor(
        id: "alertmanager/plaintext-secret", severity: .warning,
        summary: "An API key, token, password or credential-bearing webhook URL written into the config in plain text.")

    public static let invalidTemplateFile = CheckDescriptor(
        id: "alertmanager/invalid-template-file", severity: .error,
        summary: "A file loaded through `templates:` is not a valid Go template, so Alertmanager refuses the config.")
    public static let invalidNotificationTemplate = CheckDescriptor(
        id: "alertmanager/invalid-notification-template", severity: .error,
        summary: "A templated notifier setting does not parse (syntax error or unknown function); notifications through it fail.")
    public static let undefinedTemplate = CheckDescriptor(
        id: "alertmanager/undefined-template", severity: .error,
        summary: "`{{ template \"name\" }}` names a template that no template file and no built-in template defines.")
    public static let templateUnknownField = CheckDescriptor(
        id: "alertmanager/template-unknown-field", severity: .error,
        summary: "A notification template reads a field the data does not have, such as `.Labels` outside `{{ range .Alerts }}`.")

    public static let all: [CheckDescriptor] = [
        shadowedRoute, unusedReceiver, emptyReceiver, repeatIntervalTooShort, groupWaitExceedsInterval, uselessContinue,
        deepRoutingTree, deprecatedMatchers, deprecatedMuteTimeIntervals, inhibitWithoutEqual, inhibitSourceMatchesTarget,
        inhibitCycle, routeAlwaysMuted, timeIntervalNeverActive, templateFileMissing, plaintextSecret, invalidTemplateFile,
        invalidNotificationTemplate, undefinedTemplate, templateUnknownField,
    ]
}
