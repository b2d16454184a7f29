"""Insurgencies ending by calls, not deals: a leader's call dated by its day, a call to
lay down arms, a group's fighters withdrawing and the withdrawal halted.

Each reading is checked in several conflicts, with wording of these tests' own.
"""

from __future__ import annotations

import pytest
from agreement_checks import Observe

pytestmark = pytest.mark.unit


def triples(observe: Observe, text: str) -> set[tuple[str, str, str]]:
    return {("+".join(o.agreement.parties), o.agreement.scope, o.status) for o in observe(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ocalan called on Thursday for a ceasefire with Turkey.",
            ("PKK+TUR", "general", "proposed"),
        ),
        (
            "Trump called late on Sunday for a truce between Russia and Ukraine.",
            ("RUS+UKR", "general", "proposed"),
        ),
        (
            "Guterres called again for a ceasefire between Israel and Hamas.",
            ("HAMAS+ISR", "general", "proposed"),
        ),
        (
            "The pope called last week for a truce between Armenia and Azerbaijan.",
            ("ARM+AZE", "general", "proposed"),
        ),
    ],
)
def test_a_call_dated_between_its_verb_and_for_is_a_proposal(
    observe: Observe, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(observe, text)
