"""The tracker's fold: one step per observation, over the instances of one agreement key.

``processors.tracker`` calls ``step`` for an observation that comes in event-time order and
``fold`` to rebuild a key's instances from its history when one arrives late. Both yield
``Change``s, each with a *mark* the caller compares with the marks already emitted; only a
change not emitted before becomes an ``Alert`` (``tracker_alerts.alert_of``), so a refold
that meets the history's changes again does not build their alerts again.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from mypy_extensions import mypyc_attr

from processors.model import Agreement, Observation, Status, agreement_key, format_time
from processors.tracker_state import (
    Instance,
    TrackerRules,
    any_day_before,
    dated_before,
    dated_by_day_before,
    dated_by_day_from,
    dated_by_month_before,
    is_dated_recall,
    stated_days,
    told_on_article_day,
)


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

NO_TIME: Final = datetime.min.replace(tzinfo=UTC)
"""The event time of an observation without one (the tracker gives each one first)."""

_APART: Final = timedelta(days=3)
"""Two stated ends this far apart are two truces: closer, they are one end told loosely
("until the night of June 6" for a two-week truce from midnight on May 23)."""


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
    found = tuple(observations)
    if len(found) < 2:
        return found  # most articles report one status of a key
    if len(found) == 2:
        # The next most usual case: two keys and a comparison cost less than ``sorted``
        # with a key function. Swapped only when strictly out of order, as a stable sort.
        first, second = found
        return (second, first) if _precedes(second, first, rules.article_rank) else found
    return tuple(sorted(found, key=order_key(rules)))


def order_key(rules: TrackerRules) -> Callable[[Observation], tuple[Any, ...]]:
    """The sort key of ``tracking_order``."""
    rank = rules.article_rank

    def key(obs: Observation) -> tuple[Any, ...]:
        # A closure: a ``partial`` with a keyword builds a dict per call.
        return order_of(obs, rank)

    return key


def order_of(obs: Observation, rank: Mapping[Status, int]) -> tuple[Any, ...]:
    """``obs``'s place in ``tracking_order``, given the rules' ``article_rank``."""
    return (
        obs.published or NO_TIME,  # ``event_time``, written out: one call less per sort key
        obs.article_id,
        rank[obs.status],
        obs.evidence.span[0],
        obs.status,
        obs.by or "",
        obs.claimed_by or "",
    )


def _precedes(obs: Observation, other: Observation, rank: Mapping[Status, int]) -> bool:
    """``order_of(obs, rank) < order_of(other, rank)``, field by field: no tuples built."""
    mine, theirs = obs.published or NO_TIME, other.published or NO_TIME
    if mine != theirs:
        return mine < theirs
    if obs.article_id != other.article_id:
        return obs.article_id < other.article_id
    status, their_status = obs.status, other.status
    if status != their_status:
        mine_rank, their_rank = rank[status], rank[their_status]
        if mine_rank != their_rank:
            return mine_rank < their_rank
    here, there = obs.evidence.span[0], other.evidence.span[0]
    if here != there:
        return here < there
    if status != their_status:
        return status < their_status
    by, their_by = obs.by or "", other.by or ""
    if by != their_by:
        return by < their_by
    return (obs.claimed_by or "") < (other.claimed_by or "")


def event_time(obs: Observation) -> datetime:
    """The observation's event time (the tracker gives every observation one first)."""
    return obs.published or NO_TIME


