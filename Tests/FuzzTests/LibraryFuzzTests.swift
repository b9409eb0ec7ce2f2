import Checks
import Foundation
import HalintCLI
import PromModel
import PromQL
import PromQLEngine
import RuleEvaluation
import Sharding
import Template
import Testing
import TestSupport
import TimeSeries

/// Drives every library entry point with random bytes and mutated real
/// inputs. Each call must come back with a result or an error value: a trap,
/// stack overflow or hang fails the run. The seed is fixed, so a failure
/// reproduces; `HALINT_FUZZ_ITERATIONS` / `HALINT_FUZZ_SEED` run it longer.
@Suite struct LibraryFuzzTests {
    /// The names the linter classifies inputs by (plus content sniffing).
    static let lintNames = [
        "rules.yml", "prometheus.yml", "alertmanager.yml", "docker-compose.yml", "nginx.conf", ".halint.yml", "haproxy.cfg",
        "prometheus.service", "values.yaml", "secret.yaml", "rules_test.yml",
    ]

    static let store: SeriesStore = {
        let text = """
            up{job="a",instance="x"} 0+1x30
            up{job="b",instance="y"} 1 _ stale 3x20
            http_requests_total{code="200"} 0+10x30
            """
        return (try? SeriesFile.parse(text, format: .notation).store) ?? SeriesStore()
    }()

    /// Every in-memory entry point on one input.
    static func drive(_ bytes: [UInt8], name: String) {
        Hostile.record(bytes, name: name)
        let text = String(decoding: bytes, as: UTF8.self)
        let report = Linter().lint(text: text, path: name)
        #expect((0...2).contains(report.exitCode(failOn: .error)))
        drivePromQL(text)
        _ = try? SeriesFile.parse(text, path: "series.txt")
        _ = try? SeriesFile.parse(text, path: "series.json", format: .json)
        _ = try? SeriesFile.parse(text, path: "series.om", format: .openMetrics)
        _ = ExpositionParser.parse(text)
        _ = try? TemplateParser().parse(text, name: "t")
        _ = AlertTemplateExpander(alertName: "A", labels: ["job": "a"], value: 1).expandResult(text)
        _ = try? TargetListReader.readFileSD(text, path: "sd.json", metaFilepath: nil)
        _ = try? TargetListReader.readFileSD(text, path: "sd.yml", metaFilepath: nil)
        _ = try? TargetListReader.readPlain(text, path: "targets.txt")
        let result = RuleTestRunner().run(text: text, file: "/nonexistent/halint-fuzz/unit_test.yml")
        #expect(result.passed || !result.failures.isEmpty)
    }

    /// Parses as PromQL and, when it is valid, evaluates it (instant and range).
    static func drivePromQL(_ text: String) {
        Hostile.record(Array(text.utf8), name: "expr.promql")
        let parsed = PromQLParser.parse(text, options: .allFeatures)
        #expect(parsed.isValid || !parsed.errors.isEmpty || parsed.expr == nil)
        guard parsed.isValid, let expr = parsed.expr else { return }
        let engine = PromQLEngine(store: store)
        _ = try? engine.instantQuery(expr, at: 600_000)
        if expr.type == .vector || expr.type == .scalar {
            _ = try? engine.rangeQuery(expr, start: 0, end: 1_800_000, step: 60_000)
        }
    }

    @Test func randomBytes() {
        var generator = SplitMix64(seed: Hostile.seed)
        for iteration in 0..<Hostile.iterations {
            var bytes = generator.bytes(generator.below(2048))
            switch iteration % 4 {
            case 1: bytes = [0xEF, 0xBB, 0xBF] + bytes
            case 2: bytes = bytes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
            case 3: bytes = Array("groups:\n  - name: x\n    rules:\n".utf8) + bytes
            default: break
            }
            Self.drive(bytes, name: Self.lintNames[iteration % Self.lintNames.count])
        }
    }

