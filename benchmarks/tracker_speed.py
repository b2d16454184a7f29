"""How many agreement observations per second does the tracker fold, on one core?

Builds synthetic observation streams over about a thousand agreement keys and feeds them
the way ``newsstream replay`` does (event time moves on to each article's time, then the
article's observations in tracking order). Three streams:

* ``lifecycle``: each key goes through agreement lifecycles (proposed, talks, stances,
  agreed, in effect, violation claims, extended, then expired or collapsed, and a new
  instance later), articles repeating and recalling earlier news, some with durations
  that expire by event time;
* ``late``: the same with about 5 % of the articles arriving late (out of event-time order);
* ``random``: random statuses, parties and durations on random keys, the worst case.

Prints the build of ``processors`` measured (mypyc or pure), then observations/s of CPU time
(best of 3) for ``AgreementTracker`` end to end and for the core step alone (``observe`` on a
dict of key states, without the expiry scheduling).

    .venv/bin/python benchmarks/tracker_speed.py [--keys 1000] [--observations 60000]
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import processors
from processors.model import (
    SCOPES,
    STATUSES,
    Agreement,
    Evidence,
    Kind,
    Observation,
    Scope,
    Status,
)
from processors.tracker import (
    AgreementTracker,
    KeyState,
    TrackerRules,
    load_tracker_rules,
    observe,
    tracking_order,
)

START = datetime(2025, 1, 1, tzinfo=UTC)
DETECTED = datetime(2030, 1, 1, tzinfo=UTC)
ACTORS = (
    *("RUS", "UKR", "ISR", "HAMAS", "HEZBOLLAH", "IND", "PAK", "ARM", "AZE", "SDN", "RSF"),
    *("ETH", "TPLF", "COL", "ELN", "MMR", "KIA", "YEM", "HOUTHIS", "SOM", "DRC", "M23"),
)
MEDIATORS = ("USA", "QAT", "EGY", "TUR", "UN", "EU", "SAU")
KINDS: tuple[Kind, ...] = ("ceasefire", "truce", "pause", "moratorium", "deal")
LABELS = ("Easter truce", "Christmas truce", "harvest pause", "Ramadan truce", "grain deal")
# One lifecycle: (status, how many articles report it, at least and at most).
LIFECYCLE: tuple[tuple[Status, int, int], ...] = (
    ("proposed", 1, 3),
    ("negotiating", 0, 3),
    ("accepted", 0, 2),
    ("rejected", 0, 1),
    ("agreed", 1, 3),
    ("in_effect", 1, 4),
    ("violated", 0, 8),
    ("extended", 0, 1),
)


@dataclass(frozen=True, slots=True)
class Article:
    """One synthetic article: its event time and its observations in tracking order."""

    published: datetime
    observations: tuple[Observation, ...]


@dataclass(frozen=True, slots=True)
class Key:
    parties: tuple[str, ...]
    scope: Scope

    @property
    def id(self) -> str:
        return f"{'+'.join(self.parties)}/{self.scope}"


def make_keys(count: int, rng: random.Random) -> list[Key]:
    """``count`` distinct keys: a pair of actors and a scope."""
    keys: dict[str, Key] = {}
    while len(keys) < count:
        parties = tuple(sorted(rng.sample(ACTORS, 2)))
        key = Key(parties, rng.choice(SCOPES))
        keys[key.id] = key
    return list(keys.values())


def observation(
    article: str,
    published: datetime,
    key: Key,
    status: Status,
    rng: random.Random,
    *,
    at: int,
    kind: Kind = "ceasefire",
    duration: float | None = None,
    label: str | None = None,
) -> Observation:
    by = rng.choice((*key.parties, None)) if status != "proposed" else rng.choice(MEDIATORS)
    agreement = Agreement(
        id=key.id,
        kind=kind,
        scope=key.scope,
        parties=key.parties,
        mediators=(rng.choice(MEDIATORS),) if rng.random() < 0.2 else (),
        duration_days=duration,
        label=label,
    )
    claimed = by if status == "violated" else None
    sentence = f"{' and '.join(key.parties)}: the {kind} is {status.replace('_', ' ')}."
    return Observation(
        article, published, agreement, status, by, claimed, Evidence(sentence, (at, at + 9)), 0.8
    )


def key_lifecycles(key: Key, serial: Iterator[int], rng: random.Random) -> list[Article]:
    """The articles about one key over about a year: lifecycles one after another."""
    articles: list[Article] = []
    now = START + timedelta(hours=rng.uniform(0, 24 * 30))
    end_of_year = START + timedelta(days=365)
    while now < end_of_year:
        kind = rng.choice(KINDS)
        label = rng.choice(LABELS) if rng.random() < 0.2 else None
        duration = rng.choice((1.25, 3.0, 30.0, 60.0)) if rng.random() < 0.4 else None
        reported: list[Status] = []
        for status, least, most in LIFECYCLE:
            for _ in range(rng.randint(least, most)):
                now += timedelta(hours=rng.expovariate(1 / 30))
                statuses = [status]
                if reported and rng.random() < 0.3:  # "the truce agreed last week ..."
                    statuses.append(rng.choice(reported))
                number = next(serial)
                articles.append(
                    Article(
                        now,
                        tuple(
                            observation(
                                f"a{number}",
                                now,
                                key,
                                s,
                                rng,
                                at=40 * n,
                                kind=kind,
                                duration=duration if rng.random() < 0.5 else None,
                                label=label if rng.random() < 0.5 else None,
                            )
                            for n, s in enumerate(statuses)
                        ),
                    )
                )
            reported.append(status)
        if duration is None or rng.random() < 0.5:
            # Ended by a report (collapsed or expired); otherwise it expires by event time.
            now += timedelta(hours=rng.expovariate(1 / 48))
            ending: Status = rng.choice(("collapsed", "expired"))
            number = next(serial)
            articles.append(
                Article(now, (observation(f"a{number}", now, key, ending, rng, at=0, kind=kind),))
            )
        now += timedelta(days=rng.expovariate(1 / 20))
    return articles


def lifecycle_stream(keys: int, observations: int, seed: int) -> list[Article]:
    """Lifecycle-shaped articles over ``keys`` keys, in event-time order, cut at about
    ``observations`` observations."""
    rng = random.Random(seed)
    serial = iter(range(10**9))
    articles = [a for key in make_keys(keys, rng) for a in key_lifecycles(key, serial, rng)]
    articles.sort(key=lambda a: (a.published, a.observations[0].article_id))
    return cut(articles, observations)


def late_stream(keys: int, observations: int, seed: int, share: float = 0.05) -> list[Article]:
    """The lifecycle stream with ``share`` of the articles arriving hours to days late."""
    rng = random.Random(seed + 1)
    articles = lifecycle_stream(keys, observations, seed)
    arrival = [
        a.published + timedelta(hours=rng.uniform(1, 96)) if rng.random() < share else a.published
        for a in articles
    ]
    order = sorted(range(len(articles)), key=lambda i: arrival[i])
    return [articles[i] for i in order]


def random_stream(keys: int, observations: int, seed: int) -> list[Article]:
    """Random statuses on random keys, one to three per article, in event-time order."""
    rng = random.Random(seed)
    key_list = make_keys(keys, rng)
    articles: list[Article] = []
    now = START
    total = 0
    number = 0
    while total < observations:
        now += timedelta(minutes=rng.expovariate(1 / 10))
        key = rng.choice(key_list)
        number += 1
        found = tuple(
            observation(
                f"r{number}",
                now,
                key,
                rng.choice(STATUSES),
                rng,
                at=40 * n,
                kind=rng.choice(KINDS),
                duration=rng.choice((None, None, 1.25, 30.0)),
                label=rng.choice((None, None, None, *LABELS)),
            )
            for n in range(rng.randint(1, 3))
        )
        articles.append(Article(now, found))
        total += len(found)
    return articles


def cut(articles: list[Article], observations: int) -> list[Article]:
    total = 0
    for index, article in enumerate(articles):
        total += len(article.observations)
        if total >= observations:
            return articles[: index + 1]
    return articles


def in_tracking_order(articles: list[Article], rules: TrackerRules) -> list[Article]:
    return [Article(a.published, tracking_order(a.observations, rules)) for a in articles]


def end_to_end(articles: list[Article], rules: TrackerRules) -> tuple[int, int]:
    """Replay's loop over ``AgreementTracker``: (observations, alerts)."""
    tracker = AgreementTracker(rules, clock=lambda: DETECTED)
    alerts = 0
    for article in articles:
        alerts += len(tracker.advance_to(article.published, detected_at=DETECTED))
        alerts += len(tracker.observe_article(article.observations, detected_at=DETECTED))
    return sum(len(a.observations) for a in articles), alerts


