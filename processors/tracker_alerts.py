"""The tracker's alerts: what a ``tracker_fold.Change`` becomes once it is known to be new.

An alert's id is a digest of what it reports (instance, status, article), so a replay of
the same news yields the same ids and consumers can deduplicate.
"""

from __future__ import annotations

from datetime import datetime
from hashlib import sha256

from processors.model import Alert, format_time
from processors.tracker_fold import Change
from processors.tracker_state import TrackerRules


def alert_of(change: Change, rules: TrackerRules, detected_at: datetime) -> Alert:
    """The alert of a change. Its id is the digest of the instance id, the new status and
    the article, or for an expiry by event time the end; an expiry's article is the one
    that fixed the end."""
    instance, obs = change.instance, change.observation
    agreement = instance.agreement
    if obs is None:
        return _expiry(change, rules, detected_at)
    status, article = instance.status, obs.article_id
    # Positional: the fields in ``Alert``'s order (id, agreement, previous_status, status,
    # changed_at, detected_at, evidence, severity, article_id); keywords cost twice as much.
    return Alert(
        _digest(f"{agreement.id}|{status}|{article}"),
        agreement,
        change.previous,
        status,
        obs.published,
        detected_at,
        (obs,),
        rules.severity[status],
        article,
    )


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
    """An alert id: the first 32 hex digits of the text's SHA-256."""
    # (``sha256`` imported by name: one lookup less than ``hashlib.sha256`` per alert. Of
    # the hashing calls, ``hexdigest`` costs least: ``digest().hex()``, a copied pre-filled
    # object or ``hashlib.new`` all take more instructions per id.)
    return sha256(text.encode("utf-8")).hexdigest()[:32]
