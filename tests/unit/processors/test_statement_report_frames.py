"""Reporting frames met in real wire copy: verbs of affirming and making plain, and
where such frames stop short of a report."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


@pytest.mark.parametrize(
    "verb",
    ["made it clear that", "made clear", "has made it plain that", "affirmed that", "affirms that"],
)
def test_making_plain_or_affirming_reports_the_clause(extract: Extract, verb: str) -> None:
    (statement,) = extract(
        f"Colombian peace commissioner Otty Patino {verb} the ELN must free its hostages first."
    )
    assert statement.speaker.actor == "COL"
    assert statement.content == "the ELN must free its hostages first"


def test_an_affirmed_quote_is_reported_by_the_pronoun_after_it(extract: Extract) -> None:
    *_, statement = extract(
        "Two Hamas negotiators met Egyptian mediators in Cairo on Sunday. "
        '"We have not closed the door to a longer truce," they affirmed.'
    )
    assert statement.speaker.actor == "HAMAS"
    assert statement.direct


@pytest.mark.parametrize(
    "sentence",
    [
        "The monument affirmed the town's place in the war's history.",
        "The report made clear progress on the border talks.",
    ],
)
def test_affirming_or_making_clear_without_a_clause_reports_nothing(
    extract: Extract, sentence: str
) -> None:
    assert extract(sentence) == ()


@pytest.mark.parametrize(
    "tail",
    [
        "said Tuesday after talks with his Pakistani counterpart Shehbaz Sharif in Kabul",
        "said in a joint statement after talks in the Qatari capital of Doha",
    ],
)
def test_a_phrase_of_place_after_a_trailing_speaker_is_no_report(
    extract: Extract, tail: str
) -> None:
    (statement,) = extract(f"The Taliban agreed a three-day truce in Helmand, Ashraf Ghani {tail}.")
    assert statement.content == "The Taliban agreed a three-day truce in Helmand"


def test_a_that_clause_after_a_trailing_speaker_is_still_the_report(extract: Extract) -> None:
    (statement,) = extract(
        "The truce held overnight, Ghani said in Kabul that Pakistan had backed it."
    )
    assert statement.content == "Pakistan had backed it"


@pytest.mark.parametrize(
    "lead",
    [
        "The Colombian army issued a statement saying that",
        "The Colombian army released a statement on Friday saying",
        "The Colombian army published an open letter saying that",
    ],
)
def test_a_participle_after_a_document_put_out_reports_for_its_author(
    extract: Extract, lead: str
) -> None:
    (statement,) = extract(f"{lead} the ELN had broken the Christmas truce.")
    assert statement.speaker.actor == "COL"
    assert statement.content == "the ELN had broken the Christmas truce"


def test_a_document_someone_received_gives_them_no_words(extract: Extract) -> None:
    statements = extract(
        "Villagers in Arauca received a leaflet saying that the ELN had broken the truce."
    )
    assert statements == ()


def test_a_label_before_a_colon_does_not_put_out_the_document(extract: Extract) -> None:
    first, *_ = extract(
        "14:20 - Breaking: The Colombian army has issued a statement calling on the ELN "
        "to end its attacks."
    )
    assert first.speaker.actor == "COL"
    assert first.content == "the ELN to end its attacks"


@pytest.mark.parametrize(
    "speaker",
    [
        "Qatar, which is mediating the talks,",
        "the Economic Community of West African States, which hosts the talks,",
        "Kenyan President William Ruto, who chairs the talks,",
    ],
)
def test_a_trailing_speaker_with_a_relative_aside_reports_the_clause_before(
    extract: Extract, speaker: str
) -> None:
    (statement,) = extract(f"The truce will last until the end of March, {speaker} said.")
    assert statement.content == "The truce will last until the end of March"
    assert statement.speaker.actor in {"QAT", "ECOWAS", "KEN"}


@pytest.mark.parametrize("lead", ["When the talks had ended,", "In Minsk,"])
def test_a_name_after_an_opening_clause_keeps_its_appositive(extract: Extract, lead: str) -> None:
    (statement,) = extract(
        f"{lead} Peskov, the Kremlin spokesman, who was in Minsk, said the truce would hold."
    )
    assert statement.speaker.name == "Peskov"
    assert statement.content == "the truce would hold"


@pytest.mark.parametrize("time", ["0600 GMT", "06:00 GMT"])
def test_a_clock_time_after_a_subordinator_is_no_speaker(extract: Extract, time: str) -> None:
    *_, statement = extract(
        "The ELN issued a communique on Sunday. "
        f"The communique came shortly after {time} and said the truce was over."
    )
    assert statement.speaker.actor == "ELN"
    assert "GMT" not in statement.speaker.name


def test_a_subject_after_a_subordinator_still_speaks_for_its_verb(extract: Extract) -> None:
    (statement,) = extract(
        "The shelling went on until Ukrainian troops withdrew and said the town was lost."
    )
    assert statement.speaker.actor == "UKR"


@pytest.mark.parametrize("speaker", ["say Turkish news agencies", "said Turkish news agencies"])
def test_an_inverted_speaker_opened_by_a_demonym_may_take_modifiers(
    extract: Extract, speaker: str
) -> None:
    (statement,) = extract(f"The truce around Idlib held overnight, {speaker}.")
    assert statement.speaker.actor == "TUR"
    assert statement.content == "The truce around Idlib held overnight"


def test_a_clause_after_an_inverted_demonym_is_no_speaker(extract: Extract) -> None:
    assert extract("The truce is holding, said Russian troops killed two soldiers.") == ()


@pytest.mark.parametrize("medium", ["in a Facebook post", "on a Telegram channel"])
def test_a_medium_named_before_its_head_is_one_adjunct(extract: Extract, medium: str) -> None:
    (statement,) = extract(
        f'"The shelling has stopped for now," the Armenian premier said {medium}, AFP reported.'
    )
    assert statement.content == "The shelling has stopped for now,"
    assert statement.direct


def test_a_name_after_a_medium_still_opens_the_report(extract: Extract) -> None:
    (statement,) = extract("The Armenian premier said on Facebook Azerbaijan had broken the truce.")
    assert statement.content == "Azerbaijan had broken the truce"
