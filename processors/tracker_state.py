"""The tracker's rule tables and the records of its state (see ``processors.tracker``).

``TrackerRules`` is read once from ``data/tracker.json``. ``KeyState`` is what the tracker
keeps per agreement key; its ``to_dict`` form is what a Kafka changelog stores.
"""

from __future__ import annotations

import json
import re
from calendar import monthrange
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, NamedTuple, cast

from mypy_extensions import mypyc_attr

from processors.errors import ConfigurationError
from processors.model import (
    STATUSES,
    Agreement,
    Observation,
    Severity,
    Status,
    format_time,
    parse_time,
)

_MONTHS: Final = {
    **{
        name: number
        for number, name in enumerate(
            (
                *("January", "February", "March", "April", "May", "June"),
                *("July", "August", "September", "October", "November", "December"),
            ),
            start=1,
        )
    },
    "Jan.": 1,
    "Feb.": 2,
    "Aug.": 8,
    "Sep.": 9,
    "Sept.": 9,
    "Oct.": 10,
    "Nov.": 11,
    "Dec.": 12,
}
"""The English month names the rules' patterns spell, and their numbers
(``calendar.month_name`` follows the locale and formats each name anew on every lookup);
also the news agencies' short forms, with their dot ("Sept. 16")."""

_MONTH_STEMS: Final = tuple(sorted({name[:3] for name in _MONTHS}))
"""The first three letters of the names in ``_MONTHS``. A ``dated_recall`` match names a
month of ``_MONTHS`` (its number is looked up there), so a sentence with none of these
has none: ``may_name_month`` spares it the scan."""

_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")
"""A year written in full."""

STATE_VERSION: Final = 1
"""Version of the ``KeyState.to_dict`` form."""

_SEVERITIES: Final = ("info", "warning", "critical")
_LIMITS: Final = ("history_limit", "emitted_limit", "instance_limit")


