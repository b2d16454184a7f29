"""The agreement lexicon: the words that name agreements and assert their status.

All vocabulary lives in ``processors/data/agreements.json``; ``load_agreement_lexicon``
reads it once at start-up and compiles every pattern, so extraction only runs
precompiled regular expressions. The returned ``AgreementLexicon`` is immutable.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta, timezone, tzinfo
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from processors.model import Kind, Scope, Status
from processors.text import trie_pattern
from processors.word_patterns import (
    WordPatterns,
    WordScanner,
    build_word_patterns,
    build_word_scanner,
    closing_paren,
    split_top,
)

Role = Literal["agreement", "deal", "proposal", "talks"]
"""What a mention names: an agreement itself, or a wrapper around one (a deal on, a
proposal for, talks about ...) that may also stand for an agreement named earlier."""

Attach = Literal["right", "left", "either"]


@dataclass(frozen=True, slots=True)
class MentionSpec:
    """What one trigger pattern names."""

    family: str
    kind: Kind
    role: Role
    scope: Scope | None = None
    bare: bool = False
    """A bare noun ("the pause") that needs a scope, a duration or an antecedent."""
    needs_cue: bool = False
    wrapper: bool = False
    verbal: bool = False
    self_status: Status | None = None
    """The status a word asserts on its own ("halted strikes" is in effect)."""
    refers: str | None = None
    """What a bare noun may refer back to: its ``family``, ``pause`` or ``any`` agreement."""
    orphan: bool = False
    """A status noun ("the violation") standing for the article's agreement."""
    anaphor: bool = False
    """A pronoun ("withdrew from it", "rejected that") standing for a recent agreement."""
    agentless: bool = False
    """A verbal act told with no actor ("the shelling has stopped"): it asserts its status
    without one, where "stopped shelling" needs a subject."""
    yields_to: Scope | None = None
    """The scope the article's agreements give it when they all have that one ("the
    humanitarian corridor" of a story whose deal is the grain corridor at sea)."""


@dataclass(frozen=True, slots=True)
class CueSpec:
    """A status word and where the agreement it governs stands."""

    status: Status
    attach: Attach
    gap: int
    weight: float
    left_status: Status | None = None
    adjective: bool = False
    future_status: Status | None = None
    """What the cue asserts in the future tense ("would abide by" is acceptance); in_effect
    for a state that goes on ("would remain in force until Oct. 31": it is in force now)."""
    needs_side: bool = False
    """The status holds only when the sentence names a side of the agreement."""
    negated_status: Status | None = None
    """What the cue asserts when negated ("never respected the truce" is a violation)."""
    anchor: bool = False
    """A time phrase ("the second week of the truce"): real only as its whole clause is."""
    not_after_round: bool = False
    """No status when its subject is a round of talks ("the second round of talks ended
    without a deal"): a round ended, the talks go on (``grammar.round_subject``)."""


