"""The PromQL metric-name reader the deploy tests rely on (``deploy_support.metric_names``).

The dashboard and rule tests compare the names it returns with what the worker exports; if
it missed names, those tests would pass without checking anything.
"""

from __future__ import annotations

import pytest
from deploy_support import Query, exported_metric_names, metric_names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("expr", "names"),
    [
        ("up", {"up"}),
        ('up{job="newsstream"} == 0', {"up"}),
        (
            "histogram_quantile(0.99, sum by (le) (rate(newsstream_alert_latency_seconds_bucket"
            '{job="newsstream"}[5m])))',
            {"newsstream_alert_latency_seconds_bucket"},
        ),
        (
            "sum(rate(a_total[1m])) by (job, le) / on (job) group_left (instance) b_total",
            {"a_total", "b_total"},
        ),
        ("count by (job) (x unless x offset 5m) > 0", {"x"}),
        ('max(w{topic=~"news.articles|rate"}) * 1000', {"w"}),
        ('label_replace(m, "dst", "sum", "src", "(.*)")', {"m"}),
        ("a and on () b or ignoring (le) c unless d", {"a", "b", "c", "d"}),
        ("vector(1) + scalar(time()) - 1e3 + Inf + NaN", set()),
        ("sum without (instance) (rate(c:rule_total[5m:30s]))", {"c:rule_total"}),
    ],
)
def test_metric_names_are_read_from_promql(expr: str, names: set[str]) -> None:
    assert metric_names(expr) == names


def test_grafana_variables_are_replaced_for_prometheus() -> None:
    query = Query("x", "rate(a_total[$__rate_interval]) + increase(b_total[$__range])")

    assert query.promql == "rate(a_total[1m]) + increase(b_total[1h])"


def test_exported_names_follow_prometheus_suffix_rules() -> None:
    names = exported_metric_names()

    assert "newsstream_articles_consumed_total" in names
    assert "newsstream_articles_consumed" not in names
    assert {
        "newsstream_alert_latency_seconds_bucket",
        "newsstream_alert_latency_seconds_sum",
        "newsstream_alert_latency_seconds_count",
    } <= names
    assert {"newsstream_agreements", "newsstream_consumer_lag_messages"} <= names
