"""The event-time clock that lets the streaming tracker expire agreements like ``replay`` does.

``replay`` advances one global clock to every article's ``published`` time before the
article. In the stream, the extraction agent keeps a watermark (the latest ``published``
it has seen) and, whenever it advances, sends a tick ``{"event_time": ...}`` to *every*
partition of the tracker's input topic, in band with the observations (header
``newsstream-kind: tick``), before the article's own observations. Each partition's log
thus orders every tick after the observations produced before it, as replay does, and the
tracker's table writes for ticks and observations of partition ``p`` both land in
changelog partition ``p`` (Faust writes to the partition of the event being processed).

Per partition the tracker keeps a ``PendingIndex`` in its table, under ``pending_key(p)``:
the partition's clock (the latest tick) and the (deadline, agreement key) pairs of agreement
instances that can still expire, so a tick touches only the keys that are due.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson

from processors.model import format_time, parse_time

KIND_HEADER = "newsstream-kind"
"""Header telling the records of the tracker's input apart: ``tick`` or ``observations``."""
TICK = b"tick"
OBSERVATIONS = b"observations"
"""One article's observations of one agreement, a JSON array in the tracker's fold order (a
single observation object is read too)."""

PENDING_PREFIX = "__pending__/"
"""Table keys of the per-partition indexes; agreement keys never start with it."""


def pending_key(partition: int) -> str:
    """The table key of partition ``partition``'s index."""
    return f"{PENDING_PREFIX}{partition}"


def is_pending_key(key: str) -> bool:
    """True for an index entry, False for an agreement key."""
    return key.startswith(PENDING_PREFIX)


def encode_tick(event_time: datetime) -> bytes:
    """A clock tick message."""
    return orjson.dumps({"event_time": format_time(event_time)})


def decode_tick(raw: bytes | None) -> datetime:
    """The event time of a tick; raises ``ValueError`` for anything else."""
    if raw is None:
        msg = "a clock tick has no value"
        raise ValueError(msg)
    data = orjson.loads(raw)
    if not isinstance(data, dict) or not isinstance(data.get("event_time"), str):
        msg = "a clock tick must be an object with an 'event_time' string"
        raise ValueError(msg)
    moment = parse_time(data["event_time"])
    if moment is None:  # pragma: no cover - parse_time returns None only for None
        msg = "a clock tick has no event time"
        raise ValueError(msg)
    return moment


@dataclass(slots=True)
class Watermark:
    """The latest event time one extraction agent has seen (in memory; only ever moves on).

    It is not persisted: after a restart the first article re-sends a tick, which the
    tracker ignores if its clock is already further.
    """

    value: datetime | None = None

    def advance(self, moment: datetime | None) -> bool:
        """Move to ``moment`` if it is later; True when the watermark moved."""
        if moment is None or (self.value is not None and moment <= self.value):
            return False
        self.value = moment
        return True


@dataclass(frozen=True, slots=True)
class PendingIndex:
    """One partition's clock and its agreement keys ordered by their next deadline."""

    clock: datetime | None = None
    entries: tuple[tuple[datetime, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "clock": format_time(self.clock),
            "entries": [[format_time(when), key] for when, key in self.entries],
        }

    @classmethod
    def from_dict(cls, data: Any) -> PendingIndex:
        """Read a table value; ``None`` (no entry yet) gives an empty index."""
        if not data:
            return cls()
        entries: list[tuple[datetime, str]] = []
        for when, key in data.get("entries", ()):
            moment = parse_time(when)
            if moment is not None:
                entries.append((moment, key))
        return cls(clock=parse_time(data.get("clock")), entries=tuple(sorted(entries)))

    def due(self, now: datetime) -> list[str]:
        """The keys whose deadline ``now`` has passed, earliest first.

        Strictly before, as in ``AgreementTracker.advance_to``: an instance is still in
        force at its end instant."""
        return [key for when, key in self.entries if when < now]

    def deadline_of(self, key: str) -> datetime | None:
        """The recorded deadline of ``key``, if any."""
        for when, known in self.entries:
            if known == key:
                return when
        return None

    def with_deadlines(self, deadlines: Iterable[tuple[str, datetime | None]]) -> PendingIndex:
        """Replace the entries of the keys named (``None``: the key can no longer expire)."""
        changes = dict(deadlines)
        entries = [(when, key) for when, key in self.entries if key not in changes]
        for key, when in changes.items():
            if when is not None:
                insort(entries, (when, key))
        return PendingIndex(clock=self.clock, entries=tuple(entries))

    def with_clock(self, moment: datetime) -> PendingIndex:
        """The same entries at a later clock (never moves back)."""
        if self.clock is not None and moment <= self.clock:
            return self
        return PendingIndex(clock=moment, entries=self.entries)
