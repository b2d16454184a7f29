"""The tracker's fold: one step per observation, over the instances of one agreement key.

``processors.tracker`` calls ``step`` for an observation that comes in event-time order and
``fold`` to rebuild a key's instances from its history when one arrives late. Both yield
alerts paired with a *mark*, which the caller compares with the marks already emitted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from processors.model import Agreement, Alert, Observation, Status, format_time
from processors.tracker_state import Instance, TrackerRules

Produced = tuple[tuple[str, Alert], ...]
"""Alerts a fold produced, each with its mark (see ``_alert``)."""
Held = tuple[int, str, str]
"""(instance ordinal, status, party or ""): a status, or a party's stance, an instance held."""
NOTHING_HELD: frozenset[Held] = frozenset()

_NO_TIME = datetime.min.replace(tzinfo=UTC)


def tracking_order(
    observations: Iterable[Observation], rules: TrackerRules
) -> tuple[Observation, ...]:
    """Observations in the order the tracker folds them: by event time and article, then
    within an article by the ``within_article`` groups of the rules, then text position.

    An article is not a chronicle: "Ukraine accepted the US proposal" mentions the
    acceptance first, yet the proposal came first. And its ending statuses go first, so
    "the truce agreed in March has collapsed" reads as a recall, not a new truce.
    Feed each article's observations in this order and the tracker never has to refold.
    """
    return tuple(sorted(observations, key=order_key(rules)))


def order_key(rules: TrackerRules) -> partial[tuple[Any, ...]]:
    """The sort key of ``tracking_order``."""
    return partial(_order, rank=rules.article_rank)


def _order(obs: Observation, rank: Mapping[Status, int]) -> tuple[Any, ...]:
    return (
        event_time(obs),
        obs.article_id,
        rank[obs.status],
        obs.evidence.span[0],
        obs.status,
        obs.by or "",
        obs.claimed_by or "",
    )


def event_time(obs: Observation) -> datetime:
    """The observation's event time (the tracker gives every observation one first)."""
    return obs.published or _NO_TIME


def article_ended(history: Iterable[Observation], obs: Observation, rules: TrackerRules) -> bool:
    """Whether ``obs``'s article already reported an ending; ``history`` is newest first and
    ends with that article's earlier observations, if any."""
    for earlier in history:
        if earlier.article_id != obs.article_id:
            return False
        if earlier.status in rules.ending:
            return True
    return False


def fold(
    settled: tuple[Instance, ...],
    history: tuple[Observation, ...],
    clock: datetime | None,
    rules: TrackerRules,
    detected_at: datetime,
) -> tuple[tuple[Instance, ...], Produced, tuple[Instance, ...], int, frozenset[Held]]:
    """The instances after ``history`` on top of ``settled``, expired up to ``clock``.

    Also the instances before the first article that starts at or past the middle of the
    history, and that article's index (0 if none): where the history can next be cut; and
    what the last article moved its instances between (see ``step``).
    """
    instances = settled
    produced: Produced = ()
    midway: tuple[Instance, ...] = ()
    midway_at = 0
    half = rules.history_limit // 2
    article, ended, held = None, False, NOTHING_HELD
    for index, obs in enumerate(history):
        if obs.article_id != article:
            if not midway_at and index >= half:
                midway, midway_at = instances, index
            article, ended, held = obs.article_id, False, NOTHING_HELD
        instances, alerts, held = step(instances, obs, rules, detected_at, ended=ended, held=held)
        produced += alerts
        ended = ended or obs.status in rules.ending
    if clock is not None:
        instances, alerts = expire(instances, clock, rules, detected_at)
        produced += alerts
    return instances, produced, midway, midway_at, held


