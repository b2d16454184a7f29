"""Guards for ``agreement_mentions``' scope-word precheck: a phrase is searched for scope
words only when one of its words opens with a listed head, so every word a scope pattern
can match must open with one. The checks read the compiled patterns (``re``'s own parser):
a scope word added without its head fails here."""

from __future__ import annotations

import re

import pytest
from pattern_checks import CONSTANTS, PARSER, strings

from processors.agreement_lexicon import load_agreement_lexicon
from processors.agreement_mentions import _may_hold_scope
from processors.agreement_text import lowered

pytestmark = pytest.mark.unit


_HEAD = 4
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _head(opening: str) -> str:
    """The letters a-z an opening starts with, as ``_may_hold_scope`` reads a word."""
    letters = ""
    for char in opening[:_HEAD]:
        if char not in _LETTERS:
            break
        letters += char
    return letters


@pytest.mark.parametrize("side", ["scope_left", "scope_right"])
def test_every_scope_word_opens_with_a_listed_head(side: str) -> None:
    lexicon = load_agreement_lexicon()
    pattern: re.Pattern[str] = getattr(lexicon, side)
    parsed = list(PARSER.parse(pattern.pattern, pattern.flags))
    # A word shorter than a head ("aid") is one only with no word character after it:
    # the pattern must end with that look ahead, or "aide" would open as "aid" does.
    last_op, last_arg = parsed[-1]
    assert last_op is CONSTANTS.ASSERT_NOT and last_arg[0] == 1
    openings = strings(parsed, _HEAD)
    assert openings is not None, "a scope pattern the guard cannot spell out"
    heads = {_head(opening) for opening in openings}
    assert "" not in heads, "a scope word opens with no letter a-z"
    assert heads <= lexicon.scope_heads, sorted(heads - lexicon.scope_heads)


_PHRASES = [
    "ceasefire",
    "the new ",
    "humanitarian ",
    "30-day energy ",
    "grain deal",
    "truce on energy-infrastructure strikes",
    "aid-convoy ",
    "aide ",
    "black sea ",
    "sea resort",
    "prisoner swap",
    "pows",
    "re-opening of the main roads",
    "reopening of two crossings",
    "lifting the siege",
    "end of the blockade",
    "border demarcation",
    "civilian infrastructure",
    "gaza's port",
    "ÉNERGIE ",
    "oil",
    "ports",
    "x_aid ",
    "2aid",
    "élaid ",
]


@pytest.mark.parametrize("phrase", _PHRASES)
def test_the_precheck_passes_every_phrase_a_scope_pattern_matches(phrase: str) -> None:
    lexicon = load_agreement_lexicon()
    low = lowered(phrase)
    for pattern in (lexicon.scope_left, lexicon.scope_right):
        if pattern.search(low) is not None:
            assert _may_hold_scope(low, lexicon.scope_heads)


def test_the_precheck_turns_away_phrases_without_a_scope_word() -> None:
    lexicon = load_agreement_lexicon()
    for phrase in ("ceasefire", "the new ", "second phase", "it", "permanent "):
        assert not _may_hold_scope(phrase, lexicon.scope_heads)
