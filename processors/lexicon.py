"""The speech lexicon: reporting verbs, speaker words and attribution patterns.

The words live in ``processors/data/speech.json``; ``load_speech_lexicon`` reads the file
once at start-up and compiles every pattern, so extraction itself only runs them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any, Final

from processors.discourse import base, singular
from processors.text import prefix_table, trie_pattern


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
    topic_leads: frozenset[str]
    empty_contents: frozenset[str]
    """A whole content of one of these words reports nothing (``denied this``)."""
    """Right after a reporting verb, words that name what was spoken of (``said of``)."""
    call_objects: frozenset[str]
    intro_words: frozenset[str]
    lead_conjunctions: frozenset[str]
    subordinate: re.Pattern[str]
    """A subordinating word before a clause with its own subject: ``until Trump …``."""
    """Conjunctions that may open a sentence before its subject: ``But she said``."""
    name_particles: tuple[str, ...]
    boundary: re.Pattern[str]
    """Where a clause starts: punctuation or a subordinating word."""
    boundary_marks: str
    """The punctuation marks that are ``boundary`` matches by themselves."""
    coordination: re.Pattern[str]
    """``... and`` right before a verb whose subject is the clause's."""
    coordination_ends: frozenset[str] | None
    """The last word of every ``coordination`` match (None when that is not one word).

    A verb whose preceding word is none of these is not coordinated: the pattern,
    tried at every position before the verb, need not run.
    """
    venue_name: re.Pattern[str]
    """After a capital: the deal or talks it names ("the Pretoria agreement")."""
    participle_lead: re.Pattern[str]
    new_clause: re.Pattern[str]
    """``; X said`` or ``, while X said``: a new clause with its own subject."""
    new_verb: re.Pattern[str]
    participle_lead_ends: tuple[str, ...]
    new_clause_ends: tuple[str, ...]
    new_verb_ends: tuple[str, ...]
    """What a text ends with, trailing blanks aside, for the end-anchored pattern of the
    same name to match it: a text that ends otherwise need not be searched."""
    tail_runs: int
    """The most runs of non-blanks a match of ``participle_lead``, ``new_clause`` or
    ``new_verb`` spans: anchored at the end, each is searched in that many last runs of a
    text only (a search of the whole text tries them at every position)."""
    clause_tail: re.Pattern[str]
    """What may follow a trailing attribution: ``..., X said, after ...``."""
    aside: re.Pattern[str]
    """A parenthetical adverb between a verb and its ``that``."""
    intro_place: re.Pattern[str]
    """``In Kherson,`` before a speaker: where the speaker is."""
    np_end: re.Pattern[str]
    """Where a noun-phrase content ends: a clause break or a new coordinated verb."""
    source_link: re.Pattern[str]
    """Anchored: what makes ``people`` a source (``people familiar with the talks``)."""
    naming_lead: re.Pattern[str]
    """Anchored at the end: words that give a name ("a commander known as Colonel
    Karuna"): the person named after them is no clause's subject."""
    quantifiers: frozenset[str]
    """What may stand before an unnamed source without naming its side (``two``)."""
    anonymous: frozenset[str]
    question_leads: tuple[str, ...]
    """What opens a reporter's question before an attribution (``Asked whether …,``)."""
    negation: re.Pattern[str]
    """Anchored at the end: a negative word before or opening a subject (``no``, ``nobody``)."""
    negation_firsts: str
    negation_lasts: str
    """The first and last letters of the negative words, in both cases: text that does not
    begin (end) with one of them is not searched with ``negation``."""
    """Source nouns that name no side by themselves (``source``, ``insider``)."""


# How many words ``SpeechLexicon.class_of`` remembers before it starts afresh.
_KNOWN_LIMIT: Final = 100_000


# What the lexicon says about one word (``SpeechLexicon.word_class``), as bit flags.
# ``base`` is the word without a possessive ending or a final stop, in lower case.
NP: Final = 1 << 0
"""May stand in a speaker's noun phrase: a name, a title, a determiner, a head, a number."""
HEAD: Final = 1 << 1
"""A role, body, source or document noun, or a plural of one (its ``base``)."""
CAPITAL: Final = 1 << 2
"""Looks like a proper noun: capitalised, or a name particle (``bin``, ``al-Hayya``)."""
FUNCTION: Final = 1 << 3
"""Opens a sentence capitalised without starting a name (``The``, ``But``)."""
TITLE: Final = 1 << 4
"""A title abbreviation as written (``Sen.``, ``Dr``)."""
ROLE: Final = 1 << 5
"""Its ``base`` is a person's role (``spokesman``, ``minister``)."""
DETERMINER: Final = 1 << 6
BODY: Final = 1 << 7
"""Its ``base`` is a body (``ministry``, ``army``)."""
NP_WORD: Final = 1 << 8
"""Its ``base`` is a determiner or a head."""
LINK: Final = 1 << 9
"""In lower case, a word that joins a noun phrase's parts (``of``, ``for``)."""
RELATIVE: Final = 1 << 10
BLOCKER: Final = 1 << 11
"""In lower case, a word that stops a verb from reporting speech (``not``, ``to``)."""
CLAUSE: Final = 1 << 12
"""In lower case, a reporting verb or a word that marks a clause (``will``, ``has``)."""
ARTICLE: Final = 1 << 13
ADVERB: Final = 1 << 14
"""Its ``base`` is an adverb that may stand between a speaker and the verb."""
TIME: Final = 1 << 15
"""A time word as written (``Tuesday``, ``yesterday``)."""


