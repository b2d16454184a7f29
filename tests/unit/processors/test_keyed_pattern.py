"""Guards for ``KeyedPattern``: a pattern is searched only where the text holds one of its
keys, so every match it can make must hold one. The checks read the compiled pattern
(``re``'s own parser): a key added to the words but not to the keys fails here."""

from __future__ import annotations

import re
from typing import Any

import pytest
from pattern_checks import CONSTANTS, PARSER, strings

from processors.agreements import load_agreement_lexicon
from processors.keyed_pattern import KeyedPattern, keyed

pytestmark = pytest.mark.unit


def _holds(consumed: set[str], keys: tuple[str, ...], folded: bool) -> bool:
    return all(any(key in (s.lower() if folded else s) for key in keys) for s in consumed)


def _always_holds(items: list[Any], keys: tuple[str, ...], folded: bool) -> bool:
    """Whether every match of the parsed sequence ``items`` holds one of ``keys``: some
    run of finitely many strings in it holds one in each; or, with an alternation spelt
    out into the sequence once for each branch, every branch's sequence does; or some
    repeat that every match goes through does."""
    c = CONSTANTS
    for i, (op, arg) in enumerate(items):
        if op is c.SUBPATTERN:  # a group consumes what its items do
            return _always_holds(items[:i] + list(arg[-1]) + items[i + 1 :], keys, folded)
    run: list[Any] = []
    for item in [*items, None]:
        if item is not None and strings([item]) is not None:
            run.append(item)
            continue
        consumed = strings(run) if run else None
        if consumed is not None and _holds(consumed, keys, folded):
            return True
        run = []
    for i, (op, arg) in enumerate(items):
        if op is c.BRANCH and strings([items[i]]) is None:
            return all(
                _always_holds(items[:i] + list(branch) + items[i + 1 :], keys, folded)
                for branch in arg[1]
            )
    return any(
        op in (c.MAX_REPEAT, c.MIN_REPEAT)
        and arg[0] >= 1
        and _always_holds(list(arg[2]), keys, folded)
        for op, arg in items
    )


def every_match_holds_a_key(pattern: KeyedPattern) -> bool:
    parsed = PARSER.parse(pattern.pattern.pattern, pattern.pattern.flags)
    return _always_holds(list(parsed), pattern.keys, pattern.folded)


LEXICON = load_agreement_lexicon()
KEYED = {
    "embedded_void": LEXICON.embedded_void,
    "describing_talks": LEXICON.describing_talks,
    "asked_for_talks": LEXICON.asked_for_talks,
    "future": LEXICON.future,
    "talks_about_other": LEXICON.talks_about_other,
}


@pytest.mark.parametrize("name", sorted(KEYED))
def test_every_match_holds_a_key(name: str) -> None:
    assert every_match_holds_a_key(KEYED[name]), name


def test_the_check_finds_a_missing_key() -> None:
    source = "(?<![\\w-])(?:rather than|instead of|n[o\u2019']t (?:yet|so))"
    words = keyed(re.compile(source), ["than"])
    assert not every_match_holds_a_key(words)
    enough = keyed(words.pattern, ["than", "instead", "not ", "n\u2019t ", "n't "])
    assert every_match_holds_a_key(enough)
    assert not every_match_holds_a_key(keyed(words.pattern, ["than", "instead", "not "]))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("no one said the truce was over ", 0, -1),
        ("he said neither side has agreed ", 3, -1),
        ("Leaders involved in the ", 0, -1),
        ("leaders INVOLVED IN the ", 0, 20),
        ("to", 0, -1),
        ("The sides will ", 4, -1),
        ("a plan \u017fet to ", 0, -1),
        ("went on television to Offer the separatists ", 0, -1),
        ("Denied that ", 0, -1),
        ("", 0, -1),
    ],
)
def test_search_is_the_pattern_search(text: str, start: int, end: int) -> None:
    for pattern in KEYED.values():
        stop = len(text) if end < 0 else end
        expected = pattern.pattern.search(text, start, stop)
        found = pattern.search(text, start, end)
        assert (found and found.span()) == (expected and expected.span())


def test_folded_keys_are_lower_case() -> None:
    with pytest.raises(ValueError):
        keyed(re.compile("Offer", re.IGNORECASE), ["Offer"])
