"""The user's way in and out of Kafka: create topics, publish articles, read alerts.

Plain aiokafka clients; the worker is not needed for any of this.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, KafkaError

from processors.errors import BrokerError
from streams.codecs import MessageCodec
from streams.settings import Settings
from streams.sources import read_sources

CONNECT_TIMEOUT_MS = 10_000


def _unreachable(settings: Settings, exc: Exception) -> BrokerError:
    return BrokerError(f"cannot reach Kafka at {settings.bootstrap_servers}: {exc}")


async def ensure_topics(settings: Settings, names: Iterable[str] | None = None) -> list[str]:
    """Create newsstream's topics that do not exist yet; returns the names created."""
    wanted = (
        list(names)
        if names is not None
        else [
            settings.articles_topic,
            settings.statements_topic,
            settings.observations_topic,
            settings.alerts_topic,
            settings.dlq_topic,
        ]
    )
    admin = AIOKafkaAdminClient(
        bootstrap_servers=settings.bootstrap_servers, request_timeout_ms=CONNECT_TIMEOUT_MS
    )
    try:
        await admin.start()
    except KafkaError as exc:
        raise _unreachable(settings, exc) from exc
    try:
        existing = set(await admin.list_topics())
        missing = [name for name in wanted if name not in existing]
        if missing:
            response = await admin.create_topics(
                [
                    NewTopic(name, settings.partitions, settings.replication_factor)
                    for name in missing
                ]
            )
            for topic, code, *detail in response.topic_errors:
                # 36 is TOPIC_ALREADY_EXISTS: another client won the race, which is fine.
                if code not in (0, 36):
                    msg = f"cannot create topic {topic}: error {code} {detail}"
                    raise BrokerError(msg)
        return missing
    finally:
        await admin.close()


async def topic_partitions(settings: Settings, topic: str) -> list[int]:
    """The partition ids of a topic, asked of the broker (never from a stale client cache)."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=settings.bootstrap_servers, request_timeout_ms=CONNECT_TIMEOUT_MS
    )
    try:
        await admin.start()
    except KafkaError as exc:
        raise _unreachable(settings, exc) from exc
    try:
        for _ in range(50):
            described = await admin.describe_topics([topic])
            partitions = sorted(
                p["partition"] for t in described if t["topic"] == topic for p in t["partitions"]
            )
            if partitions:
                return partitions
            await asyncio.sleep(0.1)  # a topic just created may not have leaders yet
    finally:
        await admin.close()
    msg = f"topic {topic} has no partitions"
    raise BrokerError(msg)


@dataclass
class PublishReport:
    """What ``publish`` sent and what it rejected, with why."""

    sent: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)


class _Progress:
    """A one-line counter on a terminal's stderr, only when there is much to publish."""

    def __init__(self, stream: TextIO, total_hint: int) -> None:
        self.enabled = stream.isatty() and total_hint >= 20
        self.stream = stream
        self.count = 0

    def step(self) -> None:
        self.count += 1
        if self.enabled and self.count % 10 == 0:
            self.stream.write(f"\rpublishing… {self.count}")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * 40 + "\r")
            self.stream.flush()


async def publish(
    paths: Sequence[Path], settings: Settings, *, progress_to: TextIO = sys.stderr
) -> PublishReport:
    """Publish articles from files and folders to the input topic, keyed by article id."""
    codec = MessageCodec.load(max_text_chars=settings.max_text_chars)
    records = list(read_sources(paths, codec))
    await ensure_topics(settings, [settings.articles_topic])
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.bootstrap_servers,
        acks="all",
        linger_ms=5,
        request_timeout_ms=CONNECT_TIMEOUT_MS,
    )
    try:
        await producer.start()
    except KafkaError as exc:
        raise _unreachable(settings, exc) from exc
    report = PublishReport()
    progress = _Progress(progress_to, len(records))
    try:
        pending = []
        for record in records:
            if record.article is None or record.payload is None:
                report.rejected.append((record.origin, str(record.error)))
                continue
            pending.append(
                await producer.send(
                    settings.articles_topic,
                    key=record.article.id.encode("utf-8"),
                    value=orjson.dumps(record.payload),
                )
            )
            progress.step()
        for delivery in pending:
            await delivery
            report.sent += 1
    finally:
        progress.close()
        await producer.stop()
    return report


