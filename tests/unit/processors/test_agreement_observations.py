"""The sides an observation is keyed by."""

from __future__ import annotations

import pytest
from agreement_checks import Observe

from processors.agreement_lexicon import AgreementLexicon, load_agreement_lexicon
from processors.agreement_observations import keyed_sides

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def lexicon() -> AgreementLexicon:
    return load_agreement_lexicon()


def test_a_key_of_one_side_named_twice_is_not_merged_into_one_name(
    lexicon: AgreementLexicon,
) -> None:
    assert keyed_sides(("ISR", "LBN"), lexicon) == ("HEZBOLLAH", "ISR")
    assert keyed_sides(("HEZBOLLAH", "LBN"), lexicon) == ("HEZBOLLAH", "LBN")
    assert keyed_sides(("RUS", "UKR"), lexicon) == ("RUS", "UKR")


def test_an_ally_fighting_for_a_side_is_keyed_as_that_side_against_its_enemy(
    lexicon: AgreementLexicon,
) -> None:
    assert keyed_sides(("HOUTHIS", "SAU"), lexicon) == ("HOUTHIS", "YEM")
    assert keyed_sides(("ARE", "HOUTHIS"), lexicon) == ("HOUTHIS", "YEM")
    assert keyed_sides(("HOUTHIS", "SAU", "YEM"), lexicon) == ("HOUTHIS", "YEM")
    assert keyed_sides(("HOUTHIS", "YEM"), lexicon) == ("HOUTHIS", "YEM")


def test_an_ally_away_from_its_enemy_is_its_own_side(lexicon: AgreementLexicon) -> None:
    assert keyed_sides(("IRN", "SAU"), lexicon) == ("IRN", "SAU")
    assert keyed_sides(("SAU", "YEM"), lexicon) == ("SAU", "YEM")
    assert keyed_sides(("HOUTHIS", "USA"), lexicon) == ("HOUTHIS", "USA")


@pytest.mark.parametrize(
    "text",
    [
        "The Saudi-led coalition fighting in Yemen declared a unilateral two-week ceasefire "
        "on Wednesday; the Houthis called it a manoeuvre.",
        "Saudi Arabia and the Houthis extended their truce by two months on Monday.",
        "Saudi Arabia declared a ceasefire in Yemen on Thursday, but the Houthis rejected it.",
        "The Houthis accused the Saudi-led coalition of breaching the truce with air raids "
        "near Marib.",
        "The coalition led by Saudi Arabia and the United Arab Emirates said the Houthis had "
        "violated the ceasefire, as Yemen's government also said.",
    ],
)
def test_a_truce_of_the_coalition_with_the_houthis_is_keyed_with_the_government(
    observe: Observe, text: str
) -> None:
    found = observe(text)
    assert found
    assert {o.agreement.id.split("/")[0] for o in found} == {"HOUTHIS+YEM"}
