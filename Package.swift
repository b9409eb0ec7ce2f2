// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "halint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "halint", targets: ["halint"]),
        .library(name: "HalintKit", targets: ["Checks", "Reporting", "LanguageServer", "HalintCLI", "Sharding", "RuleEvaluation"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML", pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(
            name: "CPCRE2", pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]),
        .target(name: "Diagnostics"),
        .target(name: "YAML", dependencies: ["CYAML", "Diagnostics", "PromModel"]),
        .target(name: "RegexEngine", dependencies: ["CPCRE2"]),
        .target(name: "PromModel"),
        .target(name: "PromQL", dependencies: ["RegexEngine", "PromModel", "Diagnostics"]),
        .target(name: "TimeSeries", dependencies: ["PromModel", "Diagnostics", "RegexEngine"]),
        .target(name: "Template", dependencies: ["PromModel", "Diagnostics", "RegexEngine"]),
        .target(name: "PromAPI", dependencies: ["PromQL", "TimeSeries", "PromModel", "Diagnostics"]),
        .target(name: "PromQLEngine", dependencies: ["PromQL", "TimeSeries", "PromModel", "RegexEngine", "Diagnostics"]),
        .target(
            name: "PrometheusConfig",
            dependencies: [
                "YAML", "RegexEngine", "PromModel", "Diagnostics",
            ]),
        .target(name: "RuleFiles", dependencies: ["YAML", "PromModel", "PromQL", "Template", "Diagnostics"]),
        .target(
            name: "RuleEvaluation",
            dependencies: ["PromQLEngine", "PromQL", "TimeSeries", "Template", "RuleFiles", "PromModel", "Diagnostics", "YAML"]),
        .target(name: "Alertmanager", dependencies: ["YAML", "RegexEngine", "PromModel", "Diagnostics", "Template"]),
        .target(name: "Deployment", dependencies: ["YAML", "Diagnostics"]),
        .target(name: "Sharding", dependencies: ["PrometheusConfig", "Deployment", "YAML", "RegexEngine", "PromModel", "Diagnostics"]),
        .target(
            name: "Topology",
            dependencies: ["YAML", "Diagnostics", "PromModel", "RegexEngine", "Deployment", "PrometheusConfig", "Alertmanager", "RuleFiles", "PromQL"]),
        .target(
            name: "Checks",
            dependencies: [
                "YAML", "Diagnostics", "PrometheusConfig", "RuleFiles", "Alertmanager", "Deployment", "PromQL", "Topology",
                "Sharding", "RegexEngine", "PromAPI",
            ]),
        .target(name: "Reporting", dependencies: ["Diagnostics"]),
        .target(name: "LanguageServer", dependencies: ["Checks", "Diagnostics"]),
        .target(
            name: "HalintCLI",
            dependencies: [
                "Checks", "Reporting", "Diagnostics", "LanguageServer", "Topology", "PromQLEngine", "TimeSeries",
                "Sharding", "PrometheusConfig", "Deployment", "YAML", "PromAPI", "RuleEvaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(name: "halint", dependencies: ["HalintCLI"]),
        .target(name: "TestSupport", dependencies: ["Diagnostics"], path: "Tests/TestSupport"),
        .testTarget(name: "YAMLTests", dependencies: ["YAML", "TestSupport"]),
        .testTarget(name: "RegexEngineTests", dependencies: ["RegexEngine"]),
        .testTarget(name: "PromModelTests", dependencies: ["PromModel"]),
        .testTarget(name: "TimeSeriesTests", dependencies: ["TimeSeries", "PromModel", "YAML", "TestSupport"]),
        .testTarget(name: "PromAPITests", dependencies: ["PromAPI", "PromQL", "TimeSeries", "PromModel", "TestSupport"]),
        .testTarget(name: "PromQLTests", dependencies: ["PromQL", "YAML", "TestSupport"]),
        .testTarget(
            name: "PromQLEngineTests",
            dependencies: ["PromQLEngine", "PromQL", "TimeSeries", "PromModel", "HalintCLI", "TestSupport"]),
        .testTarget(
            name: "TemplateTests", dependencies: ["Template", "RuleFiles", "YAML", "PromModel", "TestSupport"],
            exclude: ["GoReference"]),
        .testTarget(name: "PrometheusConfigTests", dependencies: ["PrometheusConfig", "YAML", "TestSupport"]),
        .testTarget(
            name: "RuleEvaluationTests",
            dependencies: ["RuleEvaluation", "RuleFiles", "TimeSeries", "PromModel", "PromQLEngine", "YAML", "HalintCLI", "TestSupport"]),
        .testTarget(name: "RuleFilesTests", dependencies: ["RuleFiles", "YAML", "TestSupport"]),
        .testTarget(name: "AlertmanagerTests", dependencies: ["Alertmanager", "YAML", "TestSupport"]),
        .testTarget(name: "DeploymentTests", dependencies: ["Deployment", "YAML", "TestSupport"]),
        .testTarget(
            name: "TopologyTests",
            dependencies: ["Topology", "Deployment", "PrometheusConfig", "Alertmanager", "RuleFiles", "YAML", "TestSupport"]),
        .testTarget(
            name: "ShardingTests",
            dependencies: ["Sharding", "PrometheusConfig", "Deployment", "YAML", "Checks", "HalintCLI", "TestSupport"]),
        .testTarget(name: "LanguageServerTests", dependencies: ["LanguageServer", "TestSupport"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "Diagnostics", "TestSupport"]),
        .testTarget(
            name: "EvalCommandTests",
            dependencies: ["RuleEvaluation", "HalintCLI", "PromAPI", "PromQL", "PromQLEngine", "TimeSeries", "PromModel", "TestSupport"]),
        .testTarget(
            name: "FuzzTests",
            dependencies: [
                "Checks", "HalintCLI", "PromQL", "PromQLEngine", "TimeSeries", "Template", "RuleEvaluation", "Sharding",
                "Deployment", "YAML", "TestSupport",
            ]),
        .testTarget(name: "ChecksTests", dependencies: ["Checks", "Reporting", "HalintCLI", "PromAPI", "PromModel", "TestSupport"]),
    ]
)
