"""Text helpers for agreement extraction: sentences, clauses, durations, dates, labels.

``split_sentences`` is a small offset-keeping splitter private to agreement extraction
until a shared ``processors.sentences`` exists; it only has to be right around the
sentences that name an agreement.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Final, NamedTuple

from processors.agreement_lexicon import AgreementLexicon

# Sentence ends: terminal punctuation with any closing quotes, or a line break; whether
# a candidate really ends a sentence is decided in ``Sentences``.
_STOPS: Final = ".!?…\n"
# A stop and the stops and closers right after it: what a sentence may end with.
_STOP_RUN: Final = frozenset(".!?…\"\u201d\u2019')]\n")
_CLOSERS: Final = "\"\u201d\u2019')]"
_WORD: Final = re.compile(r"[\w\u2019'.-]+")
_DIGIT: Final = re.compile(r"\d")
# Letters that match a-z when case is ignored but do not lower-case to them.
_ODD_CASES: Final = ("\u0130", "\u0131", "\u017f")
_ODD_FOLDS: Final = ("i", "i", "s")


@dataclass(frozen=True, slots=True)
class Sentences:
    """Sentence boundaries of one text, decided only where they are asked for.

    Candidate ends (terminal punctuation, line breaks) are found in one pass; whether
    a candidate really ends a sentence ("U.S." does not) is checked only around the
    few places an agreement is named.
    """

    text: str
    ends: tuple[int, ...]
    breaks: tuple[bool, ...]
    """True for a line break, which always ends a sentence."""
    abbreviations: frozenset[str]
    decided: dict[int, bool] = field(default_factory=dict)
    """Whether each candidate end asked about so far ends a sentence."""

    def around(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos``, white space trimmed."""
        i = bisect_right(self.ends, pos)
        start = 0
        for j in range(i - 1, -1, -1):
            if self._ends_sentence(j):
                start = self.ends[j]
                break
        end = len(self.text)
        for j in range(i, len(self.ends)):
            if self._ends_sentence(j):
                end = self.ends[j]
                break
        return _trim(self.text, start, end)

    def all(self) -> list[tuple[int, int]]:
        """Every sentence, in order."""
        spans = []
        start = 0
        for j, end in enumerate(self.ends):
            if self._ends_sentence(j):
                spans.append(_trim(self.text, start, end))
                start = end
        spans.append(_trim(self.text, start, len(self.text)))
        return [s for s in spans if s[1] > s[0]]

    def _ends_sentence(self, j: int) -> bool:
        known = self.decided.get(j)
        if known is None:
            known = self.decided[j] = self._decide(j)
        return known

    def _decide(self, j: int) -> bool:
        if self.breaks[j]:
            return True
        text = self.text
        end = self.ends[j]
        following = text[end : end + 3].lstrip()
        if following and not (
            following[0].isupper() or following[0] in "\"\u201c\u2018'(0123456789"
        ):
            return False
        # The word before the stop: "U.S." or "Mr." does not end a sentence.
        head = text[max(0, end - 40) : end].rstrip(_CLOSERS)
        if not head.endswith("."):
            return True
        words = head.rsplit(None, 1)
        bare = words[-1].lstrip("(\"\u201c\u2018'").rstrip(".") if words else ""
        return not (bare in self.abbreviations or (len(bare) == 1 and bare.isupper()))


def sentences_of(text: str, abbreviations: frozenset[str]) -> Sentences:
    """Index the candidate sentence ends of ``text``."""
    ends: list[int] = []
    breaks: list[bool] = []
    size = len(text)
    # The stops placed by ``str.find``, a run's end by hand: a regex search for them
    # tests the set at every character of the article.
    stops: list[int] = []
    for stop in _STOPS:
        at = text.find(stop)
        while at >= 0:
            stops.append(at)
            at = text.find(stop, at + 1)
    stops.sort()
    end = 0
    for at in stops:
        if at < end:
            continue  # inside the run of the stop before
        end = at + 1
        while end < size and text[end] in _STOP_RUN:
            end += 1
        line = "\n" in text[at:end]
        if line or end == size or text[end].isspace():
            ends.append(end)
            breaks.append(line)
    return Sentences(text=text, ends=tuple(ends), breaks=tuple(breaks), abbreviations=abbreviations)


