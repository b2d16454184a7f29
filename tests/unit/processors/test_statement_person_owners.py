"""A possessive of a person the text gave a side (``Cardenas's chief negotiator`` after
``President Esteban Cardenas``) gives that side, as a gazetteer person's does."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from statement_checks import speaker_of

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


def test_a_possessive_of_a_person_the_text_gave_a_side_gives_that_side(
    extract: Extract,
) -> None:
    text = (
        "BOGOTA - Colombia's government and the ELN resumed talks in Havana on Friday. "
        "President Esteban Cardenas said Colombia wanted a ceasefire by Christmas. "
        "Cardenas's chief negotiator Luis Ortega said the next round would open in Caracas."
    )
    assert speaker_of(extract(text), "the next round would open") == "COL"


def test_a_possessive_of_a_private_person_gives_no_side(extract: Extract) -> None:
    text = (
        "BOGOTA - Colombia's government and the ELN resumed talks in Havana on Friday. "
        "Maria Ruiz, a teacher whose son was kidnapped in Arauca, waited outside. Ruiz's "
        "lawyer Ana Perez said the family had heard nothing for a year."
    )
    assert speaker_of(extract(text), "the family had heard nothing") == "UNKNOWN"