def settle(
    settled: tuple[Instance, ...],
    history: tuple[Observation, ...],
    rules: TrackerRules,
    detected_at: datetime,
) -> tuple[tuple[Instance, ...], tuple[Observation, ...]]:
    """Fold the oldest observations beyond ``history_limit`` into ``settled``, whole
    articles at a time (their alerts were emitted when they came).

    The tracker cuts at its midway snapshot instead; this is for a history with no
    article boundary past its middle.
    """
    cut = len(history) - rules.history_limit
    last = history[cut - 1].article_id
    while cut < len(history) and history[cut].article_id == last:
        cut += 1
    instances, *_ = fold(settled, history[:cut], None, rules, detected_at)
    return instances, history[cut:]


def step(
    instances: tuple[Instance, ...],
    obs: Observation,
    rules: TrackerRules,
    detected_at: datetime,
    *,
    ended: bool,
    held: frozenset[Held],
) -> tuple[tuple[Instance, ...], Produced, frozenset[Held]]:
    """Expire what ``obs``'s time passes, then apply ``obs``: the instances after it (the
    same tuple when nothing changed), the alerts produced, and ``held`` updated.

    ``ended``: ``obs``'s article has already reported an ending of this key. ``held``: the
    statuses and stances its instances have moved between in ``obs``'s article so far; a
    move back to one of them is background ("Russia, which turned the plan down in March,
    now accepts it"), as an article does not tell a cycle in one breath.
    """
    instances, produced = expire(instances, event_time(obs), rules, detected_at)
    index = _route(instances, obs, rules, ended)
    if index is None:
        ordinal = max((i.ordinal for i in instances), default=-1) + 1
        opened = _open(ordinal, obs, rules)
        grown = _trim([*instances, opened], rules)
        return grown, (*produced, _alert(opened, None, obs, rules, detected_at)), held
    before = instances[index]
    after, changed = _advance(before, obs, rules, held)
    if changed:
        produced = (*produced, _alert(after, before.status, obs, rules, detected_at))
        held = held | _moved(before, after, obs, rules)
    if after is before:
        return instances, produced, held
    return (*instances[:index], after, *instances[index + 1 :]), produced, held


def _moved(before: Instance, after: Instance, obs: Observation, rules: TrackerRules) -> set[Held]:
    """What a change moved the instance between: its statuses and the party's stances."""
    ordinal = before.ordinal
    marks: set[Held] = {(ordinal, before.status, ""), (ordinal, after.status, "")}
    party = obs.by
    if party is not None and party in before.agreement.parties and obs.status in rules.stances:
        marks.update((ordinal, stance, party) for p, stance in before.stances if p == party)
        marks.add((ordinal, obs.status, party))
    return marks


def expire(
    instances: tuple[Instance, ...], now: datetime, rules: TrackerRules, detected_at: datetime
) -> tuple[tuple[Instance, ...], Produced]:
    """The instances with those whose end ``now`` has passed expired, and their alerts."""
    for instance in instances:
        end = instance.agreement.ends
        if end is not None and now > end and instance.can_expire(rules):
            break
    else:
        return instances, ()  # the usual case, without allocating
    updated = list(instances)
    produced: list[tuple[str, Alert]] = []
    for i, instance in enumerate(instances):
        end = instance.agreement.ends
        if end is None or now <= end or not instance.can_expire(rules):
            continue
        updated[i] = expired = Instance(
            instance.ordinal,
            instance.agreement,
            "expired",
            end,
            instance.stances,
            instance.clock_start,
            instance.extensions,
            instance.end_source,
        )
        produced.append(_expiry_alert(expired, instance.status, rules, detected_at))
    return tuple(updated), tuple(produced)


def _same(ours: str | float | None, theirs: str | float | None) -> bool | None:
    """Whether two descriptions agree; None when either is unknown."""
    if ours is None or theirs is None:
        return None
    if isinstance(ours, str) and isinstance(theirs, str):
        return ours.strip().casefold() == theirs.strip().casefold()
    return ours == theirs


