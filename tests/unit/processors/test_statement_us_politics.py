"""Statements in US political copy: shows, posts, hearings and campaign trail reports."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


@pytest.mark.parametrize(
    "text",
    [
        'Speaking on ABC\'s "This Week," Gov. Ann Ruiz said the state would appeal the ruling.',
        'In an appearance on "Fox News Sunday," Sen. Tom Price said the bill was dead.',
        'In a column headlined "The Long Road Home," Mayor Dee Hart said the plan had failed.',
    ],
)
def test_a_show_or_headline_title_in_quotes_is_nobodys_words(extract: Extract, text: str) -> None:
    contents = [s.content for s in extract(text)]
    assert len(contents) == 1
    assert not contents[0].startswith(("This Week", "Fox News", "The Long Road"))


def test_a_quote_in_title_case_that_opens_the_sentence_is_still_speech(extract: Extract) -> None:
    statements = extract('"Never Again, Not Here," Sen. Joan Ortiz said on the Senate floor.')
    assert [(s.speaker.name, s.content) for s in statements] == [
        ("Joan Ortiz", "Never Again, Not Here,")
    ]


def test_a_post_on_x_ends_before_the_next_sentence(extract: Extract) -> None:
    statements = extract(
        '"We will not back down. Not now, not ever," Rep. Dana Wills wrote on X. '
        "She did not name the governor."
    )
    assert [s.content for s in statements] == ["We will not back down. Not now, not ever,"]


@pytest.mark.parametrize("opener", ["But", "And", "Yet"])
def test_a_conjunction_opening_the_sentence_leaves_the_subject_its_speaker(
    extract: Extract, opener: str
) -> None:
    statements = extract(
        "Gov. Maria Soto told reporters that the budget was balanced. "
        f"{opener} she warned that the state would run short of money by spring."
    )
    assert [(s.speaker.name, s.verb, s.content) for s in statements][1:] == [
        ("Maria Soto", "warn", "the state would run short of money by spring")
    ]