@dataclass(frozen=True, slots=True)
class Grammar:
    """Function words the rules lean on (see ``grammar`` in the data file)."""

    determiners: frozenset[str]
    coordination: re.Pattern[str]
    """What may stand between two coordinated agreements: ", and a", "or the"."""
    np_openers: frozenset[str]
    verb_objects: frozenset[str]
    length_follows: re.Pattern[str]
    length_predicate: re.Pattern[str]
    """A predicate that gives its subject's length, up to where the length starts."""
    perfect_state: re.Pattern[str]
    """A state told in the perfect ("had been ready for"): a length after the agreement
    then says how long the state has lasted, not how long the agreement runs."""
    habit_perfect: re.Pattern[str]
    """The perfect right before a stance verb ("has turned down", "have previously")."""
    habit_marker: re.Pattern[str]
    """What after the stance makes it a habit ("... before.", "... in the past")."""
    habit_frequency: re.Pattern[str]
    """Anchored at the end: a frequency before a status cue in its clause ("every year
    someone announces a truce"): a habit, told of no agreement in particular."""
    time_words: re.Pattern[str]
    participle_blockers: frozenset[str]
    place_noun: re.Pattern[str]
    """A place noun after a demonym ("the Saudi city of Abha"): a place, not a side."""
    relative: re.Pattern[str]
    relative_extra: int
    """How many more words a relative clause may put between an agreement and its verb."""
    reduced_relative: re.Pattern[str]
    """A relative clause without "that": "the truce [Putin had declared] ended"."""
    complementizing: re.Pattern[str]
    """A verb of saying or judging right before "that" ("after concluding that"): the
    "that" opens what was said or found, not a relative clause on a noun before it."""
    own_marker: re.Pattern[str]
    """"own" before a definite truce's head ("the military's own ceasefire"): a truce of
    its own, not the one named before."""
    violence_heads: re.Pattern[str]
    """A noun of violence right before "that" ("after a night of strikes that officials
    said killed 104"): the relative clause hangs on it, not on an agreement before it."""
    conversion: re.Pattern[str]
    """Between two agreements, one made into the other: "the pause to be turned into"."""
    purpose_scopes: tuple[tuple[re.Pattern[str], Scope, tuple[str, ...]], ...]
    """A purpose clause after a mention that gives its scope ("to let aid in"); they
    match case-folded text (``agreement_text.folded``). Each comes with the words one of
    which any match holds: without them in the clause the pattern is not tried."""
    made_in: re.Pattern[str]
    located_in: re.Pattern[str]
    term_frame: re.Pattern[str]
    clock_after: re.Pattern[str]
    """Right after a start told in a "since" clause, the clock time that dates it."""
    """Ending right before an agreement: the words that make a halt told after it one of
    its terms ("during the truce ... would halt all military action")."""
    """Ending right before a name: the words that make it where a halt is ("pause its
    offensive in north-east Syria"), not a side."""
    """Ending right before a capital: the verb that makes it the place an agreement was
    made ("the truce agreed in Pretoria")."""
    venue_name: re.Pattern[str]
    """After a capital, the head of an agreement it names as the place it was made:
    "the Pretoria agreement", "the Minsk accords", "the Doha talks"."""
    partner: re.Pattern[str]
    """Right after an agreement, the words before the side it was made with: "the
    accord signed with Rwanda" binds Rwanda, whatever agreement came before; with its
    ``between`` group, the first of the two sides it was made between ("the truce agreed
    between the United States and the Taliban")."""
    """An offer to host talks, which is not talking ("ready to host talks")."""
    elapsed_link: re.Pattern[str]
    """Between a verb and a gerund cue: a span of time that makes the gerund the same
    agreement's earlier step ("was broken within hours of | taking effect")."""
    past_forms: re.Pattern[str]
    present_forms: re.Pattern[str]
    """A start or end told in the present or future ("takes effect on Sunday"): the
    weekday it names is the coming one."""
    """A cue in the past tense: told after "before", it still happened."""
    declared_start: re.Pattern[str]
    """Right after an agreement a side will observe: a start of its own ("from midnight")."""
    other_holds_out: re.Pattern[str]
    """Right after an agreement one side agreed to: "but Kiir did not" (group ``other``)."""
    fighting_goes_on: re.Pattern[str]
    """After an agreement welcomed: "but its operations would go on", a refusal."""
    effect_now: re.Pattern[str]
    """Right after a future cue of taking effect: "immediately", "with immediate effect"."""
    effect_now_before: re.Pattern[str]
    """Ending right before such a cue: "would immediately take effect"."""
    anaphor_window: int
    """How far back (characters) a pronoun may find the agreement it stands for."""
    question_turn: re.Pattern[str]
    """A line that opens a reporter's question in a transcript ("Q:", "Question:"):
    its sentences ask and assert nothing, even those that end in a full stop."""
    talks_not_happening: re.Pattern[str]
    talks_ahead: re.Pattern[str]
    """Ending right before talks: what makes them possible ("open the way to talks")."""
    left_gap_blockers: re.Pattern[str]
    subject_boundaries: re.Pattern[str]
    subordinate_subject: re.Pattern[str]
    """A name right after "after", "since" ... and right before a verb is the subject
    of a clause, not the object of a preposition: "five weeks after Kyiv accepted"."""
    subject_verb_gap: re.Pattern[str]
    """What may stand between such a subject and its verb: "after Kyiv had accepted"."""
    verb_object_time: re.Pattern[str]
    infinitive_aside: re.Pattern[str]
    venue_lead: re.Pattern[str]
    round_subject: re.Pattern[str]
    anaphoric_objects: re.Pattern[str]
    """The object of a verbal pause that points back to targets named before ("halt such
    strikes"): the pause named before, with its scope."""
    """An aside closed by commas right before the to-infinitive a stance verb governs
    ("agreed, after a call with Trump, to stop attacks"): no part of the object."""
    """A time phrase opening the words between a verb and its object ("accepted on
    Saturday a revised version of the truce"): no part of the object's phrase."""
    first_person: re.Pattern[str]
    speaker_possessives: tuple[str, ...]
    mediation_hints: tuple[str, ...]
    lengths: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AgreementLexicon:
    """Compiled agreement vocabulary (see ``processors/data/agreements.json``)."""

    mentions: WordPatterns
    mention_specs: Mapping[str, MentionSpec]
    cues: WordPatterns
    cue_specs: Mapping[str, CueSpec]
    wrapper_link: re.Pattern[str]
    non_agreement: re.Pattern[str]
    talks_on_other: re.Pattern[str]
    talks_about_other: re.Pattern[str]
    """Near talks, a subject that is no truce ("commissions on border delimitation")."""
    """After "talks": what they are about, when it is no truce ("on a nuclear deal")."""
    hypothetical: re.Pattern[str]
    generic_agent: re.Pattern[str]
    pair_head: re.Pattern[str]
    """Anchored at the end: "the governments of ", before two sides named together."""
    member_head: re.Pattern[str]
    """Anchored at the end: "the armed wing of ", "the leadership of ", before the one
    actor the part belongs to and acts as."""
    term_of: re.Pattern[str]
    """Anchored at the end: a term the agreement sets with its link, right before the
    agreement's phrase ("the withdrawal deadline under ")."""
    term_extended: re.Pattern[str]
    """A term of an agreement said to be extended ("extending the deadline")."""
    open_ended: re.Pattern[str]
    """Words saying an agreement has no end ("no expiry date", "open-ended")."""
    """Anchored at the end: a subject that is anyone at all, with its relative word
    ("anyone who ", "whoever "), right before a status verb."""
    scope_left: re.Pattern[str]
    """Scope words before a trigger; like every pattern compiled without flags (0)
    here, it matches lower-cased text (``agreement_text.lowered``)."""
    scope_right: re.Pattern[str]
    wrapper_scopes: frozenset[str]
    scope_names: Mapping[str, str]
    """The scope of each scope_cues entry whose name is not a scope itself."""
    """Scopes that only wrappers take from their phrase ("talks on prisoners")."""
    orphan_blockers: re.Pattern[str]
    orphan_generic: re.Pattern[str]
    """Anchored at the end: what makes a lone status noun a kind of act ("what counts as a ")."""
    embedded_void: re.Pattern[str]
    assertive_governors: frozenset[str]
    ordinal_subject: re.Pattern[str]
    """Ending at a to-infinitive's "to": an ordinal's noun as its subject, which makes
    it assert the act ("the first ship to leave under the deal" did leave)."""
    ordering_governors: frozenset[str]
    """Verbs whose object is told to act ("ordered the army to halt"): the act is asserted."""
    proposing_governors: frozenset[str]
    """Verbs that make the gerund after them an offer ("proposed extending it")."""
    aim_before_gerund: re.Pattern[str]
    """Anchored at the end: a phrase of aim before a gerund cue ("with the aim of
    returning to the pause"): the step is a goal, not taken."""
    talks_on_gerund: re.Pattern[str]
    """Anchored at the end: talks about a step before a gerund cue ("held talks on
    extending the truce"): the step is negotiated, not taken."""
    causatives: frozenset[str]
    describing_talks: re.Pattern[str]
    """Before talks, words that describe a person by them ("an official involved in the
    talks"): the talks are not news there."""
    """Verbs that make someone else act: "to make both sides agree" asserts no deal."""
    temporal_background: re.Pattern[str]
    pre_empted: tuple[re.Pattern[str], re.Pattern[str]]
    """A renewal told before "before it expired" in its sentence, and the words that say
    it failed or was only sought: ``pre_empted`` in the data file."""
    general: re.Pattern[str]
    talk_cues: re.Pattern[str]
    wrapper_prefers: Mapping[str, str]
    name_heads: frozenset[str]
    """Head nouns one agreement's proper name is told with interchangeably ("deal", "accord")."""
    """A deal word and the family it refers back to first ("the understanding": a ceasefire)."""
    proposed_that: re.Pattern[str]
    agreeing_to_act: re.Pattern[str]
    """Before an act that puts an agreement in effect: "agreed to halt", an agreement."""
    proposing_start: re.Pattern[str]
    """Before a start told as a noun: "proposing ... the start of talks", one asked for."""
    """Before a status verb: "proposed that X agree ...", what is offered, not done."""
    captives_near: re.Pattern[str]
    """People held captive: near a bare "the exchange" with no antecedent, it is a swap."""
    captives_window: int
    war_words: re.Pattern[str]
    """Words of a story about fighting (not a trade war): talks there end it."""
    negation_reject: re.Pattern[str]
    negation_void: re.Pattern[str]
    negation_denial: re.Pattern[str]
    """A negation that denies a past agreement rather than declining one ("have never
    agreed to any ceasefire" says none was made, not that one was turned down)."""
    negation_window: int
    conditional: re.Pattern[str]
    irrealis: re.Pattern[str]
    pending_until: re.Pattern[str]
    """A clause after "until" that a future or a vow waits for: "will fight on until
    the army stops its attacks" does not say the attacks stopped."""
    modal_after_status_noun: re.Pattern[str]
    """Right after a status noun standing alone: a modal verb whose subject it is ("and
    that violations would be documented"): a case to come, none told."""
    future: re.Pattern[str]
    reported: re.Pattern[str]
    modality_window: int
    clause_breaks: tuple[str, ...]
    grammar: Grammar
    gap_blockers: re.Pattern[str]
    np_stops: frozenset[str]
    left_stops: frozenset[str]
    prepositions: frozenset[str]
    pronouns: Mapping[str, str]
    both_sides: re.Pattern[str]
    each_other: re.Pattern[str]
    mediator_markers: re.Pattern[str]
    broker_words: frozenset[str]
    """Words of a mediator marker whose actor is a go-between only ("brokered by")."""
    mediator_suffixes: frozenset[str]
    led_sides: frozenset[str]
    """What an "X-led" actor leads as a side, not as a go-between ("Saudi-led coalition")."""
    patron_suffixes: frozenset[str]
    """``Iran-backed``: the actor before the hyphen stands behind what follows."""
    client_nouns: frozenset[str]
    group_nouns: re.Pattern[str]
    """What reporters call an armed group once named: "the rebels", "the movement"."""
    usual_insurgents: Mapping[str, str]
    """State -> the armed opposition reporters mean by "the rebels" in its war when they
    name no group ("a truce between the Syrian government and rebel groups")."""
    same_front: Mapping[str, frozenset[str]]
    """Actor -> the actors that reporters name the same side of a conflict by."""
    front_names: Mapping[str, str]
    """Actor -> the id its side is keyed by: the first of its ``same_front`` group."""
    joint_sides: Mapping[str, frozenset[str]]
    """Actor -> the whole group of armed groups that act as one side with it (``DPR``,
    ``LPR``): a side named by one of them is all of them."""
    agent_possessive: re.Pattern[str]
    """Anchored after a trigger: ``'s sponsors``, whom a status word is then about."""
    """What an ``Iran-backed`` compound may describe that is no agreement: a group."""
    typical_mediators: frozenset[str]
    region_words: frozenset[str]
    """Lower-case words that make the country named after them a region of it: a place."""
    place_possessive: re.Pattern[str]
    """Anchored after a country's name: "'s Idlib province", "'s south", a place it owns."""
    place_prepositions: frozenset[str]
    """Lower-case words before a ``place_possessive`` that make the phrase a place."""
    clock_zone: re.Pattern[str]
    """Anchored after a country's or capital's name: " time", a clock's zone."""
    clock_zone_offset: re.Pattern[str]
    """Anchored after ``clock_zone``: the offset in brackets that makes it one ("(GMT+2)")."""
    clock_zone_before: re.Pattern[str]
    """Searched before a country's name: the clock whose zone it names."""
    non_party: re.Pattern[str]
    """Anchored after an actor's name: the article saying it is outside the agreement."""
    non_party_denial: re.Pattern[str]
    """The denial every ``non_party`` match ends in ("not a party"), for a search of
    the whole text before matching after each name."""
    reporting: re.Pattern[str]
    accusation: re.Pattern[str]
    attack: WordPatterns
    words: WordScanner
    """One scan of an article for where any trigger, status cue or attack word starts."""
    continuity: re.Pattern[str]
    attack_blockers: re.Pattern[str]
    attack_by: re.Pattern[str]
    attack_scopes: tuple[Scope, ...]
    attack_whole: frozenset[str]
    attack_protected: frozenset[Status]
    duration: re.Pattern[str]
    numbers: Mapping[str, float]
    units: Mapping[str, float]
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    zones: Mapping[str, tzinfo | None]
    """Time zones named after a clock time ("Moscow time"); None for "local time"."""
    today: tuple[str, ...]
    """Words naming the day of publication ("today", "tonight")."""
    small_hours: timedelta
    """How long past local midnight "today" still names the day before."""
    loose_clock: timedelta
    """How far past the article's time a start told without a zone must lie to be ahead."""
    date: re.Pattern[str]
    """A day named, with its time and zone. This and the three patterns after it match
    case-folded text (``agreement_text.folded``)."""
    time_first: re.Pattern[str]
    date_start: re.Pattern[str]
    date_end: re.Pattern[str]
    date_through: re.Pattern[str]
    """The end words, matched at the end of ``date_end``'s match, that run through the
    day they name when no clock is given ("until April 12")."""
    part_of_day: re.Pattern[str]
    """Right after a date ("to Thursday morning"): a time within the day, not its end."""
    labels: re.Pattern[str]
    conflicts: tuple[tuple[str, str], ...]
    conflicts_of: Mapping[str, tuple[int, ...]]
    """For each actor, the indices of the conflicts it is a side of, in order."""
    places: Mapping[str, tuple[str, ...]]
    place_pattern: re.Pattern[str]
    abbreviations: frozenset[str]


