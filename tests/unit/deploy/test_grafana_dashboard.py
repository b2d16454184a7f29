"""The Grafana dashboard (``deploy/grafana/dashboards/newsstream.json``) and its provisioning.

Structure only; ``tests/integration/deploy`` runs every panel's query on a real Prometheus
scraping a real worker.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

import pytest
from deploy_support import (
    COMPOSE,
    DASHBOARD,
    DASHBOARD_PROVISIONING,
    DATASOURCE_PROVISIONING,
    GRAFANA_VARIABLES,
    REPO_ROOT,
    SCRAPE_SERIES,
    dashboard,
    dashboard_queries,
    exported_metric_names,
    load_yaml,
    metric_names,
    panels,
)

pytestmark = pytest.mark.unit


def _datasource() -> dict[str, Any]:
    (source,) = load_yaml(DATASOURCE_PROVISIONING)["datasources"]
    assert isinstance(source, dict)
    return source


def _grafana_mounts() -> dict[str, str]:
    """Container path -> repository-relative host path of the grafana service's mounts."""
    mounts: dict[str, str] = {}
    for volume in load_yaml(COMPOSE)["services"]["grafana"]["volumes"]:
        host, container, *_ = volume.split(":")
        mounts[container] = host
    return mounts


def test_dashboard_is_well_formed_json_with_identity() -> None:
    board = json.loads(DASHBOARD.read_text("utf-8"))

    assert board["uid"] == "newsstream"
    assert board["title"]
    assert isinstance(board["schemaVersion"], int)
    assert board["panels"], "no panels"


def test_every_panel_has_the_provisioned_datasource_and_a_query() -> None:
    source = _datasource()
    expected = {"type": "prometheus", "uid": source["uid"]}

    for panel in panels():
        title = panel.get("title")
        assert title, f"panel {panel.get('id')} has no title"
        assert panel.get("datasource") == expected, title
        targets = panel.get("targets") or []
        assert targets, f"{title}: no target"
        ref_ids = [target["refId"] for target in targets]
        assert len(set(ref_ids)) == len(ref_ids), f"{title}: duplicate refId"
        for target in targets:
            assert target.get("expr", "").strip(), f"{title}: empty query"
            assert target.get("datasource", expected) == expected, title


def test_panels_have_unique_ids_and_do_not_overlap_on_the_grid() -> None:
    found = panels()
    ids = [panel["id"] for panel in found]
    assert len(set(ids)) == len(ids)
    cells: dict[tuple[int, int], str] = {}
    for panel in found:
        grid = panel["gridPos"]
        assert grid["x"] >= 0 and grid["x"] + grid["w"] <= 24, panel["title"]
        for x in range(grid["x"], grid["x"] + grid["w"]):
            for y in range(grid["y"], grid["y"] + grid["h"]):
                other = cells.setdefault((x, y), panel["title"])
                assert other == panel["title"], f"{panel['title']!r} overlaps {other!r}"


def test_queries_use_only_variables_grafana_provides() -> None:
    for query in dashboard_queries():
        leftover = re.findall(r"\$\w+", query.promql)
        assert not leftover, f"{query.origin}: {leftover} (known: {sorted(GRAFANA_VARIABLES)})"


def test_dashboard_shows_every_metric_the_worker_exports() -> None:
    used = set().union(*(metric_names(query.expr) for query in dashboard_queries()))
    exported = exported_metric_names()
    # The committed offset is for the stuck-consumer alert; the histograms' _sum and
    # _count are covered by their quantiles.
    wanted = {
        name
        for name in exported
        if not name.endswith(("_sum", "_count")) and name != "newsstream_consumer_committed_offset"
    }

    assert wanted - used == set(), "metrics without a panel"
    assert used - exported - SCRAPE_SERIES == set(), "panels query metrics nobody exports"


def _panel_using(metric: str, *fragments: str) -> dict[str, Any]:
    for panel in panels():
        exprs = [target["expr"] for target in panel["targets"]]
        if any(metric in metric_names(e) and all(f in e for f in fragments) for e in exprs):
            return panel
    pytest.fail(f"no panel queries {metric} with {fragments}")


@pytest.mark.parametrize(
    ("metric", "fragments"),
    [
        ("newsstream_articles_consumed_total", ("by (outcome)", "rate(")),
        ("newsstream_dead_letters_total", ("by (reason)", "rate(")),
        ("newsstream_alerts_emitted_total", ("by (status)",)),
        ("newsstream_agreements", ("by (status)",)),
        ("newsstream_consumer_lag_messages", ()),
        ("up", ('job="newsstream"',)),
    ],
)
def test_required_panels_exist(metric: str, fragments: tuple[str, ...]) -> None:
    panel = _panel_using(metric, *fragments)
    assert panel["title"]


@pytest.mark.parametrize(
    "histogram", ["newsstream_alert_latency_seconds", "newsstream_extraction_duration_seconds"]
)
def test_latency_panels_show_p50_p90_p99_in_seconds(histogram: str) -> None:
    panel = _panel_using(f"{histogram}_bucket")
    quantiles = {
        float(match)
        for target in panel["targets"]
        for match in re.findall(r"histogram_quantile\(\s*([0-9.]+)", target["expr"])
    }

    assert quantiles == {0.5, 0.9, 0.99}
    assert all("by (le)" in target["expr"] for target in panel["targets"])
    assert panel["fieldConfig"]["defaults"]["unit"] == "s"


def test_datasource_points_at_the_compose_prometheus() -> None:
    source = _datasource()
    url = urlsplit(source["url"])
    prometheus = load_yaml(COMPOSE)["services"]["prometheus"]
    container_ports = {int(str(port).rsplit(":", 1)[-1]) for port in prometheus["ports"]}

    assert source["type"] == "prometheus"
    assert source["access"] == "proxy"
    assert url.hostname == "prometheus"
    assert url.port in container_ports


def test_provisioning_paths_exist_in_the_repository() -> None:
    mounts = _grafana_mounts()

    provisioning = REPO_ROOT / mounts["/etc/grafana/provisioning"]
    assert provisioning.resolve() == DATASOURCE_PROVISIONING.parent.parent.resolve()
    assert (provisioning / "datasources" / DATASOURCE_PROVISIONING.name).is_file()
    assert (provisioning / "dashboards" / DASHBOARD_PROVISIONING.name).is_file()

    (provider,) = load_yaml(DASHBOARD_PROVISIONING)["providers"]
    assert provider["type"] == "file"
    container_dir = provider["options"]["path"]
    assert container_dir in mounts, f"{container_dir} is not mounted into grafana"
    host_dir = REPO_ROOT / mounts[container_dir]
    assert (host_dir / DASHBOARD.name).resolve() == DASHBOARD.resolve()


def test_grafana_home_dashboard_is_the_provisioned_file() -> None:
    environment = load_yaml(COMPOSE)["services"]["grafana"]["environment"]
    home = environment["GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"]
    mounts = _grafana_mounts()
    folder, _, name = home.rpartition("/")

    assert (REPO_ROOT / mounts[folder] / name).resolve() == DASHBOARD.resolve()
    assert dashboard()["uid"] == "newsstream"