def _route(
    instances: tuple[Instance, ...], obs: Observation, rules: TrackerRules, ended: bool
) -> int | None:
    """The index of the instance ``obs`` is about, or None when it starts a new one.

    A different known label rules an instance out, and so does a different known duration
    unless the labels agree. Among the rest the best is the one with the same label, then
    the same duration, then one not ended, then one for which the status is a step
    forward, then the newest.
    """
    status, label = obs.status, obs.agreement.label
    # An extension's duration is the time added, not the agreement's length.
    duration = None if status == "extended" else obs.agreement.duration_days
    best: tuple[bool, bool, bool, bool, int] | None = None
    index = -1
    for i, instance in enumerate(instances):
        same_label = None if label is None else _same(instance.agreement.label, label)
        # A name says more than a number: with the same label a duration is not compared.
        same_duration = (
            None
            if duration is None or same_label
            else _same(instance.agreement.duration_days, duration)
        )
        if same_label is False or same_duration is False:
            continue
        current = instance.status
        live = current not in rules.ending
        fits = status == current or status in rules.transitions[current]
        score = (same_label is True, same_duration is True, live, fits, instance.ordinal)
        if best is None or score > best:
            best, index = score, i
    if best is None:
        return None
    chosen = instances[index]
    reopens = (
        chosen.status in rules.ending
        and status in rules.reopening
        and not best[0]
        and not ended
        and event_time(obs) > chosen.since
    )
    return None if reopens else index


def _open(ordinal: int, obs: Observation, rules: TrackerRules) -> Instance:
    agreement = obs.agreement
    day = event_time(obs).astimezone(UTC).date().isoformat()
    blank = Agreement(
        id=f"{agreement.key}@{day}",
        kind=agreement.kind,
        scope=agreement.scope,
        parties=tuple(sorted(agreement.parties)),
    )
    return _absorb(Instance(ordinal, blank, obs.status, event_time(obs)), obs, True, rules)


def _signature(agreement: Agreement) -> str:
    """What tells one extension from another: its new end, else its length."""
    if agreement.ends is not None:
        return f"@{format_time(agreement.ends)}"
    return "" if agreement.duration_days is None else f"+{agreement.duration_days:g}d"


def _advance(
    instance: Instance, obs: Observation, rules: TrackerRules, held: frozenset[Held]
) -> tuple[Instance, bool]:
    """The instance after ``obs``, and whether its status or a party's stance changed."""
    current, status = instance.status, obs.status
    if current in rules.ending:
        return instance, False
    party = obs.by if obs.by in instance.agreement.parties else None
    known_stance = (
        party is not None and status in rules.stances and (party, status) in instance.stances
    )
    if status == "extended":
        signature = _signature(obs.agreement)
        # An extension of unknown length after a known one is taken to be that one again.
        fresh = signature not in instance.extensions and bool(signature or not instance.extensions)
        changed = fresh and status in rules.transitions[current]
    elif status == current:
        changed = status in rules.stances and party is not None and not known_stance
    else:
        changed = status in rules.transitions[current] and not known_stance
    if changed and held:
        whose = party if party is not None and status in rules.stances else ""
        changed = (instance.ordinal, status, whose) not in held
    return _absorb(instance, obs, changed, rules), changed


