"""Armed groups an article introduces itself: actors of that article, gazetteer or not.

No gazetteer lists every armed group, but news introduces one it does not expect its
reader to know, in a way a reader recognises: a capitalised name with an armed-group head
word and its acronym ("the Kachin Independence Army (KIA)", "the Liberation Tigers of
Tamil Eelam ... the LTTE"), a group noun before its acronym ("the rebel group M23",
"former rebel movement RENAMO") or an armed noun after it ("RENAMO fighters"). A leader
titled by an unknown acronym ("RENAMO leader Afonso Dhlakama"), or the people it speaks
through ("a GAM commander said", "GAM officials"), introduce it too in war
news (an armed cue in the article), unless the article writes it as a party's ("the
ruling SLFP", "DMK lawmakers"). ``introduced`` finds such introductions of bodies the
gazetteer does not know and every later use of the acronym, the full name and a
distinctive short form ("the Tigers"), all given the acronym upper-cased as the actor id
(DESIGN.md: bodies get upper-case short names). ``actors.scan_mentions`` adds them to the
gazetteer's mentions, so speakers and agreement parties read them as they read the
gazetteer's. When unsure (a ministry, a monitoring mission, a state's army, a party),
nothing is minted.

The words live in ``processors/data/introductions.json`` (``load_introduction_rules``).
Most articles introduce nothing: a few substring searches tell so before any pattern runs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Final

from processors.text import trie_pattern

# An acronym in brackets right after a name: "(LTTE)", "(Renamo)", "(M23)".
_BRACKETED: Final = re.compile(r" \(([A-Z][A-Za-z0-9]{1,11})\)")
# A word of a name, or a connector inside one, as written before or after a head word.
_WORD: Final = re.compile(r"[\w'\u2019.-]+")
# A word in capitals: "LTTE", "RENAMO", "M23", or two joined by a hyphen, as a movement
# and its armed wing or a faction are written ("CNDD-FDD", "NSCN-IM"); what stands
# before it is checked apart: a look-behind here would be tried at every capital.
_CAPITALS: Final = re.compile(r"[A-Z][A-Z0-9]+(?:-[A-Z][A-Z0-9]*)*(?![\w-])")
# Each ASCII capital as "A", each digit as "0", any other byte as a blank: where a word
# in capitals can start, "AA" or "A0" stands in the text so translated (``_capital_runs``).
_CAPITAL_MASK: Final = bytes(
    65 if 65 <= code <= 90 else 48 if 48 <= code <= 57 else 32 for code in range(256)
)
# A faction's tag in brackets after its movement's acronym or name: "NSCN (I-M)",
# "NSCN (K)", "the National Socialist Council of Nagaland (Isak-Muivah)". Its parts are
# initials or capitalised words; an acronym in capitals ("(MFDC)") is the name's own.
_FACTION_TAG: Final = re.compile(r" \(((?:[A-Z][a-z]+|[A-Z])(?:-(?:[A-Z][a-z]+|[A-Z]))*)\)")
# Initials given to a group named in other words: "known by their Spanish initials EZLN",
# "known by its French acronym, MFDC".
_KNOWN_BY: Final = re.compile(
    r"\bknown\s+(?:by|as|under)\s+(?:its|their|the)\s+(?:[A-Z][a-z]+\s+)?"
    r"(?:initials|acronym|abbreviation),?\s+([A-Z][A-Z0-9]{1,7})(?![\w-])"
)
# How far before that phrase the group's name may stand.
_KNOWN_BY_REACH: Final = 600
# A numbered unit ("Eighteenth Brigade", "2nd Army", "First Army"), not a group's name.
_ORDINAL: Final = re.compile(r"(?:\d+(?:st|nd|rd|th)|First|Second|Third|[A-Z][a-z]+th)$")
# A possessor right before a name ("the army's", "Colombia's"): the name is of its unit.
_POSSESSIVE: Final = ("'s ", "\u2019s ")
# The longest acronym read ("RENAMO", "UNITA"; "WASHINGTON" is a dateline).
_LONGEST_ACRONYM: Final = 7
# The most characters of a group noun read back from an acronym.
_NOUN_WINDOW: Final = 40
# The most characters of a name read back from its bracketed acronym or its head word.
_NAME_WINDOW: Final = 80


@dataclass(frozen=True, slots=True)
class IntroductionRules:
    """The words that make an introduction (see the data file's ``_about``)."""

    strong_heads: frozenset[str]
    weak_heads: frozenset[str]
    opposing_heads: frozenset[str]
    markers: frozenset[str]
    context_words: tuple[str, ...]
    not_armed: frozenset[str]
    heads: tuple[str, ...]
    group_noun_before: re.Pattern[str]
    armed_after: re.Pattern[str]
    titled_after: re.Pattern[str]
    side_before: re.Pattern[str]
    side_after: re.Pattern[str]
    truce_nouns: tuple[str, ...]
    armed_cues: tuple[str, ...]
    party_before: re.Pattern[str]
    party_after: re.Pattern[str]
    not_acronyms: frozenset[str]
    not_names: frozenset[str]
    connectors: frozenset[str]
    short_heads: frozenset[str]
    closing_heads: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Body:
    """A group the article introduces: its id and the names it goes by there."""

    actor: str
    names: frozenset[str]


def introduced(
    text: str,
    aliases: Mapping[str, tuple[str, str]],
    states: Collection[str],
    rules: IntroductionRules,
    spellings: Mapping[str, tuple[str, ...]],
) -> list[tuple[int, int, str, str]]:
    """Every use of a group ``text`` introduces and the gazetteer (``aliases``) lacks,
    as (start, end, alias, actor id), in text order; ``spellings`` files the gazetteer's
    names by their initials (``Gazetteer.spellings``)."""
    bodies: dict[str, set[str]] = {}
    for body in _introductions(text, aliases, states, rules, spellings):
        bodies.setdefault(body.actor, set()).update(body.names)
    if not bodies:
        return []
    factions = _factions(text, bodies, aliases, rules)
    for actor, names in factions.items():
        bodies.setdefault(actor, set()).update(names)
    if " known " in text:
        _known_by_initials(text, bodies, aliases)
    # The first introduction of a name holds it: a bracketed acronym after a known name
    # ("the Cadre strategique permanent (CSP)") over a later "a CSP spokesman".
    actor_of: dict[str, str] = {}
    for actor, names in bodies.items():
        for name in names:
            actor_of.setdefault(name, actor)
    pattern = re.compile(rf"{trie_pattern(actor_of, word_start=True)}(?![\w-])")
    return [(m.start(), m.end(), m.group(), actor_of[m.group()]) for m in pattern.finditer(text)]


def _known_by_initials(
    text: str, bodies: dict[str, set[str]], aliases: Mapping[str, tuple[str, str]]
) -> None:
    """Re-file under its initials a group the article names in other words and then gives
    its initials ("the Zapatista National Liberation Army ... The Zapatistas, known by
    their Spanish initials EZLN"): the initials, not the English name's, are its id. The
    group is the introduced one named last before the phrase, close enough to be meant."""
    for match in _KNOWN_BY.finditer(text):
        acronym = match.group(1)
        if acronym in aliases or acronym in bodies:
            continue
        meant, last = None, -1
        for actor, names in bodies.items():
            for name in names:
                at = text.rfind(name, max(0, match.start() - _KNOWN_BY_REACH), match.start())
                if at > last:
                    meant, last = actor, at
        if meant is not None:
            bodies[acronym] = bodies.pop(meant) | {acronym}


def _factions(
    text: str,
    bodies: Mapping[str, Collection[str]],
    aliases: Mapping[str, tuple[str, str]],
    rules: IntroductionRules,
) -> dict[str, set[str]]:
    """The factions of introduced groups the article tells apart, by their ids: a
    bracketed tag after a group's name or acronym ("NSCN (I-M)", "the National Socialist
    Council of Nagaland (Isak-Muivah)") or a name before "faction of" it ("the Khaplang
    faction of the NSCN", and then "the Khaplang faction" alone). A faction's id is its
    group's and the initials of the tag or name ("NSCNIM", "NSCNK"): two factions are two
    sides, as news writing "NSCN-IM" would make them."""
    taken = {name for names in bodies.values() for name in names}
    found: dict[str, set[str]] = {}
    for actor, names in bodies.items():
        for name in names:
            if name.startswith(("the ", "The ")):
                continue  # the bare name is looked for, and the article before it
            if f"{name} (" in text:
                for initials, tagged in _tagged(text, name, taken, aliases, rules):
                    found.setdefault(actor + initials, set()).update(_with_article(tagged))
            if f" faction of the {name}" in text or f" faction of {name}" in text:
                for initials, names_of in _faction_names(text, name, aliases, rules):
                    found.setdefault(actor + initials, set()).update(names_of)
    return found


def _tag_initials(tag: str) -> str:
    """The initials of a faction's tag or name: "IM" for "Isak-Muivah" or "I-M"."""
    return "".join(part[0] for part in tag.split("-"))


def _tagged(
    text: str,
    name: str,
    taken: Collection[str],
    aliases: Mapping[str, tuple[str, str]],
    rules: IntroductionRules,
) -> Iterable[tuple[str, str]]:
    """Each bracketed faction tag after ``name``, as (its initials, the tagged name)."""
    escaped = re.escape(name)
    for match in re.finditer(rf"(?<![\w-]){escaped}(?={_FACTION_TAG.pattern})", text):
        tag = _FACTION_TAG.match(text, match.end())
        if tag is None or tag.group(1) in taken or tag.group(1) in aliases:
            continue  # "the Free Aceh Movement (Gam)": the name's own acronym
        if tag.group(1) in rules.not_names:
            continue  # "(March)": a date, no faction
        yield _tag_initials(tag.group(1)), f"{name} ({tag.group(1)})"


def _faction_names(
    text: str, name: str, aliases: Mapping[str, tuple[str, str]], rules: IntroductionRules
) -> Iterable[tuple[str, set[str]]]:
    """Each faction named before "faction of" ``name`` ("the Khaplang faction of the
    NSCN"), as (its initials, its names there and alone: "the Khaplang faction")."""
    escaped = re.escape(name)
    pattern = rf"(?<![\w-])([A-Z][\w'\u2019-]*) faction of (?:the )?{escaped}(?![\w-])"
    for match in re.finditer(pattern, text):
        word = match.group(1)
        if word in rules.not_names or word in aliases:
            continue  # "The faction of ...", "a Tamil faction of ...": no faction's name
        names = {*_with_article(match.group()), *_with_article(f"{word} faction")}
        yield _tag_initials(word), names


def _with_article(name: str) -> tuple[str, str, str]:
    """``name`` bare and after "the" and "The"."""
    return name, f"the {name}", f"The {name}"


def _introductions(
    text: str,
    aliases: Mapping[str, tuple[str, str]],
    states: Collection[str],
    rules: IntroductionRules,
    spellings: Mapping[str, tuple[str, ...]],
) -> Iterable[_Body]:
    """The introductions in ``text``: a bracketed acronym after a name, an acronym after
    a group noun, before an armed noun or titling a leader in war news, an acronym a
    head-word name spells."""
    # "(" then a capital: few articles have one, and the search is one C loop.
    if " (" in text:
        for match in _BRACKETED.finditer(text):
            known = _known_before(text, match.start(), match.group(1), aliases)
            if known is not None:
                yield known
                continue
            name = _name_before(text, match.start(), rules)
            if name is not None:
                body = _named(text, name, match.group(1), aliases, states, rules, False)
                if body is not None:
                    yield body
    unknown = _unknown_acronyms(text, aliases, rules)
    for acronym in unknown:
        spelt = _known_spelt(text, acronym, aliases, spellings)
        if spelt is not None:
            yield spelt
    yield from _unlettered(text, unknown, aliases, states, rules)
    yield from _before_armed_noun(text, unknown, aliases, states, rules)
    yield from _side_names(text, unknown, aliases, states, rules)
    if not unknown:
        return  # the gazetteer knows every acronym: nothing left to introduce
    armed: bool | None = None
    # The acronyms the article says are armed, whose spelt-out names are then theirs too.
    vouched: set[str] = set()
    for acronym, starts in unknown.items():
        for start in starts:
            # "NSCN (I-M) fighters": a faction's tag stands between the acronym and its noun.
            end = _tag_end(text, start + len(acronym))
            if _group_noun_before(text, start, rules) or rules.armed_after.match(text, end):
                body = _named(text, None, acronym, aliases, states, rules, True)
                if body is not None:
                    vouched.add(acronym)
                    yield body
                break
            cue = _side_cue(text, start, rules)
            if cue is not None:
                if armed is None:
                    armed = _war_news(text, rules)
                if (armed or _truce_cue(cue, rules)) and not _as_party(
                    text, starts, len(acronym), rules
                ):
                    body = _named(text, None, acronym, aliases, states, rules, True)
                    if body is not None:
                        vouched.add(acronym)
                        yield body
                    break
            if rules.titled_after.match(text, end):
                if armed is None:
                    armed = _war_news(text, rules)
                if not armed or _as_party(text, unknown[acronym], len(acronym), rules):
                    break
                body = _named(text, None, acronym, aliases, states, rules, True)
                if body is not None:
                    yield body
                break
    # Only the head words that may start a word of an unknown acronym are looked for.
    letters = {letter for acronym in unknown for letter in acronym}
    for head in rules.heads:
        if head[0] not in letters:
            continue
        at = text.find(" " + head)
        while at != -1:
            body = _initialled(
                text, at + 1, at + 1 + len(head), unknown, vouched, aliases, states, rules
            )
            if body is not None:
                yield body
            at = text.find(" " + head, at + 1)


def _unlettered(
    text: str,
    unknown: Collection[str],
    aliases: Mapping[str, tuple[str, str]],
    states: Collection[str],
    rules: IntroductionRules,
) -> Iterable[_Body]:
    """Names ending in a closing head ("the Hizbul Mujahideen", "the Irish National
    Liberation Army") that the article never shortens to their initials, in war news:
    the group is introduced by its name alone. Its id is its initials, as an acronym's
    would be; a two-word name is known by its first word ("the Hizbul", "the Mahdi"),
    which is its id too."""
    armed: bool | None = None
    for head in rules.closing_heads:
        for start, _ in _head_words(text, head):
            before = _name_before(text, start, rules)
            if before is None:
                continue
            before = _after_possessor(before, aliases)
            if not before:
                continue
            name = _trimmed(f"{before} {head}", rules)
            words = name.split()
            initials = _initials(words, rules).upper()
            if len(words) < 2 or initials in unknown:
                continue  # one word is no name; an acronym written out is read as one
            if _ORDINAL.match(words[0]) or text.endswith(_POSSESSIVE, 0, start - len(before)):
                continue  # "the army's Eighteenth Brigade", "2nd Army": a unit of a force
            if armed is None:
                armed = _war_news(text, rules)
            if not armed:
                return
            first = words[0]
            # A two-word name's first word is the distinctive one ("the Mahdi Army", "the
            # Harkat Mujahideen"): it is the group's short name and id; two initials
            # ("MA") would be no name anybody writes.
            short = len(words) == 2 and first not in aliases and first not in rules.not_names
            actor = re.sub(r"\W+", "_", first.upper()) if short else initials
            if actor in aliases:
                continue  # "HM" is somebody's already: no id to give
            body = _named(text, name, None, aliases, states, rules, False)
            if body is None:
                continue
            names = set(body.names)
            if short:
                names.update((first, f"the {first}", f"The {first}"))
            yield _Body(actor, frozenset(names))


def _before_armed_noun(
    text: str,
    unknown: Collection[str],
    aliases: Mapping[str, tuple[str, str]],
    states: Collection[str],
    rules: IntroductionRules,
) -> Iterable[_Body]:
    """Head-word names written before an armed noun ("the Forces Nouvelles rebels",
    "Forces Nouvelles fighters", "the Forces Nouvelles, the rebels who"), or titling its
    people in war news ("a Forces Nouvelles commander"), that the article never shortens
    to their initials: they say what the group is, as "RENAMO fighters" does for an
    acronym. Its id is its initials, as an acronym's would be."""
    seen: set[str] = set()
    for head in rules.heads:
        for start, end in _head_words(text, head):
            after = _name_after(text, end, rules)
            stop = end + len(after) + 1 if after else end
            # "Forces Nouvelles rebels", "the Forces Nouvelles, the rebels who ...", or
            # in war news "a Forces Nouvelles commander said".
            if not (
                rules.armed_after.match(text, stop)
                or (text.startswith(", the", stop) and rules.armed_after.match(text, stop + 5))
                or (rules.titled_after.match(text, stop) and _war_news(text, rules))
            ):
                continue
            before = _name_before(text, start, rules) if text[start - 1 : start] == " " else None
            words = _trimmed(" ".join(p for p in (before, head, after) if p), rules).split()
            while words and words[0] in rules.not_names:
                words.pop(0)  # "One Forces Nouvelles commander": a count, no word of it
            name = " ".join(words)
            initials = _initials(words, rules).upper()
            if len(words) < 2 or initials in unknown or initials in aliases or name in seen:
                continue  # one word is no name; an acronym written out is read as one
            seen.add(name)
            body = _named(text, name, None, aliases, states, rules, False)
            if body is not None:
                yield _Body(initials, body.names)


def _head_words(text: str, head: str) -> Iterable[tuple[int, int]]:
    """Where ``head`` stands in ``text`` as a whole word after a space, as (start, end)."""
    at = text.find(" " + head)
    while at != -1:
        start, end = at + 1, at + 1 + len(head)
        at = text.find(" " + head, end)
        if not text[end : end + 1].isalnum():  # "Armytage": not the head word
            yield start, end


def _initials(words: list[str], rules: IntroductionRules) -> str:
    """The first letters of a name's words, its connectors left out."""
    return "".join(word[0] for word in words if word not in rules.connectors)


def _war_news(text: str, rules: IntroductionRules) -> bool:
    """Whether an armed cue ("rebel", "militia", "fighters") is in ``text``."""
    lower = text.lower()
    return any(cue in lower for cue in rules.armed_cues)


def _after_possessor(before: str, aliases: Mapping[str, tuple[str, str]]) -> str:
    """``before`` from the word after its last known possessor on: in "Colombia's
    National Liberation" the country owns the name and is no word of it ("the People's
    Liberation Army" keeps its "People's", no actor of the gazetteer)."""
    words = before.split()
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word.endswith(("'s", "\u2019s")) and word[:-2] in aliases:
            return " ".join(words[index + 1 :])
    return before


def _unknown_acronyms(
    text: str, aliases: Mapping[str, tuple[str, str]], rules: IntroductionRules
) -> dict[str, list[int]]:
    """The words in capitals the gazetteer does not know ("LTTE", "RENAMO", "M23"), each
    with where it stands; not datelines or labels ("COLOMBO", "WHAT NEXT")."""
    found: dict[str, list[int]] = {}
    for start in _capital_runs(text):
        if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
            continue
        match = _CAPITALS.match(text, start)
        if match is None:
            continue
        word = match.group()
        size = len(word) - word.count("-")  # "CNDD-FDD" is seven letters long
        if word in aliases or size > _LONGEST_ACRONYM or word in rules.not_acronyms:
            continue
        if "-" in word and any(part in aliases for part in word.split("-")):
            continue  # "US-UK", "UN-AU": two bodies the gazetteer knows, no third one
        found.setdefault(word, []).append(start)
    return found


def _capital_runs(text: str) -> list[int]:
    """Where a capital followed by a capital or a digit opens a run of them, in text
    order: every place ``_CAPITALS`` can match that no capital or digit precedes.

    The regex engine would try the pattern at every capital of the text, one character
    test after another; the text mapped to capitals, digits and the rest (one byte a
    character, so the offsets hold) is searched for the two-character openings instead.
    """
    mask = text.encode("ascii", "replace").translate(_CAPITAL_MASK)
    starts: list[int] = []
    for opening in (b"AA", b"A0"):
        at = mask.find(opening)
        while at != -1:
            if at == 0 or mask[at - 1] == 32:  # not inside a run
                starts.append(at)
            at = mask.find(opening, at + 1)
    starts.sort()
    return starts


def _as_party(text: str, starts: list[int], size: int, rules: IntroductionRules) -> bool:
    """Whether the article writes an acronym as a party's ("the ruling BJP", "NLD
    lawmakers") anywhere it stands."""
    for start in starts:
        before = text[max(0, start - _NOUN_WINDOW) : start].lower()
        if rules.party_before.search(before) or rules.party_after.match(text, start + size):
            return True
    return False


def _tag_end(text: str, end: int) -> int:
    """Where a faction's bracketed tag right after ``end`` ends ("NSCN (I-M)"), else
    ``end``."""
    if not text.startswith(" (", end):
        return end
    match = _FACTION_TAG.match(text, end)
    return match.end() if match is not None else end


def _side_cue(text: str, start: int, rules: IntroductionRules) -> str | None:
    """The side cue that ends right before ``start`` ("the Khaplang faction of the",
    "the ceasefire between the government and the"), lower-cased, or None."""
    window = text[max(0, start - _NAME_WINDOW) : start].lower()
    match = rules.side_before.search(window)
    return match.group() if match is not None else None


def _truce_cue(cue: str, rules: IntroductionRules) -> bool:
    """Whether a side cue is a truce's ("a ceasefire with the"): its other side is in
    arms whether or not the article says more; other cues ("operations against", "a
    faction of") need war news."""
    return any(noun in cue for noun in rules.truce_nouns)


def _side_names(
    text: str,
    unknown: Collection[str],
    aliases: Mapping[str, tuple[str, str]],
    states: Collection[str],
    rules: IntroductionRules,
) -> Iterable[_Body]:
    """Head-word names right after a side cue ("the ceasefire between Tajikistan's
    government and the United Tajik Opposition", "a ceasefire with the Naga National
    Council") that the article never shortens to their initials: the cue says the group
    is a side in arms, as "RENAMO fighters" does for an acronym. Its id is its initials,
    as an acronym's would be; a state's own force ("a truce with the Sri Lanka Army") is
    none."""
    armed: bool | None = None
    for match in rules.side_after.finditer(text):
        after = _name_after(text, match.end() - 1, rules)
        if after is None:
            continue
        words = _trimmed(after, rules).split()
        while words and (words[-1] in rules.not_names or words[-1] in rules.connectors):
            words.pop()  # "the New People's Army on Friday": the day is no word of it
        initials = _initials(words, rules).upper()
        if len(initials) < 3 or initials in unknown or initials in aliases:
            continue  # a short name is no group's; an acronym written out is read as one
        if not any(word in rules.heads for word in words):
            continue  # "a truce with the Kremlin's blessing": no group's name
        marked = any(word in rules.markers for word in words)
        opposing = words[-1] in rules.opposing_heads  # "the United Tajik Opposition"
        if not marked and not opposing and _names_state(words, states, aliases):
            continue  # the state's own force
        if not _truce_cue(match.group().lower(), rules):
            if armed is None:
                armed = _war_news(text, rules)
            if not armed:
                continue
        body = _named(text, " ".join(words), None, aliases, states, rules, True)
        if body is not None:
            yield _Body(initials, body.names)


def _side_named(
    text: str,
    start: int,
    name: str,
    acronym: str,
    unknown: Mapping[str, list[int]],
    rules: IntroductionRules,
) -> bool:
    """Whether a side cue stands before ``name`` (its head word at ``start``) in war
    news, and the article never writes its initials as a party's."""
    at = text.rfind(name, max(0, start - _NAME_WINDOW), start + len(name))
    cue = _side_cue(text, at, rules) if at != -1 else None
    if cue is None or not (_truce_cue(cue, rules) or _war_news(text, rules)):
        return False
    return not _as_party(text, unknown[acronym], len(acronym), rules)


def _group_noun_before(text: str, start: int, rules: IntroductionRules) -> bool:
    """Whether a group noun ends right before ``start``: "former rebel movement RENAMO"."""
    window = text[max(0, start - _NOUN_WINDOW) : start].lower()
    return rules.group_noun_before.search(window) is not None


def _name_before(text: str, end: int, rules: IntroductionRules) -> str | None:
    """The capitalised name that ends at ``end`` (connectors inside it), or None."""
    # Typed: mypyc cannot loop over the list[Any] findall is declared to return.
    words: list[str] = _WORD.findall(text[max(0, end - _NAME_WINDOW) : end])
    name: list[str] = []
    for word in reversed(words):
        if word.endswith("."):
            break  # the sentence before ends here ("... Eelam. The LTTE")
        if word[:1].isupper() or (word in rules.connectors and name):
            name.append(word)
        else:
            break
    while name and name[-1] in rules.connectors:
        name.pop()
    return " ".join(reversed(name)) if name else None


def _known_before(
    text: str, end: int, acronym: str, aliases: Mapping[str, tuple[str, str]]
) -> _Body | None:
    """An acronym the gazetteer lacks, bracketed right after a name it knows ("the
    Estado Mayor Central (EMC)", "the Cadre strategique permanent (CSP)"): news
    introduces the short form it goes on to use, so it is that actor's in the article.
    The acronym must start as the name does: "(Reuters)" after a name is no short form."""
    if acronym in aliases or acronym.upper() in aliases or acronym != acronym.upper():
        return None
    words: list[str] = _WORD.findall(text[max(0, end - _NAME_WINDOW) : end])
    # The longest run of words ending at the bracket that is a name the gazetteer files.
    for first in range(len(words)):
        name = " ".join(words[first:])
        hit = aliases.get(name)
        if hit is None or hit[1] not in ("name", "institution"):
            continue
        if name[:1].upper() != acronym[:1] or len(name.split()) < 2:
            return None
        return _Body(hit[0], frozenset({acronym}))
    return None


def _known_spelt(
    text: str,
    acronym: str,
    aliases: Mapping[str, tuple[str, str]],
    spellings: Mapping[str, tuple[str, ...]],
) -> _Body | None:
    """An acronym the gazetteer lacks whose letters start the words of a name it files
    that the article writes out ("the Estado Mayor Central ... Colombia-EMC talks"): the
    article's short form of that name, as with a group it introduces itself."""
    if len(acronym) < 3 or not acronym.isalpha():
        return None
    # Most acronyms spell no name the text holds: a substring test each spares a regex
    # built for the acronym and run over the whole text.
    if not any(name in text for name in spellings.get(acronym, ())):
        return None
    spelling = r"\s+".join(rf"[{c}{c.lower()}][\w'\u2019-]*" for c in acronym)
    for match in re.finditer(rf"(?<![\w-]){spelling}(?![\w-])", text):
        hit = aliases.get(match.group())
        if hit is not None and hit[1] in ("name", "institution") and match.group()[:1].isupper():
            return _Body(hit[0], frozenset({acronym}))
    return None


def _initialled(
    text: str,
    start: int,
    end: int,
    unknown: Mapping[str, list[int]],
    vouched: Collection[str],
    aliases: Mapping[str, tuple[str, str]],
    states: Collection[str],
    rules: IntroductionRules,
) -> _Body | None:
    """A head-word name around ``text[start:end]`` whose initials the article writes as
    a word of their own: "the Liberation Tigers of Tamil Eelam ... the LTTE". When the
    article says elsewhere that the acronym is armed (``vouched``), or says so of the name
    ("the Khaplang faction of the National Socialist Council of Nagaland"), the name is
    that group's whatever its words (a "Socialist" in it)."""
    if text[end : end + 1].isalnum():
        return None  # "Armytage": not the head word
    before = _name_before(text, start, rules) if text[start - 1 : start] == " " else None
    after = (_name_after(text, end, rules) or "").split()
    # A place or a day may follow the name ("the Kosovo Liberation Army in Racak on
    # Friday"): the name ends where its initials are the acronym, the longest such first.
    while True:
        parts = (before, text[start:end], " ".join(after))
        name = _trimmed(" ".join(part for part in parts if part), rules)
        acronym = _initials(name.split(), rules)
        if len(acronym) >= 2 and acronym in unknown:
            sure = acronym in vouched or _side_named(text, start, name, acronym, unknown, rules)
            return _named(text, name, acronym, aliases, states, rules, sure, sure)
        if not after:
            return None
        after.pop()
        while after and after[-1] in rules.connectors:
            after.pop()


def _name_after(text: str, end: int, rules: IntroductionRules) -> str | None:
    """The capitalised words (connectors inside) that carry a name on after ``end``."""
    words: list[str] = []
    pos = end
    while pos < len(text) and text[pos] == " ":
        match = _WORD.match(text, pos + 1)
        if match is None:
            break
        word = match.group()
        if not (word[:1].isupper() or word in rules.connectors):
            break
        if word.endswith("."):
            words.append(word.rstrip("."))
            break  # the sentence ends with the name
        words.append(word)
        pos = match.end()
    while words and words[-1] in rules.connectors:
        words.pop()
    return " ".join(words) if words else None


def _named(
    text: str,
    name: str | None,
    acronym: str | None,
    aliases: Mapping[str, tuple[str, str]],
    states: Collection[str],
    rules: IntroductionRules,
    by_noun: bool,
    vouched: bool = False,
) -> _Body | None:
    """The body a name and/or acronym introduces, or None: no armed group, or one the
    gazetteer knows. ``by_noun``: a group noun ("the rebel group") said what it is;
    ``vouched``: the article says its acronym is armed, so no word of a head-word name
    ("the National Socialist Council of Nagaland") makes it a party's or an office's."""
    if name is not None:
        name = _trimmed(name, rules)
        words = name.split()
        if not words or words[0] in rules.not_names:
            return None
        # A longer name closed by an army's head word is an army's: "Irish Republican
        # Army" (a party's word, "Republican", inside it), unlike "the Red Cross".
        armed_name = len(words) > 2 and words[-1] in rules.closing_heads
        armed_name = armed_name or (vouched and any(word in rules.heads for word in words))
        if not armed_name and any(word in rules.not_armed for word in words):
            return None
        if not by_noun and not _armed(text, words, states, aliases, rules):
            return None
    known = (name, f"the {name}", acronym, acronym.upper() if acronym else None)
    if any(alias is not None and alias in aliases for alias in known):
        return None
    if acronym is None and name is None:
        return None
    # An id is letters and digits: "CNDD-FDD" is CNDDFDD.
    upper = acronym.upper().replace("-", "") if acronym else None
    actor = upper or re.sub(r"\W+", "_", (name or "").upper())
    names = {n for n in (name, acronym) if n}
    if acronym and acronym != acronym.upper():
        names.add(acronym.upper())  # "Renamo" is also written "RENAMO"
    if name:
        names.update(f"{lead} {name}" for lead in ("the", "The"))
        # "the Tigers", "the Tamil Tigers", "Tigers' positions": the head word alone.
        names.update(word for word in name.split() if word in rules.short_heads)
    return _Body(actor, frozenset(names))


def _trimmed(name: str, rules: IntroductionRules) -> str:
    """``name`` without a leading article or sentence-opening word ("The", "In")."""
    words = name.split()
    while words and (words[0] in rules.connectors or words[0] in ("The", "A", "An")):
        words.pop(0)
    return " ".join(words)


def _armed(
    text: str,
    words: list[str],
    states: Collection[str],
    aliases: Mapping[str, tuple[str, str]],
    rules: IntroductionRules,
) -> bool:
    """Whether a name's words make it an armed group's: a strong head, or a weak one
    with a marker or an armed word in the article; never a state's own force."""
    marked = any(word in rules.markers for word in words)
    opposing = words[-1] in rules.opposing_heads  # "the United Tajik Opposition"
    if not marked and not opposing and _names_state(words, states, aliases):
        return False  # "the Sri Lanka Army (SLA)": the state's own army
    if any(word in rules.strong_heads for word in words):
        return True
    if not any(word in rules.weak_heads for word in words):
        return False
    if marked:
        return True
    lower = text.lower()
    return any(word in lower for word in rules.context_words)


def _names_state(
    words: list[str], states: Collection[str], aliases: Mapping[str, tuple[str, str]]
) -> bool:
    """Whether one or two words of a name are a state's name or demonym."""
    for size in (1, 2, 3):
        for index in range(len(words) - size + 1):
            hit = aliases.get(" ".join(words[index : index + size]))
            if hit is not None and hit[0] in states:
                return True
    return False


def build_introduction_rules(raw: Mapping[str, object]) -> IntroductionRules:
    """Build the rules from the data file's fields."""

    def words(field: str) -> list[str]:
        value = raw.get(field, [])
        return [str(item) for item in value] if isinstance(value, list) else []

    nouns = "|".join(re.escape(noun) for noun in words("group_nouns"))
    after = "|".join(re.escape(noun) for noun in words("armed_nouns_after"))
    titles = "|".join(re.escape(title) for title in words("leader_titles"))
    roles = "|".join(re.escape(role) for role in words("speaking_roles"))
    party_before = "|".join(re.escape(cue) for cue in words("party_cues_before"))
    party_after = "|".join(re.escape(cue) for cue in words("party_cues_after"))
    sides = "|".join(re.escape(cue) for cue in words("side_cues"))
    truces = "|".join(re.escape(noun) for noun in words("truce_nouns"))
    # "a ceasefire with the", "the ceasefire between the government and the".
    between = rf"(?:{truces}) (?:with|between (?:the )?[\w'\u2019. -]{{1,40}}? and)"
    return IntroductionRules(
        strong_heads=frozenset(words("strong_heads")),
        weak_heads=frozenset(words("weak_heads")),
        opposing_heads=frozenset(words("opposing_heads")),
        markers=frozenset(words("markers")),
        context_words=tuple(words("context_words")),
        not_armed=frozenset(words("not_armed")),
        heads=tuple(sorted({*words("strong_heads"), *words("weak_heads")})),
        group_noun_before=re.compile(rf"(?<![\w-])(?:{nouns}) $"),
        armed_after=re.compile(rf"(?:'s|\u2019s)? (?:{after})(?![\w-])"),
        not_acronyms=frozenset(words("not_acronyms")),
        titled_after=re.compile(rf"(?:'s|\u2019s)? (?:(?:{titles}) [A-Z]|(?:{roles})(?![\w-]))"),
        side_before=re.compile(rf"(?<![\w-])(?:{sides}|{between}) (?:the )?$"),
        side_after=re.compile(rf"(?<![\w-])(?i:{sides}|{between}) (?:[Tt]he )?(?=[A-Z])"),
        truce_nouns=tuple(words("truce_nouns")),
        armed_cues=tuple(words("armed_cues")),
        party_before=re.compile(rf"(?<![\w-])(?:{party_before})\W*(?:the )?$"),
        party_after=re.compile(rf"(?:'s|\u2019s)?[ -]?(?:{party_after})(?![\w-])"),
        not_names=frozenset(words("not_names")),
        connectors=frozenset(words("connectors")),
        short_heads=frozenset(words("short_heads")),
        closing_heads=tuple(words("closing_heads")),
    )


def load_introduction_rules(path: Path | None = None) -> IntroductionRules:
    """Read the introduction words (the packaged file unless ``path`` is given)."""
    if path is None:
        raw = resources.files("processors").joinpath("data/introductions.json").read_text("utf-8")
    else:
        raw = path.read_text(encoding="utf-8")
    return build_introduction_rules(json.loads(raw))
