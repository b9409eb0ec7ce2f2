import Diagnostics
import PromModel
import YAML

/// A prometheus-operator `AlertmanagerConfig` resource, read as the operator
/// merges it into Alertmanager's config: its route becomes a child of the
/// root with `continue: true` and (unless the Alertmanager resource's matcher
/// strategy says otherwise) a `namespace="<ns>"` matcher first, its inhibit
/// rules get the same matcher on both sides, and its receivers are named
/// `<namespace>/<name>/<receiver>`. The resource's camelCase fields are
/// rewritten to `alertmanager.yml` keys (positions kept) and loaded by the
/// normal loader. Integrations are checked by `OperatorReceiverLint` for
/// their required settings and the shape of their secret references; the
/// secrets themselves live in the cluster and are not read.
enum AlertmanagerConfigResource {
    static func load(
        _ root: YAMLNode, document: Int, file: String, strategy: OperatorMatcherStrategy = .onNamespace,
        options: AlertmanagerConfigLoader.Options
    ) -> EmbeddedAlertmanagerConfig {
        let namespace = root["metadata"]?["namespace"]?.scalar
        let name = root["metadata"]?["name"]?.scalar
        let origin = EmbeddedAlertmanagerConfig.Origin.alertmanagerConfigResource(namespace: namespace, name: name)
        let span = SourceSpan(file: file, start: root.start, end: root.end)
        guard let spec = root["spec"], spec.mapping != nil else {
            return EmbeddedAlertmanagerConfig(origin: origin, document: document, config: nil, diagnostics: [], span: span)
        }
        let builder = Builder(namespace: namespace, name: name, enforcesNamespace: strategy.enforces(namespace: namespace), at: spec)
        var top: [YAMLPair] = []
        let receivers = spec["receivers"]?.sequence ?? []
        if let route = spec["route"], route.mapping != nil {
            let child = builder.route(route, top: true)
            let rootReceiver = builder.receiverName(route["receiver"]?.scalar ?? "")
            top.append(
                builder.pair(
                    "route",
                    builder.mapping(
                        [builder.pair("receiver", builder.scalar(rootReceiver, at: route)), builder.pair("routes", builder.sequence([child], at: route))],
                        at: route)))
        }
        top.append(
            builder.pair(
                "receivers",
                builder.sequence(
                    receivers.map { receiver in
                        builder.mapping(
                            [builder.pair("name", builder.scalar(builder.receiverName(receiver["name"]?.scalar ?? ""), at: receiver["name"] ?? receiver))],
                            at: receiver)
                    }, at: spec)))
        if let rules = spec["inhibitRules"]?.sequence {
            top.append(builder.pair("inhibit_rules", builder.sequence(rules.map(builder.inhibitRule), at: spec)))
        }
        let intervals = (spec["timeIntervals"]?.sequence ?? []) + (spec["muteTimeIntervals"]?.sequence ?? [])
        if !intervals.isEmpty {
            top.append(
                builder.pair(
                    "time_intervals",
                    builder.sequence(
                        intervals.map { interval in
                            builder.mapping(
                                [
                                    builder.pair("name", builder.scalar(builder.receiverName(interval["name"]?.scalar ?? ""), at: interval)),
                                    builder.pair("time_intervals", builder.sequence([], at: interval)),
                                ], at: interval)
                        }, at: spec)))
        }
        let loaded = AlertmanagerConfigLoader.load(builder.mapping(top, at: spec), file: file, options: options)
        let diagnostics = loaded.diagnostics + OperatorReceiverLint.check(receivers, file: file)
        return EmbeddedAlertmanagerConfig(origin: origin, document: document, config: loaded.config, diagnostics: diagnostics, span: span)
    }

    /// Builds `alertmanager.yml` nodes at the positions of the resource's own nodes.
    struct Builder {
        let namespace: String?
        let name: String?
        /// False under the `None` strategy (and for the Alertmanager's own
        /// namespace under `OnNamespaceExceptForAlertmanagerNamespace`).
        let enforcesNamespace: Bool
        let at: YAMLNode

