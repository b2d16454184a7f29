"""Statements in conflict wire copy: outlets that report, appositives followed by a
relative clause, firms named by their nationality, Myanmar and Sahel actors."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from statement_checks import speaker_of

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


# -- "reported that": an outlet's report is a statement ---------------------------------


def test_a_state_news_agency_reports_for_its_state(extract: Extract) -> None:
    statements = extract(
        "Syria's state news agency reported that two soldiers were killed in a drone "
        "strike near the town of Daraa."
    )
    assert speaker_of(statements, "two soldiers were killed") == "SYR"
    assert statements[0].verb == "report"


def test_reported_with_an_object_and_no_clause_is_no_statement(extract: Extract) -> None:
    statements = extract("The ministry reported 40 new cases of cholera in the camps on Monday.")
    assert statements == ()


# -- an appositive, then a relative clause ---------------------------------------------


def test_the_appositive_before_a_relative_aside_gives_the_side(extract: Extract) -> None:
    statements = extract(
        "Khalil al-Hayya, the group's chief negotiator and deputy leader, who lives in "
        "Doha, said Hamas would study the proposal."
    )
    assert speaker_of(statements, "Hamas would study the proposal") == "HAMAS"
    assert statements[0].speaker.name == "Khalil al-Hayya"


def test_a_relative_aside_alone_still_places_its_speaker(extract: Extract) -> None:
    statements = extract(
        "Oleksandr Prokudin, who heads the regional administration in Kherson, said "
        "two people were wounded."
    )
    assert speaker_of(statements, "two people were wounded") == "UKR"


# -- a firm is not the state its demonym names -----------------------------------------


def test_a_firm_named_by_its_nationality_speaks_for_nobody(extract: Extract) -> None:
    statements = extract(
        "The Norwegian shipping company said its tanker had been hit by a drone. "
        "A spokesman for the vessel's Turkish owner said the crew was unhurt."
    )
    assert speaker_of(statements, "its tanker had been hit") == "UNKNOWN"
    assert speaker_of(statements, "the crew was unhurt") == "UNKNOWN"


def test_a_state_body_named_by_its_nationality_keeps_its_state(extract: Extract) -> None:
    statements = extract("The Norwegian foreign ministry said its embassy had been evacuated.")
    assert speaker_of(statements, "its embassy had been evacuated") == "NOR"


# -- gazetteer: Myanmar and the Sahel --------------------------------------------------


def test_myanmar_junta_and_ethnic_armies_are_actors(extract: Extract) -> None:
    statements = extract(
        "Senior General Min Aung Hlaing said the army would hold talks with any group "
        "that laid down arms. The Arakan Army said it would keep fighting until the "
        "bombing stopped."
    )
    assert speaker_of(statements, "the army would hold talks") == "MMR"
    assert speaker_of(statements, "it would keep fighting") == "ARAKAN_ARMY"


def test_sahel_juntas_and_jnim_are_actors(extract: Extract) -> None:
    statements = extract(
        "Burkina's leader, Captain Ibrahim Traore, said the army had retaken the town. "
        "JNIM said in a statement that its fighters had withdrawn in good order."
    )
    assert speaker_of(statements, "the army had retaken the town") == "BFA"
    assert speaker_of(statements, "its fighters had withdrawn") == "JNIM"


# -- a briefing's transcript ------------------------------------------------------------


def test_a_transcript_line_is_the_words_of_the_person_its_label_names(extract: Extract) -> None:
    statements = extract(
        "Foreign Ministry spokeswoman Maria Zakharova took questions at her weekly "
        "briefing. Excerpts:\n"
        "Q: Will Moscow send a delegation to Istanbul?\n"
        "Zakharova: The decision has not been taken. We will inform you in due course.\n"
        "Note: The briefing was held in Moscow."
    )
    answers = [s for s in statements if s.content.startswith("The decision has not")]
    assert len(answers) == 1
    assert answers[0].speaker.actor == "RUS"
    assert answers[0].content.endswith("in due course")
    assert not any("Istanbul" in s.content or "briefing was held" in s.content for s in statements)


def test_a_label_naming_nobody_quoted_before_is_no_speaker(extract: Extract) -> None:
    statements = extract(
        "The talks resumed in Doha on Monday.\n"
        "Mediators: Qatar and Egypt have hosted every round since January."
    )
    assert statements == ()


# -- Kashmir's separatist alliance, the militants' council, a Druze faction --------------


@pytest.mark.parametrize(
    ("text", "content", "side"),
    [
        (
            "Syed Ali Shah Geelani, a hardliner in the separatist alliance, said talks "
            "without Pakistan would lead nowhere.",
            "talks without Pakistan would lead nowhere",
            "HURRIYAT",
        ),
        (
            "Leaders of the All Parties Hurriyat Conference said the elections were a sham.",
            "the elections were a sham",
            "HURRIYAT",
        ),
        (
            "The Muzaffarabad-based United Jihad Council said its fighters would keep up "
            "their attacks.",
            "its fighters would keep up",
            "UJC",
        ),
        (
            "A commander of a Druze faction in Sweida said his men would stay in the city.",
            "his men would stay",
            "DRUZE",
        ),
        # A shopkeeper who shares a surname with nobody listed speaks for no side.
        (
            "Umar Farooq, a shopkeeper in Srinagar, said business had picked up.",
            "business had picked up",
            "UNKNOWN",
        ),
    ],
)
def test_kashmir_separatists_the_jihad_council_and_druze_factions_are_their_own_speakers(
    extract: Extract, text: str, content: str, side: str
) -> None:
    assert speaker_of(extract(text), content) == side


def test_the_emc_is_colombias_farc_dissidents(extract: Extract) -> None:
    statements = extract(
        "An EMC negotiator told reporters in Caracas that the group would free two soldiers."
    )
    assert speaker_of(statements, "the group would free two soldiers") == "FARC_DISSIDENTS"
