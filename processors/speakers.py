"""Who speaks: reading a speaker's noun phrase and resolving it to a canonical actor.

A speaker is written many ways: a full name with its titles (``Kremlin spokesman Dmitry
Peskov``), a body (``the White House``, ``Ukraine's General Staff``), an unnamed source
(``two Israeli officials``), a short reference (``the minister``, ``Peskov``) or a
pronoun. ``Discourse`` remembers, for one article, who has been mentioned so far, so
that short references and pronouns resolve to the last fitting person or body.

The actor comes from the phrase itself (a known name, a demonym, a possessive country,
``Hamas-run``), a cue (``Sen.``, ``Republican``), a place that belongs to one side
(``Kherson``), an earlier mention, and last from the article's home actor: in a
domestic story everyone quoted speaks for that country.

A state's organ or office that the text gives no state (``the army``, ``a government
official``, ``the Ombudsman's Office``) is the state the story is about: the one its
insurgency fights (``the ELN`` names Colombia's story), else the state named most,
where a capital named as a venue (``talks in Havana``) does not count. ``The
mediators`` are the states the text named as such (``brokered by Egypt``), and an
armed-group word (``a guerrilla commander``) gives the armed group named last.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from processors.actors import ActorMention, Gazetteer
from processors.discourse import (
    GUESSED_F,
    Discourse,
    Entity,
    EntityKind,
    base,
    is_possessive,
    singular,
)
from processors.lexicon import (
    ARTICLE,
    BLOCKER,
    BODY,
    CAPITAL,
    CLAUSE,
    DETERMINER,
    FUNCTION,
    HEAD,
    LINK,
    NP,
    NP_WORD,
    RELATIVE,
    ROLE,
    TITLE,
    SpeechLexicon,
)
from processors.model import UNKNOWN_ACTOR, Speaker
from processors.text import Token, Tokens

# ``is_possessive``: ``Ukraine's``, ``allies'``.
_POSSESSIVE = ("'s", "\u2019s", "s'", "s\u2019")
# A speaker that is one member of a group just named (``One said``, ``Another said``).
_ONE_OF_THEM = frozenset(("one", "another"))
# What may follow "one of" to point back at that group (``One of them said``).
_THEM = frozenset(("them", "those", "these"))
# A group the narration counts ("Two of the employees", "Several analysts") right before
# a "One of them": whom the "them" means, when nobody in it has spoken yet.
_COUNTED = re.compile(
    r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Mm]any|[Bb]oth|[Dd]ozens)"
    r"(?:\s+of\s+(?:the|those|these|its|their))?\s+(?:[\w-]+\s+)?[a-z][\w-]*s\b[^.!?]*[.!?]\s*$"
)
_COUNTED_WINDOW = 200
# What opens the group a "one of" picks from: "one of the people", "one of its members".
_THE_GROUP = frozenset(("the", "those", "these", "its", "their", "his", "her"))
# What opens ``its spokeswoman``: the owner is a body the text speaks of.
_POSSESSIVE_PRONOUNS = frozenset(("its", "their"))
# What opens a phrase whose owner is the body the text speaks of (``its envoy``).
_OWNED = ("its ", "their ")
# "The organisation's head of delegation": an owner named by a common noun, like "its".
_COMMON_OWNER = re.compile(r"(?i:the) [a-z]+(?: [a-z]+)?['\u2019]s ")
# Their first three letters, for a quick test before the phrase is read word by word.
_POSSESSIVE_LEADS = frozenset(("its", "the"))
# What stands before a place that only locates a speaker (``brokers in London``).
_PLACING = (" in ", " from ", " at ")
# "The two sides", "both sides": the pair named last with an "and" (``_first_of_pair``).
_SIDES = (" sides", "\u2019 sides")
_AND_NEXT = re.compile(r"\s+and\s")
_PAIR_WINDOW = 300
# How far back (characters) a bare spokesperson looks for the body it speaks for.
_EMPLOYER_WINDOW = 300
# How far back (characters) a bare "The Health Ministry" looks for the state that owns it.
_OWNER_WINDOW = 300
# How near (characters) a mediator word a state must be named to be the mediator it
# names: "Cuba, Mexico and Norway, the guarantor countries", "brokered by Egypt".
_MEDIATOR_WINDOW = 30
_WORDS = re.compile(r"[^\W\d_]+")
# How many gazetteer mentions back ``SpeakerReader.institution`` looks for an owner.
_OWNER_LOOKBACK = 40


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


class SpeakerReader:
    """Reads speaker phrases of one article against the gazetteer and the lexicon."""

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
        self._state_home: tuple[str | None] | None = None
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
            if not word.isalpha() and "-" not in word and not word.endswith(_POSSESSIVE):
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
            if (placed or not text[max(0, m.start - 6) : m.start].endswith(_PLACING))
            and not (
                m.kind == "demonym"
                and (self._of_company(m.end, phrase.end) or self._civil_name(m.end, phrase.end))
            )
            and not (
                m.kind == "name"
                # "UN experts", "IAEA experts": a neutral body's own panel, not a topic.
                and m.actor not in self.lex.neutral_bodies
                and self._topic_of_expert(m.end, phrase.end)
            )
            and (m.alias not in self.lex.context_cues or self._supports(m.actor))
        ]
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

    def _of_company(self, pos: int, end: int) -> bool:
        """Whether a demonym ending at ``pos`` qualifies a business (``Danish company``):
        the firm speaks for itself, not for the state it comes from."""
        words = self.text[pos : min(end, pos + 40)].split(None, 3)[:2]
        # "the Danish company", "the Greek shipping company": one modifier may stand between.
        return any(base(w.strip(",.")) in self.lex.companies for w in words)

    def _civil_name(self, pos: int, end: int) -> bool:
        """Whether a demonym ending at ``pos`` opens the name of a civil body (``the
        Norwegian Refugee Council``): the charity speaks for itself, not for its state."""
        for word in self.text[pos : min(end, pos + 60)].split()[:4]:
            if not word[:1].isupper():
                return False
            if base(word.strip(",.")) in self.lex.civil_name_words:
                return True
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

    # -- resolution -----------------------------------------------------------------

    def resolve(
        self,
        phrase: Phrase,
        appositive: Phrase | None = None,
        cue_actor: str | None = None,
        sentence_start: int = -1,
    ) -> Resolved | None:
        """The speaker a phrase names, or None when it names no speaker (media, critics)."""
        tokens = self._words(phrase)
        if not tokens:
            return None
        if len(tokens) == 1 and tokens[0][2].lower() in self.lex.pronouns:
            return self._pronoun(tokens[0][2].lower(), phrase.start)
        if tokens[0][2].lower() in _ONE_OF_THEM and (
            len(tokens) == 1
            or (len(tokens) == 3 and tokens[1][2] == "of" and tokens[2][2] in _THEM)
        ):
            return self._one_of(phrase.text, phrase.start)  # "One", "One of them"
        if (
            tokens[0][2].lower() in _ONE_OF_THEM
            and len(tokens) == 4
            and tokens[1][2] == "of"
            and tokens[2][2].lower() in _THE_GROUP
        ):
            return self._one_of_the(phrase, tokens[3][2], sentence_start)
        if phrase.text in self.lex.media or phrase.text.lower() in self.lex.media:
            return None
        if tokens[0][2].lower() == "our" and self.lex.media_roles.search(phrase.text):
            return None  # "Our correspondent in Uri says": the outlet's own reporting
        if phrase.text.lower().endswith(self.lex.mediator_nouns) and not self.in_mentions(
            phrase.start, phrase.end
        ):
            return self._mediators(phrase)
        head = tokens[: self._head_end(tokens)]
        last = base(head[-1][2])
        last_two = f"{base(head[-2][2])} {last}" if len(head) > 1 else last
        body_head = last in self.lex.bodies or last_two in self.lex.bodies
        own_alias = self.gazetteer.lookup(self.text[head[0][0] : head[-1][1]]) is not None
        run: list[Token] = []
        if own_alias or not body_head:
            run = self._name_run(head, sentence_start)
        # "Islamic State", "the Kenya Defence Forces", "the Office for the Coordination of
        # Humanitarian Affairs": a gazetteer name that ends the head is the name, though
        # its words read as a modifier ("state media"), a body ("forces") or a link.
        alias = self._alias_run(head)
        if alias and (not run or alias[0][0] < run[0][0]):
            run = alias
        role = self._role(head, run, phrase) or self._role(self._words(appositive), [], appositive)
        side = _Side(self, phrase, appositive, cue_actor)
        if run:
            return self._named(phrase, run, role, side)
        # A listed plural body is its own noun: "forces" is no "force" ("the Kenya
        # Defence Forces", "the Rapid Support Forces").
        noun = (
            last_two if last_two in self.lex.bodies else last if last in self.lex.bodies
            else singular(last)
        )  # fmt: skip
        if last in self.lex.sources and (
            noun not in self.lex.heads
            # "business groups", "unions": a crowd of bodies, not one that spoke before.
            or (noun != last and noun == singular(last) and noun in self.lex.bodies)
        ):
            noun = last  # "protesters", "witnesses": a listed plural the crude singular misses
        first = tokens[0][2].lower()
        anonymous = False
        linked: re.Match[str] | None = None
        if noun in self.lex.sources or noun in self.lex.non_speakers:
            # "people familiar with the talks" are a source ("people" alone are no one),
            # and a bare one ("a source", "two people familiar with …") is nobody's: the
            # home actor does not speak through it.
            linked = self.grammar.source_link.match(self.text, head[-1][1], phrase.end)
            if linked is None and noun in self.lex.non_speakers:
                if first == "the" and len(tokens) == 2:
                    return self._same_sources(noun, phrase.start)  # "…, the people said"
                return None
            if linked is not None and noun in self.lex.non_speakers:
                plural = noun == "people" or singular(noun) != noun
                noun = "sources" if plural else "source"
            if linked is not None or noun in self.grammar.anonymous:
                quantifiers = self.grammar.quantifiers
                anonymous = all(t[2].lower() in quantifiers or t[2].isdigit() for t in head[:-1])
        link = linked.end() if linked is not None else -1
        return self._described(phrase, noun, role, side, first, anonymous, link)

    def _mediators(self, phrase: Phrase) -> Resolved:
        """``the guarantors said``: the mediators the text named before, by the state or
        neutral body next to an earlier mediator word in its sentence (``Cuba, Mexico and
        Norway, the guarantor countries``, ``a truce brokered by Egypt``), else by the
        usual broker named last."""
        text, pos = self.text, phrase.start
        low = text[:pos].lower()
        hits: list[int] = []
        for word in self.lex.mediator_words:
            at = low.find(word)
            while at != -1:
                hits.append(at)
                at = low.find(word, at + 1)
        found = None
        for at in sorted(hits, reverse=True):
            found = self._nearest_mediator(at, low.find(" ", at))
            if found is not None:
                break
        if found is None:
            # "Egypt and Qatar said …": else the state that usually mediates named last.
            brokers = self.lex.usual_brokers
            before = self.mentions[: bisect.bisect_left(self.starts, pos)]
            found = next((m.actor for m in reversed(before) if m.actor in brokers), None)
        speaker = Speaker(phrase.text, found or UNKNOWN_ACTOR, "mediator")
        return Resolved(speaker, "group", None, 0.7 if found else 0.5)

    def _nearest_mediator(self, at: int, word_end: int) -> str | None:
        """The state or neutral body named next to the mediator word at ``at`` (only
        small words between: ``Norway, the guarantor``, ``brokered by Egypt``), if any."""
        text = self.text
        lo = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), 0)
        hi = min(
            (end for end in (text.find(". ", at), text.find("\n", at)) if end != -1),
            default=len(text),
        )
        states, neutral = self.gazetteer.states, self.lex.neutral_bodies
        best: tuple[int, str] | None = None
        for mention in self.in_mentions(lo, hi):
            if mention.actor in states or mention.actor in neutral:
                between = (
                    text[word_end : mention.start] if mention.start > at else text[mention.end : at]
                )
                if len(between) > _MEDIATOR_WINDOW or not self.lex.mediator_gap.issuperset(
                    _WORDS.findall(between.lower())
                ):
                    continue  # "the proposal of the guarantors": no mediator named there
                gap = len(between)
                if best is None or gap < best[0]:
                    best = (gap, mention.actor)
        return best[1] if best is not None else None

    def _same_sources(self, noun: str, pos: int) -> Resolved | None:
        """``according to people familiar with the matter … the people said``: the
        unnamed sources the text introduced by that noun before."""
        earlier = self.discourse.with_role("source", pos)
        if earlier is None or noun not in earlier.name.lower().split():
            return None
        speaker = Speaker(earlier.name, earlier.actor, earlier.role)
        return Resolved(speaker, earlier.kind, None, min(earlier.confidence, 0.7))

    def _head_end(self, tokens: list[Token]) -> int:
        """Where the head of a phrase ends: at its first linking word.

        A title keeps its ``of``: in ``Secretary of State Marco Rubio`` the name ends the
        phrase, while ``Gloria Estrada of Illinois`` is a name and where she is from.
        """
        links = self.grammar.links
        for i, (start, _e, word) in enumerate(tokens):
            flags = self.word_class(word)
            if i and flags & LINK and self._inside_alias(start, tokens[-1][1]):
                continue  # "Joint Chiefs of Staff said": the "of" is inside the name
            if (
                i > 1
                and word.islower()
                and word.endswith(("ing", "ed"))
                and word not in links
                and not flags & DETERMINER  # "the agency's acting director"
                # "the Greek shipping company": a noun modifier before its head noun.
                and not (i + 1 < len(tokens) and base(tokens[i + 1][2]) in self.lex.companies)
            ):
                return i  # "a diplomat involved in the talks", "the union representing ..."
            if word == "and" and 0 < i < len(tokens) - 1 and tokens[i + 1][2][:1].isupper():
                continue  # "the Hostages and Missing Families Forum" is one name
            if i and flags & LINK:
                if self.word_class(tokens[i - 1][2]) & (ROLE | TITLE) and all(
                    self.word_class(t[2]) & CAPITAL or t[2] in ("of", "the", "for") for t in tokens
                ):
                    return len(tokens)
                return i
        return len(tokens)

    def _owned_before(self, name: str, actor: str, pos: int) -> str:
        """``South Korea's Joint Chiefs of Staff said … The Joint Chiefs of Staff added``:
        a bare institution is the one the text gave another state before, if it did."""
        states, key = self.gazetteer.states, name.lower()
        for entity in reversed(self.discourse.before(pos)):
            written = entity.name.lower()
            # A bare mention carries the gazetteer's state: only an owned one tells.
            if entity.kind != "person" and key in written and written.removeprefix("the ") != key:
                return entity.actor if entity.actor in states else actor
        return actor

    def _alias_run(self, head: list[Token]) -> list[Token]:
        """The tokens of a body's or group's alias that ends ``head`` (none if no alias does)."""
        mentions = self.in_mentions(head[0][0], head[-1][1])
        if not mentions:
            return []
        last = mentions[-1]
        if last.end != head[-1][1] or last.kind in ("person", "demonym", "capital"):
            return []
        return [token for token in head if token[0] >= last.start]

    def _inside_alias(self, pos: int, end: int) -> bool:
        """Whether ``pos`` falls inside a gazetteer alias (not at its start) that ends at
        ``end``, the end of the phrase."""
        index = bisect.bisect_left(self.starts, pos) - 1
        return index >= 0 and self.mentions[index].end == end

    def state_owner(self, start: int, end: int, possessive: bool = False) -> str | None:
        """The state that owns what follows ``text[start:end]``: the last state named
        there (``Mexico's``, ``the South Korean``, ``the U.S.``), or only in the
        possessive when ``possessive``."""
        owner = None
        states, text = self.gazetteer.states, self.text
        for mention in self.in_mentions(start, end):
            if mention.actor in states and (
                not possessive or text[mention.end : mention.end + 2] in _POSSESSIVE
            ):
                owner = mention.actor
        return owner

    def _name_run(self, head: list[Token], sentence_start: int) -> list[Token]:
        """The trailing capitalised words of a head that are neither roles nor titles."""
        run: list[Token] = []
        for i in range(len(head) - 1, -1, -1):
            tok = head[i]
            flags = self.word_class(tok[2])
            if not flags & CAPITAL or flags & (TITLE | ROLE | DETERMINER | BODY):
                break
            if tok[0] == sentence_start and flags & NP_WORD:
                break
            if i and flags & HEAD and head[i - 1][2] == "of":
                break  # "Deputy Chief of Staff Stephen Miller": the title ends at "Staff"
            if run and is_possessive(tok[2]):
                break  # "the ICRC's Marianne Keller": the owner is not part of her name
            run.insert(0, tok)
        return run

    def _words(self, phrase: Phrase | None) -> list[Token]:
        if phrase is None:
            return []
        return [t for t in self.tokens.between(phrase.start, phrase.end) if t[2][0].isalnum()]

    def _role(self, head: list[Token], run: list[Token], phrase: Phrase | None) -> str | None:
        if phrase is None:
            return None
        cut = run[0][0] if run else None
        if cut is not None and head[0][0] >= cut:
            return None  # the name is the whole head: no word is left for a role
        covered = [(m.start, m.end) for m in self.in_mentions(phrase.start, phrase.end)]
        classes, word_class = self._classes, self.word_class
        words = []
        for s, e, word in head:
            if cut is not None and s >= cut:
                break
            if word.endswith(_POSSESSIVE):
                continue
            if covered and any(a <= s and e <= b for a, b in covered):
                continue
            flags = classes.get(word)
            if flags is None:
                flags = word_class(word)
            if flags & ARTICLE or word.isdigit():
                continue
            words.append(word)
        while words and word_class(words[-1]) & LINK:
            words.pop()
        if not words:
            return None
        words[-1] = words[-1].rstrip(".,")
        for word in words:
            if word_class(word) & (HEAD | TITLE):
                return " ".join(words)
        return None

    def _gender(self, name: str, role: str | None, known: bool = False) -> str | None:
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

    def pronoun(self, pronoun: str, pos: int) -> Resolved | None:
        """Whom a subject pronoun (``he``, ``she``, ``they``, ``it``) at ``pos`` means."""
        return self._pronoun(pronoun, pos)

    def _pronoun(self, pronoun: str, pos: int) -> Resolved | None:
        kind = self.lex.pronouns[pronoun]
        if kind in ("m", "f"):
            entity = self.discourse.salient(pos, ("person",), kind)
        elif kind == "body":
            entity = self.discourse.salient(pos, ("body",), None)
        else:
            entity = self.discourse.salient(pos, ("group", "body"), None)
        if entity is None:
            return None
        speaker = Speaker(entity.name, self._known_side(entity, pos), entity.role)
        return Resolved(speaker, entity.kind, entity.gender, min(entity.confidence, 0.8))

    def _known_side(self, entity: Entity, pos: int) -> str:
        """``entity``'s actor, or when it has none the one an earlier mention of the same
        person was given: the narration's ``ambassador X`` reads no side, while the
        attribution ``Mexico's representative, ambassador X, said`` did."""
        if entity.actor != UNKNOWN_ACTOR or entity.kind != "person":
            return entity.actor
        for other in reversed(self.discourse.before(pos)):
            if other.name == entity.name and other.actor != UNKNOWN_ACTOR:
                return other.actor
        return entity.actor

    def _one_of_the(self, phrase: Phrase, noun: str, sentence_start: int) -> Resolved | None:
        """``One of the people, who …, said``, ``One of the officials said``: one of a
        group named before (``Two people familiar with the talks said``) speaks for its
        side; else one of the group as ``the officials`` alone would be read."""
        plural = base(noun)
        group = self.discourse.with_role(plural, phrase.start, by_name=True)
        if group is not None and (group.kind == "group" or _many(group)):
            speaker = Speaker(phrase.text, group.actor, group.role)
            return Resolved(speaker, "person", None, min(group.confidence, 0.7))
        if plural in self.lex.non_speakers:
            return None  # "one of the people" with no such people quoted before
        start = phrase.start + phrase.text.index(" of ") + 4
        whole = self.resolve(
            Phrase(start, phrase.end, self.text[start : phrase.end]), None, None, sentence_start
        )
        if whole is None or whole.kind != "group":
            return None
        speaker = Speaker(phrase.text, whole.speaker.actor, whole.speaker.role)
        return Resolved(speaker, "person", None, min(whole.confidence, 0.7))

    def _one_of_counted(self, word: str, pos: int) -> Resolved | None:
        """``Two of the employees have left. One of them …, said``: one of a group the
        narration just counted, who speaks for the article's home side if it has one."""
        lead = self.text[max(0, pos - _COUNTED_WINDOW) : pos]
        if _COUNTED.search(lead) is None:
            return None
        found, confidence = self._fallback(None, 0.6)
        return Resolved(Speaker(word, found, None), "person", None, min(confidence, 0.6))

    def _one_of_sources(self, noun: str, pos: int) -> str | None:
        """``Indian government sources push back. …, one official tells us``: one of the
        unnamed sources (or ``officials``) the narration named just before, with the side
        the words right before that plural gave them."""
        lead = self.text[max(0, pos - _COUNTED_WINDOW) : pos]
        plurals = {noun + "s", "sources"} if singular(noun) == noun else set()
        last = max((lead.rfind(" " + p) for p in plurals), default=-1)
        if last == -1:
            return None
        at = max(0, pos - _COUNTED_WINDOW) + last
        mentions = [m for m in self.in_mentions(max(0, at - 30), at) if m.end >= at - 12]
        return mentions[-1].actor if mentions else None

    def _one_of(self, word: str, pos: int) -> Resolved | None:
        """``Several senators said … One, who asked not to be named, said``: one of the
        group last quoted speaks for its side."""
        entity = self.discourse.salient(pos, ("group", "person"), None)
        if entity is None or not entity.name:
            return self._one_of_counted(word, pos)
        last = base(entity.name.split()[-1])
        if entity.kind == "person" and singular(last) == last:
            # One person is no group to pick one from: the nearest group named may be.
            entity = next((e for e in reversed(self.discourse.before(pos)[-6:]) if _many(e)), None)
            if entity is None:
                return self._one_of_counted(word, pos)
        speaker = Speaker(word, entity.actor, entity.role)
        return Resolved(speaker, "person", None, min(entity.confidence, 0.7))

    @staticmethod
    def pick(actors: list[tuple[str, str]]) -> str | None:
        """The actor a phrase's aliases point to: a named person first."""
        for actor, kind in actors:
            if kind == "person":
                return actor
        return actors[0][0] if actors else None

    @property
    def home(self) -> str | None:
        """The article's home actor, or None when the story is not domestic."""
        if self._home is None:
            self._home = (self.find_home(),)
        return self._home[0]

    @property
    def state_home(self) -> str | None:
        """The state the article is about: the one named most, at least ``state_home_min``
        times and twice as often as any other (usual mediators left out); else None."""
        if self._state_home is None:
            states, brokers = self.gazetteer.states, self.lex.usual_brokers
            counts: dict[str, int] = {}
            insurgencies = self.lex.insurgencies
            for mention in self.mentions:
                if mention.kind == "capital" and self._venue(mention):
                    continue  # "talks in Havana", "the Doha process": where, not who
                # A group that fights its own state names that state's story.
                actor = insurgencies.get(mention.actor, mention.actor)
                if actor in states and actor not in brokers:
                    counts[actor] = counts.get(actor, 0) + 1
            ranked = sorted(counts.values(), reverse=True)
            found = None
            if (
                ranked
                and ranked[0] >= self.lex.state_home_min
                and (len(ranked) == 1 or ranked[0] >= 2 * ranked[1])
            ):
                found = max(counts, key=counts.__getitem__)
            self._state_home = (found,)
        return self._state_home[0]

    def _venue(self, mention: ActorMention) -> bool:
        """Whether a capital is named as the place where something happens (``talks in
        Havana``, ``the Doha process``), not as its state's government."""
        text = self.text
        if text[max(0, mention.start - 4) : mention.start] in (" in ", " at "):
            return True
        return self.grammar.venue_name.match(text, mention.end) is not None

    def _state_office(self, role: str | None) -> str | None:
        """The article's state, for a holder of an office only a state has."""
        if role is None:
            return None
        low = role.lower()
        roles = self.lex.state_roles
        if low in roles or low.rsplit(" ", 1)[-1] in roles:
            return self.state_home
        return None

    def _fallback(self, actor: str | None, confidence: float) -> tuple[str, float]:
        if actor is not None:
            return actor, confidence
        if self.home is not None:
            return self.home, 0.6
        return UNKNOWN_ACTOR, 0.5

    def _named(
        self,
        phrase: Phrase,
        run: list[Token],
        role: str | None,
        side: _Side,
    ) -> Resolved | None:
        name = self.text[run[0][0] : run[-1][1]].rstrip(".")
        if name.endswith(("'s", "\u2019s")):
            name = name[:-2]
        if name in self.lex.media:
            return None
        whole = self.gazetteer.lookup(name)
        kind = self.gazetteer.kind_of(name)
        if whole is not None and len(run) == 1:
            # "Rep. Jim Jordan ... said Jordan": the person named earlier, not the country.
            earlier = self.discourse.named(name, phrase.start)
            if (
                earlier is not None
                and earlier.kind == "person"
                and earlier.actor != whole
                and self.gazetteer.kind_of(earlier.name) in (None, "person")
            ):
                speaker = Speaker(earlier.name, earlier.actor, role or earlier.role)
                return Resolved(speaker, "person", earlier.gender, min(0.85, earlier.confidence))
        alias_start = run[0][0]
        if whole is None:
            own = self.in_mentions(run[0][0], run[-1][1] + 1)
            if own and own[-1].kind != "demonym":
                whole, kind, alias_start = own[-1].actor, own[-1].kind, own[-1].start
        if whole is not None and kind == "institution" and whole in self.gazetteer.states:
            # "Mexico's Border Patrol": a state's institution by a name other states use
            # too; the state named before it owns it.
            whole = self.state_owner(phrase.start, alias_start) or self._owned_before(
                name, whole, phrase.start
            )
        if whole is not None:
            if kind == "person":
                gender = self._gender(name, role, known=True)
                return Resolved(Speaker(name, whole, role), "person", gender, 0.9)
            return Resolved(Speaker(phrase.text, whole, role), "body", None, 0.9)
        earlier = self.discourse.named(name.split()[-1], phrase.start)
        if earlier is not None and len(run) == 1:
            speaker = Speaker(earlier.name, earlier.actor, role or earlier.role)
            return Resolved(speaker, "person", earlier.gender, min(0.85, earlier.confidence))
        found = side.actor
        if found is None and earlier is not None:
            found = earlier.actor
        title = self.text[phrase.start : run[0][0]].strip().lower()
        if found is None and title in self.lex.employee_roles:
            # Only a bare title: "Foreign Office spokesperson X" names an employer
            # of its own, whose side the text has not given.
            found = self._employer(phrase.start)
        if found is None:
            # "President Esteban Cardenas", whom the gazetteer does not know: the state
            # the story is about, if one fills it.
            found = self._state_office(role)
        actor, confidence = self._fallback(found, 0.8)
        speaker = Speaker(name, actor, role)
        return Resolved(speaker, "person", self._gender(name, role), confidence)

    def _employer(self, pos: int) -> str | None:
        """``UNIFIL said … Spokesperson Jo Kim said``: the body that led the clause just
        before a bare spokesperson is the one the spokesperson speaks for."""
        for entity in reversed(self.discourse.before(pos, _EMPLOYER_WINDOW)):
            if entity.kind == "person":
                return None  # a person spoke last: whose spokesperson is unclear
            subject = entity.subject
            if subject is None and self.discourse.subject_test is not None:
                subject = self.discourse.subject_test(entity)
            if subject:
                return entity.actor if entity.actor != UNKNOWN_ACTOR else None
        return None

    def _described(
        self,
        phrase: Phrase,
        noun: str,
        role: str | None,
        side: _Side,
        first: str,
        anonymous: bool = False,
        link: int = -1,
    ) -> Resolved | None:
        lex = self.lex
        written = phrase.text
        if noun in lex.non_speakers:
            return None
        definite = first in self.grammar.definite or is_possessive(written.split()[0])
        # "the spokesman" and "the General Staff" point back; "the Hostages and Missing
        # Families Forum" and "a spokesman for one shipping line" are introduced here.
        generic = all(self.word_class(w) & NP_WORD for w in written.split()[1:] if w[:1].isupper())
        anaphor = definite and generic
        vague = not anaphor and generic and first not in ("a", "an", "one")
        if noun in lex.person_roles and (anaphor or noun not in lex.sources):
            actor = side.actor
            earlier = self.discourse.with_role(noun, phrase.start) if anaphor else None
            if earlier is not None and (actor is None or actor == earlier.actor):
                speaker = Speaker(earlier.name, earlier.actor, earlier.role)
                return Resolved(speaker, "person", earlier.gender, 0.8)
            found, confidence = self._fallback(actor, 0.75)
            speaker = Speaker(written, found, role or noun)
            return Resolved(speaker, "person", self._gender("", role or noun), confidence)
        if noun in lex.bodies:
            actor = side.actor
            if anaphor and " " in noun and side.by_organ:
                # "The health ministry says" after "Gaza's health ministry" and "Egypt's
                # foreign ministry": the body of that name, not the state of another
                # ministry; with none named, the place the sentence is about.
                actor = self._same_body(noun, phrase.start)
            if actor is not None and noun in lex.group_nouns and actor in self.gazetteer.states:
                # "the Palestinian armed group", "the Yemeni rebels": the demonym says where
                # the group fights; the group is the armed one the text named.
                mentions = self.in_mentions(phrase.start, phrase.end)
                armed = [m.actor for m in mentions if m.actor not in self.gazetteer.states]
                if armed:
                    actor = armed[-1]  # "Yemen's Houthi rebels": the Houthis, not Yemen
                elif mentions and all(m.kind == "demonym" for m in mentions):
                    actor = self.institution(noun, phrase.start) or actor
            if actor is None and anaphor:
                # "the ministry" after "Russia's Defence Ministry said": the same body.
                earlier_body = self.discourse.with_role(
                    noun, phrase.start, by_name=True, actors=self._organ_holders(noun)
                )
                if earlier_body is not None and earlier_body.actor != UNKNOWN_ACTOR:
                    actor = earlier_body.actor
                elif first == "the" and written.lower().endswith(noun):
                    # "the army", not "Somaliland's army" or "the two governments".
                    actor = self.institution(noun, phrase.start)
                    whole = written.lower().removeprefix("the ").replace("\u2019", "'")
                    if actor is None and whole != noun and whole in lex.state_organs:
                        # "Israel's government approved it, the prime minister's office
                        # said" before any prime minister is named: the office of the
                        # state the sentence names as an owner, else where it is.
                        actor = self.institution(whole, phrase.start, guess=False)
                        actor = actor or self._owner_before(phrase.start)
                        actor = actor or self._place_before(phrase.start)
                        # Else the state the story is about, when one fills it.
                        actor = actor or self.state_home
                if actor is None and earlier_body is None and " " in noun:
                    actor = self._place_before(phrase.start)
                if actor is None:
                    actor = earlier_body.actor if earlier_body is not None else self.home
            if actor is None and anaphor and first == "the" and self._named_body(written, noun):
                # "The Health Ministry said" names one body even when the text has not:
                # the state just named as an owner ("Lebanon's news agency"), else nobody's.
                owner = self.state_owner(max(0, phrase.start - _OWNER_WINDOW), phrase.start, True)
                return Resolved(Speaker(written, owner or UNKNOWN_ACTOR, None), "body", None, 0.5)
            if actor is None and written.lower().endswith(_SIDES):
                actor = self._first_of_pair(phrase.start)
            if actor is None and (anaphor or vague):
                return None  # "both sides said", "the group said" with nothing before
            found, confidence = self._fallback(actor, 0.8)
            return Resolved(Speaker(written, found, None), "body", None, confidence)
        if noun in lex.sources:
            # A place does not give a crowd's side: residents of Gaza are not Hamas.
            aliased = side.aliased
            if aliased is not None and noun in lex.placeless_sources:
                aliased = self.pick(self.actors_in(phrase, placed=False))
            if aliased is not None and link != -1:
                aliased = self.pick(self._source_actors(phrase, link))
            crowd = (
                aliased or self.hint(before_agent(phrase), None, places=False) or self.owner(phrase)
            )
            organ = self.organ_in(phrase) if crowd is None else None
            if organ is not None:
                # "a senior military official", "police sources": the state whose body
                # that is, when the text named one; a place says where the body serves.
                crowd = (
                    self.organ_owner(organ, phrase.start)
                    or self.hint(phrase, None)
                    or self.fought_state(phrase.start)
                    or self.state_home
                )
            if crowd is None and first == "one":
                crowd = self._one_of_sources(noun, phrase.start)
            if crowd is None:
                crowd = self.armed_side(phrase)
            if crowd is None and anonymous:
                found, confidence = UNKNOWN_ACTOR, 0.6
            else:
                found, confidence = self._fallback(crowd, 0.7)
            speaker = Speaker(written, found, noun)
            if singular(noun) == noun:
                # "One freed prisoner", "a woman": a person that "he" or "she" may take up.
                gender = self._gender("", noun)
                return Resolved(speaker, "person", gender, min(confidence, 0.7))
            return Resolved(speaker, "group", None, min(confidence, 0.7))
        if noun in lex.documents:
            actor = side.actor
            if actor is not None:
                return Resolved(Speaker(written, actor, None), "body", None, 0.75)
            return self.recent(phrase.start, noun)
        return None

    def _first_of_pair(self, pos: int) -> str | None:
        """``Talks between Kinshasa and the rebels … the two sides said``: the sides are
        the pair the text joined with "and" last before ``pos``; either speaks for the
        joint statement, so the first of them (an alias right before the "and")."""
        window = max(0, pos - _PAIR_WINDOW)
        brokers = self.lex.usual_brokers | self.lex.neutral_bodies
        for mention in reversed(self.in_mentions(window, pos)):
            # "… talks mediated by Qatar and Turkey, but both sides accused": the sides are
            # not the mediators.
            if mention.actor not in brokers and _AND_NEXT.match(self.text, mention.end):
                return mention.actor
        return None

    def _same_body(self, noun: str, pos: int) -> str | None:
        """The side of the body named ``noun`` (``health ministry``) the text named last
        before ``pos``, when it gave it one."""
        earlier = self.discourse.with_role(noun, pos, by_name=True)
        if earlier is None or earlier.actor == UNKNOWN_ACTOR:
            return None
        return earlier.actor

    def _owner_before(self, pos: int) -> str | None:
        """The state named as an owner (``Israel's government``) in the sentence before
        ``pos``."""
        text = self.text
        start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), 0)
        return self.state_owner(start, pos, possessive=True)

    def _place_before(self, pos: int) -> str | None:
        """The side of the last place (``Gaza``, ``Kherson``) named in the sentence before
        ``pos``: a body named only by its kind serves there."""
        text = self.text
        start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), 0)
        side = None
        for place in self.lex.place_pattern.finditer(text, start, pos):
            side = self.lex.place_actors[place.group(0)]
        return side

    def _named_body(self, written: str, noun: str) -> bool:
        """``The Health Ministry``: one body, its name capitalised (not ``the two
        governments``, ``the union``)."""
        last = written.split()[-1]
        return last[:1].isupper() and singular(base(last)) == base(last) and noun in self.lex.bodies

    def _source_actors(self, phrase: Phrase, link: int) -> list[tuple[str, str]]:
        """The aliases of ``sources familiar with …`` that say whose the sources are.

        What a source knows about is not whom it serves: ``familiar with the Doha
        process`` names no side. Only ``close to`` tells an affiliation (``close to
        Hamas``), and not through a place that merely names the talks (``close to the
        Cairo talks``).
        """
        found = self.actors_in(Phrase(phrase.start, link, phrase.text[: link - phrase.start]))
        if not self.text[phrase.start : link].rstrip().endswith(" close to"):
            return found
        for mention in self.in_mentions(link, phrase.end):
            attributive = mention.kind == "capital" and self.text[
                max(link, mention.start - 4) : mention.start
            ].lower().endswith("the ")
            if not attributive and mention.kind != "demonym":
                found.append((mention.actor, mention.kind))
        return found

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

    def owner(self, phrase: Phrase) -> str | None:
        """``the prime minister's office``: the side of the last prime minister named.

        Also ``the army's spokesman`` and ``an official of the group`` (the side of the
        army or group meant, see ``institution``) and ``its spokeswoman`` (the side of the
        body the text speaks of).
        """
        written = phrase.text
        if not (
            "'" in written
            or "\u2019" in written
            or " of the " in written
            or " for the " in written
            or written[:3].lower() in _POSSESSIVE_LEADS
        ):
            return None  # no possessive, no "of the …" and no "its …": no owner to find
        tokens = self._words(phrase)
        for i, (_s, _e, word) in enumerate(tokens):
            if is_possessive(word) and self._state_role(tokens, i):
                # "the Ombudsman's Office", "the Attorney General's office": an office
                # only a state has owns it: the state the story is about.
                found = self.fought_state(phrase.start) or self.state_home
                if found is not None:
                    return found
            if is_possessive(word) and word.islower():
                earlier = self.discourse.with_role(base(word), phrase.start)
                if earlier is not None:
                    return earlier.actor
                owner = self.institution(base(word), phrase.start)
                if owner is not None:
                    return owner
                if base(word) not in self.lex.heads:
                    # "the territory's health ministry", "the city's mayor": no body or
                    # person owns it, a place does: the one the sentence names.
                    place = self._place_before(phrase.start)
                    if place is not None:
                        return place
            elif i == 0 and word.lower() in _POSSESSIVE_PRONOUNS:
                entity = self.discourse.salient(phrase.start, ("body", "group"), None)
                if entity is not None:
                    return entity.actor
            elif word in ("of", "for") and i + 2 < len(tokens) and tokens[i + 1][2] == "the":
                noun = " ".join(t[2] for t in tokens[i + 2 :]).lower()
                found = self.institution(noun, phrase.start)
                if found is not None:
                    return found
                # "a spokesman for the army's Northern Command": the possessive may tell.
        return None

    def _state_role(self, tokens: list[Token], i: int) -> bool:
        """Whether the word ``tokens[i]`` ends an office only a state has (``Ombudsman's``,
        ``Attorney General's``)."""
        roles, word = self.lex.state_roles, base(tokens[i][2])
        return word in roles or (i > 0 and f"{tokens[i - 1][2].lower()} {word}" in roles)

    def organ_in(self, phrase: Phrase | None) -> str | None:
        """The state body a phrase describes its speaker by (``a military official``)."""
        if phrase is None:
            return None
        kinds = self.lex.organ_kinds
        words = [base(t[2]) for t in self._words(phrase)]
        for i, word in enumerate(words):
            if i + 1 < len(words) and f"{word} {words[i + 1]}" in kinds:
                return f"{word} {words[i + 1]}"
            if word in kinds:
                return word
        return None

    def organ_owner(self, organ: str, pos: int) -> str | None:
        """The one state the text named with ``organ`` (``Sudan's army``, ``the Indian
        Army``) before ``pos``, else with a body of its kind (``military`` for ``army``);
        None when it named none, or several."""
        kind = self.lex.organ_kinds[organ]
        states, text = self.gazetteer.states, self.text
        same: set[str] = set()
        akin: set[str] = set()
        for mention in self.mentions[: bisect.bisect_left(self.starts, pos)]:
            if mention.actor not in states:
                continue
            alias = mention.alias.lower().split()
            own = " ".join(alias[-2:]) if " ".join(alias[-2:]) in kind else alias[-1]
            if len(alias) > 1 and own in kind:
                # An organ's own name: "the Indian Army", "the Israel Defense Forces"...
                (same if own == organ else akin).add(mention.actor)
                continue
            after = [w.strip(",.;:").lower() for w in text[mention.end : mention.end + 40].split()]
            if after and after[0] in ("'s", "\u2019s"):
                after = after[1:]
            for skip in (0, 1):
                one = after[skip] if len(after) > skip else ""
                two = " ".join(after[skip : skip + 2])
                named = two if two in kind else one if one in kind else None
                if named is not None:
                    (same if named == organ else akin).add(mention.actor)
                    break
                if not one.isalpha():
                    break  # "Sudan's paramilitary army": one modifier may stand between
        if same:
            return next(iter(same)) if len(same) == 1 else None
        return next(iter(akin)) if len(akin) == 1 else None

    def organ_side(self, phrase: Phrase | None) -> str | None:
        """``Navy spokesman Dmytro Pletenchuk``, ``military spokesman X``: a role held in a
        state organ the phrase names without its state is that organ's, when the text has
        named the organ with its state before (``Ukraine's Navy said``)."""
        if phrase is None:
            return None
        tokens = self._words(phrase)
        organs = self.lex.state_organs
        for i in range(len(tokens) - 1):
            if not self.word_class(tokens[i + 1][2]) & ROLE:
                continue
            one = tokens[i][2].lower()
            two = f"{tokens[i - 1][2].lower()} {one}" if i else ""
            noun = two if two in organs else one if one in organs else None
            if noun is not None:
                return self.institution(noun, phrase.start, guess=False)
        return None

    def armed_side(self, phrase: Phrase) -> str | None:
        """``a guerrilla commander``, ``rebel sources``: a speaker an armed-group word
        qualifies is the armed group the text named last, as ``the rebels`` is."""
        modifiers = self.lex.armed_modifiers
        words = phrase.text.lower().split()
        if modifiers.isdisjoint(words[:-1]):
            return None  # the last word is the head: "the militia" is a body of its own
        return self.institution("rebels", phrase.start)

    def fought_state(self, pos: int) -> str | None:
        """The one state that the armed groups named before ``pos`` fight at home (the
        ELN: Colombia), or None when they name none or several."""
        insurgencies = self.lex.insurgencies
        fought = {
            insurgencies[m.actor]
            for m in self.mentions[: bisect.bisect_left(self.starts, pos)]
            if m.actor in insurgencies
        }
        return next(iter(fought)) if len(fought) == 1 else None

    def _organ_holders(self, noun: str) -> frozenset[str] | None:
        """Who may hold a body called ``noun``: for a state organ (``army``), a state or
        an unknown side, never an armed group named like one (``Liberation Army``)."""
        if noun not in self.lex.state_organs:
            return None
        return self.gazetteer.states | {UNKNOWN_ACTOR}

    def institution(self, noun: str, pos: int, guess: bool = True) -> str | None:
        """The side of ``the army`` or ``the group`` that has none in its own words.

        A state organ is the one of the last state the text named with it ("Sudan's
        army", "the Lebanese army"), else (``guess``) of the state named most; a group
        noun (``the group``, ``the movement``) is the last non-state actor named.
        """
        lex = self.lex
        state = noun in lex.state_organs
        if not state and noun not in lex.group_nouns:
            return None
        earlier = self.discourse.with_role(
            noun, pos, by_name=True, actors=self._organ_holders(noun)
        )
        if earlier is not None and earlier.actor != UNKNOWN_ACTOR:
            return earlier.actor  # "the army said ... the army's spokesman"
        states = self.gazetteer.states
        mentions, text = self.mentions, self.text
        index = bisect.bisect_left(self.starts, pos)
        counts: dict[str, int] = {}
        armed = noun in lex.armed_group_nouns
        insurgencies = lex.insurgencies
        for mention in reversed(mentions[max(0, index - _OWNER_LOOKBACK) : index]):
            if state and mention.actor in insurgencies:
                # "the ELN said ... the army said": the army the group fights.
                fought = insurgencies[mention.actor]
                counts[fought] = counts.get(fought, 0) + 1
                continue
            if (mention.actor in states) != state:
                continue
            if not state:
                if armed and mention.actor in lex.neutral_bodies:
                    continue  # "the rebels said" after "the Red Cross said": not the ICRC
                return mention.actor
            if mention.kind == "capital" and self._venue(mention):
                continue  # "the Pretoria agreement", "signed in Pretoria": where, not whose
            counts[mention.actor] = counts.get(mention.actor, 0) + 1
            # "Sudan's army", "the Sudanese armed forces": this state's organ by name.
            after = text[mention.end : mention.end + len(noun) + 40].split()
            if after and after[0] in ("'s", "\u2019s"):
                after = after[1:]
            size = len(noun.split())
            if " ".join(after[:size]).lower() == noun or (
                after[:1] and after[0].islower() and " ".join(after[1 : 1 + size]).lower() == noun
            ):
                return mention.actor
        # Else the state named most (the nearest of equals: dicts keep the order seen),
        # a warring state before a usual mediator ("the government" in Doha talks).
        warring = {a: n for a, n in counts.items() if a not in lex.usual_brokers}
        counts = warring or counts
        return max(counts, key=counts.__getitem__) if counts and guess else None

    def remember(self, resolved: Resolved, pos: int, subject: bool = True) -> None:
        """Keep a resolved speaker for later pronouns and short references."""
        speaker = resolved.speaker
        # ``tuple.__new__`` builds the named tuple without its Python-level constructor.
        entity = (
            pos, speaker.name, speaker.actor, speaker.role, resolved.kind, resolved.gender,
            subject, resolved.confidence, -1,
        )  # fmt: skip
        self.discourse.add(tuple.__new__(Entity, entity))

    def gender_of(self, name: str) -> str | None:
        """Gender of a gazetteer person's name as far as the lexicon can tell, or None."""
        return self._gender(name, None, known=True)


