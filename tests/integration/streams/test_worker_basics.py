"""The worker on a real broker: it joins, processes the seed article, dead-letters bad input."""

from __future__ import annotations

import base64
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import orjson
import pytest
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from pipeline_harness import REPO_ROOT, Pipeline, article_records, free_port

from streams.codecs import MessageCodec
from streams.topics import TopicNames, ensure_topics

pytestmark = pytest.mark.integration

SEED = REPO_ROOT / "seeds" / "000_5f9e12c82e977716.json"


@pytest.fixture(scope="module")
def codec() -> MessageCodec:
    return MessageCodec.load()


def seed_article() -> dict[str, Any]:
    article: dict[str, Any] = orjson.loads(SEED.read_bytes())
    return article


async def group_state(admin: Any, group: str) -> tuple[str, int]:
    """The consumer group's state and member count (``DescribeGroups``)."""
    (response,) = await admin.client.describe_consumer_groups([group])
    (described,) = response.groups
    error_code, _, state = described[0], described[1], described[2]
    assert error_code == 0
    return state, len(described[5])


async def test_the_worker_joins_its_group_and_stops_cleanly_on_sigterm(
    pipeline: Pipeline, admin: Any
) -> None:
    """(a) ``create_app`` in a real worker: the group becomes Stable with one member."""
    worker = pipeline.start_worker()
    ready = await worker.wait_ready()

    state, members = await group_state(admin, pipeline.settings.app_id)
    assert (state, members) == ("Stable", 1)
    topics = set(await admin.client.list_topics())
    names = pipeline.topics
    created = {names.articles, names.statements, names.observations, names.alerts, names.dlq}
    assert created | {names.tracker, f"{pipeline.settings.app_id}-agreements-changelog"} <= topics
    metrics = await worker.metrics()
    assert metrics['newsstream_agreements{status="agreed"}'] == 0

    began = time.monotonic()
    assert worker.terminate() == 0
    stopped = time.monotonic() - began
    print(f"\nworker ready in {ready:.1f} s, stopped in {stopped:.1f} s")  # noqa: T201
    state, members = await group_state(admin, pipeline.settings.app_id)
    assert members == 0, "a SIGTERM'd worker leaves the group at once"


async def test_the_topics_are_created_before_the_worker_starts(
    pipeline: Pipeline, admin: Any
) -> None:
    """``ensure_topics``: every topic of the app, the changelog compacted; idempotent."""
    settings = pipeline.settings.model_copy(update={"partitions": 2})
    names = TopicNames.from_settings(settings)

    created = await ensure_topics(settings)
    again = await ensure_topics(settings)

    assert sorted(created) == sorted([*names.all(), names.changelog])
    assert again == []
    described = await admin.client.describe_topics(created)
    assert {d["topic"]: len(d["partitions"]) for d in described} == dict.fromkeys(created, 2)
    (config,) = await admin.client.describe_configs(
        [ConfigResource(ConfigResourceType.TOPIC, names.changelog)]
    )
    entries = {entry[0]: entry[1] for entry in config.resources[0][4]}
    assert entries["cleanup.policy"] == "compact"


def test_an_unreachable_broker_is_one_plain_line(tmp_path: Path) -> None:
    port = free_port()  # nothing listens there
    env = {
        "NEWSSTREAM_BROKER": f"kafka://127.0.0.1:{port}",
        "NEWSSTREAM_DATA_DIR": str(tmp_path),
        "PATH": "/usr/bin:/bin",
    }
    done = subprocess.run(
        [sys.executable, "-m", "streams.worker"],
        env=env,
        cwd=REPO_ROOT,
        capture_output=True,
        timeout=60,
        check=False,
    )

    assert done.returncode == 1
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("newsstream worker: ")
    assert f"127.0.0.1:{port}" in lines[0]
    assert "Traceback" not in done.stderr.decode()


