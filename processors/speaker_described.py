"""Speakers described rather than named: a role (``the spokesman``), a body (``the
ministry``), a crowd or an unnamed source (``two officials``, ``residents``), a document
(``the statement``), one of a group (``One of them``).

``DescriptionReader`` reads whom such a phrase means: an earlier mention of the same role
or body when the phrase points back (``the ministry`` after ``Russia's Defence Ministry``),
else the side its own words give, the owner of the organ or office it names, the pair
``both sides`` stand for, and last the article's home actor. A bare source names nobody's
side, and what a source is familiar with is not whom it serves.
"""

from __future__ import annotations

import re
from typing import Final

from processors.discourse import Entity, base, is_possessive, singular
from processors.lexicon import NP_WORD
from processors.model import UNKNOWN_ACTOR, Speaker
from processors.speaker_mediators import first_of_pair
from processors.speaker_owners import OwnerReader
from processors.speaker_phrases import (
    Phrase,
    PhraseReader,
    ReaderPart,
    Resolved,
    before_agent,
    before_host,
)
from processors.speaker_sides import Side

# A group the narration counts ("Two of the employees", "Several analysts") right before
# a "One of them": whom the "them" means, when nobody in it has spoken yet.
_COUNTED: Final = re.compile(
    r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Mm]any|[Bb]oth|[Dd]ozens)"
    r"(?:\s+of\s+(?:the|those|these|its|their))?\s+(?:[\w-]+\s+)?[a-z][\w-]*s\b[^.!?]*[.!?]\s*$"
)
_COUNTED_WINDOW: Final = 200
# A person's office ("Sistani's office") speaks for whomever that person does.
_OFFICE: Final = "office"
# "The two sides", "both sides": the pair named last with an "and" (``first_of_pair``).
_SIDES: Final = (" sides", "\u2019 sides")
# What gives a bare source two sides or more ("officials on both sides", "from all sides").
_OF_BOTH: Final = re.compile(r"\s+(?:on|from|of|in)\s+(?:both|each|either|all|the two)\b")
# How far back (characters) a bare "The Health Ministry" looks for the state that owns it.
_OWNER_WINDOW: Final = 300
# What joins a serving source to the town it is posted in ("officials in", "a commander
# near"); a town further on ("an official with an agency working in Gaza") only places
# something else.
_POSTED: Final = (" in ", " near ", " at ", " outside ", " around ")
# How far back (characters) "the coalition" looks for "the US-led coalition".
_LED_WINDOW: Final = 1500
# A ministry's spokesperson speaks for the minister's side.
_MINISTRY: Final = "ministry"
_MINISTER: Final = "minister"
# How many gazetteer mentions back "the envoy" looks for a person named with that title,
# and how many characters before the name the title may take.
_TITLED_LOOKBACK: Final = 12
_TITLE_SPAN: Final = 30
# A pair of armed groups or movements named as such ("the groups said" after "a joint
# statement from the RUF and the CDF").
_GROUP_PAIRS: Final = frozenset(("the groups", "the two groups", "both groups"))
# How far back (characters) "one official" looks for the group of officials it is one of.
_COLLEAGUES_WINDOW: Final = 800