def article_ended(history: Sequence[Observation], obs: Observation, rules: TrackerRules) -> bool:
    """Whether ``obs``'s article already reported an ending; ``history`` is in fold order
    and ends with that article's earlier observations, if any."""
    article, ending = obs.article_id, rules.ending
    # Newest first, by index: no ``reversed`` iterator per observation.
    for index in range(len(history) - 1, -1, -1):
        earlier = history[index]
        if earlier.article_id != article:
            return False
        if earlier.status in ending:
            return True
    return False


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
    transitions = rules.transitions
    index = len(instances) - 1
    # The usual cases, where ``_route`` would pick the newest instance: it is live and
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
                        or _folded(ours.label, rules) == _folded(theirs.label, rules)
                    )
                )
            elif theirs.duration_days is not None and status != "extended":
                usual = fits and ours.duration_days == theirs.duration_days
            else:
                usual = fits or _all_ended(instances, index, ending)
            if (
                usual
                and not fits
                and (_carried_out(before, obs, rules) or _new_proposal(before, obs, rules))
            ):
                # A new one-off deal after the last one was carried out, or a proposal
                # called new after the last one was answered.
                usual = False
            if usual and theirs.ends is not None and _other_end(before, obs, rules):
                usual = False  # "a ceasefire until April 22" beside a pause until April 12
            if usual and status in rules.article_day_statuses and _agreed_anew(before, obs, rules):
                usual = False  # "signed a peace agreement on Monday", months after a truce
            if (
                usual
                and index > 0
                and status in rules.dated_to_older
                and _older_live(instances, index, obs, rules) is not None
            ):
                usual = False  # "took effect on June 30", beside a September agreement
    if not usual:
        if (
            status not in rules.reopening
            and _all_ended(instances, len(instances), ending)
            and _has_candidate(instances, obs, rules)
        ):
            # Every instance has ended and ``obs`` cannot start another: whichever one
            # ``_route`` picks, an ended instance takes no change (but may have a cause).
            last = len(instances) - 1
            return _with_cause(instances, last, produced, held, obs, rules, ended=ended)
        found = _route(instances, obs, rules, ended)
        if found is None and status in ending:
            if not instances:
                # The first the tracker hears of the agreement is its end.
                opened = _open(0, obs, (), rules)
                if _dated_back(obs, rules):
                    return (opened,), produced, held  # an old end: no news
                return (opened,), (*produced, _change(opened, None, obs)), held
            # "a week after the collapse of the longer truce": an ending that fits no live
            # instance recalls an old one; it does not open a new instance already over.
            return instances, produced, held
        if found is None and _recalled_past(instances, obs, rules):
            return instances, produced, held
        if found is None:
            # In creation order, the newest has the highest ordinal.
            ordinal = instances[-1].ordinal + 1 if instances else 0
            opened = _open(ordinal, obs, instances, rules)
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
        and _replaced_here(instances, before, obs, ending)
    ):
        # "the temporary truce ... ended with the talks ... each side was still accusing
        # the other of breaching the stopgap truce", beside the new ceasefire: the breach
        # is the old truce's, which has ended (and may be the cause of its end).
        return _with_cause(instances, index, produced, held, obs, rules, ended=ended)
    if (
        current in rules.proposed_anew_after
        and status not in onward
        and _proposed_anew(before, obs)
    ):
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
        and _ended_as(instances, index, rules.ending)
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
        signature = _signature(theirs)
        # An extension of unknown length after a known one is taken to be that one again.
        fresh = signature not in extensions and bool(signature or not extensions)
        changed = fresh and status in onward
    elif status == current:
        changed = stance and (by, status) not in stances
    else:
        changed = status in onward and not (stance and (by, status) in stances)
        if changed and stance and status == "agreed" and (by, "accepted") in stances:
            # "the truce that Kyiv agreed to" after Kyiv accepted it: one side's consent
            # told again in other words; the other side's makes the agreement.
            changed = False
        if changed and current == "violated" and status == "in_effect":
            changed = _restores(obs, rules)
        elif changed and status == "violated" and _held_despite(obs, rules):
            changed = False  # "has largely held despite mutual accusations": it holds
    if changed and held:
        changed = (ordinal, status, by if stance else "") not in held
    # ``_absorb`` has nothing to merge (the usual case: the agreement described as before).
    nothing_new = (
        (theirs.label is None or ours.label is not None)
        and (theirs.starts is None or ours.starts is not None)
        and (extending or theirs.duration_days is None or ours.duration_days is not None)
        and (extending or theirs.ends is None or ours.ends is not None)
        and not (theirs.mediators and _adds_mediators(ours.mediators, theirs.mediators))
    )
    if (changed or not nothing_new) and _recalled_by_date(instances, before, obs, rules):
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
        after = _absorb(before, obs, False, rules)
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
    ):
        # The usual change: a new status of the agreement as known (and no end to work
        # out from a duration), what ``_absorb`` would do.
        clock_start = before.clock_start
        if stance and by is not None:
            stances = _with_stance(stances, by, status)
        if clock_start is None and status in rules.clock_starts:
            clock_start = now
        after = Instance(
            ordinal, ours, status, now, stances, clock_start, extensions, before.end_source
        )
    else:
        after = _absorb(before, obs, True, rules)
    change = Change(f"{ordinal}|{status}|{obs.article_id}", after, current, obs)
    return _replaced(instances, index, after), (*produced, change), held


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
        if status in before or not (before or opened_ended):
            return None  # already in that status when it ended: a recall
        if not opened_ended and instance.clock_start is None:
            return None  # never in force: nothing to break
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
        mark = f"{instance.ordinal}|expired|@{format_time(end)}"
        produced.append(Change(mark, expired, instance.status, None))
    return tuple(updated), tuple(produced)


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


