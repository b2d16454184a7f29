"""What does the Kafka traffic of an article cost in Python, without Faust and without extraction?

The worker spends ~15 ms of CPU per article where ``extract`` alone takes ~4-6 ms. This
script measures the floor under the rest: the same records as the worker's, moved by plain
aiokafka in one process, with no extraction, no tracker and no Faust.

1. Both agents' code runs in process over ``--articles`` articles (as ``pipeline.py``'s
   phase 2) and every record it would produce is kept, with the table value written for
   each tracker-input record (the worker's changelog record).
2. On a broker (the project's local Kafka, or ``NEWSSTREAM_BROKER``) the articles are
   published; then one aiokafka consumer in a group reads the articles and the tracker
   input, and for every record it reads an aiokafka producer (linger 5 ms, as the worker's)
   sends that record's outputs: statements, observations, tracker input for an article;
   the changelog value and alerts for a tracker-input record. Offsets are committed every
   second, as the worker does.
3. Prints the CPU of this process per article (user + system, all threads) and the rate.

    .venv/bin/python benchmarks/transport_floor.py [--articles 600] [--partitions 4]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from pipeline import (
    _ListSender,
    app_settings,
    broker,
    load_corpus,
    make_articles,
    publish_burst,
)
from prometheus_client import CollectorRegistry

from processors.extraction import Extractor
from streams.agents.extract_articles import ArticleHandler
from streams.agents.records import InputRecord, OutMessage
from streams.agents.track_agreements import AgreementHandler
from streams.agents.tracker_logic import RulesTracker
from streams.codecs import MessageCodec
from streams.metrics import PipelineMetrics
from streams.topics import TopicNames

COMMIT_SECONDS = 1.0
LINGER_MS = 5


@dataclass
class Outputs:
    """The records the worker produces, by what it consumed."""

    per_article: dict[bytes, list[OutMessage]] = field(default_factory=dict)
    per_tracker_record: dict[bytes, list[OutMessage]] = field(default_factory=dict)


class _RecordingTable(dict[str, Any]):
    """A dict table that remembers the latest write, to stand for the changelog record."""

    written: list[tuple[str, Any]]

    def __init__(self) -> None:
        super().__init__()
        self.written = []

    def __setitem__(self, key: str, value: Any) -> None:
        super().__setitem__(key, value)
        self.written.append((key, value))


async def worker_outputs(articles: Sequence[dict[str, Any]], names: TopicNames) -> Outputs:
    """Run both agents' code in process and keep what they send, by input record."""
    codec = MessageCodec.load()
    tracker = RulesTracker.load()
    metrics = PipelineMetrics.create(CollectorRegistry())
    sent: list[OutMessage] = []
    sender = _ListSender(sent)
    table = _RecordingTable()
    article_handler = ArticleHandler(
        codec=codec,
        extractor=Extractor.load(),
        metrics=metrics,
        topics=names,
        tracker_partitions=4,
        sender=sender,
        order=tracker.order,
    )
    agreements = AgreementHandler(
        codec=codec, logic=tracker, metrics=metrics, topics=names, table=table, sender=sender
    )
    changelog = names.changelog or f"{names.tracker}-changelog"
    outputs = Outputs()

    async def run() -> None:
        for number, article in enumerate(articles):
            value = orjson.dumps(article)
            key = str(article["id"]).encode()
            await article_handler.handle(InputRecord(names.articles, 0, number, key, value, 1))
            outputs.per_article[value] = list(sent)
            tracked = [m for m in sent if m.topic == names.tracker]
            sent.clear()
            for message in tracked:
                table.written.clear()
                record = InputRecord(
                    names.tracker, 0, 0, message.key, message.value, 1, dict(message.headers)
                )
                await agreements.handle(record)
                writes = [
                    OutMessage(changelog, k.encode(), orjson.dumps(v)) for k, v in table.written
                ]
                outputs.per_tracker_record[message.value] = [*sent, *writes]
                sent.clear()

    await run()
    return outputs


