"""A person the narration names as ``NAME of SIDE`` (``Seyoum Mesfin of Ethiopia``)
speaks for that side when quoted later by one name; a place that is only a city, or
words inside a quote, place nobody."""

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
            "The talks were attended by Tomas Berhe of Eritrea and Abebe Kassa of "
            "Ethiopia. Berhe said the truce would hold. Kassa said it was a good start.",
            "the truce would hold",
            "ERI",
        ),
        (
            "The talks were attended by Tomas Berhe of Eritrea and Abebe Kassa of "
            "Ethiopia. Berhe said the truce would hold. Kassa said it was a good start.",
            "it was a good start",
            "ETH",
        ),
        (
            "Armenia and Azerbaijan met in Prague. Deputy Foreign Minister Aram Sargsyan "
            "of Armenia led one team. Sargsyan told reporters the border was calm.",
            "the border was calm",
            "ARM",
        ),
        (
            "Then Nadia Romero of the OSCE arrived in Donetsk. Romero said the monitors "
            "had recorded 40 explosions overnight.",
            "had recorded 40 explosions",
            "OSCE",
        ),
    ],
)
def test_a_name_of_a_side_speaks_for_it_later(
    extract: Extract, text: str, words: str, actor: str
) -> None:
    assert speaker_of(extract(text), words) == actor


def test_a_name_of_a_city_is_placed_on_no_side(extract: Extract) -> None:
    statements = extract(
        "Ethiopia and Eritrea signed a truce on Sunday in Algiers. Mulu Gebre of Asmara "
        "runs a shop near the market. Gebre said prices had doubled."
    )
    assert speaker_of(statements, "prices had doubled") == "UNKNOWN"


def test_a_name_of_a_side_inside_a_quote_is_not_remembered(extract: Extract) -> None:
    statements = extract(
        'Ethiopia and Eritrea signed a truce on Sunday. "Abebe Kassa of Ethiopia cannot '
        'be trusted," one man said. Kassa said the truce would hold.'
    )
    assert speaker_of(statements, "the truce would hold") == "UNKNOWN"
