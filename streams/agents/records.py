"""What the agents read and write, independent of Faust's event objects.

An agent turns each Faust event into an ``InputRecord`` and hands it to its handler; the
handler answers with ``OutMessage``s through a ``Sender``. Unit tests drive handlers with
records they build and a sender that records what was sent, so no broker is needed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from processors.errors import InvalidArticle
from streams.codecs import MessageCodec, dead_letter

log = logging.getLogger(__name__)

RECEIVED_HEADER = "newsstream-received-ms"
"""Header carrying the Kafka timestamp (ms) of the article record the message derives from.

It travels article -> observation -> alert so the alert's end-to-end latency can be measured
from the article's arrival on the input topic."""

WORKER_ERROR_HEADER = "newsstream-error"
"""Header on a dead letter naming its reason, for consumers that do not parse the body."""

PROCESSING_ERROR = "processing_error"
"""DLQ reason for a record that was valid but made a processor (or the encoder) fail."""


@dataclass(frozen=True, slots=True)
class InputRecord:
    """One consumed Kafka record, as bytes."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    timestamp_ms: int | None = None
    headers: Mapping[str, bytes] = field(default_factory=dict)

    @classmethod
    def from_event(cls, event: Any) -> InputRecord:
        """Read a Faust event (``stream.events()``) of a raw topic."""
        message = event.message
        timestamp = message.timestamp
        return cls(
            topic=message.topic,
            partition=message.partition,
            offset=message.offset,
            key=_as_bytes(event.key),
            value=_as_bytes(event.value),
            timestamp_ms=round(timestamp * 1000) if timestamp else None,
            headers=_header_map(message.headers),
        )

    def received_ms(self) -> int | None:
        """When the originating article arrived: the forwarded header, else this record's time."""
        raw = self.headers.get(RECEIVED_HEADER)
        if raw is not None:
            try:
                return int(raw)
            except ValueError:
                log.warning("ignoring a malformed %s header: %r", RECEIVED_HEADER, raw[:40])
        return self.timestamp_ms


@dataclass(frozen=True, slots=True)
class OutMessage:
    """One record to produce: already-encoded bytes, an optional explicit partition."""

    topic: str
    key: bytes | None
    value: bytes
    partition: int | None = None
    headers: tuple[tuple[str, bytes], ...] = ()


class Sender(Protocol):
    """Where handlers send their output."""

    async def send(self, message: OutMessage) -> None:
        """Hand the message to the producer (delivered before the input offset is committed)."""

    async def send_confirmed(self, messages: Sequence[OutMessage]) -> None:
        """Send and wait until the broker has acknowledged every message."""


class FaustSender:
    """A ``Sender`` over an app's raw topics.

    With ``app``, records go straight to the app's producer (``app.maybe_start_producer()``,
    which is the transaction manager under exactly-once), the call Faust's ``Topic.send``
    ends in, without its per-message wrapping (future message, sensors, callbacks): some
    30 records leave per article, so that wrapping is a good part of a worker's CPU.
    """

    def __init__(self, topics: Mapping[str, Any], app: Any | None = None) -> None:
        self._topics = topics
        self._app = app

    async def _start(self, message: OutMessage) -> Any:
        headers = list(message.headers) or None
        if self._app is not None:
            producer = await self._app.maybe_start_producer()
            return await producer.send(
                message.topic, message.key, message.value, message.partition, None, headers
            )
        topic = self._topics[message.topic]
        return await topic.send(
            key=message.key, value=message.value, partition=message.partition, headers=headers
        )

    async def send(self, message: OutMessage) -> None:
        # Faust flushes its producer before it commits an input offset, so a message handed
        # over here is never lost by a crash that also loses the commit (at-least-once).
        await self._start(message)

    async def send_confirmed(self, messages: Sequence[OutMessage]) -> None:
        pending = [await self._start(message) for message in messages]
        if pending:
            await asyncio.gather(*pending)


def received_headers(received_ms: int | None) -> tuple[tuple[str, bytes], ...]:
    """The latency header for an outgoing message, or none when the time is unknown."""
    if received_ms is None:
        return ()
    return ((RECEIVED_HEADER, str(received_ms).encode("ascii")),)


def dead_letter_message(
    codec: MessageCodec,
    dlq_topic: str,
    record: InputRecord,
    error: InvalidArticle,
    *,
    worker: str | None,
) -> OutMessage:
    """The DLQ record for an input that could not be processed, keyed by the original key."""
    body = dead_letter(
        error=error,
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        key=record.key,
        value=record.value,
        worker=worker,
    )
    return OutMessage(
        topic=dlq_topic,
        key=record.key,
        value=codec.encode("deadletter", body),
        headers=((WORKER_ERROR_HEADER, error.reason.encode("ascii", "replace")),),
    )


def _as_bytes(value: Any) -> bytes | None:
    if value is None or isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8")
    return bytes(value)


def _header_map(headers: Any) -> dict[str, bytes]:
    """Kafka headers (a list of pairs, or a mapping) as a dict; the last value of a name wins."""
    if not headers:
        return {}
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    out: dict[str, bytes] = {}
    for name, value in pairs:
        if isinstance(value, bytes):
            out[str(name)] = value
        elif value is not None:
            out[str(name)] = str(value).encode("utf-8")
    return out


def register_agent(
    app: Any,
    source: Any,
    handler: Any,
    *,
    name: str,
    before: Callable[[], Awaitable[None]] | None = None,
) -> Any:
    """Attach ``handler`` (with ``async handle(InputRecord)``) to ``app`` as agent ``name``.

    The agent reads the raw ``source`` and hands every record to the handler, which never
    raises for bad data. ``before`` runs when the agent starts, before its first record (the
    app passes the declaration of the output topics, so nothing is sent to a missing topic).
    """

    async def consume(stream: Any) -> None:
        if before is not None:
            await before()
        async for event in stream.events():
            await handler.handle(InputRecord.from_event(event))

    return app.agent(source, name=name)(consume)
