"""The agreement status tracker as its users see it: which alerts come out, and when."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from processors.errors import ConfigurationError
from processors.model import Agreement, Alert, Evidence, Kind, Observation, Scope, Status
from processors.tracker import (
    AgreementTracker,
    KeyState,
    TrackerRules,
    advance_clock,
    load_tracker_rules,
    observe,
    tracking_order,
)

pytestmark = pytest.mark.unit

START = datetime(2025, 3, 18, 18, 0, tzinfo=UTC)
DETECTED = datetime(2030, 1, 1, tzinfo=UTC)
JANUARY_9 = datetime(2025, 1, 9, tzinfo=UTC)
ENERGY = "RUS+UKR/energy_infrastructure"
GENERAL = "RUS+UKR/general"


def obs(
    article: str,
    status: Status,
    day: float,
    *,
    scope: Scope = "energy_infrastructure",
    kind: Kind = "pause",
    by: str | None = None,
    duration: float | None = None,
    label: str | None = None,
    starts: datetime | None = None,
    ends: datetime | None = None,
    at: int = 0,
    parties: tuple[str, ...] = ("RUS", "UKR"),
    sentence: str | None = None,
) -> Observation:
    """An observation of ``article``, published ``day`` days after START."""
    agreement = Agreement(
        id=f"{'+'.join(parties)}/{scope}",
        kind=kind,
        scope=scope,
        parties=parties,
        duration_days=duration,
        label=label,
        starts=starts,
        ends=ends,
    )
    evidence = Evidence(sentence=sentence or f"{article} says {status}.", span=(at, at + 5))
    return Observation(
        article, START + timedelta(days=day), agreement, status, by, None, evidence, 0.9
    )


@pytest.fixture(scope="module")
def rules() -> TrackerRules:
    return load_tracker_rules()


def run(
    observations: list[Observation], rules: TrackerRules, *, clock: datetime | None = None
) -> tuple[AgreementTracker, list[Alert]]:
    """Feed observations as replay does: advance event time, then the article's observations."""
    tracker = AgreementTracker(rules, clock=lambda: DETECTED)
    alerts: list[Alert] = []
    for observation in observations:
        assert observation.published is not None
        alerts += tracker.advance_to(observation.published)
        alerts += tracker.observe(observation)
    if clock is not None:
        alerts += tracker.advance_to(clock)
    return tracker, alerts


def moves(alerts: list[Alert]) -> list[tuple[str, Status | None, Status, str]]:
    return [(a.agreement.id, a.previous_status, a.status, a.article_id) for a in alerts]


def statuses(tracker: AgreementTracker) -> dict[str, Status]:
    return {i.id: i.status for s in tracker.states().values() for i in s.instances}


def test_a_new_agreement_alerts_with_no_previous_status(rules: TrackerRules) -> None:
    _, alerts = run([obs("a1", "proposed", 0, by="USA")], rules)

    [alert] = alerts
    assert alert.agreement.id == f"{ENERGY}@2025-03-18"
    assert (alert.previous_status, alert.status, alert.severity) == (None, "proposed", "info")
    assert alert.changed_at == START
    assert alert.detected_at == DETECTED
    assert alert.article_id == "a1"
    assert [o.article_id for o in alert.evidence] == ["a1"]
    assert len(alert.id) == 32
    assert int(alert.id, 16) >= 0


def test_each_change_alerts_once_and_a_repeated_status_does_not(rules: TrackerRules) -> None:
    _, alerts = run(
        [
            obs("a1", "proposed", 0, by="USA"),
            obs("a2", "agreed", 1, by="RUS"),
            obs("a3", "agreed", 2, by="RUS"),
            obs("a4", "in_effect", 3),
            obs("a5", "violated", 4, by="RUS"),
            obs("a6", "violated", 5, by="RUS"),
        ],
        rules,
    )

    instance = f"{ENERGY}@2025-03-18"
    assert moves(alerts) == [
        (instance, None, "proposed", "a1"),
        (instance, "proposed", "agreed", "a2"),
        (instance, "agreed", "in_effect", "a4"),
        (instance, "in_effect", "violated", "a5"),
    ]
    assert [a.severity for a in alerts] == ["info", "warning", "warning", "critical"]


def test_recalling_an_earlier_stage_does_not_roll_the_status_back(rules: TrackerRules) -> None:
    tracker, alerts = run(
        [
            obs("a1", "agreed", 0, by="RUS"),
            obs("a2", "in_effect", 1),
            obs("a3", "proposed", 2, by="USA"),  # "the US-proposed pause"
            obs("a4", "negotiating", 3),
            obs("a5", "agreed", 4, by="RUS"),
        ],
        rules,
    )

    assert [a.status for a in alerts] == ["agreed", "in_effect"]
    assert statuses(tracker) == {f"{ENERGY}@2025-03-18": "in_effect"}


def test_a_proposal_tabled_at_talks_under_way_is_news(rules: TrackerRules) -> None:
    # "After a week of talks, the mediators put a draft ceasefire to both delegations."
    _, alerts = run(
        [
            obs("a1", "negotiating", 0, scope="general"),
            obs("a2", "proposed", 7, by="USA", scope="general"),
            obs("a3", "rejected", 8, by="RUS", scope="general"),
        ],
        rules,
    )

    assert [(a.previous_status, a.status, a.article_id) for a in alerts] == [
        (None, "negotiating", "a1"),
        ("negotiating", "proposed", "a2"),
        ("proposed", "rejected", "a3"),
    ]


def test_stances_move_sideways_and_a_second_party_accepting_is_news(
    rules: TrackerRules,
) -> None:
    _, alerts = run(
        [
            obs("a1", "proposed", 0, by="USA", scope="general"),
            obs("a2", "accepted", 1, by="UKR", scope="general"),
            obs("a3", "rejected", 2, by="RUS", scope="general"),
            obs("a4", "accepted", 3, by="UKR", scope="general"),  # UKR's stance, again
            obs("a5", "accepted", 4, by="RUS", scope="general"),
            obs("a6", "accepted", 5, by="RUS", scope="general"),
        ],
        rules,
    )

    assert [(a.previous_status, a.status, a.article_id) for a in alerts] == [
        (None, "proposed", "a1"),
        ("proposed", "accepted", "a2"),
        ("accepted", "rejected", "a3"),
        ("rejected", "accepted", "a5"),
    ]


def test_one_side_said_to_agree_to_what_it_accepted_is_no_agreement(
    rules: TrackerRules,
) -> None:
    _, alerts = run(
        [
            obs("a1", "proposed", 0, by="USA", scope="general"),
            obs("a2", "accepted", 1, by="UKR", scope="general"),
            obs("a3", "rejected", 2, by="RUS", scope="general"),
            # "the truce Kyiv agreed to"
            obs("a3", "agreed", 2, by="UKR", scope="general", kind="truce", at=40),
        ],
        rules,
    )

    assert [(a.previous_status, a.status) for a in alerts] == [
        (None, "proposed"),
        ("proposed", "accepted"),
        ("accepted", "rejected"),
    ]


@pytest.mark.parametrize("day", [0, 1])
def test_a_halt_a_side_declares_after_accepting_talks_is_its_own_agreement(
    rules: TrackerRules, day: int
) -> None:
    # "said it would cease fire and was ready to hold peace talks": ready for talks is its
    # consent to talk; its own halt is a commitment of its own, not that consent retold.
    _, alerts = run(
        [
            obs("a1", "accepted", 0, by="UKR", scope="general", kind="talks"),
            obs(f"a{day + 1}", "agreed", day, by="UKR", scope="general", at=40),
        ],
        rules,
    )

    assert [(a.previous_status, a.status) for a in alerts] == [
        (None, "accepted"),
        ("accepted", "agreed"),
    ]


def test_the_other_side_agreeing_after_one_accepted_is_an_agreement(
    rules: TrackerRules,
) -> None:
    _, alerts = run(
        [
            obs("a1", "accepted", 0, by="UKR", scope="general"),
            obs("a2", "agreed", 1, by="RUS", scope="general"),
        ],
        rules,
    )

    assert [(a.previous_status, a.status) for a in alerts] == [
        (None, "accepted"),
        ("accepted", "agreed"),
    ]


def test_a_party_joining_an_agreement_alerts_without_a_status_change(
    rules: TrackerRules,
) -> None:
    _, alerts = run([obs("a1", "accepted", 0, by="UKR"), obs("a2", "accepted", 1, by="RUS")], rules)

    assert [(a.previous_status, a.status) for a in alerts] == [
        (None, "accepted"),
        ("accepted", "accepted"),
    ]
    assert alerts[0].id != alerts[1].id


def test_a_suspended_agreement_resumes(rules: TrackerRules) -> None:
    _, alerts = run(
        [
            obs("a1", "in_effect", 0, scope="maritime"),
            obs("a2", "suspended", 1, by="RUS", scope="maritime"),
            obs("a3", "in_effect", 2, scope="maritime"),
        ],
        rules,
    )

    assert [(a.previous_status, a.status) for a in alerts] == [
        (None, "in_effect"),
        ("in_effect", "suspended"),
        ("suspended", "in_effect"),
    ]


@pytest.mark.parametrize(
    ("sentence", "resumes"),
    [
        # One side saying it keeps to the deal as before lifts no suspension by the other.
        ("Ukraine says it is still honouring the grain deal.", False),
        ("Kyiv said it was still observing the maritime truce.", False),
        # Words of a change, or of the agreement holding again, do.
        ("Ukraine said it had resumed shipments under the grain deal.", True),
        ("Kyiv said the maritime truce was still in force, back in force since Monday.", True),
    ],
)
def test_a_side_still_keeping_a_suspended_deal_does_not_resume_it(
    rules: TrackerRules, sentence: str, resumes: bool
) -> None:
    kept = obs("a3", "in_effect", 2, by="UKR", scope="maritime", sentence=sentence)
    _, alerts = run(
        [
            obs("a1", "in_effect", 0, scope="maritime"),
            obs("a2", "suspended", 1, by="RUS", scope="maritime"),
            kept,
        ],
        rules,
    )
    assert (alerts[-1].status == "in_effect") == resumes


@pytest.mark.parametrize(
    "sentence",
    [
        "The pause is holding despite the accusations, officials said.",
        "Kyiv said the moratorium remained in force.",
        "The truce has largely held since then.",
        "The ceasefire agreed on Saturday held along the border for a second straight night.",
        "The truce held overnight, the army said.",
        "Residents said the guns along the front remained silent.",
        "The army said it had resumed enforcing the ceasefire after the overnight raids.",
        "The military announced the renewed enforcement of the truce on Monday.",
        "Officials said the ceasefire was restored after two days of clashes.",
        "By the evening the truce was back in force, the mediators said.",
    ],
)
def test_a_violated_agreement_said_to_hold_now_is_in_effect_again(
    rules: TrackerRules, sentence: str
) -> None:
    _, alerts = run(
        [
            obs("a1", "in_effect", 0),
            obs("a2", "violated", 1, by="RUS"),
            obs("a3", "in_effect", 2, sentence=sentence),
            obs("a4", "violated", 3, by="UKR"),
        ],
        rules,
    )

    assert [(a.previous_status, a.status, a.article_id) for a in alerts[1:]] == [
        ("in_effect", "violated", "a2"),
        ("violated", "in_effect", "a3"),
        ("in_effect", "violated", "a4"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The pause, which took effect in March, was meant to protect power plants.",
        "The pause took effect on Tuesday.",
        "Both sides said they would respect the moratorium.",
        "Prisoners held for a few months were freed under the pause.",
    ],
)
def test_recalling_when_a_violated_agreement_began_does_not_restore_it(
    rules: TrackerRules, sentence: str
) -> None:
    _, alerts = run(
        [
            obs("a1", "in_effect", 30),
            obs("a2", "violated", 31, by="RUS"),
            obs("a3", "in_effect", 32, sentence=sentence),
        ],
        rules,
    )

    assert [a.status for a in alerts] == ["in_effect", "violated"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The truce has largely held despite mutual accusations of violations.",
        "The pause has broadly held, despite reports of shelling and mutual accusations.",
        "Despite sporadic clashes along the front, the moratorium has largely held.",
        "The truce largely held for a third day, although both sides reported exchanges of fire.",
    ],
)
def test_breaches_an_agreement_held_despite_are_no_new_breach(
    rules: TrackerRules, sentence: str
) -> None:
    _, alerts = run(
        [
            obs("a1", "in_effect", 0),
            obs("a2", "in_effect", 1, sentence=sentence),
            obs("a2", "violated", 1, sentence=sentence),
        ],
        rules,
    )

    assert [a.status for a in alerts] == ["in_effect"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The truce, which had held despite sporadic clashes, collapsed on Tuesday.",
        "Russia violated the pause overnight despite its promise, Kyiv said.",
    ],
)
def test_a_breach_beside_no_holding_main_clause_is_still_news(
    rules: TrackerRules, sentence: str
) -> None:
    _, alerts = run([obs("a1", "in_effect", 0), obs("a2", "violated", 1, sentence=sentence)], rules)

    assert [a.status for a in alerts] == ["in_effect", "violated"]


def test_after_a_collapse_only_a_new_instance_can_start(rules: TrackerRules) -> None:
    tracker, alerts = run(
        [
            obs("a1", "agreed", 0),
            obs("a2", "collapsed", 10, by="RUS"),
            obs("a3", "violated", 11, by="RUS"),
            obs("a4", "in_effect", 12),
            obs("a5", "agreed", 20, by="RUS"),
        ],
        rules,
    )

    assert moves(alerts) == [
        (f"{ENERGY}@2025-03-18", None, "agreed", "a1"),
        (f"{ENERGY}@2025-03-18", "agreed", "collapsed", "a2"),
        (f"{ENERGY}@2025-03-30", None, "in_effect", "a4"),
    ]
    assert statuses(tracker) == {
        f"{ENERGY}@2025-03-18": "collapsed",
        f"{ENERGY}@2025-03-30": "in_effect",
    }


