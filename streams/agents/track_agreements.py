"""Agent 2: observations and clock ticks in; agreement state in a table; alerts out.

The agent reads the tracker's input topic, where the extraction agent puts every article's
observations (one record per agreement, keyed by it) and, in band, the event-time clock
ticks (see ``streams.agents.clock``). The table has as many partitions, so Faust gives
partition ``p`` of both to one worker. The table holds, per agreement key, the tracker's
``KeyState`` as JSON, and per partition a ``PendingIndex``.

Delivery is at-least-once without an outbox: for every input the alerts are sent and
*acknowledged by the broker before* the state that reflects them is written to the table.
So a crash can leave the table behind the alerts (the redelivered input recomputes the
same alerts, with the same deterministic ids: a duplicate, never a loss) but never ahead of
them (which would make the redelivered input a no-op and lose the alert).
"""

from __future__ import annotations

import logging
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Protocol

import orjson

from processors.errors import InvalidArticle
from processors.model import Alert, Observation
from streams.agents.clock import (
    KIND_HEADER,
    TICK,
    PendingIndex,
    decode_tick,
    is_pending_key,
    pending_key,
)
from streams.agents.records import (
    PROCESSING_ERROR,
    InputRecord,
    OutMessage,
    Sender,
    dead_letter_message,
    received_headers,
)
from streams.codecs import MessageCodec
from streams.metrics import PipelineMetrics
from streams.topics import TopicNames

log = logging.getLogger(__name__)

DECODED_STATES = 4096
"""Decoded agreement states kept in memory per worker (a few KB each)."""


