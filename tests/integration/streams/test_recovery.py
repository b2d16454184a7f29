"""Worker restarts: state comes back from the changelog, and no alert is lost to a crash."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from typing import Any

import orjson
import pytest
from pipeline_harness import (
    REPO_ROOT,
    Pipeline,
    alert_bodies,
    article_records,
    by_event_time,
    load_articles,
    replay_reference,
    without_detection_time,
)

pytestmark = pytest.mark.integration

SEED = REPO_ROOT / "seeds" / "000_5f9e12c82e977716.json"
DEVSET = REPO_ROOT / "tests" / "data" / "devset"


def canonical(alert: dict[str, Any]) -> bytes:
    """An alert as comparable bytes, without ``detected_at``: a re-emitted alert (same id,
    same change) is equal to the original."""
    return orjson.dumps(without_detection_time(alert), option=orjson.OPT_SORT_KEYS)


def agreement_gauge(metrics: dict[str, float]) -> float:
    return sum(v for k, v in metrics.items() if k.startswith("newsstream_agreements{"))


async def test_a_restarted_worker_restores_its_table_and_does_not_realert(
    pipeline: Pipeline,
) -> None:
    """(d) SIGTERM, restart: the state is read back from the changelog, so the same article
    again (a redelivery) or a later copy of it (a repeat) changes nothing."""
    (seed,) = load_articles([SEED])
    first = pipeline.start_worker()
    await first.wait_ready()
    await pipeline.publish(article_records([seed]))
    await pipeline.wait_drained()
    before = alert_bodies(await pipeline.read(pipeline.topics.alerts, settle=1.0))
    instances = agreement_gauge(await first.metrics())
    assert before, "the seed article changes agreement statuses"
    assert instances > 0
    assert first.terminate() == 0

    began = time.monotonic()
    second = pipeline.start_worker()
    await second.wait_ready()
    restart = time.monotonic() - began
    # Before any new input: the table is back (the gauge is computed from it).
    assert agreement_gauge(await second.metrics()) == instances
    repeat = dict(seed, id="seed-repeat", published="2025-03-18T20:00:00Z")
    await pipeline.publish(article_records([seed, repeat]))
    await pipeline.wait_drained()

    after = alert_bodies(await pipeline.read(pipeline.topics.alerts, settle=1.0))
    assert [a["id"] for a in after] == [a["id"] for a in before]
    statements = await pipeline.read(pipeline.topics.statements, settle=1.0)
    assert b"seed-repeat" in {r.key for r in statements}, "the repeat was processed"
    print(f"\nrestart to ready: {restart:.1f} s; {len(before)} alerts kept")  # noqa: T201


async def test_a_killed_worker_loses_no_alert(pipeline: Pipeline) -> None:
    """(f) SIGKILL while articles are being processed, then a restart: every alert of the
    in-process replay arrives, and nothing else; an alert that arrives more often than in
    replay is a re-emission (same id, same change, only ``detected_at`` differs)."""
    articles = by_event_time(load_articles([SEED, *sorted(DEVSET.glob("*.gold.json"))]))
    expected = replay_reference(articles).alerts
    assert len(expected) >= 10
    first = pipeline.start_worker()
    await first.wait_ready()

    # A steady stream; the kill lands half-way, while the worker is busy with it.
    half = len(articles) // 2
    for n, article in enumerate(articles):
        await pipeline.publish(article_records([article]))
        await asyncio.sleep(0.03)
        if n == half:
            first.kill()
    before_kill = len(await pipeline.read(pipeline.topics.alerts, settle=0.3, seconds=5))

    second = pipeline.start_worker()
    began = time.monotonic()
    await second.wait_ready()
    rejoin = time.monotonic() - began
    await pipeline.wait_drained()

    alerts = alert_bodies(await pipeline.read(pipeline.topics.alerts, settle=1.0))
    streamed = Counter(canonical(a) for a in alerts)
    wanted = Counter(canonical(a) for a in expected)
    assert set(streamed) == set(wanted), "lost or unexpected alerts"
    assert all(streamed[a] >= n for a, n in wanted.items()), "lost alerts"
    duplicates = sum(streamed.values()) - sum(wanted.values())
    print(  # noqa: T201
        f"\nkilled at article {half + 1} of {len(articles)}, {before_kill} of"
        f" {len(expected)} alerts out; restarted worker ready in"
        f" {rejoin:.1f} s; {duplicates} duplicate(s)"
    )


async def first_table_write(pipeline: Pipeline, seconds: float = 30.0) -> None:
    """Return as soon as the app's table changelog holds a record."""
    changelog = f"{pipeline.settings.app_id}-agreements-changelog"
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if sum((await pipeline.admin.end_offsets(changelog)).values()) > 0:
            return
        await asyncio.sleep(0.01)
    pytest.fail(f"no table write after {seconds} s")


@pytest.mark.parametrize("moment", ["right after the input", "at the first table write"])
async def test_a_worker_that_crashes_before_the_first_commit_loses_nothing(
    pipeline: Pipeline, moment: str
) -> None:
    """SIGKILL before anything is committed: right after the input is published (maybe
    nothing processed), or as soon as the table is written (input fetched and partly
    processed, so the restarted worker restores state and must still read its input from
    the start). The restarted worker produces every alert."""
    (seed,) = load_articles([SEED])
    expected = {a["id"] for a in replay_reference([seed]).alerts}
    first = pipeline.start_worker()
    await first.wait_ready()
    await pipeline.publish(article_records([seed]))
    if moment == "right after the input":
        await asyncio.sleep(0.05)
    else:
        await first_table_write(pipeline)
    first.kill()

    second = pipeline.start_worker()
    await second.wait_ready()
    await pipeline.wait_drained()
    alerts = alert_bodies(await pipeline.read(pipeline.topics.alerts, settle=1.0))
    assert {a["id"] for a in alerts} == expected