def test_an_article_reporting_the_end_recalls_rather_than_reopens(rules: TrackerRules) -> None:
    tracker = AgreementTracker(rules, clock=lambda: DETECTED)
    tracker.observe(obs("a1", "in_effect", 0))
    tracker.observe(obs("a2", "collapsed", 5))
    # "The truce, agreed in March, collapsed last week": agreed comes first in the text.
    later = [obs("a3", "agreed", 9, at=4), obs("a3", "collapsed", 9, at=40)]

    assert [o.status for o in tracking_order(later, rules)] == ["collapsed", "agreed"]
    assert tracker.observe_article(later) == ()
    assert statuses(tracker) == {f"{ENERGY}@2025-03-18": "collapsed"}


def test_a_truce_still_only_proposed_cannot_be_violated_suspended_or_expire(
    rules: TrackerRules,
) -> None:
    _, alerts = run(
        [
            obs("a1", "proposed", 0, by="USA"),
            obs("a2", "violated", 1, by="RUS"),
            obs("a3", "suspended", 2),
            obs("a4", "accepted", 3, by="UKR"),
            obs("a5", "agreed", 4),
        ],
        rules,
    )

    assert [(a.previous_status, a.status) for a in alerts] == [
        (None, "proposed"),
        ("proposed", "accepted"),
        ("accepted", "agreed"),
    ]


def test_a_new_truce_never_in_force_does_not_take_the_old_ones_collapse(
    rules: TrackerRules,
) -> None:
    # "Thailand walked out of the ceasefire last month" in an article about the new
    # seven-day truce, which extraction gave the new truce's length: the old collapse
    # recalled. The new truce, only accepted so far, is then agreed and takes effect.
    tracker, alerts = run(
        [
            obs("a1", "in_effect", 0, duration=30),
            obs("a2", "collapsed", 10, by="RUS"),
            obs("a3", "proposed", 14, by="TUR", duration=7),
            obs("a3", "accepted", 14, by="UKR", duration=7, at=30),
            obs("a4", "collapsed", 16, by="RUS", duration=7),
            obs("a4", "agreed", 16, duration=7, at=30),
            obs("a4", "in_effect", 16, duration=7, at=60),
        ],
        rules,
    )

    new = f"{ENERGY}@2025-04-01"
    assert moves(alerts)[2:] == [
        (new, None, "proposed", "a3"),
        (new, "proposed", "accepted", "a3"),
        (new, "accepted", "agreed", "a4"),
        (new, "agreed", "in_effect", "a4"),
    ]
    assert statuses(tracker)[new] == "in_effect"


def test_a_truce_that_never_took_effect_can_still_collapse(rules: TrackerRules) -> None:
    # With no earlier collapse to recall, the end of a proposal's talks is news.
    _, alerts = run(
        [obs("a1", "proposed", 0, by="TUR"), obs("a2", "collapsed", 3, by="RUS")],
        rules,
    )

    assert [(a.previous_status, a.status) for a in alerts] == [
        (None, "proposed"),
        ("proposed", "collapsed"),
    ]


@pytest.mark.parametrize(
    "earlier",
    [
        [obs("a1", "agreed", 0)],
        [obs("a1", "agreed", 0), obs("a2", "in_effect", 1)],
        # Talks suspended since: the truce they set up can still be broken.
        [obs("a1", "agreed", 0), obs("a2", "in_effect", 1), obs("a3", "suspended", 4, by="UKR")],
    ],
)
def test_a_breach_reported_beside_the_end_it_caused_is_news(
    rules: TrackerRules, earlier: list[Observation]
) -> None:
    # "The president revoked the truce on Saturday, saying the rebels had broken it with a
    # car bomb": the end goes first in the fold, its cause still alerts.
    tracker, alerts = run(earlier, rules)
    article = [obs("a9", "violated", 9, by="RUS", at=60), obs("a9", "collapsed", 9, by="UKR")]
    found = tracker.observe_article(article)

    assert [a.status for a in found] == ["collapsed", "violated"]
    assert found[1].previous_status == alerts[-1].status
    assert statuses(tracker) == {f"{ENERGY}@2025-03-18": "collapsed"}


def test_an_end_first_heard_of_carries_its_cause(rules: TrackerRules) -> None:
    # "Islamabad said the ceasefire was finished after India fired across the line": the
    # first the tracker hears of the truce is its end and the breach behind it.
    tracker = AgreementTracker(rules, clock=lambda: DETECTED)
    article = [obs("a1", "collapsed", 0, by="PAK"), obs("a1", "violated", 0, by="IND", at=40)]

    assert [(a.previous_status, a.status) for a in tracker.observe_article(article)] == [
        (None, "collapsed"),
        (None, "violated"),
    ]


@pytest.mark.parametrize(
    ("earlier", "article"),
    [
        # Already violated before the end: the breach recalled is no news again.
        (
            [obs("a1", "in_effect", 0), obs("a2", "violated", 3, by="RUS")],
            [obs("a9", "collapsed", 9, by="UKR"), obs("a9", "violated", 9, by="RUS", at=50)],
        ),
        # Never in force: a proposal's talks broke down, nothing was broken.
        (
            [obs("a1", "proposed", 0, by="TUR")],
            [obs("a9", "collapsed", 9, by="UKR"), obs("a9", "violated", 9, by="RUS", at=50)],
        ),
        # An expiry has no breach for its cause: "the truce, often breached, ran out".
        (
            [obs("a1", "in_effect", 0)],
            [obs("a9", "expired", 9), obs("a9", "violated", 9, by="RUS", at=50)],
        ),
        # The end came in an earlier article: a later breach claim meets an ended truce.
        (
            [obs("a1", "in_effect", 0), obs("a2", "collapsed", 3, by="UKR")],
            [obs("a9", "violated", 9, by="RUS", at=50)],
        ),
    ],
)
def test_a_breach_beside_an_end_is_no_news_when_it_caused_nothing_new(
    rules: TrackerRules, earlier: list[Observation], article: list[Observation]
) -> None:
    tracker, _ = run(earlier, rules)

    assert "violated" not in [a.status for a in tracker.observe_article(article)]


def sudan(article: str, status: Status, day: float, **extra: object) -> Observation:
    """An observation of a truce between Sudan's army and the RSF (another war's key)."""
    return obs(article, status, day, scope="general", kind="truce", parties=("RSF", "SDN"), **extra)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("earlier", "article", "expected"),
    [
        # A live blog: the truce agreed the day before takes effect at 06:00, is accused of
        # being broken at noon and has fallen apart by the evening (the headline says so).
        (
            [sudan("a1", "agreed", 0)],
            [
                sudan("a2", "collapsed", 1, at=10),
                sudan("a2", "in_effect", 1, at=200),
                sudan("a2", "violated", 1, by="RSF", at=500),
            ],
            [(None, "collapsed"), ("agreed", "in_effect"), ("in_effect", "violated")],
        ),
        # A day-after story: the army suspended part of the truce in force on Tuesday, the
        # RSF declared it dead on Wednesday; the repudiation leads the article.
        (
            [sudan("a1", "agreed", 0), sudan("a2", "in_effect", 1)],
            [sudan("a3", "collapsed", 5, by="RSF"), sudan("a3", "suspended", 5, by="SDN", at=300)],
            [(None, "collapsed"), ("in_effect", "suspended")],
        ),
    ],
)
def test_a_short_lifecycle_told_whole_in_one_article_keeps_its_stages(
    rules: TrackerRules,
    earlier: list[Observation],
    article: list[Observation],
    expected: list[tuple[Status | None, Status]],
) -> None:
    tracker, alerts = run(earlier, rules)
    ended_from = alerts[-1].status
    found = tracker.observe_article(list(reversed(article)))  # any order within the article

    assert [a.status for a in found] == [status for _, status in expected]
    assert [a.previous_status for a in found[1:]] == [prev for prev, _ in expected[1:]]
    assert found[0].previous_status == ended_from
    # The instance ends as the article says, whatever the alerts beside the end.
    assert list(statuses(tracker).values()) == ["collapsed"]


@pytest.mark.parametrize(
    ("earlier", "article"),
    [
        # The first the tracker hears of the truce is its end: its start is background.
        ([], [sudan("a1", "collapsed", 0), sudan("a1", "in_effect", 0, at=90)]),
        # "Recap: the truce took effect on January 19", in a March article: dated back.
        (
            [sudan("a1", "agreed", 0)],
            [
                sudan("a2", "collapsed", 1),
                sudan(
                    "a2",
                    "in_effect",
                    1,
                    at=90,
                    sentence="Recap: the truce took effect on January 19.",
                ),
            ],
        ),
        # Already breached, so in force: "the rest of the accord remained in force" recalls.
        (
            [sudan("a1", "agreed", 0), sudan("a2", "violated", 3, by="RSF")],
            [sudan("a3", "collapsed", 5), sudan("a3", "in_effect", 5, at=90)],
        ),
        # Never in force: a proposal that fell through had nothing to suspend.
        (
            [sudan("a1", "proposed", 0, by="USA")],
            [sudan("a2", "collapsed", 1), sudan("a2", "suspended", 1, by="SDN", at=90)],
        ),
    ],
)
def test_stages_beside_an_end_are_no_news_when_the_article_only_recalls_them(
    rules: TrackerRules, earlier: list[Observation], article: list[Observation]
) -> None:
    tracker, _ = run(earlier, rules)
    found = [a.status for a in tracker.observe_article(article)]

    assert "in_effect" not in found
    assert "suspended" not in found


def test_an_article_recalling_an_old_collapse_can_report_a_new_proposal(
    rules: TrackerRules,
) -> None:
    # "Since the 30-day ceasefire collapsed in March, fighting ... On Monday Turkey
    # proposed a permanent ceasefire": the collapse is old news, the proposal a new
    # instance; the article's recall of the old truce being agreed opens nothing.
    tracker, alerts = run(
        [
            obs("a1", "agreed", 0, duration=30),
            obs("a2", "collapsed", 10, by="RUS"),
            obs("a3", "collapsed", 20, at=10),
            obs("a3", "agreed", 20, duration=30, at=20),
            obs("a3", "proposed", 20, by="TUR", at=80),
        ],
        rules,
    )

    assert moves(alerts)[2:] == [(f"{ENERGY}@2025-04-07", None, "proposed", "a3")]
    assert sorted(statuses(tracker).values()) == ["collapsed", "proposed"]


def test_a_named_truce_declared_after_a_recalled_collapse_is_a_new_instance(
    rules: TrackerRules,
) -> None:
    # "The ELN declared a unilateral ceasefire for Christmas, nine days after the
    # government ended the bilateral truce": the named truce is news, the end a recall.
    tracker, alerts = run(
        [
            obs("a1", "agreed", 0),
            obs("a2", "collapsed", 10, by="RUS"),
            obs("a3", "collapsed", 19, at=60),
            obs("a3", "agreed", 19, by="RUS", label="Christmas ceasefire", at=4),
        ],
        rules,
    )

    assert moves(alerts)[2:] == [(f"{ENERGY}@2025-04-06", None, "agreed", "a3")]
    assert sorted(statuses(tracker).values()) == ["agreed", "collapsed"]


@pytest.mark.parametrize(
    ("old_length", "new_length", "reopens"),
    [
        (None, 3.0, True),  # a 72-hour truce after an open-ended one fell apart
        (None, 30.0, True),  # a month-long halt after the same
        (None, None, False),  # no length: the agreement may well be the old one's
        (7.0, 3.0, True),  # another length: another truce, as before
        (3.0, 3.0, False),  # the old truce's own length: a recall of its making
    ],
)
def test_a_truce_with_a_length_the_ended_one_lacked_is_a_new_instance(
    rules: TrackerRules, old_length: float | None, new_length: float | None, reopens: bool
) -> None:
    # "A 72-hour truce announced on Monday came into force last night. ... The last truce,
    # agreed in April, fell apart in August": the recalled end comes first in the article,
    # yet the truce with its own length is news, as a named one would be.
    tracker, alerts = run(
        [
            obs("a1", "agreed", 0, duration=old_length),
            obs("a2", "collapsed", 10, by="RUS"),
            obs("a3", "collapsed", 40, at=60),
            obs("a3", "agreed", 40, duration=new_length, at=4),
            obs("a3", "in_effect", 40, duration=new_length, at=30),
        ],
        rules,
    )

    new = [m for m in moves(alerts) if m[3] == "a3"]
    if reopens:
        assert new == [
            (f"{ENERGY}@2025-04-27", None, "agreed", "a3"),
            (f"{ENERGY}@2025-04-27", "agreed", "in_effect", "a3"),
        ]
    else:
        assert new == []
        assert len(statuses(tracker)) == 1


def test_a_collapse_reported_in_the_article_is_not_followed_by_a_new_proposal(
    rules: TrackerRules,
) -> None:
    # "The truce, first proposed by Turkey in March, collapsed on Monday": the proposal
    # recalls the truce that has just ended.
    tracker, alerts = run(
        [
            obs("a1", "agreed", 0),
            obs("a2", "collapsed", 10, by="RUS", at=40),
            obs("a2", "proposed", 10, by="TUR", at=10),
        ],
        rules,
    )

    assert [a.status for a in alerts] == ["agreed", "collapsed"]
    assert list(statuses(tracker).values()) == ["collapsed"]


@pytest.mark.parametrize(
    ("sentence", "reopens"),
    [
        ("The swap agreed in March remains frozen, officials said.", False),
        ("Since early March, when the deal was agreed, no prisoner has been freed.", False),
        ("The sides agreed on Monday to resume the swap halted in March.", True),
        ("The sides agreed to a new swap, which will start in June.", True),
        ("The sides agreed to a new swap.", True),
    ],
)
def test_a_status_dated_to_an_earlier_month_recalls_an_ended_instance(
    rules: TrackerRules, sentence: str, reopens: bool
) -> None:
    # The articles are of April: an earlier month with no recent day is a recall.
    swap = "RUS+UKR/prisoner_exchange"
    first = obs("a1", "agreed", 0, scope="prisoner_exchange", kind="deal")
    ended = obs("a2", "collapsed", 5, scope="prisoner_exchange", kind="deal")
    later = obs("a3", "agreed", 20, scope="prisoner_exchange", kind="deal")
    later = replace(later, evidence=replace(later.evidence, sentence=sentence))

    tracker, alerts = run([first, ended, later], rules)

    assert [a.article_id for a in alerts] == ["a1", "a2", *(["a3"] if reopens else [])]
    assert len(tracker.states()[swap].instances) == (2 if reopens else 1)