def _term_extended(terms: Sequence[str]) -> re.Pattern[str]:
    """An extension said of a term of an agreement (``term_nouns``): "extending the
    withdrawal deadline", "the deadline ... was extended"."""
    term = _words(terms)
    word = r"[\w\u2019'-]+\s+"
    return re.compile(
        rf"(?<![\w-])extend(?:s|ed|ing)?\s+(?:{word}){{0,4}}?{term}"
        rf"|{term}\s+(?:{word}){{0,5}}?(?:was|were|has been|have been|had been|is being|been)"
        r"\s+extended\b",
        re.IGNORECASE,
    )


def _words(patterns: Iterable[str]) -> str:
    """One alternation of patterns, each bounded by non-word characters."""
    body = "|".join(f"(?:{p})" for p in patterns)
    return rf"(?<![\w-])(?:{body})(?![\w-])"


def _compile(patterns: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    listed = list(patterns)
    ignore_case = bool(flags & re.IGNORECASE)
    led = _letter_led(listed, lambda _, p: _cases(p[0]) if ignore_case else {p[0]}, ignore_case)
    return led or re.compile(_words(listed), flags)


def _letter_led(
    patterns: Sequence[str],
    letters: Callable[[str, str], set[str]],
    ignore_case: bool,
    after: str = r"(?![\w-])",
    behind: str = r"(?<![\w-].)",
) -> re.Pattern[str] | None:
    """``_words(patterns)`` as branches led by their first letters, or None.

    Each branch starts with a letter, then looks back at the character before it:
    ``re`` skips quickly to the first letters and dismisses a branch by its letter
    alone, where a pattern led by a look back is tried at every character. A pattern
    led by a group or a class of letters is first spelt out as the alternatives it
    stands for ("(?:is|are) to" as "is to", "are to"), in the order ``re`` tries them.
    ``letters`` gives the forms a branch's first letter matches in, from the pattern
    and the branch; branches keep their order among those sharing a letter (the
    others cannot match where they do). ``after`` replaces the final word boundary,
    ``behind`` the look back (empty: a match may start inside a word, as in the patterns).
    """
    by_form: dict[str, list[str]] = {}
    for pattern in patterns:
        branches = _letter_alternatives(pattern)
        if branches is None:
            return None
        for branch in branches:
            for form in sorted(letters(pattern, branch)):
                rest = f"(?:{branch[1:]})"
                if rest not in by_form.setdefault(form, []):
                    by_form[form].append(rest)
    if not by_form:
        return None
    alternatives = []
    for form, rests in by_form.items():
        body = "|".join(rests)
        if ignore_case:
            body = f"(?i:{body})"
        alternatives.append(rf"{re.escape(form)}{behind}(?:{body})")
    return re.compile(rf"(?:{'|'.join(alternatives)}){after}")


_MAX_ALTERNATIVES = 64


def _letter_alternatives(pattern: str) -> list[str] | None:
    """A pattern as alternatives that each start with a plain letter, in ``re``'s order.

    A leading group ("(?:a |the )?call") or class of letters ("[Ww]ill") is spelt
    out; None for anything else, or for a pattern with capturing groups (spelling it
    out would repeat them).
    """
    if _letter_first(pattern):
        return [pattern]
    try:
        if re.compile(pattern).groups:
            return None
    except re.error:
        return None
    parts = split_top(pattern)
    if len(parts) > 1:
        heads = parts
    elif pattern.startswith("(?:"):
        close = closing_paren(pattern, 0)
        if close < 0:
            return None
        inner, rest = pattern[3:close], pattern[close + 1 :]
        optional = rest[:1] == "?"
        if optional:
            rest = rest[1:]
        if rest[:1] in ("?", "*", "+", "{"):
            return None  # lazy or repeated
        heads = [head + rest for head in split_top(inner)]
        if optional:
            heads.append(rest)  # a greedy "?" tries the group first
    elif pattern.startswith("[") and "]" in pattern:
        close = pattern.index("]")
        members, rest = pattern[1:close], pattern[close + 1 :]
        if not (members.isascii() and members.isalpha()) or rest[:1] in ("?", "*", "+", "{"):
            return None
        heads = [member + rest for member in dict.fromkeys(members)]
    else:
        return None
    out: list[str] = []
    for head in heads:
        spelt = _letter_alternatives(head)
        if spelt is None:
            return None
        out.extend(spelt)
        if len(out) > _MAX_ALTERNATIVES:
            return None
    return out


def _letter_first(pattern: str) -> bool:
    """True when a pattern starts with one plain letter, not repeated nor alternated."""
    first, rest = pattern[:1], pattern[1:]
    plain = first.isascii() and first.isalpha() and rest[:1] not in ("?", "*", "+", "{")
    return plain and len(split_top(pattern)) == 1


def _mention_patterns(
    data: Mapping[str, Any],
) -> tuple[list[tuple[str, str]], dict[str, MentionSpec]]:
    """Named patterns for every trigger; more specific ones are tried first."""
    parts: list[tuple[str, str]] = []
    specs: dict[str, MentionSpec] = {}

    def add(pattern: str, spec: MentionSpec) -> None:
        name = f"m{len(specs)}"
        specs[name] = spec
        parts.append((name, pattern))

    bare: list[tuple[str, MentionSpec]] = []
    for entry in data["triggers"]:
        spec = MentionSpec(
            family=entry["family"],
            kind=entry["kind"],
            role=entry["role"],
            scope=entry.get("scope"),
            bare=bool(entry.get("bare")),
            needs_cue=bool(entry.get("needs_cue")),
            self_status=entry.get("self_status"),
            verbal=bool(entry.get("verbal")),
            refers=entry.get("refers"),
            orphan=bool(entry.get("orphan")),
            anaphor=bool(entry.get("anaphor")),
            agentless=bool(entry.get("agentless")),
            yields_to=entry.get("yields_to"),
        )
        for pattern in entry["patterns"]:
            if spec.bare:
                bare.append((pattern, spec))
            else:
                add(pattern, spec)
    for entry in data["verbal_triggers"]:
        for verbs, status in entry["verbs"].items():
            spec = MentionSpec(
                family=entry["family"],
                kind=entry["kind"],
                role="agreement",
                scope=entry.get("scope"),
                verbal=True,
                self_status=status,
            )
            add(f"(?:{verbs}) {entry['object']}", spec)
    for pattern, spec in bare:
        add(pattern, spec)
    for entry in data["wrappers"]:
        spec = MentionSpec(family="wrapper", kind=entry["kind"], role=entry["role"], wrapper=True)
        for pattern in entry["patterns"]:
            add(pattern, spec)
    return parts, specs


def _cue_patterns(data: Mapping[str, Any]) -> tuple[list[tuple[str, str]], dict[str, CueSpec]]:
    """Named patterns for every status cue, high-priority (multi-word) ones first."""
    entries = sorted(enumerate(data["status_cues"]), key=lambda e: (e[1].get("priority", 5), e[0]))
    parts: list[tuple[str, str]] = []
    specs: dict[str, CueSpec] = {}
    for _, entry in entries:
        spec = CueSpec(
            status=entry["status"],
            attach=entry["attach"],
            gap=int(entry["gap"]),
            weight=float(entry["weight"]),
            left_status=entry.get("left_status"),
            adjective=bool(entry.get("adjective")),
            future_status=entry.get("future_status"),
            needs_side=bool(entry.get("needs_side")),
            negated_status=entry.get("negated_status"),
            anchor=bool(entry.get("anchor")),
            not_after_round=bool(entry.get("not_after_round")),
        )
        for pattern in entry["patterns"]:
            name = f"c{len(specs)}"
            specs[name] = spec
            parts.append((name, pattern))
    return parts, specs


def _scope_pattern(cues: Mapping[str, Any], side: str) -> re.Pattern[str]:
    """Scope words, one named group per scope, for the words before or after a trigger.

    Hyphens count as boundaries here: "energy-strike pause", "1-Gaza ceasefire".
    """
    groups = [
        f"(?P<{scope}>{'|'.join(entry['patterns'])})"
        for scope, entry in cues.items()
        if side in entry["sides"]
    ]
    return re.compile(rf"(?<!\w)(?:{'|'.join(groups)})(?!\w)")


def _modal(patterns: Iterable[str], case_sensitive: Iterable[str]) -> re.Pattern[str]:
    """Modal words match as written or capitalised, except those that are also names."""
    exact = set(case_sensitive)
    listed = list(patterns)
    # A word spelt out of a group or class is matched as the data writes it.
    led = _letter_led(
        listed,
        lambda p, branch: (
            {branch[0]} if p in exact or not p[:1].isalpha() else {branch[0], branch[0].upper()}
        ),
        False,
    )
    if led is not None:
        return led
    forms = []
    for p in listed:
        forms.append(p if p in exact or not p[:1].isalpha() else f"[{p[0].upper()}{p[0]}]{p[1:]}")
    return re.compile(_words(forms))


def build_agreement_lexicon(data: Mapping[str, Any]) -> AgreementLexicon:
    """Compile the lexicon from its decoded JSON form."""
    mention_parts, mention_specs = _mention_patterns(data)
    cue_parts, cue_specs = _cue_patterns(data)
    modality = data["modality"]
    exact = modality.get("case_sensitive", [])
    attacks = data["attacks"]
    durations = data["durations"]
    dates = data["dates"]
    places = {name: tuple(sorted(p)) for name, p in data["places"].items()}
    conflicts = tuple(cast(tuple[str, str], tuple(sorted(pair))) for pair in data["conflicts"])
    conflicts_of: dict[str, list[int]] = {}
    for i, pair in enumerate(conflicts):
        for side in dict.fromkeys(pair):
            conflicts_of.setdefault(side, []).append(i)
    zones = {name.lower(): _zone(spec) for name, spec in dates["zones"].items()}
    zone_names = "|".join(re.escape(n) for n in sorted(zones, key=len, reverse=True))
    today_names = "|".join(re.escape(w) for w in dates["today"])
    place_names = sorted(places, key=len, reverse=True)
    mentions = build_word_patterns(mention_parts)
    cues = build_word_patterns(cue_parts)
    attack = build_word_patterns([(f"a{i}", p) for i, p in enumerate(attacks["attack"])])
    return AgreementLexicon(
        mentions=mentions,
        mention_specs=MappingProxyType(mention_specs),
        cues=cues,
        cue_specs=MappingProxyType(cue_specs),
        # "a proposal by Egyptian and Qatari mediators for a truce": its author may stand
        # between the wrapper and the link word.
        wrapper_link=re.compile(
            r"\s*(?:(?:by|from)\s+(?:[\w\u2019'.-]+\s+){1,5}?"
            # "a proposal by the Quad - the US, Egypt and Saudi Arabia - for a truce".
            r"(?:(?:[-\u2013\u2014]\s[^\u2013\u2014()]{1,120}?\s[-\u2013\u2014]|\([^()]{1,120}\))\s+)?)?"
            # "a deal, facilitated by the ICRC, to exchange prisoners": an aside between.
            r"(?:,\s[^,;:.]{1,60},\s*)?"
            # "a plan to rebuild Gaza after a truce": a time phrase is not what it is about.
            rf"{data['wrapper_link']}\s+"
            r"(?:(?!(?:after|before|until|since|during|following)\s)[\w\u2019'-]+\s+){0,4}?$",
            re.IGNORECASE,
        ),
        non_agreement=_compile(data["non_agreement_modifiers"]),
        talks_on_other=re.compile(
            # "talks between Washington and Tehran on a nuclear deal": sides may come first.
            r"\s+(?:(?:between|with|among)\s+(?:[\w\u2019'.-]+\s+){1,5}?)?"
            rf"{data['wrapper_link']}\s+(?:(?:a|an|the|new|possible|future)\s+)*"
            rf"(?:{'|'.join(data['non_agreement_modifiers'])})\s+{data['other_deal_nouns']}\b",
            re.IGNORECASE,
        ),
        talks_about_other=re.compile(data["talks_about_other"], re.IGNORECASE),
        hypothetical=_compile(data["hypothetical_modifiers"], 0),
        term_of=re.compile(
            # (with the term's own complement: "the deadline for the pullout under")
            rf"{_words(data['term_nouns'])}\s+"
            r"(?:(?:for|of)\s+(?:the\s+|its\s+)?(?:[\w\u2019'-]+\s+){1,2})?"
            rf"{_words(data['term_links'])}\s+"
            r"(?:(?:the|a|an|its|their|this|that)\s+)?$",
            re.IGNORECASE,
        ),
        term_extended=_term_extended(data["term_nouns"]),
        open_ended=_compile(data["open_ended"]),
        pair_head=re.compile(rf"{_words(data['pair_heads'])}\s+of\s+(?:the\s+)?$", re.IGNORECASE),
        member_head=re.compile(
            rf"{_words(data['member_heads'])}\s+of\s+(?:the\s+)?$", re.IGNORECASE
        ),
        generic_agent=re.compile(
            rf"{_words(data['generic_agents'])}\s+(?:(?:who|that|which)\s+)?(?:\w+ly\s+)?$",
            re.IGNORECASE,
        ),
        scope_left=_scope_pattern(data["scope_cues"], "left"),
        scope_right=_scope_pattern(data["scope_cues"], "right"),
        scope_names={
            name: entry["scope"] for name, entry in data["scope_cues"].items() if "scope" in entry
        },
        wrapper_scopes=frozenset(
            scope for scope, entry in data["scope_cues"].items() if entry.get("wrappers_only")
        ),
        orphan_blockers=_compile(data["orphan_blockers"]),
        orphan_generic=re.compile(
            rf"(?<![\w-])(?:{'|'.join(data['orphan_generic'])})\s*$", re.IGNORECASE
        ),
        embedded_void=_compile(data["embedded_void"], 0),
        assertive_governors=frozenset(data["assertive_governors"]),
        ordinal_subject=re.compile(data["ordinal_subject"]),
        ordering_governors=frozenset(data["ordering_governors"]),
        proposing_governors=frozenset(data["proposing_governors"]),
        aim_before_gerund=re.compile(
            rf"\b(?:{'|'.join(re.escape(w) for w in data['aim_before_gerund'])})\s+$",
            re.IGNORECASE,
        ),
        talks_on_gerund=re.compile(
            rf"\b(?:{'|'.join(data['talks_on_gerund']['nouns'])})"
            rf"\s+(?:[\w\u2019'-]+\s+){{0,4}}?(?:{'|'.join(data['talks_on_gerund']['links'])})\s+$",
            re.IGNORECASE,
        ),
        causatives=frozenset(data["causatives"]),
        describing_talks=re.compile(
            rf"\b(?:{'|'.join(re.escape(w) for w in data['describing_talks'])})"
            r"\s+(?:[\w\u2019'-]+\s+){0,3}$",
            re.IGNORECASE,
        ),
        temporal_background=re.compile(data["temporal_background"], re.IGNORECASE),
        pre_empted=(
            re.compile(data["pre_empted"]["renewal"], re.IGNORECASE),
            re.compile(data["pre_empted"]["unless"], re.IGNORECASE),
        ),
        general=_compile(data["general_cues"], 0),
        talk_cues=_compile(data["talk_cues"]),
        wrapper_prefers=MappingProxyType(dict(data["wrapper_prefers"])),
        name_heads=frozenset(data["name_heads"]),
        proposed_that=re.compile(data["proposed_that"], re.IGNORECASE),
        agreeing_to_act=re.compile(data["agreeing_to_act"], re.IGNORECASE),
        proposing_start=re.compile(data["proposing_start"], re.IGNORECASE),
        captives_near=re.compile(data["captives_near"], re.IGNORECASE),
        captives_window=int(data["captives_window"]),
        war_words=re.compile(rf"\b(?:{'|'.join(data['war_words'])})\b", re.IGNORECASE),
        negation_reject=_compile(data["negations"]["to_rejected"], 0),
        negation_void=_compile(data["negations"]["void"], 0),
        negation_denial=_compile(data["negations"]["denial"], 0),
        negation_window=int(data["negation_window"]),
        conditional=_modal(modality["conditional"], exact),
        irrealis=_modal(modality["irrealis"], exact),
        pending_until=re.compile(modality["pending_until"], re.IGNORECASE),
        modal_after_status_noun=re.compile(modality["after_status_noun"], re.IGNORECASE),
        future=_modal(modality["future"], exact),
        reported=_compile(modality["reported"]),
        modality_window=int(modality["window"]),
        clause_breaks=tuple(data["clause_breaks"]),
        grammar=_grammar(data),
        gap_blockers=_compile(data["gap_blockers"]),
        np_stops=frozenset(data["np_stops"]),
        left_stops=frozenset(data["left_stops"]),
        prepositions=frozenset(data["prepositions"]),
        pronouns=MappingProxyType(dict(data["pronouns"])),
        both_sides=_compile(data["both_sides"]),
        each_other=_compile(data["each_other"]),
        # A marker runs into the name after it: no word boundary at its end.
        mediator_markers=_letter_led(
            data["mediator_markers"], lambda _, branch: _cases(branch[0]), True, after=""
        )
        or re.compile(rf"(?<![\w-])(?:{'|'.join(data['mediator_markers'])})", re.IGNORECASE),
        broker_words=frozenset(data["broker_words"]),
        mediator_suffixes=frozenset(data["mediator_suffixes"]),
        led_sides=frozenset(data["led_sides"]),
        patron_suffixes=frozenset(data["patron_suffixes"]),
        client_nouns=frozenset(data["client_nouns"]),
        group_nouns=_compile(data["group_nouns"]),
        usual_insurgents=MappingProxyType(dict(data["usual_insurgents"])),
        same_front={
            actor: frozenset(group) - {actor} for group in data["same_front"] for actor in group
        },
        front_names={actor: group[0] for group in data["same_front"] for actor in group[1:]},
        joint_sides={actor: frozenset(group) for group in data["joint_sides"] for actor in group},
        agent_possessive=re.compile(
            rf"(?:'s|\u2019s|s'|s\u2019)\s+(?:{'|'.join(data['agent_nouns'])})\b", re.IGNORECASE
        ),
        typical_mediators=frozenset(data["typical_mediators"]),
        region_words=frozenset(data["region_words"]),
        place_possessive=re.compile(data["place_possessive"]),
        place_prepositions=frozenset(data["place_prepositions"]),
        clock_zone=re.compile(data["clock_zone"]),
        clock_zone_offset=re.compile(data["clock_zone_offset"]),
        clock_zone_before=re.compile(data["clock_zone_before"]),
        non_party=re.compile(data["non_party"].replace("{denial}", data["non_party_denial"])),
        non_party_denial=re.compile(data["non_party_denial"]),
        reporting=_compile(data["reporting"]),
        accusation=re.compile(data["accusation"], re.IGNORECASE),
        attack=attack,
        words=build_word_scanner(mentions, cues, attack),
        continuity=_compile(attacks["continuity"]),
        attack_blockers=_compile(attacks["blockers"]),
        attack_by=re.compile(rf"\s*{attacks['by']}$", re.IGNORECASE),
        attack_scopes=tuple(attacks["scopes"]),
        attack_whole=frozenset(attacks["whole_scopes"]),
        attack_protected=frozenset(attacks["protected_by"]),
        duration=_compile(_numbered(durations["patterns"])),
        numbers=MappingProxyType({k: float(v) for k, v in durations["numbers"].items()}),
        units=MappingProxyType({k: float(v) for k, v in durations["units"].items()}),
        months=MappingProxyType(dict(dates["months"])),
        weekdays=MappingProxyType(dict(dates["weekdays"])),
        zones=MappingProxyType(zones),
        today=tuple(dates["today"]),
        loose_clock=timedelta(hours=float(dates["loose_clock_hours"])),
        small_hours=timedelta(hours=float(dates["small_hours"])),
        date=re.compile(
            dates["date"].replace("{zone}", zone_names).replace("{today}", today_names)
        ),
        time_first=re.compile(dates["time_first"].replace("{zone}", zone_names)),
        date_start=re.compile(rf"{dates['start']}\s+$"),
        # A whole word: "suspended on March 10" holds "ended on" but names no end.
        date_end=re.compile(rf"\b(?:{dates['end']})\s+$"),
        date_through=re.compile(rf"\b(?:{dates['through']})\s+$"),
        part_of_day=re.compile(dates["part_of_day"]),
        labels=_names(data["labels"], r"[\w-]"),
        conflicts=conflicts,
        conflicts_of=MappingProxyType({a: tuple(i) for a, i in conflicts_of.items()}),
        places=MappingProxyType(places),
        # "1-Gaza ceasefire": a place may follow a hyphen.
        place_pattern=_names(place_names, r"\w"),
        abbreviations=frozenset(data["abbreviations"]),
    )


def _grammar(data: Mapping[str, Any]) -> Grammar:
    words = data["grammar"]
    determiners = "|".join(re.escape(w) for w in words["determiners"])
    coordinators = "|".join(re.escape(w) for w in words["coordinators"])
    speaker = [w for w, role in data["pronouns"].items() if role == "speaker"]
    possessives = words["speaker_possessives"]
    return Grammar(
        determiners=frozenset(words["determiners"]),
        coordination=re.compile(
            rf"^\s*,?\s*(?:{coordinators})\s+(?:(?:a|an|{determiners})\s+)?$", re.IGNORECASE
        ),
        np_openers=frozenset(words["np_openers"]),
        verb_objects=frozenset(words["verb_objects"]),
        # Led by the first letters (``re`` skips to them); no word boundary is added.
        length_predicate=_letter_led(
            words["length_predicates"], lambda _, p: _cases(p[0]), True, after="", behind=""
        )
        or re.compile("|".join(f"(?:{p})" for p in words["length_predicates"]), re.IGNORECASE),
        length_follows=re.compile(
            rf",?\s*(?:{'|'.join(words['length_followers'])})\s", re.IGNORECASE
        ),
        perfect_state=re.compile(words["perfect_state"], re.IGNORECASE),
        habit_perfect=re.compile(words["habit_perfect"], re.IGNORECASE),
        habit_marker=re.compile(words["habit_marker"], re.IGNORECASE),
        habit_frequency=re.compile(words["habit_frequency"], re.IGNORECASE),
        # Case-sensitive (as written or capitalised): several times faster than ignoring case.
        time_words=_led_by_first_letters(
            words["time_words"], r"\b", ignore_case=False, also="0-9", also_alone="[0-9]"
        ),
        participle_blockers=frozenset(words["participle_blockers"]),
        place_noun=re.compile(words["place_nouns"], re.IGNORECASE),
        relative=re.compile(rf"^\s*,?\s*(?:{'|'.join(words['relative_words'])})\b", re.IGNORECASE),
        relative_extra=int(words["relative_extra_words"]),
        reduced_relative=re.compile(words["reduced_relative"]),
        complementizing=re.compile(words["complementizing"], re.IGNORECASE),
        own_marker=re.compile(words["own_marker"], re.IGNORECASE),
        violence_heads=re.compile(words["violence_heads"], re.IGNORECASE),
        conversion=re.compile(words["conversion"], re.IGNORECASE),
        purpose_scopes=tuple(
            (re.compile(pattern), cast(Scope, scope), tuple(words["purpose_scope_words"][scope]))
            for scope, pattern in words["purpose_scopes"].items()
        ),
        made_in=re.compile(words["made_in"]),
        located_in=re.compile(words["located_in"], re.IGNORECASE),
        term_frame=re.compile(words["term_frame"], re.IGNORECASE),
        clock_after=re.compile(words["clock_after"]),
        venue_name=re.compile(words["venue_name"]),
        partner=re.compile(words["partner"]),
        elapsed_link=re.compile(words["elapsed_link"], re.IGNORECASE),
        past_forms=re.compile(words["past_forms"], re.IGNORECASE),
        present_forms=re.compile(words["present_forms"], re.IGNORECASE),
        declared_start=re.compile(words["declared_start"], re.IGNORECASE),
        other_holds_out=re.compile(words["other_holds_out"]),
        fighting_goes_on=re.compile(words["fighting_goes_on"], re.IGNORECASE),
        effect_now=re.compile(words["effect_now"], re.IGNORECASE),
        effect_now_before=re.compile(words["effect_now_before"], re.IGNORECASE),
        anaphor_window=int(words["anaphor_window"]),
        question_turn=re.compile(words["question_turn"]),
        talks_not_happening=re.compile(words["talks_not_happening"], re.IGNORECASE),
        talks_ahead=re.compile(words["talks_ahead"], re.IGNORECASE),
        left_gap_blockers=_compile(words["left_gap_blockers"]),
        subordinate_subject=re.compile(
            rf"(?:{'|'.join(words['subordinators'])})\s+(?:the\s+)?$", re.IGNORECASE
        ),
        subject_verb_gap=re.compile(
            rf"\s+(?:(?:{'|'.join(words['subject_verb_gap'])})\s+)?", re.IGNORECASE
        ),
        verb_object_time=re.compile(words["verb_object_time"], re.IGNORECASE),
        infinitive_aside=re.compile(words["infinitive_aside"], re.IGNORECASE),
        venue_lead=re.compile(words["venue_lead"], re.IGNORECASE),
        round_subject=re.compile(words["round_subject"], re.IGNORECASE),
        anaphoric_objects=re.compile(words["anaphoric_objects"], re.IGNORECASE),
        subject_boundaries=_led_by_first_letters(
            words["subject_boundaries"], r"\b", ignore_case=True, also=",", also_alone=","
        ),
        first_person=re.compile(
            rf"\b(?:{'|'.join([*speaker, *possessives, 'us'])})\b", re.IGNORECASE
        ),
        speaker_possessives=tuple(
            form for w in possessives for form in (f"{w} ", f"{w.capitalize()} ")
        ),
        mediation_hints=tuple(words["mediation_hints"]),
        lengths=tuple(data["durations"]["units"]),
    )


def _zone(spec: list[Any] | None) -> tzinfo | None:
    """A zone from its IANA name, or its fixed offset where the system has no zone data."""
    if spec is None:
        return None
    name, hours = spec
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return timezone(timedelta(hours=float(hours)))


def _led_by_first_letters(
    words: Sequence[str], after: str, ignore_case: bool, also: str, also_alone: str
) -> re.Pattern[str]:
    """Whole words (or, with ``ignore_case`` False, words as written or capitalised) or
    one of the characters ``also``, as a pattern that starts with a character set.

    ``re`` skips quickly to the characters of a leading set; a pattern led by a word
    boundary or a group is tried at every character instead. The first letter is taken,
    then looked back at: a word begins there and the rest of the word follows.
    """
    firsts: set[str] = set()
    branches = []
    for word in words:
        first, rest = word[0], re.escape(word[1:])
        letters = _cases(first) if ignore_case else {first, first.upper()}
        firsts |= letters
        lead = re.escape(first) if ignore_case else f"[{''.join(sorted(letters))}]"
        branches.append(f"(?<={lead}){rest}")
    body = "|".join(branches)
    if ignore_case:
        body = f"(?i:{body})"
    # Set off from the word before only where it is read as a whole word (``after``).
    boundary = r"(?<!\w.)" if ignore_case else ""
    leading = also + re.escape("".join(sorted(firsts)))
    return re.compile(rf"[{leading}](?:(?<={also_alone})|{boundary}(?:{body}){after})")


def _cases(letter: str) -> set[str]:
    """Every character ``re`` takes for ``letter`` when case is ignored: "s", "S" and the long s."""
    odd = ("\u0130", "\u0131", "\u017f", "\u212a")
    candidates = {letter.lower(), letter.upper(), *odd}
    return {c for c in candidates if re.fullmatch(re.escape(letter), c, re.IGNORECASE)}


def _names(names: Iterable[str], word: str) -> re.Pattern[str]:
    """Proper names, matched as written between characters other than ``word``.

    Each name's first letter comes first in the pattern (the boundary test after it),
    so the scan skips from one possible first letter to the next instead of trying
    every name at every character.
    """
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(name[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        longer = [r for r in rests if r]
        body = trie_pattern(longer) if longer else ""
        if longer and len(longer) < len(rests):
            body = f"(?:{body})?"
        branches.append(rf"{re.escape(first)}(?<!{word}.){body}")
    return re.compile(rf"(?:{'|'.join(branches)})(?!{word})")


def _numbered(patterns: list[str]) -> list[str]:
    """Give each alternative's ``n``/``u`` groups unique names (n0, u0, n1, u1 ...)."""
    out = []
    for i, pattern in enumerate(patterns):
        out.append(pattern.replace("(?P<n>", f"(?P<n{i}>").replace("(?P<u>", f"(?P<u{i}>"))
    return out


def load_agreement_lexicon(path: Path | None = None) -> AgreementLexicon:
    """Read and compile the agreement lexicon (the packaged one unless ``path`` is given)."""
    if path is None:
        raw = resources.files("processors").joinpath("data/agreements.json").read_text("utf-8")
    else:
        raw = path.read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return build_agreement_lexicon(data)