def core_step(articles: list[Article], rules: TrackerRules) -> tuple[int, int]:
    """The pure ``observe`` step alone, on a dict of key states: (observations, alerts)."""
    states: dict[str, KeyState] = {}
    alerts = 0
    count = 0
    for article in articles:
        for obs in article.observations:
            key = obs.agreement.id
            states[key], produced = observe(states.get(key), obs, rules=rules, detected_at=DETECTED)
            alerts += len(produced)
            count += 1
    return count, alerts


def best_rate(
    run: Callable[[list[Article], TrackerRules], tuple[int, int]],
    articles: list[Article],
    rules: TrackerRules,
    repeats: int,
) -> tuple[float, int]:
    """The best observations/s over ``repeats`` runs (CPU time), and the alert count."""
    best = 0.0
    alerts = 0
    for _ in range(repeats):
        start = time.process_time()
        count, alerts = run(articles, rules)
        elapsed = time.process_time() - start
        best = max(best, count / elapsed)
    return best, alerts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=1000)
    parser.add_argument("--observations", type=int, default=60_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--only", choices=("lifecycle", "late", "random"), action="append")
    args = parser.parse_args()
    rules = load_tracker_rules()
    print(f"processors build: {processors.build()}")
    streams = {
        "lifecycle": lifecycle_stream,
        "late": late_stream,
        "random": random_stream,
    }
    for name, build in streams.items():
        if args.only and name not in args.only:
            continue
        articles = in_tracking_order(build(args.keys, args.observations, args.seed), rules)
        count = sum(len(a.observations) for a in articles)
        tracker_rate, alerts = best_rate(end_to_end, articles, rules, args.repeats)
        core_rate, _ = best_rate(core_step, articles, rules, args.repeats)
        print(
            f"{name:9} {count:6} observations, {len(articles):6} articles, {alerts:6} alerts: "
            f"AgreementTracker {tracker_rate / 1000:6.1f}k obs/s, "
            f"observe step {core_rate / 1000:6.1f}k obs/s"
        )


if __name__ == "__main__":
    main()