@dataclass(frozen=True, slots=True)
class TrackerRules:
    """The tracker's tables; ``load_tracker_rules`` reads them from ``data/tracker.json``."""

    transitions: Mapping[Status, frozenset[Status]]
    """From a status, the statuses that count as a change."""
    severity: Mapping[Status, Severity]
    reopening: frozenset[Status]
    """Statuses that start a new instance once the previous one has ended."""
    reopening_after_end: frozenset[Status]
    """Those of ``reopening`` that start a new instance even in an article that reports an
    end, when that end came before the article (an end of the article's own time is too
    recent to be followed by a new instance)."""
    stances: frozenset[Status]
    """Statuses that are one party's own position (who accepted, rejected, agreed)."""
    clock_starts: frozenset[Status]
    """Statuses whose event time starts the duration of an instance without ``starts``."""
    ending: frozenset[Status]
    """Statuses with no onward transition: they end an instance."""
    runs_out: frozenset[Status]
    """Statuses from which ``expired`` is a transition: only an instance in one of them
    runs out by its clock (a rejected or merely proposed truce "from May 12" never ran)."""
    article_rank: Mapping[Status, int]
    """Where a status goes among one article's observations (see ``tracking_order``)."""
    recalled_before_force: frozenset[Status]
    """Endings that recall an earlier instance's end when the instance they would end was
    never in force and an earlier one has already ended (see ``tracker_fold.step``)."""
    dated_recall: re.Pattern[str]
    """A month that dates an observation (see ``is_dated_recall``)."""
    recent_day: re.Pattern[str]
    """A day near the article's time: news, whatever month the sentence also names."""
    relative_past: Mapping[str, int]
    """Phrases of the relative past and the fewest days before the article they mean
    (0: before the article's month): see ``dated_before``."""
    relative_past_pattern: re.Pattern[str]
    """Any phrase of ``relative_past``, as written in any case."""
    restoring: re.Pattern[str]
    """Words that say an agreement holds now ("is holding", "remains in force"): only
    such a sentence moves a violated agreement back to ``in_effect``."""
    held_despite: re.Pattern[str]
    """A concession ("despite", "although"): in a sentence of ``restoring``, the breaches
    the agreement held despite, which are no news of their own."""
    kept_as_before: re.Pattern[str]
    """Words of a side keeping an agreement as before ("still honouring"): after a
    suspension, no resumption (see ``tracker_fold.step``)."""
    history_date: re.Pattern[str]
    """A date that may put an observation's event in an earlier year (see ``is_history``)."""
    first_since: re.Pattern[str]
    """A "the first ... since" comparison: the year after it dates the event compared
    with, not the observation's (see ``is_history``)."""
    first_since_statuses: frozenset[Status]
    """The statuses of news such a comparison is about (a truce made, talks held); the
    others (a suspension, a breakdown) may be the event compared with."""
    named_now: re.Pattern[str]
    """A present-perfect verb that ends where a year naming the agreement follows ("has
    abrogated the 2018 agreement"): the act is now (see ``is_history``)."""
    named_now_statuses: frozenset[Status]
    """The statuses (breaches, ends) that ``named_now`` tells as news."""
    war_since: re.Pattern[str]
    """A "since the war began" clause that ends where a year follows: the year dates the
    war, not the observation's event (see ``is_history``)."""
    past_clause: re.Pattern[str]
    """A clause opener ("that", "since") whose clause runs up to where a date begins: the
    date may tell the agreement's past rather than the news (see ``dates_past_clause``)."""
    present_perfect: re.Pattern[str]
    """A main verb in the present perfect ("has collapsed"), which no past date can date."""
    past_clause_statuses: frozenset[Status]
    """The statuses of an agreement's life, which that present perfect can tell."""
    dormant_after: timedelta
    """How long an instance goes unchanged before talks or a proposal of its sides are a
    new round (``dormant_reopening``): another instance."""
    dormant_reopening: frozenset[Status]
    """The statuses that start a new instance after a dormant one."""
    refused_stale: timedelta
    """How long a refused instance goes unchanged before talks or a proposal of its sides
    (``dormant_reopening``) are a new round rather than the refused plan asked for again."""
    proposed_anew_after: frozenset[Status]
    """Statuses after which a proposal with a start of its own is a change (a rejected
    plan formally put forward again with a start date)."""
    one_off_scopes: frozenset[str]
    """Scopes whose deals are done once carried out (a prisoner swap): a new proposal or
    deal after that is another instance."""
    one_off_done: frozenset[Status]
    """The statuses of a one-off deal that has been carried out."""
    one_off_reopening: frozenset[Status]
    """The statuses that start a new one-off deal after one was carried out."""
    new_proposal: re.Pattern[str]
    """Words that call a proposal new ("a new proposal", "a fresh offer"): it is another
    agreement than one whose proposal has been answered."""
    revised_deal: re.Pattern[str]
    """Words that call an agreement revised or new ("the revised text", "an amended
    accord"): dated after the live instance's last change, it is another agreement."""
    recalled_when_dated: frozenset[Status]
    """Statuses that a sentence dated before the instance's last change recalls: the
    steps of an agreement's making and start, which recaps retell."""
    article_day: re.Pattern[str]
    """Words that date an event to the article's own day; a weekday counts when it is the
    article's (``told_on_article_day``)."""
    article_day_statuses: frozenset[Status]
    """The statuses an agreement dated to the article's own day is new by."""
    dated_to_older: frozenset[Status]
    """Statuses that a sentence dated by a day before the newest instance opened gives to
    an older live instance of the key (``tracker_fold``)."""
    beside_replacement: frozenset[Status]
    """Mid-life statuses that, told in the article that ends one instance of a key and
    opens another, are the ended one's (``tracker_fold``)."""
    dated_before_opening: frozenset[Status]
    """Statuses an agreement cannot take before it exists: one its sentence dates before
    the instance's first event is about an older one, or none (``tracker_fold``)."""
    extended_before_opening: frozenset[Status]
    """Mid-life statuses that, like an ending, a sentence dated by a past month before
    the instance's first event tells of an older agreement (``tracker_route``)."""
    end_causes: Mapping[Status, frozenset[Status]]
    """For an ending, the mid-life statuses that an article reporting it tells as its cause
    ("the army ended the truce after the guerrillas broke it"): news beside the end, not a
    recall of the ended instance (see ``tracker_fold.step``)."""
    label_nouns: frozenset[str]
    """Nouns that close a label without telling one agreement from another ("truce" in
    "Easter truce"): labels compare without them."""
    older_start: timedelta
    unheard_recall_months: int
    """How many calendar months before its article a dated step must lie to be
    background for a key the tracker has not heard of (see ``is_unheard_recall``)."""
    """How long before the key's first instance was opened a stated start must lie to be
    an older truce's when that instance was never agreed (``tracker_fold``)."""
    agreed_anew: timedelta
    """How long after a live instance was opened and agreed an agreement told as the
    article's own day's news is another agreement (``tracker_fold``)."""
    own_start: timedelta
    """How long after a live instance began an agreement told as the article's own day's
    news must state its own start to be another agreement (``tracker_route``)."""
    late_extension: timedelta
    """How soon after an end worked out from a length an extension still extends the
    instance (``tracker_fold``)."""
    late_renewal: timedelta
    """How soon after such an end an extension for the term's own length still renews
    the instance (``tracker_route.extended_late``)."""
    own_start_after: frozenset[Status]
    """The live instance's statuses (in force) after which that rule applies."""
    talks_outcomes: frozenset[Status] = frozenset()
    """Statuses that, told of an agreement in the sentence that also tells its talks
    ("declared a ceasefire and said they would hold peace talks", "accepted the plan after
    eight hours of talks"), make those talks the agreement's run-up or sequel, not news
    of their own (see ``tracking_order``)."""
    talks_after_outcome: frozenset[Status] = frozenset()
    """Statuses that, told of an agreement earlier in an article than its talks, make
    those talks the agreement's backdrop unless their sentence names a recent day
    (``recent_day``): see ``tracking_order``."""
    history_limit: int = 32
    emitted_limit: int = 128
    instance_limit: int = 8


