"""One agreement key's state as ``AgreementTracker`` keeps it: mutable, mutated in place.

``KeyState`` is immutable, so the pure ``tracker.observe`` copies the key's history (and
its emitted marks, for an alert) into a new state at every observation, and finds out
whether a change was emitted before by scanning the marks. That is the price of handing a
state to a Faust table after every observation. ``AgreementTracker`` holds every key in
one process and nobody sees a state between two observations, so it keeps each key in a
``LiveKey`` instead: the history a list it appends to, the marks a queue with a count per
mark, and the ``KeyState`` built only when asked (``state``).

It runs the same fold steps, refolds and cuts as ``tracker.observe`` and
``tracker.advance_clock``, so it gives the same alerts and, when asked, the same
``KeyState`` (the unit tests check both against ``observe`` on random streams). It is
mutable state, so it stays inside the tracker: ``AgreementTracker`` is its only user and
hands out ``KeyState``s, never a ``LiveKey``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from processors.model import Alert, Observation
from processors.tracker_alerts import alert_of
from processors.tracker_fold import NOTHING_HELD, Holding, Produced, expire, fold, settle, step
from processors.tracker_order import NO_TIME, article_ended, event_time, order_key
from processors.tracker_state import Instance, KeyState, TrackerRules


@dataclass(slots=True, eq=False, init=False)
class LiveKey:
    """The working state of one key; ``state()`` is its ``KeyState``.

    The fields are those of ``KeyState``, with ``history`` a list and ``emitted`` a queue
    (oldest first) whose marks ``counts`` counts, for a membership test that does not scan.
    """

    key: str
    instances: tuple[Instance, ...] = ()
    history: list[Observation] = field(default_factory=list)
    settled: tuple[Instance, ...] = ()
    midway: tuple[Instance, ...] = ()
    midway_at: int = 0
    clock: datetime | None = None
    emitted: deque[str] = field(default_factory=deque)
    counts: dict[str, int] = field(default_factory=dict)
    held: Holding = NOTHING_HELD
    frozen: KeyState | None = None
    """The ``KeyState`` built last, until the next change."""

    def __init__(self, key: str) -> None:
        # Written out so that mypyc compiles it (a generated ``__init__`` stays interpreted,
        # see ``processors.model``): a new key of a stream starts here.
        self.key = key
        self.instances = ()
        self.history = []
        self.settled = ()
        self.midway = ()
        self.midway_at = 0
        self.clock = None
        self.emitted = deque()
        self.counts = {}
        self.held = NOTHING_HELD
        self.frozen = None

    def state(self) -> KeyState:
        """The key's state as ``tracker.observe`` would have left it."""
        frozen = self.frozen
        if frozen is None:
            self.frozen = frozen = KeyState(
                key=self.key,
                instances=self.instances,
                history=tuple(self.history),
                settled=self.settled,
                midway=self.midway,
                midway_at=self.midway_at,
                clock=self.clock,
                emitted=tuple(self.emitted),
                held=frozenset(self.held),
            )
        return frozen

    def observe(
        self, obs: Observation, published: datetime, rules: TrackerRules, detected_at: datetime
    ) -> tuple[Alert, ...]:
        """``tracker.observe`` in place, for an observation of this key with an event time
        (``published``); the alerts it causes."""
        self.frozen = None
        history = self.history
        clock = self.clock
        if clock is None or published > clock:
            self.clock = published
        elif behind(history, self.instances, obs, published, rules):
            return self._refold(obs, rules, detected_at)
        # The usual case: one fold step on top of the folded state.
        if history and history[-1].article_id == obs.article_id:
            same_article = True
            ended = article_ended(history, obs, rules)
            held = self.held
        else:
            same_article = ended = False
            held = NOTHING_HELD
            # The state before an article's first observation past the middle: the next cut.
            if not self.midway_at and len(history) >= rules.history_limit // 2:
                self.midway, self.midway_at = self.instances, len(history)
        self.instances, produced, self.held = step(
            self.instances, obs, rules, ended=ended, held=held
        )
        history.append(obs)
        if len(history) > rules.history_limit:
            self._cut(rules)
        if not produced:
            return ()
        # In event-time order an alert can only repeat one of the same article's.
        return self._fresh(produced, rules, detected_at, check=same_article)

    def advance(
        self, now: datetime, rules: TrackerRules, detected_at: datetime
    ) -> tuple[Alert, ...]:
        """``tracker.advance_clock`` in place: the expiries of moving the clock to ``now``."""
        if self.clock is not None and now <= self.clock:
            return ()
        self.frozen = None
        self.instances, produced = expire(self.instances, now, rules)
        self.clock = now
        return self._fresh(produced, rules, detected_at, check=True) if produced else ()

    def _cut(self, rules: TrackerRules) -> None:
        """Bring the history back within its limit: cut it at the midway snapshot (else
        fold its oldest articles into ``settled``)."""
        if self.midway_at:
            del self.history[: self.midway_at]
            self.settled, self.midway, self.midway_at = self.midway, (), 0
        else:
            self.settled, kept = settle(self.settled, tuple(self.history), rules)
            self.history = list(kept)

    def _refold(
        self, obs: Observation, rules: TrackerRules, detected_at: datetime
    ) -> tuple[Alert, ...]:
        """Insert a late observation in the history and fold it again, from the midway
        snapshot when it goes after it (the part before cannot change)."""
        history = self.history
        order = order_key(rules)
        where = order(obs)
        low, high = bisect_left(history, where, key=order), bisect_right(history, where, key=order)
        if obs in history[low:high]:
            return ()  # a redelivery
        history.insert(high, obs)
        time = event_time(obs)
        if self.clock is None or time > self.clock:
            self.clock = time
        if self.midway_at and high > self.midway_at:
            base, start = self.midway, self.midway_at
        else:
            base, start = self.settled, 0
        self.instances, produced, self.midway, self.midway_at, self.held = fold(
            base, tuple(history), self.clock, rules, start=start
        )
        if len(history) > rules.history_limit:
            self._cut(rules)
        return self._fresh(produced, rules, detected_at, check=True) if produced else ()

    def _fresh(
        self, produced: Produced, rules: TrackerRules, detected_at: datetime, *, check: bool
    ) -> tuple[Alert, ...]:
        """The alerts of the changes not emitted before (compared with the marks when
        ``check``); their marks remembered, the oldest beyond the limit forgotten."""
        counts = self.counts
        if len(produced) == 1:
            # The usual case: one change, and a mark not emitted before.
            change = produced[0]
            mark = change.mark
            if mark not in counts:
                self.emitted.append(mark)
                counts[mark] = 1
                if len(self.emitted) > rules.emitted_limit:
                    self._forget_oldest()
                return (alert_of(change, rules, detected_at),)
            if check:
                return ()
            self._remember(mark, rules.emitted_limit)
            return (alert_of(change, rules, detected_at),)
        # Every change is compared with the marks as they were before any of them.
        marks: list[str] = []
        alerts: list[Alert] = []
        for change in produced:
            mark = change.mark
            if mark in marks or (check and mark in counts):
                continue
            marks.append(mark)
            alerts.append(alert_of(change, rules, detected_at))
        for mark in marks:
            self._remember(mark, rules.emitted_limit)
        return tuple(alerts)

    def _remember(self, mark: str, limit: int) -> None:
        emitted, counts = self.emitted, self.counts
        emitted.append(mark)
        counts[mark] = counts.get(mark, 0) + 1
        if len(emitted) > limit:
            self._forget_oldest()

    def _forget_oldest(self) -> None:
        oldest = self.emitted.popleft()
        left = self.counts[oldest] - 1
        if left:
            self.counts[oldest] = left
        else:
            del self.counts[oldest]


