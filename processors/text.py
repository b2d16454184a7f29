"""Small text helpers shared by the extractors."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import Final


def trie_pattern(words: Iterable[str], any_blank: bool = False, word_start: bool = False) -> str:
    """One regex alternation of ``words``, shaped as a character trie.

    A flat alternation of hundreds or thousands of words is tried word by word at every
    position of the text; the trie tries one branch per character, which keeps a scan
    of a whole article well under a millisecond. Longer words are still preferred: the
    end of a shorter word is an optional, greedy group. With ``any_blank`` a space in a
    word matches any run of blanks (the caller then normalises what it matched).

    With ``word_start`` a word matches only where no letter, digit, ``_`` or ``-``
    stands before it, as ``(?<![\\w-])`` in front of the pattern would say. The check
    comes after each word's first character, so that the regex engine skips positions
    that open no word without trying the pattern there; that pays when the words start
    with few different characters (capitalised names), not with all of them.

    The trie is read off the sorted words, without building it: the words below a node
    are a run of them, its children in character order (start-up compiles tries of
    thousands of names).
    """
    ordered = sorted(set(words))
    pieces: dict[str, str] = {}
    if not word_start:
        return _render(ordered, 0, len(ordered), 0, any_blank, pieces)
    branches = []
    lo = 1 if ordered and not ordered[0] else 0  # an empty word matches nowhere here
    while lo < len(ordered):
        char = ordered[lo][0]
        hi = _run_end(ordered, lo, 0)
        rest = _render(ordered, lo, hi, 1, any_blank, pieces)
        branches.append(_piece(char, any_blank, pieces) + r"(?<![\w-].)" + rest)
        lo = hi
    return "(?:" + "|".join(branches) + ")"


def _render(
    words: list[str], lo: int, hi: int, depth: int, any_blank: bool, pieces: dict[str, str]
) -> str:
    """The trie of ``words[lo:hi]`` (sorted, sharing their first ``depth`` characters)
    below that prefix."""
    ends = lo < hi and len(words[lo]) == depth  # a word stops here (it sorts first)
    if ends:
        lo += 1
    branches = []
    while lo < hi:
        char = words[lo][depth]
        stop = _run_end(words, lo, depth, hi)
        rest = _render(words, lo, stop, depth + 1, any_blank, pieces)
        branches.append(_piece(char, any_blank, pieces) + rest)
        lo = stop
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        # The word may stop here; the greedy "?" still tries the longer word first.
        return f"(?:{body})?"
    return body


def _run_end(words: list[str], lo: int, depth: int, hi: int = -1) -> int:
    """Where the run of words that have ``words[lo]``'s character at ``depth`` ends."""
    stop = len(words) if hi < 0 else hi
    char = words[lo][depth]
    end = lo + 1
    while end < stop and words[end][depth] == char:
        end += 1
    return end


def _piece(char: str, any_blank: bool, pieces: dict[str, str]) -> str:
    """One character of a word in the pattern: escaped, or any blanks for a space."""
    piece = pieces.get(char)
    if piece is None:
        piece = pieces[char] = r"\s+" if char == " " and any_blank else re.escape(char)
    return piece


def char_positions(text: str, chars: str) -> list[int]:
    """Offsets of every occurrence of any of ``chars`` in ``text``, in order.

    ``str.find`` skips through a text many times faster than a regex looking for a
    character class, which tries the class at every position.
    """
    found: list[int] = []
    for char in chars:
        index = text.find(char)
        while index != -1:
            found.append(index)
            index = text.find(char, index + 1)
    if len(chars) > 1:
        found.sort()
    return found


def is_decimal(char: str) -> bool:
    """``char.isdecimal()``, without a method call for the ASCII characters that are
    none (letters and marks, such as most first characters of a sentence)."""
    code = ord(char)
    return 48 <= code <= 57 or (code > 127 and char.isdecimal())


def prefix_table(words: Iterable[str]) -> bytes:
    """A 1 at the ``prefix_index`` of each word: a word whose index holds a 0 starts as
    none of them do, which a loop over the characters learns far more cheaply than by
    slicing the word and hashing it to look it up."""
    table = bytearray(PREFIX_SIZE)
    for word in words:
        table[prefix_index(word, 0, len(word))] = 1
    return bytes(table)


PREFIX_SIZE: Final = 1 << 15


def prefix_index(text: str, start: int, end: int) -> int:
    """Five bits of each of the first three characters of the word ``text[start:end]``,
    0 past its end: words that share them share the index, so a ``prefix_table`` can
    only err towards a yes."""
    index = 0
    for pos in range(start, start + 3):
        index = index << 5 | (ord(text[pos]) & 31 if pos < end else 0)
    return index


def last_runs(text: str, start: int, end: int, runs: int) -> int:
    """Where the last ``runs`` runs of non-blanks in ``text[start:end]`` begin; ``start``
    when it holds no more than that (for ``Grammar.tail_runs``)."""
    pos = end
    while runs and pos > start:
        while pos > start and text[pos - 1].isspace():
            pos -= 1
        while pos > start and not text[pos - 1].isspace():
            pos -= 1
        runs -= 1
    return pos


Token = tuple[int, int, str]
"""A word or punctuation mark: start, end and the text itself."""

