"""Several partitions and workers, and event-time expiry, compared with the in-process replay."""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from pipeline_harness import (
    REPO_ROOT,
    Pipeline,
    alert_bodies,
    article_records,
    by_event_time,
    feed_in_order,
    load_articles,
    replay_reference,
    table_states,
)

from processors.model import agreement_key

pytestmark = pytest.mark.integration

SEED = REPO_ROOT / "seeds" / "000_5f9e12c82e977716.json"
DEVSET = REPO_ROOT / "tests" / "data" / "devset"
TIMELINE = REPO_ROOT / "tests" / "data" / "timeline"
FED_ARTICLES = 24


def corpus() -> list[dict[str, Any]]:
    return by_event_time(load_articles([SEED, *sorted(DEVSET.glob("*.gold.json"))]))


async def group_members(admin: Any, group: str) -> int:
    (response,) = await admin.client.describe_consumer_groups([group])
    (described,) = response.groups
    return len(described[5]) if described[2] == "Stable" else -1


async def test_two_workers_on_three_partitions_give_the_same_alerts_as_one(
    new_pipeline: Callable[..., Pipeline], admin: Any
) -> None:
    """(e) The same articles, in the same order, through one worker and through two
    workers sharing three partitions: the same alert ids, each exactly once, and the same
    as the in-process replay."""
    # Fed one at a time (see feed_in_order), so a slice keeps the test quick.
    articles = corpus()[:FED_ARTICLES]
    expected = [a["id"] for a in replay_reference(articles).alerts]

    single, pair = new_pipeline(partitions=3), new_pipeline(partitions=3)
    alone = single.start_worker()
    workers = [pair.start_worker(), pair.start_worker()]
    await asyncio.gather(alone.wait_ready(), *(w.wait_ready() for w in workers))
    deadline = time.monotonic() + 30
    while await group_members(admin, pair.settings.app_id) != 2:
        assert time.monotonic() < deadline, "the two workers never formed a stable group"
        await asyncio.sleep(0.2)
    for worker in workers:  # both have their share after the rebalance
        await worker.wait_ready()

    began = time.monotonic()
    await asyncio.gather(
        feed_in_order(single, articles, [alone]), feed_in_order(pair, articles, workers)
    )
    fed = time.monotonic() - began
    await asyncio.gather(single.wait_drained(), pair.wait_drained())
    one = [a["id"] for a in alert_bodies(await single.read(single.topics.alerts, settle=1.0))]
    two = [a["id"] for a in alert_bodies(await pair.read(pair.topics.alerts, settle=1.0))]

    # Each id as often as replay emits it: no duplicate, nothing lost. (Replay itself may
    # repeat an id when two instances of a key open on the same day in one article.)
    assert Counter(two) == Counter(one) == Counter(expected)
    shares = []
    for worker in workers:
        metrics = await worker.metrics()
        shares.append(metrics['newsstream_articles_consumed_total{outcome="processed",reason=""}'])
    assert all(share > 0 for share in shares), f"both workers took part: {shares}"
    assert sum(shares) == len(articles)
    print(  # noqa: T201
        f"\n{len(articles)} articles fed one by one in {fed:.1f} s; {len(one)} alerts;"
        f" shares {shares}; workers ready in"
        f" {[round(w.ready_seconds or 0, 1) for w in (alone, *workers)]} s"
    )


async def test_a_shuffled_timeline_ends_in_the_same_states_as_replay(
    pipeline: Pipeline,
) -> None:
    """(g) A multi-week timeline published in shuffled order: the final agreement states
    equal replay's, and every status change replay alerts for an agreement key is alerted
    by the stream too.

    The stream may alert more than replay, by design: it alerts on what it knows when an
    article comes. An instance is named after the earliest event seen so far, so an older
    article arriving later renames it (alerts already sent keep the provisional id), and
    event time can pass an end before a late article that would have extended it arrives
    (the expiry was alerted). Replay sees every article in event-time order and does not.
    """
    files = sorted(TIMELINE.glob("*.gold.json")) or sorted(DEVSET.glob("*.gold.json"))
    articles = load_articles(files)
    reference = replay_reference(articles)
    shuffled = list(articles)
    random.Random(20251126).shuffle(shuffled)
    worker = pipeline.start_worker()
    await worker.wait_ready()

    await pipeline.publish(article_records(shuffled))
    await pipeline.wait_drained()

    assert await table_states(pipeline) == reference.states
    # The status gauge is computed from the same table.
    metrics = await worker.metrics()
    wanted = Counter(status for instances in reference.states.values() for _, status in instances)
    for status, count in wanted.items():
        assert metrics[f'newsstream_agreements{{status="{status}"}}'] == count
    alerts = alert_bodies(await pipeline.read(pipeline.topics.alerts, settle=1.0))
    streamed = key_statuses(alerts)
    for key, statuses in key_statuses(reference.alerts).items():
        assert statuses <= streamed.get(key, set()), key
    extra = {(a["agreement"]["id"], a["status"]) for a in alerts} - {
        (a["agreement"]["id"], a["status"]) for a in reference.alerts
    }
    print(  # noqa: T201
        f"\n{len(files)} articles shuffled: {len(reference.states)} keys, states equal;"
        f" {len(alerts)} alerts streamed vs {len(reference.alerts)} in replay,"
        f" {len(extra)} (instance, status) pairs replay does not have"
    )


def key_statuses(alerts: list[dict[str, Any]]) -> dict[str, set[str]]:
    """The statuses alerted per agreement key (parties and scope)."""
    out: dict[str, set[str]] = {}
    for alert in alerts:
        key = agreement_key(tuple(alert["agreement"]["parties"]), alert["agreement"]["scope"])
        out.setdefault(key, set()).add(alert["status"])
    return out
