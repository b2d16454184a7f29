"""Finding a gazetteer's aliases in a text without one big regex.

A trie regex of thousands of aliases is slow to compile (a tenth of a second at start-up,
and again for every earlier period of a dated gazetteer) and is tried at every capital
of a text. Here the aliases are filed by their opening words instead: a text's word
starts that may open an alias are found with ``bytes.find`` on a mask of the text, the
words there looked up in a dict, and the few aliases filed under them checked with
``str.startswith``.

The result is what the pattern ``(?<![\\w-])(?:alias|...)(?![\\w-])``, scanned left to
right, would find: at each position the longest alias that no word character or hyphen
touches on either side, the scan going on where the last match ended.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

# Mask codes (``AliasIndex.mask``): one byte for each character of the text. Final, so
# that the compiled build reads them as constants, not as module attributes.
_OPENS: Final = 65  # "A": an ASCII character that opens some scanned capitalised alias
_WORD: Final = 97  # "a": any other ASCII word character (``\w``)
_HYPHEN: Final = 45  # "-"
_OTHER: Final = 32  # " ": any other ASCII character
_UNSURE: Final = 63  # "?": not ASCII (or a "?"): the text itself is asked
_OPENINGS: Final = (b" A", b"?A")


@dataclass(frozen=True, slots=True)
class AliasIndex:
    """A gazetteer's scanned aliases, filed by how they open."""

    by_key: dict[str, tuple[str, ...]]
    """An alias's first word, or its first two words with what stands between them
    (``al-Sisi``, ``U.S``) -> the aliases that open so, longest first."""
    opens_longer: frozenset[str]
    """First words that open an alias of two words or more."""
    mask: bytes
    """``bytes.translate`` table of the text's ASCII characters to the mask codes."""
    odd_openers: frozenset[str]
    """The characters outside ASCII that open a capitalised alias (``Ö``)."""
    lower_leads: tuple[tuple[str, frozenset[str] | None], ...]
    """What every lower-case alias starts with (``the ``, ``al-``), each with the
    characters that may follow it in an alias (None: any): where one may stand."""


def build_alias_index(capitalised: Iterable[str], lower: Iterable[str]) -> AliasIndex:
    """The index of the aliases that do not start in lower case and of those that do."""
    filed: dict[str, list[str]] = {}
    opens_longer: set[str] = set()
    openers: set[str] = set()
    lowers = sorted(set(lower))
    for alias in sorted(set(capitalised)) + lowers:
        if not alias:
            continue
        if not _is_word(alias[0]):
            # Its word start could not be told from the mask; none is written so.
            raise ValueError(f"an alias must open with a letter or a digit: {alias!r}")
        if not alias[0].islower():
            openers.add(alias[0])
        first = _word_end(alias, 0)
        gap = _gap_end(alias, first)
        if gap < len(alias):
            opens_longer.add(alias[:first])
            filed.setdefault(alias[: _word_end(alias, gap)], []).append(alias)
        else:
            filed.setdefault(alias[:first], []).append(alias)
    table = bytearray(256)
    for code in range(128):
        char = chr(code)
        if char in openers:
            table[code] = _OPENS
        elif char.isalnum() or char == "_":
            table[code] = _WORD
        elif char == "-":
            table[code] = _HYPHEN
        else:
            table[code] = _OTHER
    for code in range(128, 256):
        table[code] = _UNSURE  # not produced: the text is encoded to ASCII first
    table[ord("?")] = _UNSURE  # where the encoding put a character outside ASCII
    return AliasIndex(
        by_key={key: tuple(sorted(names, key=len, reverse=True)) for key, names in filed.items()},
        opens_longer=frozenset(opens_longer),
        mask=bytes(table),
        odd_openers=frozenset(char for char in openers if not char.isascii()),
        lower_leads=_leads(lowers),
    )


def find_aliases(index: AliasIndex, text: str, start: int, stop: int) -> list[tuple[int, str]]:
    """The aliases in ``text[start:stop]`` as (offset, alias): longest first at each
    position, never overlapping, in text order."""
    mask = text.encode("ascii", "replace").translate(index.mask)
    places = _capital_starts(index, text, mask, start, stop)
    places += _lower_starts(index, text, start, stop)
    places.sort()
    found: list[tuple[int, str]] = []
    pos = start
    for at in places:
        if at < pos:
            continue  # inside the last alias found
        alias = _longest_at(index, text, mask, at, stop)
        if alias:
            found.append((at, alias))
            pos = at + len(alias)
    return found


def _capital_starts(index: AliasIndex, text: str, mask: bytes, start: int, stop: int) -> list[int]:
    """Where a character that opens a capitalised alias starts a word."""
    starts: list[int] = []
    if start < stop and mask[start] == _OPENS and _free_before(text, mask, start):
        starts.append(start)
    for opening in _OPENINGS:
        for at in _byte_offsets(mask, opening, max(start - 1, 0), stop):
            # A "?" before may stand for a letter outside ASCII ("é").
            if at + 1 > start and (mask[at] == _OTHER or not _is_word(text[at])):
                starts.append(at + 1)
    if index.odd_openers and not text.isascii():
        for at in _byte_offsets(mask, b"?", start, stop):
            if text[at] in index.odd_openers and _free_before(text, mask, at):
                starts.append(at)
    return starts


