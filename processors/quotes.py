"""Quotation marks: where each quote opens and closes, with character offsets.

News copy uses curly marks ("…") or straight ones ("…"); a quote that runs over several
paragraphs leaves its closing mark off at each paragraph end and reopens at the start of
the next one. British copy may use single curly marks ('…') for the same purpose, which
we only read when the text has no double quotes at all, since ' is also the apostrophe.
"""

from __future__ import annotations

import bisect
from typing import Final, NamedTuple

from processors.text import char_positions

# A straight mark opens a quote at the start of a paragraph or after a space or an
# opening bracket or dash, and closes it otherwise.
_OPENS_AFTER: Final = frozenset(" \t\n([{\u2014\u2013-/")
_DOUBLE: Final = '\u201c\u201d"'
_SINGLE: Final = "\u2018\u2019"


class Quote(NamedTuple):
    """A quoted passage: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool
    """False when the paragraph ends before a closing mark (the quote runs on)."""


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for newline in char_positions(text, "\n"):
        spans.append((start, newline))
        start = newline + 1
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


def _opens(text: str, index: int, para_start: int) -> bool:
    return index == para_start or text[index - 1] in _OPENS_AFTER


def _quotes_in(text: str, start: int, end: int, marks: list[int]) -> list[Quote]:
    """The quotes of one paragraph, ``text[start:end]``; ``marks`` are the text's marks."""
    found: list[Quote] = []
    # ``tuple.__new__`` builds the named tuple without its Python-level constructor.
    new = tuple.__new__
    open_at: int | None = None
    first, last = bisect.bisect_left(marks, start), bisect.bisect_left(marks, end)
    for index in marks[first:last]:
        char = text[index]
        if open_at is None:
            # A closing mark with no opener is an apostrophe or a stray; skip it.
            if char in "\u201c\u2018" or (char == '"' and _opens(text, index, start)):
                open_at = index
            continue
        if char in "\u201d\u2019" or (char == '"' and not _opens(text, index, start)):
            if char == "\u2019" and index + 1 < end and text[index + 1].isalnum():
                continue  # an apostrophe inside the quote: don't, Ukraine's
            found.append(new(Quote, (open_at, index + 1, open_at + 1, index, True)))
            open_at = None
        elif char in "\u201c\u2018" or char == '"':
            # A second opener before any closer: the first quote ran to here unclosed.
            found.append(new(Quote, (open_at, index, open_at + 1, _trim_end(text, index), False)))
            open_at = index
    if open_at is not None:
        found.append(new(Quote, (open_at, end, open_at + 1, _trim_end(text, end), False)))
    return [q for q in found if q.inner_end > q.inner_start]


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Every quoted passage of ``text``, in order, never crossing a paragraph break."""
    double = any(mark in text for mark in _DOUBLE)
    marks = char_positions(text, _DOUBLE if double else _SINGLE)
    quotes: list[Quote] = []
    for start, end in _paragraphs(text):
        quotes.extend(_quotes_in(text, start, end, marks))
    return tuple(quotes)


# A title is a few words; a longer quote is someone's words whatever its case.
_TITLE_WORDS: Final = 7
_POSSESSIVE_ENDS: Final = ("'s", "\u2019s", "s'", "s\u2019")


def is_title(text: str, quote: Quote, cues: frozenset[str], small_words: frozenset[str]) -> bool:
    """Whether ``quote`` names a show, book or headline rather than quoting speech.

    ``on CBS's "Face the Nation," Sen. Ridder argued …``: a short Title Case quote right
    after a possessive or a cue word (``on``, ``titled``, ``headlined``) is a name.
    """
    words = text[quote.inner_start : quote.inner_end].strip(" ,.").split()
    if not words or len(words) > _TITLE_WORDS:
        return False
    for number, word in enumerate(words):
        first = word.lstrip("(\u2018'")[:1]
        if not first.isalpha() or first.isupper():
            continue
        if number == 0 or word.lower() not in small_words:
            return False
    lead = text[max(0, quote.start - 40) : quote.start]
    before = lead[lead.rfind("\n") + 1 :].split()
    if not before:
        return False
    last = before[-1]
    return last.lower() in cues or last.endswith(_POSSESSIVE_ENDS)
