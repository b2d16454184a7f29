"""The consumer-lag collector (``streams.lag``), on stub consumers shaped like Faust's.

The stubs expose exactly what the collector reads from a running app: ``consumer.assignment()``,
``consumer.highwater(tp)``, ``consumer._committed_offset`` and ``monitor.tp_committed_offsets``;
``test_stub_mirrors_faust`` checks that a real ``faust.App`` has the same attributes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import faust
import pytest
from faust.exceptions import ConsumerNotStarted
from faust.types import TP
from prometheus_client import CollectorRegistry, generate_latest

from streams.lag import (
    COMMITTED_METRIC,
    LAG_METRIC,
    ConsumerLagCollector,
    read_partition_lags,
    register_lag_collector,
)

pytestmark = pytest.mark.unit

ARTICLES_0 = TP("news.articles", 0)
ARTICLES_1 = TP("news.articles", 1)
OBSERVATIONS_0 = TP("news.agreement-observations", 0)
CHANGELOG_0 = TP("newsstream-agreements-changelog", 0)


class StubConsumer:
    """Faust's consumer as the collector sees it (aiokafka driver semantics)."""

    def __init__(
        self, highwaters: Mapping[TP, int | None], committed: Mapping[TP, int] | None = None
    ) -> None:
        self.highwaters = dict(highwaters)
        self._committed_offset: defaultdict[TP, int | None] = defaultdict(lambda: None)
        self._committed_offset.update(committed or {})
        self.started = True

    def assignment(self) -> set[TP]:
        if not self.started:
            raise ConsumerNotStarted("Consumer thread not yet started")
        return set(self.highwaters)

    def highwater(self, tp: TP) -> int | None:
        # aiokafka asserts that the partition is assigned.
        assert tp in self.highwaters, "Partition is not assigned"
        return self.highwaters[tp]


@dataclass
class StubMonitor:
    tp_committed_offsets: dict[TP, int] = field(default_factory=dict)


@dataclass
class StubApp:
    consumer: Any
    monitor: StubMonitor = field(default_factory=StubMonitor)


def scrape(app: Any) -> CollectorRegistry:
    registry = CollectorRegistry()
    register_lag_collector(app, registry)
    return registry


def lag(registry: CollectorRegistry, tp: TP) -> float | None:
    labels = {"topic": tp.topic, "partition": str(tp.partition)}
    return registry.get_sample_value(LAG_METRIC, labels)


def committed(registry: CollectorRegistry, tp: TP) -> float | None:
    labels = {"topic": tp.topic, "partition": str(tp.partition)}
    return registry.get_sample_value(COMMITTED_METRIC, labels)


def test_lag_is_highwater_minus_committed_per_assigned_partition() -> None:
    consumer = StubConsumer(
        {ARTICLES_0: 120, ARTICLES_1: 40, OBSERVATIONS_0: 7},
        committed={ARTICLES_0: 100, ARTICLES_1: 40, OBSERVATIONS_0: 2},
    )
    registry = scrape(StubApp(consumer))

    assert lag(registry, ARTICLES_0) == 20
    assert lag(registry, ARTICLES_1) == 0
    assert lag(registry, OBSERVATIONS_0) == 5
    assert committed(registry, ARTICLES_0) == 100
    assert committed(registry, OBSERVATIONS_0) == 2


def test_exposition_names_the_metric_with_topic_and_partition_labels() -> None:
    consumer = StubConsumer({ARTICLES_1: 9}, committed={ARTICLES_1: 4})
    text = generate_latest(scrape(StubApp(consumer))).decode()

    assert f"# TYPE {LAG_METRIC} gauge" in text
    assert f'{LAG_METRIC}{{partition="1",topic="news.articles"}} 5.0' in text


def test_lag_follows_the_consumer_between_scrapes() -> None:
    consumer = StubConsumer({ARTICLES_0: 50}, committed={ARTICLES_0: 10})
    registry = scrape(StubApp(consumer))
    assert lag(registry, ARTICLES_0) == 40

    consumer._committed_offset[ARTICLES_0] = 45
    consumer.highwaters[ARTICLES_0] = 60
    assert lag(registry, ARTICLES_0) == 15
    assert committed(registry, ARTICLES_0) == 45


def test_consumer_commit_wins_over_a_stale_monitor_value() -> None:
    # The partition went to another worker, which committed up to 90, and came back: the
    # monitor still remembers this worker's old commit (30), Faust reloaded 90 from Kafka.
    consumer = StubConsumer({ARTICLES_0: 90}, committed={ARTICLES_0: 90})
    monitor = StubMonitor({ARTICLES_0: 30})

    assert lag(scrape(StubApp(consumer, monitor)), ARTICLES_0) == 0


