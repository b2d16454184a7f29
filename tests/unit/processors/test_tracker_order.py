"""The order the tracker folds an article's observations in."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from tracker_checks import random_stream

from processors.model import STATUSES, Evidence
from processors.tracker import load_tracker_rules, tracking_order
from processors.tracker_order import order_key

pytestmark = pytest.mark.unit


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