def test_a_start_names_the_truce_whose_length_an_extension_changed(rules: TrackerRules) -> None:
    # "The truce, which took effect on March 18 and was due to end on April 17, will now
    # run until May 1": the start and the new end give 44 days, the same truce.
    began = START.replace(hour=4)
    tracker, alerts = run(
        [
            obs("a1", "agreed", -2, duration=30, starts=began),
            obs("a2", "in_effect", 0, duration=30, starts=began),
            obs("a3", "extended", 20),
            obs("a3", "in_effect", 20, duration=44, starts=began, at=40),
            # Another truce with a start of its own is still another instance.
            obs("a4", "agreed", 25, duration=3, starts=began + timedelta(days=26)),
        ],
        rules,
    )

    assert [(a.agreement.id, a.status) for a in alerts] == [
        (f"{ENERGY}@2025-03-16", "agreed"),
        (f"{ENERGY}@2025-03-16", "in_effect"),
        (f"{ENERGY}@2025-03-16", "extended"),
        (f"{ENERGY}@2025-04-12", "agreed"),
    ]
    assert len(tracker.states()[ENERGY].instances) == 2


def test_a_proposal_after_the_end_of_a_truce_never_seen_is_a_new_instance(
    rules: TrackerRules,
) -> None:
    # "The understanding broke down last month", in the first article of a new crisis:
    # background, no alert; the proposal the article reports is a new instance.
    old_end = said(obs("a1", "collapsed", 0, at=80), "The understanding broke down last month.")
    tracker, alerts = run([old_end, obs("a1", "proposed", 0, by="USA", at=4)], rules)

    assert [(a.previous_status, a.status) for a in alerts] == [(None, "proposed")]
    assert sorted(statuses(tracker).values()) == ["collapsed", "proposed"]


@pytest.mark.parametrize(
    ("sentence", "alerts_end"),
    [
        ("The Kremlin said on Thursday that the moratorium had run its course.", True),
        ("The moratorium has expired, the Kremlin said.", True),
        # Dated back: an old end, no news.
        ("The moratorium expired in March, officials recalled.", False),
        ("The moratorium ran out last week.", False),
        ("A new moratorium, announced by Kyiv and Moscow for March 2, ran out soon.", False),
        ("An earlier pause, declared for March 25, expired within days.", False),
        ("The moratorium, declared for April 10, has expired, the Kremlin said.", True),
    ],
)
def test_an_end_first_heard_of_opens_the_key_already_over(
    rules: TrackerRules, sentence: str, *, alerts_end: bool
) -> None:
    # An article of April 17 (START is March 18) is the first to name the moratorium: its
    # end, then recaps of how it began and a conditional offer.
    end = said(obs("a1", "expired", 30, duration=30), sentence)
    agreed = said(obs("a1", "agreed", 30, at=40), "The moratorium was agreed on March 18.")
    offer = said(
        obs("a1", "accepted", 30, by="UKR", at=60),
        "Kyiv was ready to return to a full halt if Russia did the same.",
    )
    violated = obs("a2", "violated", 32, by="UKR")

    tracker, alerts = run([end, agreed, offer, violated], rules)

    assert [(a.previous_status, a.status) for a in alerts] == (
        [(None, "expired")] if alerts_end else []
    )
    assert list(statuses(tracker).values()) == ["expired"]


@pytest.mark.parametrize(
    ("sentence", "alerts_end"),
    [
        ("That truce collapsed on Dec. 1 when fighting resumed.", False),
        ("The truce, agreed in October, collapsed in November.", False),
        ("The truce collapsed on Sunday when fighting resumed.", True),
    ],
)
def test_an_end_dated_to_the_end_of_last_year_is_old_news_in_january(
    rules: TrackerRules, sentence: str, *, alerts_end: bool
) -> None:
    # Day 300 after START (March 18, 2025) is January 12, 2026: December and November
    # are months before it, though later in the calendar.
    end = said(obs("a1", "collapsed", 300, scope="general", kind="truce"), sentence)

    _, alerts = run([end], rules)

    assert [a.status for a in alerts] == (["collapsed"] if alerts_end else [])


def test_an_ending_that_fits_no_live_instance_opens_none(rules: TrackerRules) -> None:
    # "agreed to a three-day truce, a week after the collapse of the longer truce": the
    # recalled collapse, told with another length, is no new instance already over.
    tracker, alerts = run(
        [
            obs("a1", "in_effect", 0, duration=30),
            obs("a2", "collapsed", 5),
            obs("a3", "agreed", 12, duration=3),
            obs("a3", "collapsed", 12, duration=3, at=40),
        ],
        rules,
    )

    assert [a.status for a in alerts] == ["in_effect", "collapsed", "agreed"]
    assert sorted(statuses(tracker).values()) == ["agreed", "collapsed"]


def test_a_differently_described_truce_is_its_own_instance(rules: TrackerRules) -> None:
    easter = datetime(2025, 4, 19, 15, tzinfo=UTC)
    tracker, alerts = run(
        [
            obs("a1", "proposed", 0, scope="general", kind="ceasefire", by="USA", duration=30),
            obs("a2", "rejected", 1, scope="general", by="RUS"),
            obs(
                "a3",
                "agreed",
                32,
                scope="general",
                kind="truce",
                by="RUS",
                duration=1.25,
                starts=easter,
                label="Easter truce",
            ),
            obs("a4", "violated", 32.5, scope="general", by="RUS", label="Easter truce"),
            obs("a5", "accepted", 40, scope="general", by="RUS", duration=30),
        ],
        rules,
    )

    first, easter_id = f"{GENERAL}@2025-03-18", f"{GENERAL}@2025-04-19"
    assert moves(alerts) == [
        (first, None, "proposed", "a1"),
        (first, "proposed", "rejected", "a2"),
        (easter_id, None, "agreed", "a3"),
        (easter_id, "agreed", "violated", "a4"),
        (easter_id, "violated", "expired", "a3"),
        (first, "rejected", "accepted", "a5"),
    ]
    expiry = alerts[4]
    assert expiry.changed_at == easter + timedelta(hours=30)
    assert expiry.agreement.ends == easter + timedelta(hours=30)
    assert expiry.agreement.label == "Easter truce"
    assert statuses(tracker) == {first: "accepted", easter_id: "expired"}


def test_expiry_fires_once_from_event_time_whoever_moves_the_clock(rules: TrackerRules) -> None:
    agreed = obs("a1", "agreed", 0, by="RUS", duration=30)
    state, _ = observe(None, agreed, rules=rules, detected_at=DETECTED)
    end = START + timedelta(days=30)

    early, none = advance_clock(state, end, rules=rules, detected_at=DETECTED)
    assert none == ()
    via_clock, [expired] = advance_clock(
        early, end + timedelta(days=2), rules=rules, detected_at=DETECTED
    )
    assert (
        advance_clock(via_clock, end + timedelta(days=9), rules=rules, detected_at=DETECTED)[1]
        == ()
    )
    # The same expiry when a later article of the key moves the clock instead.
    _, [by_article] = observe(
        state, obs("a9", "violated", 31, by="RUS"), rules=rules, detected_at=DETECTED
    )

    assert by_article == expired  # and the late violation claim changes nothing
    assert (expired.previous_status, expired.status, expired.severity) == (
        "agreed",
        "expired",
        "warning",
    )
    assert expired.changed_at == end
    assert expired.article_id == "a1"
    assert [o.article_id for o in expired.evidence] == ["a1"]


def test_a_reported_expiry_is_not_alerted_again_by_the_clock(rules: TrackerRules) -> None:
    _, alerts = run(
        [obs("a1", "agreed", 0, duration=30), obs("a2", "expired", 29)],
        rules,
        clock=START + timedelta(days=60),
    )

    assert [(a.status, a.article_id) for a in alerts] == [("agreed", "a1"), ("expired", "a2")]


def test_an_extension_moves_the_end(rules: TrackerRules) -> None:
    _, alerts = run(
        [
            obs("a1", "in_effect", 0, duration=30),
            obs("a2", "extended", 25, duration=30),
            obs("a3", "extended", 26, duration=30),  # the same extension, reported again
            obs("a4", "violated", 40, by="RUS"),
        ],
        rules,
        clock=START + timedelta(days=61),
    )

    assert [(a.status, a.article_id) for a in alerts] == [
        ("in_effect", "a1"),
        ("extended", "a2"),
        ("violated", "a4"),
        ("expired", "a2"),
    ]
    assert alerts[-1].changed_at == START + timedelta(days=60)


def test_a_late_article_does_not_roll_back_and_adds_only_what_is_new(rules: TrackerRules) -> None:
    tracker = AgreementTracker(rules, clock=lambda: DETECTED)
    first = tracker.observe(obs("a2", "agreed", 1, by="RUS")) + tracker.observe(
        obs("a3", "in_effect", 2)
    )
    late = tracker.observe(obs("a1", "proposed", 0.5, by="USA"))
    again = tracker.observe(obs("a1", "proposed", 0.5, by="USA"))

    assert [a.status for a in first] == ["agreed", "in_effect"]
    assert [(a.previous_status, a.status, a.changed_at) for a in late] == [
        (None, "proposed", START + timedelta(days=0.5))
    ]
    assert again == ()
    assert [i.status for i in tracker.states()[ENERGY].instances] == ["in_effect"]


def sample_story() -> list[Observation]:
    easter = datetime(2025, 4, 19, 15, tzinfo=UTC)
    return [
        obs("a01", "proposed", 0, scope="general", by="USA", duration=30),
        obs("a01", "accepted", 0, scope="general", by="UKR", at=30),
        obs("a02", "proposed", 2, by="UKR"),
        obs("a03", "agreed", 7, by="RUS", duration=30),
        obs("a03", "rejected", 7, scope="general", by="RUS", at=50),
        obs("a04", "agreed", 8, by="UKR"),
        obs("a04", "in_effect", 8, at=40),
        obs("a05", "violated", 9, by="UKR"),
        obs("a06", "proposed", 10, by="USA"),
        obs("a07", "in_effect", 14, scope="maritime"),
        obs("a08", "suspended", 20, scope="maritime", by="RUS"),
        obs("a09", "in_effect", 22, scope="maritime"),
        obs("a10", "expired", 45),
        obs("a10", "in_effect", 45, at=60),
        obs("a11", "agreed", 32, scope="general", by="RUS", duration=1.25, starts=easter),
        obs("a12", "violated", 32.6, scope="general", by="RUS", duration=1.25),
        obs("a13", "collapsed", 50, scope="maritime", by="RUS"),
        obs("a13", "agreed", 50, scope="maritime", at=80),
        obs("a14", "accepted", 52, scope="general", by="RUS"),
        obs("a15", "proposed", 60, scope="maritime", by="TUR"),
    ]


def test_the_final_state_does_not_depend_on_arrival_order(rules: TrackerRules) -> None:
    story = sample_story()
    in_order, _ = run(story, rules)
    end = max(o.published for o in story if o.published is not None)

    for seed in range(25):
        shuffled = story[:]
        random.Random(seed).shuffle(shuffled)
        tracker, _ = run(shuffled, rules, clock=end)
        assert statuses(tracker) == statuses(in_order), seed


def test_a_bounded_history_still_resists_rollback(rules: TrackerRules) -> None:
    small = replace(rules, history_limit=4)
    story = [obs(f"a{n:02}", "violated", n, by="RUS") for n in range(2, 20)]
    tracker, _ = run([obs("a00", "agreed", 0), obs("a01", "in_effect", 1), *story], small)
    late = tracker.observe(obs("a00x", "proposed", 0.5))

    state = tracker.states()[ENERGY]
    assert len(state.history) <= 4
    assert late == ()
    assert [i.status for i in state.instances] == ["violated"]


def test_observations_without_known_parties_are_ignored(rules: TrackerRules) -> None:
    tracker = AgreementTracker(rules)

    assert tracker.observe(obs("a1", "agreed", 0, parties=())) == ()
    assert tracker.observe(obs("a1", "agreed", 0, parties=("RUS", "UNKNOWN"))) == ()
    assert dict(tracker.states()) == {}


def test_an_observation_without_a_time_happens_now(rules: TrackerRules) -> None:
    tracker = AgreementTracker(rules, clock=lambda: DETECTED)
    tracker.observe(obs("a1", "agreed", 0))
    [alert] = tracker.observe(replace(obs("a2", "in_effect", 0), published=None))

    assert alert.changed_at == START


def test_the_state_round_trips_through_json(rules: TrackerRules) -> None:
    tracker, _ = run(sample_story(), rules)
    for key, state in tracker.states().items():
        data = json.loads(json.dumps(state.to_dict()))
        restored = KeyState.from_dict(data)

        assert restored == state, key
        assert restored.to_dict() == state.to_dict()
        # A worker restarted from the changelog goes on exactly as the old one would have.
        later = obs("z1", "collapsed", 90, scope=state.instances[0].agreement.scope)
        assert observe(restored, later, rules=rules, detected_at=DETECTED) == observe(
            state, later, rules=rules, detected_at=DETECTED
        )


def test_a_state_of_another_version_is_refused() -> None:
    with pytest.raises(ValueError, match="version"):
        KeyState.from_dict({"version": 99, "key": ENERGY})


def test_alert_ids_are_the_same_in_every_run(rules: TrackerRules) -> None:
    _, first = run(sample_story(), rules)
    _, second = run(sample_story(), rules)

    assert [a.id for a in first] == [a.id for a in second]
    assert len({a.id for a in first}) == len(first)


def test_rules_naming_an_unknown_status_are_refused(tmp_path: Path) -> None:
    packaged = resources.files("processors").joinpath("data/tracker.json")
    data = json.loads(packaged.read_text(encoding="utf-8"))
    data["transitions"]["proposed"].append("dreamt")
    path = tmp_path / "tracker.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(ConfigurationError, match="dreamt"):
        load_tracker_rules(path)