def load_tracker_rules(path: Path | None = None) -> TrackerRules:
    """Read the tracker's rule tables (the packaged ``data/tracker.json`` unless ``path``).

    Raises ``ConfigurationError`` when a table names an unknown status or severity.
    """
    if path is None:
        raw = resources.files("processors").joinpath("data/tracker.json").read_text("utf-8")
    else:
        raw = path.read_text(encoding="utf-8")
    data = json.loads(raw)
    table, severity = data["transitions"], data["severity"]
    missing = [s for s in STATUSES if s not in table or s not in severity]
    if missing:
        msg = f"tracker rules: no transitions or severity for {missing}"
        raise ConfigurationError(msg)
    if any(level not in _SEVERITIES for level in severity.values()):
        msg = f"tracker rules: severities must be among {_SEVERITIES}"
        raise ConfigurationError(msg)
    transitions = {s: _status_set(table[s], f"transitions.{s}") for s in STATUSES}
    limits = {name: int(data[name]) for name in _LIMITS}
    if min(limits.values()) < 1:
        msg = f"tracker rules: limits must be positive, got {limits}"
        raise ConfigurationError(msg)
    ending = frozenset(s for s in STATUSES if not transitions[s])
    return TrackerRules(
        transitions=MappingProxyType(transitions),
        severity=MappingProxyType({s: cast(Severity, severity[s]) for s in STATUSES}),
        reopening=_status_set(data["reopening"], "reopening"),
        reopening_after_end=_status_set(data["reopening_after_end"], "reopening_after_end"),
        stances=_status_set(data["stances"], "stances"),
        clock_starts=_status_set(data["clock_starts"], "clock_starts"),
        ending=ending,
        runs_out=frozenset(s for s in STATUSES if "expired" in transitions[s]),
        article_rank=MappingProxyType(_article_rank(data["within_article"], ending)),
        recalled_before_force=_status_set(data["recalled_before_force"], "recalled_before_force"),
        dated_recall=re.compile(data["dated_recall"]),
        recent_day=re.compile(data["recent_day"]),
        kept_as_before=re.compile(data["kept_as_before"]),
        history_date=re.compile(data["history_date"]),
        first_since=re.compile(data["first_since"]),
        first_since_statuses=_status_set(data["first_since_statuses"], "first_since_statuses"),
        named_now=re.compile(data["named_now"]),
        named_now_statuses=_status_set(data["named_now_statuses"], "named_now_statuses"),
        war_since=re.compile(data["war_since"]),
        past_clause=re.compile(data["past_clause"]),
        present_perfect=re.compile(data["present_perfect"]),
        past_clause_statuses=_status_set(data["past_clause_statuses"], "past_clause_statuses"),
        new_proposal=re.compile(data["new_proposal"]),
        revised_deal=re.compile(data["revised_deal"]),
        recalled_when_dated=_status_set(data["recalled_when_dated"], "recalled_when_dated"),
        dated_before_opening=_status_set(data["dated_before_opening"], "dated_before_opening"),
        extended_before_opening=_status_set(
            data["extended_before_opening"], "extended_before_opening"
        ),
        beside_replacement=_status_set(data["beside_replacement"], "beside_replacement"),
        dated_to_older=_status_set(data["dated_to_older"], "dated_to_older"),
        article_day=re.compile(data["article_day"]),
        article_day_statuses=_status_set(data["article_day_statuses"], "article_day_statuses"),
        label_nouns=frozenset(str(noun).lower() for noun in data["label_nouns"]),
        older_start=timedelta(days=int(data["older_start_days"])),
        unheard_recall_months=int(data["unheard_recall_months"]),
        agreed_anew=timedelta(days=int(data["agreed_anew_days"])),
        own_start=timedelta(days=int(data["own_start_days"])),
        own_start_after=_status_set(data["own_start_after"], "own_start_after"),
        late_extension=timedelta(hours=int(data["late_extension_hours"])),
        late_renewal=timedelta(days=int(data["late_renewal_days"])),
        end_causes=MappingProxyType(_end_causes(data["end_causes"], ending)),
        dormant_after=timedelta(days=int(data["dormant_days"])),
        dormant_reopening=_status_set(data["dormant_reopening"], "dormant_reopening"),
        refused_stale=timedelta(days=int(data["refused_stale_days"])),
        proposed_anew_after=_status_set(data["proposed_anew_after"], "proposed_anew_after"),
        one_off_scopes=frozenset(str(scope) for scope in data["one_off_scopes"]),
        one_off_done=_status_set(data["one_off_done"], "one_off_done"),
        one_off_reopening=_status_set(data["one_off_reopening"], "one_off_reopening"),
        restoring=re.compile(data["restoring"]),
        held_despite=re.compile(data["held_despite"]),
        relative_past=MappingProxyType(dict(data["relative_past"])),
        relative_past_pattern=re.compile(
            rf"\b(?:{'|'.join(re.escape(p) for p in data['relative_past'])})\b", re.IGNORECASE
        ),
        talks_outcomes=_status_set(data["talks_outcomes"], "talks_outcomes"),
        talks_after_outcome=_status_set(data["talks_after_outcome"], "talks_after_outcome"),
        **limits,
    )


