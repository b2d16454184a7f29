"""A fast sentence splitter that keeps character offsets into the article text.

Rules rather than a model: a sentence ends at ``.``, ``!`` or ``?`` (with any closing
quote or bracket after it) when whitespace and a capital, digit or opening quote follow,
unless the word before the stop is a known abbreviation or an initial; a line break
always ends a sentence and a paragraph. A stop inside a closed quotation does not end
the sentence, so ``"We will fight. We will win," he said.`` stays one sentence with its
attribution.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from processors.quotes import Quote
from processors.text import char_positions, is_decimal

# A sentence's stop, tried only where a ".", "!" or "?" stands.
_CANDIDATE: Final = re.compile(
    r"[.!?][.!?]*[\"\u201d\u2019)\]]*(?=\s+[\"\u201c\u2018(\[]?[A-Z0-9À-Ý])"
)
# Besides letters and digits, what a word before a stop may hold: ``U.S.``, ``O'Neill``.
_WORD_MARKS: Final = frozenset("_.\u2019'-")
# The words around a one-letter word before a stop: an initial or not.
_ON_PLATFORM: Final = re.compile(r"\b(?:on|via)\s$")
_WORD_BEFORE: Final = re.compile(r"([A-Za-z]+)\s$")
_WORD_AFTER: Final = re.compile(r"\s+[\"\u201c]?([A-Za-z]+)\b")
# Words that open a sentence and never follow an initial as a surname would.
_OPENERS: Final = frozenset(
    ("he", "she", "it", "they", "we", "i", "the", "this", "that", "but", "and", "his", "her")
)
# What may follow a sentence's stop besides a blank (``_CANDIDATE``).
_AFTER_MARK: Final = frozenset('.!?"\u201d\u2019)]')


@dataclass(slots=True, init=False)
class Sentence:
    """One sentence: ``text[start:end]``, without surrounding whitespace.

    Read-only by convention: not frozen, because a frozen dataclass takes several
    times longer to build, and an article has dozens of sentences. Its ``__init__``
    is written out: mypyc compiles it, a generated one stays interpreted.
    """

    start: int
    end: int
    paragraph: int
    index: int

    def __init__(self, start: int, end: int, paragraph: int, index: int) -> None:
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.index = index


def _is_abbreviation(text: str, stop: int, abbreviations: frozenset[str]) -> bool:
    """True when the ``.`` at ``stop`` closes an abbreviation or an initial."""
    # The word is the run of word characters, stops, apostrophes and hyphens before
    # the stop (at most 24 characters back): read backwards, it is a few steps.
    start, floor = stop, max(0, stop - 24)
    while start > floor and (text[start - 1].isalnum() or text[start - 1] in _WORD_MARKS):
        start -= 1
    if start == stop:
        return False
    word = text[start:stop]
    if len(word) == 1 and word.isupper():
        # An initial (Donald J. Trump), unless a lower-case word comes before it and a
        # sentence opener after it: "wrote on X. He added" ends at the letter.
        if word == "X" and _ON_PLATFORM.search(text, max(0, start - 6), start):
            return False  # "wrote on X. President Trump said": the platform, no initial
        return not (_after_lower_word(text, start) and _opener_follows(text, stop))
    return word in abbreviations or word.rstrip(".") in abbreviations


def _after_lower_word(text: str, start: int) -> bool:
    """Whether the word before ``start`` (one blank apart) is written in lower case."""
    match = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return match is not None and match.group(1)[0].islower()


def _opener_follows(text: str, stop: int) -> bool:
    """Whether the word after the stop at ``stop`` opens sentences, not names: He, The."""
    match = _WORD_AFTER.match(text, stop + 1)
    return match is not None and match.group(1).lower() in _OPENERS


def split_sentences(
    text: str, abbreviations: frozenset[str], quotes: Sequence[Quote] = ()
) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences with offsets; ``quotes`` protects closed quotations."""
    protected = [(q.start, q.end) for q in quotes if q.closed]
    protected_starts = [a for a, _ in protected]
    sentences: list[Sentence] = []
    paragraph = 0
    para_start = 0
    # A candidate stop starts with one of these: only there is the pattern tried.
    marks = char_positions(text, ".!?")
    for line in [*_line_breaks(text), None]:
        para_end = len(text) if line is None else line[0]
        start = pos = para_start
        first, last = bisect.bisect_left(marks, para_start), bisect.bisect_left(marks, para_end)
        for mark in marks[first:last]:
            if mark < pos:
                continue  # inside the last stop ("?!")
            after = text[mark + 1 : mark + 2]
            if after not in _AFTER_MARK and not after.isspace():
                continue  # "3.5", "U.S.": a stop is followed by a blank or a closing mark
            stop = _CANDIDATE.match(text, mark, para_end)
            if stop is None:
                continue
            pos = end = stop.end()
            if text[mark] == "." and _is_abbreviation(text, mark, abbreviations):
                continue
            inside = bisect.bisect_left(protected_starts, mark) - 1
            if inside >= 0 and end < protected[inside][1]:
                continue
            _add(sentences, text, start, end, paragraph)
            start = end
        _add(sentences, text, start, para_end, paragraph)
        if line is not None:
            paragraph += 1
            para_start = line[1]
    return tuple(sentences)


