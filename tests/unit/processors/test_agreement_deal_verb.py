""" "Deal with" after "to", "and" or a modal is a verb, not an agreement."""

from __future__ import annotations

import pytest
from agreement_checks import Observe

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "text",
    [
        "Colombia and the ELN signed an accord on Saturday. A joint commission is to oversee "
        "the withdrawal of troops, restore the economy and deal with prisoners.",
        "Colombia and the ELN signed an accord on Saturday. A commission is to restore the "
        "economy and deal with prisoners.",
    ],
)
def test_deal_with_as_a_verb_names_no_prisoner_deal(observe: Observe, text: str) -> None:
    found = observe(text)
    assert found
    assert all(o.agreement.scope != "prisoner_exchange" for o in found), found


def test_a_deal_with_a_side_is_still_a_deal(observe: Observe) -> None:
    found = observe("Israel struck a deal with Hamas on Monday to free the hostages.")
    assert any(o.status == "agreed" for o in found)