def test_monitor_commits_are_used_when_the_consumer_has_none() -> None:
    consumer = StubConsumer({ARTICLES_0: 90})
    monitor = StubMonitor({ARTICLES_0: 60})

    assert lag(scrape(StubApp(consumer, monitor)), ARTICLES_0) == 30


def test_monitor_commits_are_used_when_the_consumer_lacks_the_internal_map() -> None:
    consumer = StubConsumer({ARTICLES_0: 90})
    del consumer._committed_offset  # a Faust release without the internal attribute
    monitor = StubMonitor({ARTICLES_0: 85})

    assert lag(scrape(StubApp(consumer, monitor)), ARTICLES_0) == 5


def test_partitions_without_commit_or_highwater_have_no_series() -> None:
    consumer = StubConsumer(
        {ARTICLES_0: None, CHANGELOG_0: 300, OBSERVATIONS_0: 3},
        committed={ARTICLES_0: 10, OBSERVATIONS_0: 3},
    )
    registry = scrape(StubApp(consumer))

    assert lag(registry, ARTICLES_0) is None, "no fetch yet: unknown, not 0"
    assert lag(registry, CHANGELOG_0) is None, "never committed: unknown"
    assert lag(registry, OBSERVATIONS_0) == 0
    # Reading must not add entries to Faust's defaultdict.
    assert CHANGELOG_0 not in consumer._committed_offset


def test_revoked_partitions_are_not_reported() -> None:
    consumer = StubConsumer({ARTICLES_1: 5}, committed={ARTICLES_1: 5})
    monitor = StubMonitor({ARTICLES_0: 10, ARTICLES_1: 5})  # ARTICLES_0 was revoked

    registry = scrape(StubApp(consumer, monitor))

    assert lag(registry, ARTICLES_0) is None
    assert lag(registry, ARTICLES_1) == 0


def test_a_stale_highwater_behind_the_commit_gives_zero_not_negative_lag() -> None:
    consumer = StubConsumer({ARTICLES_0: 10}, committed={ARTICLES_0: 12})

    assert lag(scrape(StubApp(consumer)), ARTICLES_0) == 0


def test_a_partition_revoked_during_the_scrape_is_skipped_and_the_others_reported() -> None:
    class Racing(StubConsumer):
        def highwater(self, tp: TP) -> int | None:
            if tp == ARTICLES_0:
                raise AssertionError("Partition is not assigned")
            return super().highwater(tp)

    consumer = Racing({ARTICLES_0: 10, ARTICLES_1: 8}, committed={ARTICLES_0: 1, ARTICLES_1: 2})
    registry = scrape(StubApp(consumer))

    assert lag(registry, ARTICLES_0) is None
    assert lag(registry, ARTICLES_1) == 6


def test_a_consumer_that_is_not_started_gives_an_empty_family_not_an_error() -> None:
    consumer = StubConsumer({ARTICLES_0: 10}, committed={ARTICLES_0: 1})
    consumer.started = False

    text = generate_latest(scrape(StubApp(consumer))).decode()

    assert f"# TYPE {LAG_METRIC} gauge" in text
    assert f"{LAG_METRIC}{{" not in text


def test_registration_does_not_touch_the_consumer_and_only_works_once() -> None:
    class NotYet:
        @property
        def consumer(self) -> Any:
            raise AssertionError("the consumer must not be read before the first scrape")

    registry = CollectorRegistry()
    collector = register_lag_collector(NotYet(), registry)
    assert isinstance(collector, ConsumerLagCollector)
    with pytest.raises(ValueError, match="Duplicated timeseries"):
        register_lag_collector(NotYet(), registry)


def test_read_partition_lags_is_sorted_by_topic_and_partition() -> None:
    consumer = StubConsumer(
        {ARTICLES_1: 3, OBSERVATIONS_0: 3, ARTICLES_0: 3},
        committed={ARTICLES_1: 1, OBSERVATIONS_0: 2, ARTICLES_0: 0},
    )
    got = [(p.topic, p.partition, p.lag) for p in read_partition_lags(StubApp(consumer))]

    assert got == [
        ("news.agreement-observations", 0, 1),
        ("news.articles", 0, 3),
        ("news.articles", 1, 2),
    ]


def test_stub_mirrors_faust() -> None:
    """The attributes the collector reads exist, with these shapes, on a real Faust app."""
    app = faust.App("lag-contract", broker="kafka://127.0.0.1:1", web_enabled=False)
    consumer: Any = app.consumer

    assert callable(consumer.assignment)
    assert callable(consumer.highwater)
    assert isinstance(consumer._committed_offset, defaultdict)
    assert consumer._committed_offset[ARTICLES_0] is None
    assert isinstance(app.monitor.tp_committed_offsets, dict)
    # Before the worker starts, collecting is harmless and empty.
    assert read_partition_lags(app) == []