class DescriptionReader(ReaderPart):
    """Reads whom one article's described speakers mean: roles, bodies, sources, crowds,
    documents and one of a group."""

    def __init__(self, reader: PhraseReader, owners: OwnerReader) -> None:
        super().__init__(reader)
        self.owners = owners

    def _holder(self, possessive: str, pos: int) -> str | None:
        """Whose "his office" or "her spokesman" is: the side of the person of that
        gender the pronoun points back to, when the text gave them one."""
        entity = self.discourse.salient(pos, ("person",), self.lex.possessives[possessive])
        if entity is None or entity.actor == UNKNOWN_ACTOR:
            return None
        return entity.actor

    def _owner_name(self, written: str) -> str | None:
        """The name owning a body ("Sistani" in "Sistani's office"); None for a pronoun
        ("his office"), an article ("the office") or a title ("President's office")."""
        owner = written.split()[0]
        if not (owner[:1].isupper() and is_possessive(owner)):
            return None
        bare = owner[:-2] if owner[-1:] == "s" else owner[:-1]
        if bare.lower() in self.lex.person_roles or owner.lower() in self.lex.possessives:
            return None
        return bare

    def _holder_any(self, pos: int) -> str | None:
        """The side of the person a bare "Aides" serves: the one the text is about just
        before ``pos``, when the text gave them one."""
        entity = self.discourse.salient(pos, ("person",), None)
        if entity is None or entity.actor == UNKNOWN_ACTOR:
            return None
        return entity.actor

    def described(
        self,
        phrase: Phrase,
        noun: str,
        role: str | None,
        side: Side,
        first: str,
        anonymous: bool = False,
        link: int = -1,
    ) -> Resolved | None:
        """Whom a phrase without a name means, by its head ``noun`` (``spokesman``,
        ``ministry``, ``officials``, ``statement``); None when it names no speaker."""
        lex = self.lex
        written = phrase.text
        if noun in lex.non_speakers:
            return None
        definite = first in self.grammar.definite or is_possessive(written.split()[0])
        # "the spokesman" and "the General Staff" point back; "the Hostages and Missing
        # Families Forum" and "a spokesman for one shipping line" are introduced here.
        generic = all(
            self.reader.word_class(w) & NP_WORD for w in written.split()[1:] if w[:1].isupper()
        )
        anaphor = definite and generic
        vague = not anaphor and generic and first not in ("a", "an", "one")
        holder = self._holder(first, phrase.start) if first in lex.possessives else None
        if noun in lex.person_roles and (anaphor or noun not in lex.sources):
            actor = side.actor or holder
            earlier = self.discourse.with_role(noun, phrase.start) if anaphor else None
            if earlier is not None and (actor is None or actor == earlier.actor):
                speaker = Speaker(earlier.name, earlier.actor, earlier.role)
                return Resolved(speaker, "person", earlier.gender, 0.8)
            if actor is None and not anaphor:
                # "The defence ministry said … a ministry spokesman said": the body named.
                actor = self._body_of_role(role, noun, phrase.start)
            if actor is None and anaphor and earlier is None:
                # "announced by UN envoy Ismail Ould Cheikh Ahmed … The envoy says": the
                # person the narration named with that title, though not yet as a speaker.
                actor = self._titled_person(noun, phrase.start)
            if actor is None and self._bare_employee(written, noun, anaphor):
                # "The White House said … A spokesman said": the body that led the
                # clause before speaks through them.
                actor = self.owners.employer(phrase.start)
            found, confidence = self.reader.fallback(actor, 0.75, side.private or side.hosted)
            speaker = Speaker(written, found, role or noun)
            return Resolved(speaker, "person", self.reader.gender("", role or noun), confidence)
        if noun in lex.bodies:
            actor = side.actor or holder
            owner = self._owner_name(written) if actor is None and noun == _OFFICE else None
            if owner is not None:
                # "Sistani's office" after "Sadr's office" and "a US officer": a person's
                # office speaks for the side the text gave that person, if any; not for
                # the last office named.
                person = self.discourse.named(owner, phrase.start)
                found = person.actor if person is not None else UNKNOWN_ACTOR
                return Resolved(Speaker(written, found, None), "body", None, 0.6)
            if actor is None and vague and written.lower() == noun and noun.startswith("state "):
                # "State media said", "State television reported": the outlet of the state
                # the text names with such an outlet, else of the one named most.
                actor = self.owners.institution(noun, phrase.start)
            if actor is None and self._office_of_a_state_role(written, noun):
                # "The office of the commander-in-chief said": the body of an office only
                # a state has is the story's state's, not an earlier "office" named.
                found, confidence = self.reader.fallback(self.owners.state_home, 0.75)
                return Resolved(Speaker(written, found, None), "body", None, confidence)
            if anaphor and " " in noun and side.by_organ:
                # "The health ministry says" after "Gaza's health ministry" and "Egypt's
                # foreign ministry": the body of that name, not the state of another
                # ministry; with none named, the place the sentence is about.
                actor = self._same_body(noun, phrase.start)
            if actor is not None and noun in lex.group_nouns and actor in self.gazetteer.states:
                # "the Palestinian armed group", "the Yemeni rebels": the demonym says where
                # the group fights; the group is the armed one the text named.
                mentions = self.reader.in_mentions(phrase.start, phrase.end)
                armed = [m.actor for m in mentions if m.actor not in self.gazetteer.states]
                if armed:
                    actor = armed[-1]  # "Yemen's Houthi rebels": the Houthis, not Yemen
                elif mentions and all(m.kind == "demonym" for m in mentions):
                    actor = self.owners.institution(noun, phrase.start) or actor
            if actor is None and anaphor:
                # "the ministry" after "Russia's Defence Ministry said": the same body.
                holders = self.owners.organ_holders(noun)
                earlier_body = self.discourse.with_role(
                    noun, phrase.start, by_name=True, actors=holders
                ) or self._described_as(noun, phrase.start, holders)
                if earlier_body is not None and earlier_body.actor != UNKNOWN_ACTOR:
                    actor = earlier_body.actor
                elif first == "the" and written.lower().endswith(noun):
                    # "the army", not "Somaliland's army" or "the two governments".
                    actor = self.owners.institution(noun, phrase.start)
                    whole = written.lower().removeprefix("the ").replace("\u2019", "'")
                    if actor is None and whole != noun and whole in lex.state_organs:
                        # "Israel's government approved it, the prime minister's office
                        # said" before any prime minister is named: the office of the
                        # state the sentence names as an owner, else where it is.
                        actor = self.owners.institution(whole, phrase.start, guess=False)
                        actor = actor or self.owners.owner_before(phrase.start)
                        actor = actor or self.owners.place_before(phrase.start)
                        # Else the state the story is about, when one fills it.
                        actor = actor or self.owners.state_home
                if actor is None and earlier_body is None and " " in noun:
                    actor = self.owners.place_before(phrase.start)
                if actor is None and earlier_body is None:
                    # "The coalition said" after "the US-led coalition struck": its leader.
                    actor = self._led_by(noun, phrase.start)
                if actor is None:
                    actor = earlier_body.actor if earlier_body is not None else self.reader.home
            if actor is None and anaphor and first == "the" and self._named_body(written, noun):
                # "The Health Ministry said" names one body even when the text has not:
                # the state just named as an owner ("Lebanon's news agency"), else nobody's.
                owner = self.owners.state_owner(
                    max(0, phrase.start - _OWNER_WINDOW), phrase.start, True
                )
                return Resolved(Speaker(written, owner or UNKNOWN_ACTOR, None), "body", None, 0.5)
            if actor is None and written.lower().endswith(_SIDES):
                actor = first_of_pair(self.reader, phrase.start)
            if actor is None and vague and self._many_states(written, noun):
                # "Several governments said", "European governments said": states the
                # text does not name, not one of its sides.
                return Resolved(Speaker(written, UNKNOWN_ACTOR, None), "group", None, 0.5)
            if actor is None and (anaphor or vague):
                return None  # "both sides said", "the group said" with nothing before
            found, confidence = self.reader.fallback(actor, 0.8)
            return Resolved(Speaker(written, found, None), "body", None, confidence)
        if noun in lex.sources:
            # A place does not give a crowd's side: residents of Gaza are not Hamas.
            aliased = side.aliased
            if aliased is not None and noun in lex.placeless_sources:
                aliased = self.reader.pick(self.reader.actors_in(phrase, placed=False))
            if aliased is not None and link != -1:
                aliased = self.reader.pick(self._source_actors(phrase, link))
            crowd = (
                aliased
                or self.reader.hint(before_host(before_agent(phrase)), None, places=False)
                or self.owners.owner(phrase)
                # "a pro-government commander", "an official loyal to Hadi"
                or self.owners.loyal_side(before_agent(phrase))
            )
            # "a military analyst": the body an expert studies is not one they serve.
            organ = (
                self.owners.organ_in(phrase) if crowd is None and not side.unaffiliated else None
            )
            if organ is not None:
                # "a senior military official", "police sources": the state whose body
                # that is, when the text named one; a place says where the body serves.
                crowd = (
                    self.owners.organ_owner(organ, phrase.start)
                    or self.reader.hint(phrase, None)
                    or self.owners.fought_state(phrase.start)
                    or self.owners.state_home
                )
            if crowd is None and noun in lex.serving_sources and not side.private:
                # "Officials in Stepanakert", "a commander near Avdiivka": the side that
                # holds the town they serve in (a crowd there is only placed, above).
                crowd = self._posted_side(before_agent(phrase))
            if crowd is None and self._bare_employee(written, noun, anaphor):
                crowd = self.owners.employer(phrase.start)  # "a spokesperson said", as above
            if (
                crowd is None
                and noun in lex.serving_sources
                and written.lower() in (noun, f"{noun}s")
                and self.reader.home is None
            ):
                # "SEOUL, June 4 - ... Officials said": bare officials in a story filed
                # from one side's capital are that side's, when it is no usual mediator.
                crowd = self.owners.dateline_state()
            if crowd is None and first == "one":
                crowd = self._one_of_sources(noun, phrase.start)
            if crowd is None and written.lower() in _GROUP_PAIRS:
                crowd = self._paired_groups(phrase.start)
            if crowd is None:
                crowd = self.owners.armed_side(phrase)
            if crowd is None and self._bare_state_source(phrase, noun) and not side.private:
                # "Officials said", "a senior official said" in a story of one state's
                # insurgency (the TTP, GAM): that state's, as "a military official" is.
                crowd = self.owners.fought_state(phrase.start)
            if crowd is None and written.lower() in lex.retinues:
                # "Santos extended the truce. Aides said …": the aides of the person the
                # narration is about, as "his aides" would be.
                crowd = self._holder_any(phrase.start)
            if crowd is None and anonymous:
                found, confidence = UNKNOWN_ACTOR, 0.6
            else:
                # Diplomats or residents with no side of their own are nobody's, not the
                # story's state, as a private person is.
                private = side.private or side.hosted or noun in lex.sideless_sources
                found, confidence = self.reader.fallback(crowd, 0.7, private)
            speaker = Speaker(written, found, noun)
            if singular(noun) == noun:
                # "One freed prisoner", "a woman": a person that "he" or "she" may take up.
                gender = self.reader.gender("", noun)
                return Resolved(speaker, "person", gender, min(confidence, 0.7))
            return Resolved(speaker, "group", None, min(confidence, 0.7))
        if noun in lex.documents:
            actor = side.actor
            if actor is not None:
                return Resolved(Speaker(written, actor, None), "body", None, 0.75)
            return self.reader.recent(phrase.start, noun)
        return None

    def _body_of_role(self, role: str | None, noun: str, pos: int) -> str | None:
        """The side of the body a role is held in (``a ministry spokesman``, ``a mission
        spokesman``): the last body of that kind the text named before ``pos`` (``The
        defence ministry said``, ``the OSCE's monitoring mission``), else, for a state's
        organ, the state whose organ that is; None when the role names no body."""
        if role is None or not role.endswith(f" {noun}"):
            return None
        body = role[: -len(noun) - 1].lower()
        if body not in self.lex.bodies:
            return None  # "senior spokesman", "Kremlin spokesman": no body's kind
        earlier = self.discourse.with_role(body, pos, by_name=True)
        if earlier is None and body.endswith(_MINISTRY):
            # "Infrastructure Minister Kubrakov wrote … a ministry spokeswoman told us": the
            # ministry of the minister who spoke last.
            earlier = self.discourse.with_role(_MINISTER, pos)
        if earlier is not None and earlier.actor != UNKNOWN_ACTOR:
            return earlier.actor
        return self.owners.institution(body, pos)

    def _titled_person(self, noun: str, pos: int) -> str | None:
        """The side of the last person the text named right after a title holding
        ``noun`` (``UN envoy Ismail Ould Cheikh Ahmed``, ``Foreign Minister X``) before
        ``pos``, among the last few gazetteer mentions; None when there is none."""
        text = self.text
        for mention in self.reader.mentions_before(pos, _TITLED_LOOKBACK):
            if mention.kind != "person":
                continue
            title = text[max(0, mention.start - _TITLE_SPAN) : mention.start].lower().split()
            if noun in title[-2:]:
                return mention.actor
        return None

    def _led_by(self, noun: str, pos: int) -> str | None:
        """The actor that leads a body of this noun the narration named before ``pos``
        (``the US-led coalition``, ``the Saudi-led coalition``), or None."""
        text = self.text
        at = text.rfind(f"-led {noun}", max(0, pos - _LED_WINDOW), pos)
        if at == -1:
            return None
        leader = text[text.rfind(" ", 0, at) + 1 : at]
        return self.gazetteer.lookup(leader)

    def _bare_state_source(self, phrase: Phrase, noun: str) -> bool:
        """Whether a phrase is a state source (``officials``) with at most a count or a
        rank before it (``Some officers``, ``A senior official``) and nothing after, not
        even a ``on both sides`` the phrase was cut before."""
        lex = self.lex
        words = phrase.text.lower().split()
        if noun not in lex.state_sources or not words or words[-1] not in (noun, f"{noun}s"):
            return False
        if _OF_BOTH.match(self.text, phrase.end):
            return False
        quantifiers = self.grammar.quantifiers
        return all(w in quantifiers or w in lex.state_source_ranks for w in words[:-1])

    def _office_of_a_state_role(self, written: str, noun: str) -> bool:
        """Whether a body is named after an office only a state has (``the office of
        the commander-in-chief``, ``the office of the president``)."""
        low = written.lower()
        cut = low.find(f"{noun} of ")
        if cut == -1:
            return False  # most bodies are named by their noun alone
        holder = low[cut + len(noun) + 4 :].removeprefix("the ").strip()
        return holder in self.lex.state_roles

    def _posted_side(self, phrase: Phrase) -> str | None:
        """The side holding the town a serving source is posted in (``Officials in
        Stepanakert``, ``a battalion commander near Avdiivka``): the town must follow a
        serving source's noun and a locating preposition. Posted in "his office", the
        source serves the person the pronoun points back to."""
        lex = self.reader.lex
        text = phrase.text
        low = text.lower()
        for prep in _POSTED:
            at = low.find(prep)
            if at < 0:
                continue
            words = low[:at].split()
            after = low[at + len(prep) :].split(None, 1)
            if words and words[-1] in lex.serving_sources and after and after[0] in lex.possessives:
                # "Officials in his office", "sources in her ministry": the side of the
                # person the pronoun points back to, as "his aides" would be.
                return self._holder(after[0], phrase.start)
        for place in lex.place_pattern.finditer(text):
            before = text[: place.start()].lower()
            posted = next((p for p in _POSTED if before.endswith(p)), None)
            if posted is None:
                continue
            words = before[: -len(posted)].split()
            if words and words[-1] in lex.serving_sources:
                return lex.place_actors[place.group(0)]
        return None

    def _bare_employee(self, written: str, noun: str, anaphor: bool) -> bool:
        """Whether a phrase is only a spokesperson (``a spokesman``): no owner, body or
        side of its own (not ``a ministry spokesman``, ``a spokesman for Maersk``)."""
        words = written.lower().split()
        return (
            not anaphor
            and noun in self.lex.employee_roles
            and len(words) == 2
            and words[1] == noun
            and words[0] in ("a", "an")
        )

    def _many_states(self, written: str, noun: str) -> bool:
        """Whether a phrase names several states by the plural of a state organ
        (``Several governments``, ``Western governments``), not a pair (``both``)."""
        low = written.lower()
        return (
            noun in self.lex.state_organs
            and low.endswith(noun + "s")
            and low.split()[0] not in ("both", "the", "two")
        )

    def _described_as(self, noun: str, pos: int, holders: frozenset[str] | None) -> Entity | None:
        """The body last described by ``noun`` as a word of its role: ``The monitor says``
        after ``the Syrian Observatory, a Britain-based war monitor, said``."""
        earlier = self.discourse.with_role(noun, pos, actors=holders)
        if earlier is None or noun not in (earlier.role or "").lower().split():
            return None  # "side" inside "president" is no description
        return earlier

    def _same_body(self, noun: str, pos: int) -> str | None:
        """The side of the body named ``noun`` (``health ministry``) the text named last
        before ``pos``, when it gave it one."""
        earlier = self.discourse.with_role(noun, pos, by_name=True)
        if earlier is None or earlier.actor == UNKNOWN_ACTOR:
            return None
        return earlier.actor

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
        found = self.reader.actors_in(
            Phrase(phrase.start, link, phrase.text[: link - phrase.start])
        )
        if not self.text[phrase.start : link].rstrip().endswith(" close to"):
            return found
        for mention in self.reader.in_mentions(link, phrase.end):
            attributive = mention.kind == "capital" and self.text[
                max(link, mention.start - 4) : mention.start
            ].lower().endswith("the ")
            if not attributive and mention.kind != "demonym":
                found.append((mention.actor, mention.kind))
        return found

    def same_sources(self, noun: str, pos: int) -> Resolved | None:
        """``according to people familiar with the matter … the people said``: the
        unnamed sources the text introduced by that noun before."""
        earlier = self.discourse.with_role("source", pos)
        if earlier is None or noun not in earlier.name.lower().split():
            return None
        speaker = Speaker(earlier.name, earlier.actor, earlier.role)
        return Resolved(speaker, earlier.kind, None, min(earlier.confidence, 0.7))

    def one_of(self, word: str, pos: int) -> Resolved | None:
        """``Several senators said … One, who asked not to be named, said``: one of the
        group last quoted speaks for its side."""
        entity = self.discourse.salient(pos, ("group", "person"), None)
        if entity is None or not entity.name:
            return self._one_of_counted(word, pos)
        last = base(entity.name.split()[-1])
        if entity.kind == "person" and singular(last) == last:
            # One person is no group to pick one from: the nearest group named may be.
            entity = next((e for e in reversed(self.discourse.before(pos)[-6:]) if many(e)), None)
            if entity is None:
                return self._one_of_counted(word, pos)
        speaker = Speaker(word, entity.actor, entity.role)
        return Resolved(speaker, "person", None, min(entity.confidence, 0.7))

    def _one_of_counted(self, word: str, pos: int) -> Resolved | None:
        """``Two of the employees have left. One of them …, said``: one of a group the
        narration just counted, who speaks for the article's home side if it has one."""
        lead = self.text[max(0, pos - _COUNTED_WINDOW) : pos]
        if _COUNTED.search(lead) is None:
            return None
        found, confidence = self.reader.fallback(None, 0.6)
        return Resolved(Speaker(word, found, None), "person", None, min(confidence, 0.6))

    def _one_of_sources(self, noun: str, pos: int) -> str | None:
        """``Indian government sources push back. …, one official tells us``: one of the
        unnamed sources (or ``officials``) the narration named just before, with the side
        the words right before that plural gave them."""
        lead = self.text[max(0, pos - _COUNTED_WINDOW) : pos]
        plurals = {noun + "s", "sources"} if singular(noun) == noun else set()
        last = max((lead.rfind(" " + p) for p in plurals), default=-1)
        if last == -1:
            return self._one_of_colleagues(noun, pos)
        at = max(0, pos - _COUNTED_WINDOW) + last
        mentions = [m for m in self.reader.in_mentions(max(0, at - 30), at) if m.end >= at - 12]
        return mentions[-1].actor if mentions else None

    def _paired_groups(self, pos: int) -> str | None:
        """``a joint statement from the RUF and the Civil Defence Force … The groups
        said``: the pair of non-state actors the text joined with "and" last before
        ``pos`` (the first of them, as for ``both sides``); not when a crowd of groups
        (``aid groups``) spoke before, nor when the pair are states."""
        if self.discourse.with_role("groups", pos, by_name=True) is not None:
            return None  # "Aid groups said … The groups said": the same crowd
        pair = first_of_pair(self.reader, pos)
        if pair is None or pair in self.gazetteer.states:
            return None
        return pair

    def _one_of_colleagues(self, noun: str, pos: int) -> str | None:
        """``British diplomats … warned that … "…," one official said``: one of the group
        of colleagues (``colleagues``: officials, diplomats, negotiators) quoted last
        before ``pos``, with no person quoted in between, speaks for that group's side."""
        colleagues = self.lex.colleagues
        if noun not in colleagues:
            return None  # "one resident", "one woman": no one's colleague
        for entity in reversed(self.discourse.before(pos, _COLLEAGUES_WINDOW)):
            if many(entity):
                head = base(entity.name.split()[-1]).lower()
                if head in colleagues and entity.actor != UNKNOWN_ACTOR:
                    return entity.actor
                return None  # "residents said": one official is none of them
            if entity.kind == "person":
                return None  # someone spoke in between: whose colleague is unclear
        return None


def many(entity: Entity) -> bool:
    """Whether an entity is several people (``two officials``, ``Republican senators``)."""
    if entity.kind == "group":
        return True
    if entity.kind != "person" or not entity.name:
        return False
    last = entity.name.split()[-1]
    # A common noun in the plural; a name ending in "s" ("Jeffries") is one person.
    return last.islower() and singular(base(last)) != base(last)
