"""Agreement observations as a reader of the article would state them."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from processors.actors import Gazetteer, load_gazetteer
from processors.agreements import AgreementLexicon, extract_observations, load_agreement_lexicon
from processors.model import Article, Observation, Speaker, Statement

pytestmark = pytest.mark.unit

PUBLISHED = datetime(2025, 4, 16, 12, 0, tzinfo=UTC)  # a Wednesday

Observe = Callable[..., tuple[Observation, ...]]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="module")
def lexicon() -> AgreementLexicon:
    return load_agreement_lexicon()


@pytest.fixture
def observe(gazetteer: Gazetteer, lexicon: AgreementLexicon) -> Observe:
    def run(text: str, statements: tuple[Statement, ...] = ()) -> tuple[Observation, ...]:
        article = Article(id="a1", text=text, published=PUBLISHED)
        return extract_observations(article, statements, gazetteer, lexicon)

    return run


def triples(found: tuple[Observation, ...]) -> set[tuple[str, str, str]]:
    return {("+".join(o.agreement.parties), o.agreement.scope, o.status) for o in found}


def only(found: tuple[Observation, ...], status: str) -> Observation:
    matching = [o for o in found if o.status == status]
    assert len(matching) == 1, found
    return matching[0]


# --- every status -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey called for an immediate ceasefire between Russia and Ukraine.",
            ("RUS+UKR", "general", "proposed"),
        ),
        (
            "Russian and Ukrainian delegations held a second round of peace talks in Istanbul.",
            ("RUS+UKR", "general", "negotiating"),
        ),
        (
            "Russian shelling went on in Kharkiv. Kyiv said it was willing to accept "
            "a 30-day ceasefire.",
            ("RUS+UKR", "general", "accepted"),
        ),
        (
            "Ukraine has pressed for a truce. The Kremlin rejected a full ceasefire on Monday.",
            ("RUS+UKR", "general", "rejected"),
        ),
        (
            "Thailand and Cambodia agreed to an unconditional ceasefire on Monday.",
            ("KHM+THA", "general", "agreed"),
        ),
        (
            "The ceasefire between Israel and Hezbollah took effect at 4 a.m.",
            ("HEZBOLLAH+ISR", "general", "in_effect"),
        ),
        (
            "Putin ordered a halt to strikes on Ukrainian energy facilities.",
            ("RUS+UKR", "energy_infrastructure", "in_effect"),
        ),
        (
            "The Easter truce between Russia and Ukraine began at 6 p.m. on Saturday.",
            ("RUS+UKR", "general", "in_effect"),
        ),
        (
            "India accused Pakistan of violating the ceasefire along the Line of Control.",
            ("IND+PAK", "general", "violated"),
        ),
        (
            "Russia returned 150 soldiers. Ukraine suspended the prisoner exchange with Russia "
            "after Moscow failed to deliver the lists.",
            ("RUS+UKR", "prisoner_exchange", "suspended"),
        ),
        (
            "Israel and Hamas extended the truce by two days, Qatar said.",
            ("HAMAS+ISR", "general", "extended"),
        ),
        (
            "Russia and Ukraine agreed to the pause in March. The 30-day moratorium on "
            "attacks against energy infrastructure expired on Thursday.",
            ("RUS+UKR", "energy_infrastructure", "expired"),
        ),
        (
            "The truce between Armenia and Azerbaijan collapsed within hours.",
            ("ARM+AZE", "general", "collapsed"),
        ),
    ],
)
def test_each_status_is_read_from_its_usual_wording(
    observe: Observe, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(observe(text))


def test_one_sentence_can_agree_one_deal_and_turn_down_another(observe: Observe) -> None:
    found = observe(
        "Azerbaijan agreed to a 72-hour humanitarian truce with Armenia on Sunday but "
        "declined to accept a broader French-backed ceasefire proposal."
    )
    assert triples(found) == {
        ("ARM+AZE", "humanitarian", "agreed"),
        ("ARM+AZE", "general", "proposed"),
        ("ARM+AZE", "general", "rejected"),
    }
    assert only(found, "agreed").by == "AZE"
    assert only(found, "rejected").by == "AZE"
    assert only(found, "proposed").by == "FRA"


# --- negation and modality ----------------------------------------------------------


def test_did_not_agree_is_a_rejection_and_the_proposal_still_stands(observe: Observe) -> None:
    found = observe(
        "Israel and Hamas have fought since October. "
        "Hamas did not agree to the Israeli proposal for a 60-day truce."
    )
    assert only(found, "rejected").by == "HAMAS"
    assert only(found, "proposed").by == "ISR"
    assert "agreed" not in {o.status for o in found}


def test_stopped_short_of_accepting_is_a_rejection(observe: Observe) -> None:
    found = observe(
        "Israel and Hezbollah traded fire all week. Netanyahu stopped short of accepting "
        "the French plan for a truce in Lebanon."
    )
    assert ("HEZBOLLAH+ISR", "general", "rejected") in triples(found) or (
        "ISR+LBN",
        "general",
        "rejected",
    ) in triples(found)
    assert "accepted" not in {o.status for o in found}


def test_a_future_start_is_agreed_not_yet_in_effect(observe: Observe) -> None:
    found = observe("The ceasefire between Thailand and Cambodia will take effect at midnight.")
    assert triples(found) == {("KHM+THA", "general", "agreed")}


@pytest.mark.parametrize(
    "second",
    [
        "Monitors said they would deploy along the line in the first week of the truce.",
        "Families were told to stay in the shelters until the start of the truce.",
        "Aid agencies stocked up on fuel ahead of the beginning of the truce.",
    ],
)
def test_a_time_phrase_of_a_truce_to_come_is_no_start(observe: Observe, second: str) -> None:
    found = observe("Armenia and Azerbaijan agreed to a truce that begins on Friday. " + second)
    assert "in_effect" not in {o.status for o in found}


@pytest.mark.parametrize(
    "second",
    [
        "Negotiations between the two sides are due to begin on Monday.",
        "Talks on a political settlement will open in Geneva on June 20.",
        "The envoy said peace talks would start next Tuesday if the calm lasted.",
    ],
)
def test_talks_due_later_leave_a_truce_in_force_begun(observe: Observe, second: str) -> None:
    found = observe("The ceasefire between Armenia and Azerbaijan has taken effect. " + second)
    assert ("ARM+AZE", "general", "in_effect") in triples(found)


def test_a_truce_due_later_is_still_only_agreed(observe: Observe) -> None:
    found = observe(
        "Armenia and Azerbaijan have agreed a ceasefire. The ceasefire will take effect on Monday."
    )
    assert "in_effect" not in {o.status for o in found}


def test_a_time_phrase_of_a_truce_told_in_the_past_says_it_held(observe: Observe) -> None:
    found = observe(
        "Armenia and Azerbaijan agreed to a truce last week. "
        "Shelling stopped in the first week of the truce, monitors said."
    )
    assert ("ARM+AZE", "general", "in_effect") in triples(found)


@pytest.mark.parametrize(
    "second",
    [
        "The rebels said they remained open to any fair proposal.",
        "The rebels said they would welcome any proposal from the African Union.",
    ],
)
def test_openness_to_any_proposal_accepts_none(observe: Observe, second: str) -> None:
    found = observe("Kenya proposed a truce between Sudan and the RSF. " + second)
    assert "accepted" not in {o.status for o in found}


def test_accepting_the_proposal_in_view_is_still_told(observe: Observe) -> None:
    found = observe(
        "Kenya proposed a truce between Sudan and the RSF. The RSF accepted the proposal."
    )
    assert only(found, "accepted").by == "RSF"


@pytest.mark.parametrize(
    "text",
    [
        "The prisoner swap between Russia and Ukraine got under way at the Belarusian border.",
        "The ceasefire between Thailand and Cambodia was well under way by Sunday.",
    ],
)
def test_an_agreement_under_way_is_in_effect(observe: Observe, text: str) -> None:
    assert "in_effect" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "second",
    [
        "Neither government described the shelling as a breach of the ceasefire.",
        "No official called the shooting a violation of the ceasefire.",
        "Nobody regarded the raid as a breach of the ceasefire.",
    ],
)
def test_a_violation_nobody_calls_one_is_none(observe: Observe, second: str) -> None:
    found = observe("India and Pakistan agreed to a ceasefire on Saturday. " + second)
    assert "violated" not in {o.status for o in found}


def test_a_side_calling_an_attack_a_breach_still_tells_a_violation(observe: Observe) -> None:
    found = observe(
        "India and Pakistan agreed to a ceasefire on Saturday. "
        "India described the shelling as a breach of the ceasefire."
    )
    assert "violated" in {o.status for o in found}


def test_not_yet_in_effect_asserts_nothing_new(observe: Observe) -> None:
    found = observe(
        "Russia and Ukraine agreed a moratorium on energy strikes. "
        "The moratorium has not taken effect yet."
    )
    assert {o.status for o in found} == {"agreed"}


@pytest.mark.parametrize(
    "second",
    [
        "If the truce collapses, Israel will resume its offensive in Gaza.",
        "Israel threatened to withdraw from the truce over the delays.",
        "Israel reserves the right to pull out of the truce at any time.",
        "Will the truce hold?",
        "Any truce would need to be monitored by observers.",
    ],
)
def test_conditions_threats_questions_and_hypotheticals_assert_nothing(
    observe: Observe, second: str
) -> None:
    found = observe(f"Israel and Hamas agreed a truce on Friday. {second}")
    assert {o.status for o in found} == {"agreed"}


@pytest.mark.parametrize(
    "second",
    [
        'Trump wrote that the ceasefire was "holding very well."',
        "Trump wrote that the ceasefire was \u201cholding\u201d despite the clashes.",
    ],
)
def test_scare_quotes_do_not_hide_the_status_they_quote(observe: Observe, second: str) -> None:
    found = observe(f"Israel and Hamas agreed a truce on Friday. {second}")
    assert only(found, "in_effect").agreement.parties == ("HAMAS", "ISR")


@pytest.mark.parametrize(
    "second",
    [
        "Both sides want the truce to hold, Egypt said.",
        "Trump said both sides wanted it to last.",
    ],
)
def test_wanting_a_truce_to_last_is_no_new_proposal(observe: Observe, second: str) -> None:
    found = observe(f"Israel and Hamas agreed a truce on Friday. {second}")
    assert "proposed" not in {o.status for o in found}


@pytest.mark.parametrize(
    "second",
    [
        "He adds that the OLA wants the talks to address the grievances of the Oromo people.",
        "The government wants the negotiations to focus on disarmament, an aide said.",
        "The OLA wanted the talks to deal with land rights as well.",
    ],
)
def test_wanting_talks_to_take_up_a_subject_is_no_proposal(observe: Observe, second: str) -> None:
    found = observe(f"Delegations of Ethiopia and the OLA opened peace talks on Tuesday. {second}")
    assert "proposed" not in {o.status for o in found}


def test_wanting_a_truce_is_still_a_proposal(observe: Observe) -> None:
    found = observe("Ukraine wants a ceasefire with Russia.")
    assert only(found, "proposed").by == "UKR"


def test_having_helped_broker_a_truce_is_an_agreement_not_talks(observe: Observe) -> None:
    found = observe("Turkey helped broker the Black Sea truce between Russia and Ukraine.")
    assert triples(found) == {("RUS+UKR", "maritime", "agreed")}
    assert triples(
        observe("Turkey is brokering a Black Sea truce between Russia and Ukraine.")
    ) == {("RUS+UKR", "maritime", "negotiating")}


def test_a_proposal_names_its_truce_across_its_author(observe: Observe) -> None:
    found = observe(
        "Hamas said it had accepted a proposal by Egyptian and Qatari mediators for a "
        "60-day truce in Gaza. Israel has not yet responded."
    )
    assert triples(found) == {
        ("HAMAS+ISR", "general", "accepted"),
        ("HAMAS+ISR", "general", "proposed"),
    }
    assert only(found, "accepted").by == "HAMAS"


def test_a_truce_in_a_time_phrase_is_not_what_a_plan_is_about(observe: Observe) -> None:
    assert observe("Israel rejected a plan to rebuild Gaza after a truce with Hamas.") == ()


def test_a_side_reporting_a_breach_accuses_the_other_side(observe: Observe) -> None:
    found = observe(
        "A ceasefire between Israel and Hezbollah took hold in November. The Israeli "
        "military said the sites had been used to store rockets in breach of the truce."
    )
    violation = only(found, "violated")
    assert (violation.by, violation.claimed_by) == ("HEZBOLLAH", "ISR")


def test_an_order_to_halt_puts_a_pause_into_effect(observe: Observe) -> None:
    found = observe("Putin ordered his forces to halt strikes on Ukrainian power plants.")
    obs = only(found, "in_effect")
    assert obs.agreement.scope == "energy_infrastructure"
    assert obs.agreement.parties == ("RUS", "UKR")
    assert obs.by == "RUS"


def test_openness_is_acceptance_by_the_speaker_side(observe: Observe) -> None:
    found = observe(
        "Russian troops shelled Kharkiv overnight. Kyiv expressed openness to a "
        "30-day ceasefire proposed by Washington."
    )
    accepted = only(found, "accepted")
    assert accepted.by == "UKR"
    assert accepted.agreement.parties == ("RUS", "UKR")
    assert only(found, "proposed").by == "USA"


# --- who is bound -------------------------------------------------------------------


def test_a_possessive_target_names_the_other_side(observe: Observe) -> None:
    found = observe("Russia agreed to stop strikes on Ukraine\u2019s energy infrastructure.")
    obs = only(found, "agreed")
    assert obs.agreement.parties == ("RUS", "UKR")
    assert obs.agreement.id == "RUS+UKR/energy_infrastructure"


def test_mediators_are_not_parties(observe: Observe) -> None:
    found = observe("The U.S.-brokered truce between Israel and Hezbollah took effect on Sunday.")
    obs = only(found, "in_effect")
    assert obs.agreement.parties == ("HEZBOLLAH", "ISR")
    assert obs.agreement.mediators == ("USA",)


def test_a_swap_mediated_by_a_third_country_binds_the_two_sides(observe: Observe) -> None:
    found = observe(
        "Russia and Ukraine swapped 246 prisoners of war on Saturday in a deal mediated "
        "by the United Arab Emirates."
    )
    obs = only(found, "in_effect")
    assert obs.agreement.parties == ("RUS", "UKR")
    assert obs.agreement.scope == "prisoner_exchange"
    assert "ARE" in obs.agreement.mediators


def test_sides_left_implicit_come_from_the_article(observe: Observe) -> None:
    found = observe(
        "Israel and Hamas exchanged fire for months. The truce took effect on Saturday."
    )
    assert triples(found) == {("HAMAS+ISR", "general", "in_effect")}


def test_a_named_place_gives_the_sides(observe: Observe) -> None:
    found = observe("Egypt said a ceasefire in Gaza had been agreed after talks in Cairo.")
    assert ("HAMAS+ISR", "general", "agreed") in triples(found)


def test_a_truce_elsewhere_is_not_the_article_conflict(observe: Observe) -> None:
    found = observe(
        "Putin and Zelenskyy traded blame over the war in Ukraine. Both leaders also "
        "discussed a ceasefire in the Middle East."
    )
    assert found == ()


def test_a_minerals_deal_is_no_ceasefire(observe: Observe) -> None:
    found = observe("Ukraine and the United States signed a minerals deal on Wednesday.")
    assert found == ()


# --- durations, names, dates --------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        ("a 30-day pause in attacks on energy facilities", 30.0),
        ("a 72-hour truce", 3.0),
        ("a 30-hour truce", 1.25),
        ("a truce for three days", 3.0),
        ("a week-long ceasefire", 7.0),
    ],
)
def test_durations_are_given_in_days(observe: Observe, phrase: str, days: float) -> None:
    found = observe(f"Russia and Ukraine fought on. Putin announced {phrase}.")
    assert only(found, "agreed").agreement.duration_days == pytest.approx(days)


def test_a_named_truce_keeps_its_name_and_start(observe: Observe) -> None:
    found = observe(
        "Ukraine and Russia fought on. Putin declared a 30-hour Easter truce starting "
        "at 6 p.m. on Saturday."
    )
    agreement = only(found, "agreed").agreement
    assert agreement.label == "Easter truce"
    assert agreement.starts == datetime(2025, 4, 19, 18, 0, tzinfo=UTC)


# --- violations and who alleges them -------------------------------------------------


def test_an_accusation_names_the_violator_and_the_accuser(observe: Observe) -> None:
    found = observe(
        "Ukraine accused Russia of violating the energy truce with a drone strike on "
        "a substation in Sumy."
    )
    obs = only(found, "violated")
    assert obs.agreement.scope == "energy_infrastructure"
    assert (obs.by, obs.claimed_by) == ("RUS", "UKR")


def test_attacks_despite_a_truce_violate_it(observe: Observe) -> None:
    found = observe(
        "Israeli jets continued to strike southern Lebanon despite the ceasefire, "
        "Lebanese officials said."
    )
    obs = only(found, "violated")
    assert (obs.by, obs.claimed_by) == ("ISR", "LBN")


def test_attacks_on_protected_targets_after_a_pause_are_alleged_violations(
    observe: Observe,
) -> None:
    found = observe(
        "Russia and Ukraine agreed to halt strikes on energy facilities on Tuesday. "
        "Putin ordered the military to stop attacking the Ukrainian grid. "
        "\u201cRussian drones hit our power stations again last night,\u201d Zelenskyy said."
    )
    obs = only(found, "violated")
    assert obs.agreement.id == "RUS+UKR/energy_infrastructure"
    assert (obs.by, obs.claimed_by) == ("RUS", "UKR")


def test_attacks_before_any_pause_are_no_violation(observe: Observe) -> None:
    found = observe(
        "Russian drones hit power stations again last night, Zelenskyy said. "
        "Russia and Ukraine later agreed to halt strikes on energy facilities."
    )
    assert "violated" not in {o.status for o in found}


def test_a_statement_tells_who_alleges_a_violation(observe: Observe) -> None:
    text = (
        "Russia and Ukraine agreed to an Easter truce. "
        "The occupiers broke the truce again near Zaporizhzhia."
    )
    start = text.index("The occupiers")
    statement = Statement(
        article_id="a1",
        speaker=Speaker(name="Zelenskyy", actor="UKR"),
        verb="say",
        content=text[start:],
        direct=False,
        span=(start, len(text)),
        sentence=text[start:],
        confidence=0.9,
    )
    found = observe(text, (statement,))
    obs = only(found, "violated")
    assert (obs.by, obs.claimed_by) == ("RUS", "UKR")


# --- the record itself --------------------------------------------------------------


def test_evidence_spans_point_at_the_asserting_words(observe: Observe) -> None:
    text = (
        "Russian President Vladimir Putin agreed to a 30-day pause in strikes on "
        "Ukraine's power grid. Kyiv said Moscow broke the pause within hours."
    )
    found = observe(text)
    assert {o.status for o in found} >= {"agreed", "violated"}
    for obs in found:
        start, end = obs.evidence.span
        assert obs.evidence.sentence in text
        assert text[start:end] in obs.evidence.sentence
        assert start < end
        assert obs.article_id == "a1"
        assert obs.published == PUBLISHED
        assert 0.0 <= obs.confidence <= 1.0


def test_an_article_without_agreements_gives_nothing(observe: Observe) -> None:
    assert observe("Kyiv said Russian troops advanced near Pokrovsk on Tuesday.") == ()


def test_ignoring_a_call_for_a_truce_rejects_it(observe: Observe) -> None:
    found = observe(
        "Russia and Ukraine fought on. Putin ignored a call by European leaders for an "
        "unconditional 30-day ceasefire."
    )
    assert {o.status for o in found} == {"proposed", "rejected"}
    assert only(found, "rejected").by == "RUS"


def test_accepting_a_new_proposal_refers_to_the_truce_under_discussion(observe: Observe) -> None:
    found = observe(
        "Mediators are trying to revive the Gaza ceasefire. Hamas said it had accepted a "
        "new proposal from Egypt and Qatar."
    )
    accepted = only(found, "accepted")
    assert (accepted.agreement.parties, accepted.by) == (("HAMAS", "ISR"), "HAMAS")


def test_talks_that_never_started_are_no_negotiation(observe: Observe) -> None:
    found = observe(
        "Israel and Hamas agreed a truce in January. Talks on a second phase never started."
    )
    assert {o.status for o in found} == {"agreed"}


@pytest.mark.parametrize(
    "text",
    [
        "Indirect talks between Armenia and Azerbaijan could begin early next week, diplomats "
        "said.",
        "Negotiations between Sudan's army and the RSF are expected to resume in Jeddah in "
        "February.",
        "Peace talks between the Philippine government and the NDF are due to start in Oslo.",
    ],
)
def test_talks_that_may_begin_or_are_due_are_no_negotiation(observe: Observe, text: str) -> None:
    assert {o.status for o in observe(text)} == set()


@pytest.mark.parametrize(
    "text",
    [
        "Peace talks between Sudan's army and the RSF stalled in Jeddah last month.",
        "Mediators said the peace talks between Armenia and Azerbaijan were going nowhere.",
        "Peace talks between the Philippine government and the NDF, suspended since March, have "
        "yet to be rescheduled.",
        "Peace talks between Israel and Hamas had hit an impasse, officials said.",
    ],
)
def test_talks_told_as_stuck_are_no_negotiation(observe: Observe, text: str) -> None:
    assert all(o.status != "negotiating" for o in observe(text))


def test_a_stalled_plan_beside_talks_leaves_them_news(observe: Observe) -> None:
    found = observe(
        "Peace talks between Sudan's army and the RSF opened in Jeddah on Monday, a track kept "
        "apart from the stalled truce plan."
    )
    assert ("RSF+SDN", "general", "negotiating") in triples(found)


@pytest.mark.parametrize(
    "text",
    [
        # A verb ("held") governing the talks does not make a long run of them news.
        "Armenia and Azerbaijan agreed to a truce on Saturday, Russia said, after more than "
        "three weeks of talks held in Moscow.",
        "The ceasefire between the Philippine government and the MILF followed months of peace "
        "talks held in Kuala Lumpur.",
        # What follows talks came out of them, whatever their length.
        "The deal between Sudan's army and the RSF follows peace talks in Jeddah last week.",
    ],
)
def test_talks_told_as_the_run_up_are_no_negotiation(observe: Observe, text: str) -> None:
    assert all(o.status != "negotiating" for o in observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Peace talks between Sudan's army and the RSF were held in Jeddah on Monday.",
        "Ukraine and Russia agreed to the plan after 16 hours of peace talks held in Minsk.",
    ],
)
def test_talks_held_today_stay_news(observe: Observe, text: str) -> None:
    assert any(o.status == "negotiating" for o in observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Qatar, which worked on the truce between Israel and Hamas with Egypt, said it would "
        "send monitors.",
        "Norway, which helped broker last year's peace talks between Colombo and the Tamil "
        "Tigers, said it stood ready to help.",
    ],
)
def test_a_go_between_described_by_its_part_in_talks_is_no_negotiation(
    observe: Observe, text: str
) -> None:
    assert all(o.status != "negotiating" for o in observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Qatar worked on a truce between Israel and Hamas with Egypt on Monday, officials said.",
        "Norway helped broker peace talks between Colombo and the Tamil Tigers in Oslo on Monday.",
    ],
)
def test_a_go_between_at_work_in_the_main_clause_is_news(observe: Observe, text: str) -> None:
    assert any(o.status == "negotiating" for o in observe(text))


def test_talks_a_side_says_will_open_stay_news(observe: Observe) -> None:
    found = observe("Colombia said formal peace talks with the ELN would open in Quito next month.")
    assert triples(found) == {("COL+ELN", "general", "negotiating")}


@pytest.mark.parametrize(
    "text",
    [
        "The announcement follows months of peace talks between the Philippine government and "
        "the MILF in Kuala Lumpur.",
        "The ceasefire followed two years of talks between Ethiopia and the TPLF.",
    ],
)
def test_what_follows_a_long_run_of_talks_is_no_news_of_talks(observe: Observe, text: str) -> None:
    assert all(o.status != "negotiating" for o in observe(text))


def test_what_follows_hours_of_talks_still_reports_them(observe: Observe) -> None:
    found = observe("The truce follows 16 hours of talks between Israel and Hamas in Cairo.")
    assert "negotiating" in {o.status for o in found}


def test_a_verb_after_a_relative_clause_still_governs_the_truce(observe: Observe) -> None:
    found = observe(
        "A three-day ceasefire that Putin declared for the Victory Day commemorations "
        "expired at midnight on Saturday in Ukraine."
    )
    assert {o.status for o in found} == {"agreed", "expired"}
    assert only(found, "expired").agreement.duration_days == 3.0


# --- wording read from the lexicon ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "by"),
    [
        (
            "Moscow froze its participation in the Black Sea grain deal with Ukraine.",
            ("RUS+UKR", "maritime", "suspended"),
            "RUS",
        ),
        (
            "Sudan's army suspended its participation in the Jeddah truce with the RSF.",
            ("RSF+SDN", "general", "suspended"),
            "SDN",
        ),
        (
            "Russia ended its participation in the Black Sea grain deal with Ukraine in July.",
            ("RUS+UKR", "maritime", "collapsed"),
            "RUS",
        ),
    ],
)
def test_ending_or_suspending_ones_participation_ends_or_suspends_the_deal(
    observe: Observe, text: str, expected: tuple[str, str, str], by: str
) -> None:
    found = observe(text)
    assert triples(found) == {expected}
    assert found[0].by == by


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv accused Moscow of preparing to reject the truce plan for Ukraine.",
        "Israel says Hamas is preparing to reject the Egyptian truce plan.",
    ],
)
def test_an_intention_imputed_to_a_side_is_no_stance(observe: Observe, text: str) -> None:
    assert {o.status for o in observe(text)} <= {"proposed"}


def test_a_port_city_is_a_place_not_shipping(observe: Observe) -> None:
    found = observe(
        "Talks between Russian and Ukrainian delegations in the Turkish port city of "
        "Istanbul resumed on Monday."
    )
    assert triples(found) == {("RUS+UKR", "general", "negotiating")}


def test_strikes_of_both_sides_can_be_named_before_the_targets(observe: Observe) -> None:
    found = observe(
        "The moratorium on Indian and Pakistani strikes against each other's power plants "
        "expired on Friday."
    )
    assert triples(found) == {("IND+PAK", "energy_infrastructure", "expired")}


def test_a_link_between_a_truce_and_something_else_is_not_the_truce(observe: Observe) -> None:
    found = observe(
        "Ukraine said it would not accept any link between a Black Sea truce and sanctions "
        "relief for Russia."
    )
    assert "rejected" not in {o.status for o in found}


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Kyiv accused Moscow of violating the truce on energy targets two days after it began.",
            None,
        ),
        ("Hamas accused Israel of breaking the truce in Gaza barely a week into it.", None),
        (
            "Israel had been willing to accept a ceasefire in Gaza for six weeks, officials said.",
            None,
        ),
        ("Israel accepted a ceasefire in Gaza for six weeks.", 42.0),
    ],
)
def test_a_length_is_the_agreements_own_not_a_distance_or_a_states(
    observe: Observe, text: str, days: float | None
) -> None:
    assert {o.agreement.duration_days for o in observe(text)} == {days}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel and Hezbollah fought for a year. The truce was signed in Paris in "
            "late November and came into force two days later.",
            {("HEZBOLLAH+ISR", "general", "agreed"), ("HEZBOLLAH+ISR", "general", "in_effect")},
        ),
        (
            "Israel and Hamas fought on. A five-day truce sealed last week under heavy "
            "Egyptian pressure lapsed on Sunday.",
            {("HAMAS+ISR", "general", "agreed"), ("HAMAS+ISR", "general", "expired")},
        ),
    ],
)
def test_a_second_verb_of_the_same_subject_governs_the_agreement(
    observe: Observe, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= triples(observe(text))


def test_a_second_verb_with_a_subject_of_its_own_is_not_the_agreements(
    observe: Observe,
) -> None:
    text = (
        "Russia and Ukraine fought for years. The truce was announced in April and "
        "Ukraine's front in the east quickly collapsed."
    )
    assert ("RUS+UKR", "general", "collapsed") not in triples(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine fought for years. The two sides started a swap of prisoners at dawn.",
        "Russia and Ukraine fought for years. Both sides began handing over captives on Friday.",
    ],
)
def test_beginning_an_exchange_puts_it_in_effect(observe: Observe, text: str) -> None:
    assert ("RUS+UKR", "prisoner_exchange", "in_effect") in triples(observe(text))


@pytest.mark.parametrize(
    "later",
    [
        "An American plane carried released captives to Sanaa.",
        "An American envoy said a wider deal on all detainees had been sealed.",
    ],
)
def test_a_later_mention_naming_no_side_keeps_the_sides_of_its_agreement(
    observe: Observe, later: str
) -> None:
    found = observe(
        "Yemen's government and the Houthis started swapping captives on Friday. " + later
    )
    assert len(found) == 2
    assert {o.agreement.parties for o in found} == {("HOUTHIS", "YEM")}


def test_a_demonym_before_a_place_noun_names_a_place_not_a_side(observe: Observe) -> None:
    found = observe(
        "The Houthis and Yemen's government fought for years. "
        "They agreed a truce in the Saudi border town of Najran."
    )
    assert {o.agreement.parties for o in found} == {("HOUTHIS", "YEM")}


@pytest.mark.parametrize(
    ("welcomer", "expected"),
    [("A council of village elders", set()), ("Hamas", {"HAMAS"})],
)
def test_acceptance_is_a_sides_stance_not_anyones(
    observe: Observe, welcomer: str, expected: set[str]
) -> None:
    found = observe(f"Israel and Hamas fought on. {welcomer} welcomed the ceasefire on Sunday.")
    assert {o.by for o in found if o.status == "accepted"} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Ecuador fought a border war in 1995. Three years later Lima and Quito "
        "resolved their territorial dispute.",
        "Peru and Ecuador exchanged insults for weeks. On Monday Peru and Ecuador agreed "
        "to patch up their diplomatic rift.",
    ],
)
def test_settling_a_dispute_between_two_states_is_a_deal(observe: Observe, text: str) -> None:
    assert triples(observe(text)) == {("ECU+PER", "other", "agreed")}


@pytest.mark.parametrize(
    "text",
    [
        "Port workers in Canada struck for a week. The union agreed to end the dispute.",
        "Mexico and Canada argued for a year. Mexico and Canada settled their tariff dispute.",
    ],
)
def test_settling_a_labour_or_trade_dispute_is_no_agreement(observe: Observe, text: str) -> None:
    assert observe(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenia and Azerbaijan fought two wars. Peace talks between Armenia and "
            "Azerbaijan broke down in Almaty.",
            ("ARM+AZE", "general", "collapsed"),
        ),
        (
            "Armenia and Azerbaijan fought two wars. Azerbaijan walked out of the peace talks.",
            ("ARM+AZE", "general", "collapsed"),
        ),
        (
            "Armenia and Azerbaijan fought two wars. Talks between Baku and Yerevan on a "
            "transit agreement collapsed.",
            ("ARM+AZE", "other", "collapsed"),
        ),
    ],
)
def test_talks_can_break_down_and_talks_on_other_deals_are_other(
    observe: Observe, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(observe(text))


@pytest.mark.parametrize(
    ("tail", "status"),
    [("was declared dead by Kyiv.", "collapsed"), ("was declared on Monday.", "agreed")],
)
def test_a_truce_declared_dead_is_over_not_agreed(observe: Observe, tail: str, status: str) -> None:
    found = observe("Russia and Ukraine fought for years. The Easter truce " + tail)
    assert {o.status for o in found} == {status}


def test_agreeing_in_principle_without_an_object_accepts_the_last_proposal(
    observe: Observe,
) -> None:
    text = (
        "India and Pakistan traded fire for a week. Britain proposed a truce along the "
        "frontier. Pakistan agreed in principle on Sunday."
    )
    accepted = only(observe(text), "accepted")
    assert (accepted.by, accepted.agreement.parties) == ("PAK", ("IND", "PAK"))


@pytest.mark.parametrize(
    ("text", "asserted"),
    [
        (
            "Russia and Ukraine fought for years. Kyiv said its drones would keep flying "
            "over Russian refineries and depots until Russia halted its attacks on power plants.",
            False,
        ),
        (
            "Russia and Ukraine fought for years. Russia halted its attacks on power "
            "plants on Tuesday.",
            True,
        ),
    ],
)
def test_what_a_vow_waits_for_has_not_happened(observe: Observe, text: str, asserted: bool) -> None:
    found = triples(observe(text))
    assert (("RUS+UKR", "energy_infrastructure", "in_effect") in found) is asserted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel and Hamas fought for months. The Gaza truce came into force on Sunday "
            "but was breached by nightfall, medics said.",
            ("HAMAS+ISR", "general", "violated"),
        ),
        (
            "Russia and Ukraine fought for years. The handover of prisoners of war was "
            "postponed again on Friday.",
            ("RUS+UKR", "prisoner_exchange", "suspended"),
        ),
    ],
)
def test_a_second_verb_after_but_and_a_postponed_swap(
    observe: Observe, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(observe(text))


def test_a_side_named_in_the_first_verbs_phrase_does_not_act_the_second(
    observe: Observe,
) -> None:
    text = (
        "Israel and Hamas fought on. A five-day truce sealed last week at Hamas's "
        "request lapsed on Sunday."
    )
    assert only(observe(text), "expired").by is None


@pytest.mark.parametrize("kind", ["tariff truce", "trade truce", "sanctions truce"])
def test_a_truce_in_a_trade_war_is_no_agreement_between_warring_sides(
    observe: Observe, kind: str
) -> None:
    text = f"India and Pakistan fought in May. India and Pakistan later agreed a {kind}."
    assert observe(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Sudan and South Sudan clashed over Abyei. Juba freed 14 Sudanese soldiers in "
        "exchange for nine of its own on Monday.",
        "Sudan and South Sudan clashed over Abyei. The prisoner swap, overseen by the "
        "ICRC, went ahead on Monday.",
    ],
)
def test_freed_soldiers_and_a_swap_that_went_ahead_are_an_exchange_in_effect(
    observe: Observe, text: str
) -> None:
    assert ("SDN+SSD", "prisoner_exchange", "in_effect") in triples(observe(text))


def test_troops_freeing_a_village_is_no_exchange(observe: Observe) -> None:
    assert observe("Sudan and South Sudan clashed. Sudanese troops freed the town of Heglig.") == ()


def test_a_de_escalation_agreement_is_a_deal_between_the_sides(observe: Observe) -> None:
    text = (
        "Ethiopia and Eritrea massed troops on the border. Asmara accused Addis Ababa of "
        "flouting the de-escalation agreement."
    )
    violated = only(observe(text), "violated")
    assert (violated.agreement.parties, violated.by) == (("ERI", "ETH"), "ETH")


# --- added with the fresh-article check ---------------------------------------------


def test_a_truce_that_ended_the_fighting_did_not_itself_end(observe: Observe) -> None:
    found = observe(
        "BEIRUT - The ceasefire between Israel and Hezbollah, brokered by the United States "
        "and France, ended more than a year of fighting."
    )
    assert {o.status for o in found} == {"agreed"}
    ended = observe("BEIRUT - The ceasefire between Israel and Hezbollah ended on Sunday.")
    assert {o.status for o in ended} == {"expired"}


def test_the_patron_of_a_group_is_no_side_of_its_truce(observe: Observe) -> None:
    found = observe(
        "BEIRUT - The U.S. plan, delivered by envoy Tom Barrack, calls for Israel to halt "
        "its strikes in return for the Iran-backed group handing over its weapons."
    )
    assert found and all("IRN" not in o.agreement.parties for o in found)


def test_a_plan_backed_by_a_state_is_still_that_states_proposal(observe: Observe) -> None:
    found = observe("MOSCOW - A US-backed plan for a ceasefire between Russia and Ukraine.")
    assert [(o.agreement.parties, o.status, o.by) for o in found] == [
        (("RUS", "UKR"), "proposed", "USA")
    ]


def test_urging_a_truces_sponsors_is_no_proposal_of_the_truce(observe: Observe) -> None:
    found = observe(
        "BEIRUT - Israel and Hezbollah agreed to a ceasefire in November. President Joseph "
        "Aoun urged the ceasefire's sponsors to press Israel to stop its attacks."
    )
    assert {o.status for o in found} == {"agreed"}


def test_lebanon_accusing_israel_does_not_split_a_truce_made_with_hezbollah(
    observe: Observe,
) -> None:
    found = observe(
        "BEIRUT - Israel and Hezbollah agreed a ceasefire in November. Lebanon's army says "
        "Israel has breached the truce thousands of times since then."
    )
    assert {o.agreement.parties for o in found} == {("HEZBOLLAH", "ISR")}
    assert only(found, "violated").by == "ISR"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BANGKOK - Thailand said on Monday it was suspending the joint declaration it "
            "signed with Cambodia last month.",
            {("KHM+THA", "general", "suspended")},
        ),
        (
            "GOMA - Kinshasa and the M23 signed a declaration of principles in Doha.",
            {("COD+M23", "general", "agreed")},
        ),
        (
            "ASMARA - The leaders of Eritrea and Ethiopia signed a joint declaration of peace "
            "and friendship on Monday.",
            {("ERI+ETH", "general", "agreed")},
        ),
        (
            "YEREVAN - Armenia and Azerbaijan initialled a peace declaration in Washington.",
            {("ARM+AZE", "general", "agreed")},
        ),
        ("BANGKOK - Thailand and Cambodia signed a trade agreement.", set()),
        ("TOKYO - Japan and Canada signed a joint declaration on Monday.", set()),
        ("MOSCOW - Russia's declaration of war on Ukraine shocked Europe.", set()),
    ],
)
def test_a_deal_between_two_warring_sides_is_their_peace_deal(
    observe: Observe, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(observe(text)) == expected


def test_declaring_the_process_closed_ends_the_talks(observe: Observe) -> None:
    found = observe(
        "BOGOTA - Colombia's government and the ELN held peace talks in Havana. President "
        'Gustavo Petro declared the process "closed" in January.'
    )
    assert triples(found) == {
        ("COL+ELN", "general", "negotiating"),
        ("COL+ELN", "general", "collapsed"),
    }


def test_the_process_of_something_else_is_no_agreement(observe: Observe) -> None:
    found = observe(
        "BOGOTA - Colombia's government and the ELN held peace talks in Havana. A judge "
        "declared the trial over, and the hiring process took longer than expected."
    )
    assert triples(found) == {("COL+ELN", "general", "negotiating")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BOGOTA - Colombia's government and the ELN held peace talks in Havana.",
            {("COL+ELN", "general", "negotiating")},
        ),
        (
            "DOHA - Pakistan and Afghanistan held talks in Doha on Saturday, and agreed a "
            "ceasefire.",
            {("AFG+PAK", "general", "negotiating"), ("AFG+PAK", "general", "agreed")},
        ),
    ],
)
def test_the_capital_talks_are_held_in_is_no_side(
    observe: Observe, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(observe(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Iran warned against the deal. The leaders of Armenia and Azerbaijan signed a joint "
        "declaration at the White House on Friday.",
        "Kyiv condemned the meeting. The leaders of Armenia and Azerbaijan signed a "
        "ceasefire at the Kremlin on Tuesday.",
    ],
)
def test_the_seat_of_power_a_deal_is_signed_at_is_no_side(observe: Observe, text: str) -> None:
    assert {pair for pair, _, _ in triples(observe(text))} == {"ARM+AZE"}


def test_a_named_agreement_refers_to_the_one_named_so_not_the_latest(
    observe: Observe,
) -> None:
    found = observe(
        "GOMA - Congo and Rwanda signed the Washington agreement in June. In July, Kinshasa "
        "and the M23 agreed a prisoner exchange. Kigali says the Washington agreement is "
        "being honoured."
    )
    assert triples(found) == {
        ("COD+RWA", "general", "agreed"),
        ("COD+M23", "prisoner_exchange", "agreed"),
        ("COD+RWA", "general", "in_effect"),
    }


def test_a_definite_truce_named_by_its_place_is_not_the_earlier_truce(observe: Observe) -> None:
    found = observe(
        "Thailand and Cambodia signed a ceasefire in Kuala Lumpur on Monday. Hotel "
        "bookings in Eilat recovered quickly after the Gaza ceasefire took effect in January."
    )
    assert ("HAMAS+ISR", "general", "in_effect") in triples(found)
    assert ("KHM+THA", "general", "in_effect") not in triples(found)


def test_a_halt_ends_before_a_clause_opened_by_and_the_name(observe: Observe) -> None:
    text = (
        "Afghanistan said Pakistan halted its air strikes on Kabul and the Iranian "
        "government welcomed the step."
    )
    halt = only(observe(text), "in_effect")
    assert halt.agreement.parties == ("AFG", "PAK")
    start, end = halt.evidence.span
    assert text[start:end] == "halted its air strikes on Kabul"


# --- transcripts and stative wording ---------------------------------------------


def test_a_reporters_question_turn_asserts_nothing(observe: Observe) -> None:
    text = (
        "The ministry published the briefing.\n"
        "Q: The opposition says Azerbaijan rejected the truce with Armenia. Your view?\n"
        "Spokesman: We do not comment on rumours."
    )
    assert observe(text) == ()


def test_an_answer_turn_in_a_transcript_is_still_read(observe: Observe) -> None:
    text = (
        "Q: Is a new pause in strikes on ports being discussed?\n"
        "Spokesman: Last year Russia observed a moratorium on strikes on ports, "
        "and Ukraine broke it repeatedly."
    )
    found = only(observe(text), "violated")
    assert (found.by, found.agreement.scope) == ("UKR", "maritime")


def test_a_truce_said_to_be_intact_is_in_effect(observe: Observe) -> None:
    text = "Armenia and Azerbaijan signed a truce in May. The truce is still intact."
    assert ("ARM+AZE", "general", "in_effect") in triples(observe(text))


def test_an_accord_made_with_another_side_is_not_the_truce_before(observe: Observe) -> None:
    text = (
        "Congo and the M23 accused each other of breaking a truce agreed in Doha, as peace "
        "talks stalled. Congo's president said he honoured the peace agreement signed with "
        "Rwanda in Washington."
    )
    found = triples(observe(text))
    assert ("COD+RWA", "general", "in_effect") in found
    assert ("COD+M23", "general", "in_effect") not in found


def test_a_truce_they_signed_is_agreed_even_while_said_to_be_broken(observe: Observe) -> None:
    text = "Armenia and Azerbaijan accused each other of breaking a truce they signed in May."
    assert triples(observe(text)) == {
        ("ARM+AZE", "general", "violated"),
        ("ARM+AZE", "general", "agreed"),
    }


def test_a_proposal_whose_authors_are_listed_in_an_aside_is_still_a_proposal(
    observe: Observe,
) -> None:
    text = (
        "Armenia and Azerbaijan traded fire. A plan by the mediators - France, Russia and "
        "the United States - for a humanitarian truce was sent to both capitals."
    )
    assert ("ARM+AZE", "humanitarian", "proposed") in triples(observe(text))


def test_refusing_any_pause_rejects_the_truce_in_view(observe: Observe) -> None:
    text = (
        "Armenia and Azerbaijan traded fire. Asked about a French plan for a humanitarian "
        "truce, Azerbaijan said it would never accept any pause that let Armenia regroup."
    )
    assert ("ARM+AZE", "humanitarian", "rejected") in triples(observe(text))


def test_a_name_ending_in_is_is_not_the_verb_is(observe: Observe) -> None:
    # "Houthis agreed" once read as "is agreed", a passive that takes its subject from
    # the left and so left the pause after it without a verb.
    text = "The Houthis fought the US. The Houthis agreed to stop attacking US ships."
    assert triples(observe(text)) == {("HOUTHIS+USA", "maritime", "agreed")}


def test_where_a_side_halted_its_strikes_is_no_side(observe: Observe) -> None:
    text = (
        "The Houthis and the US traded fire for months. Washington halted its bombing "
        "campaign in Yemen in May."
    )
    assert {o.agreement.parties for o in observe(text)} == {("HOUTHIS", "USA")}


def test_never_having_agreed_is_a_denial_not_a_rejection(observe: Observe) -> None:
    text = "Armenia and Azerbaijan fought again. The two have never agreed to a truce."
    assert observe(text) == ()
    declined = "Armenia and Azerbaijan fought again. Azerbaijan refused to agree to a truce."
    assert triples(observe(declined)) == {("ARM+AZE", "general", "rejected")}


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas fought on. An army spokesman declined to say whether the truce held.",
        "Russia and Ukraine traded strikes. The Kremlin refused to say if the truce was over.",
        "India and Pakistan clashed. Delhi declined to confirm that the ceasefire was over.",
    ],
)
def test_declining_to_say_is_no_refusal_of_the_agreement(observe: Observe, text: str) -> None:
    assert all(o.status != "rejected" for o in observe(text))
    broken = "Armenia and Azerbaijan agreed a truce. Azerbaijan never respected the truce."
    assert ("ARM+AZE", "general", "violated") in triples(observe(broken))


def test_an_armed_group_that_agrees_a_truce_is_its_side_against_the_state(
    observe: Observe,
) -> None:
    text = (
        "Myanmar's army said it retook a town from the Arakan Army, which denied it and "
        "said Myanmar's jets bombed villages. Separately, the Karen National Union agreed "
        "to a ceasefire with the military."
    )
    assert triples(observe(text)) == {("KNU+MMR", "general", "agreed")}


def test_a_truce_with_a_group_outside_the_main_conflict_binds_that_group(
    observe: Observe,
) -> None:
    text = (
        "Burkina Faso and Mali signed a defence pact, and Burkina Faso sent troops. "
        "In Mali, where the army is stretched, Mali's ministers met elders. Elders said "
        "a truce between JNIM and villagers near Mopti was holding."
    )
    assert {o.agreement.parties for o in observe(text)} == {("JNIM", "MLI")}


def _quoted(text: str, quote: str, name: str, actor: str) -> Statement:
    start = text.index(quote)
    return Statement(
        article_id="a1",
        speaker=Speaker(name=name, actor=actor),
        verb="say",
        content=quote,
        direct=True,
        span=(start, start + len(quote)),
        sentence=quote,
        confidence=0.6,
    )


def test_a_quote_of_a_speaker_from_another_war_stays_with_the_article_truce(
    observe: Observe,
) -> None:
    # A surname shared with a Hezbollah leader must not turn a Gaza quote into a
    # Lebanon truce: the quote names no side, the article's truce is Israel-Hamas.
    quote = "We have informed the mediators of every breach."
    text = (
        "The truce between Israel and Hamas took effect in Gaza on Sunday. Its spokesman "
        "said Israeli forces had violated the truce. \u201cThe occupation wants a truce on "
        f"paper,\u201d Qassem said. \u201c{quote}\u201d"
    )
    found = observe(text, (_quoted(text, quote, "Qassem", "HEZBOLLAH"),))
    assert all(o.agreement.parties == ("HAMAS", "ISR") for o in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Lebanon agreed to a ceasefire on Tuesday.",
        "Lebanon and Israel have agreed to a ceasefire, officials said.",
        "The ceasefire between Israel and Hezbollah was agreed on Tuesday.",
        "Hezbollah and Israel agreed a truce after a year of fighting.",
    ],
)
def test_two_names_of_one_side_give_one_key(observe: Observe, text: str) -> None:
    # Lebanon or Hezbollah: one side of the war with Israel, so one key whichever name
    # the article uses; the parties stay as the article names them.
    [found] = [o for o in observe(text) if o.status == "agreed"]
    assert found.agreement.id == "HEZBOLLAH+ISR/general"
    assert found.agreement.parties in (("HEZBOLLAH", "ISR"), ("ISR", "LBN"))
    assert ("LBN" in found.agreement.parties) is ("Lebanon" in text)


@pytest.mark.parametrize(
    "term",
    [
        "effectively extending the deadline for Israel's withdrawal by three weeks",
        "The withdrawal deadline has been extended, the White House said",
        "Mediators extended the pullout timetable",
    ],
)
def test_an_extension_of_a_deadline_the_agreement_sets_gives_the_agreement_no_end(
    observe: Observe, term: str
) -> None:
    found = observe(
        "Israel and Hezbollah fought for a year before the ceasefire. Lebanon has agreed "
        f"to extend the arrangement until February 18. {term}."
    )
    [extended] = [o for o in found if o.status == "extended"]
    assert extended.agreement.ends is None


def test_an_extension_until_a_date_without_a_deadline_ends_then(observe: Observe) -> None:
    found = observe("Israel and Hamas extended the truce in Gaza until Friday.")
    [extended] = [o for o in found if o.status == "extended"]
    assert extended.agreement.ends is not None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "The Gaza ceasefire between Israel and Hamas took effect on Sunday, after fifteen "
            "months of war, and is for now a 42-day arrangement.",
            42,
        ),
        (
            "The energy truce between Russia and Ukraine took effect on Tuesday and runs "
            "for 30 days.",
            30,
        ),
        (
            "The ceasefire between Thailand and Cambodia took effect at midnight and is due to "
            "last two weeks.",
            14,
        ),
        ("The ceasefire in Gaza, which took effect on Sunday, is a six-week truce.", 42),
    ],
)
def test_a_predicate_of_the_agreement_gives_its_length(
    observe: Observe, text: str, days: float
) -> None:
    [found] = [o for o in observe(text) if o.status == "in_effect"]
    assert found.agreement.duration_days == days


def test_a_length_told_of_another_subject_is_not_the_agreements(observe: Observe) -> None:
    found = observe(
        "The ceasefire in Gaza took effect on Sunday, and the war had lasted 15 months."
    )
    assert {o.agreement.duration_days for o in found} == {None}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "NAIROBI - Commanders of Ethiopia's army and Tigrayan forces signed a declaration on "
            "how to carry out their peace deal, agreeing to allow unhindered humanitarian access "
            "to Tigray.",
            "ETH+TPLF",
        ),
        (
            "Sudan's army and the RSF agreed to allow humanitarian aid deliveries to El Fasher.",
            "RSF+SDN",
        ),
        ("Israel and Hamas agreed to let aid enter Gaza through the Rafah crossing.", "HAMAS+ISR"),
        ("Russia and Ukraine agreed on safe passage for aid convoys to Mariupol.", "RUS+UKR"),
    ],
)
def test_agreeing_to_let_aid_in_is_a_humanitarian_agreement(
    observe: Observe, text: str, sides: str
) -> None:
    found = observe(text)
    assert {("+".join(o.agreement.parties), o.agreement.scope, o.status) for o in found} >= {
        (sides, "humanitarian", "agreed")
    }


def test_aid_in_a_story_with_no_agreement_on_it_is_no_humanitarian_deal(observe: Observe) -> None:
    found = observe("Israel and Hamas agreed a truce on Friday. Aid trucks entered Gaza on Sunday.")
    assert {o.agreement.scope for o in found} == {"general"}


@pytest.mark.parametrize(
    "recap",
    [
        "A ceasefire between Congo and Rwanda brokered by Angola took effect in August 2024.",
        "The two countries signed a truce in 2019 that soon broke down.",
    ],
)
def test_a_recap_dated_to_an_earlier_year_does_not_shadow_the_news(
    observe: Observe, recap: str
) -> None:
    text = (
        "Negotiators from Congo and Rwanda initialled the text of a peace agreement on "
        "Wednesday, the two governments said. " + recap
    )
    agreed = [o for o in observe(text) if o.status == "agreed"]
    assert [o.evidence.sentence.split()[0] for o in agreed] == ["Negotiators"]


@pytest.mark.parametrize(
    "recap",
    [
        "The two countries signed a truce last August that soon broke down.",
        "The two countries signed a truce last year that soon broke down.",
    ],
)
def test_a_recap_that_last_dates_to_an_earlier_year_does_not_shadow_the_news(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, recap: str
) -> None:
    # Published in July: "last August" is the August of the year before. The news is
    # told with less confidence than the recap.
    text = "A ceasefire between Congo and Rwanda is to take effect, officials said. " + recap
    article = Article(id="a1", text=text, published=datetime(2025, 7, 16, 12, tzinfo=UTC))
    found = extract_observations(article, (), gazetteer, lexicon)
    agreed = [o for o in found if o.status == "agreed"]
    assert [o.evidence.sentence.split()[0] for o in agreed] == ["A"]


@pytest.mark.parametrize(
    ("month", "recap"),
    [
        (5, "Around the elections in March the ELN observed a five-day truce that was respected."),
        (5, "In April the rebels observed a ceasefire with the government."),
        (2, "In November the rebels observed a ceasefire with the government."),
    ],
)
def test_a_recap_dated_to_an_earlier_month_does_not_shadow_the_news(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, month: int, recap: str
) -> None:
    # The news of the day comes first, the recap of a recent month (across the new year too)
    # after it.
    text = (
        "The ELN declared a unilateral ceasefire with the government for the election. "
        "The truce began overnight. " + recap
    )
    article = Article(id="a1", text=text, published=datetime(2018, month, 25, 15, tzinfo=UTC))
    found = extract_observations(article, (), gazetteer, lexicon)
    started = [o for o in found if o.status == "in_effect"]
    assert [o.evidence.sentence.split()[1] for o in started] == ["truce"]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The MNDAA said on Tuesday it would cease fire and was ready for talks.", "agreed"),
        ("The military said it would cease fire against the MNDAA for a week.", "agreed"),
        ("The MNDAA ceased fire at dawn, the military said.", "in_effect"),
    ],
)
def test_cease_fire_as_a_verb_is_a_halt(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, sentence: str, status: str
) -> None:
    article = Article(id="a1", text=sentence, published=datetime(2024, 9, 18, 9, tzinfo=UTC))
    found = extract_observations(article, (), gazetteer, lexicon)
    assert [o.agreement.kind for o in found if o.status == status] == ["pause"]


def test_a_cease_fire_written_in_two_words_is_still_the_noun(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    text = "The MNDAA agreed to a cease fire with the military."
    article = Article(id="a1", text=text, published=datetime(2024, 9, 18, 9, tzinfo=UTC))
    found = extract_observations(article, (), gazetteer, lexicon)
    assert [(o.status, o.agreement.kind) for o in found] == [("agreed", "ceasefire")]


@pytest.mark.parametrize(
    "call",
    [
        "The ELN called for the peace talks with the government to resume in January.",
        "The ELN called for peace talks with the government in January.",
    ],
)
def test_a_month_far_behind_the_article_is_one_ahead_and_no_recap(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, call: str
) -> None:
    # Told in late December, "in January" is the coming month: the call is news and keeps
    # its place over the later restatement.
    text = call + " The rebels proposed new peace talks with the government."
    article = Article(id="a1", text=text, published=datetime(2017, 12, 29, 15, tzinfo=UTC))
    found = extract_observations(article, (), gazetteer, lexicon)
    proposed = [o for o in found if o.status == "proposed"]
    assert [o.evidence.sentence.split()[1] for o in proposed] == ["ELN"]


@pytest.mark.parametrize(
    "clock",
    [
        "from midnight local time on Sunday (2000 GMT on Saturday)",
        "from 11 p.m. Moscow time (2000 GMT) on Saturday",
        "from 22:00 local time on Saturday (1900 UTC)",
    ],
)
def test_a_wire_clock_in_gmt_is_no_year_that_makes_the_news_a_recap(
    observe: Observe, clock: str
) -> None:
    text = (
        f"Armenia and Azerbaijan agreed to a humanitarian truce {clock}, their foreign "
        "ministries said. The first humanitarian ceasefire, agreed in Moscow a week ago, "
        "broke down within hours."
    )
    agreed = [o for o in observe(text) if o.status == "agreed"]
    assert [o.evidence.sentence.split()[0] for o in agreed] == ["Armenia"]
    assert agreed[0].agreement.starts is not None


@pytest.mark.parametrize(
    "denial",
    [
        "Bangkok said there was no expiry date for the halt in hostilities.",
        "Thai officials insist the truce has no fixed end date.",
        "Bangkok says the ceasefire is open-ended.",
    ],
)
def test_an_extension_to_an_end_the_article_denies_is_no_extension(
    observe: Observe, denial: str
) -> None:
    # The extension told nothing but the new end: with the end denied, nothing is left.
    claim = "Cambodia said Thailand and Cambodia had agreed to extend the ceasefire until July 31."
    text = f"Thailand and Cambodia agreed a ceasefire. {claim} {denial}"
    observations = observe(text)
    assert not [o for o in observations if o.status == "extended"]
    assert all(o.agreement.ends is None for o in observations)


@pytest.mark.parametrize(
    ("text", "ended"),
    [
        # What a truce ended is a stretch of something, not the truce.
        (
            "The truce between Israel and Hamas that ended six weeks of air strikes and "
            "rocket fire is holding.",
            False,
        ),
        ("Armenia and Azerbaijan signed a deal that ended three decades of enmity.", False),
        ("The truce between Israel and Hamas ended on Monday.", True),
    ],
)
def test_a_truce_that_ended_a_stretch_of_time_did_not_end(
    observe: Observe, text: str, ended: bool
) -> None:
    statuses = {status for _, _, status in triples(observe(text))}
    assert bool(statuses & {"expired", "collapsed"}) is ended


@pytest.mark.parametrize(
    ("text", "ended"),
    [
        # Nothing suggesting an end is no end.
        (
            "Officials say nothing suggests the truce between Israel and Hamas ends on the 18th.",
            False,
        ),
        ("Diplomats have seen nothing that indicates the Gaza truce expired.", False),
        ("Diplomats say the truce between Israel and Hamas expired on Sunday.", True),
        # The end of a truce as the subject of a modal: a hypothesis.
        (
            "Mediators said the end of the truce between Israel and Hamas would not "
            "automatically mean the end of the talks.",
            False,
        ),
        ("The end of the truce between Israel and Hamas came on Sunday.", True),
    ],
)
def test_an_end_nothing_suggests_or_only_supposed_is_no_end(
    observe: Observe, text: str, ended: bool
) -> None:
    statuses = {status for _, _, status in triples(observe(text))}
    assert bool(statuses & {"expired", "collapsed"}) is ended


@pytest.mark.parametrize(
    ("text", "expired"),
    [
        # An end stated ahead of the article is when the truce will run out.
        ("The truce between Thailand and Cambodia expires at midnight on Friday, 20 June.", False),
        ("The truce between Thailand and Cambodia expired at midnight on 1 June.", True),
    ],
)
def test_an_expiry_stated_ahead_of_the_article_is_not_reached(
    observe: Observe, text: str, expired: bool
) -> None:
    statuses = {status for _, _, status in triples(observe(text))}
    assert ("expired" in statuses) is expired


def test_an_end_nobody_denies_is_kept(observe: Observe) -> None:
    text = "India and Pakistan agreed to extend the ceasefire until May 18."
    extended = [o for o in observe(text) if o.status == "extended"]
    assert extended and all(o.agreement.ends is not None for o in extended)


@pytest.mark.parametrize(
    "text",
    [
        "Congo and the M23 rebels each declared a 14-day truce on Friday. The truce is to "
        "begin at midnight on Saturday, the AU said. The truce is the third halt to the "
        "fighting agreed this year.",
        "Sudan's army and the RSF declared a week-long truce. The truce will take effect on "
        "Thursday at 6 a.m., the mediators said. It is the latest truce agreed by the two "
        "sides.",
    ],
)
def test_of_two_mentions_of_one_status_the_one_that_says_when_it_starts_is_kept(
    observe: Observe, text: str
) -> None:
    agreed = [o for o in observe(text) if o.status == "agreed"]
    assert any(o.agreement.starts is not None for o in agreed)


@pytest.mark.parametrize(
    "term",
    [
        "Hamas said that during the truce Israeli forces would halt all military action.",
        "Hamas said that under the truce Israel would stop all attacks across Gaza.",
        "Under the deal, Israeli forces will halt all military action across Gaza.",
        "As part of the pause, the army will stop its strikes on the south of the strip.",
    ],
)
def test_a_halt_told_as_a_term_of_the_agreement_named_before_it_is_that_agreement(
    observe: Observe, term: str
) -> None:
    found = observe("Israel and Hamas agreed to a four-day humanitarian pause. " + term)
    assert {(o.agreement.scope, o.status, o.by) for o in found} == {
        ("humanitarian", "agreed", None)
    }


def test_a_halt_after_a_truce_without_a_frame_is_still_read(observe: Observe) -> None:
    found = observe(
        "Israel and Hamas agreed to a four-day humanitarian pause on Monday. On Friday the "
        "army said it would halt all military action in Rafah for a week."
    )
    assert ("general", "agreed") in {(o.agreement.scope, o.status) for o in found}


def test_in_month_matches_as_its_word_boundary_form() -> None:
    """``_IN_MONTH`` is led by its letters for speed; it finds what the same pattern led
    by a word boundary finds, at a text's start, after marks and not inside words."""
    from processors.agreements import _IN_MONTH

    plain = re.compile(r"\b(?:[Ii]n|[Dd]uring) ([A-Z][a-z]+)\b(?! \d)")
    texts = [
        "In March the rebels held a halt; during April, and In May 3 they did not.",
        "within March, Begin April, (in June) 'during July' -in August, Din Mars",
        "During Ramadan the guns fell silent in Gaza, in Khartoum and in El Fasher.",
        "in",
        "xIn March",
        "é in March, 2in April, _in May",
    ]
    for text in texts:
        for start in range(len(text)):
            expected = [(m.span(), m.groups()) for m in plain.finditer(text, start)]
            assert [(m.span(), m.groups()) for m in _IN_MONTH.finditer(text, start)] == expected
