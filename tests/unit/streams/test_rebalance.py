"""``streams.rebalance``: seeking back after a rebalance rewinds partitions never committed."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from aiokafka import TopicPartition

from streams.rebalance import seek_uncommitted_to_start

pytestmark = pytest.mark.unit

ARTICLES = TopicPartition("news.articles", 0)
TRACKER = TopicPartition("app-tracker-input", 1)
CHANGELOG = TopicPartition("app-agreements-changelog", 0)


class RecordingConsumer:
    """The two consumer calls the guard uses, recording the rewinds."""

    def __init__(self, committed: Mapping[TopicPartition, int | None]) -> None:
        self.committed = dict(committed)
        self.rewound: list[TopicPartition] = []

    async def seek_to_committed(self) -> Mapping[TopicPartition, int | None]:
        return self.committed

    async def seek(self, partition: TopicPartition, offset: int) -> None:
        assert offset == 0
        self.rewound.append(partition)


async def test_partitions_without_a_commit_go_back_to_their_start() -> None:
    """aiokafka skips a partition whose committed offset is missing or 0, leaving it past
    records Faust dropped; those start over instead, committed ones are left alone."""
    consumer = RecordingConsumer({ARTICLES: None, TRACKER: 0, TopicPartition("x", 2): 17})
    seek_uncommitted_to_start(consumer, changelogs={CHANGELOG.topic})

    committed = await consumer.seek_to_committed()

    assert consumer.rewound == [ARTICLES, TRACKER]
    # Faust sets its read offsets from what the seek reports: unchanged.
    assert committed == {ARTICLES: None, TRACKER: 0, TopicPartition("x", 2): 17}


async def test_table_changelogs_are_left_to_faust() -> None:
    consumer = RecordingConsumer({CHANGELOG: None, ARTICLES: 5})
    seek_uncommitted_to_start(consumer, changelogs={CHANGELOG.topic})

    await consumer.seek_to_committed()

    assert consumer.rewound == []


async def test_installing_at_every_rebalance_rewinds_once_per_seek() -> None:
    consumer = RecordingConsumer({ARTICLES: None})
    for _ in range(3):
        seek_uncommitted_to_start(consumer, changelogs=set())

    await consumer.seek_to_committed()

    assert consumer.rewound == [ARTICLES]
