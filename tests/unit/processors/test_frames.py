"""What a reporting verb takes as its content (``processors.frames``), by behaviour."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas accused each other on Tuesday of breaching the truce.",
        "Thailand and Cambodia have accused one another of firing first.",
        "The two armies blamed each other for the shelling of the market.",
    ],
)
def test_two_sides_speaking_of_each_other_make_no_statement(extract: Extract, text: str) -> None:
    assert extract(text) == ()


def test_one_side_accusing_the_other_is_a_statement(extract: Extract) -> None:
    statements = extract("Israel accused Hamas on Tuesday of breaching the truce.")
    assert [s.speaker.actor for s in statements] == ["ISR"]
    assert statements[0].content.startswith("Hamas")
