"""Answers without a reporting verb: transcript lines and interview answers.

A briefing's transcript labels each answer with its speaker (``Peskov: We have heard
…``); an interview prints ``Q:`` and ``A:`` lines. Neither has a verb for the
attribution reader to find, so ``AnswerReader`` reads the labels: whom a name label
means (a person the text named before, and not its own journalist) and whom an ``A:``
answers for (the person the piece names most, when the text says it is an interview).
It returns the attribution and the words; the extractor records them.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from processors.attribution import Attribution
from processors.discourse import Discourse
from processors.frames import Content, clause_end, quote_at
from processors.layout import Layout
from processors.lexicon import ROLE, TITLE
from processors.model import Speaker
from processors.sentences import Sentence
from processors.speakers import Phrase, Resolved, SpeakerReader
from processors.text import skip_blanks

# An appositive that introduces a person after their name (", a former state senator").
_INTRODUCED_AFTER: Final = re.compile(r",\s*(?:a|an|the|who)\s")
# How far (characters) around a name its introduction may give a role.
_ROLE_WINDOW: Final = 40
# A third-person subject right before a verb (``he said``, ``She also argued``).
_THIRD_PERSON: Final = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:\w+\s+)?$")
_APPOSITIVE_END: Final = re.compile(r"[,.;:\n]")
# A transcript's answer: a line that opens with a speaker's name and a colon
# ("Peskov: We have heard ...").
_TRANSCRIPT_LINE: Final = re.compile(
    r"([A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){0,2}):[ \t]+(?=\S)"
)


class AnswerReader:
    """The transcript and interview answers of one article."""

    def __init__(self, layout: Layout, discourse: Discourse, reader: SpeakerReader) -> None:
        self.text = layout.text
        self.lex = reader.lex
        self.layout = layout
        self.discourse = discourse
        self.reader = reader
        self.verb_starts = layout.verb_starts
        # Whether the text before a Q&A's first question says it is an interview, by
        # where that question starts.
        self.interview_cues: dict[int, bool] = {}

    def transcript_answer(self, sentence: Sentence) -> tuple[Attribution, Content] | None:
        """``Peskov: We have heard …`` in a briefing's transcript: the rest of the line is
        the words of the person the label names, when the text has named them before."""
        text = self.text
        if sentence.start and text[sentence.start - 1] != "\n":
            return None
        label = _TRANSCRIPT_LINE.match(text, sentence.start, sentence.end)
        if label is None:
            return None
        name = label.group(1)
        if name.isupper():
            # "BELL: …", "KESSLING: \"…\"": hearing transcripts and fact checks write
            # the label in capitals; the narration wrote the name in title case.
            name = " ".join(part.capitalize() for part in name.split())
        earlier = self.discourse.named(name.split()[-1], sentence.start)
        if earlier is None and name != label.group(1):
            resolved = self._named_before(name.split()[-1], sentence.start)
        elif earlier is None or earlier.kind != "person" or earlier.pos >= sentence.start:
            return None  # "Background: …", "Q: …": a label that names nobody quoted before
        else:
            speaker = Speaker(earlier.name, earlier.actor, earlier.role)
            resolved = Resolved(speaker, "person", earlier.gender, min(earlier.confidence, 0.85))
        if resolved is None or self._journalist(resolved.speaker.name, sentence.start):
            return None
        newline = text.find("\n", label.end())
        stop = clause_end(text, label.end(), len(text) if newline == -1 else newline)
        content = Content(label.end(), stop, True)
        quote = quote_at(self.layout.quotes, label.end(), stop)
        if quote is not None and quote.inner_end >= stop - 1:
            content = Content(quote.inner_start, quote.inner_end, True)  # the words only
        attribution = Attribution(
            resolved, "say", "clause", label.start(), label.end(), label.start(),
            label.end(1), inverted=False, explicit=True,
        )  # fmt: skip
        return attribution, content

    def interview_answer(self, sentence: Sentence, line: int) -> tuple[Attribution, Content] | None:
        """``A: I heard from a lot of people …`` after a ``Q:`` line: the words of the
        person the piece names most before it (whom the interview is with)."""
        text = self.text
        label = next(lab for lab in self.lex.answer_labels if text.startswith(lab, line))
        start = skip_blanks(text, line + len(label), sentence.end)
        if sentence.start > start:
            return None  # the line's first sentence holds the whole answer
        previous = _line_before(text, line)
        if not line or not text.startswith(self.lex.question_labels, previous):
            return None  # an answer only right after a question: "A." may open other lines
        first = self._first_question(previous)
        cued = self.interview_cues.get(first)
        if cued is None:  # the same for every answer of one Q&A: searched once
            cued = self.interview_cues[first] = bool(self.lex.interview_cue.search(text, 0, first))
        if not cued:
            return None  # a Q&A explainer, not an interview: its answers are nobody's words
        # Named most before the first question: people a question names are not whom
        # the interview is with.
        person = self.discourse.most_named(first)
        if person is None or person.kind != "person":
            return None
        newline = text.find("\n", start)
        stop = clause_end(text, start, len(text) if newline == -1 else newline)
        if stop <= start or self._reported_answer(start, stop, person.name.split()[-1]):
            return None
        speaker = Speaker(person.name, person.actor, person.role)
        resolved = Resolved(speaker, "person", person.gender, min(person.confidence, 0.8))
        attribution = Attribution(
            resolved, "say", "clause", line, line + len(label), line, line + 1,
            inverted=False, explicit=True,
        )  # fmt: skip
        return attribution, Content(start, stop, True)

    def _first_question(self, pos: int) -> int:
        """Where the first question line of the Q&A that reaches ``pos`` starts."""
        text = self.text
        first = pos
        for label in self.lex.question_labels:
            found = text.find("\n" + label, 0, pos + 1)
            if found != -1:
                first = min(first, found + 1)
            if text.startswith(label):
                first = 0
        return first

    def _reported_answer(self, start: int, stop: int, surname: str) -> bool:
        """Whether an answer line reports the interviewee in the third person (``A:
        Witkoff said …``, ``A: He declined to answer``): a paraphrase whose own
        attributions speak, not the interviewee's words as said."""
        if re.search(rf"\b{re.escape(surname)}\b", self.text[start:stop]):
            return True
        index = bisect.bisect_left(self.verb_starts, start)
        while index < len(self.verb_starts) and self.verb_starts[index] < stop:
            verb = self.verb_starts[index]
            if _THIRD_PERSON.search(self.text, max(start, verb - 16), verb):
                return True
            index += 1
        return False

    def _journalist(self, name: str, pos: int) -> bool:
        """Whether the text introduced ``name`` (before ``pos``) as a journalist: ``Our
        correspondent, Daniel Mwangi``; a transcript line of theirs reports others."""
        first = self.text.find(name, 0, pos)
        if first == -1:
            return False
        roles = self.lex.media_roles
        if roles.search(self.text, max(0, first - _ROLE_WINDOW), first) is not None:
            return True  # "Our East Africa correspondent, Daniel Mwangi"
        after = first + len(name)
        if not self.text.startswith(",", after):
            return False
        # "Daniel Mwangi, our correspondent in Nairobi,": the appositive says it.
        close = _APPOSITIVE_END.search(self.text, after + 1, after + 1 + _ROLE_WINDOW)
        stop = close.start() if close else min(len(self.text), after + 1 + _ROLE_WINDOW)
        return roles.search(self.text, after, stop) is not None

    def _named_before(self, surname: str, pos: int) -> Resolved | None:
        """The person whose full name (``Republican Tom Kessling``) the text gave before
        ``pos`` and a capitals label (``KESSLING:``) takes up, when only narration named
        them."""
        # The first full naming introduces the person.
        found = _first_naming(self.text, surname, pos)
        if found is None or not self._introduced(*found):
            return None
        sentence = self.layout.sentence_at(found[0])
        phrase = Phrase(found[0], found[1], self.text[found[0] : found[1]])
        resolved = self.reader.resolve(phrase, sentence_start=sentence.start)
        if resolved is None or resolved.kind != "person":
            return None
        return resolved._replace(confidence=min(resolved.confidence, 0.8))

    def _introduced(self, start: int, end: int) -> bool:
        """Whether the name at ``[start, end)`` is introduced as a person's: a title, a
        role or a party before it (``Republican Tom Kessling``, ``Administrator Dana
        Hale``), or an appositive or a party marker after it (``…, a former senator``)."""
        text = self.text
        if _INTRODUCED_AFTER.match(text, end) or self.lex.party_marker.match(
            text, skip_blanks(text, end, len(text))
        ):
            return True
        before = text[max(0, start - 40) : start].split()
        if not before:
            return False
        word = before[-1]
        return bool(self.lex.class_of(word) & (TITLE | ROLE)) or (
            self.lex.cue_pattern.fullmatch(word) is not None
        )