def _line_breaks(text: str) -> list[tuple[int, int]]:
    """Runs of line breaks, as (start, end)."""
    runs: list[tuple[int, int]] = []
    for newline in char_positions(text, "\n"):
        if runs and runs[-1][1] == newline:
            runs[-1] = (runs[-1][0], newline + 1)
        else:
            runs.append((newline, newline + 1))
    return runs


# List markers that open a line: "* ", "- ", "1. ".
_BULLET: Final = re.compile(r"\s*(?:[*\u2022\u2013\u2014-]|\d{1,2}[.)]|[QA]:)\s+")


# A dateline or a live-blog time stamp before the first words of a paragraph:
# "KYIV, March 22 (Northwire) - ", "WASHINGTON (AP) — ", "10:21 a.m. ET — ".
_DATELINE: Final = re.compile(
    r"\s*(?:[A-Z][A-Z.'\u2019\-/ ]*[A-Z](?:,[^\n()\u2013\u2014]{0,40}?)?\s*(?:\([^)\n]{1,40}\))?"
    r"|\d{1,2}:\d{2}(?:\s*[ap]\.m\.)?(?:\s+[A-Z]{2,4})?)\s*(?:--|[-\u2013\u2014])\s+"
)
# "NEW DELHI: India on Friday …", the colon style of South Asian and Gulf papers: only
# where the story starts, since further on "HOST:" or "MWANGI:" label a transcript's lines.
_COLON_DATELINE: Final = re.compile(r"\s*[A-Z][A-Z.'\u2019\-/ ]*[A-Z]:\s+(?=[A-Z\u201c\"])")


# A heading that opens a list item ("* SWEIDA TRUCE: The presidency …", "* Background:
# the group …"): words in capitals, or up to three words with a capital first, then a
# colon and no quote. It names the item's topic, never its subject or speaker; but a
# pronoun right after it ("* PUTIN: He said …") takes up the heading, which stays.
_HEADING: Final = re.compile(
    r"(?:[A-Z][A-Z0-9'\u2019&-]*(?: [A-Z0-9][A-Z0-9'\u2019&-]*){0,5}"
    r"|[A-Z][a-z'\u2019-]+(?: [a-z'\u2019-]+){0,2}):\s+"
    r"(?=[^\s\"\u201c\u2018'])(?!(?:He|She|It|They|We|His|Her|Its|Their)\b)"
)

# A list marker opens with one of these (or with a blank).
_BULLET_FIRST: Final = frozenset("*\u2022\u2013\u2014-0123456789QA")


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    # Most sentences open with neither a list marker nor a dateline: their first
    # characters after the blanks rule the patterns out without trying them.
    lead = _after_blanks(text, start, end)
    # (A digit of another script opens a marker only after a blank, as ``_BULLET`` says.)
    if lead < end and (text[lead] in _BULLET_FIRST or (lead > start and is_decimal(text[lead]))):
        bullet = _BULLET.match(text, start, end)
        if bullet is not None:
            start = bullet.end()
            heading = _HEADING.match(text, start, end)
            if heading is not None:
                start = heading.end()
            lead = _after_blanks(text, start, end)
    dateline = _DATELINE.match(text, start, end) if _may_be_dateline(text, lead, end) else None
    if dateline is None and not out:
        dateline = _COLON_DATELINE.match(text, start, end)
    if dateline is not None and dateline.end() < end:
        start = dateline.end()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, paragraph, len(out)))


def _after_blanks(text: str, pos: int, end: int) -> int:
    """``pos`` moved past blanks, no further than ``end``."""
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _may_be_dateline(text: str, lead: int, end: int) -> bool:
    """Whether ``_DATELINE`` can match where the first non-blank is at ``lead``: its two
    first characters are a capital and a capital or a mark ("KYIV", "U.S."), or two
    digits or a digit and a colon ("10:21")."""
    if lead + 1 >= end:
        return False
    first, second = text[lead], text[lead + 1]
    if "A" <= first <= "Z":
        return "A" <= second <= "Z" or second in ".'\u2019-/ "
    return is_decimal(first) and (second == ":" or is_decimal(second))
