"""The packaged agreement lexicon loads, and its data stays consistent."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from processors.agreement_lexicon import load_agreement_lexicon
from processors.agreement_text import _dates, _earliest_day, folded, stated_times
from processors.model import SCOPES, STATUSES

pytestmark = pytest.mark.unit


def lexicon_data() -> Any:
    """The agreement lexicon's data file as written."""
    raw = resources.files("processors").joinpath("data/agreements.json").read_text("utf-8")
    return json.loads(raw)


def test_the_packaged_lexicon_loads_and_every_cue_has_a_known_status() -> None:
    lexicon = load_agreement_lexicon()
    assert {spec.status for spec in lexicon.cue_specs.values()} == set(STATUSES)
    assert {spec.scope for spec in lexicon.mention_specs.values()} - {None} <= set(SCOPES)


def test_every_bucket_of_the_packaged_lexicon_compiles() -> None:
    # Buckets are compiled when a text first needs them, not at load: a broken one is
    # found here rather than by the first article that opens a word with its beginning.
    lexicon = load_agreement_lexicon()
    for patterns in (lexicon.mentions, lexicon.cues, lexicon.attack):
        for source in patterns.buckets.values():
            assert re.compile(source, re.IGNORECASE).groups > 0


def test_a_lexicon_file_can_be_given_explicitly(tmp_path: Path) -> None:
    data = lexicon_data()
    data["labels"] = ["Harvest"]
    path = tmp_path / "agreements.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    lexicon = load_agreement_lexicon(path)
    assert lexicon.labels.search("a Harvest truce") is not None
    assert lexicon.labels.search("an Easter truce") is None


def test_a_zone_missing_from_the_time_zone_database_keeps_its_fixed_offset(
    tmp_path: Path,
) -> None:
    data = lexicon_data()
    data["dates"]["zones"]["harbour time"] = ["Nowhere/Harbour", 5]
    path = tmp_path / "agreements.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    lexicon = load_agreement_lexicon(path)
    published = datetime(2025, 4, 16, 12, 0, tzinfo=UTC)
    starts, *_ = stated_times("a truce from 10 a.m. Harbour time on April 19", lexicon, published)
    assert starts == datetime(2025, 4, 19, 5, 0, tzinfo=UTC)


def test_local_time_names_no_zone() -> None:
    lexicon = load_agreement_lexicon()
    published = datetime(2025, 4, 16, 12, 0, tzinfo=UTC)
    times = stated_times("a pause from 6 a.m. local time on April 19", lexicon, published)
    assert times.starts == datetime(2025, 4, 19, 6, 0, tzinfo=UTC)
    assert not times.zoned


@pytest.mark.parametrize(
    "text",
    [
        "Officials said that, THAT much Said: sayss, thatcher, a-that",
        "the \u017faid and \u017fays forms",
        "from Sunday noon until midnight; 5 days; noontime, Midnightly, today",
    ],
)
def test_clause_words_are_found_as_whole_words_in_any_case(text: str) -> None:
    lexicon = load_agreement_lexicon()
    raw = resources.files("processors").joinpath("data/agreements.json").read_text("utf-8")
    grammar = json.loads(raw)["grammar"]
    # The plain patterns the lexicon's faster forms stand for.
    said = "|".join(grammar["subject_boundaries"])
    boundaries = re.compile(rf",|\b(?:{said})\b", re.IGNORECASE)
    timed_words = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in grammar["time_words"])
    times = re.compile(rf"[0-9]|(?:{timed_words})\b")
    fast = lexicon.grammar.subject_boundaries
    for start in range(len(text)):
        for end in (start + 6, len(text)):
            expected = [m.span() for m in boundaries.finditer(text, start, end)]
            assert [m.span() for m in fast.finditer(text, start, end)] == expected
            timed = lexicon.grammar.time_words.search(text, start, end) is not None
            assert timed == (times.search(text, start, end) is not None)