def _route(
    instances: tuple[Instance, ...], obs: Observation, rules: TrackerRules, ended: bool
) -> int | None:
    """The index of the instance ``obs`` is about, or None when it starts a new one.

    A different known label rules an instance out, and so does a different known duration
    unless the labels agree (labels compare without case, outer spaces and a closing
    noun of ``label_nouns``). Among the rest
    the best is the one with the same label, then the same duration, then one not ended,
    then one for which the status is a step forward, then the newest.
    """
    status, theirs = obs.status, obs.agreement
    label = None if theirs.label is None else theirs.label.strip().casefold()
    # An extension's duration is the time added, not the agreement's length.
    duration = None if status == "extended" else theirs.duration_days
    # The score is a bit set, most telling first: same label, same duration, live, fits.
    # Instances are in creation order, so newest first the first one to reach the best
    # score ``obs`` allows is the one.
    if label is None and duration is None:
        best, index = _plain_route(instances, status, rules)
    else:
        best, index = _described_route(
            instances, status, theirs.label, duration, theirs.starts, rules
        )
    if index < 0:
        return None
    chosen = instances[index]
    if _other_end(chosen, obs, rules):
        return _same_end(instances, obs)
    reopens = (
        chosen.status in rules.ending
        and status in rules.reopening
        and not best & 8
        and (
            _agreed_today(chosen, obs, rules)
            or _agreed_after_start(chosen, obs, rules)
            or _label_unheard(instances, obs, rules)
            or (
                (not ended or status in rules.reopening_after_end or _named_anew(obs, chosen))
                and (
                    event_time(obs) > chosen.since
                    or _first_heard_ended(instances, chosen, obs, rules)
                )
            )
        )
        and (not is_dated_recall(obs, rules) or _label_unheard(instances, obs, rules))
    )
    if (
        reopens
        or _carried_out(chosen, obs, rules)
        or _new_proposal(chosen, obs, rules)
        or _agreed_anew(chosen, obs, rules)
    ):
        return None
    if index > 0 and obs.status in rules.dated_to_older and chosen.status not in rules.ending:
        older = _older_live(instances, index, obs, rules)
        if older is not None:
            return older
    return index


def _older_live(
    instances: tuple[Instance, ...], index: int, obs: Observation, rules: TrackerRules
) -> int | None:
    """The index of the newest live instance before ``index`` that ``obs`` is about when
    its sentence dates it by a day before the instance at ``index`` opened ("That
    ceasefire took effect on June 30", beside a September agreement): one opened before
    that day, of which ``obs``'s status is a step. None when there is none, or ``obs`` is
    not so dated."""
    opened = _opened_on(instances[index])
    if opened is None:
        return None
    days = stated_days(obs, rules)  # read once: compared with every older instance below
    if not any_day_before(days, opened):
        return None
    status, ending, transitions = obs.status, rules.ending, rules.transitions
    for i in range(index - 1, -1, -1):
        older = instances[i]
        current = older.status
        if current in ending or not (status == current or status in transitions[current]):
            continue
        day = _opened_on(older)
        if day is not None and not any_day_before(days, day):
            return i
    return None


