"""``newsstream replay`` end to end on the dev timeline (tests/data/timeline), no broker.

The replay command's own function runs extraction and the tracker over the twenty
articles; its alerts are compared with the ones a careful reader expects
(``expected_alerts.json``) on agreement key, status and article.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import orjson
import pytest

from streams.offline import run_replay
from streams.settings import Settings

pytestmark = pytest.mark.unit

TIMELINE = Path(__file__).resolve().parents[2] / "data" / "timeline"

AlertKey = tuple[str, str, str]


@cache
def replayed() -> frozenset[AlertKey]:
    out = io.BytesIO()
    code = run_replay(sorted(TIMELINE.glob("*.gold.json")), Settings(_env_file=None), stdout=out)
    assert code == 0
    alerts = [orjson.loads(line) for line in out.getvalue().splitlines()]
    return frozenset(
        (a["agreement"]["id"].split("@", 1)[0], a["status"], a["article_id"]) for a in alerts
    )


@cache
def expected() -> frozenset[AlertKey]:
    entries = orjson.loads((TIMELINE / "expected_alerts.json").read_bytes())
    return frozenset((e["agreement_key"], e["status"], e["article_id"]) for e in entries)


def test_every_expected_alert_comes_out_of_the_replay() -> None:
    assert sorted(expected() - replayed()) == []


def test_the_replayed_alerts_match_the_expected_ones_with_f1_of_at_least_0_9() -> None:
    hits = len(expected() & replayed())
    precision = hits / len(replayed())
    recall = hits / len(expected())
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.9, sorted(replayed() - expected())
