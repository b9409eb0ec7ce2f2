import Deployment
import Diagnostics
import Testing
import TestSupport
import YAML

/// Top-level structure, the key set of the Compose Specification and value kinds.
@Suite struct ComposeSchemaTests {
    @Test func topLevelSections() throws {
        let (compose, diagnostics) = try loadCompose("""
            version: '3.8'
            name: monitoring
            x-common: &common
              restart: unless-stopped
            services:
              a:
                <<: *common
                image: busybox
                x-note: kept
            volumes:
              data:
                external: true
              legacy:
                external:
                  name: old_data
            networks:
              front:
                name: front-net
            configs:
              prom:
                file: ./prometheus.yml
            secrets:
              token:
                environment: TOKEN
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(compose.version?.value == "3.8")
        #expect(compose.name?.value == "monitoring")
        #expect(compose.extensions.map(\.key.value) == ["x-common"])
        #expect(compose.services.first?.restart?.value == "unless-stopped")
        #expect(compose.services.first?.extensions.map(\.key.value) == ["x-note"])
        #expect(compose.volumes.map(\.isExternal) == [true, true])
        #expect(compose.volumes[1].customName?.value == "old_data")
        #expect(compose.network(named: "front")?.customName?.value == "front-net")
        #expect(compose.configs.first?.file?.value == "./prometheus.yml")
        #expect(compose.secrets.map(\.name.value) == ["token"])
        #expect(compose.directory == "deploy")
    }

    @Test func unknownKeysAreReportedWithComposeWordingAndSuggestions() throws {
        let (_, diagnostics) = try loadCompose("""
            servics: {}
            services:
              prometheus:
                imagee: prom/prometheus
                x-anything: {whatever: 1}
                deploy:
                  replicas: 1
                  resorces: {}
                ports:
                  - target: 9090
                    publised: 9090
                healthcheck:
                  test: ["CMD", "true"]
                  intervall: 5s
                  x-ok: 1
              "bad name":
                image: x
            volumes:
              data:
                drivr: local
            """)
        #expect(diagnostics.allSatisfy { $0.check == "schema/unknown-field" })
        #expect(diagnostics.map(\.message) == [
            "(root) Additional property servics is not allowed; did you mean services?",
            "services.prometheus Additional property imagee is not allowed; did you mean image?",
            "services.prometheus.deploy Additional property resorces is not allowed; did you mean resources?",
            "services.prometheus.ports.0 Additional property publised is not allowed; did you mean published?",
            "services.prometheus.healthcheck Additional property intervall is not allowed; did you mean interval?",
            "services Additional property bad name is not allowed; names may contain only letters, digits, \".\", \"_\" and \"-\"",
            "volumes.data Additional property drivr is not allowed; did you mean driver?",
        ])
        #expect(diagnostics.map(\.span.start.line) == [1, 4, 8, 11, 14, 16, 20])
    }

    @Test func everyCurrentSpecKeyIsAccepted() throws {
        let (_, diagnostics) = try loadCompose("""
            name: x
            include:
              - path: ./other.yml
            services:
              app:
                image: x
                develop:
                  watch:
                    - path: ./src
                      action: sync
                      target: /src
                annotations: {a: b}
                attach: false
                cgroup: host
                gpus: all
                provider: {type: model, options: {model: ai/x}}
                label_file: ./labels
                post_start:
                  - command: echo hi
                pre_stop:
                  - command: ["echo", "bye"]
                models: [llm]
                use_api_socket: true
                pull_refresh_after: 1h
                uts: host
                blkio_config:
                  weight: 300
                  device_read_bps:
                    - path: /dev/sda
                      rate: 12mb
                ulimits:
                  nofile: {soft: 20000, hard: 40000}
                logging:
                  driver: json-file
                  options: {max-size: 10m}
                volumes:
                  - type: volume
                    source: data
                    target: /data
                    volume: {subpath: sub, nocopy: true}
                  - type: bind
                    source: ./a
                    target: /a
                    bind: {create_host_path: true, selinux: z}
                build:
                  context: .
                  dockerfile_inline: FROM scratch
                  platforms: [linux/amd64]
                networks:
                  default:
                    gw_priority: 1
                    interface_name: eth0
                env_file:
                  - path: ./.env
                    required: false
            models:
              llm:
                model: ai/smollm2
            volumes:
              data: {}
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
    }

    @Test func wrongValueKindsUseComposeWording() throws {
        let (_, diagnostics) = try loadService("""
            image: 3
            ports: "9090:9090"
            environment: KEY=VALUE
            restart: false
            deploy:
              replicas: two
            depends_on: db
            """)
        #expect(diagnostics.allSatisfy { $0.check == "schema/wrong-type" })
        #expect(diagnostics.map(\.message) == [
            "services.svc.image must be a string",
            "services.svc.ports must be a list",
            "services.svc.environment must be a mapping or list",
            "services.svc.restart must be a string",
            "services.svc.deploy.replicas must be an integer",
            "services.svc.depends_on must be a list or mapping",
        ])
    }

    @Test func nonMappingDocumentHasNoModel() throws {
        let root = try #require(YAMLParser().parse("- a\n- b\n").documents.first?.root)
        let result = ComposeLoader.load(root, file: "c.yml")
        #expect(result.compose == nil)
        #expect(result.diagnostics.map(\.message) == ["(root) must be a mapping"])
    }

    @Test func detection() throws {
        func root(_ text: String) throws -> YAMLNode { try #require(YAMLParser().parse(text).documents.first?.root) }
        #expect(ComposeLoader.looksLikeCompose(try root("services:\n  a:\n    image: x\n")))
        #expect(ComposeLoader.looksLikeCompose(try root("version: '3'\nservices:\n  a:\n    build: .\n")))
        #expect(!ComposeLoader.looksLikeCompose(try root("scrape_configs: []\n")))
        #expect(!ComposeLoader.looksLikeCompose(try root("services: []\n")))
        #expect(!ComposeLoader.looksLikeCompose(try root("services:\n  a: 1\n")))
        #expect(!ComposeLoader.looksLikeCompose(try root("route:\n  receiver: x\nservices:\n  a:\n    image: x\n")))
    }

    @Test func configsAndSecretsLeadToHostFiles() throws {
        let (compose, diagnostics) = try loadCompose("""
            services:
              prometheus:
                image: prom/prometheus
                configs:
                  - source: prom_config
                    target: /etc/prometheus/prometheus.yml
                  - rules
                secrets: [web_password]
            configs:
              prom_config:
                file: ./prometheus/prometheus.yml
              rules:
                file: ./rules.yml
            secrets:
              web_password:
                file: ./secrets/password
            """, file: "stack/compose.yml")
        #expect(diagnostics.isEmpty)
        let service = try #require(compose.services.first)
        #expect(service.configs.map(\.source.value) == ["prom_config", "rules"])
        #expect(compose.hostPath(forContainerPath: "/etc/prometheus/prometheus.yml", in: service) == "stack/prometheus/prometheus.yml")
        #expect(compose.hostPath(forContainerPath: "/rules", in: service) == "stack/rules.yml")
        #expect(compose.hostPath(forContainerPath: "/run/secrets/web_password", in: service) == "stack/secrets/password")
        #expect(compose.hostPath(forContainerPath: "/etc/other.yml", in: service) == nil)
    }

    /// Random edits of the seed file (indentation, brackets, quotes) must never crash the loader.
    @Test func malformedComposeNeverCrashes() {
        let scalars = Array(SeedFixtures.compose.unicodeScalars)
        let noise: [Unicode.Scalar] = [" ", "\n", "-", ":", "[", "]", "{", "}", "'", "\"", "$", "#", "&", "*", "9"]
        var generator = SplitMix64(seed: 7)
        var loaded = 0
        for _ in 0..<200 {
            var mutated = scalars
            for _ in 0..<3 {
                let position = Int(generator.next() % UInt64(mutated.count))
                let scalar = noise[Int(generator.next() % UInt64(noise.count))]
                if generator.next() % 2 == 0 { mutated[position] = scalar } else { mutated.insert(scalar, at: position) }
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: mutated)
            for document in YAMLParser().parse(String(view)).documents {
                let result = ComposeLoader.load(document.root, file: "c.yml")
                _ = result.compose?.services.map { ($0.flags, $0.hostPath(forContainerPath: "/etc/x")) }
                loaded += 1
            }
        }
        #expect(loaded > 0)
    }
}
