"""Attribution: for one reporting verb, who the speaker is and where the words stand.

The speaker is the noun phrase before the verb (``Kremlin spokesman Dmitry Peskov
said``), possibly with an appositive (``Peskov, the Kremlin spokesman, said``), or the
phrase after it (``…," said Peskov``), or, for a participle or a coordinated verb
(``…, adding that``, ``… and warned that``), the subject of the clause it hangs on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final, NamedTuple

from processors.discourse import base
from processors.frames import looks_like_clause
from processors.layout import Layout, Verb, is_name, phrase_at, skip_blank, strip_end
from processors.lexicon import (
    ADVERB,
    ARTICLE,
    BODY,
    CLAUSE,
    DETERMINER,
    HEAD,
    NP,
    RELATIVE,
    ROLE,
    TIME,
    TITLE,
    SpeechLexicon,
)
from processors.model import UNKNOWN_ACTOR, Speaker
from processors.sentences import Sentence
from processors.speakers import Phrase, Resolved, SpeakerReader
from processors.text import Token

_MAX_SUBJECT: Final = 14
# At most this many words in an item of a list inside a relative aside ("Kabul and
# Islamabad"): more make a clause of their own.
_LIST_ITEM_WORDS: Final = 8
# Besides letters and digits, what a word before a verb may hold (``Russia's``).
_WORD_MARKS: Final = frozenset("_'\u2019")
_POSSESSIVE_ENDS: Final = frozenset(("'s", "\u2019s"))
_POSSESSIVE_WORD_ENDS: Final = ("'s", "\u2019s")
_APPOSITIVE_AFTER: Final = re.compile(
    r",\s*((?:who|a|an|the)\s|(?:[A-Za-z-]+\s)?(?P<role>[A-Za-z-]+)\s(?:of|for|to)\s(?:the\s)?[A-Z])"
)
_RELATIVE: Final = re.compile(
    r",\s*(?:who|which)\s+(?:(?:has|had|have)\s+)?(?:also\s+|later\s+|repeatedly\s+)?$"
)
# A restrictive relative with no comma, right before its verb ("Democrats who say").
_RESTRICTIVE: Final = re.compile(r"\s+who\s+(?:(?:has|had|have)\s+)?(?:also\s+|repeatedly\s+)?$")
# Auxiliaries and modals: a phrase right after one is its clause's subject ("Why did
# Bangkok, which rejected …, come round?"), not an object a relative may hang on.
_AUXILIARIES: Final = frozenset(
    [
        "do",
        "does",
        "did",
        "is",
        "was",
        "are",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
    ]
)
# The word a ``_RELATIVE`` match ends in (followed by a blank).
_RELATIVE_ENDS: Final = frozenset(
    ("who", "which", "also", "later", "has", "had", "have", "repeatedly")
)
# A relative clause set off by commas after a speaker's appositive (", who is based in").
_RELATIVE_ASIDE: Final = re.compile(r"\s*(?:who|whose|which|where)\s")
_LEAD_WORD: Final = re.compile(r"([A-Z][a-z]+)\s+")
# The word that opens a comment clause at a sentence's start ("As one aide put it, …").
_COMMENT_LEAD: Final = "As"
_CLOSING: Final = ('"', "\u201d")
# What closes a quote right after its last comma ('"We agreed," Kenyatta said').
_QUOTE_CLOSERS: Final = frozenset('"\u201d\u2019')
_DATELINE_DASH: Final = re.compile(r"\u2014| -- ")
# A restrictive relative inside a subject: "an official who was in the room said", or
# one without its "who": "residents we reached by phone said".
_SUBJECT_RELATIVE: Final = re.compile(r"\s(?:who|that|I|we|you|they|he|she)\s")
# What places a speaker before its relative ("a diplomat in Geneva who ...").
_PLACING_PREPS: Final = frozenset(("in", "from", "at"))
# What opens a noun phrase that a reduced relative may follow (``a step the group …``).
_RELATIVE_DETERMINERS: Final = frozenset(("a", "an", "the", "this", "that", "its", "their"))
# A relative pronoun that is no subject, with its preposition ("in which", "whom"):
# the relative clause's own subject follows it.
_OBJECT_RELATIVE: Final = re.compile(
    r"\b(?:which|whom)\s+(?=[A-Z]|(?:the|a|an|its|his|her|their)\s)"
)
# Object pronouns as the subject of a participle after "with" ("with him saying").
_SUBJECT_FORMS: Final = {"him": "he", "her": "she", "them": "they"}
# A report passed on by a source: "X was quoted by AFP as saying", "AFP quoted X as
# saying", "quoted in the daily as saying". ``middle`` is what stands between "quoted"
# and the participle: a source after "by"/"in"/"on" (then the subject of "was quoted"
# speaks), else the object of "quoted" (who speaks); "as" alone is the short passive.
_QUOTED: Final = re.compile(
    r"\bquoted\s+(?P<middle>(?:[^\s,;:\"\u201c\u201d]+\s+){1,9}?)(?:as\s+)?$"
)
_QUOTED_SOURCES: Final = frozenset(("by", "in", "on", "as"))
_PASSIVE: Final = re.compile(r"\b(?:was|were|is|are|been|being)\s+$")
# How far back a "quoted" construction may start before its participle.
_QUOTED_SPAN: Final = 140
_WITH_PRONOUN: Final = re.compile(r"\bwith\s+(him|her|them)\s+$")
# A coordinator right before a subject: its clause is joined to the one before it.
_JOINED: Final = re.compile(r",?\s+(?:and|but|while)\s+$")
# Verbs whose participle a finding governs as often as a speaker ("Prices rose 5%,
# suggesting that …", "The poll shows …, predicting …"): read only after a subject with
# a role or a side.
_EVIDENCE_LEMMAS: Final = frozenset(("suggest", "predict"))
# The confidence of a speaker whose side nothing in the text gave.
_NO_SIDE: Final = 0.5
# An aside between dashes that ends right before a verb (" - a charge it denies - said").
_DASH_ASIDE: Final = re.compile(
    r"\s[-\u2013\u2014]\s[^-\u2013\u2014,;\"\u201c\u201d]+\s[-\u2013\u2014]$"
)
# A relative clause that no comma closes (", which X accuses of arming the RSF").
_OPEN_RELATIVE: Final = re.compile(r",\s+(?:which|who)\s[^,;\"\u201c\u201d]*$")
# The word right after a verb form, with one blank before it.
_NEXT_WORD: Final = re.compile(r" ([\w'\u2019]+)")
# What opens a clause of its own after a comma ("…, while Ethiopia, which …, said").
_CLAUSE_OPENERS: Final = frozenset(("and", "but", "while", "whereas", "though", "although", "yet"))
# What a place's name set off after it names ("the capital, Abuja", "the port city, Aden").
_PLACE_NOUNS: Final = frozenset(("capital", "city", "town", "port", "village"))
# How far back (characters) an aside before a verb is looked for.
_ASIDE: Final = 160
# What joins two clauses, each with its own subject.
_JOINTS: Final = (", and ", ", but ", "; ")
# How far before a verb the patterns that end at it look: they match a word or two
# ("and also", ", who"), and the spaces between words are single in news copy.
_LEAD: Final = 40
# The auxiliaries of a progressive verb ("was accusing", "has been saying").
_BE_FORMS: Final = frozenset(("is", "are", "was", "were", "am", "been"))
_HAVE_FORMS: Final = frozenset(("has", "have", "had"))
# How many unknown lower-case modifiers an inverted speaker's head may take
# ("said a motorcycle taxi driver").
_MODIFIERS: Final = 3
# A word that is not part of a place's name: a role, a title or a body.
_NOT_PLACE: Final = HEAD | ROLE | TITLE | BODY


def _last_joint(text: str, start: int, end: int) -> int | None:
    """Where the last clause joined by ``, and``/``, but``/``;`` in ``[start, end)`` starts."""
    best = -1
    for joint in _JOINTS:
        found = text.rfind(joint, start, end)
        if found != -1 and found + len(joint) > best:
            best = found + len(joint)
    return best if best != -1 else None


def _word_before(text: str, floor: int, end: int) -> tuple[str, int] | None:
    """The last word of ``text[floor:end]`` and where it starts (None when there is none).

    A word is a run of letters, digits, ``_`` and apostrophes; one cut by ``floor``
    is its part after ``floor``. Read backwards, since only the last words matter.
    """
    stop = end
    while stop > floor and not (text[stop - 1].isalnum() or text[stop - 1] in _WORD_MARKS):
        stop -= 1
    if stop == floor:
        return None
    start = stop - 1
    while start > floor and (text[start - 1].isalnum() or text[start - 1] in _WORD_MARKS):
        start -= 1
    return text[start:stop], start


# Frames whose verb, in a series after a comma, takes a clause of its own: "…, said …".
_SERIES_FRAMES: Final = frozenset(("clause", "strict", "finite", "tell"))


class Attribution(NamedTuple):
    """A reporting verb with its resolved speaker and where the speaker stands."""

    resolved: Resolved
    lemma: str
    frame: str
    verb_start: int
    verb_end: int
    subject_start: int
    subject_end: int
    inverted: bool
    explicit: bool
    """False when the speaker is inherited (participle, coordination, continuation)."""
    aside_end: int | None = None
    """Where a relative aside after the subject closes (``Lee, who said …, voted``):
    the report ends there, before the main clause."""


LeftSubject = tuple[Phrase, Phrase | None, str | None]


class Attributor:
    """Finds the speaker of each reporting verb in one article."""

    def __init__(
        self,
        layout: Layout,
        lexicon: SpeechLexicon,
        reader: SpeakerReader,
        sentence_speaker: Callable[[Sentence], Resolved | None],
    ) -> None:
        self.layout = layout
        self.text = layout.text
        self.lex = lexicon
        self.grammar = lexicon.grammar
        self.reader = reader
        self.sentence_speaker = sentence_speaker
        """The speaker of the last statement already found in a sentence, if any."""

    def read(self, sentence: Sentence, verb: Verb) -> Attribution | None:
        """Read one reporting verb: its speaker and where the speaker stands."""
        start, end, form = verb
        if form not in self.lex.verbs:
            form = " ".join(form.split())
        lemma, frame = self.lex.verbs[form]
        text, lo = self.text, sentence.start
        gerund = form.split(None, 1)[0].endswith("ing")
        aux = self._progressive(lo, start) if gerund else None
        if aux is not None:
            start = aux  # "India was accusing Pakistan": the subject stands before "was"
        # The patterns below end at the verb: the words right before it are enough.
        near = max(lo, start - _LEAD)
        previous = _word_before(text, near, start)
        if previous is not None and any(c in text[previous[1] : start] for c in _CLOSING):
            previous = None  # '"We will not," said Bash': the quote's words are not ours
        last = previous[0] if previous is not None else None
        if last in _SUBJECT_FORMS and form.split(None, 1)[0].endswith("ing"):
            with_pronoun = _WITH_PRONOUN.search(text, near, start)
            if with_pronoun is not None:
                # "His video opens with him saying", "with her telling workers that".
                return self._with_pronoun(sentence, lemma, frame, with_pronoun, start, end)
        if (
            gerund
            and aux is None
            and text.find("quoted", max(lo, start - _QUOTED_SPAN), start) != -1
        ):
            quoted = self._quoted(sentence, lemma, frame, start, end)
            if quoted is not None:
                return quoted
        if (
            previous is not None
            and last is not None
            and (
                (last.lower() in self.lex.noun_markers and not self._object_pronoun(previous))
                or last[-2:] in _POSSESSIVE_ENDS
                # "the 21 states that sued" (not "at 2%, saying")
                or (last.isdigit() and not text[previous[1] + len(last) : start].strip())
            )
            # "Sanders, walking beside her, said": a comma parts the word from the verb.
            and text[previous[1] + len(last) : start].strip(" ") != ","
        ):
            return None  # a noun: "the claims", "Russia's demands", "22 states"
        if previous is not None and form.endswith("s") and self._after_demonym(previous[1], start):
            return None  # "Qatari reports that …", "Russian claims": a noun, not a verb
        if (
            form.endswith("s")
            and lemma != "say"  # "says" is no noun: "a claim the governor says is false"
            and " " not in form
            and self._verb_follows(end, sentence.end)
            and not self._relative_before(near, start)
        ):
            # "Lawmakers from storm-prone states have been uneasy": a noun; but "which
            # Baku says must wait" reports.
            return None
        adverbs = self.lex.adverbs
        while previous is not None:
            word = previous[0].lower()
            if word not in adverbs:
                if word in self.lex.blockers_before:
                    return None  # "did not say", "declined to comment", "is expected to"
                break
            previous = _word_before(text, near, previous[1])
        if gerund and aux is None:
            if frame == "reject":
                return None
            if not self.grammar.participle_lead.search(text, near, start):
                return self._absolute(sentence, lemma, frame, start, end)
            return self._inherited(sentence, lemma, frame, start, end)
        if self._coordinated(last, start, near):
            own = self._subordinate_subject(sentence, start)
            if own is not None:
                return Attribution(own, lemma, frame, start, end, start, start, False, False)
            return self._inherited(sentence, lemma, frame, start, end)
        relative = None
        if last in _RELATIVE_ENDS:
            relative = _RELATIVE.search(text, near, start)
            if relative is None:
                # "a showdown with Democrats who say …": a restrictive relative; its
                # head, after the preposition, speaks.
                restrictive = _RESTRICTIVE.search(text, near, start)
                left = (
                    self._relative_head(sentence, restrictive.start())
                    if restrictive is not None
                    else None
                )
                if left is not None:
                    return self._attribution(sentence, left, lemma, frame, start, end)
        if relative is not None and "which" in relative.group(0):
            # "Reporters contacted the Pentagon, which said …": a body's relative hangs on
            # the object it follows, which speaks. Only there: after a subject ("Hamas,
            # which rules Gaza, has …") the aside is mostly a fact, not a report.
            left = self._relative_head(sentence, relative.start())
            if left is None or self._after_auxiliary(sentence, left[0]):
                return None  # also "Why did Bangkok, which rejected it, …": the subject
            return self._attribution(sentence, left, lemma, frame, start, end)
        # "..., according to a diplomatic source, who said ...": the source speaks.
        left = self.left_subject(sentence, relative.start() if relative else start)
        if relative is None and text[lo:start].rstrip().endswith(","):
            series = self._in_series(sentence, left, lemma, frame, start, end)
            if series is not None:
                return series
        if left is None and relative is not None:
            left = self._relative_head(sentence, relative.start())
        if left is None:
            stripped = text[lo:start].rstrip()
            if stripped and stripped[-1] not in ',\u201d"\u2019':
                return None
            return self._inverted(sentence, lemma, frame, start, end)
        phrase, appositive, cue = left
        if self._reduced_relative(phrase):
            inner = self._act_relative(phrase, frame, self._verb_follows(end, sentence.end))
            if inner is None:
                return None  # "…, an allegation the group rejects": no report of its own
            phrase, appositive = inner, None  # "a step the FBI said it was considering"
        if self._negated(phrase, lo):
            return None  # "no Democrat has said …", "nobody in the room said …"
        if appositive is None and phrase.end < start:
            appositive = self.trailing_appositive(sentence, phrase)
        resolved = self.reader.resolve(phrase, appositive, cue, lo)
        if resolved is None:
            return None
        if resolved.speaker.actor == UNKNOWN_ACTOR and resolved.confidence <= _NO_SIDE:
            resolved = self._clause_official(sentence, phrase, resolved)
        self.reader.remember(resolved, phrase.start)
        first = min(phrase.start, appositive.start) if appositive else phrase.start
        first = self._first_conjunct(sentence, first)
        aside_end = None
        if relative is not None and first == self.layout.clause_start(lo, first):
            # "Sen. Ann Lee, who said …, voted for it": the aside closes at the last comma.
            comma = text.rfind(",", end, sentence.end)
            aside_end = comma if comma != -1 else None
        return Attribution(
            resolved, lemma, frame, start, end, first, phrase.end, False, True, aside_end
        )

    def _attribution(
        self, sentence: Sentence, left: LeftSubject, lemma: str, frame: str, start: int, end: int
    ) -> Attribution | None:
        """The attribution of a verb whose subject phrase is already found."""
        phrase, appositive, cue = left
        resolved = self.reader.resolve(phrase, appositive, cue, sentence.start)
        if resolved is None:
            return None
        self.reader.remember(resolved, phrase.start, subject=False)
        return Attribution(
            resolved, lemma, frame, start, end, phrase.start, phrase.end, False, True
        )

    def _clause_official(self, sentence: Sentence, phrase: Phrase, resolved: Resolved) -> Resolved:
        """``The ministry has refused before, and a senior official said …``: an unnamed
        official with no side of their own speaks for the body (or the person) that led
        the clause joined before theirs."""
        role = resolved.speaker.role
        if role is None or base(role.split()[-1]) not in self.lex.clause_officials:
            return resolved
        joint = _JOINED.search(self.text, max(sentence.start, phrase.start - _LEAD), phrase.start)
        if joint is None:
            return resolved
        owner = self.main_subject(sentence, joint.start())
        if owner is None or owner.kind == "group" or owner.speaker.actor == UNKNOWN_ACTOR:
            return resolved
        speaker = resolved.speaker
        return resolved._replace(speaker=Speaker(speaker.name, owner.speaker.actor, speaker.role))

    def _after_intro(self, lo: int, end: int, inner: Phrase | None) -> Phrase | None:
        """``inner`` without its quote marks when ``text[lo:end]`` opens the sentence
        with an intro (``On Sunday``, ``Appearing on NBC``) and ``inner`` is a phrase."""
        if inner is None or end <= lo:
            return None
        first = self.text[lo:end].split(None, 1)[0]
        if not (
            first.lower() in self.grammar.intro_words
            or (first[:1].isupper() and first.endswith("ing"))
            or self.reader.word_class(first) & TIME
        ):
            return None
        start = inner.start
        while start < inner.end and self.text[start] in '"\u201c\u201d ':
            start += 1
        name = phrase_at(self.text, start, inner.end)
        if name is None or not self.reader.is_phrase(name.start, name.end, lo):
            return None
        if not is_name(name.text) and self.grammar.intro_place.match(self.text, lo, end + 1):
            return None  # "In Kherson, the governor, …": the place tells whose governor
        return name

    def _relative_head(self, sentence: Sentence, end: int) -> LeftSubject | None:
        """``The plan drew fire from Gov. Ann Lee, who said …``: the relative's head is
        the longest noun phrase ending at its comma that opens with a name or an article
        after a lower-case word (a preposition or a verb), not the sentence's subject."""
        lo = sentence.start
        tokens = self.layout.tokens.between(max(lo, end - 120), end)
        for i in range(1, len(tokens)):
            before, first = tokens[i - 1][2], tokens[i][2]
            if not before.isalpha() or not before.islower():
                continue
            if not first[0].isupper() and first not in self.grammar.articles:
                continue  # "was backed by …": a verb, not the phrase's first word
            if self.reader.is_phrase(tokens[i][0], end, lo):
                phrase = phrase_at(self.text, tokens[i][0], end)
                return None if phrase is None else (phrase, None, None)
        return None

    def _after_auxiliary(self, sentence: Sentence, phrase: Phrase) -> bool:
        """Whether an auxiliary or a modal stands right before ``phrase`` (``did Bangkok``,
        ``is the Pentagon``): the phrase is then a subject, not an object."""
        word = _word_before(self.text, max(sentence.start, phrase.start - _LEAD), phrase.start)
        return word is not None and word[0].lower() in _AUXILIARIES

    def _reduced_relative(self, phrase: Phrase) -> bool:
        """``an allegation the group rejects``, ``a step Hezbollah rejected as …``: the
        "subject" is a noun with a relative clause, and the verb belongs to that clause."""
        text = phrase.text
        if text.count(" ") < 2:
            return False  # "Peskov", "the ministry": too short to hold a relative
        words = text.split(None, 4)
        if words[0].lower() not in _RELATIVE_DETERMINERS:
            return False
        for i in (1, 2):
            if i + 1 < len(words) and words[i].lower() in self.lex.relative_heads:
                following = words[i + 1]
                return following in _RELATIVE_DETERMINERS or following[:1].isupper()
        return False

    def _negated(self, phrase: Phrase, lo: int) -> bool:
        """Whether the subject says nobody spoke: a negative word opens it (``Nobody in
        the White House``, ``None of them``) or stands right before it (``no Democrat``,
        ``not a single senator``)."""
        grammar = self.grammar
        negation = grammar.negation
        # Most subjects neither begin nor follow a word with a negative's first or last letter.
        if phrase.text[:1] in grammar.negation_firsts:
            words = phrase.text.split(None, 3)[:3]
            if any(negation.match(" ".join(words[:size])) for size in range(1, len(words) + 1)):
                return True
        lo = max(lo, phrase.start - 20)
        last = strip_end(self.text, lo, phrase.start)
        if last == lo or self.text[last - 1] not in grammar.negation_lasts:
            return False
        return negation.search(self.text, lo, phrase.start) is not None

    def _act_relative(self, phrase: Phrase, frame: str, gapped: bool) -> Phrase | None:
        """The subject of a reduced relative after an act noun whose verb takes a clause
        (``a step the FBI said …``): that relative reports, its subject speaks. So does
        one whose clause lacks its subject (``gapped``: an auxiliary right after the verb)
        after any relative head: ``a claim Hale said was false``."""
        if frame != "clause":
            return None
        heads = self.lex.relative_heads if gapped else self.lex.act_nouns
        words = phrase.text.split(None, 4)
        for i in (1, 2):
            if i + 1 < len(words) and words[i].lower() in heads:
                offset = phrase.text.find(" " + words[i + 1], phrase.text.find(words[i])) + 1
                start = phrase.start + offset
                return phrase_at(self.text, start, phrase.end)
        return None

    def _coordinated(self, last: str | None, start: int, near: int) -> bool:
        """``... and warned``: the verb shares the subject of the clause before it.

        ``last`` is the last word between ``near`` and the verb at ``start``. The pattern
        ends in a listed word and a blank, so most verbs are settled without it.
        """
        ends = self.grammar.coordination_ends
        if ends is not None:
            # A quote mark may join the word to what stands before it: "\u2019and".
            if last is None or not self.text[start - 1].isspace():
                return False
            if last[max(last.rfind("'"), last.rfind("\u2019")) + 1 :] not in ends:
                return False
        return self.grammar.coordination.search(self.text, near, start) is not None

    def _subordinate_subject(self, sentence: Sentence, verb_start: int) -> Resolved | None:
        """``X said A, until Trump phoned them and threatened …``: a coordinated verb in
        a subordinate clause shares that clause's subject, not the sentence's speaker."""
        lo = max(sentence.start, verb_start - 160)
        found = None
        for match in self.grammar.subordinate.finditer(self.text, lo, verb_start):
            found = match
        if found is None or "," in self.text[found.end() : verb_start]:
            return None
        phrase = self.right_subject(sentence, found.end())
        if phrase is None:
            return None
        return self.reader.resolve(phrase, sentence_start=sentence.start)

    def _in_series(
        self,
        sentence: Sentence,
        left: LeftSubject | None,
        lemma: str,
        frame: str,
        start: int,
        end: int,
    ) -> Attribution | None:
        """``X called it a violation, said Thai forces had responded, and said …``: a verb
        right after a comma, in a sentence where someone already spoke, is one more verb
        of that speaker's series when no speaker stands before the comma (``Ethiopia,
        which hosts the talks, said``) and a clause follows (not ``…, said officials``)."""
        if frame not in _SERIES_FRAMES:
            return None
        known = self.sentence_speaker(sentence)
        if known is None or not looks_like_clause(self.text, end, sentence.end, self.lex):
            return None
        if left is not None and self.reader.resolve(*left, sentence.start) is not None:
            return None
        return Attribution(known, lemma, frame, start, end, start, start, False, False)

    def _inherited(
        self, sentence: Sentence, lemma: str, frame: str, start: int, end: int
    ) -> Attribution | None:
        resolved = self.main_subject(sentence, start)
        if resolved is None:
            return None
        speaker = resolved.speaker
        if lemma in _EVIDENCE_LEMMAS and speaker.role is None and speaker.actor == UNKNOWN_ACTOR:
            return None  # "Prices rose, suggesting that …": a finding, no speaker, suggests
        if resolved.kind == "body":
            # "The X Forum welcomed it but said …": kept, so that a later "the forum
            # said" finds it.
            self.reader.remember(resolved, start)
        return Attribution(resolved, lemma, frame, start, end, start, start, False, False)

    def _absolute(
        self, sentence: Sentence, lemma: str, frame: str, start: int, end: int
    ) -> Attribution | None:
        """``…, with press secretary Jo Kim telling reporters that …``: a participle with a
        subject of its own, which ``with`` introduces."""
        left = self.left_subject(sentence, start)
        if left is None:
            return None
        phrase, appositive, cue = left
        if phrase.text[:5].lower() == "with " and phrase.text[5:].strip():
            # The clause start may keep the "with": the subject follows it.
            phrase = Phrase(phrase.start + 5, phrase.end, phrase.text[5:])
        else:
            before = _word_before(self.text, max(sentence.start, phrase.start - 8), phrase.start)
            if before is None or before[0].lower() != "with":
                return None
        return self._attribution(sentence, (phrase, appositive, cue), lemma, frame, start, end)

    def _verb_follows(self, pos: int, stop: int) -> bool:
        """Whether an auxiliary or a modal follows ``pos`` (one of the clause cues not in
        the past tense): a form in -s before it is the noun that is its subject."""
        match = _NEXT_WORD.match(self.text, pos, stop)
        if match is None:
            return False
        word = match.group(1).lower()
        return word in self.lex.clause_cues and not word.endswith("ed")

    def _relative_before(self, floor: int, end: int) -> bool:
        """Whether a relative word is one of the two words before ``end``."""
        relatives = self.grammar.relatives
        word = _word_before(self.text, floor, end)
        for _ in range(2):
            if word is None:
                return False
            if word[0].lower() in relatives:
                return True
            word = _word_before(self.text, floor, word[1])
        return False

    def _object_pronoun(self, word: tuple[str, int]) -> bool:
        """Whether a word that may mark a noun ("her claims") is an object pronoun here:
        "her" right after a preposition ("a person close to her said")."""
        if word[0] not in self.grammar.object_pronouns:
            return False
        before = _word_before(self.text, max(0, word[1] - _LEAD), word[1])
        if before is None:
            return False
        word_before = before[0].lower()
        return word_before in self.grammar.prepositions or word_before in self.grammar.right_links

    def _with_pronoun(
        self, sentence: Sentence, lemma: str, frame: str, match: re.Match[str], start: int, end: int
    ) -> Attribution | None:
        """A participle whose subject is an object pronoun after ``with``: the pronoun's
        subject form names the speaker."""
        subject = _SUBJECT_FORMS[match.group(1)]
        at = match.start(1)
        resolved = self.reader.pronoun(subject, at)
        if resolved is None:
            return None
        return Attribution(resolved, lemma, frame, start, end, at, match.end(1), False, True)

    def _quoted(
        self, sentence: Sentence, lemma: str, frame: str, start: int, end: int
    ) -> Attribution | None:
        """A participle a source passes on: ``Kiir was quoted by AFP as saying`` (the
        subject of "was quoted" speaks) or ``AFP quoted Kiir as saying`` (its object
        speaks). The subject of the whole stands where a quote before it would end, so
        ``"…," AFP quoted Kiir as saying`` reports the quote."""
        text, lo = self.text, sentence.start
        found = _QUOTED.search(text, max(lo, start - _QUOTED_SPAN), start)
        if found is None:
            return None
        middle = found.group("middle").split()
        if middle[0].lower() in _QUOTED_SOURCES:
            passive = _PASSIVE.search(text, max(lo, found.start() - 12), found.start())
            if passive is None:
                return None
            left = self.left_subject(sentence, passive.start())
            if left is None:
                return None
            return self._attribution(sentence, left, lemma, frame, start, end)
        at, stop = found.start("middle"), strip_end(text, lo, found.end("middle"))
        source = self.left_subject(sentence, found.start())
        anchor = source[0].start if source is not None else found.start()
        if len(middle) == 1 and middle[0] in _SUBJECT_FORMS:
            resolved = self.reader.pronoun(_SUBJECT_FORMS[middle[0]], at)
        else:
            phrase = Phrase(at, stop, text[at:stop])
            resolved = self.reader.resolve(phrase, sentence_start=lo)
            if resolved is not None:
                self.reader.remember(resolved, at, subject=False)
        if resolved is None:
            return None
        return Attribution(resolved, lemma, frame, start, end, anchor, stop, False, True)

    def _inverted(
        self, sentence: Sentence, lemma: str, frame: str, start: int, end: int
    ) -> Attribution | None:
        phrase = self.right_subject(sentence, end)
        if phrase is None:
            return None
        appositive = self.trailing_appositive(sentence, phrase)
        resolved = self.reader.resolve(phrase, appositive, sentence_start=sentence.start)
        if resolved is None:
            return None
        self.reader.remember(resolved, phrase.start)
        return Attribution(resolved, lemma, frame, start, end, phrase.start, phrase.end, True, True)

    def left_subject(self, sentence: Sentence, verb_start: int) -> LeftSubject | None:
        """The subject phrase before a verb, its appositive and a party-marker actor."""
        text, lo = self.text, sentence.start
        window = max(lo, verb_start - 60)
        tokens, whole = self.layout.tokens.tail(window, verb_start, 2)
        count = self._words_kept(tokens)
        if count < 2 and not whole:
            # Adverbs took the last runs' words, or the ")" test needs the word before
            # them: the whole window's tokens, as they end the same way.
            tokens = self.layout.tokens.between(window, verb_start)
            count = self._words_kept(tokens)
        if not count:
            return None
        end = tokens[count - 1][1]
        cue: str | None = None
        if tokens[count - 1][2] == ")" or (count > 1 and tokens[count - 2][2] == ")"):
            marker = self.lex.party_marker.search(text, max(lo, end - 30), end)
            if marker is not None:
                cue, end = "USA", marker.start()  # "Sen. Jane Doe (R-Ohio) said"
        end = strip_end(text, lo, end)
        appositive: Phrase | None = None
        # The aside's closing dash ends the words (a cheap test before the regex).
        aside = None
        if end > lo and text[end - 1] in "-\u2013\u2014":
            aside = _DASH_ASIDE.search(text, max(lo, end - _ASIDE), end)
        if aside is not None:
            # "the UAE, which X accuses of arming them - a charge it denies - said": the
            # aside between dashes, then the relative it closes, stand between subject
            # and verb.
            end = strip_end(text, lo, aside.start())
            relative = _OPEN_RELATIVE.search(text, max(lo, end - _ASIDE), end)
            if relative is not None:
                end = relative.start()
        comma = -1
        if end > lo and text[end - 1] == ",":
            # "Peskov, the Kremlin spokesman, said" or "Zelensky, speaking in Kyiv, said".
            comma = text.rfind(",", max(lo, end - 200), end - 1)
            if comma == -1:
                return None
            if not _RELATIVE_ASIDE.match(text, comma + 1, end - 1):
                comma = self._relative_over_list(lo, comma, end)
            if _RELATIVE_ASIDE.match(text, comma + 1, end - 1):
                # "Abdulsalam, the group's negotiator, who is based in Muscat, wrote": the
                # relative says where or what he is; the appositive before it says whose.
                earlier = text.rfind(",", max(lo, comma - 200), comma)
                if text[earlier + 1 : earlier + 2] in _QUOTE_CLOSERS:
                    earlier = -1  # '"…," Kenyatta, who chaired it, said': the quote's comma
                if earlier != -1 and not _RELATIVE_ASIDE.match(text, earlier + 1, comma):
                    before = phrase_at(text, earlier + 1, comma)
                    if before is None or before.text.split(None, 1)[0] not in _CLAUSE_OPENERS:
                        end = comma + 1
                        comma = earlier
                    else:
                        # "X said A, while Ethiopia, which hosts the talks, said B": a
                        # clause, not an appositive, stands before the relative.
                        end = comma
        if end > lo and text[end - 1] == "," and comma < end - 1:
            inner = phrase_at(text, comma + 1, end - 1)
            tail = self.lex.appositive_tail.match(text, comma, end - 1)
            if tail is not None:
                cue = "USA" if tail.group("marker") else cue  # "Jo Kim, D-Ore., said"
            elif inner is not None and self._names_a_place(comma, inner):
                pass  # "officials in Nigeria's capital, Abuja, confirmed": no speaker's name
            elif inner is not None and self.reader.is_phrase(inner.start, inner.end, lo):
                appositive = inner
            end = strip_end(text, lo, comma)
            named = self._after_intro(lo, end, inner)
            if named is not None:
                # "On Sunday, Brandt, who chairs the panel, said": the name, not the intro.
                return named, None, cue
        # "Kevin Doyle, 41, who ..., said", "Tony Gonzales (R-Texas), whose ..., said".
        # Every such tail ends in a digit or holds a hyphen: most phrases are spared the search.
        tail = None
        if end > lo and (text[end - 1].isdigit() or "-" in text[max(lo, end - 16) : end]):
            tail = self.lex.appositive_tail.search(text, max(lo, end - 30), end)
        if tail is not None and tail.start() > lo:
            cue = "USA" if tail.group("marker") else cue
            end = strip_end(text, lo, tail.start())
        start = self.layout.clause_start(lo, end)
        dash = text.find(" - ", start, end)
        if dash != -1:
            # "… to pass - a point Aune said was …": a hyphen between blanks is a dash in
            # plain-text copy, and the clause starts after it as after an em dash.
            start = text.rfind(" - ", start, end) + 3
        if start == lo:
            # "But she said …": a conjunction opening the sentence is not the subject's.
            lead = _LEAD_WORD.match(text, start, end)
            if lead is not None and (
                lead.group(1).lower() in self.grammar.lead_conjunctions
                or lead.group(1) == _COMMENT_LEAD
            ):
                start = lead.end()  # also "As one aide put it, …": "as" opens the comment
        if text[max(lo, start - 5) : start] == " and " and self._joined_name(start, end):
            start = self.layout.clause_start(lo, start - 5)  # "the X and Y Forum said"
        if text[start : start + 1].isupper():
            start = self._after_opening_adjunct(start, end)
        start = self._pronoun_subject(start, end)
        # Both relatives open with "wh": a cheap test before the regex.
        if text.find("wh", start, end) != -1:
            for relative in _OBJECT_RELATIVE.finditer(text, start, end):
                start = relative.end()  # "a speech in which Halvorsen told …": he speaks
        phrase = phrase_at(text, start, end)
        if phrase is not None and not self.reader.is_phrase(phrase.start, phrase.end, lo):
            phrase = self._before_relative(phrase, lo)  # a phrase, or None
        if phrase is None:
            if appositive is None or not is_name(appositive.text):
                return None
            # "Her likely challenger, businessman Craig Donnelly, wrote": the name speaks.
            return appositive, None, cue
        placed = False
        if appositive is None and start > lo:
            # "In Kherson, regional governor Oleksandr Prokudin said": the place places him.
            intro = self.grammar.intro_place.match(text, lo, start)
            if intro is not None and text[intro.end() : start].strip():
                intro = None  # "In May, X said A, though Y said B": Y's clause is not placed
            if intro is not None:
                appositive = Phrase(intro.start(), intro.end() - 1, intro.group(0)[:-1])
                placed = True
        if (
            appositive is not None
            and not placed  # "In Washington, ...": a place, never the speaker's name
            and (is_name(appositive.text) or self._titled_name(appositive))
            and not self._is_person(phrase)
        ):
            # "The head of the office, Andriy Yermak, said": the name is the appositive,
            # with its title too ("Mexico's envoy to the talks, ambassador Ana Ruiz,").
            return appositive, phrase, cue
        return phrase, appositive, cue

    def _relative_over_list(self, lo: int, comma: int, end: int) -> int:
        """The comma that opens a relative aside holding a list (``Khalilzad, who has
        been shuttling between Doha, Kabul and Islamabad, has said``), else ``comma``:
        the list's commas part names, each item opening in capitals."""
        text = self.text
        opening = text.rfind(", wh", max(lo, end - 200), comma)
        if opening == -1 or not _RELATIVE_ASIDE.match(text, opening + 1, end - 1):
            return comma
        items = text[opening + 1 : end - 1].split(",")[1:]
        if all(
            item.strip()[:1].isupper() and len(item.split()) <= _LIST_ITEM_WORDS for item in items
        ):
            return opening
        return comma

    def _words_kept(self, tokens: list[Token]) -> int:
        """How many of ``tokens`` are left once the adverbs and time words that end
        them are dropped (``Peskov later said``: ``later`` is no part of the subject)."""
        count = len(tokens)
        while count and self.reader.word_class(tokens[count - 1][2]) & (ADVERB | TIME):
            count -= 1
        return count

    def _progressive(self, lo: int, start: int) -> int | None:
        """Where the auxiliary of a progressive verb starts (``was accusing``, ``is
        urging``, ``has been saying``): the verb group reports like a finite verb."""
        text = self.text
        near = max(lo, start - _LEAD)
        previous = _word_before(text, near, start)
        while previous is not None and previous[0].lower() in self.lex.adverbs:
            previous = _word_before(text, near, previous[1])
        if previous is None or previous[0].lower() not in _BE_FORMS:
            return None
        subject = text[max(lo, previous[1] - _LEAD) : previous[1]].lower().split()
        if not self.lex.blockers_after.isdisjoint(subject):
            return None  # "unclear whether Israel was demanding": asked, not reported
        if previous[0].lower() != "been":
            return previous[1]
        have = _word_before(text, near, previous[1])
        return have[1] if have is not None and have[0].lower() in _HAVE_FORMS else None

    def _first_conjunct(self, sentence: Sentence, start: int) -> int:
        """Where a coordinated subject after a comma starts (``…, the two governments and
        the US State Department said``): its last conjunct speaks, the whole stands
        between the report and the verb."""
        text, lo = self.text, sentence.start
        if text[max(lo, start - 5) : start] != " and ":
            return start
        before = self.layout.clause_start(lo, start - 5)
        if before <= lo or text[before - 1] != ",":
            return start
        conjunct = phrase_at(text, before, start - 5)
        if conjunct is None or not self.reader.is_phrase(conjunct.start, conjunct.end, lo):
            return start
        return conjunct.start

    def _after_opening_adjunct(self, start: int, end: int) -> int:
        """Where the subject starts after an opening adjunct with no comma (``In a
        televised address Netanyahu said``, ``In a statement on Tuesday the army said``):
        the adjunct a reporting verb takes after it reads the same before the subject."""
        text = self.text
        space = text.find(" ", start, end)
        if space == -1 or text[start:space].lower() not in self.grammar.prepositions:
            return start  # most subjects open with no preposition: nothing more to read
        clause = text[start].lower() + text[start + 1 : end]
        adjunct = self.lex.adjunct_pattern.match(clause)
        if adjunct is None or adjunct.end() >= len(clause) or clause[adjunct.end() - 1] == ",":
            return start
        return start + adjunct.end()

    def _pronoun_subject(self, start: int, end: int) -> int:
        """Where the subject starts when a pronoun ends ``text[start:end]`` after a verb
        of its own clause (``a video of the forum shows she said``): at the pronoun."""
        last = _word_before(self.text, start, end)
        if last is None or last[1] == start or last[0] not in self.lex.pronouns:
            return start
        lead = self.text[start : last[1]].split(None, 1)
        opening = len(lead) == 2 and lead[0].lower() in self.grammar.prepositions
        if self.lex.pronouns[last[0]] not in ("m", "f"):
            # "it"/"they" also end reduced relatives ("the weapons it said were used"):
            # only after an opening phrase ("In a statement it said") are they a subject.
            if not opening:
                return start
        elif opening and lead[0][:1].isupper():
            return last[1]  # "On Tuesday he said", "In Ankara she said": no comma after
        before = _word_before(self.text, start, last[1])
        if before is None or not self.text[before[1] + len(before[0]) : last[1]].isspace():
            return start
        word = before[0]
        if word == "whom":
            return start  # "Hale, whom she said she admired": the head is her topic
        if (
            not word.islower()
            or word in self.grammar.lead_conjunctions
            or self.reader.word_class(word) & (DETERMINER | ARTICLE)
        ):
            return start
        return last[1]

    def _after_demonym(self, word_start: int, verb_start: int) -> bool:
        """Whether the word before a verb is a demonym ("Qatari" in "Qatari reports")."""
        return any(
            m.kind == "demonym" and m.start == word_start
            for m in self.reader.in_mentions(word_start, verb_start)
        )

    def _titled_name(self, phrase: Phrase) -> bool:
        """A full name after lower-case titles only: ``ambassador Rosa Elena Iturbe``,
        ``retired general Ivan Soto``."""
        words = phrase.text.split()
        lead = 0
        while lead < len(words) and not words[lead][:1].isupper():
            if not self.reader.word_class(words[lead]) & (ROLE | TITLE):
                return False
            lead += 1
        return lead > 0 and len(words) - lead >= 2 and is_name(" ".join(words[lead:]))

    def _names_a_place(self, comma: int, inner: Phrase) -> bool:
        """Whether the words set off after ``comma`` (``inner``) name the place the words
        before it end with (``the talks in Nigeria's capital, Abuja,``): a city or
        country the gazetteer or the place list knows, after a place noun. It neither
        speaks nor gives a side (unlike ``the mayor of the city, Vitali Klitschko,``)."""
        before = self.text[max(0, comma - 12) : comma].split()
        if not before or before[-1].lower() not in _PLACE_NOUNS:
            return False
        mentions = self.reader.in_mentions(inner.start, inner.end)
        if any(m.kind in ("capital", "name") and m.start == inner.start for m in mentions):
            return True
        place = self.lex.place_pattern.match(self.text, inner.start, inner.end)
        return place is not None and place.end() == inner.end

    def _is_person(self, phrase: Phrase) -> bool:
        """A name, not a title: ``Andriy Yermak`` but not ``RSF Legal Advisor``."""
        words = phrase.text.split()
        return is_name(phrase.text) and words[-1].lower() not in self.lex.person_roles

    def _before_relative(self, phrase: Phrase, lo: int) -> Phrase | None:
        """``A strategist who advised the campaign said``: the head before its relative."""
        match = _SUBJECT_RELATIVE.search(phrase.text)
        if match is None or not match.start():
            return None
        head = phrase_at(self.text, phrase.start, phrase.start + match.start())
        if head is None or not self.reader.is_phrase(head.start, head.end, lo):
            return None
        # Only an unnamed or described speaker takes one: "a lawyer who ...", "officials who",
        # placed or not ("A diplomat in Geneva who follows the talks").
        words = head.text.split()
        last = words[-1]
        if len(words) > 3 and last[:1].isupper():
            for i in range(len(words) - 2, 0, -1):
                if words[i] in _PLACING_PREPS:
                    last = words[i - 1]
                    break
                if not words[i][:1].isupper():
                    break  # a place is a name: "Geneva", "Port Sudan"
        return head if self.reader.word_class(last) & HEAD else None

    def _joined_name(self, start: int, end: int) -> bool:
        """``Hostages and Missing Families Forum``: an "and" inside an organisation's name."""
        # A gazetteer alias across the "and": "Immigration and Customs Enforcement".
        for mention in self.reader.in_mentions(max(0, start - 60), end):
            if mention.start < start - 5 and mention.end > start:
                return True
        # A place across it: "Jammu and Kashmir Chief Minister X".
        for place in self.lex.place_pattern.finditer(self.text, max(0, start - 40), end):
            if place.start() < start - 5 and place.end() > start:
                return True
        words = self.text[start:end].split()
        # "the director for East Asia and the Pacific": the pair is one region a title's
        # "for"/"of" governs, when no role or body follows the "and".
        if words and all(
            w == "the" or (w[:1].isupper() and not self.reader.word_class(w) & _NOT_PLACE)
            for w in words
        ):
            lead = self.text[self.layout.clause_start(max(0, start - 120), start - 5) : start]
            if " for " in lead or " of " in lead:
                return True
        before = self.text[max(0, start - 40) : start - 5].split()
        if not before or not words or not before[-1][:1].isupper():
            return False
        return all(w[:1].isupper() for w in words) and base(words[-1]) in self.lex.bodies

    def _time_after_object(self, word: str, taken: list[Token]) -> bool:
        """Whether ``word`` opens a phrase of time after a linked object that has its head
        (``troops loyal to President Kiir on Monday``, ``… Haftar yesterday``): the subject
        ends there and its verb follows, where a link word alone would read on."""
        if not self.reader.word_class(word) & TIME:
            return False
        last = taken[-1][2]
        # "a spokesman for the late president": after an article "late" still modifies.
        # A name ends the object ("al-Burhan" too), as does a head noun ("the ministry").
        return not last.islower() or bool(self.reader.word_class(last) & HEAD)

    def right_subject(self, sentence: Sentence, pos: int) -> Phrase | None:
        """The noun phrase that starts at ``pos``: ``…," said Kremlin spokesman Peskov``."""
        taken: list[Token] = []
        # "said a retired Indian general", "said an aid official": lower-case words the
        # lexicon does not know, held until a head noun shows they modify it.
        pending: list[Token] = []
        linked = False
        joined = -1
        tokens = self.layout.tokens.first(pos, sentence.end, _MAX_SUBJECT)
        for i, token in enumerate(tokens):
            word = token[2]
            if not word[0].isalnum():
                if word in "-\u2013" and not pending:
                    continue
                break
            if (
                word == "and"
                and joined == -1
                and taken
                and taken[-1][2][:1].isupper()
                and i + 1 < len(tokens)
                and tokens[i + 1][2][:1].isupper()
            ):
                joined = len(taken)  # "the Hostages and Missing Families Forum", if a body
                taken.append(token)
                continue
            if linked and self._time_after_object(word, taken):
                break  # "Forces loyal to Khalifa Haftar on Thursday rejected …": a time ends it
            if word.lower() in self.grammar.right_links:
                if pending:
                    break  # "a driver waiting for customers": no head took the modifiers
                linked = True
                taken.append(token)
                continue
            # "the territory's health ministry": an owner after the article is nominal.
            owner = bool(taken) and word.islower() and word.endswith(_POSSESSIVE_WORD_ENDS)
            if not (linked or owner or self.reader.is_np_word(word, first=False)):
                if not self._modifier(word, taken, pending):
                    break
                pending.append(token)
                continue
            if word in self.lex.verbs:
                break
            if pending:
                pending.append(token)
                if self.reader.word_class(word) & HEAD:
                    taken.extend(pending)
                    pending.clear()
                continue
            taken.append(token)
        # A trailing modifier is no head, but "the government" ends in a word that is both.
        while taken and (
            (
                taken[-1][2].lower() in self.lex.determiners
                and base(taken[-1][2]) not in self.lex.heads
            )
            or taken[-1][2] == "of"
        ):
            taken.pop()
        if joined != -1 and base(taken[-1][2]) not in self.lex.bodies:
            taken = taken[:joined]  # "Israel and Hamas": two subjects, the first leads
        if not taken:
            return None
        stop = taken[-1][1]
        if self.text[stop - 1] == "." and base(taken[-1][2]) != taken[-1][2].lower():
            stop -= 1  # a sentence's full stop, not an abbreviation's
        return Phrase(taken[0][0], stop, self.text[taken[0][0] : stop])

    def _modifier(self, word: str, taken: list[Token], pending: list[Token]) -> bool:
        """Whether an unknown word after an inverted verb may modify a head to come: a
        lower-case word that is no verb, after a determiner (``a retired``, ``an aid``;
        not ``asked by``, ``Israel put``), at most ``_MODIFIERS`` of them in a row."""
        if not word.islower() or not word.replace("-", "").isalpha():
            return False
        if not pending and (
            not taken or not self.reader.word_class(taken[-1][2]) & (DETERMINER | ARTICLE)
        ):
            return False
        if word in self.lex.verbs or self.reader.word_class(word) & (CLAUSE | RELATIVE):
            return False
        held = sum(1 for token in pending if not self.reader.word_class(token[2]) & NP)
        return held < _MODIFIERS

    def trailing_appositive(self, sentence: Sentence, phrase: Phrase) -> Phrase | None:
        """``said Dr Hanna Lindqvist, who leads WHO's team``: words that place a speaker;
        also a bare role of a named body (``said X, head of the AU mediation team``)."""
        match = _APPOSITIVE_AFTER.match(self.text, phrase.end, sentence.end)
        if match is None:
            return None
        role = match.group("role")
        if role is not None and not self.reader.word_class(role) & ROLE:
            return None  # "said Diallo, speaking of the AU": a role heads one with no article
        end = self.text.find(",", match.end(), sentence.end)
        return phrase_at(self.text, match.start(1), sentence.end if end == -1 else end)

    def main_subject(self, sentence: Sentence, pos: int) -> Resolved | None:
        """The speaker of a participle or a coordinated verb: the clause's subject."""
        known = self.sentence_speaker(sentence)
        if known is not None:
            return known
        start = sentence.start
        dash = _DATELINE_DASH.search(self.text, start, min(pos, start + 80))
        if dash is not None:
            start = skip_blank(self.text, dash.end(), pos)  # "LANSING, Mich. -- ..."
        # "… a statement from the office of General X, saying …": the author speaks.
        document = None
        # Only a document with its "by"/"from" counts: without either word in the text
        # the pattern, tried at every position, is not run.
        if self.text.find("by", start, pos) != -1 or self.text.find("from", start, pos) != -1:
            for found in self.lex.according_document.finditer(self.text, start, pos):
                document = found
        if document is not None and document.group("source"):
            phrase = self.right_subject(
                Sentence(document.end(), pos, 0, sentence.index), document.end()
            )
            if phrase is not None:
                resolved = self.reader.resolve(phrase, sentence_start=sentence.start)
                if resolved is not None:
                    return resolved
        # "Talks stalled, and Israel resumed its strikes, saying …": the participle hangs
        # on the nearest clause, whose subject follows its coordinator.
        joint = _last_joint(self.text, start, pos)
        if joint is not None:
            phrase = self.right_subject(Sentence(joint, pos, 0, sentence.index), joint)
            if phrase is not None:
                resolved = self.reader.resolve(phrase, sentence_start=sentence.start)
                if resolved is not None:
                    return resolved
        tokens = self.layout.tokens.first(start, pos, _MAX_SUBJECT)
        place = self.grammar.intro_place.match(self.text, start, pos)
        placed: Phrase | None = None
        if place is not None:
            # "At Tel Aviv's square, families gathered, saying …": a place opens it, and
            # places the subject as it does one of a verb of its own ("In Kherson, …").
            start = place.end()
            placed = Phrase(place.start(), place.end() - 1, place.group(0)[:-1])
        elif tokens and base(tokens[0][2]) in self.grammar.intro_words:
            comma = next((t for t in tokens if t[2] == ","), None)
            if comma is not None and self.text[comma[1] : pos].strip():
                start = comma[1]
            else:
                # "On March 25 the GNA launched …, saying …": an adjunct with no comma.
                after = self._after_opening_adjunct(start, pos)
                if after == start:
                    return None
                start = after
        phrase = self.right_subject(Sentence(start, pos, 0, sentence.index), start)
        if phrase is None:
            return None
        return self.reader.resolve(phrase, placed, sentence_start=sentence.start)
