"""Checks shared by the statement test modules of ``processors``."""

from __future__ import annotations

from processors.model import Statement


def speaker_of(statements: tuple[Statement, ...], words: str) -> str:
    """The actor of the one statement whose content holds ``words``."""
    hits = [s for s in statements if words in s.content]
    assert len(hits) == 1, [(s.speaker.name, s.content) for s in statements]
    return hits[0].speaker.actor
