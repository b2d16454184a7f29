"""Finding quotations and their marks."""

from __future__ import annotations

import pytest

from processors.quotes import find_quotes

pytestmark = pytest.mark.unit


def inner(text: str) -> list[str]:
    return [text[q.inner_start : q.inner_end] for q in find_quotes(text)]


def test_curly_quotes_with_apostrophes_inside() -> None:
    text = "“Ukraine\u2019s allies won\u2019t wait,” she said."
    assert inner(text) == ["Ukraine\u2019s allies won\u2019t wait,"]
    quote = find_quotes(text)[0]
    assert (quote.start, quote.end) == (0, text.index(" she"))
    assert quote.closed


def test_straight_quotes_pair_up() -> None:
    text = 'He called it "a trap" and "a farce."'
    assert inner(text) == ["a trap", "a farce."]


def test_a_quote_left_open_runs_to_the_end_of_its_paragraph() -> None:
    # News style: the mark reopens each paragraph and closes only after the last one.
    text = "“We will rebuild every school.\n“We will not forget.”"
    quotes = find_quotes(text)
    assert [text[q.inner_start : q.inner_end] for q in quotes] == [
        "We will rebuild every school.",
        "We will not forget.",
    ]
    assert not quotes[0].closed
    assert quotes[1].closed


def test_single_quotes_are_read_only_without_double_quotes() -> None:
    assert inner("\u2018We are ready,\u2019 the minister said.") == ["We are ready,"]
    text = "“They told us \u2018go home,\u2019 and we did,” he said."
    assert inner(text) == ["They told us \u2018go home,\u2019 and we did,"]