def split_sentences(text: str, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """``[start, end)`` offsets of the sentences of ``text``, white space trimmed."""
    return sentences_of(text, abbreviations).all()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def clause_of(text: str, sentence: tuple[int, int], pos: int, breaks: tuple[str, ...]) -> int:
    """Where the clause holding ``pos`` starts: after the last clause break before it."""
    start = sentence[0]
    head = text[start:pos]
    best = start
    for mark in breaks:
        at = head.rfind(mark)
        while at >= 0 and _clock_colon(text, start + at, mark):
            at = head.rfind(mark, 0, at)
        if at >= 0:
            best = max(best, start + at + len(mark))
    return best


def _clock_colon(text: str, at: int, mark: str) -> bool:
    """Whether the break ``mark`` found at ``at`` is the colon of a clock ("from 00:00",
    "at 18:00 Moscow time"), which ends no clause: a colon between two digits."""
    return (
        mark == ":" and 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit()
    )


class ClauseBreaks(NamedTuple):
    """The clause breaks of one sentence: where each starts and ends, in order."""

    sentence: tuple[int, int]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def clause_of(self, pos: int) -> int:
        """Where the clause holding ``pos`` starts (as ``clause_of``)."""
        i = bisect_right(self.ends, pos)
        return self.ends[i - 1] if i else self.sentence[0]

    def clause_end(self, pos: int) -> int:
        """Where the clause holding ``pos`` ends (as ``clause_end``)."""
        i = bisect_left(self.starts, pos)
        return self.starts[i] if i < len(self.starts) else self.sentence[1]


def clause_breaks(text: str, sentence: tuple[int, int], breaks: tuple[str, ...]) -> ClauseBreaks:
    """Every clause break in a sentence, found once for all the clauses asked about."""
    start, end = sentence
    chunk = text[start:end]
    spans = []
    for mark in breaks:
        at = chunk.find(mark)
        while at >= 0:
            if not _clock_colon(text, start + at, mark):
                spans.append((start + at, start + at + len(mark)))
            at = chunk.find(mark, at + 1)
    return ClauseBreaks(
        sentence, tuple(sorted(s for s, _ in spans)), tuple(sorted(e for _, e in spans))
    )


def clause_end(text: str, sentence: tuple[int, int], pos: int, breaks: tuple[str, ...]) -> int:
    """Where the clause holding ``pos`` ends: at the first clause break after it."""
    end = sentence[1]
    tail = text[pos:end]
    best = end
    for mark in breaks:
        at = tail.find(mark)
        while at >= 0 and _clock_colon(text, pos + at, mark):
            at = tail.find(mark, at + 1)
        if at >= 0:
            best = min(best, pos + at)
    return best


def last_match(
    pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None
) -> re.Match[str] | None:
    """The last non-overlapping match of ``pattern`` in ``text[start:end]``."""
    found = None
    for found in pattern.finditer(text, start, len(text) if end is None else end):  # noqa: B007
        continue
    return found


def lowered(text: str) -> str:
    """``text`` in lower case, each character in its place.

    Lexicon patterns marked as matching lower-cased text are compiled case-sensitively,
    which makes them several times faster than ignoring case. A character whose lower
    case is longer (the dotted capital I) is kept as it is, so offsets still agree.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def folded(text: str) -> str:
    """``text`` as ``lowered`` gives it, with the three letters that ignoring case takes
    for "i" or "s" ("\u0130", "\u0131", "\u017f") made those: a pattern compiled
    case-sensitively on it matches where the same pattern ignoring case matches on
    ``text``, at the same offsets."""
    low = lowered(text)
    if any(c in low for c in _ODD_CASES):
        for odd, plain in zip(_ODD_CASES, _ODD_FOLDS, strict=True):
            low = low.replace(odd, plain)
    return low


def word_before(text: str, start: int, end: int, word: str) -> bool:
    """Whether ``text[start:end]`` ends with the whole word ``word`` and at least one
    space: what ``\\bword\\s+$`` with ``re.I`` finds searched from ``start`` to ``end``,
    without trying every character. ``word`` is lower-case ASCII without "i" or "s"
    (``lower()`` does not make the letters that ignoring case takes for those)."""
    window = text[start:end]
    head = window.rstrip()
    at = start + len(head) - len(word)
    return (
        len(head) < len(window)
        and at >= start
        and text[at : at + len(word)].lower() == word
        and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"))
    )


def last_words(text: str, count: int) -> list[str]:
    """The last ``count`` white-space-separated words of ``text`` (all of them for 0).

    Splits only the end of the text: a clause's head can be long.
    """
    if count <= 0:
        return text.split()
    return text.rsplit(None, count)[-count:]


def words(text: str) -> list[str]:
    """The words of a short stretch of text (hyphenated words and numbers kept whole)."""
    return _WORD.findall(text)


def duration_days(
    text: str, lexicon: AgreementLexicon, start: int = 0, end: int | None = None
) -> float | None:
    """The length a phrase gives an agreement, in days: "30-day" → 30, "72-hour" → 3.

    With ``start`` and ``end`` the phrase is ``text[start:end]``, read with the words
    after it in view: "the truce on energy targets | two days after it began" gives none.
    """
    stop = len(text) if end is None else end
    # A phrase counts only through its unit word, a key of ``lexicon.units``: without one
    # in the phrase no match can count, and the pattern's lower-case lead-in would be
    # tried at nearly every letter to find that out.
    phrase = folded(text[start:stop])
    if not any(unit in phrase for unit in lexicon.units):
        return None
    for match in lexicon.duration.finditer(text, start, min(len(text), stop + 24)):
        if match.end() > stop:
            break
        number: float | None = 1.0
        unit = None
        for name, value in match.groupdict().items():
            if value is None:
                continue
            if name.startswith("n"):
                number = _number(value.lower(), lexicon)
            elif name.startswith("u"):
                unit = value.lower()
        if number is not None and unit is not None:
            return round(number * lexicon.units[unit], 4)
    return None


def _number(word: str, lexicon: AgreementLexicon) -> float | None:
    try:
        return float(word)
    except ValueError:
        return lexicon.numbers.get(word)


def label_of(text: str, lexicon: AgreementLexicon, head: str) -> str | None:
    """A name the text gives the agreement ("Easter truce"), from the words before it."""
    found = [m.group() for m in lexicon.labels.finditer(text)]
    return f"{found[-1]} {head.lower()}" if found else None


# "for the rest of Ramadan", "for the holy month of Ramadan": the period named is the
# holiday all the same.
_FOR_LABEL: Final = re.compile(
    r"\s+(?:for|over|during|until the end of)\s+(?:the\s+)?"
    r"(?:(?:rest|remainder|duration|end)\s+of\s+(?:the\s+)?)?(?:holy\s+month\s+of\s+)?"
)


def label_after(text: str, pos: int, lexicon: AgreementLexicon, head: str) -> str | None:
    """The name told after the agreement instead: "a ceasefire for Easter" is the Easter
    ceasefire."""
    lead = _FOR_LABEL.match(text, pos)
    if lead is None:
        return None
    found = lexicon.labels.match(text, lead.end())
    return f"{found.group()} {head.lower()}" if found else None


_LABEL_LEAD: Final = re.compile(r"\s(?:for|over|during|until)\s")


def label_within(
    text: str, start: int, stop: int, lexicon: AgreementLexicon, head: str
) -> str | None:
    """The name told further on in the phrase after the agreement: "a truce with Israel
    for the holy month of Ramadan" is the Ramadan truce."""
    for lead in _LABEL_LEAD.finditer(text, start, stop):
        found = label_after(text, lead.start(), lexicon, head)
        if found is not None:
            return found
    return None


class StatedTimes(NamedTuple):
    """The start and end a clause states, and how it tells the start."""

    starts: datetime | None
    ends: datetime | None
    scheduled: bool = False
    """True for a start told as a schedule ("from 6 p.m.", "starting Monday"), not as
    something that happened ("took effect at 6 p.m.")."""
    zoned: bool = False
    """True when the clause names a time zone or tells a moment in UTC ("midnight on
    Saturday (2100 GMT)"), so the moments are exact."""


def _night_of_two_days(before: str, match: re.Match[str]) -> str:
    """The words before a date with the night's first day dropped, when the date is the
    second day of a night written as two ("with effect from midnight 24/25 Feb 2021"):
    midnight of that night is the second day's start, so the clock and start word before
    it are the date's own. Days that do not follow each other ("24/26 Feb") are left."""
    first = _FIRST_NIGHT_DAY.search(before)
    second = match.group("d2")
    if first is None or second is None or int(first.group(1)) + 1 != int(second):
        return before
    return before[: first.start()]


def stated_times(text: str, lexicon: AgreementLexicon, published: datetime | None) -> StatedTimes:
    """Start and end moments stated in a clause ("from midnight on Saturday until ...").

    A time zone named once ("from 6 p.m. Moscow time on Saturday until midnight on
    Sunday") holds for every time of the clause. An end at midnight of a named day
    ("until midnight on Sunday") is that day's end, and an end named by its weekday
    comes after the start.
    """
    if published is None:
        return StatedTimes(None, None)
    # The date patterns match folded text case-sensitively: about twice as fast as
    # ignoring case. Every word read from them is compared in lower case.
    low = folded(text)
    if not _may_name_day(text, low, lexicon):
        return StatedTimes(None, None)
    found: list[_Dated] = []
    zone = None
    for match in _dates(low, lexicon):
        before = low[max(0, match.start() - 80) : match.start()]
        # "until midnight on the night from Sunday to Monday": the first day of the
        # night is the one the time belongs to; the words naming the night are dropped.
        night = _NIGHT.search(before)
        if night is not None:
            before = before[: night.start()]
        elif before.endswith("/"):
            before = _night_of_two_days(before, match)
        # Room for "6 a.m. local time (0400 GMT) on" before the day; the last time in
        # the window is the day's ("from 6 p.m. on Saturday until midnight on Sunday").
        timed: re.Match[str] | None = None
        for timed in lexicon.time_first.finditer(before[-50:]):  # noqa: B007 - the last
            pass
        if timed is not None and before.endswith(timed.group()):
            before = before[: len(before) - len(timed.group())]
        found.append(_Dated(match, timed, before, night is not None))
        if found[1:] and _restates(timed, before):
            # "06:00 on Thursday (23:00 GMT Wednesday)": the bracket's zone is its own.
            continue
        named = match.group("zone") or match.group("zone_after")
        named = named or (timed.group("zone") if timed else None)
        zone = zone or named
    starts = ends = None
    scheduled = weekly = False
    last: tuple[bool, str | None] | None = None
    """Whether the moment set last was the end, and the tense it was read in."""
    for match, timed, before, overnight in found:
        if last is not None and _restates(timed, before):
            # "until midnight on Sunday (2100 GMT on Sunday)": the writer's own UTC reading
            # of the moment just told is exact; it wins over the local reading.
            is_end, tense = last
            moment = _resolve(match, timed, zone, lexicon, published, tense, is_end, overnight)
            told: datetime | None = ends if is_end else starts
            if moment is not None and told is not None:
                moment = _near(moment, told)
            if moment is not None and is_end:
                ends = moment
            elif moment is not None:
                starts = moment
            continue
        start_word = lexicon.date_start.search(before) if starts is None else None
        end_word = None
        if start_word is None and ends is None:
            end_word = lexicon.date_end.search(before)
        word = start_word or end_word
        if word is None:
            continue
        said = word.group()
        tense = (
            "past"
            if lexicon.grammar.past_forms.match(said)
            else "present"
            if lexicon.grammar.present_forms.match(said)
            else None
        )
        is_end = end_word is not None
        through = (
            is_end
            and lexicon.date_through.search(said) is not None
            and lexicon.part_of_day.match(low, match.end()) is None
        )
        moment = _resolve(match, timed, zone, lexicon, published, tense, is_end, overnight, through)
        if moment is None:
            continue
        last = (is_end, tense)
        if start_word is not None:
            starts, scheduled = moment, tense != "past"
        else:
            ends = moment
            weekly = match.group("wd") is not None and match.group("m3") is None
    if starts is not None and ends is not None and weekly:
        # "from noon on Friday until noon on Sunday": the Sunday after that Friday.
        while ends <= starts:
            ends += timedelta(days=7)
    zoned = zone is not None and lexicon.zones.get(zone.lower()) is not None
    zoned = zoned or any(_told_in_utc(match, timed) for match, timed, _, _ in found)
    return StatedTimes(starts, ends, scheduled, zoned)


def _told_in_utc(match: re.Match[str], timed: re.Match[str] | None) -> bool:
    """Whether a day's time is told in UTC, alone ("1500 GMT") or beside the local one
    ("6 a.m. local time (0400 GMT)")."""
    if _utc_clock(match) or (timed is not None and _utc_clock(timed)):
        return True
    return any((match.group("utc"), match.group("utc_after"), timed and timed.group("utc")))


class _Dated(NamedTuple):
    """A day named in a clause, as ``stated_times`` reads it."""

    match: re.Match[str]
    timed: re.Match[str] | None
    """The clock time written before the day ("midnight on Sunday"), if any."""
    before: str
    """The words before the day, folded, its time and any naming of a night taken off."""
    overnight: bool
    """The day opens a night ("the night from Sunday to Monday", "the night of May
    10-11"): its midnight is the one at its end."""


# "the night from Sunday to Monday", "the night of May 10-11", "the night between ...":
# grammar, not vocabulary, like ``_FOR_LABEL``.
# "midnight between May 7 and May 8" names the night by its two days too; "midnight"
# stays before the night's words, as the time of the first day's end.
# Like the lexicon's date patterns, it matches folded text.
# The first of two days written as one night ("from midnight 24/25 Feb"), right before the
# second, which the date pattern reads.
_FIRST_NIGHT_DAY: Final = re.compile(r"(?<![\d/])(\d{1,2})/$")
_NIGHT: Final = re.compile(r"(?:\bthe night (?:from|of|between|into)|(?<=\bmidnight )between)\s+$")
# A time told in UTC ("2100 GMT", "0400 UTC").
_UTC_CLOCK: Final = re.compile(r"(?:gmt|utc)$", re.IGNORECASE)
# A bracket opened just before a UTC time ("midnight on Sunday (2100 GMT on Sunday)").
_OPEN_BRACKET: Final = re.compile(r"[,;]?\s*\(\s*$")


def _restates(timed: re.Match[str] | None, before: str) -> bool:
    """Whether a day and its time restate the moment just told, in UTC and in brackets:
    "(2100 GMT on Sunday)" after "until midnight on the night from Sunday to Monday",
    "(23:00 GMT Wednesday)" after "at 06:00 on Thursday"."""
    if timed is None or not _utc_clock(timed):
        return False
    return _OPEN_BRACKET.search(before) is not None


def _utc_clock(found: re.Match[str]) -> bool:
    """Whether a time match tells its clock in UTC: "2100 GMT", or "23:00" with "GMT"
    read as its zone."""
    clock = found.group("time")
    return clock is not None and (
        _UTC_CLOCK.search(clock) is not None
        or _UTC_CLOCK.fullmatch(found.group("zone") or "") is not None
    )


def _near(moment: datetime, told: datetime) -> datetime:
    """A weekday's moment restating ``told``: the week's that lies nearest to it ("at
    06:00 on Thursday (23:00 GMT Wednesday)" is the Wednesday just before)."""
    return min((moment + timedelta(days=7 * k) for k in (-1, 0, 1)), key=lambda m: abs(m - told))


def _year_of(month: int, day_of: int, published: date, tense: str | None) -> date:
    """A day named without its year: the one nearest publication, except that a verb in
    the past puts it no later than publication ("took effect on November 27", in June, is
    last November's) and one in the present no earlier ("ends on January 3", in December,
    is next January's). Raises ``ValueError`` for a day no year has."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(date(year, month, day_of))
        except ValueError:
            continue  # February 29 outside a leap year
    if not candidates:
        raise ValueError(f"no day {month}-{day_of}")
    if tense == "past":
        earlier = [d for d in candidates if d <= published + timedelta(1)]
        candidates = earlier or candidates
    elif tense == "present":
        later = [d for d in candidates if d >= published - timedelta(1)]
        candidates = later or candidates
    return min(candidates, key=lambda d: abs((d - published).days))


_MONTH_REACH: Final = 11
"""How far before its digits a day's month can start: nine letters, a full stop and a
space ("September. 9")."""


def _earliest_day(low: str, lexicon: AgreementLexicon, start: int = 0) -> int:
    """Where in ``low``, from ``start`` on, the date pattern can first match: at a
    weekday, "today" or "tonight", a digit, or a month name before one. Every branch of
    the pattern opens with a group, so ``re`` tries it at every character; the words
    before are skipped."""
    first = len(low)
    digit = _DIGIT.search(low, start)
    if digit is not None:
        first = max(start, digit.start() - _MONTH_REACH)
    for name in (*lexicon.weekdays, *lexicon.today):
        at = low.find(name, start, first - 1 + len(name))  # one that starts before ``first``
        if at >= 0:
            first = at
    return first


def _dates(low: str, lexicon: AgreementLexicon) -> list[re.Match[str]]:
    """``lexicon.date.finditer(low)``, each search started where the next match can
    start (``_earliest_day`` after the last one): a clause's dates are far apart, and
    the engine would try the pattern at every character between them."""
    found: list[re.Match[str]] = []
    size = len(low)
    pos = _earliest_day(low, lexicon)
    while pos < size:
        match = lexicon.date.search(low, pos)
        if match is None:
            break
        found.append(match)
        pos = _earliest_day(low, lexicon, match.end())  # no match is empty
    return found


def _may_name_day(text: str, low: str, lexicon: AgreementLexicon) -> bool:
    """False when ``text`` (``low`` folded) cannot name a day: no weekday, and no month
    beside a number.

    A moment needs one of those ("on Sunday", "May 9", "9th May"); this test is much
    cheaper than the date pattern, and "may" is mostly no month.
    """
    if any(c in text for c in _ODD_CASES):
        return True
    if any(name in low for name in lexicon.weekdays) or any(w in low for w in lexicon.today):
        return True
    if _DIGIT.search(text) is None:
        return False
    for name in lexicon.months:
        at = low.find(name)
        while at >= 0:
            # "May 9", "May. 9" or "9 May", "9th May"
            after = at + len(name)
            if _DIGIT.search(low, max(0, at - 5), at) or _DIGIT.search(low, after, after + 3):
                return True
            at = low.find(name, at + 1)
    return False


def _resolve(
    match: re.Match[str],
    timed: re.Match[str] | None,
    clause_zone: str | None,
    lexicon: AgreementLexicon,
    published: datetime,
    tense: str | None,
    is_end: bool,
    overnight: bool = False,
    through: bool = False,
) -> datetime | None:
    """A date expression as an aware datetime in UTC (``through``: an end that runs
    through the day it names, "until April 12").

    A weekday alone is the last one after a verb in the past ("expired on Thursday"),
    the coming one after a verb in the present ("ends on Saturday"), else the one
    nearest to publication ("from 6 p.m. on Saturday" in Sunday's paper is
    yesterday); today's stays today.
    """
    clock = match.group("time") or (timed.group("time") if timed else None)
    # "at 00:00 on Sunday, May 3, Goma time": the zone may follow the day, not the clock.
    zone_name = match.group("zone") or match.group("zone_after")
    zone_name = zone_name or (timed.group("zone") if timed else None) or clause_zone
    zone = lexicon.zones.get((zone_name or "").lower()) or UTC
    weekday = match.group("wd")
    month_word = (match.group("m1") or match.group("m2") or match.group("m3") or "").lower()
    if match.group("today") is not None:
        # "from 18:00 Moscow time today": the day of publication where the clock is read.
        # Without a clock ("starting tonight", "from today") the moment is too loose to
        # time a truce by: proposals say it as often as agreements do.
        if clock is None:
            return None
        # Past midnight, the words of the day's entries still name that day.
        day = (published.astimezone(zone) - lexicon.small_hours).date()
    elif weekday is not None and lexicon.months.get(month_word) is None:
        named = lexicon.weekdays[weekday.lower()]
        back = -((published.weekday() - named) % 7)
        ahead = (named - published.weekday()) % 7
        nearest = back if -back < ahead else ahead
        shift = back if tense == "past" else ahead if tense == "present" else nearest
        day = (published + timedelta(shift)).date()
    else:
        month = lexicon.months.get(month_word)
        if month is None:
            return None
        day_of = int(match.group("d1") or match.group("d2") or match.group("d3"))
        given = match.group("y1") or match.group("y2")
        try:
            if given is not None:
                day = date(int(given), month, day_of)
            else:
                day = _year_of(month, day_of, published.date(), tense)
        except ValueError:
            return None
    if clock is not None and _UTC_CLOCK.search(clock) is not None:
        # "from 1500 GMT on Saturday": a time told in UTC is in UTC, whatever zone the
        # clause names for its other times.
        zone = UTC
    # Midnight belongs to the day that is ending; so does the midnight of a night named
    # by its first day, start or end ("from midnight on the night of May 7-8").
    # Midnight "today" or "tonight" is the coming one, the end of the day of publication.
    ends_day = is_end or overnight or match.group("today") is not None
    at_day_end = ends_day and clock is not None and clock.lower() == "midnight"
    # An end told by its day alone ("run until April 12") runs through that day.
    at_day_end = at_day_end or (through and clock is None)
    in_utc = (
        match.group("utc") or match.group("utc_after") or (timed.group("utc") if timed else None)
    )
    if in_utc is not None:
        # "6 a.m. local time (0400 GMT)": the writer gave the exact moment; use it, on the
        # UTC day nearest the local time ("midnight on Saturday (2100 GMT)" is Friday's).
        told = 24.0 if at_day_end else _hours(clock)
        exact = _hours(in_utc)
        shift = 0 if abs(exact - told) <= 12 else (-1 if exact > told else 1)
        start = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(shift)
        return start + timedelta(hours=exact)
    hours = 24.0 if at_day_end else _hours(clock)
    local = datetime(day.year, day.month, day.day, tzinfo=zone) + timedelta(hours=hours)
    # Wall-clock arithmetic in the zone, then to UTC (a daylight-saving change is rare
    # within a day and ignored).
    return local.astimezone(UTC)


def _hours(clock: str | None) -> float:
    if not clock:
        return 0.0
    word = clock.lower().replace(".", "").replace(" ", "")
    if word == "midnight":
        return 0.0
    if word == "noon":
        return 12.0
    pm = word.endswith("pm")
    digits = word.rstrip("apm").replace("gmt", "").replace("utc", "")
    if ":" in digits:
        hour_text, minute_text = digits.split(":", 1)
    elif len(digits) == 4:
        hour_text, minute_text = digits[:2], digits[2:]
    else:
        hour_text, minute_text = digits, "0"
    try:
        hour, minute = int(hour_text), int(minute_text)
    except ValueError:
        return 0.0
    if pm and hour < 12:
        hour += 12
    elif hour == 12 and word.endswith("am"):
        hour = 0  # "12:01 a.m. on Sunday" is a minute after the midnight that opens Sunday
    return hour + minute / 60