def is_history(observation: Observation, rules: TrackerRules) -> bool:
    """Whether the observation's sentence dates its event to a year before its article's.

    "Turkey brokered the original grain corridor in 2022", in a 2025 article, is
    background: the article reports it, but it is no news about the agreement now.
    """
    pattern, published = rules.history_date, observation.published
    if published is None:
        return False
    sentence = observation.evidence.sentence
    # The cheap test: most sentences name no year. A one-character test ("9", "0") is a
    # ``memchr``; it spares most sentences the scans for "19" and "20".
    if (
        not ("9" in sentence and "19" in sentence)
        and not ("0" in sentence and "20" in sentence)
        and "ast " not in sentence
        and "following year" not in sentence
    ):
        return False
    for found in pattern.finditer(sentence):
        if found.group("that") is not None:
            # "that year" is the year last named before it, if any.
            named_before = _YEAR.findall(sentence, 0, found.start())
            if named_before and int(named_before[-1]) < published.year:
                return True
            continue
        month = found.group("month")
        if month is not None:
            # "last July" in a February article is July of the year before.
            if _MONTHS[month] >= published.month:
                return True
            continue
        if (
            observation.status in rules.first_since_statuses
            and "first" in sentence
            and rules.first_since.search(sentence, 0, found.end())
        ):
            # "the first ceasefire the movement has announced since it was driven from
            # power in 2001": the year dates what the news is compared with.
            continue
        if rules.war_since.search(sentence, 0, found.start()):
            continue  # "the first plan put forward since the war began in April 2023"
        if dates_past_clause(observation, found.start(), found.end(), rules):
            continue  # "the truce that they had reaffirmed in 2021 has collapsed"
        named = found.group("named")
        if named is not None and rules.recent_day.search(sentence):
            continue  # "the pause, which replaced the 2022 truce, was agreed on Monday"
        if (
            named is not None
            and observation.status in rules.named_now_statuses
            and rules.named_now.search(sentence, 0, found.start())
        ):
            continue  # "the arrest has abrogated the 2018 peace agreement": news now
        year = found.group("year") or named
        if year is None or int(year) < published.year:
            return True
    return False


