"""The tracker's fold: one step per observation, over the instances of one agreement key.

``processors.tracker`` calls ``step`` for an observation that comes in event-time order and
``fold`` to rebuild a key's instances from its history when one arrives late. Both yield
``Change``s, each with a *mark* the caller compares with the marks already emitted; only a
change not emitted before becomes an ``Alert`` (``tracker_alerts.alert_of``), so a refold
that meets the history's changes again does not build their alerts again.

The fold asks ``tracker_route`` which instance an observation is about, opens or updates
instances through ``tracker_instance``, names them with ``tracker_keys`` and reads event
times and the tracking order from ``tracker_order``.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from mypy_extensions import mypyc_attr

from processors.model import Observation, Status, format_time
from processors.tracker_instance import (
    absorb,
    adds_mediators,
    open_instance,
    starts_late,
    with_stance,
)
from processors.tracker_keys import side_of, signature_of
from processors.tracker_order import NO_TIME
from processors.tracker_route import (
    agreed_anew,
    carried_out,
    dated_back,
    ended_as,
    extended_late,
    folded,
    has_candidate,
    new_proposal,
    new_round,
    older_live,
    other_end,
    proposed_anew,
    recalled_by_date,
    recalled_past,
    replaced_here,
    route,
)
from processors.tracker_state import Instance, TrackerRules, dated_before, is_dated_recall


@mypyc_attr(acyclic=True, free_list_len=1)
@dataclass(frozen=True, slots=True, init=False)
class Change:
    """A change of an instance that the fold made: what its alert is built from."""

    mark: str
    """What tells it from the changes already emitted. It names the instance by ordinal,
    not by id, so a change re-derived after a late article renamed the instance is still
    recognised."""
    instance: Instance
    """The instance after the change."""
    previous: Status | None
    """Its status before (None for a new instance)."""
    observation: Observation | None
    """What changed it; None for an expiry by event time."""

    def __init__(
        self,
        mark: str,
        instance: Instance,
        previous: Status | None,
        observation: Observation | None,
    ) -> None:
        # Written out so that mypyc compiles it (see ``processors.model``).
        object.__setattr__(self, "mark", mark)
        object.__setattr__(self, "instance", instance)
        object.__setattr__(self, "previous", previous)
        object.__setattr__(self, "observation", observation)


Produced = tuple[Change, ...]
Held = tuple[int, str, str]
"""(instance ordinal, status, party or ""): a status, or a party's stance, an instance held."""
NOTHING_HELD: Final[frozenset[Held]] = frozenset()
Holding = Collection[Held]
"""``held`` as ``step`` passes it on: a tuple of what one step added and what was held
before (a few entries, maybe repeated; hashing them into a set per change cost more than
the scans), or a frozenset; ``KeyState.held`` is its ``frozenset``."""


def fold(
    base: tuple[Instance, ...],
    history: tuple[Observation, ...],
    clock: datetime | None,
    rules: TrackerRules,
    *,
    start: int = 0,
) -> tuple[tuple[Instance, ...], Produced, tuple[Instance, ...], int, frozenset[Held]]:
    """The instances after ``history[start:]`` on top of ``base``, expired up to ``clock``.

    ``base`` holds the instances before ``history[start]``, the first observation of an
    article. Also returned: the instances before the first article that starts at or past
    the middle of the history, and that article's index (0 if none, or if it is before
    ``start``): where the history can next be cut; and what the last article moved its
    instances between (see ``step``).
    """
    instances = base
    produced: Produced = ()
    midway: tuple[Instance, ...] = ()
    midway_at = 0
    half = rules.history_limit // 2
    ending = rules.ending
    article, ended = None, False
    held: Holding = NOTHING_HELD
    for index in range(start, len(history)):
        obs = history[index]
        if obs.article_id != article:
            if not midway_at and index >= half:
                midway, midway_at = instances, index
            article, ended, held = obs.article_id, False, NOTHING_HELD
        instances, changes, held = step(instances, obs, rules, ended=ended, held=held)
        if changes:
            produced += changes
        ended = ended or obs.status in ending
    if clock is not None:
        instances, changes = expire(instances, clock, rules)
        produced += changes
    return instances, produced, midway, midway_at, frozenset(held)


