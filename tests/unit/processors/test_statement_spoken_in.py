"""A holder of a state office whose state the text does not give speaks for the state
whose capital the attribution says they spoke in (``said in Baku``); a city that is no
capital, or no place at all, gives no side."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from statement_checks import speaker_of

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]

_OPENING = "Armenia and Azerbaijan traded fire on the border again. "


@pytest.mark.parametrize(
    ("attribution", "actor"),
    [
        ("Defence Minister Ruben Mirzoyan said in Baku", "AZE"),
        ("Defence Minister Ruben Mirzoyan told reporters in Yerevan", "ARM"),
    ],
)
def test_an_office_holder_speaks_for_the_capital_he_spoke_in(
    extract: Extract, attribution: str, actor: str
) -> None:
    statements = extract(f"{_OPENING}{attribution} that the army would hold its positions.")
    assert speaker_of(statements, "the army would hold its positions") == actor


@pytest.mark.parametrize(
    "attribution",
    [
        "Defence Minister Ruben Mirzoyan said in Geneva",
        "Defence Minister Ruben Mirzoyan said in a statement",
    ],
)
def test_a_city_that_is_no_capital_gives_no_side(extract: Extract, attribution: str) -> None:
    statements = extract(f"{_OPENING}{attribution} that the army would hold its positions.")
    assert speaker_of(statements, "the army would hold its positions") == "UNKNOWN"