def dates_past_clause(observation: Observation, start: int, end: int, rules: TrackerRules) -> bool:
    """Whether the date at ``sentence[start:end]`` closes a clause that tells the
    agreement's past ("the understanding that the two armies had reaffirmed in February
    2021", "since the army chiefs agreed in February 2021") while the sentence's news comes
    after it in the present perfect ("has collapsed", "an understanding that has largely
    held"): a past date cannot date a present perfect, so it dates the clause only."""
    sentence = observation.evidence.sentence
    return (
        observation.status in rules.past_clause_statuses
        and rules.past_clause.search(sentence, 0, start) is not None
        and rules.present_perfect.match(sentence, end) is not None
    )


_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def told_on_article_day(observation: Observation, rules: TrackerRules) -> bool:
    """Whether the sentence dates the event to its article's own day: "today", "tonight"
    (``article_day``), or the weekday the article came out on ("agreed early on Sunday",
    in a Sunday article; in UTC, as the article's time is given)."""
    published = observation.published
    if published is None:
        return False
    weekday = published.astimezone(UTC).weekday()
    own = _WEEKDAYS[weekday]
    for found in rules.article_day.finditer(observation.evidence.sentence):
        day = found.group("weekday")
        if day is None or day == own:
            return True
    return False


def is_dated_recall(
    observation: Observation, rules: TrackerRules, *, despite_recent_day: bool = False
) -> bool:
    """Whether the observation's sentence dates it to an earlier month than its article's
    and names no recent day: "the exchange deal agreed in February remains frozen", in a
    March article, recalls the deal; it does not report a new one.

    ``despite_recent_day``: a recent day does not outweigh the month ("with today's
    transfer, the exchange agreed in April is complete" recalls the April deal)."""
    published = observation.published
    if published is None:
        return False
    sentence = observation.evidence.sentence
    if not may_name_month(sentence):
        return False  # the usual sentence
    for found in rules.dated_recall.finditer(sentence):
        if _earlier_month(_MONTHS[found.group("month")], published) and not dates_past_clause(
            observation, found.start(), found.end(), rules
        ):
            # A recent day makes it news whatever month the sentence also names.
            return despite_recent_day or rules.recent_day.search(sentence) is None
    return False


_TURN_OF_YEAR: Final = 3
"""A month this many months or fewer before a January-March article's, across the turn of
the year ("collapsed on Dec. 1", in a January article), is last year's; further back it
may be a month ahead ("in September", in a February article, is no recall)."""


def _earlier_month(month: int, published: datetime) -> bool:
    """Whether a month named without a year is one before the article's: earlier in its
    year, or at the end of the year before when the article is early in the next."""
    if month < published.month:
        return True
    return month > published.month and published.month + 12 - month <= _TURN_OF_YEAR


def is_unheard_recall(observation: Observation, rules: TrackerRules) -> bool:
    """Whether an observation of a key the tracker has not heard of retells an old step:
    a status of ``recalled_when_dated`` its sentence dates (``dated_recall``, no recent
    day) ``unheard_recall_months`` or more before its article's month ("the last round,
    in early May, ended with a truce", in November). Background, like ``is_history``."""
    published = observation.published
    if published is None or observation.status not in rules.recalled_when_dated:
        return False
    sentence = observation.evidence.sentence
    if not may_name_month(sentence) or rules.recent_day.search(sentence) is not None:
        return False  # the usual sentence
    for found in rules.dated_recall.finditer(sentence):
        if found.group()[:5] in ("since", "Since"):
            continue  # "talks under way since April": a state that lasts to now
        if dates_past_clause(observation, found.start(), found.end(), rules):
            continue  # "since they agreed in February 2021 ..., a truce that has held"
        month = _MONTHS[found.group("month")]
        if month < published.month and published.month - month >= rules.unheard_recall_months:
            return True
    return False


def heard_before(history: Sequence[Observation], observation: Observation) -> bool:
    """Whether a key's ``history`` holds an article other than ``observation``'s: the
    tracker heard of the key before the article (which may itself have opened it)."""
    article = observation.article_id
    for earlier in history:  # noqa: SIM110 (a loop: no generator per call)
        if earlier.article_id != article:
            return True
    return False


