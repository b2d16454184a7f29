"""A random stream of one key's observations, for the tracker's property tests."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from processors.model import KINDS, STATUSES, Agreement, Evidence, Observation

START = datetime(2025, 3, 18, 6, 0, tzinfo=UTC)
LABELS = (None, None, None, "Easter truce", "grain deal")
DURATIONS = (None, None, 1.25, 3.0, 30.0)


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
