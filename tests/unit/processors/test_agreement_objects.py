"""What a verb's object is when other words stand between: a time, an aside."""

from __future__ import annotations

import pytest
from agreement_checks import Observe

from processors.model import Observation

pytestmark = pytest.mark.unit


def found(observations: tuple[Observation, ...]) -> set[tuple[str, str, str, str | None]]:
    return {
        ("+".join(o.agreement.parties), o.agreement.scope, o.status, o.by) for o in observations
    }


@pytest.mark.parametrize("when", ["on Saturday", "late on Sunday", "yesterday"])
def test_a_time_between_the_verb_and_its_object_keeps_the_stance(
    observe: Observe, when: str
) -> None:
    text = f"Hamas accepted {when} a revised version of the Gaza truce proposed by Egypt."
    assert ("HAMAS+ISR", "general", "accepted", "HAMAS") in found(observe(text))


def test_an_aside_between_a_deal_and_its_purpose_keeps_the_purpose(observe: Observe) -> None:
    text = (
        "Russia and Ukraine also agreed on a separate deal, facilitated by the United Arab "
        "Emirates, to exchange prisoners."
    )
    assert found(observe(text)) == {("RUS+UKR", "prisoner_exchange", "agreed", None)}


def test_the_draft_is_the_proposal_put_in_front_of_the_sides(observe: Observe) -> None:
    text = (
        "Egypt and Qatar put a draft Gaza ceasefire in front of the two delegations on "
        "Friday. Israel has accepted the draft, an official said."
    )
    statuses = {(o.status, o.by) for o in observe(text)}
    assert ("proposed", None) in statuses
    assert ("accepted", "ISR") in statuses


def test_a_draft_law_is_no_proposal(observe: Observe) -> None:
    text = "Israel and Hamas agreed a truce in Gaza. Israel has rejected the draft law."
    assert {o.status for o in observe(text)} == {"agreed"}


@pytest.mark.parametrize(
    "text",
    [
        "Hamas turned the Egyptian plan for a Gaza truce down on Monday.",
        "Qatar said so on Tuesday, hours after the Hamas militants turned the Egyptian plan "
        "for a Gaza truce down.",
    ],
)
def test_a_verb_split_from_its_particle_still_rejects(observe: Observe, text: str) -> None:
    assert ("HAMAS+ISR", "general", "rejected", "HAMAS") in found(observe(text))


def test_ruling_a_truce_out_rejects_it(observe: Observe) -> None:
    found_here = found(observe("Russia ruled a Christmas truce with Ukraine out."))
    assert found_here == {("RUS+UKR", "general", "rejected", "RUS")}


def test_a_particle_of_another_verb_is_no_rejection(observe: Observe) -> None:
    text = "Israel turned its guns on Gaza after the truce broke down."
    assert {o.status for o in observe(text)} == {"collapsed"}


@pytest.mark.parametrize(
    "text",
    [
        "The ICRC carried out the first transfer of prisoners between Russia and Ukraine.",
        "Russia and Ukraine agreed to resume the prisoner exchange on Monday.",
    ],
)
def test_a_transfer_carried_out_or_a_swap_resumed_is_in_effect(observe: Observe, text: str) -> None:
    assert found(observe(text)) == {("RUS+UKR", "prisoner_exchange", "in_effect", None)}


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said it would postpone the next release of Israeli hostages until further notice.",
        "Hamas has postponed the release of hostages held in Gaza.",
        "Hamas delayed the planned handover of four hostages on Saturday.",
        "Hamas is putting off the exchange of hostages, Israel said.",
        "Hamas held back the release of three hostages.",
    ],
)
def test_putting_off_a_release_suspends_the_exchange(observe: Observe, text: str) -> None:
    found = {(o.agreement.scope, o.status, o.by) for o in observe(text)}
    assert ("prisoner_exchange", "suspended", "HAMAS") in found