def may_name_month(sentence: str) -> bool:
    """Whether ``sentence`` may name a month (``_MONTH_STEMS``): a dozen substring tests
    cost about a tenth of a ``dated_recall`` scan, which has no literal prefix to look for
    and so tries its alternatives at every position of the sentence. (One search of an
    alternation of the stems cost more on short sentences: ~4.1k instructions, not ~3.2k.)"""
    for stem in _MONTH_STEMS:  # noqa: SIM110 (a loop: no generator per call)
        if stem in sentence:
            return True
    return False


def stated_days(observation: Observation, rules: TrackerRules) -> list[datetime]:
    """The days the sentence dates its event by, a month and a day ("on the night of
    October 11", "on Sept. 16"), at midnight UTC. The article's own month counts as this
    year; a month after the article's is taken in the year before."""
    published = observation.published
    if published is None:
        return []
    sentence = observation.evidence.sentence
    if not may_name_month(sentence):
        return []  # the usual sentence
    days = []
    for found in rules.dated_recall.finditer(sentence):
        written = found.group("day")
        if written is None:
            continue
        month, day = _MONTHS[found.group("month")], int(written)
        year = published.year if month <= published.month else published.year - 1
        if 1 <= day <= monthrange(year, month)[1]:
            days.append(datetime(year, month, day, tzinfo=UTC))
    return days


def dated_by_day_before(observation: Observation, moment: datetime, rules: TrackerRules) -> bool:
    """Whether the sentence dates the event by a month and a day that is over by
    ``moment``. Unlike ``dated_by_month_before`` this asks whether the event came before
    ``moment``, not whether it is a recap."""
    return any_day_before(stated_days(observation, rules), moment)


def any_day_before(days: list[datetime], moment: datetime) -> bool:
    """Whether one of ``days`` (from ``stated_days``) is over by ``moment``."""
    return any(day + timedelta(1) <= moment for day in days)


def dated_by_day_from(observation: Observation, moment: datetime, rules: TrackerRules) -> bool:
    """Whether the sentence dates the event by a month and a day ("agreed a ceasefire on
    Sept. 16") that begins at or after ``moment``."""
    return any(day >= moment for day in stated_days(observation, rules))


def dated_by_month_before(observation: Observation, moment: datetime, rules: TrackerRules) -> bool:
    """Whether the sentence dates the event before ``moment`` by a month, or a month and a
    day, of the article's year before the article's month ("Recap: the ceasefire took
    effect on January 19", in a March article), and names no recent day.

    A month alone dates the event to some day of it, a day to some hour of it: only when
    the whole month or day is over by ``moment`` is the event before it. The month is
    taken in the article's year."""
    published = observation.published
    if published is None:
        return False
    sentence = observation.evidence.sentence
    if not may_name_month(sentence):
        return False  # the usual sentence
    for found in rules.dated_recall.finditer(sentence):
        month = _MONTHS[found.group("month")]
        written = found.group("day")
        day = None if written is None else int(written)
        if month >= published.month:
            # The article's own month is news ("took effect on February 13 and has held",
            # on the 24th), as for ``is_dated_recall``; a later one is the year before.
            continue
        if rules.recent_day.search(sentence) is not None:
            return False  # a recent day makes it news whatever date the sentence names
        if dates_past_clause(observation, found.start(), found.end(), rules):
            continue  # the agreement's past, beside a present perfect (``is_history``)
        if day is None or not 1 <= day <= monthrange(published.year, month)[1]:
            latest = datetime(published.year, month + 1, 1, tzinfo=UTC)  # (month < 12)
        else:
            latest = datetime(published.year, month, day, tzinfo=UTC) + timedelta(1)
        if latest <= moment:
            return True
    return False


def dated_before(observation: Observation, moment: datetime, rules: TrackerRules) -> bool:
    """Whether the sentence dates the event before ``moment`` with a relative past
    ("collapsed earlier this month", "last week"), counted back from the article's time."""
    published = observation.published
    if published is None:
        return False
    for found in rules.relative_past_pattern.finditer(observation.evidence.sentence):
        days = rules.relative_past[found.group().lower()]
        latest = (
            published.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
            if days == 0
            else published - timedelta(days=days)
        )
        if latest < moment:
            return True
    return False


