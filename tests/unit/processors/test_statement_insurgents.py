"""Insurgents named by the state they fight: ``Colombian rebels said``, ``rebels in
Mozambique say``, ``a spokesman for one of Myanmar's rebel armies said``. The state is
where they fight, never their side: they are the armed group the text names, else
nobody's."""

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
            # The group is named only after the phrase.
            "Colombian rebels said on Sunday they would free two soldiers held since "
            "March. The National Liberation Army (ELN) has held talks with the government "
            "since last year.",
            "they would free two soldiers",
            "ELN",
        ),
        (
            "RENAMO fighters attacked a convoy near Gorongosa. Rebels in Mozambique say "
            "they will keep their bases until the army leaves the district.",
            "they will keep their bases",
            "RENAMO",
        ),
        (
            "The LTTE shelled an army camp near Kilinochchi. A spokesman for Sri Lanka's "
            "rebel movement said the attack answered an air raid on a village.",
            "the attack answered an air raid",
            "LTTE",
        ),
        (
            # No group named anywhere: nobody's, not the state's.
            "Nigerian insurgents said on Monday they had seized a military base in the "
            "north-east, a claim the army denied.",
            "they had seized a military base",
            "UNKNOWN",
        ),
    ],
)
def test_insurgents_named_by_their_state_speak_for_the_armed_group(
    extract: Extract, text: str, words: str, actor: str
) -> None:
    assert speaker_of(extract(text), words) == actor


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (
            # The rebels are whom the negotiator deals with, not whom he speaks for.
            "The ELN freed two hostages on Friday. Colombia's chief negotiator with the "
            "rebels said the gesture would help the next round.",
            "the gesture would help",
            "COL",
        ),
        (
            # A state organ in the phrase: the state's own official.
            "The LTTE shelled an army camp. A Sri Lankan military spokesman on the rebel "
            "attack said two soldiers were wounded.",
            "two soldiers were wounded",
            "LKA",
        ),
    ],
)
def test_a_state_speaker_who_names_the_rebels_stays_the_states(
    extract: Extract, text: str, words: str, actor: str
) -> None:
    assert speaker_of(extract(text), words) == actor
