"""Which words of a text are reporting verbs (``processors.layout``)."""

from __future__ import annotations

import pytest

from processors.actors import Gazetteer, load_gazetteer
from processors.layout import Layout
from processors.lexicon import SpeechLexicon
from processors.model import Article
from processors.statements import extract_statements, load_speech_lexicon

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def loaded() -> tuple[Gazetteer, SpeechLexicon]:
    return load_gazetteer(), load_speech_lexicon()


def verb_words(text: str, loaded: tuple[Gazetteer, SpeechLexicon]) -> list[str]:
    gazetteer, lexicon = loaded
    return [verb.form for verb in Layout(text, gazetteer, lexicon).verbs]


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("Member states said the vote would go ahead.", ["said"]),
        ("The ministry rejected claims that troops had fired.", ["rejected"]),
        ("Moscow dismissed calls for a truce as premature.", ["dismissed"]),
        ("The army denied reports that troops had fired.", ["denied"]),
    ],
)
def test_of_two_verb_forms_side_by_side_one_is_a_noun(
    loaded: tuple[Gazetteer, SpeechLexicon], text: str, verbs: list[str]
) -> None:
    assert verb_words(text, loaded) == verbs


def test_a_past_verb_keeps_its_report_when_its_object_looks_like_a_verb(
    loaded: tuple[Gazetteer, SpeechLexicon],
) -> None:
    gazetteer, lexicon = loaded
    text = (
        "Kyiv accused Moscow of shelling the plant and rejected claims that its own drones "
        "were to blame."
    )
    statements = extract_statements(Article(id="l1", text=text), gazetteer, lexicon)
    rejection = [s for s in statements if s.verb == "reject"]
    assert len(rejection) == 1 and rejection[0].speaker.actor == "UKR"
    assert "its own drones were to blame" in rejection[0].content
    accusation = [s for s in statements if s.verb == "accuse"]
    assert accusation and "rejected" not in accusation[0].content


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Updates through the day.\n\n15:40 The ministry says the front is calm.", "The ministry"),
        ("Latest first.\n\n09:05 Turkey's defence ministry said the truce held.", "Turkey's"),
        ('Live.\n\n7:30 "We slept," a resident said.', '"We slept'),
        ("Live.\n\n15 soldiers were killed overnight, the army said.", "15 soldiers"),
    ],
)
def test_a_sentence_opens_after_a_live_blog_entry_time(
    loaded: tuple[Gazetteer, SpeechLexicon], text: str, start: str
) -> None:
    gazetteer, lexicon = loaded
    last = Layout(text, gazetteer, lexicon).sentences[-1]
    assert text[last.start :].startswith(start)


def test_an_entry_time_is_no_part_of_the_speakers_name(
    loaded: tuple[Gazetteer, SpeechLexicon],
) -> None:
    gazetteer, lexicon = loaded
    text = "Live updates.\n\n15:40 The GNA's interior ministry says the front is calm."
    statements = extract_statements(Article(id="t", text=text), gazetteer, lexicon)
    assert [(s.speaker.name, s.speaker.actor) for s in statements] == [
        ("The GNA's interior ministry", "LBY")
    ]
