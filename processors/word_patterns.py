"""Fast matching of many lexicon patterns at once.

Python's ``re`` tries every branch of an alternation at every word start, so one regex
of a few hundred lexicon patterns costs milliseconds per article. ``WordPatterns``
indexes the patterns by the first six characters their match can start with. One
small regex, shaped as a character tree of those beginnings, finds the words that can
start a match; only there are the few patterns of that beginning tried. Matches are
the same as the single alternation's (earlier patterns first).

Several ``WordPatterns`` can share one scan of a text (``WordScanner``): the places
where any of them can start are found in one pass, and each tries its own there.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import product
from types import MappingProxyType
from typing import Final

from processors.text import prefix_table

_KEY: Final = 6
_DIGIT: Final = "#"
_MAX_FORMS: Final = 4000


class PatternError(ValueError):
    """A lexicon pattern whose first word cannot be indexed (it starts too loosely)."""


@dataclass(frozen=True, slots=True)
class Starts:
    """Finds where a word begins with one of a set of beginnings (index keys).

    Its two regexes are large character trees; they are compiled on first use, since
    a shared scan (``WordScanner.scan``) reads only ``written`` and start-up then need
    not compile them.
    """

    at_word_regex: str
    """A beginning at a word boundary ("\\b" then the keys as a character tree)."""
    after_separator_regex: str | None
    """The character before a word, then a beginning: ``re`` skips quickly to the
    characters of a leading set, while a pattern led by a word boundary is tried at
    every character. None when some key could hide a word start (see ``_starts``)."""
    written: frozenset[str] | None = None
    """Every beginning as ``after_separator`` can find it written ("ceasef", "Ceasef",
    "truce"), a short word without its padding; ``WordScanner.scan`` looks words up
    in it. None where ``after_separator`` is."""
    digits: bool = False
    """Whether a digit that opens a word is a beginning (the key ``#``)."""
    compiled: dict[str, re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)
    """The regexes compiled so far, by source."""

    def _regex(self, source: str) -> re.Pattern[str]:
        pattern = self.compiled.get(source)
        if pattern is None:
            pattern = self.compiled[source] = re.compile(source)
        return pattern

    def find(self, text: str, start: int, stop: int) -> Iterator[tuple[int, str]]:
        """Each word start in ``text[start:stop]`` with its beginning, as written."""
        at_word = self._regex(self.at_word_regex)
        if self.after_separator_regex is None:
            for candidate in at_word.finditer(text, start, stop):
                at = candidate.start()
                if at and text[at - 1] == "-":
                    continue  # inside a hyphenated word ("US-backed")
                yield at, candidate.group()
            return
        if start == 0:
            first = at_word.match(text, 0, stop)
            if first is not None:
                yield 0, first.group()
        after_separator = self._regex(self.after_separator_regex)
        for candidate in after_separator.finditer(text, max(0, start - 1), stop):
            yield candidate.start() + 1, candidate.group()[1:]


@dataclass(frozen=True, slots=True)
class WordScan:
    """Where the patterns of a ``WordScanner`` can start in one text, in text order."""

    text: str
    positions: tuple[int, ...]
    keys: tuple[str, ...]
    """The beginning found at each position, as written ("Ceasef", "7")."""


class Buckets:
    """The bucket regex of each beginning as written ("Ceasef", "7"), compiled when a
    text first has that beginning.

    A lexicon has hundreds of buckets and an article starts a word with few of their
    beginnings: compiling them all at load took a quarter of the start-up. Every form
    of one bucket shares its compiled regex.
    """

    __slots__ = ("_by_source", "_compiled", "_sources")

    def __init__(self, sources: dict[str, str]) -> None:
        self._sources = sources
        self._compiled: dict[str, re.Pattern[str]] = {}
        self._by_source: dict[str, re.Pattern[str]] = {}

    def get(self, form: str) -> re.Pattern[str] | None:
        """The bucket of a beginning as written, or None when no bucket has it."""
        pattern = self._compiled.get(form)
        if pattern is None:
            source = self._sources.get(form)
            if source is None:
                return None
            pattern = self._by_source.get(source)
            if pattern is None:
                pattern = self._by_source[source] = re.compile(source, re.IGNORECASE)
            self._compiled[form] = pattern
        return pattern


@dataclass(frozen=True, slots=True)
class WordPatterns:
    """Named patterns, matched case-insensitively at word starts."""

    buckets: Mapping[str, str]
    """The regex source of each bucket, by its key (``start_keys``)."""
    starts: Starts
    """Finds the places where some bucket's key begins a word."""
    by_start: Buckets
    """The bucket for each beginning ``starts`` can find, as written ("Ceasef", "7")."""

    def finditer(
        self, text: str, start: int = 0, end: int | None = None, scan: WordScan | None = None
    ) -> list[re.Match[str]]:
        """Non-overlapping matches in ``text[start:end]``, left to right.

        ``scan`` is a scan of ``text`` by a ``WordScanner`` built with these patterns;
        with it the text is not read again to find where matches can start. A list, not
        a generator: compiled, a generator keeps its locals in an object of its own,
        and this loop runs over every candidate word of every article.
        """
        stop = len(text) if end is None else end
        if scan is not None:
            return self._at(text, scan, start, stop)
        found: list[re.Match[str]] = []
        resume = start
        by_start = self.by_start
        for at, key in self.starts.find(text, start, stop):
            if at < resume:
                continue  # overlapped
            pattern = by_start.get(key)
            match = pattern.match(text, at, stop) if pattern is not None else None
            if match is not None and match.end() > at:
                found.append(match)
                resume = match.end()
        return found

    def _at(self, text: str, scan: WordScan, start: int, stop: int) -> list[re.Match[str]]:
        found: list[re.Match[str]] = []
        positions = scan.positions
        keys = scan.keys
        by_start = self.by_start
        resume = start
        for i in range(bisect_left(positions, start), len(positions)):
            at = positions[i]
            if at >= stop:
                break
            if at < resume:
                continue
            pattern = by_start.get(keys[i])
            match = pattern.match(text, at, stop) if pattern is not None else None
            if match is not None and match.end() > at:
                found.append(match)
                resume = match.end()
        return found


@dataclass(frozen=True, slots=True)
class WordScanner:
    """One pass over a text for the starts of several ``WordPatterns``."""

    starts: Starts
    prefixes: bytes
    """``prefix_table`` of ``starts.written``: most words need not be looked up in it."""

    def scan(self, text: str) -> WordScan:
        """Every place in ``text`` where a word begins as one of the patterns can."""
        written = self.starts.written
        if self.starts.after_separator_regex is None or written is None:
            found = list(self.starts.find(text, 0, len(text)))
            return WordScan(text, tuple(at for at, _ in found), tuple(key for _, key in found))
        # As ``Starts.find`` from the text's start, in one pass over the characters: the
        # words are the runs of word characters and hyphens; a beginning is a word's
        # first six characters, or a shorter word whole, or a digit that opens it.
        digits = self.starts.digits
        prefixes = self.prefixes
        positions: list[int] = []
        keys: list[str] = []
        size = len(text)
        opening = -1  # where the word that ``pos`` is in began, if in one
        prefix = 0
        for pos in range(size + 1):
            code = ord(text[pos]) if pos < size else 32  # a blank after the end
            if code < 128:
                inside = (
                    97 <= code <= 122
                    or 65 <= code <= 90
                    or 48 <= code <= 57
                    or code == 95
                    or code == 45
                )
            else:
                inside = text[pos].isalnum()
            if inside:
                if opening < 0:
                    opening = pos
                    prefix = code & 31  # the word's ``prefix_index``, built as it is read
                elif pos - opening < 3:
                    prefix = prefix << 5 | code & 31
                continue
            if opening < 0:
                continue
            start, opening = opening, -1
            if pos - start < 3:
                prefix <<= 5 * (3 - pos + start)
            if prefixes[prefix]:
                key = text[start : start + _KEY] if pos - start >= _KEY else text[start:pos]
                if key in written:
                    if start or text[0] != "-":  # no word boundary before a hyphen
                        positions.append(start)
                        keys.append(key)
                    continue
            if digits:
                first = text[start]
                if "0" <= first <= "9" or (first > "\x7f" and first.isdecimal()):
                    positions.append(start)
                    keys.append(first)
        return WordScan(text, tuple(positions), tuple(keys))


def build_word_scanner(*patterns: WordPatterns) -> WordScanner:
    """A scanner finding where any of ``patterns`` can start.

    Each set alone finds its starts one word at a time; the shared pass finds the same
    ones only if no beginning spans the start of another word. Beginnings are single
    words, so that holds unless one starts with or holds a quote mark ("'s"): those
    raise ``PatternError``.
    """
    keys = {key for each in patterns for key in each.buckets}
    for key in keys:
        if key != _DIGIT and not key.rstrip(" ").replace("-", "").isalnum():
            raise PatternError(f"a shared scan cannot index the beginning {key!r}")
    starts = _starts(keys)
    return WordScanner(starts, prefix_table(starts.written or ()))


def build_word_patterns(named: Sequence[tuple[str, str]]) -> WordPatterns:
    """Index ``(name, pattern)`` pairs; a match must end at a word boundary.

    Raises ``PatternError`` for a pattern whose start cannot be indexed.
    """
    keyed: list[tuple[str, str, set[str]]] = []
    for name, pattern in named:
        keys = start_keys(pattern)
        if not keys:
            raise PatternError(f"cannot index the start of pattern {pattern!r}")
        keyed.append((name, pattern, keys))
    every = {key for _, _, keys in keyed for key in keys}
    buckets = {}
    for key in every:
        chosen = [f"(?P<{n}>{p})" for n, p, keys in keyed if key in keys]
        buckets[key] = rf"(?:{'|'.join(chosen)})(?![\w-])"
    return WordPatterns(
        buckets=MappingProxyType(buckets),
        starts=_starts(every),
        by_start=Buckets(_by_start(buckets)),
    )


def _by_start(buckets: Mapping[str, str]) -> dict[str, str]:
    """Each bucket under every form ``_starts`` can match: lower case, capitalised,
    a short word without its padding, any digit for the digit bucket."""
    out: dict[str, str] = {}
    for key, pattern in buckets.items():
        if key == _DIGIT:
            out.update((digit, pattern) for digit in "0123456789")
            continue
        word = key.rstrip(" ")
        out[word] = pattern
        out[word[:1].upper() + word[1:]] = pattern
    return out


def _starts(keys: set[str]) -> Starts:
    """Regexes matching, at a word start, any key's characters (a short word whole).

    Case-sensitive for speed (twice as fast as ignoring case): a word may be
    capitalised ("Ceasefire"), not written in capitals throughout. The faster form,
    led by the character before the word, is only exact when every key is made of
    word characters and hyphens: a key ending in "." would take the separator before
    the next word.
    """
    at_word = _starts_at_word(keys)
    if not all(_plain(key) for key in keys):
        return Starts(at_word, None)
    words = sorted(k for k in keys if k != _DIGIT)
    starts = [_tree(words, capital=True)] if words else []
    if _DIGIT in keys:
        starts.append(r"\d")
    if not starts:
        return Starts(at_word, None)
    # Any character but an ASCII letter, digit, "_" or "-" may stand before a word; the
    # look back keeps those that are no word character (a set of ASCII characters is
    # a bitmap, much faster to test than "\w").
    led = rf"[^0-9A-Za-z_-](?<![\w-])(?:{'|'.join(starts)})"
    words = [key.rstrip(" ") for key in keys if key != _DIGIT]
    written = {form for word in words for form in _written(word)}
    # A capital of two letters ("SS" for "ß") would make a beginning longer than its key.
    single = all(len(form) == len(word) for word in words for form in _written(word))
    return Starts(at_word, led, frozenset(written) if single else None, _DIGIT in keys)


def _written(word: str) -> set[str]:
    """A beginning as written: as listed or with a capital (what ``_tree`` matches)."""
    return {word, word[:1].upper() + word[1:]}


def _plain(key: str) -> bool:
    return key == _DIGIT or key.rstrip(" ").replace("-", "").isalnum()


def _starts_at_word(keys: set[str]) -> str:
    words = sorted(k for k in keys if k != _DIGIT and k[0] not in "\u2019'")
    marks = sorted(k for k in keys if k[0] in "\u2019'")
    # A word boundary then literal first letters lets ``re`` skip ahead quickly; a
    # start right after a hyphen is dropped in ``finditer``.
    starts = [_tree(words, capital=True)] if words else []
    if _DIGIT in keys:
        starts.append(r"\d")
    parts = [rf"\b(?:{'|'.join(starts)})"] if starts else []
    if marks:
        parts.append(_tree(marks))
    return "|".join(parts) or r"(?!)"


def _tree(keys: Sequence[str], capital: bool = False) -> str:
    """Keys as one regex shaped like a character tree: one branch tried per character."""
    branches: dict[str, list[str]] = {}
    ends = False
    for key in keys:
        if not key:
            # Every key has the same length: nothing is left to match.
            return ""
        if key[0] == " ":
            ends = True
        else:
            branches.setdefault(key[0], []).append(key[1:])
    parts: list[str] = []
    for char in sorted(branches):
        rest = _tree(branches[char])
        cases = sorted({char, char.upper()}) if capital else [char]
        parts.extend(re.escape(case) + rest for case in cases)
    if ends:
        # A key shorter than the key length is a whole word.
        parts.append(r"(?![\w-])")
    if len(parts) == 1:
        return parts[0]
    return "(?:" + "|".join(parts) + ")"


def start_keys(pattern: str) -> set[str] | None:
    """The index keys of a pattern: its first word's first six characters (lower case).

    A first word shorter than six characters ends with a space in its key; a first
    word of digits has the key ``#``. Understands the regex subset the lexicon uses
    (literals, groups, alternation, small classes, quantifiers); None otherwise.
    """
    forms = _language(pattern)
    if forms is None:
        return None
    keys = set()
    for form in forms:
        if form[:1] == _DIGIT:
            keys.add(_DIGIT)
            continue
        word = form.split(" ", 1)[0]
        keys.add((word + " ")[:_KEY])
    return keys


def _language(pattern: str) -> set[str] | None:
    """Beginnings (``_KEY`` + 1 characters at most) of the strings a pattern matches."""
    out: set[str] = set()
    for branch in split_top(pattern):
        forms = _sequence(branch)
        if forms is None:
            return None
        out |= forms
    return out


def _sequence(seq: str) -> set[str] | None:
    forms = {""}
    i = 0
    while i < len(seq) and not all(_full(f) for f in forms):
        end, atom = _atom(seq, i)
        if end < 0:
            return None
        low, high, i = _quantifier(seq, end)
        if atom is None:  # zero width
            continue
        if high is None:
            if atom != {_DIGIT}:
                return None
            high = 1
        repeats = {""} if low == 0 else set()
        for count in range(max(low, 1), high + 1):
            repeats |= {"".join(p) for p in product(atom, repeat=count)}
        forms = {_cut(f + r) if not _full(f) else f for f in forms for r in repeats}
        if len(forms) > _MAX_FORMS:
            return None
    return forms


def _full(form: str) -> bool:
    return len(form) > _KEY or " " in form or form[:1] == _DIGIT


def _cut(form: str) -> str:
    return form[: _KEY + 1]


def _atom(seq: str, i: int) -> tuple[int, set[str] | None]:
    """End of the atom at ``i`` and its strings (None for a zero-width assertion)."""
    c = seq[i]
    if c == "(":
        close = closing_paren(seq, i)
        if close < 0:
            return -1, None
        inner = seq[i + 1 : close]
        if inner.startswith(("?=", "?!", "?<=", "?<!")):
            return close + 1, None
        if inner.startswith("?:"):
            inner = inner[2:]
        elif inner.startswith("?P<"):
            inner = inner[inner.index(">") + 1 :]
        elif inner.startswith("?"):
            return -1, None
        forms = _language(inner)
        return (close + 1, forms) if forms is not None else (-1, None)
    if c == "[":
        close = seq.find("]", i + 2)
        members = _class(seq[i + 1 : close]) if close > 0 and seq[i + 1] != "^" else None
        return (close + 1, members) if members is not None else (-1, None)
    if c == "\\":
        code = seq[i + 1 : i + 2]
        if code == "d":
            return i + 2, {_DIGIT}
        if code == "s":
            return i + 2, {" "}
        if code in ("b", "B"):
            return i + 2, None
        if code.isalnum():
            return -1, None
        return i + 2, {code.lower()}
    if c in ".^$|":
        return -1, None
    return i + 1, {c.lower()}


def _quantifier(seq: str, i: int) -> tuple[int, int | None, int]:
    """Least and most repeats of the quantifier at ``i`` (None: unbounded), and its end."""
    if i >= len(seq) or seq[i] not in "?*+{":
        return 1, 1, i
    c = seq[i]
    if c == "{":
        close = seq.find("}", i)
        low_text, _, high_text = seq[i + 1 : close].partition(",")
        low = int(low_text or 0)
        high = int(high_text) if high_text else (low if "," not in seq[i:close] else None)
        i = close + 1
    else:
        low, high = {"?": (0, 1), "*": (0, None), "+": (1, None)}[c]
        i += 1
    if i < len(seq) and seq[i] in "?+":
        i += 1
    return low, high, i


def _class(body: str) -> set[str] | None:
    out: set[str] = set()
    i = 0
    while i < len(body):
        if body[i] == "\\" and i + 1 < len(body):
            code = body[i + 1]
            if code in "wWSD":
                return None
            out |= {_DIGIT} if code == "d" else {" "} if code == "s" else {code.lower()}
            i += 2
        elif i + 2 < len(body) and body[i + 1] == "-":
            out |= {chr(x).lower() for x in range(ord(body[i]), ord(body[i + 2]) + 1)}
            i += 3
        else:
            out.add(body[i].lower())
            i += 1
    if _DIGIT in out and len(out) > 1:
        # "[\d,]": digits and punctuation; only a digit can start a word.
        out = {x for x in out if x == _DIGIT or x.isalpha()}
    return out


def closing_paren(seq: str, i: int) -> int:
    """Where the group opened at ``seq[i]`` closes (escapes and classes skipped), or -1."""
    depth = 0
    j = i
    while j < len(seq):
        c = seq[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = seq.find("]", j + 2)
            if j < 0:
                return -1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    return -1


def split_top(pattern: str) -> list[str]:
    """Split on ``|`` outside groups and classes."""
    parts: list[str] = []
    depth = 0
    start = 0
    j = 0
    while j < len(pattern):
        c = pattern[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            close = pattern.find("]", j + 2)
            j = close + 1 if close >= 0 else len(pattern)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:j])
            start = j + 1
        j += 1
    parts.append(pattern[start:])
    return parts
