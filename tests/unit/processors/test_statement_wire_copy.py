"""Statements in wire copy of the 2025 truces: bodies named by a two-word noun (``the air
force``), reports in the past perfect (``had written that``), trailing attributions after a
fronted time phrase, and bodies named without a country."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from statement_checks import speaker_of

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


# -- a body whose name ends in a word that is no body alone ----------------------------


def test_a_country_s_air_force_speaks_for_it(extract: Extract) -> None:
    statements = extract(
        "Ukraine's air force said it had recorded no Russian drone launches overnight."
    )
    assert speaker_of(statements, "no Russian drone launches") == "UKR"


def test_the_air_force_after_its_report_speaks_for_the_state_named(extract: Extract) -> None:
    statements = extract(
        "Russia launched 120 drones and 9 missiles at Ukraine overnight, the air force said."
    )
    assert speaker_of(statements, "120 drones") == "UKR"


def test_an_israeli_air_force_report_with_a_time_adjunct(extract: Extract) -> None:
    statements = extract(
        "Israel's air force said on Monday morning that it had intercepted two drones."
    )
    assert speaker_of(statements, "intercepted two drones") == "ISR"


def test_the_use_of_force_is_no_speaker(extract: Extract) -> None:
    statements = extract("He warned that the use of force said nothing good about the plan.")
    assert not any("nothing good" in s.content for s in statements)
