"""Deals named by their venue, what they ended, their terms, and the bodies that watch them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from processors.actors import load_gazetteer
from processors.agreements import extract_observations, load_agreement_lexicon
from processors.model import Article, Observation

pytestmark = pytest.mark.unit

Observe = Callable[[str], tuple[Observation, ...]]


@pytest.fixture(scope="module")
def observe() -> Observe:
    gazetteer = load_gazetteer()
    lexicon = load_agreement_lexicon()

    def run(text: str) -> tuple[Observation, ...]:
        return extract_observations(Article(id="n1", text=text), (), gazetteer, lexicon)

    return run


def triples(found: tuple[Observation, ...]) -> set[tuple[str, str, str]]:
    return {("+".join(o.agreement.parties), o.agreement.scope, o.status) for o in found}


# --- a capital naming the deal is where it was made -----------------------------------


def test_a_deal_named_after_a_capital_binds_the_warring_sides_not_the_host(
    observe: Observe,
) -> None:
    text = (
        "Fighting flared again in Tigray this month. An Ethiopian minister said Addis Ababa "
        "stood by the Pretoria accord and accused the TPLF of breaching it."
    )
    found = observe(text)
    assert ("ETH+TPLF", "general", "violated") in triples(found)
    assert all("ZAF" not in o.agreement.parties for o in found)


def test_a_capital_after_the_head_or_joined_by_and_is_still_a_side(observe: Observe) -> None:
    text = "A ceasefire between Kyiv and Moscow took effect on Monday."
    assert triples(observe(text)) == {("RUS+UKR", "general", "in_effect")}


# --- "the truce that ended the war" was agreed ----------------------------------------


def test_an_agreement_that_ended_the_fighting_was_agreed(observe: Observe) -> None:
    text = "Armenia and Azerbaijan still argue about the truce that ended the fighting in 2020."
    assert ("ARM+AZE", "general", "agreed") in triples(observe(text))


def test_ending_the_truce_itself_is_still_a_collapse(observe: Observe) -> None:
    text = "Fighting between Russia and Ukraine went on. Russia ended the truce on Monday."
    found = triples(observe(text))
    assert ("RUS+UKR", "general", "collapsed") in found
    assert ("RUS+UKR", "general", "agreed") not in found


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The 2016 war between Armenia and Azerbaijan ended with a Russian truce.", "ARM+AZE"),
        ("That conflict between Israel and Hamas ended with an open-ended ceasefire.", "HAMAS+ISR"),
        ("Clashes between India and Pakistan ended on 10 May with a truce.", "IND+PAK"),
        ("Fighting between Sudan's army and the RSF ended in June with a ceasefire.", "RSF+SDN"),
        ("Fighting between Israel and Islamic Jihad ended after days with a truce.", "ISR+PIJ"),
        ("The war of Armenia and Azerbaijan ended within weeks with a truce.", "ARM+AZE"),
    ],
)
def test_a_war_that_ended_with_a_truce_made_it(observe: Observe, text: str, key: str) -> None:
    found = triples(observe(text))
    assert (key, "general", "agreed") in found
    assert (key, "general", "collapsed") not in found


def test_a_truce_that_ended_with_fighting_still_ended(observe: Observe) -> None:
    text = "The ceasefire between Israel and Hamas ended with a barrage of rockets on Tuesday."
    assert triples(observe(text)) == {("HAMAS+ISR", "general", "expired")}


@pytest.mark.parametrize(
    "text",
    [
        "The war between Israel and Hamas lasted eleven days before a ceasefire ended it.",
        "Weeks after a ceasefire between Israel and Hamas ended it, the balloons came back.",
        "The ceasefire between Israel and Hamas quickly ended them.",
    ],
)
def test_a_truce_that_ended_it_ended_the_war_not_itself(observe: Observe, text: str) -> None:
    assert "collapsed" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The truce between Israel and Hamas was fragile, and Hamas ended it on Tuesday.",
        "The truce between Israel and Hamas collapsed on Tuesday when Hamas ended it.",
    ],
)
def test_a_side_that_ended_it_ended_the_truce(observe: Observe, text: str) -> None:
    assert ("HAMAS+ISR", "general", "collapsed") in triples(observe(text))


def test_a_pronoun_after_a_second_verb_is_still_the_truce(observe: Observe) -> None:
    text = "Israel signed the truce with Hamas in May and then broke it."
    assert ("HAMAS+ISR", "general", "violated") in triples(observe(text))


# --- "breached its terms": the possessive is the agreement ----------------------------


def test_breaching_its_terms_violates_the_agreement_named_before(observe: Observe) -> None:
    text = (
        "India and Pakistan agreed to a ceasefire in May. "
        "Islamabad said New Delhi had broken its key provisions twice."
    )
    assert ("IND+PAK", "general", "violated") in triples(observe(text))


def test_its_terms_without_a_status_word_assert_nothing(observe: Observe) -> None:
    text = "India and Pakistan agreed to a ceasefire in May. Its terms were never published."
    assert triples(observe(text)) == {("IND+PAK", "general", "agreed")}


# --- leaving the bodies that watch an agreement ---------------------------------------


def test_suspending_a_role_in_the_monitoring_bodies_suspends_the_agreement(
    observe: Observe,
) -> None:
    text = (
        "The M23 said it had suspended its participation in the committees "
        "that monitor the ceasefire with Congo."
    )
    assert triples(observe(text)) == {("COD+M23", "general", "suspended")}


def test_withdrawing_from_the_teams_that_verify_it_ends_the_agreement(observe: Observe) -> None:
    text = "Thailand withdrew its participation in the teams which verify the truce with Cambodia."
    assert triples(observe(text)) == {("KHM+THA", "general", "collapsed")}


# --- a pronoun after an agreement named in its own sentence ---------------------------


def test_it_refers_to_the_agreement_just_named_not_an_earlier_standing_one(
    observe: Observe,
) -> None:
    text = (
        "Russia and Ukraine traded 90 prisoners of war each on Friday. "
        "The grain corridor, set up with Turkish help, ran for a year until Moscow quit it."
    )
    found = triples(observe(text))
    assert ("RUS+UKR", "maritime", "collapsed") in found
    assert ("RUS+UKR", "prisoner_exchange", "collapsed") not in found


# --- a deal known by name ---------------------------------------------------------------


def test_a_deal_known_by_its_name_in_a_story_about_fighting_is_the_conflict_s_deal(
    observe: Observe,
) -> None:
    text = (
        "Shelling hit Donetsk again as Russia and Ukraine traded blame. "
        "Diplomats recalled that the Minsk agreements were signed in 2015."
    )
    assert ("RUS+UKR", "general", "agreed") in triples(observe(text))


def test_a_deal_known_by_name_in_a_story_without_fighting_names_no_agreement(
    observe: Observe,
) -> None:
    text = "France and India discussed emissions. The Paris agreement was signed in 2015."
    assert observe(text) == ()


# --- talks and deals on where a border runs -------------------------------------------


def test_talks_by_border_delimitation_commissions_negotiate_the_border_not_a_truce(
    observe: Observe,
) -> None:
    text = (
        "Shelling killed a soldier on the frontier last year. Kyrgyz and Tajik experts "
        "on border demarcation held a new round of talks in Batken on Monday."
    )
    assert triples(observe(text)) == {("KGZ+TJK", "other", "negotiating")}


def test_a_deal_on_border_delimitation_is_no_ceasefire(observe: Observe) -> None:
    text = "After fighting, Kyrgyzstan and Tajikistan signed an agreement on border delimitation."
    assert ("KGZ+TJK", "other", "agreed") in triples(observe(text))
    assert ("KGZ+TJK", "general", "agreed") not in triples(observe(text))


def test_talks_on_a_truce_after_a_sentence_on_the_border_stay_general(observe: Observe) -> None:
    text = (
        "Border demarcation was settled long ago. "
        "Kyrgyzstan and Tajikistan held talks on Friday on a truce."
    )
    assert triples(observe(text)) == {("KGZ+TJK", "general", "negotiating")}


# --- deals on a political subject that is no truce ------------------------------------


@pytest.mark.parametrize(
    "deal",
    [
        "a memorandum on ancestral domain",
        "accords on indigenous rights and culture",
        "an agreement on special autonomy",
        "a deal on constitutional reform",
    ],
)
def test_a_deal_on_a_political_subject_is_scoped_other(observe: Observe, deal: str) -> None:
    text = f"After years of fighting, Myanmar and the KNU signed {deal} on Monday."
    assert ("KNU+MMR", "other", "agreed") in triples(observe(text))
    assert ("KNU+MMR", "general", "agreed") not in triples(observe(text))


def test_a_peace_agreement_stays_general(observe: Observe) -> None:
    text = "After years of fighting, Myanmar and the KNU signed a peace agreement on Monday."
    assert triples(observe(text)) == {("KNU+MMR", "general", "agreed")}


# --- the side a deal was made with, after a date or "the government of" ----------------


def test_a_deal_signed_on_a_date_with_another_government_is_not_the_earlier_truce(
    observe: Observe,
) -> None:
    text = (
        "Congo and the M23 agreed a truce in March. "
        "Kinshasa said the accord signed in June with the government of Rwanda was being violated."
    )
    assert ("COD+M23", "general", "violated") not in triples(observe(text))
    assert ("COD+M23", "general", "agreed") in triples(observe(text))


def test_the_syrian_national_army_is_its_own_actor_not_syria(observe: Observe) -> None:
    text = "The Syrian National Army and the SDF agreed to a truce around the dam on Monday."
    assert triples(observe(text)) == {("SDF+SYRIAN_NATIONAL_ARMY", "general", "agreed")}


# --- "it" after a plan about something else -----------------------------------------


def test_rejecting_a_plan_about_something_else_is_not_rejecting_the_ceasefire(
    observe: Observe,
) -> None:
    text = (
        "Israel and Hezbollah agreed a ceasefire in November. A proposal by the U.S. envoy "
        "to disarm the group was debated in Beirut; Hezbollah rejected it outright."
    )
    assert triples(observe(text)) == {("HEZBOLLAH+ISR", "general", "agreed")}


def test_rejecting_a_plan_to_end_the_war_still_rejects_the_agreement(observe: Observe) -> None:
    text = (
        "Russia and Ukraine agreed a truce in March. "
        "Washington floated a plan to end the war in May, and Moscow rejected it."
    )
    assert ("RUS+UKR", "general", "rejected") in triples(observe(text))


# --- gunfire after a truce took effect; "the releases" of a swap ------------------------


def test_opening_fire_again_after_a_truce_took_effect_violates_it(observe: Observe) -> None:
    text = (
        "A ceasefire between Thailand and Cambodia took effect on Monday. "
        "Cambodia said Thai troops opened fire on its positions again overnight."
    )
    assert ("KHM+THA", "general", "violated") in triples(observe(text))


def test_firing_without_a_truce_in_effect_violates_nothing(observe: Observe) -> None:
    text = "Thai troops opened fire on Cambodian positions again overnight, Cambodia said."
    assert observe(text) == ()


def test_suspending_the_releases_suspends_the_prisoner_swap(observe: Observe) -> None:
    text = (
        "Russia and Ukraine began an exchange of 300 prisoners of war on Friday. "
        "Kyiv put the releases on hold on Sunday after a dispute over lists."
    )
    assert ("RUS+UKR", "prisoner_exchange", "suspended") in triples(observe(text))


def test_releases_of_other_things_are_no_swap(observe: Observe) -> None:
    text = (
        "Russia and Ukraine began an exchange of 300 prisoners of war on Friday. "
        "Kyiv suspended the releases of water from the reservoir on Sunday."
    )
    assert ("RUS+UKR", "prisoner_exchange", "suspended") not in triples(observe(text))


# --- a roundup: the passage's own conflict, not the article's main one ----------------


def test_a_passage_naming_one_side_of_another_told_conflict_is_about_that_conflict(
    observe: Observe,
) -> None:
    text = (
        "Three years after the Pretoria agreement ended the war, the TPLF said on Monday it "
        "still had grievances. Ethiopia did not comment. Elsewhere, al-Shabaab fighters "
        "attacked a base near Mogadishu, Somalia's army said, and al-Shabaab claimed the "
        "attack. Somali troops later retook the base from al-Shabaab, the Somali government said."
    )
    assert triples(observe(text)) == {("ETH+TPLF", "general", "agreed")}


# --- a relative clause with its own swap between a truce and its verb --------------------


def test_a_truce_under_which_prisoners_were_swapped_is_what_collapsed(observe: Observe) -> None:
    text = (
        "Russia and Ukraine fought on. The 2022 truce under which both sides exchanged "
        "200 prisoners, collapsed in March."
    )
    found = triples(observe(text))
    assert ("RUS+UKR", "general", "collapsed") in found
    assert ("RUS+UKR", "prisoner_exchange", "collapsed") not in found


def test_a_comma_before_the_inner_swap_keeps_it_its_own_subject(observe: Observe) -> None:
    text = (
        "Russia and Ukraine agreed a truce in May, and under it both sides exchanged "
        "200 prisoners, which ended in June."
    )
    assert ("RUS+UKR", "general", "collapsed") not in triples(observe(text))


# --- sides named after a place; "X-led" forces; a mediated swap ---------------------------


def test_sides_named_after_a_place_bind_the_agreement(observe: Observe) -> None:
    text = "The truce in Yemen between the Houthis and Saudi Arabia lapsed in October."
    assert triples(observe(text)) == {("HOUTHIS+SAU", "general", "expired")}


def test_the_leader_of_a_coalition_is_a_side_not_a_mediator(observe: Observe) -> None:
    text = "A truce in Yemen between the Houthis and the Saudi-led coalition ran out in October."
    assert triples(observe(text)) == {("HOUTHIS+SAU", "general", "expired")}


def test_a_us_led_push_still_makes_the_us_a_go_between(observe: Observe) -> None:
    text = "A US-led push for a truce between Russia and Ukraine failed on Monday."
    assert {o.agreement.parties for o in observe(text)} == {("RUS", "UKR")}


def test_a_mediator_that_mediated_a_swap_reports_an_agreed_exchange(observe: Observe) -> None:
    text = "Saudi Arabia mediated an exchange of 90 prisoners of war between Russia and Ukraine."
    assert ("RUS+UKR", "prisoner_exchange", "agreed") in triples(observe(text))


# --- leaving talks is something that happens to them ----------------------------------


def test_pulling_out_of_talks_in_a_war_story_ends_them(observe: Observe) -> None:
    text = "Fighting raged near Goma. The M23 walked out of talks with Kinshasa on Friday."
    assert triples(observe(text)) == {("COD+M23", "general", "collapsed")}


def test_leaving_talks_in_a_story_without_fighting_names_no_agreement(observe: Observe) -> None:
    text = "The union walked out of talks with the ministry on Friday."
    assert observe(text) == ()


# --- the phase of an agreement; an armed group's one war ------------------------------


def test_beginning_a_phase_of_a_ceasefire_puts_the_ceasefire_in_effect(observe: Observe) -> None:
    text = "Israel and Hamas began the third phase of the truce on Sunday."
    assert triples(observe(text)) == {("HAMAS+ISR", "general", "in_effect")}


def test_an_armed_group_with_one_known_war_binds_its_truce_to_that_state(
    observe: Observe,
) -> None:
    text = "The RSF said it had agreed to a week-long truce with the army around El Obeid."
    assert ("RSF+SDN", "general", "agreed") in triples(observe(text))


def test_a_group_with_several_wars_is_not_given_one(observe: Observe) -> None:
    text = "The Houthis said they had agreed to a truce with their enemies."
    assert observe(text) == ()


def test_a_capital_before_a_ceasefire_proposal_is_the_proposer(observe: Observe) -> None:
    text = "Fighting raged in Donetsk. Russia rejected the Kyiv ceasefire proposal on Monday."
    proposals = [o for o in observe(text) if o.status == "proposed"]
    assert [o.by for o in proposals] == ["UKR"]


# --- what a pause is for ----------------------------------------------------------------


def test_a_pause_for_vaccinations_is_humanitarian(observe: Observe) -> None:
    text = (
        "Congo and the M23 agreed to a pause in fighting near Goma for a measles vaccination drive."
    )
    assert triples(observe(text)) == {("COD+M23", "humanitarian", "agreed")}


def test_a_halt_so_that_nurses_can_vaccinate_is_humanitarian(observe: Observe) -> None:
    text = (
        "Sudan's army and the RSF agreed to halt fighting for a week "
        "so that nurses can vaccinate children."
    )
    assert ("RSF+SDN", "humanitarian", "agreed") in triples(observe(text))


def test_a_truce_that_held_for_weeks_despite_blocked_aid_stays_general(observe: Observe) -> None:
    text = (
        "The truce between Israel and Hamas has held for weeks "
        "despite aid deliveries being blocked."
    )
    assert {o.agreement.scope for o in observe(text)} == {"general"}


def test_a_hostage_prisoner_exchange_written_with_a_hyphen_is_a_swap(observe: Observe) -> None:
    text = "The detainee-prisoner swap between Israel and Hamas was postponed again on Sunday."
    assert triples(observe(text)) == {("HAMAS+ISR", "prisoner_exchange", "suspended")}


def test_a_swap_put_off_is_suspended(observe: Observe) -> None:
    text = "The prisoner swap between Russia and Ukraine was put off until next week."
    assert triples(observe(text)) == {("RUS+UKR", "prisoner_exchange", "suspended")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Shelling around Bukavu eased. The ceasefire began at dawn, Congo's army said.",
            "COD+M23",
        ),
        # A province held by an armed community: its fight with the state.
        (
            "Fighting in Sweida went on overnight. The ceasefire began at dawn, Syria's "
            "interior ministry said.",
            "DRUZE+SYR",
        ),
    ],
)
def test_a_conflict_s_place_in_the_passage_names_the_other_side(
    observe: Observe, text: str, pair: str
) -> None:
    assert triples(observe(text)) == {(pair, "general", "in_effect")}


# --- a plan named for ending the war is a peace plan -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egypt presented Hamas and Israel with a plan to end the war in Gaza.",
            ("HAMAS+ISR", "general", "proposed"),
        ),
        (
            "Sudan's army rejected a US proposal for ending the fighting with the RSF.",
            ("RSF+SDN", "general", "rejected"),
        ),
        (
            "Hamas said it accepted parts of the U.S. blueprint to end the two-year war with "
            "Israel.",
            ("HAMAS+ISR", "general", "accepted"),
        ),
    ],
)
def test_a_plan_to_end_the_war_is_a_peace_plan(
    observe: Observe, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Israel announced a plan to end fuel shortages in the south, Hamas said.",
        "Putin vowed to end the war in Ukraine on Russia's terms.",
        "Trump said he wanted the war between Russia and Ukraine to end.",
    ],
)
def test_ending_something_else_or_a_wish_to_end_the_war_names_no_plan(
    observe: Observe, text: str
) -> None:
    assert observe(text) == ()


def test_a_second_reported_clause_does_not_hang_on_the_plan(observe: Observe) -> None:
    # "and that" opens another thing said, not a relative clause on "offer": nothing in it
    # (a wish for the war to end) proposes or ends the plan.
    text = (
        "Putin said the US plan to end the war in Ukraine could be a basis for a settlement. "
        'Trump said the draft was "not my final offer" and that he wanted the war to end soon.'
    )
    assert triples(observe(text)) == {("RUS+UKR", "general", "proposed")}
