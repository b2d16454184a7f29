"""A truce its own phrase confines to a city, a town, a valley or a mountain range."""

from __future__ import annotations

import pytest
from agreement_checks import Observe

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "text",
    [
        "Yemen's government and the Houthis agreed to a ceasefire for the city of Hodeidah.",
        "Pakistan's army and the TTP agreed to a truce for the Swat valley on Monday.",
        "Israel and Hezbollah agreed a truce for the town of Bint Jbeil.",
        "The Kachin Independence Army and Myanmar's military agreed a truce covering the "
        "Kachin hills.",
        "Sudan's army and the RSF renewed the Nuba Mountains ceasefire.",
    ],
)
def test_a_truce_for_a_city_or_a_mountain_range_is_a_local_one(observe: Observe, text: str) -> None:
    assert {o.agreement.scope for o in observe(text)} == {"other"}


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas agreed to a ceasefire in Gaza.",
        "Russia and Turkey agreed on a ceasefire in Syria's Idlib province.",
        "Ethiopia and Eritrea signed a ceasefire in Algiers on Sunday.",
        "Armenia and Azerbaijan agreed to a ceasefire along the border.",
        "Sudan's army and the RSF signed a truce in the Saudi city of Jeddah.",
        "The PKK announced a ceasefire with Turkey at a news conference in the Qandil mountains.",
    ],
)
def test_a_truce_for_a_whole_war_or_signed_in_a_city_stays_general(
    observe: Observe, text: str
) -> None:
    assert {o.agreement.scope for o in observe(text)} == {"general"}