def test_the_rules_table_ends_instances_at_expired_and_collapsed(rules: TrackerRules) -> None:
    assert rules.ending == {"expired", "collapsed"}
    assert rules.severity["violated"] == rules.severity["collapsed"] == "critical"


def test_an_article_is_read_in_lifecycle_order_not_text_order(rules: TrackerRules) -> None:
    tracker = AgreementTracker(rules, clock=lambda: DETECTED)
    # "Ukraine accepted the US proposal": the acceptance is named before the proposal.
    alerts = tracker.observe_article(
        [obs("a1", "accepted", 0, by="UKR", at=0), obs("a1", "proposed", 0, by="USA", at=20)]
    )

    assert [(a.previous_status, a.status) for a in alerts] == [
        (None, "proposed"),
        ("proposed", "accepted"),
    ]


def test_an_article_recalling_a_stance_it_reverses_does_not_flip_back(
    rules: TrackerRules,
) -> None:
    tracker = AgreementTracker(rules, clock=lambda: DETECTED)
    tracker.observe(obs("a1", "proposed", 0, scope="general", by="USA"))
    tracker.observe(obs("a2", "rejected", 1, scope="general", by="RUS"))
    # "Russia now accepts a ceasefire ... since Putin turned the proposal down in March."
    alerts = tracker.observe_article(
        [
            obs("a3", "accepted", 30, scope="general", by="RUS", at=0),
            obs("a3", "rejected", 30, scope="general", by="RUS", at=90),
        ]
    )

    assert [(a.previous_status, a.status) for a in alerts] == [("rejected", "accepted")]
    assert [i.status for i in tracker.states()[GENERAL].instances] == ["accepted"]


def test_an_article_recalling_a_suspension_it_ends_reads_as_a_resumption(
    rules: TrackerRules,
) -> None:
    tracker = AgreementTracker(rules, clock=lambda: DETECTED)
    tracker.observe(obs("a1", "in_effect", 0, scope="maritime"))
    tracker.observe(obs("a2", "suspended", 5, scope="maritime", by="RUS"))
    # "Russia resumed the arrangement it suspended last week."
    alerts = tracker.observe_article(
        [
            obs("a3", "in_effect", 12, scope="maritime", by="RUS", at=0),
            obs("a3", "suspended", 12, scope="maritime", by="RUS", at=40),
        ]
    )

    assert [(a.previous_status, a.status) for a in alerts] == [("suspended", "in_effect")]


def test_an_extension_of_unknown_length_leaves_no_end_to_expire_at(rules: TrackerRules) -> None:
    tracker, alerts = run(
        [obs("a1", "in_effect", 0, duration=30), obs("a2", "extended", 20)],
        rules,
        clock=START + timedelta(days=365),
    )

    assert [a.status for a in alerts] == ["in_effect", "extended"]
    assert [i.agreement.ends for i in tracker.states()[ENERGY].instances] == [None]


def test_a_late_extension_moves_an_end_the_clock_had_already_passed(rules: TrackerRules) -> None:
    state, _ = observe(
        None, obs("a1", "in_effect", 0, duration=30), rules=rules, detected_at=DETECTED
    )
    state, [expired] = advance_clock(
        state, START + timedelta(days=40), rules=rules, detected_at=DETECTED
    )
    # Published on day 20, read on day 40: the pause was extended before it ran out.
    state, [extended] = observe(
        state, obs("a2", "extended", 20, duration=30), rules=rules, detected_at=DETECTED
    )
    state, [expired_again] = advance_clock(
        state, START + timedelta(days=61), rules=rules, detected_at=DETECTED
    )

    assert expired.changed_at == START + timedelta(days=30)
    assert (extended.previous_status, extended.status) == ("in_effect", "extended")
    assert expired_again.changed_at == START + timedelta(days=60)
    assert expired_again.id != expired.id


@pytest.mark.parametrize(
    ("late_days", "length", "told_over", "renewed"),
    [
        # A week after a 30-day truce ran out, an article that tells the term ran out and
        # that the sides agreed to extend it "for another 30 days": renewed.
        (7, 30.0, True, True),
        # Not told to have run out: the extension may be of another truce.
        (7, 30.0, False, False),
        # Another length, or no length, is no renewal of that term that late.
        (7, 14.0, True, False),
        (7, None, True, False),
        # Nor is one more than a month after the end.
        (45, 30.0, True, False),
        # Within a day and a half any extension still extends it.
        (1, None, False, True),
    ],
)
def test_an_extension_for_the_terms_own_length_renews_it_late(
    rules: TrackerRules,
    late_days: float,
    length: float | None,
    told_over: bool,
    renewed: bool,
) -> None:
    day = 30 + late_days
    over = [obs("a2", "expired", day, scope="general")] if told_over else []
    extended = obs("a2", "extended", day, scope="general", duration=length)
    _, alerts = run(
        [obs("a1", "in_effect", 0, scope="general", duration=30), *over, extended], rules
    )
    moved = [(a.previous_status, a.status) for a in alerts]
    assert (("expired", "extended") in moved) is renewed


def test_an_observation_older_than_the_clock_but_newer_than_any_change_takes_one_step(
    rules: TrackerRules,
) -> None:
    state, _ = observe(None, obs("a1", "agreed", 0, duration=30), rules=rules, detected_at=DETECTED)
    state, none = advance_clock(
        state, START + timedelta(days=10), rules=rules, detected_at=DETECTED
    )
    state, [alert] = observe(state, obs("a2", "in_effect", 5), rules=rules, detected_at=DETECTED)

    assert none == ()
    assert (alert.previous_status, alert.status) == ("agreed", "in_effect")
    assert state.clock == START + timedelta(days=10)


def test_a_shared_label_outweighs_a_different_duration(rules: TrackerRules) -> None:
    tracker, alerts = run(
        [
            obs("a1", "agreed", 0, scope="general", by="RUS", duration=1.25, label="Easter truce"),
            # "the 30-hour truce": a reporter's rounding, not another agreement.
            obs("a2", "violated", 1, scope="general", by="RUS", duration=1.0, label="easter truce"),
        ],
        rules,
    )

    assert [(a.previous_status, a.status) for a in alerts] == [
        (None, "agreed"),
        ("agreed", "violated"),
    ]
    assert len(tracker.states()[GENERAL].instances) == 1


def test_a_truce_declared_the_day_the_last_one_collapsed_is_its_own_instance(
    rules: TrackerRules,
) -> None:
    tracker = AgreementTracker(rules, clock=lambda: DETECTED)
    first = tracker.observe(obs("a1", "agreed", 0, scope="general", by="RUS", duration=30))
    # "The ceasefire collapsed this morning; this afternoon the sides declared a 3-day truce."
    second = tracker.observe_article(
        [
            obs("a2", "agreed", 0.1, scope="general", by="RUS", duration=3, at=60),
            obs("a2", "collapsed", 0.1, scope="general", at=10),
        ]
    )

    [agreed] = first
    collapsed, declared = second
    assert (collapsed.status, collapsed.agreement.id) == ("collapsed", agreed.agreement.id)
    assert (declared.previous_status, declared.status) == (None, "agreed")
    assert declared.agreement.duration_days == 3
    assert declared.agreement.id != agreed.agreement.id
    assert sorted(statuses(tracker).values()) == ["agreed", "collapsed"]


def test_two_truces_agreed_in_one_article_give_two_alerts(rules: TrackerRules) -> None:
    tracker = AgreementTracker(rules, clock=lambda: DETECTED)
    alerts = tracker.observe_article(
        [
            obs("a1", "agreed", 0, kind="truce", label="Christmas truce", at=0),
            obs("a1", "agreed", 0, kind="truce", label="New Year truce", at=80),
        ]
    )

    assert [(a.status, a.agreement.label) for a in alerts] == [
        ("agreed", "Christmas truce"),
        ("agreed", "New Year truce"),
    ]
    # Consumers deduplicate by alert id and group by instance id: both must differ.
    assert len({a.id for a in alerts}) == 2
    first, second = (a.agreement.id for a in alerts)
    # Both opened that day: the second is told apart by a number, not by a false date.
    assert second == f"{first}.2"
    assert len(statuses(tracker)) == 2
    schema = json.loads(resources.files("schemas").joinpath("alert.schema.json").read_text("utf-8"))
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert [list(validator.iter_errors(a.to_dict())) for a in alerts] == [[], []]


def test_same_day_instance_ids_do_not_depend_on_arrival_order(rules: TrackerRules) -> None:
    story = [
        obs("a1", "agreed", 0, kind="truce", label="Christmas truce"),
        obs("a2", "agreed", 0.2, kind="truce", label="New Year truce"),
        obs("a3", "in_effect", 0.3, kind="truce", label="New Year truce"),
        obs("a4", "violated", 0.4, kind="truce", label="Christmas truce", by="RUS"),
        obs("a5", "agreed", 1, kind="truce", label="Harvest pause"),
    ]
    in_order, _ = run(story, rules)
    end = START + timedelta(days=1)
    ids = {i.agreement.label: i.id for i in in_order.states()[ENERGY].instances}

    assert len(set(ids.values())) == 3
    for seed in range(10):
        shuffled = story[:]
        random.Random(seed).shuffle(shuffled)
        tracker, _ = run(shuffled, rules, clock=end)
        labels = {i.agreement.label: i.id for i in tracker.states()[ENERGY].instances}
        assert labels == ids, seed


@pytest.mark.parametrize(
    ("sentence", "moves_on"),
    [
        ("Turkey brokered the original pause with the UN in 2022.", False),
        ("In March 2023, the two sides agreed a pause in strikes.", False),
        ("A pause in strikes expired in April last year.", False),
        ("The two sides agreed a pause in strikes in March 2025.", True),
        ("The pause, which replaced the 2022 truce, was agreed on Monday.", True),
        ("The Geneva talks of 2023 produced truces that soon broke down.", False),
        ("The truce that Qatar brokered last July held for weeks.", False),
        ("The truce that Qatar brokered last January held for weeks.", True),
        ("The agreement of March 2025 was agreed again on Monday.", True),
        ("That understanding held for most of the following year.", False),
        ("The 2023 truce was agreed after a week of shelling.", False),
        ("The 2025 truce was agreed on Monday.", True),
        ("The cessation of hostilities took effect on August 14, 2006.", False),
        ("The pause was agreed on 3 May 2024, diplomats recalled.", False),
        ("The 2014 war ended with a truce that held for years.", False),
        ("The pause was agreed on March 19, 2025.", True),
        # A state held "since" a month of an earlier year began then: background.
        ("The rebels have observed a unilateral pause since July 2015.", False),
        ("Since March 2023 the two sides have kept to a pause in strikes.", False),
        ("A pause in strikes has held since late 2024, diplomats say.", False),
        ("A pause in strikes has held since March 2025.", True),
        # So did one held "from" a day of an earlier year, however it is written.
        ("The rebels observed a month-long pause from 9 November 2023.", False),
        ("From March 2024 the two sides kept to a pause in strikes.", False),
        ("The rebels observed a month-long pause from 9 November.", True),
        # "That year": the year named before it.
        ("Turkey hosted the 2022 talks and brokered the grain deal that year.", False),
        ("The 2022 rounds were held in Istanbul, and a deal was agreed that same year.", False),
        ("After the 2025 talks stalled, a truce was agreed that year.", True),
        ("A truce was agreed that year, officials said.", True),
        # A year inside "the first ... since" dates what the news is compared with.
        ("The rebels agreed a pause on Monday, the first since the war began in 2014.", True),
        ("It is the first pause the rebels have offered since they lost power in 2019.", True),
        ("For the first time since 2019, the rebels agreed to halt strikes.", True),
        # ... unless that is itself an agreement or talks, which the sentence may be about.
        ("It was the first pause signed since the Geneva talks of 2023.", False),
        ("It is the first deal since the 2023 truce broke down.", False),
        # A year that dates when the war began dates the war, not the news, "first" or not.
        ("Mediators tabled the fullest plan since the war began in April 2023.", True),
        ("Kyiv called it the gravest breach since the start of the invasion in 2022.", True),
        ("The truce agreed in 2023 held until the war resumed.", False),
        ("The truce has held since it began in 2023.", False),
    ],
)
def test_an_event_dated_to_an_earlier_year_changes_nothing(
    rules: TrackerRules, sentence: str, moves_on: bool
) -> None:
    proposal = obs("a1", "proposed", 0, by="TUR")
    background = replace(obs("a1", "agreed", 0), evidence=Evidence(sentence, (0, 5)))
    _, alerts = run([proposal, background], rules)
    assert [a.status for a in alerts] == (["proposed", "agreed"] if moves_on else ["proposed"])
    # The functional interface keeps the same rule.
    state, _ = observe(None, proposal, rules=rules, detected_at=DETECTED)
    _, more = observe(state, background, rules=rules, detected_at=DETECTED)
    assert bool(more) == moves_on


@pytest.mark.parametrize(
    ("sentence", "status", "moves_on"),
    [
        # A past date in a clause on the agreement, then a present perfect: the date tells
        # the agreement's past, the main verb today's news.
        (
            "The truce that the army and the RSF had signed in Jeddah in May 2023 has collapsed.",
            "collapsed",
            True,
        ),
        (
            "No shot was fired since the two armies agreed in June 2023 to halt attacks, "
            "a truce that has largely held.",
            "in_effect",
            True,
        ),
        (
            "The truce, which the two armies agreed in June 2023, has largely held.",
            "in_effect",
            True,
        ),
        (
            "The truce that the two sides had reaffirmed in January has now collapsed.",
            "collapsed",
            True,
        ),
        # A past tense can take the date: background as before.
        (
            "The truce that the army and the RSF signed in May 2023 collapsed within weeks.",
            "collapsed",
            False,
        ),
        (
            "The pause Turkey brokered in 2022 collapsed in July 2023, and talks have stalled.",
            "collapsed",
            False,
        ),
        (
            "The truce that began in April 2023 expired in October, but a calm has held since.",
            "in_effect",
            False,
        ),
        # The clause tells the making: a step of it stays dated.
        (
            "No shot was fired since the two armies agreed in June 2023 to halt attacks, "
            "a truce that has largely held.",
            "agreed",
            False,
        ),
    ],
)
def test_a_past_date_in_a_clause_does_not_date_a_present_perfect(
    rules: TrackerRules, sentence: str, status: Status, moves_on: bool
) -> None:
    proposal = obs("a1", "proposed", 0, by="TUR")
    news = said(obs("a2", status, 1), sentence)
    _, alerts = run([proposal, news], rules)
    assert [a.status for a in alerts] == (["proposed", status] if moves_on else ["proposed"])