class TrackerLogic(Protocol):
    """The pure tracker as the agent uses it (``tracker_logic.RulesTracker`` in the worker).

    States are opaque to the agent: it stores ``encode(state)`` in the table and gives back
    ``decode(value)``.
    """

    def decode(self, data: Any) -> Any:
        """A state from its table value, or ``None`` for a missing entry."""

    def encode(self, state: Any) -> dict[str, Any]:
        """The JSON-ready table value of a state."""

    def trackable(self, observation: Observation) -> bool:
        """Whether the tracker uses the observation at all (it names known parties)."""

    def observe(
        self, state: Any, observation: Observation, *, detected_at: datetime
    ) -> tuple[Any, tuple[Alert, ...]]:
        """Apply one observation (``state`` is ``None`` for a new key)."""

    def advance(
        self, state: Any, now: datetime, *, detected_at: datetime
    ) -> tuple[Any, tuple[Alert, ...]]:
        """Move the state's event-time clock to ``now`` (expiries)."""

    def deadline(self, state: Any) -> datetime | None:
        """The earliest end of an instance that can still expire, or ``None``."""

    def status_counts(self, state: Any) -> Mapping[str, int]:
        """How many agreement instances of the state are in each status."""

    def order(self, observations: Iterable[Observation]) -> Sequence[Observation]:
        """One article's observations in the order the tracker folds them."""


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class AgreementHandler:
    """The per-record logic of the tracker agent."""

    codec: MessageCodec
    logic: TrackerLogic
    metrics: PipelineMetrics
    topics: TopicNames
    table: MutableMapping[str, Any]
    """Faust's table in the worker (writes go to the current event's changelog partition)."""
    sender: Sender
    worker: str | None = None
    now: Callable[[], datetime] = _utc_now
    _decoded: OrderedDict[str, tuple[Any, Any]] = field(default_factory=OrderedDict)
    """key -> (table value, its decoded state), most recent last; see ``_state``."""

    async def handle(self, record: InputRecord) -> None:
        """Process one agreement's observations or a clock tick; bad input goes to the DLQ."""
        if record.headers.get(KIND_HEADER) == TICK:
            await self._on_tick(record)
        else:
            await self._on_observations(record)

    async def _on_observations(self, record: InputRecord) -> None:
        try:
            observations = self._decode_observations(record)
        except InvalidArticle as exc:
            await self._reject(record, exc, source="observations")
            return
        # Those naming no agreement (no or unknown parties) leave nothing to keep.
        tracked = [o for o in observations if self.logic.trackable(o)]
        if not tracked:
            return
        key = tracked[0].agreement.id
        index_key = pending_key(record.partition)
        try:
            index = PendingIndex.from_dict(self.table.get(index_key))
            state = self._state(key)
            alerts: list[Alert] = []
            for observation in tracked:
                state, fired = self._apply(state, observation, index)
                alerts.extend(fired)
            messages = self._alert_messages(alerts, record)
            deadline = self.logic.deadline(state)
            value = self.logic.encode(state)
        except Exception as exc:  # a tracker bug must not stop the stream: DLQ the input
            log.exception("tracking failed for %r (offset %d)", key, record.offset)
            error = InvalidArticle(PROCESSING_ERROR, f"{type(exc).__name__}: {exc}")
            await self._reject(record, error, source="observations")
            return
        await self._publish(messages, alerts, record)
        self.table[key] = value
        self._remember(key, value, state)
        if deadline != index.deadline_of(key):
            self.table[index_key] = index.with_deadlines([(key, deadline)]).to_dict()

    def _apply(
        self, state: Any, observation: Observation, index: PendingIndex
    ) -> tuple[Any, list[Alert]]:
        """What ``AgreementTracker.observe`` does in replay, with the partition's clock as
        the global one."""
        detected_at = self.now()
        published = observation.published
        if published is None:
            published = index.clock or detected_at
            observation = replace(observation, published=published)
        state, changed = self.logic.observe(state, observation, detected_at=detected_at)
        alerts = list(changed)
        now = published if index.clock is None else max(index.clock, published)
        deadline = self.logic.deadline(state)
        if deadline is not None and deadline < now:
            # A late article can add an end that event time has already passed; no later
            # tick would expire it.
            state, expired = self.logic.advance(state, now, detected_at=detected_at)
            alerts.extend(expired)
        return state, alerts

    async def _on_tick(self, record: InputRecord) -> None:
        try:
            moment = decode_tick(record.value)
        except ValueError as exc:
            await self._reject(record, InvalidArticle("invalid_tick", str(exc)), source="ticks")
            return
        index_key = pending_key(record.partition)
        index = PendingIndex.from_dict(self.table.get(index_key))
        if index.clock is not None and moment <= index.clock:
            return  # an old or repeated tick: everything due by then is done
        detected_at = self.now()
        states: dict[str, tuple[dict[str, Any], Any]] = {}
        alerts: list[Alert] = []
        messages: list[OutMessage] = []
        deadlines: list[tuple[str, datetime | None]] = []
        for key in index.due(moment):
            try:
                state = self._state(key)
                fired: tuple[Alert, ...] = ()
                if state is not None:
                    state, fired = self.logic.advance(state, moment, detected_at=detected_at)
                    states[key] = (self.logic.encode(state), state)
                messages.extend(self._alert_messages(fired, record))
                alerts.extend(fired)
                deadlines.append((key, None if state is None else self.logic.deadline(state)))
            except Exception:  # one broken state must not stop the clock for the others
                log.exception("expiry failed for %r; dropping it from the index", key)
                states.pop(key, None)
                deadlines.append((key, None))
        await self._publish(messages, alerts, record)
        # Key states before the index: a crash in between leaves the keys in the index, and
        # the redelivered tick finds them already expired (their alerts were acknowledged).
        for key, (value, state) in states.items():
            self.table[key] = value
            self._remember(key, value, state)
        self.table[index_key] = index.with_deadlines(deadlines).with_clock(moment).to_dict()
        self.metrics.event_time_watermark_seconds.set(moment.timestamp())

    def _state(self, key: str) -> Any:
        """The decoded state of ``key``, reusing the last decoding while the table still
        holds the very value it came from.

        Decoding a ``KeyState`` (its history of observations) is the tracker agent's main
        cost. The memory store hands back the object it was given, so the identity check
        skips it for keys this worker wrote; a value restored from the changelog or read
        from RocksDB is a new object and is decoded.
        """
        value = self.table.get(key)
        cached = self._decoded.get(key)
        if cached is not None and cached[0] is value:
            self._decoded.move_to_end(key)
            return cached[1]
        state = self.logic.decode(value)
        if value is not None:
            self._remember(key, value, state)
        return state

    def _remember(self, key: str, value: Any, state: Any) -> None:
        self._decoded[key] = (value, state)
        self._decoded.move_to_end(key)
        while len(self._decoded) > DECODED_STATES:
            self._decoded.popitem(last=False)

    def _decode_observations(self, record: InputRecord) -> list[Observation]:
        """The record's observations: a JSON array of one agreement's, or one object."""
        if record.value is None:
            raise InvalidArticle("invalid_json", "the message has no value")
        try:
            data = orjson.loads(record.value)
        except orjson.JSONDecodeError as exc:
            raise InvalidArticle("invalid_json", str(exc)) from exc
        items = data if isinstance(data, list) else [data]
        if not items:
            raise InvalidArticle("schema", "an empty list of observations")
        observations = []
        for number, item in enumerate(items):
            problems = self.codec.errors("observation", item)
            if problems:
                raise InvalidArticle("schema", f"observation {number}: " + "; ".join(problems))
            try:
                observations.append(Observation.from_dict(item))
            except (KeyError, TypeError, ValueError) as exc:
                detail = f"observation {number}: {type(exc).__name__}: {exc}"
                raise InvalidArticle("schema", detail) from exc
        key = observations[0].agreement.id
        for observation in observations:
            theirs = observation.agreement.id
            # The key decides the partition, and the partition owns the state.
            if theirs != key or (record.key is not None and record.key != theirs.encode("utf-8")):
                shown = record.key[:80] if record.key is not None else None
                detail = f"keyed {shown!r}, but an observation is of {theirs!r}"
                raise InvalidArticle("wrong_key", detail)
        return observations

    def _alert_messages(self, alerts: Sequence[Alert], record: InputRecord) -> list[OutMessage]:
        headers = received_headers(record.received_ms())
        return [
            OutMessage(
                topic=self.topics.alerts,
                key=alert.agreement.id.encode("utf-8"),
                value=self.codec.encode("alert", alert.to_dict()),
                headers=headers,
            )
            for alert in alerts
        ]

    async def _publish(
        self, messages: Sequence[OutMessage], alerts: Sequence[Alert], record: InputRecord
    ) -> None:
        if not messages:
            return
        await self.sender.send_confirmed(messages)
        received = record.received_ms()
        latency = None if received is None else max(0.0, time.time() - received / 1000)
        for alert in alerts:
            self.metrics.alerts_emitted.labels(status=alert.status).inc()
            if latency is not None:
                self.metrics.alert_latency_seconds.observe(latency)

    async def _reject(self, record: InputRecord, error: InvalidArticle, *, source: str) -> None:
        log.warning(
            "dead letter: %s[%d]@%d: %s", record.topic, record.partition, record.offset, error
        )
        await self.sender.send(
            dead_letter_message(self.codec, self.topics.dlq, record, error, worker=self.worker)
        )
        self.metrics.dead_letters.labels(source=source, reason=error.reason).inc()

    def status_counts(self, items: Any) -> Counter[str]:
        """Instances per status over a table's ``items()`` (the index entries skipped)."""
        counts: Counter[str] = Counter()
        for key, value in items:
            if not is_pending_key(key):
                state = self.logic.decode(value)
                if state is not None:
                    counts.update(self.logic.status_counts(state))
        return counts
