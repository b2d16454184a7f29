"""The side a speaker phrase's own words give, read only when a rule asks for it.

``Side`` tries in turn: the owner a phrase opens with (``its envoy``, ``the organisation's
head``) when no alias of its own gives a side, the aliases in the phrase and its
appositive (a person first), the cue the caller found, a cue or place in the words (not a
place that only locates a private person), the owner of a possessive, a state organ the
phrase names (``Navy spokesman``, ``a police official``), and last an armed-group word
(``rebel sources``).
"""

from __future__ import annotations

import re
from typing import Final

from processors.speaker_owners import OwnerReader
from processors.speaker_phrases import Phrase, PhraseReader, before_agent, before_host

# What opens a phrase whose owner is the body the text speaks of (``its envoy``).
_OWNED: Final = ("its ", "their ")
# What brings in a speaker not met before (``a defence ministry spokesman``).
_INDEFINITE: Final = ("a ", "an ")
# Aliases that only place a private person or an expert (a city, a nationality).
_PLACING_KINDS: Final = ("capital", "demonym")
# "The organisation's head of delegation": an owner named by a common noun, like "its".
_COMMON_OWNER: Final = re.compile(r"(?i:the) [a-z]+(?: [a-z]+)?['\u2019]s ")
# "the Swiss diplomat who heads the OSCE mission": the body a person leads gives the side,
# not the nationality before it.
LEADS: Final = re.compile(r" who (?:heads|leads|chairs|commands|runs|directs) ")
# What parts a led body from its owner ("the Verification Mission of the OSCE").
_OF: Final = " of "


