"""The tracker's alerts: what a ``tracker_fold.Change`` becomes once it is known to be new.

An alert's id is a digest of what it reports (instance, status, article), so a replay of
the same news yields the same ids and consumers can deduplicate.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime

from processors.model import Agreement, Alert, Observation, Severity, Status, format_time
from processors.tracker_fold import Change
from processors.tracker_state import TrackerRules

# The tracker builds an alert for about every other observation, and a frozen dataclass's
# ``__init__`` sets each field through ``object.__setattr__``: the slots' own setters take
# half the time. The unit tests check that ``alert_of`` builds what the constructor does.
_new_alert = object.__new__
_set_id: Callable[[Alert, str], None] = Alert.__dict__["id"].__set__
_set_agreement: Callable[[Alert, Agreement], None] = Alert.__dict__["agreement"].__set__
_set_previous: Callable[[Alert, Status | None], None] = Alert.__dict__["previous_status"].__set__
_set_status: Callable[[Alert, Status], None] = Alert.__dict__["status"].__set__
_set_changed_at: Callable[[Alert, datetime | None], None] = Alert.__dict__["changed_at"].__set__
_set_detected_at: Callable[[Alert, datetime], None] = Alert.__dict__["detected_at"].__set__
_set_evidence: Callable[[Alert, tuple[Observation, ...]], None] = Alert.__dict__["evidence"].__set__
_set_severity: Callable[[Alert, Severity], None] = Alert.__dict__["severity"].__set__
_set_article_id: Callable[[Alert, str], None] = Alert.__dict__["article_id"].__set__
_sha256 = hashlib.sha256


def alert_of(change: Change, rules: TrackerRules, detected_at: datetime) -> Alert:
    """The alert of a change. Its id is the digest of the instance id, the new status and
    the article, or for an expiry by event time the end; an expiry's article is the one
    that fixed the end."""
    instance, obs = change.instance, change.observation
    agreement = instance.agreement
    if obs is None:
        return _expiry(change, rules, detected_at)
    status, article = instance.status, obs.article_id
    alert = _new_alert(Alert)
    _set_id(alert, _sha256(f"{agreement.id}|{status}|{article}".encode()).hexdigest()[:32])
    _set_agreement(alert, agreement)
    _set_previous(alert, change.previous)
    _set_status(alert, status)
    _set_changed_at(alert, obs.published)
    _set_detected_at(alert, detected_at)
    _set_evidence(alert, (obs,))
    _set_severity(alert, rules.severity[status])
    _set_article_id(alert, article)
    return alert


def _expiry(change: Change, rules: TrackerRules, detected_at: datetime) -> Alert:
    """The alert of an expiry by event time: the instance's ``since`` is its end."""
    instance = change.instance
    agreement, source = instance.agreement, instance.end_source
    return Alert(
        id=_digest(f"{agreement.id}|expired|@{format_time(instance.since)}"),
        agreement=agreement,
        previous_status=change.previous,
        status="expired",
        changed_at=instance.since,
        detected_at=detected_at,
        evidence=() if source is None else (source,),
        severity=rules.severity["expired"],
        article_id="" if source is None else source.article_id,
    )


def _digest(text: str) -> str:
    """An alert id: the first 32 hex digits of the text's SHA-256 (``alert_of`` writes it
    out)."""
    return _sha256(text.encode("utf-8")).hexdigest()[:32]
