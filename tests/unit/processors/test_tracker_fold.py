"""The tracker's one-step fast path against a full refold, on random streams, and the
step's shortcut for the usual case against the full routing.

``observe`` takes one fold step when an observation comes in event-time order and refolds
the history when one comes late. Both must tell the same story: in order, the alerts of
the steps are those of one fold over the whole history; in any arrival order, the tracker
ends with the instances that fold gives.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from tracker_checks import random_stream

from processors.model import Alert, Observation
from processors.tracker import (
    Instance,
    KeyState,
    TrackerRules,
    load_tracker_rules,
    observe,
    tracking_order,
)
from processors.tracker_alerts import alert_of
from processors.tracker_fold import NOTHING_HELD, expire, fold, step
from processors.tracker_route import route

pytestmark = pytest.mark.unit

DETECTED = datetime(2030, 1, 1, tzinfo=UTC)
RULES = load_tracker_rules()


def roomy_rules(history_limit: int) -> TrackerRules:
    """The packaged rules with room for a whole stream in the history: nothing is cut, so a
    fold over the history is a fold over everything."""
    return replace(load_tracker_rules(), history_limit=history_limit, emitted_limit=1000)


# (history limit, articles): with 25 articles of one to three observations the history
# passes the middle of a limit of 64, so late ones are refolded from the midway snapshot.
SIZES = [(1000, 60), (64, 25)]
CASES = [(seed, limit, articles) for seed in range(6) for limit, articles in SIZES]


def stepped(observations: list[Observation], rules: TrackerRules) -> tuple[KeyState, list[Alert]]:
    state: KeyState | None = None
    alerts: list[Alert] = []
    for observation in observations:
        state, produced = observe(state, observation, rules=rules, detected_at=DETECTED)
        alerts += produced
    assert state is not None
    return state, alerts


@pytest.mark.parametrize(("seed", "limit", "articles"), CASES)
def test_stepping_in_order_gives_the_alerts_and_state_of_one_fold(
    seed: int, limit: int, articles: int
) -> None:
    rules = roomy_rules(limit)
    history = tracking_order(random_stream(seed, articles), rules)
    state, alerts = stepped(list(history), rules)

    instances, produced, _, _, held = fold((), history, state.clock, rules)
    marks: set[str] = set()
    folded = []
    for change in produced:
        if change.mark not in marks:
            marks.add(change.mark)
            folded.append(alert_of(change, rules, DETECTED))

    assert len(alerts) >= articles // 3
    assert alerts == folded
    assert state.history == history
    assert (state.instances, state.held) == (instances, held)


@pytest.mark.parametrize(("seed", "limit", "articles"), CASES)
def test_any_arrival_order_ends_in_the_state_of_one_fold(
    seed: int, limit: int, articles: int
) -> None:
    rules = roomy_rules(limit)
    stream = random_stream(seed, articles)
    history = tracking_order(stream, rules)
    # What ``tracking_order`` leaves out (talks beside or after their outcome) never
    # reaches the fold, in whatever order the rest arrives.
    shuffled = list(history)
    random.Random(seed).shuffle(shuffled)
    state, _ = stepped(shuffled, rules)

    instances, *_ = fold((), history, state.clock, rules)

    assert state.history == history
    assert state.instances == instances


@pytest.mark.parametrize("seed", range(12))
def test_a_step_changes_only_the_instance_the_full_routing_picks(seed: int) -> None:
    """``step`` skips the routing scores when ``obs`` fits the newest instance; it must still
    change the instance they pick, or open a new one when they pick none."""
    rules = roomy_rules(1000)
    instances: tuple[Instance, ...] = ()
    article, ended, held = "", False, NOTHING_HELD
    opened = changed = 0
    for obs in tracking_order(random_stream(seed, 80), rules):
        assert obs.published is not None
        if obs.article_id != article:
            article, ended, held = obs.article_id, False, NOTHING_HELD
        expired, _ = expire(instances, obs.published, rules)
        chosen = route(expired, obs, rules, ended)
        instances, _, held = step(instances, obs, rules, ended=ended, held=held)
        ended = ended or obs.status in rules.ending
        if chosen is None and obs.status in rules.ending and expired:
            assert instances == expired  # an ending that fits no instance opens none
        elif chosen is None and obs.status in rules.ending:
            # The first the key hears of is an end: it opens the key already over.
            assert [i.status for i in instances] == [obs.status]
        elif chosen is None:
            assert instances[-1].ordinal > max((i.ordinal for i in expired), default=-1)
            opened += 1
        else:
            assert len(instances) == len(expired)
            others = [i for i, (a, b) in enumerate(zip(expired, instances, strict=True)) if a != b]
            assert others in ([], [chosen])
            changed += bool(others)
    assert opened >= 2
    assert changed >= 10