def behind(
    history: Sequence[Observation],
    instances: tuple[Instance, ...],
    obs: Observation,
    published: datetime,
    rules: TrackerRules,
) -> bool:
    """Whether ``obs``, at ``published``, not after the key's clock, must be folded in among
    what came before (``history``, in fold order, and the ``instances`` it folded into).

    It need not when it sorts after the last observation and no instance changed after its
    time (the clock may have moved on without expiring anything in between).
    """
    if history:
        last = history[-1]
        last_published = last.published or NO_TIME
        if published < last_published:
            return True
        if published == last_published:
            # ``order_of`` compares the articles next, then the ranks: only when those tie
            # does it take more.
            if obs.article_id != last.article_id:
                if obs.article_id < last.article_id:
                    return True
            else:
                rank = rules.article_rank
                ours, theirs = rank[obs.status], rank[last.status]
                if ours < theirs or (ours == theirs and _not_after(obs, last)):
                    return True
    for instance in instances:  # noqa: SIM110 (a loop: no generator per observation)
        if instance.since > published:
            return True
    return False


def _not_after(obs: Observation, last: Observation) -> bool:
    """``order_of(obs) <= order_of(last)`` for two observations whose event time, article
    and rank are equal: the rest of the key compared field by field, no tuples built."""
    here, there = obs.evidence.span[0], last.evidence.span[0]
    if here != there:
        return here < there
    if obs.status != last.status:
        return obs.status < last.status
    by, their_by = obs.by or "", last.by or ""
    if by != their_by:
        return by < their_by
    return (obs.claimed_by or "") <= (last.claimed_by or "")
