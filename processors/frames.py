"""What a reporting verb reports: the content that follows it, by the verb's frame.

Each frame says how a verb takes its content: ``said (that) …`` takes a clause,
``urged X to …`` an object and what follows, ``expressed …`` a noun phrase,
``described X as …`` a description, ``called for …`` what follows the preposition.
Verbs that also name acts (``announced a ceasefire``, ``confirmed the call``) are
``strict``: they report speech only with a clause.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from itertools import pairwise
from operator import itemgetter
from typing import Final, NamedTuple

from processors.lexicon import SpeechLexicon
from processors.quotes import Quote

# Literal first, so that the regex engine jumps from one "that" to the next.
_THAT: Final = re.compile(r"that(?<=\bthat)\s+")
_AS: Final = re.compile(r"\s+as\s+")
_THOUSANDS: Final = re.compile(r"(?<=\d),(?=\d{3})")
# What ends the words between a verb and its "that" (asides taken out).
_THAT_STOPS: Final = re.compile(r"[,;:\u201c\"(.]")
_WORD: Final = re.compile(r"[\w'\u2019.\-]+")
_GAP: Final = re.compile(r"[\s,:\u2014\u2013-]*")
# Frames that take a that-clause.
_THAT_FRAMES: Final = frozenset(("clause", "strict", "finite", "gerund", "tell"))
# Quote marks that may open the words after "to" (``to "keep your promises"``).
_OPENING_MARKS: Final = ('"', "\u201c")
# How many words the object of ``told X to …`` may take.
_OBJECT_WORDS: Final = 3
# Where a noun-phrase content ends: a clause break or a new coordinated verb.
# A thousands separator (``_THOUSANDS``: "60,000 tonnes") is no break.
_CLAUSE_BREAK: Final = re.compile(r"(?<!\d),|,(?!\d{3})|[;:(]")


class Content(NamedTuple):
    """The reported words: ``[start, end)`` in the text; ``direct`` for a quote."""

    start: int
    end: int
    direct: bool


# The word that opens a comment clause at a sentence's start ("As the governor said, …").
_COMMENT_LEAD: Final = "As"


def _content(start: int, end: int, direct: bool) -> Content:
    # ``tuple.__new__`` builds the named tuple without its Python-level constructor.
    return tuple.__new__(Content, (start, end, direct))


def clause_end(text: str, start: int, end: int) -> int:
    """``end`` without the sentence's closing punctuation and trailing spaces."""
    while end > start and (text[end - 1] in " .!?;:\n" or text[end - 1] in '\u201d"\u2019)'):
        if text[end - 1] in '\u201d"\u2019' and _opens_inside(text, start, end - 1):
            break  # keep the closing mark of a quote that opened inside the content
        end -= 1
    return end


def _opens_inside(text: str, start: int, close: int) -> bool:
    segment = text[start:close]
    if text[close] == "\u201d":
        return "\u201c" in segment
    if text[close] == '"':
        return segment.count('"') % 2 == 1
    return "\u2018" in segment


def skip_adjuncts(text: str, pos: int, end: int, lex: SpeechLexicon) -> int:
    """Skip ``on Tuesday``, ``in a statement``, ``at a news conference`` after a verb."""
    match = lex.adjunct_pattern.match(text, pos, end)
    return match.end() if match else pos


