"""The speech lexicon: reporting verbs, speaker words and attribution patterns.

The words live in ``processors/data/speech.json``; ``load_speech_lexicon`` reads the file
once at start-up and compiles every pattern, so extraction itself only runs them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from processors.text import trie_pattern


@dataclass(frozen=True, slots=True)
class Grammar:
    """Function words the rules read, and the structural patterns built from them."""

    links: frozenset[str]
    """Words that join the parts of one noun phrase: ``a spokesman for the ministry``."""
    right_links: frozenset[str]
    function_caps: frozenset[str]
    """Capitalised words that open a sentence without starting a name."""
    relatives: frozenset[str]
    articles: frozenset[str]
    definite: frozenset[str]
    prepositions: frozenset[str]
    object_pronouns: frozenset[str]
    call_objects: frozenset[str]
    intro_words: frozenset[str]
    name_particles: tuple[str, ...]
    boundary: re.Pattern[str]
    """Where a clause starts: punctuation or a subordinating word."""
    coordination: re.Pattern[str]
    """``... and`` right before a verb whose subject is the clause's."""
    participle_lead: re.Pattern[str]
    new_clause: re.Pattern[str]
    """``; X said`` or ``, while X said``: a new clause with its own subject."""
    new_verb: re.Pattern[str]
    clause_tail: re.Pattern[str]
    """What may follow a trailing attribution: ``..., X said, after ...``."""
    aside: re.Pattern[str]
    """A parenthetical adverb between a verb and its ``that``."""
    intro_place: re.Pattern[str]
    """``In Kherson,`` before a speaker: where the speaker is."""
    np_end: re.Pattern[str]
    """Where a noun-phrase content ends: a clause break or a new coordinated verb."""


@dataclass(frozen=True, slots=True)
class SpeechLexicon:
    """Everything ``extract_statements`` needs to know about how news reports speech."""

    verbs: Mapping[str, tuple[str, str]]
    """Written form (lower case, single spaces) -> (lemma, frame)."""
    verb_pattern: re.Pattern[str]
    according_pattern: re.Pattern[str]
    adjunct_pattern: re.Pattern[str]
    """Anchored: a time, place or medium phrase right after a verb (``on Tuesday``)."""
    listener_pattern: re.Pattern[str]
    """Anchored: who was told (``reporters``, ``the Security Council``)."""
    retro_pattern: re.Pattern[str]
    """``The announcement, made by`` ...: attribution of the previous sentence."""
    titled_pattern: re.Pattern[str]
    """A role word and the name it introduces: ``Minister Park Ji-hoon``."""
    cue_pattern: re.Pattern[str]
    cue_actors: Mapping[str, str]
    party_marker: re.Pattern[str]
    place_pattern: re.Pattern[str]
    """Places that tell a speaker's side (Kherson, Michigan) without being actors."""
    place_actors: Mapping[str, str]
    home_share: float
    """Share of actor mentions that makes an article domestic to one actor."""
    home_min: int
    media: frozenset[str]
    adverbs: frozenset[str]
    time_words: frozenset[str]
    blockers_before: frozenset[str]
    blockers_after: frozenset[str]
    noun_markers: frozenset[str]
    """Words that make a following form a noun: ``the claims``, ``his remarks``."""
    pronouns: Mapping[str, str]
    determiners: frozenset[str]
    person_roles: frozenset[str]
    titles: frozenset[str]
    bodies: frozenset[str]
    documents: frozenset[str]
    sources: frozenset[str]
    non_speakers: frozenset[str]
    retro_nouns: Mapping[str, str]
    speech_objects: frozenset[str]
    clause_cues: frozenset[str]
    abbreviations: frozenset[str]
    female_names: frozenset[str]
    male_names_in_a: frozenset[str]
    female_roles: frozenset[str]
    male_roles: frozenset[str]
    grammar: Grammar