@dataclass(frozen=True, slots=True)
class SpeechLexicon:
    """Everything ``extract_statements`` needs to know about how news reports speech."""

    verbs: Mapping[str, tuple[str, str]]
    """Written form (lower case, single spaces) -> (lemma, frame)."""
    according_pattern: re.Pattern[str]
    according_openers: tuple[str, ...]
    """The forms besides "according to" that open a sentence (``Per the governor, …``)."""
    according_document: re.Pattern[str]
    """After "according to": a document ("a joint statement by nine groups"); group
    ``source`` is set when its author follows ("by", "from", "issued by")."""
    adjunct_pattern: re.Pattern[str]
    """Anchored: a time, place or medium phrase right after a verb (``on Tuesday``)."""
    listener_pattern: re.Pattern[str]
    """Anchored: who was told (``reporters``, ``the Security Council``)."""
    retro_pattern: re.Pattern[str]
    """``The announcement, made by`` ...: attribution of the previous sentence."""
    issued_document: re.Pattern[str]
    """A document its subject put out (``issued a joint statement``), ending where a
    participle may follow it with no comma (``… statement saying that``)."""
    speech_pattern: re.Pattern[str]
    """A reporting verb (group ``verb``, the forms of ``verbs``) or a role word and the
    name it introduces (groups ``role`` and ``name``: ``Minister Park Ji-hoon``).

    One scan of an article finds both: they never overlap, and scanning once costs
    little more than scanning for either alone.
    """
    speech_starts: frozenset[str]
    """How a match of ``speech_pattern`` can begin: the run of ASCII letters that opens
    each verb form and role word (``said``, ``pointed``, ``Adm``); see ``speech_matches``."""
    cue_pattern: re.Pattern[str]
    cue_actors: Mapping[str, str]
    party_marker: re.Pattern[str]
    appositive_tail: re.Pattern[str]
    """An age or a party-state marker closing a name: ``Kevin Doyle, 41``, ``Jo Kim, D-Ore.``
    (group ``marker`` set for the latter)."""
    place_pattern: re.Pattern[str]
    """Places that tell a speaker's side (Kherson, Michigan) without being actors."""
    place_starts: frozenset[str] | None
    """The run of ASCII letters that opens each place (``Gaza``, ``Ivano``), as
    ``speech_starts`` for ``place_pattern``; None when a place opens with none."""
    start_prefixes: bytes
    """``prefix_table`` of ``speech_starts`` and ``place_starts``: most words need not be
    looked up in them."""
    place_actors: Mapping[str, str]
    shared_places: Mapping[str, str]
    """Places named like a country (Georgia) -> the side they belong to (USA), which a
    title cue of that side (``Gov.``) picks over the country."""
    home_share: float
    """Share of actor mentions that makes an article domestic to one actor."""
    home_min: int
    media: frozenset[str]
    answer_labels: tuple[str, ...]
    """What opens an interviewee's answer line (``A:``)."""
    question_labels: tuple[str, ...]
    """What opens an interviewer's question line (``Q:``)."""
    interview_cue: re.Pattern[str]
    """What says a piece is an interview (``spoke with us``, ``edited for length``)."""
    media_roles: re.Pattern[str]
    """A journalist's role (``correspondent``, ``host``): a transcript label naming one
    gives a report, not a newsmaker's words."""
    adverbs: frozenset[str]
    time_words: frozenset[str]
    blockers_before: frozenset[str]
    blockers_after: frozenset[str]
    question_leads: frozenset[str]
    """What opens an indirect question (``asked whether …``, ``asked who would …``)."""
    subordinate_leads: tuple[str, ...]
    """What opens a leading subordinate clause (``if ``, ``as long as ``), with its blank."""
    carried_leads: tuple[str, ...]
    """What opens the words after a mid-sentence attribution that carry on past the
    report (``but ``, ``while ``), with its blank: the report is the clause before."""
    time_leads: tuple[str, ...]
    """What opens a phrase of when after a verb (``shortly after ``), with its blank."""
    time_lead_tails: tuple[str, ...]
    """The last words of ``time_leads`` between blanks (`` after ``): where none stands
    near, no amount of time can open a phrase of when."""
    answers: frozenset[str]
    """A bare answer as a verb's object (``yes``, ``no``)."""
    answer_tails: frozenset[str]
    """Words that open a phrase of time after a bare answer (``the same night``)."""
    reciprocals: tuple[str, ...]
    """``each other``: content that says two sides spoke of each other, nobody's words."""
    noun_markers: frozenset[str]
    """Words that make a following form a noun: ``the claims``, ``his remarks``."""
    pronouns: Mapping[str, str]
    possessives: Mapping[str, str]
    """``his``, ``her`` and the gender of the person they point back to."""
    determiners: frozenset[str]
    person_roles: frozenset[str]
    expert_roles: frozenset[str]
    """Independent experts (``analyst``, ``researcher``): a city named with their
    institute gives them no side."""
    titles: frozenset[str]
    bodies: frozenset[str]
    state_organs: frozenset[str]
    """Bodies every state has (``army``, ``government``): alone, the last state named's."""
    group_nouns: frozenset[str]
    armed_group_nouns: frozenset[str]
    armed_modifiers: frozenset[str]
    insurgent_words: frozenset[str]
    """Words that make a phrase a side fighting a state (``Sudanese rebels``)."""
    insurgent_foils: frozenset[str]
    """Words before an insurgent word that set it against the speaker (``envoy to the rebels``)."""
    mediator_nouns: tuple[str, ...]
    """What a mediating party is called as a speaker (``the guarantor countries``)."""
    mediator_words: tuple[str, ...]
    """Words naming a mediator's part (``brokered``, ``guarantors``), lower case."""
    mediator_gap: frozenset[str]
    """The only words between a mediator word and the mediator it names (``by``)."""
    monitor_nouns: frozenset[str]
    """What a monitor is called as a speaker (``A monitor in Donetsk``), lower case."""
    monitor_words: tuple[str, ...]
    """Words naming a monitor's part (``monitor`` in ``OSCE monitors``), lower case."""
    """Words that make a role an armed group's (``a guerrilla commander``)."""
    """Group nouns naming only an armed group (``the rebels``): never a neutral body's."""
    neutral_bodies: frozenset[str]
    """Actors that are no armed group (the Red Cross, the UN)."""
    usual_brokers: frozenset[str]
    state_roles: frozenset[str]
    """Offices only a state has (``president``, ``minister``): the article's state's."""
    insurgencies: Mapping[str, str]
    """An armed group that fights its own state (``ELN``) -> that state (``COL``)."""
    state_home_min: int
    """States that mostly mediate: a bare ``the government`` is a warring state's first."""
    patron_suffixes: frozenset[str]
    """``Iran-backed``: the actor before the hyphen backs the speaker, it is not its side."""
    """Bodies a non-state actor is called by (``group``, ``movement``): alone, the last
    non-state actor named's."""
    documents: frozenset[str]
    sources: frozenset[str]
    non_speakers: frozenset[str]
    placeless_sources: frozenset[str]
    """Crowds a place does not give a side to: ``brokers in London``, ``Kyiv-based analysts``."""
    civilian_roles: frozenset[str]
    """What a private person is described as (``a mother of five``): a place gives no side."""
    sideless_sources: frozenset[str]
    """Crowds that speak for no state unless the text gives one (``diplomats``,
    ``residents``): never the story's home state by default."""
    serving_sources: frozenset[str]
    """Sources who serve where they are posted (``officials in Stepanakert``, ``a commander
    near Avdiivka``): a place that tells a side (``place_actors``) gives theirs."""
    state_sources: frozenset[str]
    """Unnamed sources that serve a state (``officials``, ``a senior official``): bare, in
    a story about one state's insurgency, that state's."""
    state_source_ranks: frozenset[str]
    """What may qualify a state source and keep it bare (``senior``, ``top``)."""
    retinues: frozenset[str]
    """A person's staff named alone (``Aides said``): they serve the person just named."""
    colleagues: frozenset[str]
    """People who speak for whom they work for (``officials``, ``diplomats``): ``one
    official`` after ``British diplomats`` said something is one of them."""
    compass_shorts: tuple[str, ...]
    """``the North``: the one state the article names as ``North …``."""
    loyalty_words: frozenset[str]
    """Words that put a speaker on a state's side (``pro-government``): the story's state."""
    loyalty_leads: tuple[str, ...]
    """What opens whom a speaker is loyal to (``loyal to``): that one's side."""
    organ_kinds: Mapping[str, frozenset[str]]
    """A state body's word (``military``) -> every word of its kind (army, military...)."""
    context_cues: frozenset[str]
    """Cues other states use too (``Congress``): their side needs the text's support."""
    employee_roles: frozenset[str]
    """Roles that speak for an employer (``Spokesperson Jo Kim``): with no side of their
    own, the body the sentence before had as its subject."""
    clause_officials: frozenset[str]
    """Unnamed officials (``a senior official``) that, with no side of their own, speak for
    the body that led the clause before theirs (``The ministry has …, and an official said``)."""
    media_bodies: frozenset[str]
    """Outlets named by a common noun (``state television``): bodies that report, and
    issue no statement a later ``the statement said`` could mean."""
    civil_name_words: frozenset[str]
    """Words that make a name a civil body's (``the Norwegian Refugee Council``): its
    demonym says where it is from, not the side it speaks for."""
    companies: frozenset[str]
    """Nouns for a business: ``the Danish company``, ``the ship's Greek manager`` speak for
    the firm, not for the state their demonym names."""
    retro_nouns: Mapping[str, str]
    as_worded: re.Pattern[str]
    """What after ``as`` says which version of a text is meant (``the truce as drafted``,
    ``the plan as it stands``), not what the speaker calls it."""
    speech_objects: frozenset[str]
    title_cues: frozenset[str]
    """Words before a short Title Case quote that make it a title (``on "Face the
    Nation"``, ``a column headlined "…"``), not speech."""
    title_small_words: frozenset[str]
    relative_heads: frozenset[str]
    act_nouns: frozenset[str]
    act_appositive: re.Pattern[str]
    """Anchored at the end: an appositive act noun that opens a relative before its
    subject (``…, a figure that X said``): the relative reports on its own."""
    """Nouns for an act (``step``, ``plan``): a reduced relative after one may report
    (``a step the FBI said it was considering``), unlike one after a speech object."""
    """Nouns a reduced relative may follow (``an allegation the group rejects``): the
    ``speech_objects`` and the ``act_nouns``."""
    clause_cues: frozenset[str]
    abbreviations: frozenset[str]
    female_names: frozenset[str]
    male_names_in_a: frozenset[str]
    female_roles: frozenset[str]
    male_roles: frozenset[str]
    grammar: Grammar
    heads: frozenset[str]
    """Nouns that head a speaker's phrase: roles, bodies, sources and documents."""
    head_forms: frozenset[str]
    """The heads and every plural that ``singular`` takes back to one of them."""
    np_words: frozenset[str]
    """Words a speaker's phrase is made of besides names: determiners and heads."""

    word_classes: tuple[Mapping[str, int], Mapping[str, int], Mapping[str, int]]
    """Flags of the words the lexicon lists, by the word as written, lower case, ``base``."""
    known_classes: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    """``word_class`` of the words read so far, by any article (see ``class_of``)."""

    def class_of(self, word: str) -> int:
        """``word_class(word)``, remembered: news repeats its words from one story to the next.

        The memory only spares work (the flags depend on the word alone); it is emptied
        when it grows past ``_KNOWN_LIMIT`` words, so a long-running worker stays small.
        """
        known = self.known_classes
        flags = known.get(word)
        if flags is None:
            if len(known) >= _KNOWN_LIMIT:
                known.clear()
            flags = known[word] = self.word_class(word)
        return flags

    def speech_matches(
        self, text: str, places: list[re.Match[str]] | None = None
    ) -> list[re.Match[str]]:
        """``speech_pattern.finditer(text)``, found faster.

        Every verb form and role word opens with ASCII letters that it matches as
        written, up to a character that is none (a blank, a hyphen, a full stop, an
        accented letter) or its end. So a match can only begin at a word whose run of
        ASCII letters is one of ``speech_starts``; the pattern is tried only there, where
        the regex engine would try it at every word of the text. One pass over the
        characters finds those runs (``split`` and ``find`` would cost more).

        Given a list, ``places`` receives ``place_pattern.finditer(text)`` from the same
        pass: a place too opens with its run of ASCII letters (``place_starts``).
        """
        pattern, starts, prefixes = self.speech_pattern, self.speech_starts, self.start_prefixes
        found: list[re.Match[str]] = []
        place_starts = self.place_starts
        if place_starts is None:  # a place opens with no ASCII letter: scanned for
            if places is not None:
                places.extend(self.place_pattern.finditer(text))
            places, place_starts = None, frozenset()
        placed = 0  # where the last place ended
        size = len(text)
        floor = 0  # where the last match ended: the next one starts here or later
        opening = -1  # where the run of ASCII letters that opens a word began, if in one
        prefix = 0
        before_word = True  # the character before ``pos`` is no word character or hyphen
        # Read as bytes, one to a character: indexing bytes gives the code with no
        # one-character string built. A "?" may stand for a character outside ASCII.
        data = text.encode("ascii", "replace")
        for pos in range(size + 1):
            code = data[pos] if pos < size else 32  # a blank after the end
            if code == 63:
                code = ord(text[pos])
            if 65 <= code <= 90 or 97 <= code <= 122:  # an ASCII letter
                if before_word and (pos >= floor or places is not None):
                    opening = pos
                    prefix = code & 31  # the run's ``prefix_index``, built as it is read
                elif opening >= 0 and pos - opening < 3:
                    prefix = prefix << 5 | code & 31
                before_word = False
                continue
            if opening >= 0 and pos - opening < 3:
                prefix <<= 5 * (3 - pos + opening)
            if opening >= 0 and prefixes[prefix]:
                run = text[opening:pos]
                if opening >= floor and run in starts:
                    match = pattern.match(text, opening)
                    if match is not None:
                        found.append(match)
                        floor = match.end()
                if places is not None and opening >= placed and run in place_starts:
                    place = self.place_pattern.match(text, opening)
                    if place is not None:
                        places.append(place)
                        placed = place.end()
            opening = -1
            if 48 <= code <= 57 or code == 95 or code == 45:  # a digit, "_" or "-"
                before_word = False
            else:
                before_word = code < 128 or not text[pos].isalnum()
        return found

    def word_class(self, word: str) -> int:
        """What the lexicon says about ``word``: ``NP | HEAD | CAPITAL | ...`` flags."""
        as_written, lower, by_base = self.word_classes
        low = base(word)
        flags = as_written.get(word, 0) | lower.get(word.lower(), 0) | by_base.get(low, 0)
        # "al-Hayya" is one word; "bin", "von" and "de" stand alone inside a name.
        particles = self.grammar.name_particles
        if (
            word[:1].isupper()
            or word in particles
            or (word.startswith(particles) and "-" in word[:4])
        ):
            flags |= CAPITAL
        if "-" in low and low.split("-")[0] in self.heads:
            flags |= HEAD  # commander-in-chief, vice-president
        if flags & (CAPITAL | TITLE | NP_WORD | HEAD) or low.isdigit():
            flags |= NP
        return flags


