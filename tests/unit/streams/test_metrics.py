"""The domain metrics: names, units, labels, and one registry per worker."""

from __future__ import annotations

import pytest
from prometheus_client import REGISTRY, CollectorRegistry, generate_latest

from processors.model import STATUSES
from streams.metrics import PipelineMetrics

pytestmark = pytest.mark.unit


def test_every_metric_is_on_the_registry_given_and_prefixed() -> None:
    registry = CollectorRegistry()
    PipelineMetrics.create(registry)

    names = {m.name for m in registry.collect()}
    assert names == {
        "newsstream_articles_consumed",
        "newsstream_statements_extracted",
        "newsstream_observations_extracted",
        "newsstream_alerts_emitted",
        "newsstream_agreements",
        "newsstream_extraction_duration_seconds",
        "newsstream_alert_latency_seconds",
        "newsstream_dead_letters",
        "newsstream_event_time_watermark_seconds",
    }
    assert not [n for n in REGISTRY._names_to_collectors if n.startswith("newsstream")]


def test_counters_end_in_total_and_durations_are_in_seconds() -> None:
    registry = CollectorRegistry()
    metrics = PipelineMetrics.create(registry)
    metrics.articles_consumed.labels(outcome="processed", reason="").inc()
    metrics.extraction_seconds.observe(0.004)
    text = generate_latest(registry).decode()

    assert 'newsstream_articles_consumed_total{outcome="processed",reason=""} 1.0' in text
    assert 'newsstream_extraction_duration_seconds_bucket{le="0.005"} 1.0' in text


def test_a_registry_cannot_take_the_metrics_twice() -> None:
    registry = CollectorRegistry()
    PipelineMetrics.create(registry)

    with pytest.raises(ValueError, match="Duplicated"):
        PipelineMetrics.create(registry)


def test_the_status_gauge_is_replaced_as_a_whole() -> None:
    registry = CollectorRegistry()
    metrics = PipelineMetrics.create(registry)
    for status in STATUSES:
        assert registry.get_sample_value("newsstream_agreements", {"status": status}) == 0

    metrics.set_agreement_counts({"agreed": 2, "violated": 1})
    metrics.set_agreement_counts({"violated": 3})

    assert registry.get_sample_value("newsstream_agreements", {"status": "agreed"}) == 0
    assert registry.get_sample_value("newsstream_agreements", {"status": "violated"}) == 3