# Marks that end a run of letters as tokens of their own (``TOKEN``'s last branch).
_CLOSING_MARKS: Final = frozenset(',;:!?)"\u201d')

TOKEN: Final = re.compile(r"\w[\w'\u2019.\-]*\w(?:['\u2019](?![\w'\u2019])|\.)?|\w\.?|[^\w\s]")


class Tokens:
    """Tokens of one text, computed for the character ranges asked for.

    Only the few words around each reporting verb are ever read closely, so
    tokenising those ranges on demand is cheaper than tokenising the article. A range
    asked for again is read once, and a range inside the last one read (a phrase in
    the words before a verb) is a slice of it, when no token is cut at its ends.
    """

    __slots__ = ("_last", "_read", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._read: dict[tuple[int, int], list[Token]] = {}
        self._last = _Span(0, 0, [])

    def between(self, start: int, end: int) -> list[Token]:
        """Tokens that lie inside ``[start, end)``; the list is shared, do not change it."""
        tokens = self._read.get((start, end))
        if tokens is None:
            last = self._last
            if last.start <= start and end <= last.end:
                tokens = last.part(self._text, start, end)
            if tokens is None:
                tokens = _tokenise(self._text, start, end)
                self._last = _Span(start, end, tokens)
            self._read[start, end] = tokens
        return tokens

    def tail(self, start: int, end: int, runs: int) -> tuple[list[Token], bool]:
        """The tokens of the last ``runs`` runs of non-blanks in ``[start, end)``: the end
        of ``between(start, end)``, as a run that starts inside the range is read the
        same way on its own; and whether they are all of the range's tokens.

        The words before a verb are read from its end, and most readings stop at the
        first or second word: tokenising the whole range for them cost more than the
        reading itself.
        """
        text = self._text
        pos = last_runs(text, start, end, runs)
        rest = pos
        while rest > start and text[rest - 1].isspace():
            rest -= 1
        return _tokenise(text, pos, end), rest == start

    def first(self, start: int, end: int, count: int) -> list[Token]:
        """The first ``count`` tokens of ``[start, end)``, reading no further than them.

        For a phrase that starts at ``start``: the rest of a long sentence is not read.
        """
        tokens = self._read.get((start, end))
        if tokens is not None:
            return tokens[:count]
        return _tokenise(self._text, start, end, count)


def _tokenise(text: str, start: int, end: int, limit: int = -1) -> list[Token]:
    """The tokens of ``text[start:end]`` (only the first ``limit`` when it is given).

    Only blanks stand between two tokens, so each run of the split text starts at the
    first character after the last run that is no blank, and the pattern's tokens of a
    run follow each other (every character can start one): their places need neither
    ``str.find`` nor match objects. The pattern reads a run up to a blank the same way
    in the text or on its own: its only lookahead, after a closing apostrophe, takes a
    blank as it takes the end.
    """
    tokens: list[Token] = []
    pos = start
    # No token holds a blank: the text splits into runs of tokens, and a run of
    # letters and digits alone is one token (most runs are) without the pattern.
    # Each run holds a token at least: ``limit`` runs are enough.
    runs = text[start:end].split() if limit < 0 else text[start:end].split(None, limit)
    for run in runs:
        if 0 <= limit <= len(tokens):
            break
        while text[pos].isspace():
            pos += 1
        stop = pos + len(run)
        if run.isalnum():
            tokens.append((pos, stop, run))
        elif run[-1] in _CLOSING_MARKS and run[:-1].isalnum():
            # "said," is a word and a mark, as the pattern reads it (a final "." would
            # belong to the word: "U.S.").
            tokens.append((pos, stop - 1, run[:-1]))
            tokens.append((stop - 1, stop, run[-1]))
        else:
            for word in TOKEN.findall(text, pos, stop):
                tokens.append((pos, pos + len(word), word))
                pos += len(word)
        pos = stop
    return tokens if limit < 0 else tokens[:limit]


class _Span:
    """The tokens of one range, to slice smaller ranges from."""

    __slots__ = ("end", "ends", "start", "starts", "tokens")

    def __init__(self, start: int, end: int, tokens: list[Token]) -> None:
        self.start = start
        self.end = end
        self.tokens = tokens
        self.starts: list[int] | None = None
        self.ends: list[int] = []

    def part(self, text: str, start: int, end: int) -> list[Token] | None:
        """The tokens of ``[start, end)``, or None when they may differ from these."""
        if self.starts is None:
            self.starts = [t[0] for t in self.tokens]
            self.ends = [t[1] for t in self.tokens]
        lo = bisect.bisect_left(self.starts, start)
        if lo and self.ends[lo - 1] > start:
            return None  # ``start`` cuts a token: its tail reads as a token of its own
        hi = bisect.bisect_right(self.ends, end, lo)
        if hi < len(self.starts) and self.starts[hi] < end:
            return None  # ``end`` cuts a token
        if hi > lo and self.ends[hi - 1] == end and text[end - 1] in "'\u2019":
            return None  # "workers'" may end differently where the text ends
        return self.tokens[lo:hi]


def skip_blanks(text: str, pos: int, end: int) -> int:
    """``pos`` moved past blanks (not past ``end``)."""
    while pos < end and text[pos] in " \t":
        pos += 1
    return pos
