"""What an article has mentioned so far: people, bodies and groups, by position.

Short references and pronouns are resolved against this memory: ``he`` to the last man
who led a clause, ``Park`` to the Park Ji-hoon named before, ``the spokesman`` to the
last speaker with that role. It lives for one article only.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final, Literal, NamedTuple

from processors.model import UNKNOWN_ACTOR

EntityKind = Literal["person", "body", "group"]


class Entity(NamedTuple):
    """Someone the article has mentioned, kept for later short references."""

    pos: int
    name: str
    actor: str
    role: str | None
    kind: EntityKind
    gender: str | None
    subject: bool | None
    """Whether it leads its clause; None until a pronoun needs to know."""
    confidence: float = 0.9
    end: int = -1


@dataclass(slots=True)
class Discourse:
    """Per-article memory of mentioned people, bodies and groups, ordered by position."""

    entities: list[Entity] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    subject_test: Callable[[Entity], bool] | None = None
    """Decides ``subject`` for entities added without it (checked lazily: it is rare)."""
    prepare: Callable[[], None] | None = None
    """Adds the narration's titled people the first time a short reference is read."""
    by_name: dict[str, _Timeline] = field(default_factory=dict)
    """People by the last word of their name, and (``" " + first word``) by the first."""
    particles: tuple[str, ...] = ()
    """Particles joined to a family name by a hyphen (``al-``, ``el-``): a later short
    reference may drop them (``Mekhlafi`` for Abdulmalik al-Mekhlafi)."""
    newest_first: bool = False
    """A live blog written from the newest entry down: a short reference with no one of
    that name above it means the person the text introduces further down."""

    def _ready(self) -> None:
        if self.prepare is not None:
            prepare, self.prepare = self.prepare, None
            prepare()

    def add(self, entity: Entity) -> None:
        """Remember an entity at its position in the text."""
        positions = self.positions
        if positions and positions[-1] > entity.pos:
            _insert(positions, self.entities, entity)
        else:  # the usual case: the text is read in order
            positions.append(entity.pos)
            self.entities.append(entity)
        if entity.kind == "person":
            parts = entity.name.split()
            # "An aide to Lowell" is a description: a later "Lowell" is not the aide.
            if parts and parts[0].lower() not in _DESCRIPTION_OPENERS:
                self._add_named(parts[-1], entity)
                if len(parts) > 1:
                    self._add_named(" " + parts[0], entity)
                # "Murad" after "Al Haj Murad Ebrahim": a name after an honorific or a
                # given name is used alone too; kept with the first words. Only in a
                # name all capitalised ("leader of the Renamo Military Junta" is none).
                if len(parts) > 2 and all(part[:1].isupper() for part in parts):
                    for part in parts[1:-1]:
                        if len(part) > 2 and part.isalpha():
                            self._add_named(" " + part, entity)

    def _add_named(self, key: str, entity: Entity) -> None:
        timeline = self.by_name.get(key)
        if timeline is None:
            self.by_name[key] = ([entity.pos], [entity])
        else:
            _insert(*timeline, entity)

    def before(self, pos: int, window: int = 2500) -> list[Entity]:
        """Entities mentioned before ``pos`` (nearest last), within ``window`` characters."""
        lo = bisect.bisect_left(self.positions, pos - window)
        hi = bisect.bisect_left(self.positions, pos)
        return self.entities[lo:hi]

    def salient(self, pos: int, kinds: tuple[EntityKind, ...], gender: str | None) -> Entity | None:
        """What a pronoun at ``pos`` most likely means: the last fitting clause subject."""
        self._ready()
        # The six nearest fitting entities, nearest first.
        fitting = self._fitting(pos, kinds, _FITS.get(gender))
        if not fitting and gender == "m":
            # "Nicola Bruni … He said": a given name in -a is only a guess at a woman.
            fitting = self._fitting(pos, kinds, ("m", None, GUESSED_F))
        for entity in fitting:
            subject = entity.subject
            if subject is None and self.subject_test is not None:
                subject = self.subject_test(entity)
            if subject:
                return entity
        return fitting[0] if fitting else None

    def _fitting(
        self, pos: int, kinds: tuple[EntityKind, ...], genders: tuple[str | None, ...] | None
    ) -> list[Entity]:
        """The six nearest entities before ``pos`` of one of ``kinds`` and ``genders``."""
        fitting: list[Entity] = []
        for e in reversed(self.before(pos)):
            if e.kind in kinds and (genders is None or e.gender in genders):
                fitting.append(e)
                if len(fitting) == 6:
                    break
        return fitting

    def named(self, surname: str, pos: int, complete: bool = True) -> Entity | None:
        """An earlier person called ``surname``: John Smith for Smith, Park Ji-hoon for Park.

        The family name is usually the last word, but some naming orders put it first.
        ``complete=False`` looks only at what is remembered so far (used while seeding).
        """
        if complete:
            self._ready()
        found = self._named_by(surname, pos)
        if found is None and surname[:1].isupper():
            # "Mekhlafi" after "Abdulmalik al-Mekhlafi", "Sisi" after "Abdel Fattah
            # el-Sisi": the particle is left out, in either case it was written in.
            for particle in self.particles:
                for written in (particle, particle.capitalize()):
                    found = found or self._named_by(written + surname, pos)
        return found

    def _named_by(self, surname: str, pos: int) -> Entity | None:
        """The last person before ``pos`` remembered under ``surname`` (last or first word)."""
        for key in (surname, " " + surname):
            timeline = self.by_name.get(key)
            if timeline is not None:
                index = bisect.bisect_left(timeline[0], pos)
                found = timeline[1][index - 1] if index else None
                if self.newest_first and (found is None or found.actor == UNKNOWN_ACTOR):
                    # Named above with no side, or not at all: the introduction below.
                    found = _introduced(timeline[1][index:]) or found
                if found is not None:
                    return found
        return None

    def most_named(self, pos: int) -> Entity | None:
        """The person named most often before ``pos`` (the first named, on a tie), as
        last mentioned: whom an interview or profile is about."""
        self._ready()
        best: tuple[int, int] | None = None
        found: Entity | None = None
        for key, (positions, entities) in self.by_name.items():
            if key.startswith(" "):
                continue  # the same people by their first word
            count = bisect.bisect_left(positions, pos)
            if not count:
                continue
            rank = (count, -positions[0])
            if best is None or rank > best:
                best, found = rank, entities[count - 1]
        return found

    def with_role(
        self,
        role: str,
        pos: int,
        by_name: bool = False,
        actors: frozenset[str] | None = None,
    ) -> Entity | None:
        """The last speaker whose role (or name) holds ``role``: ``the spokesman``.

        ``actors``: only one that speaks for one of them (``the army`` is a state's, not
        the National Liberation Army named before).
        """
        self._ready()
        for entity in reversed(self.before(pos)):
            label = entity.name if by_name else entity.role
            if label and role in label.lower() and (actors is None or entity.actor in actors):
                return entity
        return None


