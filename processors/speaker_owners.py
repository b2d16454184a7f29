"""Whose is a body or an office: the side behind ``the army``, ``its spokeswoman``,
``the prime minister's office``.

``OwnerReader`` answers for one article who owns what a speaker phrase names without its
owner. A state's organ (``the army``) belongs to the state the text named with it
(``Sudan's army``), else to the state named most, where an insurgency counts for the
state it fights; a group noun (``the group``) belongs to the non-state actor named last; a
possessive (``the army's spokesman``) gives the side of the person or body it names; an
office only a state has (``the Ombudsman's Office``) belongs to the state the story is
about. A capital named as a venue (``talks in Havana``) stands for no state here.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from typing import Final

from processors.actors import ActorMention
from processors.discourse import base, is_possessive
from processors.lexicon import ROLE
from processors.model import UNKNOWN_ACTOR
from processors.speaker_phrases import POSSESSIVE, Phrase, PhraseReader, ReaderPart
from processors.text import Token

# What opens ``its spokeswoman``: the owner is a body the text speaks of.
_POSSESSIVE_PRONOUNS: Final = frozenset(("its", "their"))
# Their first three letters, for a quick test before the phrase is read word by word.
_POSSESSIVE_LEADS: Final = frozenset(("its", "the"))
# How many gazetteer mentions back ``OwnerReader.institution`` looks for an owner.
_OWNER_LOOKBACK: Final = 40
# How far into the text a dateline's city may run, and what ends it.
_DATELINE_SPAN: Final = 40
_DATELINE_ENDS: Final = (",", " -", " (", "\u2014", ":")
# A place opening a sentence ("In London, ", "From Kathmandu, "): where what follows is.
_LOCATIVE: Final = re.compile(r"(?:In|From|At)\s+([A-Z][\w.\u2019' -]{1,30}?),\s")
# The capital a speaker spoke in, right after the phrase ("Foreign Minister X said in
# Baghdad that …", "… told reporters in Tehran").
_SPOKEN_IN: Final = re.compile(
    r"\s+(?:said|says|told [a-z]+(?: [a-z]+)?|added|warned|declared) in "
    r"([A-Z][\w\u2019'-]+(?: [A-Z][\w\u2019'-]+)?)"
)
# How far back (characters) a bare spokesperson looks for the body it speaks for.
_EMPLOYER_WINDOW: Final = 300


class OwnerReader(ReaderPart):
    """Finds, for one article, the state or group that owns a body, an office or a
    possessive in a speaker phrase."""

    def __init__(self, reader: PhraseReader) -> None:
        super().__init__(reader)
        self._state_home: tuple[str | None] | None = None
        self._own_front: tuple[str | None] | None = None

    @property
    def state_home(self) -> str | None:
        """The state the article is about: the one named most, at least ``state_home_min``
        times and twice as often as any other (usual mediators left out); else None."""
        if self._state_home is None:
            # A group that fights its own state names that state's story.
            counts = self._state_counts(self.mentions, fought=True)
            self._state_home = (_dominant(counts, self.lex.state_home_min),)
        return self._state_home[0]

    def fought_by(self, actor: str) -> str | None:
        """The state an armed group fights at home: the lexicon's ``insurgencies``; for a
        group the article introduces itself (``processors.introductions``: no gazetteer
        entry, no listed war), the state the article names most, usual brokers left out."""
        found = self.lex.insurgencies.get(actor)
        if found is None and actor not in self.gazetteer.aliases and actor != UNKNOWN_ACTOR:
            return self._front()
        return found

    def _front(self) -> str | None:
        """The state named most in the article, no usual broker, of equals the first."""
        if self._own_front is None:
            counts = self._state_counts(self.mentions)
            self._own_front = (max(counts, key=counts.__getitem__) if counts else None,)
        return self._own_front[0]

    def _state_counts(
        self, mentions: Iterable[ActorMention], fought: bool = False
    ) -> dict[str, int]:
        """How often ``mentions`` name each state, usual brokers and capitals named as
        venues ("talks in Havana": where, not who) left out; with ``fought``, a group that
        fights its own state counts for that state. In the order first named."""
        states, brokers = self.gazetteer.states, self.lex.usual_brokers
        counts: dict[str, int] = {}
        for mention in mentions:
            if mention.kind == "capital" and self._venue(mention):
                continue
            actor = (self.fought_by(mention.actor) or mention.actor) if fought else mention.actor
            if actor in states and actor not in brokers:
                counts[actor] = counts.get(actor, 0) + 1
        return counts

    def _venue(self, mention: ActorMention) -> bool:
        """Whether a capital is named as the place where something happens (``talks in
        Havana``, ``the Doha process``), not as its state's government."""
        text = self.text
        if text[max(0, mention.start - 4) : mention.start] in (" in ", " at "):
            return True
        return self.grammar.venue_name.match(text, mention.end) is not None

    def _state_role_holder(self, role: str | None) -> bool:
        """Whether ``role`` is an office only a state has ("Prime Minister", "Home
        Minister")."""
        if role is None:
            return False
        low = role.lower()
        roles = self.lex.state_roles
        # "Minister of State", "Minister for Defence": the office is the head before "of".
        head = low.split(" of ", 1)[0].split(" for ", 1)[0]
        return low in roles or head in roles or head.rsplit(" ", 1)[-1] in roles

    def state_office(self, role: str | None) -> str | None:
        """The article's state, for a holder of an office only a state has."""
        return self.state_home if self._state_role_holder(role) else None

    def governing_state(self, role: str | None, pos: int) -> str | None:
        """For a holder of an office only a state has whom neither the story nor the
        place gives a state: the state whose government the text spoke of before ``pos``
        ("the interim government said ... Defence Minister X said"), else the state the
        last mentions name most, by twice any other; None when none stands out."""
        if not self._state_role_holder(role):
            return None
        found = self.institution("government", pos, guess=False)
        if found is not None:
            return found
        # Else the state the last mentions name at least twice as often as any other, as
        # ``state_home`` reads the whole story.
        return _dominant(self._state_counts(self.reader.mentions_before(pos, _OWNER_LOOKBACK)))

    def located_office(self, role: str | None, pos: int, end: int = -1) -> str | None:
        """For a holder of an office only a state has whom the story gives no home: the
        state of the capital that opens the sentence as its place ("In London, Prime
        Minister John Major was more guarded") or that the phrase ending at ``end`` spoke
        in ("Foreign Minister Tariq Aziz said in Baghdad"), else the dateline's state."""
        if not self._state_role_holder(role):
            return None
        text = self.text
        opening = _LOCATIVE.match(text, _sentence_start(text, pos), pos)
        if opening is not None:
            actor = self.gazetteer.lookup(opening.group(1))
            if actor is not None and actor in self.gazetteer.states:
                return actor
        spoken = _SPOKEN_IN.match(text, end) if end >= 0 else None
        if spoken is not None and self.gazetteer.kind_of(spoken.group(1)) == "capital":
            actor = self.gazetteer.lookup(spoken.group(1))
            if actor is not None and actor in self.gazetteer.states:
                return actor
        return self.dateline_state()

    def state_owner(self, start: int, end: int, possessive: bool = False) -> str | None:
        """The state that owns what follows ``text[start:end]``: the last state named
        there (``Mexico's``, ``the South Korean``, ``the U.S.``), or only in the
        possessive when ``possessive``."""
        owner = None
        states, text = self.gazetteer.states, self.text
        for mention in self.reader.in_mentions(start, end):
            if mention.actor in states and (
                not possessive or text[mention.end : mention.end + 2] in POSSESSIVE
            ):
                owner = mention.actor
        return owner

    def owner_before(self, pos: int) -> str | None:
        """The state named as an owner (``Israel's government``) in the sentence before
        ``pos``."""
        return self.state_owner(_sentence_start(self.text, pos), pos, possessive=True)

    def place_before(self, pos: int) -> str | None:
        """The side of the last place (``Gaza``, ``Kherson``) named in the sentence before
        ``pos``: a body named only by its kind serves there."""
        text = self.text
        side = None
        for place in self.lex.place_pattern.finditer(text, _sentence_start(text, pos), pos):
            side = self.lex.place_actors[place.group(0)]
        return side

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
            or " of their " in written
            or " of its " in written
        ):
            return None  # no possessive, no "of the …" and no "its …": no owner to find
        tokens = self.reader.words(phrase)
        for i, (_s, _e, word) in enumerate(tokens):
            if is_possessive(word) and self._state_role(tokens, i):
                # "the Ombudsman's Office", "the Attorney General's office": an office
                # only a state has owns it: the state the story is about.
                found = self.fought_state(phrase.start) or self.state_home
                if found is not None:
                    return found
            if is_possessive(word) and word[:1].isupper():
                # "Hadi's government" after "President Abd-Rabbu Mansour Hadi": the side
                # of the person the text named in full with that last name.
                named = self._surname_side(base(word), phrase.start)
                if named is None:
                    # "Yeltsin's security council secretary" after "President Yeltsin",
                    # whom the gazetteer does not know: the side the text gave him.
                    surname = word[:-2] if word.endswith(("'s", "\u2019s")) else word[:-1]
                    earlier = self.discourse.named(surname, phrase.start)
                    if earlier is not None and earlier.kind == "person":
                        named = earlier.actor if earlier.actor != UNKNOWN_ACTOR else None
                if named is not None:
                    return named
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
                    place = self.place_before(phrase.start)
                    if place is not None:
                        return place
            elif (i == 0 and word.lower() in _POSSESSIVE_PRONOUNS) or (
                # "a member of their delegation", "one of its officials": the same owner.
                word == "of" and i + 1 < len(tokens) and tokens[i + 1][2] in _POSSESSIVE_PRONOUNS
            ):
                entity = self.discourse.salient(phrase.start, ("body", "group"), None)
                if entity is not None:
                    return entity.actor
            elif word in ("of", "for") and i + 2 < len(tokens) and tokens[i + 1][2] == "the":
                noun = " ".join(t[2] for t in tokens[i + 2 :]).lower()
                found = self.institution(noun, phrase.start)
                if found is not None:
                    return found
                if noun in self.lex.state_roles:
                    # "a spokesman for the prime minister": the last one named, else the
                    # state whose office that is.
                    earlier = self.discourse.with_role(noun, phrase.start)
                    if earlier is not None and earlier.actor != UNKNOWN_ACTOR:
                        return earlier.actor
                    found = (
                        self._titled_side(noun, phrase.start)
                        or self.state_office(noun)
                        or self.governing_state(noun, phrase.start)
                    )
                    if found is not None:
                        return found
                # "a spokesman for the army's Northern Command": the possessive may tell.
        return None

    def _titled_side(self, title: str, pos: int) -> str | None:
        """The side of the last gazetteer person the text named right after ``title``
        (lower case: ``Prime Minister Abiy Ahmed`` for ``prime minister``) before ``pos``,
        among the last few mentions; None if none."""
        text = self.text
        for mention in self.reader.mentions_before(pos, _OWNER_LOOKBACK):
            if mention.kind != "person" or mention.actor == UNKNOWN_ACTOR:
                continue
            before = text[max(0, mention.start - len(title) - 1) : mention.start]
            if before.lower() == f"{title} ":
                return mention.actor
        return None

    def _surname_side(self, surname: str, pos: int) -> str | None:
        """The side of the last person the gazetteer found before ``pos`` whose full name
        ends in ``surname`` (lower case), among the last few mentions; None if none."""
        for mention in self.reader.mentions_before(pos, _OWNER_LOOKBACK):
            if mention.kind == "person" and mention.alias.lower().endswith(f" {surname}"):
                return mention.actor if mention.actor != UNKNOWN_ACTOR else None
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
        words = [base(t[2]) for t in self.reader.words(phrase)]
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
            last_two = " ".join(alias[-2:])
            own = last_two if last_two in kind else alias[-1]
            if len(alias) > 1 and own in kind:
                # An organ's own name: "the Indian Army", "the Israel Defense Forces"...
                (same if own == organ else akin).add(mention.actor)
                continue
            # At most four words are read below ("'s", a modifier, a two-word organ).
            words = text[mention.end : mention.end + 40].split(None, 4)[:4]
            after = [w.strip(",.;:").lower() for w in words]
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
        tokens = self.reader.words(phrase)
        organs = self.lex.state_organs
        for i in range(len(tokens) - 1):
            if not self.reader.word_class(tokens[i + 1][2]) & ROLE:
                continue
            one = tokens[i][2].lower()
            two = f"{tokens[i - 1][2].lower()} {one}" if i else ""
            noun = two if two in organs else one if one in organs else None
            if noun is not None:
                return self.institution(noun, phrase.start, guess=False)
        return None

    def loyal_side(self, phrase: Phrase | None) -> str | None:
        """``a pro-government commander``, ``the government-allied forces``, ``an official
        loyal to Hadi``: the side a speaker is said to stand with. A state's organ stands
        for the state whose government the story is about; a person named before (``loyal
        to Hadi`` after ``President Abd-Rabbu Mansour Hadi``), for that person's side."""
        if phrase is None:
            return None
        low = phrase.text.lower()
        if "-" not in low and " loyal" not in low:
            return None  # neither "pro-…", "…-allied" nor "loyal to": most phrases
        lex = self.lex
        for word in low.split():
            word = word.strip(",.;:")
            head, _, suffix = word.partition("-")
            if word in lex.loyalty_words or (
                suffix in lex.patron_suffixes and head in lex.state_organs
            ):
                return self.institution("government", phrase.start)
        for lead in lex.loyalty_leads:
            at = low.find(f" {lead} ")
            if at == -1:
                continue
            after = phrase.text[at + len(lead) + 2 :].split()
            if not after:
                continue
            if after[0].lower() == "the" and after[1:2] and after[1].lower() in lex.state_organs:
                return self.institution("government", phrase.start)  # "loyal to the army"
            if after[-1][:1].isupper():
                earlier = self.discourse.named(after[-1].strip(",.;:"), phrase.start)
                if earlier is not None and earlier.kind == "person":
                    return None if earlier.actor == UNKNOWN_ACTOR else earlier.actor
        return None

    def armed_side(self, phrase: Phrase) -> str | None:
        """``a guerrilla commander``, ``rebel sources``: a speaker an armed-group word
        qualifies is the armed group the text named last, as ``the rebels`` is."""
        modifiers = self.lex.armed_modifiers
        words = phrase.text.lower().split()
        if modifiers.isdisjoint(words[:-1]):
            return None  # the last word is the head: "the militia" is a body of its own
        return self.institution("rebels", phrase.start)

    def insurgents(self, pos: int) -> str:
        """Whom ``Sudanese rebels`` or ``a rebel spokesman`` means at ``pos``: the armed
        group the text named last (as ``the rebels``), else the first group it names after
        that fights a state at home; else nobody's, never the state they fight."""
        found = self.institution("rebels", pos)
        if found is not None:
            return found
        states = self.gazetteer.states
        for mention in self.mentions[bisect.bisect_left(self.starts, pos) :]:
            actor = mention.actor
            if actor not in states and self.fought_by(actor) is not None:
                return actor
        return UNKNOWN_ACTOR

    def fought_state(self, pos: int) -> str | None:
        """The one state that the armed groups named before ``pos`` fight at home (the
        ELN: Colombia), or None when they name none or several."""
        fought: set[str] = set()
        for mention in self.mentions[: bisect.bisect_left(self.starts, pos)]:
            state = self.fought_by(mention.actor)
            if state is not None:
                fought.add(state)
        return next(iter(fought)) if len(fought) == 1 else None

    def organ_holders(self, noun: str) -> frozenset[str] | None:
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
        earlier = self.discourse.with_role(noun, pos, by_name=True, actors=self.organ_holders(noun))
        if earlier is not None and earlier.actor != UNKNOWN_ACTOR:
            return earlier.actor  # "the army said ... the army's spokesman"
        states = self.gazetteer.states
        text = self.text
        counts: dict[str, int] = {}
        armed = noun in lex.armed_group_nouns
        for mention in self.reader.mentions_before(pos, _OWNER_LOOKBACK):
            fought = self.fought_by(mention.actor) if state else None
            if fought is not None:
                # "the ELN said ... the army said": the army the group fights.
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

    def dateline_state(self) -> str | None:
        """The state whose city alone opens the article (``SEOUL, June 4 -``, ``BOGOTA -``)
        and which the story names as one of its sides; None for a shared dateline
        (``ISLAMABAD/NEW DELHI``), a city of a usual mediator or of a state named nowhere
        else (a venue: ``ABU DHABI`` for talks between two others)."""
        head = self.text[:_DATELINE_SPAN]
        cut = min((at for at in (head.find(c) for c in _DATELINE_ENDS) if at > 0), default=-1)
        city = head[:cut].strip() if cut > 0 else ""
        if not city or not city.isupper() or "/" in city:
            return None
        actor = self.gazetteer.lookup(city.title())
        if actor is None or actor not in self.gazetteer.states or actor in self.lex.usual_brokers:
            return None
        # Named in the story itself, not only by its dateline.
        if not any(m.actor == actor and m.start > cut for m in self.mentions):
            return None
        return actor

    def employer(self, pos: int) -> str | None:
        """``UNIFIL said … Spokesperson Jo Kim said``, ``The White House said … A
        spokesperson said``: the body that led the clause just before a spokesperson
        with no side of their own is the one the spokesperson speaks for."""
        for entity in reversed(self.discourse.before(pos, _EMPLOYER_WINDOW)):
            if entity.kind == "person":
                return None  # a person spoke last: whose spokesperson is unclear
            subject = entity.subject
            if subject is None and self.discourse.subject_test is not None:
                subject = self.discourse.subject_test(entity)
            if subject:
                return entity.actor if entity.actor != UNKNOWN_ACTOR else None
        return None


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last ". " or line break before
    it, or at the text's start."""
    dot = text.rfind(". ", 0, pos)
    return max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, pos) + 1)


def _dominant(counts: Mapping[str, int], least: int = 1) -> str | None:
    """The key counted most, at least ``least`` times and twice as often as any other; of
    equals, the first; None when none stands out."""
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < least or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
        return None
    return max(counts, key=counts.__getitem__)
