"""The actor gazetteer: names, demonyms, capitals and people mapped to canonical actor ids.

The data lives in ``processors/data/actors.json``; ``load_gazetteer`` reads it once at
start-up and the returned ``Gazetteer`` is immutable and cheap to share. An entry may also
say ``no_side`` (what kind of body it is, such as a war monitor): such a body is read by its
name but is no side of a war (``Gazetteer.sideless``).

A name can change hands: "the Taliban" were the insurgents fighting the Afghan government
until they took Kabul on 15 August 2021, and the Afghan state after. An entry's ``dated``
groups hold such aliases with the ``since`` and/or ``until`` day (ISO dates, ``until``
exclusive) between which they are that actor's. The loader builds one whole gazetteer per
period between those days; ``Gazetteer.as_of`` picks an article's by its ``published``
date, so a lookup costs what it always did. An undated article gets the latest period's,
today's mapping. The latest period's is built at start-up; an earlier one the first time an
article of its period asks for it (an ``EarlierPeriod``), since each files thousands of
names (``processors.alias_scan``) and most runs read current news only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Final, Literal, NamedTuple

from processors.alias_scan import AliasIndex, build_alias_index, find_aliases
from processors.introductions import IntroductionRules, introduced, load_introduction_rules

AliasKind = Literal["name", "demonym", "capital", "person", "institution"]
_ETHNIC: Final = frozenset({"ethnic ", "Ethnic "})
# The capitalised noun of a local unit's name after a demonym ("Dane County", "Indian
# River County" is not caught): the demonym names a place there, not a state's people.
_LOCAL_UNITS: Final = (" County", " Parish", " Township", " Borough")
_ISO3: Final = re.compile(r"[A-Z]{3}")
# An upper-case word of two letters or more beside a match, across a space or a mark or two.
_KIND_OF_FIELD: Final[Mapping[str, AliasKind]] = {
    "names": "name",
    "demonyms": "demonym",
    "capitals": "capital",
    "people": "person",
    "institutions": "institution",
}


class ActorMention(NamedTuple):
    """An alias found in a text: where it stands, what it says and whose it is."""

    start: int
    end: int
    alias: str
    actor: str
    kind: AliasKind


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Maps aliases (case-sensitive proper nouns) to canonical actor ids."""

    aliases: Mapping[str, tuple[str, AliasKind]]
    index: AliasIndex
    """The aliases the text is scanned for (all but ``bare`` ids), filed for finding."""
    given_names: Mapping[str, frozenset[str]]
    """Surname aliases of people (``Bennett``) -> the given names their full aliases use
    (``Naftali``): ``Laura Bennett`` is someone else."""
    states: frozenset[str] = frozenset()
    """The actors that are states: an ISO 3166 code with a capital or a demonym."""
    sideless: frozenset[str] = frozenset()
    """Bodies that take no side in a war (an entry with ``no_side``, such as a war monitor):
    their name is read whole, so its demonym names no state, yet they are no side of an
    agreement and a speaker of theirs is ``UNKNOWN`` (DESIGN.md: side cannot be told)."""
    eras: tuple[tuple[date, EarlierPeriod], ...] = ()
    """The earlier periods, oldest first, each with the day it ends (exclusive); this
    gazetteer is the latest period's."""
    spellings: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Acronym -> the names (``name`` or ``institution`` aliases) whose words' initials
    spell it ("EMC" -> "Estado Mayor Central"): a quick test before an article's unknown
    acronym is searched for as a name written out."""
    introductions: IntroductionRules | None = None
    """How an article introduces an armed group the gazetteer lacks (``processors.
    introductions``): ``scan_mentions`` then gives its uses that article's actor id."""

    def as_of(self, when: datetime | None) -> Gazetteer:
        """The gazetteer of the period ``when`` (an article's publication time) falls in;
        this one, the latest, when it is not known."""
        if when is None or not self.eras:
            return self
        day = (when.astimezone(UTC) if when.tzinfo is not None else when).date()
        for end, period in self.eras:
            if day < end:
                return period.gazetteer()
        return self

    def lookup(self, alias: str) -> str | None:
        """The actor id of an alias as written, or None."""
        hit = self.aliases.get(alias.strip())
        return hit[0] if hit else None

    def kind_of(self, alias: str) -> AliasKind | None:
        """What kind of alias this is (person, capital, ...), or None."""
        hit = self.aliases.get(alias.strip())
        return hit[1] if hit else None

    def mentions(self, text: str, start: int = 0, end: int | None = None) -> Iterator[ActorMention]:
        """Every alias in ``text[start:end]``, longest match first at each position."""
        stop = len(text) if end is None else end
        for at, alias in find_aliases(self.index, text, start, stop):
            actor, kind = self.aliases[alias]
            if kind == "demonym" and (
                _after_ethnic(text, at) or text.startswith(_LOCAL_UNITS, at + len(alias))
            ):
                continue
            yield ActorMention(at, at + len(alias), alias, actor, kind)


