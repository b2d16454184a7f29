"""Sentence splitting with offsets."""

from __future__ import annotations

import pytest

from processors.quotes import find_quotes
from processors.sentences import split_sentences
from processors.statements import load_speech_lexicon

pytestmark = pytest.mark.unit

ABBREVIATIONS = load_speech_lexicon().abbreviations


def texts(text: str) -> list[str]:
    sentences = split_sentences(text, ABBREVIATIONS, find_quotes(text))
    return [text[s.start : s.end] for s in sentences]


def test_splits_at_stops_and_keeps_offsets() -> None:
    text = "The talks ended. Both sides left Geneva!  Will they return? Nobody knows."
    assert texts(text) == [
        "The talks ended.",
        "Both sides left Geneva!",
        "Will they return?",
        "Nobody knows.",
    ]


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = "Sen. Mark Kelly met Gen. Dan Caine in the U.S. Senate on Jan. 5. Donald J. Trump spoke."
    assert texts(text) == [
        "Sen. Mark Kelly met Gen. Dan Caine in the U.S. Senate on Jan. 5.",
        "Donald J. Trump spoke.",
    ]


def test_a_stop_inside_a_quote_keeps_the_attribution_with_it() -> None:
    text = "“We will fight. We will win,” he said. The crowd cheered."
    assert texts(text) == ["“We will fight. We will win,” he said.", "The crowd cheered."]


def test_a_quote_that_ends_a_sentence_is_split_after_its_mark() -> None:
    text = 'He called the offer "very generous." She disagreed.'
    assert texts(text) == ['He called the offer "very generous."', "She disagreed."]


def test_line_breaks_end_sentences_and_count_paragraphs() -> None:
    text = "First paragraph without a stop\n\nSecond one. Still second.\n* A bullet item."
    sentences = split_sentences(text, ABBREVIATIONS)
    assert [text[s.start : s.end] for s in sentences] == [
        "First paragraph without a stop",
        "Second one.",
        "Still second.",
        "A bullet item.",
    ]
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2]
    assert [s.index for s in sentences] == [0, 1, 2, 3]


def test_a_colon_dateline_opening_the_story_is_not_part_of_its_first_sentence() -> None:
    text = "ISLAMABAD: Pakistan said on Friday the talks would resume. HOST: And then?"
    first, second = split_sentences(text, frozenset(), ())
    assert text[first.start : first.end] == "Pakistan said on Friday the talks would resume."
    assert text[second.start : second.end].startswith("HOST:")


def test_a_platform_letter_before_a_pronoun_ends_the_sentence() -> None:
    text = "The mayor replied on X. She did not mention the strike."
    assert texts(text) == ["The mayor replied on X.", "She did not mention the strike."]


def test_an_initial_inside_a_name_does_not_end_the_sentence() -> None:
    text = "The bill was signed by Harry S. Truman in 1947. It passed easily."
    assert texts(text) == ["The bill was signed by Harry S. Truman in 1947.", "It passed easily."]


def test_the_platform_x_ends_a_sentence_before_a_name() -> None:
    text = "The minister wrote on X. President Donald Trump said the strikes would end."
    assert texts(text) == [
        "The minister wrote on X.",
        "President Donald Trump said the strikes would end.",
    ]


def test_datelines_time_stamps_and_list_markers_are_cut_from_a_paragraph_start() -> None:
    text = (
        "KYIV, March 22 (Northwire) - Talks resumed.\n"
        "US - Envoys met\n"
        "A - grade deal held\n"
        "10:21 a.m. ET \u2014 Shelling stopped\n"
        "  \u2022 Grain ships sailed\n"
        " \u0663) Prisoners were swapped\n"
        "\u0663) Gaza was calm\n"
        "The US - Iran track stalled"
    )
    assert texts(text) == [
        "Talks resumed.",
        "Envoys met",
        "A - grade deal held",
        "Shelling stopped",
        "Grain ships sailed",
        "Prisoners were swapped",
        "\u0663) Gaza was calm",
        "The US - Iran track stalled",
    ]


def test_a_list_items_heading_is_no_part_of_its_sentence() -> None:
    text = (
        "Key points:\n"
        "* TALKS IN DOHA: The Afghan delegation said it would return.\n"
        "* What next: officials expect a second round.\n"
        "- BACKGROUND: Rebels seized the town in May."
    )
    assert texts(text)[1:] == [
        "The Afghan delegation said it would return.",
        "officials expect a second round.",
        "Rebels seized the town in May.",
    ]


def test_a_list_items_label_stays_before_a_quote_or_a_pronoun() -> None:
    text = (
        "Key points:\n"
        '* Quote: "We will not give up," the commander said.\n'
        "* According to a senior Kenyan official: the envoys met twice.\n"
        "* KIIR: He said the army would stay in its barracks."
    )
    assert texts(text)[1:] == [
        'Quote: "We will not give up," the commander said.',
        "According to a senior Kenyan official: the envoys met twice.",
        # The pronoun takes up the heading: it stays.
        "KIIR: He said the army would stay in its barracks.",
    ]
