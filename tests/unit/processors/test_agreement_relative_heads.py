"""The verb after a relative clause whose subject is a side's common noun is the agreement's."""

from __future__ import annotations

import pytest
from agreement_checks import Observe

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire the Liberian government signed in June has collapsed, LURD said.",
        "By the time Taylor left Liberia, the ceasefire his government signed with LURD in "
        "Accra in June had long since collapsed.",
        "The truce the Colombian army declared with the ELN on Monday broke down on Friday.",
    ],
)
def test_the_verb_after_a_side_signing_it_is_the_agreements(observe: Observe, text: str) -> None:
    assert any(o.status == "collapsed" for o in observe(text))


def test_a_clause_of_its_own_is_no_relative_head(observe: Observe) -> None:
    # "the government" opens a clause of its own after the comma: it did the walking out.
    found = observe(
        "The ceasefire with LURD was signed in June, and the Liberian government has since "
        "walked away from the talks."
    )
    assert all(o.status != "collapsed" or o.agreement.kind != "ceasefire" for o in found)