def _word_classes(lexicon: SpeechLexicon) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """``SpeechLexicon.word_classes``: the flags each listed word gets, by how it is read."""
    grammar = lexicon.grammar
    keyed: tuple[tuple[Iterable[str], int], ...]
    tables: list[dict[str, int]] = []
    for keyed in (
        ((grammar.relatives, RELATIVE), (lexicon.time_words, TIME), (lexicon.titles, TITLE)),
        (
            (grammar.links, LINK),
            (lexicon.blockers_before, BLOCKER),
            (lexicon.verbs, CLAUSE),
            (lexicon.clause_cues, CLAUSE),
            (grammar.articles, ARTICLE),
        ),
        (
            (grammar.function_caps, FUNCTION),
            (lexicon.person_roles, ROLE),
            (lexicon.determiners, DETERMINER),
            (lexicon.bodies, BODY),
            (lexicon.adverbs, ADVERB),
            (lexicon.head_forms, HEAD),
            (lexicon.np_words, NP_WORD),
        ),
    ):
        table: dict[str, int] = {}
        for words, flag in keyed:
            for word in words:
                table[word] = table.get(word, 0) | flag
        tables.append(table)
    return tables[0], tables[1], tables[2]


def _alternation(words: Iterable[str]) -> str:
    """Longest first, so ``pointed to`` wins over ``pointed``; spaces match any blank."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _lower_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


# A name after its title: capitalised words, with the particles names carry.
_PARTICLES: Final = ("al", "bin", "bint", "ibn", "de", "da", "van", "von", "der", "la", "le")
# A word of a name: initials ("J.", "J.D.") or a capitalised word that does not end in a
# full stop, which ends the sentence ("... with President Filipe Nyusi. Dhlakama said").
_NAME_WORD: Final = r"(?:al-|el-)?(?:(?:[A-Z]\.)+|[A-Z](?:[\w'\u2019.\-]*[\w'\u2019\-])?)"
_NAME: Final = (
    rf"({_NAME_WORD}"
    rf"(?:\s+(?:(?:{'|'.join(_PARTICLES)})\s+)?"
    rf"{_NAME_WORD}){{0,3}})"
)
_DAYS: Final = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight"
_PROPER: Final = r"[A-Z][\w'\u2019.\-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019.\-]*)*"


def _role_words(raw: Mapping[str, Any]) -> set[str]:
    """Single-word roles and titles, lower case and capitalised."""
    words = {w for w in raw["person_roles"] if " " not in w}
    words |= {w.capitalize() for w in words}
    return words | {t for t in raw["title_abbreviations"] if " " not in t}


def _adjunct_pattern(raw: Mapping[str, Any]) -> re.Pattern[str]:
    """``on Tuesday``, ``in a statement``, ``at a news conference in Kyiv``, ``last week``."""
    # A trie: the pattern tries the heads after each of up to five words.
    heads = trie_pattern(raw["adjunct_heads"] + raw["months"], any_blank=True)
    when = set(raw["adjunct_time_preps"])
    preps = _alternation([p for p in raw["adjunct_preps"] if p != "to" and p not in when])
    # "later that day", "late on Friday": a word that says when takes a time, not a name.
    time_heads = trie_pattern(raw["adjunct_time_heads"] + raw["months"], any_blank=True)
    time_preps = _alternation(p for p in raw["adjunct_preps"] if p in when)
    if "to" in raw["adjunct_preps"]:
        # "to cheers", "to the crowd", but not "vowed to cut training time": after "to" a
        # lower-case word opens an adjunct only as an article or a head of one.
        openers = [*raw["grammar"]["articles"], *(h for h in raw["adjunct_heads"] if h.islower())]
        preps += rf"|to(?=\s+(?:[A-Z\u201c\"]|(?:{_alternation(openers)})(?![\w-])))"
    time_phrase = (
        rf"(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?(?:{_DAYS})"
        r"(?:\s+(?:morning|afternoon|evening|night))?"
        r"|(?:earlier|later)(?:\s+(?:this|last|on|in)\s+\w+)?"
        r"|(?:last|this)\s+(?:week|month|year|weekend|morning|evening|night)"
        r"|\w+\s+(?:days|weeks|months)\s+ago"
        # How long: "argued for hours", "spoke for about 40 minutes".
        r"|for\s+(?:(?:about|nearly|almost|over|more\s+than)\s+)?(?:[\w-]+\s+)?"
        r"(?:minutes|hours|days|weeks|months|years|decades)"
        r"|for\s+(?:a\s+(?:minute|moment|while|time)|an\s+hour)"
    )
    # A programme's quoted title: "on NBC's “Meet the Press”", "told CBS's "Face the Nation"".
    title = r"[\u201c\"][A-Z][^\u201c\u201d\"\n]{0,60}?[\u201d\"]"
    # "said to reporters Tuesday": who heard it, one listener word and no more.
    heard = _alternation(w for w in raw["listeners"] if w.islower() and " " not in w)
    manner = _alternation(raw["adjunct_phrases"])
    return re.compile(
        rf"(?:,?\s*(?:to\s+(?:{heard})(?![\w'\u2019-])|(?:{manner})(?![\w-])"
        rf"|(?:{time_preps})\s+(?:[\w'\u2019.\-]+\s+){{0,5}}?(?:{time_heads})(?:\s+\d{{1,2}})?(?![\w'\u2019-])"
        # The words before a name are no clause's "that": "in his memoir that Smith was".
        rf"|(?:{preps})\s+(?:(?!that\s)[\w'\u2019.\-]+\s+){{0,5}}?"
        # "at a Capitol news conference": a name may qualify the head that follows it,
        # and so may a head ("in a Facebook post", "on a Telegram channel").
        rf"(?:(?:(?:{heads})(?:\s+(?:{heads})(?![\w-]))?"
        rf"|{_PROPER}(?:\s+(?:[a-z][\w-]*\s+)?(?:{heads})(?![\w-]))?)"
        rf"(?:\s+\d{{1,2}})?(?:'s|\u2019s)?(?![\w-])(?:\s+{title})?"
        # "said Tuesday's deal": a day with a possessive starts the content, not a time.
        rf"|{title})|(?<=['\u2019]s)\s*{title}|(?:{time_phrase})(?!['\u2019]s\b))(?![\w-])\s*,?)+"
    )


# Punctuation that ends a clause: each is a boundary of its own (no opener holds one).
_BOUNDARY_MARKS: Final = ',;:\u201c\u201d"\u2014\u2013'


def _grammar(raw: Mapping[str, Any]) -> Grammar:
    # A trie: the boundary pattern tries the openers at every blank of a clause.
    openers = trie_pattern(raw["clause_openers"], any_blank=True)
    marks = _BOUNDARY_MARKS
    if any(mark in opener for opener in raw["clause_openers"] for mark in marks):
        raise ValueError("a clause opener may not hold a boundary mark")
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
        topic_leads=frozenset(raw["topic_leads"]),
        empty_contents=frozenset(raw["empty_contents"]),
        call_objects=frozenset(raw["call_objects"]),
        intro_words=frozenset(raw["intro_words"]),
        lead_conjunctions=frozenset(raw["lead_conjunctions"]),
        subordinate=re.compile(rf"\b(?:{_alternation(raw['subordinators'])})\s+"),
        name_particles=tuple(raw["name_particles"]),
        # A punctuation mark, or a blank before an opener word; said as one character
        # class first, so that the regex engine skips the letters in between.
        boundary=re.compile(rf"[{marks}\s](?:(?<=[{marks}])|(?<=\s)(?:{openers})\s)"),
        boundary_marks=marks,
        coordination=re.compile(rf"(?:,\s*)?\b(?:{coordinators})\s+(?:(?:{adverbs})\s+)?$"),
        coordination_ends=_last_words(raw["coordinators"] + raw["coordination_adverbs"]),
        participle_lead=re.compile(
            rf"(?:,{closing}|\b(?:{_alternation(raw['participle_leads'])}))\s*$"
        ),
        new_clause=re.compile(rf"(?:;|,{closing}\s*and|,?{closing}\s*\b(?:{new_clauses})\b)\s*$"),
        new_verb=re.compile(rf"(?:,{closing}|\b(?:{coordinators})\b(?:\s+(?:{adverbs}))?)\s*$"),
        participle_lead_ends=_end_words(raw["participle_leads"], ',\u201d"'),
        new_clause_ends=_end_words(raw["new_clauses"] + ["and"], ";"),
        new_verb_ends=_end_words(raw["coordinators"] + raw["coordination_adverbs"], ',\u201d"'),
        # A comma before the words (", while") may end the run before them.
        tail_runs=1
        + max(
            _most_words(raw["participle_leads"]),
            _most_words(raw["new_clauses"]),
            _most_words(raw["coordinators"]) + _most_words(raw["coordination_adverbs"]),
        ),
        clause_tail=re.compile(rf",?\s*(?:(?:{_alternation(raw['clause_tails'])})\b|\w+ing\b)"),
        aside=re.compile(rf",\s*(?:{_alternation(raw['asides'])})\s*,"),
        np_end=re.compile(
            rf"\s*[,;:(\u2014\u2013]|\s+(?:{coordinators}|{new_clauses})\s+(?:also\s+)?\w+ed\b"
            rf"|\s+(?:{new_clauses})\s+"
        ),
        venue_name=re.compile(raw["venue_name"]),
        intro_place=re.compile(
            rf"(?:{_alternation(raw['intro_places'])})\s+(?:[A-Z][\w'\u2019.\-]*\s*){{1,4}},"
        ),
        quantifiers=frozenset(raw["quantifiers"]),
        anonymous=frozenset(raw["anonymous"]),
        question_leads=tuple(raw["question_leads"]),
        negation=re.compile(
            rf"(?<![\w'\u2019-])(?i:{_alternation(raw['negative_subjects'])})(?![\w'\u2019-])\s*$"
        ),
        source_link=re.compile(rf"\s*(?:{_alternation(raw['source_links'])})\s"),
        naming_lead=re.compile(
            rf"(?<![\w-])(?:{_alternation(raw['naming_leads'])})\s+$", re.IGNORECASE
        ),
        negation_firsts=_both_cases(w[0] for w in raw["negative_subjects"]),
        negation_lasts=_both_cases(w[-1] for w in raw["negative_subjects"]),
    )


def _last_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """The last word of each phrase, or None when one of them ends in a non-word character."""
    last = [phrase.split()[-1] for phrase in phrases]
    if not all(re.fullmatch(r"\w+", word) for word in last):
        return None
    return frozenset(last)


def _both_cases(letters: Iterable[str]) -> str:
    """The letters in lower and upper case (what ``re.IGNORECASE`` lets them match, for
    letters other than i, k and s, which also match a few other characters)."""
    cased = {case for letter in letters for case in (letter.lower(), letter.upper())}
    if cased & set("iksIKS"):
        raise ValueError(f"negative words may not begin or end with i, k or s: {sorted(cased)}")
    return "".join(sorted(cased))


def _end_words(phrases: Iterable[str], marks: str) -> tuple[str, ...]:
    """The last word of each phrase and each of ``marks``, as suffixes for ``str.endswith``."""
    return tuple(sorted({phrase.split()[-1] for phrase in phrases} | set(marks)))


def _most_words(phrases: Iterable[str]) -> int:
    """The most words (runs of non-blanks) any of ``phrases`` has."""
    return max(len(phrase.split()) for phrase in phrases)


def _head_forms(heads: frozenset[str]) -> frozenset[str]:
    """Every word whose ``singular`` is a head (``officials``, ``authorities``), and the heads."""
    forms = set(heads)
    for head in heads:
        plurals = [head + "s"] + ([head[:-1] + "ies"] if head.endswith("y") else [])
        forms.update(p for p in plurals if singular(p) in heads)
    return frozenset(forms)


def _speech_patterns(
    verbs: Iterable[str], roles: Iterable[str]
) -> tuple[re.Pattern[str], frozenset[str]]:
    """Reporting verbs and titled names, in one pattern (``SpeechLexicon.speech_pattern``),
    and the letters its matches can begin with (``SpeechLexicon.speech_starts``).

    A match is one or the other, never both: no word of a verb form is a role word or
    a particle of a name, so a verb can neither start where a titled name does nor
    inside one (and the other way round).
    """
    verbs, roles = list(verbs), list(roles)
    verb_words = {word for form in verbs for word in form.split()}
    clash = verb_words & {*roles, *_PARTICLES, "el"}
    if clash:
        raise ValueError(f"verb forms share words with roles or name particles: {sorted(clash)}")
    starts = set()
    for form in [*verbs, *roles]:
        opening = _OPENING_LETTERS.match(form)
        if opening is None:
            raise ValueError(f"a verb form or role word must start with a letter: {form!r}")
        starts.add(opening.group())
    verb = trie_pattern(verbs, any_blank=True)
    role = trie_pattern(roles)
    name = _NAME.replace("(", "(?P<name>", 1)
    body = rf"(?:(?P<verb>{verb})(?![\w-])|(?P<role>{role})\s+{name})"
    return re.compile(rf"(?<![\w-]){body}"), frozenset(starts)


# The run of ASCII letters that opens a verb form or role word.
_OPENING_LETTERS: Final = re.compile(r"[A-Za-z]+")


def _openings(words: Iterable[str]) -> frozenset[str] | None:
    """The run of ASCII letters that opens each word, or None when one opens with none."""
    runs = [_OPENING_LETTERS.match(word) for word in words]
    return frozenset(run.group() for run in runs if run) if all(runs) else None


def build_speech_lexicon(raw: Mapping[str, Any]) -> SpeechLexicon:
    """Compile a lexicon from the parsed JSON document."""
    lexicon = _build(raw)
    return replace(lexicon, word_classes=_word_classes(lexicon))


def _build(raw: Mapping[str, Any]) -> SpeechLexicon:
    """The lexicon without its word classes (``_word_classes`` reads them from it)."""
    verbs: dict[str, tuple[str, str]] = {}
    for key, entry in raw["verbs"].items():
        # An entry may name its lemma when one verb has forms of two frames.
        lemma = entry.get("lemma", key)
        for form in entry["forms"]:
            verbs[form] = (lemma, entry["frame"])
        if " " not in lemma and entry.get("lemma") is None:
            # "went on to note": the base form after a lead that says it was done.
            for lead in raw["done_leads"]:
                verbs.setdefault(f"{lead} {lemma}", (lemma, entry["frame"]))
    cue_actors = {cue: actor for actor, cues in raw["actor_cues"].items() for cue in cues}
    place_actors = {place: actor for actor, ps in raw["place_actors"].items() for place in ps}
    bodies = _lower_set(raw["bodies"] + raw["media_bodies"])
    heads = _lower_set(raw["person_roles"] + raw["sources"] + raw["documents"]) | bodies
    speech_pattern, speech_starts = _speech_patterns(verbs, _role_words(raw))
    place_starts = _openings(place_actors)
    documents = _alternation(raw["according_documents"])
    makers = "(?:issued|released|published|posted)"
    retro = (
        rf"(?:The|the|This|this|That|that|Its|its)\s+({_alternation(raw['retro_nouns'])}),?\s+"
        rf"(?:{_alternation(raw['retro_makers'])})\s+by\s+"
    )
    return SpeechLexicon(
        verbs=verbs,
        according_pattern=re.compile(rf"(?<![\w-])(?:{_alternation(raw['according'])})\s+"),
        according_openers=tuple(
            form + " " for form in raw["according"] if not form.lower().startswith("according")
        ),
        according_document=re.compile(
            # A bare plural needs its author: "according to estimates from the ministry"
            # (while "according to UN figures" names the UN itself).
            rf"(?:(?:an?|the|its|their|his|her)\s+|(?=(?:[\w-]+\s+)?(?:{documents})"
            rf"\s+(?:{makers}\s+)?(?:by|from)\s))(?:[\w-]+\s+){{0,2}}?(?:{documents})\b"
            rf"(?P<source>\s+(?:{makers}\s+)?(?:by|from)\s+)?"
        ),
        adjunct_pattern=_adjunct_pattern(raw),
        listener_pattern=re.compile(rf"\s*(?:{_alternation(raw['listeners'])})(?![\w-])"),
        retro_pattern=re.compile(retro),
        issued_document=re.compile(
            rf"\b(?:{_alternation(raw['retro_makers'])})\s+(?:an?|the|its|their|his|her)\s+"
            rf"(?:[\w-]+\s+){{0,2}}?(?:{_alternation(raw['documents'])})\b"
        ),
        speech_pattern=speech_pattern,
        speech_starts=speech_starts,
        # A trie whose word-start check follows each first letter: the engine then tries
        # it only where such a letter stands, not at every position.
        cue_pattern=re.compile(
            rf"{trie_pattern(cue_actors, any_blank=True, word_start=True)}(?![\w-])"
        ),
        cue_actors=cue_actors,
        party_marker=re.compile(raw["us_party_marker"]),
        appositive_tail=re.compile(
            rf"(?:,\s*|\s+(?=\())(?:\d{{1,3}}|(?P<marker>{raw['us_party_marker']}))\s*$"
        ),
        place_pattern=re.compile(rf"{trie_pattern(place_actors, word_start=True)}(?![\w])"),
        place_starts=place_starts,
        start_prefixes=prefix_table(speech_starts | (place_starts or frozenset())),
        place_actors=place_actors,
        shared_places={place: actor for actor, ps in raw["shared_places"].items() for place in ps},
        home_share=float(raw["home_share"]),
        home_min=int(raw["home_min"]),
        media=frozenset(raw["media"]),
        answer_labels=tuple(raw["interview_labels"]["answer"]),
        question_labels=tuple(raw["interview_labels"]["question"]),
        interview_cue=re.compile(
            rf"\b(?:{_alternation(raw['interview_labels']['cues'])})\b", re.IGNORECASE
        ),
        media_roles=re.compile(rf"\b(?:{_alternation(raw['media_roles'])})\b", re.IGNORECASE),
        adverbs=_lower_set(raw["adverbs"]),
        time_words=frozenset(raw["time_words"]),
        blockers_before=_lower_set(raw["blockers_before"]),
        blockers_after=_lower_set(raw["blockers_after"]),
        question_leads=_lower_set(raw["question_leads"]),
        subordinate_leads=tuple(f"{lead.lower()} " for lead in raw["subordinate_leads"]),
        carried_leads=tuple(f"{lead.lower()} " for lead in raw["carried_leads"]),
        time_leads=tuple(f"{lead.lower()} " for lead in raw["time_leads"]),
        time_lead_tails=tuple(
            sorted({f" {lead.split()[-1].lower()} " for lead in raw["time_leads"]})
        ),
        answers=_lower_set(raw["answers"]["words"]),
        answer_tails=_lower_set(raw["answers"]["after"]),
        reciprocals=tuple(raw["reciprocals"]),
        noun_markers=_lower_set(raw["noun_markers"]),
        pronouns=dict(raw["pronouns"]),
        possessives=dict(raw["possessives"]),
        determiners=_lower_set(raw["determiners"]),
        person_roles=_lower_set(raw["person_roles"]),
        expert_roles=frozenset(raw["expert_roles"]),
        titles=frozenset(raw["title_abbreviations"]),
        bodies=bodies,
        state_organs=_lower_set(raw["state_organs"]),
        group_nouns=_lower_set(raw["group_nouns"]),
        armed_group_nouns=_lower_set(raw["armed_group_nouns"]),
        armed_modifiers=_lower_set(raw["armed_modifiers"]),
        insurgent_words=_lower_set(raw["insurgent_words"]),
        insurgent_foils=_lower_set(raw["insurgent_foils"]),
        mediator_nouns=tuple(raw["mediators"]["nouns"]),
        mediator_words=tuple(raw["mediators"]["words"]),
        mediator_gap=_lower_set(raw["mediators"]["gap"]),
        monitor_nouns=_lower_set(raw["monitors"]["nouns"]),
        monitor_words=tuple(w.lower() for w in raw["monitors"]["words"]),
        neutral_bodies=frozenset(raw["neutral_bodies"]),
        usual_brokers=frozenset(raw["usual_brokers"]),
        state_roles=_lower_set(raw["state_roles"]),
        state_home_min=int(raw["state_home_min"]),
        insurgencies={group: state for state, gs in raw["insurgencies"].items() for group in gs},
        patron_suffixes=_lower_set(raw["patron_suffixes"]),
        documents=_lower_set(raw["documents"]),
        sources=_lower_set(raw["sources"]),
        non_speakers=_lower_set(raw["non_speakers"]),
        placeless_sources=_lower_set(raw["placeless_sources"]),
        civilian_roles=_lower_set(raw["civilian_roles"]),
        sideless_sources=_lower_set(raw["sideless_sources"]),
        serving_sources=_lower_set(raw["serving_sources"]),
        state_sources=_lower_set(raw["state_sources"]),
        state_source_ranks=_lower_set(raw["state_source_ranks"]),
        retinues=_lower_set(raw["retinues"]),
        colleagues=_lower_set(raw["colleagues"]),
        compass_shorts=tuple(raw["compass_shorts"]),
        loyalty_words=_lower_set(raw["loyalty"]["words"]),
        loyalty_leads=tuple(lead.lower() for lead in raw["loyalty"]["leads"]),
        organ_kinds={
            word.lower(): _lower_set(words)
            for words in raw["organ_kinds"].values()
            for word in words
        },
        context_cues=frozenset(raw["context_cues"]),
        employee_roles=_lower_set(raw["employee_roles"]),
        clause_officials=_lower_set(raw["clause_officials"]),
        media_bodies=_lower_set(raw["media_bodies"]),
        civil_name_words=_lower_set(raw["civil_name_words"]),
        companies=_lower_set(raw["companies"]),
        retro_nouns=dict(raw["retro_nouns"]),
        as_worded=re.compile(rf"(?:{_alternation(raw['as_worded'])})(?![\w-])"),
        speech_objects=_lower_set(raw["speech_objects"]),
        title_cues=_lower_set(raw["title_cues"]),
        title_small_words=_lower_set(raw["title_small_words"]),
        relative_heads=_lower_set(raw["speech_objects"] + raw["act_nouns"]),
        act_nouns=_lower_set(raw["act_nouns"]),
        act_appositive=re.compile(
            rf",\s*(?:a|an|the|one)\s+(?:[\w-]+\s+)?(?:{_alternation(raw['act_nouns'])})"
            r"\s+(?:that\s+|which\s+)?$"
        ),
        clause_cues=_lower_set(raw["clause_cues"]),
        abbreviations=frozenset(raw["abbreviations"]),
        female_names=frozenset(raw["female_names"]),
        male_names_in_a=frozenset(raw["male_names_in_a"]),
        female_roles=_lower_set(raw["female_roles"]),
        male_roles=_lower_set(raw["male_roles"]),
        grammar=_grammar(raw["grammar"]),
        heads=heads,
        head_forms=_head_forms(heads),
        np_words=_lower_set(raw["determiners"]) | heads,
        word_classes=({}, {}, {}),
    )


def load_speech_lexicon(path: Path | None = None) -> SpeechLexicon:
    """Read the speech lexicon (the packaged one unless ``path`` is given)."""
    if path is None:
        raw = resources.files("processors").joinpath("data/speech.json").read_text("utf-8")
    else:
        raw = path.read_text(encoding="utf-8")
    return build_speech_lexicon(json.loads(raw))
