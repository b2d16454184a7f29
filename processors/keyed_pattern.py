"""A pattern searched only where the text holds one of the words every match holds.

``re`` reads a text at ~50 instructions a character for a pattern led by a set or a look
back, ``str.find`` at a few. A pattern whose every match holds one of a few fixed
strings (its keys) cannot match a text that holds none of them, and most texts it is
tried on hold none: ``KeyedPattern.search`` looks for the keys first. The keys are data
beside the pattern's words; a unit test reads the compiled pattern and fails if some
match could do without every key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class KeyedPattern:
    """``pattern`` with the strings one of which each of its matches holds."""

    pattern: re.Pattern[str]
    keys: tuple[str, ...]
    """Written in lower case when ``folded``."""
    folded: bool
    """The pattern ignores case: the keys are looked for in the lower-cased text, when
    that is ASCII (in other texts the Kelvin sign or the long s can match a "k" or an
    "s", so the pattern is searched there without a test)."""

    def search(self, text: str, start: int = 0, end: int = -1) -> re.Match[str] | None:
        """``pattern.search(text, start, end)`` (``end`` -1: to the text's end)."""
        stop = len(text) if end < 0 else end
        if self.folded:
            window = text[start:stop]
            if window.isascii() and not _holds_any(window.lower(), self.keys):
                return None
        elif not _holds_any_between(text, start, stop, self.keys):
            return None
        return self.pattern.search(text, start, stop)


def _holds_any(text: str, keys: tuple[str, ...]) -> bool:
    return any(key in text for key in keys)


def _holds_any_between(text: str, start: int, stop: int, keys: tuple[str, ...]) -> bool:
    return any(text.find(key, start, stop) >= 0 for key in keys)


def keyed(pattern: re.Pattern[str], keys: list[str]) -> KeyedPattern:
    """``pattern`` and its keys (folded when the pattern ignores case)."""
    folded = bool(pattern.flags & re.IGNORECASE)
    if not keys or (folded and any(key != key.lower() for key in keys)):
        raise ValueError(f"keys of {pattern.pattern[:40]!r}: none, or not in lower case")
    return KeyedPattern(pattern, tuple(keys), folded)
