"""Status words read inside their frame: nouns, negation, coordination, terms."""

from __future__ import annotations

import pytest
from agreement_checks import Observe

from processors.model import Observation

pytestmark = pytest.mark.unit


def statuses(found: tuple[Observation, ...]) -> set[tuple[str, str | None]]:
    return {(o.status, o.by) for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "Colombia's government and the ELN agreed to extend their truce by three months. "
        "Norway welcomed the extension of the truce.",
        "Armenia and Azerbaijan agreed to extend the humanitarian truce. France hailed the "
        "truce and welcomed the extension of it.",
    ],
)
def test_an_onlooker_welcoming_an_extension_offers_nothing(observe: Observe, text: str) -> None:
    assert "proposed" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Colombia's government and the ELN agreed to a truce. The ELN said it was open to an "
        "extension of the truce.",
        "Colombia's government and the ELN agreed to a truce. The ELN said it was ready to "
        "extend the truce.",
    ],
)
def test_readiness_for_an_extension_still_offers_it(observe: Observe, text: str) -> None:
    assert ("proposed", "ELN") in statuses(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "The truce between Colombia and the ELN took effect in August and was later "
        "extended twice.",
        "The ceasefire between Armenia and Azerbaijan began on Monday and has since been renewed.",
    ],
)
def test_a_second_verb_after_an_auxiliary_and_adverb_keeps_its_subject(
    observe: Observe, text: str
) -> None:
    assert {"in_effect", "extended"} <= {o.status for o in observe(text)}


def test_a_second_verb_on_something_else_adds_no_status(observe: Observe) -> None:
    found = observe(
        "The truce between Colombia and the ELN began in August and was later blamed for "
        "a rise in kidnappings."
    )
    assert {o.status for o in found} == {"in_effect"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Armenia and Azerbaijan agreed to a humanitarian truce. Officials said the truce "
            "was effective as of midnight.",
            "in_effect",
        ),
        ("The truce between Armenia and Azerbaijan is effective from 6 a.m.", "in_effect"),
        ("The truce between Armenia and Azerbaijan will be effective from Monday.", "agreed"),
    ],
)
def test_effective_from_a_time_tells_a_start(observe: Observe, text: str, status: str) -> None:
    found = {o.status for o in observe(text)}
    assert status in found
    if status == "agreed":
        assert "in_effect" not in found


def test_effective_without_a_start_time_is_a_judgement(observe: Observe) -> None:
    found = observe("The truce between Armenia and Azerbaijan was effective in reducing deaths.")
    assert "in_effect" not in {o.status for o in found}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Colombia and the ELN are fighting. The ELN has never agreed to the government's "
            "ceasefire.",
            "ELN",
        ),
        (
            "Sudan's army and the RSF are fighting. The RSF never agreed to the Saudi plan for "
            "a truce.",
            "RSF",
        ),
    ],
)
def test_never_agreeing_to_a_deal_in_view_rejects_it(
    observe: Observe, text: str, side: str
) -> None:
    assert ("rejected", side) in statuses(observe(text))


def test_never_agreeing_to_any_truce_rejects_nothing(observe: Observe) -> None:
    found = observe(
        "Colombia and the ELN are fighting. The ELN and the government have never agreed to "
        "a ceasefire."
    )
    assert "rejected" not in {o.status for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "The truce between Sudan's army and the RSF failed within hours.",
        "Colombia and the ELN signed a truce. The earlier ceasefire between them failed on Friday.",
    ],
)
def test_an_agreement_that_failed_collapsed(observe: Observe, text: str) -> None:
    assert "collapsed" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Efforts to reach a truce between Sudan's army and the RSF failed on Friday.",
        "The truce between Colombia and the ELN failed to stop the killing.",
        "Colombia and the ELN signed a truce after a failed ceasefire.",
        "Colombia and the ELN signed a truce. If the truce failed, the war would resume.",
    ],
)
def test_failed_with_an_object_or_as_an_adjective_is_no_collapse(
    observe: Observe, text: str
) -> None:
    assert "collapsed" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia and the TPLF signed a peace deal. The accord, signed in Pretoria on "
        "Wednesday, calls for a halt to the fighting.",
        "Colombia and the ELN signed a deal. The agreement, reached in Havana late on "
        "Sunday, calls for a ceasefire from Monday.",
    ],
)
def test_a_signed_deal_calling_for_a_halt_tells_its_terms(observe: Observe, text: str) -> None:
    assert "proposed" not in {o.status for o in observe(text)}


def test_a_plan_calling_for_a_truce_still_proposes_it(observe: Observe) -> None:
    found = observe(
        "Colombia and the ELN are fighting. A plan, drafted by Cuba and Norway, calls for a "
        "ceasefire."
    )
    assert "proposed" in {o.status for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "Colombia's government and the ELN agreed to a ceasefire. The ELN wanted a truce and "
        "the start of talks with the government.",
        "Sudan's army and the RSF agreed to a truce. Civilians want a lasting ceasefire and the "
        "beginning of negotiations between the army and the RSF.",
    ],
)
def test_a_start_of_talks_that_someone_wants_is_no_talks_yet(observe: Observe, text: str) -> None:
    assert "negotiating" not in {o.status for o in observe(text)}


def test_talks_that_started_are_still_talks(observe: Observe) -> None:
    found = observe(
        "Colombia's government and the ELN agreed to a ceasefire. The ELN wanted the ceasefire, "
        "and talks with the government started on Monday."
    )
    assert "negotiating" in {o.status for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "Colombia's government and the ELN agreed to a truce. Peace talks planned in Havana "
        "for next week are now off.",
        "Sudan's army and the RSF agreed to a truce. Peace talks that had been set for the "
        "weekend in Jeddah seem to be off.",
    ],
)
def test_talks_that_are_off_are_not_held(observe: Observe, text: str) -> None:
    assert "negotiating" not in {o.status for o in observe(text)}


def test_talks_that_kicked_off_are_held(observe: Observe) -> None:
    found = observe(
        "Colombia's government and the ELN agreed to a truce. Peace talks in Havana kicked off "
        "on Monday."
    )
    assert "negotiating" in {o.status for o in found}
