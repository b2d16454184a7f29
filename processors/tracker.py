"""The agreement status tracker: a pure state machine over agreement observations.

State is kept per agreement *key* (parties and scope, ``RUS+UKR/maritime``): the unit a
Faust table holds and one Kafka partition owns. A ``KeyState`` holds every *instance* under
its key (a 30-hour Easter truce and a 30-day ceasefire still under negotiation are two
instances of ``RUS+UKR/general``), a bounded history of the key's observations sorted by
event time, and marks of the alerts already emitted.

The state is a fold of that history, so it does not depend on arrival order: ``observe``
applies one step to an observation that comes in event-time order (the usual case) and
refolds the history when one arrives late, emitting only alerts not emitted before.

What counts as a change (the tables are in ``data/tracker.json``):

* an observation moves an instance along an allowed transition (accepted -> rejected and
  back are lateral moves; suspended -> in_effect resumes), or changes one party's own
  stance (UKR accepted, later RUS accepted too). A later mention of a status the instance
  has left behind ("the US-proposed truce", after it was agreed) is a recall: no change.
  A rejected plan put forward again with a start of its own, after the rejection, is
  proposed anew (``proposed_anew_after``), and the parties take their stand afresh.
* ``expired`` and ``collapsed`` end an instance. A later proposed/agreed/in_effect
  observation starts a new one, unless it names the ended one (same label) or its article
  also reports the end, in which case it recalls the old one; only a proposal starts one
  after an end its article recalls ("since the collapse in March … Malaysia proposed a
  permanent ceasefire"). An end that is the first the tracker hears of a key ("the 30-day
  moratorium had run its course") opens it already over, so the article's recaps of
  its start ("it was agreed on March 18") recall it; with no alert if dated back.
* An observation that describes another agreement (a different known duration or label)
  goes to, or starts, another instance of the key. Labels compare by their name, not the
  noun that closes them ("Easter truce" is the "Easter ceasefire": ``label_nouns``). But
  a status that cannot start an instance (a violation, an extension), dated back by its
  sentence ("in April", "last week"), that fits none under a key with an ended instance
  recalls that one and opens none.
* A sentence that dates a status by a past month, or a month and a day, before the last
  change of the instance it would move retells an older event ("Recap: the ceasefire took
  effect on January 19", in a March article about a rejected plan): no change, and
  nothing of its agreement merged (``recalled_when_dated``); an ending so dated before
  the instance's first event ends an older one. The key's first instance, in the article
  that opens it, still takes them: the tracker knows nothing older.
* A deal of a one-off kind (a prisoner swap) is done once carried out: a new proposal or
  deal after that, not dated back by its sentence, starts another instance.
  So does a proposal its sentence calls new ("accepted a new proposal from Egypt and
  Qatar") once the live instance has moved past its own proposal (``new_proposal``).
* An instance with a start (its ``starts``, else the event time of its first agreed or
  in_effect observation) and a duration expires on its own once event time passes its end;
  ``extended`` moves the end. A start stated later replaces an end worked out from that
  event time ("declared a three-day ceasefire", then "it takes effect on May 8").
* An article is not a chronicle: its observations are applied in lifecycle order
  (``tracking_order``: "Ukraine accepted the US proposal" is a proposal, then an
  acceptance), and within one article an instance does not move back to a status or stance
  it has just left ("Russia, which turned the plan down in March, now accepts it").

``tracker_state`` holds the rules and the state records, ``tracker_fold`` the fold step,
``tracker_live`` the mutable per-key state ``AgreementTracker`` keeps; this module is the
interface: ``observe``, ``advance_clock`` and ``AgreementTracker``.

Observations without parties, or with an unknown party, are ignored: they name no agreement.
So are observations their sentence dates to a year before their article (``is_history``):
"the corridor Turkey brokered in 2022" is background, not news. For a key the tracker had
not heard of before the article, so is a step of its making dated months back
(``is_unheard_recall``, ``heard_before``): "the last round, in early May, ended with a
truce", in a November article.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from heapq import heappop, heappush
from types import MappingProxyType

from processors.model import UNKNOWN_ACTOR, Alert, Observation
from processors.tracker_alerts import alert_of
from processors.tracker_fold import NOTHING_HELD, Produced, expire, fold, settle, step
from processors.tracker_keys import tracking_key
from processors.tracker_live import LiveKey, behind
from processors.tracker_order import NO_TIME, article_ended, event_time, order_key, tracking_order
from processors.tracker_state import (
    STATE_VERSION,
    Instance,
    KeyState,
    TrackerRules,
    heard_before,
    is_history,
    is_unheard_recall,
    load_tracker_rules,
    next_expiry,
)

__all__ = [
    "STATE_VERSION",
    "AgreementTracker",
    "Instance",
    "KeyState",
    "TrackerRules",
    "advance_clock",
    "is_history",
    "is_trackable",
    "is_unheard_recall",
    "load_tracker_rules",
    "observe",
    "tracking_order",
]


def is_trackable(observation: Observation) -> bool:
    """Whether the tracker uses this observation: it needs known parties to name an agreement."""
    parties = observation.agreement.parties
    return bool(parties) and UNKNOWN_ACTOR not in parties


def observe(
    state: KeyState | None,
    observation: Observation,
    *,
    rules: TrackerRules,
    detected_at: datetime,
) -> tuple[KeyState, tuple[Alert, ...]]:
    """Apply one observation to its key's state: the new state and the alerts it causes.

    ``state`` is None for a key not seen yet. An observation that is not ``is_trackable``
    (no parties, or an unknown one) changes nothing, and neither does one already in the
    history (a redelivery) nor one that ``is_history``. One without an event time is
    taken to happen at the key's clock, else at ``detected_at``. Raises ``ValueError``
    for another key's state.
    """
    agreement = observation.agreement
    # In an observation the agreement id is its key: the cheap test first.
    if state is None or agreement.id != state.key:
        key = tracking_key(agreement)
        if state is None:
            state = KeyState(key)
        elif state.key != key:
            msg = f"observation of {key} applied to the state of {state.key}"
            raise ValueError(msg)
    parties = agreement.parties
    if not parties or UNKNOWN_ACTOR in parties:
        return state, ()  # not ``is_trackable``
    if is_history(observation, rules):
        return state, ()
    # ``heard_before`` first: it is the cheap test, and true for most keys.
    if not heard_before(state.history, observation) and is_unheard_recall(observation, rules):
        return state, ()  # an old step of an agreement the tracker never followed
    if observation.published is None:
        observation = replace(observation, published=state.clock or detected_at)
    return _apply(state, observation, rules, detected_at)


def _apply(
    state: KeyState, observation: Observation, rules: TrackerRules, detected_at: datetime
) -> tuple[KeyState, tuple[Alert, ...]]:
    """``observe`` for a trackable observation of the state's key with an event time."""
    published = observation.published or NO_TIME
    key, instances, history, settled, midway, midway_at, clock, emitted, held = state
    if clock is None or published > clock:
        clock = published
    elif behind(state.history, state.instances, observation, published, rules):
        return _refold(state, observation, rules, detected_at)
    # The usual case: one fold step on top of the folded state.
    if history and history[-1].article_id == observation.article_id:
        same_article = True
        ended = article_ended(history, observation, rules)
    else:
        same_article = ended = False
        held = NOTHING_HELD
        # The state before an article's first observation past the middle: the next cut.
        if not midway_at and len(history) >= rules.history_limit // 2:
            midway, midway_at = instances, len(history)
    after, produced, holding = step(instances, observation, rules, ended=ended, held=held)
    alerts: tuple[Alert, ...] = ()
    if produced:
        # In event-time order an alert can only repeat one of the same article's.
        emitted, alerts = _fresh(emitted, produced, rules, detected_at, check=same_article)
    history += (observation,)
    # ``tuple.__new__`` skips the NamedTuple's Python-level ``__new__``.
    folded = tuple.__new__(
        KeyState,
        (key, after, history, settled, midway, midway_at, clock, emitted, frozenset(holding)),
    )
    if len(history) > rules.history_limit:
        folded = _cut(folded, rules)
    return folded, alerts


