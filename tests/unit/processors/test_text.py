"""Trie-shaped alternations and tokens."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest

from processors.text import Tokens, char_positions, prefix_index, prefix_table, trie_pattern

pytestmark = pytest.mark.unit


def test_trie_pattern_matches_the_longest_word() -> None:
    pattern = re.compile(rf"\b(?:{trie_pattern(['Putin', 'Vladimir Putin', 'Put'])})\b")
    found = [m.group(0) for m in pattern.finditer("Vladimir Putin met Put and Putin.")]
    assert found == ["Vladimir Putin", "Put", "Putin"]


def test_trie_pattern_escapes_and_allows_any_blank_for_a_space() -> None:
    pattern = re.compile(trie_pattern(["U.S.", "pointed to"], any_blank=True))
    assert pattern.search("USA") is None
    assert pattern.search("the U.S. said") is not None
    assert pattern.search("he pointed\nto the map") is not None
    exact = re.compile(trie_pattern(["pointed to"]))
    assert exact.search("he pointed  to the map") is None


def test_tokens_keep_offsets_possessives_and_abbreviations() -> None:
    text = "Ukraine\u2019s envoy, Mr. Umerov, told workers' unions."
    tokens = Tokens(text).between(0, len(text))
    assert [t[2] for t in tokens] == [
        "Ukraine\u2019s",
        "envoy",
        ",",
        "Mr.",
        "Umerov",
        ",",
        "told",
        "workers'",
        "unions.",
    ]
    assert all(text[s:e] == word for s, e, word in tokens)


def test_repeated_words_each_keep_their_own_offsets() -> None:
    text = "no, no.\tNo -- no\u2019s no-no (no) U.S.-led"
    for start, end in ((0, len(text)), (1, len(text)), (5, 30), (9, 12)):
        tokens = Tokens(text).between(start, end)
        assert all(text[s:e] == word and start <= s < e <= end for s, e, word in tokens)
        assert all(a[1] <= b[0] for a, b in pairwise(tokens))
        # Between two tokens stand only blanks.
        gaps = [text[a[1] : b[0]] for a, b in pairwise(tokens)]
        assert all(not gap.strip() for gap in gaps)
    assert [t[2] for t in Tokens(text).between(1, 12)] == ["o", ",", "no.", "No", "-"]


def test_first_tokens_are_the_start_of_the_range_tokens() -> None:
    text = "said Kremlin spokesman Dmitry Peskov, who added that U.S. talks would go on."
    tokens = Tokens(text)
    whole = Tokens(text).between(5, len(text))
    assert tokens.first(5, len(text), 4) == whole[:4]
    assert [t[2] for t in tokens.first(5, len(text), 4)] == [
        "Kremlin",
        "spokesman",
        "Dmitry",
        "Peskov",
    ]
    assert tokens.first(60, 64, 10) == Tokens(text).between(60, 64)


def test_char_positions_lists_every_mark_in_text_order() -> None:
    text = 'He said: "Stop!" Why? Now.\n'
    assert char_positions(text, ".!?") == [14, 20, 25]
    assert char_positions(text, "\n") == [26]
    assert char_positions("", ".") == []


def test_a_prefix_table_rules_out_only_words_that_start_as_none_of_its_words() -> None:
    table = prefix_table(["ceasefire", "truce", "in", "\u00fcber", "7"])
    text = "Ceasefire TRUCE in truces \u00fcberall 7 the it on 70"
    kept = {
        word
        for word in text.split()
        if table[prefix_index(text, text.index(word), text.index(word) + len(word))]
    }
    # Five bits of each letter tell words apart, not their case: "TRUCE" stays in.
    assert kept == {"Ceasefire", "TRUCE", "in", "truces", "\u00fcberall", "7"}
    assert table[prefix_index("intro", 0, 2)]  # "in" as a word of its own
    assert not table[prefix_index("intro", 0, 5)]
