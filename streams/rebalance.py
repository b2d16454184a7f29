"""Two guards around Faust's consumer at rebalances, so that no record is lost or stalled.

Both answer races in Faust's recovery (faust-streaming 0.15, issue 596 upstream). Its
fetcher reads with Faust's set of active partitions, the same set object that a recovery
later fills with the source partitions, so a fetch in flight can return source records at
any point around the seek to the committed offsets:

- while the flow is running, before the seek: the agents get records whose read offset the
  seek then resets, and Faust's acknowledgement bookkeeping stops the committed offset;
- while the flow is stopped: Faust drops the records and "seeks back to the committed
  offsets", which aiokafka skips for a partition with no committed offset, so records a
  worker fetched before its first commit were never read again.

``guard_rebalances`` holds the flow from the end of a recovery until Faust has sought back,
and makes seeking back cover partitions that have no committed offset yet.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

SEEKS_UNCOMMITTED = "_newsstream_seeks_uncommitted"
"""Marks a consumer whose ``seek_to_committed`` already covers uncommitted partitions."""


def guard_rebalances(app: Any) -> None:
    """Connect both guards to ``app``'s rebalance signals (nothing runs until a worker)."""

    async def on_assigned(sender: Any, *_: Any, **__: Any) -> None:
        # Sent at every assignment, before the recovery that ends in on_rebalance_complete.
        seek_uncommitted_to_start(sender.consumer, changelogs=sender.tables.changelog_topics)

    async def on_recovered(sender: Any, *_: Any, **__: Any) -> None:
        # Sent just before Faust resumes the source partitions and seeks them; Faust
        # resumes the flow itself once the seek is done.
        sender.consumer.stop_flow()

    app.on_partitions_assigned.connect(on_assigned)
    app.on_rebalance_complete.connect(on_recovered)


def seek_uncommitted_to_start(consumer: Any, *, changelogs: set[str]) -> None:
    """Make ``consumer.seek_to_committed`` also rewind source partitions with no commit.

    Without a committed offset (or with 0) aiokafka leaves the position where the fetcher
    has got to, past records Faust may have dropped unprocessed. Such a partition starts
    from the beginning, as ``consumer_auto_offset_reset="earliest"`` (set by ``create_app``)
    does when a worker is first assigned it. Table changelogs are left to Faust, which
    positions them itself. Installing twice is a no-op.
    """
    if getattr(consumer, SEEKS_UNCOMMITTED, False):
        return
    seek_to_committed: Callable[[], Awaitable[Mapping[Any, int | None]]]
    seek_to_committed = consumer.seek_to_committed

    async def seek_to_committed_or_start() -> Mapping[Any, int | None]:
        committed = await seek_to_committed()
        uncommitted = [
            tp for tp, offset in committed.items() if not offset and tp.topic not in changelogs
        ]
        for tp in uncommitted:
            # Offset 0 is the start; a partition whose log starts later is out of range and
            # reset to its first offset (auto_offset_reset "earliest").
            await consumer.seek(tp, 0)
        return committed

    consumer.seek_to_committed = seek_to_committed_or_start
    setattr(consumer, SEEKS_UNCOMMITTED, True)