GUESSED_F: Final = "f?"
"""The gender of a person whose given name ends in -a (Maria, but also Nicola): a guess."""
# The genders a pronoun's gender takes in (None: not known).
_FITS: Final[dict[str | None, tuple[str | None, ...]]] = {
    "m": ("m", None),
    "f": ("f", GUESSED_F, None),
}

# Articles that open a description of a person, never a name.
_DESCRIPTION_OPENERS: Final = frozenset(("a", "an", "the", "one", "another"))

_Timeline = tuple[list[int], list[Entity]]
"""Positions and the entities at them, in text order."""


def _introduced(entities: list[Entity]) -> Entity | None:
    """The first of ``entities`` named in full with a known side (``Alexander Lebed``, the
    security council secretary), not a short reference read before it."""
    for entity in entities:
        if " " in entity.name and entity.actor != UNKNOWN_ACTOR:
            return entity
    return None


def _insert(positions: list[int], entities: list[Entity], entity: Entity) -> None:
    """Put ``entity`` in its place: after everything at or before its position."""
    if not positions or positions[-1] <= entity.pos:
        positions.append(entity.pos)
        entities.append(entity)
        return
    index = bisect.bisect_right(positions, entity.pos)
    positions.insert(index, entity.pos)
    entities.insert(index, entity)


def base(word: str) -> str:
    """A token without a possessive ending or a sentence-final stop, lower case."""
    if word.endswith(("'s", "\u2019s")):
        word = word[:-2]
    elif word.endswith(("s'", "s\u2019")):
        word = word[:-1]
    if word.endswith(".") and len(word) > 3 and word.count(".") == 1:
        word = word[:-1]
    return word.lower()


def singular(word: str) -> str:
    """Crude singular for role and source nouns: officials -> official."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def is_possessive(word: str) -> bool:
    """``Ukraine's``, ``allies'``."""
    return word.endswith(("'s", "\u2019s", "s'", "s\u2019"))
