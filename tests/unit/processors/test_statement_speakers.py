"""Who speaks, in the less common ways news copy names a speaker.

``with X saying``, ``according to figures from X``, ``One of them said``, a role held
in a state organ named without its state, a place-located crowd, a place whose name
holds an "and".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from statement_checks import speaker_of

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


# -- "with X saying": a participle with its own subject ---------------------------------


def test_with_a_named_subject_before_the_participle_speaks(extract: Extract) -> None:
    statements = extract(
        "The talks in Geneva broke up without a date for the next round, with Kremlin "
        "aide Yuri Ushakov saying that Moscow would wait for written proposals."
    )
    assert speaker_of(statements, "Moscow would wait for written proposals") == "RUS"


def test_with_a_country_telling_a_listener(extract: Extract) -> None:
    statements = extract(
        "Grain shipments resumed on Friday, with Turkey telling both delegations that "
        "its navy would escort the first convoy."
    )
    found = [s for s in statements if "its navy would escort" in s.content]
    assert [(s.speaker.actor, s.verb) for s in found] == [("TUR", "tell")]


def test_with_and_a_participle_that_is_no_speech_gives_nothing(extract: Extract) -> None:
    statements = extract(
        "The measure passed the chamber with dozens of members voting against it, "
        "and the governor signed it the same evening."
    )
    assert statements == ()


# -- according to documents by their author ------------------------------------------


def test_according_to_bare_figures_from_a_body(extract: Extract) -> None:
    statements = extract(
        "Exports of sunflower oil fell by a third in March, according to figures from "
        "Ukraine's agriculture ministry."
    )
    assert speaker_of(statements, "Exports of sunflower oil fell by a third") == "UKR"


def test_according_to_bare_estimates_with_nobody_named_is_no_statement(
    extract: Extract,
) -> None:
    statements = extract("The harvest shrank by a fifth, according to early estimates.")
    assert statements == ()


# -- "One of them said": one of the group just named ------------------------------------


def test_one_of_them_speaks_for_the_group_named_before(extract: Extract) -> None:
    statements = extract(
        "Russia's defence minister said the exercises were routine. Border guards in "
        "the area were put on alert, according to three Lithuanian officials. One of "
        "them said the guards had been told to expect drones along the frontier."
    )
    assert speaker_of(statements, "the guards had been told to expect drones") == "LTU"


def test_one_of_them_after_two_people_named_is_nobody(extract: Extract) -> None:
    statements = extract(
        "Chancellor Friedrich Merz met President Emmanuel Macron in Paris on Monday. "
        "One of them said the meeting had been long overdue."
    )
    assert not [s for s in statements if "long overdue" in s.content]


# -- a role in a state organ named without its state ------------------------------------


def test_an_organ_spokesman_belongs_to_the_state_whose_organ_spoke_before(
    extract: Extract,
) -> None:
    statements = extract(
        "Israel's air force said its jets had hit a weapons depot near Baalbek. Air "
        "force spokesman Yoni Dahan said the depot held long-range rockets."
    )
    assert speaker_of(statements, "the depot held long-range rockets") == "ISR"


def test_a_spokesman_for_a_unit_of_the_organ_named_before(extract: Extract) -> None:
    statements = extract(
        "Thailand's army said Cambodian troops had crossed the border overnight. A "
        "spokesman for the army's Second Region, Col. Anan Sukchai, said two soldiers "
        "were wounded."
    )
    assert speaker_of(statements, "two soldiers were wounded") == "THA"


def test_an_organ_spokesman_with_no_organ_named_before_stays_unknown(
    extract: Extract,
) -> None:
    statements = extract(
        "Shelling hit two villages on the border of Armenia and Azerbaijan. Army "
        "spokesman Tigran Vardanyan said four houses were damaged."
    )
    assert speaker_of(statements, "four houses were damaged") == "UNKNOWN"


# -- crowds a place only locates --------------------------------------------------------


def test_traders_in_a_capital_do_not_speak_for_its_state(extract: Extract) -> None:
    statements = extract(
        "Wheat prices rose 4% on Tuesday after the strikes on the port, dealers in Moscow said."
    )
    assert speaker_of(statements, "Wheat prices rose") == "UNKNOWN"


def test_capital_based_analysts_do_not_speak_for_its_state(extract: Extract) -> None:
    statements = extract(
        "Two Paris-based analysts said the rate cut had been expected since the summer."
    )
    assert speaker_of(statements, "the rate cut had been expected") == "UNKNOWN"


def test_officials_in_a_capital_still_speak_for_its_state(extract: Extract) -> None:
    statements = extract("Officials in Ankara said the corridor would reopen on Monday.")
    assert speaker_of(statements, "the corridor would reopen") == "TUR"


# -- places whose name holds an "and" ---------------------------------------------------


def test_a_region_with_and_in_its_name_gives_its_leader_a_side(extract: Extract) -> None:
    statements = extract(
        "Jammu and Kashmir Lieutenant Governor Ravi Sethi said schools near the Line of "
        "Control would stay closed for a week."
    )
    assert speaker_of(statements, "schools near the Line of Control") == "IND"


def test_the_pope_speaks_for_the_holy_see(extract: Extract) -> None:
    statements = extract(
        "Pope Leo urged the warring sides to agree an Easter truce, saying the guns "
        "should fall silent for the sake of the children."
    )
    assert {s.speaker.actor for s in statements} == {"VAT"}


# -- a group that fights its own state: "the army" and unnamed officials are that state's


def test_the_army_in_a_story_about_an_insurgency_is_the_state_it_fights(
    extract: Extract,
) -> None:
    statements = extract(
        "The Oromo Liberation Army said on Friday that its fighters had repelled an attack "
        "near Nekemte, and the OLA accused troops of shelling villages. The OLA also said "
        "talks in Dar es Salaam had stalled. The army said its units had only returned fire."
    )
    assert speaker_of(statements, "its units had only returned fire") == "ETH"


def test_the_army_is_not_a_liberation_army_named_before(extract: Extract) -> None:
    statements = extract(
        "The Arakan Army said it had taken two more towns in Rakhine state. "
        "The army said the rebels were lying and that its garrison still held."
    )
    assert speaker_of(statements, "the rebels were lying") == "MMR"


def test_an_unlisted_president_in_an_insurgency_story_speaks_for_that_state(
    extract: Extract,
) -> None:
    statements = extract(
        "TUNIS, June 2 - The M23 rebels pushed south of Goma on Monday as talks in Doha "
        "dragged on. M23 leaders said they would not withdraw. President Amani Kisumu "
        "said the M23 would be driven out, and Defence Minister Joel Sanza told reporters "
        "that reinforcements had reached the front."
    )
    assert speaker_of(statements, "would be driven out") == "COD"
    assert speaker_of(statements, "reinforcements had reached") == "COD"


def test_a_venue_state_named_often_does_not_take_the_fighting_states_president(
    extract: Extract,
) -> None:
    statements = extract(
        "The ELN and government delegations met again in Havana on Monday, and the ELN "
        "asked for more time at the talks in Havana. President Tomas Arbelaez said the "
        "ELN was stalling."
    )
    assert speaker_of(statements, "the ELN was stalling") == "COL"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The FARC said it would not renegotiate its core points. A government negotiator "
            "said the changes could be made without killing the deal.",
            "the changes could be made",
        ),
        (
            "FARC commanders met in Havana on Tuesday, and the FARC said its fighters would "
            "stay in the camps. Government officials said the date could be changed again.",
            "the date could be changed",
        ),
        (
            "The FARC accused troops of attacking a camp in Guaviare. The army said its "
            "soldiers had come under fire first.",
            "its soldiers had come under fire",
        ),
    ],
)
def test_the_government_in_a_farc_story_is_colombias(
    extract: Extract, text: str, words: str
) -> None:
    # The FARC fought the state it is from, which such a story seldom names.
    assert speaker_of(extract(text), words) == "COL"


def test_a_group_fighting_a_foreign_state_gives_no_home_to_an_unlisted_premier(
    extract: Extract,
) -> None:
    statements = extract(
        "Hamas said on Sunday it had received the new proposal, and Hamas officials said "
        "they were studying it. Hamas has not set a date for its answer. Prime Minister "
        "Nabil Fares said the offer deserved a serious reading."
    )
    assert speaker_of(statements, "deserved a serious reading") != "ISR"


def test_a_pronoun_after_an_army_commander_named_in_apposition_keeps_the_armys_side(
    extract: Extract,
) -> None:
    statements = extract(
        'The Sudanese army said it had retaken the bridge. "The road is open," said the '
        "army commander, General Kamal Idris, at the bridge. He said his units had lost "
        "no men in the assault."
    )
    assert speaker_of(statements, "his units had lost no men") == "SDN"


def test_a_titled_name_in_apposition_speaks_with_the_side_of_its_head(
    extract: Extract,
) -> None:
    statements = extract(
        "Brazil's envoy to the talks, ambassador Lucas Moreira Pinto, said the parties "
        'had made progress. "Nobody wants to leave without a text," he said.'
    )
    assert speaker_of(statements, "the parties had made progress") == "BRA"
    assert speaker_of(statements, "Nobody wants to leave") == "BRA"


def test_a_government_official_in_an_insurgency_story_is_that_states(
    extract: Extract,
) -> None:
    statements = extract(
        "The TTP claimed an attack on a checkpoint in the north-west on Tuesday. The TTP "
        "said eight soldiers were killed. A government official said the figure was "
        "inflated, and the head of the military delegation, Faisal Qadri, said talks "
        "were off."
    )
    assert speaker_of(statements, "the figure was inflated") == "PAK"
    assert speaker_of(statements, "talks were off") == "PAK"


def test_an_unnamed_official_with_two_insurgencies_of_different_states_stays_unknown(
    extract: Extract,
) -> None:
    statements = extract(
        "The PKK and the TTP both issued statements on Friday. A military official said "
        "the statements were propaganda."
    )
    assert speaker_of(statements, "were propaganda") == "UNKNOWN"


# -- guerrillas: a group noun, and a word that makes a role an armed group's -----------


def test_the_guerrillas_speak_for_the_armed_group_named_before(extract: Extract) -> None:
    statements = extract(
        "The ELN ordered its fronts to stand down, but the guerrillas said they would "
        "defend themselves if attacked."
    )
    assert speaker_of(statements, "defend themselves") == "ELN"


def test_a_guerrilla_commander_speaks_for_the_armed_group_named_before(
    extract: Extract,
) -> None:
    statements = extract(
        "FARC dissidents attacked a police post in Cauca overnight. A guerrilla commander "
        "in the area said the attack answered an army raid."
    )
    assert speaker_of(statements, "answered an army raid") == "FARC_DISSIDENTS"


def test_rebel_sources_skip_a_neutral_body_named_last(extract: Extract) -> None:
    statements = extract(
        "M23 fighters entered the town on Monday, and the Red Cross evacuated the "
        "wounded. Rebel sources said the army had fled before dawn."
    )
    assert speaker_of(statements, "the army had fled") == "M23"


def test_a_militia_named_as_the_head_is_not_read_as_a_modifier(extract: Extract) -> None:
    statements = extract("Hamas said on Monday that the militia had fired first.")
    assert speaker_of(statements, "the militia had fired first") == "HAMAS"


# -- the mediators: the states the text named as mediators -----------------------------


def test_the_guarantors_are_the_states_named_as_guarantors_before(extract: Extract) -> None:
    statements = extract(
        "Brazil, Chile and Norway, the guarantor countries of the talks, met the ELN "
        "delegation on Monday. The guarantors said the talks would resume in March."
    )
    assert speaker_of(statements, "would resume in March") in ("BRA", "CHL", "NOR")


def test_the_mediators_of_a_truce_brokered_by_a_state(extract: Extract) -> None:
    statements = extract(
        "The truce, brokered by Turkey, held through the night. The mediators said "
        "both sides had pulled back their heavy guns."
    )
    assert speaker_of(statements, "pulled back their heavy guns") == "TUR"


def test_the_mediators_are_not_a_state_named_far_from_the_word(extract: Extract) -> None:
    statements = extract(
        "Colombia accepted the proposal of the guarantor countries on Friday. The "
        "guarantors said they had taken note of the answer."
    )
    assert speaker_of(statements, "taken note of the answer") == "UNKNOWN"


def test_the_mediators_with_none_named_are_the_usual_broker_named_last(
    extract: Extract,
) -> None:
    statements = extract(
        'Egypt and Qatar said on Sunday that the truce would be extended. "The calm '
        'will hold," the mediators said in a joint statement.'
    )
    assert speaker_of(statements, "The calm will hold") in ("EGY", "QAT")


def test_a_bare_government_is_not_the_state_of_the_talks_venue(extract: Extract) -> None:
    statements = extract(
        "TPLF and federal commanders met in Pretoria again on Friday, and the talks at "
        "Pretoria ran late. The government said the army would keep its positions."
    )
    assert speaker_of(statements, "the army would keep its positions") == "ETH"


def test_a_federal_official_is_the_state_named_with_a_federal_body(extract: Extract) -> None:
    statements = extract(
        "Nigeria's federal government said on Monday that the talks would go on. A "
        "federal official said the army had pulled back from two villages."
    )
    assert speaker_of(statements, "the army had pulled back") == "NGA"


def test_federal_officials_in_an_insurgency_story_are_the_fought_states(
    extract: Extract,
) -> None:
    statements = extract(
        "The TPLF accused federal forces of shelling two towns. Federal officials said "
        "the claims were false."
    )
    assert speaker_of(statements, "the claims were false") == "ETH"


# -- a state organ with no state named: the state the story is about ---------------------


STORY = (
    "Israel and Hamas resumed indirect talks on Monday. Israel wants all hostages back, "
    "and Israel has said it will not withdraw first. "
)


def test_military_officials_speak_for_the_state_the_story_is_about(extract: Extract) -> None:
    statements = extract(STORY + "Military officials said the army was ready for a pause.")
    assert speaker_of(statements, "the army was ready for a pause") == "ISR"


def test_the_prime_ministers_office_is_the_story_states(extract: Extract) -> None:
    statements = extract(
        STORY + "The prime minister's office said the cabinet would meet on Tuesday."
    )
    assert speaker_of(statements, "the cabinet would meet") == "ISR"


def test_an_army_spokesman_is_the_story_states(extract: Extract) -> None:
    statements = extract(STORY + "An army spokesman said the troops had held their fire.")
    assert speaker_of(statements, "the troops had held their fire") == "ISR"


def test_military_officials_with_two_states_named_alike_stay_unknown(extract: Extract) -> None:
    statements = extract(
        "India and Pakistan traded fire again on Monday, and India and Pakistan both "
        "said they would respond. Military officials said the shelling had stopped."
    )
    assert speaker_of(statements, "the shelling had stopped") == "UNKNOWN"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The ELN freed six captives on Thursday, the ELN said. The Ombudsman's Office "
            "said all six were in good health.",
            "COL",
        ),
        (
            "The TTP claimed the attack on the checkpoint. The Interior Minister's office "
            "said all six were in good health.",
            "PAK",
        ),
        (
            STORY + "The President's Office said all six were in good health.",
            "ISR",
        ),
    ],
)
def test_an_office_owned_by_a_state_role_is_the_story_states(
    extract: Extract, text: str, actor: str
) -> None:
    assert speaker_of(extract(text), "all six were in good health") == actor


@pytest.mark.parametrize(
    "text",
    [
        '"We will believe it when the drones stop," said Umm Salem, a mother of four '
        "sheltering in a school in Deir al-Balah.",
        '"Nobody has slept for a week," said Taras Hnatiuk, a 61-year-old farmer near Kherson.',
        '"The shop stays shut," said Ahmed Nouri, a shopkeeper in Khan Younis.',
    ],
)
def test_a_private_person_is_placed_not_sided_by_where_they_live(
    extract: Extract, text: str
) -> None:
    statements = extract(text)
    assert [s.speaker.actor for s in statements] == ["UNKNOWN"]


def test_an_official_is_still_sided_by_the_place_he_serves(extract: Extract) -> None:
    statements = extract(
        '"Two people were wounded," said Oleh Marchenko, the head of the regional '
        "administration in Kherson."
    )
    assert [s.speaker.actor for s in statements] == ["UKR"]


@pytest.mark.parametrize(
    "text",
    [
        'KABUL - Troops and rebels traded fire again. "The bread ran out at noon," said '
        "Zarmina, a pharmacist in the Kabul district of Karte Se.",
        "KABUL - Troops and rebels traded fire again. A teacher in Kabul said the schools "
        "had stayed shut all week.",
        'KABUL - Troops and rebels traded fire again. "Convoys can move if it holds," '
        "said an aid official in Kabul.",
    ],
)
def test_a_private_person_in_a_capital_speaks_for_nobody(extract: Extract, text: str) -> None:
    # Neither the capital they live in nor the state the story is about gives a side.
    statements = extract(text)
    assert [s.speaker.actor for s in statements][-1:] == ["UNKNOWN"]


@pytest.mark.parametrize(
    "text",
    [
        '"A truce is a tactic for both," said a Sudanese analyst based in Nairobi.',
        "A Russian military expert said the front line had barely moved since spring.",
        "A Syrian teacher told reporters that the shelling had stopped before dawn.",
    ],
)
def test_an_experts_or_private_persons_nationality_is_no_side(extract: Extract, text: str) -> None:
    statements = extract(text)
    assert [s.speaker.actor for s in statements] == ["UNKNOWN"]


def test_a_capitals_official_and_a_nations_officials_keep_their_side(extract: Extract) -> None:
    statements = extract(
        "KABUL - Troops and rebels traded fire again. A government official in Kabul said "
        "talks would resume. Sudanese officials said the convoy had been let through."
    )
    assert speaker_of(statements, "talks would resume") == "AFG"
    assert speaker_of(statements, "the convoy had been let through") == "SDN"


def test_a_national_security_adviser_is_american_only_where_the_text_backs_it(
    extract: Extract,
) -> None:
    israeli = extract(
        "Israel rejected the plan, and Israel's cabinet met again. Yaakov Amidror, a "
        "former national security adviser, argued that Israel should hold out."
    )
    american = extract(
        "U.S. officials said the talks would go on. National Security Adviser Mike "
        "Waltz said a deal was close."
    )
    assert speaker_of(israeli, "Israel should hold out") == "ISR"
    assert speaker_of(american, "a deal was close") == "USA"


# -- challenging someone to do something ----------------------------------------------


def test_challenging_someone_to_say_something_is_a_statement(extract: Extract) -> None:
    statements = extract(
        "Opposition leader Rahul Gandhi challenged Prime Minister Narendra Modi to tell "
        "parliament who had brokered the truce."
    )
    assert [(s.speaker.actor, s.verb) for s in statements] == [("IND", "challenge")]
    assert statements[0].content.startswith("Prime Minister Narendra Modi to tell parliament")


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Narendra Modi challenged the ruling in the Supreme Court.",
        "The ruling was challenged by the government of India.",
    ],
)
def test_challenging_a_thing_reports_nothing(extract: Extract, text: str) -> None:
    assert extract(text) == ()


# -- a name set off after a role that gives its side -----------------------------------


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (
            "Thailand's acting defence minister, Nattaphon Narkphanit, and Cambodia's "
            "defence minister, Tea Seiha, met in Kuala Lumpur. Nattaphon told reporters that "
            "Thailand would keep its side of the deal.",
            "Thailand would keep its side",
            "THA",
        ),
        (
            "Russia's deputy foreign minister, Sergei Ryabkov, met the envoy on Monday. "
            "Ryabkov said the talks were useful.",
            "the talks were useful",
            "RUS",
        ),
        (
            "Sudan's army spokesman, Nabil Hamdan, gave no details. Hamdan said the convoy "
            "had been let through.",
            "the convoy had been let through",
            "SDN",
        ),
    ],
)
def test_a_name_after_a_sided_role_keeps_that_side_by_either_name(
    extract: Extract, text: str, words: str, actor: str
) -> None:
    # Thai copy calls a person by the given name; elsewhere by the family name.
    assert speaker_of(extract(text), words) == actor


# -- several states by the plural of an organ -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Fighting went on. Several governments have said they will fly their citizens out.",
        "The talks stalled. Western governments said the vote had been a sham.",
        "Gulf governments said the corridor should reopen at once.",
    ],
)
def test_several_governments_are_unnamed_states_not_a_side(extract: Extract, text: str) -> None:
    assert [s.speaker.actor for s in extract(text)] == ["UNKNOWN"]


def test_the_two_governments_still_need_a_pair_named_before(extract: Extract) -> None:
    assert extract("The two governments said talks would resume.") == ()


# -- "His office said": a possessive pronoun points back to the person just named ------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Putin welcomed the truce. His office said the truce must be unconditional.", "RUS"),
        ("Vladimir Putin welcomed the truce. His spokesman said the truce must hold.", "RUS"),
        ("Zelenskyy rejected the plan. His chief of staff said it must be unconditional.", "UKR"),
        ("Giorgia Meloni welcomed the truce. Her office said the truce must hold.", "ITA"),
        # Men whose given name ends in -a: "his" still points back to them.
        (
            "Riek Machar signed the deal on Monday. President Salva Kiir did not. His "
            "delegation said it needed more time.",
            "SSD",
        ),
        (
            "Khalifa Haftar's forces advanced on Tripoli. His spokesman said the offensive "
            "would continue.",
            "LNA",
        ),
    ],
)
def test_his_or_her_office_speaks_for_the_person_just_named(
    extract: Extract, text: str, actor: str
) -> None:
    statements = extract(text)
    assert [s.speaker.actor for s in statements] == [actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A name the gazetteer does not know: its office is not the last office named.
        (
            "Netanyahu's office said the talks would go on. A US officer said the troops "
            "would stay. Halabi's office said the shrine would reopen on Friday.",
            "UNKNOWN",
        ),
        (
            "The Kremlin's office said the talks would go on. Ouedraogo's office said the "
            "shrine would reopen on Friday.",
            "UNKNOWN",
        ),
        # A name it knows: that person's side.
        (
            "A US officer said the troops would stay. Netanyahu's office said the shrine "
            "would reopen on Friday.",
            "ISR",
        ),
    ],
)
def test_the_office_of_a_named_person_is_that_persons(
    extract: Extract, text: str, actor: str
) -> None:
    assert speaker_of(extract(text), "the shrine would reopen") == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            '"I have decided to extend the ceasefire," Santos said in a brief statement. Aides '
            "stressed that the date was not an ultimatum.",
            "COL",
        ),
        ("Putin extended the truce on Monday. Aides said the date was not an ultimatum.", "RUS"),
        (
            "Zelenskyy rejected the plan on Monday. Senior aides said the date was not an "
            "ultimatum.",
            "UKR",
        ),
        ("The truce held on Monday. Aides said the date was not an ultimatum.", "UNKNOWN"),
    ],
)
def test_bare_aides_serve_the_person_just_named(extract: Extract, text: str, actor: str) -> None:
    assert speaker_of(extract(text), "the date was not an ultimatum") == actor


def test_a_possessive_with_no_named_person_before_it_gives_no_side(extract: Extract) -> None:
    statements = extract("The truce held overnight. His spokesman said the truce must hold.")
    assert [s.speaker.actor for s in statements] == ["UNKNOWN"]


@pytest.mark.parametrize("gap", [" ", "\n", "\n\n"])
@pytest.mark.parametrize("title", ["President", "Foreign Minister", "Gen."])
def test_a_titled_name_ends_at_its_sentences_full_stop(
    extract: Extract, gap: str, title: str
) -> None:
    text = (
        f"The rebel leader spoke by telephone with {title} Filipe Nyusi.{gap}"
        "Dhlakama said the truce would be extended by 60 days."
    )
    names = [s.speaker.name for s in extract(text)]
    assert names == ["Dhlakama"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("President George W. Bush said the truce would hold.", "George W. Bush"),
        ("Senator R.J. Carter said the truce would hold.", "R.J. Carter"),
        ("Mayor Ann B. Carter said the truce would hold.", "Ann B. Carter"),
    ],
)
def test_initials_stay_part_of_a_titled_name(extract: Extract, text: str, name: str) -> None:
    assert [s.speaker.name for s in extract(text)] == [name]


@pytest.mark.parametrize(
    "source", ["A person close to her", "People close to her", "An aide familiar with her"]
)
def test_a_source_linked_to_her_speaks(extract: Extract, source: str) -> None:
    text = f"The governor resigned on Friday. {source} said she was exhausted."
    assert [(s.speaker.name, s.content) for s in extract(text)] == [(source, "she was exhausted")]


def test_her_before_a_verb_form_that_is_a_noun_still_marks_the_noun(extract: Extract) -> None:
    statements = extract("Her claims were false, her aides said.")
    assert [s.speaker.name for s in statements] == ["her aides"]


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers from storm-prone states have been uneasy about the cuts.",
        "Both Gulf states have been in touch with Islamabad all week.",
        "Such claims are false, the ministry says.",
    ],
)
def test_a_verb_form_in_s_before_an_auxiliary_is_a_noun(extract: Extract, text: str) -> None:
    assert all(s.verb not in ("state", "claim") for s in extract(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The accord, which Baku says must wait, was not signed.", "Baku"),
        ("Israel kept up strikes on what it says are Hezbollah fighters.", "Israel"),
    ],
)
def test_a_relative_clause_with_a_verb_in_s_still_reports(
    extract: Extract, text: str, speaker: str
) -> None:
    assert [s.speaker.name for s in extract(text)] == [speaker]


def test_counter_in_the_present_reports(extract: Extract) -> None:
    statements = extract(
        "The ministry says the rebels broke the truce. Rebel leaders counter that the army "
        "has shelled their positions for a week."
    )
    assert [(s.verb, s.content) for s in statements if s.verb == "counter"] == [
        ("counter", "the army has shelled their positions for a week")
    ]


def test_counter_as_an_adverb_reports_nothing(extract: Extract) -> None:
    assert extract("The plan runs counter to the deal the two sides signed.") == ()


@pytest.mark.parametrize(
    "speaker",
    ["a political scientist at the University of Colombo", "a historian in Colombo", "a lecturer"],
)
def test_an_inverted_scholar_speaks_for_no_side(extract: Extract, speaker: str) -> None:
    statements = extract(
        f'The rebels walked out of the talks on Monday. "This is a walkout, not a divorce," '
        f"said {speaker}."
    )
    assert [(s.speaker.name, s.speaker.actor) for s in statements] == [(speaker, "UNKNOWN")]


@pytest.mark.parametrize(
    "body",
    [
        "The Central Committee of Sudan Doctors",
        "The Sudan Doctors Network",
        "The Norwegian Refugee Council",
    ],
)
def test_a_civil_body_named_after_a_country_speaks_for_no_side(extract: Extract, body: str) -> None:
    statements = extract(
        f"The army and the rebels traded fire on Monday. {body} said both sides broke the truce."
    )
    assert [(s.speaker.name, s.speaker.actor) for s in statements] == [(body, "UNKNOWN")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The junta will hold a vote in December, but critics say the vote is a sham.",
            "the vote is a sham",
        ),
        (
            "Critics noted that the army has made similar promises.",
            "the army has made similar promises",
        ),
        (
            "The plan would hurt farmers, critics say, by cutting aid.",
            "The plan would hurt farmers",
        ),
    ],
)
def test_critics_are_an_unnamed_source(extract: Extract, text: str, content: str) -> None:
    assert [(s.speaker.actor, s.content) for s in extract(text)] == [("UNKNOWN", content)]


@pytest.mark.parametrize("naming", ["known as", "nicknamed", "called"])
def test_he_is_not_a_name_a_description_gives(extract: Extract, naming: str) -> None:
    statements = extract(
        "The rebels' chief negotiator, Anton Balasingham, accused the army of arming groups, "
        f"including a faction led by a former commander {naming} Colonel Karuna, to operate. "
        "He said the government must disarm those groups."
    )
    assert [s.speaker.name for s in statements] == ["Anton Balasingham", "Anton Balasingham"]


@pytest.mark.parametrize("source", ["A podcast guest", "A caller to the show", "One panelist"])
def test_guests_callers_and_panelists_are_unnamed_sources(extract: Extract, source: str) -> None:
    statements = extract(f"{source} said the truce was fragile.")
    assert [(s.speaker.name, s.speaker.actor) for s in statements] == [(source, "UNKNOWN")]


# -- a serving source posted in a town of one side -------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "actor"),
    [
        (
            "Azerbaijani and Armenian forces fought on Saturday. Officials in Stepanakert "
            "said Azerbaijani forces had attacked along the whole front.",
            "Azerbaijani forces had attacked",
            "ARM",
        ),
        (
            "Russian and Ukrainian forces clashed again. A battalion commander near "
            "Avdiivka said his men had been told not to return fire.",
            "his men had been told",
            "UKR",
        ),
        (
            "Government troops and the Tigers exchanged fire. Sources in Kilinochchi said "
            "the fighters had orders to respect the truce.",
            "the fighters had orders",
            "LTTE",
        ),
        (
            "Azerbaijan and Armenia traded blame. Soldiers near Tartar told reporters the "
            "shelling had not stopped all night.",
            "the shelling had not stopped",
            "AZE",
        ),
    ],
)
def test_a_serving_source_takes_the_side_holding_its_town(
    extract: Extract, text: str, content: str, actor: str
) -> None:
    assert speaker_of(extract(text), content) == actor


@pytest.mark.parametrize(
    "speaker",
    [
        "Residents of Stepanakert",
        "An analyst in Stepanakert",
        "An official with an agency working in Stepanakert",
    ],
)
def test_a_town_only_places_crowds_and_other_bodies(extract: Extract, speaker: str) -> None:
    statements = extract(
        f"Azerbaijan and Armenia traded blame on Sunday. {speaker} said the night had been "
        "the worst since the war."
    )
    assert speaker_of(statements, "the night had been the worst") == "UNKNOWN"


# -- bodies the gazetteer names ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The army and the rebels traded fire on Monday. The Sri Lanka Monitoring "
        "Mission said both sides broke the truce.",
        "The army and the rebels traded fire on Monday. The SLMM said both sides broke the truce.",
    ],
)
def test_the_sri_lanka_monitoring_mission_speaks_as_itself(extract: Extract, text: str) -> None:
    assert speaker_of(extract(text), "both sides broke the truce") == "SLMM"


@pytest.mark.parametrize(
    ("text", "content", "actor"),
    [
        (
            "Egypt's state-affiliated Al Qahera News channel says a ceasefire will take "
            "effect at 22:00 local time.",
            "a ceasefire will take effect",
            "EGY",
        ),
        (
            "The truce began at noon, Azerbaijan's defence ministry said. The Karabakh "
            "defence ministry said it had ordered its units to stop firing.",
            "it had ordered its units",
            "NKR",  # Karabakh's own side since the war of 2020 (Armenia's during it)
        ),
    ],
)
def test_outlets_and_de_facto_bodies_the_gazetteer_names(
    extract: Extract, text: str, content: str, actor: str
) -> None:
    assert speaker_of(extract(text), content) == actor


# -- monitors -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "actor"),
    [
        (
            "Both sides accused each other. OSCE monitors say they will report on Tuesday. "
            "A monitor in Donetsk told reporters the night had been quiet.",
            "the night had been quiet",
            "OSCE",
        ),
        (
            "UN monitors in Hodeidah said the truce had broadly held. The monitors said "
            "both sides had pulled back from the port.",
            "both sides had pulled back",
            "UN",
        ),
        (
            "The Sri Lanka Monitoring Mission has ruled on thousands of complaints. A "
            "monitor in Batticaloa said both sides had broken the truce.",
            "both sides had broken the truce",
            "SLMM",
        ),
    ],
)
def test_monitors_speak_for_the_monitoring_body_named(
    extract: Extract, text: str, content: str, actor: str
) -> None:
    assert speaker_of(extract(text), content) == actor


@pytest.mark.parametrize(
    "before",
    [
        "Both armies accused each other of shelling.",
        "Russia's monitoring of the truce was criticised by Kyiv.",
    ],
)
def test_monitors_with_no_monitoring_body_named_take_none(extract: Extract, before: str) -> None:
    statements = extract(f"{before} Monitors said they had counted 40 explosions overnight.")
    assert speaker_of(statements, "they had counted 40 explosions") == "UNKNOWN"


@pytest.mark.parametrize(
    ("text", "content", "actor"),
    [
        (
            "Netanyahu told his cabinet on Sunday that the army was ready. Officials in his "
            "office said Israel reserved the right to act.",
            "Israel reserved the right",
            "ISR",
        ),
        (
            "President Zelensky spoke to reporters in Kyiv. Sources in his office said the "
            "document would not be signed this week.",
            "the document would not be signed",
            "UKR",
        ),
        (
            "Kaja Kallas met the ministers. Officials in her office said the proposal was "
            "still being drafted.",
            "the proposal was still being drafted",
            "EU",
        ),
    ],
)
def test_a_source_posted_in_his_office_serves_that_person(
    extract: Extract, text: str, content: str, actor: str
) -> None:
    assert speaker_of(extract(text), content) == actor


@pytest.mark.parametrize("source", ["Defence officials", "Senior defense officials"])
def test_defence_officials_serve_the_state_whose_military_the_text_named(
    extract: Extract, source: str
) -> None:
    statements = extract(
        "Sri Lanka's army and the Tamil Tigers agreed a truce on Friday. "
        f"{source} said troops would defend themselves."
    )
    assert speaker_of(statements, "troops would defend themselves") == "LKA"


def test_defence_analysts_stay_nobodys(extract: Extract) -> None:
    statements = extract(
        "The Tigers agreed a truce. Defence analysts said troops would defend themselves."
    )
    assert speaker_of(statements, "troops would defend themselves") == "UNKNOWN"


# -- a family name written again without its particle ------------------------------------


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("Iraqi Defence Minister Khalid al-Rashidi", "Rashidi"),
        ("Egypt's Foreign Minister Hossam el-Banna", "Banna"),
        ("Iraqi Interior Minister Saad Al-Obeidi", "Obeidi"),
    ],
)
def test_a_short_name_without_its_particle_is_the_person_named_before(
    extract: Extract, first: str, again: str
) -> None:
    statements = extract(
        f"{first} met the envoy on Sunday. {again} told reporters the border crossings "
        "would reopen next week."
    )
    found = [s for s in statements if "border crossings would reopen" in s.content]
    assert [s.speaker.name for s in found] == [first.split(" Minister ")[-1]]


# -- a speaker said to stand with a state's government ------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (
            "Fighting flared again in Syria on Monday as the rebels pushed toward Hama. A "
            "pro-regime militia commander said the attack had been repelled.",
            "the attack had been repelled",
            "SYR",
        ),
        (
            "Sudan's war reached Kordofan this week as the RSF shelled El Obeid. The "
            "army-aligned governor of the state said the roads to the city were open.",
            "the roads to the city were open",
            "SDN",
        ),
        (
            "Somalia's government and al-Shabaab fighters clashed near Baidoa. A spokesman "
            "for the government-allied clan militia said the town was secure.",
            "the town was secure",
            "SOM",
        ),
        (
            "Myanmar's junta and the Arakan Army traded blame on Friday. A pro-junta militia "
            "leader said the rebels had broken the truce.",
            "the rebels had broken the truce",
            "MMR",
        ),
        (
            "The Houthis and Yemen's government traded accusations on Sunday. A commander "
            "loyal to the government said the rebels had shelled Taiz.",
            "the rebels had shelled Taiz",
            "YEM",
        ),
    ],
)
def test_a_speaker_on_the_governments_side_is_the_storys_state(
    extract: Extract, text: str, words: str, actor: str
) -> None:
    assert speaker_of(extract(text), words) == actor


def test_a_speaker_loyal_to_a_person_named_before_takes_that_persons_side(
    extract: Extract,
) -> None:
    statements = extract(
        "South Sudan's President Salva Kiir met Riek Machar in Juba on Monday. A commander "
        "loyal to Kiir told us the SPLM-IO had attacked first."
    )
    assert speaker_of(statements, "the SPLM-IO had attacked first") == "SSD"


def test_a_speaker_loyal_to_a_group_keeps_the_group(extract: Extract) -> None:
    statements = extract(
        "The Houthis and Yemen's government traded accusations on Sunday. A commander "
        "loyal to the Houthis said the army had attacked first."
    )
    assert speaker_of(statements, "the army had attacked first") == "HOUTHIS"


# -- "the North", "the South": a state's name shortened to its first word ------------------


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (
            "North Korea fired two missiles after South Korea resumed its drills. The "
            "North's defence ministry said the drills were a rehearsal for invasion.",
            "the drills were a rehearsal for invasion",
            "PRK",
        ),
        (
            "South Korea and North Korea traded warnings on Monday. The South's unification "
            "ministry said talks were still possible.",
            "talks were still possible",
            "KOR",
        ),
        (
            "Sudan and South Sudan clashed over Heglig in 2012. The South said its troops "
            "would withdraw from the oil field.",
            "its troops would withdraw",
            "SSD",
        ),
    ],
)
def test_the_north_or_the_south_is_the_state_named_so(
    extract: Extract, text: str, words: str, actor: str
) -> None:
    assert speaker_of(extract(text), words) == actor


def test_a_longer_name_after_the_compass_word_is_not_the_state(extract: Extract) -> None:
    statements = extract(
        "South Korea's exports to North Carolina rose again. The North Carolina Chamber "
        "said the plant would open next year."
    )
    assert speaker_of(statements, "the plant would open next year") == "USA"


# -- a role held in a body named before: "a ministry spokesman" ----------------------------


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (
            "Iraq's Interior Ministry said on Monday that the border crossing had reopened. "
            '"Trucks are moving again," a ministry spokeswoman said.',
            "Trucks are moving again",
            "IRQ",
        ),
        (
            "Fighting resumed near the border with Thailand. Cambodia's defence ministry "
            "said Thai troops had fired first. Two bases were hit overnight, a ministry "
            "spokesman said.",
            "Two bases were hit overnight",
            "KHM",
        ),
        (
            "The UN mission said its patrol had been stopped at a checkpoint near Bentiu. "
            "The patrol was sent back to base, a mission spokesman said.",
            "The patrol was sent back to base",
            "UN",
        ),
    ],
)
def test_a_role_in_a_body_named_before_speaks_for_that_body(
    extract: Extract, text: str, words: str, actor: str
) -> None:
    assert speaker_of(extract(text), words) == actor


# -- a bare state title in a story with two states: the place that opens the sentence --


@pytest.mark.parametrize(
    ("text", "content", "actor"),
    [
        (
            "Dublin welcomed the truce and Irish ministers praised it; British ministers "
            "were more careful. In London, Prime Minister Harold Fenwick said he wanted "
            "to be sure it was permanent.",
            "he wanted to be sure it was permanent",
            "GBR",
        ),
        (
            "In London, Prime Minister Harold Fenwick said he wanted to be sure it was "
            "permanent. Dublin welcomed the truce and Irish ministers praised it; British "
            "ministers were more careful.",
            "he wanted to be sure it was permanent",
            "GBR",
        ),
        (
            "NEW DELHI, Dec 20 - India extended its truce in Kashmir; Pakistan welcomed "
            "the move. Home Minister Ravi Kumar Menon said the extension was no sign of "
            "weakness.",
            "the extension was no sign of weakness",
            "IND",
        ),
    ],
)
def test_a_bare_state_title_takes_the_place_the_sentence_or_article_opens_with(
    extract: Extract, text: str, content: str, actor: str
) -> None:
    assert speaker_of(extract(text), content) == actor


def test_a_bare_title_with_no_place_to_go_by_stays_unknown(extract: Extract) -> None:
    text = (
        "India extended its truce in Kashmir; Pakistan welcomed the move. Home Minister "
        "Ravi Kumar Menon said the extension was no sign of weakness."
    )
    assert speaker_of(extract(text), "the extension was no sign of weakness") == "UNKNOWN"


# -- a bare state title in a story of several states: the government the text spoke of --


@pytest.mark.parametrize(
    ("text", "content", "actor"),
    [
        (
            "Libya's unity government said on Monday it would not pull its forces back "
            "from Sirte. Turkish drones flew over the city overnight. Interior Minister "
            "Omar Belkheir said the police would stay in the port.",
            "the police would stay in the port",
            "LBY",
        ),
        (
            "Fighting went on near Kismayo, where Somali troops and al-Shabaab traded fire "
            "for a third day; Mogadishu sent reinforcements and Somalia's army said the "
            "road was cut. Kenyan aircraft flew overhead. Minister of Security Hassan Abdi "
            "Warsame said the town would be retaken within the week.",
            "the town would be retaken within the week",
            "SOM",
        ),
    ],
)
def test_a_bare_state_title_in_a_story_of_several_states_takes_the_government_named(
    extract: Extract, text: str, content: str, actor: str
) -> None:
    assert speaker_of(extract(text), content) == actor


def test_a_bare_state_title_stays_unknown_when_the_states_named_are_even(
    extract: Extract,
) -> None:
    text = (
        "Armenian and Azerbaijani troops exchanged fire near the border; Armenia and "
        "Azerbaijan blamed each other. Defence Minister Arsen Torosian said the shelling "
        "had stopped by dawn."
    )
    assert speaker_of(extract(text), "the shelling had stopped by dawn") == "UNKNOWN"


def test_an_office_with_its_field_after_it_is_a_state_office(extract: Extract) -> None:
    text = (
        "SANAA - Yemen's government and the Houthis met in Stockholm. Minister for Foreign "
        "Affairs Khalid al-Yamani said the talks would go on."
    )
    assert speaker_of(extract(text), "the talks would go on") == "YEM"


# -- a pronoun after a statement takes up its speaker, not a person named in it ----------


@pytest.mark.parametrize(
    ("text", "content", "side"),
    [
        (
            "Colombian Defence Minister Ivan Velasquez said the attack had been ordered by "
            '"commanders close to" Ivan Mordisco. "We will answer with the full force of the '
            'law," he told reporters in Bogota.',
            "We will answer",
            "COL",
        ),
        (
            "Sudan's army chief Abdel Fattah al-Burhan said the RSF leader Mohamed Hamdan "
            'Dagalo had "betrayed the revolution". "There will be no truce," he said.',
            "There will be no truce",
            "SDN",
        ),
        # With no speaker before it, the person named in the narration is still taken.
        (
            "Fighting resumed around Goma on Monday after Corneille Nangaa's fighters "
            'crossed the lake. "We are only defending our people," he said.',
            "We are only defending",
            "M23",
        ),
    ],
)
def test_he_after_a_statement_is_its_speaker_not_a_person_it_names(
    extract: Extract, text: str, content: str, side: str
) -> None:
    assert speaker_of(extract(text), content) == side


def test_a_factbox_heading_is_not_the_speaker_of_its_item(extract: Extract) -> None:
    statements = extract(
        "Key points from the day:\n"
        "* KHARTOUM TALKS: Sudan's army announced a truce and called on the RSF to respect "
        "it.\n"
        "* REACTION: Egypt welcomed the truce and said it would keep working with both "
        "sides."
    )
    assert speaker_of(statements, "the RSF to respect it") == "SDN"
    assert speaker_of(statements, "it would keep working") == "EGY"


# -- an appositive that says whom the speaker leads: that body's side, not a nationality --


@pytest.mark.parametrize(
    ("text", "content", "actor"),
    [
        (
            "The government and the FARC signed the protocol in Havana on Friday. Henrik "
            "Salo, the Finnish diplomat who heads the UN mission in Colombia, said the "
            "monitors would deploy within weeks.",
            "the monitors would deploy within weeks",
            "UN",
        ),
        (
            "Armenia and Azerbaijan agreed to a ceasefire on Saturday. Tomasz Wilk, the "
            "Polish diplomat who leads the OSCE monitoring team, said his team would "
            "visit the line on Monday.",
            "his team would visit the line on Monday",
            "OSCE",
        ),
    ],
)
def test_a_speaker_who_heads_a_body_speaks_for_that_body(
    extract: Extract, text: str, content: str, actor: str
) -> None:
    assert speaker_of(extract(text), content) == actor


def test_a_speaker_who_only_met_a_body_keeps_the_nationality(extract: Extract) -> None:
    text = (
        "Armenia and Azerbaijan agreed to a ceasefire on Saturday. Pierre Dumont, the "
        "French diplomat who met the OSCE monitoring team, said the line was quiet."
    )
    assert speaker_of(extract(text), "the line was quiet") == "FRA"


def test_a_person_the_narration_says_heads_a_body_speaks_for_it_later(extract: Extract) -> None:
    text = (
        "The government and the FARC signed the protocol in Havana on Friday. Henrik Salo, "
        'the Finnish diplomat who heads the UN mission, flew to Cali on Saturday. "The '
        'monitors will deploy within weeks," Salo said.'
    )
    assert speaker_of(extract(text), "The monitors will deploy within weeks") == "UN"


def test_a_long_appositive_in_the_narration_still_gives_the_later_speaker_a_side(
    extract: Extract,
) -> None:
    # Over eighty characters of appositive: the body led, named in full, is still read.
    text = (
        "Sudan's army and the RSF agreed to a truce in Jeddah on Saturday. Amina Diallo, the "
        "Senegalese diplomat who leads the joint ceasefire monitoring team of the African "
        'Union and IGAD, toured Khartoum on Sunday. "The lines are quiet," Diallo said.'
    )
    assert speaker_of(extract(text), "The lines are quiet") == "AU"


@pytest.mark.parametrize(
    ("led", "actor"),
    [
        ("the Ukraine Special Monitoring Mission of the OSCE", "OSCE"),
        ("the Libya mission of the African Union", "AU"),
        # No body after the "of": the led body's own words still give the side.
        ("the OSCE mission in Donetsk", "OSCE"),
    ],
)
def test_a_led_body_of_another_body_is_that_owner_s_not_its_place_s(
    extract: Extract, led: str, actor: str
) -> None:
    text = (
        "Fighting resumed near the front line on Friday. Henrik Salo, the Finnish diplomat "
        f"who heads {led}, said the monitors would return on Monday."
    )
    assert speaker_of(extract(text), "the monitors would return") == actor


def test_an_of_that_names_no_body_leaves_the_led_body_s_side(extract: Extract) -> None:
    text = (
        "Fighting resumed near the front line on Friday. Henrik Salo, the Finnish diplomat "
        "who heads the UN mission of observers, said the monitors would return on Monday."
    )
    assert speaker_of(extract(text), "the monitors would return") == "UN"


def test_a_speaker_called_by_a_name_inside_the_full_one_takes_its_side(
    extract: Extract,
) -> None:
    text = (
        "Thai and Cambodian officers met at the border post on Monday. Cambodian "
        'negotiator Samdech Sok Vannak Chea met the Thai side. "We came as partners," '
        "Vannak said."
    )
    assert speaker_of(extract(text), "We came as partners") == "KHM"


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (
            "Kenya and the rebel group FKM signed the accord in Nairobi. The minister signed "
            "for the government and Sheikh Omar Bakari, the movement's founder, for the FKM. "
            '"We will hold our fire," Bakari told the crowd.',
            "We will hold our fire",
            "FKM",
        ),
        (
            "The separatist KPLA agreed to the truce on Monday. Father Luis Ortega, the "
            "group's chief negotiator, was in Manila. Ortega said the talks would resume.",
            "the talks would resume",
            "KPLA",
        ),
    ],
)
def test_a_titled_name_set_off_with_a_group_s_role_takes_that_group(
    extract: Extract, text: str, words: str, actor: str
) -> None:
    assert speaker_of(extract(text), words) == actor


def test_a_titled_name_set_off_with_no_body_s_role_takes_no_side(extract: Extract) -> None:
    text = (
        "Fighting in the hills stopped on Monday. Father Luis Ortega, the parish's priest, "
        "was in the village. Ortega said the families had come home."
    )
    assert speaker_of(extract(text), "the families had come home") == "UNKNOWN"
