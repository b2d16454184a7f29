"""Who speaks a coordinated verb (``processors.attribution``): the clause's subject, with
an ``and`` inside its name, placed by an opening place, and remembered for later."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from statement_checks import speaker_of

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


@pytest.mark.parametrize(
    "text",
    [
        "The Families and Survivors Forum welcomed the release but said dozens were still held.",
        "The Soldiers and Veterans Council praised the swap and said dozens were still held.",
    ],
)
def test_a_body_with_and_in_its_name_is_the_subject_of_a_coordinated_verb(
    extract: Extract, text: str
) -> None:
    statements = extract(text)
    assert len(statements) == 1
    assert " and " in statements[0].speaker.name


def test_two_subjects_joined_by_and_leave_the_first_to_speak(extract: Extract) -> None:
    statements = extract("Israel and Hamas signed the text but said talks would go on.")
    assert speaker_of(statements, "talks would go on") == "ISR"


def test_an_opening_place_gives_a_coordinated_verbs_subject_its_side(
    extract: Extract,
) -> None:
    statements = extract(
        "In Ukraine, the Coordination Council of Prisoners' Families welcomed the swap "
        "but said hundreds were still held."
    )
    assert speaker_of(statements, "hundreds were still held") == "UKR"


def test_a_body_that_spoke_through_a_coordinated_verb_is_found_again(
    extract: Extract,
) -> None:
    statements = extract(
        "In Israel, the Families and Survivors Forum welcomed the talks but said it "
        'distrusted good news. "We have waited too long," the forum said.'
    )
    assert speaker_of(statements, "We have waited too long") == "ISR"


@pytest.mark.parametrize(
    "text",
    [
        '"The convoys will move on Monday," Kenyatta, who chaired the meeting for the AU, '
        "said after the signing.",
        '"The convoys will move on Monday," Olusegun Obasanjo, who led the panel for the AU, '
        "told reporters.",
        "\u201cThe convoys will move on Monday,\u201d Kenyatta, who chaired the meeting for the "
        "AU, said.",
    ],
)
def test_a_speaker_with_a_relative_aside_after_a_quote_speaks_it(
    extract: Extract, text: str
) -> None:
    statements = extract(text)
    assert [(s.speaker.actor, s.content) for s in statements] == [
        ("AU", "The convoys will move on Monday,")
    ]
