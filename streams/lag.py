"""Consumer lag of the running worker, as a Prometheus custom collector.

``register_lag_collector(app, registry)`` adds a collector to the worker's registry that,
at every scrape, reads the Faust app's consumer and exports, for each partition assigned to
this worker whose committed offset is known:

- ``newsstream_consumer_lag_messages{topic, partition}``: highwater minus committed offset,
  the records on the partition this worker's group has not committed yet (never negative);
- ``newsstream_consumer_committed_offset{topic, partition}``: the committed offset itself, so
  an alert can tell a consumer that is behind but moving from one that is stuck.

Where the numbers come from (faust-streaming 0.15, aiokafka driver):

- ``app.consumer.assignment()`` and ``app.consumer.highwater(tp)`` are the public, synchronous
  consumer API. The highwater is the broker's end offset as of the last fetch response for
  the partition (the last stable offset under exactly-once); it is ``None`` until the first
  fetch, and such a partition is left out rather than reported as lag 0.
- The committed offset is the one Faust itself commits from: ``app.consumer._committed_offset``
  (a Faust internal, read defensively), which is loaded from the broker when a partition is
  assigned and updated on every commit. When it is not there, the public
  ``app.monitor.tp_committed_offsets`` (updated on this worker's commits) is used. The
  monitor alone is not enough: it keeps offsets of partitions that were revoked and come back
  later, and knows nothing of a partition until this worker commits on it.

Partitions without a committed offset (a changelog partition, an input this group has never
committed) have no series. Collecting never raises: a consumer that is not started, or a
partition revoked between two reads, gives fewer series, not a failed ``/metrics`` page
(which Prometheus would record as the worker being down).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from prometheus_client import CollectorRegistry
from prometheus_client.core import GaugeMetricFamily, Metric

LAG_METRIC = "newsstream_consumer_lag_messages"
COMMITTED_METRIC = "newsstream_consumer_committed_offset"
LABELS = ("topic", "partition")

LAG_HELP = (
    "Records on an assigned partition not yet committed by this worker's consumer group "
    "(highwater minus committed offset)."
)
COMMITTED_HELP = "Committed offset of an assigned partition (the next record to process)."

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PartitionLag:
    """One assigned partition's position, as read at scrape time."""

    topic: str
    partition: int
    highwater: int
    committed: int

    @property
    def lag(self) -> int:
        """Records not committed yet; 0 when the (cached) highwater is behind the commit."""
        return max(self.highwater - self.committed, 0)


def _offset(offsets: object, tp: object) -> int | None:
    """``offsets[tp]`` when ``offsets`` is a mapping holding an int for ``tp``.

    ``.get`` and not ``[]``: Faust's offset maps are ``defaultdict``s, and a lookup must not
    add entries to them.
    """
    if not isinstance(offsets, Mapping):
        return None
    value = offsets.get(tp)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def committed_offset(app: Any, tp: object) -> int | None:
    """The committed offset of ``tp`` known to the worker, or ``None``."""
    consumer = app.consumer
    found = _offset(getattr(consumer, "_committed_offset", None), tp)
    if found is None:
        monitor = getattr(app, "monitor", None)
        found = _offset(getattr(monitor, "tp_committed_offsets", None), tp)
    return found


def read_partition_lags(app: Any) -> list[PartitionLag]:
    """The position of every assigned partition with a known highwater and commit, sorted."""
    try:
        consumer = app.consumer
        assigned = list(consumer.assignment())
    except Exception:  # not started, or rebalancing: nothing to report yet
        logger.debug("consumer assignment unavailable", exc_info=True)
        return []
    lags: list[PartitionLag] = []
    for tp in assigned:
        try:
            highwater = consumer.highwater(tp)
            committed = committed_offset(app, tp)
            topic, partition = str(tp.topic), int(tp.partition)
        except Exception:  # e.g. revoked since assignment() was read
            logger.debug("no position for %r", tp, exc_info=True)
            continue
        if not isinstance(highwater, int) or committed is None:
            continue
        lags.append(PartitionLag(topic, partition, highwater, committed))
    lags.sort(key=lambda p: (p.topic, p.partition))
    return lags


class ConsumerLagCollector:
    """A prometheus-client custom collector over a Faust app's consumer."""

    def __init__(self, app: Any) -> None:
        self._app = app

    def describe(self) -> Iterable[Metric]:
        """The families this collector exports, without samples.

        With ``describe`` the registry does not call ``collect`` at registration, which
        would touch the consumer before the app has started.
        """
        return [
            GaugeMetricFamily(LAG_METRIC, LAG_HELP, labels=LABELS),
            GaugeMetricFamily(COMMITTED_METRIC, COMMITTED_HELP, labels=LABELS),
        ]

    def collect(self) -> Iterator[Metric]:
        """One lag and one committed-offset sample per assigned partition that has both."""
        lag = GaugeMetricFamily(LAG_METRIC, LAG_HELP, labels=LABELS)
        committed = GaugeMetricFamily(COMMITTED_METRIC, COMMITTED_HELP, labels=LABELS)
        for part in read_partition_lags(self._app):
            labels = [part.topic, str(part.partition)]
            lag.add_metric(labels, part.lag)
            committed.add_metric(labels, part.committed)
        yield lag
        yield committed


def register_lag_collector(app: Any, registry: CollectorRegistry) -> ConsumerLagCollector:
    """Export ``app``'s consumer lag on ``registry``; returns the collector.

    Call once per registry (a second call raises prometheus-client's duplicate-name error).
    Nothing is read until a scrape, so this can run before the app starts.
    """
    collector = ConsumerLagCollector(app)
    registry.register(collector)
    return collector