@pytest.mark.parametrize(
    ("sentence", "status", "moves_on"),
    [
        # A year that names the agreement after a present-perfect breach or end: the year
        # tells which agreement, the verb today's news.
        (
            "The opposition says the arrest has abrogated the 2018 peace agreement.",
            "collapsed",
            True,
        ),
        ("Kyiv says Moscow has repeatedly violated the 2022 grain deal.", "violated", True),
        ("The government has now suspended the 2019 accord with the rebels.", "suspended", True),
        # A making told so is a recap; a past tense keeps the year's date.
        ("The two sides have signed the 2018 agreement.", "agreed", False),
        ("The rebels violated the 2018 agreement within weeks.", "violated", False),
    ],
)
def test_a_year_naming_the_agreement_after_a_present_perfect_end_is_news(
    rules: TrackerRules, sentence: str, status: Status, moves_on: bool
) -> None:
    running = obs("a1", "in_effect", 0)
    news = said(obs("a2", status, 1), sentence)
    _, alerts = run([running, news], rules)
    assert [a.status for a in alerts] == (["in_effect", status] if moves_on else ["in_effect"])


def test_a_suspension_compared_with_is_still_history(rules: TrackerRules) -> None:
    # "the first meeting since the rebels pulled out of talks in 2019": the suspension
    # the sentence tells is the old event the meeting is compared with.
    sentence = "It was the first meeting since the rebels walked out in April 2019."
    agreed = obs("a1", "agreed", 0, by="TUR")
    walkout = replace(obs("a1", "suspended", 0), evidence=Evidence(sentence, (0, 5)))
    _, alerts = run([agreed, walkout], rules)
    assert [a.status for a in alerts] == ["agreed"]


@pytest.mark.parametrize(
    ("sentence", "ends_new"),
    [
        ("Aid flights stopped when the ceasefire collapsed earlier this month.", False),
        ("Aid flights stopped when the ceasefire collapsed last month.", False),
        ("The ceasefire collapsed on Friday when drones hit the port.", True),
    ],
)
def test_an_end_dated_before_the_new_truce_began_recalls_the_old_one(
    rules: TrackerRules, sentence: str, ends_new: bool
) -> None:
    # Two days into a new truce (started April 2), an article of April 4 recalls how the
    # old one ended: "earlier this month" and "last month" are before the new start.
    began = START + timedelta(days=15)
    recalled = obs("a4", "collapsed", 17, duration=14, starts=began)
    recalled = replace(recalled, evidence=replace(recalled.evidence, sentence=sentence))
    tracker, alerts = run(
        [
            obs("a1", "in_effect", 0),
            obs("a2", "collapsed", 10),
            obs("a3", "agreed", 14, duration=14, starts=began),
            recalled,
        ],
        rules,
    )

    new = f"{ENERGY}@2025-04-01"  # opened by the article of April 1
    assert statuses(tracker)[new] == ("collapsed" if ends_new else "agreed")
    assert (alerts[-1].article_id == "a4") is ends_new


def said(observation: Observation, sentence: str) -> Observation:
    """``observation`` with ``sentence`` as its evidence sentence."""
    return replace(observation, evidence=replace(observation.evidence, sentence=sentence))


SWAP = "RUS+UKR/prisoner_exchange"


@pytest.mark.parametrize(
    ("sentence", "new"),
    [
        ("Russia and Ukraine agreed on Friday to exchange 1,000 prisoners of war each.", True),
        ("The two sides have agreed to swap all severely wounded prisoners.", True),
        ("Kyiv proposed a new all-for-all exchange.", True),
        # Dated back: the swap already carried out.
        ("The exchange agreed in March was completed on Saturday.", False),
        ("With today's transfer, the exchange agreed in March has been completed.", False),
        ("The swap agreed last month went ahead in two stages.", False),
    ],
)
def test_a_new_one_off_deal_after_one_was_carried_out_is_another_instance(
    rules: TrackerRules, sentence: str, *, new: bool
) -> None:
    # The articles of April: a swap agreed and carried out in March, then another.
    first = obs("a1", "agreed", 0, scope="prisoner_exchange", kind="deal")
    done = obs("a2", "in_effect", 3, scope="prisoner_exchange", kind="deal")
    status: Status = "proposed" if "proposed" in sentence else "agreed"
    later = said(obs("a3", status, 25, scope="prisoner_exchange", kind="deal"), sentence)

    tracker, alerts = run([first, done, later], rules)

    assert [a.article_id for a in alerts] == ["a1", "a2", *(["a3"] if new else [])]
    assert len(tracker.states()[SWAP].instances) == (2 if new else 1)
    if new:
        assert alerts[-1].previous_status is None


def test_a_truce_carried_out_is_not_a_one_off_deal(rules: TrackerRules) -> None:
    # A truce in force that is "agreed" again is recalled, not a new truce: only the
    # one-off scopes of the rules reopen that way.
    tracker, alerts = run(
        [
            obs("a1", "agreed", 0, scope="general", kind="truce"),
            obs("a2", "in_effect", 3, scope="general", kind="truce"),
            said(obs("a3", "agreed", 25, scope="general", kind="truce"), "They agreed a truce."),
        ],
        rules,
    )

    assert [a.status for a in alerts] == ["agreed", "in_effect"]
    assert len(tracker.states()[GENERAL].instances) == 1


@pytest.mark.parametrize(
    ("one", "other"),
    [("Easter truce", "Easter ceasefire"), ("Easter ceasefire", "Easter pause")],
)
def test_one_holiday_truce_under_another_noun_is_the_same_instance(
    rules: TrackerRules, one: str, other: str
) -> None:
    easter = datetime(2025, 4, 19, 15, tzinfo=UTC)
    tracker, alerts = run(
        [
            obs("a0", "proposed", 0, scope="general", kind="ceasefire", by="USA", duration=30),
            obs(
                "a1",
                "agreed",
                32,
                scope="general",
                kind="truce",
                by="RUS",
                label=one,
                duration=1.25,
                starts=easter,
            ),
            obs("a2", "in_effect", 32.5, scope="general", kind="ceasefire", label=other),
            obs("a2", "violated", 32.5, scope="general", kind="ceasefire", label=other, at=40),
        ],
        rules,
    )

    easter_id = f"{GENERAL}@2025-04-19"
    assert [(a.agreement.id, a.status) for a in alerts][1:] == [
        (easter_id, "agreed"),
        (easter_id, "in_effect"),
        (easter_id, "violated"),
    ]
    assert len(tracker.states()[GENERAL].instances) == 2


def test_a_stated_start_replaces_the_end_guessed_from_the_declaration(
    rules: TrackerRules,
) -> None:
    # "Putin declared a three-day ceasefire" (the clock starts at the declaration), then
    # "the truce will take effect at midnight on May 8": the end is three days after that.
    starts = START + timedelta(days=10)
    _, alerts = run(
        [
            obs("a1", "agreed", 0, scope="general", kind="ceasefire", by="RUS", duration=3),
            obs("a1", "agreed", 0, scope="general", kind="truce", duration=3, starts=starts, at=40),
            obs("a2", "in_effect", 10.5, scope="general", kind="truce"),
        ],
        rules,
        clock=starts + timedelta(days=4),
    )

    assert [(a.status, a.article_id) for a in alerts] == [
        ("agreed", "a1"),
        ("in_effect", "a2"),
        ("expired", "a1"),
    ]
    assert alerts[-1].changed_at == starts + timedelta(days=3)


@pytest.mark.parametrize(
    ("sentence", "recalled"),
    [
        ("The Victory Day truce last week was accompanied by violation claims.", True),
        ("Both sides said the May truce had been broken in March.", True),
        ("Russia has broken the Victory Day truce, Kyiv said.", False),
    ],
)
def test_a_dated_recap_of_a_violation_opens_no_instance(
    rules: TrackerRules, sentence: str, *, recalled: bool
) -> None:
    # In an April article, after the Easter truce ended: a violation of a truce the
    # tracker does not know, dated back, recalls an old one; undated, it is news.
    first = obs("a1", "agreed", 0, scope="general", kind="truce", label="Easter truce")
    ended = obs("a2", "expired", 2, scope="general", kind="truce", label="Easter truce")
    recap = said(
        obs("a3", "violated", 24, scope="general", kind="truce", label="Victory Day truce"),
        sentence,
    )

    tracker, alerts = run([first, ended, recap], rules)

    assert [a.article_id for a in alerts] == ["a1", "a2", *([] if recalled else ["a3"])]
    assert len(tracker.states()[GENERAL].instances) == (1 if recalled else 2)


@pytest.mark.parametrize(
    ("starts_after", "anew"),
    [
        (8.0, True),  # "to start on Monday": a formal proposal with its own start
        (None, False),  # "Kyiv again called for a 30-day ceasefire": the old plan recalled
        (1.0, False),  # a start before the rejection: the old plan's own
    ],
)
def test_a_rejected_plan_proposed_again_with_a_start_of_its_own_is_proposed_anew(
    rules: TrackerRules, starts_after: float | None, *, anew: bool
) -> None:
    starts = None if starts_after is None else START + timedelta(days=starts_after)
    tracker, alerts = run(
        [
            obs("a1", "proposed", 0, scope="general", kind="ceasefire", by="USA", duration=30),
            obs("a2", "rejected", 2, scope="general", kind="ceasefire", by="RUS", duration=30),
            obs("a3", "proposed", 5, scope="general", kind="ceasefire", duration=30, starts=starts),
            # The same party turning the new proposal down is news again.
            obs("a4", "rejected", 6, scope="general", kind="ceasefire", by="RUS", duration=30),
        ],
        rules,
    )

    expected: list[tuple[Status | None, Status]] = [(None, "proposed"), ("proposed", "rejected")]
    if anew:
        expected += [("rejected", "proposed"), ("proposed", "rejected")]
    assert [(a.previous_status, a.status) for a in alerts] == expected
    assert len(tracker.states()[GENERAL].instances) == 1


def named_as(observation: Observation, key: str) -> Observation:
    """``observation`` keyed as the extractor keys a side named by another name."""
    return replace(observation, agreement=replace(observation.agreement, id=key))


@pytest.mark.parametrize("first", ["LBN", "HEZBOLLAH"])
def test_two_names_of_one_side_are_one_instance_under_the_keyed_name(
    rules: TrackerRules, first: str
) -> None:
    # Lebanon in one article, Hezbollah in the next: one key, one instance, whose parties
    # are the keyed sides whichever name came first; Lebanon's stance is its side's.
    key = "HEZBOLLAH+ISR/general"
    second = "HEZBOLLAH" if first == "LBN" else "LBN"

    def sides(side: str) -> tuple[str, ...]:
        return tuple(sorted(("ISR", side)))

    tracker, alerts = run(
        [
            named_as(
                obs("a1", "proposed", 0, by="USA", parties=sides(first), scope="general"), key
            ),
            named_as(
                obs("a2", "accepted", 1, by=first, parties=sides(first), scope="general"), key
            ),
            named_as(
                obs("a3", "accepted", 2, by=second, parties=sides(second), scope="general"), key
            ),
            named_as(obs("a4", "in_effect", 3, parties=sides(second), scope="general"), key),
        ],
        rules,
    )

    assert list(tracker.states()) == [key]
    assert moves(alerts) == [
        (f"{key}@2025-03-18", None, "proposed", "a1"),
        (f"{key}@2025-03-18", "proposed", "accepted", "a2"),
        (f"{key}@2025-03-18", "accepted", "in_effect", "a4"),
    ]
    assert {a.agreement.parties for a in alerts} == {("HEZBOLLAH", "ISR")}


def test_two_names_of_one_side_fold_to_one_key_in_either_order(rules: TrackerRules) -> None:
    key = "HEZBOLLAH+ISR/general"
    history = [
        named_as(obs("a1", "agreed", 0, parties=("ISR", "LBN"), scope="general"), key),
        named_as(
            obs("a2", "violated", 1, by="HEZBOLLAH", parties=("HEZBOLLAH", "ISR"), scope="general"),
            key,
        ),
    ]
    state = None
    for observation in reversed(history):
        state, _ = observe(state, observation, rules=rules, detected_at=DETECTED)
    assert state is not None and state.key == key
    assert [i.status for i in state.instances] == ["violated"]


@pytest.mark.parametrize(
    ("sentence", "keeps_length"),
    [
        ("In January, France called for a 21-day truce.", False),
        ("A 21-day truce was called for in January by France.", False),
        ("France called for a 21-day truce on Monday.", True),
    ],
)
def test_a_recall_dated_to_an_earlier_month_does_not_describe_the_live_instance(
    rules: TrackerRules, sentence: str, keeps_length: bool
) -> None:
    # A March article on a new proposal recalls January's call for a 21-day truce: its
    # length is that truce's, not the new proposal's.
    recalled = replace(obs("a1", "proposed", 0.1, duration=21), evidence=Evidence(sentence, (0, 5)))
    tracker, alerts = run([obs("a1", "proposed", 0, by="USA"), recalled], rules)
    [instance] = tracker.states()[ENERGY].instances
    assert (instance.agreement.duration_days == 21) is keeps_length
    assert [a.status for a in alerts] == ["proposed"]