def _bare_answer(text: str, pos: int, end: int, lex: SpeechLexicon) -> bool:
    """``said yes three days later``, ``said no.``: an answer and at most a phrase of time,
    not ``said no date had been set``."""
    words = text[pos:end].split(None, 2)
    if not words or words[0].lower().rstrip(",.;") not in lex.answers:
        return False
    return len(words) == 1 or words[0][-1] in ",.;" or words[1].lower() in lex.answer_tails


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _that_within(
    text: str, pos: int, end: int, lex: SpeechLexicon, limit: int = 12, listener: bool = False
) -> int | None:
    """Where the clause after a ``that`` starts (within ``limit`` words, before any stop).

    In ``said that was not enough`` the ``that`` is the clause's subject and stays; in
    ``said a truce that had to be renewed was no truce`` it is a relative, unless the
    words before it may be a ``listener`` (``told the panel that was not enough``).
    """
    match = _THAT.search(text, pos, end)
    if match is None:
        return None
    between = text[pos : match.start()]
    if "," in between:  # both patterns need a comma (and would try every position)
        between = lex.grammar.aside.sub(" ", between)
        between = _THOUSANDS.sub("", between)  # "told a crowd of 2,000 supporters that"
    words = between.split()
    if len(words) > limit:
        return None
    stops = _THAT_STOPS.findall(between)
    # "told the lawyers, outside the jury's presence, that": an aside set off by commas.
    if stops and (set(stops) != {","} or not between.rstrip().endswith(",")):
        return None
    for i, word in enumerate(words):
        # "said he understood X but argued that ...": that "that" belongs to another verb.
        if word in lex.verbs or word in lex.clause_cues or word in lex.pronouns:
            return None
        # "said Israel missed ... and that": a verb after a name (not "a statement issued").
        if word.endswith("ed") and len(word) > 4 and i and words[i - 1][:1].isupper():
            return None
    following = _WORD.match(text, match.end())
    if following is not None and following.group(0).lower() in lex.clause_cues:
        # "said that was not enough": the "that" is the clause's subject; "said a truce
        # that had to be renewed was no truce": it is a relative of the noun before it.
        return None if words and not listener else match.start()
    return match.end()


def quote_at(quotes: Sequence[Quote], pos: int, stop: int | None = None) -> Quote | None:
    """The quote opening at ``pos`` (give or take two characters), before ``stop``."""
    # Quotes are in text order: the first one at or after ``pos`` (or ``stop``) decides.
    floor = pos if stop is None else min(pos, stop)
    index = bisect.bisect_left(quotes, floor, key=_start)
    if index == len(quotes):
        return None
    quote = quotes[index]
    if stop is not None and quote.start >= stop:
        return None
    return quote if quote.start - pos <= 2 else None


def _quote_in(quotes: Sequence[Quote], pos: int, end: int) -> Quote | None:
    index = bisect.bisect_left(quotes, pos, key=_start)
    if index < len(quotes) and quotes[index].start < end:
        return quotes[index]
    return None


_start = itemgetter(0)
"""A quote's start, to bisect quotes by."""


def _words(text: str, start: int, end: int, limit: int) -> list[re.Match[str]]:
    out = []
    for match in _WORD.finditer(text, start, end):
        out.append(match)
        if len(out) >= limit:
            break
    return out


def _bad_start(word: str, lex: SpeechLexicon) -> bool:
    """A bare content cannot open with a preposition or a participle (``at the signing``)."""
    return word.islower() and (word in lex.grammar.prepositions or word.endswith(("ing", "ed")))


def _noun_subject(text: str, word: re.Match[str], stop: int, lex: SpeechLexicon) -> bool:
    """Whether a bare ``-ing`` word is a clause's subject: ``said shelling had started``,
    ``said fighting resumed at dawn`` (its verb right after it), not ``said at the
    signing`` or ``said speaking to reporters``."""
    if not word.group(0).endswith("ing") or word.group(0) in lex.grammar.prepositions:
        return False
    following = _words(text, word.end(), stop, 1)
    if not following:
        return False
    verb = following[0].group(0)
    return verb.lower() in lex.clause_cues or _past_tense(verb, word.group(0), lex)


# How far a lead's last word may stand from where an amount of time before it opens
# ("about 20 minutes after": three words, the lead, with room for long numbers).
_TIME_LEAD_REACH: Final = 64


def _time_lead(text: str, pos: int, stop: int, lex: SpeechLexicon) -> bool:
    """Whether a phrase of time opens at ``pos``: one of ``time_leads`` ("shortly after
    signing"), or an amount of time before one ("about 20 minutes after the debate ended",
    "some two hours before the vote": a number, lower-case words or none before it)."""
    if text[pos:stop].lower().startswith(lex.time_leads):
        return True
    # An amount of time is a few words before a lead's last word: most reports hold none.
    reach = min(stop, pos + _TIME_LEAD_REACH)
    if all(text.find(tail, pos, reach) == -1 for tail in lex.time_lead_tails):
        return False
    for word in _words(text, pos, stop, 3):
        token = word.group(0)
        if not token.islower() and not token[:1].isdigit():
            return False
        if token[:1].isdigit() or token in lex.grammar.quantifiers:
            rest = _skip_space(text, word.end(), stop)
            if rest > word.end() and text[rest:stop].lower().startswith(lex.time_leads):
                return True
    return False


