"""The dev timeline (tests/data/timeline): three agreement lifecycles over ten weeks.

The gold observations go through the tracker as replay feeds them, and the alerts must be
the ones a careful reader expects (``expected_alerts.json``); in any arrival order the
tracker must end in the same state.
"""

from __future__ import annotations

import json
import random
import re
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, cast

import pytest

from processors.model import (
    Agreement,
    Alert,
    Evidence,
    Kind,
    Observation,
    Scope,
    Status,
    format_time,
    parse_time,
)
from processors.tracker import AgreementTracker, load_tracker_rules

pytestmark = pytest.mark.unit

TIMELINE = Path(__file__).resolve().parents[2] / "data" / "timeline"
DETECTED = datetime.fromisoformat("2030-01-01T00:00:00+00:00")
SENTENCE_END = re.compile(r"(?<=[.!?”])\s+|\n")


@cache
def golds() -> tuple[dict[str, Any], ...]:
    files = sorted(TIMELINE.glob("*.gold.json"))
    return tuple(json.loads(f.read_text(encoding="utf-8")) for f in files)


def first_parties(parties: list[Any]) -> tuple[str, ...]:
    """Gold parties, or the first of its alternatives (``[["ISR", "HEZBOLLAH"], [...]]``)."""
    chosen = parties[0] if parties and isinstance(parties[0], list) else parties
    return tuple(sorted(chosen))


def first_status(status: str | list[str]) -> Status:
    """A gold status, or the first of its alternatives (``["agreed", "proposed"]``)."""
    return cast(Status, status[0] if isinstance(status, list) else status)


def sentence_around(text: str, start: int) -> str:
    bounds = [0, *(m.end() for m in SENTENCE_END.finditer(text)), len(text)]
    begin = max(b for b in bounds if b <= start)
    end = min(b for b in bounds if b > start)
    return text[begin:end].strip()


def observations(gold: dict[str, Any]) -> list[Observation]:
    """The gold observations of one article as the extractor would emit them."""
    article, out = gold["article"], []
    for entry in gold["observations"]:
        if entry.get("optional"):
            continue
        parties = first_parties(entry["parties"])
        start = article["text"].index(entry["evidence"])
        agreement = Agreement(
            id="+".join(parties) + "/" + entry["scope"],
            kind=cast(Kind, entry.get("kind", "ceasefire")),
            scope=cast(Scope, entry["scope"]),
            parties=parties,
            mediators=tuple(entry.get("mediators", ())),
            duration_days=entry.get("duration_days"),
            label=entry.get("label"),
            starts=parse_time(entry.get("starts")),
        )
        out.append(
            Observation(
                article_id=article["id"],
                published=parse_time(article["published"]),
                agreement=agreement,
                status=first_status(entry["status"]),
                by=entry.get("by"),
                claimed_by=entry.get("claimed_by"),
                evidence=Evidence(
                    sentence_around(article["text"], start), (start, start + len(entry["evidence"]))
                ),
                confidence=1.0,
            )
        )
    return out


def as_expected(alert: Alert) -> dict[str, Any]:
    return {
        "agreement_key": alert.agreement.key,
        "instance_id": alert.agreement.id,
        "status": alert.status,
        "previous_status": alert.previous_status,
        "article_id": alert.article_id,
        "changed_at": format_time(alert.changed_at),
    }


def final_statuses(tracker: AgreementTracker) -> dict[str, Status]:
    return {i.id: i.status for s in tracker.states().values() for i in s.instances}


def replayed() -> tuple[AgreementTracker, list[Alert]]:
    """The articles in event-time order, as ``newsstream replay`` feeds them."""
    tracker = AgreementTracker(load_tracker_rules(), clock=lambda: DETECTED)
    alerts: list[Alert] = []
    for gold in sorted(golds(), key=lambda g: (g["article"]["published"], g["article"]["id"])):
        published = parse_time(gold["article"]["published"])
        assert published is not None
        alerts += tracker.advance_to(published)
        alerts += tracker.observe_article(observations(gold))
    return tracker, alerts


def test_the_timeline_is_twenty_articles_over_weeks_annotated_with_exact_substrings() -> None:
    assert len(golds()) >= 20
    times = sorted(datetime.fromisoformat(g["article"]["published"]) for g in golds())
    assert (times[-1] - times[0]).days >= 42
    for gold in golds():
        text = gold["article"]["text"]
        assert 150 <= len(text.split()) <= 400, gold["article"]["id"]
        for statement in gold["statements"]:
            assert statement["content"] in text, statement["content"]
        for observation in gold["observations"]:
            assert observation["evidence"] in text, observation["evidence"]


def test_in_event_time_order_the_alerts_are_the_expected_ones() -> None:
    expected = json.loads((TIMELINE / "expected_alerts.json").read_text(encoding="utf-8"))

    _, alerts = replayed()

    assert [as_expected(a) for a in alerts] == expected


def test_expiries_come_from_event_time_with_the_end_as_their_time() -> None:
    _, alerts = replayed()
    expiries = {a.agreement.label or a.agreement.scope: a for a in alerts if a.status == "expired"}

    assert format_time(expiries["energy_infrastructure"].agreement.ends) == "2025-04-17T18:00:00Z"
    assert format_time(expiries["Easter truce"].agreement.ends) == "2025-04-20T21:00:00Z"
    assert all(a.severity == "warning" for a in expiries.values())


@pytest.mark.parametrize("seed", range(12))
def test_any_arrival_order_ends_in_the_same_state(seed: int) -> None:
    in_order, _ = replayed()
    shuffled = [o for gold in golds() for o in observations(gold)]
    random.Random(seed).shuffle(shuffled)

    tracker = AgreementTracker(load_tracker_rules(), clock=lambda: DETECTED)
    for observation in shuffled:
        assert observation.published is not None
        tracker.advance_to(observation.published)
        tracker.observe(observation)
    assert in_order.now is not None
    tracker.advance_to(in_order.now)

    assert final_statuses(tracker) == final_statuses(in_order)
    assert final_statuses(in_order) == {
        "RUS+UKR/energy_infrastructure@2025-03-14": "expired",
        "RUS+UKR/general@2025-03-11": "accepted",
        "RUS+UKR/general@2025-04-19": "expired",
        "RUS+UKR/maritime@2025-03-18": "collapsed",
        "RUS+UKR/maritime@2025-05-20": "accepted",
    }