class EarlierPeriod:
    """The gazetteer of a period before the latest, built when first asked for.

    Building one files its thousands of aliases; a run that reads only current news
    never pays for it. The one mutable thing in the gazetteer: the
    built table, kept once made, is the same whenever it is made.
    """

    def __init__(
        self,
        entries: Mapping[str, Mapping[str, list[str]]],
        introductions: IntroductionRules | None = None,
    ) -> None:
        self._entries = entries
        self._introductions = introductions
        self._built: Gazetteer | None = None

    def gazetteer(self) -> Gazetteer:
        """This period's gazetteer."""
        if self._built is None:
            built = build_gazetteer(self._entries)
            self._built = replace(built, introductions=self._introductions)
        return self._built


def scan_mentions(gazetteer: Gazetteer, text: str) -> tuple[ActorMention, ...]:
    """Every alias in ``text``, as ``Gazetteer.mentions`` finds them, in one tuple.

    The statement and agreement extractors both need an article's mentions: scanning
    once and sharing the tuple spares the second scan, the dearest part of it. An armed
    group the article introduces itself (``Gazetteer.introductions``) is read here too,
    as an alias of its own; the gazetteer's mentions inside its names give way to it.
    """
    aliases = gazetteer.aliases
    # ``tuple.__new__`` builds the named tuple without its Python-level constructor.
    new = tuple.__new__
    found: list[ActorMention] = []
    for start, alias in find_aliases(gazetteer.index, text, 0, len(text)):
        actor, kind = aliases[alias]
        if kind == "demonym" and (
            _after_ethnic(text, start) or text.startswith(_LOCAL_UNITS, start + len(alias))
        ):
            continue
        # Spelt out: a tuple built by unpacking goes through a list.
        found.append(new(ActorMention, (start, start + len(alias), alias, actor, kind)))
    if gazetteer.introductions is not None:
        minted = introduced(
            text, aliases, gazetteer.states, gazetteer.introductions, gazetteer.spellings
        )
        if minted:
            return _with_minted(found, minted)
    return tuple(found)


def _after_ethnic(text: str, start: int) -> bool:
    """Whether "ethnic" comes right before ``start``: "ethnic Albanian villagers",
    "ethnic Russians" name a people, not the state's side."""
    return text[max(start - 7, 0) : start] in _ETHNIC


def _with_minted(
    found: list[ActorMention], minted: list[tuple[int, int, str, str]]
) -> tuple[ActorMention, ...]:
    """The gazetteer's mentions and an article's own groups' (``introductions``) in text
    order; a gazetteer mention inside a group's name ("Mozambican" in "the Mozambican
    National Resistance") is part of that name."""
    spans = [(start, end) for start, end, _, _ in minted]
    kept = [
        hit
        for hit in found
        if not any(start <= hit.start and hit.end <= end for start, end in spans)
    ]
    taken = [(hit.start, hit.end) for hit in kept]
    for start, end, alias, actor in minted:
        # A longer gazetteer name around it stays ("the Tigers" in a name it knows).
        if not any(lo <= start and end <= hi for lo, hi in taken):
            kept.append(ActorMention(start, end, alias, actor, "name"))
    kept.sort(key=lambda hit: hit.start)
    return tuple(kept)


def build_gazetteer(entries: Mapping[str, Mapping[str, list[str]]]) -> Gazetteer:
    """Build a gazetteer from ``{actor: {"names": [...], "people": [...], ...}}``."""
    aliases: dict[str, tuple[str, AliasKind]] = {}
    listed = {
        value for fields in entries.values() for values in fields.values() for value in values
    }
    for actor, fields in entries.items():
        aliases.setdefault(actor, (actor, "name"))
        for field_name, values in fields.items():
            kind = _KIND_OF_FIELD.get(field_name)
            if kind is None:
                continue
            for value in values:
                aliases.setdefault(value, (actor, kind))
                # "the Kremlin" is also written "The Kremlin" at a sentence start.
                if value.startswith("the "):
                    aliases.setdefault("The " + value[4:], (actor, kind))
    lower = [alias for alias in aliases if alias[:1].islower()]
    bare = frozenset(actor for actor in entries if actor not in listed)
    # An id the entry does not list as a name of its own is a code, not a word that
    # news writes: "the NGA" is the governors' association, "USA Today" a paper.
    scanned = [alias for alias in aliases if not alias[:1].islower() and alias not in bare]
    return Gazetteer(
        aliases=aliases,
        index=build_alias_index(scanned, lower),
        given_names=_given_names(aliases),
        states=frozenset(
            actor
            for actor, fields in entries.items()
            if _ISO3.fullmatch(actor) and ("capitals" in fields or "demonyms" in fields)
        ),
        sideless=frozenset(actor for actor, fields in entries.items() if "no_side" in fields),
        spellings=_spellings(aliases),
    )


