"""Fixtures for tests that talk to a real Kafka broker (see ``tests/conftest.py``).

``admin`` is a small async helper around aiokafka's admin client, bound to the session's
broker: it creates topics (and waits until every partition has a leader), and reads end
offsets and a group's committed offsets.  Combine it with ``unique_name`` so that tests
never share a topic or a consumer group.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import for_code


class KafkaAdmin:
    """Topic and offset chores for tests, on one aiokafka admin connection."""

    def __init__(self, bootstrap: str) -> None:
        self.bootstrap = bootstrap
        self.client = AIOKafkaAdminClient(
            bootstrap_servers=bootstrap, client_id="newsstream-tests", request_timeout_ms=15_000
        )

    async def start(self) -> None:
        """Connect to the broker."""
        await self.client.start()

    async def close(self) -> None:
        """Close the connection."""
        await self.client.close()

    async def create_topic(
        self,
        name: str,
        partitions: int = 1,
        *,
        config: Mapping[str, str] | None = None,
        wait_seconds: float = 15.0,
    ) -> str:
        """Create ``name`` with ``partitions`` partitions (replication 1); return the name.

        Returns once the broker's metadata shows a leader for every partition, so producers
        and consumers can use the topic right away.  Raises on any broker error, including
        an already existing topic.
        """
        topic = NewTopic(name, partitions, 1, topic_configs=dict(config or {}))
        response = await self.client.create_topics([topic], timeout_ms=int(wait_seconds * 1000))
        for error in response.topic_errors:
            topic_name, code = error[0], error[1]
            if code != 0:
                message = error[2] if len(error) > 2 else ""
                raise for_code(code)(f"cannot create topic {topic_name!r}: {message}")
        await self.wait_for_leaders(name, partitions, wait_seconds)
        return name

    async def wait_for_leaders(
        self, name: str, partitions: int, wait_seconds: float = 15.0
    ) -> None:
        """Wait until ``name`` has ``partitions`` partitions, each with a leader."""
        async with asyncio.timeout(wait_seconds):
            while True:
                (described,) = await self.client.describe_topics([name])
                led = [p for p in described["partitions"] if p["leader"] >= 0]
                if described["error_code"] == 0 and len(led) == partitions:
                    return
                await asyncio.sleep(0.05)

    async def end_offsets(self, name: str) -> dict[int, int]:
        """The end offset (next offset to be written) of every partition of ``name``."""
        (described,) = await self.client.describe_topics([name])
        partitions = [TopicPartition(name, p["partition"]) for p in described["partitions"]]
        consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, enable_auto_commit=False)
        await consumer.start()
        try:
            ends = await consumer.end_offsets(partitions)
        finally:
            await consumer.stop()
        return {tp.partition: offset for tp, offset in ends.items()}

    async def committed_offsets(self, group: str, name: str) -> dict[int, int]:
        """The offsets ``group`` has committed on the partitions of ``name``."""
        offsets = await self.client.list_consumer_group_offsets(group)
        return {tp.partition: meta.offset for tp, meta in offsets.items() if tp.topic == name}


@pytest.fixture
async def admin(kafka_bootstrap: str) -> AsyncIterator[KafkaAdmin]:
    """A :class:`KafkaAdmin` connected to the session's broker, closed after the test."""
    helper = KafkaAdmin(kafka_bootstrap)
    await helper.start()
    try:
        yield helper
    finally:
        await helper.close()