    @Test func mutatedRealInputs() throws {
        let seeds = Hostile.seeds
        try #require(seeds.count >= 20, "Fixtures/ holds the seed inputs")
        var generator = SplitMix64(seed: Hostile.seed &+ 1)
        // Every seed once per 40 iterations; the donor splices one file into another.
        let rounds = max(1, Hostile.iterations / 40) * min(seeds.count, 120)
        for round in 0..<rounds {
            let seed = seeds[(round * 7919) % seeds.count]
            let donor = seeds[generator.below(seeds.count)].bytes
            let mutant = Hostile.mutate(seed.bytes, donor: donor, using: &generator)
            Self.drive(mutant, name: seed.name)
        }
    }

    @Test func randomPromQLTokens() {
        let pieces = [
            "up", "rate(", "sum by (a) (", ")", "(", "[5m]", "[5m:1m]", "offset 5m", "@ 100", "+", "-", "*", "/", "^", " and ", " or ",
            " unless ", "on(a)", "group_left", "{a=\"b\"}", "{a=~\"(a+)+$\"}", "1e308", "-Inf", "NaN", "0x7fffffffffffffff",
            "9223372036854775807", "topk(", "quantile(", "histogram_quantile(", "label_replace(", "\"a\"", ",", "time()",
            "timestamp(", "year(", "vector(", "scalar(", "absent(", "count_values(", "@ end()", "offset -1y", "[290y:1ms]", "1y",
            "step()", "%", "atan2", "bool", "==", "!=", ">", "<", "ignoring(", "without(", "limitk(", "info(", "[1s:1ms]",
        ]
        var generator = SplitMix64(seed: Hostile.seed &+ 2)
        for _ in 0..<(Hostile.iterations * 25) {
            let text = (0..<(1 + generator.below(12))).map { _ in pieces[generator.below(pieces.count)] }.joined(separator: " ")
            Self.drivePromQL(text)
        }
    }

    /// Arguments at the limits of every numeric parameter, each evaluated
    /// instant and range (every parser feature on, so experimental functions too).
    @Test(arguments: [
        "topk(9000000000000000000, up)", "bottomk(-9000000000000000000, up)", "limitk(9000000000000000000, up)",
        "limit_ratio(-1e300, up)", "limit_ratio(NaN, up)", "quantile(1e300, up)", "quantile_over_time(-Inf, up[5m])",
        "count_values(\"__name__\", up)", "label_replace(up, \"x\", \"${99999999999999999999}\", \"job\", \"(.*)\")",
        "label_join(up, \"x\", \"-\", \"job\", \"job\", \"job\", \"job\")", "round(up, 1e-320)", "vector(-9223372036854775808) % -1",
        "year(vector(1e300))", "day_of_week(vector(-1e300))", "days_in_month(vector(NaN))", "timestamp(up @ 9223372036854775)",
        "predict_linear(up[5m], 1e308)", "double_exponential_smoothing(up[5m], 1e-320, 0.999999)", "histogram_quantile(1e308, up)",
        "sort_by_label(up, \"job\", \"job\")", "info(up, {job=~\".+\"})", "up @ start() offset 290y", "up @ end() offset -290y",
        "count_over_time(up[1ms:1ms] offset -290y)", "max_over_time(up[290y:1ms])", "up[290y:1ms]", "rate(up[290y] @ -9223372036854775)",
        "ts_of_max_over_time(up[5m])", "mad_over_time(up[5m])", "first_over_time(up[5m])", "step() * 9223372036854775807",
        "up offset (1e300)", "up[5m:(1e-300)]", "up[(step() * 1e20)]", "up offset (range() * -1e20)", "clamp(up, 1e308, -1e308)",
    ])
    func limitArgumentsEvaluate(_ expr: String) {
        Self.drivePromQL(expr)
    }

