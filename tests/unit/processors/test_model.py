"""The records' shared helpers: how a time is written in every message."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone

import pytest

from processors.model import format_time, parse_time

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("moment", "written"),
    [
        (datetime(2025, 4, 17, 18, 0, tzinfo=UTC), "2025-04-17T18:00:00Z"),
        (datetime(2025, 1, 2, 3, 4, 5, 6, tzinfo=UTC), "2025-01-02T03:04:05.000006Z"),
        (datetime(2030, 12, 31, 23, 59, 59, 999999, tzinfo=UTC), "2030-12-31T23:59:59.999999Z"),
        (datetime(987, 6, 5, 4, 3, 2, 100000, tzinfo=UTC), "0987-06-05T04:03:02.100000Z"),
        (datetime(1, 1, 1, tzinfo=UTC), "0001-01-01T00:00:00Z"),
    ],
)
def test_a_utc_time_is_written_in_rfc_3339_with_z(moment: datetime, written: str) -> None:
    assert format_time(moment) == written
    assert parse_time(written) == moment


def test_utc_times_are_written_as_isoformat_writes_them() -> None:
    """The UTC layout is written out (faster than ``isoformat``); it must not differ."""
    rng = random.Random(5)
    start = datetime(1, 1, 1, tzinfo=UTC)
    for _ in range(2000):
        moment = start + timedelta(days=rng.uniform(0, 3_652_000), microseconds=rng.randrange(2))
        assert format_time(moment) == moment.isoformat().replace("+00:00", "Z")


def test_a_time_in_another_offset_keeps_it() -> None:
    moment = datetime(2025, 4, 17, 20, 0, tzinfo=timezone(timedelta(hours=2)))
    assert format_time(moment) == "2025-04-17T20:00:00+02:00"
    assert format_time(None) is None
