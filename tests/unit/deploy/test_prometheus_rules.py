"""``deploy/prometheus``: the scrape config and the alert rules, checked by ``promtool``.

promtool comes from Debian's ``prometheus`` package (``scripts/check`` installs it); when it
is missing these tests fail with that hint, they never skip.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from deploy_support import (
    COMPOSE,
    PROMETHEUS_CONFIG,
    RULES,
    RULES_TEST,
    SCRAPE_SERIES,
    exported_metric_names,
    load_yaml,
    metric_names,
    promtool,
    rule_queries,
    rules,
)

pytestmark = pytest.mark.unit

ALERTS = {
    "NewsstreamWorkerDown",
    "NewsstreamConsumerLagStuck",
    "NewsstreamDeadLetterRateHigh",
    "NewsstreamAlertLatencyHigh",
    "NewsstreamNoArticles",
}


def test_promtool_accepts_the_scrape_config_and_finds_its_rule_file() -> None:
    result = promtool("check", "config", PROMETHEUS_CONFIG)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 rule files found" in result.stdout
    assert "SUCCESS" in result.stdout


def test_promtool_accepts_every_rule() -> None:
    result = promtool("check", "rules", RULES)

    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SUCCESS: {len(ALERTS)} rules found" in result.stdout


def test_rule_unit_tests_pass() -> None:
    result = promtool("test", "rules", RULES_TEST)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def test_promtool_failures_are_detected(tmp_path: Path) -> None:
    """The checks above would see a broken rule: promtool exits non-zero on one."""
    broken = tmp_path / "rules.yml"
    broken.write_text(
        "groups:\n  - name: x\n    rules:\n"
        "      - alert: Broken\n        expr: rate(newsstream_dead_letters_total[5m) > 1\n",
        "utf-8",
    )

    result = promtool("check", "rules", broken, cwd=tmp_path)

    assert result.returncode != 0
    assert "Broken" in result.stdout + result.stderr or "parse" in result.stderr


def test_the_five_alerts_are_defined_with_severity_and_explanation() -> None:
    defined = {rule["alert"]: rule for rule in rules()}

    assert set(defined) == ALERTS
    for name, rule in defined.items():
        assert rule["labels"]["severity"] in {"critical", "warning"}, name
        assert rule["annotations"]["summary"].strip(), name
        assert rule["annotations"]["description"].strip(), name
        assert 'job="newsstream"' in rule["expr"], f"{name} must select the newsstream job"


def test_rule_tests_cover_firing_and_quiet_cases_for_every_alert() -> None:
    firing: set[str] = set()
    quiet: set[str] = set()
    for case in load_yaml(RULES_TEST)["tests"]:
        for check in case.get("alert_rule_test", []):
            (firing if check.get("exp_alerts") else quiet).add(check["alertname"])

    assert load_yaml(RULES_TEST)["rule_files"] == ["rules.yml"]
    assert firing == ALERTS, f"no firing case for {ALERTS - firing}"
    assert quiet == ALERTS, f"no quiet case for {ALERTS - quiet}"


def test_rules_only_use_metrics_the_worker_exports() -> None:
    exported = exported_metric_names() | SCRAPE_SERIES
    used = {query.origin: metric_names(query.expr) for query in rule_queries()}

    assert all(used.values()), f"a rule selects no metric: {used}"
    for origin, names in used.items():
        assert names <= exported, f"{origin} uses {names - exported}, not exported"


def _compose() -> dict[str, Any]:
    compose: dict[str, Any] = load_yaml(COMPOSE)
    return compose


def test_scrape_config_targets_the_compose_worker_and_its_metrics_page() -> None:
    config = load_yaml(PROMETHEUS_CONFIG)
    (job,) = config["scrape_configs"]
    worker = _compose()["services"]["worker"]

    assert job["job_name"] == "newsstream"
    assert job.get("metrics_path", "/metrics") == "/metrics"
    (static,) = job["static_configs"]
    assert static["targets"] == [f"worker:{worker['environment']['NEWSSTREAM_WEB_PORT']}"]
    assert config["rule_files"] == ["rules.yml"]
    assert (PROMETHEUS_CONFIG.parent / "rules.yml").is_file()