def _other_end(instance: Instance, obs: Observation, rules: TrackerRules) -> bool:
    """Whether ``obs`` declares another truce than the live ``instance``: its own stated end
    ("a ceasefire with immediate effect until April 22") days away from the one the
    instance was declared with ("a pause ... until April 12"), under one key.
    Not once the instance was extended (a recap may give its first end) or when its end
    was only worked out from a length."""
    theirs, ours = obs.agreement.ends, instance.agreement.ends
    return (
        theirs is not None
        and ours is not None
        and obs.status == "agreed"
        and instance.status not in rules.ending
        and not instance.extensions
        and abs(theirs - ours) >= _APART
        and not _end_guessed(instance)
    )


def _same_end(instances: tuple[Instance, ...], obs: Observation) -> int | None:
    """The newest instance whose end is the one ``obs`` states (give or take), if any."""
    theirs = obs.agreement.ends
    for i in range(len(instances) - 1, -1, -1):
        ours = instances[i].agreement.ends
        if theirs is not None and ours is not None and abs(theirs - ours) < _APART:
            return i
    return None


def _replaced_here(
    instances: tuple[Instance, ...], ours: Instance, obs: Observation, ending: frozenset[Status]
) -> bool:
    """Whether ``ours`` began in ``obs``'s article (its clock started at that event time)
    while another instance of the key ended in it: the new agreement replacing the old."""
    now = event_time(obs)
    if ours.clock_start != now:
        return False
    return any(i is not ours and i.since == now and i.status in ending for i in instances)


def _agreed_today(ended: Instance, obs: Observation, rules: TrackerRules) -> bool:
    """Whether ``obs`` tells an agreement made on its article's own day ("agreed early on
    Sunday to an immediate ceasefire", in a Sunday article) while the ended instance was
    opened on an earlier day: news of a new one, even beside the old one's end ("the
    temporary truce declared on Wednesday ... ended"), not a recap of the old one's
    making, which its sentence would date to that earlier day, or to an earlier month
    ("said on Friday that the arrangement agreed in March had collapsed")."""
    if obs.status not in rules.article_day_statuses:
        return False
    opened = _opened_on(ended)
    return (
        opened is not None
        and opened < _day_of(event_time(obs))
        and told_on_article_day(obs, rules)
        and not is_dated_recall(obs, rules, despite_recent_day=True)
    )


def _agreed_after_start(ended: Instance, obs: Observation, rules: TrackerRules) -> bool:
    """Whether ``obs`` tells an agreement its sentence dates by a day after the one the
    ended instance was agreed or in force on ("agreed a ceasefire on Sept. 16", beside
    the older truce's collapse on Sept. 14): not a recap of that instance's making, which
    is dated to its own day or before."""
    if obs.status not in rules.article_day_statuses:
        return False
    began = ended.clock_start
    if began is None:
        return False
    return dated_by_day_from(obs, _day_of(began) + timedelta(1), rules)


def _agreed_anew(live: Instance, obs: Observation, rules: TrackerRules) -> bool:
    """Whether ``obs`` tells an agreement made on its article's own day ("signed a peace
    agreement on Monday", in a Monday article) while the ``live`` instance it would reach
    was opened and agreed ``agreed_anew`` or more before: another agreement of the same
    sides (a recap would date the signing to its own day). An instance never agreed
    (proposed, under talks) takes its agreement however late it comes."""
    if (
        obs.status not in rules.article_day_statuses
        or live.clock_start is None
        or live.status in rules.ending
    ):
        return False
    opened = _opened_on(live)
    return (
        opened is not None
        and _day_of(event_time(obs)) - opened >= rules.agreed_anew
        and told_on_article_day(obs, rules)
        and not is_dated_recall(obs, rules, despite_recent_day=True)
    )


def _proposed_anew(instance: Instance, obs: Observation) -> bool:
    """Whether ``obs`` proposes the rejected ``instance`` anew: a proposal whose agreement
    starts after the rejection ("called on Russia to accept a full 30-day ceasefire from
    Monday") is a fresh act; one without its own start ("Kyiv has again proposed a
    ceasefire", "the proposal Moscow turned down") recalls the old one."""
    starts = obs.agreement.starts
    return (
        obs.status == "proposed"
        and starts is not None
        and starts > instance.since
        and event_time(obs) >= instance.since
    )


