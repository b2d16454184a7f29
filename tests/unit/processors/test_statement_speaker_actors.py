"""Whose side a speaker is on, read from the words set around the speaker's name: a bare
role of a body set off after the name ("X, head of the AU panel,"), also when the name
stands in the narration and the speaker is quoted later by surname."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from statement_checks import speaker_of

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


@pytest.mark.parametrize(
    ("role", "actor"),
    [
        ("head of the AU mediation team", "AU"),
        ("chief of the IGAD mediation panel", "IGAD"),
        ("Secretary of the Ukrainian Security Council", "UKR"),
    ],
)
def test_a_bare_role_after_an_inverted_speaker_gives_the_body(
    extract: Extract, role: str, actor: str
) -> None:
    statements = extract(
        f'"Both sides have signed," said Amadou Keita, {role}, at a ceremony. '
        '"The monitors arrive next week," said Keita.'
    )
    assert speaker_of(statements, "Both sides") == actor
    assert speaker_of(statements, "monitors arrive") == actor


def test_a_word_that_is_no_role_after_an_inverted_speaker_gives_nothing(
    extract: Extract,
) -> None:
    statements = extract('"Both sides have signed," said Amadou Keita, speaking of the AU plan.')
    assert speaker_of(statements, "Both sides") != "AU"


@pytest.mark.parametrize(
    "opening",
    [
        "On March 2, 2009, Omar Hassan Idris, leader of the rebels, and ",
        "In Minsk, ",
        "",
    ],
)
def test_a_name_with_a_bare_role_in_the_narration_gives_a_later_surname_its_side(
    extract: Extract, opening: str
) -> None:
    statements = extract(
        f"{opening}Ivan Petrenko, Secretary of the Ukrainian Security Council, signed the "
        'truce. "The shelling stops tonight," Mr Petrenko announced.'
    )
    assert speaker_of(statements, "shelling stops") == "UKR"


@pytest.mark.parametrize(
    ("words", "actor"),
    [
        ("Secretary of the Ukrainian Security Council", "UKR"),
        ("fan of the Ukrainian club Dynamo", "UNKNOWN"),  # no role: nothing to remember
    ],
)
def test_only_a_role_set_off_after_a_name_gives_it_a_side(
    extract: Extract, words: str, actor: str
) -> None:
    statements = extract(
        f"Russia and Ukraine swapped prisoners. Ivan Petrenko, {words}, watched the swap. "
        '"We want peace," Mr Petrenko said.'
    )
    assert speaker_of(statements, "want peace") == actor
