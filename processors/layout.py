"""The shape of one article: sentences, quotations, tokens, actors, verbs and titles.

Everything here is computed once per article and only read afterwards; the statement
rules ask it where a clause starts, whether a position is quoted, and which quote
closes right before an attribution.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import Final, NamedTuple

from processors.actors import ActorMention, Gazetteer, scan_mentions
from processors.lexicon import SpeechLexicon
from processors.quotes import Quote, find_quotes
from processors.sentences import Sentence, split_sentences
from processors.speakers import Phrase
from processors.text import Tokens, is_decimal

# A subject is a few words long: looking back this far for its clause is enough.
_CLAUSE_WINDOW: Final = 160
# A live blog's entry time before its first words, with no dash after it ("15:40 The
# ministry says …"): the stamp is no part of the sentence, nor "40" of its subject.
_TIME_STAMP: Final = re.compile(r"\d{1,2}:\d{2}\s+(?=[A-Z\"\u201c\u2018])")
# A live blog entry's time at the head of its paragraph ("17:20 - ", "13:20 WIB - ").
_ENTRY_TIME: Final = re.compile(r"^(\d{1,2}):(\d{2})\b", re.MULTILINE)
# How many entries make a live blog whose order can be read.
_MIN_ENTRIES: Final = 3


class Verb(NamedTuple):
    """A reporting verb as written (``said``, ``pointed  to``) and where it stands."""

    start: int
    end: int
    form: str


class Layout:
    """Sentences, quotes, tokens, gazetteer mentions, verbs and titled names of a text."""

    def __init__(
        self,
        text: str,
        gazetteer: Gazetteer,
        lexicon: SpeechLexicon,
        mentions: tuple[ActorMention, ...] | None = None,
        speech: list[re.Match[str]] | None = None,
    ) -> None:
        self.text = text
        self.quotes = find_quotes(text)
        self.quote_starts = [q.start for q in self.quotes]
        self.sentences = _without_stamps(
            text, split_sentences(text, lexicon.abbreviations, self.quotes)
        )
        self.sentence_starts = [s.start for s in self.sentences]
        self.mentions = scan_mentions(gazetteer, text) if mentions is None else mentions
        """The gazetteer's mentions in the text (``scan_mentions``; given when already read)."""
        self.verbs: list[Verb] = []
        """Reporting verbs, in text order."""
        self.titled: list[re.Match[str]] = []
        """Role words with the names they introduce (groups ``role`` and ``name``)."""
        verbs, titled = self.verbs, self.titled
        # ``tuple.__new__`` builds the named tuple without its Python-level constructor.
        new = tuple.__new__
        # ``speech`` is ``lexicon.speech_matches(text)`` when the caller has read it.
        for match in lexicon.speech_matches(text) if speech is None else speech:
            start, end = match.span("verb")
            if start == -1:
                titled.append(match)
                continue
            # "member states said": a speech-verb form right before another one is
            # the subject's head noun, not a verb; but after a past form the second
            # is the object noun ("rejected claims that", "dismissed calls for").
            if verbs:
                gap = text[verbs[-1].end : start]
                if 0 < len(gap) <= 2 and gap.isspace():
                    if _past_before_noun(verbs[-1].form, match.group("verb")):
                        continue
                    verbs.pop()
            verbs.append(new(Verb, (start, end, match.group("verb"))))
        self.verb_starts = [verb.start for verb in verbs]
        """Where each reporting verb starts, to bisect."""
        self.tokens = Tokens(text)
        self.boundary: re.Pattern[str] = lexicon.grammar.boundary
        # As a tuple: iterating the string would build a new string for each curly mark.
        self.boundary_marks = tuple(lexicon.grammar.boundary_marks)

    def in_quote(self, pos: int) -> bool:
        """Whether ``pos`` falls inside the words of a quotation."""
        index = bisect.bisect_right(self.quote_starts, pos) - 1
        return index >= 0 and self.quotes[index].inner_start <= pos < self.quotes[index].inner_end

    def sentence_at(self, pos: int) -> Sentence:
        """The sentence that holds ``pos`` (the nearest one before it)."""
        return self.sentences[max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)]

    def clause_start(self, lo: int, hi: int) -> int:
        """Start of the clause that ends at ``hi`` (no earlier than ``lo``)."""
        text, window = self.text, max(lo, hi - _CLAUSE_WINDOW)
        # A mark is a boundary by itself and never inside another one: the last mark
        # ends every boundary before it, so only the words after it are searched.
        mark = -1
        for char in self.boundary_marks:
            mark = max(mark, text.rfind(char, window, hi))
        start = lo if mark == -1 else mark + 1
        for match in self.boundary.finditer(text, max(window, mark + 1), hi):
            start = match.end()
        return start

    def quote_before(self, pos: int, floor: int) -> Quote | None:
        """A closed quote that ends right before ``pos`` (spaces and a comma apart)."""
        index = bisect.bisect_left(self.quote_starts, pos) - 1
        if index < 0:
            return None
        quote = self.quotes[index]
        between = self.text[quote.end : pos]
        if quote.end <= floor or between.strip(" ,") or not quote.closed:
            return None
        return quote

    def quote_opening(self, sentence: Sentence) -> int | None:
        """Index of a quote that opens ``sentence``, if one does."""
        index = bisect.bisect_left(self.quote_starts, sentence.start)
        if index < len(self.quotes) and self.quotes[index].start - sentence.start <= 1:
            return index
        return None