def _recalled_past(instances: tuple[Instance, ...], obs: Observation, rules: TrackerRules) -> bool:
    """Whether ``obs``, which fits no instance, recalls an ended one rather than opening
    another: a status that cannot start an agreement, dated back by its sentence ("the
    Easter truce in April and the Victory Day truce last week were both accompanied by a
    barrage of violation claims"), under a key with an instance already over. A key seen
    for the first time still opens with it: the tracker knows nothing older."""
    if obs.status in rules.reopening:
        return False
    if not _ended_as(instances, -1, rules.ending):
        return False
    return _dated_back(obs, rules)


def _new_proposal(instance: Instance, obs: Observation, rules: TrackerRules) -> bool:
    """Whether ``obs`` puts forward a proposal its sentence calls new ("accepted a new
    proposal from Egypt and Qatar", "a fresh plan"), after the live ``instance`` has moved
    past its own proposal (answered, agreed, in force): another agreement, not a recall
    of the one the instance is about. One dated back ("in March", "last week") recalls
    it all the same."""
    pattern = rules.new_proposal
    current = instance.status
    return (
        obs.status == "proposed"
        and current != "proposed"
        and current not in rules.ending
        and "proposed" not in rules.transitions[current]
        and event_time(obs) > instance.since
        and pattern.search(obs.evidence.sentence) is not None
        and not is_dated_recall(obs, rules, despite_recent_day=True)
        and rules.relative_past_pattern.search(obs.evidence.sentence) is None
    )


def _first_heard_ended(
    instances: tuple[Instance, ...], chosen: Instance, obs: Observation, rules: TrackerRules
) -> bool:
    """Whether ``chosen`` is the key's only instance, opened already over by an end that
    ``obs``'s article reports (the first the tracker heard of the key), and ``obs`` is a
    status that starts a new instance after an end its article recalls: "the
    understanding broke down over the winter ... the US proposed a new truce"."""
    return (
        obs.status in rules.reopening_after_end
        and len(instances) == 1
        and chosen.clock_start is None
        and chosen.since == event_time(obs)
        and _opened_on(chosen) == _day_of(event_time(obs))
    )


def _dated_back(obs: Observation, rules: TrackerRules) -> bool:
    """Whether ``obs``'s sentence dates it to an earlier month (``is_dated_recall``) or
    with a phrase of the relative past ("last week")."""
    return (
        is_dated_recall(obs, rules)
        or rules.relative_past_pattern.search(obs.evidence.sentence) is not None
    )


def _recalled_by_date(
    instances: tuple[Instance, ...], instance: Instance, obs: Observation, rules: TrackerRules
) -> bool:
    """Whether ``obs``'s sentence dates it (by a past month, or a month and a day) before
    what it would move: a status of ``recalled_when_dated`` dated before the instance's
    last change ("in force from January 19", said of a plan rejected in March), an ending
    dated before the instance's first event ("it collapsed on March 18", of a proposal
    made on March 29). Not when the instance is the key's first, opened on ``obs``'s
    day: the tracker knows nothing older, and the article tells it how things stand
    ("Ukraine accepted the US plan on March 11, but Moscow has not"), unless it states a
    start months before that the instance, never agreed, cannot have had. A breach dated by a
    day before the instance's first (``dated_before_opening``) is no breach of it, even
    then."""
    status = obs.status
    if status in rules.dated_before_opening:
        # A breach dated before the agreement existed is no breach of it, whatever the
        # tracker knows of older ones.
        opened = _opened_on(instance)
        return opened is not None and dated_by_day_before(obs, opened, rules)
    if status in rules.recalled_when_dated:
        moment = instance.since
    elif status in rules.ending:
        opened = _opened_on(instance)
        if opened is None:
            return False
        moment = opened
    else:
        return False
    if not dated_by_month_before(obs, moment, rules):
        return False  # the usual case
    if len(instances) > 1 or _opened_on(instance) != _day_of(event_time(obs)):
        return True
    # The key's first instance, opened today, but never agreed or in force: a start
    # stated months back ("A ceasefire that took effect on January 19 ...", beside an
    # October plan only accepted so far) is an older truce's, not a step of this one.
    starts, opened = obs.agreement.starts, _opened_on(instance)
    return (
        status in rules.clock_starts
        and instance.clock_start is None
        and starts is not None
        and opened is not None
        and opened - starts >= rules.older_start
    )