def _amount_lead(text: str, pos: int, stop: int, lex: SpeechLexicon) -> bool:
    """Whether the preposition at ``pos`` opens an amount that is a clause's subject:
    ``said at least 12 people were killed``, ``says over 40 homes burned`` (at most one
    word, such as ``least``, between the preposition and the number)."""
    words = _words(text, pos, stop, 3)
    for word in words[1:]:
        token = word.group(0)
        if token[:1].isdigit() or token.lower() in lex.grammar.quantifiers - lex.grammar.articles:
            return _looks_like_clause(text, word.start(), stop, lex, loose=True)
        if not token.islower():
            break
    return False


def _looks_like_clause(
    text: str, start: int, end: int, lex: SpeechLexicon, loose: bool = False
) -> bool:
    """A finite clause: an auxiliary or modal (or, ``loose``, a past tense) early on."""
    cut = _CLAUSE_BREAK.search(text, start, end)
    words = [w.group(0) for w in _words(text, start, cut.start() if cut else end, 8)]
    if not words or _bad_start(words[0], lex):
        return False
    return any(
        w.lower() in lex.clause_cues or (loose and _past_tense(w, before, lex))
        for before, w in pairwise(words)
    )


def looks_like_clause(text: str, start: int, end: int, lex: SpeechLexicon) -> bool:
    """Whether the words from ``start`` read as a finite clause (``Thai forces had
    responded``), not a bare noun phrase (``officials``, ``Peskov, the spokesman``)."""
    return _looks_like_clause(text, start, end, lex, loose=True)


def _past_tense(word: str, before: str, lex: SpeechLexicon) -> bool:
    """Whether ``word`` may be a verb in the past tense: a lower-case word in ``-ed`` that
    no determiner or number leads (``several hundred``, ``the assembled donors``)."""
    if not (word.islower() and word.endswith("ed") and len(word) > 4):
        return False
    lead = before.lower()
    return not (
        lead in lex.noun_markers
        or lead in lex.determiners
        or lead in lex.grammar.quantifiers
        or lead.isdigit()
    )


def _after_listener(text: str, pos: int, end: int, lex: SpeechLexicon) -> int:
    listener = lex.listener_pattern.match(text, pos, end)
    if listener is not None:
        return listener.end()
    words = _words(text, pos, end, 5)
    # "told us", but not "told US media": a pronoun is not written in capitals.
    if words and words[0].group(0) in lex.grammar.object_pronouns:
        return words[0].end()
    taken = pos
    for word in words:
        # A quote mark ends the listener: "told CBS's “Face the Nation” that".
        if text[taken : word.start()].strip():
            break
        if not word.group(0)[0].isupper():
            # "told US media", "told Russian state television": the audience's noun.
            audience = lex.listener_pattern.match(text, taken, end) if taken > pos else None
            if audience is not None:
                taken = audience.end()
            break
        taken = word.end()
    return taken