def _absorb(instance: Instance, obs: Observation, changed: bool, rules: TrackerRules) -> Instance:
    """Merge what ``obs`` tells of the agreement; apply its status when ``changed``.

    The first known label, duration, start and end win; only an extension moves the end.
    """
    ours, theirs = instance.agreement, obs.agreement
    extending = obs.status == "extended"
    if not changed and _nothing_new(ours, theirs, extending):
        return instance
    label = theirs.label if ours.label is None else ours.label
    duration, ends = ours.duration_days, ours.ends
    if not extending:
        duration = theirs.duration_days if duration is None else duration
        ends = theirs.ends if ends is None else ends
    starts = ours.starts or theirs.starts
    mediators = ours.mediators
    if theirs.mediators and not all(m in mediators for m in theirs.mediators):
        mediators = tuple(sorted({*mediators, *theirs.mediators}))
    kind = theirs.kind if changed else ours.kind
    status, since, stances = instance.status, instance.since, instance.stances
    clock_start, extensions = instance.clock_start, instance.extensions
    if changed:
        status, since = obs.status, event_time(obs)
        if obs.by in ours.parties and obs.status in rules.stances:
            others = tuple(pair for pair in stances if pair[0] != obs.by)
            stances = tuple(sorted((*others, (obs.by, obs.status))))
        if clock_start is None and obs.status in rules.clock_starts:
            clock_start = event_time(obs)
    if changed and extending:
        extensions = (*extensions, _signature(theirs))
        if theirs.ends is not None:
            ends = theirs.ends
        elif ends is not None and theirs.duration_days is not None:
            ends = ends + timedelta(days=theirs.duration_days)
        else:
            ends = None  # extended for an unknown time: no end to expire at
    elif not extensions and ends is None and duration is not None:
        start = starts or clock_start
        if start is not None:
            ends = start + timedelta(days=duration)
    described = (label, duration, starts, ends, mediators, kind)
    if described != (
        ours.label,
        ours.duration_days,
        ours.starts,
        ours.ends,
        ours.mediators,
        ours.kind,
    ):
        ours = Agreement(
            id=ours.id,
            kind=kind,
            scope=ours.scope,
            parties=ours.parties,
            mediators=mediators,
            duration_days=duration,
            label=label,
            starts=starts,
            ends=ends,
        )
    elif not changed:
        return instance
    moved = ends is not None and ends != instance.agreement.ends
    end_source = obs if moved else instance.end_source
    return Instance(
        instance.ordinal, ours, status, since, stances, clock_start, extensions, end_source
    )


def _nothing_new(ours: Agreement, theirs: Agreement, extending: bool) -> bool:
    """Whether ``theirs`` adds nothing to what ``ours`` knows (the usual case: a quick test)."""
    return (
        (theirs.label is None or ours.label is not None)
        and (theirs.starts is None or ours.starts is not None)
        and (extending or theirs.duration_days is None or ours.duration_days is not None)
        and (extending or theirs.ends is None or ours.ends is not None)
        and (not theirs.mediators or all(m in ours.mediators for m in theirs.mediators))
    )


def _trim(instances: list[Instance], rules: TrackerRules) -> tuple[Instance, ...]:
    """Forget the oldest instances beyond the limit, ended ones first."""
    while len(instances) > rules.instance_limit:
        ended = [i for i in instances if i.status in rules.ending]
        instances.remove(min(ended or instances, key=lambda i: i.ordinal))
    return tuple(instances)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _alert(
    instance: Instance,
    previous: Status | None,
    obs: Observation,
    rules: TrackerRules,
    detected_at: datetime,
) -> tuple[str, Alert]:
    """An alert and its mark. The mark names the instance by ordinal, not by id, so an
    alert re-derived after a late article renamed the instance is still recognised."""
    status, article = instance.status, obs.article_id
    alert = Alert(
        id=_digest(f"{instance.id}|{status}|{article}"),
        agreement=instance.agreement,
        previous_status=previous,
        status=status,
        changed_at=obs.published,
        detected_at=detected_at,
        evidence=(obs,),
        severity=rules.severity[status],
        article_id=article,
    )
    return f"{instance.ordinal}|{status}|{article}", alert


def _expiry_alert(
    instance: Instance, previous: Status, rules: TrackerRules, detected_at: datetime
) -> tuple[str, Alert]:
    """The alert of an expiry by event time; its article is the one that fixed the end."""
    end = format_time(instance.since)
    source = instance.end_source
    alert = Alert(
        id=_digest(f"{instance.id}|expired|@{end}"),
        agreement=instance.agreement,
        previous_status=previous,
        status="expired",
        changed_at=instance.since,
        detected_at=detected_at,
        evidence=() if source is None else (source,),
        severity=rules.severity["expired"],
        article_id="" if source is None else source.article_id,
    )
    return f"{instance.ordinal}|expired|@{end}", alert
