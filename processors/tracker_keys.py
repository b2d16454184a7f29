"""The names the tracker gives what it follows: tracking keys, sides and instance ids.

An observation's agreement is kept under ``tracking_key``; each instance of a key gets
an id from ``instance_id`` (the key and the day it opened); ``signature_of`` tells one
extension of an agreement from another.
"""

from __future__ import annotations

from collections.abc import Container
from datetime import UTC, datetime
from typing import Final

from processors.model import Agreement, Observation, agreement_key, format_time


def tracking_key(agreement: Agreement) -> str:
    """The key the tracker keeps an observed agreement under: its id, which names the
    sides the extractor keys it by (HEZBOLLAH+ISR for an article that says Lebanon), in
    sorted order; an id that is no key falls back to the parties' key."""
    ident = agreement.id
    sides, slash, scope = ident.rpartition("/")
    if not slash or "@" in ident or scope != agreement.scope:
        return agreement.key
    names = sides.split("+")
    if len(names) != len(agreement.parties):
        return agreement.key
    return agreement_key(tuple(names), scope)


def key_sides(key: str) -> tuple[str, ...]:
    """The sorted sides a key (``tracking_key``) names: an instance's parties."""
    return tuple(key.rpartition("/")[0].split("+"))


def side_of(obs: Observation, ours: Agreement) -> str | None:
    """``obs.by`` as a side of the instance ``ours``: an actor its article names the side
    by another name ("Lebanon accepted" of a ceasefire keyed HEZBOLLAH+ISR) is the one
    side of the instance its own parties lack."""
    by = obs.by
    if by is None or by in ours.parties or by not in obs.agreement.parties:
        return by  # the usual case
    missing = [p for p in ours.parties if p not in obs.agreement.parties]
    return missing[0] if len(missing) == 1 else by


def instance_id(key: str, opened: datetime, taken: Container[str]) -> str:
    """The id of an instance of ``key`` opened at ``opened``: the key and the date, with
    ``.2``, ``.3``... for a second, third instance of the key opened the same day (the first
    truce collapsed in the morning, another was declared in the afternoon).

    The fold opens instances in event-time order, so the ids do not depend on the order
    articles arrive in.
    """
    if opened.tzinfo is not UTC:
        opened = opened.astimezone(UTC)  # (to UTC from UTC it would return ``opened``)
    base = f"{key}@{_iso_date(opened)}"
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}.{number}"
    return candidate


_TWO_DIGITS: Final = tuple(f"{n:02d}" for n in range(100))


def _iso_date(moment: datetime) -> str:
    """``moment.date().isoformat()`` (YYYY-MM-DD) without ``isoformat``, whose formatting
    through ``sprintf`` costs several times more than these lookups."""
    year = moment.year
    digits = str(year) if year >= 1000 else f"{year:04d}"
    return f"{digits}-{_TWO_DIGITS[moment.month]}-{_TWO_DIGITS[moment.day]}"


def signature_of(agreement: Agreement) -> str:
    """What tells one extension from another: its new end, else its length."""
    if agreement.ends is not None:
        return f"@{format_time(agreement.ends)}"
    return "" if agreement.duration_days is None else f"+{agreement.duration_days:g}d"
