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
