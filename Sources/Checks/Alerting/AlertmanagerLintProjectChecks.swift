import Alertmanager
import Diagnostics
import Foundation

/// Runs one of the config-only Alertmanager analyses on every config of the project that has a route.
protocol AlertmanagerTreeCheck: ProjectCheck {
    func check(_ config: AlertmanagerConfig, tree: Route) -> [Diagnostic]
}

extension AlertmanagerTreeCheck {
    public func check(_ project: Project) -> [Diagnostic] {
        project.alertmanagerConfigs.flatMap { entry -> [Diagnostic] in
            guard let root = entry.config.route else { return [] }
            return check(entry.config, tree: root)
        }
    }
}

public struct ShadowedRouteCheck: AlertmanagerTreeCheck {
    public static let descriptor = AlertmanagerLintChecks.shadowedRoute
    public init() {}
    func check(_ config: AlertmanagerConfig, tree: Route) -> [Diagnostic] { RouteLint.shadowedRoutes(tree) }
}

public struct UnusedReceiverCheck: AlertmanagerTreeCheck {
    public static let descriptor = AlertmanagerLintChecks.unusedReceiver
    public init() {}
    func check(_ config: AlertmanagerConfig, tree: Route) -> [Diagnostic] { ReceiverLint.unused(config, root: tree) }
}

public struct EmptyReceiverCheck: AlertmanagerTreeCheck {
    public static let descriptor = AlertmanagerLintChecks.emptyReceiver
    public init() {}
    func check(_ config: AlertmanagerConfig, tree: Route) -> [Diagnostic] { ReceiverLint.empty(config, root: tree) }
}

public struct RepeatIntervalCheck: AlertmanagerTreeCheck {
    public static let descriptor = AlertmanagerLintChecks.repeatIntervalTooShort
    public init() {}
    func check(_ config: AlertmanagerConfig, tree: Route) -> [Diagnostic] {
        RouteLint.timers(tree).filter { $0.check == Self.descriptor.id }
    }
}

public struct GroupWaitCheck: AlertmanagerTreeCheck {
    public static let descriptor = AlertmanagerLintChecks.groupWaitExceedsInterval
    public init() {}
    func check(_ config: AlertmanagerConfig, tree: Route) -> [Diagnostic] {
        RouteLint.timers(tree).filter { $0.check == Self.descriptor.id }
    }
}

public struct UselessContinueCheck: AlertmanagerTreeCheck {
    public static let descriptor = AlertmanagerLintChecks.uselessContinue
    public init() {}
    func check(_ config: AlertmanagerConfig, tree: Route) -> [Diagnostic] { RouteLint.uselessContinue(tree) }
}

public struct DeepRoutingTreeCheck: AlertmanagerTreeCheck {
    public static let descriptor = AlertmanagerLintChecks.deepRoutingTree
    public init() {}
    func check(_ config: AlertmanagerConfig, tree: Route) -> [Diagnostic] { RouteLint.deepTree(tree) }
}

public struct DeprecatedMatcherSyntaxCheck: AlertmanagerTreeCheck {
    public static let descriptor = AlertmanagerLintChecks.deprecatedMatchers
    public init() {}
    func check(_ config: AlertmanagerConfig, tree: Route) -> [Diagnostic] {
        RouteLint.deprecatedRouteMatchers(tree) + InhibitLint.deprecatedMatchers(config)
    }
}

public struct DeprecatedMuteTimeIntervalsCheck: ProjectCheck {
    public static let descriptor = AlertmanagerLintChecks.deprecatedMuteTimeIntervals
    public init() {}
    public func check(_ project: Project) -> [Diagnostic] {
        project.alertmanagerConfigs.flatMap { ConfigLint.deprecatedMuteTimeIntervals($0.config) }
    }
}

public struct InhibitWithoutEqualCheck: ProjectCheck {
    public static let descriptor = AlertmanagerLintChecks.inhibitWithoutEqual
    public init() {}
    public func check(_ project: Project) -> [Diagnostic] { project.alertmanagerConfigs.flatMap { InhibitLint.withoutEqual($0.config) } }
}

public struct InhibitSourceMatchesTargetCheck: ProjectCheck {
    public static let descriptor = AlertmanagerLintChecks.inhibitSourceMatchesTarget
    public init() {}
    public func check(_ project: Project) -> [Diagnostic] {
        project.alertmanagerConfigs.flatMap { InhibitLint.sourceMatchesTarget($0.config) }
    }
}

