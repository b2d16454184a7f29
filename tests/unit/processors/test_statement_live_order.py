"""A live blog written from the newest entry down introduces its people in the oldest
entry, at the bottom: a short reference above the introduction means the person named
there."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from statement_checks import speaker_of

from processors.layout import newest_first
from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]

_NEWEST_FIRST = (
    "Darfur talks - live (all times Doha, GMT+3)\n\n"
    '16:30 - Idris, speaking after the session, says: "We are close to a text."\n\n'
    "12:10 - The delegations broke for lunch after a morning of contacts.\n\n"
    "09:00 - Good morning. Sudan's chief negotiator Mahmoud Idris and the rebel "
    "delegation opened the talks in Doha late last night."
)


def test_a_newest_first_live_blog_is_told_from_one_told_oldest_first() -> None:
    assert newest_first(_NEWEST_FIRST)
    ascending = "Live\n\n09:00 - Morning.\n\n12:10 - Lunch.\n\n16:30 - Evening."
    assert not newest_first(ascending)
    assert not newest_first("Two stamps only.\n\n16:30 - Evening.\n\n09:00 - Morning.")


def test_a_surname_above_its_introduction_in_a_newest_first_blog_takes_its_side(
    extract: Extract,
) -> None:
    assert speaker_of(extract(_NEWEST_FIRST), "We are close to a text") == "SDN"


def test_a_surname_before_a_later_introduction_in_straight_copy_keeps_no_side(
    extract: Extract,
) -> None:
    # Straight copy introduces people before it shortens them: no looking ahead there.
    text = (
        'The Darfur talks resumed in Doha on Friday. "We are close to a text," Idris '
        "said after the session. Sudan's chief negotiator Mahmoud Idris later met the "
        "mediators."
    )
    assert speaker_of(extract(text), "We are close to a text") == "UNKNOWN"
