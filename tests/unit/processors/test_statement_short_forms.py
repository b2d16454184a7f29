"""A group the text named in full and then calls by one distinctive word of its name
(``the Tigers``, ``the Patriots``) speaks as that group; a generic word of the name
(``the Army``) or a word no group named before holds does not."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from statement_checks import speaker_of

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (
            "Government troops and the Liberation Tigers of Tamil Eelam fought near Jaffna. "
            "The Tigers said on Monday that their fighters had pulled back.",
            "their fighters had pulled back",
            "LTTE",
        ),
        (
            "Envoys of the Coalition of Patriots for Change met officials in Luanda. "
            "The Patriots said they would study the offer before replying.",
            "they would study the offer",
            "CPC",
        ),
        (
            "Uganda and the Lord's Resistance Army agreed to meet in Juba. "
            "The Resistance said it would send a delegation next week.",
            "it would send a delegation",
            "LRA",
        ),
    ],
)
def test_a_distinctive_word_of_a_group_named_before_speaks_for_it(
    extract: Extract, text: str, words: str, actor: str
) -> None:
    assert speaker_of(extract(text), words) == actor


def test_a_short_form_with_no_group_named_before_is_nobodys(extract: Extract) -> None:
    statements = extract("The Tigers said on Monday that their fighters had pulled back.")
    assert speaker_of(statements, "their fighters had pulled back") != "LTTE"


def test_a_generic_word_of_a_groups_name_does_not_stand_for_it(extract: Extract) -> None:
    statements = extract(
        "Uganda and the Lord's Resistance Army agreed to meet in Juba. "
        "The Army said it had moved two battalions north."
    )
    assert speaker_of(statements, "two battalions north") != "LRA"