def _alternation(words: Iterable[str]) -> str:
    """Longest first, so ``pointed to`` wins over ``pointed``; spaces match any blank."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _lower_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


# A name after its title: capitalised words, with the particles names carry.
_NAME = (
    r"((?:al-|el-)?[A-Z][\w'\u2019.\-]*"
    r"(?:\s+(?:(?:al|bin|bint|ibn|de|da|van|von|der|la|le)\s+)?"
    r"(?:al-|el-)?[A-Z][\w'\u2019.\-]*){0,3})"
)
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight"
_PROPER = r"[A-Z][\w'\u2019.\-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019.\-]*)*"


def _role_words(raw: Mapping[str, Any]) -> set[str]:
    """Single-word roles and titles, lower case and capitalised."""
    words = {w for w in raw["person_roles"] if " " not in w}
    words |= {w.capitalize() for w in words}
    return words | {t for t in raw["title_abbreviations"] if " " not in t}


def _adjunct_pattern(raw: Mapping[str, Any]) -> re.Pattern[str]:
    """``on Tuesday``, ``in a statement``, ``at a news conference in Kyiv``, ``last week``."""
    heads = _alternation(raw["adjunct_heads"] + raw["months"])
    preps = _alternation(raw["adjunct_preps"])
    time_phrase = (
        rf"(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?(?:{_DAYS})"
        r"(?:\s+(?:morning|afternoon|evening|night))?"
        r"|(?:earlier|later)(?:\s+(?:this|last|on|in)\s+\w+)?"
        r"|(?:last|this)\s+(?:week|month|year|weekend|morning|evening|night)"
        r"|\w+\s+(?:days|weeks|months)\s+ago"
    )
    return re.compile(
        rf"(?:,?\s*(?:(?:{preps})\s+(?:[\w'\u2019.\-]+\s+){{0,5}}?(?:{heads}|{_PROPER})"
        rf"(?:\s+\d{{1,2}})?(?:'s|\u2019s)?(?![\w-])|{time_phrase})(?![\w-])\s*,?)+"
    )


def _grammar(raw: Mapping[str, Any]) -> Grammar:
    openers = _alternation(raw["clause_openers"])
    coordinators = _alternation(raw["coordinators"])
    adverbs = _alternation(raw["coordination_adverbs"])
    new_clauses = _alternation(raw["new_clauses"])
    closing = '[\\u201d\\"]?'
    return Grammar(
        links=frozenset(raw["links"]),
        right_links=frozenset(raw["right_links"]),
        function_caps=frozenset(raw["function_caps"]),
        relatives=frozenset(raw["relatives"]),
        articles=frozenset(raw["articles"]),
        definite=frozenset(raw["definite"]),
        prepositions=frozenset(raw["prepositions"]),
        object_pronouns=frozenset(raw["object_pronouns"]),
        call_objects=frozenset(raw["call_objects"]),
        intro_words=frozenset(raw["intro_words"]),
        name_particles=tuple(raw["name_particles"]),
        boundary=re.compile(rf"[,;:\u201c\u201d\"\u2014\u2013]|\s(?:{openers})\s"),
        coordination=re.compile(rf"(?:,\s*)?\b(?:{coordinators})\s+(?:(?:{adverbs})\s+)?$"),
        participle_lead=re.compile(rf"(?:,|\b(?:{_alternation(raw['participle_leads'])}))\s*$"),
        new_clause=re.compile(rf"(?:;|,{closing}\s*and|,?{closing}\s*\b(?:{new_clauses})\b)\s*$"),
        new_verb=re.compile(rf"(?:,|\b(?:{coordinators})\b(?:\s+(?:{adverbs}))?)\s*$"),
        clause_tail=re.compile(rf",?\s*(?:(?:{_alternation(raw['clause_tails'])})\b|\w+ing\b)"),
        aside=re.compile(rf",\s*(?:{_alternation(raw['asides'])})\s*,"),
        np_end=re.compile(
            rf"\s*[,;:(\u2014\u2013]|\s+(?:{coordinators}|{new_clauses})\s+(?:also\s+)?\w+ed\b"
            rf"|\s+(?:{new_clauses})\s+"
        ),
        intro_place=re.compile(
            rf"(?:{_alternation(raw['intro_places'])})\s+(?:[A-Z][\w'\u2019.\-]*\s*){{1,3}},"
        ),
    )


def build_speech_lexicon(raw: Mapping[str, Any]) -> SpeechLexicon:
    """Compile a lexicon from the parsed JSON document."""
    verbs: dict[str, tuple[str, str]] = {}
    for lemma, entry in raw["verbs"].items():
        for form in entry["forms"]:
            verbs[form] = (lemma, entry["frame"])
    cue_actors = {cue: actor for actor, cues in raw["actor_cues"].items() for cue in cues}
    place_actors = {place: actor for actor, ps in raw["place_actors"].items() for place in ps}
    retro = (
        rf"(?:The|the|This|this|That|that|Its|its)\s+({_alternation(raw['retro_nouns'])}),?\s+"
        rf"(?:{_alternation(raw['retro_makers'])})\s+by\s+"
    )
    return SpeechLexicon(
        verbs=verbs,
        verb_pattern=re.compile(rf"(?<![\w-])(?:{trie_pattern(verbs, any_blank=True)})(?![\w-])"),
        according_pattern=re.compile(rf"(?<![\w-])(?:{_alternation(raw['according'])})\s+"),
        adjunct_pattern=_adjunct_pattern(raw),
        listener_pattern=re.compile(rf"\s*(?:{_alternation(raw['listeners'])})(?![\w-])"),
        retro_pattern=re.compile(retro),
        titled_pattern=re.compile(rf"(?<![\w-])(?:{trie_pattern(_role_words(raw))})\s+{_NAME}"),
        cue_pattern=re.compile(rf"(?<![\w-])(?:{_alternation(cue_actors)})(?![\w-])"),
        cue_actors=cue_actors,
        party_marker=re.compile(raw["us_party_marker"]),
        place_pattern=re.compile(rf"(?<![\w-])(?:{trie_pattern(place_actors)})(?![\w])"),
        place_actors=place_actors,
        home_share=float(raw["home_share"]),
        home_min=int(raw["home_min"]),
        media=frozenset(raw["media"]),
        adverbs=_lower_set(raw["adverbs"]),
        time_words=frozenset(raw["time_words"]),
        blockers_before=_lower_set(raw["blockers_before"]),
        blockers_after=_lower_set(raw["blockers_after"]),
        noun_markers=_lower_set(raw["noun_markers"]),
        pronouns=dict(raw["pronouns"]),
        determiners=_lower_set(raw["determiners"]),
        person_roles=_lower_set(raw["person_roles"]),
        titles=frozenset(raw["title_abbreviations"]),
        bodies=_lower_set(raw["bodies"]),
        documents=_lower_set(raw["documents"]),
        sources=_lower_set(raw["sources"]),
        non_speakers=_lower_set(raw["non_speakers"]),
        retro_nouns=dict(raw["retro_nouns"]),
        speech_objects=_lower_set(raw["speech_objects"]),
        clause_cues=_lower_set(raw["clause_cues"]),
        abbreviations=frozenset(raw["abbreviations"]),
        female_names=frozenset(raw["female_names"]),
        male_names_in_a=frozenset(raw["male_names_in_a"]),
        female_roles=_lower_set(raw["female_roles"]),
        male_roles=_lower_set(raw["male_roles"]),
        grammar=_grammar(raw["grammar"]),
    )


def load_speech_lexicon(path: Path | None = None) -> SpeechLexicon:
    """Read the speech lexicon (the packaged one unless ``path`` is given)."""
    if path is None:
        raw = resources.files("processors").joinpath("data/speech.json").read_text("utf-8")
    else:
        raw = path.read_text(encoding="utf-8")
    return build_speech_lexicon(json.loads(raw))