def _day_of(moment: datetime) -> datetime:
    """The start (UTC midnight) of ``moment``'s UTC day."""
    moment = moment.astimezone(UTC)
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


def _opened_on(instance: Instance) -> datetime | None:
    """The start (UTC midnight) of the day of the instance's first event, which its id
    carries (``instance_id``); None for an id without one."""
    day = instance.id.rpartition("@")[2][:10]
    try:
        return datetime.fromisoformat(day).replace(tzinfo=UTC)
    except ValueError:
        return None


def _carried_out(instance: Instance, obs: Observation, rules: TrackerRules) -> bool:
    """Whether ``obs`` makes a new deal of a one-off kind after ``instance`` was carried
    out: "agreed on Friday to exchange 1,000 prisoners each", a month after the Easter
    swap, is the next swap, not a recall of that one (which is dated: "the swap agreed in
    April", "agreed last month")."""
    return (
        obs.status in rules.one_off_reopening
        and instance.status in rules.one_off_done
        and instance.agreement.scope in rules.one_off_scopes
        and event_time(obs) > instance.since
        # A new deal is told as news; one dated back is the one carried out.
        and not is_dated_recall(obs, rules, despite_recent_day=True)
        and rules.relative_past_pattern.search(obs.evidence.sentence) is None
    )


def _started_on(instance: Instance, starts: datetime) -> bool:
    """Whether ``instance`` started on the (UTC) day of ``starts``."""
    began = instance.began
    return began is not None and began.astimezone(UTC).date() == starts.astimezone(UTC).date()


def _label_unheard(instances: tuple[Instance, ...], obs: Observation, rules: TrackerRules) -> bool:
    """Whether ``obs`` names its agreement by a label no instance of the key has ("a halt
    for the rest of Ramadan", announced "on April 29", in a May article after the January
    truce collapsed): an agreement the tracker has not heard of, so the month its sentence
    names does not make it a recap of one it knows."""
    written = obs.agreement.label
    if written is None:
        return False
    label = _folded(written, rules)
    return all(
        i.agreement.label is None or _folded(i.agreement.label, rules) != label for i in instances
    )


def _named_anew(obs: Observation, ended: Instance) -> bool:
    """Whether ``obs`` describes an agreement other than the ended instance by what it
    gives: a label the instance lacks ("a unilateral ceasefire for Christmas" after the
    bilateral truce ended) or a start after its end."""
    theirs = obs.agreement
    if theirs.label is not None and ended.agreement.label is None:
        return True
    return theirs.starts is not None and theirs.starts > ended.since


def _ended_as(instances: tuple[Instance, ...], index: int, ending: frozenset[Status]) -> bool:
    """Whether an instance other than the one at ``index`` has ended."""
    return any(i != index and instances[i].status in ending for i in range(len(instances)))


def _has_candidate(instances: tuple[Instance, ...], obs: Observation, rules: TrackerRules) -> bool:
    """Whether ``_route`` has an instance to choose for ``obs`` (one that its label or
    duration does not rule out), so that it does not start a new one unless it reopens."""
    theirs = obs.agreement
    written = theirs.label
    duration = None if obs.status == "extended" else theirs.duration_days
    if written is None and duration is None:
        return bool(instances)
    label = None if written is None else _folded(written, rules)
    for instance in instances:
        ours = instance.agreement
        if label is not None and ours.label is not None:
            if ours.label == written or _folded(ours.label, rules) == label:
                return True
        elif duration is None or ours.duration_days is None or ours.duration_days == duration:
            return True
    return False


def _plain_route(
    instances: tuple[Instance, ...], status: Status, rules: TrackerRules
) -> tuple[int, int]:
    """``_route``'s best score and index for an observation with no label or duration."""
    ending, transitions = rules.ending, rules.transitions
    best, index = -1, -1
    for i in range(len(instances) - 1, -1, -1):
        current = instances[i].status
        if current in ending:
            score = 1 if status == current else 0
        elif status == current or status in transitions[current]:
            return 3, i  # live, and the status fits: nothing scores higher
        else:
            score = 2
        if score > best:
            best, index = score, i
    return best, index


