"""Violations read from attacks on targets an agreement in effect protects."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from processors.actors import load_gazetteer
from processors.agreements import extract_observations, load_agreement_lexicon
from processors.model import Article, Observation

pytestmark = pytest.mark.unit

Observe = Callable[[str], tuple[Observation, ...]]

IN_EFFECT = (
    "Russia and Ukraine agreed a pause in strikes on energy facilities. "
    "The pause took effect on Tuesday. "
)


@pytest.fixture(scope="module")
def observe() -> Observe:
    gazetteer = load_gazetteer()
    lexicon = load_agreement_lexicon()

    def run(text: str) -> tuple[Observation, ...]:
        article = Article(id="v1", text=text, published=datetime(2025, 6, 4, 9, 0, tzinfo=UTC))
        return extract_observations(article, (), gazetteer, lexicon)

    return run


def violations(found: tuple[Observation, ...]) -> list[Observation]:
    return [o for o in found if o.status == "violated"]


@pytest.mark.parametrize(
    "report",
    [
        "Kyiv said a hospital had been hit overnight, but it did not say whether any power "
        "stations had been struck.",
        "Russian shelling hit a market again on Monday, and it was unclear whether any "
        "substations had been struck.",
        "Kyiv said Russian drones hit a market again overnight but had not struck any substations.",
    ],
)
def test_an_attack_on_the_protected_targets_must_be_told_as_real(
    observe: Observe, report: str
) -> None:
    assert violations(observe(IN_EFFECT + report)) == []


def test_the_attack_told_nearest_the_targets_names_the_attacker(observe: Observe) -> None:
    found = observe(
        IN_EFFECT + "Kyiv said a hospital had been hit overnight and that Russian drones "
        "had struck two power stations."
    )
    assert [(o.by, o.claimed_by) for o in violations(found)] == [("RUS", "UKR")]


GENERAL_TRUCE = "Russia and Ukraine agreed a three-day truce, which took effect on Monday. "


@pytest.mark.parametrize(
    ("report", "by", "claimed_by"),
    [
        (
            "Russia's Defence Ministry said Ukrainian forces had carried out 300 drone attacks "
            "since the truce began.",
            "UKR",
            "RUS",
        ),
        (
            "Zelenskyy said Russian forces had shelled Ukrainian positions 59 times during "
            "the truce.",
            "RUS",
            "UKR",
        ),
    ],
)
def test_attacks_told_as_within_the_truce_are_violations(
    observe: Observe, report: str, by: str, claimed_by: str
) -> None:
    [found] = violations(observe(GENERAL_TRUCE + report))
    assert (found.by, found.claimed_by) == (by, claimed_by)


def test_no_attacks_during_the_truce_is_no_violation(observe: Observe) -> None:
    report = "During the truce, no attacks were reported on either side of the front."
    assert violations(observe(GENERAL_TRUCE + report)) == []


def test_targets_named_after_a_demonym_are_the_victims_not_the_attack(observe: Observe) -> None:
    # "Russian energy targets" are what was hit; the pilots who hit them are Ukraine's.
    found = observe(
        "A 30-day pause on Russian and Ukrainian strikes on energy infrastructure took "
        "effect on Tuesday. On Friday Ukraine's air force said its pilots had again hit "
        "Russian energy targets in Belgorod."
    )
    assert [o.by for o in violations(found)] == ["UKR"]


def test_an_outsider_attacking_is_no_violation_guessed_from_the_speaker(
    observe: Observe,
) -> None:
    found = observe(
        "A ceasefire between Israel and Hamas took effect on Sunday. Egypt's army, which "
        "is no party to the accord, has continued to strike smuggling tunnels, Israeli "
        "officials said."
    )
    assert violations(found) == []


@pytest.mark.parametrize(
    "tail",
    [
        'Hamas said cutting off aid was "an open assault on the agreement".',
        "Hamas said the raids were a direct attack on the truce.",
        "Hamas described the blockade as an assault on the ceasefire.",
    ],
)
def test_an_assault_on_the_agreement_is_a_violation(observe: Observe, tail: str) -> None:
    found = observe("Israel and Hamas agreed a truce in Gaza on Sunday. " + tail)
    assert "violated" in {o.status for o in found}


@pytest.mark.parametrize(
    "tail",
    [
        "Israel launched an attack on the ceasefire monitors.",
        "Israel carried out an attack on Gaza during the truce.",
    ],
)
def test_an_attack_on_people_or_places_named_by_the_truce_is_no_assault_on_it(
    observe: Observe, tail: str
) -> None:
    found = observe("Israel and Hamas agreed a truce in Gaza on Sunday. " + tail)
    assert "violated" not in {o.status for o in found}


@pytest.mark.parametrize(
    "strikes",
    [
        "Israeli air strikes continued in parts of Gaza on Tuesday.",
        "Israel kept striking Gaza overnight, killing 12 people.",
    ],
)
def test_attacks_before_the_truce_begins_break_nothing(observe: Observe, strikes: str) -> None:
    text = (
        "Israel approved the Gaza ceasefire with Hamas. The truce is in effect from Sunday, "
        "June 8. " + strikes
    )
    assert "violated" not in {o.status for o in observe(text)}


def test_clearing_the_way_for_a_truce_to_begin_is_no_start(observe: Observe) -> None:
    text = (
        "Israel's cabinet approved the Gaza ceasefire with Hamas, clearing the way for the truce "
        "to begin on Sunday morning."
    )
    assert "in_effect" not in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "background",
    [
        "India has kept the water treaty in abeyance since the Pahalgam attack.",
        "Delhi still blames Pakistan for the massacre, and has kept troops on alert after the "
        "April attack.",
        "Pakistan has kept its airspace closed following the drone strikes.",
    ],
)
def test_a_past_attack_named_as_a_time_is_no_violation(observe: Observe, background: str) -> None:
    text = "India and Pakistan agreed a ceasefire on Saturday, and it took effect that evening. "
    assert violations(observe(text + background)) == []


@pytest.mark.parametrize(
    "warning",
    [
        "A Ukrainian commander said his troops would respond to any attack during the truce.",
        "Russia's Defence Ministry warned it would hit back hard at any strikes during the truce.",
    ],
)
def test_a_warning_about_any_attack_is_no_violation(observe: Observe, warning: str) -> None:
    # An attack that may come is no attack now.
    assert violations(observe(GENERAL_TRUCE + warning)) == []


def test_an_attack_during_the_truce_is_still_a_violation_beside_a_warning(observe: Observe) -> None:
    report = "Kyiv said Russian forces had shelled its positions during the truce."
    assert [o.by for o in violations(observe(GENERAL_TRUCE + report))] == ["RUS"]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow accused Kyiv of using the humanitarian corridor as cover for a military operation.",
        "Israel accused Hamas of exploiting the truce to regroup and rearm.",
        "Russia used the Easter truce with Ukraine to reposition its troops, Kyiv said.",
    ],
)
def test_using_an_agreement_as_cover_or_to_regroup_breaks_it(observe: Observe, text: str) -> None:
    found = observe(text)
    assert "violated" in {o.status for o in found}, [(o.status, o.by) for o in found]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine said the truce with Russia could be used to regroup.",
        "Both sides used the ceasefire between Israel and Hamas to bury their dead.",
    ],
)
def test_a_possible_misuse_or_a_use_the_truce_is_for_breaks_nothing(
    observe: Observe, text: str
) -> None:
    assert "violated" not in {o.status for o in observe(text)}


GENERAL_IN_EFFECT = (
    "Kyrgyzstan and Tajikistan agreed a ceasefire. It came into force at 20:00 on Tuesday. "
)


@pytest.mark.parametrize(
    "report",
    [
        "Kyrgyz border guards say Tajik forces fired on their positions after the ceasefire "
        "was supposed to begin.",
        "Tajik troops shelled Kyrgyz villages after the truce was meant to take effect, "
        "Bishkek said.",
        "Kyrgyzstan said Tajik forces opened fire after the ceasefire took effect.",
    ],
)
def test_an_attack_after_a_general_truce_began_or_was_to_begin_is_a_violation(
    observe: Observe, report: str
) -> None:
    [found] = violations(observe(GENERAL_IN_EFFECT + report))
    assert (found.by, found.claimed_by) in {("TJK", "KGZ"), ("TJK", None)}


def test_an_attack_after_talks_on_the_truce_is_no_violation(observe: Observe) -> None:
    report = "Tajik forces shelled Kyrgyz villages after the truce talks ended, Bishkek said."
    assert violations(observe(GENERAL_IN_EFFECT + report)) == []


HUMANITARIAN_IN_EFFECT = (
    "Israel and Hamas agreed to a six-hour humanitarian pause so that aid could reach Gaza. "
    "The humanitarian pause took effect at 07:00. "
)


@pytest.mark.parametrize(
    "report",
    [
        "The Israeli army said two rockets were fired from Gaza at Ashkelon during the pause.",
        "During the lull, Hamas fighters opened fire on troops near Khan Younis, Israel said.",
        "Israel said mortar rounds were again fired into its territory during the "
        "humanitarian pause.",
    ],
)
def test_any_fire_during_a_humanitarian_pause_breaks_it(observe: Observe, report: str) -> None:
    [found] = violations(observe(HUMANITARIAN_IN_EFFECT + report))
    assert found.agreement.scope == "humanitarian"
    assert found.by == "HAMAS"


@pytest.mark.parametrize(
    "report",
    [
        "During the pause, no rockets were fired from Gaza, the army said.",
        "Israel warned it would strike again if rockets were fired from Gaza during the pause.",
    ],
)
def test_quiet_or_a_threat_during_a_humanitarian_pause_breaks_nothing(
    observe: Observe, report: str
) -> None:
    assert violations(observe(HUMANITARIAN_IN_EFFECT + report)) == []


@pytest.mark.parametrize(
    "report",
    [
        "Bishkek dismissed the truce, saying Tajik forces were still firing.",
        "Kyrgyz officials said Tajik troops kept firing at border posts through the night.",
        "Tajik units continued to fire on Kyrgyz villages on Wednesday, Bishkek said.",
    ],
)
def test_fire_told_as_going_on_during_a_truce_breaks_it(observe: Observe, report: str) -> None:
    [found] = violations(observe(GENERAL_IN_EFFECT + report))
    assert found.by == "TJK"


def test_fire_that_stopped_breaks_nothing(observe: Observe) -> None:
    report = "Kyrgyz officials said Tajik troops had stopped firing by midnight."
    assert violations(observe(GENERAL_IN_EFFECT + report)) == []


@pytest.mark.parametrize(
    "report",
    [
        "Ukrainian units were told to keep their positions but to avoid attacks on Russian "
        "lines, a Kyiv spokesman said.",
        'Russian commanders keep patrolling the front but are avoiding "offensive actions" '
        "against Ukrainian troops, Moscow said.",
    ],
)
def test_attacks_a_side_is_told_to_avoid_break_nothing(observe: Observe, report: str) -> None:
    # Orders to stay clear of attacks are the truce kept, not an attack that went on.
    assert violations(observe(GENERAL_TRUCE + report)) == []


def test_an_attack_kept_up_despite_orders_to_avoid_others_still_breaks_it(
    observe: Observe,
) -> None:
    report = "Kyiv said Russian drones struck a market in Kharkiv again overnight."
    assert [o.by for o in violations(observe(GENERAL_TRUCE + report))] == ["RUS"]
