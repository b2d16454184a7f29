"""A demonym that opens a local unit's name ("Dane County", "Indian River County") is part
of a place's name, not the people of a state: the speaker's side is not that state."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from statement_checks import speaker_of

from processors.actors import load_gazetteer, scan_mentions
from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


@pytest.mark.parametrize(
    "text",
    [
        "Voters in Dane County waited for hours.",
        "The Indian County sheriff spoke on Tuesday.",
        "Officials of the Polish Township board met on Monday.",
    ],
)
def test_a_demonym_that_opens_a_county_s_name_is_no_mention(text: str) -> None:
    assert [m.alias for m in scan_mentions(load_gazetteer(), text) if m.kind == "demonym"] == []


def test_a_demonym_before_other_nouns_is_still_a_mention() -> None:
    text = "Danish officials and the Indian army spoke on Tuesday."
    found = [m.actor for m in scan_mentions(load_gazetteer(), text) if m.kind == "demonym"]
    assert found == ["DNK", "IND"]


def test_a_county_clerk_s_spokesperson_speaks_for_the_home_state_not_a_foreign_one(
    extract: Extract,
) -> None:
    text = (
        "MADISON, Wis. - Voters at a polling place on the campus were still in line an hour "
        "after polls closed, according to a Dane County clerk's office spokesperson, who "
        "said anyone in line by 8 p.m. would be allowed to vote."
    )
    assert speaker_of(extract(text), "anyone in line by 8 p.m.") != "DNK"