def content_after(
    text: str,
    verb_end: int,
    end: int,
    frame: str,
    lex: SpeechLexicon,
    quotes: Sequence[Quote],
) -> Content | None:
    """The content a verb of ``frame`` takes from ``verb_end`` up to the clause end ``end``."""
    stop = clause_end(text, verb_end, end)
    pos = _skip_space(text, verb_end, stop)
    if pos >= stop or text[pos] == ",":
        # "…," he said, "…": a second quote after a comma is a split quote.
        if pos < stop and text[pos] == ",":
            quote = quote_at(quotes, _skip_space(text, pos + 1, stop), stop)
            if quote is not None:
                return _content(quote.inner_start, quote.inner_end, True)
            # "said, in a brief note, that …": a that-clause after an aside.
            after = _that_within(text, pos, stop, lex) if frame in _THAT_FRAMES else None
            if after is not None:
                return _span(text, after, stop, quotes)
        return None
    first = _WORD.match(text, pos)
    if frame == "ask" and first is not None and first.group(0).lower() in lex.question_leads:
        # "asked who would monitor it", "asked whether Kyiv would use the pause": an
        # indirect question is what was asked.
        return _span(text, pos, stop, quotes)
    if first is not None and first.group(0).lower() in lex.blockers_after:
        return None
    if text.startswith(lex.reciprocals, pos):
        return None  # "accused each other of breaking it": two sides, nobody's words
    if frame == "rest":
        return _span(text, pos, stop, quotes)
    if frame == "call":
        # Before adjuncts: "called on the United States to ..." is not a place.
        return _call(text, pos, stop, lex, quotes)
    if frame == "tell":
        pos = skip_adjuncts(text, pos, stop, lex)
        after = _that_within(text, pos, stop, lex, listener=True)
        if after is None:
            pos = skip_adjuncts(text, _after_listener(text, pos, stop, lex), stop, lex)
            after = _that_within(text, pos, stop, lex, listener=True)
        if after is None:
            pos = _skip_space(text, pos, stop)
            word = _WORD.match(text, pos)
            if word is not None and word.group(0).lower() in lex.blockers_after:
                return None
            quote = quote_at(quotes, _GAP.match(text, pos).end(), stop)  # type: ignore[union-attr]
            if quote is None and pos >= stop and text[stop - 1 : stop + 1].strip() in (",", ":"):
                # 'told US media on Sunday, "…"': the adjuncts end at the comma that opens
                # the quote, which lies past the clause they close.
                quote = quote_at(quotes, _GAP.match(text, stop).end(), end)  # type: ignore[union-attr]
            if quote is not None and _opens_content(text, pos, quote):
                return _content(quote.inner_start, quote.inner_end, True)
            if _after_aside(text, pos, verb_end):
                return None  # "told reporters in Helsinki, where he was on a visit"
            if (
                not (word is not None and word.group(0) == "to")
                and not _looks_like_clause(text, pos, stop, lex, loose=True)
                and not _infinitive_after_object(text, pos, stop, lex)
            ):
                return None  # "told the panel", "told picketers outside the terminal"
        return _span(text, after if after is not None else pos, stop, quotes)
    pos = skip_adjuncts(text, pos, stop, lex)
    if frame in ("clause", "strict", "finite", "gerund"):
        after = _that_within(text, pos, stop, lex)
        if after is not None:
            return _span(text, after, stop, quotes)
        if pos >= stop or _time_lead(text, pos, stop, lex):
            return None  # nothing left, or "wrote on X shortly after signing": when
        if _bare_answer(text, pos, stop, lex):
            return None  # "the government said yes three days later": an answer
        lead = _skip_adverb(text, pos, stop, lex, quotes)
        quote = quote_at(quotes, _GAP.match(text, lead).end(), stop)  # type: ignore[union-attr]
        if quote is not None and _opens_content(text, lead, quote):
            return _content(quote.inner_start, quote.inner_end, True)
        if _after_aside(text, pos, verb_end):
            # "said on Wednesday after a call with Trump, a day after ...": what follows
            # the adjuncts' comma is one more aside; the report stands before the verb.
            return None
        if frame == "strict" and not _looks_like_clause(text, pos, stop, lex):
            return None
        if frame == "finite" and not _looks_like_clause(text, pos, stop, lex, loose=True):
            return None  # "wrote the trade laws", "adding a clock emoji": no report
        word = _WORD.match(text, _skip_space(text, pos, stop))
        if (
            word is not None
            and word.group(0) in lex.grammar.topic_leads
            and not _amount_lead(text, word.start(), stop, lex)
        ):
            # '"…," Trump said of the governors': whom it was about, no report; but "said
            # about 60,000 tonnes were lost" is an amount opening the report.
            return None
        gerund = frame == "gerund" and word is not None and word.group(0).endswith("ing")
        # "said cooperating witnesses were ..." is a clause; "said at the signing" is not,
        # nor "said in a statement posted on Telegram".
        if (
            word is not None
            and _bad_start(word.group(0), lex)
            and not gerund
            and not _amount_lead(text, word.start(), stop, lex)
            and not _noun_subject(text, word, stop, lex)
            and (
                word.group(0) in lex.grammar.prepositions
                or not _looks_like_clause(text, word.end(), stop, lex)
            )
        ):
            return None
        return _span(text, pos, stop, quotes)
    if frame in ("object", "ask"):
        words = _words(text, pos, stop, 7)
        if frame == "ask" and not any(w.group(0) == "to" for w in words):
            return None
        if frame == "ask" and [w.group(0) for w in words[:3]] == ["not", "to", "be"]:
            return None  # "asked not to be named"
        return _span(text, pos, stop, quotes)
    if frame == "np":
        cut = lex.grammar.np_end.search(text, pos, stop)
        return _span(text, pos, cut.start() if cut else stop, quotes)
    return _described(text, pos, stop, frame, lex, quotes)