def advance_clock(
    state: KeyState, now: datetime, *, rules: TrackerRules, detected_at: datetime
) -> tuple[KeyState, tuple[Alert, ...]]:
    """Move the key's event-time clock to ``now``: the instances whose end it passes expire.

    An expiry alert's id and ``changed_at`` come from the instance and its end, not from
    ``now``, so every path to the same clock gives the same alert, once.
    """
    if state.clock is not None and now <= state.clock:
        return state, ()
    instances, produced = expire(state.instances, now, rules)
    emitted, alerts = _fresh(state.emitted, produced, rules, detected_at, check=True)
    return state._replace(instances=instances, clock=now, emitted=emitted), alerts


def _cut(state: KeyState, rules: TrackerRules) -> KeyState:
    """Bring the history back within its limit: cut it at the midway snapshot."""
    if state.midway_at:
        return KeyState(
            key=state.key,
            instances=state.instances,
            history=state.history[state.midway_at :],
            settled=state.midway,
            clock=state.clock,
            emitted=state.emitted,
            held=state.held,
        )
    settled, history = settle(state.settled, state.history, rules)
    return state._replace(history=history, settled=settled)


def _refold(
    state: KeyState, obs: Observation, rules: TrackerRules, detected_at: datetime
) -> tuple[KeyState, tuple[Alert, ...]]:
    """Insert a late observation in the history and fold it again, from the midway
    snapshot when it goes after it (the part before cannot change)."""
    order = order_key(rules)
    history = list(state.history)
    where = order(obs)
    low, high = bisect_left(history, where, key=order), bisect_right(history, where, key=order)
    if obs in history[low:high]:
        return state, ()
    history.insert(high, obs)
    clock = event_time(obs) if state.clock is None else max(state.clock, event_time(obs))
    if state.midway_at and high > state.midway_at:
        base, start = state.midway, state.midway_at
    else:
        base, start = state.settled, 0
    folded = tuple(history)
    instances, produced, midway, midway_at, held = fold(base, folded, clock, rules, start=start)
    emitted, alerts = _fresh(state.emitted, produced, rules, detected_at, check=True)
    refolded = KeyState(
        key=state.key,
        instances=instances,
        history=folded,
        settled=state.settled,
        midway=midway,
        midway_at=midway_at,
        clock=clock,
        emitted=emitted,
        held=held,
    )
    if len(folded) > rules.history_limit:
        refolded = _cut(refolded, rules)
    return refolded, alerts


