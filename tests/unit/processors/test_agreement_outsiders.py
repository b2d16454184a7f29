"""Words that name no act on the agreement in view: "any violation", an outsider's welcome."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from agreement_checks import Observe

from processors.model import Observation

pytestmark = pytest.mark.unit


def statuses(found: tuple[Observation, ...]) -> set[tuple[str, str, str | None]]:
    return {("+".join(o.agreement.parties), o.status, o.by) for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "Any violation of the truce in Gaza will be met with force, Israel said.",
        "Hamas holds Israel responsible for any violation of the ceasefire.",
        "Hamas said any extension of the truce would be discussed in Cairo.",
        "Ukraine insists that any new halt be negotiated and monitored.",
    ],
)
def test_a_status_word_after_any_tells_no_status(observe: Observe, text: str) -> None:
    assert observe(text) == ()


def test_refusing_any_truce_is_still_a_rejection(observe: Observe) -> None:
    found = observe("Hamas rejected any truce that does not end the war.")
    assert statuses(found) == {("HAMAS+ISR", "rejected", "HAMAS")}


@pytest.mark.parametrize("welcome", ["welcomed the truce", "said it supports the truce"])
def test_a_third_state_welcoming_a_truce_is_no_side_of_it(observe: Observe, welcome: str) -> None:
    text = (
        "GAZA — Israel and Hamas agreed a six-week truce in Gaza on Sunday. "
        f"Iran, which Israel accuses of arming Hamas, {welcome}."
    )
    found = observe(text)
    assert statuses(found) == {("HAMAS+ISR", "agreed", None)}


def test_a_deal_naming_no_side_binds_the_pair_the_article_named(observe: Observe) -> None:
    # The neighbour is named more often around the swap than either side.
    text = (
        "ADDIS ABABA — A ceasefire between Ethiopia and the TPLF took effect on Monday. "
        "Eritrea, whose troops remain in the north, said it was not bound by it. Eritrean "
        "officials in Asmara denied any role, and Eritrea's information minister called the "
        "reports lies. The prisoner exchange agreed last month has been put on hold."
    )
    swaps = {
        ("+".join(o.agreement.parties), o.status)
        for o in observe(text)
        if o.agreement.scope == "prisoner_exchange"
    }
    assert swaps == {("ETH+TPLF", "agreed"), ("ETH+TPLF", "suspended")}


@pytest.mark.parametrize(
    "text",
    [
        "An Egyptian diplomat following the talks on a Gaza ceasefire said Israel was in no hurry.",
        "Iran, which is not a party to the talks on a Gaza ceasefire, said Israel was in no hurry.",
        "A Western official who follows the talks on a Gaza ceasefire said Israel was in no hurry.",
    ],
)
def test_talks_that_only_describe_a_speaker_are_no_negotiation(observe: Observe, text: str) -> None:
    assert observe(text) == ()


def test_talks_held_are_a_negotiation(observe: Observe) -> None:
    found = observe("Israel and Hamas held talks on a Gaza ceasefire in Cairo on Sunday.")
    assert ("HAMAS+ISR", "negotiating", None) in statuses(found)


def test_an_order_to_observe_a_truce_that_starts_later_is_no_start(observe: Observe) -> None:
    text = (
        "Thailand and Cambodia signed a ceasefire that will take effect at 6 a.m. on Friday, "
        "Bangkok time. Troops were ordered to observe the ceasefire strictly."
    )
    assert {o.status for o in observe(text)} == {"agreed"}


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # 6 a.m. with no zone, in an article of 04:00 UTC on Friday: in Bangkok it is past.
        (
            "Thailand and Cambodia signed a ceasefire that will take effect at 6 a.m. on "
            "Friday. Troops were ordered to observe the ceasefire strictly.",
            datetime(2025, 6, 6, 4, 0, tzinfo=UTC),
        ),
        (
            "Armenia and Azerbaijan committed to a humanitarian ceasefire from 8 a.m. on "
            "Monday. The ceasefire is now in effect, officials in Baku said.",
            datetime(2025, 6, 2, 6, 30, tzinfo=UTC),
        ),
    ],
)
def test_a_clock_without_a_zone_just_ahead_may_have_struck_already(
    observe: Observe, text: str, published: datetime
) -> None:
    assert "in_effect" in {o.status for o in observe(text, published)}


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # A day ahead is ahead in any zone.
        (
            "Thailand and Cambodia signed a ceasefire that will take effect at 6 a.m. on "
            "Friday. Troops were ordered to observe the ceasefire strictly.",
            datetime(2025, 6, 5, 4, 0, tzinfo=UTC),
        ),
        # A named zone makes the moment exact: 8 a.m. in Baku is 04:00 UTC.
        (
            "Armenia and Azerbaijan committed to a humanitarian ceasefire from 8 a.m. Baku "
            "time on Monday. The ceasefire is now in effect, officials in Baku said.",
            datetime(2025, 6, 2, 3, 30, tzinfo=UTC),
        ),
        # So does a moment told in UTC.
        (
            "Israel and Hamas agreed to a truce that begins at 8 a.m. on Sunday (0600 GMT). "
            "Troops were ordered to observe the truce.",
            datetime(2025, 6, 8, 5, 0, tzinfo=UTC),
        ),
    ],
)
def test_a_start_surely_ahead_leaves_the_truce_agreed(
    observe: Observe, text: str, published: datetime
) -> None:
    assert "in_effect" not in {o.status for o in observe(text, published)}


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas agreed to a truce in Gaza and an exchange of Israeli hostages for "
        "Palestinian prisoners.",
        "Hamas and Israel signed a ceasefire and a swap of Palestinian detainees for Israeli "
        "captives on Friday.",
        "Israel and Hamas have reached a truce that frees Palestinian prisoners.",
    ],
)
def test_the_nationality_of_captives_is_no_side_when_the_sides_are_named(
    observe: Observe, text: str
) -> None:
    assert {"+".join(o.agreement.parties) for o in observe(text)} == {"HAMAS+ISR"}


def test_captives_of_a_side_still_name_it_when_nothing_else_does(observe: Observe) -> None:
    found = observe("Moscow and Kyiv agreed to exchange 390 Ukrainian prisoners on Friday.")
    assert {"+".join(o.agreement.parties) for o in found} == {"RUS+UKR"}


@pytest.mark.parametrize(
    "tail",
    [
        "Qatar will run an operations room to monitor the truce and handle complaints by either "
        "side about breaches.",
        "A committee will investigate complaints from both sides over violations.",
        "Egypt is examining claims by Hamas of breaches.",
    ],
)
def test_breaches_as_the_topic_of_a_mandate_are_no_violation(observe: Observe, tail: str) -> None:
    found = observe("Israel and Hamas agreed a truce in Gaza. " + tail)
    assert "violated" not in {o.status for o in found}


def test_a_state_the_article_calls_no_party_takes_no_stance_on_the_deal(
    observe: Observe,
) -> None:
    text = (
        "Nearly three months after the guns fell silent in Tigray, the truce has held. Eritrean "
        "troops, who are not bound by the deal, shelled villages in Irob, the TPLF said. Eritrea "
        "is the wild card. Asmara has never said it accepts the deal, and Eritrean officials "
        "deny the shelling."
    )
    found = observe(text)
    assert {("+".join(o.agreement.parties), o.status) for o in found} == {("ETH+TPLF", "in_effect")}


def test_the_city_an_agreement_was_made_in_takes_no_side_of_it(observe: Observe) -> None:
    found = observe(
        "Nearly three months after the guns fell silent in Tigray, the truce agreed in "
        "Pretoria has held."
    )
    assert {"+".join(o.agreement.parties) for o in found} == {"ETH+TPLF"}
