"""Speakers that stand for several sides at once: the mediators, the monitors, and the two
sides.

``the guarantors said`` speaks for the mediators: the state or neutral body the text named
right next to an earlier mediator word (``brokered by Egypt``, ``Norway, the guarantor
country``), else the usual broker named last. ``A monitor in Donetsk said`` speaks for the
neutral body named right next to an earlier monitor word (``OSCE monitors``). ``the two
sides said`` speaks for the pair the text joined with "and" last, of which the first is
taken; mediators are never that pair.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from processors.model import UNKNOWN_ACTOR, Speaker
from processors.speaker_phrases import Phrase, PhraseReader, Resolved

# The "and" that joins the pair "the two sides" speak for (``first_of_pair``), and how far
# back (characters) it is looked for.
_AND_NEXT: Final = re.compile(r"\s+and\s")
_PAIR_WINDOW: Final = 300
# How near (characters) a mediator word a state must be named to be the mediator it
# names: "Cuba, Mexico and Norway, the guarantor countries", "brokered by Egypt".
_MEDIATOR_WINDOW: Final = 30
_WORDS: Final = re.compile(r"[^\W\d_]+")


def mediators(reader: PhraseReader, phrase: Phrase) -> Resolved:
    """``the guarantors said``: the mediators the text named before, by the state or
    neutral body next to an earlier mediator word in its sentence (``Cuba, Mexico and
    Norway, the guarantor countries``, ``a truce brokered by Egypt``), else by the
    usual broker named last."""
    text, pos = reader.text, phrase.start
    low = text[:pos].lower()
    hits: list[int] = []
    for word in reader.lex.mediator_words:
        at = low.find(word)
        while at != -1:
            hits.append(at)
            at = low.find(word, at + 1)
    found = None
    for at in sorted(hits, reverse=True):
        found = _nearest_mediator(reader, at, low.find(" ", at), True)
        if found is not None:
            break
    if found is None:
        # "Egypt and Qatar said …": else the state that usually mediates named last.
        brokers = reader.lex.usual_brokers
        before = reader.mentions[: bisect.bisect_left(reader.starts, pos)]
        found = next((m.actor for m in reversed(before) if m.actor in brokers), None)
    speaker = Speaker(phrase.text, found or UNKNOWN_ACTOR, "mediator")
    return Resolved(speaker, "group", None, 0.7 if found else 0.5)


def monitors(reader: PhraseReader, phrase: Phrase) -> Resolved | None:
    """``A monitor in Donetsk said``, ``Monitors note``: the neutral body the text named
    next to the last earlier monitor word (``OSCE monitors``, ``the Sri Lanka Monitoring
    Mission``), or None when it named none."""
    low = reader.text[: phrase.start].lower()
    hits: list[int] = []
    for word in reader.lex.monitor_words:
        at = low.rfind(word)
        while at != -1:
            hits.append(at)
            at = low.rfind(word, 0, at)
    for at in sorted(hits, reverse=True):
        found = _nearest_mediator(reader, at, low.find(" ", at), False)
        if found is not None:
            speaker = Speaker(phrase.text, found, "monitor")
            return Resolved(speaker, "group", None, 0.7)
    return None


def _nearest_mediator(reader: PhraseReader, at: int, word_end: int, states: bool) -> str | None:
    """The neutral body (or, with ``states``, the state) named next to the mediator or
    monitor word at ``at`` (only small words between: ``Norway, the guarantor``,
    ``brokered by Egypt``, ``OSCE monitors``), if any."""
    text = reader.text
    lo = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), 0)
    hi = min(
        (end for end in (text.find(". ", at), text.find("\n", at)) if end != -1),
        default=len(text),
    )
    neutral = reader.lex.neutral_bodies
    sides = reader.gazetteer.states if states else frozenset[str]()
    best: tuple[int, str] | None = None
    for mention in reader.in_mentions(lo, hi):
        if mention.actor in sides or mention.actor in neutral:
            between = (
                text[word_end : mention.start] if mention.start > at else text[mention.end : at]
            )
            if len(between) > _MEDIATOR_WINDOW or not reader.lex.mediator_gap.issuperset(
                _WORDS.findall(between.lower())
            ):
                continue  # "the proposal of the guarantors": no mediator named there
            gap = len(between)
            if best is None or gap < best[0]:
                best = (gap, mention.actor)
    return best[1] if best is not None else None


def first_of_pair(reader: PhraseReader, pos: int) -> str | None:
    """``Talks between Kinshasa and the rebels … the two sides said``: the sides are
    the pair the text joined with "and" last before ``pos``; either speaks for the
    joint statement, so the first of them (an alias right before the "and")."""
    window = max(0, pos - _PAIR_WINDOW)
    brokers = reader.lex.usual_brokers | reader.lex.neutral_bodies
    for mention in reversed(reader.in_mentions(window, pos)):
        # "… talks mediated by Qatar and Turkey, but both sides accused": the sides are
        # not the mediators.
        if mention.actor not in brokers and _AND_NEXT.match(reader.text, mention.end):
            return mention.actor
    return None
