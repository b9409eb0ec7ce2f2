import Alertmanager
import Deployment
import Diagnostics
import PrometheusConfig
import PromQL
import RuleFiles
import YAML

/// Every check halint knows: descriptors of the findings that loaders report,
/// plus the project checks that run after loading. Kept by hand and tied to
/// `Rules/` by a test, so an id cannot exist without its document.
public struct CheckRegistry: Sendable {
    public let descriptors: [CheckDescriptor]
    public let projectChecks: [any ProjectCheck]

    public init(descriptors: [CheckDescriptor], projectChecks: [any ProjectCheck]) {
        let all = descriptors + projectChecks.map { type(of: $0).descriptor }
        var seen: Set<CheckID> = []
        self.descriptors = all.filter { seen.insert($0.id).inserted }.sorted { $0.id < $1.id }
        self.projectChecks = projectChecks
    }

    public static let standard = CheckRegistry(
        descriptors: SchemaChecks.all + InputChecks.all + SuppressionChecks.all
            + [HalintConfig.invalid, DiffBase.removedRecordingRuleInUse] + PrometheusConfigChecks.all + RuleFileChecks.all
            + AlertmanagerChecks.all + ComposeChecks.all + NginxChecks.all + PromQLChecks.all + LiveChecks.all,
        projectChecks: TopologyProjectChecks.all + RuleLint.checks + AlertingProjectChecks.all + [
            OrphanedShardCheck(), DuplicateShardCheck(), ModulusMismatchCheck(), UnusedShardEnvironmentCheck(),
            HashmodLabelLeakCheck(), UnstableHashmodSourceCheck(), NeverMatchesCheck(), EmptySourceValueCheck(),
        ])

    public func descriptor(for id: CheckID) -> CheckDescriptor? {
        descriptors.first { $0.id == id }
    }
}
