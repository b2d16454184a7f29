"""Who issued a document the text refers to: the helpers read directly."""

from __future__ import annotations

import random

import pytest

from processors.statement_documents import _brought_pattern, _brought_start

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("noun", ["letter", "statement", "x"])
def test_a_document_brought_in_is_searched_for_from_where_a_match_can_start(noun: str) -> None:
    # ``_recent_speaker`` searches for the document from ``_brought_start``, not from the
    # text's start: every match must be found as a search of the whole text finds it.
    pattern = _brought_pattern(noun)
    pieces = [noun, noun + "s", noun.capitalize(), "a", "An", "its", "her", "his", "their"]
    pieces += ["new", "x", "o'", "-", "(", "'", "\u2019", " ", "  ", "\n", "\u00a0", ",", "."]
    chooser = random.Random(noun)
    for _ in range(3000):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 16)))
        pos = chooser.randint(0, len(text))
        whole = [m.span() for m in pattern.finditer(text, 0, pos)]
        found = [m.span() for m in pattern.finditer(text, _brought_start(text, noun, pos), pos)]
        assert found == whole, text