def _without_stamps(text: str, sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """``sentences``, each opening after a live-blog entry time it starts with."""
    # Most sentences open with a letter or a quote: a digit first rules the rest out.
    if not any(is_decimal(text[s.start]) for s in sentences):
        return sentences
    out: list[Sentence] = []
    for sentence in sentences:
        stamp = (
            _TIME_STAMP.match(text, sentence.start, sentence.end)
            if is_decimal(text[sentence.start])
            else None
        )
        if stamp is not None:
            sentence = Sentence(stamp.end(), sentence.end, sentence.paragraph, sentence.index)
        out.append(sentence)
    return tuple(out)


def _past_before_noun(first: str, second: str) -> bool:
    """``rejected claims``: a past form, then a form that is not one (a plural noun)."""
    return first.endswith("ed") and not second.endswith("ed")


def skip_blank(text: str, pos: int, end: int) -> int:
    """``pos`` moved past spaces and hyphens."""
    while pos < end and (text[pos].isspace() or text[pos] == "-"):
        pos += 1
    return pos


def strip_end(text: str, lo: int, end: int) -> int:
    """``end`` moved back over trailing spaces, no further than ``lo``."""
    while end > lo and text[end - 1].isspace():
        end -= 1
    return end


def phrase_at(text: str, start: int, end: int) -> Phrase | None:
    """``text[start:end]`` without surrounding spaces, as a phrase (None when empty)."""
    while start < end and text[start].isspace():
        start += 1
    end = strip_end(text, start, end)
    if end <= start:
        return None
    # ``tuple.__new__`` builds the named tuple without its Python-level constructor.
    return tuple.__new__(Phrase, (start, end, text[start:end]))


def is_name(text: str) -> bool:
    """Every word capitalised: a bare name such as ``Jeanine Hennis-Plasschaert``."""
    return all(w[:1].isupper() for w in text.split())


def newest_first(text: str) -> bool:
    """Whether the text is a live blog whose entries run from the newest down (``17:20 -
    …`` above ``09:00 - …``): there a person is introduced below their first short
    reference, in the oldest entry."""
    if ":" not in text:
        return False  # most articles: no entry times
    times = [int(h) * 60 + int(m) for h, m in _ENTRY_TIME.findall(text)]
    if len(times) < _MIN_ENTRIES:
        return False
    down = sum(1 for a, b in itertools.pairwise(times) if a > b)
    return down > (len(times) - 1) // 2