def _spellings(aliases: Mapping[str, tuple[str, AliasKind]]) -> dict[str, tuple[str, ...]]:
    """``Gazetteer.spellings``: capitalised names and institutions by the capitals of
    their words' initials, for the names whose initials are all letters A-Z."""
    spelt: dict[str, list[str]] = {}
    for alias, (_, kind) in aliases.items():
        if kind not in ("name", "institution") or not alias[:1].isupper():
            continue
        initials = "".join(word[0] for word in alias.split()).upper()
        if len(initials) >= 3 and initials.isascii() and initials.isalpha():
            spelt.setdefault(initials, []).append(alias)
    return {initials: tuple(names) for initials, names in spelt.items()}


def _given_names(aliases: Mapping[str, tuple[str, AliasKind]]) -> dict[str, frozenset[str]]:
    """``Gazetteer.given_names``: for each one-word person alias, the first words of the
    longer person aliases of the same actor that end in it."""
    given: dict[str, set[str]] = {}
    for alias, (actor, kind) in aliases.items():
        words = alias.split()
        if kind != "person" or len(words) < 2:
            continue
        if aliases.get(words[-1]) == (actor, "person"):
            given.setdefault(words[-1], set()).add(words[0])
    return {surname: frozenset(names) for surname, names in given.items()}


def build_dated_gazetteer(
    raw: Mapping[str, Mapping[str, object]], introductions: IntroductionRules | None = None
) -> Gazetteer:
    """Build the gazetteer of every period the ``dated`` groups of ``raw`` mark out (see the
    module docstring): the latest period's, with the earlier ones as its ``eras``; each
    reads ``introductions`` (``Gazetteer.introductions``)."""
    groups = {actor: _dated_groups(fields.get("dated", ())) for actor, fields in raw.items()}
    bounds = sorted(
        {day for spans in groups.values() for since, until, _ in spans for day in (since, until)}
        - {date.min, date.max}
    )
    # Each period is read on its first day; the first period on the day before the first bound.
    firsts = [bounds[0] - timedelta(days=1), *bounds] if bounds else [date.max - timedelta(1)]
    latest = build_gazetteer(_entries_on(raw, groups, firsts[-1]))
    latest = replace(latest, introductions=introductions)
    if len(firsts) == 1:
        return latest
    earlier = [EarlierPeriod(_entries_on(raw, groups, day), introductions) for day in firsts[:-1]]
    return replace(latest, eras=tuple(zip(bounds, earlier, strict=True)))


_DatedGroup = tuple[date, date, dict[str, list[str]]]


def _dated_groups(value: object) -> list[_DatedGroup]:
    """An entry's ``dated`` groups as (since, until, alias fields), open ends as the
    earliest and latest days there are."""
    groups: list[_DatedGroup] = []
    for group in value if isinstance(value, list) else ():
        since = group.get("since")
        until = group.get("until")
        fields = {
            name: [str(alias) for alias in aliases]
            for name, aliases in group.items()
            if isinstance(aliases, list)
        }
        groups.append(
            (
                date.fromisoformat(since) if since else date.min,
                date.fromisoformat(until) if until else date.max,
                fields,
            )
        )
    return groups


def _entries_on(
    raw: Mapping[str, Mapping[str, object]], groups: Mapping[str, list[_DatedGroup]], day: date
) -> dict[str, dict[str, list[str]]]:
    """The gazetteer entries that hold on ``day``: every undated alias, and the dated ones
    whose period covers it. An entry with only dated aliases, none of them current, is left
    out: its id is no word of that period's news."""
    entries: dict[str, dict[str, list[str]]] = {}
    for actor, fields in raw.items():
        entry = {
            name: [str(alias) for alias in values]
            for name, values in fields.items()
            if name != "dated" and isinstance(values, list)
        }
        current = [spans for since, until, spans in groups[actor] if since <= day < until]
        if groups[actor] and not current and not any(entry.get(f) for f in _KIND_OF_FIELD):
            continue
        for spans in current:
            for name, aliases in spans.items():
                entry[name] = [*entry.get(name, []), *aliases]
        entries[actor] = entry
    return entries


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """Read the gazetteer file (the packaged one unless ``path`` is given)."""
    if path is None:
        raw = resources.files("processors").joinpath("data/actors.json").read_text("utf-8")
    else:
        raw = path.read_text(encoding="utf-8")
    entries: dict[str, dict[str, object]] = json.loads(raw)
    return build_dated_gazetteer(entries, load_introduction_rules())