        static let routeKeys: [String: String] = [
            "receiver": "receiver", "groupBy": "group_by", "groupWait": "group_wait", "groupInterval": "group_interval",
            "repeatInterval": "repeat_interval", "continue": "continue", "muteTimeIntervals": "mute_time_intervals",
            "activeTimeIntervals": "active_time_intervals",
        ]

        func receiverName(_ receiver: String) -> String {
            receiver.isEmpty ? "" : "\(namespace ?? "default")/\(name ?? "")/\(receiver)"
        }

        func scalar(_ text: String, at node: YAMLNode) -> YAMLNode {
            YAMLNode(.scalar(text, .doubleQuoted), start: node.start, end: node.end)
        }

        func sequence(_ items: [YAMLNode], at node: YAMLNode) -> YAMLNode {
            YAMLNode(.sequence(items), start: node.start, end: node.end)
        }

        func mapping(_ pairs: [YAMLPair], at node: YAMLNode) -> YAMLNode {
            YAMLNode(.mapping(pairs), start: node.start, end: node.end)
        }

        func pair(_ key: String, _ value: YAMLNode) -> YAMLPair {
            YAMLPair(key: YAMLNode(.scalar(key, .plain), start: value.start, end: value.start), value: value)
        }

        /// `{name, value, matchType, regex}` as the matcher string Alertmanager would parse.
        func matcher(_ node: YAMLNode) -> YAMLNode {
            let label = node["name"]?.scalar ?? ""
            let value = node["value"]?.scalar ?? ""
            var type = node["matchType"]?.scalar ?? ""
            if type.isEmpty { type = node["regex"]?.resolved == .bool(true) ? "=~" : "=" }
            return scalar("\(goQuote(label))\(type)\(goQuote(value))", at: node)
        }

        func namespaceMatcher(at node: YAMLNode) -> YAMLNode? {
            guard enforcesNamespace else { return nil }
            return namespace.map { scalar("namespace=\(goQuote($0))", at: node) }
        }

        func route(_ node: YAMLNode, top: Bool) -> YAMLNode {
            var pairs: [YAMLPair] = []
            var matchers: [YAMLNode] = top ? namespaceMatcher(at: node).map { [$0] } ?? [] : []
            for entry in node.mapping ?? [] {
                guard let key = entry.key.scalar else { continue }
                switch key {
                case "matchers": matchers += (entry.value.sequence ?? []).map(matcher)
                case "routes": pairs.append(pair("routes", sequence((entry.value.sequence ?? []).map { route($0, top: false) }, at: entry.value)))
                case "receiver": pairs.append(pair("receiver", scalar(receiverName(entry.value.scalar ?? ""), at: entry.value)))
                case "continue" where top: continue
                default:
                    if let mapped = Self.routeKeys[key] {
                        pairs.append(YAMLPair(key: YAMLNode(.scalar(mapped, .plain), start: entry.key.start, end: entry.key.end), value: entry.value))
                    } else {
                        pairs.append(entry)
                    }
                }
            }
            if !matchers.isEmpty { pairs.append(pair("matchers", sequence(matchers, at: node))) }
            // The operator forces `continue: true` so every namespace's routes are tried.
            if top { pairs.append(pair("continue", YAMLNode(.scalar("true", .plain), start: node.start, end: node.start))) }
            return mapping(pairs, at: node)
        }

        func inhibitRule(_ node: YAMLNode) -> YAMLNode {
            var pairs: [YAMLPair] = []
            for (side, key) in [("sourceMatch", "source_matchers"), ("targetMatch", "target_matchers")] {
                var matchers = namespaceMatcher(at: node).map { [$0] } ?? []
                matchers += (node[side]?.sequence ?? []).map(matcher)
                pairs.append(pair(key, sequence(matchers, at: node[side] ?? node)))
            }
            if let equal = node.pair(forKey: "equal") {
                pairs.append(YAMLPair(key: equal.key, value: equal.value))
            }
            return mapping(pairs, at: node)
        }
    }
}