@pytest.mark.parametrize(
    ("sentence", "moves_on"),
    [
        # Dated before the rejection of April 1: a recap of the older truce.
        ("Recap: the ceasefire took effect on March 19.", False),
        ("The truce, in force since early March, had calmed the front.", False),
        ("The ceasefire that began on March 20 in the east brought quiet.", False),
        # News: a recent day, or a date after the last change.
        ("The ceasefire took effect on Monday.", True),
        ("The ceasefire took effect on April 16.", True),
        ("The ceasefire, agreed in March, took effect this morning.", True),
    ],
)
def test_a_recap_dated_before_the_last_change_does_not_move_the_instance(
    rules: TrackerRules, sentence: str, *, moves_on: bool
) -> None:
    # Proposed on March 18, rejected on April 1; an article of April 17 retells a start.
    recap = said(obs("a3", "in_effect", 30, starts=START + timedelta(days=1)), sentence)
    tracker, alerts = run(
        [obs("a1", "proposed", 0, by="USA"), obs("a2", "rejected", 14, by="RUS"), recap],
        rules,
    )

    assert [a.status for a in alerts] == ["proposed", "rejected", *(["in_effect"] * moves_on)]
    [instance] = tracker.states()[ENERGY].instances
    # A recap lends the instance nothing of the older agreement it retells (its start).
    assert (instance.agreement.starts is not None) is moves_on


@pytest.mark.parametrize(
    ("status", "sentence"),
    [
        ("agreed", "The January truce, announced in Doha on January 15, held for weeks."),
        ("accepted", "Moscow accepted the plan in February, officials recalled."),
        ("proposed", "Ankara first floated the idea of a pause in late February."),
    ],
)
def test_recaps_of_the_making_of_an_older_agreement_are_recalls(
    rules: TrackerRules, status: Status, sentence: str
) -> None:
    # A proposal answered on April 1 (START is March 18); an April article recaps the
    # making of an agreement in an earlier month.
    recap = said(obs("a3", status, 30, by="RUS" if status == "accepted" else None), sentence)
    _, alerts = run(
        [obs("a1", "proposed", 14, by="USA"), obs("a2", "rejected", 15, by="RUS"), recap],
        rules,
    )

    assert [a.article_id for a in alerts] == ["a1", "a2"]


@pytest.mark.parametrize(
    ("sentence", "ends_it"),
    [
        ("The old truce collapsed on March 25, when the shelling resumed.", False),
        ("The truce broke down in March amid mutual accusations.", False),
        ("The truce collapsed on Tuesday.", True),
        ("The truce collapsed on April 15.", True),
    ],
)
def test_an_end_dated_before_the_instance_began_is_an_older_one(
    rules: TrackerRules, sentence: str, *, ends_it: bool
) -> None:
    # The truce of March collapsed on March 25; a new one was agreed on April 1; an
    # article of April 20 tells of an end.
    end = said(obs("a4", "collapsed", 33), sentence)
    tracker, alerts = run(
        [
            obs("a1", "in_effect", 0),
            obs("a2", "collapsed", 7),
            obs("a3", "agreed", 14),
            end,
        ],
        rules,
    )

    assert (alerts[-1].article_id == "a4") is ends_it
    assert statuses(tracker)[f"{ENERGY}@2025-04-01"] == ("collapsed" if ends_it else "agreed")


def test_the_first_article_on_a_key_tells_its_earlier_steps(rules: TrackerRules) -> None:
    # The tracker knows nothing older: an article that first names the plan tells how it
    # stands, dated steps and all.
    accepted = said(
        obs("a1", "accepted", 14, by="UKR"),
        "Ukraine accepted the US proposal at talks on March 11, but Moscow has not.",
    )
    _, alerts = run([obs("a1", "proposed", 14, by="USA"), accepted], rules)

    assert [a.status for a in alerts] == ["proposed", "accepted"]


@pytest.mark.parametrize(
    ("sentence", "new"),
    [
        ("Hamas said it had accepted a new proposal from Egypt and Qatar.", True),
        ("Mediators put forward a fresh ceasefire plan on Saturday.", True),
        ("Ankara has floated another offer to both capitals.", True),
        # No word calls it new: the old proposal recalled.
        ("Kyiv again proposed a ceasefire.", False),
        # Dated back: an earlier proposal.
        ("The new plan, proposed in March, was never answered.", False),
        ("The new offer Ankara floated last week went unanswered.", False),
    ],
)
def test_a_proposal_called_new_after_an_answer_is_another_instance(
    rules: TrackerRules, sentence: str, *, new: bool
) -> None:
    # Proposed on April 1 and rejected on April 3; an article of April 20 proposes again.
    later = said(obs("a3", "proposed", 33, by="EGY"), sentence)
    tracker, alerts = run(
        [obs("a1", "proposed", 14, by="USA"), obs("a2", "rejected", 16, by="RUS"), later],
        rules,
    )

    assert [a.article_id for a in alerts] == ["a1", "a2", *(["a3"] * new)]
    assert len(tracker.states()[ENERGY].instances) == (2 if new else 1)
    if new:
        assert alerts[-1].previous_status is None


def test_a_proposal_called_new_during_its_own_proposal_is_no_other(rules: TrackerRules) -> None:
    # Still a proposal: "the new plan" is that one.
    later = said(obs("a2", "proposed", 3, by="USA"), "The new plan was discussed in Paris.")
    tracker, alerts = run([obs("a1", "proposed", 0, by="USA"), later], rules)

    assert [a.article_id for a in alerts] == ["a1"]
    assert len(tracker.states()[ENERGY].instances) == 1


@pytest.mark.parametrize(
    ("status", "sentence"),
    [
        ("violated", "Russia has broken the truce agreed in March hundreds of times."),
        ("suspended", "Kyiv froze the deal, in force since March, pending an inquiry."),
        ("collapsed", "The truce that took effect in March has collapsed."),
    ],
)
def test_a_date_of_the_agreement_itself_does_not_recall_a_later_event(
    rules: TrackerRules, status: Status, sentence: str
) -> None:
    # Agreed on March 20 and in force since April 2 (START is March 18); an article of
    # May 5 dates the agreement, not the event it reports.
    later = said(obs("a3", status, 48, by="UKR" if status == "violated" else None), sentence)
    _, alerts = run([obs("a1", "agreed", 2), obs("a2", "in_effect", 15), later], rules)

    assert [a.status for a in alerts] == ["agreed", "in_effect", status]


@pytest.mark.parametrize(
    ("sentence", "breach"),
    [
        ("Afghan forces attacked border posts on the night of March 14.", False),
        ("Artillery hit the town on March 15, officials said.", False),
        ("Shelling resumed on the night of March 19, officials said.", True),
        ("Shelling resumed overnight, officials said.", True),
    ],
)
def test_a_breach_dated_before_the_agreement_existed_is_no_breach_of_it(
    rules: TrackerRules, sentence: str, *, breach: bool
) -> None:
    # The truce is first heard of on March 18 (START); the background of the fighting in
    # the same article dates attacks to days before it.
    agreed = obs("a1", "agreed", 0, scope="general", kind="truce")
    attack = said(obs("a1", "violated", 0, scope="general", kind="truce", at=40), sentence)
    later = said(obs("a2", "violated", 1.5, scope="general", kind="truce"), sentence)

    _, alerts = run([agreed, attack] if not breach else [agreed, later], rules)

    assert [a.status for a in alerts] == ["agreed", *(["violated"] if breach else [])]


@pytest.mark.parametrize("extended", [True, False])
def test_a_length_first_told_after_it_would_have_run_out_expires_nothing_retroactively(
    rules: TrackerRules, *, extended: bool
) -> None:
    # Agreed on day 0 with no length; on day 3 an article speaks of "their 48-hour
    # ceasefire" (talks, or its extension): the end that length gives is already past,
    # and the article tells the truce as still there.
    agreed = obs("a1", "agreed", 0, scope="general", kind="ceasefire")
    talks = obs("a2", "negotiating", 3, scope="general", kind="ceasefire", duration=2.0)
    extension = obs("a2", "extended", 3, scope="general", kind="ceasefire", duration=2.0, at=60)

    _, alerts = run([agreed, talks, *([extension] if extended else [])], rules)

    assert "expired" not in [a.status for a in alerts]


def test_a_length_told_in_the_article_that_starts_the_clock_still_expires(
    rules: TrackerRules,
) -> None:
    agreed = obs("a1", "agreed", 0, scope="general", kind="ceasefire", duration=2.0)
    later = obs("a2", "violated", 3, scope="general", kind="ceasefire")

    _, alerts = run([agreed, later], rules)

    assert "expired" in [a.status for a in alerts]


@pytest.mark.parametrize(
    ("sentence", "new"),
    [
        ("Both sides agreed early on Friday to an immediate ceasefire, Qatar said.", True),
        ("Both sides agreed today to an immediate ceasefire, Qatar said.", True),
        ("The ceasefire both sides agreed on Tuesday is over, Qatar said.", False),
        ("Kyiv said on Friday that the ceasefire agreed in February had ended.", False),
        ("Both sides agreed to an immediate ceasefire, Qatar said.", False),
    ],
)
def test_an_agreement_of_the_articles_own_day_beside_an_old_ones_end_is_a_new_one(
    rules: TrackerRules, sentence: str, *, new: bool
) -> None:
    # START is a Tuesday; the article of day 3 (a Friday) reports the end of the truce
    # agreed on day 0 and, in another sentence, an agreement.
    first = obs("a1", "agreed", 0, scope="general", kind="truce")
    end = said(obs("a2", "expired", 3, scope="general", kind="truce", at=90), "It ended.")
    deal = said(obs("a2", "agreed", 3, scope="general", kind="ceasefire"), sentence)

    tracker, alerts = run([first, end, deal], rules)

    assert [(a.status, a.article_id) for a in alerts][-1] == (
        ("agreed", "a2") if new else ("expired", "a2")
    )
    assert len(tracker.states()[GENERAL].instances) == (2 if new else 1)


@pytest.mark.parametrize(("replaced", "breaches"), [(True, 0), (False, 1)])
def test_a_breach_beside_an_old_truces_end_and_a_new_ones_making_is_the_old_ones(
    rules: TrackerRules, *, replaced: bool, breaches: int
) -> None:
    # Day 3: the truce of day 0 ended, a new ceasefire agreed "today", and breaches of the
    # stopgap truce recalled; without the end, a breach beside a new deal is news.
    first = obs("a1", "agreed", 0, scope="general", kind="truce")
    end = said(obs("a2", "expired", 3, scope="general", kind="truce", at=90), "It ended.")
    deal = said(
        obs("a2", "agreed", 3, scope="general", kind="ceasefire"),
        "Both sides agreed today to an immediate ceasefire.",
    )
    breach = said(
        obs("a2", "violated", 3, scope="general", kind="truce", at=200),
        "Each side accused the other of breaching the stopgap truce.",
    )

    _, alerts = run([first, *([end] if replaced else []), deal, breach], rules)

    assert [a.status for a in alerts].count("violated") == breaches


@pytest.mark.parametrize(("label", "new"), [("Ramadan halt", True), (None, False)])
def test_a_named_truce_unheard_of_beside_an_old_ones_end_is_a_new_one_though_dated_back(
    rules: TrackerRules, label: str | None, *, new: bool
) -> None:
    # START is March 18; the article of day 53 (May 10) reports the collapse of the truce
    # in force since day 0 and a halt announced "on April 29" for Ramadan.
    first = obs("a1", "in_effect", 0, scope="general", kind="truce")
    end = said(
        obs("a2", "collapsed", 53, scope="general", kind="truce", at=90),
        "The government said Haftar had buried the truce.",
    )
    halt = said(
        obs("a2", "agreed", 53, scope="general", kind="truce", label=label),
        "On April 29, the LNA announced a halt to military operations for Ramadan.",
    )
    breach = said(
        obs("a2", "violated", 53, scope="general", kind="truce", at=200),
        "The government called the shelling a flagrant breach of the truce.",
    )

    tracker, alerts = run([first, end, halt, breach], rules)

    statuses = [a.status for a in alerts]
    assert ("agreed" in statuses) is new
    assert len(tracker.states()[GENERAL].instances) == (2 if new else 1)
    # The breach told beside them is the old truce's, the cause of its end.
    assert statuses.count("violated") == 1


def test_a_truce_declared_with_its_own_end_beside_a_live_one_is_another(
    rules: TrackerRules,
) -> None:
    # One side's two-week pause, then the other side's ceasefire "until" ten days later.
    _, alerts = run(
        [
            obs("a1", "agreed", 0, scope="general", by="UKR", ends=START + timedelta(days=14)),
            obs("a2", "agreed", 4, scope="general", ends=START + timedelta(days=24)),
            obs("a2", "in_effect", 4, scope="general", ends=START + timedelta(days=24)),
        ],
        rules,
    )

    opened = [a for a in alerts if a.status == "agreed"]
    assert len(opened) == 2
    assert opened[0].agreement.id != opened[1].agreement.id
    assert [a.status for a in alerts if a.agreement.id == opened[1].agreement.id] == [
        "agreed",
        "in_effect",
    ]


@pytest.mark.parametrize(
    "recalled_end",
    [
        # the same end told again, loosely
        START + timedelta(days=14, hours=20),
        # the first end, recalled after an extension moved it
        START + timedelta(days=10),
    ],
)
def test_an_end_told_again_or_recalled_after_an_extension_is_the_same_truce(
    rules: TrackerRules, recalled_end: datetime
) -> None:
    _, alerts = run(
        [
            obs("a1", "agreed", 0, scope="general", ends=START + timedelta(days=10)),
            obs("a2", "extended", 8, scope="general", ends=START + timedelta(days=14)),
            obs("a3", "agreed", 9, scope="general", ends=recalled_end),
        ],
        rules,
    )

    assert len({a.agreement.id for a in alerts}) == 1
    assert "a3" not in {a.article_id for a in alerts}


