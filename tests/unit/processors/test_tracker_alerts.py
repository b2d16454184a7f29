"""The tracker's alerts as consumers read them, field by field, over one lifecycle."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from processors.model import Agreement, Alert, Evidence, Observation, Status
from processors.tracker import KeyState, TrackerRules, advance_clock, load_tracker_rules, observe

pytestmark = pytest.mark.unit

START = datetime(2025, 4, 19, 16, 0, tzinfo=UTC)
DETECTED = datetime(2030, 1, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def rules() -> TrackerRules:
    return load_tracker_rules()


def truce(article: str, status: Status, hours: float) -> Observation:
    agreement = Agreement(
        id="RUS+UKR/general",
        kind="truce",
        scope="general",
        parties=("RUS", "UKR"),
        duration_days=1.25,
        label="Easter truce",
    )
    evidence = Evidence(f"{article}: the Easter truce is {status}.", (0, 9))
    return Observation(
        article, START + timedelta(hours=hours), agreement, status, "RUS", None, evidence, 0.8
    )


def test_a_lifecycle_gives_whole_alert_records(rules: TrackerRules) -> None:
    reports = [truce("a1", "agreed", 0), truce("a2", "in_effect", 2), truce("a3", "violated", 5)]
    state: KeyState | None = None
    alerts: list[Alert] = []
    for report in reports:
        state, made = observe(state, report, rules=rules, detected_at=DETECTED)
        alerts += made
    assert state is not None
    _, expired = advance_clock(state, START + timedelta(days=3), rules=rules, detected_at=DETECTED)
    alerts += expired

    # Every field as a consumer reads it.
    assert [(a.previous_status, a.status, a.severity) for a in alerts] == [
        (None, "agreed", "warning"),
        ("agreed", "in_effect", "warning"),
        ("in_effect", "violated", "critical"),
        ("violated", "expired", "warning"),
    ]
    assert [a.article_id for a in alerts] == ["a1", "a2", "a3", "a1"]
    assert [a.evidence for a in alerts] == [
        (reports[0],),
        (reports[1],),
        (reports[2],),
        (reports[0],),
    ]
    assert [a.changed_at for a in alerts] == [
        *(r.published for r in reports),
        START + timedelta(days=1.25),
    ]
    assert {a.detected_at for a in alerts} == {DETECTED}
    assert {a.agreement.id for a in alerts} == {"RUS+UKR/general@2025-04-19"}
    assert alerts[-1].agreement.label == "Easter truce"
    assert len({a.id for a in alerts}) == len(alerts)
