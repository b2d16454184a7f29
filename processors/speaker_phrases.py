"""A speaker's phrase and what its own words say, before anyone is resolved.

``Phrase`` is a speaker's noun phrase as the text has it, ``Resolved`` the speaker it was
read as. ``PhraseReader`` holds one article's text, tokens and gazetteer mentions and
answers what a phrase's words say by themselves: whether they read as a noun phrase, which
actors their aliases name (not a place that only locates the speaker, the state of a
company or charity, or the country an expert studies), which side a cue (``Sen.``) or a
place (``Kherson``) gives, whether the speaker is an expert or a private person, and a
name's likely gender. It also keeps the article's home actor, the side of last resort.
``speakers.SpeakerReader`` builds on it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import Final, NamedTuple

from processors.actors import ActorMention, Gazetteer
from processors.discourse import GUESSED_F, Discourse, EntityKind, base
from processors.lexicon import (
    BLOCKER,
    CAPITAL,
    CLAUSE,
    FUNCTION,
    HEAD,
    LINK,
    NP,
    RELATIVE,
    SpeechLexicon,
)
from processors.model import UNKNOWN_ACTOR, Speaker
from processors.text import Token, Tokens

# ``is_possessive``: ``Ukraine's``, ``allies'``.
POSSESSIVE: Final = ("'s", "\u2019s", "s'", "s\u2019")
# What stands before a place that only locates a speaker (``brokers in London``).
_PLACING: Final = (" in ", " from ", " at ")
# Before a city, "of" places a speaker too (``residents of Damascus``), but before a state
# it may give a side (``diplomats of Russia``).
_PLACING_CITY: Final = " of "


class Phrase(NamedTuple):
    """A speaker's noun phrase as it stands in the text."""

    start: int
    end: int
    text: str


class Resolved(NamedTuple):
    """A resolved speaker with how sure we are and what kind of speaker it is."""

    speaker: Speaker
    kind: EntityKind
    gender: str | None
    confidence: float


_AGENT: Final = re.compile(r"\b(?:\w+ed|held|taken|seen|shot|hit|caught)\s+by\s")


def before_agent(phrase: Phrase) -> Phrase:
    """``families of those kidnapped by Hamas``: the words before a passive's agent, which
    say who acted on the speakers, not whose side they are on."""
    if " by " not in phrase.text:
        return phrase
    found = _AGENT.search(phrase.text)
    if found is None or not found.start():
        return phrase
    cut = found.start() + found.group(0).rindex(" by ")
    return Phrase(phrase.start, phrase.start + cut, phrase.text[:cut])


# A diplomat's post ("ambassador to Yemen", "the embassy in Kabul"): the state after it
# hosts the diplomat; it is not the one the diplomat speaks for.
_HOST: Final = re.compile(
    r"\b(?:[Aa]mbassador|[Ee]nvoy|[Ee]mbass(?:y|ies)|[Cc]onsul(?:ate)?)s?(?= (?:to|in) )"
)


def before_host(phrase: Phrase) -> Phrase:
    """``the Kingdom's ambassador to Yemen``: the words before the state that hosts a
    diplomat, which alone say whose diplomat it is."""
    if " to " not in phrase.text and " in " not in phrase.text:
        return phrase
    found = _HOST.search(phrase.text)
    if found is None:
        return phrase
    return Phrase(phrase.start, phrase.start + found.end(), phrase.text[: found.end()])


