"""A pronoun whose own sentence names a war, and no agreement, stands for the war."""

from __future__ import annotations

import pytest
from agreement_checks import Observe

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire with the ELN was signed in May. Petro said the war had become "
        '"a heavy burden" and that he was "taking responsibility for ending it".',
        "Colombia and the ELN signed a ceasefire in May. Petro said the war had become a "
        "heavy burden and that he was taking responsibility for ending it.",
    ],
)
def test_a_pronoun_after_a_war_is_no_agreement(observe: Observe, text: str) -> None:
    found = observe(text)
    assert found
    assert all(o.status == "agreed" for o in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire with the ELN was signed in May. The army said the rebels had broken it.",
        "The war dragged on until the ELN signed a truce with Colombia, but the army broke it "
        "within a week.",
    ],
)
def test_a_pronoun_after_an_agreement_still_stands_for_it(observe: Observe, text: str) -> None:
    assert any(o.status == "violated" for o in observe(text))
