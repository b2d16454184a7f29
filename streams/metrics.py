"""The pipeline's domain metrics, in Prometheus base units.

``PipelineMetrics.create(registry)`` registers every metric on the registry it is given
(never on prometheus_client's global one), so each worker, and each test, owns a fresh
``CollectorRegistry`` and nothing is registered at import time. Labels are low-cardinality
by construction: outcomes, reason codes, statuses and topic roles, never ids.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from processors.model import STATUSES

EXTRACTION_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
"""Seconds per article: extraction is pure Python on one article, normally milliseconds."""

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
"""Seconds from an article's arrival on the input topic to its alert, two hops through Kafka."""


@dataclass(frozen=True, slots=True)
class PipelineMetrics:
    """Every domain metric of the worker, registered on one registry."""

    articles_consumed: Counter
    """``newsstream_articles_consumed_total{outcome, reason}``: outcome ``processed`` or ``dlq``."""
    statements_extracted: Counter
    observations_extracted: Counter
    """By ``status``."""
    alerts_emitted: Counter
    """By ``status``; re-emissions of an alert after a redelivery count again."""
    agreements: Gauge
    """Agreement instances held by this worker, by current ``status``."""
    extraction_seconds: Histogram
    alert_latency_seconds: Histogram
    dead_letters: Counter
    """``newsstream_dead_letters_total{source, reason}``; source is the input's role."""
    event_time_watermark_seconds: Gauge
    """The latest event time (Unix seconds) the clock has been advanced to."""

    @classmethod
    def create(cls, registry: CollectorRegistry) -> PipelineMetrics:
        """Register the metrics on ``registry`` (once per registry)."""
        metrics = cls(
            articles_consumed=Counter(
                "newsstream_articles_consumed",
                "Articles read from the input topic, by outcome (processed or dlq) and reason.",
                ["outcome", "reason"],
                registry=registry,
            ),
            statements_extracted=Counter(
                "newsstream_statements_extracted",
                "Statements extracted from articles and published.",
                registry=registry,
            ),
            observations_extracted=Counter(
                "newsstream_observations_extracted",
                "Agreement status observations extracted and published, by status.",
                ["status"],
                registry=registry,
            ),
            alerts_emitted=Counter(
                "newsstream_alerts_emitted",
                "Alerts published on the alerts topic, by new status.",
                ["status"],
                registry=registry,
            ),
            agreements=Gauge(
                "newsstream_agreements",
                "Agreement instances held by this worker, by their current status.",
                ["status"],
                registry=registry,
            ),
            extraction_seconds=Histogram(
                "newsstream_extraction_duration_seconds",
                "Time to extract statements and observations from one article.",
                buckets=EXTRACTION_BUCKETS,
                registry=registry,
            ),
            alert_latency_seconds=Histogram(
                "newsstream_alert_latency_seconds",
                "From the article's arrival on the input topic (its Kafka timestamp) to its alert.",
                buckets=LATENCY_BUCKETS,
                registry=registry,
            ),
            dead_letters=Counter(
                "newsstream_dead_letters",
                "Messages sent to the dead-letter topic, by input (articles, observations, ticks)"
                " and reason.",
                ["source", "reason"],
                registry=registry,
            ),
            event_time_watermark_seconds=Gauge(
                "newsstream_event_time_watermark_seconds",
                "Latest article event time (Unix seconds) that has advanced the tracker clock.",
                registry=registry,
            ),
        )
        # Every status is exported from the start, so a dashboard shows 0 rather than no data.
        for status in STATUSES:
            metrics.agreements.labels(status=status).set(0)
        return metrics

    def set_agreement_counts(self, counts: Mapping[str, int]) -> None:
        """Replace the per-status gauge with ``counts`` (statuses not named are set to 0)."""
        for status in STATUSES:
            self.agreements.labels(status=status).set(counts.get(status, 0))
