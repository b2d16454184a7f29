"""Routing for the tracker's fold: which instance of a key an observation is about.

``route`` picks among a key's instances, or answers None when the observation starts a
new one; ``processors.tracker_fold.step`` also asks the finer questions here directly
(an older live instance, another end, an agreement made anew, a recall by date).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Final

from processors.model import Observation, Status
from processors.tracker_instance import end_guessed
from processors.tracker_keys import side_of
from processors.tracker_order import day_of, event_time, utc_midnight
from processors.tracker_state import (
    Instance,
    TrackerRules,
    any_day_before,
    dated_by_day_before,
    dated_by_day_from,
    dated_by_month_before,
    is_dated_recall,
    may_name_month,
    stated_days,
    told_on_article_day,
)

_NONE: Final = timedelta(0)
"""No time: an extension must come after the end it would move."""
_APART: Final = timedelta(days=3)
"""Two stated ends this far apart are two truces: closer, they are one end told loosely
("until the night of June 6" for a two-week truce from midnight on May 23)."""


def route(
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
    if status == "extended" and instances and extended_late(instances[-1], obs, rules, ended):
        return len(instances) - 1
    # An extension's duration is the time added, not the agreement's length.
    duration = None if status == "extended" else theirs.duration_days
    # The score is a bit set, most telling first: same label, same duration, live, fits.
    # Instances are in creation order, so newest first the first one to reach the best
    # score ``obs`` allows is the one. (``_described_route`` folds the label.)
    if theirs.label is None and duration is None:
        best, index = _plain_route(instances, status, rules)
    else:
        best, index = _described_route(
            instances, status, theirs.label, duration, theirs.starts, rules
        )
    if index < 0:
        return None
    chosen = instances[index]
    if status in rules.dormant_reopening and new_round(instances, chosen, obs, rules):
        return None  # talks or a plan after a year or more of nothing: a new round
    if other_end(chosen, obs, rules):
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
        or carried_out(chosen, obs, rules)
        or new_proposal(chosen, obs, rules)
        or agreed_anew(chosen, obs, rules)
    ):
        return None
    if index > 0 and obs.status in rules.dated_to_older and chosen.status not in rules.ending:
        older = older_live(instances, index, obs, rules)
        if older is not None:
            return older
    return index


def extended_late(
    instance: Instance, obs: Observation, rules: TrackerRules, ended: bool = False
) -> bool:
    """Whether the extension ``obs`` came just after ``instance`` expired at an end the
    tracker worked out from its length (no article stated it), within ``late_extension``:
    "extended by a month from the end of the initial two-week period, which expired at
    noon on Thursday", told on Friday. Real extensions are often announced at or after the
    nominal end: the instance takes it and a new end rather than dropping it. Not when
    its sentence dates it back (a recap of an older extension). An extension for the term's
    own length ("for another 180 days", of a 180-day truce) in an article that also tells
    the term ran out (``ended``) renews it later still, within ``late_renewal``: talks on
    a renewal often run past the end."""
    if instance.status != "expired":
        return False
    end, source = instance.agreement.ends, instance.end_source
    if end is None or (source is not None and source.agreement.ends is not None):
        return False  # an end an article stated: the truce did end
    late = event_time(obs) - end
    if late > rules.late_extension:
        length = obs.agreement.duration_days
        if not ended or late > rules.late_renewal or length is None:
            return False
        if length != instance.agreement.duration_days:
            return False
    return late > _NONE and not is_dated_recall(obs, rules)


def older_live(
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


def other_end(instance: Instance, obs: Observation, rules: TrackerRules) -> bool:
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
        and not end_guessed(instance)
    )


def _same_end(instances: tuple[Instance, ...], obs: Observation) -> int | None:
    """The newest instance whose end is the one ``obs`` states (give or take), if any."""
    theirs = obs.agreement.ends
    for i in range(len(instances) - 1, -1, -1):
        ours = instances[i].agreement.ends
        if theirs is not None and ours is not None and abs(theirs - ours) < _APART:
            return i
    return None


def replaced_here(
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
        and opened < day_of(event_time(obs))
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
    return dated_by_day_from(obs, day_of(began) + timedelta(1), rules)


def agreed_anew(live: Instance, obs: Observation, rules: TrackerRules) -> bool:
    """Whether ``obs`` tells an agreement made on its article's own day, or signed the day
    before ("signed a peace agreement on Monday", in a Monday or a Tuesday article) while the
    ``live`` instance it would reach was opened and agreed ``agreed_anew`` or more before:
    another agreement of the same sides (a recap would date the signing to its own day).
    An instance never agreed
    (proposed, under talks) takes its agreement however late it comes. So is one its
    sentence calls revised or new (``revised_deal``) and dates by a day after the live
    instance's last change ("signed the revised text on Nov. 24", in a December article,
    after an October extension): the old deal renegotiated."""
    if (
        obs.status not in rules.article_day_statuses
        or live.clock_start is None
        or live.status in rules.ending
    ):
        return False
    if (
        _revised_after(live, obs, rules)
        or _own_later_start(live, obs, rules)
        or _other_side_own_terms(live, obs, rules)
    ):
        return True
    opened = _opened_on(live)
    return (
        opened is not None
        and day_of(event_time(obs)) - opened >= rules.agreed_anew
        # Next-day copy dates a signing the day before, or another day of the past week
        # (``_signed_on_weekday``); a stance so dated stays a step of the live instance
        # ("the RSF was first to respond: on Sunday evening, ...").
        and (told_on_article_day(obs, rules) or _signed_on_weekday(obs, rules))
        and not is_dated_recall(obs, rules, despite_recent_day=True)
    )


def _own_later_start(live: Instance, obs: Observation, rules: TrackerRules) -> bool:
    """Whether ``obs`` agrees, as its article's own day's news, a truce starting days after
    ``live`` began ("the rebels would stop offensive operations from 12:01 a.m. on
    Sunday", a week after the government's own ceasefire took effect): a second
    declaration, not a recap of the live one's making. Only once the live one is in
    force: before that a start stated later is its own ("approved the deal on Saturday";
    it takes effect on Sunday)."""
    starts, began = obs.agreement.starts, live.began
    return (
        live.status in rules.own_start_after
        and starts is not None
        and began is not None
        and starts - began >= rules.own_start
        and told_on_article_day(obs, rules)
    )


def _other_side_own_terms(live: Instance, obs: Observation, rules: TrackerRules) -> bool:
    """Whether ``obs`` is the other side's own declaration, on a later day, of a truce
    with a length of its own, while ``live`` is one side's declaration not yet in force
    ("the Taliban said on Saturday they would halt attacks for three days", two days
    after the government declared its Eid ceasefire from Tuesday): a second unilateral
    truce, not the live one's acceptance. A side taking up the other's offer declares
    no length of its own, or the same one, or says it accepts (another status)."""
    if obs.status != "agreed" or live.status != "agreed":
        return False
    theirs, ours = obs.agreement, live.agreement
    length = theirs.duration_days
    if length is None or length == ours.duration_days:
        return False
    if ours.starts is None and ours.ends is None and ours.duration_days is None:
        return False  # the live truce's terms unknown: the length may well be its own
    by = side_of(obs, ours)
    if by is None or by not in ours.parties:
        return False
    # The live truce is the other side's alone: only it has declared (agreed) it.
    declared = False
    for party, stance in live.stances:
        if party == by:
            return False  # this side already took a stance on the live truce
        declared = declared or stance == "agreed"
    opened = _opened_on(live)
    return (
        declared
        and opened is not None
        and day_of(event_time(obs)) > opened
        and told_on_article_day(obs, rules)
    )


def _signed_on_weekday(obs: Observation, rules: TrackerRules) -> bool:
    """Whether ``obs`` agrees a deal on a weekday of the past week ("signed an agreement on
    Thursday", in a Tuesday article): as new as one signed on the article's own day, since
    an instance opened a month or more before cannot have been signed then. Not a
    weekday's possessive ("last Wednesday's announcement"), nor a side's acceptance."""
    return obs.status == "agreed" and any(
        found.group("weekday") is not None
        for found in rules.article_day.finditer(obs.evidence.sentence)
    )


def _revised_after(live: Instance, obs: Observation, rules: TrackerRules) -> bool:
    """Whether ``obs`` agrees a deal its sentence calls revised or new, on a day its
    sentence states after the day of ``live``'s last change."""
    if obs.status != "agreed":
        return False
    # The days first: most sentences state none, which spares them the pattern's scan.
    days = stated_days(obs, rules)
    if not days or rules.revised_deal.search(obs.evidence.sentence) is None:
        return False
    after = day_of(live.since) + timedelta(days=1)
    return any(day >= after for day in days)  # ``dated_by_day_from``


def proposed_anew(instance: Instance, obs: Observation) -> bool:
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


def dormant(instances: tuple[Instance, ...], obs: Observation, rules: TrackerRules) -> bool:
    """Whether the key has gone ``dormant_after`` or more with no instance changing, by
    ``obs``'s time: talks or a proposal of its sides then (``dormant_reopening``) are a new
    round ("Egypt was in contact with both sides", three years after their last truce took
    effect). A key that moved since (an older truce declared dead in the same article) is
    not dormant: its talks may be that story's."""
    now = event_time(obs)
    for instance in instances:  # (a loop: no generator per call)
        if now - instance.since < rules.dormant_after:
            return False
    return bool(instances)


def new_round(
    instances: tuple[Instance, ...], instance: Instance, obs: Observation, rules: TrackerRules
) -> bool:
    """Whether talks or a proposal at ``obs`` open a new round rather than reach
    ``instance``: the key has been dormant, or ``instance`` was refused long ago."""
    return dormant(instances, obs, rules) or refused_long_ago(instance, obs, rules)


def refused_long_ago(instance: Instance, obs: Observation, rules: TrackerRules) -> bool:
    """Whether ``instance`` was refused ``refused_stale`` or more before ``obs`` and has not
    changed since: talks or a proposal then are a new round (a plan put forward half a year
    after the last one was turned down), not the refused plan asked for again."""
    return instance.status == "rejected" and event_time(obs) - instance.since >= rules.refused_stale


def recalled_past(instances: tuple[Instance, ...], obs: Observation, rules: TrackerRules) -> bool:
    """Whether ``obs``, which fits no instance, recalls an ended one rather than opening
    another: a status that cannot start an agreement, dated back by its sentence ("the
    Easter truce in April and the Victory Day truce last week were both accompanied by a
    barrage of violation claims"), under a key with an instance already over. A key seen
    for the first time still opens with it: the tracker knows nothing older."""
    if obs.status in rules.reopening:
        return False
    if not ended_as(instances, -1, rules.ending):
        return False
    return dated_back(obs, rules)


def new_proposal(instance: Instance, obs: Observation, rules: TrackerRules) -> bool:
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
        and _opened_on(chosen) == day_of(event_time(obs))
    )


def dated_back(obs: Observation, rules: TrackerRules) -> bool:
    """Whether ``obs``'s sentence dates it to an earlier month (``is_dated_recall``) or
    with a phrase of the relative past ("last week")."""
    return (
        is_dated_recall(obs, rules)
        or rules.relative_past_pattern.search(obs.evidence.sentence) is not None
    )


def recalled_by_date(
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
    if not may_name_month(obs.evidence.sentence):
        return False  # the usual sentence: it names no month, so it dates nothing back
    status = obs.status
    if status in rules.dated_before_opening:
        # A breach dated before the agreement existed is no breach of it, whatever the
        # tracker knows of older ones.
        opened = _opened_on(instance)
        return opened is not None and dated_by_day_before(obs, opened, rules)
    if status in rules.recalled_when_dated:
        moment = instance.since
    elif status in rules.ending or status in rules.extended_before_opening:
        # An end or an extension dated before the instance began was an older one's.
        opened = _opened_on(instance)
        if opened is None:
            return False
        moment = opened
    else:
        return False
    if not dated_by_month_before(obs, moment, rules):
        return False  # the usual case
    if len(instances) > 1 or _opened_on(instance) != day_of(event_time(obs)):
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


def _opened_on(instance: Instance) -> datetime | None:
    """The start (UTC midnight) of the day of the instance's first event, which its id
    carries (``instance_id``); None for an id without one."""
    day = instance.id.rpartition("@")[2][:10]
    try:
        opened = datetime.fromisoformat(day)
    except ValueError:
        return None
    return utc_midnight(opened)


def carried_out(instance: Instance, obs: Observation, rules: TrackerRules) -> bool:
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
    label = folded(written, rules)
    return all(
        i.agreement.label is None or folded(i.agreement.label, rules) != label for i in instances
    )


def _named_anew(obs: Observation, ended: Instance) -> bool:
    """Whether ``obs`` describes an agreement other than the ended instance by what it
    gives: a label the instance lacks ("a unilateral ceasefire for Christmas" after the
    bilateral truce ended), a length it lacks ("a 72-hour truce came into force last
    night", beside the recalled end of an open-ended one) or a start after its end."""
    theirs = obs.agreement
    if theirs.label is not None and ended.agreement.label is None:
        return True
    if theirs.duration_days is not None and ended.agreement.duration_days is None:
        return True
    return theirs.starts is not None and theirs.starts > ended.since


def ended_as(instances: tuple[Instance, ...], index: int, ending: frozenset[Status]) -> bool:
    """Whether an instance other than the one at ``index`` has ended."""
    return any(i != index and instances[i].status in ending for i in range(len(instances)))


def has_candidate(instances: tuple[Instance, ...], obs: Observation, rules: TrackerRules) -> bool:
    """Whether ``route`` has an instance to choose for ``obs`` (one that its label or
    duration does not rule out), so that it does not start a new one unless it reopens."""
    theirs = obs.agreement
    written = theirs.label
    duration = None if obs.status == "extended" else theirs.duration_days
    if written is None and duration is None:
        return bool(instances)
    label = None if written is None else folded(written, rules)
    for instance in instances:
        ours = instance.agreement
        if label is not None and ours.label is not None:
            if ours.label == written or folded(ours.label, rules) == label:
                return True
        elif duration is None or ours.duration_days is None or ours.duration_days == duration:
            return True
    return False


def _plain_route(
    instances: tuple[Instance, ...], status: Status, rules: TrackerRules
) -> tuple[int, int]:
    """``route``'s best score and index for an observation with no label or duration."""
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
    """``route``'s best score and index for an observation with a label (``written``, as
    written) or a duration. A start on an instance's day stands for its duration: "the
    truce, which took effect on April 20, will now run until June 3" is that truce,
    whose length an extension has changed."""
    ending, transitions = rules.ending, rules.transitions
    label = None if written is None else folded(written, rules)
    top = 11 if label is not None else 7
    best, index = -1, -1
    for i in range(len(instances) - 1, -1, -1):
        instance = instances[i]
        ours = instance.agreement
        if label is not None and ours.label is not None:
            # The same label as written is the usual match: no need to fold it.
            if ours.label != written and folded(ours.label, rules) != label:
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


def folded(label: str, rules: TrackerRules) -> str:
    """``label.strip().casefold()`` without a closing noun of ``label_nouns``, as ``route``
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