class Side:
    """The actor a speaker phrase's own words give, read only when a rule asks for it."""

    __slots__ = (
        "_actor",
        "_aliased",
        "_appositive",
        "_by_organ",
        "_cue",
        "_hosted",
        "_owners",
        "_phrase",
        "_private",
        "_reader",
    )

    def __init__(
        self,
        reader: PhraseReader,
        owners: OwnerReader,
        phrase: Phrase,
        appositive: Phrase | None,
        cue_actor: str | None,
    ) -> None:
        self._reader = reader
        self._owners = owners
        self._phrase = before_host(before_agent(phrase))
        self._hosted = self._phrase.end != before_agent(phrase).end
        self._appositive = appositive
        self._cue = cue_actor
        self._aliased: tuple[str | None] | None = None
        self._actor: tuple[str | None] | None = None
        self._by_organ = False
        self._private: bool | None = None

    @property
    def by_organ(self) -> bool:
        """Whether ``actor`` is only the state that named a body of the phrase's kind."""
        _ = self.actor
        return self._by_organ

    @property
    def hosted(self) -> bool:
        """Whether the phrase names the state that hosts a diplomat (``the ambassador to
        Yemen``): the story's home may be that host, so it is no fallback."""
        return self._hosted

    @property
    def private(self) -> bool:
        """Whether the phrase or its appositive describes a private person (``a teacher in
        Khartoum``, ``Hiba, a pharmacist``): no side of its own, nor the story's home."""
        if self._private is None:  # asked by several rules: read once
            reader = self._reader
            self._private = reader.is_civilian(self._phrase) or reader.is_civilian(self._appositive)
        return self._private

    @property
    def unaffiliated(self) -> bool:
        """Whether the phrase describes a private person or an independent expert (``a
        Russian military analyst``): where they live and what they study give no side."""
        return self.private or self._reader.is_expert(self._phrase, self._appositive)

    @property
    def aliased(self) -> str | None:
        """The actor of the aliases in the phrase and its appositive (a person first)."""
        if self._aliased is None:
            reader = self._reader
            led = self._led_body()
            if led is not None:
                self._aliased = (led,)
                return led
            actors = reader.actors_in(self._phrase) + reader.actors_in(self._appositive)
            if actors and self._armed():
                # "A rebel negotiator in Havana": where the rebel is gives no side; the
                # armed-group word does (``armed_side``).
                actors = reader.actors_in(self._phrase, placed=False) + reader.actors_in(
                    self._appositive, placed=False
                )
            if actors and self.unaffiliated:
                # "an analyst at a London think tank", "a pharmacist in Khartoum", "a
                # Sudanese analyst", "a Britain-based monitor": where the institute sits,
                # where a private person lives or whose citizen they are is no side.
                placed = reader.actors_in(self._phrase, placed=False) + reader.actors_in(
                    self._appositive, placed=False
                )
                actors = [(a, kind) for a, kind in placed if kind not in _PLACING_KINDS]
            if actors and reader.lex.shared_places:
                actors = reader.without_shared_places(actors, self._phrase, self._appositive)
            self._aliased = (reader.pick(actors),)
        return self._aliased[0]

    def _led_body(self) -> str | None:
        """``X, the Swiss diplomat who heads the OSCE mission``: the body named after a
        verb of leading in the appositive (not a nationality nor a place), else None."""
        part = self._appositive
        if part is None:
            return None
        lead = LEADS.search(part.text)
        if lead is None:
            return None
        led = Phrase(part.start + lead.end(), part.end, part.text[lead.end() :])
        of = led.text.find(_OF)
        if of != -1:
            # "who leads the Kosovo Verification Mission of the OSCE": the body after the
            # "of" owns the mission; the place in its name only says where it works.
            owner = Phrase(led.start + of + len(_OF), led.end, led.text[of + len(_OF) :])
            found = self._led_actor(owner)
            if found is not None:
                return found
        return self._led_actor(led)

    def _led_actor(self, led: Phrase) -> str | None:
        """The actor the aliases of a led body's words name (no nationality nor place)."""
        actors = [
            (actor, kind)
            for actor, kind in self._reader.actors_in(led, placed=False)
            if kind not in _PLACING_KINDS
        ]
        return self._reader.pick(actors)

    def _speaking_state(self) -> str | None:
        """``Officials in Seoul stressed … A defence ministry spokesman said``: a role in a
        state organ brought in with ``a`` speaks for the state whose speakers led the clause
        just before, even when the other side's organ of that kind was named earlier (``the
        North's defence ministry``); ``the ministry's spokesman`` still points back."""
        phrase = self._phrase
        if not phrase.text.lower().startswith(_INDEFINITE):
            return None
        owners = self._owners
        if owners.organ_in(phrase) is None:
            return None
        state = owners.employer(phrase.start)
        return state if state in self._reader.gazetteer.states else None

    def _insurgent(self) -> bool:
        """Whether the phrase is a side fighting a state that its words name (``Sudanese
        rebels``, ``a spokesman for one of Sudan's rebel factions``): an insurgent word
        heads or qualifies it, no state organ is named and no foil sets the word against
        the speaker (``the envoy to the rebels``)."""
        lex = self._reader.lex
        words = [w.strip(",.;:") for w in self._phrase.text.lower().split()]
        at = next((i for i, w in enumerate(words) if w in lex.insurgent_words), -1)
        if at == -1 or not lex.insurgent_foils.isdisjoint(words[:at]):
            return False
        if self._owners.organ_in(self._phrase) is not None:
            return False
        states = self._reader.gazetteer.states
        return any(actor in states for actor, _ in self._reader.actors_in(self._phrase))

    def _armed(self) -> bool:
        """Whether an armed-group word qualifies the phrase's head (``a rebel negotiator``)."""
        words = self._phrase.text.lower().split()
        return not self._reader.lex.armed_modifiers.isdisjoint(words[:-1])

    @property
    def actor(self) -> str | None:
        """The aliases' actor, else the cue's, else the actor of a place in the phrase."""
        if self._actor is None:
            reader = self._reader
            owners = self._owners
            actor = None
            if self._insurgent():
                # "Sudanese rebels", "rebels in the Central African Republic": the state
                # named is where they fight; the side is a group the phrase or the text
                # names, else nobody's.
                states = reader.gazetteer.states
                groups = [
                    (a, kind)
                    for a, kind in reader.actors_in(self._phrase, placed=False)
                    + reader.actors_in(self._appositive, placed=False)
                    if a not in states
                ]
                actor = reader.pick(groups) or owners.insurgents(self._phrase.start)
                self._actor = (actor,)
                return actor
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
                actor = owners.owner(owned[0])
            actor = actor or self.aliased or self._cue
            if actor is None:
                # "Umm Khaled, a mother of five in Deir al-Balah": a place only locates
                # a private person.
                actor = reader.hint(self._phrase, self._appositive, places=not self.private)
            if actor is None:
                # "Its spokeswoman, Maly Socheata", "the army's spokesman": the owner's side.
                actor = owners.owner(self._phrase)
                if actor is None and self._appositive is not None:
                    actor = owners.owner(self._appositive)
                if actor is None:
                    actor = self._speaking_state()
                if actor is None:
                    actor = owners.organ_side(self._phrase) or owners.organ_side(self._appositive)
                if actor is None:
                    # "a military official loyal to Hadi": whom the speaker stands with
                    # tells more than the organ named (which may be either side's).
                    actor = owners.loyal_side(self._phrase)
                if actor is None:
                    # "Director General of Police X": the one state whose police it is.
                    organ = owners.organ_in(self._phrase) or owners.organ_in(self._appositive)
                    if organ is not None:
                        actor = owners.organ_owner(organ, self._phrase.start)
                        self._by_organ = actor is not None
                        if actor is None:
                            # "a government official" in a story about a group that
                            # fights its own state: that state's official.
                            actor = owners.fought_state(self._phrase.start) or owners.state_home
                if actor is None:
                    actor = owners.armed_side(self._phrase)
            self._actor = (actor,)
        return self._actor[0]
