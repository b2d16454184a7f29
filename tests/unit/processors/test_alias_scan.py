"""Finding aliases by their opening words: the same matches as one trie regex scan."""

from __future__ import annotations

import re

import pytest

from processors.actors import load_gazetteer
from processors.alias_scan import build_alias_index, find_aliases
from processors.text import trie_pattern

pytestmark = pytest.mark.unit

CAPITALISED = [
    "Hamas",
    "Gen.",
    "Gen. Smith",
    "U.S.",
    "U.S. Army",
    "Islamic State",
    "Islamic State in Iraq",
    "Öcalan",
    "Abu Mazen",
    "The Kremlin",
    "1st Brigade",
]
LOWER = ["the Kremlin", "al-Sisi", "al Shabaab", "bin Salman"]

TEXTS = [
    "Hamas and Hamas-led forces; x-Hamas, Hamas_ and Hamas's men met Gen. Smith.",
    "U.S. Army and U.S. troops; Islamic State in Iraq, Islamic State in Syria.",
    "“Öcalan” said, and the Kremlin, The Kremlin and al-Sisi; theKremlin, xal-Sisi.",
    "Abu  Mazen, Abu Mazen's aide, al Shabaab, bin Salman, the 1st Brigade.",
    "éHamas, Hamas?, ?Hamas, Islamic Staten, Gen.Smith, Gen. Smithson.",
]


def _regex_scan(aliases: list[str], text: str, start: int, stop: int) -> list[tuple[int, str]]:
    pattern = re.compile(rf"{trie_pattern(aliases, word_start=True)}(?![\w-])")
    return [(match.start(), match.group()) for match in pattern.finditer(text, start, stop)]


@pytest.mark.parametrize("text", TEXTS)
def test_finds_what_one_regex_scan_finds_in_any_window(text: str) -> None:
    index = build_alias_index(CAPITALISED, LOWER)
    for start in range(0, len(text), 7):
        for stop in range(start, len(text) + 1, 5):
            expected = _regex_scan(CAPITALISED + LOWER, text, start, stop)
            assert find_aliases(index, text, start, stop) == expected, (start, stop)


def test_the_gazetteer_scan_matches_the_regex_scan() -> None:
    gazetteer = load_gazetteer()
    aliases = sorted({alias for found in gazetteer.index.by_key.values() for alias in found})
    text = " ".join(TEXTS) + " Vladimir Putin met Benjamin Netanyahu in the Gaza Strip."
    expected = _regex_scan(aliases, text, 0, len(text))
    assert find_aliases(gazetteer.index, text, 0, len(text)) == expected


def test_an_alias_must_open_with_a_word_character() -> None:
    with pytest.raises(ValueError, match="open with"):
        build_alias_index(["(Hamas)"], [])