def test_word_lists_are_found_where_plain_alternations_find_them() -> None:
    lexicon = load_agreement_lexicon()
    data = lexicon_data()
    text = (
        "If Kyiv SAID so, \u017faid the envoy; she SAYS, unless if-only Should it fail, "
        "IF NOT; \u0130f \u0131f pre-said, said-so, re-if, Ifs and wills"
    )
    reporting = re.compile(rf"(?<![\w-])(?:{'|'.join(data['reporting'])})(?![\w-])", re.IGNORECASE)
    exact = set(data["modality"]["case_sensitive"])
    forms = [
        p if p in exact or not p[:1].isalpha() else f"[{p[0].upper()}{p[0]}]{p[1:]}"
        for p in data["modality"]["conditional"]
    ]
    conditional = re.compile(rf"(?<![\w-])(?:{'|'.join(forms)})(?![\w-])")
    forms = [
        p if p in exact or not p[:1].isalpha() else f"[{p[0].upper()}{p[0]}]{p[1:]}"
        for p in data["modality"]["irrealis"]
    ]
    irrealis = re.compile(rf"(?<![\w-])(?:{'|'.join(forms)})(?![\w-])")
    modal_text = (
        "Could it hold? could-be, re-could; Might MUST \u017fhould, seeks to, Seek to would "
        "have to, was set to sign, the talks could... might"
    )
    for start in range(len(text)):
        expected = [m.span() for m in reporting.finditer(text, start)]
        assert [m.span() for m in lexicon.reporting.finditer(text, start)] == expected
        # ``conditional`` takes the character before its words: read in " " + text from
        # the same index, each match starts one character before its words in ``text``.
        expected = [m.span() for m in conditional.finditer(text, start)]
        led = lexicon.conditional.finditer(" " + text, start)
        assert [(m.start(), m.end() - 1) for m in led] == expected
    for start in range(len(modal_text)):
        expected = [m.span() for m in irrealis.finditer(modal_text, start)]
        led = lexicon.irrealis.finditer(" " + modal_text, start)
        assert [(m.start(), m.end() - 1) for m in led] == expected
    assert len(list(irrealis.finditer(modal_text))) > 5


def test_term_extended_occurs_where_the_plain_pattern_occurs() -> None:
    # ``term_extended`` is letter-led and read on folded text; only whether it occurs counts.
    lexicon = load_agreement_lexicon()
    terms = lexicon_data()["term_nouns"]
    term = rf"(?<![\w-])(?:{'|'.join(f'(?:{t})' for t in terms)})(?![\w-])"
    word = r"[\w\u2019'-]+\s+"
    plain = re.compile(
        rf"(?<![\w-])extend(?:s|ed|ing)?\s+(?:{word}){{0,4}}?{term}"
        rf"|{term}\s+(?:{word}){{0,5}}?(?:was|were|has been|have been|had been|is being|been)"
        r"\s+extended\b",
        re.IGNORECASE,
    )
    data = Path(__file__).resolve().parents[2] / "data"
    texts = [json.loads(p.read_bytes())["article"]["text"] for p in data.rglob("*.gold.json")]
    sentences = [s for text in texts for s in re.split(r"(?<=[.!?])\s+", text)]
    sentences += [
        "Effectively Extending the DEADLINE for the pullout.",
        "The Grace Period has been quietly extended by a week.",
        "They re-extend the timeframe; the cut-off date was extended.",
        "an overextended deadline",
        "The deadline-setting body was extended",
        "The deadlines of the talks, the army said, were extended",
    ]
    found = 0
    for sentence in sentences:
        expected = plain.search(sentence) is not None
        assert (lexicon.term_extended.search(folded(sentence)) is not None) == expected, sentence
        found += expected
    assert found >= 4


def test_first_person_words_are_found_where_a_plain_alternation_finds_them() -> None:
    lexicon = load_agreement_lexicon()
    data = lexicon_data()
    speaker = [w for w, role in data["pronouns"].items() if role == "speaker"]
    forms = [*speaker, *data["grammar"]["speaker_possessives"], "us"]
    plain = re.compile(rf"\b(?:{'|'.join(forms)})\b", re.IGNORECASE)
    text = "We said i-we, OUR us; \u0130 \u0131 ours usa Wei I\u2019m wE_ our-own \u00e9we US."
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            expected = plain.search(text, start, end)
            found = lexicon.grammar.first_person.search(text, start, end)
            assert (found and found.span()) == (expected and expected.span())


