"""Whose speaker: officials described by a state body, spokespeople of the body just
named, sources that only know about a place's talks, and titles that run over a region."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from statement_checks import speaker_of

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


# -- an official described by a state body ----------------------------------------------


def test_a_military_official_speaks_for_the_one_state_whose_army_the_text_named(
    extract: Extract,
) -> None:
    statements = extract(
        "Ethiopia's army said on Sunday that it had pushed rebel fighters out of two towns "
        "in the Amhara region. A senior military official, who asked not to be named, said "
        "the offensive would continue until the roads were reopened."
    )
    assert speaker_of(statements, "the offensive would continue") == "ETH"


def test_army_officials_stay_unknown_when_the_text_named_two_states_armies(
    extract: Extract,
) -> None:
    statements = extract(
        "Ethiopia's army and Eritrea's army both moved troops toward the border on Friday. "
        "Army officials said the deployments were routine and posed no threat to anyone."
    )
    assert speaker_of(statements, "the deployments were routine") == "UNKNOWN"


def test_the_same_body_word_settles_what_a_body_of_its_kind_leaves_open(
    extract: Extract,
) -> None:
    # Two states' militaries, but one state's army by that word: the army officer is its.
    statements = extract(
        "Pakistan's military said its air defences had shot down three drones. The Indian "
        "Army denied launching them. An army officer, speaking on condition of anonymity, "
        "said no drone had crossed the line that night."
    )
    assert speaker_of(statements, "no drone had crossed") == "IND"


def test_police_sources_with_no_police_named_stay_unknown(extract: Extract) -> None:
    statements = extract(
        "Ethiopia's army said rebels had attacked a convoy near Gondar. Police sources said "
        "six passengers were missing after the attack."
    )
    assert speaker_of(statements, "six passengers were missing") == "UNKNOWN"


# -- a spokesperson of the body just named ----------------------------------------------


def test_a_bare_spokesperson_speaks_for_the_body_that_led_the_sentence_before(
    extract: Extract,
) -> None:
    statements = extract(
        "The World Health Organization said on Friday that two hospitals in the north had "
        "closed. Spokeswoman Margaret Harris said the agency's teams could not reach them."
    )
    assert speaker_of(statements, "teams could not reach them") == "UN"


def test_a_bare_spokesperson_after_a_person_finds_no_employer(extract: Extract) -> None:
    statements = extract(
        "Prime Minister Nawaf Salam said he had no information about the launch. Spokesperson "
        "Jo Kim said the findings would be published next week."
    )
    assert speaker_of(statements, "findings would be published") == "UNKNOWN"


def test_its_envoy_in_a_capital_is_the_body_s_not_the_capital_s(extract: Extract) -> None:
    statements = extract(
        "The World Food Programme said on Monday that its convoys had been blocked for a week. "
        "Its country director in Khartoum, Eddie Rowe, said the agency had food for only two "
        "more weeks."
    )
    assert speaker_of(statements, "food for only two") == "UN"


def test_a_title_over_a_region_pair_keeps_its_owner(extract: Extract) -> None:
    statements = extract(
        "Residents said food prices had doubled. UNICEF's regional director for the Middle "
        "East and North Africa, Adele Khodr, said that children were dying of cold."
    )
    assert speaker_of(statements, "children were dying") == "UN"


# -- what a source knows about is not whom it serves ------------------------------------


def test_sources_familiar_with_a_capital_s_process_are_nobody_s(extract: Extract) -> None:
    statements = extract(
        "Three people familiar with the Riyadh negotiations said a draft had been shared with "
        "both delegations. Sources close to the Cairo talks said Egypt had sent a new text."
    )
    assert speaker_of(statements, "a draft had been shared") == "UNKNOWN"
    assert speaker_of(statements, "Egypt had sent a new text") == "UNKNOWN"


def test_sources_close_to_a_group_speak_for_it(extract: Extract) -> None:
    statements = extract("Sources close to Hamas said the group would answer within days.")
    assert speaker_of(statements, "would answer within days") == "HAMAS"


# -- cues other states' politics use too ------------------------------------------------


def test_a_congress_leader_in_a_story_about_other_states_is_not_american(
    extract: Extract,
) -> None:
    statements = extract(
        "India accused Pakistan of sheltering the attackers. Congress leader Pawan Khera "
        "wrote on X that the government owed the nation an explanation."
    )
    assert speaker_of(statements, "owed the nation") != "USA"


def test_a_congress_cue_keeps_its_side_when_the_text_names_that_side(
    extract: Extract,
) -> None:
    statements = extract(
        "Ukraine asked the United States for more air defence systems. Congress leader Mike "
        "Dorn said the aid package would pass this month."
    )
    assert speaker_of(statements, "aid package would pass") == "USA"


def test_a_foreign_office_spokesperson_abroad_is_not_british(extract: Extract) -> None:
    statements = extract(
        "India blamed Pakistan for the raid. Foreign Office spokesperson Mumtaz Baloch said "
        "in Islamabad that India had a habit of blaming Pakistan."
    )
    assert speaker_of(statements, "a habit of blaming") != "GBR"


# -- coordinated speech verbs and objects that report no words --------------------------


def test_a_second_verb_after_and_has_shares_the_first_verb_s_subject(extract: Extract) -> None:
    statements = extract(
        "Armenia has rejected the report as false and has accused Azerbaijan of massing "
        "troops on the border."
    )
    assert speaker_of(statements, "Azerbaijan of massing troops") == "ARM"
    assert speaker_of(statements, "as false") == "ARM"


def test_a_routine_denial_and_its_coordinated_say_are_two_statements(extract: Extract) -> None:
    statements = extract(
        "Sudan's army said its jets had struck fuel depots near Nyala. The army routinely "
        "denies bombing markets and says its strikes target only fighters."
    )
    assert speaker_of(statements, "bombing markets") == "SDN"
    assert speaker_of(statements, "its strikes target only fighters") == "SDN"


def test_a_backshifted_had_stays_inside_the_report(extract: Extract) -> None:
    statements = extract(
        "An Egyptian official said Cairo was alarmed and had urged both sides to hold fire."
    )
    assert len(statements) == 1
    assert "had urged both sides" in statements[0].content


def test_rejecting_the_accusation_with_no_words_of_one_s_own_is_no_statement(
    extract: Extract,
) -> None:
    statements = extract(
        "Moscow rejected the accusation. Kyiv has denied the claim and has accused Russia of "
        "shelling the plant."
    )
    assert [s.content for s in statements] == ["Russia of shelling the plant"]


# -- bodies the text names by a common noun ---------------------------------------------


def test_the_government_is_a_warring_states_not_the_mediators(extract: Extract) -> None:
    statements = extract(
        "Qatar hosted a fourth round of talks between Ethiopia and the TPLF in Doha on "
        "Monday. Qatar's envoy said the talks were constructive, and Doha would host the "
        "next round. The government said the rebels still held 200 of its soldiers."
    )
    assert speaker_of(statements, "held 200 of its soldiers") == "ETH"


@pytest.mark.parametrize(
    "opening",
    [
        "The talks in Kuwait between Yemen's government and the Houthis resumed on Monday, "
        "hosted by the Emir of Kuwait, and Kuwait's deputy foreign minister said Kuwait "
        "would keep hosting them.",
        "Kuwait brought Somalia's leaders and the rebels to Kuwait City for a second round, "
        "and Kuwait's foreign minister said Kuwait was ready to host a third.",
    ],
)
def test_the_government_is_not_kuwait_hosting_the_talks(extract: Extract, opening: str) -> None:
    statements = extract(f"{opening} The government said the other side had broken the truce.")
    assert speaker_of(statements, "the other side had broken the truce") in ("YEM", "SOM")


def test_the_rebels_are_the_armed_group_not_the_red_cross_named_last(extract: Extract) -> None:
    statements = extract(
        "The TPLF has held talks with Ethiopia on a prisoner swap. The Red Cross said it had "
        "visited some of the detainees. The rebels said they wanted their fighters freed first."
    )
    assert speaker_of(statements, "they wanted their fighters freed") == "TPLF"


def test_an_owner_named_by_a_common_noun_outweighs_the_place_of_the_post(
    extract: Extract,
) -> None:
    statements = extract(
        "The ICRC said it had begun talks on an exchange of detainees. The organisation's "
        "head of delegation in Addis Ababa, Marta Keller, said both sides had asked for it."
    )
    assert speaker_of(statements, "both sides had asked for it") == "ICRC"


# -- holders of state offices the gazetteer does not know --------------------------------


def test_a_president_unknown_to_the_gazetteer_speaks_for_the_story_s_state(
    extract: Extract,
) -> None:
    statements = extract(
        "Colombia's government and the ELN signed a ceasefire in Havana. Colombia will "
        "suspend operations from Sunday, and Colombia's army said it had received the order. "
        'President Tomas Arbelaez said the truce was "the most verified in our history".'
    )
    assert speaker_of(statements, "the most verified in our history") == "COL"


def test_an_office_holder_stays_unknown_when_no_state_fills_the_story(extract: Extract) -> None:
    statements = extract(
        "Colombia and Venezuela traded accusations over the border on Monday. Venezuela "
        "closed two crossings and Colombia sent troops. Minister Tomas Arbelaez said the "
        "border would stay open."
    )
    assert speaker_of(statements, "the border would stay open") == "UNKNOWN"


# -- crowds that speak for no state -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The Afghan government said the Taliban had carried out 400 attacks in June. "
            "Diplomats in Kabul say the pause matters less for what it stops than for what "
            "it might start.",
            "the pause matters less",
        ),
        (
            "Afghan officials said the talks would open in Doha. Diplomats say the first "
            "round will be about a ceasefire.",
            "the first round will be",
        ),
        (
            "The Syrian army accused rebels of 300 violations. Residents of Damascus and "
            "Homs told us the shelling stopped shortly before midnight.",
            "the shelling stopped",
        ),
        (
            "Ukraine's army said it had pushed back an assault near Kharkiv. Residents of "
            "Kyiv said the sirens had gone quiet overnight.",
            "the sirens had gone quiet",
        ),
    ],
)
def test_diplomats_and_residents_with_no_side_are_nobodys_not_the_story_state(
    extract: Extract, text: str, words: str
) -> None:
    # A capital after "of" only says where residents live; diplomats there are foreign.
    assert speaker_of(extract(text), words) == "UNKNOWN"


def test_diplomats_whose_nationality_is_given_keep_it(extract: Extract) -> None:
    statements = extract(
        "The Afghan government said the Taliban had carried out 400 attacks. Russian "
        "diplomats say the pause matters less than what comes after it."
    )
    assert speaker_of(statements, "the pause matters less") == "RUS"


def test_experts_in_a_story_about_one_country_stay_that_countrys(extract: Extract) -> None:
    statements = extract(
        "The Afghan government said the Taliban had carried out 400 attacks in June, and "
        "Afghan forces were put on alert in Kabul. Analysts in Kabul say the pause matters "
        "less than what comes after it."
    )
    assert speaker_of(statements, "the pause matters less") == "AFG"


# -- an armed-group word outweighs a place ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (
            "The FARC and the government extended the ceasefire. A rebel negotiator in Havana "
            "said the extension took a gun off the table.",
            "took a gun off the table",
            "FARC",
        ),
        (
            "The ELN said it would respect the truce. A guerrilla commander in Caracas said "
            "the fighters would stay in their camps.",
            "the fighters would stay",
            "ELN",
        ),
        (
            "M23 said it would hold the town. A rebel spokesman in Kigali said the roads were "
            "open again.",
            "the roads were open",
            "M23",
        ),
    ],
)
def test_a_rebel_in_a_capital_speaks_for_the_rebels_not_that_state(
    extract: Extract, text: str, words: str, actor: str
) -> None:
    assert speaker_of(extract(text), words) == actor


def test_an_official_in_a_capital_still_speaks_for_its_state(extract: Extract) -> None:
    statements = extract(
        "Russian troops shelled the town overnight. An official in Kyiv said the line had held."
    )
    assert speaker_of(statements, "the line had held") == "UKR"


# -- a body led by a state -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (
            "Aircraft of the US-led coalition struck army positions near the airport. The "
            "coalition said it had believed it was hitting Islamic State.",
            "it had believed",
            "USA",
        ),
        (
            "The Saudi-led coalition struck Sanaa overnight. The coalition said it had hit "
            "only military targets.",
            "only military targets",
            "SAU",
        ),
    ],
)
def test_the_body_a_state_leads_speaks_for_that_state(
    extract: Extract, text: str, words: str, actor: str
) -> None:
    assert speaker_of(extract(text), words) == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Russia suspended its part of the deal on Saturday. The U.N. welcomed Moscow's "
            "decision. A spokesperson said inspections would resume at full strength.",
            "UN",
        ),
        (
            "The White House praised Qatar's mediation. A spokesperson said inspections would "
            "resume at full strength.",
            "USA",
        ),
        (
            "Russia's foreign ministry said the deal was dead. A spokesperson said inspections "
            "would resume at full strength.",
            "RUS",
        ),
    ],
)
def test_a_bare_spokesperson_speaks_for_the_subject_not_a_body_in_its_object(
    extract: Extract, text: str, actor: str
) -> None:
    assert speaker_of(extract(text), "inspections would resume") == actor


# -- "a member of their delegation": a possessive after "of" --------------------------


@pytest.mark.parametrize(
    ("text", "content", "side"),
    [
        (
            "The Houthis denied breaking the truce. A member of their delegation, Hamza "
            "al-Houthi, said the government was looking for an excuse to leave.",
            "the government was looking for an excuse",
            "HOUTHIS",
        ),
        (
            "Hamas rejected the Israeli offer. A member of its delegation said the proposal "
            "fell far short of a permanent ceasefire.",
            "the proposal fell far short",
            "HAMAS",
        ),
        (
            "The ELN rejected the plan on Monday. A member of its central command said the "
            "army had shelled the hills above the camp overnight.",
            "the army had shelled the hills",
            "ELN",
        ),
    ],
)
def test_a_role_of_its_or_their_body_speaks_for_the_body_just_named(
    extract: Extract, text: str, content: str, side: str
) -> None:
    assert speaker_of(extract(text), content) == side


# -- "a defence ministry spokesman" after a state's speakers --------------------------


@pytest.mark.parametrize(
    ("text", "content", "side"),
    [
        (
            "The North's defence ministry said it would restore its guard posts. Officials "
            "in Seoul stressed that the rest of the accord remained in force. A defence "
            "ministry spokesman said the South reserved the right to take further steps.",
            "the South reserved the right",
            "KOR",
        ),
        (
            "Israel's military said its jets had struck launch sites. Tehran said the "
            "truce was holding. A military spokesman accused Israel of "
            "breaching it with strikes in the north.",
            "Israel of breaching it",
            "IRN",
        ),
    ],
)
def test_an_indefinite_organ_role_speaks_for_the_state_that_led_the_clause_before(
    extract: Extract, text: str, content: str, side: str
) -> None:
    assert speaker_of(extract(text), content) == side


def test_an_organ_role_with_the_organ_named_just_before_keeps_its_state(
    extract: Extract,
) -> None:
    statements = extract(
        "Russia's defence ministry said its forces had repelled attacks near Kupiansk. "
        "A defence ministry spokesman said the attacks had been beaten back."
    )
    assert speaker_of(statements, "the attacks had been beaten back") == "RUS"


# -- bare officials in a story filed from one side's capital ---------------------------


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "SEOUL, June 4 (Meridian News) - South Korea on Tuesday suspended its military "
            "pact with North Korea. North Korea responded by declaring the deal dead. "
            "Officials said they had not decided whether to resume the broadcasts.",
            "KOR",
        ),
        (
            "BOGOTA - Colombia and the ELN agreed a truce on Monday. The guerrillas welcomed "
            "it. Officials said they had not decided whether to resume the broadcasts.",
            "COL",
        ),
        # A mediator's capital, or a shared dateline, gives the officials no side.
        (
            "CAIRO - Israel and Hamas agreed a truce on Monday. Israel said it would hold. "
            "Officials said they had not decided whether to resume the broadcasts.",
            "UNKNOWN",
        ),
        (
            "ISLAMABAD/NEW DELHI - India and Pakistan agreed a truce on Monday. Pakistan "
            "said it would hold. Officials said they had not decided whether to resume the "
            "broadcasts.",
            "UNKNOWN",
        ),
    ],
)
def test_bare_officials_take_the_side_of_a_dateline_capital(
    extract: Extract, text: str, side: str
) -> None:
    assert speaker_of(extract(text), "they had not decided") == side


# -- "the envoy" after a person the narration named with that title -------------------


@pytest.mark.parametrize(
    ("text", "content", "side"),
    [
        (
            "A 72-hour truce announced by UN envoy Ismail Ould Cheikh Ahmed came into force "
            "at midnight. Both the government and the Houthis told the envoy they would "
            "abide by it. The envoy says it can be renewed if it holds.",
            "it can be renewed if it holds",
            "UN",
        ),
        (
            "The truce declared by President Rodrigo Duterte was broken within a day. The "
            "rebels and the army blamed each other for the ambush. The president said the "
            "attack was a breach of the ceasefire.",
            "the attack was a breach",
            "PHL",
        ),
    ],
)
def test_the_title_points_back_to_the_person_named_with_it(
    extract: Extract, text: str, content: str, side: str
) -> None:
    assert speaker_of(extract(text), content) == side


# -- "a ministry spokeswoman" after a minister -----------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "side"),
    [
        (
            "Infrastructure Minister Oleksandr Kubrakov wrote on Facebook that the departure "
            "was a first step. The next ships could leave within days, a ministry "
            "spokeswoman told us.",
            "The next ships could leave within days",
            "UKR",
        ),
        (
            "Foreign Minister Sergei Lavrov said Moscow would study the text. A ministry "
            "spokesman said a reply would come within a week.",
            "a reply would come within a week",
            "RUS",
        ),
    ],
)
def test_a_ministry_spokesperson_speaks_for_the_minister_who_spoke_last(
    extract: Extract, text: str, content: str, side: str
) -> None:
    assert speaker_of(extract(text), content) == side


# -- "Hadi's government": a last name the text gave in full before ---------------------


def test_a_last_names_possessive_owner_is_the_person_named_in_full_before(
    extract: Extract,
) -> None:
    statements = extract(
        "Aid chief Muhannad Hadi visited the crossing on Monday. Israel announced a pause "
        "on Sunday. Hadi's office said it had not been informed of the pause."
    )
    assert speaker_of(statements, "it had not been informed") == "UN"


# -- bare officials in a story of one state's insurgency --------------------------------


@pytest.mark.parametrize(
    ("text", "content", "side"),
    [
        (
            "The Moro Islamic Liberation Front said its fighters would hold their positions. "
            "Officials said the accord would go before the cabinet next week.",
            "the accord would go before",
            "PHL",
        ),
        (
            "Boko Haram fighters attacked two villages near Maiduguri on Friday. A senior "
            "security official said the army had pushed them back into the forest.",
            "the army had pushed them back",
            "NGA",
        ),
        (
            "The LTTE said it would attend the talks in Oslo. Some officers said the rebels "
            "had used the lull to rearm.",
            "had used the lull to rearm",
            "LKA",
        ),
        # Officials of both sides, of the rebels, or in a story with no insurgency: the
        # phrase or the story gives no one state.
        (
            "The Moro Islamic Liberation Front said its fighters would hold their positions. "
            "Officials on both sides said the accord would go before their leaders.",
            "the accord would go before",
            "UNKNOWN",
        ),
        (
            "The LTTE said it would attend the talks in Oslo. The envoys met twice in "
            "Colombo, according to officials on both sides.",
            "The envoys met twice",
            "UNKNOWN",
        ),
        (
            "Israel and Hamas agreed a truce on Monday. Israel said it would hold. "
            "Officials said they had not decided whether to reopen the crossing.",
            "they had not decided",
            "UNKNOWN",
        ),
    ],
)
def test_bare_officials_serve_the_state_an_insurgency_fights(
    extract: Extract, text: str, content: str, side: str
) -> None:
    assert speaker_of(extract(text), content) == side


# -- a spokesman for a state office: the holder named, else the state --------------------


@pytest.mark.parametrize(
    ("text", "content", "actor"),
    [
        (
            "Eritrean troops left two border towns on Monday and Ethiopian troops moved "
            "in; Eritrea said nothing. Prime Minister Abiy Ahmed ordered a halt to the "
            "advance. A spokesman for the prime minister said the order would stand.",
            "the order would stand",
            "ETH",
        ),
        (
            "Kenyan police clashed with protesters in Nairobi and Mombasa; Kenya deployed "
            "the army. A spokesman for the president said the curfew would be lifted soon.",
            "the curfew would be lifted soon",
            "KEN",
        ),
    ],
)
def test_a_spokesman_for_a_state_office_speaks_for_its_state(
    extract: Extract, text: str, content: str, actor: str
) -> None:
    assert speaker_of(extract(text), content) == actor


def test_a_spokesman_for_an_office_of_one_of_two_even_states_stays_unknown(
    extract: Extract,
) -> None:
    text = (
        "Armenian and Azerbaijani troops exchanged fire near the border; Armenia and "
        "Azerbaijan blamed each other. A spokesman for the president said the shelling "
        "had stopped."
    )
    assert speaker_of(extract(text), "the shelling had stopped") == "UNKNOWN"