class PhraseReader:
    """Reads the words of one article's speaker phrases against the gazetteer and the
    lexicon."""

    def __init__(
        self,
        text: str,
        gazetteer: Gazetteer,
        lexicon: SpeechLexicon,
        mentions: Sequence[ActorMention],
        discourse: Discourse,
        tokens: Tokens,
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.gazetteer = gazetteer
        self.lex = lexicon
        self.grammar = lexicon.grammar
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.discourse = discourse
        self._classes = lexicon.known_classes
        """``lexicon.word_class`` of each word read so far (shared by every article)."""
        self.find_home: Callable[[], str | None] = lambda: None
        """Finds the article's home actor, when it is a domestic story (asked lazily)."""
        self._home: tuple[str | None] | None = None
        self._aliased_actors: tuple[frozenset[str], bool] | None = None
        """The actors the text names by an alias, and whether one is a state (lazily)."""
        self.recent: Callable[[int, str], Resolved | None] = lambda pos, noun: None
        """Who issued the document ``noun`` read at ``pos`` (``the statement said``)."""

    # -- phrase shape ---------------------------------------------------------------

    def word_class(self, word: str) -> int:
        """What the lexicon says about ``word`` (``processors.lexicon`` flags)."""
        flags = self._classes.get(word)
        if flags is None:
            flags = self.lex.class_of(word)
        return flags

    def is_capital(self, word: str) -> bool:
        """A proper-noun-looking token (``Putin``, ``U.S.``, ``al-Hayya``)."""
        return bool(self.word_class(word) & CAPITAL)

    def is_np_word(self, word: str, first: bool) -> bool:
        """Whether ``word`` can stand inside a speaker's noun phrase."""
        flags = self.word_class(word)
        return bool(flags & NP) and not (first and flags & FUNCTION)

    def is_phrase(self, start: int, end: int, sentence_start: int) -> bool:
        """Whether ``text[start:end]`` reads as a noun phrase (a subject, not a clause).

        Known words (names, roles, determiners) pass; other lower-case words pass as
        modifiers only when a role, body or source noun follows them: ``the European
        Union's foreign policy chief``, ``one freed prisoner``.
        """
        tokens = self.tokens.between(start, end)
        if not tokens or len(tokens) > 16:
            return False
        if len(tokens) == 1 and tokens[0][2].lower() in self.lex.pronouns:
            return True
        linked = False
        head_seen = False
        modifiers = 0
        classes = self._classes
        for i, (s, _e, word) in enumerate(tokens):
            if not word[0].isalnum():
                if word in "-\u2013()" or word in '\u201c\u201d"':
                    continue
                return False
            flags = classes.get(word)
            if flags is None:
                flags = self.word_class(word)
            if flags & RELATIVE:
                return False
            if i and flags & LINK:
                if modifiers:
                    return False
                linked = True
                continue
            if linked:
                if flags & BLOCKER:
                    return False
                continue  # after "for"/"of" anything nominal may follow
            if flags & NP and not (flags & FUNCTION and i == 0 and s == sentence_start):
                if flags & (HEAD | CAPITAL):
                    modifiers = 0
                    # Only a common noun takes a reduced relative: "the union representing".
                    head_seen = not flags & CAPITAL
                continue
            if head_seen and not modifiers and word.islower() and word.endswith(("ing", "ed")):
                linked = True  # "the union representing controllers", "a diplomat involved in"
                continue
            if not word.isalpha() and "-" not in word and not word.endswith(POSSESSIVE):
                return False  # "the bill's sponsor" holds a possessive modifier
            if flags & CLAUSE:
                return False  # a verb: this is a clause, not a noun phrase
            modifiers += 1
            if modifiers > 3:
                return False
        return modifiers == 0

    def in_mentions(self, start: int, end: int) -> list[ActorMention]:
        """Gazetteer mentions inside ``[start, end)``."""
        starts = self.starts
        lo = bisect.bisect_left(starts, start)
        if lo == len(starts) or starts[lo] >= end:
            return []  # most phrases name no alias
        hi = bisect.bisect_left(starts, end, lo)
        return [mention for mention in self.mentions[lo:hi] if mention.end <= end]

    def mentions_before(self, pos: int, count: int) -> Sequence[ActorMention]:
        """The last ``count`` gazetteer mentions that start before ``pos``, newest first."""
        index = bisect.bisect_left(self.starts, pos)
        return self.mentions[max(0, index - count) : index][::-1]

    def actors_in(self, phrase: Phrase | None, placed: bool = True) -> list[tuple[str, str]]:
        """(actor, kind) of every gazetteer alias in a phrase, ``Hamas-run`` included.

        ``placed=False`` leaves out the aliases that only say where the speaker is
        (``in London``, ``London-based``).
        """
        if phrase is None:
            return []
        text = self.text
        found: list[tuple[str, str]] = [
            (m.actor, m.kind)
            for m in self.in_mentions(phrase.start, phrase.end)
            if (placed or not self._placing(text[max(0, m.start - 6) : m.start], m.kind))
            and not (
                m.kind == "demonym"
                and (self._of_company(m.end, phrase.end) or self._civil_name(m.end, phrase.end))
            )
            # "the Sri Lanka Monitoring Mission": a country's name opens a civil body's too.
            and not (m.kind == "name" and self._civil_name(m.end, phrase.end))
            and not (
                m.kind == "name"
                # "UN experts", "IAEA experts": a neutral body's own panel, not a topic.
                and m.actor not in self.lex.neutral_bodies
                and self._topic_of_expert(m.end, phrase.end)
            )
            and (m.alias not in self.lex.context_cues or self._supports(m.actor))
        ]
        if not found:
            short = self._compass_short(phrase)
            if short is not None:
                found.append((short, "name"))
        if "-" not in phrase.text:
            return found
        for _s, _e, word in self.tokens.between(phrase.start, phrase.end):
            if "-" in word and word[:1].isupper():
                prefix, _, suffix = word.partition("-")
                if suffix.lower() in self.lex.patron_suffixes:
                    continue  # "the Iran-backed group" is not Iran
                if not placed and suffix.lower() == "based":
                    continue
                actor = self.gazetteer.lookup(prefix)
                if actor is not None:
                    found.append((actor, self.gazetteer.kind_of(prefix) or "name"))
        return found

    def _compass_short(self, phrase: Phrase) -> str | None:
        """``the North's defence ministry``, ``the South said``: the one state the article
        names whose name opens with that word (``North Korea``), else None. Not ``the
        North Carolina Chamber`` nor ``the North-South agreement``: another name goes on."""
        written = phrase.text
        for word in self.lex.compass_shorts:
            at = written.find(f"he {word}")
            if at < 1 or written[at - 1] not in "Tt":
                continue  # the usual case: no "the North" in the phrase
            after = written[at + len(word) + 3 :]
            after = after[2:] if after.startswith(POSSESSIVE) else after
            if after[:1].isalnum() or after[:1] == "-" or after[1:2].isupper():
                continue  # "the Northern Command", "the North Carolina Chamber"
            states = {
                m.actor
                for m in self.mentions
                if m.kind == "name"
                and m.alias.startswith(f"{word} ")
                and m.actor in self.gazetteer.states
            }
            if len(states) == 1:
                return next(iter(states))
        return None

    @staticmethod
    def _placing(before: str, kind: str) -> bool:
        """Whether the words ``before`` an alias of ``kind`` only say where a speaker is
        (``in London``, ``of Damascus``)."""
        return before.endswith(_PLACING) or (kind == "capital" and before.endswith(_PLACING_CITY))

    def _of_company(self, pos: int, end: int) -> bool:
        """Whether a demonym ending at ``pos`` qualifies a business (``Danish company``):
        the firm speaks for itself, not for the state it comes from."""
        words = self.text[pos : min(end, pos + 40)].split(None, 3)[:2]
        # "the Danish company", "the Greek shipping company": one modifier may stand between.
        return any(base(w.strip(",.")) in self.lex.companies for w in words)

    def _civil_name(self, pos: int, end: int) -> bool:
        """Whether a demonym ending at ``pos`` opens the name of a civil body (``the
        Norwegian Refugee Council``, ``the Syrian Observatory for Human Rights``): the
        charity or monitor speaks for itself, not for its state.

        The name is read to its end even where the speaker's phrase stops short of it
        (``Syrian Observatory`` before ``for Human Rights``), across the small words a
        name holds before a capital (``for``, ``of``).
        """
        words = self.text[pos : max(end, pos + 60)].split()[:6]
        for i, word in enumerate(words):
            if not word[:1].isupper():
                if (
                    word in self.lex.title_small_words
                    and i + 1 < len(words)
                    and words[i + 1][:1].isupper()
                ):
                    continue  # "Observatory for Human Rights": the name goes on
                return False
            if base(word.strip(",.")) in self.lex.civil_name_words:
                return True
            if word[-1] in ",.;:":
                return False  # the name ends at its punctuation
        return False

    def _topic_of_expert(self, pos: int, end: int) -> bool:
        """Whether a country named right before ``pos`` is what an expert studies (``a
        Sudan analyst``), not whose side the expert takes."""
        words = self.text[pos : min(end, pos + 30)].split(None, 1)
        return bool(words) and base(words[0].strip(",.")) in self.lex.expert_roles

    def without_shared_places(
        self, actors: list[tuple[str, str]], phrase: Phrase, appositive: Phrase | None
    ) -> list[tuple[str, str]]:
        """``actors`` without a country whose name a cued side's place shares.

        In ``Georgia Gov. Brian Kemp`` the title's side (``Gov.``: USA) has a state called
        Georgia: the country of that name is not the speaker's side.
        """
        lex = self.lex
        for part in (phrase, appositive):
            if part is None:
                continue
            cue = lex.cue_pattern.search(part.text)
            if cue is None:
                continue
            side = lex.cue_actors[" ".join(cue.group(0).split())]
            shared = {
                m.actor
                for p in (phrase, appositive)
                if p is not None
                for m in self.in_mentions(p.start, p.end)
                if lex.shared_places.get(m.alias) == side
            }
            if shared:
                return [(actor, kind) for actor, kind in actors if actor not in shared] or [
                    (side, "name")
                ]
        return actors

    def hint(self, phrase: Phrase, appositive: Phrase | None, places: bool = True) -> str | None:
        """An actor from the words around a name: a cue (``Sen.``) or a place (``Kherson``)."""
        for part in (phrase, appositive):
            if part is None:
                continue
            match = self.lex.cue_pattern.search(part.text)
            if match:
                cue = " ".join(match.group(0).split())
                side = self.lex.cue_actors[cue]
                if cue not in self.lex.context_cues or self._supports(side):
                    return side
            place = self.lex.place_pattern.search(part.text) if places else None
            if place:
                side = self.lex.place_actors[place.group(0)]
                if place.group(0) not in self.lex.context_cues or self._supports(side):
                    return side
        return None

    def _supports(self, actor: str) -> bool:
        """Whether the text backs a cue of ``actor`` that other states use too: it names
        the actor by an alias of its own, or names no state at all."""
        if self._aliased_actors is None:
            cues = self.lex.context_cues
            states = self.gazetteer.states
            self._aliased_actors = (
                frozenset(m.actor for m in self.mentions if m.alias not in cues),
                any(m.actor in states for m in self.mentions if m.alias not in cues),
            )
        named, any_state = self._aliased_actors
        return actor in named or not any_state

    def words(self, phrase: Phrase | None) -> list[Token]:
        """The tokens of a phrase that are words (no punctuation)."""
        if phrase is None:
            return []
        return [t for t in self.tokens.between(phrase.start, phrase.end) if t[2][0].isalnum()]

    @staticmethod
    def pick(actors: list[tuple[str, str]]) -> str | None:
        """The actor a phrase's aliases point to: a named person first."""
        for actor, kind in actors:
            if kind == "person":
                return actor
        return actors[0][0] if actors else None

    def is_civilian(self, appositive: Phrase | None) -> bool:
        """Whether an appositive describes a private person (``a mother of five``, ``a
        58-year-old fisherman from Keti Bandar``): a role word before any place."""
        if appositive is None:
            return False
        for word in appositive.text.lower().split()[:6]:
            if word in self.grammar.links:
                return False  # "in Deir al-Balah": the place, no role word before it
            if word.strip(",.") in self.lex.civilian_roles:
                return True
        return False

    def is_expert(self, *parts: Phrase | None) -> bool:
        """Whether a speaker is described as an independent expert (``analyst``)."""
        experts = self.lex.expert_roles
        return any(
            part is not None and not experts.isdisjoint(part.text.lower().split()) for part in parts
        )

    # -- the side of last resort, and gender --------------------------------------------

    @property
    def home(self) -> str | None:
        """The article's home actor, or None when the story is not domestic."""
        if self._home is None:
            self._home = (self.find_home(),)
        return self._home[0]

    def fallback(
        self, actor: str | None, confidence: float, private: bool = False
    ) -> tuple[str, float]:
        """``actor`` with its ``confidence``, else the home actor, else the unknown one;
        a ``private`` person (``a teacher in Khartoum``) is nobody's, not the home's."""
        if actor is not None:
            return actor, confidence
        if private:
            return UNKNOWN_ACTOR, 0.6
        if self.home is not None:
            return self.home, 0.6
        return UNKNOWN_ACTOR, 0.5

    def gender(self, name: str, role: str | None, known: bool = False) -> str | None:
        """Gender of a speaker as its role or its name tells, or None (``GUESSED_F``: a
        given name in -a, only a guess); ``known``: a person the gazetteer lists."""
        if role:
            low_role = role.lower().split()
            if not self.lex.female_roles.isdisjoint(low_role):
                return "f"
            if not self.lex.male_roles.isdisjoint(low_role):
                return "m"
        parts = name.split()
        if parts and parts[0] in self.lex.female_names:
            return "f"
        if len(parts) >= 2 and parts[0].endswith("a") and parts[0] not in self.lex.male_names_in_a:
            return GUESSED_F  # Maria, Lucía, Yulia: most given names in -a are women's
        if len(parts) >= 2 and known:
            return "m"  # the gazetteer's people: its women are caught by the lists above
        if name.endswith(("ova", "eva", "ina", "ska", "yna", "aya")):
            return "f"
        return None

    def gender_of(self, name: str) -> str | None:
        """Gender of a gazetteer person's name as far as the lexicon can tell, or None."""
        return self.gender(name, None, known=True)


class ReaderPart:
    """What every part of the speaker reader keeps of its article: the reader itself and,
    held directly for speed in the compiled build, the text, gazetteer, lexicon, mentions
    and discourse it reads against."""

    def __init__(self, reader: PhraseReader) -> None:
        self.reader = reader
        self.text = reader.text
        self.gazetteer = reader.gazetteer
        self.lex = reader.lex
        self.grammar = reader.grammar
        self.mentions = reader.mentions
        self.starts = reader.starts
        self.discourse = reader.discourse