@pytest.mark.parametrize(
    "text",
    [
        "Hamas threatened to delay the release of hostages.",
        "Hamas has not delayed the release of hostages.",
        "Hamas delayed its response to the proposal on the release of hostages.",
    ],
)
def test_a_threat_or_a_denial_of_delay_suspends_nothing(observe: Observe, text: str) -> None:
    assert all(o.status != "suspended" for o in observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Putin agreed on March 18, after a phone call with Trump, to stop attacks on energy "
        "infrastructure in Ukraine for 30 days.",
        "Russia agreed, following talks with US envoys, to halt strikes on Ukraine's energy "
        "facilities.",
        "Moscow agreed on Friday, in a call with Washington, to halt strikes on Ukrainian power "
        "plants.",
    ],
)
def test_an_aside_before_the_infinitive_keeps_the_agreement(observe: Observe, text: str) -> None:
    found = {(o.agreement.scope, o.status, o.by) for o in observe(text)}
    assert ("energy_infrastructure", "agreed", "RUS") in found


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine agreed on Monday, at a second round of direct talks in Istanbul, to "
        "exchange all severely wounded and seriously ill prisoners of war.",
        "Russia and Ukraine agreed to exchange wounded and sick prisoners of war on Friday.",
        "Ukraine freed 90 wounded or seriously ill Russian prisoners on Friday.",
    ],
)
def test_captives_named_with_coordinated_modifiers_are_still_the_object(
    observe: Observe, text: str
) -> None:
    assert "prisoner_exchange" in {o.agreement.scope for o in observe(text)}


def test_coordinated_modifiers_of_strikes_still_make_a_pause(observe: Observe) -> None:
    found = observe("Russia proposed halting all long-range missile and drone strikes on Ukraine.")
    assert {(o.status, o.by) for o in found} == {("proposed", "RUS")}


@pytest.mark.parametrize(
    "text",
    [
        "Russia halted its advance and launched strikes on Kharkiv.",
        "Russia stopped its offensive and resumed strikes on Kyiv.",
    ],
)
def test_a_second_verb_after_and_is_no_modifier_of_the_strikes(observe: Observe, text: str) -> None:
    assert observe(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey agreed on Thursday to pause its military offensive against the SDF for 120 "
         "hours.", ("SDF+TUR", "agreed", 5.0)),
        ("Israel suspended its ground offensive in Gaza for four days under the deal with "
         "Hamas.", ("HAMAS+ISR", "in_effect", 4.0)),
    ],
)  # fmt: skip
def test_an_offensive_paused_for_a_time_is_a_pause(
    observe: Observe, text: str, expected: tuple[str, str, float]
) -> None:
    found = {
        ("+".join(o.agreement.parties), o.status, o.agreement.duration_days) for o in observe(text)
    }
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "stance", "proposer", "taker"),
    [
        (
            "Israel agreed on Wednesday to a United Nations request for a five-hour "
            "humanitarian pause in Gaza, and Hamas said it would respect the lull.",
            "accepted",
            "UN",
            "ISR",
        ),
        (
            "Ukraine rejected a Russian request for a ceasefire over Easter.",
            "rejected",
            "RUS",
            "UKR",
        ),
        (
            "Hamas turned down an Egyptian request for a 24-hour truce in Gaza on Monday.",
            "rejected",
            "EGY",
            "HAMAS",
        ),
    ],
)
def test_a_request_for_a_truce_is_a_proposal_that_sides_take_or_refuse(
    observe: Observe, text: str, stance: str, proposer: str, taker: str
) -> None:
    got = {(o.status, o.by) for o in observe(text)}
    assert ("proposed", proposer) in got, got
    assert (stance, taker) in got, got


@pytest.mark.parametrize(
    "second",
    [
        "An IGAD envoy said the mediators would accept the government's request for time.",
        "An IGAD envoy said the mediators accepted the government's request for more time.",
        "IGAD officials said the mediators had rejected the government's request for a delay.",
    ],
)
def test_a_request_for_time_is_no_proposal_anyone_takes(observe: Observe, second: str) -> None:
    got = observe(
        "South Sudan's rebel leader Riek Machar signed a peace deal in Ethiopia on Monday, but"
        " President Salva Kiir held back. The deal, drafted by IGAD mediators, provides for a"
        " permanent ceasefire. " + second
    )
    assert all(o.by != "IGAD" or o.status == "proposed" for o in got), got
    assert all("IGAD" not in o.agreement.parties for o in got), got


def test_a_request_of_a_mediator_is_no_proposal_of_its_own(observe: Observe) -> None:
    got = observe(
        "Israel and Hamas agreed on Friday night to a 12-hour truce at the request of the "
        "United Nations."
    )
    assert got
    assert all(o.status != "proposed" for o in got), got