async def test_the_seed_article_gives_statements_and_schema_valid_alerts(
    pipeline: Pipeline, codec: MessageCodec
) -> None:
    """(b) The seed article in, statements and alerts out, every message schema-valid."""
    worker = pipeline.start_worker()
    await worker.wait_ready()
    seed = seed_article()
    await pipeline.publish(article_records([seed]))

    await pipeline.read(pipeline.topics.alerts, lambda r: len(r) >= 1, seconds=30)
    drained = await pipeline.wait_drained()
    alerts = await pipeline.read(pipeline.topics.alerts, settle=1.0)
    statements = await pipeline.read(pipeline.topics.statements, settle=0.5)
    assert len(statements) >= 3
    for record in alerts:
        body = orjson.loads(record.value)
        assert codec.errors("alert", body) == []
        assert record.key == body["agreement"]["id"].encode()
        assert body["article_id"] == seed["id"]
        assert "__faust" not in body
    for record in statements:
        body = orjson.loads(record.value)
        assert codec.errors("statement", body) == []
        assert record.key == seed["id"].encode()
    statuses = {orjson.loads(r.value)["status"] for r in alerts}
    assert "agreed" in statuses
    # End-to-end latency, measured from the article's arrival on the input topic.
    metrics = await worker.metrics()
    assert metrics["newsstream_alert_latency_seconds_count"] == len(alerts)
    latency = metrics["newsstream_alert_latency_seconds_sum"] / len(alerts)
    print(  # noqa: T201
        f"\nseed: {len(alerts)} alerts, mean latency {latency * 1000:.0f} ms,"
        f" drained {drained:.1f} s after the first alert"
    )
    assert metrics['newsstream_articles_consumed_total{outcome="processed",reason=""}'] == 1


def malformed_records() -> list[tuple[bytes | None, bytes, str]]:
    """``(key, value, reason)`` of inputs the worker must dead-letter."""
    return [
        (b"bad-json", b"{this is not json", "invalid_json"),
        (b"bad-text", orjson.dumps({"id": "bad-text", "title": "no body"}), "missing_text"),
        (b"bad-utf8", b'{"id": "bad-utf8", "text": "\xff\xfe broken"}', "invalid_utf8"),
        (b"bad-size", orjson.dumps({"id": "bad-size", "text": "war " * 60_000}), "text_too_large"),
        (b"bad-type", orjson.dumps({"id": "bad-type", "text": ["a", "list"]}), "wrong_type"),
        (None, b"", "invalid_json"),
    ]


async def test_malformed_input_goes_to_the_dlq_and_good_input_is_processed(
    pipeline: Pipeline, codec: MessageCodec
) -> None:
    """(c) Bad and good articles interleaved: every bad one on the DLQ with its reason,
    every good one processed, and the worker never stops consuming."""
    worker = pipeline.start_worker()
    await worker.wait_ready()
    seed = seed_article()
    good = [dict(seed, id=f"good-{n}", published=f"2025-03-1{n}T12:00:00Z") for n in range(4)]
    bad = malformed_records()
    records: list[tuple[bytes | None, bytes]] = []
    for n, (key, value, _) in enumerate(bad):
        records.append((key, value))
        if n < len(good):
            records.extend(article_records([good[n]]))
    await pipeline.publish(records)

    letters = await pipeline.read(pipeline.topics.dlq, lambda r: len(r) >= len(bad))
    await pipeline.wait_drained()
    bodies = [orjson.loads(r.value) for r in letters]
    for body in bodies:
        assert codec.errors("deadletter", body) == []
        assert body["topic"] == pipeline.topics.articles
    got = sorted((body["key"] or "", body["reason"]) for body in bodies)
    assert got == sorted(((k or b"").decode(), reason) for k, _, reason in bad)
    originals = {base64.b64decode(body["original"]) for body in bodies}
    assert originals == {value for _, value, _ in bad}
    statements = await pipeline.read(pipeline.topics.statements, settle=1.0)
    assert {r.key for r in statements} == {a["id"].encode() for a in good}
    metrics = await worker.metrics()
    processed = metrics['newsstream_articles_consumed_total{outcome="processed",reason=""}']
    assert processed == len(good)
    dlq = sum(v for k, v in metrics.items() if k.startswith("newsstream_dead_letters_total"))
    assert dlq == len(bad)