def _line_before(text: str, line: int) -> int:
    """Where the last line with words before the line at ``line`` starts (a Q&A may set
    a blank line between a question and its answer)."""
    end = line - 1  # the newline that ends the line before
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text.rfind("\n", 0, end) + 1


def _first_naming(text: str, surname: str, pos: int) -> tuple[int, int] | None:
    r"""The span of the first ``[A-Z][\w'\u2019.-]*\s+`` + ``surname`` + ``\b`` in
    ``text[:pos]`` (``Tom Kessling``), found without a regex.

    The surname differs from call to call: a pattern of it would be compiled for each
    one. Each place the surname stands is read instead: blanks before it, and before
    them a run of word characters whose first capital starts the naming. ``surname``
    is one word.
    """
    size = len(surname)
    at = text.find(surname, 0, pos) if size else -1
    while at != -1:
        end = at + size
        gap = at
        while gap > 0 and text[gap - 1].isspace():
            gap -= 1
        # A word boundary after the surname (the text ends at ``pos`` for the pattern),
        # and blanks before it.
        if _is_word(text[end - 1]) != (end < pos and _is_word(text[end])) and gap < at:
            start = -1
            word = gap
            while word > 0 and (_is_word(text[word - 1]) or text[word - 1] in _NAME_MARKS):
                word -= 1
                if "A" <= text[word] <= "Z":
                    start = word
            if start != -1:
                return start, end
        at = text.find(surname, at + 1, pos)
    return None


# Besides word characters, what the word before a surname may hold (``Rep.``, ``O'Neill``).
_NAME_MARKS: Final = frozenset("'\u2019.-")


def _is_word(char: str) -> bool:
    r"""Whether ``char`` is a word character as a regex's ``\w`` reads it."""
    return char.isalnum() or char == "_"