def test_group_nouns_read_behind_a_blank_are_found_where_plain_alternations_find_them() -> None:
    # ``group_nouns`` is led by the character before the noun and run over " " + text.
    lexicon = load_agreement_lexicon()
    data = lexicon_data()
    plain = re.compile(rf"(?<![\w-])(?:{'|'.join(data['group_nouns'])})(?![\w-])", re.IGNORECASE)
    texts = [
        "Rebels said the rebels, THE REBELS and\u00e9the rebels; anti-rebels, rebels-held",
        "the movement\tthe Movement.\u201cThe insurgents\u201d (guerrillas) the rebelsX",
    ]
    for text in texts:
        expected = [(m.span(), m.group()) for m in plain.finditer(text)]
        found = [
            ((m.start(), m.end() - 1), text[m.start() : m.end() - 1])
            for m in lexicon.group_nouns.finditer(" " + text)
        ]
        assert found == expected
        assert len(expected) >= 4


def test_every_purpose_scope_match_holds_one_of_its_precheck_words() -> None:
    # ``_scopes`` tries a purpose pattern only where one of its ``purpose_scope_words``
    # occurs: a word added to a pattern (or a new branch) needs its precheck word too, or
    # its matches are silently skipped. Read at every word end of every test text (where
    # a noun phrase ends and the pattern is tried); the word may open with the space
    # before the match.
    lexicon = load_agreement_lexicon()
    data = Path(__file__).resolve().parents[2] / "data"
    texts = [json.loads(p.read_bytes())["article"]["text"] for p in data.rglob("*.gold.json")]
    assert len(texts) > 300
    # No test text tells an energy truce's purpose: two that do.
    texts.append("A moratorium that would halt strikes on energy sites. A pause which will end")
    texts.append(" shelling against all power plants, and a deal to let ships leave the port.")
    tried: Counter[str] = Counter()
    for text in texts:
        low = folded(text)
        ends = [m.end() for m in re.finditer(r"\w\b", low)]
        for purpose, scope, needed in lexicon.grammar.purpose_scopes:
            for at in ends:
                match = purpose.match(low, at)
                if match is None:
                    continue
                tried[scope] += 1
                span = low[max(0, at - 1) : match.end()]
                assert any(word in span for word in needed), (scope, match.group())
    assert set(tried) == {scope for _, scope, _ in lexicon.grammar.purpose_scopes}


def test_patterns_led_by_a_group_are_found_where_plain_alternations_find_them() -> None:
    lexicon = load_agreement_lexicon()
    data = lexicon_data()
    text = (
        "A swap Brokered by the UAE, mediation by Qatar; a call with Trump, THE CALL between "
        "them. Talks were held, WERE UNDERWAY, days of talks; re-held, half-days of. Attacks "
        "continued again that night, The same night, did not mean, doesn't mean, it is not "
        "clear whether, no signs that; recall how, Will it and will they"
    )
    plain = {
        "mediator_markers": re.compile(
            rf"(?<![\w-])(?:{'|'.join(data['mediator_markers'])})", re.IGNORECASE
        ),
        "talk_cues": re.compile(
            rf"(?<![\w-])(?:{'|'.join(data['talk_cues'])})(?![\w-])", re.IGNORECASE
        ),
        "continuity": re.compile(
            rf"(?<![\w-])(?:{'|'.join(data['attacks']['continuity'])})(?![\w-])", re.IGNORECASE
        ),
        # Matched against lower-cased text, so compiled without flags.
        "embedded_void": re.compile(rf"(?<![\w-])(?:{'|'.join(data['embedded_void'])})(?![\w-])"),
    }
    for name, expected_pattern in plain.items():
        fast: re.Pattern[str] = (
            lexicon.embedded_void.pattern if name == "embedded_void" else getattr(lexicon, name)
        )
        read = text.lower() if name == "embedded_void" else text
        for start in range(0, len(read), 3):
            expected = [m.span() for m in expected_pattern.finditer(read, start)]
            assert [m.span() for m in fast.finditer(read, start)] == expected, name