_AGENT = re.compile(r"\b(?:\w+ed|held|taken|seen|shot|hit|caught)\s+by\s")


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


class _Side:
    """The actor a speaker phrase's own words give, read only when a rule asks for it."""

    __slots__ = ("_actor", "_aliased", "_appositive", "_by_organ", "_cue", "_phrase", "_reader")

    def __init__(
        self,
        reader: SpeakerReader,
        phrase: Phrase,
        appositive: Phrase | None,
        cue_actor: str | None,
    ) -> None:
        self._reader = reader
        self._phrase = before_agent(phrase)
        self._appositive = appositive
        self._cue = cue_actor
        self._aliased: tuple[str | None] | None = None
        self._actor: tuple[str | None] | None = None
        self._by_organ = False

    @property
    def by_organ(self) -> bool:
        """Whether ``actor`` is only the state that named a body of the phrase's kind."""
        _ = self.actor
        return self._by_organ

    @property
    def aliased(self) -> str | None:
        """The actor of the aliases in the phrase and its appositive (a person first)."""
        if self._aliased is None:
            reader = self._reader
            actors = reader.actors_in(self._phrase) + reader.actors_in(self._appositive)
            if actors and reader.is_expert(self._phrase, self._appositive):
                # "an analyst at a London think tank": where the institute sits is no side.
                actors = [(actor, kind) for actor, kind in actors if kind != "capital"]
            if actors and reader.lex.shared_places:
                actors = reader.without_shared_places(actors, self._phrase, self._appositive)
            self._aliased = (reader.pick(actors),)
        return self._aliased[0]

    @property
    def actor(self) -> str | None:
        """The aliases' actor, else the cue's, else the actor of a place in the phrase."""
        if self._actor is None:
            reader = self._reader
            actor = None
            owned = [
                part
                for part in (self._phrase, self._appositive)
                if part is not None
                and (part.text.lower().startswith(_OWNED) or _COMMON_OWNER.match(part.text))
            ]
            if owned and not (
                reader.actors_in(self._phrase, placed=False)
                or reader.actors_in(self._appositive, placed=False)
            ):
                # "Its head of delegation in Kinshasa, X": the body just named employs
                # him; the place he works in does not give his side.
                actor = reader.owner(owned[0])
            actor = actor or self.aliased or self._cue
            if actor is None:
                # "Umm Khaled, a mother of five in Deir al-Balah": a place only locates
                # a private person.
                civilian = reader.is_civilian(self._appositive)
                actor = reader.hint(self._phrase, self._appositive, places=not civilian)
            if actor is None:
                # "Its spokeswoman, Maly Socheata", "the army's spokesman": the owner's side.
                actor = reader.owner(self._phrase)
                if actor is None and self._appositive is not None:
                    actor = reader.owner(self._appositive)
                if actor is None:
                    actor = reader.organ_side(self._phrase) or reader.organ_side(self._appositive)
                if actor is None:
                    # "Director General of Police X": the one state whose police it is.
                    organ = reader.organ_in(self._phrase) or reader.organ_in(self._appositive)
                    if organ is not None:
                        actor = reader.organ_owner(organ, self._phrase.start)
                        self._by_organ = actor is not None
                        if actor is None:
                            # "a government official" in a story about a group that
                            # fights its own state: that state's official.
                            actor = reader.fought_state(self._phrase.start) or reader.state_home
                if actor is None:
                    actor = reader.armed_side(self._phrase)
            self._actor = (actor,)
        return self._actor[0]


def _many(entity: Entity) -> bool:
    """Whether an entity is several people (``two officials``, ``Republican senators``)."""
    if entity.kind == "group":
        return True
    if entity.kind != "person" or not entity.name:
        return False
    last = entity.name.split()[-1]
    # A common noun in the plural; a name ending in "s" ("Jeffries") is one person.
    return last.islower() and singular(base(last)) != base(last)
