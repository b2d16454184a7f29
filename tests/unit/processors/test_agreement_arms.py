"""Insurgencies and their truces in wire copy: a call dated by its day, a call to lay
down arms, a group's fighters withdrawing and the withdrawal halted, no truce "of its
own", and the words that end a truce or only bring it near its end.

Each reading is checked in several conflicts, with wording of these tests' own.
"""

from __future__ import annotations

import pytest
from agreement_checks import Observe

pytestmark = pytest.mark.unit


def triples(observe: Observe, text: str) -> set[tuple[str, str, str]]:
    return {("+".join(o.agreement.parties), o.agreement.scope, o.status) for o in observe(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ocalan called on Thursday for a ceasefire with Turkey.",
            ("PKK+TUR", "general", "proposed"),
        ),
        (
            "Trump called late on Sunday for a truce between Russia and Ukraine.",
            ("RUS+UKR", "general", "proposed"),
        ),
        (
            "Guterres called again for a ceasefire between Israel and Hamas.",
            ("HAMAS+ISR", "general", "proposed"),
        ),
        (
            "The pope called last week for a truce between Armenia and Azerbaijan.",
            ("ARM+AZE", "general", "proposed"),
        ),
    ],
)
def test_a_call_dated_between_its_verb_and_for_is_a_proposal(
    observe: Observe, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(observe, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ocalan called on the group on Thursday to lay down its arms and dissolve "
            "itself, ending its war with Turkey.",
            ("PKK+TUR", "general", "proposed"),
        ),
        ("Colombia urged the ELN to lay down arms.", ("COL+ELN", "general", "proposed")),
        (
            "Petro asked the ELN's commanders to lay down their weapons.",
            ("COL+ELN", "general", "proposed"),
        ),
        (
            "Ocalan called on Monday for his fighters to lay down their guns and leave Turkey.",
            ("PKK+TUR", "general", "proposed"),
        ),
        (
            "Trump urged Russia and Ukraine to silence their guns.",
            ("RUS+UKR", "general", "proposed"),
        ),
        (
            "The ELN refused to lay down its weapons, Colombia said.",
            ("COL+ELN", "general", "rejected"),
        ),
    ],
)
def test_laying_down_arms_is_the_group_s_ceasefire(
    observe: Observe, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(observe, text)


@pytest.mark.parametrize(
    "text",
    [
        "Khartoum said peace was possible if the RSF lays down its arms.",
        "The PKK fighters laid down their arms in 1999 and took them up again in 2004, "
        "Turkey said.",
        "The rules laid down in the accord bind both sides, Russia and Ukraine said.",
    ],
)
def test_arms_laid_down_in_a_condition_or_a_recap_are_no_step(observe: Observe, text: str) -> None:
    assert not observe(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The PKK said on Monday it had halted the withdrawal of its fighters from Turkey.",
            ("PKK+TUR", "other", "suspended"),
        ),
        (
            "The M23 suspended the withdrawal of its fighters from Goma, Congo said.",
            ("COD+M23", "other", "suspended"),
        ),
        (
            "The rebels stopped the pullout of their fighters from the town, Congo said, "
            "blaming the M23.",
            ("COD+M23", "other", "suspended"),
        ),
        (
            "The PKK announced the withdrawal of its fighters from Turkey in April.",
            ("PKK+TUR", "other", "agreed"),
        ),
        (
            "Turkey welcomed the pullout of PKK militants to northern Iraq.",
            ("PKK+TUR", "other", "accepted"),
        ),
    ],
)
def test_an_armed_group_s_withdrawal_of_its_fighters_is_an_agreement_of_its_own(
    observe: Observe, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(observe, text)


def test_a_state_s_troop_withdrawal_stays_a_term_of_its_ceasefire(observe: Observe) -> None:
    found = triples(
        observe,
        "Israel and Hamas agreed a ceasefire. Israel halted the withdrawal of its troops "
        "from the corridor on Monday.",
    )
    assert not any(scope == "other" for _, scope, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The PKK declared a ceasefire. Turkey has not declared a ceasefire of its own.",
        "Russia declared a truce. Ukraine has not announced any pause of its own.",
        "Russia declared a truce. Ukraine did not agree to a truce of its own.",
        "Hamas announced a pause in attacks. Israel has not announced a pause of its own.",
    ],
)
def test_no_truce_of_its_own_is_no_refusal_of_the_other_s(observe: Observe, text: str) -> None:
    assert not any(o.status == "rejected" for o in observe(text)), observe(text)


def test_a_side_that_did_not_agree_to_the_truce_still_rejects_it(observe: Observe) -> None:
    found = triples(observe, "Russia declared a truce. Ukraine has not agreed to the truce.")
    assert ("RUS+UKR", "general", "rejected") in found


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan agreed a truce in May. Baku said the truce has no meaning "
        "any more.",
        "Armenia and Azerbaijan agreed a truce in May. Baku said the truce had lost all meaning.",
        "India and Pakistan agreed a ceasefire in May. Islamabad said the ceasefire was "
        "now meaningless.",
    ],
)
def test_a_truce_said_to_have_no_meaning_has_collapsed(observe: Observe, text: str) -> None:
    assert any(o.status == "collapsed" for o in observe(text)), observe(text)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan agreed a truce in May. The shelling has brought the truce "
        "to the point of collapse.",
        "India and Pakistan agreed a ceasefire in May. The ceasefire is on the point of "
        "collapsing.",
    ],
)
def test_a_truce_brought_to_the_point_of_collapse_has_not_collapsed(
    observe: Observe, text: str
) -> None:
    assert not any(o.status == "collapsed" for o in observe(text)), observe(text)


@pytest.mark.parametrize(
    "text",
    [
        "The PKK called for a ceasefire with Turkey in an insurgency that has killed some "
        "40,000 people.",
        "The pope called for a truce between Russia and Ukraine in a war that has killed "
        "tens of thousands.",
        "Sudan's army and the RSF agreed a truce in a conflict that has killed thousands.",
    ],
)
def test_a_war_that_killed_is_no_truce_killed(observe: Observe, text: str) -> None:
    assert not any(o.status == "collapsed" for o in observe(text)), observe(text)


def test_a_truce_a_side_killed_has_collapsed(observe: Observe) -> None:
    found = triples(observe, "Israel and Hamas agreed a truce that Hamas killed within a week.")
    assert ("HAMAS+ISR", "general", "collapsed") in found
