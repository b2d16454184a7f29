"""Statements in shapes met in real wire copy: a day's possessive after the verb, a place
that opens the sentence of a participle, an agent after "by" in a crowd's description."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


@pytest.mark.parametrize("day", ["Tuesday", "Sunday"])
def test_a_day_with_a_possessive_after_the_verb_starts_the_content(
    extract: Extract, day: str
) -> None:
    (statement,) = extract(f"Prime Minister Keir Starmer said {day}'s vote was free and fair.")
    assert statement.content == f"{day}'s vote was free and fair"


def test_a_day_alone_after_the_verb_is_still_a_time(extract: Extract) -> None:
    (statement,) = extract("Prime Minister Keir Starmer said Tuesday the vote was free and fair.")
    assert statement.content == "the vote was free and fair"


def test_a_place_opening_the_sentence_is_not_the_participles_speaker(extract: Extract) -> None:
    (statement,) = extract(
        "At Lagos State House, members of the teachers' union gathered on Friday, "
        "saying the new pay scale would drive staff out of public schools."
    )
    assert not statement.speaker.name.startswith("At")
    assert statement.speaker.name.startswith("members of the teachers")


def test_an_agent_after_by_is_not_the_side_of_the_crowd_it_acted_on(extract: Extract) -> None:
    *_, statement = extract(
        "Greece's foreign ministry said it was working for the crew's release. "
        "Relatives of the sailors detained by Iran said the crew had done nothing wrong."
    )
    assert statement.speaker.name.startswith("Relatives")
    assert statement.speaker.actor != "IRN"


def test_a_crowd_still_takes_the_side_its_own_words_name(extract: Extract) -> None:
    (statement,) = extract("Iranian relatives of the detained sailors said the crew was innocent.")
    assert statement.speaker.actor == "IRN"


def test_a_title_set_off_by_commas_before_the_name_leaves_the_name_speaking(
    extract: Extract,
) -> None:
    first, second = extract(
        "RSF Legal Advisor, Mohamed Al-Nour, told reporters that the group would not sign. "
        "Al-Nour stressed that only a full ceasefire would do."
    )
    assert first.speaker.name == "Mohamed Al-Nour"
    assert first.speaker.role == "Legal Advisor"
    assert (second.speaker.name, second.speaker.actor) == ("Mohamed Al-Nour", "RSF")


def test_a_where_clause_after_the_appositive_leaves_the_name_speaking(extract: Extract) -> None:
    (statement,) = extract(
        "Dana Levi, a teacher from Sderot, where rockets fell last week, said the town "
        "needed shelters before anything else."
    )
    assert statement.speaker.name == "Dana Levi"


def test_a_phrase_of_place_after_the_adjuncts_leaves_the_report_before_the_speaker(
    extract: Extract,
) -> None:
    (statement,) = extract(
        "Moscow would halt strikes on power plants, the Kremlin said in a statement "
        "following a call between the two presidents."
    )
    assert statement.content == "Moscow would halt strikes on power plants"
    assert statement.speaker.actor == "RUS"


def test_what_a_quote_was_said_of_is_no_second_statement(extract: Extract) -> None:
    (statement,) = extract(
        '"I want them to be grateful," Keir Starmer said of the council leaders in the north.'
    )
    assert statement.direct
    assert statement.content == "I want them to be grateful,"


@pytest.mark.parametrize("word", ["this", "it", "so"])
def test_a_content_of_one_pronoun_reports_nothing(extract: Extract, word: str) -> None:
    statements = extract(f"On Friday, Prime Minister Keir Starmer denied {word}.")
    assert statements == ()


def test_an_undotted_military_title_and_the_side_of_a_counterpart(extract: Extract) -> None:
    statements = extract(
        "The proposal came in a call from Pakistan's army chief to his Indian counterpart, "
        "Lt Gen Vikram Rao, on Saturday. Lt Gen Rao said the firing had stopped by midnight."
    )
    (statement,) = [s for s in statements if "firing had stopped" in s.content]
    assert statement.speaker.name == "Vikram Rao"
    assert statement.speaker.actor == "IND"


def test_a_demonym_before_reports_makes_it_a_noun(extract: Extract) -> None:
    statements = extract(
        "The prime minister's office denied Egyptian and Qatari reports that mediators "
        "had closed the gaps."
    )
    assert [s.speaker.actor for s in statements] != ["QAT"]
    assert all(s.speaker.name != "Qatari" for s in statements)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Hamas has said it is committed to the deal. After talks in Cairo, the "
            "Palestinian armed group said the mediators would remove obstacles.",
            "HAMAS",
        ),
        (
            "The Houthis fired two missiles on Monday. The Yemeni rebels said the strikes "
            "targeted ships linked to Israel.",
            "HOUTHIS",
        ),
        (
            "Yemen's Houthi rebels said they had attacked a tanker in the Red Sea.",
            "HOUTHIS",
        ),
    ],
)
def test_an_armed_group_described_by_its_country_is_the_group(
    extract: Extract, text: str, actor: str
) -> None:
    assert extract(text)[-1].speaker.actor == actor


def test_a_stance_reiterated_is_no_statement_of_its_own(extract: Extract) -> None:
    (statement,) = extract(
        'A senior Israeli official reiterated this stance, stating, "Our position has not changed."'
    )
    assert statement.direct


def test_a_capital_naming_a_deal_is_not_the_armys_state(extract: Extract) -> None:
    (statement,) = extract(
        "Ethiopia and the TPLF have clashed again despite the Pretoria agreement. "
        "The army said it had repelled an attack near Mekelle."
    )
    assert statement.speaker.actor == "ETH"


def test_said_to_reporters_is_who_heard_it_not_what_was_said(extract: Extract) -> None:
    statements = extract(
        'Schumer "knows where my office is," Thune said to reporters Tuesday. "I have not '
        'heard from him."'
    )
    assert all(not s.content.startswith("to reporters") for s in statements)
    assert any(s.content.startswith("I have not heard") for s in statements)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ('"It holds," said Sarah Lane, a researcher at a London think tank.', "UNKNOWN"),
        ('"It will not last," said Omar Haddad, an analyst at a Tunis-based institute.', "UNKNOWN"),
        (
            '"It will not last," said Noa Levi, a former Israeli negotiator now at a Tel Aviv '
            "think tank.",
            "ISR",
        ),
    ],
)
def test_the_city_of_an_experts_institute_gives_no_side(
    extract: Extract, text: str, actor: str
) -> None:
    (statement,) = extract(text)
    assert statement.speaker.actor == actor


def test_told_us_media_then_a_quote_after_the_adjuncts_comma(extract: Extract) -> None:
    (statement,) = extract(
        'Secretary of State Marco Rubio told US media on Sunday, "We will not let them '
        'decide which ships can pass."'
    )
    assert statement.direct
    assert statement.content.startswith("We will not let them")
    assert statement.speaker.actor == "USA"


@pytest.mark.parametrize("opener", ["Earlier", "Meanwhile", "Separately"])
def test_an_opening_adverb_is_not_the_participles_speaker(extract: Extract, opener: str) -> None:
    (statement,) = extract(
        f"{opener}, Vladimir Putin announced an Easter truce, saying that Russian forces "
        "would stop combat operations until midnight on Sunday."
    )
    assert statement.speaker.name == "Vladimir Putin"
    assert statement.speaker.actor == "RUS"
