"""Who issued a document the text refers to (``the statement said``, ``the letter states``).

The speaker reader asks for it when a speaker phrase is a document with no side of its
own (``the statement``).
``DocumentSpeakers`` answers from the last statement when it is near and the text ties
the document to its speaker, else from the clause that brought the document in (``In a
memo …``, ``a coalition … released a letter``): the actor its sentence names, the
speaker of the reporting verb after it or the subject of the verb before it.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from processors.attribution import Attributor
from processors.layout import Layout
from processors.model import Speaker, Statement
from processors.sentences import Sentence
from processors.speakers import Resolved, SpeakerReader

# A "the statement said" refers to a statement made this close before it.
_RECENT: Final = 600
# "in a memo": a document as the adjunct of a reporting verb that follows.
_IN_DOCUMENT: Final = re.compile(r"\b[Ii]n\s+$")
# The verb right before a document brought in (``released a letter``): a lower-case word.
_VERB_BEFORE: Final = re.compile(r"(?<![\w'\u2019-])([a-z]+)\s+$")


class DocumentSpeakers:
    """The issuers of documents one article refers to."""

    def __init__(self, layout: Layout, attributor: Attributor, reader: SpeakerReader) -> None:
        self.text = layout.text
        self.lex = reader.lex
        self.layout = layout
        self.attributor = attributor
        self.reader = reader
        self.verb_starts = layout.verb_starts

    def recent_speaker(
        self,
        statements: list[Statement],
        kinds: dict[tuple[int, int], str],
        pos: int,
        noun: str,
    ) -> Resolved | None:
        """``the statement said``, ``the letter states``: who issued that document.

        Whoever made the last statement, when it is near and they are a body (its words
        are its statement) or the text ties the document to them (``said in a
        statement``; ``In a letter …`` with or after their words); else the subject of
        the clause that brought the document in (``a coalition … released a letter``).
        Never merely the last person quoted: a memo is not theirs for following them.
        """
        last = None
        if (
            statements
            and pos - statements[-1].span[1] <= _RECENT
            and not self._outlet(statements[-1].speaker.name)
        ):
            last = statements[-1]
            named = re.compile(rf"\b{re.escape(noun)}s?\b", re.IGNORECASE)
            if kinds.get(last.span) != "person" or named.search(last.sentence):
                return Resolved(last.speaker, "body", None, min(last.confidence, 0.75))
        found = None
        brought = _brought_pattern(noun)
        for match in brought.finditer(self.text, _brought_start(self.text, noun, pos), pos):
            found = match
        if found is None:
            return None
        sentence = self.layout.sentence_at(found.start())
        if _IN_DOCUMENT.search(self.text, max(sentence.start, found.start() - 4), found.start()):
            # "In a communique …, the front accused …", "X, in a memo …, argue": the
            # document of whoever speaks in that sentence or spoke just after it.
            if last is None or last.span[1] <= sentence.start:
                owner = self._document_owner(sentence, found.start())
                if owner is not None:
                    return owner
            if last is not None and found.start() >= self.layout.sentence_at(last.span[0]).start:
                return Resolved(last.speaker, "body", None, min(last.confidence, 0.7))
            return self._speaker_after(sentence, found.end())
        # "… released a letter": the verb before the document; its subject issued it.
        verb = _VERB_BEFORE.search(self.text, max(0, found.start() - 30), found.start())
        grammar = self.lex.grammar
        if verb is None or verb.group(1) in grammar.prepositions or verb.group(1) in grammar.links:
            return None  # "A memo obtained by reporters …": nobody is said to issue it
        left = self.attributor.left_subject(sentence, verb.start())
        if left is None:
            return None
        phrase, appositive, cue = left
        resolved = self.reader.resolve(phrase, appositive, cue, sentence.start)
        if resolved is None:
            return None
        return Resolved(resolved.speaker, "body", None, min(resolved.confidence, 0.7))

    def _outlet(self, name: str) -> bool:
        """Whether a speaker's name is a news outlet's (``Cambodian state media``): it
        reports what others said and issues no statement of its own."""
        words = name.lower().split()
        return bool(words) and (
            words[-1] in self.lex.media_bodies or " ".join(words[-2:]) in self.lex.media_bodies
        )

    def _document_owner(self, sentence: Sentence, pos: int) -> Resolved | None:
        """``The RSF's truce, announced in a statement overnight, began``: a document
        brought in after an actor its own sentence names is that actor's, not the
        document of whoever spoke in an earlier sentence."""
        mentions = self.reader.in_mentions(sentence.start, pos)
        if not mentions:
            return None
        named = mentions[-1]
        speaker = Speaker(self.text[named.start : named.end], named.actor, None)
        return Resolved(speaker, "body", None, 0.7)

    def _speaker_after(self, sentence: Sentence, pos: int) -> Resolved | None:
        """The speaker of the first reporting verb after ``pos`` in ``sentence``."""
        index = bisect.bisect_left(self.verb_starts, pos)
        if index == len(self.verb_starts) or self.verb_starts[index] >= sentence.end:
            return None
        attribution = self.attributor.read(sentence, self.layout.verbs[index])
        if attribution is None or not attribution.explicit:
            return None
        resolved = attribution.resolved
        return Resolved(resolved.speaker, "body", None, min(resolved.confidence, 0.7))


# The most words between the determiner and the noun of a document brought in.
_BROUGHT_WORDS: Final = 3


def _brought_pattern(noun: str) -> re.Pattern[str]:
    """A document ``noun`` brought in by a determiner: ``a letter``, ``its new report``."""
    return re.compile(
        rf"\b(?:[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+"
        rf"(?:[\w'\u2019-]+\s+){{0,{_BROUGHT_WORDS}}}?{re.escape(noun)}\b"
    )


def _brought_start(text: str, noun: str, pos: int) -> int:
    """Where a search of ``text[:pos]`` for ``_brought_pattern(noun)`` may start and find
    the same matches as from the text's start.

    The pattern opens with a word boundary, so the regex engine tries it at every
    position; from the start of the text that cost more than the rest of the rule. A
    match ends with the noun, right after a blank, and its determiner stands in the
    ``_BROUGHT_WORDS + 1``-th run of non-blanks before the noun's: no match starts before
    that run ahead of the noun's first occurrence, and none at all without one.
    """
    first = text.find(noun, 0, pos)
    if first == -1:
        return pos
    runs = text[:first].rsplit(None, _BROUGHT_WORDS + 1)
    return len(runs[0]) if len(runs) > _BROUGHT_WORDS + 1 else 0
