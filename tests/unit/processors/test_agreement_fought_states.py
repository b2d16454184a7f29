"""A state's name before an insurgent word ("Colombian rebels", "Mozambique's rebel
leaders") or after "rebels in" only says where the insurgents fight: it is the armed group
the article names, else no side; never the state they fight."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from agreement_checks import Observe

from processors.model import Observation

pytestmark = pytest.mark.unit


def by_of(found: tuple[Observation, ...], status: str) -> set[str | None]:
    return {o.by for o in found if o.status == status}


@pytest.mark.parametrize(
    "text",
    [
        "Colombian rebels rejected the government's ceasefire offer on Monday. The National "
        "Liberation Army (ELN) said the offer ignored its demands.",
        "Rebels in Colombia rejected the government's ceasefire offer on Monday. The National "
        "Liberation Army (ELN) said the offer ignored its demands.",
        "The National Liberation Army (ELN) met in Havana. Colombia's rebel leaders rejected "
        "the government's ceasefire offer on Monday.",
    ],
)
def test_rebels_named_by_their_state_are_the_group_the_article_names(
    observe: Observe, text: str
) -> None:
    found = observe(text)
    assert {o.agreement.parties for o in found} == {("COL", "ELN")}
    assert by_of(found, "rejected") == {"ELN"}


def test_rebels_named_by_their_state_are_no_side_when_no_group_is_named(
    observe: Observe,
) -> None:
    # Nobody names the rebels: the rejection is not the Nigerian state's.
    found = observe("Nigerian insurgents rejected a ceasefire offer from the army on Monday.")
    assert all(o.by != "NGA" for o in found)


def test_a_state_beside_a_rebel_held_place_stays_a_side(observe: Observe) -> None:
    # "rebel-held" places a town; the state is still the one that agreed.
    found = observe(
        "Colombia's government agreed to a ceasefire with the ELN in the rebel-held south."
    )
    assert {o.agreement.parties for o in found} == {("COL", "ELN")}
    assert by_of(found, "agreed") == {"COL"}


@pytest.mark.parametrize(
    ("text", "published", "parties"),
    [
        (
            "Ivorian rebels agreed to a ceasefire with the government on Thursday, regional "
            "mediators said.",
            datetime(2002, 11, 1, tzinfo=UTC),
            ("CIV", "FN"),
        ),
        (
            "The Ukrainian government and the separatists agreed to a new ceasefire on Friday.",
            datetime(2015, 2, 20, tzinfo=UTC),
            ("DPR", "LPR", "UKR"),
        ),
        (
            "The Seleka coalition and the government of the Central African Republic signed "
            "a truce in Libreville.",
            datetime(2013, 1, 11, tzinfo=UTC),
            ("CAF", "SELEKA"),
        ),
    ],
)
def test_unnamed_rebels_of_a_listed_war_are_its_usual_armed_side(
    observe: Observe, text: str, published: datetime, parties: tuple[str, ...]
) -> None:
    assert {o.agreement.parties for o in observe(text, published)} == {parties}


def test_a_war_between_states_gains_no_rebels_without_an_insurgent_word(
    observe: Observe,
) -> None:
    found = observe(
        "Russia and Ukraine agreed to a prisoner exchange on Friday.",
        datetime(2023, 6, 2, tzinfo=UTC),
    )
    assert {o.agreement.parties for o in found} == {("RUS", "UKR")}


@pytest.mark.parametrize(
    ("text", "published", "parties"),
    [
        # Before the 2005 peace, Sudan's rebels were the southern movement.
        (
            "Rebels in Sudan and the government in Khartoum agreed to extend their truce "
            "while talks go on in Kenya.",
            datetime(2003, 3, 30, tzinfo=UTC),
            ("SDN", "SPLM"),
        ),
        # From the war of 2023, the rebels fighting the army are the paramilitary RSF.
        (
            "Sudan's army and the rebels agreed to a three-day truce for the Eid holiday.",
            datetime(2024, 4, 8, tzinfo=UTC),
            ("RSF", "SDN"),
        ),
    ],
)
def test_the_usual_rebels_of_a_state_change_with_the_years(
    observe: Observe, text: str, published: datetime, parties: tuple[str, ...]
) -> None:
    assert {o.agreement.parties for o in observe(text, published)} == {parties}


def test_rebels_of_years_with_no_usual_group_are_no_one(observe: Observe) -> None:
    # In 2014 Darfur's rebels were several groups and the RSF fought for the state.
    found = observe(
        "Sudanese rebels rejected a ceasefire offer from the government on Monday.",
        datetime(2014, 11, 3, tzinfo=UTC),
    )
    assert all({"RSF", "SPLM"}.isdisjoint(o.agreement.parties) for o in found)


@pytest.mark.parametrize(
    ("text", "published", "parties"),
    [
        # Sudan's war told through its "rival generals": the host of the talks is no side.
        (
            "Sudan's warring generals signed a three-day ceasefire for Eid, Egypt said on "
            "Friday. Egypt shares a long border with Sudan, and Cairo has taken in many "
            "who fled.",
            datetime(2024, 4, 5, tzinfo=UTC),
            ("RSF", "SDN"),
        ),
        (
            "The rebels and the Syrian government agreed to a truce around Homs, Turkey "
            "said. Turkey said Ankara would monitor the truce.",
            datetime(2016, 5, 3, tzinfo=UTC),
            ("SYR", "SYR_REBELS"),
        ),
    ],
)
def test_a_side_named_only_by_what_it_is_beats_a_mediator_as_the_counterpart(
    observe: Observe, text: str, published: datetime, parties: tuple[str, ...]
) -> None:
    assert {o.agreement.parties for o in observe(text, published)} == {parties}


def test_unnamed_rebels_do_not_displace_a_war_named_on_both_sides(observe: Observe) -> None:
    found = observe(
        "Russia and Ukraine agreed to swap prisoners, Turkey said. The separatists said they "
        "were left out of it.",
        datetime(2023, 6, 3, tzinfo=UTC),
    )
    assert {o.agreement.parties for o in found} == {("RUS", "UKR")}
