"""The speech lexicon loader."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from processors.lexicon import build_speech_lexicon, load_speech_lexicon
from processors.text import last_runs

pytestmark = pytest.mark.unit


def test_forms_map_to_lemmas_and_frames() -> None:
    lexicon = load_speech_lexicon()
    assert lexicon.verbs["said"] == ("say", "clause")
    assert lexicon.verbs["told"][0] == "tell"
    assert lexicon.verbs["pointed to"][0] == "point"
    assert lexicon.verbs["urged"][0] == "urge"
    assert lexicon.verbs["announced"] == ("announce", "strict")


def test_speech_matches_are_what_the_speech_pattern_finds() -> None:
    lexicon = load_speech_lexicon()
    text = (
        'said the envoy. "No," said-so Minister Park Ji-hoon.Minister Lee said (told) '
        "re-said, unsaid; Spokesman John O\u2019Neill-Smith told\nreporters, pointed  to"
    )
    groups = ("verb", "role", "name")
    expected = [[m.span(g) for g in groups] for m in lexicon.speech_pattern.finditer(text)]
    found = lexicon.speech_matches(text)
    assert [[m.span(g) for g in groups] for m in found] == expected
    assert [text[a:b] for (a, b), _, _ in expected if a != -1] == [
        "said",
        "said",
        "told",
        "told",
        "pointed  to",
    ]
    assert [text[a:b] for _, _, (a, b) in expected if a != -1] == [
        "Park Ji-hoon.Minister Lee",
        "John O\u2019Neill-Smith",
    ]


def test_adjuncts_and_listeners_are_anchored_patterns() -> None:
    lexicon = load_speech_lexicon()
    assert lexicon.adjunct_pattern.match(" on Tuesday in a statement that") is not None
    assert lexicon.adjunct_pattern.match(" the talks failed") is None
    assert lexicon.listener_pattern.match(" reporters that") is not None


def test_a_lexicon_file_can_be_given(tmp_path: Path) -> None:
    from importlib import resources

    raw = json.loads(resources.files("processors").joinpath("data/speech.json").read_text())
    raw["verbs"] = {"mutter": {"frame": "clause", "forms": ["muttered"]}}
    raw["done_leads"] = ["went on to"]
    path = tmp_path / "speech.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    lexicon = load_speech_lexicon(path)
    # The base form is read after a lead that says the act was done ("went on to").
    assert lexicon.verbs == {
        "muttered": ("mutter", "clause"),
        "went on to mutter": ("mutter", "clause"),
    }
    assert build_speech_lexicon(raw).verbs == lexicon.verbs


def test_speech_matches_read_letters_beyond_ascii_as_letters() -> None:
    lexicon = load_speech_lexicon()
    # "Josésaid" is one word; a dash, a guillemet or a no-break space stands between.
    text = "x Josésaid, José\u2014said, \u00absaid\u00bb, \u00e9told,\u00a0told"
    expected = [m.span("verb") for m in lexicon.speech_pattern.finditer(text)]
    assert [m.span("verb") for m in lexicon.speech_matches(text)] == expected
    assert [text[a:b] for a, b in expected] == ["said", "said", "told"]


def test_speech_matches_tell_a_question_mark_from_letters_it_stands_for() -> None:
    # The text is read as ASCII bytes, where "?" also stands for every other character:
    # a real "?" parts words, an "é" read as "?" joins them.
    lexicon = load_speech_lexicon()
    text = "Why?said he. Why?told. ésaid, ?told, 中said é?said"
    expected = [m.span("verb") for m in lexicon.speech_pattern.finditer(text)]
    assert [m.span("verb") for m in lexicon.speech_matches(text)] == expected
    assert [text[a:b] for a, b in expected] == ["said", "told", "told", "said"]


def test_speech_matches_read_word_starts_and_places_as_the_patterns_do() -> None:
    # The runs of letters are the pieces of one split: a digit, "_" or "-" before a run
    # joins it to a word; the text's first and last characters open and close one.
    lexicon = load_speech_lexicon()
    text = "said 3said _said x-said a1told Gaza_Kyiv told\tGaza, in-Gaza Kyiv.said Kyiv"
    places: list[re.Match[str]] = []
    found = lexicon.speech_matches(text, places)
    expected = [m.span("verb") for m in lexicon.speech_pattern.finditer(text)]
    assert [m.span("verb") for m in found] == expected
    assert [m.span() for m in places] == [m.span() for m in lexicon.place_pattern.finditer(text)]
    assert [text[a:b] for a, b in expected] == ["said", "told", "said"]
    assert [m.span() for m in places] == [(46, 50)]  # "Gaza," alone


def test_end_anchored_clause_patterns_match_within_their_last_runs() -> None:
    # ``_takes_over`` and ``_trim_previous`` search these patterns in the last
    # ``tail_runs`` runs of non-blanks only: a phrase added to their word lists is counted,
    # but a pattern that grows another way must still fit, or its matches are missed.
    # Read before every blank of every test text, from up to 200 characters before it.
    grammar = load_speech_lexicon().grammar
    data = Path(__file__).resolve().parents[2] / "data"
    texts = [json.loads(p.read_bytes())["article"]["text"] for p in data.rglob("*.gold.json")]
    texts.append("He left, at one point saying so, and then warned, \u201d while she said")
    found = 0
    for text in texts:
        for end in [m.end() for m in re.finditer(r"\S(?=\s)", text)]:
            start = max(0, end - 200)
            tail = last_runs(text, start, end, grammar.tail_runs)
            for pattern in (grammar.new_verb, grammar.participle_lead, grammar.new_clause):
                match = pattern.search(text, start, end)
                if match is not None:
                    found += 1
                    assert match.start() >= tail, (pattern.pattern, text[start:end])
    assert found > 1000
