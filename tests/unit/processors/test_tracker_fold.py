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
from datetime import UTC, datetime, timedelta

import pytest

from processors.model import KINDS, STATUSES, Agreement, Alert, Evidence, Observation
from processors.tracker import (
    Instance,
    KeyState,
    TrackerRules,
    load_tracker_rules,
    observe,
    tracking_order,
)
from processors.tracker_alerts import alert_of
from processors.tracker_fold import NOTHING_HELD, _folded, _route, expire, fold, order_key, step

pytestmark = pytest.mark.unit

START = datetime(2025, 3, 18, 6, 0, tzinfo=UTC)
DETECTED = datetime(2030, 1, 1, tzinfo=UTC)
LABELS = (None, None, None, "Easter truce", "grain deal")
DURATIONS = (None, None, 1.25, 3.0, 30.0)
RULES = load_tracker_rules()


def roomy_rules(history_limit: int) -> TrackerRules:
    """The packaged rules with room for a whole stream in the history: nothing is cut, so a
    fold over the history is a fold over everything."""
    return replace(load_tracker_rules(), history_limit=history_limit, emitted_limit=1000)


# (history limit, articles): with 25 articles of one to three observations the history
# passes the middle of a limit of 64, so late ones are refolded from the midway snapshot.
SIZES = [(1000, 60), (64, 25)]
CASES = [(seed, limit, articles) for seed in range(6) for limit, articles in SIZES]


def random_stream(seed: int, articles: int = 60) -> list[Observation]:
    """Articles of one key with one to three random observations each, over a few weeks;
    some articles share a time, and labels, durations and parties vary."""
    rng = random.Random(seed)
    stream: list[Observation] = []
    moment = START
    for number in range(articles):
        if rng.random() > 0.2:  # else the same time as the previous article
            moment += timedelta(hours=rng.expovariate(1 / 20))
        for position in range(rng.randint(1, 3)):
            agreement = Agreement(
                id="RUS+UKR/general",
                kind=rng.choice(KINDS),
                scope="general",
                parties=("RUS", "UKR"),
                duration_days=rng.choice(DURATIONS),
                label=rng.choice(LABELS),
            )
            status = rng.choice(STATUSES)
            evidence = Evidence(
                f"article {number} says {status}.", (position * 50, position * 50 + 9)
            )
            by = rng.choice((None, "RUS", "UKR", "USA"))
            stream.append(
                Observation(f"n{number:03}", moment, agreement, status, by, None, evidence, 0.8)
            )
    return stream


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
    shuffled = stream[:]
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
        chosen = _route(expired, obs, rules, ended)
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


@pytest.mark.parametrize("seed", range(4))
def test_two_observations_go_in_the_order_of_a_stable_sort(seed: int) -> None:
    """``tracking_order`` orders a pair without ``sorted``: it must give the order the
    sort key gives, and keep a pair that ties (same key) as it came."""
    rules = load_tracker_rules()
    rng = random.Random(seed)
    stream = random_stream(seed, 30)
    for _ in range(200):
        first, second = rng.sample(stream, 2)
        draw = rng.random()
        if draw < 0.2:
            second = replace(first, confidence=0.5)  # another observation with the same key
        elif draw < 0.5:
            # The same article and time: the rank, position, status and parties decide.
            second = replace(
                first,
                status=rng.choice(STATUSES),
                by=rng.choice((None, "RUS", "UKR")),
                claimed_by=rng.choice((None, "RUS")),
                evidence=Evidence(first.evidence.sentence, (rng.choice((0, 50)), 60)),
            )
        pair = (first, second)
        ordered = tracking_order(pair, rules)
        expected = sorted(pair, key=order_key(rules))
        assert [id(obs) for obs in ordered] == [id(obs) for obs in expected]


@pytest.mark.parametrize(
    "label",
    [
        "Easter truce",
        "  EASTER Truce ",
        "Grain Deal",
        "Straße truce",  # casefold: "strasse"; lower keeps the sharp s
        "\u212a truce",  # the Kelvin sign folds to "k"
        "ΣΟΦΙΑ pause",
        "",
    ],
)
def test_labels_fold_as_casefold_folds_them(label: str) -> None:
    """The routing folds labels through ``lower`` when they are ASCII: the same text as
    ``casefold``, so "Straße truce" still matches "STRASSE TRUCE"."""
    bare = replace(RULES, label_nouns=frozenset())
    assert _folded(label, bare) == label.strip().casefold()
    assert _folded(label.upper(), bare) == label.upper().strip().casefold()


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Easter truce", "Easter ceasefire"),
        ("Easter ceasefire", "easter pause"),
        ("Orthodox Christmas truce", "Orthodox Christmas cease-fire"),
        ("Victory Day truce", "Victory Day moratorium"),
    ],
)
def test_labels_compare_without_the_noun_they_close_with(one: str, other: str) -> None:
    assert _folded(one, RULES) == _folded(other, RULES)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Easter truce", "Christmas truce"),
        ("Christmas talks", "Christmas truce"),
        ("Orthodox Easter truce", "Easter truce"),
    ],
)
def test_labels_with_another_name_or_a_talks_noun_stay_apart(one: str, other: str) -> None:
    assert _folded(one, RULES) != _folded(other, RULES)
