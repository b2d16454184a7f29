"""Sentences, durations, names and dates as agreement extraction reads them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from processors.agreement_lexicon import AgreementLexicon, load_agreement_lexicon
from processors.agreement_text import (
    duration_days,
    label_of,
    sentences_of,
    split_sentences,
    stated_times,
)

pytestmark = pytest.mark.unit

PUBLISHED = datetime(2025, 4, 16, 12, 0, tzinfo=UTC)  # a Wednesday


@pytest.fixture(scope="module")
def lexicon() -> AgreementLexicon:
    return load_agreement_lexicon()


def test_sentences_keep_offsets_and_skip_abbreviations(lexicon: AgreementLexicon) -> None:
    text = "The U.S. envoy met Mr. Witkoff. The truce held.\nKyiv said so."
    spans = split_sentences(text, lexicon.abbreviations)
    assert [text[a:b] for a, b in spans] == [
        "The U.S. envoy met Mr. Witkoff.",
        "The truce held.",
        "Kyiv said so.",
    ]


def test_the_sentence_around_a_position(lexicon: AgreementLexicon) -> None:
    text = "Fighting went on. Russia agreed to a pause on Tuesday. Kyiv welcomed it."
    start, end = sentences_of(text, lexicon.abbreviations).around(text.index("pause"))
    assert text[start:end] == "Russia agreed to a pause on Tuesday."


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        ("a 30-day pause", 30.0),
        ("a 72-hour truce", 3.0),
        ("a 30-hour truce", 1.25),
        ("for three days", 3.0),
        ("a two-week ceasefire", 14.0),
        ("a month-long moratorium", 30.0),
        ("a truce", None),
    ],
)
def test_durations(lexicon: AgreementLexicon, phrase: str, days: float | None) -> None:
    assert duration_days(phrase, lexicon) == (pytest.approx(days) if days else None)


def test_a_holiday_names_a_truce(lexicon: AgreementLexicon) -> None:
    assert label_of("a 30-hour Orthodox Easter", lexicon, "truce") == "Orthodox Easter truce"
    assert label_of("a 30-day", lexicon, "truce") is None


def test_start_and_end_are_read_relative_to_publication(lexicon: AgreementLexicon) -> None:
    starts, ends, *_ = stated_times(
        "truce from 6 p.m. on Saturday until midnight on April 21", lexicon, PUBLISHED
    )
    assert starts == datetime(2025, 4, 19, 18, 0, tzinfo=UTC)
    # Midnight belongs to the day that is ending: "until midnight on April 21" runs
    # through April 21.
    assert ends == datetime(2025, 4, 22, 0, 0, tzinfo=UTC)


def test_moscow_time_is_converted_to_utc(lexicon: AgreementLexicon) -> None:
    starts, *_ = stated_times("truce starting at 18:00 Moscow time on April 19", lexicon, PUBLISHED)
    assert starts == datetime(2025, 4, 19, 15, 0, tzinfo=UTC)


def test_no_publication_time_means_no_dates(lexicon: AgreementLexicon) -> None:
    assert stated_times("from Saturday until Monday", lexicon, None)[:2] == (None, None)
