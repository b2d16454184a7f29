"""A start at a clock time with no zone, well after the article's time, has not begun."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from agreement_checks import Observe

pytestmark = pytest.mark.unit

# A Wednesday, 17:30 UTC.
EVENING = datetime(2025, 6, 4, 17, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Colombia and the ELN signed an accord on Wednesday that provides for a ceasefire to "
        "take effect at noon on Thursday.",
        "Sudan and South Sudan agreed a truce on Wednesday. It takes effect at midnight on "
        "Saturday.",
    ],
)
def test_a_clock_start_a_day_ahead_is_not_yet_in_force(observe: Observe, text: str) -> None:
    found = observe(text, published=EVENING)
    assert found
    assert all(o.status != "in_effect" for o in found), found


def test_a_clock_start_already_past_is_in_force(observe: Observe) -> None:
    found = observe(
        "Colombia and the ELN signed a ceasefire on Monday. It took effect at noon on Tuesday.",
        published=EVENING,
    )
    assert any(o.status == "in_effect" for o in found)


# -- a weekday said to be still ahead ("next Sunday", "this coming Monday") --------------


@pytest.mark.parametrize(
    "text",
    [
        "Thailand and Cambodia are observing the truce, which expires next Sunday.",
        "Thailand and Cambodia said the ceasefire, which expires this coming Monday, was holding.",
    ],
)
def test_an_end_next_week_has_not_come(observe: Observe, text: str) -> None:
    found = observe(text, published=EVENING)
    assert found
    assert all(o.status != "expired" for o in found), found


def test_a_start_next_sunday_has_not_come(observe: Observe) -> None:
    found = observe(
        "The ceasefire between Thailand and Cambodia takes effect next Sunday.", published=EVENING
    )
    assert [o.status for o in found] == ["agreed"]


def test_an_end_last_sunday_is_told_as_done(observe: Observe) -> None:
    found = observe("The truce between Thailand and Cambodia expired on Sunday.", published=EVENING)
    assert [o.status for o in found] == ["expired"]