def test_no_date_match_starts_before_the_earliest_day() -> None:
    # ``stated_times`` runs the date pattern only from ``_earliest_day`` (a weekday,
    # "today" or "tonight", or a month name's reach before a digit): a branch added to
    # the pattern that can start elsewhere would lose its matches. Read from many
    # offsets of every test text, as clauses are.
    lexicon = load_agreement_lexicon()
    data = Path(__file__).resolve().parents[2] / "data"
    texts = [json.loads(p.read_bytes())["article"]["text"] for p in data.rglob("*.gold.json")]
    texts.append("until September. 9 at 18:00, from 3rd May, on Sunday, Mon. 5, tonight")
    matched = 0
    for text in texts:
        low = folded(text)
        for start in range(0, len(low), 11):
            clause = low[start : start + 240]
            first = next(lexicon.date.finditer(clause), None)
            if first is not None:
                matched += 1
                assert first.start() >= _earliest_day(clause, lexicon), first.group()
    assert matched > 1000


def test_dates_are_the_date_pattern_matches() -> None:
    # ``_dates`` starts each search at ``_earliest_day`` after the last match instead of
    # running ``finditer``: the same matches, at every offset of every test text; and no
    # match of the pattern is empty (the next search starts at the last one's end).
    lexicon = load_agreement_lexicon()
    assert re._parser.parse(lexicon.date.pattern).getwidth()[0] > 0  # type: ignore[attr-defined]
    data = Path(__file__).resolve().parents[2] / "data"
    texts = [json.loads(p.read_bytes())["article"]["text"] for p in data.rglob("*.gold.json")]
    texts.append("until September. 9 at 18:00, from 3rd May, on Sunday, Mon. 5, tonight, 7")
    several = 0
    for text in texts:
        low = folded(text)
        for start in range(0, len(low), 89):
            clause = low[start : start + 400]
            expected = [(m.span(), m.groupdict()) for m in lexicon.date.finditer(clause)]
            assert [(m.span(), m.groupdict()) for m in _dates(clause, lexicon)] == expected
            several += len(expected) > 1
    assert several > 400


def test_every_mediator_marker_holds_one_of_its_precheck_words() -> None:
    # ``agreement_observations._named_mediators`` looks for the markers only in a clause that
    # holds one of the ``mediation_hints`` (folded): a marker added without its word
    # would be skipped silently. Checked on the markers as written, then on every match
    # in the test texts.
    lexicon = load_agreement_lexicon()
    hints = lexicon.grammar.mediation_hints
    for source in lexicon_data()["mediator_markers"]:
        assert any(hint in source for hint in hints), source
    data = Path(__file__).resolve().parents[2] / "data"
    texts = [json.loads(p.read_bytes())["article"]["text"] for p in data.rglob("*.gold.json")]
    texts.append(
        "A swap Brokered by the UAE, MEDIATED BY QATAR, overseen by the UN, put forward by "
        "Egypt, with the help of Turkey, under the auspices of the AU; mediation from Oman, "
        "mediators from Qatar, a call with Trump, THE CALL between them."
    )
    found = 0
    for text in texts:
        for match in lexicon.mediator_markers.finditer(text):
            found += 1
            assert any(hint in folded(match.group()) for hint in hints), match.group()
    assert found > 20