def _described_route(
    instances: tuple[Instance, ...],
    status: Status,
    written: str | None,
    duration: float | None,
    starts: datetime | None,
    rules: TrackerRules,
) -> tuple[int, int]:
    """``_route``'s best score and index for an observation with a label (``written``, as
    written) or a duration. A start on an instance's day stands for its duration: "the
    truce, which took effect on April 20, will now run until June 3" is that truce,
    whose length an extension has changed."""
    ending, transitions = rules.ending, rules.transitions
    label = None if written is None else _folded(written, rules)
    top = 11 if label is not None else 7
    best, index = -1, -1
    for i in range(len(instances) - 1, -1, -1):
        instance = instances[i]
        ours = instance.agreement
        if label is not None and ours.label is not None:
            # The same label as written is the usual match: no need to fold it.
            if ours.label != written and _folded(ours.label, rules) != label:
                continue
            score = 8  # a name says more than a number: the duration is not compared
        elif duration is not None and ours.duration_days is not None:
            if (
                ours.duration_days != duration
                and not (starts is not None and _started_on(instance, starts))
                and not _extended_by(instance, duration)
            ):
                continue
            score = 4
        else:
            score = 0
        current = instance.status
        if current not in ending:
            score |= 2
        if status == current or status in transitions[current]:
            score |= 1
        if score > best:
            best, index = score, i
            if score == top:
                break
    return best, index


def _extended_by(instance: Instance, duration: float) -> bool:
    """Whether the instance was extended by ``duration`` days: "another 150 hours" names
    the truce so extended, as its first length does ("violating it", of the 150 hours)."""
    if not instance.extensions:
        return False  # the usual case: no extension to compare
    return f"+{duration:g}d" in instance.extensions


def _folded(label: str, rules: TrackerRules) -> str:
    """``label.strip().casefold()`` without a closing noun of ``label_nouns``, as ``_route``
    compares labels: reporters call one holiday truce the "Easter truce", the "Easter
    ceasefire" and the "Easter pause", so the name tells it, not the noun. ASCII text (the
    usual label) folds as ``lower`` folds it, which mypyc compiles; ``casefold`` is a method
    found by name and costs about twice as much."""
    text = label.strip()
    text = text.lower() if text.isascii() else text.casefold()
    cut = text.rfind(" ")
    if cut > 0 and text[cut + 1 :] in rules.label_nouns:
        return text[:cut].rstrip()
    return text


def _open(
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
    return _absorb(Instance(ordinal, blank, obs.status, opened), obs, True, rules)


def tracking_key(agreement: Agreement) -> str:
    """The key the tracker keeps an observed agreement under: its id, which names the
    sides the extractor keys it by (HEZBOLLAH+ISR for an article that says Lebanon), in
    sorted order; an id that is no key falls back to the parties' key."""
    ident = agreement.id
    sides, slash, scope = ident.rpartition("/")
    if not slash or "@" in ident or scope != agreement.scope:
        return agreement.key
    names = sides.split("+")
    if len(names) != len(agreement.parties):
        return agreement.key
    return agreement_key(tuple(names), scope)


def key_sides(key: str) -> tuple[str, ...]:
    """The sorted sides a key (``tracking_key``) names: an instance's parties."""
    return tuple(key.rpartition("/")[0].split("+"))


def side_of(obs: Observation, ours: Agreement) -> str | None:
    """``obs.by`` as a side of the instance ``ours``: an actor its article names the side
    by another name ("Lebanon accepted" of a ceasefire keyed HEZBOLLAH+ISR) is the one
    side of the instance its own parties lack."""
    by = obs.by
    if by is None or by in ours.parties or by not in obs.agreement.parties:
        return by  # the usual case
    missing = [p for p in ours.parties if p not in obs.agreement.parties]
    return missing[0] if len(missing) == 1 else by


def instance_id(key: str, opened: datetime, taken: Container[str]) -> str:
    """The id of an instance of ``key`` opened at ``opened``: the key and the date, with
    ``.2``, ``.3``... for a second, third instance of the key opened the same day (the first
    truce collapsed in the morning, another was declared in the afternoon).

    The fold opens instances in event-time order, so the ids do not depend on the order
    articles arrive in.
    """
    if opened.tzinfo is not UTC:
        opened = opened.astimezone(UTC)  # (to UTC from UTC it would return ``opened``)
    base = f"{key}@{_iso_date(opened)}"
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}.{number}"
    return candidate