def _infinitive_after_object(text: str, pos: int, stop: int, lex: SpeechLexicon) -> bool:
    """``told agencies in a memo on Monday to prepare``: an object, then a to-infinitive.

    The object is a few words; only adjuncts (``in a memo``, ``on Monday``) may stand
    between it and the ``to``, and a verb-like word must follow that (``told the panel
    about the plan to build`` is no order).
    """
    cut = _CLAUSE_BREAK.search(text, pos, stop)
    words = _words(text, pos, cut.start() if cut else stop, _OBJECT_WORDS + 1)
    for previous in words[:_OBJECT_WORDS]:
        at = _skip_space(text, skip_adjuncts(text, previous.end(), stop, lex), stop)
        to = _WORD.match(text, at, stop)
        if to is None or to.group(0) != "to":
            continue
        at = _skip_space(text, to.end(), stop)
        if text[at : at + 1] in _OPENING_MARKS:
            at += 1  # 'told the Taliban to "keep your promises"': the quoted words
        verb = _WORD.match(text, at, stop)
        return (
            verb is not None
            and verb.group(0).isalpha()
            and verb.group(0).islower()
            and verb.group(0) not in lex.determiners
            and verb.group(0) not in lex.grammar.prepositions
        )
    return False


def _skip_adverb(
    text: str, pos: int, stop: int, lex: SpeechLexicon, quotes: Sequence[Quote]
) -> int:
    """After an adverb that leads into a quote (``said only: "..."``), else ``pos``."""
    word = _WORD.match(text, pos, stop)
    if word is None or word.group(0).lower() not in lex.adverbs:
        return pos
    after = _GAP.match(text, word.end(), stop).end()  # type: ignore[union-attr]
    return word.end() if quote_at(quotes, after, stop) is not None else pos


def _after_aside(text: str, pos: int, verb_end: int) -> bool:
    """Whether ``pos`` follows a comma that closes the asides after a verb."""
    while pos > verb_end and text[pos - 1].isspace():
        pos -= 1
    return pos > verb_end + 1 and text[pos - 1] == ","


def _opens_content(text: str, pos: int, quote: Quote) -> bool:
    """Whether the quote is the content itself, not a quoted word inside a reported clause
    that a word opens ('said a "weak" bill would be ...')."""
    return not any(c.isalpha() for c in text[pos : quote.start])


def _span(text: str, start: int, stop: int, quotes: Sequence[Quote]) -> Content | None:
    start = _skip_space(text, start, stop)
    quote = quote_at(quotes, start, stop)
    if quote is not None and quote.start - start <= 1 and quote.end >= stop - 1:
        return _content(quote.inner_start, quote.inner_end, True)
    stop = clause_end(text, start, stop)
    if len(text[start:stop].split(None, 1)) < 2:  # fewer than two words
        return None
    return _content(start, stop, False)


def _call(
    text: str, pos: int, stop: int, lex: SpeechLexicon, quotes: Sequence[Quote]
) -> Content | None:
    words = _words(text, pos, stop, 8)
    if not words:
        return None
    first = words[0].group(0).lower()
    if first in ("for", "on", "upon"):
        return _span(text, words[0].end(), stop, quotes)
    # "called the outages at the facility “unacceptable”": the quote may come late.
    quote = _quote_in(quotes, pos, stop)
    lead = text[pos : quote.start] if quote is not None else ""
    if quote is not None and len(lead.split()) <= 16 and not any(c in lead for c in ",;:"):
        return _content(quote.inner_start, quote.inner_end, True)
    # "called it a …", "called the strikes an act of …"; "called Putin" is a phone call.
    if first in lex.grammar.call_objects and len(words) > 2:
        return _span(text, pos, stop, quotes)
    if first == "the" and any(w.group(0).lower() in ("a", "an") for w in words[2:6]):
        return _span(text, pos, stop, quotes)
    return None