def test_every_go_between_phrase_holds_one_of_its_hints() -> None:
    # ``parties._go_betweens`` tries the phrases only where one of ``go_between_hints``
    # stands inside the span a match would take (after a name, or the 30 characters
    # before it): a phrase added without its hint would be skipped silently. Read right
    # after and right before every word of every test text, as names are.
    lexicon = load_agreement_lexicon()
    hints = lexicon.go_between_hints
    data = Path(__file__).resolve().parents[2] / "data"
    texts = [json.loads(p.read_bytes())["article"]["text"] for p in data.rglob("*.gold.json")]
    texts.append(
        "Norway, which brokered the truce, and Norway, which has been trying to bring the two "
        "sides together; Norway, the facilitator; Norwegian mediation; talks facilitated by "
        "Norway, a group chaired by Switzerland, under the auspices of the AU, the good "
        "offices of Qatar, a pause overseen by the UN and monitored by the OSCE, hosted by "
        "Turkey; Egypt, a guarantor; Qatar's mediators; Oman, who hosts them."
    )
    found = 0
    for text in texts:
        for word in re.finditer(r"\w+", text):
            after = lexicon.go_between_after.match(text, word.end())
            before = lexicon.go_between_before.search(text, max(0, word.start() - 30), word.start())
            for match in (after, before):
                if match is not None and match.end() > match.start():
                    found += 1
                    assert any(hint in match.group() for hint in hints), match.group()
    assert found > 20


def test_every_ally_phrase_holds_one_of_its_words() -> None:
    # ``parties._allies`` reads the phrases only in a text where ``ally_words`` finds a
    # word: a phrase added without its word would be skipped silently.
    lexicon = load_agreement_lexicon()
    data = Path(__file__).resolve().parents[2] / "data"
    texts = [json.loads(p.read_bytes())["article"]["text"] for p in data.rglob("*.gold.json")]
    texts.append(
        "Cuban troops fighting alongside the army; Indian units deployed in support of Colombo; "
        "Chadian soldiers, who are fighting on behalf of the junta; Chile and Peru have sent "
        "troops at the government's request; Kenya has sent forces to help the army."
    )
    found = 0
    for text in texts:
        for word in re.finditer(r"\w+", text):
            match = lexicon.ally_after.match(text, word.end())
            if match is not None:
                found += 1
                phrase = match.group()
                assert any(word.search(phrase) for word in lexicon.ally_words), phrase
    assert found >= 5


def test_ally_words_find_what_one_bounded_alternation_finds() -> None:
    # ``ally_words`` are led by their letters, each looking back for a word start: a text
    # holds one of them exactly where "\b(?:words)\b" would find one.
    lexicon = load_agreement_lexicon()
    plain = re.compile(
        r"\b(?:alongside|beside|in\s+support\s+of|on\s+behalf\s+of|on\s+the\s+side\s+of"
        r"|request|to\s+(?:help|support|back))\b"
    )
    data = Path(__file__).resolve().parents[2] / "data"
    texts = [json.loads(p.read_bytes())["article"]["text"] for p in data.rglob("*.gold.json")]
    texts += [
        "alongside the army",
        "request",
        "to\nhelp them",
        "Fighting alongside",
        "a misrequest",
        "the requester",
        "bedside manner",
        "into help",
        "on behalf ofthem",
        "in support of",
        "kin support of",
        "went on the side of",
        "up to backing",
        "_beside",
        "\u00e9beside",
        "x",
        "",
    ]
    hits = 0
    for text in texts:
        expected = plain.search(text) is not None
        hits += expected
        assert any(word.search(text) for word in lexicon.ally_words) == expected, text
    assert hits >= 5


def test_separator_led_negations_find_what_their_word_patterns_find() -> None:
    # ``negation_void`` and ``negation_reject`` take the character before their words:
    # read in " " + text, each match starts one character before its words in ``text``.
    from processors.agreement_patterns import compile_words

    lexicon = load_agreement_lexicon()
    data = lexicon_data()
    text = (
        "They failed to agree, no longer hold; NO one, nobody-else, non-stop, denied it. "
        "Unable to meet, yet to sign, without a deal, rather than talks, instead of peace. "
        "They did not sign, DIDN'T agree, refused to talk, wouldn\u2019t go, never agreed"
    )
    for led, key in ((lexicon.negation_void, "void"), (lexicon.negation_reject, "to_rejected")):
        plain = compile_words(data["negations"][key], 0)
        assert len(list(plain.finditer(text))) > 2
        for start in range(len(text)):
            expected = [m.span() for m in plain.finditer(text, start)]
            assert [(m.start(), m.end() - 1) for m in led.finditer(" " + text, start)] == expected