@pytest.mark.parametrize(
    ("status", "sentence"),
    [
        ("in_effect", "A ceasefire that took effect on January 9 collapsed weeks later."),
        ("agreed", "The last truce, agreed on January 9, did not survive the winter."),
    ],
)
def test_a_start_dated_months_back_is_no_step_of_a_plan_only_proposed(
    rules: TrackerRules, status: Status, sentence: str
) -> None:
    # The key's first article: a plan proposed and accepted today, and a recap of an
    # older truce under the same sides.
    _, alerts = run(
        [
            obs("a1", "proposed", 0, scope="general", by="USA"),
            obs("a1", "accepted", 0, scope="general", by="RUS"),
            obs("a1", status, 0, scope="general", sentence=sentence, at=40, starts=JANUARY_9),
            obs("a2", "agreed", 5, scope="general"),
            obs("a2", "in_effect", 5, scope="general"),
        ],
        rules,
    )

    assert [(a.status, a.article_id) for a in alerts] == [
        ("proposed", "a1"),
        ("accepted", "a1"),
        ("agreed", "a2"),
        ("in_effect", "a2"),
    ]


def test_a_start_dated_weeks_back_may_be_the_agreement_the_article_is_about(
    rules: TrackerRules,
) -> None:
    # An April article, the first on the key: one side backs the idea, and the other's
    # agreement of March 1 is the agreement in view.
    _, alerts = run(
        [
            obs("a1", "accepted", 14, scope="general", by="UKR"),
            obs(
                "a1",
                "agreed",
                14,
                scope="general",
                by="RUS",
                starts=START - timedelta(days=17),
                sentence="Putin agreed on March 1 to halt the strikes.",
                at=40,
            ),
        ],
        rules,
    )

    assert [a.status for a in alerts] == ["accepted", "agreed"]


@pytest.mark.parametrize(
    ("day", "sentence", "new"),
    [
        (119, "The two sides signed a peace agreement in Addis Ababa on Tuesday.", True),
        (119, "Government and rebels put their names to a revitalised accord today.", True),
        (119, "The president declared a unilateral ceasefire tonight.", True),
        # Next-day copy: the weekday before the article's is the news of the day past; an
        # agreement signed on another weekday of the past week is new too (months after).
        (120, "The two sides signed a peace agreement in Jeddah on Tuesday.", True),
        (121, "The two sides signed a peace agreement in Jeddah on Tuesday.", True),
        (7, "The president signed the peace agreement on Tuesday, a week after the rebels.", False),
        (119, "Officials said on Tuesday that the deal signed in March binds them.", False),
        (119, "The two sides signed a peace agreement.", False),
        # A weekday of the past week: as new, months after the live one was agreed.
        (119, "The two leaders signed an agreement on ending hostilities on Thursday.", True),
        (119, "The accord signed on Friday at the rebels' base has been in force since.", True),
        (7, "The president signed the peace agreement on Saturday, after the rebels.", False),
        (119, "The orders follow last Wednesday's announcement of a final agreement.", False),
    ],
)
def test_an_agreement_of_the_articles_own_day_months_after_a_live_one_is_a_new_one(
    rules: TrackerRules, day: int, sentence: str, *, new: bool
) -> None:
    # START is a Tuesday, and so are days 7 and 119 (120 is a Wednesday). The truce
    # agreed on day 0 was violated on day 2 and never ended; an agreement told as the
    # news of the article's own day (or of the day before, in next-day copy) months later
    # is another one, a week later the same deal signed again.
    first = obs("a1", "agreed", 0, scope="general", kind="ceasefire")
    breach = obs("a2", "violated", 2, scope="general", kind="ceasefire")
    deal = said(obs("a3", "agreed", day, scope="general", kind="deal"), sentence)

    tracker, alerts = run([first, breach, deal], rules)

    assert len(tracker.states()[GENERAL].instances) == (2 if new else 1)
    assert (alerts[-1].status, alerts[-1].article_id) == (
        ("agreed", "a3") if new else ("violated", "a2")
    )


def test_an_agreement_months_after_a_plan_that_was_never_agreed_reaches_that_plan(
    rules: TrackerRules,
) -> None:
    plan = obs("a1", "proposed", 0, scope="general", kind="ceasefire", by="USA")
    deal = said(
        obs("a2", "agreed", 119, scope="general", kind="ceasefire"),
        "The two sides agreed on Tuesday to the ceasefire.",
    )

    tracker, alerts = run([plan, deal], rules)

    assert len(tracker.states()[GENERAL].instances) == 1
    assert moves(alerts)[-1] == (f"{GENERAL}@2025-03-18", "proposed", "agreed", "a2")


@pytest.mark.parametrize(
    ("status", "sentence", "older"),
    [
        ("in_effect", "That ceasefire took effect on March 20 and held for weeks.", True),
        ("violated", "Since April 2 each side has accused the other of breaching it.", True),
        ("in_effect", "The accord took effect on July 16, a day after it was signed.", False),
        ("violated", "Each side accused the other of breaching the truce.", False),
    ],
)
def test_a_status_dated_before_the_newest_instance_opened_goes_to_an_older_live_one(
    rules: TrackerRules, status: Status, sentence: str, *, older: bool
) -> None:
    # A truce agreed on March 18 (day 0) is still live when a peace agreement is signed
    # on July 15 (day 119); an article of day 126 dates a start or breach before that.
    first = obs("a1", "agreed", 0, scope="general", kind="ceasefire")
    deal = said(
        obs("a2", "agreed", 119, scope="general", kind="deal"),
        "The two sides signed a peace agreement on Tuesday.",
    )
    later = said(obs("a3", status, 126, scope="general", kind="ceasefire"), sentence)

    _, alerts = run([first, deal, later], rules)

    owner = "2025-03-18" if older else "2025-07-15"
    assert moves(alerts)[-1] == (f"{GENERAL}@{owner}", "agreed", status, "a3")


@pytest.mark.parametrize(
    ("sentence", "new"),
    [
        ("The two sides agreed a ceasefire on Sept. 16 in Samarkand.", True),
        ("A new truce was signed on September 22, two days after the fighting.", True),
        # dated to an earlier month than the article's: a recap, as before
        ("A new truce was signed on April 22, two days after the fighting.", False),
        ("The ceasefire, agreed on March 18, had held in name only.", False),
        ("The truce both sides agreed on Dec. 3 last year is dead.", False),
        ("The two sides agreed a ceasefire.", False),
    ],
)
def test_an_agreement_dated_after_the_ended_instance_was_agreed_is_a_new_one(
    rules: TrackerRules, sentence: str, *, new: bool
) -> None:
    # The truce agreed on March 18 (day 0) collapsed, in an article of day 190 (Sept. 24)
    # that also tells an agreement in another sentence.
    first = obs("a1", "agreed", 0, scope="general", kind="ceasefire")
    end = said(obs("a2", "collapsed", 190, scope="general", kind="ceasefire", at=90), "It died.")
    deal = said(obs("a2", "agreed", 190, scope="general", kind="ceasefire"), sentence)

    tracker, alerts = run([first, end, deal], rules)

    assert len(tracker.states()[GENERAL].instances) == (2 if new else 1)
    assert (alerts[-1].status, alerts[-1].article_id) == (
        ("agreed", "a2") if new else ("collapsed", "a2")
    )


@pytest.mark.parametrize(
    ("ended", "new"),
    # After an end, an acceptance alone is no status that reopens (``reopening``).
    [(True, False), (False, True)],
)
def test_one_sides_acceptance_of_the_articles_own_day_is_news_of_a_new_agreement(
    rules: TrackerRules, *, ended: bool, new: bool
) -> None:
    # Day 119 (a Tuesday): one side accepts a deal "on Tuesday", months after the truce of
    # day 0, which has ended or is still live (violated).
    first = obs("a1", "agreed", 0, scope="general", kind="ceasefire")
    later = obs("a2", "collapsed" if ended else "violated", 2, scope="general", kind="ceasefire")
    taken = said(
        obs("a3", "accepted", 119, scope="general", kind="deal", by="UKR"),
        "Ukraine signed the peace agreement on Tuesday, but Russia did not.",
    )

    tracker, alerts = run([first, later, taken], rules)

    assert len(tracker.states()[GENERAL].instances) == (2 if new else 1)
    assert (moves(alerts)[-1] == (f"{GENERAL}@2025-07-15", None, "accepted", "a3")) is new


def test_an_acceptance_told_without_its_day_still_recalls_the_live_truce(
    rules: TrackerRules,
) -> None:
    first = obs("a1", "agreed", 0, scope="general", kind="ceasefire")
    breach = obs("a2", "violated", 2, scope="general", kind="ceasefire")
    taken = said(
        obs("a3", "accepted", 119, scope="general", kind="deal", by="UKR"),
        "Ukraine has accepted the truce, its envoy said.",
    )

    tracker, alerts = run([first, breach, taken], rules)

    assert len(tracker.states()[GENERAL].instances) == 1
    assert alerts[-1].article_id == "a2"


@pytest.mark.parametrize(
    ("starts", "ends"),
    [
        # "came into force on Tuesday evening", the truce agreed at 6 p.m. that Tuesday:
        # the day alone says midnight, but it cannot have run before it was made.
        (START.replace(hour=0), START + timedelta(days=5)),
        # An exact hour, or a start on an earlier day, stands as stated.
        (START.replace(hour=4), START.replace(hour=4) + timedelta(days=5)),
        (START.replace(hour=0) - timedelta(days=1), START.replace(hour=0) + timedelta(days=4)),
    ],
)
def test_a_start_told_by_its_day_does_not_precede_the_agreement_that_day(
    rules: TrackerRules, starts: datetime, ends: datetime
) -> None:
    tracker, _ = run(
        [
            obs("a1", "agreed", 0, duration=5),
            obs("a2", "in_effect", 0.8, duration=5, starts=starts),
        ],
        rules,
    )

    [instance] = tracker.states()[ENERGY].instances
    assert instance.agreement.ends == ends


@pytest.mark.parametrize("added", [6.25, 2.0])
def test_a_length_an_extension_added_names_the_extended_truce(
    rules: TrackerRules, added: float
) -> None:
    # "gave the fighters another 150 hours", then "the 150 hours" or "it" (of them) in a
    # breach: the truce so extended, not another one of that length.
    tracker, alerts = run(
        [
            obs("a1", "agreed", 0, duration=5),
            obs("a2", "in_effect", 1, duration=5),
            obs("a3", "extended", 4, duration=added),
            obs("a4", "violated", 5, duration=added),
        ],
        rules,
    )

    assert [a.status for a in alerts] == ["agreed", "in_effect", "extended", "violated"]
    assert len(tracker.states()[ENERGY].instances) == 1


def test_a_length_no_extension_added_is_still_another_truce(rules: TrackerRules) -> None:
    tracker, _ = run(
        [
            obs("a1", "agreed", 0, duration=5),
            obs("a2", "extended", 4, duration=2),
            obs("a3", "agreed", 5, duration=3),
        ],
        rules,
    )

    assert len(tracker.states()[ENERGY].instances) == 2


@pytest.mark.parametrize(
    ("steps", "runs_out"),
    [
        # "Kyiv demanded a 30-day ceasefire from May 12"; "Moscow brushed it aside".
        (["proposed", "rejected"], False),
        (["proposed"], False),
        (["proposed", "accepted"], False),
        # Declared, or agreed and then in force: it runs out at its end.
        (["agreed"], True),
        (["proposed", "agreed", "in_effect"], True),
    ],
)
def test_only_a_made_truce_runs_out_by_its_clock(
    rules: TrackerRules, steps: list[Status], runs_out: bool
) -> None:
    began = START + timedelta(days=2)
    _, alerts = run(
        [
            obs(f"a{i}", status, i * 0.1, scope="general", duration=30, starts=began)
            for i, status in enumerate(steps)
        ],
        rules,
        clock=began + timedelta(days=40),
    )

    assert ("expired" in [a.status for a in alerts]) is runs_out


@pytest.mark.parametrize(
    ("sentence", "new"),
    [
        ("The two sides signed the revised text on May 10 in Geneva.", True),
        ("Negotiators put their names to an amended accord on April 30.", True),
        ("A second agreement was signed on May 2 after weeks of talks.", True),
        # dated on or before the live truce's last change, or not dated: that truce
        ("The revised text, signed on March 18, still binds both armies.", False),
        ("The two sides signed the revised text in Geneva.", False),
        # dated after it, but not called revised or new: a recap of the live one
        ("The two sides signed the peace agreement on May 10.", False),
    ],
)
def test_a_deal_called_revised_and_dated_after_the_last_change_is_another_agreement(
    rules: TrackerRules, sentence: str, *, new: bool
) -> None:
    # A truce agreed on March 18 (day 0) was extended on April 7 (day 20); an article of
    # May 17 (day 60) tells of a deal signed on a day it states.
    first = obs("a1", "agreed", 0, scope="general", kind="ceasefire")
    longer = obs("a2", "extended", 20, scope="general", kind="ceasefire")
    deal = said(obs("a3", "agreed", 60, scope="general", kind="deal"), sentence)

    tracker, alerts = run([first, longer, deal], rules)

    assert len(tracker.states()[GENERAL].instances) == (2 if new else 1)
    assert (alerts[-1].status, alerts[-1].article_id) == (
        ("agreed", "a3") if new else ("extended", "a2")
    )


@pytest.mark.parametrize(
    ("sentence", "recalled"),
    [
        ("The ceasefire, which the president extended in April to June 30, has held.", True),
        ("The truce was extended on April 7 by a month, officials recalled.", True),
        ("The truce was extended on Saturday by another month.", False),
        ("The two sides extended the truce by a month.", False),
    ],
)
def test_an_extension_dated_before_the_newest_instance_began_lengthened_an_older_one(
    rules: TrackerRules, sentence: str, *, recalled: bool
) -> None:
    # A truce agreed on March 18 (day 0) was extended on April 7 (day 20); a revised
    # deal signed on May 10 opened another instance (day 53, a Saturday); an article of
    # day 60 names an extension.
    first = obs("a1", "agreed", 0, scope="general", kind="ceasefire")
    longer = obs("a2", "extended", 20, scope="general", kind="ceasefire")
    deal = said(
        obs("a3", "agreed", 53, scope="general", kind="deal"),
        "The two sides signed the revised text on May 10 in Geneva.",
    )
    later = said(obs("a4", "extended", 60, scope="general", kind="ceasefire"), sentence)

    _, alerts = run([first, longer, deal, later], rules)

    assert (alerts[-1].status, alerts[-1].article_id) == (
        ("agreed", "a3") if recalled else ("extended", "a4")
    )


