"""The sides of an agreement when the article names them as forces of a region or people."""

from __future__ import annotations

import pytest
from agreement_checks import Observe

from processors.model import Observation

pytestmark = pytest.mark.unit


def sides(found: tuple[Observation, ...]) -> set[tuple[str, str]]:
    return {("+".join(o.agreement.parties), o.status) for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "Elders have brokered a 10-day truce between Tigrayan forces and Amhara militias "
        "in southern Tigray.",
        "Tigrayan fighters and Amhara Fano militias agreed on Tuesday to a new truce near Alamata.",
        "Amhara militias and Tigrayan troops signed a local ceasefire in Raya on Sunday.",
    ],
)
def test_regional_forces_are_the_groups_they_name_not_the_state(
    observe: Observe, text: str
) -> None:
    assert sides(observe(text)) == {("FANO+TPLF", "agreed")}


def test_a_tigrayan_side_of_a_deal_with_the_federal_government_is_the_tplf(
    observe: Observe,
) -> None:
    found = observe(
        "Commanders of Ethiopia's army and Tigrayan forces agreed on Saturday to a "
        "ceasefire in the north."
    )
    assert sides(found) == {("ETH+TPLF", "agreed")}


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian Observatory for Human Rights said Turkish-backed rebels violated the "
        "ceasefire between Russia and Turkey in Idlib.",
        "Russia and Turkey agreed a ceasefire in Idlib on Thursday. The Syrian Observatory "
        "for Human Rights said the truce had largely held overnight.",
        "Russia and Turkey agreed a ceasefire in Idlib on Thursday. The Britain-based Syrian "
        "Observatory said the truce was broken within hours.",
    ],
)
def test_a_monitor_named_by_a_demonym_is_neither_a_side_nor_that_state(
    observe: Observe, text: str
) -> None:
    found = observe(text)
    assert found
    assert {o.agreement.parties for o in found} == {("RUS", "TUR")}