def _article_rank(groups: list[list[object]], ending: frozenset[Status]) -> dict[Status, int]:
    rank = {
        status: n
        for n, group in enumerate(groups)
        for status in _status_set(group, "within_article")
    }
    if sorted(rank) != sorted(STATUSES) or sum(map(len, groups)) != len(STATUSES):
        msg = "tracker rules: within_article must name every status once"
        raise ConfigurationError(msg)
    if _status_set(groups[0], "within_article") != ending:
        # The recall rule needs an article's endings before its other statuses.
        msg = f"tracker rules: within_article must start with the ending statuses {sorted(ending)}"
        raise ConfigurationError(msg)
    return rank


def _end_causes(
    table: dict[str, list[object]], ending: frozenset[Status]
) -> dict[Status, frozenset[Status]]:
    causes = {end: _status_set(table.get(end, ()), f"end_causes.{end}") for end in sorted(ending)}
    if set(table) - ending or any(causes[end] & ending for end in causes):
        msg = "tracker rules: end_causes maps ending statuses to statuses that are no endings"
        raise ConfigurationError(msg)
    return causes


def _status_set(values: Iterable[object], where: str) -> frozenset[Status]:
    found: set[Status] = set()
    for value in values:
        if value not in STATUSES:
            msg = f"tracker rules: {where}: unknown status {value!r}"
            raise ConfigurationError(msg)
        found.add(value)
    return frozenset(found)


