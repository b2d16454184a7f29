"""Reports a source passes on: ``X was quoted by the agency as saying …`` and ``the agency
quoted X as saying …``. The person quoted speaks, not the outlet that quotes them, and a
quote before the construction is their words."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from statement_checks import speaker_of

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


def test_quoted_by_an_outlet_as_saying(extract: Extract) -> None:
    statements = extract(
        "Kenyan Foreign Minister Musalia Mudavadi was quoted by state radio as saying the "
        "talks in Nairobi would resume after the weekend."
    )
    assert speaker_of(statements, "would resume after the weekend") == "KEN"


def test_an_outlet_quoted_a_person_as_saying(extract: Extract) -> None:
    statements = extract(
        "Interfax quoted Kremlin spokesman Dmitry Peskov as saying that Moscow saw no "
        "reason to extend the pause."
    )
    assert speaker_of(statements, "no reason to extend the pause") == "RUS"


def test_a_quote_before_an_outlet_that_quoted_the_speaker(extract: Extract) -> None:
    statements = extract(
        '"We will not hand over our weapons before the army leaves the villages," '
        "the broadcaster quoted Colombian Defence Minister Ivan Velasquez as saying."
    )
    assert speaker_of(statements, "hand over our weapons") == "COL"


def test_a_quote_before_a_passive_quoted_as_saying(extract: Extract) -> None:
    statements = extract(
        '"The line of contact has been quiet since midnight," Armenian Prime Minister '
        "Nikol Pashinyan was quoted as saying by a news agency in Yerevan."
    )
    assert speaker_of(statements, "quiet since midnight") == "ARM"


def test_quoted_in_a_newspaper_saying(extract: Extract) -> None:
    statements = extract(
        "Pakistani Foreign Minister Ishaq Dar was quoted in a Lahore daily saying, "
        '"our forces will respect the understanding as long as the other side does."'
    )
    assert speaker_of(statements, "respect the understanding") == "PAK"


def test_the_object_pronoun_quoted_is_the_person_named_before(extract: Extract) -> None:
    statements = extract(
        "Thai Prime Minister Anutin Charnvirakul met the army chief on Monday. "
        '"Every village on the border must be safe again," his office quoted him as saying.'
    )
    assert speaker_of(statements, "on the border must be safe") == "THA"


def test_figures_quoted_in_a_report_are_no_speaker(extract: Extract) -> None:
    statements = extract(
        "The casualty figures quoted in the report showing a fall in deaths were disputed."
    )
    assert statements == ()