@pytest.mark.parametrize(
    ("in_force", "starts_after", "second"),
    [
        (True, 6.3, True),  # the other side's own truce, a week after the first took effect
        (True, 1.0, False),  # a start a day later: the live truce's own, told loosely
        (False, 6.3, False),  # the live one only agreed: a start stated later is its own
    ],
)
def test_an_agreement_of_the_day_with_its_own_later_start_is_another_truce(
    rules: TrackerRules, *, in_force: bool, starts_after: float, second: bool
) -> None:
    # "The NPA would stop offensive operations from 00:01 on Tuesday", in a Tuesday
    # article, a week after the government's own ceasefire took effect.
    first = [obs("a1", "agreed", 0, scope="general", kind="ceasefire", by="UKR", starts=START)]
    if in_force:
        first.append(obs("a1", "in_effect", 0, scope="general", kind="ceasefire", at=9))
    sentence = "Russia said it would halt offensive operations from 00:01 on Tuesday."
    later = obs(
        "a2",
        "agreed",
        7,
        scope="general",
        kind="ceasefire",
        by="RUS",
        starts=START + timedelta(days=starts_after),
        sentence=sentence,
    )
    tracker, alerts = run([*first, later], rules)
    assert len(tracker.states()[GENERAL].instances) == (2 if second else 1)
    if second:
        assert (alerts[-1].article_id, alerts[-1].previous_status, alerts[-1].status) == (
            "a2",
            None,
            "agreed",
        )


@pytest.mark.parametrize(
    ("by", "status", "duration", "day", "sentence", "second"),
    # The live truce (Kyiv's, day 0) states its start; the other is told on ``day``.
    [
        # The other side's own three-day truce, declared two days later: another one.
        ("RUS", "agreed", 3.0, 2, "Russia said today it would halt attacks for three days.", True),
        ("RUS", "agreed", 3.0, 2, "Moscow will hold its fire for three days from tonight.", True),
        # The same side again, or no length of its own: a step of the live truce.
        ("UKR", "agreed", 3.0, 2, "Kyiv said today it would halt attacks for three days.", False),
        ("RUS", "agreed", None, 2, "Russia said today it would observe the truce.", False),
        # Taking up the offer is another status; a recap names no day of its own.
        ("RUS", "accepted", 3.0, 2, "Russia said today it accepted a three-day truce.", False),
        ("RUS", "agreed", 3.0, 2, "Russia has said it would halt attacks for three days.", False),
        # Told the day the live one was declared: the same story.
        (
            "RUS",
            "agreed",
            3.0,
            0.2,
            "Russia said today it would halt attacks for three days.",
            False,
        ),
    ],
)
def test_the_other_sides_own_truce_declared_days_later_is_another_one(
    rules: TrackerRules,
    by: str,
    status: Status,
    duration: float | None,
    day: float,
    sentence: str,
    *,
    second: bool,
) -> None:
    # Kyiv declared a truce from day 5; days later Moscow declares its own three-day one,
    # before Kyiv's is in force (the Afghan government's and the Taliban's Eid
    # ceasefires of June 2018).
    starts = START + timedelta(days=5)
    first = obs("a1", "agreed", 0, scope="general", kind="ceasefire", by="UKR", starts=starts)
    later = obs(
        "a2",
        status,
        day,
        scope="general",
        kind="ceasefire",
        by=by,
        duration=duration,
        sentence=sentence,
    )
    tracker, alerts = run([first, later], rules)
    assert len(tracker.states()[GENERAL].instances) == (2 if second else 1)
    if second:
        assert (alerts[-1].article_id, alerts[-1].previous_status, alerts[-1].status) == (
            "a2",
            None,
            "agreed",
        )


def test_the_other_sides_length_for_a_truce_of_unknown_terms_stays_with_it(
    rules: TrackerRules,
) -> None:
    # Kyiv declared a truce with no start, end or length told: Moscow's "three days"
    # may well be that truce's length, as the side joining it tells it.
    first = obs("a1", "agreed", 0, scope="general", kind="ceasefire", by="UKR")
    sentence = "Russia said today it would halt attacks for three days."
    later = obs(
        "a2",
        "agreed",
        2,
        scope="general",
        kind="ceasefire",
        by="RUS",
        duration=3,
        sentence=sentence,
    )
    tracker, _ = run([first, later], rules)
    assert len(tracker.states()[GENERAL].instances) == 1


@pytest.mark.parametrize(
    ("hours_late", "stated_end", "revived"),
    [
        (21, False, True),  # the day after a worked-out end: the truce extended
        (72, False, False),  # days later: too late to extend it
        (21, True, False),  # an end an article stated: the truce did end
    ],
)
def test_an_extension_just_after_a_worked_out_end_extends_the_truce(
    rules: TrackerRules, hours_late: int, *, stated_end: bool, revived: bool
) -> None:
    # A two-week truce in force from START; "extended by a month" told the day after the
    # end the tracker worked out from its length.
    end = START + timedelta(days=14)
    first = obs("a1", "in_effect", 0, scope="general", kind="ceasefire", duration=14)
    if stated_end:
        first = obs("a1", "in_effect", 0, scope="general", kind="ceasefire", duration=14, ends=end)
    late = 14 + hours_late / 24
    extension = obs("a2", "extended", late, scope="general", kind="ceasefire", duration=30)
    _, alerts = run([first, extension], rules, clock=end + timedelta(days=40))
    got = [(a.previous_status, a.status, a.article_id) for a in alerts]
    if revived:
        assert got == [
            (None, "in_effect", "a1"),
            ("in_effect", "expired", "a1"),
            ("expired", "extended", "a2"),
            ("extended", "expired", "a2"),
        ]
        assert alerts[-1].changed_at == end + timedelta(days=30)
    else:
        assert ("expired", "extended", "a2") not in got


@pytest.mark.parametrize(
    ("status", "sentence", "opens"),
    [
        ("agreed", "The previous round, in early January, ended with a truce.", False),
        ("in_effect", "A pause in strikes took effect on February 2 and held for a week.", False),
        ("proposed", "Ankara first floated a pause in strikes in January.", False),
        # A month back may still be the first news of the agreement followed from now.
        ("agreed", "The pause agreed in April has held, officials say.", True),
        # A recent day makes it news whatever month the sentence names.
        ("agreed", "The pause first floated in January was agreed on Monday.", True),
        # A state held since then lasts to now: the first news of talks going on.
        ("negotiating", "Talks on a pause have been under way since January.", True),
    ],
)
def test_an_old_step_of_a_key_never_heard_of_opens_nothing(
    rules: TrackerRules, status: Status, sentence: str, opens: bool
) -> None:
    # Published on May 17 (START is March 18): the first the tracker hears of the key.
    recap = said(obs("a1", status, 60), sentence)
    tracker, alerts = run([recap], rules)
    assert bool(alerts) == opens
    assert (ENERGY in tracker.states()) == opens
    state, more = observe(None, recap, rules=rules, detected_at=DETECTED)
    assert bool(more) == opens
    assert bool(state.instances) == opens


def test_the_agreement_an_old_recap_comes_before_still_alerts(rules: TrackerRules) -> None:
    recap = said(obs("a1", "agreed", 60), "The last round, in January, ended with a truce.")
    _, alerts = run([recap, obs("a2", "agreed", 62), obs("a2", "in_effect", 62)], rules)
    assert [(a.article_id, a.status) for a in alerts] == [("a2", "agreed"), ("a2", "in_effect")]


def test_an_old_end_of_a_key_never_heard_of_still_opens_it_over(rules: TrackerRules) -> None:
    # An end is no step of the making: the key opens already over, as before.
    recap = said(obs("a1", "collapsed", 60), "The pause agreed in January collapsed.")
    tracker, _ = run([recap], rules)
    assert statuses(tracker) == {f"{ENERGY}@2025-05-17": "collapsed"}


def test_an_old_recap_beside_the_first_news_of_a_key_is_still_background(
    rules: TrackerRules,
) -> None:
    # The article that opens the key with talks also recalls a truce from months back.
    talks = obs("a1", "negotiating", 60, by="TUR")
    recap = said(obs("a1", "agreed", 60), "The last round, in January, ended with a truce.")
    deal = obs("a2", "agreed", 62)
    _, alerts = run([talks, recap, deal], rules)
    assert [(a.article_id, a.status) for a in alerts] == [("a1", "negotiating"), ("a2", "agreed")]
    state, _ = observe(None, talks, rules=rules, detected_at=DETECTED)
    _, more = observe(state, recap, rules=rules, detected_at=DETECTED)
    assert more == ()


@pytest.mark.parametrize(
    ("status", "day", "new"),
    [
        ("negotiating", 800, True),
        ("proposed", 800, True),
        ("negotiating", 600, False),
        # A recap of the old agreement reaches it, however late.
        ("agreed", 800, False),
    ],
)
def test_talks_two_years_after_the_keys_last_change_are_a_new_round(
    rules: TrackerRules, status: Status, day: int, *, new: bool
) -> None:
    first = obs("a1", "agreed", 0, scope="general", kind="ceasefire")
    held = obs("a2", "in_effect", 1, scope="general", kind="ceasefire")
    later = obs("a3", status, day, scope="general", kind="ceasefire", by="USA")
    tracker, alerts = run([first, held, later], rules)
    assert len(tracker.states()[GENERAL].instances) == (2 if new else 1)
    assert (alerts[-1].article_id == "a3") is new


@pytest.mark.parametrize(
    ("status", "day", "new"),
    [
        # Half a year after the plan was turned down: another plan, another round.
        ("proposed", 180, True),
        ("negotiating", 120, True),
        # Weeks after the refusal: the refused plan asked for again, a recall.
        ("proposed", 30, False),
        ("negotiating", 45, False),
    ],
)
def test_a_plan_months_after_the_last_was_refused_is_a_new_round(
    rules: TrackerRules, status: Status, day: int, *, new: bool
) -> None:
    plan = obs("a1", "proposed", 0, scope="general", kind="ceasefire", by="USA")
    refused = obs("a2", "rejected", 2, scope="general", kind="ceasefire", by="RUS")
    later = obs("a3", status, 2 + day, scope="general", kind="ceasefire", by="USA")
    tracker, alerts = run([plan, refused, later], rules)
    assert len(tracker.states()[GENERAL].instances) == (2 if new else 1)
    assert (alerts[-1].article_id == "a3") is new


def test_a_plan_months_after_a_truce_took_effect_is_no_new_round(rules: TrackerRules) -> None:
    # Only a refused instance goes stale: a truce in force takes its later plans as steps.
    agreed = obs("a1", "agreed", 0, scope="general", kind="ceasefire")
    held = obs("a2", "in_effect", 1, scope="general", kind="ceasefire")
    plan = obs("a3", "proposed", 200, scope="general", kind="ceasefire", by="USA")
    tracker, _ = run([agreed, held, plan], rules)
    assert len(tracker.states()[GENERAL].instances) == 1


def test_a_key_that_moved_lately_is_not_dormant(rules: TrackerRules) -> None:
    # An old truce, then a newer one that moved a month before the talks: no new round.
    old = obs("a1", "agreed", 0, scope="general", kind="ceasefire")
    newer = obs("a2", "agreed", 700, scope="general", kind="ceasefire", label="Eid truce")
    talks = obs("a3", "negotiating", 800, scope="general", kind="ceasefire", by="USA")
    tracker, _ = run([old, newer, talks], rules)
    assert len(tracker.states()[GENERAL].instances) == 2


def test_an_end_told_after_the_term_it_first_gives_has_run_is_an_expiry(
    rules: TrackerRules,
) -> None:
    # "declared that the six-month calm is over", told a few days after its six months:
    # the length is first known here, and the truce had already run out.
    start = START + timedelta(days=1)
    tracker, alerts = run(
        [
            obs("a1", "agreed", 0, starts=start),
            obs("a2", "in_effect", 5),
            obs("a3", "collapsed", 40, duration=30),
        ],
        rules,
    )
    last = alerts[-1]
    assert (last.status, last.article_id) == ("expired", "a3")
    assert last.changed_at == start + timedelta(days=30)
    assert list(statuses(tracker).values()) == ["expired"]


def test_an_end_within_the_term_it_gives_is_still_a_collapse(rules: TrackerRules) -> None:
    start = START + timedelta(days=1)
    _, alerts = run(
        [
            obs("a1", "agreed", 0, starts=start),
            obs("a2", "in_effect", 5),
            obs("a3", "collapsed", 20, duration=30),
        ],
        rules,
    )
    assert (alerts[-1].status, alerts[-1].article_id) == ("collapsed", "a3")


@pytest.mark.parametrize(
    ("in_force_day", "expires_on"),
    [
        # A truce agreed, first told in force a week on: its 30 days run from then.
        (7.0, 37.0),
        # Told in force the next day: the usual lag, the term still runs from the deal.
        (1.0, 30.0),
    ],
)
def test_a_term_runs_from_a_start_told_days_after_the_deal(
    rules: TrackerRules, in_force_day: float, expires_on: float
) -> None:
    observations = [
        obs("a1", "agreed", 0, scope="general", kind="truce", duration=30),
        obs("a2", "in_effect", in_force_day, scope="general", kind="truce"),
    ]
    _, before = run(observations, rules, clock=START + timedelta(days=expires_on - 0.5))
    _, after = run(observations, rules, clock=START + timedelta(days=expires_on + 0.5))
    assert "expired" not in [a.status for a in before]
    [expiry] = [a for a in after if a.status == "expired"]
    assert expiry.article_id == "a1"  # the deal that gave the term


def test_a_late_report_of_a_truce_in_force_keeps_a_stated_start(rules: TrackerRules) -> None:
    # "agreed a 30-day truce from March 18": the start was told, no report moves it.
    observations = [
        obs("a1", "agreed", 0, scope="general", kind="truce", duration=30, starts=START),
        obs("a2", "in_effect", 7, scope="general", kind="truce"),
    ]
    _, alerts = run(observations, rules, clock=START + timedelta(days=30.5))
    assert [a.article_id for a in alerts if a.status == "expired"] == ["a1"]
