"""The agreement lexicon's compiled form: ``AgreementLexicon`` and the specs it holds.

``MentionSpec`` says how a mention pattern names an agreement, ``CueSpec`` what a status
cue asserts, and ``Grammar`` the small word lists the sentence readers consult. These are
plain immutable values; ``processors.agreement_lexicon`` builds them from the JSON data.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from typing import Literal

from processors.keyed_pattern import KeyedPattern
from processors.model import Kind, Scope, Status
from processors.word_patterns import WordPatterns, WordScanner

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
    done_status: Status | None = None
    """What the cue asserts of a one-off operation (a scope in ``one_off_scopes``): "the
    swap was over" tells it carried out, not broken down."""
    not_after_round: bool = False
    """No status when its subject is a round of talks ("the second round of talks ended
    without a deal"): a round ended, the talks go on (``grammar.round_subject``)."""
    object_state: bool = False
    """A state phrase ("in place", "in force") that may tell the state of another verb's
    object ("a truce that leaves the siege in place"): then it is the object's state, not
    the agreement's (``grammar.state_keepers``)."""


@dataclass(frozen=True, slots=True)
class Grammar:
    """Function words the rules lean on (see ``grammar`` in the data file)."""

    determiners: frozenset[str]
    coordination: re.Pattern[str]
    """What may stand between two coordinated agreements: ", and a", "or the"."""
    sequel: re.Pattern[str]
    """What joins a later stage to a proposed agreement: ", to be followed by a"."""
    np_openers: frozenset[str]
    verb_objects: frozenset[str]
    length_follows: re.Pattern[str]
    added_length: re.Pattern[str]
    """Right after an extended agreement, the "by" that tells the time added ("by a
    month"), up to the length."""
    length_predicate: re.Pattern[str]
    """A predicate that gives its subject's length, up to where the length starts."""
    perfect_state: re.Pattern[str]
    """A state told in the perfect ("had been ready for"): a length after the agreement
    then says how long the state has lasted, not how long the agreement runs."""
    habit_perfect: re.Pattern[str]
    """The perfect right before a stance verb ("has turned down", "have previously")."""
    habit_marker: re.Pattern[str]
    """What after the stance makes it a habit ("... before.", "... in the past")."""
    habit_record: re.Pattern[str]
    """Anchored at an indefinite agreement's noun: words before it that make it earlier
    agreements, a side's record ("has brokered previous truces")."""
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
    relative_head: re.Pattern[str]
    """Between an agreement and the verb of a relative clause on it, the clause's opening
    ("the truce [that it] brokered", "the truce [Qatar] brokered"): the verb after the
    clause is the agreement's own."""
    party_pair: re.Pattern[str]
    """A "between X and Y" naming the sides, whose "and" joins no clauses."""
    complementizing: re.Pattern[str]
    """A verb of saying or judging right before "that" ("after concluding that"): the
    "that" opens what was said or found, not a relative clause on a noun before it."""
    answer_lead: re.Pattern[str]
    """Words before an indefinite truce telling the other side's answer to a scoped truce
    just named ("A day later, the rebels said they would commit to a ceasefire"): the
    answer is that truce."""
    generic_truce: re.Pattern[str]
    """Right after an indefinite truce: what a truce without something is ("a truce without
    banking was a truce in name only"): said of any truce, it names none."""
    generic_subject: re.Pattern[str]
    """Right after an indefinite truce opening its sentence: a present-tense judgement of
    it ("A unilateral truce is cheap to declare"): said of any truce, it names none."""
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
    partial_halt: re.Pattern[str]
    """In a halt's own words, one class of attacks it stops ("suspend air strikes"): such
    a halt may take its purpose from the next sentence, not a halt of all fighting."""
    evacuation_purpose: re.Pattern[str]
    """After such a halt (case-folded), a purpose of getting people out ("to let civilians
    leave"): a humanitarian pause, where a truce of all fighting keeps its scope."""
    evacuation_purpose_words: tuple[str, ...]
    corridor_purpose: re.Pattern[str]
    """Near a truce of all fighting in its sentence, on the text as written, words tying it
    to getting people out of a place ("routes out of Kharkiv", "to let civilians leave the
    besieged port"): the local ceasefire of a corridor, humanitarian."""
    corridor_purpose_words: tuple[str, ...]
    corridor_window: tuple[int, int]
    """How far before the trigger and after it the corridor words are looked for."""
    purpose_carrier: re.Pattern[str]
    """Opening the sentence after such a halt, the words that refer back to it ("The
    suspension", "It"): a purpose clause of theirs is the halt's own."""
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
    told_only: re.Pattern[str]
    """A cue that only tells an agreement was made public ("announced"): negated, it
    tells no refusal."""
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
    talks_behind: re.Pattern[str]
    """Ending right before talks: weeks or more of them that something came after
    ("signed after six weeks of talks"): a process over, not talks under way."""
    talks_sought: re.Pattern[str]
    """Ending right before talks: a call or request governing the infinitive they
    belong to ("urged London to seize the moment by opening talks"): sought, not held."""
    talks_venue: re.Pattern[str]
    """Ending right before talks: an agreement made at them ("the exchange agreed at
    their talks in Istanbul"): where it was made, not talks under way."""
    left_gap_blockers: re.Pattern[str]
    subject_boundaries: re.Pattern[str]
    subordinate_subject: re.Pattern[str]
    """A name right after "after", "since" ... and right before a verb is the subject
    of a clause, not the object of a preposition: "five weeks after Kyiv accepted"."""
    subject_verb_gap: re.Pattern[str]
    """What may stand between such a subject and its verb: "after Kyiv had accepted"."""
    verb_object_time: re.Pattern[str]
    verb_object_share: re.Pattern[str]
    """At the start of a verb's object: the share of the agreement it acts on ("the whole
    of", "parts of"), no part of the cue's gap."""
    governor_time: re.Pattern[str]
    """At the end of the words before an infinitive's "to": a time after its governor
    ("decided on Wednesday to withdraw")."""
    infinitive_aside: re.Pattern[str]
    venue_lead: re.Pattern[str]
    round_subject: re.Pattern[str]
    state_keepers: re.Pattern[str]
    """Ending right before a cue marked object_state: a verb of keeping and its object
    (group ``object``), whose state the cue then tells."""
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
    talks_about_other: KeyedPattern
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
    """A term of an agreement said to be extended ("extending the deadline"); searched in
    the text ``folded``, for whether it occurs at all."""
    open_ended: re.Pattern[str]
    """Words saying an agreement has no end ("no expiry date", "open-ended")."""
    """Anchored at the end: a subject that is anyone at all, with its relative word
    ("anyone who ", "whoever "), right before a status verb."""
    scope_left: re.Pattern[str]
    """Scope words before a trigger; like every pattern compiled without flags (0)
    here, it matches lower-cased text (``agreement_text.lowered``)."""
    scope_right: re.Pattern[str]
    scope_heads: frozenset[str]
    """The first four letters (fewer before another character) of every word a scope
    word of either side can open with: a phrase with no word opening so holds none."""
    wrapper_scopes: frozenset[str]
    scope_names: Mapping[str, str]
    """The scope of each scope_cues entry whose name is not a scope itself."""
    """Scopes that only wrappers take from their phrase ("talks on prisoners")."""
    orphan_blockers: re.Pattern[str]
    orphan_generic: re.Pattern[str]
    """Anchored at the end: what makes a lone status noun a kind of act ("what counts as a ")."""
    embedded_void: KeyedPattern
    assertive_governors: frozenset[str]
    own_agreement: re.Pattern[str]
    """Right after an agreement: "of its own", a truce a side would make itself."""
    in_person: re.Pattern[str]
    """Right after an agreement: "himself", "in person", who signed rather than whether."""
    ordinal_subject: re.Pattern[str]
    """Ending at a to-infinitive's "to": an ordinal's noun as its subject, which makes
    it assert the act ("the first ship to leave under the deal" did leave)."""
    ordering_governors: frozenset[str]
    """Verbs whose object is told to act ("ordered the army to halt"): the act is asserted."""
    proposing_governors: frozenset[str]
    """Verbs that make the gerund after them an offer ("proposed extending it")."""
    one_off_scopes: frozenset[str]
    """Scopes of one-off operations (a prisoner exchange): a cue's ``done_status`` holds
    for them ("the swap was over": carried out)."""
    aim_before_gerund: re.Pattern[str]
    """Anchored at the end: a phrase of aim before a gerund cue ("with the aim of
    returning to the pause"): the step is a goal, not taken."""
    talks_on_gerund: re.Pattern[str]
    """Anchored at the end: talks about a step before a gerund cue ("held talks on
    extending the truce"): the step is negotiated, not taken."""
    causatives: frozenset[str]
    describing_talks: KeyedPattern
    """Before talks, words that describe a person by them ("an official involved in the
    talks"): the talks are not news there."""
    asked_for_talks: KeyedPattern
    """Before talks, a verb that offers or asks for them ("to offer the separatists
    talks"): talks asked for, not held."""
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
    """Words before a verb that turn it down ("did not", "refused to"); led by the
    character before them (``after_separator``): search ``" " + text``."""
    negation_void: re.Pattern[str]
    """Words before a verb that say it did not or could not happen ("failed to", "no
    longer"); led by the character before them (``after_separator``): search ``" " + text``."""
    negation_denial: re.Pattern[str]
    """A negation that denies a past agreement rather than declining one ("have never
    agreed to any ceasefire" says none was made, not that one was turned down)."""
    negation_window: int
    conditional: re.Pattern[str]
    """Words that make what follows a condition ("if", "unless", "provided that"); led
    by the character before them (``after_separator``): search ``" " + text``."""
    irrealis: re.Pattern[str]
    """Words that make a verb after them unreal or undecided ("could", "seeks to");
    led by the character before them (``after_separator``): search ``" " + text``."""
    pending_until: re.Pattern[str]
    """A clause after "until" that a future or a vow waits for: "will fight on until
    the army stops its attacks" does not say the attacks stopped."""
    modal_after_status_noun: re.Pattern[str]
    """Right after a status noun standing alone: a modal verb whose subject it is ("and
    that violations would be documented"): a case to come, none told."""
    future: KeyedPattern
    reported: re.Pattern[str]
    modality_window: int
    clause_breaks: tuple[str, ...]
    falling_apart: tuple[str, ...]
    """Stems of the verbs of a truce falling apart by itself ("collaps", "unravel"): told in
    the progressive ("has been unravelling") they are a strain, not an end. A side lifting
    its truce ends it by saying so and is not among them."""
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
    """What reporters call an armed group once named: "the rebels", "the movement";
    led by the character before them (``after_separator``)."""
    fought_after: re.Pattern[str]
    """Anchored at a state's name: an insurgent word it qualifies ("Sudanese rebels")."""
    fought_before: re.Pattern[str]
    """Ending at a state's name: "rebels in (the)", which only says where they fight."""
    usual_insurgents: Mapping[str, tuple[tuple[str, date | None, date | None], ...]]
    """State -> the armed oppositions reporters mean by "the rebels" in its war when they
    name no group ("a truce between the Syrian government and rebel groups"), each with
    the days it is the one from and until (None: open); Sudan's was the SPLM until 2005,
    and the RSF from the war of 2023."""
    people_groups: Mapping[str, tuple[str, ...]]
    """State -> the armed groups its people's name stands for in an article naming one
    ("the Palestinians" for Islamic Jihad in a Gaza round)."""
    people_group_nouns: re.Pattern[str]
    """Anchored after a demonym: the words that make it a people's armed side
    ("factions", "militants")."""
    same_front: Mapping[str, frozenset[str]]
    """Actor -> the actors that reporters name the same side of a conflict by."""
    front_names: Mapping[str, str]
    """Actor -> the id its side is keyed by: the first of its ``same_front`` group."""
    allied_fronts: Mapping[str, Mapping[str, str]]
    """Enemy -> (ally -> the side it fights for): opposite ``HOUTHIS``, ``SAU`` is keyed
    as ``YEM`` (``allied_fronts`` in the data)."""
    joint_sides: Mapping[str, frozenset[str]]
    """Actor -> the whole group of armed groups that act as one side with it (``DPR``,
    ``LPR``): a side named by one of them is all of them."""
    coalitions: Mapping[str, tuple[str, ...]]
    """Coalition -> its member groups (``TBA``: the MNDAA, the TNLA, the Arakan Army),
    which make a deal as one under the coalition's id (``coalitions`` in the data)."""
    coalition_members: frozenset[str]
    """Every member of a ``coalitions`` entry: the cheap test of an article's actors."""
    coalition_nouns: re.Pattern[str]
    """What reporters call a coalition once its members are named ("the alliance")."""
    agent_possessive: re.Pattern[str]
    """Anchored after a trigger: ``'s sponsors``, whom a status word is then about."""
    """What an ``Iran-backed`` compound may describe that is no agreement: a group."""
    typical_mediators: frozenset[str]
    region_words: frozenset[str]
    """Lower-case words that make the country named after them a region of it: a place."""
    place_possessive: re.Pattern[str]
    """Anchored after a country's name: "'s Idlib province", "'s south", a place it owns."""
    demonym_place: re.Pattern[str]
    """Anchored after a demonym: a place noun it qualifies ("the South African capital",
    "the Saudi city of"); after a ``place_prepositions`` word and "the", a place."""
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
    go_between_after: re.Pattern[str]
    """Anchored after an actor's name: the article making it the go-between ("Norway,
    which brokered the truce", "Norwegian mediation")."""
    go_between_before: re.Pattern[str]
    """Searched in the words before an actor's name: "facilitated by", "chaired by"."""
    go_between_led: re.Pattern[str]
    """A sentence-opening "Led by X," before a clause of mediation: X is a go-between."""
    go_between_hints: tuple[str, ...]
    """Words one of which every go-between phrase holds, for one test of the text."""
    ally_after: re.Pattern[str]
    """Anchored after an actor's name: its forces fighting for another side ("Rwandan
    troops fighting alongside the army"): an ally, no side of that side's conflict."""
    ally_words: tuple[re.Pattern[str], ...]
    """The words every ``ally_after`` match holds, searched for in the whole text first:
    each led by its letters as written, which ``re`` skips to quickly."""
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
    other_instances: frozenset[str]
    """First words that make a plural truce others of its kind ("similar pauses")."""
    every_instance: frozenset[str]
    """A word right before a singular truce that makes it each of its kind in turn ("every
    ceasefire since November has broken down")."""
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
