"""Indexed lexicon patterns find exactly what one big alternation would."""

from __future__ import annotations

import re

import pytest

from processors.word_patterns import (
    PatternError,
    build_word_patterns,
    build_word_scanner,
    start_keys,
)

pytestmark = pytest.mark.unit

PATTERNS = [
    ("rejected", "stop(?:ped|s)? short of (?:accepting|agreeing to)"),
    ("agreed", "agree(?:d|s)?(?: to| on)?"),
    ("passive", "(?:(?<=was )|(?<=were ))(?:violated|breached)"),
    ("effect", "t(?:ook|akes) effect"),
    ("short", "end of"),
    ("possessive", "[\u2019']s collapse"),
    ("numbered", "\\d+-day"),
]

TEXT = (
    "Moscow stopped short of accepting the plan, but Kyiv agreed to it. The truce was "
    "violated twice and took effect late; its 30-day term marked the end of a phase. "
    "Critics called the agreement weak and the truce\u2019s collapse certain."
)


def test_matches_equal_those_of_a_single_alternation() -> None:
    patterns = build_word_patterns(PATTERNS)
    body = "|".join(f"(?P<{name}>{pattern})" for name, pattern in PATTERNS)
    plain = re.compile(rf"(?:(?<![\w-])|(?=[\u2019']))(?:{body})(?![\w-])", re.IGNORECASE)
    expected = [(m.span(), m.lastgroup) for m in plain.finditer(TEXT)]
    found = [(m.span(), m.lastgroup) for m in patterns.finditer(TEXT)]
    assert found == expected
    assert {name for _, name in found} == {name for name, _ in PATTERNS}


def test_a_capitalised_word_matches_but_a_word_inside_another_does_not() -> None:
    patterns = build_word_patterns([("agreed", "agreed")])
    assert [m.group() for m in patterns.finditer("Agreed. Disagreed. agreed-upon.")] == ["Agreed"]


def test_matching_can_be_limited_to_a_stretch_of_text() -> None:
    patterns = build_word_patterns([("agreed", "agreed")])
    text = "They agreed. We agreed."
    assert [m.start() for m in patterns.finditer(text, 12)] == [text.rindex("agreed")]


def test_keys_are_the_first_word_beginnings() -> None:
    assert start_keys("(?:halt|stop)(?:ed)? strikes") == {"halt ", "halted", "stop ", "stoped"}
    assert start_keys("\\d+-hour") == {"#"}


def test_a_pattern_starting_with_any_word_is_refused() -> None:
    with pytest.raises(PatternError):
        build_word_patterns([("loose", "\\w+ agreed")])


def test_capitalised_words_and_any_digit_find_their_patterns() -> None:
    patterns = build_word_patterns([("truce", "truces?"), ("days", "\\d+-day")])
    text = "Truce talks: a 72-day truce, then 9-day truces."
    found = [(m.lastgroup, m.group()) for m in patterns.finditer(text)]
    assert found == [
        ("truce", "Truce"),
        ("days", "72-day"),
        ("truce", "truce"),
        ("days", "9-day"),
        ("truce", "truces"),
    ]


def test_a_shared_scan_finds_what_each_set_finds_alone() -> None:
    verbs = build_word_patterns([("agreed", "agree(?:d|s)?"), ("ended", "end(?:ed|s)?")])
    nouns = build_word_patterns([("truce", "truces?"), ("days", "\\d+-day"), ("end", "end")])
    scan = build_word_scanner(verbs, nouns).scan(TEXT)
    for patterns in (verbs, nouns):
        for start, end in ((0, None), (40, 120), (len(TEXT) - 30, None)):
            alone = [(m.span(), m.lastgroup) for m in patterns.finditer(TEXT, start, end)]
            shared = [(m.span(), m.lastgroup) for m in patterns.finditer(TEXT, start, end, scan)]
            assert shared == alone
    found = [m.group() for m in nouns.finditer(TEXT, scan=scan)]
    assert found == ["truce", "30-day", "end", "truce"]


def test_a_shared_scan_refuses_beginnings_that_span_a_quote_mark() -> None:
    with pytest.raises(PatternError):
        build_word_scanner(build_word_patterns([("possessive", "[\u2019']s collapse")]))


@pytest.mark.parametrize(
    "text",
    [
        "Agreed at once, then agreed\u2014agreed “agreed” (agreed) 7-day",
        "\u00e9agreed _agreed 7agreed agreed-upon re-agreed \u00fcagreed \u0430agreed",
        "agreed",
    ],
)
def test_words_are_found_after_any_character_but_a_word_character_or_hyphen(text: str) -> None:
    plain_patterns = [("agreed", "agreed"), ("days", "\\d+-day")]
    patterns = build_word_patterns(plain_patterns)
    body = "|".join(f"(?P<{name}>{pattern})" for name, pattern in plain_patterns)
    plain = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
    for start in range(len(text)):
        expected = [m.span() for m in plain.finditer(text, start)]
        assert [m.span() for m in patterns.finditer(text, start)] == expected


def test_a_shared_scan_finds_the_starts_the_regex_finds() -> None:
    patterns = build_word_patterns(
        [("days", "\\d+ days"), ("truce", "truce"), ("ceasefire", "cease-?fire"), ("uber", "über")]
    )
    starts = build_word_scanner(patterns).starts
    text = (
        "-truce 5 days, \u0663 days; x\u0663 ok-truce Truce_ TRUCE. Ceasefire (cease-fire) "
        "\u00fcber \u00dcber \u00e9truce\u2014truce 7-day truce"
    )
    scan = build_word_scanner(patterns).scan(text)
    expected = list(starts.find(text, 0, len(text)))
    assert list(zip(scan.positions, scan.keys, strict=True)) == expected
    # Not "-truce" at the start, "ok-truce", "Truce_" or "TRUCE".
    assert [key for _, key in expected] == [
        "5",
        "\u0663",
        "Ceasef",
        "cease-",
        "\u00fcber",
        "\u00dcber",
        "truce",
        "7",
        "truce",
    ]
