import Alertmanager
import Deployment
import Diagnostics
import Foundation
import PrometheusConfig
import RuleFiles
import Topology
import YAML

/// The library entry point of `halint check`: load, parse, analyse, check, sort.
public struct Linter: Sendable {
    public let options: LintOptions
    public let registry: CheckRegistry

    public init(options: LintOptions = LintOptions(), registry: CheckRegistry = .standard) {
        self.options = options
        self.registry = registry
    }

    public func lint(paths: [String]) throws(HalintError) -> LintReport {
        let state = try loadState(paths: paths)
        guard let live = options.live else { return finish(state) }
        let project = Project(files: state.files, expressions: state.expressions, settings: options.settings)
        return finish(state, extra: try LiveLintRunner(project: project, options: live).run())
    }

    /// Reads every input and what it refers to.
    private func loadState(paths: [String]) throws(HalintError) -> LoadState {
        let inputs = try InputCollector().collect(paths)
        var state = LoadState()
        for input in inputs where input.explicit || options.config.includes(configRelative(input.path)) {
            load(input.path, explicit: input.explicit, into: &state)
        }
        followReferences(into: &state)
        return state
    }

    /// Project checks, then filters, then one sorted, duplicate-free list.
    private func finish(_ state: LoadState, extra: [Diagnostic] = []) -> LintReport {
        var diagnostics = state.diagnostics + extra
        let project = Project(files: state.files, expressions: state.expressions, settings: options.settings)
        for check in registry.projectChecks {
            diagnostics.append(contentsOf: check.check(project))
        }
        diagnostics = EnabledFeatureFilter(project: project).apply(diagnostics)
        diagnostics = applyConfig(diagnostics) + options.configDiagnostics
        if let diffBase = options.diffBase {
            diagnostics = diffBase.filter(diagnostics, files: state.files, sources: state.sources)
                + diffBase.removedRecordingRules(files: state.files, expressions: state.expressions)
        }
        if options.applySuppressions || options.baseline != nil {
            let filter = FindingFilter(
                registry: registry, today: options.today,
                baseline: options.baseline)
            diagnostics = options.applySuppressions
                ? filter.apply(diagnostics, sources: state.sources)
                : options.baseline!.filter(diagnostics, sources: state.sources)
        }
        var listed: Set<String> = []
        return LintReport(
            diagnostics: Array(Set(diagnostics)).sorted(),
            files: state.files.filter { listed.insert($0.path).inserted }
                .map { LintReport.CheckedFile(path: $0.path, kind: $0.kind) },
            sources: state.sources)
    }

    /// Lints text that is not on disk (editors, tests, doc examples).
    public func lint(text: String, path: String) -> LintReport {
        var state = LoadState()
        load(SourceText(path: path, text: text), explicit: true, into: &state)
        return finish(state)
    }

    /// Per-check settings of `.halint.yml`; globs are relative to its directory.
    private func applyConfig(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let config = options.config
        return diagnostics.compactMap { diagnostic in
            if InputChecks.inputErrorIDs.contains(diagnostic.check) { return diagnostic }
            let setting = config.setting(for: diagnostic.check, path: configRelative(diagnostic.span.file))
            if setting.enabled == false { return nil }
            var adjusted = diagnostic
            if let severity = setting.severity { adjusted.severity = severity }
            return adjusted
        }
    }

    func configRelative(_ path: String) -> String {
        options.settings.relative(path)
    }

    /// Follows what the loaded files point at: every rule file a Prometheus
    /// config names must exist (promtool's check), and is read even when not
    /// given on the command line; files a docker-compose service bind-mounts
    /// (its prometheus.yml, alertmanager.yml…) are read too, so the stack is
    /// checked as deployed. Repeated so a mounted config's rule files count.
    private func followReferences(into state: inout LoadState) {
        var loaded = Set(state.files.map { InputCollector.normalized($0.path) })
        var visited = 0
        while visited < state.files.count {
            let file = state.files[visited]
            visited += 1
            var wanted: [String] = []
            switch file.model {
            case .prometheusConfig(let config):
                for pattern in ReferencedFiles.ruleFiles(of: config) {
                    if ReferencedFiles.hasGlob(pattern.resolved) {
                        wanted += ReferencedFiles.expand(pattern.resolved)
                    } else if FileManager.default.fileExists(atPath: pattern.resolved) {
                        wanted.append(pattern.resolved)
                    } else {
                        state.diagnostics.append(ReferencedFiles.missing(pattern))
                    }
                }
            case .compose(let compose):
                wanted += ReferencedFiles.mountedFiles(of: compose)
            default:
                break
            }
            guard options.followReferences else { continue }
            for path in wanted where loaded.insert(InputCollector.normalized(path)).inserted {
                load(path, explicit: true, into: &state)
            }
        }
    }

    /// Loads and classifies the inputs and what they refer to, without running
    /// checks: the model `halint topology` and other commands work from.
    public func project(paths: [String]) throws(HalintError) -> Project {
        let state = try loadState(paths: paths)
        return Project(files: state.files, expressions: state.expressions, settings: options.settings)
    }

