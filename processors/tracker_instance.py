"""How one observation opens an instance or updates the instance it is routed to.

``open_instance`` starts a new instance of an observation's agreement; ``absorb`` merges
what a later observation tells (label, start, length, end, mediators, a party's stance)
into an existing one, and applies its status when the fold says so.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

from processors.model import Agreement, Observation, Status
from processors.tracker_keys import instance_id, key_sides, side_of, signature_of, tracking_key
from processors.tracker_order import NO_TIME, day_of, event_time
from processors.tracker_state import Instance, TrackerRules


def open_instance(
    ordinal: int, obs: Observation, instances: tuple[Instance, ...], rules: TrackerRules
) -> Instance:
    """A new instance of ``obs``'s agreement, next to ``instances`` (the key's others)."""
    agreement = obs.agreement
    opened = obs.published or NO_TIME  # ``event_time``
    # At most ``instance_limit`` ids: a list scan is cheaper than building a set.
    taken = [i.agreement.id for i in instances]
    parties, scope = agreement.parties, agreement.scope
    if len(parties) == 2 and parties[0] <= parties[1]:
        # The usual pair, already in order: its key (``agreement_key``) without a sort.
        key = f"{parties[0]}+{parties[1]}/{scope}"
        if key != agreement.id:
            key = tracking_key(agreement)
            parties = key_sides(key)
    else:
        key = tracking_key(agreement)
        parties = key_sides(key)
    blank = Agreement(instance_id(key, opened, taken), agreement.kind, scope, parties)
    return absorb(Instance(ordinal, blank, obs.status, opened), obs, True, rules)


def absorb(instance: Instance, obs: Observation, changed: bool, rules: TrackerRules) -> Instance:
    """Merge what ``obs`` tells of the agreement; apply its status when ``changed``.

    The first known label, duration, start and end win; only an extension moves the end.
    """
    ours, theirs = instance.agreement, obs.agreement
    extending = obs.status == "extended"
    status, since, stances = instance.status, instance.since, instance.stances
    clock_start, extensions = instance.clock_start, instance.extensions
    restarted = False
    if changed:
        status = obs.status
        since = event_time(obs)
        by = side_of(obs, ours)
        if by is not None and by in ours.parties and status in rules.stances:
            stances = with_stance(stances, by, status)
        if clock_start is None and status in rules.clock_starts:
            clock_start = since
        elif starts_late(instance, status, since):
            # "agreed to a truce that will start the following day", then "the truce is
            # now in force" a week on: the clock runs from the start, not the deal.
            clock_start, restarted = since, True
    if (
        changed
        and not restarted
        and not extending
        and theirs.kind == ours.kind
        and _nothing_new(ours, theirs, extending)
        and (ours.ends is not None or ours.duration_days is None or extensions)
    ):
        # The usual change: a new status of an agreement described as before (and no
        # end to work out from a duration): the agreement stays as it is.
        return Instance(
            instance.ordinal,
            ours,
            status,
            since,
            stances,
            clock_start,
            extensions,
            instance.end_source,
        )
    label = theirs.label if ours.label is None else ours.label
    duration, ends = ours.duration_days, ours.ends
    if restarted or (theirs.starts is not None and ours.starts is None and end_guessed(instance)):
        # "declared a three-day ceasefire" started the clock at the declaration; "it will
        # take effect on May 8" then tells the real start: the end guessed from the
        # declaration's time yields to the one the stated start gives.
        ends = None
    if not extending:
        if duration is None:
            duration = theirs.duration_days
        if ends is None:
            ends = theirs.ends
    starts = ours.starts or theirs.starts
    mediators = ours.mediators
    if adds_mediators(mediators, theirs.mediators):
        if not mediators and len(theirs.mediators) == 1:
            mediators = theirs.mediators  # the usual first mediator: nothing to merge
        else:
            # ``sorted({*mediators, *theirs.mediators})`` without a set: a few names.
            merged: list[str] = []
            for mediator in (*mediators, *theirs.mediators):
                if mediator not in merged:
                    merged.append(mediator)
            merged.sort()
            mediators = tuple(merged)
    kind = theirs.kind if changed else ours.kind
    if changed and extending:
        extensions = (*extensions, signature_of(theirs))
        if theirs.ends is not None:
            ends = theirs.ends
        elif ends is not None and theirs.duration_days is not None:
            ends = ends + timedelta(theirs.duration_days)  # (days, positional: no keyword parsing)
        else:
            ends = None  # extended for an unknown time: no end to expire at
    elif not extensions and ends is None and duration is not None:
        start = _clock_start_within(starts, clock_start) or clock_start
        if start is not None:
            ends = start + timedelta(duration)
            if starts is None and _passed_unreported(start, ends, obs):
                ends = None
    if (
        label != ours.label
        or duration != ours.duration_days
        or starts != ours.starts
        or ends != ours.ends
        or mediators != ours.mediators
        or kind != ours.kind
    ):
        # Positional, in ``Agreement``'s field order: keywords cost twice as much.
        ours = Agreement(
            ours.id, kind, ours.scope, ours.parties, mediators, duration, label, starts, ends
        )
    elif not changed:
        return instance
    moved = ends is not None and ends != instance.agreement.ends and not restarted
    end_source = obs if moved else instance.end_source
    return Instance(
        instance.ordinal, ours, status, since, stances, clock_start, extensions, end_source
    )


# The news of a truce in force a day or two after the deal is the usual lag of a truce
# that began with it; told first days later, the start was put off.
_DEFERRED: Final = timedelta(days=2)


def starts_late(instance: Instance, status: Status, since: datetime) -> bool:
    """Whether an agreement only agreed so far, with an end guessed from the time it was
    agreed, is first told in effect days later: its term runs from then."""
    clock_start = instance.clock_start
    return (
        status == "in_effect"
        and instance.status == "agreed"
        and clock_start is not None
        and since - clock_start > _DEFERRED
        and end_guessed(instance)
    )


def _clock_start_within(starts: datetime | None, clock_start: datetime | None) -> datetime | None:
    """The moment a stated start means. A start told by its day alone ("came into force on
    Thursday evening") reads as that day's midnight; when the clock started later that
    same day (the agreement was reported on Thursday at 7 p.m.), the truce cannot have
    run before it was made: an end worked out from midnight would come hours early."""
    if starts is None or clock_start is None or clock_start <= starts:
        return starts
    if starts.hour or starts.minute or starts.second or day_of(clock_start) != starts:
        return starts  # an exact time, or another day: the stated start stands
    return clock_start


def _passed_unreported(clock_start: datetime, ends: datetime, obs: Observation) -> bool:
    """Whether an end worked out from the clock's start, with a length a later article
    gives ("extended their 48-hour ceasefire", three days into it), was already past when
    that article came out: the article tells the agreement as still there, so its end
    is a guess the news has overtaken (an extension, a looser count), not an expiry."""
    now = event_time(obs)
    return clock_start < now and ends <= now


def end_guessed(instance: Instance) -> bool:
    """Whether the instance's end was worked out from the event time its clock started at
    (no start stated, no extension): a guess that a stated start should replace."""
    ours, clock_start = instance.agreement, instance.clock_start
    return (
        ours.ends is not None
        and ours.starts is None
        and ours.duration_days is not None
        and clock_start is not None
        and not instance.extensions
        and ours.ends == clock_start + timedelta(ours.duration_days)
    )


def _nothing_new(ours: Agreement, theirs: Agreement, extending: bool) -> bool:
    """Whether ``theirs`` adds nothing to what ``ours`` knows (the usual case: a quick test)."""
    return (
        (theirs.label is None or ours.label is not None)
        and (theirs.starts is None or ours.starts is not None)
        and (extending or theirs.duration_days is None or ours.duration_days is not None)
        and (extending or theirs.ends is None or ours.ends is not None)
        and not adds_mediators(ours.mediators, theirs.mediators)
    )


def adds_mediators(ours: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Whether ``theirs`` names a mediator ``ours`` does not."""
    # A scan of the few names: no set built per call.
    for mediator in theirs:  # noqa: SIM110 (a loop: no generator per call)
        if mediator not in ours:
            return True
    return False


def with_stance(
    stances: tuple[tuple[str, Status], ...], party: str, status: Status
) -> tuple[tuple[str, Status], ...]:
    """``stances`` with ``party``'s position now ``status``, sorted by party."""
    kept = [(party, status)]
    for pair in stances:
        if pair[0] != party:
            kept.append(pair)
    kept.sort()
    return tuple(kept)