def _described(
    text: str, pos: int, stop: int, frame: str, lex: SpeechLexicon, quotes: Sequence[Quote]
) -> Content | None:
    """``describe``, ``as`` and ``reject`` frames: X as Y, a quote, or a speech object."""
    as_match = _AS.search(text, pos, stop)
    if as_match is not None and lex.as_worded.match(text, as_match.end(), stop):
        as_match = None  # "rejected the truce as drafted": which text, not what it is called
    if as_match is not None:
        quote = quote_at(quotes, as_match.end(), stop)
        if quote is not None:
            return _content(quote.inner_start, quote.inner_end, True)
        return _span(text, pos, stop, quotes)
    if frame in ("describe", "as"):
        quote = _quote_in(quotes, pos, stop)
        if quote is not None and len(text[pos : quote.start].split()) <= 6:
            return _content(quote.inner_start, quote.inner_end, True)
        return None
    words = _words(text, pos, stop, 5)
    if any(w.group(0).lower().rstrip("\u2019'") in lex.speech_objects for w in words):
        return _span(text, pos, stop, quotes)
    return None


def _time_tail(
    text: str, verb_end: int, hi: int, lead: tuple[int, int], lex: SpeechLexicon
) -> bool:
    """``…, Qatar's prime minister said on Wednesday, after more than a year of talks
    mediated by Egypt``: after the verb only phrases of time or place (a preposition
    opens them, no finite verb follows), so the clause before the speaker is the report.
    The lead may be in the simple past (``Russia and Turkey agreed a truce, Putin said
    after talks in Moscow``)."""
    words = _words(text, verb_end, hi, 40)
    if not words or len(words) == 40 or not looks_like_clause(text, lead[0], lead[1], lex):
        return False
    if not any(w.group(0) in lex.grammar.prepositions for w in words[:4]):
        return False
    if any(w.group(0).lower() in lex.clause_cues for w in words):
        return False
    return not any(w.group(0) in lex.verbs for w in words)


def setting_tail(
    text: str, verb_end: int, hi: int, lead: tuple[int, int], content: Content, lex: SpeechLexicon
) -> bool:
    """Whether ``content``, found after the verb of a speaker who follows a clause and its
    comma, is only the end of a phrase of time or place (``…, Putin said Thursday after
    talks with his Turkish counterpart in Moscow``, ``…, they said after talks in the
    Saudi city of Jeddah``): no clause and no "that" after the verb, so the report is the
    clause before the speaker."""
    if content.direct or looks_like_clause(text, content.start, content.end, lex):
        return False
    if any(w.group(0).lower() == "that" for w in _words(text, verb_end, content.start, 40)):
        return False
    return _time_tail(text, verb_end, hi, lead, lex)


def _after_intro_colon(text: str, lo: int, stop: int) -> int:
    """Where the words before a trailing attribution start: after a colon that ends the
    narration's lead-in (``X put it more bluntly: the truce would hold, he said``), else
    at ``lo``. A clock time (``15:35``) has no blank after its colon."""
    colon = text.rfind(": ", lo, stop)
    return lo if colon == -1 else _skip_space(text, colon + 1, stop)


def _after_comment(text: str, verb_end: int, hi: int, lex: SpeechLexicon) -> Content | None:
    """The main clause after a comment clause that opens the sentence (``As the governor
    said last week, the state cannot afford it``): it is what the speaker said."""
    skipped = skip_adjuncts(text, verb_end, hi, lex)
    after = _skip_space(text, skipped, hi)
    if after < hi and text[after] == ",":
        after += 1
    elif after >= hi or not text[verb_end:skipped].rstrip().endswith(","):
        return None
    start = _skip_space(text, after, hi)
    stop = clause_end(text, start, hi)
    if len(text[start:stop].split()) < 3 or not _looks_like_clause(text, start, stop, lex):
        return None
    return _content(start, stop, False)


