// GENERATED FILE. DO NOT EDIT.
// From Rules/**/*.md; regenerate with
//   HALINT_RECORD_SNAPSHOTS=1 swift test --filter RuleDocumentsGeneratedTests

extension RuleDocuments {
    static let generated: [String: String] = [
        "alert/broken-link": ##"""
            # alert/broken-link

            **Severity:** warning

            pint's `rule/link`. **Opt-in**: it reports only where `.halint.yml` sets `enabled: true` for it (globally or in an
            `overrides:` entry), because it sends a GET request to every http(s) link found in the annotations of alerting rules
            (`runbook_url`, `dashboard`, links inside `description`, …), to whatever host they name. A link is reported when
            the request fails (connection refused, unknown host, no answer within 10s) or the final answer, after redirects, is
            not a 2xx or 3xx status. Links containing a template action (`https://runbooks.example.com/{{ $labels.alertname }}`)
            are skipped: their target is known only when the alert fires. Each distinct link is requested once, four at a time,
            at most 500 per run. Enable it where the CI runner can reach the linked hosts, and mind pages behind a login, which
            answer 401 or 403.

            `alert/invalid-runbook-url` checks the syntax of `runbook_url` without any request.

            ## Why
            The runbook link is what the on-call engineer clicks at 3 a.m. Wikis get reorganised and dashboards renamed; a link
            that answered when the alert was written may lead nowhere now, and nobody notices until it is needed.

            ## Bad
            ```yaml bad file=.halint.yml
            checks:
              alert/broken-link:
                enabled: true
            ```

            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: HighErrorRate
                    expr: sum by (job) (rate(http_requests_total{code=~"5.."}[5m])) > 1
                    for: 10m
                    labels:
                      severity: page
                    annotations:
                      summary: "Errors on {{ $labels.job }}"
                      # Nothing listens on this port.
                      runbook_url: http://127.0.0.1:9/runbooks/HighErrorRate
            ```

            ## Good
            ```yaml good file=.halint.yml
            checks:
              alert/broken-link:
                enabled: true
            ```

            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: HighErrorRate
                    expr: sum by (job) (rate(http_requests_total{code=~"5.."}[5m])) > 1
                    for: 10m
                    labels:
                      severity: page
                    annotations:
                      summary: "Errors on {{ $labels.job }}"
                      runbook_url: "https://runbooks.example.com/{{ $labels.alertname }}"
            ```

            ## Suppress
            `# halint disable=alert/broken-link` on the line before or at the end of the offending line, or `enabled: false`
            in an `overrides:` entry for the files whose links the CI runner cannot reach.
            """##,
        "alert/constant-value": ##"""
            # alert/constant-value

            **Severity:** info

