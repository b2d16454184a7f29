"""Which agreement a status word governs, and what it asserts of it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from processors.actors import Gazetteer, load_gazetteer
from processors.agreement_status import mood
from processors.agreements import AgreementLexicon, extract_observations, load_agreement_lexicon
from processors.model import Article, Observation

pytestmark = pytest.mark.unit

Observe = Callable[[str], tuple[Observation, ...]]


@pytest.fixture(scope="module")
def observe() -> Observe:
    gazetteer: Gazetteer = load_gazetteer()
    lexicon: AgreementLexicon = load_agreement_lexicon()

    def run(text: str) -> tuple[Observation, ...]:
        article = Article(id="s1", text=text, published=datetime(2025, 6, 4, 9, 0, tzinfo=UTC))
        return extract_observations(article, (), gazetteer, lexicon)

    return run


def statuses(found: tuple[Observation, ...]) -> set[tuple[str, str | None]]:
    return {(o.status, o.by) for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "Guterres renewed his call for a humanitarian truce between Israel and Hamas.",
        "Zelenskyy renewed Ukraine's appeal for a full ceasefire with Russia on Sunday.",
        "Pakistan renewed its demand for a truce with India along the Line of Control.",
    ],
)
def test_renewing_a_call_for_a_truce_proposes_it_and_extends_nothing(
    observe: Observe, text: str
) -> None:
    found = observe(text)
    assert {o.status for o in found} == {"proposed"}


def test_a_stance_on_a_call_still_reaches_the_truce_called_for(observe: Observe) -> None:
    found = observe("Moscow rejected Ukraine's call for a ceasefire in the Black Sea.")
    assert statuses(found) == {("proposed", "UKR"), ("rejected", "RUS")}


@pytest.mark.parametrize(
    "text",
    [
        "Moscow brushed aside a demand from Kyiv and four European leaders for a 30-day truce.",
        "The Kremlin rejected a demand by Ukraine and its European backers for a ceasefire.",
        "Russia dismissed an appeal from the UN chief and Kyiv for a ceasefire with Ukraine.",
        "Russia turned down calls from Zelensky and four European leaders for a ceasefire.",
    ],
)
def test_a_stance_on_a_call_reaches_the_truce_past_the_callers_named_in_it(
    observe: Observe, text: str
) -> None:
    # The callers stand between the call and its object; the object is still the truce.
    assert {o.status for o in observe(text)} == {"proposed", "rejected"}


def test_a_demand_from_someone_for_no_agreement_is_no_proposal(observe: Observe) -> None:
    assert observe("Russia ignored a demand from its neighbours for money.") == ()


def test_a_condition_closed_by_a_comma_leaves_the_main_clause_asserted() -> None:
    lexicon = load_agreement_lexicon()
    closed = "If the talks fail, Russia agreed"
    assert mood(closed, (0, len(closed)), 0, len(closed), lexicon) == "real"
    open_ = "Russia agreed, officials said, if the truce"
    assert mood(open_, (0, len(open_)), 0, len(open_), lexicon) == "void"


def test_an_agreement_introduced_in_a_since_clause_is_news(observe: Observe) -> None:
    found = observe(
        "Border trade has not recovered since a week-long truce between Thailand and "
        "Cambodia collapsed in March."
    )
    assert [(o.agreement.parties, o.status) for o in found] == [(("KHM", "THA"), "collapsed")]


@pytest.mark.parametrize(
    "text",
    [
        "Since that ceremony the truce between Armenia and Azerbaijan has been in force.",
        "Since Monday the ceasefire between Israel and Hezbollah has held.",
        "Since then a truce between Sudan and the RSF has been in force.",
    ],
)
def test_a_time_phrase_fronted_without_a_comma_leaves_the_truce_its_clauses_subject(
    observe: Observe, text: str
) -> None:
    assert "in_effect" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Since the truce between Israel and Hezbollah began, trade has grown.",
        "Trade has grown in the weeks since the ceasefire between Armenia and Azerbaijan "
        "took effect.",
    ],
)
def test_a_truce_inside_a_since_clause_is_still_background(observe: Observe, text: str) -> None:
    assert observe(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Ankara renewed its offer of a ceasefire between Armenia and Azerbaijan.",
        "Doha renewed its proposal for a truce between Congo and the M23 on Monday.",
    ],
)
def test_renewing_an_offer_proposes_the_truce_again_and_extends_nothing(
    observe: Observe, text: str
) -> None:
    assert {o.status for o in observe(text)} == {"proposed"}


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's army said it will only agree to a truce with the RSF if the militia "
        "withdraws from the cities.",
        "Israel said it would accept a truce with Hamas once all hostages are freed.",
        "Kyiv will agree to a ceasefire with Russia when Moscow pulls back its troops.",
    ],
)
def test_agreeing_later_on_a_condition_is_terms_not_an_agreement(
    observe: Observe, text: str
) -> None:
    assert {o.status for o in observe(text)} & {"agreed", "accepted"} == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv accepted a truce with Russia. A statement said the truce would depend on Moscow "
        "accepting it and carrying it out.",
        "Israel accepted the ceasefire plan. Its start is contingent on Hamas agreeing to it.",
        "Sudan's army accepted the truce. Officials said it was conditional on the RSF "
        "observing it.",
        "Kyiv accepted the truce. Everything hinges on Moscow implementing it.",
    ],
)
def test_what_a_truce_depends_on_is_a_condition_not_a_step(observe: Observe, text: str) -> None:
    assert {o.status for o in observe(text)} & {"agreed", "in_effect"} == set()


def test_agreeing_later_without_a_condition_is_still_told(observe: Observe) -> None:
    found = observe("Sudan's army said it will accept the truce with the RSF on Sunday.")
    assert ("accepted", "SDN") in statuses(found)


@pytest.mark.parametrize(
    "text",
    [
        "The truce between Israel and Hezbollah, which calls for a 60-day halt in fighting, "
        "has held so far.",
        "The deal between Armenia and Azerbaijan calls for a ceasefire along the border.",
    ],
)
def test_what_a_deal_calls_for_is_its_terms_not_a_new_proposal(observe: Observe, text: str) -> None:
    assert "proposed" not in {o.status for o in observe(text)}


def test_a_plan_that_calls_for_a_truce_still_proposes_it(observe: Observe) -> None:
    found = observe("The US plan calls for a 30-day ceasefire between Russia and Ukraine.")
    assert ("proposed", "USA") in statuses(found)


def test_a_speaker_of_unknown_side_claims_for_no_side(observe: Observe) -> None:
    found = observe(
        "India and Pakistan agreed to a ceasefire on Saturday. "
        "A resident of the valley said the truce was broken within hours."
    )
    for observation in found:
        assert "UNKNOWN" not in observation.agreement.parties
        assert observation.claimed_by != "UNKNOWN"


@pytest.mark.parametrize(
    "text",
    [
        "Trump used the threat of tariffs to make Thailand and Cambodia agree to a ceasefire.",
        "Envoys tried to get Russia and Ukraine to agree to a pause in strikes on power plants.",
    ],
)
def test_an_aim_to_make_others_agree_is_no_agreement(observe: Observe, text: str) -> None:
    assert {o.status for o in observe(text)} & {"agreed", "accepted"} == set()


def test_sides_that_were_helped_and_then_agreed_did_agree(observe: Observe) -> None:
    found = observe(
        "Malaysia helped Thailand and Cambodia reach a ceasefire, and both sides agreed "
        "to it on Monday."
    )
    assert "agreed" in {o.status for o in found}


@pytest.mark.parametrize("offered", ["proposed by", "put forward by", "drafted by"])
def test_agreeing_to_a_truce_someone_offered_accepts_it(observe: Observe, offered: str) -> None:
    found = observe(f"Sudan's RSF has agreed to the humanitarian truce {offered} the UN.")
    assert ("accepted", "RSF") in statuses(found)
    assert ("agreed", "RSF") not in statuses(found)


def test_agreeing_to_a_truce_with_the_other_side_is_still_an_agreement(observe: Observe) -> None:
    found = observe("Sudan's RSF has agreed to a humanitarian truce with the army.")
    assert ("agreed", "RSF") in statuses(found)


def test_expressing_support_for_a_proposal_accepts_it(observe: Observe) -> None:
    found = observe(
        "Hamas expressed support for a new ceasefire proposal put forward by Egypt and "
        "Qatar to end the war with Israel."
    )
    assert ("accepted", "HAMAS") in statuses(found)


def test_a_renewed_attempt_is_no_renewal_of_the_truce(observe: Observe) -> None:
    found = observe(
        "Congo and the M23 signed an agreement to monitor a ceasefire, marking a renewed "
        "attempt to end the violence."
    )
    assert "extended" not in {o.status for o in found}
    renewed = observe("Russia and Ukraine renewed the grain deal for 60 days.")
    assert "extended" in {o.status for o in renewed}


def test_a_truce_that_would_halt_strikes_on_power_plants_is_about_energy(
    observe: Observe,
) -> None:
    found = observe("Moscow agreed to a truce with Kyiv that would halt strikes on power plants.")
    assert ("RUS+UKR/energy_infrastructure", "agreed") in {
        (o.agreement.id, o.status) for o in found
    }


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Putin declared a ceasefire for Easter in the war with Ukraine.", "Easter ceasefire"),
        ("Russia and Ukraine agreed to a truce over Christmas.", "Christmas truce"),
        ('Putin announced an "Easter Truce" in the war with Ukraine.', "Easter truce"),
    ],
)
def test_a_holiday_truce_is_named_after_the_noun_or_in_quotes(
    observe: Observe, text: str, label: str
) -> None:
    found = observe(text)
    assert [o.agreement.label for o in found if o.status == "agreed"] == [label]


def test_a_truce_starting_in_a_time_clause_has_not_started(observe: Observe) -> None:
    found = observe(
        "Israel and Hamas agreed to a truce in Gaza on Monday. Aid will flow once the "
        "truce begins on Sunday."
    )
    assert "in_effect" not in {o.status for o in found}
    started = observe(
        "Israel and Hamas agreed to a truce in Gaza. When the truce took effect on Sunday, "
        "the guns fell silent."
    )
    assert "in_effect" in {o.status for o in started}


@pytest.mark.parametrize(
    "text",
    [
        "One official involved in the talks between Israel and Hamas said the gap was narrowing.",
        "Steve Witkoff, who attended part of the talks between Israel and Hamas in Doha, said "
        "the gap was narrowing.",
    ],
)
def test_talks_that_only_describe_a_speaker_are_no_news(observe: Observe, text: str) -> None:
    assert observe(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Qatar, which has hosted the talks between Israel and Hamas since January, said the "
        "gap was narrowing.",
        "Turkey, which was hosting the peace talks between Russia and Ukraine, urged restraint.",
        "Norway, which hosts the negotiations between the government and the ELN, said it "
        "would keep supporting them.",
    ],
)
def test_a_host_told_in_a_relative_clause_is_no_news_of_talks(observe: Observe, text: str) -> None:
    assert observe(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Riek Machar, who mediated the talks between Uganda and the LRA for two years, said he "
        "regretted the attack.",
        "Diplomats from the countries that paid for the peace talks between Colombia and the ELN "
        "arrived in Havana.",
        "Britain and France said they were following the talks between Armenia and Azerbaijan "
        "closely.",
    ],
)
def test_a_go_between_backer_or_onlooker_told_by_the_talks_is_no_news_of_them(
    observe: Observe, text: str
) -> None:
    assert all(o.status != "negotiating" for o in observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Zalmay Khalilzad, who has led the peace talks with the Taliban, flew to Doha on Monday.",
        "Hans Grundberg, whose office chaired the talks on a prisoner exchange between Yemen's "
        "government and the Houthis, said the swap was done.",
    ],
)
def test_a_leader_or_chair_told_by_the_talks_is_no_news_of_them(
    observe: Observe, text: str
) -> None:
    assert all(o.status != "negotiating" for o in observe(text))


def test_a_chair_told_as_the_main_verb_still_reports_talks(observe: Observe) -> None:
    found = observe("Norway chaired peace talks between Sri Lanka and the LTTE in Oslo on Monday.")
    assert "negotiating" in {o.status for o in found}


def test_a_mediator_told_as_the_main_verb_still_reports_talks(observe: Observe) -> None:
    found = observe("Cuba mediated talks between Colombia and the ELN in Havana on Monday.")
    assert "negotiating" in {o.status for o in found}


def test_a_host_told_as_the_main_verb_still_reports_talks(observe: Observe) -> None:
    found = observe("Egypt hosted talks between Israel and Hamas on Monday.")
    assert [o.status for o in found] == ["negotiating"]


@pytest.mark.parametrize(
    "text",
    [
        "Georgia's president went on television to declare a truce with Russia and to offer "
        "Moscow peace talks.",
        "Colombia's president went on television to announce a ceasefire with the ELN and "
        "to offer the rebels peace talks.",
    ],
)
def test_talks_offered_in_an_infinitive_are_not_held(observe: Observe, text: str) -> None:
    assert "negotiating" not in {o.status for o in observe(text)}


def test_talks_held_after_an_offer_are_talks(observe: Observe) -> None:
    found = observe("After Egypt offered to mediate, Israel and Hamas held ceasefire talks.")
    assert "negotiating" in {o.status for o in found}


def test_hostages_held_in_gaza_are_no_truce_holding(observe: Observe) -> None:
    found = observe(
        "Talks between Israel and Hamas on the release of hostages held in Gaza resumed "
        "on Tuesday in Cairo."
    )
    assert {o.status for o in found} == {"negotiating"}


@pytest.mark.parametrize(
    "text",
    [
        'Zelensky urged Russia to agree to "a full exchange of all prisoners of war" held since '
        "2022.",
        "Lists for an exchange of the prisoners of war held since 1988 reached Iraq and Iran.",
    ],
)
def test_prisoners_held_since_a_war_are_no_exchange_holding(observe: Observe, text: str) -> None:
    assert "in_effect" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The prisoner swap between Armenia and Azerbaijan held, officials said.",
        "The ceasefire between Russia and Ukraine has held since May.",
    ],
)
def test_an_exchange_or_truce_that_held_is_in_effect(observe: Observe, text: str) -> None:
    assert "in_effect" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The truce between Israel and Hamas has not held.",
        "The ceasefire between Armenia and Azerbaijan did not hold, and fighting resumed.",
        "The ceasefire between Russia and Ukraine hasn't held.",
        "The truce between Hamas and Israel did not hold for long.",
    ],
)
def test_a_truce_that_did_not_hold_collapsed(observe: Observe, text: str) -> None:
    assert {o.status for o in observe(text)} == {"collapsed"}


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas said they would not hold the ceasefire talks in Cairo.",
        "The ceasefire between Israel and Hamas has not been held up by the dispute.",
    ],
)
def test_not_holding_talks_or_being_held_up_is_no_collapse(observe: Observe, text: str) -> None:
    assert "collapsed" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "President Duterte lifted the unilateral ceasefire with the New People's Army on Saturday.",
        "Armenia is lifting its truce with Azerbaijan after the border attack, Yerevan said.",
        "Ukraine lifted its moratorium on strikes on Russian energy facilities.",
    ],
)
def test_a_party_lifting_its_truce_ends_it(observe: Observe, text: str) -> None:
    assert "collapsed" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Israel lifted its blockade of Lebanon, three weeks into the truce with Hezbollah.",
        "Washington lifted sanctions on Moscow under the deal between Russia and Ukraine.",
        "Under the truce between Israel and Hezbollah, the blockade was lifted on Thursday.",
    ],
)
def test_lifting_something_else_near_a_truce_is_no_collapse(observe: Observe, text: str) -> None:
    assert "collapsed" not in {o.status for o in observe(text)}


def test_a_truce_that_held_is_still_in_effect(observe: Observe) -> None:
    found = observe("The ceasefire between Israel and Hamas has held since May.")
    assert {o.status for o in found} == {"in_effect"}


def test_a_truce_being_extended_as_a_condition_is_no_extension(observe: Observe) -> None:
    found = observe(
        "Israel and Hamas agreed to a truce in Gaza. The exchange would not depend on the "
        "truce being extended, Hamas said."
    )
    assert "extended" not in {o.status for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "Mikati called on the international community to make sure Israel respected the "
        "ceasefire with Hezbollah.",
        "Zelensky urged Europe to ensure that Russia abides by the energy truce.",
        "The Thai prime minister asked Washington to see to it that Cambodia observes the "
        "ceasefire.",
        "Egypt will guarantee that Hamas respects the truce in Gaza.",
    ],
)
def test_a_status_under_a_demand_to_make_sure_is_not_asserted(observe: Observe, text: str) -> None:
    # What someone is asked to make sure of is a demand: nobody said it happened.
    assert {o.status for o in observe(text)} & {"in_effect", "accepted"} == set()


def test_a_side_respecting_a_truce_without_a_demand_is_still_told(observe: Observe) -> None:
    found = observe("Israel respected the truce with Hezbollah, the UN said.")
    assert ("in_effect", "ISR") in statuses(found)


@pytest.mark.parametrize(
    "text",
    [
        "The army says it will act forcefully against anyone who violates the ceasefire "
        "with Hezbollah.",
        "Russia warned that whoever breaches the energy truce will be punished.",
        "Anybody who breaks the ceasefire between Thailand and Cambodia will face sanctions, "
        "Anwar said.",
        "Hamas said any side that violates the truce in Gaza would pay a price.",
    ],
)
def test_a_violation_by_anyone_at_all_is_a_threat_not_a_violation(
    observe: Observe, text: str
) -> None:
    assert "violated" not in {o.status for o in observe(text)}


def test_a_violation_by_a_named_side_is_still_told(observe: Observe) -> None:
    found = observe("Israel said it was Hezbollah that violated the ceasefire.")
    assert ("violated", "HEZBOLLAH") in statuses(found)


@pytest.mark.parametrize(
    "text",
    [
        "A State Department spokesman did not believe the exchange meant the ceasefire "
        "between Israel and Hezbollah had broken down.",
        "Officials do not think the Gaza truce has collapsed.",
        "Washington doesn't believe the ceasefire between Thailand and Cambodia has "
        "collapsed, a spokesman said.",
        "Diplomats doubted that the truce in Gaza had collapsed.",
        "Western officials were not convinced the energy truce between Russia and Ukraine "
        "had broken down.",
    ],
)
def test_a_status_under_a_negated_belief_is_not_asserted(observe: Observe, text: str) -> None:
    assert "collapsed" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Officials think the Gaza truce has collapsed.",
        "The ceasefire between Thailand and Cambodia has collapsed, officials believe.",
    ],
)
def test_a_status_under_a_belief_is_still_told(observe: Observe, text: str) -> None:
    assert "collapsed" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Israeli forces left several villages as the extended withdrawal deadline under the "
        "November ceasefire with Hezbollah ran out.",
        "The deadline set by the truce between Russia and Ukraine expired on Friday.",
        "The 60-day window of the truce between Israel and Hezbollah ended on Sunday.",
        "The timetable for the pullout under the Gaza ceasefire has lapsed.",
    ],
)
def test_the_end_of_a_deadline_the_agreement_sets_is_not_its_end(
    observe: Observe, text: str
) -> None:
    assert {o.status for o in observe(text)} & {"expired", "collapsed"} == set()


def test_an_agreement_ending_when_a_deadline_passed_still_ends(observe: Observe) -> None:
    found = observe("The ceasefire in Gaza ended on Sunday when the deadline passed.")
    assert "expired" in {o.status for o in found}


@pytest.mark.parametrize(
    ("text", "by"),
    [
        (
            "Israel was continuing to violate the agreement with Hezbollah by demolishing homes.",
            "ISR",
        ),
        ("Russia is continuing to violate the energy truce, Zelensky said.", "RUS"),
        ("Hamas said Israel was continuing to breach the Gaza ceasefire.", "ISR"),
    ],
)
def test_continuing_to_violate_is_a_violation(observe: Observe, text: str, by: str) -> None:
    assert ("violated", by) in statuses(observe(text))


def test_the_governments_of_two_sides_accepting_is_an_agreement(observe: Observe) -> None:
    found = observe(
        "Biden announced that the governments of Israel and Lebanon had both accepted the "
        "American proposal for a ceasefire."
    )
    assert ("agreed", None) in statuses(found)


@pytest.mark.parametrize(
    "text",
    [
        # The issue's own reading: "did not agree" is a rejection; a negated perfect too,
        # and in its contracted form as well (which once read as an acceptance).
        "Israel has not agreed to the draft ceasefire with Hezbollah.",
        "Hamas hasn't accepted the latest proposal for a truce in Gaza, mediators said.",
        "Hezbollah didn't accept the ceasefire with Israel.",
    ],
)
def test_a_negated_acceptance_is_a_rejection(observe: Observe, text: str) -> None:
    found = {o.status for o in observe(text)}
    assert "rejected" in found
    assert found & {"accepted", "agreed"} == set()


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Hamas did not agree to the Israeli proposal for a 60-day truce.", "rejected"),
        ("Russia has never accepted the truce with Ukraine.", "rejected"),
        ("Russia hasn't respected the energy truce with Ukraine, Zelensky said.", "violated"),
    ],
)
def test_a_refusal_or_a_negated_duty_is_still_told(
    observe: Observe, text: str, status: str
) -> None:
    assert status in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("The ELN said it would not extend its ceasefire with the Colombian government.", "ELN"),
        ("Hamas said on Sunday it will not renew the truce with Israel when it ends.", "HAMAS"),
        ("The Houthis won't prolong the truce with Saudi Arabia, an official said.", "HOUTHIS"),
    ],
)
def test_a_side_that_will_not_extend_a_truce_rejects_the_extension(
    observe: Observe, text: str, by: str
) -> None:
    found = statuses(observe(text))
    assert ("rejected", by) in found
    assert not any(status == "extended" for status, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "If the rebels attack again, the government would not extend the ceasefire.",
        "Mediators said the truce would not be extended before the talks.",
    ],
)
def test_a_condition_or_a_forecast_of_no_extension_rejects_nothing(
    observe: Observe, text: str
) -> None:
    assert "rejected" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas had not been able to agree on a longer truce, mediators said.",
        "Russia and Ukraine have not been able to agree on a new ceasefire since March.",
        "Kyiv and Moscow were not able to agree on a longer pause in strikes on energy sites.",
        "Russia and Ukraine were unable to agree to a ceasefire at the talks in Istanbul.",
    ],
)
def test_being_unable_to_agree_rejects_nothing(observe: Observe, text: str) -> None:
    assert "rejected" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan agreed a ceasefire in Moscow. Soldiers on both sides have been "
        "killed since the Moscow deal.",
        "Israel and Hamas agreed to a truce on Monday. Dozens of homes were destroyed during "
        "the truce, residents said.",
        "Russia and Ukraine agreed an energy truce. Two substations were wrecked in the weeks "
        "after the truce.",
    ],
)
def test_people_killed_or_homes_destroyed_around_a_truce_do_not_end_it(
    observe: Observe, text: str
) -> None:
    assert "collapsed" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas agreed to a truce on Monday. Netanyahu killed the deal on Friday.",
        "Russia and Ukraine agreed an energy truce. The attack on the plant shattered the truce.",
    ],
)
def test_killing_or_shattering_the_truce_itself_still_ends_it(observe: Observe, text: str) -> None:
    assert "collapsed" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The ELN declared this week a unilateral ceasefire for the presidential election.",
        "Hamas announced last week a three-day truce with Israel for Eid al-Fitr.",
        "Israel and Hamas agreed earlier this month to a truce in Gaza.",
    ],
)
def test_a_time_phrase_between_the_verb_and_its_object_keeps_the_agreement(
    observe: Observe, text: str
) -> None:
    assert "agreed" in {o.status for o in observe(text)}


def test_a_participle_with_its_time_after_the_agreement_still_attaches_left(
    observe: Observe,
) -> None:
    found = observe("The truce agreed last week between Israel and Hamas is holding.")
    assert "agreed" in {o.status for o in found}


def test_brushing_a_proposal_aside_with_the_object_between_rejects_it(observe: Observe) -> None:
    found = observe(
        "Thailand and Cambodia fought for days. Thailand brushed the Malaysian proposal for "
        "a ceasefire aside."
    )
    assert ("rejected", "THA") in statuses(found)


@pytest.mark.parametrize(
    "text",
    [
        '"A ceasefire nobody signed is a ceasefire anybody can end," said a former Iranian '
        "diplomat about the truce between Israel and Iran.",
        '"Let nobody break the truce in Gaza!" Hamas said.',
        "No one has violated the energy truce between Russia and Ukraine, the UN said.",
        "None of the sides accepted the ceasefire between Thailand and Cambodia.",
    ],
)
def test_a_status_whose_subject_is_nobody_is_not_asserted(observe: Observe, text: str) -> None:
    assert {o.status for o in observe(text)} & {"agreed", "violated", "accepted"} == set()


def test_close_to_a_pronoun_is_no_sign_of_talks(observe: Observe) -> None:
    found = observe(
        "Hochstein met Lebanese leaders about the truce between Israel and Hezbollah. "
        '"It is not the last chance, but it is close to it," he said.'
    )
    assert "negotiating" not in {o.status for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas are close to a ceasefire deal, officials said.",
        "Israel and Hamas are closer to agreeing on a truce, officials said.",
    ],
)
def test_sides_close_to_a_deal_are_negotiating(observe: Observe, text: str) -> None:
    assert "negotiating" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Hochstein said the truce between Israel and Hezbollah was within reach.",
        "A ceasefire between Thailand and Cambodia is now in reach, Anwar said.",
    ],
)
def test_a_truce_within_reach_is_not_reached(observe: Observe, text: str) -> None:
    assert "agreed" not in {o.status for o in observe(text)}


def test_a_truce_reached_is_agreed(observe: Observe) -> None:
    assert "agreed" in {o.status for o in observe("Israel and Hamas reached a truce on Monday.")}


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Iran agreed to a ceasefire. The truce will take effect in stages: Iran "
        "is to stop firing first, Israel is to follow twelve hours later.",
        "Russia and Ukraine agreed a pause. Under the deal, the pause comes in two steps: "
        "Russia will halt strikes on power plants on Monday and Ukraine a day later.",
    ],
)
def test_a_step_of_a_schedule_after_a_colon_is_no_agreement_of_its_own(
    observe: Observe, text: str
) -> None:
    assert {o.by for o in observe(text) if o.status == "agreed"} <= {None}


def test_an_act_told_in_the_past_after_a_colon_still_happened(observe: Observe) -> None:
    found = observe(
        "The ceasefire between Israel and Hamas took effect on Sunday: Hamas freed three "
        "hostages and Israel released 90 prisoners."
    )
    assert any(o.agreement.scope == "prisoner_exchange" for o in found)


@pytest.mark.parametrize(
    "text",
    [
        "The United States sought to shore up a truce between Israel and Hezbollah on Monday.",
        "Egypt proposed steps to consolidate the ceasefire between Israel and Hamas.",
        "Qatar offered to help salvage the truce in Gaza.",
    ],
)
def test_keeping_an_existing_truce_alive_proposes_no_truce(observe: Observe, text: str) -> None:
    assert "proposed" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Kiir said ignoring his reservations would make the peace agreement with Machar's rebels"
        " unworkable.",
        "Israel and Hamas agreed a truce in Gaza. Hamas warned that breaching the curfew could"
        " put the truce at risk.",
        "Russia and Ukraine agreed a truce. Kyiv said that flouting the exchange lists might"
        " leave the truce hollow.",
    ],
)
def test_a_cue_whose_own_object_comes_before_a_modal_verb_governs_no_agreement(
    observe: Observe, text: str
) -> None:
    assert "violated" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas agreed to what would be the longest truce of the war.",
        "Russia said Ukraine had violated the truce in Kherson.",
    ],
)
def test_a_modal_be_or_no_modal_still_lets_the_cue_govern_the_agreement(
    observe: Observe, text: str
) -> None:
    assert {o.status for o in observe(text)} & {"agreed", "violated"}


@pytest.mark.parametrize(
    "text",
    [
        "State television read out an order from Kiir to Machar's SPLM-IO: a unilateral"
        " ceasefire, to take effect at 18:00.",
        "Russia and Ukraine: a truce, to come into force at midnight, the Kremlin said.",
    ],
)
def test_a_to_infinitive_of_taking_effect_after_a_comma_is_a_start_to_come(
    observe: Observe, text: str
) -> None:
    assert {o.status for o in observe(text)} == {"agreed"}


@pytest.mark.parametrize(
    ("text", "by"),
    [
        (
            "South Sudan's rebel leader Riek Machar signed a peace agreement in Addis Ababa on"
            " Monday, but President Salva Kiir did not.",
            "SPLM_IO",
        ),
        ("Armenia signed the peace treaty with Azerbaijan, but Baku refused to.", "ARM"),
        ("Azerbaijan signed the peace treaty with Armenia, but Yerevan has yet to.", "AZE"),
    ],
)
def test_one_side_signing_while_the_other_holds_out_is_its_acceptance(
    observe: Observe, text: str, by: str
) -> None:
    assert ("accepted", by) in statuses(observe(text))
    assert "agreed" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Russia agreed to the truce with Ukraine, but fighting went on in Donetsk.",
        "Israel signed the truce with Hamas, but Israel did not say when it would begin.",
    ],
)
def test_a_contrast_that_names_no_other_side_holding_out_leaves_the_agreement(
    observe: Observe, text: str
) -> None:
    assert "accepted" not in {o.status for o in observe(text)}


def test_seeking_a_truce_still_proposes_it(observe: Observe) -> None:
    found = observe("The United States sought a truce between Israel and Hezbollah on Monday.")
    assert ("proposed", "USA") in statuses(found)


@pytest.mark.parametrize(
    "tail",
    [
        "It would be the longest halt in the fighting since the war began.",
        "There has been no pause in the fighting since the invasion started.",
        "Fighting went on without a halt until the army withdrew.",
    ],
)
def test_a_time_clause_with_its_own_subject_says_nothing_of_the_pause(
    observe: Observe, tail: str
) -> None:
    found = observe("Israel and Hamas agreed a truce in Gaza on Wednesday. " + tail)
    assert {o.status for o in found} == {"agreed"}


def test_a_pause_that_began_is_still_in_effect(observe: Observe) -> None:
    found = observe("Israel and Hamas agreed a truce in Gaza. The pause in the fighting began.")
    assert "in_effect" in {o.status for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine accused each other of violations. Washington would like to see "
        "the Easter truce extended.",
        "Russia and Ukraine accused each other of violations. The US wants to see the truce "
        "extended.",
        "The truce between Israel and Hamas is on the brink of collapse.",
        "The truce between Israel and Hamas was on the verge of collapse, officials said.",
        "The truce between Israel and Hamas came close to collapsing on Tuesday.",
        "The truce between Israel and Hamas nearly collapsed on Tuesday.",
    ],
)
def test_a_wish_or_a_near_miss_asserts_no_status(observe: Observe, text: str) -> None:
    assert {o.status for o in observe(text)} <= {"violated"}


def test_a_relative_clause_keeps_its_mood_to_itself(observe: Observe) -> None:
    text = (
        "The ceasefire between Israel and Hamas, which had appeared close to collapse on "
        "Tuesday, held through the week."
    )
    assert statuses(observe(text)) == {("in_effect", None)}


def test_nearly_before_a_count_is_no_near_miss(observe: Observe) -> None:
    found = observe("Ukraine reported nearly 3,000 Russian violations of the truce with Russia.")
    assert "violated" in {o.status for o in found}


def test_close_to_a_deal_is_still_a_negotiation(observe: Observe) -> None:
    found = observe("Russia and Ukraine are close to a ceasefire, officials said.")
    assert {o.status for o in found} == {"negotiating"}


@pytest.mark.parametrize(
    "tail",
    [
        "Tuesday's strikes ended the truce, and with it the exchange of hostages for prisoners.",
        "The strikes shattered the ceasefire and, with it, the prisoner swap.",
        "Israel's offensive ended the truce and with it the hostage exchange.",
    ],
)
def test_and_with_it_shares_the_verb_with_a_second_agreement(observe: Observe, tail: str) -> None:
    found = observe("Israel and Hamas agreed a truce in Gaza in January. " + tail)
    assert {o.agreement.scope for o in found if o.status == "collapsed"} == {
        "general",
        "prisoner_exchange",
    }


@pytest.mark.parametrize(
    "tail",
    [
        "Israel stopped all goods from entering Gaza until Hamas accepts the extension.",
        "Israel halted aid deliveries until Hamas accepts the new proposal.",
        "Israel is holding back the prisoners until Hamas agrees to the new terms.",
    ],
)
def test_an_act_kept_up_until_a_side_accepts_tells_no_acceptance(
    observe: Observe, tail: str
) -> None:
    found = observe("Israel and Hamas agreed a truce in Gaza in January. " + tail)
    assert "accepted" not in {o.status for o in found}


@pytest.mark.parametrize(
    ("text", "sides", "status"),
    [
        (
            "The truce between the army and the Rapid Support Forces (RSF) collapsed on Sunday.",
            "RSF+SDN",
            "collapsed",
        ),
        (
            "A ceasefire between Ethiopia and the Tigray People's Liberation Front (TPLF) took "
            "effect at midnight.",
            "ETH+TPLF",
            "in_effect",
        ),
        (
            "The truce between Ethiopia and the Oromo Liberation Army (OLA) broke down in May.",
            "ETH+OLA",
            "collapsed",
        ),
    ],
)
def test_a_short_form_in_brackets_after_a_name_does_not_part_subject_and_verb(
    observe: Observe, text: str, sides: str, status: str
) -> None:
    assert {("+".join(o.agreement.parties), o.status) for o in observe(text)} == {(sides, status)}


@pytest.mark.parametrize(
    "text",
    [
        "The first formal peace talks between the Ethiopian government and the Oromo "
        "Liberation Army (OLA) ended in Zanzibar on Thursday without an agreement.",
        "Peace talks between Sudan's army and the RSF in Jeddah broke up on Sunday evening "
        "without a deal.",
    ],
)
def test_talks_ending_without_an_agreement_are_suspended(observe: Observe, text: str) -> None:
    assert {o.status for o in observe(text)} == {"suspended"}


@pytest.mark.parametrize(
    "text",
    [
        # a headline's present tense: the talks ended, nothing was agreed or broken
        "Kyiv and Moscow trade blame as Russia-Ukraine talks end without deal",
        "Sudan's army and the RSF talks in Jeddah break up without a ceasefire",
        "Israel-Hamas talks conclude in Cairo without agreement as strikes go on",
    ],
)
def test_talks_ending_without_a_deal_in_a_headline_are_no_collapse(
    observe: Observe, text: str
) -> None:
    found = {o.status for o in observe(text)}
    assert "collapsed" not in found
    assert "agreed" not in found


@pytest.mark.parametrize(
    "text",
    [
        # "in place" after a verb of keeping and its own object: the object's state
        '"We will not accept a truce that leaves the siege in place," a Hamas official said.',
        "Israel wants a truce with Hamas that keeps the buffer zone in place.",
        "Kyiv rejected a ceasefire with Russia that would leave Russian troops in place.",
        "The RSF wants a truce with the army that keeps its checkpoints in force.",
    ],
)
def test_a_state_of_another_object_is_not_the_agreement_in_effect(
    observe: Observe, text: str
) -> None:
    assert "in_effect" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The truce between Israel and Hamas remained in place on Sunday.",
        "Egypt kept the truce between Israel and Hamas in place.",
        "The ceasefire between Russia and Ukraine is in force.",
    ],
)
def test_an_agreement_in_place_is_in_effect(observe: Observe, text: str) -> None:
    assert "in_effect" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a base form after "and" shares the future of the verb before it
        "A Hamas official said a truce with Israel will be announced at 9 p.m. tonight and "
        "take effect at midnight.",
        "The truce between Russia and Ukraine will be signed on Monday and enter into force "
        "at noon.",
        "Egypt said a ceasefire between Israel and Hamas is to be declared on Friday and come "
        "into force a day later.",
    ],
)
def test_a_coordinated_base_form_after_a_future_is_no_effect_yet(
    observe: Observe, text: str
) -> None:
    found = {o.status for o in observe(text)}
    assert "in_effect" not in found
    assert "agreed" in found


def test_a_coordinated_past_or_present_still_takes_effect(observe: Observe) -> None:
    for text in (
        "The truce between Russia and Ukraine was signed on Monday and took effect at noon.",
        "The truce between Israel and Hamas was announced on Monday and takes effect at noon.",
    ):
        assert "in_effect" in {o.status for o in observe(text)}, text


def test_talks_ending_with_an_agreement_are_not_suspended(observe: Observe) -> None:
    found = observe(
        "Talks between Russia and Ukraine ended in Istanbul on Friday with an agreement to "
        "swap prisoners."
    )
    assert "suspended" not in {o.status for o in found}


@pytest.mark.parametrize(
    "second",
    [
        '"This moment is not the end of the peace process but the beginning of it."',
        "Nobody knows how the war will end; we are only at the start of it, a minister said.",
        "The talks were tense from the first hours of it, a diplomat said.",
    ],
)
def test_a_time_phrase_on_a_pronoun_does_not_put_the_agreement_in_effect(
    observe: Observe, second: str
) -> None:
    found = observe(
        f"Ethiopia and the TPLF agreed on Wednesday to a cessation of hostilities. {second}"
    )
    assert "in_effect" not in {o.status for o in found}


def test_a_time_phrase_on_the_agreement_itself_still_puts_it_in_effect(observe: Observe) -> None:
    found = observe(
        "Russia and Ukraine agreed an Easter truce. Shelling resumed on the first day of the truce."
    )
    assert "in_effect" in {o.status for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "The guns have gone quiet on the first full day of the cessation of hostilities signed "
        "by Ethiopia and the TPLF yesterday.",
        "Russia and Ukraine traded accusations on the first full day of the Easter truce.",
        "Shelling resumed in the second whole week of the truce between Russia and Ukraine.",
    ],
)
def test_a_full_day_or_whole_week_of_an_agreement_puts_it_in_effect(
    observe: Observe, text: str
) -> None:
    assert "in_effect" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "If Hamas fires again, the truce between Israel and Hamas is dead.",
        "Should the deadline pass, the ceasefire between Thailand and Cambodia is suspended.",
        'Unless the hostages come home, the truce between Israel and Hamas is "dead", he said.',
    ],
)
def test_a_present_main_clause_after_an_opening_condition_asserts_nothing(
    observe: Observe, text: str
) -> None:
    assert observe(text) == ()


def test_a_present_clause_without_a_condition_is_still_news(observe: Observe) -> None:
    found = observe("The truce between Israel and Hamas is dead, an official said.")
    assert {o.status for o in found} == {"collapsed"}


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire between India and Pakistan is over, an official said.",
        'The truce between Israel and Hamas was "finished", a minister said on Monday.',
        "The deal between Russia and Ukraine is now history, a diplomat said.",
        "Israel and Hamas agreed a truce in January. Officials now say it is over.",
        'India and Pakistan agreed a ceasefire in 2021. An official said it was "finished '
        'for all practical purposes".',
    ],
)
def test_an_agreement_said_to_be_over_or_finished_has_collapsed(
    observe: Observe, text: str
) -> None:
    assert "collapsed" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire between Israel and Iran is over the moment a missile lands.",
        "The talks between Russia and Ukraine were over by Friday.",
    ],
)
def test_over_as_a_preposition_ends_nothing(observe: Observe, text: str) -> None:
    assert "collapsed" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "after",
    [
        "The shelling has stopped on the Line of Control.",
        "The guns fell silent on Sunday morning.",
        "By nightfall the firing along the border had ceased.",
        "Residents said the guns along their border remain quiet.",
    ],
)
def test_the_fighting_stopping_after_a_truce_tells_it_in_effect(
    observe: Observe, after: str
) -> None:
    found = observe(f"India and Pakistan agreed a ceasefire on Saturday. {after}")
    assert ("IND", "PAK") in {o.agreement.parties for o in found if o.status == "in_effect"}


@pytest.mark.parametrize(
    "text",
    [
        "The shelling has stopped on the Line of Control.",
        "Sudan and the RSF agreed a truce. Donors would pay for areas where the guns stay silent.",
        "Sudan and the RSF agreed a truce. Aid will flow once the guns fall silent.",
        "Israel and Hamas agreed a truce on Friday. Residents said the bombing had not stopped.",
    ],
)
def test_the_fighting_stopping_with_no_truce_or_not_told_asserts_nothing(
    observe: Observe, text: str
) -> None:
    assert "in_effect" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Thailand and Cambodia support Malaysia's efforts and urged a truce.",
        'The two governments "welcomed the mediation" and called for "an immediate ceasefire" '
        "between Thailand and Cambodia.",
        "Thailand and Cambodia backed the envoy's mission and pressed for a truce.",
    ],
)
def test_a_verb_of_asking_after_an_object_takes_the_agreement_from_the_verb_before(
    observe: Observe, text: str
) -> None:
    assert {o.status for o in observe(text)} == {"proposed"}


@pytest.mark.parametrize(
    "second",
    [
        "She urged that the agreement be respected.",
        "The UN demanded that the truce between them be fully observed.",
        "Kinshasa insisted that the accord be implemented without delay.",
    ],
)
def test_a_mandative_subjunctive_asks_for_a_status_and_tells_none(
    observe: Observe, second: str
) -> None:
    found = observe(f"Congo and Rwanda signed a peace agreement on Friday. {second}")
    assert {o.status for o in found} == {"agreed"}


def test_a_plain_passive_after_said_that_is_still_told(observe: Observe) -> None:
    found = observe(
        "Congo and Rwanda signed a peace agreement on Friday. "
        "She said that the agreement had been respected."
    )
    assert "in_effect" in {o.status for o in found}


@pytest.mark.parametrize(
    "second",
    [
        "Residents said they would believe in the ceasefire when the fighting stopped.",
        "Aid will flow as soon as the shelling has stopped.",
        "Families could return once the guns fall silent.",
    ],
)
def test_the_fighting_stopping_as_a_moment_awaited_is_not_told(
    observe: Observe, second: str
) -> None:
    found = observe(f"Congo and the M23 signed a ceasefire on Saturday. {second}")
    assert "in_effect" not in {o.status for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "By August 18, Congo and the M23 were to sign a comprehensive peace agreement.",
        "The truce between Congo and the M23 was due to take effect on Monday.",
        "The truce between Congo and the M23 was supposed to take effect on Monday.",
        "The truce between Congo and the M23 was meant to begin on Monday.",
        "Congo and the M23 were expected to sign a peace deal last week.",
    ],
)
def test_a_plan_told_in_the_past_asserts_nothing(observe: Observe, text: str) -> None:
    assert observe(text) == ()


def test_a_plan_told_in_the_present_is_still_agreed(observe: Observe) -> None:
    found = observe("Congo and the M23 are to sign a peace agreement on Monday.")
    assert {o.status for o in found} == {"agreed"}


@pytest.mark.parametrize(
    "text",
    [
        "India and Pakistan recommitted to the ceasefire along the Line of Control.",
        "The two armies had recommitted in February 2021 to a ceasefire between India and "
        "Pakistan.",
        "Hamas committed last week to the truce with Israel.",
    ],
)
def test_committing_again_to_an_agreement_is_agreeing(observe: Observe, text: str) -> None:
    assert {o.status for o in observe(text)} == {"agreed"}


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan says it remains committed to the ceasefire with India.",
        "Thailand remained committed to the agreement with Cambodia, a spokesman said.",
        "India and Pakistan are still committed to the ceasefire.",
    ],
)
def test_remaining_committed_to_an_agreement_agrees_nothing_new(
    observe: Observe, text: str
) -> None:
    assert "agreed" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Witkoff put the truce plan for Israel and Hamas forward after concluding that the "
        "gap on ending the war was too wide.",
        "Qatar shelved the Gaza truce proposal after deciding that ending the war first was "
        "out of reach for Israel and Hamas.",
        "Ankara tabled the Black Sea plan for Russia and Ukraine, saying that ending the war "
        "had to wait.",
    ],
)
def test_a_that_after_a_verb_of_saying_or_judging_opens_no_relative_clause(
    observe: Observe, text: str
) -> None:
    # The clause after "concluding that" is what was found; its "ending" governs the war,
    # not the plan named before the verb.
    assert "collapsed" not in {o.status for o in observe(text)}


def test_a_that_right_after_the_agreement_still_opens_its_relative_clause(
    observe: Observe,
) -> None:
    text = "The truce between Israel and Hamas that Israel froze on Monday was restored."
    assert "suspended" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The prisoner swap agreed by Moscow and Kyiv on Tuesday has taken place.",
            "in_effect",
        ),
        (
            "Israel and Hamas agreed a truce. The truce brokered by Egypt and Qatar last "
            "week took effect on Sunday.",
            "in_effect",
        ),
        (
            "Israel and Hamas agreed a truce. The ceasefire mediated by Egyptian officials "
            "in Cairo has collapsed.",
            "collapsed",
        ),
    ],
)
def test_a_passive_participle_with_its_agent_is_a_relative_clause_on_the_subject(
    observe: Observe, text: str, status: str
) -> None:
    assert status in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Reports from both sides say a ceasefire between Pakistan and Afghanistan has "
        "taken effect.",
        "By nightfall the truce between Thailand and Cambodia had already taken effect.",
        "Officials said the ceasefire between Israel and Hamas had taken effect at dawn.",
    ],
)
def test_a_perfect_tense_taking_effect_puts_the_agreement_in_effect(
    observe: Observe, text: str
) -> None:
    assert "in_effect" in {o.status for o in observe(text)}


def test_a_truce_not_yet_taken_effect_is_not_in_effect(observe: Observe) -> None:
    found = observe("The truce between Thailand and Cambodia has not taken effect yet.")
    assert "in_effect" not in {o.status for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan and Afghanistan agreed to extend their ceasefire until the end of peace "
        "talks in Qatar.",
        "Israel and Hamas said the talks in Cairo would go on until the end of the truce.",
        "Russia and Ukraine must swap the prisoners before the end of the ceasefire.",
        "Both armies will stay in their barracks through the end of the truce between "
        "Thailand and Cambodia.",
    ],
)
def test_the_end_of_an_agreement_as_a_time_limit_ends_nothing(observe: Observe, text: str) -> None:
    found = observe(text)
    assert not {o.status for o in found} & {"collapsed", "expired"}


@pytest.mark.parametrize(
    "text",
    [
        "The war resumed after the end of the truce between Israel and Hamas on Sunday.",
        "Thailand and Cambodia said the end of the truce came on Sunday.",
    ],
)
def test_the_end_of_an_agreement_as_an_event_still_ends_it(observe: Observe, text: str) -> None:
    found = observe(text)
    assert {o.status for o in found} & {"collapsed", "expired"}


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan and Afghanistan renewed their truce hours before it expired.",
        "Mediators secured an extension of the ceasefire between Israel and Hamas minutes "
        "before it ran out.",
        "Thailand and Cambodia agreed to prolong the truce on Friday, just before it lapsed.",
    ],
)
def test_a_renewal_before_the_end_heads_the_end_off(observe: Observe, text: str) -> None:
    found = {o.status for o in observe(text)}
    assert "extended" in found
    assert not found & {"expired", "collapsed"}


@pytest.mark.parametrize(
    "text",
    [
        "Efforts to extend the truce between Pakistan and Afghanistan failed hours before "
        "it expired.",
        "Israeli jets struck Gaza hours before the truce between Israel and Hamas expired.",
        "The truce between Israel and Hamas was extended twice before it expired on December 1.",
    ],
)
def test_an_end_after_before_without_a_renewal_still_happened(observe: Observe, text: str) -> None:
    assert "expired" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan and Afghanistan agreed to extend the truce. Analysts said the extension "
        "showed that both governments wanted to step back from war.",
        "Israel and Hamas kept the truce. Diplomats said the truce proved that both sides "
        "wanted a lasting deal.",
    ],
)
def test_what_an_agreement_showed_is_no_act_on_it(observe: Observe, text: str) -> None:
    assert "proposed" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The temporary truce between Pakistan and Afghanistan declared on Wednesday, "
            "which had been stretched to cover the Doha talks, ended with them.",
            "expired",
        ),
        (
            "The truce between Israel and Hamas agreed in March, which was extended twice, "
            "collapsed on Sunday.",
            "collapsed",
        ),
        (
            "The ceasefire between Israel and Hamas brokered by Qatar, which Hamas accepted, "
            "was violated on Tuesday.",
            "violated",
        ),
    ],
)
def test_a_participle_phrase_and_a_which_aside_still_leave_the_subject_its_verb(
    observe: Observe, text: str, status: str
) -> None:
    assert status in {o.status for o in observe(text)}


def test_talks_named_inside_the_aside_do_not_take_the_subjects_verb(observe: Observe) -> None:
    found = observe(
        "The truce between Pakistan and Afghanistan declared on Wednesday, which had been "
        "stretched to cover the Doha talks, ended with them."
    )
    assert ("talks", "expired") not in {(o.agreement.kind, o.status) for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "The minister warned that the Houthis had a long record of walking away from their "
        "commitments under the truce with Yemen's government.",
        "Israel said Hamas has a history of violating ceasefires with Israel.",
        "Kyiv said Russia had a track record of breaking truces with Ukraine.",
    ],
)
def test_a_habit_told_is_no_act_on_the_agreement(observe: Observe, text: str) -> None:
    assert not {o.status for o in observe(text)} & {"collapsed", "violated"}


@pytest.mark.parametrize(
    "text",
    [
        "If the truce holds, the envoy will ask Israel and Hamas to extend it and to begin "
        "talks on a prisoner exchange.",
        "If it holds, officials said, mediators will press Russia and Ukraine to widen it and "
        "then to open talks on reopening the roads.",
    ],
)
def test_the_future_of_a_clause_opened_by_a_condition_is_the_conditions(
    observe: Observe, text: str
) -> None:
    assert "negotiating" not in {o.status for o in observe(text)}


def test_talks_told_in_the_past_after_an_opening_condition_still_happened(
    observe: Observe,
) -> None:
    found = observe(
        "If the truce holds, the envoy said, talks between Israel and Hamas on a prisoner "
        "exchange began on Monday."
    )
    assert "negotiating" in {o.status for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "The truce between Pakistan and Afghanistan lapses on October 22 unless both sides "
        "agree to renew it.",
        "The ceasefire between Israel and Hamas ends at midnight on Sunday unless it is extended.",
        "The grain deal between Russia and Ukraine expires on November 19 if it is not renewed.",
    ],
)
def test_an_end_in_the_present_under_a_condition_is_a_term_still_to_come(
    observe: Observe, text: str
) -> None:
    assert not {o.status for o in observe(text)} & {"expired", "collapsed"}


def test_an_end_in_the_past_is_told_whatever_follows(observe: Observe) -> None:
    found = observe("The truce between Thailand and Cambodia expired on Friday, officials said.")
    assert "expired" in {o.status for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "Diplomats said that, if the calm holds through the summer, the envoy would push for "
        "a broader truce between the Houthis and Yemen's government.",
        "Officials said that if the truce holds, Egypt will propose a permanent ceasefire "
        "between Israel and Hamas.",
    ],
)
def test_a_condition_opening_a_reported_clause_governs_it(observe: Observe, text: str) -> None:
    assert "proposed" not in {o.status for o in observe(text)}


def test_a_reported_plan_without_a_condition_is_still_told(observe: Observe) -> None:
    found = observe("Officials said Egypt would propose a ceasefire between Israel and Hamas.")
    assert "proposed" in {o.status for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "UN-led talks between the Houthis and Yemen's government on reopening roads around "
        "Taiz ended a first round last week without agreement.",
        "Peace talks between Russia and Ukraine in Istanbul ended their third round without "
        "a deal.",
    ],
)
def test_a_round_of_talks_ending_without_a_deal_is_talks_going_on(
    observe: Observe, text: str
) -> None:
    found = {o.status for o in observe(text)}
    assert "suspended" not in found
    assert "negotiating" in found


@pytest.mark.parametrize(
    "text",
    [
        "The second round of direct talks between Russia and Ukraine ended without a deal.",
        "The third round of talks between Russia and Ukraine in Istanbul ended without a deal.",
        "The latest session of talks between Russia and Ukraine ended without a breakthrough.",
        "The latest round of negotiations between Israel and Hamas concluded in Cairo late on "
        "Tuesday without a breakthrough.",
    ],
)
def test_a_round_of_talks_as_the_subject_ending_without_a_deal_is_no_suspension(
    observe: Observe, text: str
) -> None:
    found = {o.status for o in observe(text)}
    assert "suspended" not in found
    assert "negotiating" in found


def test_talks_ending_without_a_deal_are_suspended(observe: Observe) -> None:
    found = observe("Peace talks between Russia and Ukraine in Istanbul ended without a deal.")
    assert "suspended" in {o.status for o in found}


@pytest.mark.parametrize(
    ("text", "status", "by"),
    [
        ("Putin ordered Russian forces in Ukraine to hold fire for 36 hours.", "in_effect", "RUS"),
        (
            "Putin instructed Defence Minister Sergei Shoigu to introduce a ceasefire along "
            "the front in Ukraine.",
            "agreed",
            "RUS",
        ),
        ("Aliyev ordered his army to declare a truce with Armenia.", "agreed", "AZE"),
        ("Netanyahu directed the army to hold its fire in Gaza for 12 hours.", "in_effect", "ISR"),
    ],
)
def test_an_order_to_the_forces_named_asserts_the_act_it_orders(
    observe: Observe, text: str, status: str, by: str
) -> None:
    assert (status, by) in statuses(observe(text)), statuses(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Biden told Netanyahu to agree a ceasefire with Hamas.",
        "The central bank held fire on rates as Russia and Ukraine fought on.",
        "Armenia said its units had held their fire along the front with Azerbaijan.",
    ],
)
def test_telling_a_leader_or_holding_fire_on_a_topic_asserts_no_ceasefire(
    observe: Observe, text: str
) -> None:
    found = observe(text)
    assert not {o.status for o in found} & {"agreed", "in_effect"}, statuses(found)


@pytest.mark.parametrize(
    "text",
    [
        "Russia resumed its participation in the grain deal with Ukraine on Wednesday.",
        "Russia rejoined the grain deal with Ukraine on November 2.",
        "Russia returned to the grain deal with Ukraine after Turkish mediation.",
        "Armenia came back to the ceasefire with Azerbaijan after a day of fighting.",
    ],
)
def test_rejoining_an_agreement_puts_it_back_in_effect(observe: Observe, text: str) -> None:
    assert "in_effect" in {o.status for o in observe(text)}, statuses(observe(text))


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Israel and Hamas agreed a truce in Doha on Friday. Hamas suspended its"
            " participation for three days after an air strike on Rafah.",
            "suspended",
        ),
        (
            "Armenia and Azerbaijan signed a ceasefire on Monday. Azerbaijan froze its"
            " involvement for two weeks in protest at a shooting.",
            "suspended",
        ),
        (
            "The Houthis and the Yemeni government agreed a truce in April. The Houthis"
            " ended their participation on Sunday, saying the truce had failed.",
            "collapsed",
        ),
    ],
)
def test_a_sides_participation_is_the_agreement_just_named(
    observe: Observe, text: str, status: str
) -> None:
    """'its participation' with no object of its own is its share in the last agreement."""
    assert status in {o.status for o in observe(text)}, statuses(observe(text))


def test_participation_in_something_else_is_not_the_agreement(observe: Observe) -> None:
    text = (
        "Israel and Hamas agreed a truce in Doha on Friday. Qatar ended its participation"
        " in the football tournament in June."
    )
    assert {o.status for o in observe(text)} == {"agreed"}, statuses(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        'The US urged India and Pakistan to "return to the understanding immediately".',
        "Israel and Hamas returned to the talks in Doha on Monday.",
        "Peskov said Russia would return to the deal with Ukraine once its exports were freed.",
        'Delhi expected Pakistan to "honour the ceasefire in letter and spirit".',
    ],
)
def test_a_call_to_return_a_return_to_talks_or_on_terms_is_not_in_effect(
    observe: Observe, text: str
) -> None:
    assert "in_effect" not in {o.status for o in observe(text)}, statuses(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "The grain deal between Russia and Ukraine expires on November 19 unless it is renewed.",
        "The truce between Israel and Hamas ends at midnight if it is not extended.",
    ],
)
def test_a_term_that_runs_out_unless_renewed_is_no_expiry(observe: Observe, text: str) -> None:
    assert "expired" not in {o.status for o in observe(text)}, statuses(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Under the deal between Israel and Hamas, the ceasefire takes effect once Israeli "
        "troops have pulled back to the agreed line.",
        "The truce between Sudan's army and the RSF begins when both forces leave the city.",
        "The pause between Russia and Ukraine takes effect if both sides sign the memorandum.",
    ],
)
def test_a_start_on_terms_is_not_in_effect(observe: Observe, text: str) -> None:
    assert "in_effect" not in {o.status for o in observe(text)}, statuses(observe(text))


def test_a_start_told_as_done_or_timed_is_still_one(observe: Observe) -> None:
    for text in (
        "The ceasefire between Israel and Hamas took effect once the troops had pulled back.",
        "The ceasefire between Israel and Hamas takes effect at noon.",
    ):
        assert "in_effect" in {o.status for o in observe(text)}, statuses(observe(text))


def test_an_expiry_told_as_done_is_still_one(observe: Observe) -> None:
    found = observe("The truce between Israel and Hamas expired at midnight after talks failed.")
    assert "expired" in {o.status for o in found}, statuses(found)


def test_a_return_promised_on_terms_asserts_nothing(observe: Observe) -> None:
    found = observe(
        "Peskov said Russia would return to the deal with Ukraine once its exports were freed."
    )
    assert not found, statuses(found)


@pytest.mark.parametrize("clause", ["as soon as it ended", "when it ended", "after it expired"])
def test_an_end_in_a_time_clause_under_would_is_still_to_come(
    observe: Observe, clause: str
) -> None:
    text = (
        "Israel and Hamas agreed to a four-day truce. Israeli officials said the military "
        f"would resume its operations {clause}."
    )
    assert {o.status for o in observe(text)} == {"agreed"}


@pytest.mark.parametrize(
    "lull",
    [
        "The deal, mediated by Qatar, is the first break in the fighting since October.",
        "The truce has brought the longest break from the shelling that Donetsk has known.",
        "Residents used the break in hostilities to bury their dead after the truce began.",
    ],
)
def test_a_break_in_the_fighting_is_a_lull_not_a_breach(observe: Observe, lull: str) -> None:
    text = "Israel and Hamas agreed to a four-day humanitarian pause on Wednesday. " + lull
    assert "violated" not in {o.status for o in observe(text)}


def test_breaking_the_truce_in_the_fighting_is_still_a_breach(observe: Observe) -> None:
    text = (
        "Israel and Hamas agreed to a four-day humanitarian pause on Wednesday. Hamas "
        "accused Israel of breaking the truce in fighting near Jenin on Friday."
    )
    assert "violated" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        (
            "Russia and Ukraine signed the grain deal in July. Three ships carrying corn left "
            "Odesa and Chornomorsk on Sunday under the deal.",
            "maritime",
        ),
        (
            "Israel and Hamas agreed to a humanitarian pause on Monday. Dozens of aid trucks "
            "entered Gaza under the truce on Friday.",
            "humanitarian",
        ),
        (
            "Russia and Ukraine signed the grain deal in July. A bulk carrier sailed from "
            "Pivdennyi under the grain deal on Tuesday.",
            "maritime",
        ),
    ],
)
def test_ships_or_convoys_moving_under_an_agreement_put_it_in_effect(
    observe: Observe, text: str, scope: str
) -> None:
    assert (scope, "in_effect") in {(o.agreement.scope, o.status) for o in observe(text)}


def test_ships_that_will_sail_under_a_deal_tell_a_term_not_a_start(observe: Observe) -> None:
    found = observe(
        "Russia and Ukraine signed the grain deal in July. More ships will sail under the "
        "deal next week, officials said."
    )
    assert "in_effect" not in {o.status for o in found}


@pytest.mark.parametrize(
    "ship",
    [
        "The first cargo ship to leave a Ukrainian port under the grain deal has left Odesa.",
        "The first ship to sail under the deal reached Istanbul on Tuesday.",
        "The only convoy to cross under the deal reached the port at noon.",
    ],
)
def test_the_first_ship_to_leave_under_a_deal_did_leave(observe: Observe, ship: str) -> None:
    found = observe("Russia and Ukraine signed the grain deal in July. " + ship)
    assert ("maritime", "in_effect") in {(o.agreement.scope, o.status) for o in found}


@pytest.mark.parametrize(
    "later",
    [
        "The next ship to sail under the deal is due on Friday.",
        "Putin threatened last week to walk away from the deal if the attacks continued.",
    ],
)
def test_an_infinitive_after_next_or_a_time_asserts_nothing(observe: Observe, later: str) -> None:
    found = observe("Russia and Ukraine signed the grain deal in July. " + later)
    assert not {"in_effect", "collapsed"} & {o.status for o in found}


@pytest.mark.parametrize(
    "condition",
    [
        "Russian officials insist that the memorandum must be carried out before they agree "
        "to renew the grain corridor.",
        "Moscow wants guarantees before it agrees to extend the grain deal.",
        "Kyiv says the ports must reopen before Russia signs an extension of the deal.",
    ],
)
def test_a_renewal_a_side_makes_wait_for_is_a_condition_not_an_extension(
    observe: Observe, condition: str
) -> None:
    found = observe("Russia and Ukraine signed the grain deal in July. " + condition)
    assert "extended" not in {o.status for o in found}


def test_a_renewal_agreed_before_something_else_still_happened(observe: Observe) -> None:
    found = observe(
        "Russia and Ukraine signed the grain deal in July. The deal was violated twice "
        "before they agreed to extend it in November."
    )
    assert "extended" in {o.status for o in found}


@pytest.mark.parametrize(
    "since",
    [
        "There has been no shelling since the ceasefire came into force at 01:00 local time.",
        "The front has been quiet since the truce took effect at midnight.",
        "Residents have slept without sirens since the ceasefire began at 7 a.m.",
    ],
)
def test_a_start_dated_by_its_clock_in_a_since_clause_is_told(observe: Observe, since: str) -> None:
    found = observe("Armenia and Azerbaijan signed a ceasefire on Monday. " + since)
    assert "in_effect" in {o.status for o in found}


def test_a_start_in_a_since_clause_without_a_clock_stays_background(observe: Observe) -> None:
    found = observe(
        "Armenia and Azerbaijan signed a ceasefire on Monday. There has been no shelling "
        "since the ceasefire came into force."
    )
    assert "in_effect" not in {o.status for o in found}


@pytest.mark.parametrize(
    "got",
    [
        'Cavusoglu said Turkey had got "what we wanted" from the talks.',
        "Erdogan said Ankara had got what it wanted from the talks in Sochi.",
    ],
)
def test_what_a_side_wanted_from_talks_is_no_demand_for_them(observe: Observe, got: str) -> None:
    found = observe("Turkey agreed on Thursday to pause its offensive against the SDF. " + got)
    assert "proposed" not in {o.status for o in found}


def test_a_side_that_wants_a_ceasefire_still_proposes_it(observe: Observe) -> None:
    found = observe(
        "Turkey agreed on Thursday to pause its offensive against the SDF. The SDF wanted a "
        "full ceasefire, its commander said."
    )
    assert "proposed" in {o.status for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "The monitor reported clashes shortly after the truce between Israel and Hamas "
        "began, in which it said 15 fighters were killed.",
        "Fighting flared after the ceasefire between Thailand and Cambodia took effect, "
        "during which two soldiers were killed.",
    ],
)
def test_a_verb_in_a_clause_opened_by_a_preposition_does_not_act_on_the_agreement(
    observe: Observe, text: str
) -> None:
    assert "collapsed" not in {o.status for o in observe(text)}


def test_a_verb_in_a_plain_relative_clause_still_acts_on_the_agreement(
    observe: Observe,
) -> None:
    found = observe("Israel and Hamas agreed a truce in Gaza, which Hamas scrapped on Monday.")
    assert "collapsed" in {o.status for o in found}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The ceasefire agreed in Moscow on Thursday by Presidents Putin and Erdogan is "
            "now in force across the Idlib de-escalation zone.",
            "in_effect",
        ),
        ("The truce agreed on Monday by Israel and Hamas collapsed on Wednesday.", "collapsed"),
    ],
)
def test_the_main_verb_after_a_participle_with_a_pair_of_agents_tells_the_news(
    observe: Observe, text: str, status: str
) -> None:
    assert {"agreed", status} <= {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Israel said it had begun the renewed enforcement of the ceasefire with Hamas.",
        "Israel said on Tuesday it had resumed enforcing the Gaza ceasefire with Hamas after "
        "a night of strikes that health officials said killed dozens of people.",
        "The ceasefire between Israel and Hamas was restored on Monday after a day of raids.",
    ],
)
def test_a_truce_enforced_again_after_strikes_is_in_effect(observe: Observe, text: str) -> None:
    found = {o.status for o in observe(text)}
    assert "in_effect" in found
    assert not found & {"extended", "collapsed"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Myanmar's military has announced a ceasefire with the NUG with immediate effect.",
        "The PKK has declared a ceasefire with Turkey, effective immediately.",
        "India and Pakistan have agreed to a ceasefire with immediate effect.",
    ],
)
def test_a_truce_declared_with_immediate_effect_is_agreed_and_in_force(
    observe: Observe, text: str
) -> None:
    assert {"agreed", "in_effect"} <= {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "India and Pakistan called for a ceasefire with immediate effect.",
        "The UN urged Russia and Ukraine to agree a ceasefire, effective immediately.",
    ],
)
def test_a_truce_sought_with_immediate_effect_is_not_in_force(observe: Observe, text: str) -> None:
    assert "in_effect" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Myanmar's military kept bombing. The National Unity Government's two-week pause in "
        "offensive operations, announced on Saturday, has been in force since Sunday.",
        "Sudan's army kept shelling. The RSF's 30-day pause in offensive operations, declared "
        "on Monday, has been in effect since Tuesday.",
    ],
)
def test_a_pause_in_offensive_operations_is_the_noun(observe: Observe, text: str) -> None:
    assert "in_effect" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Hamas agreed to release all Israeli hostages held in Gaza under the exchange plan.",
        "Russia agreed to free the Ukrainian prisoners held in Kursk in a swap.",
        "The RSF agreed to hand over the detainees held since April to Sudan's army.",
    ],
)
def test_captives_held_somewhere_are_no_exchange_in_effect(observe: Observe, text: str) -> None:
    assert "in_effect" not in {o.status for o in observe(text)}, statuses(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Myanmar's military declared a truce with the National Unity Government. The office of "
        "the commander-in-chief said the ceasefire would be extended until April 30.",
        "Israel and Hamas agreed a truce. Qatar announced that the truce will be extended to "
        "December 2.",
    ],
)
def test_an_extension_reported_with_its_new_end_is_decided(observe: Observe, text: str) -> None:
    assert "extended" in {o.status for o in observe(text)}, statuses(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas agreed a truce. Qatar hopes the truce will be extended.",
        "Israel and Hamas agreed a truce. Netanyahu's office said the pause would be extended "
        "by one day for every ten hostages released.",
        "Israel and Hamas agreed a truce. Qatar said the truce could be extended until Friday.",
    ],
)
def test_an_extension_hoped_for_or_on_terms_is_not_decided(observe: Observe, text: str) -> None:
    assert "extended" not in {o.status for o in observe(text)}, statuses(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Myanmar's army and the MNDAA fought for months. China said it hoped the two sides "
        "would resolve their differences through dialogue.",
        "Israel and Hamas fought for weeks. Egypt hopes both sides will agree to a truce soon.",
        "Russia and Ukraine kept up their strikes. Turkey hoped all sides would sign a deal.",
    ],
)
def test_a_hope_for_a_deal_is_no_deal(observe: Observe, text: str) -> None:
    assert {o.status for o in observe(text)} <= {"proposed"}, statuses(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Myanmar's military declared a truce with the National Unity Government. State media "
        "said on Wednesday the ceasefire would now run until May 31.",
        "Israel and Hamas agreed a truce. The truce now runs until Friday, Qatar said.",
        "Russia and Ukraine agreed an energy truce. Officials said the truce now lasts to June 15.",
    ],
)
def test_a_new_end_told_with_now_is_an_extension(observe: Observe, text: str) -> None:
    extended = [o for o in observe(text) if o.status == "extended"]
    assert extended, statuses(observe(text))
    assert extended[0].agreement.ends is not None


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas agreed a truce. The truce would run until Friday.",
        "Israel and Hamas agreed a truce that runs until Friday.",
    ],
)
def test_an_end_told_without_now_extends_nothing(observe: Observe, text: str) -> None:
    assert "extended" not in {o.status for o in observe(text)}, statuses(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Colombia's negotiators and the FARC closed a final peace agreement on Sunday.",
        "The FARC and the government closed a deal on a bilateral ceasefire.",
        "Negotiators for Sudan and the RSF closed an accord on aid access in Jeddah.",
    ],
)
def test_closing_a_deal_concludes_it(observe: Observe, text: str) -> None:
    # 'Close a deal' is the trade idiom for concluding one, not shutting it down.
    assert {o.status for o in observe(text)} == {"agreed"}


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan are closing in on a peace agreement, officials said.",
        "Mediators said Israel and Hamas closed in on a truce deal overnight.",
    ],
)
def test_closing_in_on_a_deal_is_still_talks(observe: Observe, text: str) -> None:
    assert {o.status for o in observe(text)} == {"negotiating"}


def test_closing_a_corridor_a_deal_opened_still_suspends_it(observe: Observe) -> None:
    text = "Russia has closed the grain corridor, suspending the Black Sea deal with Ukraine."
    assert {o.status for o in observe(text)} == {"suspended"}


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas have fought since October. The truce, announced by Qatar at the "
        "close of three days of talks in Doha, takes effect on Sunday.",
        "Armenia and Azerbaijan signed the peace deal at the close of a week of talks near "
        "Washington.",
    ],
)
def test_the_close_of_talks_is_when_not_a_halt(observe: Observe, text: str) -> None:
    assert "suspended" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas have fought since October. The exact hour at which the truce "
        "starts was not announced.",
        "Israel and Hamas have fought since October. The second phase of the deal hasn't "
        "been agreed.",
        "Russia and Ukraine traded blame on Monday. A ceasefire has not yet been signed, "
        "officials said.",
        "Israel and Hamas have fought since October. Details of the truce were not announced.",
    ],
)
def test_a_negated_passive_makes_no_agreement_and_no_refusal(observe: Observe, text: str) -> None:
    assert not {"agreed", "rejected"} & {o.status for o in observe(text)}


def test_a_side_that_did_not_agree_still_refuses(observe: Observe) -> None:
    found = observe(
        "Israel and Hamas have fought since October. Hamas has not agreed to the truce."
    )
    assert {(o.status, o.by) for o in found} == {("rejected", "HAMAS")}


@pytest.mark.parametrize(
    "text",
    [
        "Israel announced a unilateral three-day truce in Gaza on Monday. Hamas said it would "
        "send Egypt a plan of its own that demands an end to the war.",
        "Israel announced a unilateral three-day truce in Gaza on Monday. Hamas said its own "
        "proposal, which calls for an end to the war, was still on the table.",
    ],
)
def test_an_end_called_for_is_no_collapse(observe: Observe, text: str) -> None:
    assert "collapsed" not in {o.status for o in observe(text)}


def test_an_end_put_to_a_truce_is_still_its_collapse(observe: Observe) -> None:
    found = observe("Israel and Hamas have fought since October. Hamas put an end to the truce.")
    assert {o.status for o in found} == {"collapsed"}


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        (
            "Yemen's government and the Houthi rebels have fought since 2014. The prisoner "
            "swap foundered on disputes over names.",
            "prisoner_exchange",
        ),
        (
            "Yemen's government and the Houthi rebels have fought since 2014. The 2018 "
            "prisoner deal between the two sides foundered within months.",
            "prisoner_exchange",
        ),
        (
            "Israel and Hamas have fought since October. The ceasefire foundered on the "
            "question of the Rafah crossing.",
            "general",
        ),
    ],
)
def test_a_deal_that_foundered_collapsed(observe: Observe, text: str, scope: str) -> None:
    assert {(o.agreement.scope, o.status) for o in observe(text)} == {(scope, "collapsed")}


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine have fought since 2022. By Saturday evening the prisoner "
        "exchange was over.",
        "Russia and Ukraine have fought since 2022. The swap of prisoners between the two "
        "sides is finished, the ICRC said.",
    ],
)
def test_an_exchange_that_is_over_was_carried_out(observe: Observe, text: str) -> None:
    assert {o.status for o in observe(text)} == {"in_effect"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine have fought since 2022. The ceasefire is finished, the army said.",
        "Russia and Ukraine have fought since 2022. The prisoner deal is now history, Kyiv said.",
    ],
)
def test_a_truce_that_is_over_or_a_deal_that_is_history_collapsed(
    observe: Observe, text: str
) -> None:
    assert {o.status for o in observe(text)} == {"collapsed"}


@pytest.mark.parametrize(
    "text",
    [
        "Santos said the bilateral ceasefire with the FARC would remain in force until Oct. 31.",
        "The ELN and Colombia said the truce will stay in effect through the holidays.",
        "Moscow said the truce with Ukraine would stay in force until Easter Monday.",
    ],
)
def test_a_truce_that_will_remain_in_force_is_in_force_now(observe: Observe, text: str) -> None:
    assert {o.status for o in observe(text)} == {"in_effect"}


def test_remaining_in_force_on_a_condition_is_only_its_terms(observe: Observe) -> None:
    text = (
        "Officials said the truce between Colombia and the ELN would remain in force if "
        "both sides kept their word."
    )
    assert "in_effect" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Santos and the FARC commander signed the revised text on Nov. 24 in Bogota.", "agreed"),
        ("Negotiators for Colombia and the ELN initialled an amended text on Friday.", "agreed"),
        ("Sudan's army rejected the revised text of the truce the RSF had accepted.", "rejected"),
    ],
)
def test_a_revised_text_is_the_deal_it_revises(observe: Observe, text: str, status: str) -> None:
    assert status in {o.status for o in observe(text)}


def test_the_revised_text_of_a_resolution_is_no_deal(observe: Observe) -> None:
    text = "Israel and Hamas criticised the revised text of a UN resolution on Gaza."
    assert not observe(text)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Georgia proposed an immediate end to hostilities with Russia.", "proposed"),
        ("Armenia and Azerbaijan agreed on an end to hostilities on Tuesday.", "agreed"),
        ("Russia rejected Georgia's call for an end to all hostilities.", "rejected"),
    ],
)
def test_an_end_to_hostilities_is_a_ceasefire(observe: Observe, text: str, status: str) -> None:
    found = observe(text)
    assert status in {o.status for o in found}
    assert {o.agreement.kind for o in found} == {"ceasefire"}


def test_the_end_of_hostilities_told_as_history_is_none(observe: Observe) -> None:
    assert not observe("The end of hostilities between Israel and Iran came in June.")


@pytest.mark.parametrize(
    "text",
    [
        "The Kenya-Somalia truce signed in Nairobi last December was broken within hours "
        "of taking effect on Christmas Eve.",
        "The ceasefire agreed between Kenya and Somalia in Nairobi in March collapsed days "
        "after taking effect.",
        "The Kenya-Somalia truce announced by both capitals on Monday was violated just "
        "minutes after taking effect.",
    ],
)
def test_a_breach_soon_after_taking_effect_says_it_took_effect(observe: Observe, text: str) -> None:
    found = {o.status for o in observe(text)}
    assert {"violated", "in_effect"} <= found or {"collapsed", "in_effect"} <= found


def test_a_span_of_time_before_another_step_is_no_start(observe: Observe) -> None:
    found = observe("Kenya and Somalia agreed a truce on Monday, weeks after talks began.")
    assert "in_effect" not in {o.status for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "The prisoner swap agreed at the Istanbul talks of Russia and Ukraine ended on Sunday.",
        "The prisoner exchange agreed during their talks in May by Russia and Ukraine began.",
        "Russia and Ukraine agreed at the talks in Istanbul on a prisoner swap.",
    ],
)
def test_talks_after_at_or_during_are_where_a_deal_was_agreed_not_its_object(
    observe: Observe, text: str
) -> None:
    found = observe(text)
    assert ("prisoner_exchange", "agreed") in {(o.agreement.scope, o.status) for o in found}


def test_a_verb_with_talks_as_its_object_still_agrees_to_talks(observe: Observe) -> None:
    found = observe("Russia and Ukraine agreed to talks in Istanbul on a ceasefire.")
    assert "agreed" not in {o.status for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas ended two days of talks in Cairo on Thursday with a pledge.",
        "Israel and Hamas ended a third round of negotiations in Doha without a statement.",
        "Russia and Ukraine ended their second session of talks in Istanbul on Monday.",
    ],
)
def test_ending_a_round_of_talks_collapses_nothing(observe: Observe, text: str) -> None:
    assert "collapsed" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Hamas pulled out of ceasefire negotiations with Israel in May.",
        "Hamas withdrew from the peace talks with Israel on Monday.",
        "Hamas pulled out of the truce talks with Israel on Monday.",
    ],
)
def test_pulling_out_of_talks_suspends_them(observe: Observe, text: str) -> None:
    statuses = {o.status for o in observe(text)}
    assert "suspended" in statuses
    assert "collapsed" not in statuses


def test_withdrawing_from_a_truce_still_collapses_it(observe: Observe) -> None:
    text = "Israel and Hamas agreed a truce in May. Hamas withdrew from the truce on Monday."
    assert "collapsed" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas met in Cairo. The move was aimed more at pressing Israel than at "
        "ending the truce, analysts said.",
        "Hamas said it would press Israel rather than end the ceasefire.",
        "At the end of the talks, Israel and Hamas undertook to keep the truce.",
    ],
)
def test_a_contrast_or_a_time_phrase_with_end_collapses_nothing(
    observe: Observe, text: str
) -> None:
    assert "collapsed" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "leaving",
    [
        "The cabinet decided on Wednesday to withdraw from the ceasefire agreement.",
        "Israel decided last week to withdraw from the ceasefire.",
        "Israel withdrew on Wednesday from the ceasefire agreement.",
        "Hamas walked away on Monday from the ceasefire.",
        "Hamas pulled out on Monday of the ceasefire agreement.",
    ],
)
def test_a_time_inside_a_leaving_phrase_still_collapses_the_truce(
    observe: Observe, leaving: str
) -> None:
    text = f"Israel and Hamas agreed a ceasefire in January. {leaving}"
    assert "collapsed" in {o.status for o in observe(text)}


def test_a_time_after_an_unasserting_governor_asserts_nothing(observe: Observe) -> None:
    text = (
        "Israel and Hamas agreed a ceasefire in January. "
        "Israel threatened on Wednesday to withdraw from the ceasefire."
    )
    assert "collapsed" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "conditional",
    [
        "If the truce holds, diplomats said, the two sides could begin working on a formal "
        "ceasefire agreement and on arrangements for direct negotiations early next year.",
        "If the calm lasts, the two sides might move on to a permanent ceasefire and to "
        "arrangements for peace talks.",
        "Should the truce hold, officials said, both sides could then turn to direct talks.",
    ],
)
def test_a_modal_far_back_in_the_main_clause_of_a_condition_asserts_nothing(
    observe: Observe, conditional: str
) -> None:
    text = f"Israel and Hamas agreed a truce on Monday. {conditional}"
    assert [o.status for o in observe(text)] == ["agreed"]


def test_a_quoted_condition_leaves_the_reporting_clause_asserted(observe: Observe) -> None:
    text = (
        'Israel and Hamas agreed a truce on Monday. "If Hamas wants peace, it must stop '
        'firing," the minister said, adding that Israel accepted the truce.'
    )
    assert "accepted" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Islamic Jihad fired rockets at Israel. Egypt, a usual go-between, was in contact "
            "with both sides to try to contain the fighting.",
            "ISR+PIJ",
        ),
        (
            "Hamas and Israel traded fire. Qatari officials were in close contact with the two "
            "sides about a truce, a diplomat said.",
            "HAMAS+ISR",
        ),
        (
            "Fighting between India and Pakistan went on. The US was in touch with both sides "
            "in an effort to de-escalate the crisis.",
            "IND+PAK",
        ),
    ],
)
def test_a_go_between_in_contact_with_both_sides_about_stopping_a_fight_is_talks(
    observe: Observe, text: str, key: str
) -> None:
    assert {(o.agreement.id, o.status) for o in observe(text)} == {
        (f"{key}/general", "negotiating")
    }


def test_contact_with_both_sides_about_something_else_is_no_talks(observe: Observe) -> None:
    text = "Hamas and Israel traded fire. The ICRC was in contact with both sides about visits."
    assert observe(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas agreed to a truce. A ceasefire that Egypt brokered in May failed to "
        "stop the fighting and collapsed within days.",
        "Israel and Hamas agreed to a truce. The truce that Qatar brokered in November after "
        "weeks of shuttle diplomacy between the two sides held for a week and collapsed on "
        "Friday.",
        "Russia and Ukraine agreed to a pause. A ceasefire that Turkey announced after the "
        "first round of talks in Istanbul was ignored for weeks and collapsed in April.",
    ],
)
def test_a_verb_joined_after_the_subjects_relative_clause_tells_of_the_subject(
    observe: Observe, text: str
) -> None:
    assert "collapsed" in {o.status for o in observe(text)}, statuses(observe(text))


def test_a_verb_with_a_subject_of_its_own_is_not_joined_to_the_agreement(
    observe: Observe,
) -> None:
    text = (
        "Israel and Hamas agreed to a truce. A plan that Hamas accepted and Israel rejected "
        "was shelved."
    )
    assert "rejected" not in {o.status for o in observe(text)}, statuses(observe(text))


# --- a share of the agreement between the verb and its noun ----------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "South Korea on Tuesday suspended the whole of its 2018 military agreement "
            "with North Korea.",
            "suspended",
        ),
        ("Russia on Monday suspended key parts of the 2022 grain deal with Ukraine.", "suspended"),
        ("Hamas rejected most of the latest ceasefire proposal for Gaza from Israel.", "rejected"),
        (
            "Armenia and Azerbaijan have implemented the bulk of the 2020 ceasefire "
            "agreement brokered by Russia.",
            "in_effect",
        ),
    ],
)
def test_a_share_of_the_agreement_is_the_verbs_object_too(
    observe: Observe, text: str, status: str
) -> None:
    # "the whole of", "parts of", "most of": the verb still acts on the agreement named
    # after them, however many words that phrase adds before the noun.
    assert status in {o.status for o in observe(text)}


# --- working on implementing an agreement is no sign that it is in force ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Turkey said it would work with Russia on implementing the Idlib ceasefire with Syria.",
        "The envoy said talks would now focus on implementing the truce between Israel and Hamas.",
    ],
)
def test_work_on_implementing_an_agreement_is_not_in_effect(observe: Observe, text: str) -> None:
    assert "in_effect" not in {o.status for o in observe(text)}


def test_implementing_an_agreement_is_in_effect(observe: Observe) -> None:
    text = "Russia and Turkey are implementing the Idlib ceasefire with Syria."
    assert "in_effect" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Qatar said the truce it brokered in November between Israel and Hamas had been "
            "extended by two days.",
            "extended",
        ),
        (
            "Doha said the truce that it brokered in November between Israel and Hamas had "
            "been extended.",
            "extended",
        ),
        (
            "Israel said the truce Qatar brokered in November had been broken by Hamas.",
            "violated",
        ),
        (
            "The ceasefire Russia signed with Ukraine in Minsk was violated within days.",
            "violated",
        ),
    ],
)
def test_a_verb_after_a_relative_clause_on_the_agreement_is_the_agreements_own(
    observe: Observe, text: str, status: str
) -> None:
    found = {o.status for o in observe(text)}
    assert {"agreed", status} <= found


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Washington said the truce it brokered in May between Armenia and Azerbaijan had "
            "collapsed.",
            "collapsed",
        ),
        (
            "Riyadh said the truce it brokered in May between the Sudanese army and the RSF "
            "had been extended for five days.",
            "extended",
        ),
    ],
)
def test_the_sides_named_between_two_verbs_join_no_clauses(
    observe: Observe, text: str, status: str
) -> None:
    assert status in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Armenia rejected an Azerbaijani offer of evacuation routes out of Stepanakert.",
        "Israel rejected a proposal for evacuation routes out of Gaza City for the wounded.",
    ],
)
def test_evacuation_routes_offered_are_a_humanitarian_pause(observe: Observe, text: str) -> None:
    found = observe(text)
    assert "rejected" in {o.status for o in found}
    assert {o.agreement.scope for o in found} == {"humanitarian"}


def test_routes_people_flee_along_are_no_agreement(observe: Observe) -> None:
    assert observe("Families fled along evacuation routes as shelling hit Kharkiv.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire between the ELN and the Colombian government has been unravelling "
        "since March, when attacks on army posts resumed.",
        "The truce between Israel and Hamas is slowly collapsing, aid officials said.",
        "The Black Sea deal was crumbling as Russia held up inspections of grain ships.",
    ],
)
def test_a_collapse_told_as_going_on_ends_nothing(observe: Observe, text: str) -> None:
    # Under strain, not over: the progressive tells a process, not its end.
    assert "collapsed" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Analysis: Libya's Tripoli truce unravels as the militias regroup",
        "The ceasefire between the ELN and the Colombian government crumbles as attacks resume.",
        "Yemen's truce disintegrates as Houthi drones strike again, officials say.",
    ],
)
def test_a_gradual_end_told_in_the_present_is_strain_not_collapse(
    observe: Observe, text: str
) -> None:
    assert "collapsed" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "A truce between Thailand and Cambodia unravelled within weeks.",
        "Thailand and Cambodia agreed a truce in 2011 that held for years "
        "before unravelling in 2025.",
        "The truce between Israel and Hamas collapses as air strikes resume.",
    ],
)
def test_a_gradual_end_told_as_done_or_a_sudden_one_is_a_collapse(
    observe: Observe, text: str
) -> None:
    assert "collapsed" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Colombia and the ELN agreed a truce in 2017 that ended when the ELN launched an "
        "offensive in January.",
        "Thailand and Cambodia agreed a truce in July that ended when Thai troops opened fire "
        "near the temple in December.",
    ],
)
def test_an_end_when_a_side_attacked_is_a_collapse_not_an_expiry(
    observe: Observe, text: str
) -> None:
    found = {o.status for o in observe(text)}
    assert "collapsed" in found
    assert "expired" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Colombia and the ELN agreed a truce that ended on January 9, when the government "
        "refused to extend it.",
        "Colombia and the ELN agreed a truce in 2017 that ended in January.",
    ],
)
def test_an_end_with_no_attack_told_stays_an_expiry(observe: Observe, text: str) -> None:
    found = {o.status for o in observe(text)}
    assert "expired" in found
    assert "collapsed" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Colombia and the ELN extended their truce. Petro said the government would not extend "
        "the truce again if the ELN kept kidnapping.",
        "Armenia and Azerbaijan agreed a truce. Baku said it would not renew the truce unless "
        "Yerevan withdrew its troops.",
    ],
)
def test_a_refusal_to_extend_on_a_condition_is_a_threat(observe: Observe, text: str) -> None:
    assert "rejected" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Colombia and the ELN extended their truce. Petro said the government would not extend "
        "the truce again.",
        "Pakistan and the TTP agreed a month-long truce. The TTP said on Thursday it would not "
        "extend its ceasefire with the government when the truce expires at midnight.",
    ],
)
def test_a_refusal_to_extend_with_no_condition_or_a_date_is_a_rejection(
    observe: Observe, text: str
) -> None:
    assert "rejected" in {o.status for o in observe(text)}


def test_every_falling_apart_stem_ends_a_truce_when_done_but_not_while_going_on(
    observe: Observe,
) -> None:
    # Guards the data file: a stem added to "falling_apart" must be a collapse word, and the
    # progressive of each must stay a strain.
    stems = load_agreement_lexicon().falling_apart
    assert stems
    for stem in stems:
        done = observe(f"The truce between Sudan's army and the RSF has {stem}ed.")
        going_on = observe(f"The truce between Sudan's army and the RSF is {stem}ing.")
        assert "collapsed" in {o.status for o in done}, stem
        assert "collapsed" not in {o.status for o in going_on}, stem


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire between the ELN and the Colombian government has unravelled.",
        "The truce between Israel and Hamas has collapsed, aid officials said.",
    ],
)
def test_a_collapse_told_as_done_still_ends_it(observe: Observe, text: str) -> None:
    assert "collapsed" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Colombia's army and the ELN fought on. A unilateral truce is cheap to declare, "
        "analysts said.",
        '"A ceasefire declared by one side is a statement of intent," a diplomat said of '
        "Israel and Hamas.",
        "The Houthis and Saudi Arabia traded blame. An open-ended truce is no guarantee of "
        "calm, the envoy said.",
    ],
)
def test_a_judgement_of_any_truce_names_none(observe: Observe, text: str) -> None:
    # Said of truces in general, in the present: no truce of these sides is made or kept.
    assert not observe(text)


@pytest.mark.parametrize(
    "text",
    [
        "A ceasefire between Israel and Hamas is in force since Sunday.",
        "Israel and Hamas agreed on a truce. A truce is now in effect in Gaza.",
    ],
)
def test_a_truce_opening_a_sentence_of_fact_still_counts(observe: Observe, text: str) -> None:
    assert "in_effect" in {o.status for o in observe(text)}


def test_a_truce_asked_for_with_a_later_start_leaves_the_one_in_force_in_force(
    observe: Observe,
) -> None:
    # The start belongs to a truce only asked for: the one already holding has begun.
    text = (
        "The Easter truce between Russia and Ukraine remained in force on Wednesday. "
        "Kyiv called for a 30-day ceasefire starting on Monday, June 9."
    )
    assert ("in_effect", None) in statuses(observe(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Colombia's government said it had restored the ceasefire with the ELN.", "in_effect"),
        (
            "The ELN said it would reinstate its ceasefire with the Colombian government from "
            "Monday.",
            "agreed",
        ),
        ("Egypt called on Hamas to restore the truce with Israel.", "proposed"),
    ],
)
def test_a_truce_brought_back_is_in_force_declared_or_asked_for(
    observe: Observe, text: str, expected: str
) -> None:
    assert expected in {o.status for o in observe(text)}


def test_restoring_something_under_a_truce_restores_no_truce(observe: Observe) -> None:
    assert observe("Israel restored electricity to Gaza under the truce with Hamas.") == ()


@pytest.mark.parametrize(
    ("text", "status", "by"),
    [
        ("Russia declared a three-day truce. Kyiv was quick to reject it.", "rejected", "UKR"),
        (
            "Israel offered a week-long pause in Gaza. Hamas was swift to reject it.",
            "rejected",
            "HAMAS",
        ),
        (
            "The RSF announced a humanitarian truce. The Sudanese army rushed to accept it.",
            "accepted",
            "SDN",
        ),
    ],
)
def test_a_stance_someone_was_quick_to_take_is_taken(
    observe: Observe, text: str, status: str, by: str
) -> None:
    assert (status, by) in statuses(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "The RSF has often been quick to welcome ceasefire proposals.",
        "Moscow has usually been quick to dismiss truce offers from Kyiv.",
    ],
)
def test_a_side_often_quick_to_take_a_stance_tells_a_habit(observe: Observe, text: str) -> None:
    assert not {o.status for o in observe(text)} & {"accepted", "rejected"}


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # A month or a stretch of time right after the verb is its object: the subject
        # went through that time, nothing ended.
        ("The truce between Armenia and Azerbaijan ended October in worse shape.", False),
        (
            "The ceasefire between Israel and Hamas ended the week with both sides claiming "
            "victory.",
            False,
        ),
        ("The truce between India and Pakistan ends the month on shaky ground.", False),
        # A day number, or a time phrase on the verb, still dates the end.
        ("The truce between Armenia and Azerbaijan ended November 5, officials said.", True),
        ("The truce between India and Pakistan ended last week.", True),
        ("The truce between Russia and Ukraine ended on Sunday.", True),
    ],
)
def test_an_agreement_that_ended_a_month_went_through_it(
    observe: Observe, text: str, ends: bool
) -> None:
    statuses = {o.status for o in observe(text)}
    assert bool(statuses & {"expired", "collapsed"}) == ends


@pytest.mark.parametrize(
    "text",
    [
        "Qatar and Egypt on Friday called for a 60-day humanitarian pause between Israel "
        "and Hamas, to be followed by a permanent ceasefire.",
        "The mediators proposed a humanitarian truce between Ethiopia and the TPLF, "
        "followed by a comprehensive ceasefire.",
    ],
)
def test_the_later_stage_of_a_plan_is_proposed_with_it(observe: Observe, text: str) -> None:
    found = {(o.agreement.scope, o.status) for o in observe(text)}
    assert {("humanitarian", "proposed"), ("general", "proposed")} <= found


def test_a_truce_agreed_does_not_agree_the_stage_it_leads_to(observe: Observe) -> None:
    text = (
        "Armenia and Azerbaijan agreed a humanitarian truce on Sunday, to be followed by "
        "a permanent ceasefire."
    )
    found = {(o.agreement.scope, o.status) for o in observe(text)}
    assert ("general", "agreed") not in found


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Russia and Ukraine had agreed to meet. Talks on a mutual halt to strikes on "
            "energy facilities, which Qatar had been brokering, were put off this month.",
            "suspended",
        ),
        (
            "Sudan's army and the RSF met in Jeddah. Talks on a humanitarian truce, which "
            "Saudi Arabia and the US had been mediating since May, were suspended on Thursday.",
            "suspended",
        ),
    ],
)
def test_a_verb_after_a_relative_clause_set_off_by_commas_is_its_noun_phrases(
    observe: Observe, text: str, status: str
) -> None:
    # The clause's own verb (brokering, mediating) tells the talks; the main verb after it
    # ends them for now, though a comma stands between.
    assert status in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The last ceasefire between Ethiopia and the TPLF held for months before collapsing"
        " last winter.",
        "The truce between Armenia and Azerbaijan was observed for two weeks before finally"
        " breaking down in heavy fighting.",
        "A ceasefire between the army and the RSF held for three days before unravelling.",
    ],
)
def test_a_gerund_after_before_shares_the_agreement_of_the_verb_before(
    observe: Observe, text: str
) -> None:
    """'held for months before collapsing': the truce that held is the one that collapsed."""
    found = {o.status for o in observe(text)}
    assert {"in_effect", "collapsed"} <= found, statuses(observe(text))


def test_a_gerund_after_before_with_its_own_subject_is_not_the_agreement(
    observe: Observe,
) -> None:
    text = (
        "The ceasefire between Israel and Hamas held for a week before talks on hostages"
        " began collapsing."
    )
    assert "collapsed" not in {o.status for o in observe(text)}, statuses(observe(text))


def test_an_act_after_before_is_not_the_agreements_own(observe: Observe) -> None:
    """Only an ending chains: the sides, not the truce, declare things."""
    text = (
        "Russia shelled Kharkiv on Sunday, the worst test yet of the truce with Ukraine that"
        " took effect a week earlier, before announcing that evening that it had resumed"
        " enforcing the truce."
    )
    assert "agreed" not in {o.status for o in observe(text)}, statuses(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "A previous ceasefire between the Houthis and the Yemeni government was breached"
        " from the start and was formally ended by the coalition on January 2.",
        "The truce between Israel and Hamas was officially terminated on Monday.",
        "The unilateral ceasefire the ELN declared with Colombia was effectively abandoned"
        " after an ambush on July 30.",
    ],
)
def test_an_agreement_ended_in_the_passive_even_with_an_adverb_collapsed(
    observe: Observe, text: str
) -> None:
    assert "collapsed" in {o.status for o in observe(text)}, statuses(observe(text))


def test_something_else_ended_ends_no_agreement(observe: Observe) -> None:
    text = (
        "Israel and Hamas agreed a ceasefire in January. The curfew was formally ended on Monday."
    )
    assert {o.status for o in observe(text)} == {"agreed"}, statuses(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's army and the RSF agreed a truce in Jeddah, after Saudi Arabia proposed it to"
        " both commanders.",
        "Thailand and Cambodia agreed a ceasefire on Monday, after Malaysia proposed it to"
        " the two prime ministers.",
    ],
)
def test_a_pronoun_put_to_both_sides_is_the_agreement(observe: Observe, text: str) -> None:
    """'proposed it to both commanders': the pronoun is the truce, the sides its audience."""
    assert "proposed" in {o.status for o in observe(text)}, statuses(observe(text))


def test_a_pronoun_sent_anywhere_else_is_not_the_agreement(observe: Observe) -> None:
    text = "Israel and Hamas agreed a truce on Friday. Qatar urged it to the table."
    assert {o.status for o in observe(text)} == {"agreed"}, statuses(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Colombia suspended its truce with the FARC dissidents in three provinces after a "
        "bombing. The ELN, which is holding separate talks in Caracas, condemned the attack.",
        "Colombia's government suspended the ceasefire with the Estado Mayor Central on Sunday. "
        "The ELN said its own talks would go on.",
    ],
)
def test_the_farc_dissidents_war_is_a_known_one_beside_the_eln_s(
    observe: Observe, text: str
) -> None:
    found = {(tuple(o.agreement.parties), o.status) for o in observe(text)}
    assert (("COL", "FARC_DISSIDENTS"), "suspended") in found, found


def test_an_eln_truce_told_beside_the_dissidents_stays_the_eln_s(observe: Observe) -> None:
    text = (
        "Colombia suspended its ceasefire with the ELN on Friday, a month after the talks "
        "with the FARC dissidents broke down."
    )
    found = {(tuple(o.agreement.parties), o.status) for o in observe(text)}
    assert (("COL", "ELN"), "suspended") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The truce between Thailand and Cambodia, due to expire on Sunday, was extended until"
        " the border talks end.",
        "The ceasefire between Russia and Ukraine, set to lapse at midnight, has been"
        " prolonged by a week.",
        "The ceasefire between Israel and Hamas, scheduled to run out on Monday, was extended.",
    ],
)
def test_an_end_set_off_by_a_comma_as_due_or_set_is_one_to_come_not_an_expiry(
    observe: Observe, text: str
) -> None:
    found = {o.status for o in observe(text)}
    assert "expired" not in found
    assert "extended" in found


@pytest.mark.parametrize(
    "text",
    [
        "The truce between Thailand and Cambodia expired on Sunday, due to a dispute over"
        " its terms.",
        "The ceasefire between Russia and Ukraine ran out at midnight.",
    ],
)
def test_an_end_told_as_done_stays_an_expiry(observe: Observe, text: str) -> None:
    assert "expired" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia and the Houthis agreed a 60-day truce in April. Asked about the "
        'truce\'s term, a UN envoy said it "has renewed itself" because neither side objected.',
        "The grain deal between Russia and Ukraine was due to lapse on Sunday. A Turkish "
        "official said it had automatically renewed itself for 120 days.",
    ],
)
def test_an_agreement_that_renewed_itself_is_extended(observe: Observe, text: str) -> None:
    assert "extended" in {o.status for o in observe(text)}


def test_a_pronoun_renewed_after_its_truce_keeps_that_truces_scope(observe: Observe) -> None:
    found = observe(
        "Ethiopia and the TPLF have signed an agreement in Nairobi on how the AU will "
        "monitor the humanitarian truce. Asked about the truce's 30-day term, an AU adviser "
        'said it "has renewed itself" because no side objected.'
    )
    assert {o.agreement.scope for o in found if o.status == "extended"} == {"humanitarian"}


@pytest.mark.parametrize(
    "text",
    [
        "The truce between Armenia and Azerbaijan began on Monday. A Russian envoy said "
        'it "was a difficult week" for both armies.',
        "The truce between Armenia and Azerbaijan began on Monday. Baku said they "
        '"have extended themselves" too far in the mountains.',
    ],
)
def test_a_quoted_clause_on_a_pronoun_tells_nothing_of_the_truce(
    observe: Observe, text: str
) -> None:
    assert {o.status for o in observe(text)} == {"in_effect"}


@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("The PKK declared a ceasefire with Turkey over the Newroz holiday.", "PKK"),
        ("Hamas declared a truce with Israel over the weekend, its officials said.", "HAMAS"),
        ("The ceasefire Hamas declared with Israel over the holidays, officials said, held.", None),
    ],
)
def test_a_truce_declared_over_a_holiday_is_declared_not_ended(
    observe: Observe, text: str, by: str | None
) -> None:
    found = observe(text)
    assert "collapsed" not in {o.status for o in found}
    assert found
    if by is not None:
        assert ("agreed", by) in statuses(found)


@pytest.mark.parametrize(
    "text",
    [
        "Israel declared the truce with Hamas over on Monday after a rocket attack.",
        "Israel declared the truce with Hamas over, citing the rocket fire.",
        "The truce with Hamas, which Israel declared over last night, had lasted a week.",
    ],
)
def test_a_truce_declared_over_is_still_ended(observe: Observe, text: str) -> None:
    assert "collapsed" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The 2005 accord between Sudan and the SPLA, which declared the war over, still binds.",
        "The truce between Armenia and Azerbaijan, which pronounced the fighting finished, held.",
    ],
)
def test_an_accord_that_declares_the_war_over_is_not_itself_ended(
    observe: Observe, text: str
) -> None:
    found = observe(text)
    assert found
    assert "collapsed" not in {o.status for o in found}


def test_a_truce_declared_over_after_the_war_words_is_still_ended(observe: Observe) -> None:
    found = observe("Israel declared the truce with Hamas over after the war resumed.")
    assert "collapsed" in {o.status for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "The prisoner exchange between Russia and Ukraine planned for Friday did not go ahead.",
        "The truce between Israel and Hamas has not gone ahead as planned.",
        "The exchange of prisoners between Israel and Hamas is not going ahead on Saturday.",
    ],
)
def test_an_exchange_or_truce_that_did_not_go_ahead_is_on_hold(observe: Observe, text: str) -> None:
    assert {o.status for o in observe(text)} == {"suspended"}


@pytest.mark.parametrize(
    "text",
    [
        "The prisoner exchange between Russia and Ukraine went ahead on Friday.",
        "The prisoner swap between Israel and Hamas took place on Sunday.",
    ],
)
def test_an_exchange_that_went_ahead_is_carried_out(observe: Observe, text: str) -> None:
    assert {o.status for o in observe(text)} == {"in_effect"}


def test_a_conditional_not_going_ahead_is_no_suspension(observe: Observe) -> None:
    found = observe(
        "Ukraine said the exchange with Russia would not go ahead unless Moscow "
        "returned the bodies."
    )
    assert "suspended" not in {o.status for o in found}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Israel disowned the truce with Hamas that the mediators had announced.", "ISR"),
        ("The Sudanese army repudiated the Jeddah ceasefire with the RSF on Monday.", "SDN"),
        ("Armenia distanced itself from the ceasefire with Azerbaijan.", "ARM"),
    ],
)
def test_disowning_or_repudiating_a_truce_rejects_it(
    observe: Observe, text: str, side: str
) -> None:
    assert ("rejected", side) in statuses(observe(text))


def test_disowning_people_is_no_rejection(observe: Observe) -> None:
    found = observe("Hamas disowned the gunmen who fired the rockets during the truce with Israel.")
    assert "rejected" not in {o.status for o in found}