    @Test func randomTemplates() {
        let pieces = [
            "{{", "}}", "{{ if . }}", "{{ else }}", "{{ end }}", "{{ range . }}", "{{ with $x := 1 }}", "{{ define \"t\" }}",
            "{{ template \"t\" . }}", "{{ block \"b\" . }}", "$labels.job", "$value", "| printf \"%s%s\"", "| humanize", "(", ")",
            "{{ humanizeDuration 1e308 }}", "{{ printf \"%999999999d\" 1 }}", "{{ query \"up\" }}", "{{ $x := \"a\" }}",
            "{{ $x = printf \"%s%s\" $x $x }}", "{{ index $labels \"a\" }}", "{{ reReplaceAll \"(a+)+$\" \"b\" \"aaaa\" }}",
            "{{ len . }}", "{{- ", " -}}", "{{/* c */}}", "\"", "`", "\\", "text", "\n",
        ]
        var generator = SplitMix64(seed: Hostile.seed &+ 3)
        let expander = AlertTemplateExpander(alertName: "A", labels: ["job": "a"], value: 1)
        for _ in 0..<(Hostile.iterations * 25) {
            let text = (0..<(1 + generator.below(16))).map { _ in pieces[generator.below(pieces.count)] }.joined()
            Hostile.record(Array(text.utf8), name: "template.tmpl")
            _ = expander.expandResult(text)
        }
    }

    @Test func randomSeriesNotation() {
        let pieces = [
            "up", "{a=\"b\"}", " ", "0", "1", "+1", "-1", "x1000000000000", "x3", "_", "stale", "1e309", "9223372036854775807",
            "{{schema:0 sum:1 count:1 buckets:[1]}}", "{{schema:99999}}", "load 1m\n  ", "load 99999999999y\n  ", "\n", "#",
            "eval instant at 1e300 up\n", "clear\n", "# HELP up x\n", "# TYPE up counter\n", "up 1 9223372036854775807\n",
            "# EOF\n", "[", "]", "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[", "\"", "é",
        ]
        var generator = SplitMix64(seed: Hostile.seed &+ 4)
        for _ in 0..<(Hostile.iterations * 25) {
            let text = (0..<(1 + generator.below(16))).map { _ in pieces[generator.below(pieces.count)] }.joined()
            Hostile.record(Array(text.utf8), name: "series.txt")
            if let file = try? SeriesFile.parse(text, path: "s.txt") {
                _ = PromQLEngine(store: file.store)
            }
            _ = PromQLTestScript.parse(text)
        }
    }

    /// Files on disk: notification templates through the linter, rule files
    /// through `halint eval`'s loader, configs through `halint relabel`.
    @Test func mutatedProjectsOnDisk() throws {
        let seeds = Hostile.seeds
        var generator = SplitMix64(seed: Hostile.seed &+ 5)
        let template = try #require(seeds.first { $0.name.hasSuffix(".tmpl") }).bytes
        let rules = try #require(seeds.first { $0.name == "alerts.yml" }).bytes
        let config = Array("global: {scrape_interval: 15s}\nscrape_configs:\n  - job_name: x\n    static_configs: [{targets: ['a:1', 'b:2']}]\n    relabel_configs: [{source_labels: [__address__], regex: '(.*):.*', target_label: host}]\n".utf8)
        for _ in 0..<max(3, Hostile.iterations / 4) {
            let dir = TemporaryDirectory()
            dir.write("alertmanager.yml", "route: {receiver: a}\nreceivers: [{name: a, slack_configs: [{api_url: 'http://x', text: '{{ template \"x\" . }}'}]}]\ntemplates: ['*.tmpl']\n")
            dir.write("notify.tmpl", bytes: Hostile.mutate(template, donor: rules, using: &generator))
            let rulePath = dir.write("rules.yml", bytes: Hostile.mutate(rules, donor: template, using: &generator))
            let configPath = dir.write("prometheus.yml", bytes: Hostile.mutate(config, donor: rules, using: &generator))
            let report = try Linter().lint(paths: [dir.url.path])
            #expect((0...2).contains(report.exitCode(failOn: .error)))
            if let ruleSet = try? TimelineRuleSet.load(paths: [rulePath]) {
                _ = TimelineRun.run(ruleSet, store: Self.store, options: TimelineRun.Options(window: TimelineWindow(from: 0, to: 1_800_000)))
            }
            _ = try? RelabelCommand.parse(["--config", configPath, "--job", "x"]).execute()
        }
    }
}