def around_attribution(
    text: str,
    sentence: tuple[int, int],
    attribution: tuple[int, int],
    frame: str,
    lex: SpeechLexicon,
    quoted: bool = False,
) -> tuple[Content | None, bool]:
    """The content around an attribution that has nothing after its verb.

    ``Russia is not ready, Zelensky said.`` reports what comes before the speaker (the
    second value is then True); ``For now, she said, she would back it.`` reports the
    longer side around it. ``attribution`` is (subject start, verb end). ``quoted``: the
    words before end in a scare quote, whose closing mark may follow the comma
    (``answered "forcefully," he said``).
    """
    (lo, hi), (subject, verb_end) = sentence, attribution
    rest = text[verb_end:hi].lstrip()
    lead = text[lo:subject].rstrip()
    # The comma that closes the lead, before the closing mark of a scare quote it ends in.
    comma = len(lead) - (2 if quoted and lead.endswith((',"', ",\u201d")) else 1)
    if lead == _COMMENT_LEAD:
        return _after_comment(text, verb_end, hi, lex), False
    if lead[comma : comma + 1] != "," or lead.startswith(lex.grammar.question_leads):
        return None, False  # "Asked whether …, X said": the reporter's question is no report
    lead_stop = clause_end(text, lo, lo + comma)
    if comma < len(lead) - 1:
        lead_stop = lo + len(lead)  # keep the scare quote's closing mark
    if (
        rest.startswith(",")
        and rest[1:].lstrip().startswith(lex.carried_leads)
        and not text[lo:lead_stop].lower().startswith(lex.subordinate_leads)
    ):
        # "X pushed in, Kyrgyz officials say, while Dushanbe says Y": what follows the
        # speaker carries on past the report (no adjunct: "while" opens a clause here).
        lo = _after_intro_colon(text, lo, lead_stop)
        if len(text[lo:lead_stop].split()) < 3:
            return None, False
        return _content(lo, lead_stop, False), True
    tail = lex.adjunct_pattern.match(rest)
    rest = rest[tail.end() :] if tail else rest
    first = rest.split(None, 1)[0] if rest.strip() else ""
    trailing = (
        not rest.strip(' .!?\u201d"')
        or lex.grammar.clause_tail.match(rest.lstrip())
        # "…, the Kremlin said in a statement following a call between the two leaders":
        # what follows the adjuncts is one more phrase of place or time, not a report.
        or (first in lex.grammar.prepositions and "," not in rest)
        or _time_tail(text, verb_end, hi, (lo, lead_stop), lex)
    )
    if frame == "tell" and not trailing:
        listener = lex.listener_pattern.match(rest)
        if listener is not None:
            heard = rest[listener.end() :].lstrip()
            if heard.startswith(",") and text[lo:subject].lower().startswith(lex.subordinate_leads):
                # "If the truce holds, an official tells us, the talks could resume": the
                # listener closes the aside, the main clause after it is the report.
                verb_end = hi - len(heard)
            else:
                trailing = True
    lo = _after_intro_colon(text, lo, lead_stop)
    if trailing:
        if len(text[lo:lead_stop].split()) < 3:
            return None, False
        return _content(lo, lead_stop, False), True
    skipped = skip_adjuncts(text, verb_end, hi, lex)
    after = _skip_space(text, skipped, hi)
    if after < hi and text[after] == ",":
        after += 1
    elif after >= hi or not text[verb_end:skipped].rstrip().endswith(","):
        # The adjuncts may take their comma along ("said on Monday, a gesture …").
        return None, False
    start = _skip_space(text, after, hi)
    stop = clause_end(text, start, hi)
    # "The president will sign it, she said, and will host them": the words after the
    # attribution carry on the clause before it, which is the report.
    carried = text.startswith(lex.carried_leads, start, stop)
    # "The truce is in effect, the military says, 15 months after the war began": only
    # the words before the speaker make a clause; the rest says when.
    bare = not _looks_like_clause(text, start, stop, lex) and _looks_like_clause(
        text, lo, lead_stop, lex
    )
    # "If the truce holds, diplomats say, the talks could resume": the condition before
    # the speaker is no report of its own; the main clause after it is.
    conditional = text[lo:lead_stop].lower().startswith(lex.subordinate_leads)
    shorter = len(text[start:stop].split()) < len(text[lo:lead_stop].split())
    # ("If no deal is reached, analysts say, Turkey faces …": the main clause is the
    # report even where it does not read as a clause.)
    if carried or (bare and not conditional) or (shorter and not conditional):
        start, stop = lo, lead_stop
    if len(text[start:stop].split()) < 3:
        return None, False
    # Carried on past the report: the clause before the speaker is all of it, as for a
    # trailing attribution.
    return _content(start, stop, False), carried
