"""Telling the sides of an agreement from its mediators and from the article."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from processors.actors import Gazetteer, load_gazetteer
from processors.agreement_lexicon import AgreementLexicon, load_agreement_lexicon
from processors.agreements import extract_observations
from processors.model import Article
from processors.parties import (
    agent_after,
    find_actors,
    joint_subject,
    last_boundary,
    place_sides,
    preceding_word,
    resolve_parties,
    subject_before,
)

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="module")
def lexicon() -> AgreementLexicon:
    return load_agreement_lexicon()


def test_hyphenated_compounds_name_both_actors(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    actors = find_actors("A Russia-Ukraine truce and a US-backed plan.", gazetteer, lexicon)
    assert [h.actor for h in actors.hits] == ["RUS", "UKR", "USA"]


def test_the_article_conflict_is_the_known_pair_it_names_most(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = "Trump called Putin. Moscow and Kyiv traded strikes. Zelenskyy spoke to Trump."
    assert find_actors(text, gazetteer, lexicon).main_pair == ("RUS", "UKR")


def test_two_sides_named_more_than_any_known_conflict_are_the_article_conflict(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    # Peru and Ecuador are no conflict the lexicon lists; Colombia and Venezuela are.
    text = (
        "Peru and Ecuador agreed to stop patrols. Lima said Quito moved first. "
        "Ecuador denied it, and Peru recalled its envoy. Colombia and Venezuela said nothing."
    )
    actors = find_actors(text, gazetteer, lexicon)
    assert actors.main_pair == ("ECU", "PER")
    assert resolve_parties((), ("PER",), None, actors, lexicon) == ("ECU", "PER")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Russia hosted the talks in Moscow. Russian officials said Russia would keep "
            "mediating, and Russia's envoy flew to Baku. Azerbaijan said it would observe "
            "the truce. Armenia agreed.",
            ("ARM", "AZE"),
        ),
        (
            "Iran brokered the talks. Tehran said Iran would host another round, and Iranian "
            "diplomats flew to Kabul. Pakistan said Pakistan would observe the truce. "
            "Afghanistan agreed.",
            ("AFG", "PAK"),
        ),
    ],
)
def test_a_host_at_war_elsewhere_named_most_is_no_side(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str, pair: tuple[str, str]
) -> None:
    # Both of the most named are sides of known wars, none against each other.
    actors = find_actors(text, gazetteer, lexicon)
    assert actors.main_pair == pair
    assert resolve_parties((), (pair[1],), None, actors, lexicon) == pair


def test_a_usual_mediator_is_a_side_when_no_known_conflict_is_in_view(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = (
        "Greece offered Turkey a moratorium on drilling. Athens said Ankara had not replied. "
        "Turkish officials said Greece must first withdraw. Italy urged calm."
    )
    actors = find_actors(text, gazetteer, lexicon)
    assert actors.main_pair == ("GRC", "TUR")
    assert resolve_parties(("GRC", "TUR"), (), None, actors, lexicon) == ("GRC", "TUR")


def test_a_mediator_named_in_passing_is_no_side(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = "Serbia and its neighbour argued for months. Belgrade thanked the EU for hosting talks."
    assert find_actors(text, gazetteer, lexicon).main_pair == ()


def test_two_usual_mediators_are_no_conflict_of_their_own(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = "Beijing and Washington met in Geneva. China said the United States had agreed."
    assert find_actors(text, gazetteer, lexicon).main_pair == ()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # "The Hague" is found as "Hague": after "in" or "at" it is still a place.
        (
            "Serbian police shelled three villages. Belgrade denied any role, and Serbia's "
            "envoy said the evidence would go to the court in The Hague.",
            (),
        ),
        (
            "Peru and Ecuador traded fire. Lima said the case would go to the court at The Hague.",
            ("ECU", "PER"),
        ),
        # As a subject it is the Dutch government.
        (
            "Serbian police shelled three villages. Belgrade denied any role. The Hague said "
            "it would recall its ambassador from Serbia.",
            ("NLD", "SRB"),
        ),
    ],
)
def test_a_capital_named_with_the_is_a_place_after_in(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str, pair: tuple[str, ...]
) -> None:
    assert find_actors(text, gazetteer, lexicon).main_pair == pair


def test_a_known_conflict_named_as_often_keeps_the_mediators_out(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = "Turkey hosted talks. Ankara, Istanbul and Turkey again. Russia and Ukraine met there."
    assert find_actors(text, gazetteer, lexicon).main_pair == ("RUS", "UKR")


def test_a_mediator_acting_on_a_deal_does_not_become_a_side(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    actors = find_actors("Israel and Hamas fought. Qatar and Egypt mediated.", gazetteer, lexicon)
    assert resolve_parties((), ("QAT",), None, actors, lexicon) == ("HAMAS", "ISR")


def test_one_named_side_brings_its_known_opponent(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    actors = find_actors("India and Pakistan exchanged fire in Kashmir.", gazetteer, lexicon)
    assert resolve_parties(("PAK",), (), None, actors, lexicon) == ("IND", "PAK")


def test_a_region_outside_any_known_conflict_leaves_the_sides_unknown(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    actors = find_actors("Putin spoke with Zelenskyy about Ukraine.", gazetteer, lexicon)
    assert resolve_parties((), (), (), actors, lexicon) == ()


def test_the_subject_comes_first_and_pairs_act_together(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = "Israeli jets struck southern Lebanon despite the truce."
    actors = find_actors(text, gazetteer, lexicon)
    assert subject_before(text, actors, 0, text.index("despite"), lexicon, None) == "ISR"
    pair = "Russia and Ukraine agreed to a pause."
    actors = find_actors(pair, gazetteer, lexicon)
    assert subject_before(pair, actors, 0, pair.index("agreed"), lexicon, None) is None


def test_two_sides_acting_together_are_told_apart_from_one_side(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = "the truce that the Houthis and the Saudi-led coalition accepted"
    actors = find_actors(text, gazetteer, lexicon)
    assert joint_subject(text, actors, 0, text.index("accepted"), lexicon) == ("HOUTHIS", "SAU")
    both = "Both governments accepted the text."
    actors = find_actors(both, gazetteer, lexicon)
    assert joint_subject(both, actors, 0, both.index("accepted"), lexicon) == ()
    alone = "Armenia accepted the text."
    actors = find_actors(alone, gazetteer, lexicon)
    assert joint_subject(alone, actors, 0, alone.index("accepted"), lexicon) is None


def test_a_pronoun_after_said_is_the_speaker(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = "Hamas fought on. Israel's cabinet said it had adopted the outline."
    actors = find_actors(text, gazetteer, lexicon)
    start = text.index("Israel")
    assert subject_before(text, actors, start, text.index("adopted"), lexicon, None) == "ISR"


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        (
            "Two weeks after Israel accepted the Egyptian proposal, Hamas has not replied.",
            "accepted",
            "ISR",
        ),
        ("Days before Armenia had signed the text, Baku voiced doubts.", "signed", "ARM"),
        # a name after "after" that is no clause's subject stays in its phrase
        ("After talks with Israel, Hamas accepted the outline.", "accepted", "HAMAS"),
    ],
)
def test_a_name_opening_a_clause_after_a_subordinator_is_its_subject(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str, verb: str, subject: str
) -> None:
    actors = find_actors(text, gazetteer, lexicon)
    assert subject_before(text, actors, 0, text.index(verb), lexicon, None) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Azerbaijan signed the text on Monday, a day before Armenia said that it rejected "
            "the outline.",
            "ARM",
        ),
        (
            "Moscow endorsed the plan, shortly after Kyiv announced that it accepted the outline.",
            "UKR",
        ),
    ],
)
def test_a_pronoun_reported_after_that_is_the_reporter_of_its_own_clause(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str, subject: str
) -> None:
    verb = text.index("accepted" if "accepted" in text else "rejected")
    actors = find_actors(text, gazetteer, lexicon)
    assert subject_before(text, actors, 0, verb, lexicon, None) == subject


def test_an_actor_named_with_the_article_starts_at_its_name(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = "Moscow turned down the US proposal."
    us = [h for h in find_actors(text, gazetteer, lexicon).hits if h.actor == "USA"]
    assert [text[h.start : h.end] for h in us] == ["US"]


@pytest.mark.parametrize(
    ("text", "floor", "expected"),
    [
        ("a call with US President", 0, ("President", 15)),
        ("talks with the U.S. ", 0, ("U.S.", 15)),
        ("Ukraine's, ", 0, ("Ukraine's", 0)),
        ("said Kyiv", 7, ("iv", 7)),  # not before the floor
        (" , ", 0, None),
        ("... ", 0, ("...", 0)),
    ],
)
def test_the_word_before_a_position_is_read_back_to_its_start(
    text: str, floor: int, expected: tuple[str, int] | None
) -> None:
    assert preceding_word(text, floor, len(text)) == expected


def test_actors_found_by_the_caller_give_the_same_article_actors(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = "The Kremlin said the US-backed truce between Russia and Ukraine held."
    found = find_actors(text, gazetteer, lexicon, tuple(gazetteer.mentions(text)))
    assert found == find_actors(text, gazetteer, lexicon)
    assert [h.alias for h in found.hits] == ["Kremlin", "US", "Russia", "Ukraine"]


def test_the_last_boundary_before_a_verb_is_after_the_last_comma_or_that_word(
    lexicon: AgreementLexicon,
) -> None:
    text = "Kyiv, which said that Moscow, a week ago, said that it accepted"
    assert last_boundary(text, 0, len(text), lexicon) == text.rindex("that") + 4
    assert last_boundary(text, 0, text.index(" a week"), lexicon) == text.index(" a week")
    assert last_boundary(text, 0, 4, lexicon) == 0


def test_a_passage_naming_two_known_conflicts_once_each_takes_the_article_conflict(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    # The passage names Pakistan, the Pakistani Taliban and Afghanistan once each:
    # the article as a whole is about Pakistan and the TTP, not Pakistan and Kabul.
    text = (
        "The TTP said its fighters would hold fire. Pakistan's army said the TTP had "
        "attacked a checkpoint. Pakistan and the TTP have fought for years; the TTP "
        "denies that it takes orders from Afghanistan."
    )
    actors = find_actors(text, gazetteer, lexicon)
    near = {"PAK": 1, "TTP": 1, "AFG": 1}
    assert resolve_parties((), (), None, actors, lexicon, near) == ("PAK", "TTP")


def test_a_guerrilla_group_and_its_government_are_a_known_conflict(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    # Venezuela hosts the talks and is named as often as Colombia's government.
    text = (
        "The National Liberation Army offered a truce. Delegates of the ELN and of "
        "Colombia will meet in Caracas; Venezuela is a guarantor. Gustavo Petro said the "
        "ELN must free its hostages."
    )
    actors = find_actors(text, gazetteer, lexicon)
    assert actors.main_pair == ("COL", "ELN")
    assert resolve_parties((), ("ELN",), None, actors, lexicon) == ("COL", "ELN")


def test_two_names_of_one_side_are_not_the_conflict_an_article_is_about(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = (
        "Hezbollah said Lebanon's army would deploy in the south. Lebanese officials said "
        "Hezbollah had handed over positions, and Lebanon's cabinet met. Israel struck."
    )
    # Either name of the Lebanese side will do; Israel must be the other.
    assert "ISR" in find_actors(text, gazetteer, lexicon).main_pair


# --- "the rebels": the article's armed group ------------------------------------------

BACKER_NAMED_OFTEN = (
    "Colombia's government and the ELN opened talks in Havana. Venezuela, which Bogota "
    "accuses of sheltering the rebels, says it is not a party. Venezuela denied the charge. "
    "The guerrillas said they were ready. The rebels want a truce in Colombia."
)


def test_the_rebels_count_as_the_one_armed_group_the_article_names(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    actors = find_actors(BACKER_NAMED_OFTEN, gazetteer, lexicon)
    assert actors.counts["ELN"] == 4
    # The neighbour named as the group's backer is not the other side of the war.
    assert actors.main_pair == ("COL", "ELN")
    assert resolve_parties(("COL",), (), None, actors, lexicon) == ("COL", "ELN")


def test_a_group_noun_after_the_name_is_no_second_mention(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    actors = find_actors("The ELN rebels and the army clashed near Cucuta.", gazetteer, lexicon)
    assert actors.counts["ELN"] == 1


def test_with_two_armed_groups_named_the_rebels_are_nobody(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = "Hamas and the Houthis praised the attack. The rebels said more would follow."
    actors = find_actors(text, gazetteer, lexicon)
    assert actors.counts["HAMAS"] == 1
    assert actors.counts["HOUTHIS"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "The FARC signed the truce in Havana; the ELN is not covered. The rebels will disarm.",
        "The ELN, unlike the FARC, stays outside the deal, and the guerrillas kept fighting.",
        "Colombia and the FARC reached a deal, the ELN said, and the rebels celebrated.",
    ],
)
def test_the_farc_and_the_eln_named_together_leave_the_rebels_to_nobody(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str
) -> None:
    # Both are Colombia's known enemies: 'the rebels' is neither for sure.
    actors = find_actors(text, gazetteer, lexicon)
    assert actors.counts["ELN"] == 1
    assert actors.counts["FARC"] == 1


def test_the_farc_alone_is_colombias_known_enemy(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = "Cuba and Norway hosted the talks. The FARC and Colombia signed; the rebels cheered."
    actors = find_actors(text, gazetteer, lexicon)
    assert actors.counts["FARC"] == 2
    assert actors.main_pair == ("COL", "FARC")


def test_an_actor_in_a_relative_clause_between_commas_is_not_the_subject(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = "Venezuela, which Bogota accuses of sheltering the ELN, said it backs the truce."
    actors = find_actors(text, gazetteer, lexicon)
    pos = text.index("backs")
    assert subject_before(text, actors, 0, pos, lexicon, None) == "VEN"


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("A truce declared by the Israeli government and Hamas held.", None),
        ("A truce declared by Israel and Hamas held.", None),
        ("A truce declared by Hamas held.", "HAMAS"),
        # Two go-betweens: the first stands for both.
        ("A truce proposed by Egypt and Qatar held.", "EGY"),
    ],
)
def test_two_sides_as_agents_of_a_passive_are_no_single_agent(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str, agent: str | None
) -> None:
    actors = find_actors(text, gazetteer, lexicon)
    pos = text.index(" by ") + 1
    assert agent_after(text, actors, pos, len(text), lexicon) == agent


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # A mediator's capital as the place of the talks is no side.
        ("The ELN and the government met in Havana and at Doha.", ["ELN"]),
        ("Greetings from Cairo, where Hamas negotiators arrived.", ["HAMAS"]),
        # A capital that speaks, or a warring side's capital as a place, still counts.
        ("Havana said the ELN would attend.", ["CUB", "ELN"]),
        ("Talks in Kinshasa with the M23 resumed.", ["COD", "M23"]),
    ],
)
def test_a_mediators_capital_where_talks_are_held_is_no_actor(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str, actors: list[str]
) -> None:
    assert [h.actor for h in find_actors(text, gazetteer, lexicon).hits] == actors


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("the governments of Israel and Lebanon had both accepted", ("ISR", "LBN")),
        ("The leaders of Thailand and Cambodia have accepted", ("THA", "KHM")),
        ("The foreign ministers of India and Pakistan agreed", ("IND", "PAK")),
    ],
)
def test_a_plural_head_of_two_sides_is_both_sides_acting(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str, pair: tuple[str, str]
) -> None:
    actors = find_actors(text, gazetteer, lexicon)
    assert joint_subject(text, actors, 0, len(text), lexicon) == pair


def test_two_sides_in_a_phrase_about_something_else_do_not_act(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = "A call with Thailand and Cambodia preceded"
    actors = find_actors(text, gazetteer, lexicon)
    assert joint_subject(text, actors, 0, len(text), lexicon) is None


@pytest.mark.parametrize(
    "text",
    [
        "Eritrea is not a party to the agreement.",
        "Eritrea, which is not a signatory, has said nothing.",
        "Eritrean troops, who are not bound by the deal, remain in the north.",
        "Eritrean forces, who fought alongside the army but were not represented in Pretoria, "
        "stayed.",
        # a denial after another negated predicate of the same subject
        "Asmara said Eritrea had not taken part in drafting the text and was not a party to it.",
        # a state that says it has no troops in the war zone fights no side of it
        "Officials in Asmara insist Eritrea has no troops in Tigray.",
    ],
)
def test_an_actor_the_article_calls_no_party_is_an_outsider(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str
) -> None:
    actors = find_actors(f"Ethiopia and the TPLF signed a truce. {text}", gazetteer, lexicon)
    assert actors.outsiders == {"ERI"}
    assert "ERI" not in actors.counts


@pytest.mark.parametrize(
    "text",
    [
        # taking no part in the talks, a side may still be bound by their outcome
        "Eritrea had not taken part in the talks but is bound by the deal.",
        "Eritrea had not taken part in the talks and signed the deal on Monday.",
        "Eritrea has troops in Tigray and is a party to the deal.",
    ],
)
def test_an_actor_that_only_stayed_away_from_the_talks_is_no_outsider(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str
) -> None:
    actors = find_actors(f"Ethiopia and the TPLF signed a truce. {text}", gazetteer, lexicon)
    assert not actors.outsiders


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia said Eritrea is not a party to the agreement.",
        "A Saudi official said the kingdom backed the talks but was not a party to them.",
    ],
)
def test_the_speaker_of_a_non_party_phrase_is_no_outsider(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str
) -> None:
    actors = find_actors(text, gazetteer, lexicon)
    assert actors.outsiders <= {"ERI"}


def test_an_outsider_named_most_is_no_side_of_the_article_conflict(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = (
        "Ethiopia and the TPLF accused each other of breaking the truce. Eritrean troops, who "
        "are not bound by the deal, shelled Irob. Eritrea denied it; Asmara said Eritrean "
        "units were on their side of the border."
    )
    assert find_actors(text, gazetteer, lexicon).main_pair == ("ETH", "TPLF")


@pytest.mark.parametrize(
    "text",
    [
        "The truce agreed in Pretoria has held, Ethiopia and the TPLF said.",
        "Ethiopia and the TPLF kept to the deal signed last week in Pretoria.",
        "The accord Ethiopia and the TPLF reached at Pretoria is holding.",
    ],
)
def test_a_capital_where_an_agreement_was_made_is_no_actor(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str
) -> None:
    assert "ZAF" not in find_actors(text, gazetteer, lexicon).counts


def test_a_capital_acting_is_still_its_state(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = "Pretoria said it would host the talks between Ethiopia and the TPLF."
    assert "ZAF" in find_actors(text, gazetteer, lexicon).counts


def test_a_capital_naming_a_cessation_of_hostilities_is_its_venue(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = "It turns the Pretoria cessation of hostilities into steps, Ethiopia and the TPLF said."
    assert "ZAF" not in find_actors(text, gazetteer, lexicon).counts


@pytest.mark.parametrize(
    "text",
    [
        "Shelling went on in north-east Syria overnight.",
        "Clashes were reported in northern Syria and near the border.",
        "Aid convoys reached South-Eastern Syria on Monday.",
    ],
)
def test_a_country_named_as_a_region_of_itself_is_no_actor_acting(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str
) -> None:
    actors = find_actors(text, gazetteer, lexicon)
    assert [h.actor for h in actors.hits] == []
    # It still tells which war the article is about.
    assert actors.counts["SYR"] == 1


def test_a_compass_word_that_opens_a_name_is_no_region(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    actors = find_actors("Fighting in Syria and in Israel went on.", gazetteer, lexicon)
    assert [h.actor for h in actors.hits] == ["SYR", "ISR"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Turkey met in Sochi. Fighting went on in Syria's Idlib province, "
        "and later across Syria's north-west. Russia and Turkey spoke again.",
        "Russia and Turkey met in Sochi. Fighting went on in north-west Syria and in "
        "southern Syria. Russia and Turkey spoke again.",
    ],
)
def test_a_country_named_only_as_a_place_is_no_side_of_an_unlisted_conflict(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str
) -> None:
    actors = find_actors(text, gazetteer, lexicon)
    assert [h.actor for h in actors.hits] == ["RUS", "TUR", "RUS", "TUR"]
    assert actors.main_pair == ("RUS", "TUR")


def test_a_country_named_only_as_a_place_still_tells_a_known_conflict(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    actors = find_actors(
        "Russia shelled towns in Ukraine's Donetsk region and near Ukraine's border areas.",
        gazetteer,
        lexicon,
    )
    assert actors.main_pair == ("RUS", "UKR")


@pytest.mark.parametrize(
    "text",
    ["Syria's army said the truce held.", "Talks on Syria's future resumed in Geneva."],
)
def test_a_possessive_without_a_place_stays_an_actor(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str
) -> None:
    assert "SYR" in {h.actor for h in find_actors(text, gazetteer, lexicon).hits}


@pytest.mark.parametrize(
    "text",
    [
        "The truce took effect at 00:01 Syria time on Friday.",
        "Times are Syria time (GMT+2). The truce held overnight.",
        "The Easter truce runs from 18:00 Moscow time on Saturday.",
        "Shelling stopped at 11 a.m. Ukraine time, officials said.",
    ],
)
def test_a_name_telling_a_clocks_zone_is_no_actor(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str
) -> None:
    assert find_actors(text, gazetteer, lexicon).hits == ()


def test_a_name_before_time_without_a_clock_stays_an_actor(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    actors = find_actors("For Ukraine time is running out.", gazetteer, lexicon)
    assert [h.actor for h in actors.hits] == ["UKR"]


@pytest.mark.parametrize(
    "lead",
    [
        "Norway, which brokered the truce, chaired the sessions.",
        "Norway, which has been trying to bring the two sides together, welcomed it.",
        "Colombo gave notice to Norway, the facilitator, the same day.",
        "The talks were facilitated by Norway and its envoy.",
        "The deal was worked out through Norwegian mediation.",
    ],
)
def test_a_go_between_named_most_is_no_side_when_the_other_side_is_unknown(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, lead: str
) -> None:
    # The armed group is no actor the gazetteer knows: no pair beats one with the broker.
    text = f"{lead} Oslo said it was hopeful. Norwegian diplomats agreed. Sri Lanka said yes."
    actors = find_actors(text, gazetteer, lexicon)
    assert "NOR" in actors.go_betweens
    assert actors.main_pair == ()
    assert resolve_parties(("LKA",), (), None, actors, lexicon) == ()


def test_a_go_between_leaves_a_known_conflict_alone(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = "Qatar, which brokered the truce, said Israel and Hamas had both signed it."
    assert find_actors(text, gazetteer, lexicon).main_pair == ("HAMAS", "ISR")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Houthis and the Yemeni government agreed to a truce after talks hosted by "
            "Saudi Arabia. Riyadh said the Houthis would stop attacks. Saudi officials said "
            "Yemen's government had agreed.",
            ("HOUTHIS", "YEM"),
        ),
        (
            "Damascus and the SDF agreed to a ceasefire in talks facilitated by Turkey. Ankara "
            "said the SDF would pull back. Turkish officials said Syria had signed.",
            ("SDF", "SYR"),
        ),
    ],
)
def test_a_go_between_at_war_with_one_side_is_no_side_of_their_talks(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str, pair: tuple[str, str]
) -> None:
    # The host is named most and has a known war with one of the sides; the pair the
    # article's talks are between still wins.
    actors = find_actors(text, gazetteer, lexicon)
    assert set(pair).isdisjoint(actors.go_betweens)
    assert actors.main_pair == pair


def test_a_country_named_as_where_talks_were_held_is_no_side_of_an_unlisted_conflict(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = (
        "BRASILIA, Brazil - Talks in Brazil ended. Peru and Ecuador agreed to stop patrols. "
        "A second round is due in Brazil, Chile and Argentina. Lima said Quito moved first; "
        "a diplomat in Brasilia said Ecuador and Peru had both given ground."
    )
    actors = find_actors(text, gazetteer, lexicon)
    assert actors.counts["BRA"] >= actors.counts["PER"]
    assert actors.main_pair == ("ECU", "PER")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The 1992 Rome accord ended the civil war.", "ITA"),
        ("They will skip the donor conference planned for Tokyo in June.", "JPN"),
        ("Talks scheduled for Geneva were called off by both sides.", "CHE"),
    ],
)
def test_a_city_in_an_agreements_or_meetings_name_is_no_actor(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str, actor: str
) -> None:
    assert actor not in find_actors(text, gazetteer, lexicon).counts


def test_only_a_people_named_as_a_side_becomes_the_articles_armed_group(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = (
        "Islamic Jihad agreed to stop firing. The Palestinians welcomed it, Palestinian "
        "militants held fire, and 12 Palestinian prisoners were freed."
    )
    actors = find_actors(text, gazetteer, lexicon)
    assert [h.actor for h in actors.hits] == ["PIJ", "PIJ", "PIJ", "PSE"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Islamic Jihad fired rockets at Israel before the fighting drew in Hamas. "
            "Hamas held back, and Islamic Jihad said it would go on.",
            ("ISR", "PIJ"),
        ),
        (
            "Hamas fired rockets at Israel while Islamic Jihad held back. Islamic Jihad "
            "said nothing, and Hamas vowed to go on.",
            ("HAMAS", "ISR"),
        ),
    ],
)
def test_between_conflicts_told_as_often_the_one_named_first_is_the_articles(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str, pair: tuple[str, str]
) -> None:
    assert find_actors(text, gazetteer, lexicon).main_pair == pair


def test_a_noun_in_apposition_after_the_subject_does_not_act() -> None:
    # "a rebel group fighting Congo's army" describes the M23; the M23 accepted.
    gazetteer = load_gazetteer()
    lexicon = load_agreement_lexicon()
    text = "The M23, a rebel group fighting Congo's army, accepted a ceasefire with Congo."
    observations = extract_observations(Article(id="p1", text=text), (), gazetteer, lexicon)
    assert {(o.status, o.by) for o in observations} == {("accepted", "M23")}


KARABAKH_TALKS = (
    "Armenia and Azerbaijan traded accusations at the UN, and Armenia's Pashinyan urged calm. "
    "{leader} stayed silent."
)


def test_a_place_stands_for_its_peoples_own_side_where_the_article_names_it(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    # after the 2020 war Karabakh's leaders are a side of their own
    text = KARABAKH_TALKS.format(leader="Samvel Shahramanyan")
    actors = find_actors(text, gazetteer.as_of(datetime(2023, 9, 25, tzinfo=UTC)), lexicon)
    assert place_sides(("ARM", "AZE"), actors, lexicon) == ("AZE", "NKR")


@pytest.mark.parametrize(
    ("leader", "published"),
    [
        # before the 2020 war ended, Karabakh's leaders were Armenia's side
        ("Arayik Harutyunyan", datetime(2020, 10, 12, tzinfo=UTC)),
        # no Karabakh authority named at all
        ("The Kremlin", datetime(2023, 9, 25, tzinfo=UTC)),
    ],
)
def test_a_place_keeps_its_sides_where_no_own_side_of_its_people_is_named(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, leader: str, published: datetime
) -> None:
    actors = find_actors(KARABAKH_TALKS.format(leader=leader), gazetteer.as_of(published), lexicon)
    assert place_sides(("ARM", "AZE"), actors, lexicon) == ("ARM", "AZE")


def test_a_side_goes_before_a_usual_mediator_weighing_as_much(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    # The UN, named twice, weighs as much as Ecuador named once, and is named first.
    text = (
        "Peru accused its neighbour of moving troops. The UN urged calm, and a UN envoy flew "
        "to Lima. Peru said Ecuador had to pull back first."
    )
    assert find_actors(text, gazetteer, lexicon).main_pair == ("ECU", "PER")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # Two sides weighing as much: the one named first.
        (
            "Peru accused its neighbour of moving troops. Chile urged calm, and Ecuador said "
            "Lima had to pull back first. Peru refused.",
            ("CHL", "PER"),
        ),
        # A usual mediator that is a state may be the side: named first, it stays first.
        (
            "Peru and Qatar signed a fishing accord. Qatari officials said Peru had agreed to "
            "everything. Ecuador said Peru should wait.",
            ("PER", "QAT"),
        ),
    ],
)
def test_of_two_sides_weighing_as_much_the_one_named_first_still_goes_first(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str, pair: tuple[str, str]
) -> None:
    assert find_actors(text, gazetteer, lexicon).main_pair == pair


@pytest.mark.parametrize(
    "text",
    [
        "Peru accused Ecuador of shelling its border posts. Chilean troops fighting alongside "
        "the Peruvian army took two hills, and Chile said its forces would stay. Lima said "
        "Peru would not talk. Chilean instructors were also seen.",
        "Peru accused Ecuador of shelling its border posts. Chile and Argentina have sent "
        "troops and advisers at the government's request, and Chile said its forces would "
        "stay. Lima said Peru would not talk. Chilean jets flew over the border.",
        "Peru accused Ecuador of shelling its border posts. The Chilean units, which are "
        "deployed in support of Lima, took two hills, and Chile said they would stay. Peru "
        "would not talk. Chilean instructors were also seen.",
    ],
)
def test_an_ally_fighting_for_one_side_is_no_side_of_its_war(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str
) -> None:
    # Chile is named more often than Ecuador, but only as Peru's ally.
    assert find_actors(text, gazetteer, lexicon).main_pair == ("ECU", "PER")


def test_forces_fighting_against_a_side_are_a_side(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = (
        "Peru accused Ecuador of shelling its border posts. Chilean troops fighting Peruvian "
        "forces took two hills, and Chile said its forces would stay. Lima said Peru would "
        "not talk. Chilean instructors were also seen."
    )
    assert find_actors(text, gazetteer, lexicon).main_pair == ("CHL", "PER")


@pytest.mark.parametrize(
    ("text", "go_between"),
    [
        (
            "Morocco and the Polisario Front signed a truce, with Algeria acting as guarantor.",
            "DZA",
        ),
        (
            "Mali and the rebels signed an accord. Algeria, which led the mediation, hailed it.",
            "DZA",
        ),
        ("Kenya, serving as the main mediator, said Sudan and the RSF had agreed.", "KEN"),
        # Whoever is organising or hosting the talks runs them for the sides.
        (
            "Mali and the rebels signed a truce. Algeria, which is organising the peace "
            "talks, said the text would be published.",
            "DZA",
        ),
        (
            "Colombia and the ELN agreed to a pause. Cuba, which has been hosting the "
            "negotiations, welcomed it.",
            "CUB",
        ),
    ],
)
def test_a_guarantor_or_the_leader_of_the_mediation_is_the_go_between(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str, go_between: str
) -> None:
    assert go_between in find_actors(text, gazetteer, lexicon).go_betweens


def test_a_country_that_led_the_offensive_is_no_go_between(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = "Russia, which led the offensive, said Ukraine had agreed to nothing."
    assert find_actors(text, gazetteer, lexicon).go_betweens == frozenset()


def test_a_country_that_organised_an_attack_is_no_go_between(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = "Ukraine, which organised the raid, said Russia had agreed to nothing."
    assert find_actors(text, gazetteer, lexicon).go_betweens == frozenset()


def test_a_guarantor_named_most_is_no_side_of_a_known_war_it_also_has(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    # The United States is at war with the Houthis in the lexicon, and named most here.
    guarantor = (
        "The Houthis agreed a prisoner exchange with Yemen's government on Sunday, with the "
        "United States acting as guarantor. Washington said the United States would watch "
        "the swap closely. The Houthis said the deal would hold."
    )
    near = {"HOUTHIS": 2, "USA": 3, "YEM": 1}
    actors = find_actors(guarantor, gazetteer, lexicon)
    assert resolve_parties((), ("HOUTHIS",), None, actors, lexicon, near) == ("HOUTHIS", "YEM")
    # With nobody acting on the deal, the passage's known war is not the guarantor's.
    assert resolve_parties((), (), None, actors, lexicon, near) == ("HOUTHIS", "YEM")
    # Without the guarantor's phrase, the actor named most around the deal stays its side.
    plain = guarantor.replace(", with the United States acting as guarantor", "")
    actors = find_actors(plain, gazetteer, lexicon)
    assert resolve_parties((), ("HOUTHIS",), None, actors, lexicon, near) == ("HOUTHIS", "USA")
    assert resolve_parties((), (), None, actors, lexicon, near) == ("HOUTHIS", "USA")


@pytest.mark.parametrize(
    ("text", "go_betweens"),
    [
        ("The talks chaired by Switzerland ended. Armenia and Azerbaijan agreed.", {"CHE"}),
        ("A contact group chaired by Norway met. Colombia and the ELN agreed.", {"NOR"}),
        # An aside after the venue of the talks: the chair is the talks' own.
        (
            "Talks at a training centre near Geneva, chaired by the Swiss envoy, ended. "
            "Armenia and Azerbaijan agreed.",
            {"CHE"},
        ),
        # A leader chairing his own side's session is no go-between.
        ("Ukraine approved the truce at a session chaired by Zelenskyy. Russia agreed.", set()),
    ],
)
def test_only_talks_or_a_group_chaired_by_an_actor_make_it_the_go_between(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str, go_betweens: set[str]
) -> None:
    assert find_actors(text, gazetteer, lexicon).go_betweens == go_betweens


@pytest.mark.parametrize(
    ("text", "published", "parties"),
    [
        (
            "Mariano Nhongo, who leads the Renamo Military Junta, declared a seven-day "
            "ceasefire in central Mozambique on Sunday.",
            "2020-10-26",
            ("MOZ", "RMJ"),
        ),
        (
            "Government jets bombed Bouake, in the first breach of the ceasefire with the "
            "Forces Nouvelles since the accord was signed, Guillaume Soro said.",
            "2004-11-06",
            ("CIV", "FN"),
        ),
        (
            "Yugoslav officials said the Kosovo Liberation Army had repeatedly broken the "
            "ceasefire since October.",
            "1999-01-16",
            ("KLA", "YUG"),
        ),
    ],
)
def test_a_group_the_article_names_with_the_truce_is_at_war_with_its_own_state(
    gazetteer: Gazetteer,
    lexicon: AgreementLexicon,
    text: str,
    published: str,
    parties: tuple[str, ...],
) -> None:
    day = datetime.fromisoformat(published).replace(tzinfo=UTC)
    found = extract_observations(Article(id="p1", text=text, published=day), (), gazetteer, lexicon)
    assert found
    assert {o.agreement.parties for o in found} == {parties}


@pytest.mark.parametrize(
    "text",
    [
        "Envoys of Ethiopia's government and of the rebels met in the South African capital "
        "Pretoria, and later in the Kenyan city of Nairobi.",
        "Delegates of Mali and of the rebels met at a hotel in the Algerian capital, Algiers.",
    ],
)
def test_a_demonym_before_a_place_noun_after_in_the_names_no_side(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str
) -> None:
    # Where the talks were held, like "in Pretoria": no side of them.
    actors = find_actors(text, gazetteer, lexicon)
    assert {"ZAF", "KEN", "DZA"}.isdisjoint(h.actor for h in actors.hits)
    assert {"ZAF", "KEN", "DZA"}.isdisjoint(actors.main_pair)


def test_a_demonym_before_a_place_noun_with_no_preposition_stays_an_actor(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = "The Algerian capital said it backed the talks between Mali and the rebels."
    assert "DZA" in {h.actor for h in find_actors(text, gazetteer, lexicon).hits}