def settle(
    settled: tuple[Instance, ...], history: tuple[Observation, ...], rules: TrackerRules
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
    instances, *_ = fold(settled, history[:cut], None, rules)
    return instances, history[cut:]


def step(
    instances: tuple[Instance, ...],
    obs: Observation,
    rules: TrackerRules,
    *,
    ended: bool,
    held: Holding,
) -> tuple[tuple[Instance, ...], Produced, Holding]:
    """Expire what ``obs``'s time passes, then apply ``obs``: the instances after it (the
    same tuple when nothing changed), the changes made, and ``held`` updated.

    ``ended``: ``obs``'s article has already reported an ending of this key. ``held``: the
    statuses and stances its instances have moved between in ``obs``'s article so far; a
    move back to one of them is background ("Russia, which turned the plan down in March,
    now accepts it"), as an article does not tell a cycle in one breath. It comes back as
    a ``Holding``: ``frozenset(held)`` is the set.
    """
    # The tracker runs this for every observation: the usual cases are written out here,
    # the rest is left to the helpers.
    now = obs.published or NO_TIME
    ending = rules.ending
    produced: Produced = ()
    for instance in instances:
        end = instance.agreement.ends
        if end is not None and now > end and instance.status not in ending:
            instances, produced = expire(instances, now, rules)
            break
    status, theirs = obs.status, obs.agreement
    if status == "extended" and instances and extended_late(instances[-1], obs, rules, ended):
        # Just after an end worked out from the length: the truce extended, not dropped.
        revived = absorb(instances[-1], obs, True, rules)
        change = _change(revived, "expired", obs)
        return _replaced(instances, len(instances) - 1, revived), (*produced, change), held
    transitions = rules.transitions
    index = len(instances) - 1
    # The usual cases, where ``route`` would pick the newest instance: it is live and
    # ``obs`` is a step of it and names it, or names none; or ``obs`` names none and no
    # other instance is live.
    usual = False
    if index >= 0:
        before = instances[index]
        ordinal, ours, current = before.ordinal, before.agreement, before.status
        if current not in ending:
            onward = transitions[current]
            fits = status == current or status in onward
            if theirs.label is not None:
                usual = (
                    fits
                    and ours.label is not None
                    and (
                        ours.label == theirs.label  # the usual match: no need to fold it
                        or folded(ours.label, rules) == folded(theirs.label, rules)
                    )
                )
            elif theirs.duration_days is not None and status != "extended":
                usual = fits and ours.duration_days == theirs.duration_days
            else:
                usual = fits or _all_ended(instances, index, ending)
            if (
                usual
                and not fits
                and (carried_out(before, obs, rules) or new_proposal(before, obs, rules))
            ):
                # A new one-off deal after the last one was carried out, or a proposal
                # called new after the last one was answered.
                usual = False
            if usual and theirs.ends is not None and other_end(before, obs, rules):
                usual = False  # "a ceasefire until April 22" beside a pause until April 12
            if usual and status in rules.article_day_statuses and agreed_anew(before, obs, rules):
                usual = False  # "signed a peace agreement on Monday", months after a truce
            if (
                usual
                and status in rules.dormant_reopening
                and new_round(instances, before, obs, rules)
            ):
                usual = False  # talks a year or more after the last change: a new round
            if (
                usual
                and index > 0
                and status in rules.dated_to_older
                and older_live(instances, index, obs, rules) is not None
            ):
                usual = False  # "took effect on June 30", beside a September agreement
    if not usual:
        if (
            status not in rules.reopening
            and _all_ended(instances, len(instances), ending)
            and has_candidate(instances, obs, rules)
        ):
            # Every instance has ended and ``obs`` cannot start another: whichever one
            # ``route`` picks, an ended instance takes no change (but may have a cause).
            last = len(instances) - 1
            return _with_cause(instances, last, produced, held, obs, rules, ended=ended)
        found = route(instances, obs, rules, ended)
        if found is None and status in ending:
            if not instances:
                # The first the tracker hears of the agreement is its end.
                opened = open_instance(0, obs, (), rules)
                if dated_back(obs, rules):
                    return (opened,), produced, held  # an old end: no news
                return (opened,), (*produced, _change(opened, None, obs)), held
            # "a week after the collapse of the longer truce": an ending that fits no live
            # instance recalls an old one; it does not open a new instance already over.
            return instances, produced, held
        if found is None and recalled_past(instances, obs, rules):
            return instances, produced, held
        if found is None:
            # In creation order, the newest has the highest ordinal.
            ordinal = instances[-1].ordinal + 1 if instances else 0
            opened = open_instance(ordinal, obs, instances, rules)
            if len(instances) < rules.instance_limit:
                grown = (*instances, opened)  # nothing to trim
            else:
                grown = _trim([*instances, opened], rules)
            return grown, (*produced, _change(opened, None, obs)), held
        index = found
        before = instances[index]
        ordinal, ours, current = before.ordinal, before.agreement, before.status
        if current in ending:
            # An ended instance takes no change, though it may have a cause.
            return _with_cause(instances, index, produced, held, obs, rules, ended=ended)
        onward = transitions[current]
    if (
        ended
        and status in rules.beside_replacement
        and replaced_here(instances, before, obs, ending)
    ):
        # "the temporary truce ... ended with the talks ... each side was still accusing
        # the other of breaching the stopgap truce", beside the new ceasefire: the breach
        # is the old truce's, which has ended (and may be the cause of its end).
        return _with_cause(instances, index, produced, held, obs, rules, ended=ended)
    if current in rules.proposed_anew_after and status not in onward and proposed_anew(before, obs):
        # Rare, so a set is built only for it. The parties' positions were on the old
        # proposal: they take a stand on the new one afresh.
        onward = onward | {status}
        before = Instance(
            ordinal,
            ours,
            current,
            before.since,
            (),
            before.clock_start,
            before.extensions,
            before.end_source,
        )
    if (
        status in rules.recalled_before_force
        and before.clock_start is None
        and ended_as(instances, index, rules.ending)
    ):
        # "Thailand walked out of the ceasefire" while a new truce is only proposed: the
        # old collapse recalled, not the end of a truce that never began.
        return instances, produced, held
    if status in ending:
        began = before.began
        if began is not None and dated_before(obs, began, rules):
            # "the UN suspended flights when the ceasefire collapsed earlier this month",
            # two days into a new truce: an older instance's end.
            return instances, produced, held
    stances, extensions = before.stances, before.extensions
    by = side_of(obs, ours)
    # Whether ``obs`` states the position of one of the parties.
    stance = by is not None and status in rules.stances and by in ours.parties
    extending = status == "extended"
    if extending:
        signature = signature_of(theirs)
        # An extension of unknown length after a known one is taken to be that one again.
        fresh = signature not in extensions and bool(signature or not extensions)
        changed = fresh and status in onward
    elif status == current:
        changed = stance and (by, status) not in stances
    else:
        changed = status in onward and not (stance and (by, status) in stances)
        if (
            changed
            and stance
            and status == "agreed"
            and (by, "accepted") in stances
            and obs.agreement.kind != "pause"
        ):
            # "the truce that Kyiv agreed to" after Kyiv accepted it: one side's consent
            # told again in other words; the other side's makes the agreement. A halt the
            # side declares itself ("would cease fire", after "ready to hold talks") is a
            # commitment of its own, not that consent retold.
            changed = False
        if changed and current == "violated" and status == "in_effect":
            changed = _restores(obs, rules)
        elif (
            changed
            and current == "suspended"
            and status == "in_effect"
            and by is not None
            and rules.kept_as_before.search(obs.evidence.sentence) is not None
        ):
            # "Cambodia says it is still honouring the deal", after Thailand suspended it:
            # one side saying it keeps to its part as before tells no change; a suspension
            # is lifted in words of a change ("resumed", "back in force").
            changed = _restores(obs, rules)
        elif changed and status == "violated" and _held_despite(obs, rules):
            changed = False  # "has largely held despite mutual accusations": it holds
    if changed and held:
        changed = (ordinal, status, by if stance else "") not in held
    # ``absorb`` has nothing to merge (the usual case: the agreement described as before).
    nothing_new = (
        (theirs.label is None or ours.label is not None)
        and (theirs.starts is None or ours.starts is not None)
        and (extending or theirs.duration_days is None or ours.duration_days is not None)
        and (extending or theirs.ends is None or ours.ends is not None)
        and not (theirs.mediators and adds_mediators(ours.mediators, theirs.mediators))
    )
    if (changed or not nothing_new) and recalled_by_date(instances, before, obs, rules):
        # "Recap: the ceasefire took effect on January 19", in a March article about the
        # plan to extend it: an older event, and its description (a start, a length) is
        # that of the older agreement, so nothing of it is merged either.
        return instances, produced, held
    if not changed:
        if nothing_new:
            return instances, produced, held  # a repeated or recalled status
        if is_dated_recall(obs, rules):
            # "In September, France called for a 21-day truce", in a November article on
            # a new proposal: the recalled one's length or name is not this one's.
            return instances, produced, held
        after = absorb(before, obs, False, rules)
        if after is before:
            return instances, produced, held
        return _replaced(instances, index, after), produced, held
    if stance and by is not None:  # (``stance`` implies it; this tells mypy)
        moved: list[Held] = [(ordinal, current, ""), (ordinal, status, ""), (ordinal, status, by)]
        for party, position in stances:
            if party == by:
                moved.append((ordinal, position, party))
        if held:
            moved.extend(held)
        held = tuple(moved)
    elif held:
        held = ((ordinal, current, ""), (ordinal, status, ""), *held)
    else:
        held = ((ordinal, current, ""), (ordinal, status, ""))  # the usual change
    if (
        nothing_new
        and not extending
        and theirs.kind == ours.kind
        and (ours.ends is not None or ours.duration_days is None or extensions)
        and not starts_late(before, status, now)
    ):
        # The usual change: a new status of the agreement as known (and no end to work
        # out from a duration), what ``absorb`` would do.
        clock_start = before.clock_start
        if stance and by is not None:
            stances = with_stance(stances, by, status)
        if clock_start is None and status in rules.clock_starts:
            clock_start = now
        after = Instance(
            ordinal, ours, status, now, stances, clock_start, extensions, before.end_source
        )
    else:
        after = absorb(before, obs, True, rules)
    if status in ending and status != "expired" and _ran_out(before, after, now, rules):
        # "declared that the six-month calm is over", told days after its six months ran
        # out: the length first given here ends it before this article, so it expired
        # then (as it would have with the length known), and was not broken off now.
        return _expired_here(instances, index, after, current, produced, held)
    change = Change(f"{ordinal}|{status}|{obs.article_id}", after, current, obs)
    return _replaced(instances, index, after), (*produced, change), held


def _ran_out(before: Instance, after: Instance, now: datetime, rules: TrackerRules) -> bool:
    """Whether an ending folded into ``after`` came when the instance had already run
    out: its end is first known from this observation (``before`` had none), ``now`` is
    past it, and the instance could expire by then."""
    if before.agreement.ends is not None or after.agreement.ends is None:
        return False
    runs_out = rules.runs_out
    as_was = Instance(
        before.ordinal,
        after.agreement,
        before.status,
        before.since,
        before.stances,
        after.clock_start,
        before.extensions,
        before.end_source,
    )
    return _due(as_was, now, runs_out)


def _expired_here(
    instances: tuple[Instance, ...],
    index: int,
    after: Instance,
    previous: Status,
    produced: Produced,
    held: Holding,
) -> tuple[tuple[Instance, ...], Produced, Holding]:
    """What ``step`` returns for an ending that finds the instance run out: the
    instance expired at its end, as ``expire`` would have made it."""
    end = after.agreement.ends
    if end is None:  # (``_ran_out`` rules it out; this tells mypy)
        return instances, produced, held
    expired, change = _expired_at(after, end, previous)
    return _replaced(instances, index, expired), (*produced, change), held


def _with_cause(
    instances: tuple[Instance, ...],
    index: int,
    produced: Produced,
    held: Holding,
    obs: Observation,
    rules: TrackerRules,
    *,
    ended: bool,
) -> tuple[tuple[Instance, ...], Produced, Holding]:
    """What ``step`` returns for ``obs`` meeting ended instances: nothing changed, unless
    ``obs`` is the cause of an end its article reported ("ended the truce after the rebels
    broke it", the end first in the fold), which is news beside the end. ``index``: the
    newest instance that could have been its end."""
    cause = _end_cause(instances[: index + 1], obs, rules, held) if ended else None
    if cause is None:
        return instances, produced, held
    return instances, (*produced, cause), (*held, (cause.instance.ordinal, obs.status, ""))


def _end_cause(
    instances: tuple[Instance, ...], obs: Observation, rules: TrackerRules, held: Holding
) -> Change | None:
    """The change ``obs`` makes as the cause of an end its article reported already, if it
    is one (see ``TrackerRules.end_causes``): the newest instance ended in this article by
    an ending ``obs``'s status can cause, once in force, and not in that status before.
    A start told beside the end (a live blog's truce that took effect in the morning and
    collapsed by the evening) is news likewise, of an instance known before the article
    and not yet past its start, unless its sentence dates it back.

    The instance itself stays ended; the change carries a copy in ``obs``'s status for the
    alert, with the status the end came from as the previous one.
    """
    status, now = obs.status, obs.published or NO_TIME
    for index in range(len(instances) - 1, -1, -1):
        instance = instances[index]
        ordinal, end = instance.ordinal, instance.status
        moves = {moved for place, moved, party in held if place == ordinal and not party}
        # As ``Status`` values, in the rules' lifecycle order.
        before = [known for known in rules.article_rank if known in moves]
        # Opened by its end in this article (the first the tracker heard of it): the end
        # is all it knows, and the breach that caused it is news as well.
        opened_ended = not before and instance.since == now and instance.clock_start is None
        if end not in rules.ending or not (end in before or opened_ended):
            continue  # live, or ended before this article
        if status not in rules.end_causes[end]:
            return None
        before = [moved for moved in before if moved not in rules.ending]
        if not (before or opened_ended):
            return None
        rank = rules.article_rank
        starts = rank[status] <= rank["in_effect"]  # the start, not a breach or suspension
        if starts and (opened_ended or dated_back(obs, rules)):
            # Known only by its end, or dated back ("Recap: the ceasefire took effect on
            # January 19"): the start is the end's background, not this article's news.
            return None
        if status in before or (before and rank[before[-1]] > rank[status]):
            # Already in that status, or past it in the lifecycle (a truce that was
            # breached was in force), when it ended: a recall.
            return None
        if not opened_ended and instance.clock_start is None and not starts:
            return None  # never in force: nothing to break or suspend
        previous = before[-1] if before else None  # the latest stage in lifecycle order
        copy = Instance(
            ordinal,
            instance.agreement,
            status,
            obs.published or NO_TIME,
            instance.stances,
            instance.clock_start,
            instance.extensions,
            instance.end_source,
        )
        return Change(f"{ordinal}|{status}|{obs.article_id}", copy, previous, obs)
    return None


def _replaced(instances: tuple[Instance, ...], index: int, after: Instance) -> tuple[Instance, ...]:
    """``instances`` with the one at ``index`` replaced by ``after``."""
    if len(instances) == 1:
        return (after,)  # the usual key: one instance
    updated = list(instances)
    updated[index] = after
    return tuple(updated)


def expire(
    instances: tuple[Instance, ...], now: datetime, rules: TrackerRules
) -> tuple[tuple[Instance, ...], Produced]:
    """The instances with those whose end ``now`` has passed expired, and the changes."""
    runs_out = rules.runs_out
    for instance in instances:
        end = instance.agreement.ends
        if end is not None and now > end and _due(instance, now, runs_out):
            break
    else:
        return instances, ()  # the usual case, without allocating
    updated = list(instances)
    produced: list[Change] = []
    for i, instance in enumerate(instances):
        end = instance.agreement.ends
        if end is None or not _due(instance, now, runs_out):
            continue
        updated[i], change = _expired_at(instance, end, instance.status)
        produced.append(change)
    return tuple(updated), tuple(produced)


def _expired_at(instance: Instance, end: datetime, previous: Status) -> tuple[Instance, Change]:
    """``instance`` expired at its ``end``, and the change that says so (its mark the
    end's time, so replaying the same articles gives the same alert id)."""
    expired = Instance(
        instance.ordinal,
        instance.agreement,
        "expired",
        end,
        instance.stances,
        instance.clock_start,
        instance.extensions,
        instance.end_source,
    )
    mark = f"{instance.ordinal}|expired|@{format_time(end)}"
    return expired, Change(mark, expired, previous, None)


def _due(instance: Instance, now: datetime, runs_out: frozenset[Status]) -> bool:
    """Whether ``now`` is past the end of an instance that can expire (``can_expire``)."""
    agreement = instance.agreement
    end = agreement.ends
    return (
        end is not None
        and now > end
        and instance.status in runs_out
        and (agreement.starts is not None or instance.clock_start is not None)
    )


def _all_ended(instances: tuple[Instance, ...], count: int, ending: frozenset[Status]) -> bool:
    """Whether the first ``count`` instances have all ended."""
    for i in range(count):  # noqa: SIM110 (a loop: no generator and slice per observation)
        if instances[i].status not in ending:
            return False
    return True


def _trim(instances: list[Instance], rules: TrackerRules) -> tuple[Instance, ...]:
    """Forget the oldest instances beyond the limit, ended ones first.

    ``instances`` are in creation order: the oldest is the first (ended) one.
    """
    ending = rules.ending
    while len(instances) > rules.instance_limit:
        oldest = 0
        for index, instance in enumerate(instances):
            if instance.status in ending:
                oldest = index
                break
        del instances[oldest]
    return tuple(instances)


def _change(instance: Instance, previous: Status | None, obs: Observation) -> Change:
    return Change(f"{instance.ordinal}|{instance.status}|{obs.article_id}", instance, previous, obs)


def _held_despite(obs: Observation, rules: TrackerRules) -> bool:
    """Whether ``obs``'s breach is one its sentence says the agreement held despite ("has
    largely held despite mutual accusations"): background of the holding."""
    sentence = obs.evidence.sentence
    if rules.held_despite.search(sentence) is None:
        return False
    holds = rules.restoring.search(sentence)
    # "the truce, which had held despite sporadic clashes, collapsed": a relative clause
    # tells what held; its main clause the news.
    return holds is not None and not sentence[: holds.start()].endswith(("which ", "that "))


def _restores(obs: Observation, rules: TrackerRules) -> bool:
    """Whether ``obs`` says a violated agreement holds now ("the truce is holding", "remains
    in force"), not when it began ("the ceasefire, which took effect on March 3")."""
    return rules.restoring.search(obs.evidence.sentence) is not None and not is_dated_recall(
        obs, rules
    )