    struct LoadState {
        var expressions = ExpressionCache()
        var files: [LoadedFile] = []
        var diagnostics: [Diagnostic] = []
        var sources: [String: SourceText] = [:]
    }

    private func load(_ path: String, explicit: Bool, into state: inout LoadState) {
        let span = SourceSpan(file: path, line: 1, column: 1)
        let url = URL(fileURLWithPath: path)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= options.maxFileSize else {
            state.diagnostics.append(
                Diagnostic(
                    InputChecks.unreadable,
                    "file is \(size >> 20) MiB, more than the \(options.maxFileSize >> 20) MiB limit; check that this is the file you meant",
                    at: span))
            state.files.append(LoadedFile(path: path, kind: .unknown, model: nil))
            return
        }
        guard let data = try? Data(contentsOf: url) else {
            state.diagnostics.append(Diagnostic(InputChecks.unreadable, "cannot read the file", at: span))
            state.files.append(LoadedFile(path: path, kind: .unknown, model: nil))
            return
        }
        load(SourceText(path: path, bytes: [UInt8](data)), explicit: explicit, into: &state)
    }

    private func load(_ source: SourceText, explicit: Bool, into state: inout LoadState) {
        let path = source.path
        state.sources[path] = source
        let span = SourceSpan(file: path, line: 1, column: 1)
        let lowerName = path.lowercased()

        if let textKind = FileClassifier.textKind(forName: lowerName) {
            guard !source.isBinary else {
                state.diagnostics.append(
                    Diagnostic(InputChecks.unreadable, "the file is not text (binary data or invalid UTF-8)", at: span))
                state.files.append(LoadedFile(path: path, kind: textKind, model: nil, source: source))
                return
            }
            let text = String(decoding: source.bytes, as: UTF8.self)
            var model: FileModel?
            switch textKind {
            case .nginx where NginxConfigParser.looksLikeNginx(text):
                let (config, found) = NginxConfigParser.parse(text, file: path)
                state.diagnostics.append(contentsOf: found)
                model = .nginx(config)
            case .systemdUnit where SystemdUnitParser.looksLikeUnit(text):
                model = .systemdUnit(SystemdUnitParser.parse(text, file: path))
            case .haproxy where HAProxyConfigParser.looksLikeHAProxy(text):
                model = .haproxy(HAProxyConfigParser.parse(text, file: path))
            default:
                break
            }
            if model == nil && explicit { reportUnknown(path, into: &state) }
            state.files.append(LoadedFile(path: path, kind: model == nil ? .unknown : textKind, model: model, source: source))
            return
        }

        let stream = YAMLParser().parse(bytes: source.bytes)
        state.diagnostics.append(contentsOf: stream.diagnostics(file: path))
        var kind = FileClassifier.classify(yaml: stream)
        if stream.isBroken && kind == .unknown {
            kind = FileClassifier.guess(fromName: path)
        }
        guard !stream.isBroken else {
            // Half a document would give misleading findings; the syntax error says it all.
            state.files.append(LoadedFile(path: path, kind: kind, model: nil))
            return
        }
        let root = stream.documents.first?.root
        var model: FileModel?
        switch kind {
        case .ruleFile:
            let (rules, found) = RuleFileLoader.load(
                stream, file: path, source: String(decoding: source.bytes, as: UTF8.self),
                expressionValidator: ExpressionValidation.validator(state.expressions))
            state.diagnostics.append(contentsOf: found)
            model = rules.map(FileModel.ruleFile)
        case .prometheusConfig:
            if let root {
                let (config, found) = PrometheusConfigLoader.load(root, file: path)
                state.diagnostics.append(contentsOf: found)
                model = config.map(FileModel.prometheusConfig)
            }
        case .alertmanagerConfig:
            let embedded = AlertmanagerSources.extract(
                stream, file: path, text: String(decoding: source.bytes, as: UTF8.self))
            for item in embedded { state.diagnostics.append(contentsOf: item.diagnostics) }
            let configs = embedded.compactMap(\.config)
            model = configs.first.map(FileModel.alertmanagerConfig)
            // A List or a multi-document manifest may carry several configs.
            for extra in configs.dropFirst() {
                state.files.append(
                    LoadedFile(path: path, kind: .alertmanagerConfig, model: .alertmanagerConfig(extra), source: source))
            }
        case .compose:
            if let root {
                let (compose, found) = ComposeLoader.load(root, file: path)
                state.diagnostics.append(contentsOf: found)
                model = compose.map(FileModel.compose)
            }
        case .kubernetes:
            model = .kubernetes(KubernetesManifestReader.read(stream, file: path))
        case .nginx, .promtoolTest, .systemdUnit, .haproxy:
            break
        case .unknown:
            if explicit { reportUnknown(path, into: &state) }
        }
        state.files.append(LoadedFile(path: path, kind: kind, model: model, source: source))
    }

    private func reportUnknown(_ path: String, into state: inout LoadState) {
        state.diagnostics.append(
            Diagnostic(
                InputChecks.unknownKind,
                "cannot tell what kind of file this is: it is not a Prometheus config (scrape_configs, global…), a rule file (groups), an Alertmanager config (route, receivers), a docker-compose file (services) or an nginx config",
                at: SourceSpan(file: path, line: 1, column: 1)))
    }
}
