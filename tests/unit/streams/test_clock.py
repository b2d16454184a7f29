"""The event-time clock: ticks, the extraction watermark and the tracker's pending index."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import orjson
import pytest

from streams.agents.clock import (
    PendingIndex,
    Watermark,
    decode_tick,
    encode_tick,
    is_pending_key,
    pending_key,
)

pytestmark = pytest.mark.unit

T0 = datetime(2025, 3, 18, 18, tzinfo=UTC)


def test_a_tick_round_trips() -> None:
    assert orjson.loads(encode_tick(T0)) == {"event_time": "2025-03-18T18:00:00Z"}
    assert decode_tick(encode_tick(T0)) == T0


@pytest.mark.parametrize("raw", [None, b"[]", b'{"event_time": 5}', b"{}", b"nope"])
def test_anything_else_is_not_a_tick(raw: bytes | None) -> None:
    with pytest.raises(ValueError):
        decode_tick(raw)


def test_the_watermark_only_moves_on() -> None:
    mark = Watermark()

    assert mark.advance(None) is False
    assert mark.advance(T0) is True
    assert mark.advance(T0) is False
    assert mark.advance(T0 - timedelta(days=1)) is False
    assert mark.advance(T0 + timedelta(seconds=1)) is True
    assert mark.value == T0 + timedelta(seconds=1)


def test_index_keys_never_look_like_agreement_keys() -> None:
    assert pending_key(3) == "__pending__/3"
    assert is_pending_key(pending_key(0))
    assert not is_pending_key("RUS+UKR/energy_infrastructure")


def test_the_index_orders_keys_by_deadline_and_replaces_them() -> None:
    index = PendingIndex().with_deadlines(
        [("b", T0 + timedelta(days=2)), ("a", T0 + timedelta(days=1)), ("c", None)]
    )
    assert [key for _, key in index.entries] == ["a", "b"]

    moved = index.with_deadlines([("a", T0 + timedelta(days=3)), ("b", None)])
    assert moved.entries == ((T0 + timedelta(days=3), "a"),)
    assert moved.deadline_of("a") == T0 + timedelta(days=3)
    assert moved.deadline_of("b") is None


def test_due_means_strictly_past_the_deadline() -> None:
    index = PendingIndex().with_deadlines([("a", T0), ("b", T0 + timedelta(hours=1))])

    assert index.due(T0) == []
    assert index.due(T0 + timedelta(seconds=1)) == ["a"]
    assert index.due(T0 + timedelta(days=1)) == ["a", "b"]


def test_the_index_clock_never_moves_back_and_round_trips() -> None:
    index = PendingIndex().with_deadlines([("a", T0)]).with_clock(T0)
    assert index.with_clock(T0 - timedelta(days=1)) is index

    data = orjson.loads(orjson.dumps(index.to_dict()))
    assert PendingIndex.from_dict(data) == index
    assert PendingIndex.from_dict(None) == PendingIndex()
