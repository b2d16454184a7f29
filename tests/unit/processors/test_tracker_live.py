"""``AgreementTracker``'s mutable per-key state against the pure ``observe``/``advance_clock``.

The tracker keeps each key in a ``LiveKey`` mutated in place; the Faust agent goes through
the pure functions with an immutable ``KeyState``. Fed the same observations and clock
moves, both must give the same alerts and, at every point, the same ``KeyState``: with
tight limits, so histories are cut (at the midway snapshot and without one), old emitted
marks are forgotten and instances trimmed; with late articles, so histories are refolded.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from processors.model import KINDS, STATUSES, Agreement, Alert, Evidence, Observation
from processors.tracker import (
    AgreementTracker,
    KeyState,
    TrackerRules,
    advance_clock,
    load_tracker_rules,
    observe,
    tracking_order,
)
from processors.tracker_live import LiveKey, behind
from processors.tracker_order import order_of

pytestmark = pytest.mark.unit

START = datetime(2025, 3, 18, 6, 0, tzinfo=UTC)
DETECTED = datetime(2030, 1, 1, tzinfo=UTC)
KEY = "RUS+UKR/general"
LABELS = (None, None, None, "Easter truce", "grain deal")
DURATIONS = (None, None, 0.5, 1.25, 3.0)


def tight_rules(history: int, emitted: int, instances: int) -> TrackerRules:
    return replace(
        load_tracker_rules(),
        history_limit=history,
        emitted_limit=emitted,
        instance_limit=instances,
    )


def articles(seed: int, count: int) -> list[tuple[datetime, tuple[Observation, ...]]]:
    """``count`` articles of one key, one to three random observations each, in arrival
    order: about one in five arrives a day or two late, and some share a time."""
    rng = random.Random(seed)
    found: list[tuple[datetime, tuple[Observation, ...]]] = []
    moment = START
    for number in range(count):
        if rng.random() > 0.2:
            moment += timedelta(hours=rng.expovariate(1 / 15))
        observations = []
        for position in range(rng.randint(1, 3)):
            agreement = Agreement(
                id=KEY,
                kind=rng.choice(KINDS),
                scope="general",
                parties=("RUS", "UKR"),
                duration_days=rng.choice(DURATIONS),
                label=rng.choice(LABELS),
            )
            status = rng.choice(STATUSES)
            evidence = Evidence(f"n{number} says {status}.", (position * 50, position * 50 + 9))
            by = rng.choice((None, "RUS", "UKR", "USA"))
            observations.append(
                Observation(f"n{number:03}", moment, agreement, status, by, None, evidence, 0.8)
            )
        found.append((moment, tuple(observations)))
    late = [n for n in range(count) if rng.random() < 0.2]
    arrival = {
        n: found[n][0] + timedelta(hours=rng.uniform(0, 48) if n in late else 0)
        for n in range(count)
    }
    return [found[n] for n in sorted(range(count), key=lambda n: (arrival[n], n))]


RULES = [(32, 128, 8), (6, 5, 3), (4, 2, 2), (9, 3, 8)]
CASES = [(seed, *limits) for seed in range(8) for limits in RULES]


@pytest.mark.parametrize(("seed", "history", "emitted", "instances"), CASES)
def test_the_live_state_steps_exactly_as_the_pure_functions(
    seed: int, history: int, emitted: int, instances: int
) -> None:
    rules = tight_rules(history, emitted, instances)
    live = LiveKey(KEY)
    state: KeyState | None = None
    clock = START
    pure_alerts: list[Alert] = []
    live_alerts: list[Alert] = []
    for moment, observations in articles(seed, 70):
        if moment > clock:
            clock = moment
            assert state is not None or not pure_alerts
            if state is not None:
                state, produced = advance_clock(state, clock, rules=rules, detected_at=DETECTED)
                pure_alerts += produced
                live_alerts += live.advance(clock, rules, DETECTED)
        for obs in tracking_order(observations, rules):
            state, produced = observe(state, obs, rules=rules, detected_at=DETECTED)
            pure_alerts += produced
            assert obs.published is not None
            live_alerts += live.observe(obs, obs.published, rules, DETECTED)
            assert live.state() == state
        assert live_alerts == pure_alerts

    assert state is not None
    assert len(pure_alerts) >= 20
    # The limits were reached: the history was cut and old marks forgotten.
    assert state.settled
    assert len(state.emitted) == min(emitted, len(pure_alerts))


def test_a_redelivered_observation_changes_nothing() -> None:
    rules = load_tracker_rules()
    live = LiveKey(KEY)
    stream = [obs for _, found in articles(3, 30) for obs in tracking_order(found, rules)]
    for obs in stream:
        assert obs.published is not None
        live.observe(obs, obs.published, rules, DETECTED)
    before = live.state()

    for obs in stream[-10:]:
        assert obs.published is not None
        assert live.observe(obs, obs.published, rules, DETECTED) == ()
    assert live.state() == before


def test_the_tracker_gives_the_states_of_the_pure_functions() -> None:
    rules = tight_rules(6, 5, 3)
    tracker = AgreementTracker(rules, clock=lambda: DETECTED)
    states: dict[str, KeyState] = {}
    for moment, found in articles(11, 60):
        tracker.advance_to(moment)
        tracker.observe_article(found)
        for obs in tracking_order(found, rules):
            states[KEY], _ = observe(states.get(KEY), obs, rules=rules, detected_at=DETECTED)
        assert tracker.states()[KEY].history == states[KEY].history
        assert tracker.states()[KEY].emitted == states[KEY].emitted


def test_an_observation_goes_behind_the_last_exactly_when_the_fold_order_puts_it_there() -> None:
    # ``behind`` settles a tie of event time and article field by field; it must agree
    # with ``order_of``, the key the history is sorted by.
    rules = load_tracker_rules()
    rng = random.Random(11)
    agreement = Agreement(id=KEY, kind="truce", scope="general", parties=("RUS", "UKR"))
    disagreements = []
    for _ in range(400):
        pair = [
            Observation(
                "n001",
                START,
                agreement,
                rng.choice(STATUSES),
                rng.choice((None, "RUS", "UKR")),
                rng.choice((None, "RUS")),
                Evidence("text", (rng.choice((0, 50)), 60)),
                0.8,
            )
            for _ in range(2)
        ]
        obs, last = pair
        expected = order_of(obs, rules.article_rank) <= order_of(last, rules.article_rank)
        if behind([last], (), obs, START, rules) != expected:
            disagreements.append((obs, last))
    assert not disagreements
