"""Names the gazetteer and the place list hold for older or regional wordings: the
Organization of African Unity is the African Union's predecessor, and India's north-east
states and cities place a speaker in India."""

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
        "Talks on the border war stalled. An OAU spokesman in Algiers said the "
        "organisation would keep trying.",
        "Talks on the border war stalled. The Organization of African Unity said the "
        "organisation would keep trying.",
    ],
)
def test_the_oau_speaks_as_the_african_union(extract: Extract, text: str) -> None:
    assert speaker_of(extract(text), "would keep trying") == "AU"


@pytest.mark.parametrize(
    "text",
    [
        "Police in Assam said two men were killed in a shootout near the border.",
        "Manipur's chief minister, Okram Singh, said two men were killed in a shootout "
        "near the border.",
    ],
)
def test_a_north_east_indian_state_places_its_officials_in_india(
    extract: Extract, text: str
) -> None:
    assert speaker_of(extract(text), "two men were killed") == "IND"


def test_a_private_person_in_an_indian_state_stays_nobodys(extract: Extract) -> None:
    statements = extract(
        "A shopkeeper in Kohima said two men were killed in a shootout near the border."
    )
    assert speaker_of(statements, "two men were killed") == "UNKNOWN"
