"""Statements in wire copy of the 2025 truces: bodies named by a two-word noun (``the air
force``), reports in the past perfect (``had written that``), trailing attributions after a
fronted time phrase, and bodies named without a country."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from statement_checks import speaker_of

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


# -- a body whose name ends in a word that is no body alone ----------------------------


def test_a_country_s_air_force_speaks_for_it(extract: Extract) -> None:
    statements = extract(
        "Ukraine's air force said it had recorded no Russian drone launches overnight."
    )
    assert speaker_of(statements, "no Russian drone launches") == "UKR"


def test_the_air_force_after_its_report_speaks_for_the_state_named(extract: Extract) -> None:
    statements = extract(
        "Russia launched 120 drones and 9 missiles at Ukraine overnight, the air force said."
    )
    assert speaker_of(statements, "120 drones") == "UKR"


def test_an_israeli_air_force_report_with_a_time_adjunct(extract: Extract) -> None:
    statements = extract(
        "Israel's air force said on Monday morning that it had intercepted two drones."
    )
    assert speaker_of(statements, "intercepted two drones") == "ISR"


def test_the_use_of_force_is_no_speaker(extract: Extract) -> None:
    statements = extract("He warned that the use of force said nothing good about the plan.")
    assert not any("nothing good" in s.content for s in statements)


# -- the past perfect of a written report ----------------------------------------------


def test_had_written_that_reports(extract: Extract) -> None:
    statements = extract(
        "Trump had written that he hoped Russia and Ukraine could strike a deal within days."
    )
    assert speaker_of(statements, "strike a deal within days") == "USA"


def test_has_written_with_a_listener_and_a_day(extract: Extract) -> None:
    statements = extract(
        "Zelensky has written to the leaders of the G7 on Friday that Ukraine needs more "
        "air defence."
    )
    assert speaker_of(statements, "needs more air defence") == "UKR"


def test_a_written_statement_is_no_report_of_its_own(extract: Extract) -> None:
    statements = extract("In a written statement, the Kremlin said the talks would go on.")
    assert [s.speaker.actor for s in statements] == ["RUS"]


def test_a_letter_written_by_someone_is_no_report(extract: Extract) -> None:
    statements = extract("The letter Trump had written was never sent, the Kremlin said.")
    assert speaker_of(statements, "never sent") == "RUS"


# -- a report that opens with an amount ------------------------------------------------


def test_a_report_opening_with_at_least_a_number(extract: Extract) -> None:
    statements = extract("Zelensky said at least 12 people were killed in the attack.")
    assert speaker_of(statements, "at least 12 people were killed") == "UKR"


def test_a_report_opening_with_at_least_a_number_word(extract: Extract) -> None:
    statements = extract(
        "Gaza's civil defence agency says at least eight people have been killed in strikes."
    )
    assert speaker_of(statements, "eight people have been killed") == "HAMAS"


def test_an_amount_that_opens_no_clause_is_no_report(extract: Extract) -> None:
    statements = extract("Zelensky spoke at least twice with Trump on Friday.")
    assert statements == ()


def test_a_place_after_the_verb_is_still_no_report(extract: Extract) -> None:
    statements = extract("Zelensky said at the signing in Washington that the deal was fair.")
    assert [s.content for s in statements] == ["the deal was fair"]


# -- a body named by its kind alone -----------------------------------------------------


def test_the_health_ministry_is_the_one_named_before_not_another_state_s(
    extract: Extract,
) -> None:
    statements = extract(
        "Gaza's health ministry says more than 200 people have been killed. Egypt's foreign "
        "ministry condemns the strikes. The health ministry says the death toll has passed 400."
    )
    assert speaker_of(statements, "the death toll has passed 400") == "HAMAS"


def test_a_body_named_by_kind_serves_where_the_sentence_is(extract: Extract) -> None:
    statements = extract(
        "Egypt's foreign ministry urged calm. Gaza was largely calm on Sunday, although the "
        "health ministry said four people were killed by Israeli fire."
    )
    assert speaker_of(statements, "four people were killed") == "HAMAS"


def test_a_ukrainian_city_places_the_health_ministry(extract: Extract) -> None:
    statements = extract(
        "Russia's foreign ministry urged talks. Overnight strikes hit Kharkiv, and the health "
        "ministry said four people were killed."
    )
    assert speaker_of(statements, "four people were killed") == "UKR"


def test_the_same_kind_of_body_keeps_its_state(extract: Extract) -> None:
    statements = extract(
        "Russia's defence ministry says 20 drones were downed. Ukraine condemns the strikes. "
        "The defence ministry says the toll has passed 40."
    )
    assert speaker_of(statements, "the toll has passed 40") == "RUS"


# -- a trailing attribution followed by a phrase of time --------------------------------


def test_the_clause_before_the_speaker_is_the_report_not_the_time_after(
    extract: Extract,
) -> None:
    statements = extract(
        "The Israeli military said on Saturday it was ready. The ceasefire is now in "
        "effect, the military says, 15 months after the war began."
    )
    assert speaker_of(statements, "The ceasefire is now in effect") == "ISR"
    assert not any("15 months" in s.content for s in statements)


def test_a_concession_after_the_speaker_is_no_report(extract: Extract) -> None:
    statements = extract(
        "The truce has held, Ukraine's army said on Monday, despite sporadic shelling."
    )
    assert [s.content for s in statements] == ["The truce has held"]


def test_a_clause_after_an_intro_is_still_the_report(extract: Extract) -> None:
    statements = extract(
        "Sen. Ann Lee spoke on Monday. In the end, the senator said, the bill will pass easily."
    )
    assert speaker_of(statements, "the bill will pass easily") == "USA"


def test_a_long_time_phrase_after_the_speaker_leaves_the_clause_before(
    extract: Extract,
) -> None:
    statements = extract(
        "Israel and Hamas have agreed to a ceasefire in Gaza, Qatar's prime minister said "
        "on Wednesday, after more than a year of on-off negotiations mediated by Qatar, "
        "Egypt and the United States."
    )
    assert speaker_of(statements, "agreed to a ceasefire in Gaza") == "QAT"


def test_a_place_phrase_after_the_speaker_with_an_appositive(extract: Extract) -> None:
    statements = extract(
        "The strikes have stopped, Zelensky said on Monday during a visit to Kharkiv, the "
        "country's second city."
    )
    assert [s.content for s in statements] == ["The strikes have stopped"]


def test_a_participle_after_the_speaker_still_reports_its_own(extract: Extract) -> None:
    statements = extract(
        "The plan is dead, Zelensky said on Monday, adding that Kyiv would not sign it."
    )
    assert sorted(s.content for s in statements) == [
        "Kyiv would not sign it",
        "The plan is dead",
    ]


# -- an intro place is never the speaker's name -----------------------------------------


def test_an_intro_place_places_a_titled_speaker_but_is_not_named(extract: Extract) -> None:
    statements = extract(
        "In Beirut, caretaker Prime Minister Najib Mikati said the deal was an essential step."
    )
    assert [(s.speaker.name, s.speaker.actor) for s in statements] == [("Najib Mikati", "LBN")]


def test_an_intro_capital_gives_the_opposition_its_side(extract: Extract) -> None:
    statements = extract(
        "In New Delhi, the opposition said the government should explain why the talks failed."
    )
    assert [(s.speaker.name, s.speaker.actor) for s in statements] == [("the opposition", "IND")]


# -- the prime minister's office before any prime minister is named ---------------------


def test_the_office_of_the_state_the_sentence_names_as_owner(extract: Extract) -> None:
    statements = extract(
        "Israel's government approved the Gaza deal early on Saturday after a long "
        "meeting, the prime minister's office said."
    )
    assert speaker_of(statements, "approved the Gaza deal") == "ISR"


def test_the_office_of_the_state_where_the_sentence_is(extract: Extract) -> None:
    statements = extract(
        "Lebanon welcomed the truce. The ministers voted 10 to 1 in favour after a meeting "
        "in Tel Aviv, the prime minister's office said."
    )
    assert speaker_of(statements, "voted 10 to 1") == "ISR"


# -- a pronoun takes the subject, not the object after its verb -------------------------


def test_he_is_the_subject_who_met_not_the_man_he_met(extract: Extract) -> None:
    statements = extract(
        "Steve Witkoff met Netanyahu on Monday and said that he would speak to Qatar. He "
        'told reporters the ceasefire was "holding up".'
    )
    assert speaker_of(statements, "holding up") == "USA"


def test_he_after_an_aside_is_still_the_subject(extract: Extract) -> None:
    statements = extract(
        "Trump's envoy, Steve Witkoff, who toured the corridor last week, met Netanyahu on "
        'Monday. He told reporters the ceasefire was "holding up".'
    )
    assert speaker_of(statements, "holding up") == "USA"


def test_the_subject_named_second_takes_he_when_it_leads(extract: Extract) -> None:
    statements = extract(
        'Netanyahu met Steve Witkoff on Monday. He told reporters the ceasefire was "holding up".'
    )
    assert speaker_of(statements, "holding up") == "ISR"


def test_a_caretaker_title_keeps_its_holder_the_subject(extract: Extract) -> None:
    statements = extract(
        "In Beirut, caretaker Prime Minister Najib Mikati met the envoy. He said the talks "
        "were useful."
    )
    assert speaker_of(statements, "the talks were useful") == "LBN"


# -- the affiliation before a title carries to the surname ------------------------------


def test_an_army_named_before_the_title_gives_the_surname_its_side(extract: Extract) -> None:
    statements = extract(
        "The meeting was chaired by US Army Major General Jasper Jeffers, the head of the "
        'mechanism. "The ceasefire is in effect," Jeffers said.'
    )
    assert speaker_of(statements, "The ceasefire is in effect") == "USA"


def test_a_demonym_before_the_title_in_a_passive_clause(extract: Extract) -> None:
    statements = extract(
        'The talks were led by French Foreign Minister Jean Dupont. "We are close," Dupont said.'
    )
    assert speaker_of(statements, "We are close") == "FRA"


# -- bodies the gazetteer names ---------------------------------------------------------


def test_israel_s_rescue_service_speaks_for_israel(extract: Extract) -> None:
    statements = extract("Sirens sounded overnight. Magen David Adom says two people were hurt.")
    assert speaker_of(statements, "two people were hurt") == "ISR"


def test_ukraine_s_prisoner_headquarters_by_its_short_name(extract: Extract) -> None:
    statements = extract(
        "Russia handed over 300 soldiers. The Coordination Headquarters said Moscow had "
        "submitted lists that did not match the agreed categories."
    )
    assert speaker_of(statements, "submitted lists") == "UKR"


# -- a body owned by a place noun -------------------------------------------------------


def test_the_territory_s_agency_is_the_place_s(extract: Extract) -> None:
    statements = extract(
        "Israeli air strikes continued in parts of Gaza on Friday, and the territory's civil "
        "defence agency said at least 12 people were killed."
    )
    assert speaker_of(statements, "12 people were killed") == "HAMAS"


def test_the_city_s_mayor_is_the_place_s(extract: Extract) -> None:
    statements = extract(
        "A drone hit Kharkiv overnight, and the city's mayor said two people were hurt."
    )
    assert speaker_of(statements, "two people were hurt") == "UKR"


def test_a_company_s_spokesman_takes_no_side_from_the_place(extract: Extract) -> None:
    statements = extract(
        "A drone hit a depot in Kharkiv overnight, and the company's spokesman said two "
        "people were hurt."
    )
    assert speaker_of(statements, "two people were hurt") == "UNKNOWN"


def test_according_to_the_territory_s_ministry(extract: Extract) -> None:
    statements = extract(
        "Israel's offensive in Gaza has killed more than 46,000 Palestinians, according to "
        "the territory's health ministry."
    )
    assert speaker_of(statements, "46,000 Palestinians") == "HAMAS"


def test_according_to_the_city_s_mayor(extract: Extract) -> None:
    statements = extract("Two people were hurt in Kharkiv, according to the city's mayor.")
    assert speaker_of(statements, "Two people were hurt") == "UKR"


# -- 'according to' after a semicolon ---------------------------------------------------


def test_according_to_speaks_for_the_clause_after_a_semicolon(extract: Extract) -> None:
    statements = extract(
        "Iranian officials say more than 400 people have been killed in the Israeli strikes; "
        "Iranian missile fire has killed at least 24 people in Israel, according to Israeli "
        "authorities."
    )
    assert speaker_of(statements, "more than 400 people") == "IRN"
    assert speaker_of(statements, "at least 24 people") == "ISR"
    assert not any("400" in s.content and "24" in s.content for s in statements)


# -- a participle after a channel the speaker took to -----------------------------------


def test_took_to_a_platform_saying_reports(extract: Extract) -> None:
    statements = extract(
        "Armenian Prime Minister Nikol Pashinyan took to Facebook saying the humanitarian "
        "truce had been broken within minutes."
    )
    assert speaker_of(statements, "broken within minutes") == "ARM"


def test_went_on_television_saying_reports(extract: Extract) -> None:
    statements = extract(
        "Sudan's army chief Abdel Fattah al-Burhan went on television saying the army "
        "would not negotiate under fire."
    )
    assert speaker_of(statements, "would not negotiate under fire") == "SDN"


def test_a_crowd_that_took_to_the_streets_saying_is_no_report(extract: Extract) -> None:
    statements = extract("Protesters took to the streets saying the truce was a betrayal.")
    assert statements == ()