def _fresh(
    emitted: tuple[str, ...],
    produced: Produced,
    rules: TrackerRules,
    detected_at: datetime,
    *,
    check: bool,
) -> tuple[tuple[str, ...], tuple[Alert, ...]]:
    """The alerts of the changes not emitted before (compared with ``emitted`` when
    ``check``), and the marks to remember, the oldest beyond the limit forgotten."""
    if len(produced) == 1:
        # The usual case: one change.
        change = produced[0]
        if check and change.mark in emitted:
            return emitted, ()
        emitted += (change.mark,)
        if len(emitted) > rules.emitted_limit:
            emitted = emitted[-rules.emitted_limit :]
        return emitted, (alert_of(change, rules, detected_at),)
    if not produced:
        return emitted, ()
    # A scan of the tuple is cheaper than a set for the one or two changes of a step.
    known: Container[str] = (set(emitted) if len(produced) > 2 else emitted) if check else ()
    marks: list[str] = []
    alerts: list[Alert] = []
    for change in produced:
        mark = change.mark
        if mark in marks or mark in known:
            continue
        marks.append(mark)
        alerts.append(alert_of(change, rules, detected_at))
    if not marks:
        return emitted, ()
    return (*emitted, *marks)[-rules.emitted_limit :], tuple(alerts)


def _wall_clock() -> datetime:
    return datetime.now(UTC)


