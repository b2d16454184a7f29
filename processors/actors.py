"""The actor gazetteer: names, demonyms, capitals and people mapped to canonical actor ids.

The data lives in ``processors/data/actors.json``; ``load_gazetteer`` reads it once at
start-up and the returned ``Gazetteer`` is immutable and cheap to share.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal, NamedTuple

from processors.text import trie_pattern

AliasKind = Literal["name", "demonym", "capital", "person", "institution"]
_KIND_OF_FIELD: Mapping[str, AliasKind] = {
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
    pattern: re.Pattern[str]

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
        for match in self.pattern.finditer(text, start, stop):
            alias = match.group(0)
            actor, kind = self.aliases[alias]
            yield ActorMention(match.start(), match.end(), alias, actor, kind)


def scan_mentions(gazetteer: Gazetteer, text: str) -> tuple[ActorMention, ...]:
    """Every alias in ``text``, as ``Gazetteer.mentions`` finds them, in one tuple.

    The statement and agreement extractors both need an article's mentions: scanning
    once and sharing the tuple spares the second scan, the dearest part of it.
    """
    aliases = gazetteer.aliases
    # ``tuple.__new__`` builds the named tuple without its Python-level constructor.
    new = tuple.__new__
    found: list[ActorMention] = []
    for match in gazetteer.pattern.finditer(text):
        alias = match.group()
        found.append(new(ActorMention, (*match.span(), alias, *aliases[alias])))
    return tuple(found)


def build_gazetteer(entries: Mapping[str, Mapping[str, list[str]]]) -> Gazetteer:
    """Build a gazetteer from ``{actor: {"names": [...], "people": [...], ...}}``."""
    aliases: dict[str, tuple[str, AliasKind]] = {}
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
    # Possessive and plural forms are matched through the trailing boundary only.
    pattern = re.compile(rf"{trie_pattern(aliases, word_start=True)}(?![\w-])")
    return Gazetteer(aliases=aliases, pattern=pattern)


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """Read the gazetteer file (the packaged one unless ``path`` is given)."""
    if path is None:
        raw = resources.files("processors").joinpath("data/actors.json").read_text("utf-8")
    else:
        raw = path.read_text(encoding="utf-8")
    entries: dict[str, dict[str, list[str]]] = json.loads(raw)
    return build_gazetteer(entries)
