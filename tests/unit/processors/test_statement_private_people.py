"""A private person described by an occupation or a place in life (``a market trader``,
``a vendor in Kauda``, ``a fisherman``) is a speaker of their own, with no side, as a
shopkeeper or a farmer is; a surname that is also such a word still names its person."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from statement_checks import speaker_of

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


@pytest.mark.parametrize(
    "text",
    [
        'Residents of Goma were cautious. "We have heard promises before," a market trader said.',
        '"We have heard promises before," said one vendor in Kauda.',
        "A fisherman in Trincomalee said we have heard promises before.",
        "A widow in Bria said we have heard promises before.",
    ],
)
def test_a_private_person_by_occupation_speaks_for_no_side(extract: Extract, text: str) -> None:
    assert speaker_of(extract(text), "heard promises before") == "UNKNOWN"


def test_a_statesman_named_like_an_occupation_keeps_his_side(extract: Extract) -> None:
    statements = extract("Secretary of State James Baker said the talks would go on.")
    assert speaker_of(statements, "the talks would go on") == "USA"
