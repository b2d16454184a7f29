"""The order the tracker folds observations in, and the event time it reads them at.

``tracking_order`` sorts what one article says (and ``order_key`` what a history holds)
so that the fold meets statuses in the order they happened; ``event_time`` and
``day_of`` are the clock the fold and its helpers compare with.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Final

from processors.model import Observation, Status
from processors.tracker_state import TrackerRules

NO_TIME: Final = datetime.min.replace(tzinfo=UTC)
"""The event time of an observation without one (the tracker gives each one first)."""


def tracking_order(
    observations: Iterable[Observation], rules: TrackerRules
) -> tuple[Observation, ...]:
    """Observations in the order the tracker folds them: by event time and article, then
    within an article by the ``within_article`` groups of the rules, then text position.

    An article is not a chronicle: "Ukraine accepted the US proposal" mentions the
    acceptance first, yet the proposal came first. And its ending statuses go first, so
    "the truce agreed in March has collapsed" reads as a recall, not a new truce.
    Feed each article's observations in this order and the tracker never has to refold.
    Talks told in the sentence that tells their agreement agreed or accepted are left out
    (``talks_outcomes``): the run-up to that news, or a step it provides for. So are talks
    told later in the article than their agreement agreed (``talks_after_outcome``),
    unless their sentence names a recent day.
    """
    found = tuple(observations)
    if len(found) < 2:
        return found  # most articles report one status of a key
    found = _without_talks_beside_outcome(found, rules.talks_outcomes)
    found = _without_talks_after_outcome(found, rules)
    if len(found) < 2:
        return found
    if len(found) == 2:
        # The next most usual case: two keys and a comparison cost less than ``sorted``
        # with a key function. Swapped only when strictly out of order, as a stable sort.
        first, second = found
        return (second, first) if _precedes(second, first, rules.article_rank) else found
    return tuple(sorted(found, key=order_key(rules)))


def _without_talks_beside_outcome(
    found: tuple[Observation, ...], outcomes: frozenset[Status]
) -> tuple[Observation, ...]:
    """``found`` less each negotiating observation whose sentence also gives the same
    agreement one of ``outcomes``."""
    told: set[tuple[str, str]] = set()
    for obs in found:
        if obs.status in outcomes:
            told.add((obs.agreement.id, obs.evidence.sentence))
    if not told:
        return found
    return tuple(
        obs
        for obs in found
        if obs.status != "negotiating" or (obs.agreement.id, obs.evidence.sentence) not in told
    )


def _without_talks_after_outcome(
    found: tuple[Observation, ...], rules: TrackerRules
) -> tuple[Observation, ...]:
    """``found`` less each negotiating observation told after the same agreement's first
    status of ``talks_after_outcome``, unless its sentence names a recent day: "signed a
    ceasefire on Thursday ... The talks, hosted by Qatar, opened last month" is background."""
    outcomes = rules.talks_after_outcome
    if not outcomes or not any(obs.status == "negotiating" for obs in found):
        return found  # most articles tell no talks: nothing to leave out
    first: dict[tuple[str, str], int] = {}
    for obs in found:
        if obs.status in outcomes:
            told, start = (obs.article_id, obs.agreement.id), obs.evidence.span[0]
            if start < first.get(told, start + 1):
                first[told] = start
    if not first:
        return found
    return tuple(
        obs
        for obs in found
        if obs.status != "negotiating"
        or obs.evidence.span[0]
        <= first.get((obs.article_id, obs.agreement.id), obs.evidence.span[0])
        or rules.recent_day.search(obs.evidence.sentence) is not None
    )


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


def day_of(moment: datetime) -> datetime:
    """The start (UTC midnight) of ``moment``'s UTC day."""
    if moment.tzinfo is not UTC:
        moment = moment.astimezone(UTC)  # (to UTC from UTC it would return ``moment``)
    return utc_midnight(moment)


def utc_midnight(day: datetime) -> datetime:
    """UTC midnight of the calendar day of ``day`` as written (its zone, if any, ignored)."""
    # Positional: ``replace`` with keywords parses them by name, at several times the cost.
    return datetime(day.year, day.month, day.day, 0, 0, 0, 0, UTC)