def format_alert(alert: dict[str, Any]) -> str:
    """One readable line per alert."""
    agreement = alert.get("agreement", {})
    previous = alert.get("previous_status") or "new"
    evidence = alert.get("evidence") or [{}]
    first = evidence[0] if evidence else {}
    by = first.get("by")
    claimed = first.get("claimed_by")
    who = f" by {by}" if by else ""
    if claimed and claimed != by:
        who += f" (claimed by {claimed})"
    sentence = (first.get("evidence") or {}).get("sentence", "")
    if len(sentence) > 90:
        sentence = sentence[:87] + "..."
    return (
        f"{alert.get('changed_at') or '-':20}  {alert.get('severity', '').upper():8}  "
        f"{agreement.get('id', '?')}  {previous} -> {alert.get('status')}{who}"
        + (f'  "{sentence}"' if sentence else "")
    )


async def read_alerts(
    settings: Settings,
    *,
    emit: Callable[[dict[str, Any]], None],
    follow: bool,
    from_beginning: bool,
    agreement: str | None = None,
    group_id: str | None = None,
    idle_timeout_s: float = 2.0,
    start_offsets: dict[TopicPartition, int] | None = None,
    stop: asyncio.Event | None = None,
) -> int:
    """Read alerts and pass each new one (deduplicated by id) to ``emit``; returns how many.

    Without ``follow`` it stops once it has caught up with the end of the topic.
    ``group_id`` remembers the position between runs; ``from_beginning`` ignores it.
    """
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers,
        group_id=group_id,
        enable_auto_commit=group_id is not None,
        auto_offset_reset="earliest",
        request_timeout_ms=CONNECT_TIMEOUT_MS,
    )
    try:
        await consumer.start()
    except KafkaError as exc:
        await consumer.stop()
        raise _unreachable(settings, exc) from exc
    seen: set[str] = set()
    try:
        await ensure_topics(settings, [settings.alerts_topic])
        partitions = await topic_partitions(settings, settings.alerts_topic)
        assigned = [TopicPartition(settings.alerts_topic, p) for p in partitions]
        consumer.assign(assigned)
        if from_beginning:
            await consumer.seek_to_beginning(*assigned)
        elif start_offsets is not None:
            for tp in assigned:
                consumer.seek(tp, start_offsets.get(tp, 0))
        elif group_id is None:
            await consumer.seek_to_end(*assigned)
        ends = await consumer.end_offsets(assigned)
        quiet_since = asyncio.get_running_loop().time()
        while stop is None or not stop.is_set():
            batch = await consumer.getmany(timeout_ms=200)
            now = asyncio.get_running_loop().time()
            for messages in batch.values():
                for message in messages:
                    quiet_since = now
                    alert = orjson.loads(message.value) if message.value else None
                    if not isinstance(alert, dict) or alert.get("id") in seen:
                        continue
                    seen.add(str(alert.get("id")))
                    if agreement and not str(alert.get("agreement", {}).get("id", "")).startswith(
                        agreement
                    ):
                        continue
                    emit(alert)
            if follow:
                continue
            positions = [await _position(consumer, tp) for tp in assigned]
            caught_up = all(pos >= ends[tp] for pos, tp in zip(positions, assigned, strict=True))
            if caught_up and now - quiet_since >= min(idle_timeout_s, 0.2):
                break
    except KafkaConnectionError as exc:
        raise _unreachable(settings, exc) from exc
    finally:
        await consumer.stop()
    return len(seen)


async def _position(consumer: AIOKafkaConsumer, tp: TopicPartition) -> int:
    position: int = await consumer.position(tp)
    return position
