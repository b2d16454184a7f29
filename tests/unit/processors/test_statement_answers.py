"""Transcript and interview answers: the helpers read directly."""

from __future__ import annotations

import random
import re

import pytest

from processors.statement_answers import _first_naming

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("surname", ["Kessling", "O'neill", "Lee-Ann", "L", "Jr.", "\u00c9mile"])
def test_the_first_naming_of_a_surname_is_found_as_its_pattern_finds_it(surname: str) -> None:
    # ``_first_naming`` reads the text by hand where this pattern once was compiled per call.
    pattern = re.compile(rf"[A-Z][\w'\u2019.-]*\s+{re.escape(surname)}\b")
    pieces = [surname, surname.lower(), "Tom", "A", "x", "1", "_", " ", "  ", "\n", "\u00a0"]
    pieces += ["-", ".", "'", "\u2019", ",", "(", "\u00c9", "\u00e9", surname + "x"]
    chooser = random.Random(surname)
    for _ in range(3000):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 9)))
        pos = chooser.randint(0, len(text))
        match = pattern.search(text, 0, pos)
        assert _first_naming(text, surname, pos) == (match.span() if match else None), text