def _lower_starts(index: AliasIndex, text: str, start: int, stop: int) -> list[int]:
    """Where a lower-case alias's lead stands before what may follow it in an alias.

    The leads (``the ``, ``al-``) open common words: only their places are looked at.
    """
    starts: list[int] = []
    for lead, following in index.lower_leads:
        size = len(lead)
        for at in _text_offsets(text, lead, start, stop):
            # "the " is common, "the " before a capital much less so.
            fits = following is None or text[at + size : at + size + 1] in following
            if fits and (at == 0 or not _is_word_or_hyphen(text[at - 1])):
                starts.append(at)
    return starts


# Both find every occurrence with one ``split`` in C, where a ``find`` for each would
# cost a call and its argument parsing. ``split`` skips an occurrence that overlaps the
# one before; none that matters here: " A" cannot overlap itself, and one lead inside
# another (a lead is letters, then maybe a mark) has a letter before it.


def _byte_offsets(data: bytes, needle: bytes, start: int, stop: int) -> list[int]:
    """Offsets of every ``needle`` in ``data[start:stop]``."""
    offsets: list[int] = []
    at = start
    for piece in data[start:stop].split(needle)[:-1]:
        at += len(piece)
        offsets.append(at)
        at += len(needle)
    return offsets


def _text_offsets(text: str, needle: str, start: int, stop: int) -> list[int]:
    """Offsets of every ``needle`` in ``text[start:stop]``."""
    offsets: list[int] = []
    at = start
    for piece in text[start:stop].split(needle)[:-1]:
        at += len(piece)
        offsets.append(at)
        at += len(needle)
    return offsets


def _longest_at(index: AliasIndex, text: str, mask: bytes, at: int, stop: int) -> str:
    """The longest alias at ``at`` (a word start) that ends where a word does, or ""."""
    first = _mask_word_end(text, mask, at, stop)
    word = text[at:first]
    if word in index.opens_longer:
        gap = first
        while gap < stop and not _mask_is_word(text, mask, gap):
            gap += 1
        longer = index.by_key.get(text[at : _mask_word_end(text, mask, gap, stop)])
        if longer is not None:
            alias = _first_fitting(longer, text, mask, at, stop)
            if alias:
                return alias
    # An alias of two words or more is longer than any of one word that fits here.
    single = index.by_key.get(word)
    if single is not None:
        return _first_fitting(single, text, mask, at, stop)
    return ""


def _first_fitting(aliases: tuple[str, ...], text: str, mask: bytes, at: int, stop: int) -> str:
    """The first of ``aliases`` written at ``at`` with no word character or hyphen after."""
    for alias in aliases:
        if text.startswith(alias, at, stop):
            end = at + len(alias)
            if end == stop:
                return alias
            code = mask[end]
            if code == _OTHER or (code == _UNSURE and not _is_word(text[end])):
                return alias
    return ""


def _free_before(text: str, mask: bytes, at: int) -> bool:
    """Whether no word character or hyphen stands right before ``at``."""
    if at == 0:
        return True
    code = mask[at - 1]
    return code == _OTHER or (code == _UNSURE and not _is_word(text[at - 1]))


def _mask_word_end(text: str, mask: bytes, at: int, stop: int) -> int:
    """Where the run of word characters from ``at`` ends (``stop`` at most)."""
    while at < stop:
        code = mask[at]
        if code in (_WORD, _OPENS) or (code == _UNSURE and _is_word(text[at])):
            at += 1
        else:
            break
    return at


def _mask_is_word(text: str, mask: bytes, at: int) -> bool:
    code = mask[at]
    return code in (_WORD, _OPENS) or (code == _UNSURE and _is_word(text[at]))


def _is_word(char: str) -> bool:
    """Whether ``char`` is what ``\\w`` matches."""
    return char.isalnum() or char == "_"


def _is_word_or_hyphen(char: str) -> bool:
    return char.isalnum() or char == "_" or char == "-"


def _word_end(alias: str, at: int) -> int:
    """Where the run of word characters from ``at`` ends in an alias."""
    while at < len(alias) and _is_word(alias[at]):
        at += 1
    return at


def _gap_end(alias: str, at: int) -> int:
    """Where the run of other characters from ``at`` ends in an alias."""
    while at < len(alias) and not _is_word(alias[at]):
        at += 1
    return at


def _leads(aliases: list[str]) -> tuple[tuple[str, frozenset[str] | None], ...]:
    """``AliasIndex.lower_leads`` of ``aliases``: leads, and what follows each in one."""
    following: dict[str, set[str]] = {}
    for alias in aliases:
        lead = _lead(alias)
        following.setdefault(lead, set()).add(alias[len(lead) : len(lead) + 1])
    # An alias that is all lead ("" follows it) may stand before anything.
    return tuple(
        (lead, None if "" in chars else frozenset(chars))
        for lead, chars in sorted(following.items())
    )


def _lead(alias: str) -> str:
    """The alias up to its first non-letter (``the ``, ``al-``), or the whole alias."""
    for index, char in enumerate(alias):
        if not char.isalpha():
            return alias[: index + 1]
    return alias