            Finds annotations that show `$value` when the alert's value is the same every time: the expression
            is `absent()`, `vector(N)`, or keeps only samples equal to a number (`x == 0`, `x == 2 and y > 100`,
            where the value is the left-hand side's).

            ## Why
            `{{ $value }}` in `up == 0` always prints 0, and in an `absent()` alert always 1. The reader learns
            nothing, and where the author meant another number (the queue size in `state == 2 and queue > 100`)
            the annotation is wrong.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: mysql_wsrep_local_state == 2 and mysql_wsrep_local_recv_queue > 100
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Donor {{ $labels.instance }} is behind (queue size {{ $value }})"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: mysql_wsrep_local_recv_queue > 100 and mysql_wsrep_local_state == 2
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Donor {{ $labels.instance }} is behind (queue size {{ $value }})"
            ```

            ## Suppress
            `# halint disable=alert/constant-value` on the line before or at the end of the offending line.
            """##,
        "alert/external-label-in-template": ##"""
            # alert/external-label-in-template

            **Severity:** warning

            Finds templates that use `$labels.X` where X is an external label of a prometheus.yml loading the
            rule and no scrape config of those configs gives series that label (no `static_configs` label or
            relabel `target_label` X, and no file/HTTP discovery, `labelmap` or `honor_labels` that could bring
            it).

            ## Why
            `$labels` holds the labels of the query result. Prometheus keeps external labels out of its local
            series and adds them only to data that leaves it (alerts sent to Alertmanager, federation, remote
            write), so `$labels.cluster` renders as an empty string while the notification itself carries
            `cluster`. `$externalLabels.cluster` is the value.

            ## Bad
            ```yaml bad file=prometheus.yml
            global:
              scrape_interval: 15s
              evaluation_interval: 1m
              external_labels:
                cluster: eu-1
            rule_files:
              - alerts.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ["node-1:9100"]
            ```
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: up == 0
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "{{ $labels.instance }} is down in {{ $labels.cluster }}"
            ```

            ## Good
            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 15s
              evaluation_interval: 1m
              external_labels:
                cluster: eu-1
            rule_files:
              - alerts.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ["node-1:9100"]
            ```
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: up == 0
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "{{ $labels.instance }} is down in {{ $externalLabels.cluster }}"
            ```

            ## Suppress
            `# halint disable=alert/external-label-in-template` on the line before or at the end of the offending line.
            """##,
        "alert/for-not-multiple-of-interval": ##"""
            # alert/for-not-multiple-of-interval

            **Severity:** info

            Finds `for` and `keep_firing_for` values longer than the evaluation interval but not a multiple of
            it. The interval is the group's `interval`, else the `evaluation_interval` of the project's
            prometheus.yml; without either the check stays quiet.

            ## Why
            Prometheus changes an alert's state only when it evaluates the rule: it fires at the first
            evaluation at least `for` after the condition started, so `for: 5m` in a group evaluated every 2m
            acts as 6m. Writing the real duration avoids surprises when reasoning about detection times.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                interval: 2m
                rules:
                  - alert: Example
                    expr: up == 0
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                interval: 2m
                rules:
                  - alert: Example
                    expr: up == 0
                    for: 6m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=alert/for-not-multiple-of-interval` on the line before or at the end of the offending line.
            """##,
        "alert/for-shorter-than-interval": ##"""
            # alert/for-shorter-than-interval

            **Severity:** warning

            Finds `for` and `keep_firing_for` durations shorter than the rule group's evaluation interval (the
            group's `interval`, else the `evaluation_interval` of the project's prometheus.yml; without either
            the check stays quiet).

            ## Why
            Rules are only evaluated once per interval, so an alert with `for: 30s` in a group evaluated every
            minute becomes firing after one minute at the earliest. The written value promises a reaction time
            the setup cannot give; write the real one.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                interval: 1m
                rules:
                  - alert: InstanceDown
                    expr: up == 0
                    for: 30s
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                interval: 1m
                rules:
                  - alert: InstanceDown
                    expr: up == 0
                    for: 2m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=alert/for-shorter-than-interval` on the line before or at the end of the offending line.
            """##,
        "alert/impossible-condition": ##"""
            # alert/impossible-condition

            **Severity:** warning

            Finds alert conditions that can never be true: a value that cannot be negative (`count()`, `rate()`,
            `increase()`, `absent()`, and sums or averages of them) compared with `< 0` or `<= -1`, and ranges
            such as `x > 10 and x < 5` on the same expression.

            ## Why
            An alert that can never fire gives a false sense of safety: the problem it was written for goes
            unnoticed. These conditions usually come from a swapped operator or threshold.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: NoHealthyTargets
                    expr: count by (job) (up == 1) < 0
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: NoHealthyTargets
                    expr: count by (job) (up == 1) < 1
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=alert/impossible-condition` on the line before or at the end of the offending line.
            """##,
        "alert/invalid-runbook-url": ##"""
            # alert/invalid-runbook-url

            **Severity:** warning

            Finds `runbook_url` annotations that are not absolute http(s) URLs: relative paths, other schemes,
            missing host names, spaces. Only the part before the first `{{` is checked when the link is
            templated.

            ## Why
            Alertmanager templates and tools such as Grafana and PagerDuty turn `runbook_url` into a link; a
            relative or malformed one is a dead link exactly when someone needs the runbook.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: InstanceDown
                    expr: up == 0
                    labels:
                      severity: warning
                    annotations:
                      summary: "Target {{ $labels.instance }} is down"
                      runbook_url: "wiki/runbooks/InstanceDown"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: InstanceDown
                    expr: up == 0
                    labels:
                      severity: warning
                    annotations:
                      summary: "Target {{ $labels.instance }} is down"
                      runbook_url: "https://wiki.example.com/runbooks/InstanceDown"
            ```

            ## Suppress
            `# halint disable=alert/invalid-runbook-url` on the line before or at the end of the offending line.
            """##,
        "alert/missing-for": ##"""
            # alert/missing-for

            **Severity:** info

            Finds alerting rules without `for` (or with `for: 0s`) whose condition is a threshold on a value
            that moves at every evaluation: `irate()`/`idelta()`, a latency quantile, a `rate()` or `deriv()` over
            less than 10m compared with a non-zero threshold, or `up == 0`. Event alerts are left alone: comparisons with
            0 and rates of counters named for failures (`error`, `fail`, `drop`, `reject`, `panic`, `restart`…)
            fire on the first occurrence on purpose, as does `increase()`.

            ## Why
            Without `for`, one evaluation above the threshold sends a notification, and the next one below it
            resolves it. CPU, bandwidth, latency and error ratios spike routinely; `for` makes the alert wait until
            the condition has lasted long enough to matter.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: avg by (instance) (rate(node_cpu_seconds_total{mode="iowait"}[5m])) > 0.1
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: avg by (instance) (rate(node_cpu_seconds_total{mode="iowait"}[5m])) > 0.1
                    for: 10m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=alert/missing-for` on the line before or at the end of the offending line.
            """##,
        "alert/missing-severity": ##"""
            # alert/missing-severity

            **Severity:** warning

            Finds alerting rules without a `severity` label (set on the rule or on its group). When `.halint.yml`
            lists `severity` in `required:` of [alert/required-label](required-label.md) for the file, that
            setting (which can also restrict the values) replaces this check.

            ## Why
            Alertmanager routes, inhibitions and receivers usually decide between paging and ticketing on
            `severity`. An alert without it falls through to the default route, where it may page at night or be
            silently ignored.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: InstanceDown
                    expr: up == 0
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: InstanceDown
                    expr: up == 0
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=alert/missing-severity` on the line before or at the end of the offending line.
            """##,
        "alert/missing-summary": ##"""
            # alert/missing-summary

            **Severity:** info

            Finds alerting rules with neither a `summary` nor a `description` (nor the older `message`)
            annotation. When `.halint.yml` configures [alert/required-annotation](required-annotation.md) for
            the file, that list replaces this convention.

            ## Why
            Notifications then show only the alert name and labels; the person on call has to open the rule file
            to learn what is wrong and what to do.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: InstanceDown
                    expr: up == 0
                    labels:
                      severity: warning
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: InstanceDown
                    expr: up == 0
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=alert/missing-summary` on the line before or at the end of the offending line.
            """##,
        "alert/no-condition": ##"""
            # alert/no-condition

            **Severity:** warning

            Finds alerting rules whose expression has no condition: no comparison (`>`, `==`…), no `absent()`,
            no `and`/`unless` filter. Such an expression returns every series it selects, so each one is a
            firing alert. Comparisons with `bool` count as no condition, since they return 0 or 1 for every
            series. Expressions without any selector (`vector(1)`, the Watchdog pattern) fire on purpose and are
            skipped, as are info metrics and regex or negative matchers that pick the bad series by label value.

            ## Why
            An alert such as `sum by (job) (rate(errors_total[5m]))` fires for every job all the time, including
            those with no errors, which buries real alerts and trains people to ignore the channel.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: HighErrorRate
                    expr: sum by (job) (rate(http_request_errors_total[5m]))
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: HighErrorRate
                    expr: sum by (job) (rate(http_request_errors_total[5m])) > 0.5
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=alert/no-condition` on the line before or at the end of the offending line.
            """##,
        "alert/required-annotation": ##"""
            # alert/required-annotation

            **Severity:** warning

            Finds alerting rules that lack an annotation `.halint.yml` requires, or whose value does not match
            the required `pattern` or is not one of the allowed `values`. Templated values are not checked. Does
            nothing until configured; once configured for a file it replaces
            [alert/missing-summary](missing-summary.md) there.

            ## Why
            A notification is only as useful as its annotations: teams usually agree on a summary, a
            description and a runbook link in a known place, and a missing one is found at 3 a.m.

            ## Settings
            ```yaml
            checks:
              alert/required-annotation:
                required:
                  - name: summary
                  - name: runbook_url
                    pattern: "https://runbooks\\.example\\.com/.+"
            ```

            ## Bad
            ```yaml bad file=.halint.yml
            checks:
              alert/required-annotation:
                required:
                  - name: summary
                  - name: runbook_url
                    pattern: "https://runbooks\\.example\\.com/.+"
            ```
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: up == 0
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Target {{ $labels.instance }} is down"
                      runbook_url: "https://wiki.example.com/InstanceDown"
            ```

            ## Good
            ```yaml good file=.halint.yml
            checks:
              alert/required-annotation:
                required:
                  - name: summary
                  - name: runbook_url
                    pattern: "https://runbooks\\.example\\.com/.+"
            ```
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: up == 0
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Target {{ $labels.instance }} is down"
                      runbook_url: "https://runbooks.example.com/InstanceDown"
            ```

            ## Suppress
            `# halint disable=alert/required-annotation` on the line before or at the end of the offending line.
            """##,
        "alert/required-label": ##"""
            # alert/required-label

            **Severity:** warning

            Finds alerting rules that lack a label `.halint.yml` requires, or whose value is not one of the
            allowed `values` or does not match the `pattern` (RE2, anchored at both ends as Prometheus anchors
            regexes). Group labels count. Templated values are not checked. Does nothing until configured; when
            the list names `severity` it replaces [alert/missing-severity](missing-severity.md).

            ## Why
            Routing, inhibition and ownership usually rest on a few labels (`severity`, `team`) with a fixed set
            of values. An alert with `severity: page` where routes expect `critical` silently falls through to the
            default receiver.

            ## Settings
            ```yaml
            checks:
              alert/required-label:
                required:
                  - name: severity              # the label every alert must have
                    values: [critical, warning]  # optional: the allowed values
                  - name: team
                    pattern: "[a-z-]+"           # optional: a regex the value must match
            ```
            `overrides:` can give other lists for some paths.

            ## Bad
            ```yaml bad file=.halint.yml
            checks:
              alert/required-label:
                required:
                  - name: severity
                    values: [critical, warning, info]
                  - name: team
            ```
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: up == 0
                    for: 5m
                    labels:
                      severity: page
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=.halint.yml
            checks:
              alert/required-label:
                required:
                  - name: severity
                    values: [critical, warning, info]
                  - name: team
            ```
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: up == 0
                    for: 5m
                    labels:
                      severity: critical
                      team: infra
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=alert/required-label` on the line before or at the end of the offending line.
            """##,
        "alert/undefined-external-label": ##"""
            # alert/undefined-external-label

            **Severity:** warning

            Finds templates that use `$externalLabels.X` where a prometheus.yml of the project that loads the
            rule file has no external label X. Quiet for rule files no config of the project loads (pint's
            alerts/external_labels, offline).

            ## Why
            `$externalLabels` holds the `global.external_labels` of the Prometheus evaluating the rule. A name
            it lacks renders as an empty string, so the notification says "cluster " instead of "cluster eu-1".

            ## Bad
            ```yaml bad file=prometheus.yml
            global:
              scrape_interval: 15s
              evaluation_interval: 1m
              external_labels:
                cluster: eu-1
            rule_files:
              - alerts.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ["node-1:9100"]
            ```
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: up == 0
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "{{ $labels.instance }} is down in {{ $externalLabels.region }}"
            ```

            ## Good
            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 15s
              evaluation_interval: 1m
              external_labels:
                cluster: eu-1
            rule_files:
              - alerts.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ["node-1:9100"]
            ```
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: up == 0
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "{{ $labels.instance }} is down in {{ $externalLabels.cluster }}"
            ```

            ## Suppress
            `# halint disable=alert/undefined-external-label` on the line before or at the end of the offending line.
            """##,
        "alert/undefined-template-label": ##"""
            # alert/undefined-template-label

            **Severity:** warning

            Finds `$labels.X` (and `index $labels "X"`) in the label and annotation templates of an alert when
            the query result can never carry the label X. The label set of the query is computed conservatively:
            `sum by (a, b)` keeps only `a` and `b`, `without` removes labels, one-to-one matching with `on(…)`
            keeps only the `on` labels, `absent()` keeps only its selector's `=` matchers, `vector()` has none,
            `label_replace` adds its destination, and recording rules defined in the project contribute the
            labels they keep. Anything unknown is assumed to have every label. Static labels of the rule are not
            in `$labels` either: Prometheus fills it from the query result only.

            ## Why
            The template silently renders an empty string, so notifications say "instance  is down" and the
            person on call cannot tell which one.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: HighErrorRate
                    expr: sum by (job) (rate(http_request_errors_total[5m])) > 0.5
                    labels:
                      severity: warning
                    annotations:
                      summary: "Errors on {{ $labels.instance }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: HighErrorRate
                    expr: sum by (job, instance) (rate(http_request_errors_total[5m])) > 0.5
                    labels:
                      severity: warning
                    annotations:
                      summary: "Errors on {{ $labels.instance }}"
            ```

            ## Suppress
            `# halint disable=alert/undefined-template-label` on the line before or at the end of the offending line.
            """##,
        "alert/value-in-label": ##"""
            # alert/value-in-label

            **Severity:** warning

            Finds label templates of alerting rules that use `$value`, unless the alert's value is a constant
            (`absent()`, `x == 0`), which keeps the label stable.

            ## Why
            Labels identify an alert. A label that holds the current value changes at almost every evaluation,
            so Prometheus sends a new alert and resolves the old one each time: notifications repeat, silences
            stop matching, and `for` restarts. Values belong in annotations.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: DiskFull
                    expr: node_filesystem_avail_bytes / node_filesystem_size_bytes < 0.1
                    labels:
                      severity: warning
                      free: "{{ $value }}"
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: DiskFull
                    expr: node_filesystem_avail_bytes / node_filesystem_size_bytes < 0.1
                    labels:
                      severity: warning
                    annotations:
                      summary: "Only {{ $value | humanizePercentage }} free"
            ```

            ## Suppress
            `# halint disable=alert/value-in-label` on the line before or at the end of the offending line.
            """##,
        "alertmanager/alert-reaches-only-default": ##"""
            # alertmanager/alert-reaches-only-default

            **Severity:** info

            An alerting rule whose alerts lack a label that the first-level routes match on (typically `severity` or `team`), so by its labels they match no child route and only reach the root's default receiver. Runs when the project has rule files, a Prometheus config and an Alertmanager config; halint assumes the series a rule's `expr` selects carry only target labels (`job`, `instance` and the labels the scrape configs add).

            ## Why
            A forgotten `severity` label is the classic reason a page never goes out: the alert fires, but it lands in the catch-all mailbox.

            ## Bad
            ```yaml bad file=prometheus.yml
            global:
              evaluation_interval: 1m
            rule_files:
              - alerts.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100']
            ```

            ```yaml bad file=alerts.yml
            groups:
              - name: node
                rules:
                  - alert: NodeDown
                    expr: up{job="node"} == 0
                    for: 5m
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: ['severity="critical"']
                  receiver: pager
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
              - name: pager
                webhook_configs:
                  - url: http://alerts.example.com/pager
            ```

            ## Good
            ```yaml good file=prometheus.yml
            global:
              evaluation_interval: 1m
            rule_files:
              - alerts.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100']
            ```

            ```yaml good file=alerts.yml
            groups:
              - name: node
                rules:
                  - alert: NodeDown
                    expr: up{job="node"} == 0
                    for: 5m
                    labels:
                      severity: critical
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: ['severity="critical"']
                  receiver: pager
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
              - name: pager
                webhook_configs:
                  - url: http://alerts.example.com/pager
            ```

            ## Suppress
            `# halint disable=alertmanager/alert-reaches-only-default` on the line before or at the end of the offending line.
            """##,
        "alertmanager/classic-matcher-syntax": ##"""
            # alertmanager/classic-matcher-syntax

            **Severity:** warning

            A matcher that only Alertmanager's deprecated classic parser accepts, such as
            an empty value (`foo=`) or an unquoted value with spaces (`env=prod eu`). In its
            default fallback mode Alertmanager still loads it and logs `Alertmanager is
            moving to a new parser for labels and matchers, and this input is incompatible`;
            halint shows the UTF-8 parser's error and the rewrite that both parsers read the
            same way. It also flags matchers both parsers accept but read differently
            (`foo="a\tb"` is a tab to one and a backslash to the other); Alertmanager logs
            `Matchers input has disagreement` and uses the classic reading.

            ## Why
            With `--enable-feature=utf8-strict-mode`, which the Alertmanager docs
            announce as the future default, the same config no longer loads. Quoting values
            now keeps the config working across upgrades.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: ['env=prod eu']
                  receiver: eu
            receivers:
              - name: default
              - name: eu
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: ['env="prod eu"']
                  receiver: eu
            receivers:
              - name: default
              - name: eu
            ```

            ## Suppress
            `# halint disable=alertmanager/classic-matcher-syntax` on the line before or at the end of the offending line.
            """##,
        "alertmanager/conflicting-settings": ##"""
            # alertmanager/conflicting-settings

            **Severity:** error

            Two settings that exclude each other are both set: a secret and its `_file`
            twin (`at most one of opsgenie_api_key & opsgenie_api_key_file must be
            configured`), a Slack webhook URL together with an app token, two
            authentication methods in one `http_config`, or TLS and proxy settings that
            contradict each other.

            ## Why
            Alertmanager will not guess which of the two you meant and refuses the
            config. Keep exactly one of them; the `_file` form keeps the secret out of the
            config file.

            ## Bad
            ```yaml bad file=alertmanager.yml
            global:
              opsgenie_api_key: d1a4c3e0-0000-0000-0000-000000000000
              opsgenie_api_key_file: /etc/alertmanager/secrets/opsgenie
            route:
              receiver: opsgenie
            receivers:
              - name: opsgenie
                opsgenie_configs:
                  - priority: P2
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            global:
              opsgenie_api_key_file: /etc/alertmanager/secrets/opsgenie
            route:
              receiver: opsgenie
            receivers:
              - name: opsgenie
                opsgenie_configs:
                  - priority: P2
            ```

            ## Suppress
            `# halint disable=alertmanager/conflicting-settings` on the line before or at the end of the offending line.
            """##,
        "alertmanager/deep-routing-tree": ##"""
            # alertmanager/deep-routing-tree

            **Severity:** info

            A routing tree more than 5 levels deep; reported once, at the first route below that depth.

            ## Why
            Every level multiplies the paths an alert can take, and inherited settings (`receiver`, `group_by`, timers) become hard to follow in review. Flat trees with combined matchers, or `continue`, are easier to test with `halint routes test`.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: [a="1"]
                  routes:
                    - matchers: [b="1"]
                      routes:
                        - matchers: [c="1"]
                          routes:
                            - matchers: [d="1"]
                              routes:
                                - matchers: [e="1"]
                                  routes:
                                    - matchers: [f="1"]
                                      receiver: deep
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
              - name: deep
                webhook_configs:
                  - url: http://alerts.example.com/deep
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: [a="1", b="1", c="1", d="1", e="1", f="1"]
                  receiver: deep
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
              - name: deep
                webhook_configs:
                  - url: http://alerts.example.com/deep
            ```

            ## Suppress
            `# halint disable=alertmanager/deep-routing-tree` on the line before or at the end of the offending line.
            """##,
        "alertmanager/deprecated-matcher-syntax": ##"""
            # alertmanager/deprecated-matcher-syntax

            **Severity:** info

            A route with `match:`/`match_re:`, or an inhibit rule with `source_match*`/`target_match*`. The message gives the `matchers:` (or `source_matchers:`/`target_matchers:`) line to write instead.

            ## Why
            These keys are deprecated since Alertmanager 0.22. They only support equality and regex (no `!=`/`!~`), their regexes are anchored differently in printed output, and mixing them with `matchers:` silently ANDs both.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
              routes:
                - match:
                    team: db
                  receiver: db
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
              - name: db
                webhook_configs:
                  - url: http://alerts.example.com/db
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: ['team="db"']
                  receiver: db
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
              - name: db
                webhook_configs:
                  - url: http://alerts.example.com/db
            ```

            ## Suppress
            `# halint disable=alertmanager/deprecated-matcher-syntax` on the line before or at the end of the offending line.
            """##,
        "alertmanager/deprecated-mute-time-intervals": ##"""
            # alertmanager/deprecated-mute-time-intervals

            **Severity:** info

            The top-level `mute_time_intervals:` list, deprecated since Alertmanager 0.24 in favour of `time_intervals:` (same entries).

            ## Why
            The old list still loads, but new features and documentation only use `time_intervals:`, and a future release may drop the old key. Routes keep referring to intervals with `mute_time_intervals:`/`active_time_intervals:` either way.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: ['team="db"']
                  receiver: default
                  mute_time_intervals: [weekends]
            mute_time_intervals:
              - name: weekends
                time_intervals:
                  - weekdays: ['saturday', 'sunday']
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: ['team="db"']
                  receiver: default
                  mute_time_intervals: [weekends]
            time_intervals:
              - name: weekends
                time_intervals:
                  - weekdays: ['saturday', 'sunday']
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
            ```

            ## Suppress
            `# halint disable=alertmanager/deprecated-mute-time-intervals` on the line before or at the end of the offending line.
            """##,
        "alertmanager/duplicate-receiver": ##"""
            # alertmanager/duplicate-receiver

            **Severity:** error

            Two entries of `receivers:` have the same `name`:
            `notification config name "X" is not unique`. The finding points at the second
            one and notes where the first is.

            ## Why
            Alertmanager refuses to load the config. Routes refer to receivers by name,
            so two receivers with one name would make routing ambiguous; merge their
            integrations into one receiver or rename one of them.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: ops
            receivers:
              - name: ops
                webhook_configs:
                  - url: https://hooks.example.com/ops
              - name: ops
                webhook_configs:
                  - url: https://hooks.example.com/ops-backup
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: ops
            receivers:
              - name: ops
                webhook_configs:
                  - url: https://hooks.example.com/ops
                  - url: https://hooks.example.com/ops-backup
            ```

            ## Suppress
            `# halint disable=alertmanager/duplicate-receiver` on the line before or at the end of the offending line.
            """##,
        "alertmanager/email-missing-smtp": ##"""
            # alertmanager/email-missing-smtp

            **Severity:** error

            An `email_configs` entry has no SMTP server (`smarthost`) or no sender
            address (`from`), and `global` has no `smtp_smarthost` / `smtp_from` to fall
            back on. halint reports Alertmanager's own errors, `no global SMTP smarthost set`
            and `no global SMTP from set`, on the email config; the smarthost is checked
            first, as Alertmanager does.

            ## Why
            Alertmanager refuses to load the whole file, so no notification of any kind
            goes out: on startup the process exits, on a reload the old config stays in
            force and `alertmanager_config_last_reload_successful` drops to 0. Unused
            receivers are validated too, so an email receiver nobody routes to still breaks
            the config. This is the most common reason a copied example config fails.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
                email_configs:
                  - to: alerts@example.com
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            global:
              smtp_smarthost: smtp.example.com:587
              smtp_from: alertmanager@example.com
            route:
              receiver: default
            receivers:
              - name: default
                email_configs:
                  - to: alerts@example.com
            ```

            ## Suppress
            `# halint disable=alertmanager/email-missing-smtp` on the line before or at the end of the offending line.
            """##,
        "alertmanager/empty-receiver": ##"""
            # alertmanager/empty-receiver

            **Severity:** warning

            A receiver that routes send alerts to but that has no integration at all (no `email_configs`, `slack_configs`, `webhook_configs`, ...), in a config where other receivers do notify. Receivers named like a deliberate sink (`null`, `blackhole`, `devnull`, `watchdog`, ...) are not reported, and neither are skeleton configs whose receivers are all empty.

            ## Why
            Alertmanager accepts an empty receiver and silently drops every notification routed to it. That is the right tool for a sink, and the wrong one for a placeholder that was never filled in: the alerts look handled but nobody hears about them.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: ops
              routes:
                - matchers: ['severity="critical"']
                  receiver: pager
            receivers:
              - name: ops
              - name: pager
                webhook_configs:
                  - url: http://alerts.example.com/pager
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: ops
              routes:
                - matchers: ['alertname="Watchdog"']
                  receiver: "null"
            receivers:
              - name: ops
                webhook_configs:
                  - url: http://alerts.example.com/ops
              - name: "null"
            ```

            ## Suppress
            `# halint disable=alertmanager/empty-receiver` on the line before or at the end of the offending line.
            """##,
        "alertmanager/group-by-all-high-cardinality": ##"""
            # alertmanager/group-by-all-high-cardinality

            **Severity:** warning

            `group_by: ['...']` on a route that receives alerts from rules whose expressions are not aggregated, so they fire once per series. Runs only when the project has both rule files and an Alertmanager config.

            ## Why
            Grouping by every label makes each distinct label set its own group. For a per-series rule such as `up == 0`, an outage of a hundred targets becomes a hundred notifications. Group by the labels that identify the problem instead, or aggregate in the rule.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: node
                rules:
                  - alert: NodeDown
                    expr: up{job="node"} == 0
                    for: 5m
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
              group_by: ['...']
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: node
                rules:
                  - alert: NodeDown
                    expr: up{job="node"} == 0
                    for: 5m
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
              group_by: [alertname, job]
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
            ```

            ## Suppress
            `# halint disable=alertmanager/group-by-all-high-cardinality` on the line before or at the end of the offending line.
            """##,
        "alertmanager/group-by-missing-label": ##"""
            # alertmanager/group-by-missing-label

            **Severity:** warning

            A `group_by` label that none of the alerting rules routed there can carry: not a static rule or group label, not an external label, not produced by the expression (`by`/`without` are read when the expression is aggregated) and not a target label the scrape configs add. Those alerts are grouped as if the label were not listed, so unrelated alerts share one notification. Runs when the project has rule files, a Prometheus config and an Alertmanager config; halint assumes the series of a bare selector carry only target labels, so suppress the finding if the metric itself has the label.

            ## Why
            Grouping by `cluster` or `service` is meant to keep incidents apart. When the alerts never have the label, every such alert collapses into a single group per `alertname`, a notification mixes unrelated failures, and `repeat_interval` applies to the whole lot.

            ## Bad
            ```yaml bad file=prometheus.yml
            global:
              evaluation_interval: 1m
            rule_files:
              - alerts.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100']
            ```

            ```yaml bad file=alerts.yml
            groups:
              - name: node
                rules:
                  - alert: NodeDown
                    expr: up{job="node"} == 0
                    for: 5m
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
              group_by: [alertname, cluster]
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
            ```

            ## Good
            ```yaml good file=prometheus.yml
            global:
              external_labels:
                cluster: eu-1
              evaluation_interval: 1m
            rule_files:
              - alerts.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100']
            ```

            ```yaml good file=alerts.yml
            groups:
              - name: node
                rules:
                  - alert: NodeDown
                    expr: up{job="node"} == 0
                    for: 5m
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
              group_by: [alertname, cluster]
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
            ```

            ## Suppress
            `# halint disable=alertmanager/group-by-missing-label` on the line before or at the end of the offending line.
            """##,
        "alertmanager/group-interval-below-evaluation": ##"""
            # alertmanager/group-interval-below-evaluation

            **Severity:** info

            A route whose `group_interval` is shorter than the evaluation interval of rules routed to it (the rule group's `interval`, else the Prometheus configs' `evaluation_interval`). Runs only when the project has both rule files and an Alertmanager config.

            ## Why
            Alerts can only change state once per evaluation, so most `group_interval` ticks find nothing new, while the short interval makes the timing of updates harder to reason about. Use a `group_interval` of at least the evaluation interval; the default is 5m.

            ## Bad
            ```yaml bad file=prometheus.yml
            global:
              evaluation_interval: 1m
            rule_files:
              - alerts.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100']
            ```

            ```yaml bad file=alerts.yml
            groups:
              - name: node
                rules:
                  - alert: NodeDown
                    expr: up{job="node"} == 0
                    for: 5m
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
              group_interval: 10s
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
            ```

            ## Good
            ```yaml good file=prometheus.yml
            global:
              evaluation_interval: 1m
            rule_files:
              - alerts.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100']
            ```

            ```yaml good file=alerts.yml
            groups:
              - name: node
                rules:
                  - alert: NodeDown
                    expr: up{job="node"} == 0
                    for: 5m
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
              group_interval: 5m
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
            ```

            ## Suppress
            `# halint disable=alertmanager/group-interval-below-evaluation` on the line before or at the end of the offending line.
            """##,
        "alertmanager/group-wait-exceeds-interval": ##"""
            # alertmanager/group-wait-exceeds-interval

            **Severity:** info

            A route whose effective `group_wait` is longer than its effective `group_interval`.

            ## Why
            `group_wait` delays the first notification of a new group, `group_interval` paces the updates after it. A first notification that is slower than every later update is almost always an accident (values swapped, or minutes where seconds were meant).

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
              group_wait: 10m
              group_interval: 1m
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: default
              group_wait: 30s
              group_interval: 5m
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
            ```

            ## Suppress
            `# halint disable=alertmanager/group-wait-exceeds-interval` on the line before or at the end of the offending line.
            """##,
        "alertmanager/inhibit-cycle": ##"""
            # alertmanager/inhibit-cycle

            **Severity:** warning

            Two inhibit rules whose sources are each other's targets, so alerts of the two kinds can mute each other.

            ## Why
            When both kinds fire at once, each hides the other and nobody is notified of either. Inhibition should go one way: the more severe or more fundamental alert mutes the consequence, never the reverse.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            inhibit_rules:
              - source_matchers: ['severity="critical"']
                target_matchers: ['severity="warning"']
                equal: [alertname]
              - source_matchers: ['severity="warning"']
                target_matchers: ['severity="critical"']
                equal: [alertname]
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            inhibit_rules:
              - source_matchers: ['severity="critical"']
                target_matchers: ['severity="warning"']
                equal: [alertname]
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
            ```

            ## Suppress
            `# halint disable=alertmanager/inhibit-cycle` on the line before or at the end of the offending line.
            """##,
        "alertmanager/inhibit-equal-missing-label": ##"""
            # alertmanager/inhibit-equal-missing-label

            **Severity:** warning

            An inhibit rule `equal` label that neither its source nor its target alerts carry (judged as for `group-by-missing-label`). Alertmanager treats a label that is missing on both sides as equal, so the condition matches every pair. Runs when the project has rule files, a Prometheus config and an Alertmanager config.

            ## Why
            `equal: [cluster]` is meant to keep one cluster's critical alert from muting another cluster's warnings. If the alerts have no `cluster` label at all, it does nothing, and a single source alert mutes matching targets everywhere.

            ## Bad
            ```yaml bad file=prometheus.yml
            global:
              evaluation_interval: 1m
            rule_files:
              - alerts.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100']
            ```

            ```yaml bad file=alerts.yml
            groups:
              - name: node
                rules:
                  - alert: NodeDown
                    expr: up{job="node"} == 0
                    labels:
                      severity: critical
                  - alert: NodeSlow
                    expr: node_load1 > 10
                    labels:
                      severity: warning
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            inhibit_rules:
              - source_matchers: ['severity="critical"']
                target_matchers: ['severity="warning"']
                equal: [cluster]
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
            ```

            ## Good
            ```yaml good file=prometheus.yml
            global:
              evaluation_interval: 1m
            rule_files:
              - alerts.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100']
            ```

            ```yaml good file=alerts.yml
            groups:
              - name: node
                rules:
                  - alert: NodeDown
                    expr: up{job="node"} == 0
                    labels:
                      severity: critical
                  - alert: NodeSlow
                    expr: node_load1 > 10
                    labels:
                      severity: warning
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            inhibit_rules:
              - source_matchers: ['severity="critical"']
                target_matchers: ['severity="warning"']
                equal: [instance]
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
            ```

            ## Suppress
            `# halint disable=alertmanager/inhibit-equal-missing-label` on the line before or at the end of the offending line.
            """##,
        "alertmanager/inhibit-source-matches-target": ##"""
            # alertmanager/inhibit-source-matches-target

            **Severity:** warning

            An inhibit rule whose target matchers accept every alert its source matchers accept (an empty target side, or one that is broader than the source).

            ## Why
            Alertmanager never lets an alert that matches both sides inhibit another alert that matches both sides, so the sources of such a rule are never muted by it, and whether the rule works depends on that guard (and, since 0.30, on which source alert the inhibitor indexed). Pick disjoint sides, e.g. source `severity="critical"` and target `severity="warning"`.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            inhibit_rules:
              - source_matchers: ['severity="critical"']
                target_matchers: ['severity=~"warning|critical"']
                equal: [alertname, cluster]
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            inhibit_rules:
              - source_matchers: ['severity="critical"']
                target_matchers: ['severity="warning"']
                equal: [alertname, cluster]
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
            ```

            ## Suppress
            `# halint disable=alertmanager/inhibit-source-matches-target` on the line before or at the end of the offending line.
            """##,
        "alertmanager/inhibit-without-equal": ##"""
            # alertmanager/inhibit-without-equal

            **Severity:** warning

            An inhibit rule with source matchers but no `equal:` list. (Rules without source matchers, such as kube-prometheus' `InfoInhibitor` rule, are a deliberate idiom and are not reported.)

            ## Why
            Without `equal`, any firing source alert mutes every target alert everywhere: a critical alert in one cluster hides the warnings of all other clusters and services. List the labels that must be the same on both, usually `[alertname, cluster]` or `[namespace]`.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            inhibit_rules:
              - source_matchers: ['severity="critical"']
                target_matchers: ['severity="warning"']
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            inhibit_rules:
              - source_matchers: ['severity="critical"']
                target_matchers: ['severity="warning"']
                equal: [alertname, cluster]
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
            ```

            ## Suppress
            `# halint disable=alertmanager/inhibit-without-equal` on the line before or at the end of the offending line.
            """##,
        "alertmanager/integration-missing-setting": ##"""
            # alertmanager/integration-missing-setting

            **Severity:** error

            A notification integration lacks a setting it cannot work without, locally
            and (where there is one) in `global`: a Slack webhook URL or app token, an
            OpsGenie or VictorOps API key, a PagerDuty routing key, a webhook `url`, a
            Telegram chat id, a Jira project, an empty `-` list entry (`missing slack
            config` and friends), and so on. The message is Alertmanager's, e.g.
            `no Slack API URL nor App token set either inline or in a file`.

            ## Why
            Alertmanager refuses the whole config, even when the receiver is not used by
            any route. Settings that have a `global` default (such as `slack_api_url`) can
            be set once there instead of on every integration.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: slack
            receivers:
              - name: slack
                slack_configs:
                  - channel: '#alerts'
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            global:
              slack_api_url: https://hooks.slack.com/services/T000/B000/XXXX
            route:
              receiver: slack
            receivers:
              - name: slack
                slack_configs:
                  - channel: '#alerts'
            ```

            ## Suppress
            `# halint disable=alertmanager/integration-missing-setting` on the line before or at the end of the offending line.
            """##,
        "alertmanager/invalid-config": ##"""
            # alertmanager/invalid-config

            **Severity:** error

            Any other reason Alertmanager refuses the config at load time, with its
            exact error text: a receiver without a `name`, a receiver `labels.name` that
            differs from the receiver name, a duplicate email header, an unknown Telegram
            `parse_mode`, a WeChat `message_type` other than `text`/`markdown`, an OpsGenie
            responder type outside team/teams/user/escalation/schedule, a VictorOps custom
            field that clashes with a fixed one, an unknown TLS version, an invalid
            `equal` label name, a broken `tracing` block, and similar.

            ## Why
            Alertmanager stops at the first of these errors and keeps running the old
            config on reload, so problems tend to surface one deploy at a time; halint
            lists all of them at once.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: telegram
            receivers:
              - name: telegram
                telegram_configs:
                  - bot_token_file: /etc/alertmanager/secrets/telegram
                    chat_id: -1001234567890
                    parse_mode: markdown
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: telegram
            receivers:
              - name: telegram
                telegram_configs:
                  - bot_token_file: /etc/alertmanager/secrets/telegram
                    chat_id: -1001234567890
                    parse_mode: MarkdownV2
            ```

            ## Suppress
            `# halint disable=alertmanager/invalid-config` on the line before or at the end of the offending line.
            """##,
        "alertmanager/invalid-matcher": ##"""
            # alertmanager/invalid-matcher

            **Severity:** error

            A matcher in a route or inhibit rule that Alertmanager cannot parse: an entry
            of `matchers` / `source_matchers` / `target_matchers` that neither of its
            parsers reads (for example `bad matcher format: severity`), a regex that is not
            valid RE2 (in `=~`, `!~` or `match_re`), a `match_re` key with no regex
            (`invalid regexp value for "X"`), or a `match`/`match_re` key that is not a
            classic label name (`invalid label name "X"`). The message is Alertmanager's
            error for the configured matcher mode (fallback by default).

            ## Why
            The config does not load. Regexes are anchored and compiled with Go's RE2, so
            look-ahead, back-references and other PCRE features that work in many editors
            are rejected. The deprecated `match`/`match_re` forms only accept classic label
            names even in UTF-8 mode.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: ['severity']
                  receiver: pager
                - match_re:
                    service: '(api|web'
                  receiver: pager
            receivers:
              - name: default
              - name: pager
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: ['severity="critical"']
                  receiver: pager
                - matchers: ['service=~"api|web"']
                  receiver: pager
            receivers:
              - name: default
              - name: pager
            ```

            ## Suppress
            `# halint disable=alertmanager/invalid-matcher` on the line before or at the end of the offending line.
            """##,
        "alertmanager/invalid-notification-template": ##"""
            # alertmanager/invalid-notification-template

            **Severity:** error

            A templated notifier setting (`title:`, `text:`, `summary:`, `message:`, …) that Go's template parser rejects: a syntax error, or a function Alertmanager does not define. The text is parsed with Alertmanager's functions (`toUpper`, `join`, `reReplaceAll`, `safeHtml`, `date`, `tz`, `toJson`, …) and the message is Go's own error.

            ## Why
            Alertmanager loads the config without parsing these settings: `amtool check-config` passes. It parses them when it sends a notification, and then the notification fails; Slack sends the message with this field and the ones after it empty. The webhook `url`, which Alertmanager parses at load time, is reported by `alertmanager/invalid-url`.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: team-slack
            receivers:
              - name: team-slack
                slack_configs:
                  - channel: "#alerts"
                    api_url_file: /etc/alertmanager/slack-url
                    title: '[{{ .Status | toUpperCase }}] {{ .CommonLabels.alertname }}'
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: team-slack
            receivers:
              - name: team-slack
                slack_configs:
                  - channel: "#alerts"
                    api_url_file: /etc/alertmanager/slack-url
                    title: '[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }}'
            ```

            ## Suppress
            `# halint disable=alertmanager/invalid-notification-template` on the line before or at the end of the offending line.
            """##,
        "alertmanager/invalid-root-route": ##"""
            # alertmanager/invalid-root-route

            **Severity:** error

            The root of the routing tree breaks one of Alertmanager's rules for it: there
            is no `route:` at all (`no routes provided`, or `no route provided in config`
            for an empty file), it has no `receiver` (`root route must specify a default
            receiver`), it has `match`/`match_re`/`matchers` (`root route must not have any
            matchers`), `mute_time_intervals` or `active_time_intervals`, or it sets
            `continue: true` (`cannot have continue in root route`).

            ## Why
            The root route is the fallback for every alert, so it must match everything
            and always have somewhere to send. Alertmanager refuses such a config; move
            matchers, time intervals and `continue` to a child route under `routes:`.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
              matchers: [severity="critical"]
            receivers:
              - name: default
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: [severity="critical"]
                  receiver: default
            receivers:
              - name: default
            ```

            ## Suppress
            `# halint disable=alertmanager/invalid-root-route` on the line before or at the end of the offending line.
            """##,
        "alertmanager/invalid-route": ##"""
            # alertmanager/invalid-route

            **Severity:** error

            A route node that Alertmanager rejects while reading it: a label repeated in
            `group_by` (`duplicated label "X" in group_by`), the `...` wildcard together
            with other labels, an invalid label name in `group_by` or in route `labels`
            (only non-classic names in classic mode), `group_interval` or `repeat_interval`
            set to zero, or an empty `-` entry under `routes:` (which makes Alertmanager
            crash while loading).

            ## Why
            Each of these stops the config from loading. A zero `group_interval` or
            `repeat_interval` would make Alertmanager flush or resend in a tight loop,
            which is why it refuses them.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
              group_by: [alertname, cluster, alertname]
              repeat_interval: 0s
            receivers:
              - name: default
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: default
              group_by: [alertname, cluster]
              repeat_interval: 4h
            receivers:
              - name: default
            ```

            ## Suppress
            `# halint disable=alertmanager/invalid-route` on the line before or at the end of the offending line.
            """##,
        "alertmanager/invalid-template-file": ##"""
            # alertmanager/invalid-template-file

            **Severity:** error

            A file loaded through `templates:` that is not a valid Go template. Relative globs are read next to the config file, as Alertmanager resolves them; absolute paths usually name a path inside the Alertmanager container and are not read. The finding sits on the `templates:` entry, with a note at the line of the file where Go stops.

            ## Why
            Alertmanager parses every template file when it loads the config and refuses the config when one does not parse (`amtool check-config` fails as well), so a broken template file keeps the previous config running, or Alertmanager down on a fresh start.

            ## Bad
            ```yaml bad file=alertmanager.yml
            templates:
              - templates/*.tmpl
            route:
              receiver: team-slack
            receivers:
              - name: team-slack
                slack_configs:
                  - channel: "#alerts"
                    api_url_file: /etc/alertmanager/slack-url
                    title: '{{ template "slack.title" . }}'
            ```

            ```text bad file=templates/slack.tmpl
            {{ define "slack.title" }}
              [{{ .Status | toUpperCase }}] {{ .CommonLabels.alertname }}
            {{ end }}
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            templates:
              - templates/*.tmpl
            route:
              receiver: team-slack
            receivers:
              - name: team-slack
                slack_configs:
                  - channel: "#alerts"
                    api_url_file: /etc/alertmanager/slack-url
                    title: '{{ template "slack.title" . }}'
            ```

            ```text good file=templates/slack.tmpl
            {{ define "slack.title" }}
              [{{ .Status | toUpper }}] {{ .CommonLabels.alertname }}
            {{ end }}
            ```

            ## Suppress
            `# halint disable=alertmanager/invalid-template-file` on the line before or at the end of the `templates:` entry.
            """##,
        "alertmanager/invalid-time-interval": ##"""
            # alertmanager/invalid-time-interval

            **Severity:** error

            A time interval Alertmanager cannot read: a missing or repeated name, a time
            that is not `HH:MM` (`couldn't parse timestamp 9:00, invalid format`), a range
            whose start is not before its end (times cannot cross midnight; weekday and
            month ranges cannot wrap), an unknown weekday or month, a day of month outside
            1…31 / -31…-1, or an unknown `location` time zone.

            ## Why
            The config does not load. The overnight case is the usual trap:
            `start_time: '22:00'` with `end_time: '06:00'` is rejected, and has to be
            written as two ranges, `22:00`–`24:00` and `00:00`–`06:00`.

            ## Bad
            ```yaml bad file=alertmanager.yml
            time_intervals:
              - name: night
                time_intervals:
                  - times:
                      - start_time: '22:00'
                        end_time: '06:00'
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            time_intervals:
              - name: night
                time_intervals:
                  - times:
                      - start_time: '22:00'
                        end_time: '24:00'
                      - start_time: '00:00'
                        end_time: '06:00'
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ## Suppress
            `# halint disable=alertmanager/invalid-time-interval` on the line before or at the end of the offending line.
            """##,
        "alertmanager/invalid-url": ##"""
            # alertmanager/invalid-url

            **Severity:** error

            A URL field (`slack_api_url`, webhook `url`, `api_url`, `proxy_url`, …) or an
            SMTP `host:port` address that Alertmanager cannot use. URLs must be absolute
            `http` or `https` URLs with a host (`unsupported scheme "" for URL`,
            `missing host for URL`, or Go's `parse "…": …` error); a webhook `url` that
            contains a Go template is only checked for template syntax. Smarthosts must be
            `host:port` (`address localhost: missing port in address`).

            ## Why
            The config does not load. A placeholder left in a copied example, such as
            `slack_api_url: '<your slack webhook url>'`, is the classic cause.

            ## Bad
            ```yaml bad file=alertmanager.yml
            global:
              slack_api_url: '<your slack webhook url>'
            route:
              receiver: slack
            receivers:
              - name: slack
                slack_configs:
                  - channel: '#alerts'
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            global:
              slack_api_url: https://hooks.slack.com/services/T000/B000/XXXX
            route:
              receiver: slack
            receivers:
              - name: slack
                slack_configs:
                  - channel: '#alerts'
            ```

            ## Suppress
            `# halint disable=alertmanager/invalid-url` on the line before or at the end of the offending line.
            """##,
        "alertmanager/plaintext-secret": ##"""
            # alertmanager/plaintext-secret

            **Severity:** warning

            An API key, token, password or secret (`api_key`, `routing_key`, `bot_token`, `auth_password`, `smtp_auth_password`, ...), or a webhook URL that is itself a credential (Slack `hooks.slack.com/services/...`, Teams, Discord, Mattermost `webhook_url`), written into the config as text. Empty values and obvious placeholders (`<secret>`, `xxx`, templates) are not reported.

            ## Why
            Configs live in repositories, ConfigMaps, CI logs and `amtool config show` output. Every integration has a `*_file` twin (or, for the operator, a Secret reference) so the credential can be mounted instead of written down. A leaked Slack webhook or PagerDuty key lets anyone post or page as Alertmanager.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: pager
            receivers:
              - name: pager
                pagerduty_configs:
                  - routing_key: 0123456789abcdef0123456789abcdef
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: pager
            receivers:
              - name: pager
                pagerduty_configs:
                  - routing_key_file: /etc/alertmanager/secrets/pagerduty-key
            ```

            ## Suppress
            `# halint disable=alertmanager/plaintext-secret` on the line before or at the end of the offending line.
            """##,
        "alertmanager/repeat-interval-too-short": ##"""
            # alertmanager/repeat-interval-too-short

            **Severity:** warning

            A route whose effective `repeat_interval` is shorter than its effective `group_interval`, reported where one of the two is set.

            ## Why
            Alertmanager only looks at whether a notification is due again when the group's `group_interval` timer fires, so a shorter `repeat_interval` is rounded up to `group_interval` and does not do what it says. It usually means the two were swapped.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
              group_interval: 1h
              repeat_interval: 5m
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: default
              group_interval: 5m
              repeat_interval: 4h
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
            ```

            ## Suppress
            `# halint disable=alertmanager/repeat-interval-too-short` on the line before or at the end of the offending line.
            """##,
        "alertmanager/route-always-muted": ##"""
            # alertmanager/route-always-muted

            **Severity:** warning

            A route muted by a time interval that has an entry with no `times`, `weekdays`, `days_of_month`, `months` or `years`: such an entry covers all time, so the route never notifies.

            ## Why
            An empty entry is easy to produce by accident (a list item whose fields were commented out, or a mis-indented block). The route still matches alerts, so `continue: false` keeps hiding its later siblings while nothing is sent.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: ['team="db"']
                  receiver: db
                  mute_time_intervals: [maintenance]
            time_intervals:
              - name: maintenance
                time_intervals:
                  - {}
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
              - name: db
                webhook_configs:
                  - url: http://alerts.example.com/db
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: ['team="db"']
                  receiver: db
                  mute_time_intervals: [maintenance]
            time_intervals:
              - name: maintenance
                time_intervals:
                  - weekdays: ['sunday']
                    times:
                      - start_time: '02:00'
                        end_time: '04:00'
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
              - name: db
                webhook_configs:
                  - url: http://alerts.example.com/db
            ```

            ## Suppress
            `# halint disable=alertmanager/route-always-muted` on the line before or at the end of the offending line.
            """##,
        "alertmanager/route-unreached-by-rules": ##"""
            # alertmanager/route-unreached-by-rules

            **Severity:** info

            A route that no alerting rule in the checked rule files can reach: for every rule, some matcher on the path to the route fails on a label whose value is known (the alert name, a static rule label, a label the expression pins or cannot produce). Labels halint cannot know count as a possible match, so the finding is certain for the rules it was given. Runs only when the project has both rule files and an Alertmanager config.

            ## Why
            A route that nothing reaches usually has a typo in a matcher value, or matches a label value the rules never use (`severity="page"` while the rules say `critical`). Ignore it when alerts come from other Prometheus servers or rule files that were not checked.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: node
                rules:
                  - alert: NodeDown
                    expr: up{job="node"} == 0
                    labels:
                      severity: critical
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: ['severity="page"']
                  receiver: pager
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
              - name: pager
                webhook_configs:
                  - url: http://alerts.example.com/pager
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: node
                rules:
                  - alert: NodeDown
                    expr: up{job="node"} == 0
                    labels:
                      severity: critical
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: ['severity="critical"']
                  receiver: pager
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
              - name: pager
                webhook_configs:
                  - url: http://alerts.example.com/pager
            ```

            ## Suppress
            `# halint disable=alertmanager/route-unreached-by-rules` on the line before or at the end of the offending line.
            """##,
        "alertmanager/shadowed-route": ##"""
            # alertmanager/shadowed-route

            **Severity:** warning

            A child route that can never receive an alert because an earlier sibling without `continue: true` matches every alert it matches: the earlier sibling has no matchers, the same matchers, or matchers that are provably broader (`team=~"db|web"` before `team="db"`). The finding is on the shadowed route, with a note on the sibling that takes its alerts.

            ## Why
            Alertmanager tries siblings in order and stops at the first match unless that route says `continue: true`. A shadowed route is dead configuration: its receiver, grouping and timers never apply, which usually means a team is not paged when it should be. Only provable cases are reported (literal values and literal alternations), so regexes the analysis cannot compare never produce a finding.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: ['team=~"db|web"']
                  receiver: platform
                - matchers: ['team="db"', 'severity="critical"']
                  receiver: db-pager
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
              - name: platform
                webhook_configs:
                  - url: http://alerts.example.com/platform
              - name: db-pager
                webhook_configs:
                  - url: http://alerts.example.com/db-pager
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: ['team="db"', 'severity="critical"']
                  receiver: db-pager
                - matchers: ['team=~"db|web"']
                  receiver: platform
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
              - name: platform
                webhook_configs:
                  - url: http://alerts.example.com/platform
              - name: db-pager
                webhook_configs:
                  - url: http://alerts.example.com/db-pager
            ```

            ## Suppress
            `# halint disable=alertmanager/shadowed-route` on the line before or at the end of the offending line.
            """##,
        "alertmanager/template-file-missing": ##"""
            # alertmanager/template-file-missing

            **Severity:** warning

            A relative `templates:` entry that matches no file next to the config. Absolute paths are not checked: they usually name a path inside the Alertmanager container.

            ## Why
            Alertmanager accepts a glob that matches nothing, so the config loads, and then every notification that calls one of the missing templates fails at send time with an undefined-template error.

            ## Bad
            ```yaml bad file=alertmanager.yml
            templates:
              - templates/slack.tmpl
            route:
              receiver: default
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            templates:
              - /etc/alertmanager/templates/*.tmpl
            route:
              receiver: default
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
            ```

            ## Suppress
            `# halint disable=alertmanager/template-file-missing` on the line before or at the end of the offending line.
            """##,
        "alertmanager/template-unknown-field": ##"""
            # alertmanager/template-unknown-field

            **Severity:** error

            A notifier setting's template reads a field the notification data does not have. The notification has `.Receiver`, `.Status`, `.Alerts`, `.GroupLabels`, `.CommonLabels`, `.CommonAnnotations` and `.ExternalURL`; inside `{{ range .Alerts }}` the dot is one alert, with `.Labels`, `.Annotations`, `.StartsAt`, `.EndsAt`, `.GeneratorURL` and `.Fingerprint`. halint follows the type of the dot and of variables through `range`, `with` and `:=`, and checks the `{{define}}`s of the template files with the data their callers pass (`{{ template "x" . }}` from a setting passes the notification data, from inside `{{ range .Alerts }}` one alert); what it cannot type (function results, a define called with different data, or never) is not checked. Label names never fail: a missing label reads as empty.

            ## Why
            Alertmanager runs the template when it sends a notification, and Go stops with `can't evaluate field Labels in type *template.Data`: the notification is not sent, or Slack sends it with this field empty. The config loads and `amtool check-config` passes.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: team-slack
            receivers:
              - name: team-slack
                slack_configs:
                  - channel: "#alerts"
                    api_url_file: /etc/alertmanager/slack-url
                    title: '{{ .Labels.alertname }}'
                    text: '{{ range .Alerts }}{{ .Labels.pod }} in {{ .CommonLabels.env }}{{ end }}'
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: team-slack
            receivers:
              - name: team-slack
                slack_configs:
                  - channel: "#alerts"
                    api_url_file: /etc/alertmanager/slack-url
                    title: '{{ .CommonLabels.alertname }}'
                    text: '{{ range .Alerts }}{{ .Labels.pod }} in {{ $.CommonLabels.env }}{{ end }}'
            ```

            ## Suppress
            `# halint disable=alertmanager/template-unknown-field` on the line before or at the end of the offending line.
            """##,
        "alertmanager/time-interval-never-active": ##"""
            # alertmanager/time-interval-never-active

            **Severity:** warning

            A route uses a time interval whose every entry is limited to years that are over: as a mute interval it never mutes again, and a route whose active intervals are all like that never notifies again.

            ## Why
            Intervals with `years:` are usually written for one maintenance window or one holiday season; once the year is past they are dead weight, or (for `active_time_intervals`) they switch a route off for good.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: ['team="db"']
                  receiver: db
                  mute_time_intervals: [migration]
            time_intervals:
              - name: migration
                time_intervals:
                  - years: ['2019']
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
              - name: db
                webhook_configs:
                  - url: http://alerts.example.com/db
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: ['team="db"']
                  receiver: db
                  mute_time_intervals: [migration]
            time_intervals:
              - name: migration
                time_intervals:
                  - years: ['2019:2099']
                    months: ['december']
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
              - name: db
                webhook_configs:
                  - url: http://alerts.example.com/db
            ```

            ## Suppress
            `# halint disable=alertmanager/time-interval-never-active` on the line before or at the end of the offending line.
            """##,
        "alertmanager/undefined-receiver": ##"""
            # alertmanager/undefined-receiver

            **Severity:** error

            A route (the root or any child) names a `receiver` that no entry of
            `receivers:` defines: `undefined receiver "X" used in route`. Every undefined
            name in the tree is reported, with the closest defined name when there is a
            likely typo.

            ## Why
            Alertmanager rejects the config at load time. Receiver names are
            case-sensitive, and a rename in `receivers:` without the matching change in the
            routes is an easy mistake to make in review.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: team-a
              routes:
                - matchers: [severity="critical"]
                  receiver: team-a-pager
            receivers:
              - name: team-a
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: team-a
              routes:
                - matchers: [severity="critical"]
                  receiver: team-a-pager
            receivers:
              - name: team-a
              - name: team-a-pager
            ```

            ## Suppress
            `# halint disable=alertmanager/undefined-receiver` on the line before or at the end of the offending line.
            """##,
        "alertmanager/undefined-template": ##"""
            # alertmanager/undefined-template

            **Severity:** error

            `{{ template "name" }}` in a notifier setting or a template file names a template that no file loaded through `templates:` and none of Alertmanager's built-in templates (`slack.default.title`, `__subject`, …) defines. Only reported when every `templates:` entry could be read (relative globs next to the config); a config whose templates live at absolute paths is not checked.

            ## Why
            Go looks the name up only when the template runs, so the config loads and `amtool check-config` passes. When Alertmanager sends a notification it fails with `no such template`: the notification is not sent, or Slack sends it with this field empty. Usually a typo, or a file the `templates:` glob does not match.

            ## Bad
            ```yaml bad file=alertmanager.yml
            templates:
              - templates/*.tmpl
            route:
              receiver: team-slack
            receivers:
              - name: team-slack
                slack_configs:
                  - channel: "#alerts"
                    api_url_file: /etc/alertmanager/slack-url
                    title: '{{ template "slack.myorg.titel" . }}'
            ```

            ```text bad file=templates/slack.tmpl
            {{ define "slack.myorg.title" }}[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }}{{ end }}
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            templates:
              - templates/*.tmpl
            route:
              receiver: team-slack
            receivers:
              - name: team-slack
                slack_configs:
                  - channel: "#alerts"
                    api_url_file: /etc/alertmanager/slack-url
                    title: '{{ template "slack.myorg.title" . }}'
            ```

            ```text good file=templates/slack.tmpl
            {{ define "slack.myorg.title" }}[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }}{{ end }}
            ```

            ## Suppress
            `# halint disable=alertmanager/undefined-template` on the line before or at the end of the offending line.
            """##,
        "alertmanager/undefined-time-interval": ##"""
            # alertmanager/undefined-time-interval

            **Severity:** error

            A route lists a name in `mute_time_intervals` or `active_time_intervals` that
            neither `time_intervals:` nor the deprecated top-level `mute_time_intervals:`
            defines: `undefined time interval "X" used in route`.

            ## Why
            Alertmanager refuses the config. Time intervals are looked up by exact name,
            so a typo would otherwise silently leave a route unmuted, or never active.

            ## Bad
            ```yaml bad file=alertmanager.yml
            time_intervals:
              - name: weekends
                time_intervals:
                  - weekdays: [saturday, sunday]
            route:
              receiver: default
              routes:
                - matchers: [severity="warning"]
                  receiver: default
                  mute_time_intervals: [weekend]
            receivers:
              - name: default
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            time_intervals:
              - name: weekends
                time_intervals:
                  - weekdays: [saturday, sunday]
            route:
              receiver: default
              routes:
                - matchers: [severity="warning"]
                  receiver: default
                  mute_time_intervals: [weekends]
            receivers:
              - name: default
            ```

            ## Suppress
            `# halint disable=alertmanager/undefined-time-interval` on the line before or at the end of the offending line.
            """##,
        "alertmanager/unknown-alertname": ##"""
            # alertmanager/unknown-alertname

            **Severity:** warning

            A route or inhibit rule that matches `alertname` on names (equality or a literal list such as `=~"A|B"`) of which none is defined by an alerting rule in the checked rule files. The message suggests the closest defined name when there is one. Runs only when the project has both rule files and an Alertmanager config.

            ## Why
            Alert names are case-sensitive and get renamed; a route for `NodeDowm` or an inhibit rule for a renamed alert silently stops working. Ignore the finding when the alert comes from another Prometheus or rule files that were not checked.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: node
                rules:
                  - alert: NodeDown
                    expr: up{job="node"} == 0
                    for: 5m
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: ['alertname="NodeDwon"']
                  receiver: pager
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
              - name: pager
                webhook_configs:
                  - url: http://alerts.example.com/pager
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: node
                rules:
                  - alert: NodeDown
                    expr: up{job="node"} == 0
                    for: 5m
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: ['alertname="NodeDown"']
                  receiver: pager
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
              - name: pager
                webhook_configs:
                  - url: http://alerts.example.com/pager
            ```

            ## Suppress
            `# halint disable=alertmanager/unknown-alertname` on the line before or at the end of the offending line.
            """##,
        "alertmanager/unused-receiver": ##"""
            # alertmanager/unused-receiver

            **Severity:** info

            A receiver that no route (the root included) sends to.

            ## Why
            An unused receiver is usually left over from a removed route, or belongs to a route that was never written, so the team it was meant for gets nothing. Remove it or add the route.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
              - name: db-pager
                webhook_configs:
                  - url: http://alerts.example.com/db-pager
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: ['team="db"']
                  receiver: db-pager
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
              - name: db-pager
                webhook_configs:
                  - url: http://alerts.example.com/db-pager
            ```

            ## Suppress
            `# halint disable=alertmanager/unused-receiver` on the line before or at the end of the offending line.
            """##,
        "alertmanager/useless-continue": ##"""
            # alertmanager/useless-continue

            **Severity:** info

            `continue: true` on the last route of its level.

            ## Why
            `continue` tells Alertmanager to keep trying the later siblings after this route matched. On the last sibling there is nothing left to try, so the flag does nothing; it often means the route it was meant to continue to was moved or deleted.

            ## Bad
            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: ['team="db"']
                  receiver: db
                  continue: true
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
              - name: db
                webhook_configs:
                  - url: http://alerts.example.com/db
            ```

            ## Good
            ```yaml good file=alertmanager.yml
            route:
              receiver: default
              routes:
                - matchers: ['team="db"']
                  receiver: db
            receivers:
              - name: default
                webhook_configs:
                  - url: http://alerts.example.com/default
              - name: db
                webhook_configs:
                  - url: http://alerts.example.com/db
            ```

            ## Suppress
            `# halint disable=alertmanager/useless-continue` on the line before or at the end of the offending line.
            """##,
        "cluster/asymmetric-peering": ##"""
            # cluster/asymmetric-peering

            **Severity:** warning

            Members of one Alertmanager cluster whose `--cluster.peer` lists differ (after adding each member itself), such as a star where one seed lists nobody and the others list only the seed.

            ## Why
            Joining is transitive, so the cluster forms while the seed is up. But a member whose listed peers are all down when it starts runs alone until they come back, sending duplicate notifications, and a seed that lists nobody depends on the others to find it again after a restart. The Alertmanager documentation recommends giving every member the same full list.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
              am3:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
                  - '--cluster.peer=am2:9094'
                  - '--cluster.peer=am3:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
                  - '--cluster.peer=am2:9094'
                  - '--cluster.peer=am3:9094'
              am3:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
                  - '--cluster.peer=am2:9094'
                  - '--cluster.peer=am3:9094'
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ## Suppress
            `# halint disable=cluster/asymmetric-peering` on the line before or at the end of the offending line.
            """##,
        "cluster/config-mismatch": ##"""
            # cluster/config-mismatch

            **Severity:** warning

            Members of one Alertmanager cluster load different alertmanager.yml files (compared byte for byte, as `alertmanager_config_hash` is).

            ## Why
            Deduplication assumes every member builds the same groups and sends them to the same receivers. Different routes, `group_by` or receivers give different notifications for the same alerts, which the notification log cannot match, and the mixin alert `AlertmanagerConfigInconsistent` fires.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./am1.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./am2.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
            ```

            ```yaml bad file=am1.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ```yaml bad file=am2.yml
            route:
              group_by: ['alertname']
              receiver: default
            receivers:
              - name: default
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ## Suppress
            `# halint disable=cluster/config-mismatch` on the line before or at the end of the offending line.
            """##,
        "cluster/disconnected": ##"""
            # cluster/disconnected

            **Severity:** warning

            The `--cluster.peer` graph, read across every Alertmanager of the stack, falls apart into groups that never reach each other, so they form separate clusters.

            ## Why
            Each group notifies on its own: every alert is sent once per group, and silences made in one group are missing in the others. Nothing in Alertmanager's logs says so, because each cluster is healthy by itself.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
              am3:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
                  - '--cluster.peer=am2:9094'
                  - '--cluster.peer=am3:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
                  - '--cluster.peer=am2:9094'
                  - '--cluster.peer=am3:9094'
              am3:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
                  - '--cluster.peer=am2:9094'
                  - '--cluster.peer=am3:9094'
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ## Suppress
            `# halint disable=cluster/disconnected` on the line before or at the end of the offending line.
            """##,
        "cluster/inconsistent-settings": ##"""
            # cluster/inconsistent-settings

            **Severity:** warning

            Members of one Alertmanager cluster run with different `--cluster.settle-timeout`, `--cluster.pushpull-interval`, `--cluster.gossip-interval`, `--cluster.peer-timeout` or `--cluster.label` (a flag left out counts as its default).

            ## Why
            Each member waits `position × peer-timeout` before sending, and settles and syncs on its own schedule; the deduplication timing assumes every member uses the same values. Members with different `--cluster.label` values cannot talk to each other at all.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
                  - '--cluster.pushpull-interval=5s'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
                  - '--cluster.pushpull-interval=5s'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
                  - '--cluster.pushpull-interval=5s'
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ## Suppress
            `# halint disable=cluster/inconsistent-settings` on the line before or at the end of the offending line.
            """##,
        "cluster/invalid-peer": ##"""
            # cluster/invalid-peer

            **Severity:** error

            A `--cluster.peer` value that Alertmanager cannot split into host and port, such as `alertmanager2` without `:9094`. Alertmanager stops at startup with `unable to initialize gossip mesh: resolve peers: split host/port for peer …: … missing port in address`; the message carries that text.

            ## Why
            The member never starts, so the stack runs with one Alertmanager fewer than it was built for, and restarts loop in the container runtime.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ## Suppress
            `# halint disable=cluster/invalid-peer` on the line before or at the end of the offending line.
            """##,
        "cluster/no-peers": ##"""
            # cluster/no-peers

            **Severity:** warning

            Several Alertmanager services (or one service with several replicas) and not one `--cluster.peer` among them. Clustering is on by default, but with nothing to join every instance forms a cluster of its own.

            ## Why
            Alertmanagers deduplicate notifications only through the gossiped notification log. Without peers, each instance sends every notification itself, so every page arrives once per instance, and a silence created on one instance does not exist on the others.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ## Suppress
            `# halint disable=cluster/no-peers` on the line before or at the end of the offending line.
            """##,
        "cluster/self-only-peer": ##"""
            # cluster/self-only-peer

            **Severity:** warning

            An Alertmanager whose only `--cluster.peer` names itself (its own service name, or `localhost`). Listing itself among the other members is normal and is not reported; listing only itself is.

            ## Why
            The member never joins the others. It runs as a cluster of one and sends its own copy of every notification; silences made elsewhere do not reach it.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
                  - '--cluster.peer=am2:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
                  - '--cluster.peer=am2:9094'
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ## Suppress
            `# halint disable=cluster/self-only-peer` on the line before or at the end of the offending line.
            """##,
        "cluster/udp-not-published": ##"""
            # cluster/udp-not-published

            **Severity:** warning

            An Alertmanager publishes its gossip port (`--cluster.listen-address`, 9094 by default) in `ports` over TCP only. Compose publishes `"9094:9094"` as TCP; UDP needs its own entry.

            ## Why
            Alertmanager's README: both UDP and TCP are needed for the cluster to work. Peers that reach the member through the published port can join over TCP but their UDP probes fail, so they keep marking it as failed and the cluster flaps.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                ports:
                  - "9094:9094"
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                ports:
                  - "9095:9094"
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                ports:
                  - "9094:9094"
                  - "9094:9094/udp"
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                ports:
                  - "9095:9094"
                  - "9095:9094/udp"
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ## Suppress
            `# halint disable=cluster/udp-not-published` on the line before or at the end of the offending line.
            """##,
        "cluster/unknown-peer": ##"""
            # cluster/unknown-peer

            **Severity:** warning

            A `--cluster.peer` that reaches no Alertmanager of the stack: a host that no service answers to, a service that is not an Alertmanager, or the right service on the wrong port (often the web port 9093 instead of the gossip port, which `--cluster.listen-address` sets and which defaults to 9094).

            ## Why
            Alertmanager only logs the failed join and retries, so the member runs without that peer; if it was the only one, it runs alone and duplicates notifications.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9093'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ## Suppress
            `# halint disable=cluster/unknown-peer` on the line before or at the end of the offending line.
            """##,
        "compose/duplicate-container-name": ##"""
            # compose/duplicate-container-name

            **Severity:** error

            Finds containers that would share a name: two services with the same `container_name`, or one service that sets
            `container_name` and asks for more than one replica (`deploy.replicas` or `scale`). Compose reports these as
            `container name "prometheus" is already in use by service prometheus1` and
            `can't set container_name and prometheus as container name must be unique`.

            ## Why
            Container names are unique per Docker host, so compose refuses the project. HA stacks hit this when a second
            Prometheus or Alertmanager is made by copying the first service and renaming only the service key, or when a
            service with a fixed `container_name` is scaled to two replicas.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              prometheus1:
                image: prom/prometheus:v3.4.2
                container_name: prometheus
              prometheus2:
                image: prom/prometheus:v3.4.2
                container_name: prometheus
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              prometheus1:
                image: prom/prometheus:v3.4.2
                container_name: prometheus1
              prometheus2:
                image: prom/prometheus:v3.4.2
                container_name: prometheus2
            ```

            ## Suppress
            `# halint disable=compose/duplicate-container-name` on the line before or at the end of the offending line.
            """##,
        "compose/duplicate-published-port": ##"""
            # compose/duplicate-published-port

            **Severity:** warning

            Finds a host port published twice on overlapping addresses with the same protocol: by two services, or by one
            service that runs several replicas with a fixed host port. Compose accepts the file, but Docker can bind the
            port only once, so the second container fails with `port is already allocated`.

            ## Why
            In HA stacks this usually means a load balancer and a backend both publish the same port (nginx and
            `prometheus1` on 9090), or a Prometheus service scaled to two replicas keeps `"9090:9090"`. One container never
            starts, and the stack silently runs without the redundancy it was built for.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              nginx:
                image: nginx:1.27
                ports:
                  - "9090:9090"
              prometheus1:
                image: prom/prometheus:v3.4.2
                ports:
                  - "9090:9090"
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              nginx:
                image: nginx:1.27
                ports:
                  - "9090:9090"
              prometheus1:
                image: prom/prometheus:v3.4.2
                expose:
                  - "9090"
            ```

            ## Suppress
            `# halint disable=compose/duplicate-published-port` on the line before or at the end of the offending line.
            """##,
        "compose/invalid-command": ##"""
            # compose/invalid-command

            **Severity:** error

            Finds a `command` or `entrypoint` written as one string whose quotes, backquotes or `$(` are not closed. Compose
            splits such strings into arguments itself (quotes group words, a backslash escapes the next character) and
            rejects unbalanced ones with `invalid command line string`.

            ## Why
            The project does not start. The list form avoids the problem altogether and keeps every flag on its own line,
            which is also what halint needs to read flags such as `--config.file` and `--cluster.peer` precisely.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              alertmanager:
                image: prom/alertmanager:v0.28.1
                command: --config.file=/etc/alertmanager/alertmanager.yml --cluster.peer='alertmanager2:9094
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              alertmanager:
                image: prom/alertmanager:v0.28.1
                command:
                  - --config.file=/etc/alertmanager/alertmanager.yml
                  - --cluster.peer=alertmanager2:9094
            ```

            ## Suppress
            `# halint disable=compose/invalid-command` on the line before or at the end of the offending line.
            """##,
        "compose/invalid-port": ##"""
            # compose/invalid-port

            **Severity:** error

            Finds `ports` and `expose` entries that docker compose cannot parse: a port outside 0-65535, a protocol other
            than `tcp`, `udp` or `sctp`, a host address that is not an IP address, mismatched port ranges, or a long-syntax
            entry without `target`. The message repeats docker's own error (`invalid containerPort: 99999`,
            `invalid proto: http`, `invalid IP address: localhost`).

            ## Why
            `docker compose up` and `docker compose config` refuse the whole project, so none of the services start. A
            frequent case in monitoring stacks is binding Alertmanager's gossip port to a host name
            (`localhost:9094:9094`) instead of an IP address, or writing `9094:9094/gossip` for the UDP side of the cluster
            port.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              alertmanager:
                image: prom/alertmanager:v0.28.1
                ports:
                  - "localhost:9093:9093"
                  - "9094:9094/gossip"
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              alertmanager:
                image: prom/alertmanager:v0.28.1
                ports:
                  - "127.0.0.1:9093:9093"
                  - "9094:9094/tcp"
                  - "9094:9094/udp"
            ```

            ## Suppress
            `# halint disable=compose/invalid-port` on the line before or at the end of the offending line.
            """##,
        "compose/invalid-volume": ##"""
            # compose/invalid-volume

            **Severity:** error

            Finds `volumes` entries of a service that docker compose cannot parse: an empty section between colons
            (`./a::/b`), more than three colon-separated sections, a long-syntax entry without `type` or `target`, an unknown
            `type`, or a bind mount without `source`. The message repeats compose's error, for example
            `invalid spec: ./prometheus.yml::/etc/prometheus/prometheus.yml: empty section between colons`.

            ## Why
            Compose rejects the project before starting anything. When the broken entry is the mount of
            `prometheus.yml` or `alertmanager.yml`, fixing it by guesswork often mounts the file at the wrong path, and the
            container then starts with the image's default configuration instead of yours.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              prometheus:
                image: prom/prometheus:v3.4.2
                volumes:
                  - ./prometheus.yml::/etc/prometheus/prometheus.yml
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              prometheus:
                image: prom/prometheus:v3.4.2
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
            ```

            ## Suppress
            `# halint disable=compose/invalid-volume` on the line before or at the end of the offending line.
            """##,
        "compose/undefined-dependency": ##"""
            # compose/undefined-dependency

            **Severity:** error

            Finds `depends_on` entries and `links` that name a service the file does not define. Compose rejects this with
            `service "nginx" depends on undefined service "alertmanager3": invalid compose project`. Entries marked
            `required: false` are skipped, as compose skips them. When a defined service has a similar name, the message
            suggests it.

            ## Why
            The project does not start. In HA stacks the cause is usually a replica that was renamed or removed
            (`alertmanager3`) while the load balancer or Prometheus still lists it.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              alertmanager1:
                image: prom/alertmanager:v0.28.1
              nginx:
                image: nginx:1.27
                depends_on:
                  - alertmanager1
                  - alertmanager2
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              alertmanager1:
                image: prom/alertmanager:v0.28.1
              alertmanager2:
                image: prom/alertmanager:v0.28.1
              nginx:
                image: nginx:1.27
                depends_on:
                  - alertmanager1
                  - alertmanager2
            ```

            ## Suppress
            `# halint disable=compose/undefined-dependency` on the line before or at the end of the offending line.
            """##,
        "compose/undefined-network": ##"""
            # compose/undefined-network

            **Severity:** error

            Finds a service that joins a network which the top-level `networks` section does not declare (`default` always
            exists). Compose rejects this with
            `service "prometheus" refers to undefined network monitoring: invalid compose project`.

            ## Why
            The project does not start. Services on different networks cannot reach each other by name, so a network that
            is declared under another spelling also breaks scraping, alert delivery and Alertmanager gossip.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              prometheus:
                image: prom/prometheus:v3.4.2
                networks:
                  - monitoring
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              prometheus:
                image: prom/prometheus:v3.4.2
                networks:
                  - monitoring
            networks:
              monitoring: {}
            ```

            ## Suppress
            `# halint disable=compose/undefined-network` on the line before or at the end of the offending line.
            """##,
        "compose/undefined-volume": ##"""
            # compose/undefined-volume

            **Severity:** error

            Finds a service that mounts a named volume (a source without `./`, `/` or `~`) which the top-level `volumes`
            section does not declare. Compose rejects this with
            `service "prometheus1" refers to undefined volume prometheus1_data: invalid compose project`.

            ## Why
            The project does not start. A related trap: `prometheus:/prometheus` mounts a named volume called `prometheus`,
            while `./prometheus:/prometheus` bind-mounts a directory; a missing `./` silently changes which data Prometheus
            keeps, and this check is often the first sign of it.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              prometheus1:
                image: prom/prometheus:v3.4.2
                volumes:
                  - prometheus1_data:/prometheus
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              prometheus1:
                image: prom/prometheus:v3.4.2
                volumes:
                  - prometheus1_data:/prometheus
            volumes:
              prometheus1_data: {}
            ```

            ## Suppress
            `# halint disable=compose/undefined-volume` on the line before or at the end of the offending line.
            """##,
        "deploy/alertmanager-api-v1": ##"""
            # deploy/alertmanager-api-v1

            **Severity:** warning

            A health check or command calls `/api/v1/…` on an Alertmanager whose image is 0.27 or newer (or `latest`).

            ## Why
            Alertmanager 0.27.0 removed API v1: every `/api/v1` request answers 410 Gone. A health check that calls it always fails, so the container is reported unhealthy and dependent services never start.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              alertmanager:
                image: prom/alertmanager:v0.28.1
                healthcheck:
                  test: ["CMD", "wget", "-qO-", "http://localhost:9093/api/v1/status"]
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              alertmanager:
                image: prom/alertmanager:v0.28.1
                healthcheck:
                  test: ["CMD", "wget", "-qO-", "http://localhost:9093/api/v2/status"]
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ## Suppress
            `# halint disable=deploy/alertmanager-api-v1` on the line before or at the end of the offending line.
            """##,
        "deploy/latest-image": ##"""
            # deploy/latest-image

            **Severity:** info

            A Prometheus or Alertmanager service whose image is `latest`, written or implied by a missing tag.

            ## Why
            The version changes whenever the image is pulled again, major versions included: Prometheus 3 removed Alertmanager API v1 and changed regex and range semantics; Alertmanager 0.27 removed its API v1, so a health check calling `/api/v1/status` starts failing. Replicas pulled at different times run different versions.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              prometheus:
                image: prom/prometheus:latest
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
            ```

            ```yaml bad file=prometheus.yml
            global:
              scrape_interval: 15s

            scrape_configs: []
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
            ```

            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 15s

            scrape_configs: []
            ```

            ## Suppress
            `# halint disable=deploy/latest-image` on the line before or at the end of the offending line.
            """##,
        "deploy/plaintext-credentials": ##"""
            # deploy/plaintext-credentials

            **Severity:** info

            A password, token or secret written as a literal value in a service's environment (names containing PASSWORD, SECRET, TOKEN, API_KEY…) or in a flag that takes one (`--remoteWrite.basicAuth.password=…`). `_FILE` variables, `…File` flags and `${VAR}` interpolations are fine.

            ## Why
            Anyone who can read the compose file, its history in version control, the process list or `docker inspect` output has the secret.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              grafana:
                image: grafana/grafana:12.0.2
                environment:
                  GF_SECURITY_ADMIN_PASSWORD: admin
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              grafana:
                image: grafana/grafana:12.0.2
                environment:
                  GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin_password
                secrets:
                  - grafana_admin_password

            secrets:
              grafana_admin_password:
                file: ./grafana_admin_password.txt
            ```

            ## Suppress
            `# halint disable=deploy/plaintext-credentials` on the line before or at the end of the offending line.
            """##,
        "deploy/single-point-of-failure": ##"""
            # deploy/single-point-of-failure

            **Severity:** info

            In a stack that runs several Prometheus or Alertmanager instances, a single instance that the replicated part depends on: one compose load balancer that is the only way in to the replicas (they publish no ports of their own), or one database under the services that use it.

            ## Why
            Replicas survive the loss of one instance; the single balancer or database in front of or under them does not. While it is down or restarting, everything behind it is unreachable, whatever else survives.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              nginx:
                image: nginx:1.27-alpine
                ports:
                  - "9093:9093"
                volumes:
                  - ./nginx.conf:/etc/nginx/nginx.conf:ro
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
            ```

            ```nginx bad file=nginx.conf
            events {}
            http {
                upstream alertmanagers {
                    server am1:9093;
                    server am2:9093;
                }
                server {
                    listen 9093;
                    location / {
                        proxy_pass http://alertmanagers;
                    }
                }
            }
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              nginx:
                image: nginx:1.27-alpine
                ports:
                  - "9093:9093"
                volumes:
                  - ./nginx.conf:/etc/nginx/nginx.conf:ro
              am1:
                image: prom/alertmanager:v0.28.1
                ports:
                  - "19093:9093"
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                ports:
                  - "29093:9093"
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
            ```

            ```nginx good file=nginx.conf
            events {}
            http {
                upstream alertmanagers {
                    server am1:9093;
                    server am2:9093;
                }
                server {
                    listen 9093;
                    location / {
                        proxy_pass http://alertmanagers;
                    }
                }
            }
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ## Suppress
            `# halint disable=deploy/single-point-of-failure` on the line before or at the end of the offending line.
            """##,
        "diff/removed-recording-rule-in-use": ##"""
            # diff/removed-recording-rule-in-use

            **Severity:** error

            In diff mode (`halint check --diff-base REF`), a recording rule that existed at
            REF is gone from every rule file, but another rule's expression still reads the
            series it produced. The finding points at the selector in the dependent rule.

            ## Why
            Prometheus accepts the change: the dependent alert simply evaluates to nothing,
            forever, and never fires. Nothing else tells you that the alert died with the
            recording rule.

            ## Bad
            ```yaml base file=alerts.yml
            groups:
              - name: api
                rules:
                  - record: job:http_errors:rate5m
                    expr: sum by (job) (rate(http_requests_total{code=~"5.."}[5m]))
                  - alert: HighErrorRate
                    expr: job:http_errors:rate5m > 1
                    for: 10m
            ```
            ```yaml bad file=alerts.yml
            groups:
              - name: api
                rules:
                  - alert: HighErrorRate
                    expr: job:http_errors:rate5m > 1
                    for: 10m
            ```

            ## Good
            ```yaml base file=alerts.yml
            groups:
              - name: api
                rules:
                  - record: job:http_errors:rate5m
                    expr: sum by (job) (rate(http_requests_total{code=~"5.."}[5m]))
                  - alert: HighErrorRate
                    expr: job:http_errors:rate5m > 1
                    for: 10m
            ```
            ```yaml good file=alerts.yml
            groups:
              - name: api
                rules:
                  - alert: HighErrorRate
                    expr: sum by (job) (rate(http_requests_total{code=~"5.."}[5m])) > 1
                    for: 10m
            ```

            ## Suppress
            `# halint disable=diff/removed-recording-rule-in-use` on the line before the dependent rule's `expr`.
            """##,
        "ha/alertmanager-behind-load-balancer": ##"""
            # ha/alertmanager-behind-load-balancer

            **Severity:** warning

            `alerting.alertmanagers` of a Prometheus names a load balancer (an nginx or HAProxy service of the stack, or a Kubernetes ClusterIP Service) that forwards to the Alertmanagers, instead of listing every Alertmanager.

            ## Why
            Alertmanagers do not share alerts with each other, only silences and the notification log. Behind a balancer each member receives a different part of the alerts, so grouping, inhibition and deduplication work on fragments, and a dead member is not noticed. The Alertmanager README: do not load balance traffic between Prometheus and its Alertmanagers.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              nginx:
                image: nginx:1.27-alpine
                ports:
                  - "9093:9093"
                volumes:
                  - ./nginx.conf:/etc/nginx/nginx.conf:ro
              am1:
                image: prom/alertmanager:v0.28.1
                ports:
                  - "19093:9093"
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                ports:
                  - "29093:9093"
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                  - ./alerts.yml:/etc/prometheus/alerts.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
            ```

            ```nginx bad file=nginx.conf
            events {}
            http {
                upstream alertmanagers {
                    server am1:9093;
                    server am2:9093;
                }
                server {
                    listen 9093;
                    location / {
                        proxy_pass http://alertmanagers;
                    }
                }
            }
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ```yaml bad file=alerts.yml
            groups:
              - name: meta
                rules:
                  - alert: TargetDown
                    expr: up == 0
                    for: 5m
            ```

            ```yaml bad file=prometheus.yml
            global:
              scrape_interval: 15s

            rule_files:
              - alerts.yml

            alerting:
              alertmanagers:
                - static_configs:
                    - targets: ['nginx:9093']

            scrape_configs:
              - job_name: alertmanager
                static_configs:
                  - targets: ['am1:9093', 'am2:9093']
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              nginx:
                image: nginx:1.27-alpine
                ports:
                  - "9093:9093"
                volumes:
                  - ./nginx.conf:/etc/nginx/nginx.conf:ro
              am1:
                image: prom/alertmanager:v0.28.1
                ports:
                  - "19093:9093"
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                ports:
                  - "29093:9093"
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                  - ./alerts.yml:/etc/prometheus/alerts.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
            ```

            ```nginx good file=nginx.conf
            events {}
            http {
                upstream alertmanagers {
                    server am1:9093;
                    server am2:9093;
                }
                server {
                    listen 9093;
                    location / {
                        proxy_pass http://alertmanagers;
                    }
                }
            }
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ```yaml good file=alerts.yml
            groups:
              - name: meta
                rules:
                  - alert: TargetDown
                    expr: up == 0
                    for: 5m
            ```

            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 15s

            rule_files:
              - alerts.yml

            alerting:
              alertmanagers:
                - static_configs:
                    - targets: ['am1:9093', 'am2:9093']

            scrape_configs:
              - job_name: alertmanager
                static_configs:
                  - targets: ['am1:9093', 'am2:9093']
            ```

            ## Suppress
            `# halint disable=ha/alertmanager-behind-load-balancer` on the line before or at the end of the offending line.
            """##,
        "ha/alertmanager-not-listed": ##"""
            # ha/alertmanager-not-listed

            **Severity:** warning

            A Prometheus sends alerts to some members of an Alertmanager cluster but not to all of them (static targets only; with service discovery the list is decided at run time).

            ## Why
            Alertmanagers do not forward alerts to each other. When the listed members are down, no notification goes out even though other members are up.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                  - ./alerts.yml:/etc/prometheus/alerts.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ```yaml bad file=alerts.yml
            groups:
              - name: meta
                rules:
                  - alert: TargetDown
                    expr: up == 0
                    for: 5m
            ```

            ```yaml bad file=prometheus.yml
            global:
              scrape_interval: 15s

            rule_files:
              - alerts.yml

            alerting:
              alertmanagers:
                - static_configs:
                    - targets: ['am1:9093']

            scrape_configs:
              - job_name: alertmanager
                static_configs:
                  - targets: ['am1:9093', 'am2:9093']
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                  - ./alerts.yml:/etc/prometheus/alerts.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ```yaml good file=alerts.yml
            groups:
              - name: meta
                rules:
                  - alert: TargetDown
                    expr: up == 0
                    for: 5m
            ```

            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 15s

            rule_files:
              - alerts.yml

            alerting:
              alertmanagers:
                - static_configs:
                    - targets: ['am1:9093', 'am2:9093']

            scrape_configs:
              - job_name: alertmanager
                static_configs:
                  - targets: ['am1:9093', 'am2:9093']
            ```

            ## Suppress
            `# halint disable=ha/alertmanager-not-listed` on the line before or at the end of the offending line.
            """##,
        "ha/alertmanager-path-mismatch": ##"""
            # ha/alertmanager-path-mismatch

            **Severity:** warning

            The `path_prefix` of an `alerting.alertmanagers` entry differs from the route prefix the Alertmanager serves its API under (`--web.route-prefix`, or the path of `--web.external-url`).

            ## Why
            Prometheus posts alerts to `<path_prefix>/api/v2/alerts`. With the wrong prefix every post is answered with 404, and the only trace is `prometheus_notifications_errors_total`.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              alertmanager:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--web.route-prefix=/alertmanager'
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ```yaml bad file=prometheus.yml
            global:
              scrape_interval: 15s

            alerting:
              alertmanagers:
                - static_configs:
                    - targets: ['alertmanager:9093']

            scrape_configs: []
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              alertmanager:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--web.route-prefix=/alertmanager'
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 15s

            alerting:
              alertmanagers:
                - path_prefix: /alertmanager
                  static_configs:
                    - targets: ['alertmanager:9093']

            scrape_configs: []
            ```

            ## Suppress
            `# halint disable=ha/alertmanager-path-mismatch` on the line before or at the end of the offending line.
            """##,
        "ha/cluster-size-threshold": ##"""
            # ha/cluster-size-threshold

            **Severity:** warning

            An alerting rule compares `alertmanager_cluster_members` with a number that does not match the number of Alertmanagers the stack deploys, such as `< 2` for three members. The metric counts the member itself, so the threshold for N members is `< N`.

            ## Why
            With `< 2` and three members, losing one member leaves 2, which does not fire: the cluster is degraded and nobody is told. A threshold above the member count fires all the time.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
                  - '--cluster.peer=am2:9094'
                  - '--cluster.peer=am3:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
                  - '--cluster.peer=am2:9094'
                  - '--cluster.peer=am3:9094'
              am3:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
                  - '--cluster.peer=am2:9094'
                  - '--cluster.peer=am3:9094'
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                  - ./alerts.yml:/etc/prometheus/alerts.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ```yaml bad file=alerts.yml
            groups:
              - name: meta
                rules:
                  - alert: AlertmanagerClusterDegraded
                    expr: min(alertmanager_cluster_members) < 2
                    for: 5m
                  - alert: AlertmanagerDown
                    expr: up{job="alertmanager"} == 0 or absent(up{job="alertmanager"})
                    for: 5m
            ```

            ```yaml bad file=prometheus.yml
            global:
              scrape_interval: 15s

            rule_files:
              - alerts.yml

            alerting:
              alertmanagers:
                - static_configs:
                    - targets: ['am1:9093', 'am2:9093', 'am3:9093']

            scrape_configs:
              - job_name: alertmanager
                static_configs:
                  - targets: ['am1:9093', 'am2:9093', 'am3:9093']
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
                  - '--cluster.peer=am2:9094'
                  - '--cluster.peer=am3:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
                  - '--cluster.peer=am2:9094'
                  - '--cluster.peer=am3:9094'
              am3:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
                  - '--cluster.peer=am2:9094'
                  - '--cluster.peer=am3:9094'
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                  - ./alerts.yml:/etc/prometheus/alerts.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ```yaml good file=alerts.yml
            groups:
              - name: meta
                rules:
                  - alert: AlertmanagerClusterDegraded
                    expr: min(alertmanager_cluster_members) < 3
                    for: 5m
                  - alert: AlertmanagerDown
                    expr: up{job="alertmanager"} == 0 or absent(up{job="alertmanager"})
                    for: 5m
            ```

            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 15s

            rule_files:
              - alerts.yml

            alerting:
              alertmanagers:
                - static_configs:
                    - targets: ['am1:9093', 'am2:9093', 'am3:9093']

            scrape_configs:
              - job_name: alertmanager
                static_configs:
                  - targets: ['am1:9093', 'am2:9093', 'am3:9093']
            ```

            ## Suppress
            `# halint disable=ha/cluster-size-threshold` on the line before or at the end of the offending line.
            """##,
        "ha/for-shorter-than-scrape": ##"""
            # ha/for-shorter-than-scrape

            **Severity:** warning

            An alerting rule's `for` is shorter than two scrape intervals of the jobs it reads (the global `scrape_interval` when its selectors name no job).

            ## Why
            The condition must hold across at least two scrapes to mean anything: with a shorter `for`, one slow or failed scrape is enough to fire the alert, or to reset it while pending.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              alertmanager:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                  - ./alerts.yml:/etc/prometheus/alerts.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ```yaml bad file=alerts.yml
            groups:
              - name: meta
                rules:
                  - alert: TargetDown
                    expr: up == 0
                    for: 30s
            ```

            ```yaml bad file=prometheus.yml
            global:
              scrape_interval: 30s

            rule_files:
              - alerts.yml

            alerting:
              alertmanagers:
                - static_configs:
                    - targets: ['alertmanager:9093']

            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              alertmanager:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                  - ./alerts.yml:/etc/prometheus/alerts.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ```yaml good file=alerts.yml
            groups:
              - name: meta
                rules:
                  - alert: TargetDown
                    expr: up == 0
                    for: 1m
            ```

            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 30s

            rule_files:
              - alerts.yml

            alerting:
              alertmanagers:
                - static_configs:
                    - targets: ['alertmanager:9093']

            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
            ```

            ## Suppress
            `# halint disable=ha/for-shorter-than-scrape` on the line before or at the end of the offending line.
            """##,
        "ha/load-balanced-shards": ##"""
            # ha/load-balanced-shards

            **Severity:** warning

            An nginx upstream or HAProxy backend balances queries over Prometheus servers that hold different series: their configs keep different hashmod shards or scrape different targets, their environments name different shards, or the operator shards them.

            ## Why
            Each query is answered by one shard only. Dashboards and API clients get partial results that change from one refresh to the next, and nothing reports an error. A querier that fans out to every shard and merges (Thanos Query, promxy) belongs behind the balancer instead.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              nginx:
                image: nginx:1.27-alpine
                ports:
                  - "9090:9090"
                volumes:
                  - ./nginx.conf:/etc/nginx/nginx.conf:ro
              shard0:
                image: prom/prometheus:v3.5.0
                ports:
                  - "19090:9090"
                volumes:
                  - ./shard0.yml:/etc/prometheus/prometheus.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
              shard1:
                image: prom/prometheus:v3.5.0
                ports:
                  - "29090:9090"
                volumes:
                  - ./shard1.yml:/etc/prometheus/prometheus.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
            ```

            ```nginx bad file=nginx.conf
            events {}
            http {
                upstream prometheus {
                    server shard0:9090;
                    server shard1:9090;
                }
                server {
                    listen 9090;
                    location / {
                        proxy_pass http://prometheus;
                    }
                }
            }
            ```

            ```yaml bad file=shard0.yml
            global:
              scrape_interval: 15s
              external_labels:
                shard: '0'

            scrape_configs:
              - job_name: node
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 2
                    target_label: __tmp_hash
                    action: hashmod
                  - source_labels: [__tmp_hash]
                    regex: '0'
                    action: keep
                static_configs:
                  - targets: ['node-exporter-1:9100', 'node-exporter-2:9100']
            ```

            ```yaml bad file=shard1.yml
            global:
              scrape_interval: 15s
              external_labels:
                shard: '1'

            scrape_configs:
              - job_name: node
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 2
                    target_label: __tmp_hash
                    action: hashmod
                  - source_labels: [__tmp_hash]
                    regex: '1'
                    action: keep
                static_configs:
                  - targets: ['node-exporter-1:9100', 'node-exporter-2:9100']
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              nginx:
                image: nginx:1.27-alpine
                ports:
                  - "9090:9090"
                  - "9091:9091"
                volumes:
                  - ./nginx.conf:/etc/nginx/nginx.conf:ro
              shard0:
                image: prom/prometheus:v3.5.0
                ports:
                  - "19090:9090"
                volumes:
                  - ./shard0.yml:/etc/prometheus/prometheus.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
              shard1:
                image: prom/prometheus:v3.5.0
                ports:
                  - "29090:9090"
                volumes:
                  - ./shard1.yml:/etc/prometheus/prometheus.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
            ```

            ```nginx good file=nginx.conf
            events {}
            http {
                server {
                    listen 9090;
                    location / {
                        proxy_pass http://shard0:9090;
                    }
                }
                server {
                    listen 9091;
                    location / {
                        proxy_pass http://shard1:9090;
                    }
                }
            }
            ```

            ```yaml good file=shard0.yml
            global:
              scrape_interval: 15s
              external_labels:
                shard: '0'

            scrape_configs:
              - job_name: node
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 2
                    target_label: __tmp_hash
                    action: hashmod
                  - source_labels: [__tmp_hash]
                    regex: '0'
                    action: keep
                static_configs:
                  - targets: ['node-exporter-1:9100', 'node-exporter-2:9100']
            ```

            ```yaml good file=shard1.yml
            global:
              scrape_interval: 15s
              external_labels:
                shard: '1'

            scrape_configs:
              - job_name: node
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 2
                    target_label: __tmp_hash
                    action: hashmod
                  - source_labels: [__tmp_hash]
                    regex: '1'
                    action: keep
                static_configs:
                  - targets: ['node-exporter-1:9100', 'node-exporter-2:9100']
            ```

            ## Suppress
            `# halint disable=ha/load-balanced-shards` on the line before or at the end of the offending line.
            """##,
        "ha/missing-meta-monitoring": ##"""
            # ha/missing-meta-monitoring

            **Severity:** warning

            In a stack that replicates Prometheus or Alertmanager and alerts, a Prometheus config with static targets only has no scrape job for the Alertmanagers, for the other Prometheus servers (scraping only `localhost` watches itself), or for the remote-write receiver.

            ## Why
            A component that is not scraped has no `up` series and no metrics, so when it fails nothing records it and no alert can fire about it.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                  - ./alerts.yml:/etc/prometheus/alerts.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ```yaml bad file=alerts.yml
            groups:
              - name: meta
                rules:
                  - alert: TargetDown
                    expr: up == 0
                    for: 5m
            ```

            ```yaml bad file=prometheus.yml
            global:
              scrape_interval: 15s

            rule_files:
              - alerts.yml

            alerting:
              alertmanagers:
                - static_configs:
                    - targets: ['am1:9093', 'am2:9093']

            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                  - ./alerts.yml:/etc/prometheus/alerts.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ```yaml good file=alerts.yml
            groups:
              - name: meta
                rules:
                  - alert: TargetDown
                    expr: up == 0
                    for: 5m
            ```

            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 15s

            rule_files:
              - alerts.yml

            alerting:
              alertmanagers:
                - static_configs:
                    - targets: ['am1:9093', 'am2:9093']

            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
              - job_name: alertmanager
                static_configs:
                  - targets: ['am1:9093', 'am2:9093']
            ```

            ## Suppress
            `# halint disable=ha/missing-meta-monitoring` on the line before or at the end of the offending line.
            """##,
        "ha/missing-replica-label": ##"""
            # ha/missing-replica-label

            **Severity:** warning

            Prometheus replicas that scrape the same targets run with identical `external_labels` (often because they mount one prometheus.yml), while their series meet downstream: they remote-write, or Thanos reads them. Labels set from variables that differ per service, `${HOSTNAME}`, or variables halint cannot see count as different. A prometheus-operator `Prometheus` with several replicas and `replicaExternalLabelName: ""` is reported too.

            ## Why
            The receiving store gets two writers for every series with the same labels and rejects one as duplicate or out-of-order samples, and no querier can deduplicate what it cannot tell apart. Thanos requires unique external labels per Prometheus.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              prometheus1:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
              prometheus2:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
              thanos-receive:
                image: quay.io/thanos/thanos:v0.37.2
                command:
                  - 'receive'
                  - '--tsdb.path=/receive'
                  - '--remote-write.address=0.0.0.0:19291'
            ```

            ```yaml bad file=prometheus.yml
            global:
              scrape_interval: 15s

            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']

            remote_write:
              - url: http://thanos-receive:19291/api/v1/receive
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              prometheus1:
                image: prom/prometheus:v3.5.0
                environment:
                  - REPLICA=prometheus1
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
              prometheus2:
                image: prom/prometheus:v3.5.0
                environment:
                  - REPLICA=prometheus2
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
              thanos-receive:
                image: quay.io/thanos/thanos:v0.37.2
                command:
                  - 'receive'
                  - '--tsdb.path=/receive'
                  - '--remote-write.address=0.0.0.0:19291'
            ```

            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 15s
              external_labels:
                replica: '${REPLICA}'

            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']

            remote_write:
              - url: http://thanos-receive:19291/api/v1/receive
            ```

            ## Suppress
            `# halint disable=ha/missing-replica-label` on the line before or at the end of the offending line.
            """##,
        "ha/no-alertmanager": ##"""
            # ha/no-alertmanager

            **Severity:** warning

            A Prometheus config that loads alerting rules has no `alerting.alertmanagers`, so nothing it evaluates is ever sent. It is reported when halint saw the alerting rules, or when rule files it was not given are loaded in a stack that runs Alertmanagers.

            ## Why
            The alerts fire in the Prometheus UI and nowhere else: nobody is paged.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                  - ./alerts.yml:/etc/prometheus/alerts.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ```yaml bad file=alerts.yml
            groups:
              - name: meta
                rules:
                  - alert: TargetDown
                    expr: up == 0
                    for: 5m
            ```

            ```yaml bad file=prometheus.yml
            global:
              scrape_interval: 15s

            rule_files:
              - alerts.yml

            scrape_configs:
              - job_name: alertmanager
                static_configs:
                  - targets: ['am1:9093', 'am2:9093']
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                  - ./alerts.yml:/etc/prometheus/alerts.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ```yaml good file=alerts.yml
            groups:
              - name: meta
                rules:
                  - alert: TargetDown
                    expr: up == 0
                    for: 5m
            ```

            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 15s

            rule_files:
              - alerts.yml

            alerting:
              alertmanagers:
                - static_configs:
                    - targets: ['am1:9093', 'am2:9093']

            scrape_configs:
              - job_name: alertmanager
                static_configs:
                  - targets: ['am1:9093', 'am2:9093']
            ```

            ## Suppress
            `# halint disable=ha/no-alertmanager` on the line before or at the end of the offending line.
            """##,
        "ha/remote-endpoint-unknown": ##"""
            # ha/remote-endpoint-unknown

            **Severity:** warning

            A `remote_write` or `remote_read` URL names a host that no service of the compose stack answers to, or a port that its service does not listen on.

            ## Why
            On a compose network a name without dots resolves only to services of the project, so every request fails to resolve or connect. Writes pile up in the write-ahead log until they are dropped; reads return incomplete data.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
              thanos-receive:
                image: quay.io/thanos/thanos:v0.37.2
                command:
                  - 'receive'
                  - '--tsdb.path=/receive'
                  - '--remote-write.address=0.0.0.0:19291'
            ```

            ```yaml bad file=prometheus.yml
            global:
              scrape_interval: 15s
              external_labels:
                replica: 'a'

            scrape_configs: []

            remote_write:
              - url: http://thanos-receiver:19291/api/v1/receive
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
              thanos-receive:
                image: quay.io/thanos/thanos:v0.37.2
                command:
                  - 'receive'
                  - '--tsdb.path=/receive'
                  - '--remote-write.address=0.0.0.0:19291'
            ```

            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 15s
              external_labels:
                replica: 'a'

            scrape_configs: []

            remote_write:
              - url: http://thanos-receive:19291/api/v1/receive
            ```

            ## Suppress
            `# halint disable=ha/remote-endpoint-unknown` on the line before or at the end of the offending line.
            """##,
        "ha/remote-path": ##"""
            # ha/remote-path

            **Severity:** warning

            A `remote_write` or `remote_read` URL with a path the receiver does not serve: no path at all, a path that does not match the receiving program (Prometheus `/api/v1/write` and `/api/v1/read`, Thanos Receive `/api/v1/receive`, Mimir and Cortex `/api/v1/push`), a read from a program that has no remote-read API (Thanos, VictoriaMetrics), or a write to a Prometheus started without `--web.enable-remote-write-receiver`.

            ## Why
            Prometheus sends the requests anyway; each one fails with 404, and remote storage silently stays empty or queries lack their remote part.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
              lts:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./lts.yml:/etc/prometheus/prometheus.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
                  - '--web.enable-remote-write-receiver'
            ```

            ```yaml bad file=lts.yml
            global:
              scrape_interval: 15s

            scrape_configs: []
            ```

            ```yaml bad file=prometheus.yml
            global:
              scrape_interval: 15s
              external_labels:
                replica: 'a'

            scrape_configs: []

            remote_read:
              - url: http://lts:9090
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
              lts:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./lts.yml:/etc/prometheus/prometheus.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
                  - '--web.enable-remote-write-receiver'
            ```

            ```yaml good file=lts.yml
            global:
              scrape_interval: 15s

            scrape_configs: []
            ```

            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 15s
              external_labels:
                replica: 'a'

            scrape_configs: []

            remote_read:
              - url: http://lts:9090/api/v1/read
            ```

            ## Suppress
            `# halint disable=ha/remote-path` on the line before or at the end of the offending line.
            """##,
        "ha/remote-read-recent": ##"""
            # ha/remote-read-recent

            **Severity:** info

            `read_recent: true` on a `remote_read` endpoint that only holds what this Prometheus already has locally: the store it remote-writes to, or a Thanos Query reading only from it.

            ## Why
            With `read_recent`, every query, rule evaluations included, also reads the most recent data from the remote store, which duplicates the local TSDB. It adds latency and load, and a slow remote store slows every rule group.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
              lts:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./lts.yml:/etc/prometheus/prometheus.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
                  - '--web.enable-remote-write-receiver'
            ```

            ```yaml bad file=lts.yml
            global:
              scrape_interval: 15s

            scrape_configs: []
            ```

            ```yaml bad file=prometheus.yml
            global:
              scrape_interval: 15s
              external_labels:
                replica: 'a'

            scrape_configs: []

            remote_write:
              - url: http://lts:9090/api/v1/write

            remote_read:
              - url: http://lts:9090/api/v1/read
                read_recent: true
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
              lts:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./lts.yml:/etc/prometheus/prometheus.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
                  - '--web.enable-remote-write-receiver'
            ```

            ```yaml good file=lts.yml
            global:
              scrape_interval: 15s

            scrape_configs: []
            ```

            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 15s
              external_labels:
                replica: 'a'

            scrape_configs: []

            remote_write:
              - url: http://lts:9090/api/v1/write

            remote_read:
              - url: http://lts:9090/api/v1/read
            ```

            ## Suppress
            `# halint disable=ha/remote-read-recent` on the line before or at the end of the offending line.
            """##,
        "ha/replica-label-in-alerts": ##"""
            # ha/replica-label-in-alerts

            **Severity:** warning

            Prometheus replicas that scrape the same targets and send to the same Alertmanagers carry an external label that tells them apart (a replica label), and no `alert_relabel_configs` drops it from their alerts.

            ## Why
            Prometheus attaches external labels to every alert it sends. With a replica label in it, each replica's copy of an alert is a different alert to Alertmanager, so it notifies once per replica instead of deduplicating.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
              prometheus1:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus1.yml:/etc/prometheus/prometheus.yml:ro
                  - ./alerts.yml:/etc/prometheus/alerts.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
              prometheus2:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus2.yml:/etc/prometheus/prometheus.yml:ro
                  - ./alerts.yml:/etc/prometheus/alerts.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ```yaml bad file=alerts.yml
            groups:
              - name: meta
                rules:
                  - alert: TargetDown
                    expr: up == 0
                    for: 5m
            ```

            ```yaml bad file=prometheus1.yml
            global:
              scrape_interval: 15s
              external_labels:
                replica: 'prometheus1'

            rule_files:
              - alerts.yml

            alerting:
              alertmanagers:
                - static_configs:
                    - targets: ['am1:9093', 'am2:9093']

            scrape_configs:
              - job_name: prometheus
                static_configs:
                  - targets: ['prometheus1:9090', 'prometheus2:9090']
              - job_name: alertmanager
                static_configs:
                  - targets: ['am1:9093', 'am2:9093']
            ```

            ```yaml bad file=prometheus2.yml
            global:
              scrape_interval: 15s
              external_labels:
                replica: 'prometheus2'

            rule_files:
              - alerts.yml

            alerting:
              alertmanagers:
                - static_configs:
                    - targets: ['am1:9093', 'am2:9093']

            scrape_configs:
              - job_name: prometheus
                static_configs:
                  - targets: ['prometheus1:9090', 'prometheus2:9090']
              - job_name: alertmanager
                static_configs:
                  - targets: ['am1:9093', 'am2:9093']
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
              prometheus1:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus1.yml:/etc/prometheus/prometheus.yml:ro
                  - ./alerts.yml:/etc/prometheus/alerts.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
              prometheus2:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus2.yml:/etc/prometheus/prometheus.yml:ro
                  - ./alerts.yml:/etc/prometheus/alerts.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ```yaml good file=alerts.yml
            groups:
              - name: meta
                rules:
                  - alert: TargetDown
                    expr: up == 0
                    for: 5m
            ```

            ```yaml good file=prometheus1.yml
            global:
              scrape_interval: 15s
              external_labels:
                replica: 'prometheus1'

            rule_files:
              - alerts.yml

            alerting:
              alert_relabel_configs:
                - action: labeldrop
                  regex: replica
              alertmanagers:
                - static_configs:
                    - targets: ['am1:9093', 'am2:9093']

            scrape_configs:
              - job_name: prometheus
                static_configs:
                  - targets: ['prometheus1:9090', 'prometheus2:9090']
              - job_name: alertmanager
                static_configs:
                  - targets: ['am1:9093', 'am2:9093']
            ```

            ```yaml good file=prometheus2.yml
            global:
              scrape_interval: 15s
              external_labels:
                replica: 'prometheus2'

            rule_files:
              - alerts.yml

            alerting:
              alert_relabel_configs:
                - action: labeldrop
                  regex: replica
              alertmanagers:
                - static_configs:
                    - targets: ['am1:9093', 'am2:9093']

            scrape_configs:
              - job_name: prometheus
                static_configs:
                  - targets: ['prometheus1:9090', 'prometheus2:9090']
              - job_name: alertmanager
                static_configs:
                  - targets: ['am1:9093', 'am2:9093']
            ```

            ## Suppress
            `# halint disable=ha/replica-label-in-alerts` on the line before or at the end of the offending line.
            """##,
        "ha/unfireable-when-down": ##"""
            # ha/unfireable-when-down

            **Severity:** warning

            An alerting rule reads the metrics of a component the stack runs (`alertmanager_*`, `thanos_*`) and cannot fire when every instance is down, and no other rule loaded by the same config does: no `absent()` of its metrics or of `up`, and no `up == 0` for a job that scrapes it.

            ## Why
            When every instance is down, its series disappear, the expression returns nothing and the rule cannot fire, in exactly the outage it exists for.

            ## How to fix
            Alert on something that still exists when the component is gone: Prometheus's own `up` series for the job that
            scrapes it.

            - `up{job="alertmanager"} == 0` fires per instance, with its `instance` label, when its scrapes fail: the process or
              container is down, or unreachable. Prometheus writes `up` for every target at every scrape, so this series exists
              exactly when the component's own metrics do not.
            - `absent(up{job="alertmanager"})` fires when the job has no targets at all (removed from the config, or service
              discovery returns nothing, as when every pod is gone): then even `up` is missing, and `absent()` returns one series
              when its selector matches none.

            Joined with `or`, one rule covers both; keep the same `for` as the rule it backs up. `absent()` of the component's
            own metric (`absent(alertmanager_cluster_members)`) also fires when every instance is down, but it cannot say which
            instance is gone and does not fire while one instance still reports.

            ## See it with `halint eval`
            `Fixtures/recorded/both-members-down.om` records both Alertmanagers of the HA guide's stack stopping at 10:10 and
            coming back at 10:30. The guide's rule stays silent, and `halint eval` says why:

            ```text eval
            $ halint eval --rules Fixtures/recorded/alerts.yml --series Fixtures/recorded/both-members-down.om --evaluation-interval 15s
            halint eval: 2025-03-03T10:00:00Z to 2025-03-03T10:40:00Z

            Fixtures/recorded/alerts.yml: group "alertmanager-cluster", every 15s (161 evaluations)

            AlertManagerClusterDown  for 5m
              expr: alertmanager_cluster_members < 2
              never pending or firing
              note: alertmanager_cluster_members matched no series at 61 of 161 evaluations, from 2025-03-03T10:14:45Z to 2025-03-03T10:29:45Z.
                    While it matches nothing the rule cannot fire. To be told when the target itself is gone,
                    alert on up == 0 or absent(...) too: halint explain ha/unfireable-when-down

              one column = 1m   ─ series  × no series
              alertmanager_cluster_members  ──────────────××××××××××××××××───────────
                                            10:00     10:10     10:20     10:30     10:40

            1 alerting rule, 0 recording rules; 0 fired; 1 selector matched no series for part or all of the window
            ```

            The metric is still seen until 10:14:45 because a recording has no staleness markers and the last sample stays
            visible for the 5m lookback; a live Prometheus marks it stale at the first failed scrape. With the fix
            (`Fixtures/recorded/alerts-fixed.yml`), both instances page at 10:15:

            ```text eval-excerpt
            $ halint eval --rules Fixtures/recorded/alerts-fixed.yml --series Fixtures/recorded/both-members-down.om --evaluation-interval 15s
            AlertmanagerDown  for 5m
              expr: up{job="alertmanager"} == 0 or absent(up{job="alertmanager"})
              {instance="alertmanager1:9093", job="alertmanager", severity="critical"}
                2025-03-03T10:10:00Z  pending   value 0
                2025-03-03T10:15:00Z  firing    value 0
                                      summary: Alertmanager alertmanager1:9093 is down
                2025-03-03T10:30:00Z  resolved  after firing for 15m
              {instance="alertmanager2:9093", job="alertmanager", severity="critical"}
                2025-03-03T10:10:00Z  pending   value 0
                2025-03-03T10:15:00Z  firing    value 0
                                      summary: Alertmanager alertmanager2:9093 is down
                2025-03-03T10:30:00Z  resolved  after firing for 15m
            ```

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                  - ./alerts.yml:/etc/prometheus/alerts.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
            ```

            ```yaml bad file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ```yaml bad file=alerts.yml
            groups:
              - name: meta
                rules:
                  - alert: AlertmanagerClusterDegraded
                    expr: min(alertmanager_cluster_members) < 2
                    for: 5m
            ```

            ```yaml bad file=prometheus.yml
            global:
              scrape_interval: 15s

            rule_files:
              - alerts.yml

            alerting:
              alertmanagers:
                - static_configs:
                    - targets: ['am1:9093', 'am2:9093']

            scrape_configs:
              - job_name: alertmanager
                static_configs:
                  - targets: ['am1:9093', 'am2:9093']
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              am1:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am2:9094'
              am2:
                image: prom/alertmanager:v0.28.1
                volumes:
                  - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                command:
                  - '--config.file=/etc/alertmanager/alertmanager.yml'
                  - '--cluster.peer=am1:9094'
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                  - ./alerts.yml:/etc/prometheus/alerts.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
            ```

            ```yaml good file=alertmanager.yml
            route:
              receiver: default
            receivers:
              - name: default
            ```

            ```yaml good file=alerts.yml
            groups:
              - name: meta
                rules:
                  - alert: AlertmanagerClusterDegraded
                    expr: min(alertmanager_cluster_members) < 2
                    for: 5m
                  - alert: AlertmanagerDown
                    expr: up{job="alertmanager"} == 0 or absent(up{job="alertmanager"})
                    for: 5m
            ```

            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 15s

            rule_files:
              - alerts.yml

            alerting:
              alertmanagers:
                - static_configs:
                    - targets: ['am1:9093', 'am2:9093']

            scrape_configs:
              - job_name: alertmanager
                static_configs:
                  - targets: ['am1:9093', 'am2:9093']
            ```

            ## Suppress
            `# halint disable=ha/unfireable-when-down` on the line before or at the end of the offending line.
            """##,
        "halint/expired-suppression": ##"""
            # halint/expired-suppression

            **Severity:** warning

            A suppression written with `until=YYYY-MM-DD` whose date has passed. From that
            day on it no longer hides anything: its findings are reported again, and this
            finding points at the comment.

            ## Why
            Time-boxed suppressions let a team ship now and fix later; the expiry makes sure
            "later" comes.

            ## Bad
            ```yaml bad file=prometheus.yml
            global: {}
            scrape_configs: []
            # halint disable=yaml/duplicate-key until=2020-01-31
            global: {}
            ```

            ## Good
            ```yaml good file=prometheus.yml
            global: {}
            scrape_configs: []
            ```

            ## Suppress
            Fix the findings, or move the date.
            """##,
        "halint/invalid-config": ##"""
            # halint/invalid-config

            **Severity:** error

            A setting in `.halint.yml` that halint cannot use: a check id that does not
            exist, a severity other than `info`, `warning` or `error`, an unsupported
            version target, or an override without `paths:`. Unknown keys in the file are
            reported as `schema/unknown-field`, like in every other file halint reads.

            ## Why
            A misspelled check id in the settings silently leaves the check enabled (or
            disabled) for everyone.

            ## Bad
            ```yaml bad file=.halint.yml
            checks:
              relabel/missing-source-label:
                enabled: false
            ```
            ```yaml bad file=prometheus.yml
            scrape_configs: []
            ```

            ## Good
            ```yaml good file=.halint.yml
            checks:
              input/unknown-kind:
                severity: error
            ```
            ```yaml good file=prometheus.yml
            scrape_configs: []
            ```

            ## Suppress
            Fix the setting; `halint checks` lists the ids.
            """##,
        "halint/invalid-suppression": ##"""
            # halint/invalid-suppression

            **Severity:** warning

            A `# halint` comment that halint cannot read: a check id that does not exist,
            a date that is not `YYYY-MM-DD`, or a word other than `disable=`,
            `disable-file=` and `until=`.

            ## Why
            A misspelled suppression silently suppresses nothing.

            ## Bad
            ```yaml bad file=prometheus.yml
            global: {}
            scrape_configs: []  # halint disable=yaml/duplicate-keys
            ```

            ## Good
            ```yaml good file=prometheus.yml
            global: {}
            scrape_configs: []
            ```

            ## Suppress
            Fix the comment: `halint checks` lists the ids.
            """##,
        "halint/unused-suppression": ##"""
            # halint/unused-suppression

            **Severity:** warning

            A `# halint disable=CHECK-ID` comment that hides no finding: the problem was
            fixed, the comment is on the wrong line, or it names the wrong check.

            ## Why
            Stale suppressions pile up and later hide a real problem that appears on that
            line.

            ## Bad
            ```yaml bad file=prometheus.yml
            global:
              scrape_interval: 15s  # halint disable=schema/invalid-duration
            scrape_configs: []
            ```

            ## Good
            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 15s
            scrape_configs: []
            ```

            ## Suppress
            Remove the comment.
            """##,
        "input/missing-file": ##"""
            # input/missing-file

            **Severity:** error

            A file that a configuration refers to does not exist: a `rule_files` entry of
            prometheus.yml without glob characters that names no file. Globs that match
            nothing are allowed, as in Prometheus.

            ## Why
            `promtool check config` fails with `"…" does not point to an existing file`, and
            Prometheus starts without the alerting rules you think it has.

            ## Bad
            ```yaml bad file=prometheus.yml
            rule_files:
              - alerts.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
            ```

            ## Good
            ```yaml good file=prometheus.yml
            rule_files:
              - alerts.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
            ```
            ```yaml good file=alerts.yml
            groups:
              - name: node
                rules:
                  - alert: NodeDown
                    expr: up{job="node"} == 0
                    for: 5m
            ```

            ## Suppress
            `# halint disable=input/missing-file` on the line before the entry.
            """##,
        "input/unknown-kind": ##"""
            # input/unknown-kind

            **Severity:** warning

            A file named on the command line is none of the kinds halint reads: a
            Prometheus config, a rule file, an Alertmanager config, a docker-compose file or
            an nginx config. Files of unknown kind found while walking a directory are
            skipped without a finding.

            ## Why
            A misspelled top-level key (`scrape_config:`) makes a Prometheus config
            unrecognisable; the warning says the file was not checked at all.

            ## Bad
            ```yaml bad file=monitoring.yml
            scrape_config:
              - job_name: node
            ```

            ## Good
            ```yaml good file=monitoring.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
            ```

            ## Suppress
            Do not pass the file to halint.
            """##,
        "input/unreadable": ##"""
            # input/unreadable

            **Severity:** error

            A file could not be read as text: it holds binary data or bytes that are not
            UTF-8, or it is larger than the size limit (256 MiB). The run exits with code 2.

            ## Why
            Usually the wrong file was passed (a compiled binary, an archive), or an editor
            saved the config in another encoding. Prometheus would refuse it too.

            ## Bad
            ```hex bad file=nginx.conf
            75 70 73 74 72 65 61 6d 20 ff fe 00 7b 7d 0a
            ```

            ## Good
            ```nginx good file=nginx.conf
            events {}
            http {
                upstream alertmanager {
                    server alertmanager1:9093;
                }
            }
            ```

            ## Suppress
            Cannot be suppressed: pass only text files, or exclude the path.
            """##,
        "live/alert-count": ##"""
            # live/alert-count

            **Severity:** info

            Live mode only (`halint check --prometheus-url URL`), and **opt-in**: it reports only where `.halint.yml` sets
            `enabled: true` for it (globally or in an `overrides:` entry). pint's `alerts/count`: halint runs each alert's
            expression as one range query (`/api/v1/query_range`) over the last day, a point per evaluation interval of its
            group (1m when the group sets none, coarser when the window would need more than 11,000 points), and counts how
            often the alert would have fired:

            - a series present at consecutive points is one pending period; it fires when it lasts at least `for`;
            - after firing, a gap no longer than `keep_firing_for` does not resolve it;
            - the finding says how many times, for how many series, and the longest firing.

            The window is `live: alert_count_lookback:` in `.halint.yml` (default 1d). Alerts that would not have fired are
            not reported. Requests: one range query per enabled alert, sent as many at a time as the other live queries.

            ## Why
            An alert that would have fired forty times yesterday pages someone forty times tomorrow. Replaying a new or changed
            alert against real data before merging shows whether the threshold and `for` are right, without waiting for the
            pages.

            ## Server data
            The examples run against a real Prometheus holding an hour of a deep queue, five hours ago:

            ```text server
            # TYPE queue_depth gauge
            queue_depth{queue="orders"} 150 -5h
            queue_depth{queue="orders"} 150 -4h55m
            queue_depth{queue="orders"} 150 -4h50m
            queue_depth{queue="orders"} 150 -4h45m
            queue_depth{queue="orders"} 150 -4h40m
            queue_depth{queue="orders"} 150 -4h35m
            queue_depth{queue="orders"} 150 -4h30m
            queue_depth{queue="orders"} 150 -4h25m
            queue_depth{queue="orders"} 150 -4h20m
            queue_depth{queue="orders"} 150 -4h15m
            queue_depth{queue="orders"} 150 -4h10m
            queue_depth{queue="orders"} 150 -4h5m
            queue_depth{queue="orders"} 150 -4h
            # EOF
            ```

            ## Bad
            ```yaml bad file=.halint.yml
            checks:
              live/alert-count:
                enabled: true
            ```

            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: QueueBacklog
                    expr: queue_depth > 100
                    for: 30m
                    labels:
                      severity: ticket
                    annotations:
                      summary: "Queue {{ $labels.queue }} is backed up"
            ```

            ## Good
            ```yaml good file=.halint.yml
            checks:
              live/alert-count:
                enabled: true
            ```

            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: QueueBacklog
                    expr: queue_depth > 100
                    for: 2h
                    labels:
                      severity: ticket
                    annotations:
                      summary: "Queue {{ $labels.queue }} is backed up"
            ```

            ## Suppress
            Leave it disabled, or `enabled: false` in an `overrides:` entry for the files it should not replay.
            """##,
        "live/counter-without-rate": ##"""
            # live/counter-without-rate

            **Severity:** warning

            Live mode only (`halint check --prometheus-url URL`). pint's `promql/counter`: halint asks the server's
            `/api/v1/metadata` for the type of every metric a rule reads, and reports a counter whose raw value the rule uses,
            rather than its changes. Metadata describes metric families, so a name is looked up as itself and without the
            suffix its family's type adds: `http_requests_total` under `http_requests_total` (text format) or `http_requests`
            (OpenMetrics), `latency_seconds_bucket`, `_count` and `_sum` under the histogram or summary `latency_seconds`.

            Not reported: counters inside `rate()`, `irate()`, `increase()`, `resets()`, `changes()`, `absent()`,
            `absent_over_time()`, `present_over_time()`, `count_over_time()`, `timestamp()`, `count()` and `group()`; on the
            right of `unless` (only whether a series exists matters there); a rule that is just a selector (`expr: foo`, which
            tests for existence or copies the series); raw buckets inside `histogram_quantile()`/`histogram_fraction()`, which
            `promql/histogram-quantile-without-rate` reports. Metrics without metadata (recorded series, pushed metrics) or
            whose targets disagree on the type are not reported. Each metric is reported once per rule.

            ## Why
            A counter counts since its process started and falls to zero on every restart, so its value is an arbitrary number:
            `errors_total > 100` fires on a process that has been up long enough, and stops firing after a restart. What it
            means is in its changes, `rate()` or `increase()` over a window.

            ## Server data
            The examples run against a real Prometheus that scrapes itself, so `prometheus_http_requests_total` exists and its
            metadata says it is a counter.

            ```text server
            # EOF
            ```

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: ManyRequests
                    expr: sum by (handler) (prometheus_http_requests_total) > 1000
                    labels:
                      severity: ticket
                    annotations:
                      summary: "Many requests on {{ $labels.handler }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: ManyRequests
                    expr: sum by (handler) (rate(prometheus_http_requests_total[5m])) > 1000
                    labels:
                      severity: ticket
                    annotations:
                      summary: "Many requests on {{ $labels.handler }}"
            ```

            ## Suppress
            `# halint disable=live/counter-without-rate` on the line before or at the end of the offending line.
            """##,
        "live/feature-disabled": ##"""
            # live/feature-disabled

            **Severity:** error

            Live mode only (`halint check --prometheus-url URL`). pint's `promql/features`: halint parses each rule with every
            PromQL feature on, and reports what needs an `--enable-feature` flag that the server's `/api/v1/status/flags` does
            not list:

            | Construct | Flag |
            |---|---|
            | experimental functions (`sort_by_label`, `info`, `mad_over_time`, `double_exponential_smoothing`, `ts_of_*_over_time`, `limitk`, `limit_ratio`, …) | `promql-experimental-functions` |
            | `anchored` and `smoothed` range selectors | `promql-extended-range-selectors` |
            | `fill`, `fill_left`, `fill_right` on binary operators | `promql-binop-fill-modifiers` |

            Servers without the flags endpoint (Thanos, Mimir, VictoriaMetrics) are not checked. Offline, halint's parser runs
            with these features off, so `promql/syntax` reports the same constructs whatever the server does; with a server
            that enables them, suppress that finding for the rule.

            ## Why
            Prometheus refuses to load a rule file with such an expression unless the feature is on, so one rule keeps the whole
            file (every group in it) from loading; on reload the server keeps the old rules and logs the error.

            ## Server data
            The examples run against a real Prometheus started without `--enable-feature`.

            ```text server
            # EOF
            ```

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - record: instance:up:sorted
                    expr: sort_by_label(up, "instance")
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - record: instance:up:sorted
                    expr: sort(up)
            ```

            ## Suppress
            `# halint disable=live/feature-disabled` on the line before or at the end of the offending line, or start the
            server with the flag.
            """##,
        "live/label-missing": ##"""
            # live/label-missing

            **Severity:** error

            Live mode only (`halint check --prometheus-url URL`). Reports a label name that none of the series involved carry
            on the server:

            - in a matcher of a selector that matches nothing (`up{jobb="x"}`), when no series of the metric has that label;
            - in `by (…)` or `without (…)` of an aggregation;
            - in `on (…)` (a side lacks it), `ignoring (…)` (neither side has it) or `group_left (…)`/`group_right (…)` (the
              side it is copied from lacks it) of a binary operator.

            Label names come from the series the operand's selectors match now (`/api/v1/labels`). A clause is only checked
            when every label of its operand comes from selectors (no `label_replace`, `label_join`, `absent`, `info`,
            `count_values` inside) and every one of those selectors has series, so a missing metric is reported once, by
            `live/series-missing`. Labels in `global.external_labels` of a checked prometheus.yml are not reported in clauses:
            Thanos Query and federation add them to results, and mixins group by them (`by (cluster)`).

            ## Why
            A misspelt label makes PromQL treat it as empty on every series: `sum by (instnace) (up)` puts every instance into
            one group, `on (instnace)` matches everything to everything, and the result looks plausible, so nobody notices.

            ## Server data
            The examples run against a real Prometheus that scrapes itself: `up` has the labels `instance` and `job`.

            ```text server
            # EOF
            ```

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: ManyTargetsDown
                    expr: sum by (instnace) (up == 0) > 1
                    labels:
                      severity: page
                    annotations:
                      summary: "Targets are down"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: ManyTargetsDown
                    expr: sum by (instance) (up == 0) > 1
                    labels:
                      severity: page
                    annotations:
                      summary: "Targets of {{ $labels.instance }} are down"
            ```

            ## Suppress
            `# halint disable=live/label-missing` on the line before or at the end of the offending line.
            """##,
        "live/query-cost": ##"""
            # live/query-cost

            **Severity:** warning

            Live mode only (`halint check --prometheus-url URL`). Adds up the series that each selector of a rule matches on
            the server now (the same `count(selector)` queries `live/series-missing` uses) and reports rules above a limit:
            `--max-series-per-rule`, or `live: max_series_per_rule:` in `.halint.yml`, default 10000.

            ## Why
            Every evaluation of a rule reads every series its selectors match, every evaluation interval. A rule over a
            high-cardinality metric slows down its whole group (a group's rules run one after another), and a slow group misses
            evaluations. Narrower selectors, or a recording rule that aggregates first, keep it cheap.

            ## Server data
            The examples run against a real Prometheus that scrapes itself, which exposes a few hundred `prometheus_*` series.

            ```text server
            # EOF
            ```

            ## Bad
            ```yaml bad file=.halint.yml
            live:
              max_series_per_rule: 50
            ```

            ```yaml bad file=rules.yml
            groups:
              - name: example
                rules:
                  - record: prometheus:series:count
                    expr: count({__name__=~"prometheus_.+"})
            ```

            ## Good
            ```yaml good file=.halint.yml
            live:
              max_series_per_rule: 50
            ```

            ```yaml good file=rules.yml
            groups:
              - name: example
                rules:
                  - record: prometheus:up:count
                    expr: count(up)
            ```

            ## Suppress
            `# halint disable=live/query-cost` on the line before or at the end of the offending line, or raise the limit.
            """##,
        "live/query-failed": ##"""
            # live/query-failed

            **Severity:** warning

            Live mode only (`halint check --prometheus-url URL`). The server answered one of halint's queries for a rule with
            an error (too many samples, a query timeout, an execution error), so the live checks of that rule are incomplete.
            The message quotes the server's `errorType` and `error`. A server that cannot be reached at all is not a finding:
            `halint check` stops with exit code 2.

            ## Why
            A live run that silently skipped rules would look clean when it was not. A selector the server refuses to count
            (`--query.max-samples`, `--query.timeout`) is usually one whose rule is too expensive as well.

            ## Server data
            The examples run against a real Prometheus that scrapes itself and loads at most 20 samples per query:

            ```text server flags=--query.max-samples=20
            # EOF
            ```

            ## Bad
            ```yaml bad file=rules.yml
            groups:
              - name: example
                rules:
                  - record: prometheus:series:count
                    expr: count({__name__=~"prometheus_.+"})
            ```

            ## Good
            ```yaml good file=rules.yml
            groups:
              - name: example
                rules:
                  - record: prometheus:up:count
                    expr: count(up)
            ```

            ## Suppress
            `# halint disable=live/query-failed` on the line before or at the end of the offending line.
            """##,
        "live/range-beyond-retention": ##"""
            # live/range-beyond-retention

            **Severity:** warning

            Live mode only (`halint check --prometheus-url URL`). pint's `promql/offset` and `promql/range_query`: halint reads
            the server's retention from `/api/v1/status/flags` (`storage.tsdb.retention.time`, else the deprecated
            `storage.tsdb.retention`, else 15d unless only `storage.tsdb.retention.size` is set, as Prometheus itself decides)
            and reports every `offset`, range window and subquery of a rule that reads further back:

            - when the whole window is older than the retention (`offset 30d` on a 15d server), that part of the query never
              returns anything;
            - when only the start is (`increase(x[30d])`), the oldest part of the window is always empty and the result covers
              less than it says.

            Offsets add up through subqueries: `max_over_time(rate(x[1h])[14d:5m] offset 1d)` reads 15d and 1h back. `@ <time>`
            pins a selector to a fixed time and is not checked, nor are duration expressions. Servers without the flags endpoint
            (Thanos, Mimir, VictoriaMetrics) are not checked. A server with `remote_read` also answers from the remote store;
            the flags do not show that, so silence the check for such servers. Offline, `promql/range-beyond-retention` does the
            same from the deployment's flags.

            ## Why
            Rules are evaluated against the local TSDB: data past the retention is gone. A `offset 30d` comparison ("traffic is
            half of last month's") on a server that keeps 15d compares with nothing, and the alert can never fire; a
            `increase(x[30d])` quietly reports the increase over 15d.

            ## Server data
            The examples run against a real Prometheus that keeps 7 days.

            ```text server flags=--storage.tsdb.retention.time=7d
            # EOF
            ```

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: TrafficDrop
                    expr: sum(rate(prometheus_http_requests_total[1h])) < 0.5 * sum(rate(prometheus_http_requests_total[1h] offset 4w))
                    for: 30m
                    labels:
                      severity: ticket
                    annotations:
                      summary: "Traffic is half of four weeks ago"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: TrafficDrop
                    expr: sum(rate(prometheus_http_requests_total[1h])) < 0.5 * sum(rate(prometheus_http_requests_total[1h] offset 1d))
                    for: 30m
                    labels:
                      severity: ticket
                    annotations:
                      summary: "Traffic is half of a day ago"
            ```

            ## Suppress
            `# halint disable=live/range-beyond-retention` on the line before or at the end of the offending line.
            """##,
        "live/rate-on-non-counter": ##"""
            # live/rate-on-non-counter

            **Severity:** warning

            Live mode only (`halint check --prometheus-url URL`). The metadata side of pint's `promql/rate`: `rate()`,
            `irate()` or `increase()` over a metric whose type in the server's `/api/v1/metadata` is not a counter: a gauge, a
            summary's quantile series, an info or stateset metric, a gauge histogram, or a `_created` timestamp. Family suffixes
            are resolved as for `live/counter-without-rate`. Native histograms (a `histogram` family read by its own name) are
            fine with `rate()` and not reported.

            Offline, `promql/rate-on-non-counter` can only go by the name (`_ratio`, `_info`, `up`, …); a selector it already
            reports is left to it, so one selector is reported once. This check finds the gauges whose names say nothing, such
            as `go_goroutines` or `queue_length`.

            ## Why
            `rate()` and its kin assume a counter: every decrease is taken for a reset, and the value before the drop is added
            back. Over a gauge that goes up and down, the result is a meaningless, usually huge, number.

            ## Server data
            The examples run against a real Prometheus that scrapes itself; its metadata says `go_goroutines` is a gauge.

            ```text server
            # EOF
            ```

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: GoroutineLeak
                    expr: rate(go_goroutines[15m]) > 10
                    labels:
                      severity: ticket
                    annotations:
                      summary: "Goroutines of {{ $labels.instance }} keep growing"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: GoroutineLeak
                    expr: deriv(go_goroutines[15m]) > 10
                    labels:
                      severity: ticket
                    annotations:
                      summary: "Goroutines of {{ $labels.instance }} keep growing"
            ```

            ## Suppress
            `# halint disable=live/rate-on-non-counter` on the line before or at the end of the offending line.
            """##,
        "live/series-missing": ##"""
            # live/series-missing

            **Severity:** error

            Live mode only (`halint check --prometheus-url URL`). For every selector of every rule expression, halint asks the
            server whether it matches any series now (`count(selector)`, one query per distinct selector). When it matches
            nothing, halint works out why, as pint's `promql/series` does:

            - the metric has no series now but had some within `--series-lookback` (default 7d): it was renamed or removed, and
              the message says when it was last seen (`max(max_over_time(timestamp(metric)[7d:5m]))`);
            - the metric has no series at all in that window: a typo, or a metric this server does not collect;
            - the metric exists but no series has the value a matcher asks for: the message lists the values there are;
            - each matcher matches some series, but no series matches all of them.

            A matcher on a label the metric never carries is `live/label-missing`. Selectors that may rightly be empty are not
            checked: inside `absent()`/`absent_over_time()`, on the right of `unless`, on the left of `or vector(…)`, `ALERTS`
            and `ALERTS_FOR_STATE`, and metrics that a recording rule of the checked files produces (they may not be on the
            server yet).

            ## Why
            A rule over a metric that does not exist evaluates to nothing, forever, without an error: the alert never fires and
            the recording rule records nothing. Metrics get renamed by exporter upgrades (`node_cpu` → `node_cpu_seconds_total`)
            and label values change with deployments, so rules that were right when written go quiet.

            ## Server data
            The examples run against a real Prometheus that scrapes itself (so `up{job="prometheus"}` exists) and holds this
            older data (timestamps relative to now):

            ```text server
            # TYPE legacy_requests counter
            legacy_requests_total{job="prometheus"} 1 -2d
            legacy_requests_total{job="prometheus"} 2 -47h
            # EOF
            ```

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: HighErrorRate
                    # legacy_requests_total was last seen two days ago.
                    expr: rate(legacy_requests_total{job="prometheus"}[5m]) > 1
                    labels:
                      severity: page
                    annotations:
                      summary: "Errors on {{ $labels.job }}"
                  - alert: NodeDown
                    # No `up` series has job="node" on this server.
                    expr: up{job="node"} == 0
                    labels:
                      severity: page
                    annotations:
                      summary: "{{ $labels.instance }} is down"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: PrometheusDown
                    expr: up{job="prometheus"} == 0
                    labels:
                      severity: page
                    annotations:
                      summary: "{{ $labels.instance }} is down"
                  - alert: NodeExporterMissing
                    expr: absent(up{job="node"})
                    labels:
                      severity: page
                    annotations:
                      summary: "No node exporter is scraped"
            ```

            ## Suppress
            `# halint disable=live/series-missing` on the line before or at the end of the offending line; for metrics that only
            appear after some activity (error counters with dynamic labels), or disable the check for a file in `.halint.yml`.
            """##,
        "nginx/duplicate-upstream": ##"""
            # nginx/duplicate-upstream

            **Severity:** error

            Finds two `upstream` blocks with the same name in the same module (`http` or `stream`). nginx compares upstream
            names case-insensitively and refuses the configuration with `duplicate upstream "alertmanager_backend"`.

            ## Why
            nginx does not start. The usual cause is adding a replica by copying the whole upstream block instead of adding
            a `server` line to the existing one.

            ## Bad
            ```nginx bad file=nginx.conf
            events {}
            http {
                upstream alertmanager_backend {
                    server alertmanager1:9093;
                }
                upstream alertmanager_backend {
                    server alertmanager2:9093;
                }
            }
            ```

            ## Good
            ```nginx good file=nginx.conf
            events {}
            http {
                upstream alertmanager_backend {
                    server alertmanager1:9093;
                    server alertmanager2:9093;
                }
            }
            ```

            ## Suppress
            `# halint disable=nginx/duplicate-upstream` on the line before or at the end of the offending line.
            """##,
        "nginx/invalid-upstream": ##"""
            # nginx/invalid-upstream

            **Severity:** error

            Finds upstream definitions and `proxy_pass` targets that nginx rejects when it loads the configuration, with
            nginx's wording:
            - `no servers are inside upstream`: an upstream block without `server` lines;
            - `invalid parameter "max_fail=3"`: a server parameter other than `weight=N` (N ≥ 1), `max_fails=N`,
              `fail_timeout=TIME`, `max_conns=N`, `backup` and `down`, or a bad value for one of them;
            - `invalid port in upstream "prometheus1:99999"`, `invalid host in upstream "http://…"`, and
              `no port in upstream` for a `stream` server without a port;
            - `balancing method does not support parameter "backup"`: a backup server after `ip_hash`, `hash` or `random`;
            - `invalid URL prefix`: an http `proxy_pass` without a scheme;
            - `upstream "prometheus_backend" may not have port 9090`: a port added to the name of an upstream block.

            ## Why
            nginx does not start, so the balancer in front of the replicas is down. These mistakes are typical when a
            parameter is misspelled or a sticky balancing method is added to an upstream that already has a backup server.

            ## Bad
            ```nginx bad file=nginx.conf
            events {}
            http {
                upstream prometheus_backend {
                    server prometheus1:9090 max_fail=3 fail_timeout=30s;
                    server prometheus2:9090 max_fails=3 fail_timeout=30s;
                }
            }
            ```

            ## Good
            ```nginx good file=nginx.conf
            events {}
            http {
                upstream prometheus_backend {
                    server prometheus1:9090 max_fails=3 fail_timeout=30s;
                    server prometheus2:9090 max_fails=3 fail_timeout=30s;
                }
            }
            ```

            ## Suppress
            `# halint disable=nginx/invalid-upstream` on the line before or at the end of the offending line.
            """##,
        "nginx/syntax": ##"""
            # nginx/syntax

            **Severity:** error

            Finds text that does not follow nginx's configuration grammar, with nginx's own wording: `unexpected "}"`,
            `unexpected end of file, expecting "}"`, `unexpected end of file, expecting ";" or "}"`, a character glued to a
            closing quote (`unexpected "x"`), a block given to a directive that takes none
            (`directive "server" is not terminated by ";"`) or the reverse (`directive "upstream" has no opening "{"`). A
            directive whose `;` is missing before a well-known directive on the next line is reported too: nginx reads the
            next line as more arguments and rejects them. Every such error in the file is reported, not only the first.

            ## Why
            `nginx -t` fails and nginx does not start, or keeps running the old configuration after a reload, so the load
            balancer in front of the Prometheus and Alertmanager replicas never picks up the change.

            ## Bad
            ```nginx bad file=nginx.conf
            events {}
            http {
                upstream prometheus_backend {
                    server prometheus1:9090;
                    server prometheus2:9090;
                }
                server {
                    listen 9090;
                    location / {
                        proxy_pass http://prometheus_backend
                    }
                }
            }
            ```

            ## Good
            ```nginx good file=nginx.conf
            events {}
            http {
                upstream prometheus_backend {
                    server prometheus1:9090;
                    server prometheus2:9090;
                }
                server {
                    listen 9090;
                    location / {
                        proxy_pass http://prometheus_backend;
                    }
                }
            }
            ```

            ## Suppress
            `# halint disable=nginx/syntax` on the line before or at the end of the offending line.
            """##,
        "nginx/undefined-upstream": ##"""
            # nginx/undefined-upstream

            **Severity:** warning

            Finds `proxy_pass` (or `grpc_pass`, `fastcgi_pass`…) targets written as a bare name, `http://NAME`, when the file
            defines no `upstream NAME` block. Targets with a port (`http://prometheus1:9090`), with `$variables`, IP addresses
            and `localhost` are not reported, and neither is anything in a file that includes other configuration files,
            where the upstream may be defined. Upstream names are compared case-insensitively, as nginx compares them.

            ## Why
            nginx does not treat the name as a typo: it resolves it as a host name on port 80 when it starts. If it does not
            resolve, nginx refuses to start with `host not found in upstream`; if it does (a compose service of that name),
            every request goes to port 80 of one container instead of being balanced over the replicas.

            ## Bad
            ```nginx bad file=nginx.conf
            events {}
            http {
                upstream prometheus_backend {
                    server prometheus1:9090;
                    server prometheus2:9090;
                }
                server {
                    listen 9090;
                    location / {
                        proxy_pass http://prometheus_backnd;
                    }
                }
            }
            ```

            ## Good
            ```nginx good file=nginx.conf
            events {}
            http {
                upstream prometheus_backend {
                    server prometheus1:9090;
                    server prometheus2:9090;
                }
                server {
                    listen 9090;
                    location / {
                        proxy_pass http://prometheus_backend;
                    }
                }
            }
            ```

            ## Suppress
            `# halint disable=nginx/undefined-upstream` on the line before or at the end of the offending line.
            """##,
        "prometheus/duplicate-job-name": ##"""
            # prometheus/duplicate-job-name

            **Severity:** error

            Finds two scrape configs with the same `job_name`. Prometheus refuses such a file with `found multiple scrape configs with job name "…"`. The finding points at the second job and notes where the first one is.

            ## Why
            The job name becomes the `job` label of every series the job scrapes, and Prometheus keys its scrape pools by it. Two jobs with one name cannot both exist, so the whole configuration fails to load; copy-pasted jobs are the usual cause.

            ## Bad
            ```yaml bad file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-a:9100']
              - job_name: node
                static_configs:
                  - targets: ['node-b:9100']
            ```

            ## Good
            ```yaml good file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-a:9100', 'node-b:9100']
            ```

            ## Suppress
            `# halint disable=prometheus/duplicate-job-name` on the line before or at the end of the offending line.
            """##,
        "prometheus/invalid-config": ##"""
            # prometheus/invalid-config

            **Severity:** error

            Finds settings that Prometheus refuses to load and that belong to no more specific check: a scrape timeout longer than the scrape interval, a glob in the middle of a rule file path, an empty `-` entry in a list, a remote_write without `url`, an Alertmanager `api_version: v1`, an unknown OTLP translation strategy, an invalid `remote_write` queue setting, and the like. The message starts with Prometheus's own error text, so it can be searched for, and then says how to fix it.

            ## Why
            Prometheus reads its configuration at start-up and on every reload. A file it cannot load stops a fresh start, and a reload keeps the old configuration running while the new one is silently ignored, until someone reads the logs. Catching these errors before deployment is cheaper than debugging why a change "did not take".

            ## Bad
            ```yaml bad file=prometheus.yml
            global:
              scrape_interval: 15s
            scrape_configs:
              - job_name: node
                scrape_interval: 10s
                scrape_timeout: 15s
                static_configs:
                  - targets: ['node-exporter:9100']
            ```

            ## Good
            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 15s
            scrape_configs:
              - job_name: node
                scrape_interval: 10s
                scrape_timeout: 8s
                static_configs:
                  - targets: ['node-exporter:9100']
            ```

            ## Suppress
            `# halint disable=prometheus/invalid-config` on the line before or at the end of the offending line.
            """##,
        "prometheus/invalid-http-config": ##"""
            # prometheus/invalid-http-config

            **Severity:** error

            Finds HTTP client settings that contradict each other or are incomplete, as Prometheus's `HTTPClientConfig.Validate` does: more than one authentication method (`basic_auth`, `authorization`, `oauth2`, `bearer_token`, `sigv4`, …), both a value and a file for the same secret, a TLS client certificate without its key, an unknown TLS version, proxy settings that exclude each other, and headers Prometheus reserves for itself. These settings appear in scrape jobs, Alertmanager configs, remote write and read, and most service-discovery blocks.

            ## Why
            Prometheus rejects the whole file. When credentials are copied from another system it is easy to leave an old `bearer_token` next to a new `basic_auth`; halint points at the setting to remove.

            ## Bad
            ```yaml bad file=prometheus.yml
            scrape_configs:
              - job_name: app
                basic_auth:
                  username: prometheus
                  password: changeme
                bearer_token: abc123
                static_configs:
                  - targets: ['app:8080']
            ```

            ## Good
            ```yaml good file=prometheus.yml
            scrape_configs:
              - job_name: app
                basic_auth:
                  username: prometheus
                  password: changeme
                static_configs:
                  - targets: ['app:8080']
            ```

            ## Suppress
            `# halint disable=prometheus/invalid-http-config` on the line before or at the end of the offending line.
            """##,
        "prometheus/invalid-sd-config": ##"""
            # prometheus/invalid-sd-config

            **Severity:** error

            Finds service-discovery blocks that Prometheus rejects at load time: a required field left out (a DNS-SD record type without a port, an Azure `subscription_id`, a PuppetDB `query`, a Marathon server), an unknown role (`kubernetes_sd_configs`, Hetzner, Scaleway, OpenStack, Docker Swarm, AWS), a file SD path that is not `.json`, `.yml` or `.yaml`, a URL without http(s) scheme or host, conflicting Kubernetes settings (`api_server` with `kubeconfig_file`, selectors of the wrong role). halint knows every discovery mechanism of Prometheus 3.x by name and checks what can be checked without network access.

            ## Why
            A discovery block Prometheus cannot load stops the whole configuration from loading. Many of these mistakes (a missing port, a role typo) are otherwise only found when the job shows no targets.

            ## Bad
            ```yaml bad file=prometheus.yml
            scrape_configs:
              - job_name: node
                dns_sd_configs:
                  - names: ['node.service.internal']
                    type: A
            ```

            ## Good
            ```yaml good file=prometheus.yml
            scrape_configs:
              - job_name: node
                dns_sd_configs:
                  - names: ['node.service.internal']
                    type: A
                    port: 9100
            ```

            ## Suppress
            `# halint disable=prometheus/invalid-sd-config` on the line before or at the end of the offending line.
            """##,
        "prometheus/invalid-target": ##"""
            # prometheus/invalid-target

            **Severity:** error

            Finds static targets that are not `host:port`, such as `http://host:9100/metrics`. Without `relabel_configs` Prometheus uses a target verbatim as the address and refuses the file with `"…" is not a valid hostname`. The scheme belongs in `scheme:` and the path in `metrics_path:`. The same applies to Alertmanager targets. When the job has `relabel_configs` (the blackbox exporter pattern, which moves the URL into `__param_target`), the check stays quiet.

            ## Why
            The configuration does not load. Pasting the URL of a metrics page is the most common way to write a target, and the error does not say where the scheme and path should go instead.

            ## Bad
            ```yaml bad file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['http://node-exporter:9100/metrics']
            ```

            ## Good
            ```yaml good file=prometheus.yml
            scrape_configs:
              - job_name: node
                scheme: http
                metrics_path: /metrics
                static_configs:
                  - targets: ['node-exporter:9100']
            ```

            ## Suppress
            `# halint disable=prometheus/invalid-target` on the line before or at the end of the offending line.
            """##,
        "prometheus/remote-url-not-http": ##"""
            # prometheus/remote-url-not-http

            **Severity:** warning

            Finds `remote_write` and `remote_read` URLs that Prometheus accepts but cannot use: no `http://` or `https://` scheme, or no host. Go's URL parser reads `mimir:9009/api/v1/push` as scheme `mimir` with an opaque body, so the file loads, and then every request fails with an unsupported-protocol error.

            ## Why
            The configuration loads without complaint, so the mistake shows up only as a growing WAL, a `prometheus_remote_storage_samples_failed_total` counter and, in an HA pair, as silent data loss in the long-term store.

            ## Bad
            ```yaml bad file=prometheus.yml
            remote_write:
              - url: mimir:9009/api/v1/push
            ```

            ## Good
            ```yaml good file=prometheus.yml
            remote_write:
              - url: http://mimir:9009/api/v1/push
            ```

            ## Suppress
            `# halint disable=prometheus/remote-url-not-http` on the line before or at the end of the offending line.
            """##,
        "prometheus/unexpanded-env-var": ##"""
            # prometheus/unexpanded-env-var

            **Severity:** warning

            Finds `${VAR}` references (upper-case names, as environment variables are written) anywhere in prometheus.yml except `global.external_labels`. Prometheus 3.x expands environment variables only in external label values; everywhere else, including relabel rules, URLs and targets, it uses the text as written. In a relabel `replacement` or `target_label` the reference is read as a regex group that does not exist and expands to the empty string; in a `regex` the `$` is an end-of-text anchor.

            ## Why
            HA setups often start several Prometheus replicas from one file and hand each its shard or replica number through the environment (`SHARD=1` in a compose file), expecting `regex: ${SHARD}` to pick the replica's targets. Prometheus never substitutes it: the keep step matches nothing and the replica scrapes no targets, with no error anywhere. Substitute the variables before Prometheus reads the file (envsubst, Helm, the deploy tool), or put per-replica values into `external_labels`, which Prometheus does expand.

            ## Bad
            ```yaml bad file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-a:9100', 'node-b:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 2
                    target_label: __tmp_shard
                    action: hashmod
                  - source_labels: [__tmp_shard]
                    regex: ${SHARD}
                    action: keep
            ```

            ## Good
            ```yaml good file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-a:9100', 'node-b:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 2
                    target_label: __tmp_shard
                    action: hashmod
                  - source_labels: [__tmp_shard]
                    regex: '1'
                    action: keep
            ```

            ## Suppress
            `# halint disable=prometheus/unexpanded-env-var` on the line before or at the end of the offending line.
            """##,
        "promql/absent-with-regex": ##"""
            # promql/absent-with-regex

            **Severity:** warning

            Finds `absent()` over a selector with a regex matcher on a label.

            ## Why
            `absent(up{job=~"api|db"})` returns nothing while any one of the jobs has series, so losing one job
            goes unnoticed; and its result cannot carry the `job` label, so the alert does not say which job is
            missing. Write one `absent()` per value with `=`.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: TargetMissing
                    expr: absent(up{job=~"api|db"})
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: TargetMissing
                    expr: absent(up{job="api"})
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=promql/absent-with-regex` on the line before or at the end of the offending line.
            """##,
        "promql/division-by-zero": ##"""
            # promql/division-by-zero

            **Severity:** warning

            Finds divisions and modulos by a literal 0, and, as pint's promql/nan, divisions inside `sum()`,
            `avg()`, `stddev()` or `stdvar()` whose divisor can be zero: a `rate()`, `irate()`, `increase()`,
            `delta()`, `idelta()`, `deriv()`, `changes()` or `resets()` (or a sum of them) that is not filtered
            (`(x > 0)`) or clamped (`clamp_min(x, 1)`). Divisors such as capacities (`node_memory_MemTotal_bytes`)
            are not taken as possibly zero.

            ## Why
            A rate is 0 when a service gets no traffic, and `0 / 0` is NaN, `x / 0` is +Inf. One such series
            inside `sum()` or `avg()` makes the whole aggregate NaN or Inf, so the alert or recorded series is lost
            for every other series too. Divide after aggregating, or filter the divisor.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: sum by (job) (rate(http_errors_total[5m]) / rate(http_requests_total[5m])) > 0.05
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: sum by (job) (rate(http_errors_total[5m])) / sum by (job) (rate(http_requests_total[5m])) > 0.05
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=promql/division-by-zero` on the line before or at the end of the offending line.
            """##,
        "promql/external-label-matcher": ##"""
            # promql/external-label-matcher

            **Severity:** warning

            Finds matchers that require a value of a label which is an external label of a prometheus.yml
            loading the rule and which no scrape config of those configs gives series (as for
            [alert/external-label-in-template](../alert/external-label-in-template.md)).

            ## Why
            Rules are evaluated against the local series of the Prometheus that loads them, and those never
            carry external labels: Prometheus adds them only to data it sends away. `up{cluster="eu-1"}` therefore
            returns nothing there, even though the same query works through Thanos or a federating server.

            ## Bad
            ```yaml bad file=prometheus.yml
            global:
              scrape_interval: 15s
              evaluation_interval: 1m
              external_labels:
                cluster: eu-1
            rule_files:
              - alerts.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ["node-1:9100"]
            ```
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: up{job="node", cluster="eu-1"} == 0
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 15s
              evaluation_interval: 1m
              external_labels:
                cluster: eu-1
            rule_files:
              - alerts.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ["node-1:9100"]
            ```
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: up{job="node"} == 0
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=promql/external-label-matcher` on the line before or at the end of the offending line.
            """##,
        "promql/histogram-quantile-without-le": ##"""
            # promql/histogram-quantile-without-le

            **Severity:** warning

            Finds `histogram_quantile()` over an expression whose result cannot have the `le` label, typically a
            `sum by (…)` that forgot `le`.

            ## Why
            Classic histograms store one series per bucket, told apart by `le`. Without it
            `histogram_quantile()` has no buckets and returns nothing, so the latency alert never fires and the
            dashboard panel stays empty.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: HighLatency
                    expr: histogram_quantile(0.99, sum by (job) (rate(http_request_duration_seconds_bucket[5m]))) > 1
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: HighLatency
                    expr: histogram_quantile(0.99, sum by (job, le) (rate(http_request_duration_seconds_bucket[5m]))) > 1
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=promql/histogram-quantile-without-le` on the line before or at the end of the offending line.
            """##,
        "promql/histogram-quantile-without-rate": ##"""
            # promql/histogram-quantile-without-rate

            **Severity:** warning

            Finds `histogram_quantile()` over classic `_bucket` series reached without `rate()`, `increase()` or
            another function over a range (through aggregations, arithmetic and `label_replace()` only).
            Recording-rule names (with `:`) are not taken as raw buckets.

            ## Why
            Bucket series are counters of every observation since the process started. Their quantile is the
            quantile of the whole lifetime of the process: it barely moves, so a latency alert on it fires days
            late, or never. `rate()` gives the recent distribution.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: histogram_quantile(0.99, sum by (le) (http_request_duration_seconds_bucket)) > 1
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[5m]))) > 1
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=promql/histogram-quantile-without-rate` on the line before or at the end of the offending line.
            """##,
        "promql/label-never-set": ##"""
            # promql/label-never-set

            **Severity:** warning

            Finds matchers that require a label (`="value"`, or a regex that rejects the empty string) on the
            series of a recording rule of the project that never writes that label: its `by (…)` drops it, or its
            `without (…)` removes it.

            ## Why
            The recorded series only have the labels their expression keeps plus the rule's static labels. A
            matcher on another label matches nothing, so the selector is always empty and the alert never fires.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - record: job:http_requests:rate5m
                    expr: sum by (job) (rate(http_requests_total[5m]))
                  - alert: Example
                    expr: job:http_requests:rate5m{instance="api-1:8080"} > 100
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - record: job:http_requests:rate5m
                    expr: sum by (job) (rate(http_requests_total[5m]))
                  - alert: Example
                    expr: job:http_requests:rate5m{job="api"} > 100
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=promql/label-never-set` on the line before or at the end of the offending line.
            """##,
        "promql/match-everything": ##"""
            # promql/match-everything

            **Severity:** info

            Finds regex matchers such as `=~".*"` that match every value, including the empty one (series
            without the label).

            ## Why
            The matcher filters nothing, so it only costs evaluation time and misleads readers, who expect it to
            restrict the selection. It usually remains from a templated dashboard query. Use `label!=""` if the
            label must be present.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: InstanceDown
                    expr: up{job="api", instance=~".*"} == 0
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: InstanceDown
                    expr: up{job="api"} == 0
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=promql/match-everything` on the line before or at the end of the offending line.
            """##,
        "promql/matches-nothing": ##"""
            # promql/matches-nothing

            **Severity:** warning

            Finds selectors no series can satisfy: `!~".*"` (which excludes every value, an absent label
            included), and an `=` matcher together with another matcher of the same label that rejects its value
            (`job="a", job="b"`, `job="a", job!="a"`, `job="a", job=~"b|c"`, a metric name and a different
            `__name__`).

            ## Why
            A label has one value per series, so contradictory matchers select nothing: the alert can never
            fire and the recording rule never writes. Rendered mixins produce `integration!~".*"` when a list of
            values is left empty.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: rate(alertmanager_notifications_failed_total{integration!~".*"}[5m]) > 0
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: rate(alertmanager_notifications_failed_total{integration!~"slack|email"}[5m]) > 0
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=promql/matches-nothing` on the line before or at the end of the offending line.
            """##,
        "promql/nan-comparison": ##"""
            # promql/nan-comparison

            **Severity:** warning

            Finds comparisons with the `NaN` literal.

            ## Why
            NaN is not equal to, less than or greater than anything, itself included: `x == NaN` never matches
            and `x != NaN` always does. To find NaN samples compare a value with itself: `x != x`.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: RatioUndefined
                    expr: job:errors:ratio5m == NaN
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: RatioUndefined
                    expr: job:errors:ratio5m != job:errors:ratio5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=promql/nan-comparison` on the line before or at the end of the offending line.
            """##,
        "promql/quantile-out-of-range": ##"""
            # promql/quantile-out-of-range

            **Severity:** warning

            Finds `histogram_quantile()`, `quantile()` and `quantile_over_time()` with a literal quantile below 0
            or above 1.

            ## Why
            The quantile is a fraction: 0.99 is the 99th percentile. `histogram_quantile(99, …)` returns +Inf
            for every series (a negative one -Inf), so the alert always or never fires.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: histogram_quantile(99, sum by (le) (rate(http_request_duration_seconds_bucket[5m]))) > 1
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[5m]))) > 1
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=promql/quantile-out-of-range` on the line before or at the end of the offending line.
            """##,
        "promql/range-beyond-retention": ##"""
            # promql/range-beyond-retention

            **Severity:** warning

            The offline side of pint's `promql/offset` and `promql/range_query`. When the deployment sets the retention of the
            Prometheus that runs a rule on its command line (`--storage.tsdb.retention.time`, or the deprecated
            `--storage.tsdb.retention`, in a compose `command:`, a Kubernetes container's `args:` or a systemd `ExecStart=`),
            halint reports every `offset`, range window and subquery of the rule that reads further back than that:

            - when the whole window is older than the retention (`offset 30d` with 15d), that part never returns anything;
            - when only its start is (`increase(x[30d])`), the oldest part of the window is always empty.

            The rule must be loaded by that service's `prometheus.yml` (its `rule_files:`), and that config must have no
            `remote_read` (a query then also reads the remote store). With several such servers, the shortest retention counts.
            Offsets add up through subqueries; `@ <time>` and duration expressions are not checked. Without the flag halint says
            nothing: the 15d default is rarely what production runs. In live mode, `live/range-beyond-retention` asks the server.

            ## Why
            Rules are evaluated against the local TSDB, and data past the retention is deleted. A comparison with last month on
            a server that keeps a week compares with nothing, so the alert can never fire; a 30-day increase quietly reports the
            increase over 7 days.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                  - ./alerts.yml:/etc/prometheus/alerts.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
                  - '--storage.tsdb.retention.time=7d'
            ```

            ```yaml bad file=prometheus.yml
            rule_files:
              - alerts.yml
            scrape_configs:
              - job_name: api
                static_configs:
                  - targets: ['api:8080']
            ```

            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: TrafficDrop
                    expr: sum(rate(http_requests_total[1h])) < 0.5 * sum(rate(http_requests_total[1h] offset 4w))
                    for: 30m
                    labels:
                      severity: ticket
                    annotations:
                      summary: "Traffic is half of what it was"
                  - record: job:http_requests:increase30d
                    expr: sum by (job) (increase(http_requests_total[30d]))
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              prometheus:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                  - ./alerts.yml:/etc/prometheus/alerts.yml:ro
                command:
                  - '--config.file=/etc/prometheus/prometheus.yml'
                  - '--storage.tsdb.retention.time=7d'
            ```

            ```yaml good file=prometheus.yml
            rule_files:
              - alerts.yml
            scrape_configs:
              - job_name: api
                static_configs:
                  - targets: ['api:8080']
            ```

            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: TrafficDrop
                    expr: sum(rate(http_requests_total[1h])) < 0.5 * sum(rate(http_requests_total[1h] offset 1d))
                    for: 30m
                    labels:
                      severity: ticket
                    annotations:
                      summary: "Traffic is half of what it was"
                  - record: job:http_requests:increase30d
                    expr: sum by (job) (increase(http_requests_total[7d]))
            ```

            ## Suppress
            `# halint disable=promql/range-beyond-retention` on the line before or at the end of the offending line.
            """##,
        "promql/rate-of-sum": ##"""
            # promql/rate-of-sum

            **Severity:** warning

            Finds `rate()`, `irate()` and `increase()` over the series of a recording rule of the project that
            is `sum()` of raw counters (names ending in `_total`, `_count`, `_sum` or `_bucket`), and over
            subqueries of such a sum (`rate(sum(x_total)[5m:])`).

            ## Why
            `rate()` handles counter resets by noticing that a counter went down. When one of the summed
            counters resets (its process restarted) the sum drops by that counter's value, and `rate()` takes the
            drop for a reset of the whole sum: it returns a huge spike. Apply `rate()` to each counter first and
            sum afterwards.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - record: job:http_requests:sum
                    expr: sum by (job) (http_requests_total)
                  - alert: Example
                    expr: rate(job:http_requests:sum[5m]) > 100
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - record: job:http_requests:rate5m
                    expr: sum by (job) (rate(http_requests_total[5m]))
                  - alert: Example
                    expr: job:http_requests:rate5m > 100
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=promql/rate-of-sum` on the line before or at the end of the offending line.
            """##,
        "promql/rate-on-non-counter": ##"""
            # promql/rate-on-non-counter

            **Severity:** warning

            Finds `rate()`, `irate()` and `increase()` over metrics whose names say they are not counters: `up`,
            and names ending in `_info`, `_ratio`, `_percent`, `_celsius`, `_timestamp` or `_timestamp_seconds`
            (names ending in `_total`, `_count`, `_sum` or `_bucket` are never flagged). The type of scraped
            metrics is known only from the name, so the list is kept short. Series of a recording rule of the
            project are flagged when the rule records a `rate()`, `irate()`, `increase()`, `delta()`,
            `idelta()` or `deriv()` (possibly aggregated or scaled): those are already per-window values.

            ## Why
            These functions treat every decrease as a counter reset and add the whole new value, so a gauge that
            goes down produces huge spikes, and one that only moves slowly produces near-zero values. Use
            `deriv()` or `delta()` for gauges.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: TemperatureRising
                    expr: rate(node_hwmon_temp_celsius[5m]) > 0.1
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: TemperatureRising
                    expr: deriv(node_hwmon_temp_celsius[5m]) > 0.1
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=promql/rate-on-non-counter` on the line before or at the end of the offending line.
            """##,
        "promql/redundant-anchors": ##"""
            # promql/redundant-anchors

            **Severity:** info

            Finds regex matchers that start with `^` or end with an unescaped `$`.

            ## Why
            PromQL anchors every regex matcher at both ends (it matches `^(?:…)$`), so the anchors change
            nothing. Their presence suggests the author expected substring matching, which PromQL never does:
            `status=~"5"` matches only "5", not "500".

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: sum(rate(http_requests_total{status=~"^5.."}[5m])) > 1
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: sum(rate(http_requests_total{status=~"5.."}[5m])) > 1
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=promql/redundant-anchors` on the line before or at the end of the offending line.
            """##,
        "promql/redundant-regex": ##"""
            # promql/redundant-regex

            **Severity:** info

            Finds regex matchers (`=~`, `!~`) whose value contains no regex syntax, so they match exactly one
            string, and `=~".+"` / `!~".+"`, which only ask whether the label is set (`!=""` / `=""`).

            ## Why
            `job=~"api"` reads like a pattern but is an exact match (Prometheus anchors regexes). An equality
            matcher says what is meant and is cheaper to evaluate.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: InstanceDown
                    expr: up{job=~"api"} == 0
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: InstanceDown
                    expr: up{job="api"} == 0
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=promql/redundant-regex` on the line before or at the end of the offending line.
            """##,
        "promql/sampling-in-alert": ##"""
            # promql/sampling-in-alert

            **Severity:** warning

            Finds `topk()`, `bottomk()`, `limitk()` and `limit_ratio()` without `by`/`without` in alerting
            rules. Grouped `topk by (…) (1, …)`, the usual way to pick one of duplicate series, is not reported.

            ## Why
            Which series are in the top k changes as values move, so the alert's series come and go between
            evaluations: alerts resolve and fire again, and `for` keeps restarting.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: BusiestDiskFull
                    expr: topk(3, node_filesystem_avail_bytes / node_filesystem_size_bytes) < 0.1
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: DiskFull
                    expr: node_filesystem_avail_bytes / node_filesystem_size_bytes < 0.1
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=promql/sampling-in-alert` on the line before or at the end of the offending line.
            """##,
        "promql/short-range-window": ##"""
            # promql/short-range-window

            **Severity:** warning

            Finds `rate()`, `irate()`, `increase()`, `delta()`, `idelta()` and `deriv()` windows shorter than
            twice the scrape interval. The interval is the one of the job named by a `job="…"` matcher in a
            prometheus.yml of the project, else the global `scrape_interval` there. Without a prometheus.yml the
            check stays quiet, because the real interval is unknown.

            ## Why
            These functions need at least two samples in the window. With a window shorter than two intervals,
            some evaluations find only one sample and return nothing, so alerts flap and graphs have gaps; a
            missed scrape makes it worse. Four intervals is the usual advice.

            ## Bad
            ```yaml bad file=prometheus.yml
            global:
              scrape_interval: 1m
              evaluation_interval: 1m
            rule_files:
              - alerts.yml
              - more-alerts.yml
            scrape_configs:
              - job_name: api
                static_configs:
                  - targets: ["api:8080"]
            ```
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: HighErrorRate
                    expr: rate(http_request_errors_total{job="api"}[1m]) > 0.5
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```
            ```yaml bad file=more-alerts.yml
            groups: []
            ```

            ## Good
            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 1m
              evaluation_interval: 1m
            rule_files:
              - alerts.yml
              - more-alerts.yml
            scrape_configs:
              - job_name: api
                static_configs:
                  - targets: ["api:8080"]
            ```
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: HighErrorRate
                    expr: rate(http_request_errors_total{job="api"}[4m]) > 0.5
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```
            ```yaml good file=more-alerts.yml
            groups: []
            ```

            ## Suppress
            `# halint disable=promql/short-range-window` on the line before or at the end of the offending line.
            """##,
        "promql/syntax": ##"""
            # promql/syntax

            **Severity:** error

            An `expr` that Prometheus 3.x cannot parse: a syntax error (`unexpected end of
            input`, an unclosed parenthesis, a bad matcher), an unknown function (often a
            MetricsQL one such as `lag`), an experimental function or modifier used without
            its `--enable-feature` flag, or a type error such as a range vector where an
            instant vector belongs. The message carries Prometheus's own text, as promtool
            prints it (`could not parse expression: 1:20: parse error: expected type range
            vector in call to function "rate", got instant vector`), followed by a hint.

            Experimental PromQL is not reported when every Prometheus of the project that
            loads the rule file enables its feature (`--enable-feature=promql-experimental-functions`,
            `promql-extended-range-selectors`, `promql-binop-fill-modifiers` in a compose
            `command:`, Kubernetes args or a systemd `ExecStart`); a config that no service
            of the project runs counts as a server without the flag.

            ## Why
            Prometheus refuses to load a rule file with one broken expression, so none of
            the file's rules run: the alerts in it never fire and its recording rules stop
            producing series. On a running server the reload fails and the old rules stay
            in place until someone reads the logs.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: http
                rules:
                  - alert: HighErrorRate
                    expr: sum by (job) (rate(http_requests_total{code=~"5.."})) > 1
                    for: 10m
                    labels:
                      severity: page
                    annotations:
                      summary: "Job {{ $labels.job }} serves more than one error per second"
                      description: "{{ $value }} errors per second over the last 5 minutes."
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: http
                rules:
                  - alert: HighErrorRate
                    expr: sum by (job) (rate(http_requests_total{code=~"5.."}[5m])) > 1
                    for: 10m
                    labels:
                      severity: page
                    annotations:
                      summary: "Job {{ $labels.job }} serves more than one error per second"
                      description: "{{ $value }} errors per second over the last 5 minutes."
            ```

            ## Suppress
            `# halint disable=promql/syntax` on the line before or at the end of the offending line.
            """##,
        "relabel/empty-source-value": ##"""
            # relabel/empty-source-value

            **Severity:** warning

            Finds `keep` and `drop` steps whose `source_labels` no target of the job can
            have: labels the job's discovery mechanisms never set (a `__meta_kubernetes_*`
            label in a job with only `static_configs`, a `__meta_consul_*` label in a
            Kubernetes job) and that no earlier step writes. The step then tests the empty
            string. Jobs using file or HTTP discovery, which can carry any label, and chains
            with a `labelmap` or templated `target_label` before the step are not judged.

            ## Why
            It is usually a rule copied from another job. A keep on a label that is never
            there drops every target, and the job quietly scrapes nothing; a drop on it never
            drops anything, so the targets it was meant to exclude are scraped after all.

            ## Bad
            ```yaml bad file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100', 'node-2:9100']
                relabel_configs:
                  - source_labels: [__meta_kubernetes_pod_label_app]
                    regex: node-exporter
                    action: keep
            ```

            ## Good
            ```yaml good file=prometheus.yml
            scrape_configs:
              - job_name: node
                kubernetes_sd_configs:
                  - role: pod
                relabel_configs:
                  - source_labels: [__meta_kubernetes_pod_label_app]
                    regex: node-exporter
                    action: keep
            ```

            ## Suppress
            `# halint disable=relabel/empty-source-value` on the line before or at the end of the offending line.
            """##,
        "relabel/ignored-field": ##"""
            # relabel/ignored-field

            **Severity:** warning

            Finds relabel fields that the rule's action never reads: `modulus` on anything but `hashmod`, `target_label` or `replacement` on `keep` and `drop`, `regex` or `replacement` on `hashmod`, `source_labels`, `separator` or `target_label` on `labelmap`, `regex` on `lowercase` and `uppercase`. Prometheus accepts and ignores them. (Where Prometheus rejects an extra field, as for `labeldrop`, `relabel/invalid-config` reports it.)

            ## Why
            An ignored field usually means the rule was written for a different action: a `target_label` on `keep` suggests `keepequal` was meant, a `modulus` suggests `hashmod`. The rule then does something other than what its author expects, without any error.

            ## Bad
            ```yaml bad file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    regex: 'node-.*'
                    target_label: instance
                    action: keep
            ```

            ## Good
            ```yaml good file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    regex: 'node-.*'
                    action: keep
            ```

            ## Suppress
            `# halint disable=relabel/ignored-field` on the line before or at the end of the offending line.
            """##,
        "relabel/invalid-config": ##"""
            # relabel/invalid-config

            **Severity:** error

            Finds relabel rules that fail Prometheus's `Validate`: `hashmod` without a non-zero `modulus`; `replace`, `hashmod`, `lowercase`, `uppercase`, `keepequal` and `dropequal` without `target_label`; a `target_label` or `labelmap` replacement that is not a valid label name under the job's name validation scheme; `replacement` on `lowercase` and `uppercase`; extra fields on `keepequal`, `dropequal`, `labeldrop` and `labelkeep`; an explicit empty `action`. The messages are Prometheus's, checked in Prometheus's order. Where Prometheus would stop at the first problem, halint reports every independent one.

            ## Why
            Prometheus refuses the whole file. These rules are also easy to get subtly wrong: a `hashmod` without `modulus` cannot shard anything.

            ## Bad
            ```yaml bad file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    target_label: __tmp_hash
                    action: hashmod
            ```

            ## Good
            ```yaml good file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 4
                    target_label: __tmp_hash
                    action: hashmod
            ```

            ## Suppress
            `# halint disable=relabel/invalid-config` on the line before or at the end of the offending line.
            """##,
        "relabel/invalid-regex": ##"""
            # relabel/invalid-regex

            **Severity:** error

            Finds relabel `regex` values that are not valid RE2 syntax, the regex dialect Prometheus uses. Lookahead and lookbehind (`(?!…)`, `(?<=…)`), backreferences (`\1`) and possessive quantifiers are PCRE features that RE2 does not have, and unbalanced parentheses are errors everywhere. The message is Go's `error parsing regexp: …` text and points into the pattern where halint can tell.

            ## Why
            Prometheus refuses the file. Patterns copied from other tools often use lookaround, which RE2 deliberately leaves out; the usual rewrite is a `keep` or `drop` rule with a positive pattern.

            ## Bad
            ```yaml bad file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100', 'internal-exporter:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    regex: '(?!internal-).*'
                    action: keep
            ```

            ## Good
            ```yaml good file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100', 'internal-exporter:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    regex: 'internal-.*'
                    action: drop
            ```

            ## Suppress
            `# halint disable=relabel/invalid-regex` on the line before or at the end of the offending line.
            """##,
        "relabel/matches-everything": ##"""
            # relabel/matches-everything

            **Severity:** warning

            Finds `keep`, `drop`, `labelkeep` and `labeldrop` rules whose regex matches everything, usually because `regex` was left out and the default `(.*)` applies. A `drop` then drops every target or series, a `labeldrop` deletes every label, and `keep` and `labelkeep` do nothing.

            ## Why
            A `drop` rule without its regex silently removes a whole job's targets or all of its series; a `labeldrop` without one strips `job` and `instance` and merges unrelated series. Prometheus accepts both.

            ## Bad
            ```yaml bad file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
                    labels:
                      env: staging
                relabel_configs:
                  - source_labels: [env]
                    action: drop
            ```

            ## Good
            ```yaml good file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
                    labels:
                      env: staging
                relabel_configs:
                  - source_labels: [env]
                    regex: staging
                    action: drop
            ```

            ## Suppress
            `# halint disable=relabel/matches-everything` on the line before or at the end of the offending line.
            """##,
        "relabel/missing-source-labels": ##"""
            # relabel/missing-source-labels

            **Severity:** warning

            Finds `hashmod`, `keep`, `drop`, `keepequal`, `dropequal`, `lowercase` and `uppercase` rules without `source_labels`. These actions work on the source labels' values joined by the separator; with no source labels that value is always the empty string. Prometheus accepts the rule. The message says what happens instead: every target gets the same hashmod shard (halint computes which), a keep or drop step keeps or drops everything, lowercase and uppercase delete the target label.

            ## Why
            In a sharded HA setup, a `hashmod` without `source_labels` puts every target into one shard: one Prometheus scrapes everything and the others nothing, which looks like a working configuration until the load or the gaps show. A `keep` step that tests the empty string silently disables a job.

            ## Bad
            ```yaml bad file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-a:9100', 'node-b:9100']
                relabel_configs:
                  - target_label: __tmp_shard
                    modulus: 2
                    action: hashmod
                  - source_labels: [__tmp_shard]
                    regex: '0'
                    action: keep
            ```

            ## Good
            ```yaml good file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-a:9100', 'node-b:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    target_label: __tmp_shard
                    modulus: 2
                    action: hashmod
                  - source_labels: [__tmp_shard]
                    regex: '0'
                    action: keep
            ```

            ## Suppress
            `# halint disable=relabel/missing-source-labels` on the line before or at the end of the offending line.
            """##,
        "relabel/never-matches": ##"""
            # relabel/never-matches

            **Severity:** warning

            Finds `keep`, `drop` and `replace` steps whose regex cannot match any value the
            source label can hold at that point: the label was set by a `hashmod` (values
            `0 … modulus-1`) or by a `replace` that always writes the same text. It also finds
            keep and drop regexes that name shard numbers the hashmod never produces, such as
            `0|2` after `modulus: 2`.

            ## Why
            A keep that never matches silently drops every target of the job; a drop or
            replace that never matches does nothing. In sharded setups this is the regex that
            was not updated when the modulus went down: the replica meant to scrape shard 2
            scrapes nothing.

            ## Bad
            ```yaml bad file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100', 'node-2:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 2
                    target_label: __tmp_shard
                    action: hashmod
                  - source_labels: [__tmp_shard]
                    regex: '2'
                    action: keep
            ```

            ## Good
            ```yaml good file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100', 'node-2:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 2
                    target_label: __tmp_shard
                    action: hashmod
                  - source_labels: [__tmp_shard]
                    regex: '1'
                    action: keep
            ```

            ## Suppress
            `# halint disable=relabel/never-matches` on the line before or at the end of the offending line.
            """##,
        "relabel/undefined-group-reference": ##"""
            # relabel/undefined-group-reference

            **Severity:** warning

            Finds `$1`, `${1}` and `${name}` references in a `replace` rule's `replacement` or `target_label` (or a `labelmap` replacement) to capture groups the regex does not have. Go expands such a reference to the empty string. This includes the default replacement `$1` with a regex that has no group, and the classic `$1_suffix`, which Go reads as a reference to a group named `1_suffix`; write `${1}_suffix`.

            ## Why
            The rule loads and runs, but writes an empty or truncated value. A `replace` that writes the empty string deletes the target label, so labels disappear from series or targets without any error.

            ## Bad
            ```yaml bad file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    regex: '([^:]+):\d+'
                    target_label: host
                    replacement: '$1_node'
            ```

            ## Good
            ```yaml good file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    regex: '([^:]+):\d+'
                    target_label: host
                    replacement: '${1}_node'
            ```

            ## Suppress
            `# halint disable=relabel/undefined-group-reference` on the line before or at the end of the offending line.
            """##,
        "relabel/unknown-action": ##"""
            # relabel/unknown-action

            **Severity:** error

            Finds relabel rules whose `action` is not one of Prometheus's actions (`replace`, `keep`, `drop`, `keepequal`, `dropequal`, `hashmod`, `labelmap`, `labeldrop`, `labelkeep`, `lowercase`, `uppercase`; case does not matter). Prometheus refuses the file with `unknown relabel action "…"`. halint suggests the action that was most likely meant, such as `hashmod` for `mod`, and goes on checking the rule as if it had that action.

            ## Why
            The whole configuration fails to load. Action names are easy to half-remember (`mod`, `label_drop`, `drop_equal`), and the error does not list the valid ones.

            ## Bad
            ```yaml bad file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 2
                    target_label: __tmp_shard
                    action: mod
            ```

            ## Good
            ```yaml good file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 2
                    target_label: __tmp_shard
                    action: hashmod
            ```

            ## Suppress
            `# halint disable=relabel/unknown-action` on the line before or at the end of the offending line.
            """##,
        "rules/duplicate-group": ##"""
            # rules/duplicate-group

            **Severity:** error

            Finds two rule groups with the same `name` in one rule file (or in one
            PrometheusRule object). Prometheus rejects the file with
            `groupname: "<name>" is repeated in the same file`.

            ## Why
            Prometheus identifies a group by its file and its name, and keeps evaluation
            state (timing, alert state) per group. Two groups with the same name in one
            file cannot be told apart, so Prometheus refuses to load the file, and none of
            its rules run. The same name in different files is allowed.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: node
                rules:
                  - alert: NodeDown
                    expr: up{job="node"} == 0
              - name: node
                rules:
                  - record: instance:node_cpus:count
                    expr: count without (cpu, mode) (node_cpu_seconds_total{mode="idle"})
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: node-alerts
                rules:
                  - alert: NodeDown
                    expr: up{job="node"} == 0
              - name: node-recording
                rules:
                  - record: instance:node_cpus:count
                    expr: count without (cpu, mode) (node_cpu_seconds_total{mode="idle"})
            ```

            ## Suppress
            `# halint disable=rules/duplicate-group` on the line before or at the end of the offending line.
            """##,
        "rules/duplicate-rule": ##"""
            # rules/duplicate-rule

            **Severity:** warning

            Finds rules in one file that have the same name (`record` or `alert`) and the
            same labels once group labels are merged in, as `promtool check rules
            --lint=duplicate-rules` does. One finding per duplicated name and label set,
            pointing at the second definition, with notes on the others.

            ## Why
            Two recording rules with the same name and labels write the same series, so
            its value depends on which rule ran last, and conflicting samples for the same
            timestamp are dropped. Two alerting rules with the same name and labels can
            produce alerts with identical label sets, which Alertmanager treats as one
            alert, so one condition hides the other. Usually one of the rules is a
            leftover copy, or lacks a label that tells the two apart. promtool prints
            this lint but still exits 0 unless `--lint-fatal` is given, which is why it is
            a warning here.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: latency
                rules:
                  - alert: HighRequestLatency
                    expr: job:request_latency_seconds:mean5m{job="api"} > 0.5
                    labels:
                      severity: page
                  - alert: HighRequestLatency
                    expr: job:request_latency_seconds:mean5m{job="api"} > 1
                    labels:
                      severity: page
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: latency
                rules:
                  - alert: HighRequestLatency
                    expr: job:request_latency_seconds:mean5m{job="api"} > 0.5
                    labels:
                      severity: ticket
                  - alert: HighRequestLatency
                    expr: job:request_latency_seconds:mean5m{job="api"} > 1
                    labels:
                      severity: page
            ```

            ## Suppress
            `# halint disable=rules/duplicate-rule` on the line before or at the end of the offending line.
            """##,
        "rules/invalid-group": ##"""
            # rules/invalid-group

            **Severity:** error

            Finds rule groups that Prometheus refuses to load: a group without a `name`
            (`Groupname must not be empty`), and group `labels` with an invalid name
            (`invalid label name: …`, which includes `__name__`) or value.

            ## Why
            Prometheus validates every group when it loads a rule file. One bad group
            makes the whole file fail: on startup Prometheus exits, and on a reload it
            keeps running the old rules and logs the error, so none of the changes in the
            file take effect until it is fixed.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - rules:
                  - alert: InstanceDown
                    expr: up == 0
                    for: 5m
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: availability
                rules:
                  - alert: InstanceDown
                    expr: up == 0
                    for: 5m
            ```

            ## Suppress
            `# halint disable=rules/invalid-group` on the line before or at the end of the offending line.
            """##,
        "rules/invalid-rule": ##"""
            # rules/invalid-rule

            **Severity:** error

            Finds rules that Prometheus rejects when it loads the file, with promtool's
            message: both or neither of `record` and `alert` set; no `expr`; a recording
            rule with `annotations`, a non-zero `for` or `keep_firing_for`; a recording
            rule name that is invalid or contains braces (`braces present in the
            recording rule name; should it be in expr?`); rule labels with an invalid name
            (including `__name__`) or value; invalid annotation names.

            ## Why
            One invalid rule makes the whole rule file fail to load: Prometheus exits on
            startup, or keeps the old rules on reload, so every rule of the file is
            affected. Most of these are mix-ups between recording and alerting rules, such
            as a recording rule copied from an alert with its `for:` and `annotations:`
            still in place.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: api
                rules:
                  - record: job:http_requests:rate5m
                    expr: sum by (job) (rate(http_requests_total[5m]))
                    for: 5m
                    annotations:
                      summary: Request rate per job
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: api
                rules:
                  - record: job:http_requests:rate5m
                    expr: sum by (job) (rate(http_requests_total[5m]))
            ```

            ## Suppress
            `# halint disable=rules/invalid-rule` on the line before or at the end of the offending line.
            """##,
        "rules/invalid-template": ##"""
            # rules/invalid-template

            **Severity:** error

            Parses every label and annotation value of every alerting rule as a Go
            template, the way Prometheus does when it loads the file: with `$labels`,
            `$externalLabels`, `$externalURL` and `$value` declared, and the template
            functions Prometheus provides. Reports the first parse error with Go's text,
            for example `template: __alert_InstanceDown:1: undefined variable "$label"`,
            positioned inside the value.

            ## Why
            Prometheus refuses to load a rule file with a template that does not parse
            (an unclosed `{{`, an unknown function, an undeclared variable such as
            `$label` for `$labels`), so all rules of the file stop being updated. Such
            mistakes are easy to make because templates are only plain strings to YAML.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: availability
                rules:
                  - alert: InstanceDown
                    expr: up == 0
                    for: 5m
                    annotations:
                      summary: "Instance {{ $label.instance }} is down"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: availability
                rules:
                  - alert: InstanceDown
                    expr: up == 0
                    for: 5m
                    annotations:
                      summary: "Instance {{ $labels.instance }} is down"
            ```

            ## Suppress
            `# halint disable=rules/invalid-template` on the line before or at the end of the offending line.
            """##,
        "rules/multi-document": ##"""
            # rules/multi-document

            **Severity:** warning

            Finds rule files with more than one YAML document (separated by `---`) where a
            later document has content. Prometheus reads only the first document of a rule
            file; it logs that the rest is ignored but loads the file anyway. Empty trailing
            documents are not reported, and Kubernetes manifests (PrometheusRule objects),
            whose documents are all read, are not affected.

            ## Why
            Everything after the first `---` is silently dropped: its groups are never
            evaluated and its alerts never fire, although the file looks complete and
            passes a syntax check. This usually happens when several rule files are
            concatenated, or when a Kubernetes-style multi-document file is used directly
            as a Prometheus rule file.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: availability
                rules:
                  - alert: InstanceDown
                    expr: up == 0
            ---
            groups:
              - name: capacity
                rules:
                  - alert: DiskFull
                    expr: node_filesystem_avail_bytes == 0
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: availability
                rules:
                  - alert: InstanceDown
                    expr: up == 0
              - name: capacity
                rules:
                  - alert: DiskFull
                    expr: node_filesystem_avail_bytes == 0
            ```

            ## Suppress
            `# halint disable=rules/multi-document` on the line before or at the end of the offending line.
            """##,
        "ruleset/duplicate-across-files": ##"""
            # ruleset/duplicate-across-files

            **Severity:** warning

            Finds a recording rule (same name and labels) or an alerting rule (same name, labels and expression)
            defined in two rule files that the same Prometheus loads (both matched by the `rule_files` of one
            prometheus.yml in the project). Within one file, `rules/duplicate-rule` reports duplicates. Files
            not loaded together, such as per-environment variants, are not compared.

            ## Why
            Two recording rules with one name and labels write the same series from two groups; their samples
            collide and the series flips between the results. Duplicate alerts are evaluated and notified twice.
            promtool checks each file on its own and cannot see this.

            ## Bad
            ```yaml bad file=prometheus.yml
            global:
              scrape_interval: 1m
              evaluation_interval: 1m
            rule_files:
              - alerts.yml
              - more-alerts.yml
            scrape_configs:
              - job_name: api
                static_configs:
                  - targets: ["api:8080"]
            ```
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - record: job:http_requests:rate5m
                    expr: sum by (job) (rate(http_requests_total[5m]))
            ```
            ```yaml bad file=more-alerts.yml
            groups:
              - name: example
                rules:
                  - record: job:http_requests:rate5m
                    expr: sum by (job) (rate(http_requests_total[5m]))
            ```

            ## Good
            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 1m
              evaluation_interval: 1m
            rule_files:
              - alerts.yml
              - more-alerts.yml
            scrape_configs:
              - job_name: api
                static_configs:
                  - targets: ["api:8080"]
            ```
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - record: job:http_requests:rate5m
                    expr: sum by (job) (rate(http_requests_total[5m]))
            ```
            ```yaml good file=more-alerts.yml
            groups: []
            ```

            ## Suppress
            `# halint disable=ruleset/duplicate-across-files` on the line before or at the end of the offending line.
            """##,
        "ruleset/external-label-conflict": ##"""
            # ruleset/external-label-conflict

            **Severity:** warning

            Finds rule and group labels named like an external label of a prometheus.yml that loads the rule
            file (pint's labels/conflict, offline).

            ## Why
            A label already on the data wins over the external label: Prometheus adds external labels to alerts
            and to federated or remote-written series only where the label is missing. With a different value the
            rule's data disagrees with everything else from that server (`cluster="dev"` from a staging server);
            with the same value the label is redundant.

            ## Bad
            ```yaml bad file=prometheus.yml
            global:
              scrape_interval: 15s
              evaluation_interval: 1m
              external_labels:
                cluster: eu-1
            rule_files:
              - alerts.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ["node-1:9100"]
            ```
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: up == 0
                    for: 5m
                    labels:
                      severity: warning
                      cluster: eu-2
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 15s
              evaluation_interval: 1m
              external_labels:
                cluster: eu-1
            rule_files:
              - alerts.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ["node-1:9100"]
            ```
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: up == 0
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=ruleset/external-label-conflict` on the line before or at the end of the offending line.
            """##,
        "ruleset/interval-below-scrape": ##"""
            # ruleset/interval-below-scrape

            **Severity:** info

            Finds rule groups evaluated more often than the series their rules read are scraped. The group's
            interval is its `interval`, else the `evaluation_interval` of the project's prometheus.yml; a
            selector's scrape interval is that of the job its `job="…"` matcher names, else the global
            `scrape_interval`. Recorded series (names with `:`) are not counted as inputs.

            ## Why
            Between two scrapes the inputs do not change, so most evaluations repeat the previous result: the
            work is wasted and recorded series get runs of identical samples. Evaluate the group at the scrape
            interval of its inputs.

            ## Bad
            ```yaml bad file=prometheus.yml
            global:
              scrape_interval: 2m
              evaluation_interval: 2m
              external_labels:
                cluster: eu-1
            rule_files:
              - alerts.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ["node-1:9100"]
            ```
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                interval: 30s
                rules:
                  - alert: Example
                    expr: up{job="node"} == 0
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 2m
              evaluation_interval: 2m
              external_labels:
                cluster: eu-1
            rule_files:
              - alerts.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ["node-1:9100"]
            ```
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - alert: Example
                    expr: up{job="node"} == 0
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=ruleset/interval-below-scrape` on the line before or at the end of the offending line.
            """##,
        "ruleset/long-group-interval": ##"""
            # ruleset/long-group-interval

            **Severity:** warning

            Finds rule groups whose `interval` is longer than 5m, the lookback window of PromQL instant queries
            (`--query.lookback-delta`, 5m by default), as pint's `group/interval` does.

            ## Why
            A series written by a recording rule is only found by queries for 5m after its last sample. A group
            evaluated every 10m leaves gaps of 5m in which its series do not exist: graphs break up, and alerts
            or other rules that read them see nothing, resolve, and fire again.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: daily
                interval: 10m
                rules:
                  - record: job:http_requests:rate1h
                    expr: sum by (job) (rate(http_requests_total[1h]))
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: daily
                interval: 5m
                rules:
                  - record: job:http_requests:rate1h
                    expr: sum by (job) (rate(http_requests_total[1h]))
            ```

            ## Suppress
            `# halint disable=ruleset/long-group-interval` on the line before or at the end of the offending line.
            """##,
        "ruleset/recording-rule-name": ##"""
            # ruleset/recording-rule-name

            **Severity:** info

            Finds recording rules whose name has no colon, against the `level:metric:operations` convention (for
            example `job:http_requests:rate5m`). Shortened forms with one colon are accepted, and so are renames
            (an expression that is one selector, possibly relabelled or scaled by a number), which compatibility
            rule files use on purpose to give a metric its old scraped-style name.

            ## Why
            Colons are reserved for recording rules, so a name without one looks like a scraped metric: readers
            cannot tell it is derived, and it can collide with a metric an exporter adds later, mixing two
            meanings in one series.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - record: http_requests_rate5m
                    expr: sum by (job) (rate(http_requests_total[5m]))
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - record: job:http_requests:rate5m
                    expr: sum by (job) (rate(http_requests_total[5m]))
            ```

            ## Suppress
            `# halint disable=ruleset/recording-rule-name` on the line before or at the end of the offending line.
            """##,
        "ruleset/undefined-recording-rule": ##"""
            # ruleset/undefined-recording-rule

            **Severity:** warning

            Finds selectors of `level:metric:operation` series (names with a colon, which are reserved for
            recording rules) that no recording rule in the checked files defines. Only reported when the project
            defines recording rules at all, so checking alert files alone stays quiet. Names with a leading colon (TensorFlow Serving exports
            some) are only checked when the project records such names itself.

            ## Why
            A typo in a recording rule name, or a rule file that is not loaded, makes the selector return
            nothing: the alert never fires and nothing reports an error.

            ## Bad
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - record: job:http_requests:rate5m
                    expr: sum by (job) (rate(http_requests_total[5m]))
                  - alert: HighRequestRate
                    expr: job:http_request:rate5m > 100
                    labels:
                      severity: warning
                    annotations:
                      summary: "Many requests on {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - record: job:http_requests:rate5m
                    expr: sum by (job) (rate(http_requests_total[5m]))
                  - alert: HighRequestRate
                    expr: job:http_requests:rate5m > 100
                    labels:
                      severity: warning
                    annotations:
                      summary: "Many requests on {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=ruleset/undefined-recording-rule` on the line before or at the end of the offending line.
            """##,
        "ruleset/unused-recording-rule": ##"""
            # ruleset/unused-recording-rule

            **Severity:** info

            Finds recording rules whose series no rule of the checked files reads. **Opt-in**: it reports only
            where `.halint.yml` sets `enabled: true` for it (globally or in an `overrides:` entry), because
            dashboards, federation and remote-write consumers, which halint cannot see, read most recorded
            series: in the rule corpus 60% of the recording rules outside test data are read by no rule, nearly
            all of them feeding Grafana dashboards.

            ## Why
            Every recording rule is evaluated at each interval and stores a series per label set. Rules left
            behind after an alert or dashboard was removed cost that for nothing. Enable the check for rule files
            whose recorded series only serve other rules.

            ## Bad
            ```yaml bad file=.halint.yml
            checks:
              ruleset/unused-recording-rule:
                enabled: true
            ```
            ```yaml bad file=alerts.yml
            groups:
              - name: example
                rules:
                  - record: job:http_requests:rate5m
                    expr: sum by (job) (rate(http_requests_total[5m]))
                  - record: job:http_errors:rate5m
                    expr: sum by (job) (rate(http_errors_total[5m]))
                  - alert: Example
                    expr: job:http_errors:rate5m > 10
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Good
            ```yaml good file=.halint.yml
            checks:
              ruleset/unused-recording-rule:
                enabled: true
            ```
            ```yaml good file=alerts.yml
            groups:
              - name: example
                rules:
                  - record: job:http_requests:rate5m
                    expr: sum by (job) (rate(http_requests_total[5m]))
                  - record: job:http_errors:rate5m
                    expr: sum by (job) (rate(http_errors_total[5m]))
                  - alert: Example
                    expr: job:http_errors:rate5m / job:http_requests:rate5m > 0.05
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      summary: "Something is wrong with {{ $labels.job }}"
            ```

            ## Suppress
            `# halint disable=ruleset/unused-recording-rule` on the line before or at the end of the offending line.
            """##,
        "schema/invalid-duration": ##"""
            # schema/invalid-duration

            **Severity:** error

            A duration that Prometheus cannot parse. Durations are whole numbers with the
            units `y w d h m s ms`, written largest first and each at most once: `90s`,
            `1h30m`. Fractions (`1.5h`), unknown units (`5x`), bare numbers (`15`) and units
            out of order (`30m1h`) are rejected.

            ## Why
            Prometheus refuses to load the file with `not a valid duration string`.

            ## Bad
            ```yaml bad file=prometheus.yml
            global:
              scrape_interval: 1.5m
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
            ```

            ## Good
            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 90s
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
            ```

            ## Suppress
            `# halint disable=schema/invalid-duration` on the line before the value.
            """##,
        "schema/invalid-label-name": ##"""
            # schema/invalid-label-name

            **Severity:** error

            A label name or value that Prometheus rejects: an empty name or invalid UTF-8
            under Prometheus 3's UTF-8 names, or a name outside `[a-zA-Z_][a-zA-Z0-9_]*`
            where the legacy scheme applies.

            ## Why
            Prometheus refuses to load the file (`"…" is not a valid label name`).

            ## Bad
            ```yaml bad file=prometheus.yml
            global:
              external_labels:
                "": prod
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
            ```

            ## Good
            ```yaml good file=prometheus.yml
            global:
              external_labels:
                environment: prod
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
            ```

            ## Suppress
            `# halint disable=schema/invalid-label-name` on the line before the label.
            """##,
        "schema/unknown-field": ##"""
            # schema/unknown-field

            **Severity:** error

            A key that the file format does not have: usually a typo
            (`scrape_intervl`), a field at the wrong level, or a field of another version.
            halint reports every one in the file, with Prometheus's own wording
            (`field X not found in type T`) and the closest known key.

            ## Why
            Prometheus and Alertmanager decode strictly and refuse the whole file. Tools that
            ignore unknown keys let the typo pass review and the setting never takes effect.

            ## Bad
            ```yaml bad file=prometheus.yml
            global:
              scrape_intervl: 15s
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
            ```

            ## Good
            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 15s
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
            ```

            ## Suppress
            `# halint disable=schema/unknown-field` on the line before the key, for fields
            of a newer release than halint knows.
            """##,
        "schema/wrong-type": ##"""
            # schema/wrong-type

            **Severity:** error

            A value of the wrong kind: a string where a list belongs, a list where a single
            value belongs, `yes please` where `true` or `false` is expected. The message
            gives Go's `cannot unmarshal` text, which is what Prometheus prints.

            ## Why
            The real tools refuse the file. The most common case, `targets: host:9100`
            instead of a list, looks right to a reviewer.

            ## Bad
            ```yaml bad file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: node-exporter:9100
            ```

            ## Good
            ```yaml good file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
            ```

            ## Suppress
            `# halint disable=schema/wrong-type` on the line before the value.
            """##,
        "shard/duplicate-shard": ##"""
            # shard/duplicate-shard

            **Severity:** warning

            Finds hashmod shard values that more than one Prometheus replica keeps. The
            replicas and their shard values are worked out as for `shard/orphaned-shard`;
            a value kept twice means its targets are scraped twice. Jobs that no replica
            shards are not judged: two replicas scraping everything is the ordinary HA pair.

            ## Why
            The duplicated targets cost double: twice the scrapes, twice the series in the
            long-term store (unless it deduplicates on a replica label), and two copies of
            every alert. Usually it is a copy-pasted keep regex, or a regex such as `0|1` left
            over from before the job was split.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              prometheus1:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./shard0/prometheus.yml:/etc/prometheus/prometheus.yml:ro
              prometheus2:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./shard1/prometheus.yml:/etc/prometheus/prometheus.yml:ro
            ```

            ```yaml bad file=shard0/prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100', 'node-2:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 2
                    target_label: __tmp_shard
                    action: hashmod
                  - source_labels: [__tmp_shard]
                    regex: '0|1'
                    action: keep
            ```

            ```yaml bad file=shard1/prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100', 'node-2:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 2
                    target_label: __tmp_shard
                    action: hashmod
                  - source_labels: [__tmp_shard]
                    regex: '1'
                    action: keep
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              prometheus1:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./shard0/prometheus.yml:/etc/prometheus/prometheus.yml:ro
              prometheus2:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./shard1/prometheus.yml:/etc/prometheus/prometheus.yml:ro
            ```

            ```yaml good file=shard0/prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100', 'node-2:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 2
                    target_label: __tmp_shard
                    action: hashmod
                  - source_labels: [__tmp_shard]
                    regex: '0'
                    action: keep
            ```

            ```yaml good file=shard1/prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100', 'node-2:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 2
                    target_label: __tmp_shard
                    action: hashmod
                  - source_labels: [__tmp_shard]
                    regex: '1'
                    action: keep
            ```

            ## Suppress
            `# halint disable=shard/duplicate-shard` on the line before or at the end of the offending line.
            """##,
        "shard/hashmod-label-leak": ##"""
            # shard/hashmod-label-leak

            **Severity:** warning

            Finds `hashmod` steps in `relabel_configs` whose `target_label` does not start
            with `__` and is not removed by a later `labeldrop`, `labelkeep` or `replace`. Such
            a label survives relabeling, so every series of the job carries the shard number.

            ## Why
            The shard number is an implementation detail of the scrape split, not a property
            of the target. As a series label it changes whenever the shard count changes, which
            renames every series of the job: history splits in two, rate() and alerts restart,
            and the TSDB churns. Labels starting with `__` are removed after relabeling, and
            `__tmp_` is the prefix Prometheus leaves free for such scratch values.

            ## Bad
            ```yaml bad file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100', 'node-2:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 2
                    target_label: shard
                    action: hashmod
                  - source_labels: [shard]
                    regex: '0'
                    action: keep
            ```

            ## Good
            ```yaml good file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100', 'node-2:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 2
                    target_label: __tmp_shard
                    action: hashmod
                  - source_labels: [__tmp_shard]
                    regex: '0'
                    action: keep
            ```

            ## Suppress
            `# halint disable=shard/hashmod-label-leak` on the line before or at the end of the offending line.
            """##,
        "shard/modulus-mismatch": ##"""
            # shard/modulus-mismatch

            **Severity:** warning

            Finds sharded jobs whose replicas disagree on the `hashmod` modulus, or whose
            modulus differs from the number of replicas running the job while the replicas'
            keep regexes do not cover every value exactly once. The replicas are read from
            docker-compose or from the Prometheus configs given together, as for
            `shard/orphaned-shard`.

            ## Why
            With different moduli the replicas cut the target list in different ways, so
            some targets land in no replica's slice and others in two. A modulus of 3 with two
            replicas leaves one value to nobody; a modulus of 2 with three replicas makes one
            of them keep a value that never occurs. Both usually come from adding or removing a
            replica without updating every config.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              prometheus1:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./shard0/prometheus.yml:/etc/prometheus/prometheus.yml:ro
              prometheus2:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./shard1/prometheus.yml:/etc/prometheus/prometheus.yml:ro
            ```

            ```yaml bad file=shard0/prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100', 'node-2:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 3
                    target_label: __tmp_shard
                    action: hashmod
                  - source_labels: [__tmp_shard]
                    regex: '0'
                    action: keep
            ```

            ```yaml bad file=shard1/prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100', 'node-2:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 3
                    target_label: __tmp_shard
                    action: hashmod
                  - source_labels: [__tmp_shard]
                    regex: '1'
                    action: keep
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              prometheus1:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./shard0/prometheus.yml:/etc/prometheus/prometheus.yml:ro
              prometheus2:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./shard1/prometheus.yml:/etc/prometheus/prometheus.yml:ro
            ```

            ```yaml good file=shard0/prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100', 'node-2:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 2
                    target_label: __tmp_shard
                    action: hashmod
                  - source_labels: [__tmp_shard]
                    regex: '0'
                    action: keep
            ```

            ```yaml good file=shard1/prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100', 'node-2:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 2
                    target_label: __tmp_shard
                    action: hashmod
                  - source_labels: [__tmp_shard]
                    regex: '1'
                    action: keep
            ```

            ## Suppress
            `# halint disable=shard/modulus-mismatch` on the line before or at the end of the offending line.
            """##,
        "shard/orphaned-shard": ##"""
            # shard/orphaned-shard

            **Severity:** warning

            Finds hashmod shard values that no Prometheus replica keeps. halint reads the
            replicas from docker-compose (each Prometheus service and the config it mounts)
            or, without compose, from the Prometheus configs given together; for every job
            that some replica shards (a `hashmod` into a label, then `keep` or `drop` on that
            label), it works out which values of `0 … modulus-1` each replica keeps. A value
            nobody keeps means the targets hashed to it are scraped by no one. When the shard
            label is not set by a valid `hashmod` (a typo in the action, say), halint assumes
            one value per replica and says so.

            ## Why
            Nothing fails: every replica is up, every config loads, dashboards show data, just
            not for the targets that hashed to the orphaned value. Their alerts never fire. The
            classic cause is one config file mounted into every replica, so all of them keep
            the same value.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              prometheus1:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
              prometheus2:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
            ```

            ```yaml bad file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100', 'node-2:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 2
                    target_label: __tmp_shard
                    action: hashmod
                  - source_labels: [__tmp_shard]
                    regex: '1'
                    action: keep
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              prometheus1:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./shard0/prometheus.yml:/etc/prometheus/prometheus.yml:ro
              prometheus2:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./shard1/prometheus.yml:/etc/prometheus/prometheus.yml:ro
            ```

            ```yaml good file=shard0/prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100', 'node-2:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 2
                    target_label: __tmp_shard
                    action: hashmod
                  - source_labels: [__tmp_shard]
                    regex: '0'
                    action: keep
            ```

            ```yaml good file=shard1/prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100', 'node-2:9100']
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 2
                    target_label: __tmp_shard
                    action: hashmod
                  - source_labels: [__tmp_shard]
                    regex: '1'
                    action: keep
            ```

            ## Suppress
            `# halint disable=shard/orphaned-shard` on the line before or at the end of the offending line.
            """##,
        "shard/unstable-hashmod-source": ##"""
            # shard/unstable-hashmod-source

            **Severity:** warning

            Finds `hashmod` steps over labels that change while a target lives: discovery
            labels describing a state (ending in `_ready`, `_phase`, `_status`, `_state`,
            `_health`, `_serving`, `_terminating`, `_uid`, `_container_id`), and `__address__`
            when the job's targets come from DNS SRV records or from Consul, Nomad, Marathon,
            Docker Swarm, Eureka, Kuma, Nerve or Serverset, whose ports are assigned by the
            platform and change when a service is rescheduled.

            ## Why
            Every change of the hashed value can move the target to another shard. For a
            while the old replica has stopped scraping it and the new one has not started (a
            gap, and alerts on absent series), or both scrape it (duplicates). Hash labels that
            identify the target for its whole life.

            ## Bad
            ```yaml bad file=prometheus.yml
            scrape_configs:
              - job_name: pods
                kubernetes_sd_configs:
                  - role: pod
                relabel_configs:
                  - source_labels: [__meta_kubernetes_pod_ready]
                    modulus: 2
                    target_label: __tmp_shard
                    action: hashmod
                  - source_labels: [__tmp_shard]
                    regex: '0'
                    action: keep
            ```

            ## Good
            ```yaml good file=prometheus.yml
            scrape_configs:
              - job_name: pods
                kubernetes_sd_configs:
                  - role: pod
                relabel_configs:
                  - source_labels: [__address__]
                    modulus: 2
                    target_label: __tmp_shard
                    action: hashmod
                  - source_labels: [__tmp_shard]
                    regex: '0'
                    action: keep
            ```

            ## Suppress
            `# halint disable=shard/unstable-hashmod-source` on the line before or at the end of the offending line.
            """##,
        "shard/unused-env-var": ##"""
            # shard/unused-env-var

            **Severity:** warning

            Finds SHARD-like environment variables (names containing SHARD, HASHMOD or
            MODULUS) given to a Prometheus container in docker-compose that nothing reads:
            the config does not use them in `global.external_labels`, the only place
            Prometheus expands environment variables, and the command does not mention them.
            Services with a custom image or entrypoint are skipped, since a script may read
            the variable.

            ## Why
            Relabel rules cannot read environment variables, so `SHARD=1` on one container
            and `SHARD=2` on the other change nothing: if both mount the same config, both keep
            the same shard. The variables make the setup look sharded while it is not. Give
            each replica its own config (or render it from the variable before Prometheus
            starts), or at least put the variable into an external label so the series say
            which shard wrote them.

            ## Bad
            ```yaml bad file=docker-compose.yml
            services:
              prometheus1:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                environment:
                  - SHARD=0
            ```

            ```yaml bad file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100']
            ```

            ## Good
            ```yaml good file=docker-compose.yml
            services:
              prometheus1:
                image: prom/prometheus:v3.5.0
                volumes:
                  - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                environment:
                  - SHARD=0
            ```

            ```yaml good file=prometheus.yml
            global:
              external_labels:
                shard: '${SHARD}'
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-1:9100']
            ```

            ## Suppress
            `# halint disable=shard/unused-env-var` on the line before or at the end of the offending line.
            """##,
        "yaml/duplicate-key": ##"""
            # yaml/duplicate-key

            **Severity:** error

            A mapping defines the same key twice. The finding points at the second key and
            notes where the first one is.

            ## Why
            Prometheus (`field scrape_configs already set in type config.plain`) and
            Alertmanager reject the file. Tools that accept it silently keep only one of the
            values, which is how half a scrape configuration disappears in a merge.

            ## Bad
            ```yaml bad file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
            scrape_configs:
              - job_name: prometheus
                static_configs:
                  - targets: ['localhost:9090']
            ```

            ## Good
            ```yaml good file=prometheus.yml
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
              - job_name: prometheus
                static_configs:
                  - targets: ['localhost:9090']
            ```

            ## Suppress
            `# halint disable=yaml/duplicate-key` on the line before the second key.
            """##,
        "yaml/syntax": ##"""
            # yaml/syntax

            **Severity:** error

            The file is not well-formed YAML, so nothing else in it can be checked: bad
            indentation, a tab used for indentation, an unclosed quote or bracket, an alias
            to an anchor that does not exist, or input that is not UTF-8 text. halint also
            refuses documents nested deeper than 512 levels or whose aliases expand to more
            than a million nodes (the "billion laughs" attack). This finding makes the run
            exit with code 2, like any input that cannot be read.

            ## Why
            Prometheus and Alertmanager refuse to start (or to reload) with such a file, and
            a reload failure leaves the old configuration running silently.

            ## Bad
            ```yaml bad file=prometheus.yml
            global:
            	scrape_interval: 15s
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100'
            ```

            ## Good
            ```yaml good file=prometheus.yml
            global:
              scrape_interval: 15s
            scrape_configs:
              - job_name: node
                static_configs:
                  - targets: ['node-exporter:9100']
            ```

            ## Suppress
            A syntax error cannot be suppressed: fix the file.
            """##,
    ]
}
