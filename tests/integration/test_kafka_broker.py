"""The real broker does what newsstream relies on: keyed partitioning and group offsets.

These tests use aiokafka directly (no Faust): a 3-partition topic, keyed messages, a consumer
group that commits, stops and resumes.  The last tests check the launcher itself against the
session's broker.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from processors.errors import BrokerError
from streams.localkafka import LocalKafka, pinned_version

if TYPE_CHECKING:  # the fixtures' types, for readers and editors only
    from tests.conftest import KafkaBroker
    from tests.integration.conftest import KafkaAdmin

pytestmark = pytest.mark.integration

PARTITIONS = 3
KEYS = [f"agreement-{i:02d}" for i in range(12)]


@dataclass(frozen=True)
class Sent:
    """One produced record, as the broker acknowledged it."""

    key: str
    value: str
    partition: int
    offset: int


async def produce(bootstrap: str, topic: str, batch: str, per_key: int) -> list[Sent]:
    """Send ``per_key`` messages for every key (idempotent producer, acks=all)."""
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, acks="all", enable_idempotence=True, linger_ms=5
    )
    await producer.start()
    try:
        pending = []
        for n in range(per_key):
            for key in KEYS:
                value = f"{batch}/{key}/{n}"
                future = await producer.send(topic, value.encode(), key=key.encode())
                pending.append((key, value, future))
        sent = []
        for key, value, future in pending:
            meta = await future
            sent.append(Sent(key, value, meta.partition, meta.offset))
    finally:
        await producer.stop()
    return sent


def consumer_for(bootstrap: str, topic: str, group: str) -> AIOKafkaConsumer:
    """A group member that commits only by hand and starts from the beginning when the
    group has no committed offset (so a lost commit would show up as re-reads)."""
    return AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        session_timeout_ms=10_000,
        heartbeat_interval_ms=1_000,
    )


async def drain(consumer: AIOKafkaConsumer, expected: int, within: float = 30.0) -> list[Sent]:
    """Read until ``expected`` records arrived, then make sure nothing else follows."""
    got: list[Sent] = []
    deadline = time.monotonic() + within
    while len(got) < expected and time.monotonic() < deadline:
        batches = await consumer.getmany(timeout_ms=500)
        for records in batches.values():
            got.extend(
                Sent(r.key.decode(), r.value.decode(), r.partition, r.offset) for r in records
            )
    assert len(got) >= expected, f"only {len(got)} of {expected} records arrived"
    extra = await consumer.getmany(timeout_ms=300)
    got.extend(
        Sent(r.key.decode(), r.value.decode(), r.partition, r.offset)
        for records in extra.values()
        for r in records
    )
    return got


def partitions_by_key(records: list[Sent]) -> dict[str, set[int]]:
    result: dict[str, set[int]] = {}
    for record in records:
        result.setdefault(record.key, set()).add(record.partition)
    return result


async def test_keyed_messages_and_group_resumes_after_committed_offsets(
    kafka_bootstrap: str, admin: KafkaAdmin, unique_name: Callable[[str], str]
) -> None:
    topic = await admin.create_topic(unique_name("articles"), PARTITIONS)
    group = unique_name("group")

    first = await produce(kafka_bootstrap, topic, "first", per_key=5)
    placement = partitions_by_key(first)
    assert all(len(parts) == 1 for parts in placement.values()), placement
    assert {p for parts in placement.values() for p in parts} == set(range(PARTITIONS))

    consumer = consumer_for(kafka_bootstrap, topic, group)
    await consumer.start()
    try:
        read = await drain(consumer, len(first))
        await consumer.commit()
    finally:
        await consumer.stop()
    assert sorted(r.value for r in read) == sorted(s.value for s in first)
    for partition in range(PARTITIONS):
        offsets = [r.offset for r in read if r.partition == partition]
        assert offsets == sorted(offsets), f"partition {partition} out of order"
    ends = await admin.end_offsets(topic)
    assert await admin.committed_offsets(group, topic) == ends

    second = await produce(kafka_bootstrap, topic, "second", per_key=3)
    assert partitions_by_key(first + second) == placement  # same key, same partition

    consumer = consumer_for(kafka_bootstrap, topic, group)
    await consumer.start()
    try:
        resumed = await drain(consumer, len(second))
        await consumer.commit()
    finally:
        await consumer.stop()
    values = [r.value for r in resumed]
    assert len(values) == len(set(values)), "a record was delivered twice"
    assert sorted(values) == sorted(s.value for s in second), "re-read or lost records"
    for partition, end in ends.items():
        first_offsets = [r.offset for r in resumed if r.partition == partition]
        if first_offsets:
            assert min(first_offsets) == end, f"partition {partition} did not resume at {end}"
    assert await admin.committed_offsets(group, topic) == await admin.end_offsets(topic)


async def test_group_resumes_from_explicit_mid_partition_commits(
    kafka_bootstrap: str, admin: KafkaAdmin, unique_name: Callable[[str], str]
) -> None:
    """Commit half of every partition, stop, restart: exactly the other half is read."""
    topic = await admin.create_topic(unique_name("observations"), PARTITIONS)
    group = unique_name("group")
    sent = await produce(kafka_bootstrap, topic, "only", per_key=4)
    ends = await admin.end_offsets(topic)
    halves = {partition: end // 2 for partition, end in ends.items()}

    consumer = consumer_for(kafka_bootstrap, topic, group)
    await consumer.start()
    try:
        await drain(consumer, len(sent))
        await consumer.commit({TopicPartition(topic, p): o for p, o in halves.items()})
    finally:
        await consumer.stop()

    consumer = consumer_for(kafka_bootstrap, topic, group)
    await consumer.start()
    try:
        rest = await drain(consumer, sum(ends[p] - halves[p] for p in ends))
    finally:
        await consumer.stop()
    expected = sorted(s.value for s in sent if s.offset >= halves[s.partition])
    assert sorted(r.value for r in rest) == expected


def test_launcher_reports_and_reuses_the_running_broker(kafka_broker: KafkaBroker) -> None:
    kafka = kafka_broker.local
    if kafka is None:
        pytest.skip("NEWSSTREAM_BROKER names an external broker; the launcher is not in use")
    state = kafka.status()
    assert state.running and state.answering
    assert state.version == pinned_version()
    assert state.bootstrap == kafka_broker.bootstrap
    assert kafka.log_path.is_file()

    again = kafka.start(timeout=30)
    assert again.reused
    assert again.pid == state.pid
    assert again.seconds < 15

    twin = LocalKafka(kafka.home, kafka.port + 1, kafka.controller_port, cache=kafka.cache)
    with pytest.raises(BrokerError, match="already runs"):
        twin.start(timeout=5)


def test_a_broker_that_cannot_start_fails_with_its_log(
    kafka_broker: KafkaBroker, tmp_path: Path, free_tcp_ports: Callable[[int], list[int]]
) -> None:
    """A real JVM refusing a bogus setting: the error quotes the broker's own complaint."""
    if kafka_broker.local is None:
        pytest.skip("NEWSSTREAM_BROKER names an external broker; the Kafka jars may be absent")
    port, controller_port = free_tcp_ports(2)
    broken = LocalKafka(
        tmp_path / "broken",
        port,
        controller_port,
        cache=kafka_broker.local.cache,
        overrides={"num.io.threads": "many"},
    )
    with pytest.raises(BrokerError) as caught:
        broken.start(timeout=60)
    message = str(caught.value)
    assert "Invalid value many for configuration num.io.threads" in message, message
    assert str(broken.log_path) in message, message
    assert broken.status().running is False