async def move_records(
    bootstrap: str, names: TopicNames, outputs: Outputs, count: int, group: str
) -> tuple[float, float]:
    """Consume the articles and tracker input, produce their outputs; (CPU s, wall s)."""
    consumer = AIOKafkaConsumer(
        names.articles,
        names.tracker,
        bootstrap_servers=bootstrap,
        group_id=group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=LINGER_MS)
    await consumer.start()
    await producer.start()
    expected_tracker = sum(
        1 for messages in outputs.per_article.values() for m in messages if m.topic == names.tracker
    )
    seen_articles = seen_tracker = 0
    began_cpu = began_wall = None
    last_commit = time.monotonic()
    try:
        while seen_articles < count or seen_tracker < expected_tracker:
            batches = await consumer.getmany(timeout_ms=500)
            if began_cpu is None and batches:
                began_cpu, began_wall = time.process_time(), time.monotonic()
            for records in batches.values():
                for record in records:
                    if record.topic == names.articles:
                        seen_articles += 1
                        messages = outputs.per_article[record.value]
                    else:
                        seen_tracker += 1
                        messages = outputs.per_tracker_record[record.value]
                    for message in messages:
                        await producer.send(
                            message.topic,
                            message.value,
                            key=message.key,
                            partition=message.partition,
                            headers=list(message.headers) or None,
                        )
            if time.monotonic() - last_commit >= COMMIT_SECONDS:
                # The worker flushes before it commits (at-least-once).
                await producer.flush()
                await consumer.commit()
                last_commit = time.monotonic()
        await producer.flush()
        await consumer.commit()
    finally:
        await producer.stop()
        await consumer.stop()
    if began_cpu is None or began_wall is None:
        raise SystemExit("nothing was consumed")
    return time.process_time() - began_cpu, time.monotonic() - began_wall


async def create_topics(bootstrap: str, names: Sequence[str], partitions: int) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(n, partitions, 1) for n in names])
    finally:
        await admin.close()


async def measure(bootstrap: str, articles: list[dict[str, Any]], partitions: int) -> None:
    prefix = f"tf-{uuid.uuid4().hex[:8]}"
    # The data folder is never used: no worker runs here.
    names = TopicNames.from_settings(app_settings(bootstrap, prefix, partitions, Path()))
    outputs = await worker_outputs(articles, names)
    produced = sum(len(m) for m in outputs.per_article.values()) + sum(
        len(m) for m in outputs.per_tracker_record.values()
    )
    volume = sum(len(m.value) for ms in outputs.per_tracker_record.values() for m in ms) + sum(
        len(m.value) for ms in outputs.per_article.values() for m in ms
    )
    topics = {m.topic for ms in outputs.per_article.values() for m in ms}
    topics |= {m.topic for ms in outputs.per_tracker_record.values() for m in ms}
    await create_topics(bootstrap, sorted(topics | {names.articles}), partitions)
    await publish_burst(bootstrap, names.articles, articles, partitions)
    cpu, wall = await move_records(bootstrap, names, outputs, len(articles), f"{prefix}-group")
    count = len(articles)
    print(
        f"records produced per article: {produced / count:.1f} "
        f"({volume / count / 1024:.1f} KiB); consumed per article: "
        f"{1 + len(outputs.per_tracker_record) / count:.2f}"
    )
    print(
        f"plain aiokafka, no Faust, no extraction: {1000 * cpu / count:.2f} ms CPU per article, "
        f"{count / wall:.0f} articles/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--partitions", type=int, default=4)
    args = parser.parse_args()
    articles = make_articles(load_corpus(), args.articles, f"tf{uuid.uuid4().hex[:6]}")
    with (
        tempfile.TemporaryDirectory(prefix="newsstream-floor-") as scratch,
        broker(Path(scratch)) as (bootstrap, _pid, description),
    ):
        print(f"broker: {description}")
        asyncio.run(measure(bootstrap, articles, args.partitions))


if __name__ == "__main__":
    main()