@mypyc_attr(acyclic=True, free_list_len=1)
@dataclass(frozen=True, slots=True, init=False)
class Instance:
    """One agreement instance under a key, as the tracker knows it.

    The tracker builds one per change: its ``__init__`` is written out, setting each field
    with ``object.__setattr__``, which mypyc compiles to plain stores (see
    ``processors.model``).
    """

    ordinal: int
    """Creation rank under the key. Unlike the id it stays put when a late article moves
    the first event date, so the emitted-alert marks use it."""
    agreement: Agreement
    """Merged from its observations; ``id`` is the instance id, ``ends`` its end if known."""
    status: Status
    since: datetime
    """Event time of the latest change (for an expiry: the end)."""
    stances: tuple[tuple[str, Status], ...] = ()
    """Each party's own latest position, sorted by party."""
    clock_start: datetime | None = None
    """Event time of its first agreed/in_effect observation."""
    extensions: tuple[str, ...] = ()
    """Signatures of the extensions applied, so a recalled extension is not applied twice."""
    end_source: Observation | None = None
    """The observation that fixed the current end: the evidence of an expiry."""

    def __init__(
        self,
        ordinal: int,
        agreement: Agreement,
        status: Status,
        since: datetime,
        stances: tuple[tuple[str, Status], ...] = (),
        clock_start: datetime | None = None,
        extensions: tuple[str, ...] = (),
        end_source: Observation | None = None,
    ) -> None:
        object.__setattr__(self, "ordinal", ordinal)
        object.__setattr__(self, "agreement", agreement)
        object.__setattr__(self, "status", status)
        object.__setattr__(self, "since", since)
        object.__setattr__(self, "stances", stances)
        object.__setattr__(self, "clock_start", clock_start)
        object.__setattr__(self, "extensions", extensions)
        object.__setattr__(self, "end_source", end_source)

    @property
    def id(self) -> str:
        """The instance id: the agreement key and the date of its first event, or the next
        date free under the key when another instance opened that day
        (``tracker_fold.instance_id``)."""
        return self.agreement.id

    @property
    def began(self) -> datetime | None:
        """When it began: its stated start, else the event time its clock started at."""
        return self.agreement.starts or self.clock_start

    def can_expire(self, rules: TrackerRules) -> bool:
        """Whether it expires on its own: made (agreed or on from there, not ended), with an
        end and a start."""
        started = self.agreement.starts is not None or self.clock_start is not None
        return started and self.agreement.ends is not None and self.status in rules.runs_out

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (``from_dict`` restores it exactly)."""
        return {
            "ordinal": self.ordinal,
            "agreement": self.agreement.to_dict(),
            "status": self.status,
            "since": format_time(self.since),
            "stances": dict(self.stances),
            "clock_start": format_time(self.clock_start),
            "extensions": list(self.extensions),
            "end_source": None if self.end_source is None else _dump(self.end_source),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Instance:
        """Inverse of ``to_dict``."""
        source = data.get("end_source")
        since = parse_time(data["since"])
        if since is None:
            msg = "a tracker instance has no 'since' time"
            raise ValueError(msg)
        return cls(
            ordinal=int(data["ordinal"]),
            agreement=Agreement.from_dict(data["agreement"]),
            status=_status(data["status"]),
            since=since,
            stances=tuple((party, _status(s)) for party, s in sorted(data["stances"].items())),
            clock_start=parse_time(data.get("clock_start")),
            extensions=tuple(data.get("extensions", ())),
            end_source=None if source is None else Observation.from_dict(source),
        )


class KeyState(NamedTuple):
    """Everything the tracker keeps for one agreement key (one Faust table value).

    A NamedTuple: the pure ``observe`` makes a new one at every observation.
    """

    key: str
    instances: tuple[Instance, ...] = ()
    """In creation order (ascending ``ordinal``); the fold's routing relies on it."""
    history: tuple[Observation, ...] = ()
    """The latest observations in the tracker's fold order, at most ``history_limit``."""
    settled: tuple[Instance, ...] = ()
    """The instances as folded from the observations that have left ``history``."""
    midway: tuple[Instance, ...] = ()
    """The instances before ``history[midway_at]`` (an article's first observation past
    the middle), kept so the history can be cut there without folding it again."""
    midway_at: int = 0
    """0 when there is no midway snapshot yet."""
    clock: datetime | None = None
    """The latest event time applied to this key."""
    emitted: tuple[str, ...] = ()
    """Marks of the latest alerts emitted, oldest first."""
    held: frozenset[tuple[int, str, str]] = frozenset()
    """What the latest article has moved instances between: (ordinal, status, party or "")
    (see ``tracker_fold.step``)."""

    def instance(self, instance_id: str) -> Instance | None:
        """The instance with this id, or None."""
        return next((i for i in self.instances if i.id == instance_id), None)

    def next_expiry(self, rules: TrackerRules) -> datetime | None:
        """The earliest end of an instance that can still expire on its own, or None."""
        return next_expiry(self.instances, rules)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (``from_dict`` restores it exactly)."""
        return {
            "version": STATE_VERSION,
            "key": self.key,
            "clock": format_time(self.clock),
            "instances": [i.to_dict() for i in self.instances],
            "settled": [i.to_dict() for i in self.settled],
            "midway": [i.to_dict() for i in self.midway],
            "midway_at": self.midway_at,
            "history": [_dump(o) for o in self.history],
            "emitted": list(self.emitted),
            "held": [list(mark) for mark in sorted(self.held)],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> KeyState:
        """Inverse of ``to_dict``; raises ``ValueError`` for another state version."""
        if data.get("version") != STATE_VERSION:
            msg = f"tracker state version {data.get('version')!r}, expected {STATE_VERSION}"
            raise ValueError(msg)
        return cls(
            key=data["key"],
            instances=tuple(Instance.from_dict(i) for i in data["instances"]),
            history=tuple(Observation.from_dict(o) for o in data["history"]),
            settled=tuple(Instance.from_dict(i) for i in data["settled"]),
            midway=tuple(Instance.from_dict(i) for i in data["midway"]),
            midway_at=int(data["midway_at"]),
            clock=parse_time(data.get("clock")),
            emitted=tuple(data["emitted"]),
            held=frozenset((int(o), str(s), str(p)) for o, s, p in data["held"]),
        )


def next_expiry(instances: Iterable[Instance], rules: TrackerRules) -> datetime | None:
    """The earliest end of one of ``instances`` that can still expire on its own, or None."""
    soonest: datetime | None = None
    runs_out = rules.runs_out
    for instance in instances:
        agreement = instance.agreement
        end = agreement.ends
        # ``Instance.can_expire``, written out: the tracker asks after most changes.
        if (
            end is not None
            and (soonest is None or end < soonest)
            and instance.status in runs_out
            and (agreement.starts is not None or instance.clock_start is not None)
        ):
            soonest = end
    return soonest


def _dump(obs: Observation) -> dict[str, Any]:
    """``Observation.to_dict`` with the confidence unrounded, so the state round-trips."""
    data = obs.to_dict()
    data["confidence"] = obs.confidence
    return data


def _status(value: object) -> Status:
    if value not in STATUSES:
        msg = f"unknown status {value!r}"
        raise ValueError(msg)
    return value