class AgreementTracker:
    """The tracker in one process (``newsstream replay``): every key's state in a dict.

    It keeps each key's state mutable (``tracker_live.LiveKey``: nobody sees it between
    observations, so no new ``KeyState`` per observation), the latest event time seen and,
    in a heap, each key's next end, so ``advance_to`` touches only the keys that are due.
    """

    def __init__(
        self, rules: TrackerRules | None = None, *, clock: Callable[[], datetime] = _wall_clock
    ) -> None:
        self._rules = rules if rules is not None else load_tracker_rules()
        self._clock = clock
        self._keys: dict[str, LiveKey] = {}
        self._due: list[tuple[datetime, str]] = []
        self._scheduled: dict[str, datetime] = {}
        self._now: datetime | None = None

    @property
    def now(self) -> datetime | None:
        """The latest event time seen (observations and ``advance_to``)."""
        return self._now

    def observe(
        self, observation: Observation, *, detected_at: datetime | None = None
    ) -> tuple[Alert, ...]:
        """Apply one observation; the alerts it causes (see ``observe``)."""
        return self._observe(observation, detected_at)

    def observe_article(
        self, observations: Iterable[Observation], *, detected_at: datetime | None = None
    ) -> tuple[Alert, ...]:
        """Apply one article's observations in ``tracking_order``; the alerts they cause."""
        found = tuple(observations)
        if len(found) == 1:
            return self._observe(found[0], detected_at)  # most articles
        alerts: list[Alert] = []
        for observation in tracking_order(found, self._rules):
            alerts.extend(self._observe(observation, detected_at))
        return tuple(alerts)

    def _observe(self, observation: Observation, detected_at: datetime | None) -> tuple[Alert, ...]:
        agreement = observation.agreement
        parties = agreement.parties
        if not parties:
            return ()  # not ``is_trackable``
        for party in parties:  # (a loop of compiled compares, not ``in`` on a tuple)
            if party == UNKNOWN_ACTOR:
                return ()
        rules, now = self._rules, self._now
        if is_history(observation, rules):
            return ()
        detected = detected_at or self._clock()
        published = observation.published
        if published is None:
            published = now or detected
            observation = replace(observation, published=published)
        # In an observation the agreement id is its key (the cheap lookup first).
        live = self._keys.get(agreement.id)
        new = False
        if live is None:
            key = tracking_key(agreement)
            live = self._keys.get(key)
            if live is None:
                if is_unheard_recall(observation, rules):
                    return ()  # an old step of an agreement the tracker never followed
                self._keys[key] = live = LiveKey(key)
                new = True
        # ``heard_before`` first: it is the cheap test, and true for most keys.
        if (
            not new
            and not heard_before(live.history, observation)
            and is_unheard_recall(observation, rules)
        ):
            return ()  # the same, beside the first news of the key in its article
        before = live.instances
        alerts = live.observe(observation, published, rules, detected)
        if now is None or published > now:
            self._now = now = published
        if new or live.instances is not before:
            deadline = next_expiry(live.instances, rules)
            if deadline is not None and deadline < now:
                # A late article can add an end that event time has already passed.
                alerts += live.advance(now, rules, detected)
                deadline = next_expiry(live.instances, rules)
            self._schedule(live.key, deadline)
        return alerts

    def advance_to(
        self, now: datetime, *, detected_at: datetime | None = None
    ) -> tuple[Alert, ...]:
        """Move event time on to ``now``: the expiries it passes, earliest end first."""
        if self._now is None or now > self._now:
            self._now = now
        if not self._due or self._due[0][0] >= now:
            return ()  # the usual case: no end is due
        alerts: list[Alert] = []
        while self._due and self._due[0][0] < now:
            end, key = heappop(self._due)
            if self._scheduled.get(key) != end:
                continue  # the key's end has moved since this entry was pushed
            del self._scheduled[key]
            live = self._keys[key]
            alerts.extend(live.advance(now, self._rules, detected_at or self._clock()))
            self._schedule(key, next_expiry(live.instances, self._rules))
        return tuple(alerts)

    def states(self) -> Mapping[str, KeyState]:
        """Every key's state (a read-only snapshot)."""
        return MappingProxyType({key: live.state() for key, live in self._keys.items()})

    def _schedule(self, key: str, deadline: datetime | None) -> None:
        if deadline is None:
            if key in self._scheduled:  # (``pop`` with a default is a method call by name)
                del self._scheduled[key]
        elif self._scheduled.get(key) != deadline:
            self._scheduled[key] = deadline
            heappush(self._due, (deadline, key))
