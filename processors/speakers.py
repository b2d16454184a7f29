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

The reading is spread over modules named for what they read: ``speaker_phrases`` (what a
phrase's own words say), ``speaker_owners`` (whose an organ, an office or a possessive
is), ``speaker_sides`` (the side a phrase's words give), ``speaker_names`` (named
speakers), ``speaker_described`` (roles, bodies, sources and groups) and
``speaker_mediators`` (the mediators, the two sides). ``SpeakerReader`` here takes a phrase
to the one that reads it and keeps what it resolved for the phrases after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from processors.actors import ActorMention, Gazetteer
from processors.discourse import Discourse, Entity, base, singular
from processors.lexicon import SpeechLexicon
from processors.model import UNKNOWN_ACTOR, Speaker
from processors.speaker_described import DescriptionReader, many
from processors.speaker_mediators import mediators, monitors
from processors.speaker_names import NameReader
from processors.speaker_owners import OwnerReader
from processors.speaker_phrases import Phrase, PhraseReader, Resolved
from processors.speaker_sides import Side
from processors.text import Token, Tokens

# What the project's other modules (and its tests) take from here.
__all__ = ["Discourse", "Entity", "Phrase", "Resolved", "SpeakerReader", "base", "singular"]

# A speaker that is one member of a group just named (``One said``, ``Another said``).
_ONE_OF_THEM: Final = frozenset(("one", "another"))
# What may follow "one of" to point back at that group (``One of them said``).
_THEM: Final = frozenset(("them", "those", "these"))
# What opens the group a "one of" picks from: "one of the people", "one of its members".
_THE_GROUP: Final = frozenset(("the", "those", "these", "its", "their", "his", "her"))


class SpeakerReader(PhraseReader):
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
        super().__init__(text, gazetteer, lexicon, mentions, discourse, tokens)
        self.owners = OwnerReader(self)
        self.names = NameReader(self, self.owners)
        self.descriptions = DescriptionReader(self, self.owners)

    # -- resolution -----------------------------------------------------------------

    def resolve(
        self,
        phrase: Phrase,
        appositive: Phrase | None = None,
        cue_actor: str | None = None,
        sentence_start: int = -1,
    ) -> Resolved | None:
        """The speaker a phrase names, or None when it names no speaker (media, critics)."""
        tokens = self.words(phrase)
        if not tokens:
            return None
        first = tokens[0][2].lower()  # lowered once: most phrases pass every test below
        if len(tokens) == 1 and first in self.lex.pronouns:
            return self._pronoun(first, phrase.start)
        if first in _ONE_OF_THEM and (
            len(tokens) == 1
            or (len(tokens) == 3 and tokens[1][2] == "of" and tokens[2][2] in _THEM)
        ):
            return self.descriptions.one_of(phrase.text, phrase.start)  # "One", "One of them"
        if (
            first in _ONE_OF_THEM
            and len(tokens) == 4
            and tokens[1][2] == "of"
            and tokens[2][2].lower() in _THE_GROUP
        ):
            return self._one_of_the(phrase, tokens[3][2], sentence_start)
        lowered = phrase.text.lower()
        if phrase.text in self.lex.media or lowered in self.lex.media:
            return None
        if first == "our" and self.lex.media_roles.search(phrase.text):
            return None  # "Our correspondent in Uri says": the outlet's own reporting
        if lowered.endswith(self.lex.mediator_nouns) and not self.in_mentions(
            phrase.start, phrase.end
        ):
            return mediators(self, phrase)
        head = tokens[: self.names.head_end(tokens)]
        last = base(head[-1][2])
        last_two = f"{base(head[-2][2])} {last}" if len(head) > 1 else last
        if (last in self.lex.monitor_nouns or last_two in self.lex.monitor_nouns) and not (
            self.in_mentions(head[0][0], head[-1][1])
        ):
            # "A monitor in Donetsk said" after "OSCE monitors": the monitoring body.
            monitored = monitors(self, phrase)
            if monitored is not None:
                return monitored
        body_head = last in self.lex.bodies or last_two in self.lex.bodies
        own_alias = self.gazetteer.lookup(self.text[head[0][0] : head[-1][1]]) is not None
        run: list[Token] = []
        if own_alias or not body_head:
            run = self.names.name_run(head, sentence_start)
        # "Islamic State", "the Kenya Defence Forces", "the Office for the Coordination of
        # Humanitarian Affairs": a gazetteer name that ends the head is the name, though
        # its words read as a modifier ("state media"), a body ("forces") or a link.
        alias = self.names.alias_run(head)
        if alias and (not run or alias[0][0] < run[0][0]):
            run = alias
        role = self.names.role(head, run, phrase) or self.names.role(
            self.words(appositive), [], appositive
        )
        side = Side(self, self.owners, phrase, appositive, cue_actor)
        if run:
            return self.names.named(phrase, run, role, side)
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
        anonymous = False
        linked: re.Match[str] | None = None
        if noun in self.lex.sources or noun in self.lex.non_speakers:
            # "people familiar with the talks" are a source ("people" alone are no one),
            # and a bare one ("a source", "two people familiar with …") is nobody's: the
            # home actor does not speak through it.
            linked = self.grammar.source_link.match(self.text, head[-1][1], phrase.end)
            if linked is None and noun in self.lex.non_speakers:
                if first == "the" and len(tokens) == 2:
                    # "…, the people said"
                    return self.descriptions.same_sources(noun, phrase.start)
                return None
            if linked is not None and noun in self.lex.non_speakers:
                plural = noun == "people" or singular(noun) != noun
                noun = "sources" if plural else "source"
            if linked is not None or noun in self.grammar.anonymous:
                quantifiers = self.grammar.quantifiers
                anonymous = all(t[2].lower() in quantifiers or t[2].isdigit() for t in head[:-1])
        link = linked.end() if linked is not None else -1
        return self.descriptions.described(phrase, noun, role, side, first, anonymous, link)

    def _one_of_the(self, phrase: Phrase, noun: str, sentence_start: int) -> Resolved | None:
        """``One of the people, who …, said``, ``One of the officials said``: one of a
        group named before (``Two people familiar with the talks said``) speaks for its
        side; else one of the group as ``the officials`` alone would be read."""
        plural = base(noun)
        group = self.discourse.with_role(plural, phrase.start, by_name=True)
        if group is not None and (group.kind == "group" or many(group)):
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

    def remember(self, resolved: Resolved, pos: int, subject: bool = True) -> None:
        """Keep a resolved speaker for later pronouns and short references."""
        speaker = resolved.speaker
        # ``tuple.__new__`` builds the named tuple without its Python-level constructor.
        entity = (
            pos, speaker.name, speaker.actor, speaker.role, resolved.kind, resolved.gender,
            subject, resolved.confidence, -1,
        )  # fmt: skip
        self.discourse.add(tuple.__new__(Entity, entity))

    # -- what the project's other modules ask of the owners ------------------------------

    def institution(self, noun: str, pos: int, guess: bool = True) -> str | None:
        """The side of ``the army`` or ``the group`` (``OwnerReader.institution``)."""
        return self.owners.institution(noun, pos, guess)

    def organ_in(self, phrase: Phrase | None) -> str | None:
        """The state body a phrase describes its speaker by (``OwnerReader.organ_in``)."""
        return self.owners.organ_in(phrase)
