"""A coalition's agreement is keyed by the coalition, whichever member a sentence names."""

from __future__ import annotations

import pytest
from agreement_checks import Observe

from processors.model import Observation

pytestmark = pytest.mark.unit


def keys(found: tuple[Observation, ...]) -> set[tuple[str, str]]:
    return {(o.agreement.id, o.status) for o in found}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Myanmar's junta and the Three Brotherhood Alliance agreed to a truce in Shan "
            "State. Myanmar's army accused the TNLA of violating the truce on Monday.",
            "violated",
        ),
        (
            "The Three Brotherhood Alliance and Myanmar's military signed a ceasefire last "
            "week. Under its terms the TNLA will not advance on Kyaukme and Myanmar's "
            "military will stop air strikes on towns the alliance holds.",
            "in_effect",
        ),
        (
            "Talks between Myanmar's junta and the Brotherhood Alliance ended with a truce. "
            "The TNLA broke the ceasefire with Myanmar's army near Kyaukme on Sunday.",
            "violated",
        ),
    ],
)
def test_a_member_named_on_the_coalitions_truce_is_the_coalition(
    observe: Observe, text: str, status: str
) -> None:
    found = keys(observe(text))
    assert ("MMR+TBA/general", status) in found
    assert not any(key in ("MMR+TNLA/general", "MMR+MNDAA/general") for key, _ in found)


def test_two_members_and_the_alliance_bring_the_coalition_in(observe: Observe) -> None:
    text = (
        "The TNLA and the MNDAA said the alliance would respect the truce with Myanmar's "
        "military. Myanmar's army said the TNLA had violated the ceasefire near Nawnghkio."
    )
    assert ("MMR+TBA/general", "violated") in keys(observe(text))


def test_a_members_own_declaration_keeps_its_key(observe: Observe) -> None:
    text = (
        "The MNDAA declared a unilateral ceasefire with Myanmar's military on Tuesday. The "
        "Three Brotherhood Alliance had agreed a truce with Myanmar's junta in January."
    )
    assert ("MMR+MNDAA/general", "agreed") in keys(observe(text))


def test_a_members_own_other_truce_keeps_its_key(observe: Observe) -> None:
    text = (
        "The Three Brotherhood Alliance launched an offensive on Myanmar's army in Shan "
        "State. The Arakan Army had observed an informal truce with Myanmar's military "
        "in Rakhine since 2022."
    )
    found = keys(observe(text))
    assert ("ARAKAN_ARMY+MMR/general", "in_effect") in found
    assert ("MMR+TBA/general", "in_effect") not in found


def test_a_member_alone_is_itself(observe: Observe) -> None:
    text = "The TNLA and Myanmar's military agreed to a ceasefire in northern Shan on Friday."
    assert ("MMR+TNLA/general", "agreed") in keys(observe(text))