public struct InhibitCycleCheck: ProjectCheck {
    public static let descriptor = AlertmanagerLintChecks.inhibitCycle
    public init() {}
    public func check(_ project: Project) -> [Diagnostic] { project.alertmanagerConfigs.flatMap { InhibitLint.cycles($0.config) } }
}

public struct RouteTimeIntervalsCheck: AlertmanagerTreeCheck {
    public static let descriptor = AlertmanagerLintChecks.routeAlwaysMuted
    public init() {}
    func check(_ config: AlertmanagerConfig, tree: Route) -> [Diagnostic] {
        RouteLint.timeIntervals(tree, config: config, currentYear: currentYear()).filter { $0.check == Self.descriptor.id }
    }
}

public struct TimeIntervalNeverActiveCheck: AlertmanagerTreeCheck {
    public static let descriptor = AlertmanagerLintChecks.timeIntervalNeverActive
    public init() {}
    func check(_ config: AlertmanagerConfig, tree: Route) -> [Diagnostic] {
        RouteLint.timeIntervals(tree, config: config, currentYear: currentYear()).filter { $0.check == Self.descriptor.id }
    }
}

public struct TemplateFileMissingCheck: ProjectCheck {
    public static let descriptor = AlertmanagerLintChecks.templateFileMissing
    public init() {}
    public func check(_ project: Project) -> [Diagnostic] { project.alertmanagerConfigs.flatMap { ConfigLint.missingTemplates($0.config) } }
}

public struct PlaintextSecretCheck: ProjectCheck {
    public static let descriptor = AlertmanagerLintChecks.plaintextSecret
    public init() {}
    public func check(_ project: Project) -> [Diagnostic] { project.alertmanagerConfigs.flatMap { SecretLint.plaintextSecrets($0.config) } }
}

public struct InvalidTemplateFileCheck: ProjectCheck {
    public static let descriptor = AlertmanagerLintChecks.invalidTemplateFile
    public init() {}
    public func check(_ project: Project) -> [Diagnostic] {
        project.alertmanagerConfigs.flatMap { NotificationTemplateLint.invalidFiles(.load($0.config)) }
    }
}

public struct InvalidNotificationTemplateCheck: ProjectCheck {
    public static let descriptor = AlertmanagerLintChecks.invalidNotificationTemplate
    public init() {}
    public func check(_ project: Project) -> [Diagnostic] { project.alertmanagerConfigs.flatMap { NotificationTemplateLint.invalidFields($0.config) } }
}

public struct UndefinedTemplateCheck: ProjectCheck {
    public static let descriptor = AlertmanagerLintChecks.undefinedTemplate
    public init() {}
    public func check(_ project: Project) -> [Diagnostic] {
        project.alertmanagerConfigs.flatMap { NotificationTemplateLint.undefinedTemplates($0.config, files: .load($0.config)) }
    }
}

public struct TemplateUnknownFieldCheck: ProjectCheck {
    public static let descriptor = AlertmanagerLintChecks.templateUnknownField
    public init() {}
    public func check(_ project: Project) -> [Diagnostic] {
        project.alertmanagerConfigs.flatMap { NotificationTemplateLint.unknownFields($0.config, files: .load($0.config)) }
    }
}

func currentYear() -> Int {
    Calendar(identifier: .gregorian).component(.year, from: Date())
}

/// Every Alertmanager project check, config-only and rules-dependent, for the registry.
public enum AlertingProjectChecks {
    public static let all: [any ProjectCheck] = [
        ShadowedRouteCheck(), UnusedReceiverCheck(), EmptyReceiverCheck(), RepeatIntervalCheck(), GroupWaitCheck(),
        UselessContinueCheck(), DeepRoutingTreeCheck(), DeprecatedMatcherSyntaxCheck(), DeprecatedMuteTimeIntervalsCheck(),
        InhibitWithoutEqualCheck(), InhibitSourceMatchesTargetCheck(), InhibitCycleCheck(), RouteTimeIntervalsCheck(),
        TimeIntervalNeverActiveCheck(), TemplateFileMissingCheck(), PlaintextSecretCheck(), InvalidTemplateFileCheck(),
        InvalidNotificationTemplateCheck(), UndefinedTemplateCheck(), TemplateUnknownFieldCheck(),
        AlertReachesOnlyDefaultCheck(), RouteUnreachedByRulesCheck(), GroupByMissingLabelCheck(),
        GroupByAllHighCardinalityCheck(), GroupIntervalBelowEvaluationCheck(), InhibitEqualMissingLabelCheck(),
        UnknownAlertnameCheck(),
    ]
}
