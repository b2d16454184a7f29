"""From status words to observations: times, lengths, and when a status holds at all."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from agreement_checks import Observe

from processors.model import Observation

pytestmark = pytest.mark.unit


def triples(found: tuple[Observation, ...]) -> set[tuple[str, str, str]]:
    return {("+".join(o.agreement.parties), o.agreement.scope, o.status) for o in found}


# --- a halt ordered from a later hour -------------------------------------------------

ORDER = "Israel ordered its forces to halt strikes on Gaza from 10 a.m. Israel time on Sunday."


def test_a_halt_ordered_from_an_hour_still_ahead_is_agreed_not_in_effect(
    observe: Observe,
) -> None:
    saturday = datetime(2025, 6, 7, 9, 0, tzinfo=UTC)
    assert triples(observe(ORDER, saturday)) == {("HAMAS+ISR", "general", "agreed")}


def test_once_that_hour_has_passed_the_halt_is_in_effect(observe: Observe) -> None:
    sunday_noon = datetime(2025, 6, 8, 12, 0, tzinfo=UTC)
    assert triples(observe(ORDER, sunday_noon)) == {("HAMAS+ISR", "general", "in_effect")}


def test_without_a_named_zone_the_hour_is_not_exact_enough_to_tell(observe: Observe) -> None:
    text = "The army ordered troops to stop shelling Kharkiv from 9 p.m. on Wednesday."
    assert ("RUS+UKR", "general", "in_effect") in triples(observe(text))


def test_a_stated_start_and_end_give_the_length(observe: Observe) -> None:
    found = observe(
        "Azerbaijan declared a truce with Armenia from noon on Friday until noon on Sunday."
    )
    assert [o.agreement.duration_days for o in found] == [2.0]


# --- a discussion needs a side --------------------------------------------------------


def test_a_plan_discussed_with_outsiders_is_no_negotiation(observe: Observe) -> None:
    text = (
        "Israel and Hamas remain at war. The Egyptian plan for a Gaza truce was discussed "
        "with European diplomats on Tuesday."
    )
    assert ("HAMAS+ISR", "general", "negotiating") not in triples(observe(text))


def test_a_plan_discussed_with_a_side_is_negotiation(observe: Observe) -> None:
    text = (
        "Israel and Hamas remain at war. The Egyptian plan for a Gaza truce was discussed "
        "with Hamas leaders on Tuesday."
    )
    assert ("HAMAS+ISR", "general", "negotiating") in triples(observe(text))


# --- negated compliance ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("Hamas said Israel had never honoured the ceasefire in Gaza.", "ISR"),
        ("Kyiv said Russia did not respect the energy truce for a single night.", "RUS"),
    ],
)
def test_not_keeping_a_truce_is_violating_it(observe: Observe, text: str, by: str) -> None:
    violations = [o for o in observe(text) if o.status == "violated"]
    assert [o.by for o in violations] == [by]


def test_refusing_to_keep_a_truce_in_future_is_rejecting_it(observe: Observe) -> None:
    found = observe("Israel said it would not observe a truce with Hamas.")
    assert triples(found) == {("HAMAS+ISR", "general", "rejected")}


@pytest.mark.parametrize(
    "text",
    [
        "The United States and Saudi Arabia on Sunday proposed that India and Pakistan agree "
        "an immediate cessation of hostilities.",
        "Egypt suggested that Israel and Hamas accept a 60-day truce.",
        "The plan calls on Russia and Ukraine to name envoys and agree a halt to all strikes.",
    ],
)
def test_what_a_proposal_asks_the_sides_to_agree_is_proposed(observe: Observe, text: str) -> None:
    assert [o.status for o in observe(text)] == ["proposed"]


def test_what_the_sides_are_said_to_have_agreed_is_agreed(observe: Observe) -> None:
    found = observe("Egypt said that Israel and Hamas agreed to a 60-day truce.")
    assert [o.status for o in found] == ["agreed"]


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas agreed on Friday, in a phone call, to halt all fighting in Gaza.",
        "Both sides agreed to observe a complete cessation of hostilities between Armenia and "
        "Azerbaijan from midnight.",
        "India and Pakistan said they had agreed to strictly observe all agreements on a "
        "ceasefire along the Line of Control.",
        "Armenia and Azerbaijan agreed on Monday to scrupulously abide by the truce.",
    ],
)
def test_agreeing_to_stop_fighting_is_an_agreement_not_yet_a_halt(
    observe: Observe, text: str
) -> None:
    assert [o.status for o in observe(text)] == ["agreed"]


def test_a_halt_the_sides_carried_out_is_in_effect(observe: Observe) -> None:
    found = observe("Israel and Hamas halted all fighting in Gaza on Friday.")
    assert [o.status for o in found] == ["in_effect"]


def test_an_exchange_that_is_complete_has_taken_place(observe: Observe) -> None:
    found = observe(
        "Russia and Ukraine swapped 150 prisoners of war on Friday, the first stage of the deal. "
        "The exchange is complete, Ukraine's ombudsman said."
    )
    assert "in_effect" in [o.status for o in found if o.agreement.scope == "prisoner_exchange"]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Armenia and Azerbaijan extended the ceasefire by a further 30 days.", 30.0),
        ("Israel and Hamas have extended the truce by another two weeks.", 14.0),
        ("Israel and Hamas extended the truce on Friday.", None),
    ],
)
def test_an_extension_by_a_further_length_has_that_length(
    observe: Observe, text: str, days: float | None
) -> None:
    (extension,) = [o for o in observe(text) if o.status == "extended"]
    assert extension.agreement.duration_days == days


def test_agreeing_to_release_prisoners_is_an_agreed_exchange(observe: Observe) -> None:
    found = observe(
        "Sudan's army and the RSF have agreed to release 230 soldiers and civilian detainees "
        "in two stages."
    )
    assert [(o.agreement.scope, o.status) for o in found][:1] == [("prisoner_exchange", "agreed")]


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        ("Hezbollah will halt attacks on Israel from Monday, its leader said.", ["agreed"]),
        ("Hezbollah will halt attacks on Israel if the army withdraws from the south.", []),
    ],
)
def test_a_halt_promised_only_on_a_condition_is_no_agreement(
    observe: Observe, text: str, statuses: list[str]
) -> None:
    assert [o.status for o in observe(text)] == statuses


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Armenia and Azerbaijan agreed a prisoner exchange in May. Baku said the second "
            'stage of the exchange, due on Friday, is "suspended until further notice".',
            "suspended",
        ),
        (
            "Armenia and Azerbaijan agreed a ceasefire in May. Yerevan said on Sunday that the "
            'ceasefire "no longer holds".',
            "collapsed",
        ),
        (
            "Armenia and Azerbaijan agreed a ceasefire in May. Baku said Yerevan had chosen to "
            "end the ceasefire.",
            "collapsed",
        ),
        (
            "Armenia and Azerbaijan agreed a ceasefire in May. Yerevan said Azerbaijan "
            '"has destroyed the ceasefire by its own actions".',
            "collapsed",
        ),
    ],
)
def test_endings_told_in_quoted_or_plain_words(observe: Observe, text: str, status: str) -> None:
    assert status in [o.status for o in observe(text)]


def test_the_understanding_is_the_ceasefire_not_the_swap_named_since(observe: Observe) -> None:
    found = observe(
        "Armenia and Azerbaijan agreed a ceasefire in May and later a prisoner exchange. "
        "On Sunday Yerevan said Baku had torn up the understanding."
    )
    (collapse,) = [o for o in found if o.status == "collapsed"]
    assert collapse.agreement.scope == "general"


def test_the_understanding_before_any_ceasefire_is_named_is_the_ceasefire(
    observe: Observe,
) -> None:
    found = observe(
        "Armenia has suspended the second stage of the prisoner exchange with Azerbaijan "
        "after overnight shelling. Yerevan says Baku has torn up the understanding."
    )
    (collapse,) = [o for o in found if o.status == "collapsed"]
    assert collapse.agreement.scope == "general"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Armenia and Azerbaijan agreed a prisoner exchange in April. Baku said on Monday it "
            "had lifted the suspension of the exchange.",
            "in_effect",
        ),
        (
            "Armenia and Azerbaijan agreed a prisoner exchange in April. Baku announced a "
            "suspension of the exchange on Monday.",
            "suspended",
        ),
    ],
)
def test_lifting_a_suspension_resumes_the_agreement(
    observe: Observe, text: str, status: str
) -> None:
    assert [o.status for o in observe(text)][1:] == [status]


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        (
            'Israel and Hamas agreed a truce. Iran said it backed a ceasefire that ended "the '
            'siege of the Palestinian people".',
            False,
        ),
        ("Israel and Hamas agreed a truce. Israel ended the truce on Monday.", True),
    ],
)
def test_a_ceasefire_that_ended_a_quoted_thing_did_not_end(
    observe: Observe, text: str, ends: bool
) -> None:
    statuses = [o.status for o in observe(text)]
    assert ("collapsed" in statuses or "expired" in statuses) is ends


def test_ending_a_boycott_of_talks_resumes_them(observe: Observe) -> None:
    found = observe(
        "The ELN suspended peace talks with Colombia in March. On Friday the ELN ended its "
        "week-long boycott of the peace talks with Colombia."
    )
    assert [o.status for o in found] == ["suspended", "negotiating"]


@pytest.mark.parametrize(
    ("text", "by"),
    [
        (
            "Putin proposed on Sunday that Russia and Ukraine hold direct peace talks in Istanbul.",
            "RUS",
        ),
        ("Erdogan suggested that Russia and Ukraine resume peace talks in Istanbul.", "TUR"),
        ("Zelensky proposed that Kyiv and Moscow open direct peace talks next week.", "UKR"),
    ],
)
def test_proposing_that_the_sides_hold_talks_offers_them(
    observe: Observe, text: str, by: str
) -> None:
    assert {(o.status, o.by) for o in observe(text)} == {("proposed", by)}


@pytest.mark.parametrize(
    "text",
    [
        "An Israeli delegation held talks in Cairo last week on prolonging the truce with Hamas.",
        "Negotiations between Russia and Ukraine about extending the energy pause began today.",
        "Mediators opened discussions with Israel and Hamas over renewing the Gaza truce.",
    ],
)
def test_talks_on_extending_a_truce_negotiate_it_and_extend_nothing(
    observe: Observe, text: str
) -> None:
    found = observe(text)
    assert "extended" not in {o.status for o in found}
    assert "negotiating" in {o.status for o in found}


def test_a_truce_extended_outright_is_still_extended(observe: Observe) -> None:
    text = "Israel and Hamas extended the Gaza truce by two weeks after talks in Cairo."
    assert "extended" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The ELN agreed to free 14 people it has been holding since the summer.", "agreed"),
        ("Hamas agreed to release the people it abducted in October.", "agreed"),
        ("The ELN freed six people it had been holding in Arauca.", "in_effect"),
        ("Hamas released three civilians held captive in Gaza City.", "in_effect"),
        ("The ELN handed over nine people held by its northern front.", "in_effect"),
    ],
)
def test_people_a_side_holds_are_captives_of_an_exchange(
    observe: Observe, text: str, status: str
) -> None:
    assert any(
        o.agreement.scope == "prisoner_exchange" and o.status == status for o in observe(text)
    )


def test_people_freed_with_no_word_of_captivity_are_no_exchange(observe: Observe) -> None:
    text = "Hamas released a statement and said 40 people left Gaza City on Monday."
    assert all(o.agreement.scope != "prisoner_exchange" for o in observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Every year someone announces a truce between Israel and Hamas, residents say.",
        "Each time the Houthis reject a truce with Saudi Arabia, the fighting spreads.",
        "Year after year Russia and Ukraine agree a short Easter truce, and nothing changes.",
    ],
)
def test_a_status_told_with_a_frequency_is_a_habit_not_news(observe: Observe, text: str) -> None:
    assert observe(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Qatar, which has brokered previous truces between Israel and Hamas, hosted envoys.",
        "Turkey, which mediated several ceasefires between Russia and Ukraine, offered to help.",
        "Oman has negotiated past truces between the Houthis and Saudi Arabia, officials said.",
    ],
)
def test_a_mediators_record_of_earlier_agreements_is_no_agreement_now(
    observe: Observe, text: str
) -> None:
    assert all(o.status != "agreed" for o in observe(text))


def test_a_new_agreement_beside_a_mediators_record_is_still_found(observe: Observe) -> None:
    text = (
        "Egypt, which has brokered previous truces, said Israel and Hamas agreed a ceasefire "
        "on Sunday."
    )
    assert [o.status for o in observe(text)] == ["agreed"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine agreed a truce. A truce nobody watches is a truce that ends "
        "whenever one side decides it has ended, the analyst said.",
        "Israel and Hamas agreed a truce. A truce in Gaza lasts only whenever both sides "
        "want it to, and whenever one of them changes its mind it has collapsed.",
    ],
)
def test_a_pronoun_in_a_whenever_clause_is_any_truce_not_this_one(
    observe: Observe, text: str
) -> None:
    assert {o.status for o in observe(text)} == {"agreed"}


def test_a_pronoun_without_a_frequency_is_this_truce(observe: Observe) -> None:
    text = "Russia and Ukraine agreed a truce on Monday. By Wednesday it had collapsed."
    assert {o.status for o in observe(text)} == {"agreed", "collapsed"}


def test_a_status_without_a_frequency_is_still_news(observe: Observe) -> None:
    text = "This year the Houthis rejected a truce with Saudi Arabia on Monday."
    assert {o.status for o in observe(text)} == {"rejected"}


@pytest.mark.parametrize(
    "text",
    [
        "A Houthi official said the truce with Saudi Arabia held and that violations would "
        "be documented.",
        "Hamas accepted the Gaza truce with Israel but said breaches would be punished.",
        "Russia and Ukraine began the Easter truce, and Kyiv said violations may follow.",
    ],
)
def test_a_status_noun_before_a_modal_tells_no_case(observe: Observe, text: str) -> None:
    assert "violated" not in {o.status for o in observe(text)}


def test_a_status_noun_with_a_plain_verb_still_tells_one(observe: Observe) -> None:
    text = "Violations of the Gaza truce continued overnight, Hamas said of Israel."
    assert "violated" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Crowds will celebrate the day the Gaza agreement between Israel and Hamas is signed.",
        "Kyiv will say more the moment the Easter truce with Russia is agreed.",
        "Families will gather as soon as the Gaza ceasefire between Israel and Hamas is signed.",
    ],
)
def test_a_signing_in_a_present_time_clause_is_still_to_come(observe: Observe, text: str) -> None:
    assert "agreed" not in {o.status for o in observe(text)}


def test_a_signing_told_in_the_past_in_a_time_clause_happened(observe: Observe) -> None:
    text = "On the day the Gaza agreement between Israel and Hamas was signed, crowds gathered."
    assert "agreed" in {o.status for o in observe(text)}


# --- a start told in the future but set at once ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The envoy said the truce between Israel and Hamas would take effect immediately.",
        "The Gaza ceasefire between Israel and Hamas will come into force with immediate "
        "effect, Qatar said.",
        "Officials said the truce between Thailand and Cambodia would immediately take effect.",
        "The ceasefire between Armenia and Azerbaijan takes effect at once, Moscow said.",
    ],
)
def test_a_future_start_set_at_once_is_in_effect_now(observe: Observe, text: str) -> None:
    statuses = {o.status for o in observe(text)}
    assert "in_effect" in statuses
    assert "agreed" not in statuses


@pytest.mark.parametrize(
    "text",
    [
        "The envoy said the truce between Israel and Hamas would take effect immediately "
        "after the signing.",
        "The Gaza ceasefire between Israel and Hamas will take effect at midnight, Qatar said.",
        "If both sign, the truce between Thailand and Cambodia will take effect immediately.",
    ],
)
def test_a_start_set_by_a_later_event_or_a_condition_is_not_now(
    observe: Observe, text: str
) -> None:
    assert "in_effect" not in {o.status for o in observe(text)}


# --- a side that says it will observe a truce from a start of its own declares it ------


@pytest.mark.parametrize(
    "text",
    [
        "Hamas announced that it would observe a ceasefire with Israel from one minute past "
        "midnight, provided the other side did the same.",
        "The RSF said it would respect a truce with the army starting on Monday.",
        "Hamas said it would abide by a truce with Israel for three days from dawn on Friday.",
        "The RSF said it would observe a truce with the army from 6 a.m. on Sunday.",
    ],
)
def test_observing_a_truce_from_a_start_of_ones_own_declares_it(
    observe: Observe, text: str
) -> None:
    statuses = {o.status for o in observe(text)}
    assert "agreed" in statuses
    assert "accepted" not in statuses


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said it would observe the ceasefire with Israel.",
        "The RSF said it would respect the truce with the army, officials from 12 countries said.",
    ],
)
def test_observing_a_truce_with_no_start_of_ones_own_accepts_it(
    observe: Observe, text: str
) -> None:
    assert "accepted" in {o.status for o in observe(text)}


# --- welcoming a truce while the fighting goes on refuses it ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The RSF accepted the call for a truce with the army but vowed to press on with its "
        "offensive on El Fasher.",
        "Hamas welcomed the ceasefire proposal but said its fighters would keep fighting.",
        "The LNA welcomed the call for a truce with the Tripoli government but said that its "
        "operations against terrorist groups in Tripoli would go on.",
    ],
)
def test_welcoming_a_truce_while_ones_fighting_goes_on_rejects_it(
    observe: Observe, text: str
) -> None:
    statuses = {o.status for o in observe(text)}
    assert "rejected" in statuses
    assert "accepted" not in statuses


@pytest.mark.parametrize(
    "text",
    [
        "Hamas accepted the truce with Israel, but the war in Sudan would go on, the UN said.",
        "Hamas welcomed the ceasefire proposal with Israel but said it needed time to study it.",
    ],
)
def test_a_contrast_about_another_war_or_no_fighting_keeps_the_acceptance(
    observe: Observe, text: str
) -> None:
    assert "accepted" in {o.status for o in observe(text)}


# --- a truce for the rest of a holiday, to its end on a date -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hamas announced a halt to military operations for the rest of Ramadan.",
        "Hamas declared a truce with Israel for the holy month of Ramadan.",
        "The RSF declared a truce with the army for the remainder of Eid al-Adha.",
    ],
)
def test_a_truce_for_what_is_left_of_a_holiday_bears_its_name(observe: Observe, text: str) -> None:
    labels = {o.agreement.label for o in observe(text)}
    assert any(label and label.split()[0] in ("Ramadan", "Eid") for label in labels)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas announced a truce with Israel until the end of Ramadan on May 23.",
        "Hamas announced a truce with Israel that would last until the end of the holy month, "
        "on May 23.",
    ],
)
def test_an_end_told_as_a_holidays_end_on_a_date_is_that_date(observe: Observe, text: str) -> None:
    friday = datetime(2025, 5, 9, 12, 0, tzinfo=UTC)
    ends = {o.agreement.ends for o in observe(text, friday)}
    assert datetime(2025, 5, 23, tzinfo=UTC) in ends


@pytest.mark.parametrize(
    "text",
    [
        "A Hamas official said the group would welcome any halt that sent Israeli forces "
        "back to the lines they held before the war.",
        "Officials in Baku said on Sunday that they supported any truce with Armenia that "
        "led to a withdrawal.",
    ],
)
def test_welcoming_any_truce_on_terms_accepts_none(observe: Observe, text: str) -> None:
    assert "accepted" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Hamas declared a truce with Israel for Ramadan. Israel rejected the announcement "
        "within hours.",
        "The RSF announced a truce with the army. The army dismissed the announcement as a ploy.",
    ],
)
def test_rejecting_the_announcement_of_a_truce_rejects_the_truce(
    observe: Observe, text: str
) -> None:
    assert "rejected" in {o.status for o in observe(text)}


def test_an_announcement_welcomed_by_outsiders_is_no_acceptance(observe: Observe) -> None:
    text = "Hamas declared a truce with Israel. The United States welcomed the announcement."
    assert "accepted" not in {o.status for o in observe(text)}


# --- a step told as an aim ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        (
            "Israel and Hamas agreed a truce last week. Qatar said negotiations were "
            "continuing with the aim of returning to the pause.",
            "in_effect",
        ),
        (
            "Russia and Ukraine agreed a 30-day truce. Envoys met in Riyadh in the hope of "
            "extending the truce before it ran out.",
            "extended",
        ),
        (
            "Israel and Hamas agreed a truce last week. Qatar kept both sides talking, with "
            "a view to returning to the truce.",
            "in_effect",
        ),
    ],
)
def test_a_step_told_as_an_aim_is_not_taken(observe: Observe, text: str, goal: str) -> None:
    assert all(o.status != goal for o in observe(text))


def test_a_step_with_no_aim_before_it_is_still_taken(observe: Observe) -> None:
    found = observe(
        "Israel and Hamas agreed a truce last week. Hamas said on Monday it was returning "
        "to the truce."
    )
    assert "in_effect" in {o.status for o in found}


# --- a start asked for, told as a noun ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Georgia sent Moscow a note proposing an end to hostilities and the start of talks.",
        "Sudan's army called for the swift start of a ceasefire with the RSF.",
        "Kyiv urged the immediate beginning of a truce with Russia.",
    ],
)
def test_a_start_proposed_or_called_for_has_not_happened(observe: Observe, text: str) -> None:
    found = triples(observe(text))
    assert found and {status for _, _, status in found} == {"proposed"}


@pytest.mark.parametrize(
    "text",
    [
        "Shelling around Kharkiv stopped with the start of the truce between Russia and "
        "Ukraine on Monday.",
        "Israel proposed talks in Cairo; the start of the ceasefire with Hamas brought calm.",
    ],
)
def test_a_start_told_apart_from_any_proposal_is_in_effect(observe: Observe, text: str) -> None:
    assert any(status == "in_effect" for _, _, status in triples(observe(text)))


@pytest.mark.parametrize(
    "text",
    [
        "India and Pakistan agreed to observe the ceasefire. Officials on both sides stopped "
        "short of describing the step as the start of peace talks.",
        "Israel and Hamas agreed to a truce. Both governments stop short of calling it the "
        "start of negotiations.",
    ],
)
def test_stopping_short_of_calling_it_talks_tells_no_talks(observe: Observe, text: str) -> None:
    assert [o.status for o in observe(text)] == ["agreed"]


# --- a side that says it is no longer bound by an accord renounces it -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said it would no longer abide by the ceasefire with Israel after the strike.",
        "North Korea said on Thursday it would no longer be bound by the military agreement "
        "with South Korea.",
        '"From now on, our army will never be bound by the military agreement with South '
        "Korea,\" North Korea's defence ministry said.",
        "Russia said it was no longer bound by the grain deal with Ukraine.",
        "Hamas said it no longer respects the truce with Israel.",
    ],
)
def test_no_longer_bound_by_an_accord_is_its_end(observe: Observe, text: str) -> None:
    assert {o.status for o in observe(text)} == {"collapsed"}


@pytest.mark.parametrize(
    "text",
    [
        # A threat: the condition is still to be met.
        "Hamas said it would no longer abide by the ceasefire with Israel if the strikes went on.",
        # Still bound; and a complaint about being bound alone, no renunciation.
        "Israel said it remains bound by the ceasefire with Hezbollah.",
        "It is no longer reasonable for only our side to be bound by the agreement with "
        "North Korea, the South Korean minister said.",
    ],
)
def test_being_bound_kept_or_threatened_is_no_end(observe: Observe, text: str) -> None:
    assert "collapsed" not in {o.status for o in observe(text)}


# --- "did not sign the accord himself": who signed, not whether the side did ----------


@pytest.mark.parametrize(
    "text",
    [
        "President Salva Kiir did not sign the peace agreement with Riek Machar himself; "
        "his deputy signed for the government.",
        "The Sudanese army did not sign the truce with the RSF in person, an aide said.",
        "Israel has not signed the ceasefire with Hamas personally; Egypt signed as guarantor.",
    ],
)
def test_a_negated_signing_with_an_emphatic_signer_is_no_rejection(
    observe: Observe, text: str
) -> None:
    assert "rejected" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "President Salva Kiir did not sign the peace agreement with Riek Machar, an aide said.",
        "Israel has not signed the ceasefire with Hamas that Biden personally brokered.",
    ],
)
def test_a_plain_negated_signing_is_still_a_refusal(observe: Observe, text: str) -> None:
    assert "rejected" in {o.status for o in observe(text)}


# --- earlier agreements of the kind, told as a habit -------------------------------------


@pytest.mark.parametrize(
    "recap",
    [
        "Local truces between the two sides have broken down before, usually within weeks.",
        "Ceasefires between the two camps have collapsed in the past.",
    ],
)
def test_bare_agreements_that_have_failed_before_are_no_collapse_of_this_one(
    observe: Observe, recap: str
) -> None:
    text = "Azerbaijan and Armenia agreed a truce on Monday. " + recap
    assert triples(observe(text)) == {("ARM+AZE", "general", "agreed")}


@pytest.mark.parametrize(
    "news",
    [
        "The truce between the two sides has broken down, officials said.",
        "Truces between the two sides have broken down across the border this week.",
    ],
)
def test_an_agreement_that_has_failed_now_still_collapses(observe: Observe, news: str) -> None:
    text = "Azerbaijan and Armenia agreed a truce on Monday. " + news
    assert ("ARM+AZE", "general", "collapsed") in triples(observe(text))


# --- "by extension": an idiom, not an extension -----------------------------------------


@pytest.mark.parametrize(
    "idiom",
    [
        "The truce binds the army and, by extension, the militias allied to it.",
        "The ceasefire covers the rebels and by extension their foreign backers, officials said.",
    ],
)
def test_by_extension_is_no_extension(observe: Observe, idiom: str) -> None:
    text = "Sudan and South Sudan agreed a ceasefire on Monday. " + idiom
    assert "extended" not in {o.status for o in observe(text)}


def test_an_extension_told_with_by_and_a_length_still_extends(observe: Observe) -> None:
    text = (
        "Sudan and South Sudan agreed a ceasefire on Monday. "
        "On Friday they agreed an extension of the ceasefire by two weeks."
    )
    assert ("SDN+SSD", "general", "extended") in triples(observe(text))
