"""Violations named as what a monitoring body is to look into are no violations told."""

from __future__ import annotations

import pytest
from agreement_checks import Observe

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "text",
    [
        "Colombia and the ELN signed a truce on Sunday. A UN team will be set up to inquire "
        "into complaints of violations from either side.",
        "Colombia and the ELN signed a truce on Sunday. A UN team will monitor violations by "
        "both sides.",
        "Sudan and South Sudan agreed a ceasefire. An African Union panel is to probe any "
        "breach of it.",
    ],
)
def test_violations_a_monitor_is_to_look_into_are_none_told(observe: Observe, text: str) -> None:
    found = observe(text)
    assert found
    assert all(o.status != "violated" for o in found), found


def test_violations_reported_are_told(observe: Observe) -> None:
    found = observe(
        "Colombia and the ELN signed a truce on Sunday. The UN said there had been "
        "violations by both sides on Monday."
    )
    assert any(o.status == "violated" for o in found)
