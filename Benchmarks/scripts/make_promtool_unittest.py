#!/usr/bin/env python3
"""Write a promtool rule unit-test benchmark modelled on
../shared/corpus/bench/promtool-unittest-50x1000.

Usage: make_promtool_unittest.py RULES STEPS OUT_DIR

RULES alerting rules `bench_metric_NNN > threshold` (for: 5m), one input
series each with STEPS+1 samples at 1m (`0+1xSTEPS`), and per rule three alert
tests: at the threshold (not yet returned), 3m later (pending, so no firing
alert) and at STEPSm (firing); plus a promql_expr_test on every tenth series
at STEPSm. Thresholds are 100 + 7*(i mod 100) minutes, so every rule fires
within 1,000 steps. `make_promtool_unittest.py 50 1000 DIR` reproduces the
shared 50x1000 files byte for byte.
"""
import os
import sys


def main():
    rules, steps, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    os.makedirs(out, exist_ok=True)
    thresholds = [100 + 7 * (i % 100) for i in range(rules)]
    with open(os.path.join(out, "bench_rules.yml"), "w") as f:
        f.write("groups:\n- name: bench-alerts\n  interval: 1m\n  rules:\n")
        for i, threshold in enumerate(thresholds):
            f.write(
                f"  - alert: BenchAlert{i:03d}\n"
                f"    expr: bench_metric_{i:03d} > {threshold}\n"
                "    for: 5m\n"
                "    labels:\n"
                "      severity: warning\n"
                "    annotations:\n"
                '      summary: "bench {{ $labels.instance }} above threshold"\n')
    with open(os.path.join(out, "bench_test.yml"), "w") as f:
        f.write("rule_files:\n  - bench_rules.yml\nevaluation_interval: 1m\ntests:\n- interval: 1m\n  input_series:\n")
        for i in range(rules):
            f.write(
                f"  - series: 'bench_metric_{i:03d}{{job=\"bench\", instance=\"host{i:03d}\"}}'\n"
                f"    values: '0+1x{steps}'\n")
        f.write("  alert_rule_test:\n")
        for i, threshold in enumerate(thresholds):
            for t in (threshold, threshold + 3):
                f.write(f"  - eval_time: {t}m\n    alertname: BenchAlert{i:03d}\n    exp_alerts: []\n")
            f.write(
                f"  - eval_time: {steps}m\n"
                f"    alertname: BenchAlert{i:03d}\n"
                "    exp_alerts:\n"
                "    - exp_labels:\n"
                "        severity: warning\n"
                "        job: bench\n"
                f"        instance: host{i:03d}\n"
                "      exp_annotations:\n"
                f'        summary: "bench host{i:03d} above threshold"\n')
        f.write("  promql_expr_test:\n")
        for i in range(0, rules, 10):
            f.write(
                f"  - expr: bench_metric_{i:03d}\n"
                f"    eval_time: {steps}m\n"
                "    exp_samples:\n"
                f"    - labels: 'bench_metric_{i:03d}{{job=\"bench\", instance=\"host{i:03d}\"}}'\n"
                f"      value: {steps}\n")


if __name__ == "__main__":
    main()
