"""An accusation of ending an agreement alleges a breach: the agreement has not ended."""

from __future__ import annotations

import pytest
from agreement_checks import Observe

from processors.model import Observation

pytestmark = pytest.mark.unit


def statuses(found: tuple[Observation, ...]) -> set[tuple[str, str]]:
    return {(o.agreement.id, o.status) for o in found}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Armenia and Azerbaijan accused each other on Sunday of wrecking the "
            "humanitarian truce.",
            "ARM+AZE/humanitarian",
        ),
        (
            "South Sudan's army accused the rebels of scrapping the ceasefire in Upper Nile, "
            "officials in Juba said.",
            "SPLM_IO+SSD/general",
        ),
        ("Hamas accused Israel of tearing up the Gaza ceasefire.", "HAMAS+ISR/general"),
    ],
)
def test_accused_of_ending_an_agreement_is_a_violation(
    observe: Observe, text: str, key: str
) -> None:
    found = statuses(observe(text))
    assert (key, "violated") in found, found
    assert (key, "collapsed") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Colombia's army scrapped the ceasefire with the ELN on Sunday, officials said.",
        "The ELN said the army had torn up the ceasefire in Arauca on Sunday.",
    ],
)
def test_ending_an_agreement_told_without_an_accusation_is_a_collapse(
    observe: Observe, text: str
) -> None:
    assert ("COL+ELN/general", "collapsed") in statuses(observe(text))