_TWO_DIGITS: Final = tuple(f"{n:02d}" for n in range(100))


def _iso_date(moment: datetime) -> str:
    """``moment.date().isoformat()`` (YYYY-MM-DD) without ``isoformat``, whose formatting
    through ``sprintf`` costs several times more than these lookups."""
    year = moment.year
    digits = str(year) if year >= 1000 else f"{year:04d}"
    return f"{digits}-{_TWO_DIGITS[moment.month]}-{_TWO_DIGITS[moment.day]}"


def _signature(agreement: Agreement) -> str:
    """What tells one extension from another: its new end, else its length."""
    if agreement.ends is not None:
        return f"@{format_time(agreement.ends)}"
    return "" if agreement.duration_days is None else f"+{agreement.duration_days:g}d"


def _absorb(instance: Instance, obs: Observation, changed: bool, rules: TrackerRules) -> Instance:
    """Merge what ``obs`` tells of the agreement; apply its status when ``changed``.

    The first known label, duration, start and end win; only an extension moves the end.
    """
    ours, theirs = instance.agreement, obs.agreement
    extending = obs.status == "extended"
    status, since, stances = instance.status, instance.since, instance.stances
    clock_start, extensions = instance.clock_start, instance.extensions
    if changed:
        status = obs.status
        since = event_time(obs)
        by = side_of(obs, ours)
        if by is not None and by in ours.parties and status in rules.stances:
            stances = _with_stance(stances, by, status)
        if clock_start is None and status in rules.clock_starts:
            clock_start = since
    if (
        changed
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
    if theirs.starts is not None and ours.starts is None and _end_guessed(instance):
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
    if _adds_mediators(mediators, theirs.mediators):
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
        extensions = (*extensions, _signature(theirs))
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
    moved = ends is not None and ends != instance.agreement.ends
    end_source = obs if moved else instance.end_source
    return Instance(
        instance.ordinal, ours, status, since, stances, clock_start, extensions, end_source
    )


def _clock_start_within(starts: datetime | None, clock_start: datetime | None) -> datetime | None:
    """The moment a stated start means. A start told by its day alone ("came into force on
    Thursday evening") reads as that day's midnight; when the clock started later that
    same day (the agreement was reported on Thursday at 7 p.m.), the truce cannot have
    run before it was made: an end worked out from midnight would come hours early."""
    if starts is None or clock_start is None or clock_start <= starts:
        return starts
    if starts.hour or starts.minute or starts.second or _day_of(clock_start) != starts:
        return starts  # an exact time, or another day: the stated start stands
    return clock_start


def _passed_unreported(clock_start: datetime, ends: datetime, obs: Observation) -> bool:
    """Whether an end worked out from the clock's start, with a length a later article
    gives ("extended their 48-hour ceasefire", three days into it), was already past when
    that article came out: the article tells the agreement as still there, so its end
    is a guess the news has overtaken (an extension, a looser count), not an expiry."""
    now = event_time(obs)
    return clock_start < now and ends <= now


def _end_guessed(instance: Instance) -> bool:
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
        and not _adds_mediators(ours.mediators, theirs.mediators)
    )


def _adds_mediators(ours: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Whether ``theirs`` names a mediator ``ours`` does not."""
    # A scan of the few names: no set built per call.
    for mediator in theirs:  # noqa: SIM110 (a loop: no generator per call)
        if mediator not in ours:
            return True
    return False


def _with_stance(
    stances: tuple[tuple[str, Status], ...], party: str, status: Status
) -> tuple[tuple[str, Status], ...]:
    """``stances`` with ``party``'s position now ``status``, sorted by party."""
    kept = [(party, status)]
    for pair in stances:
        if pair[0] != party:
            kept.append(pair)
    kept.sort()
    return tuple(kept)


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
