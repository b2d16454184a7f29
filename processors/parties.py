"""Who an agreement binds and whose act a status is: actors in the text and their roles.

An article names actors in several ways (Putin, the Kremlin, "Russian", "US-backed",
"Russia-Ukraine"); ``ArticleActors`` finds them once per article, and the helpers here
tell a clause's subject, the agent of a passive, a reported speaker, and the sides of
the conflict the article is about.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import itemgetter
from types import MappingProxyType
from typing import Final

from processors.actors import ActorMention, Gazetteer, scan_mentions
from processors.agreement_lexicon import AgreementLexicon
from processors.agreement_text import last_match, last_words
from processors.model import UNKNOWN_ACTOR, Statement

# Hyphenated compounds hide actors from the gazetteer's word boundaries:
# "Russia-Ukraine truce", "US-backed plan", "Qatari-mediated talks".
_HYPHENATED: Final = re.compile(r"[\w.\u2019']+(?:-[\w.\u2019']+)+")
_DASH: Final = re.compile(r"-(?=\w)")
_JOINABLE: Final = re.compile(r"[\w.]")
_WORD_BEFORE: Final = re.compile(r"(?<![\w.\u2019'-])[\w.\u2019']+$")
_PRECEDING_WORD: Final = re.compile(r"([\w\u2019'.-]+)\W*$")
# Characters that belong to a word without being word characters ("U.S.", "Ukraine's").
_WORD_MARKS: Final = "\u2019'.-"
_POSSESSIVE: Final = ("\u2019s", "'s")
_PUNCTUATION: Final = ",.;:\u201c\u201d\"'"
# The two words after a compound ("group", "armed group").
_NEXT_WORDS: Final = re.compile(r"(?:\s+[A-Za-z][\w-]*){1,2}")
# A relative clause set off by commas inside a clause: it describes, it does not act. It
# may hold a list ("which groups the MNDAA, the TNLA and the Arakan Army,"). So does a
# noun in apposition ("the Hizbul Mujahideen, the largest armed group fighting Indian rule
# in Kashmir, announced"): a common noun after its article, not a name in a list ("Russia,
# the United States and Ukraine").
_ASIDE: Final = re.compile(
    r",\s*(?:(?:which|who|whom|whose)\b[^,;:.]*(?:(?:,[^,;:.]*){0,3},[^,;:.]*\band\b[^,;:.]*)?"
    r"|(?:the|a|an)\s+[a-z][^,;:.]*),(?!\s*(?:and|or)\b)"
)
_UNNAMED: Final = 1 << 62
_NO_COALITIONS: Final[Mapping[str, str]] = MappingProxyType({})
_CAPITALISED: Final = re.compile(r"^(?:[A-Z][\w.\u2019'-]*|the|The)$")


@dataclass(frozen=True, slots=True)
class ArticleActors:
    """Every actor mention of one article, in text order, and what they add up to."""

    hits: tuple[ActorMention, ...]
    starts: tuple[int, ...]
    counts: Counter[str]
    main_pair: tuple[str, ...]
    states: frozenset[str] = frozenset()
    """The actors named in the article that are states."""
    outsiders: frozenset[str] = frozenset()
    """Actors the article says are outside the agreement ("Eritrea is not a party to it"):
    not counted in ``counts``, so they make no side of the article's conflict."""
    go_betweens: frozenset[str] = frozenset()
    """Actors the article makes the go-between ("Norway, which brokered the truce"): no
    side of a war the lexicon does not list."""
    coalition_of: Mapping[str, str] = field(default_factory=dict)
    """Member -> the coalition the article brings in (``coalitions_in_play``): a member
    named on the coalition's agreement is the coalition."""

    def between(self, start: int, end: int) -> Sequence[ActorMention]:
        """Mentions that start in ``[start, end)``."""
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, end)
        return self.hits[lo:hi]

    def last_before(self, pos: int, kinds: Iterable[str]) -> ActorMention | None:
        """The nearest mention of one of ``kinds`` ending before ``pos``."""
        wanted = set(kinds)
        for hit in reversed(self.hits[: bisect_left(self.starts, pos)]):
            if hit.kind in wanted and hit.end <= pos:
                return hit
        return None

    def pair_score(self, pair: tuple[str, ...]) -> int:
        """How much the article is about a pair of sides: its less-mentioned side's count."""
        return min(self.counts.get(actor, 0) for actor in pair)


def find_actors(
    text: str,
    gazetteer: Gazetteer,
    lexicon: AgreementLexicon,
    mentions: Iterable[ActorMention] | None = None,
    when: datetime | None = None,
) -> ArticleActors:
    """Scan the article once for actors, hyphenated compounds included.

    ``mentions`` are the gazetteer's mentions of ``text`` (``actors.scan_mentions``)
    when the caller has found them already; the text is then not scanned again.
    ``when`` is the article's time: it tells which of a state's usual insurgents
    (``usual_insurgents``) "the rebels" are.
    """
    # "the US proposal": the article belongs to the phrase, the name to the actor.
    hits = []
    # "north-east Syria", "in Syria's Idlib province": where things happen, no side
    # acting; it still tells a known war.
    regions = []
    for hit in mentions if mentions is not None else scan_mentions(gazetteer, text):
        if hit.alias[:4] in ("the ", "The "):
            hit = ActorMention(hit.start + 4, hit.end, hit.alias[4:], hit.actor, hit.kind)
        elif _venue(text, hit, lexicon) or (
            hit.actor in lexicon.typical_mediators and _location(text, hit)
        ):
            continue  # "the Pretoria agreement", "signed in Havana": where, not a side
        elif hit.kind == "demonym" and hit.alias[-1:] == "s" and _counted(text, hit.start, lexicon):
            continue  # "1,081 detainees, including 15 Saudis": people, not their state
        elif hit.actor in gazetteer.sideless:
            continue  # "the Syrian Observatory for Human Rights" reports; it is no side
        elif hit.kind in ("name", "capital") and _clock_zone(text, hit, lexicon):
            continue  # "at 00:01 Syria time", "10:00 Moscow time": a clock's zone
        elif hit.kind == "name" and (
            _region(text, hit, lexicon) or _owned_place(text, hit, lexicon)
        ):
            regions.append(hit)
            continue
        elif hit.kind in ("demonym", "capital") and _demonym_place(text, hit, regions, lexicon):
            regions.append(hit)
            continue  # "in the South African capital Pretoria": where talks were, no side
        hits.append(hit)
    taken = {(h.start, h.end) for h in hits}
    for offset, compound in _hyphenated(text):
        parts = compound.split("-")
        if _patron(text, offset + len(compound), parts, lexicon):
            continue  # "the Iran-backed group": Iran is no side of what the group does
        for part in parts:
            actor = gazetteer.lookup(part) if part[:1].isupper() else None
            kind = gazetteer.kind_of(part)
            span = (offset, offset + len(part))
            if actor is not None and kind is not None and span not in taken:
                hits.append(ActorMention(span[0], span[1], part, actor, kind))
            offset += len(part) + 1
    hits.sort(key=itemgetter(0))  # by start
    if lexicon.people_groups:
        hits = _people_as_groups(text, hits, lexicon)
    usual = _usual_now(lexicon, gazetteer, when)
    hits = _fought_states(text, hits, gazetteer, lexicon, usual)
    nouns = _group_nouns(text, hits, gazetteer, lexicon, usual)
    # A group the article never names ("the rebels" of the state's usual opposition)
    # sides with what names it, but tells no war of the article's own.
    unnamed = frozenset(h.actor for h in nouns) - {h.actor for h in hits}
    hits.extend(nouns)
    hits.sort(key=itemgetter(0))
    # Few articles call an actor no party ("Eritrea is not a party"): one search of the
    # text for the denial spares the pattern's match after every name in the others.
    outsiders: frozenset[str] = frozenset()
    if lexicon.non_party_denial.search(text) is not None:
        outsiders = frozenset(h.actor for h in hits if lexicon.non_party.match(text, h.end))
    counts = Counter(h.actor for h in hits if h.actor not in outsiders | unnamed)
    places: Counter[str] = Counter(h.actor for h in regions if h.actor not in outsiders)
    if places:
        counts.update(places)
    states = frozenset(h.actor for h in hits if h.actor in gazetteer.states)
    # Groups the article introduces itself (``processors.introductions``): no gazetteer id.
    own = frozenset(actor for actor in counts if actor not in gazetteer.aliases)
    go_betweens = _go_betweens(text, hits, lexicon)
    # "Rwandan troops fighting alongside the army": an ally of one side is no side of its
    # war, like a go-between, for the article's conflict (not for what it names itself).
    allies = _allies(text, hits, lexicon)
    # "talks in Thailand", "rounds held in Thailand, Norway and Japan": where, like a region.
    places.update(_located(text, hits))
    return ArticleActors(
        hits=tuple(hits),
        starts=tuple(h.start for h in hits),
        counts=counts,
        main_pair=_main_pair(
            counts,
            lexicon,
            places,
            states,
            _first_mentions(hits),
            own,
            go_betweens | allies,
            unnamed,
        ),
        states=states,
        outsiders=outsiders,
        go_betweens=go_betweens,
        coalition_of=coalitions_in_play(text, counts, lexicon),
    )


def coalitions_in_play(
    text: str, named: Mapping[str, int], lexicon: AgreementLexicon
) -> Mapping[str, str]:
    """Member -> coalition, for each coalition (``lexicon.coalitions``) the article brings
    in: it names the coalition, or two of its members and a coalition noun ("the
    alliance"). Members of a coalition the article does not bring in stay themselves."""
    members = lexicon.coalition_members
    if not members or members.isdisjoint(named):
        return _NO_COALITIONS  # the usual case: no member named
    found: dict[str, str] = {}
    for coalition, group in lexicon.coalitions.items():
        present = [m for m in group if m in named]
        if present and (
            coalition in named
            or (len(present) >= 2 and lexicon.coalition_nouns.search(text) is not None)
        ):
            for member in present:
                found.setdefault(member, coalition)
    return MappingProxyType(found) if found else _NO_COALITIONS


def _go_betweens(
    text: str, hits: Sequence[ActorMention], lexicon: AgreementLexicon
) -> frozenset[str]:
    """The actors the article makes its go-between: "Norway, which brokered the truce",
    "Norway, the facilitator", "through Norwegian mediation", "facilitated by Norway".

    Every match of the phrases holds one of ``go_between_hints``, and most articles hold
    none: where the hints stand tells which names can have a phrase after or before them,
    so the phrases are tried at those names only.
    """
    hints = _hint_spans(text, lexicon.go_between_hints)
    if not hints:
        return frozenset()
    last_hint = max(start for start, _ in hints)
    after = lexicon.go_between_after
    before = lexicon.go_between_before
    found: set[str] = set()
    for h in hits:
        lead = max(0, h.start - 30)
        if (h.end <= last_hint and after.match(text, h.end) is not None) or (
            _spans_within(hints, lead, h.start) and before.search(text, lead, h.start) is not None
        ):
            found.add(h.actor)
    # "Led by South Africa's president, the AU tried to broker a plan": whoever the
    # opening participle names leads the mediation.
    for led in lexicon.go_between_led.finditer(text):
        found.update(h.actor for h in hits if led.start(1) <= h.start and h.end <= led.end(1))
    return frozenset(found)


def _allies(text: str, hits: Sequence[ActorMention], lexicon: AgreementLexicon) -> frozenset[str]:
    """The actors whose forces the article has fight for another side: "Russian
    instructors and Rwandan troops are fighting alongside the army", "troops deployed in
    support of the government". Most articles hold none of the words such a phrase needs."""
    if not any(word.search(text) is not None for word in lexicon.ally_words):
        return frozenset()
    return frozenset(h.actor for h in hits if lexicon.ally_after.match(text, h.end) is not None)


def _hint_spans(text: str, hints: Sequence[str]) -> list[tuple[int, int]]:
    """Where each of ``hints`` stands in ``text``, as (start, end)."""
    spans: list[tuple[int, int]] = []
    for hint in hints:
        at = text.find(hint)
        while at != -1:
            spans.append((at, at + len(hint)))
            at = text.find(hint, at + 1)
    return spans


def _spans_within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of ``spans`` lies inside ``start``..``end``."""
    return any(start <= lo and hi <= end for lo, hi in spans)


def _dateline_city(text: str, end: int) -> bool:
    """Whether an upper-case city opens the line and ends at ``end`` ("SATTAHIP")."""
    line = text.rfind("\n", max(0, end - 30), end) + 1
    if line == 0 and end > 30:
        return False
    word = text[line:end]
    return len(word) >= 3 and word.isupper()


def _located(text: str, hits: Sequence[ActorMention]) -> Counter[str]:
    """Countries and capitals named as where something is ("talks in Thailand", "in
    Thailand, Norway, Germany and Japan", "a diplomat in Bangkok"), counted by actor.

    A list after "in" is places throughout: a name joined to a located one by a comma
    or "and" is located too.
    """
    found: Counter[str] = Counter()
    previous: ActorMention | None = None
    previous_located = False
    for hit in hits:
        located = False
        if hit.kind in ("name", "capital"):
            start = _name_start(text, hit)
            lead = text[max(0, start - 4) : start]
            if lead in (" in ", " at ", " In ") or lead.endswith("\nIn "):
                located = True
            elif lead[-2:] == ", " and _dateline_city(text, hit.start - 2):
                located = True  # "SATTAHIP, Thailand - ...": where the reporter is
            elif previous is not None and previous_located:
                located = text[previous.end : hit.start] in (", ", " and ", ", and ")
        if located:
            found[hit.actor] += 1
        previous, previous_located = hit, located
    return found


def _people_as_groups(
    text: str, hits: list[ActorMention], lexicon: AgreementLexicon
) -> list[ActorMention]:
    """ "The Palestinians", "Palestinian factions": the armed group the article names.

    In a round of war between a state and a people's armed groups, reporters name the
    side by its people ("a ceasefire between Israel and the Palestinians"); where the
    article names such a group (``people_groups``), those words are the group it names
    most, not the state of that people. Other uses ("Palestinian prisoners") stay.
    """
    wanted = lexicon.people_groups
    if not any(h.kind == "demonym" and h.actor in wanted for h in hits):
        return hits  # the usual case: no such people named
    named = Counter(h.actor for h in hits if h.kind != "demonym")
    found = []
    for hit in hits:
        groups = wanted.get(hit.actor) if hit.kind == "demonym" else None
        if groups:
            group = max(groups, key=lambda g: named[g])
            if named[group] and _people_as_side(text, hit, lexicon):
                hit = hit._replace(actor=group)
        found.append(hit)
    return found


def _people_as_side(text: str, hit: ActorMention, lexicon: AgreementLexicon) -> bool:
    """Whether a demonym names its people as a side: "the Palestinians" (the plural after
    "the"), or the demonym before a word for an armed side ("Palestinian factions")."""
    if hit.alias[-1:] == "s":
        return text[max(0, hit.start - 4) : hit.start] in ("the ", "The ")
    return lexicon.people_group_nouns.match(text, hit.end) is not None


def _fought_states(
    text: str,
    hits: list[ActorMention],
    gazetteer: Gazetteer,
    lexicon: AgreementLexicon,
    usual: Mapping[str, str],
) -> list[ActorMention]:
    """ "Sudanese rebels", "rebels in the Central African Republic": the state named is
    where the insurgents fight, never a side. Such a mention is the article's armed group
    (``_article_group``), else it is dropped (``fought_after``, ``fought_before``)."""
    states = gazetteer.states
    fought = [
        i
        for i, h in enumerate(hits)
        if h.actor in states
        and (
            lexicon.fought_after.match(text, h.end) is not None
            or lexicon.fought_before.search(text, max(0, h.start - 30), h.start) is not None
        )
    ]
    if not fought:
        return hits  # the usual case
    group = _article_group(hits, gazetteer, lexicon, usual)
    found = list(hits)
    for i in reversed(fought):
        if group is None:
            del found[i]
        else:
            found[i] = found[i]._replace(actor=group, kind="name")
    return found


def _article_group(
    hits: Sequence[ActorMention],
    gazetteer: Gazetteer,
    lexicon: AgreementLexicon,
    usual: Mapping[str, str],
) -> str | None:
    """The one armed group the article names (groups that act as one side count once),
    else the one usual insurgency of the states it names; None when none or several."""
    # Groups that act as one side ("the separatists" of Donetsk and Luhansk) count once.
    groups = {
        min(lexicon.joint_sides.get(h.actor, (h.actor,)))
        for h in hits
        # A group the article introduces itself is an armed group, its wars unlisted.
        if (h.actor in lexicon.conflicts_of or h.actor not in gazetteer.aliases)
        and h.actor not in gazetteer.states
        and h.actor not in lexicon.typical_mediators
    }
    if not groups:
        groups = {usual[h.actor] for h in hits if h.actor in usual}
    return next(iter(groups)) if len(groups) == 1 else None


def _group_nouns(
    text: str,
    hits: Sequence[ActorMention],
    gazetteer: Gazetteer,
    lexicon: AgreementLexicon,
    usual: Mapping[str, str],
) -> list[ActorMention]:
    """ "The rebels", "the movement": the article's armed group, when it names only one.

    Reporters name a group once and then call it by what it is; counted as the group,
    these words keep a state the article names as the group's backer from outweighing
    the group as a side. A noun right after a name ("M23 rebels") is that name's.
    """
    group = _article_group(hits, gazetteer, lexicon, usual)
    if group is None:
        return []
    ends = {h.end for h in hits}
    found = []
    # The pattern takes the character before a noun: read behind a blank, a match starts
    # where its noun starts in ``text``.
    for match in lexicon.group_nouns.finditer(" " + text):
        start, end = match.start(), match.end() - 1
        lead = start
        while lead > 0 and text[lead - 1] in " \t":
            lead -= 1
        if lead in ends or (lead > 0 and text[lead - 1] == "-"):
            continue  # "M23 rebels", "Rwanda-backed rebels"
        found.append(ActorMention(start, end, text[start:end], group, "name"))
    return found


def _usual_now(
    lexicon: AgreementLexicon, gazetteer: Gazetteer, when: datetime | None
) -> Mapping[str, str]:
    """State -> its armed opposition on the article's day (``usual_insurgents``), for an
    article that names no group: the one whose days hold ``when`` (one with days, for an
    article of no known time, stands for no one), and that the gazetteer of the day knows
    by its own id (the SPLM's id is southern Sudan's government after 2005)."""
    day = None if when is None else (when.astimezone(UTC) if when.tzinfo else when).date()
    found: dict[str, str] = {}
    for state, groups in lexicon.usual_insurgents.items():
        for group, since, until in groups:
            if since is not None or until is not None:
                if day is None or (since is not None and day < since):
                    continue
                if until is not None and day >= until:
                    continue
            if gazetteer.lookup(group) == group:
                found[state] = group
                break
    return found


def _counted(text: str, start: int, lexicon: AgreementLexicon) -> bool:
    """Whether a number comes right before a plural demonym ("15 Saudis", "two
    Americans"): it counts people of that nationality (freed, killed, held), who are no
    side acting ("three Iranian sites" still names Iran's)."""
    if start < 2 or text[start - 1] != " ":
        return False
    word = preceding_word(text, max(0, start - 16), start - 1)
    if word is None:
        return False
    found = word[0].lower()
    return found[0].isdigit() or (found not in ("a", "an") and found in lexicon.numbers)


def _name_start(text: str, hit: ActorMention) -> int:
    """Where a capital's name starts with its article: "The Hague" is found as "Hague"
    (``find_actors`` drops a leading "The"), but "in The Hague" is a place all the same."""
    if hit.kind == "capital" and text[max(0, hit.start - 4) : hit.start] in ("The ", "the "):
        return hit.start - 4
    return hit.start


def _venue(text: str, hit: ActorMention, lexicon: AgreementLexicon) -> bool:
    """Whether a capital city names an agreement as its venue ("the Minsk accords", "the
    truce agreed in Pretoria")."""
    if hit.kind != "capital":
        return False
    grammar = lexicon.grammar
    lead = text[max(0, hit.start - 9) : hit.start]
    # "the Minsk accords", "the 1992 Rome accord": the year belongs to the name.
    if lead[-4:] in ("the ", "The ") or (
        lead[:4] in ("the ", "The ") and lead[4:8].isdigit() and lead[8:] == " "
    ):
        return grammar.venue_name.match(text, hit.end) is not None
    return grammar.made_in.search(text, max(0, hit.start - 50), hit.start) is not None


def _location(text: str, hit: ActorMention) -> bool:
    """Whether a capital city stands as a place ("signed in Havana", "from Doha"): for a
    mediator's capital, where talks are held, not a side of what they agree."""
    if hit.kind != "capital":
        return False
    start = hit.start
    return text[max(0, start - 4) : start] in (" in ", " at ") or text[
        max(0, start - 5) : start
    ] in ("from ", "From ")


def _region(text: str, hit: ActorMention, lexicon: AgreementLexicon) -> bool:
    """Whether a country's name follows a word that makes it a region of the country
    ("north-east Syria", "in eastern Ukraine"): a place, named for where things happen."""
    start = hit.start
    if start < 2 or text[start - 1] != " ":
        return False
    word = preceding_word(text, max(0, start - 16), start)
    return word is not None and word[0].lower() in lexicon.region_words


def _owned_place(text: str, hit: ActorMention, lexicon: AgreementLexicon) -> bool:
    """Whether a country's name owns a place after a preposition of place ("in Syria's
    Idlib province", "across Ukraine's east"): where things happen, like a region."""
    if text[hit.end : hit.end + 1] not in ("'", "\u2019"):
        return False  # the usual case, without the pattern
    if lexicon.place_possessive.match(text, hit.end) is None:
        return False
    word = preceding_word(text, max(0, hit.start - 16), hit.start)
    return word is not None and word[0].lower() in lexicon.place_prepositions


def _demonym_place(
    text: str, hit: ActorMention, regions: Sequence[ActorMention], lexicon: AgreementLexicon
) -> bool:
    """Whether a demonym qualifies a place after a preposition of place ("in the South
    African capital", "in the Saudi city of"), or a capital names the place such a
    demonym just qualified ("... capital Pretoria", "... capital, Pretoria")."""
    if hit.kind == "capital":
        if not regions or regions[-1].kind != "demonym":
            return False
        noun = lexicon.demonym_place.match(text, regions[-1].end)
        return noun is not None and text[noun.end() : hit.start] in (" ", ", ")
    if lexicon.demonym_place.match(text, hit.end) is None:
        return False  # the usual case: no place noun after the demonym
    article = preceding_word(text, max(0, hit.start - 8), hit.start)
    if article is None or article[0] not in ("the", "The"):
        return False
    word = preceding_word(text, max(0, article[1] - 16), article[1])
    return word is not None and word[0].lower() in lexicon.place_prepositions


def _clock_zone(text: str, hit: ActorMention, lexicon: AgreementLexicon) -> bool:
    """Whether a country's or capital's name tells a clock's zone ("at 00:01 Syria time",
    "Times are Syria time (GMT+2)", "10:00 Moscow time"): no actor at all."""
    zone = lexicon.clock_zone.match(text, hit.end)
    if zone is None:
        return False
    if lexicon.clock_zone_offset.match(text, zone.end()) is not None:
        return True
    return lexicon.clock_zone_before.search(text, max(0, hit.start - 16), hit.start) is not None


def _patron(text: str, end: int, parts: list[str], lexicon: AgreementLexicon) -> bool:
    """Whether ``Iran-backed`` ends at ``end`` before a group it describes ("group")."""
    if len(parts) != 2 or parts[1].lower() not in lexicon.patron_suffixes:
        return False
    words = _NEXT_WORDS.match(text, end)
    return words is not None and any(
        word.lower() in lexicon.client_nouns for word in words.group(0).split()
    )


def _hyphenated(text: str) -> Iterator[tuple[int, str]]:
    """Capitalised hyphenated words and where they start ("US-backed", "Russia-Ukraine").

    Found from the hyphens: a regex anchored on a capital letter would test every word.
    """
    done = -1
    for dash in _DASH.finditer(text):
        if dash.start() < done or not _JOINABLE.match(text, dash.start() - 1):
            continue
        word = _WORD_BEFORE.search(text, max(0, dash.start() - 40), dash.start())
        if word is None:
            continue
        match = _HYPHENATED.match(text, word.start())
        if match is not None:
            done = match.end()
            if match.group()[:1].isupper():
                yield match.start(), match.group()


def _first_mentions(hits: Sequence[ActorMention]) -> dict[str, int]:
    """Where each actor is first named (``hits`` are in text order)."""
    firsts: dict[str, int] = {}
    for hit in hits:
        if hit.actor not in firsts:
            firsts[hit.actor] = hit.start
    return firsts


def _main_pair(
    counts: Counter[str],
    lexicon: AgreementLexicon,
    places: Counter[str] | None = None,
    states: frozenset[str] = frozenset(),
    firsts: Mapping[str, int] | None = None,
    own: frozenset[str] = frozenset(),
    go_betweens: frozenset[str] = frozenset(),
    unnamed: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """The conflict the article is most about: a known one, or its two most named sides.

    An armed group the article introduces itself (``own``, no gazetteer entry) fights a
    state the article names that is no usual mediator: each such pair counts as a known
    conflict, so Norway, named often as the facilitator, is no side of the Tigers' war.

    The lexicon's conflicts cannot list every war: two sides the article names more
    often than both sides of any known conflict are the conflict it is about (an
    article on a guerrilla group names the group and its government, and a
    neighbour once). A usual mediator is a side only when no known conflict is in
    view ("the PKK declared a ceasefire with Turkey") and the article names it more
    than half as often as its most named actor; it weighs half there, and two of them
    make no pair. A go-between the article names as one ("Norway, which brokered the
    truce") is never such a side, nor is a country named only as where things happen
    ("talks in Thailand"): with one side unknown, no pair beats a wrong one. Between
    known conflicts told as often, the one the article names both sides of first is its
    story (``firsts``: a lead on Islamic Jihad's rockets that says Hamas held back names
    Hamas as often, but later). A known pair that holds the article's go-between ranks
    below every pair that does not: Saudi Arabia hosting talks between Yemen's government
    and the Houthis is no side of them, however often the article names it. A side the
    article names only by what it is (``unnamed``: "the rebels", "rival generals", the
    state's usual insurgents) is still a side: with no known war named on both sides, its
    known war with a state the article names beats a pair of that state and a usual
    mediator or go-between ("rival generals agreed to a truce, the US and Saudi Arabia
    said" is Sudan's war with the RSF, not with Saudi Arabia).
    """
    best: tuple[str, ...] = ()
    best_key = (-1, 0, 0, 0, 0)
    mediators = lexicon.typical_mediators
    # In the order first named (``counts`` keeps it): of equals, the state named first.
    fronts = [
        (group, state) if group < state else (state, group)
        for group in counts
        if group in own
        for state in counts
        if state in states and state not in mediators and state not in go_betweens
    ]
    for pair in [*conflicts_among(counts, lexicon), *fronts]:
        # Ties on the less-named side go to the pair whose other side is named more,
        # then to one without a usual go-between ("Washington offered Iran and Israel a
        # ceasefire" is their war), then to the pair whose sides are both named sooner.
        key = (
            # A go-between of the article's talks is no side while another pair is
            # ("talks hosted by Qatar", in a story of a known war Qatar also has).
            0 if go_betweens.isdisjoint(pair) else -1,
            min(counts.get(pair[0], 0), counts.get(pair[1], 0)),
            sum(counts[a] for a in pair),
            0 if mediators.isdisjoint(pair) else -1,
            # (an actor named only as a place, in no hit, comes last)
            -max(firsts.get(a, _UNNAMED) for a in pair) if firsts else 0,
        )
        if key[1] > 0 and key > best_key:
            best, best_key = pair, key
    best_score = best_key[1]
    # A country named only as a place (``places``: "in north-west Syria") tells a known
    # war, above, but is no protagonist of a war the lexicon does not list.
    if places:
        counts = counts - places
    most = max(counts.values(), default=0)
    # A mediator named in passing ("after talks hosted by the EU") is no protagonist.
    ranked = [
        a
        for a, n in counts.most_common()
        if n > 0
        and a not in go_betweens
        and (a not in mediators or (not best and 2 * counts[a] > most))
    ]
    # A stable sort: ties keep the order of first mention, but a side goes before a usual
    # mediator that is no state weighing as much (the UN named four times beside a rebel
    # group named twice is still the one in the middle); a mediating state may be a side.
    ranked.sort(
        key=lambda a: (-counts[a] / 2, a not in states) if a in mediators else (-counts[a], False)
    )
    top: tuple[str, ...] = ()
    if ranked:
        # Two usual go-betweens ("China and the United States") are not the war at hand.
        first = ranked[0]
        # Nor are two names of one side ("Lebanon" and "Hezbollah" against Israel).
        allies = lexicon.same_front.get(first, frozenset())
        second = next(
            (
                a
                for a in ranked[1:]
                if (a not in mediators or first not in mediators) and a not in allies
            ),
            "",
        )
        top = tuple(sorted((first, second))) if second else ()
    if not best and unnamed and top and not (mediators | go_betweens).isdisjoint(top):
        for pair in conflicts_among(unnamed, lexicon):
            if any(a in top and a not in mediators for a in pair):
                return pair
    if (
        top
        and min(counts[a] for a in top) > best_score
        and not (best and _known_apart(top, lexicon))
        and not _body_beside_known_war(top, lexicon, states)
    ):
        return top
    return best


def _body_beside_known_war(
    pair: tuple[str, ...], lexicon: AgreementLexicon, states: frozenset[str]
) -> bool:
    """Whether a usual mediator that is no state and a side of no known war (the UN, the
    ICRC) stands beside a side whose wars the lexicon knows: the Houthis and the UN,
    named most in a story of a truce the UN announces, are no war; the side's enemy is
    just named less. A mediating state (Qatar offering Israel a pause) may still stand
    for the side it speaks for."""
    first, second = pair
    if first in lexicon.typical_mediators:
        first, second = second, first
    return (
        second in lexicon.typical_mediators
        and second not in states
        and second not in lexicon.conflicts_of
        and first in lexicon.conflicts_of
    )


def _known_apart(pair: tuple[str, ...], lexicon: AgreementLexicon) -> bool:
    """Whether every actor of ``pair`` is a side of some known conflict, none of them
    with each other: the lexicon knows their wars, so naming them most makes no war of
    theirs beside a known conflict in view. Russia hosting Armenia and Azerbaijan's
    talks is named more than Armenia, but Russia and Azerbaijan are not at war; the
    unknown wars the most named pair stands for are an armed group's, which no known
    conflict lists."""
    return all(actor in lexicon.conflicts_of for actor in pair)


def in_phrase(text: str, hit: ActorMention, floor: int, lexicon: AgreementLexicon) -> bool:
    """True when a mention sits in a prepositional phrase ("a call with US President Trump")."""
    pos = hit.start
    while pos > floor:
        found = preceding_word(text, floor, pos)
        if found is None:
            return False
        word, pos = found
        if word.lower() in lexicon.prepositions:
            return True
        # Titles, names and articles in front of a name belong to it: "US President".
        if not _CAPITALISED.match(word):
            return False
    return False


def _member_of(text: str, hit: ActorMention, floor: int, lexicon: AgreementLexicon) -> bool:
    """Whether a name in an "of" phrase is the body a free head belongs to and acts as:
    "the armed wing of Hamas rejected it" (not "talks with the leadership of Hamas")."""
    if text[max(floor, hit.start - 4) : hit.start].lower() not in (" of ", "the ", "of "):
        return False  # the usual case, cheaply: no "of" right before the name
    head = lexicon.member_head.search(text, max(floor, hit.start - 40), hit.start)
    return head is not None and not in_phrase(
        text, hit._replace(start=head.start()), floor, lexicon
    )


def preceding_word(text: str, floor: int, pos: int) -> tuple[str, int] | None:
    """The last word in ``text[floor:pos]`` and where it starts, or None.

    A word is a run of word characters, apostrophes, dots and hyphens ("U.S.",
    "Ukraine's"); only characters that are no word characters may follow it. Read
    backwards from ``pos``: a regex search would try every start from ``floor``.
    """
    end = pos
    while end > floor and not _is_word_character(text[end - 1]):
        end -= 1
    if end == floor:
        # No letter or digit: a word of dots or apostrophes alone, if any.
        match = _PRECEDING_WORD.search(text, floor, pos)
        return None if match is None else (match.group(1), match.start(1))
    while end < pos and text[end] in _WORD_MARKS:
        end += 1
    start = end - 1
    while start > floor and (_is_word_character(text[start - 1]) or text[start - 1] in _WORD_MARKS):
        start -= 1
    return text[start:end], start


def _is_word_character(char: str) -> bool:
    """What ``\\w`` matches: a letter, a digit or the underscore."""
    return char.isalnum() or char == "_"


def subject_before(
    text: str,
    actors: ArticleActors,
    clause_start: int,
    pos: int,
    lexicon: AgreementLexicon,
    speaker: str | None,
    sentence_start: int | None = None,
) -> str | None:
    """The actor doing what the words at ``pos`` say: the clause's nearest free subject.

    English puts the subject first: after the last comma or "that" before ``pos``,
    the first free actor acts ("Israeli jets struck southern Lebanon despite ...");
    failing that, the nearest one in the clause. None for two sides acting together
    ("Israel and Hamas agreed"). A clause without a subject ("... but declined to
    accept") takes the sentence's, when ``sentence_start`` is given.
    """
    boundary = last_boundary(text, clause_start, pos, lexicon)
    reported = _reporter_of_pronoun(text, actors, clause_start, boundary, pos, lexicon, speaker)
    if reported is not None:
        return reported
    for hit in actors.between(boundary, pos):
        if (
            not in_phrase(text, hit, boundary, lexicon)
            or _subordinate_subject(text, hit, pos, lexicon)
            or _member_of(text, hit, boundary, lexicon)
        ):
            return _free_subject(text, actors.between(boundary, pos), hit)
    hits = actors.between(clause_start, pos)
    asides = [m.span() for m in _ASIDE.finditer(text, clause_start, pos)]
    for i in range(len(hits) - 1, -1, -1):
        hit = hits[i]
        if hit.end > pos or (
            in_phrase(text, hit, clause_start, lexicon)
            and not _member_of(text, hit, clause_start, lexicon)
        ):
            continue
        if any(start <= hit.start < end for start, end in asides):
            continue  # "Rwanda, which Kinshasa accuses of backing the rebels, said": aside
        if text[hit.end : hit.end + 2] in _POSSESSIVE and text[hit.end + 2 : hit.end + 3] == " ":
            continue  # "Ukraine's allies urged": the possessor is not the subject
        if _paired(text, hits, i):
            return None  # "Russia and Ukraine agreed"
        return hit.actor
    head = text[clause_start:pos].lower()
    if lexicon.both_sides.search(head):
        return None
    for word in reversed(last_words(head, 12)):
        role = lexicon.pronouns.get(word.strip(_PUNCTUATION))
        if role == "speaker":
            return speaker
        if role in ("person", "group"):
            # "Israel's office said it had adopted ...": the subject of "said".
            said = last_match(lexicon.grammar.subject_boundaries, text, clause_start, pos)
            if said is not None and said.start() > clause_start:
                found = subject_before(text, actors, clause_start, said.start(), lexicon, speaker)
                if found is not None:
                    return found
            # "Iran denied ..., but said it would stop": the sentence's subject first.
            if sentence_start is not None and sentence_start < clause_start:
                found = subject_before(text, actors, sentence_start, clause_start, lexicon, speaker)
                if found is not None:
                    return found
            kinds = ("person",) if role == "person" else ("name", "capital", "institution")
            last = actors.last_before(clause_start, kinds)
            return last.actor if last else None
    if sentence_start is not None and sentence_start < clause_start:
        return subject_before(text, actors, sentence_start, clause_start, lexicon, speaker)
    return None


def _reporter_of_pronoun(
    text: str,
    actors: ArticleActors,
    clause_start: int,
    boundary: int,
    pos: int,
    lexicon: AgreementLexicon,
    speaker: str | None,
) -> str | None:
    """The subject of "X announced that it rejected": a third-person pronoun opening the
    reported clause is the reporter, also when X heads a clause of its own ("hours
    before Hamas announced that it rejected the proposal"). None otherwise."""
    if boundary <= clause_start or text[boundary - 4 : boundary].lower() != "that":
        return None
    words = text[boundary:pos].split()
    if len(words) != 1 or lexicon.pronouns.get(words[0].lower()) not in ("person", "group"):
        return None
    verb = preceding_word(text, clause_start, boundary - 4)
    if verb is None or not verb[0].islower():
        return None
    return subject_before(text, actors, clause_start, verb[1], lexicon, speaker)


def _subordinate_subject(text: str, hit: ActorMention, pos: int, lexicon: AgreementLexicon) -> bool:
    """True for "after Kyiv | accepted": the name heads a clause whose verb is at ``pos``
    ("after the M23 rebels | turned the plan down": a noun the name qualifies may follow)."""
    end = hit.end
    noun = _NEXT_WORDS.match(text, end)
    if noun is not None and noun.group().split()[0].lower() in lexicon.client_nouns:
        end += len(noun.group()) - len(noun.group().lstrip()) + len(noun.group().split()[0])
    if lexicon.grammar.subject_verb_gap.fullmatch(text, end, pos) is None:
        return False
    return (
        lexicon.grammar.subordinate_subject.search(text, max(0, hit.start - 12), hit.start)
        is not None
    )


def _free_subject(text: str, hits: Sequence[ActorMention], first: ActorMention) -> str | None:
    """The first free actor, unless it heads a pair ("Russia and Ukraine") or a possessive."""
    i = hits.index(first)
    if _paired(text, hits, i) or _paired(text, hits, i + 1):
        return None  # "after Moscow and Kyiv agreed": two sides acting together
    if text[first.end : first.end + 2] in _POSSESSIVE and i + 1 < len(hits):
        return hits[i + 1].actor  # "Ukraine's foreign minister said"
    return first.actor


def _paired(text: str, hits: Sequence[ActorMention], i: int) -> bool:
    """True when mention ``i`` and the one before it are two sides joined by "and"."""
    if i <= 0 or i >= len(hits) or hits[i - 1].actor == hits[i].actor:
        return False
    return text[hits[i - 1].end : hits[i].start].strip() in ("and", "and the")


def joint_subject(
    text: str, actors: ArticleActors, start: int, end: int, lexicon: AgreementLexicon
) -> tuple[str, ...] | None:
    """Two sides acting together between ``start`` and ``end``, or None.

    "Israel and Hamas accepted", "the Houthis and the Saudi-led coalition accepted" give
    the pair; "both governments accepted" gives ``()``: joint, the sides unnamed.
    """
    hits = actors.between(start, end)
    for i in range(1, len(hits)):
        if _paired(text, hits, i) and (
            not in_phrase(text, hits[i - 1], start, lexicon)
            # "the governments of Israel and Lebanon accepted": both, by their heads
            or lexicon.pair_head.search(text, max(start, hits[i - 1].start - 40), hits[i - 1].start)
        ):
            return (hits[i - 1].actor, hits[i].actor)
    if lexicon.both_sides.search(text, start, end):
        return ()
    return None


def last_boundary(text: str, start: int, pos: int, lexicon: AgreementLexicon) -> int:
    """After the last comma or "that" between ``start`` and ``pos`` (or ``start``)."""
    # A comma is a boundary of its own and no boundary word holds one: the last comma
    # is a match, and only matches after it can come later.
    comma = text.rfind(",", start, pos)
    found = start
    for match in lexicon.grammar.subject_boundaries.finditer(text, max(start, comma), pos):
        found = match.end()
    return found


def agent_after(
    text: str,
    actors: ArticleActors,
    pos: int,
    end: int,
    lexicon: AgreementLexicon | None = None,
) -> str | None:
    """The agent of a passive at ``pos``: "was rejected by Moscow", "brokered by Oman".

    With ``lexicon``, None for two sides acting together ("a truce declared by the
    government and the rebels"): neither alone; two go-betweens ("proposed by Egypt and
    Qatar") keep the first.
    """
    for hit in actors.between(pos, min(end, pos + 40)):
        lead = text[max(0, pos - 3) : hit.start].strip().lower()
        if not lead.endswith(("by", "by the")):
            return None
        if lexicon is not None and hit.actor not in lexicon.typical_mediators:
            after = actors.between(hit.end, min(end, hit.end + 40))
            if after and after[0].actor != hit.actor and _and_between(text, hit, after[0], lexicon):
                return None
        return hit.actor
    return None


def _and_between(
    text: str, first: ActorMention, second: ActorMention, lexicon: AgreementLexicon
) -> bool:
    """Whether "and" joins two names, a noun of the first between ("Israeli army and")."""
    words = text[first.end : second.start].split()
    if words and words[0].lower() in lexicon.client_nouns:
        words = words[1:]
    return words in (["and"], ["and", "the"])


def speaker_at(
    text: str,
    sentence: tuple[int, int],
    pos: int,
    statements: Sequence[Statement],
    actors: ArticleActors,
    lexicon: AgreementLexicon,
) -> str | None:
    """Who says the words at ``pos``: a statement covering them, else an attribution."""
    words = text[sentence[0] : sentence[1]].strip()
    for statement in statements:
        start, end = statement.span
        inside = start <= pos < end or statement.sentence.strip() == words
        if inside and statement.speaker.actor:
            # A speaker whose side is unknown claims for no side (and names no party).
            actor = statement.speaker.actor
            return None if actor == UNKNOWN_ACTOR else actor
    for verb in lexicon.reporting.finditer(text, sentence[0], sentence[1]):
        # "X said ...", "..., X said", "said X", "according to X".
        near = _near_verb(text, actors, sentence, verb.start(), verb.end())
        if near is not None:
            return near
    return None


def _near_verb(
    text: str, actors: ArticleActors, sentence: tuple[int, int], start: int, end: int
) -> str | None:
    """The speaker of a reporting verb: "X said", "said X." or "according to X".

    An actor right after "said" is the speaker only when it closes the clause ("...,
    said Zelenskyy."); otherwise it begins the reported words ("said Israeli forces").
    """
    after = actors.between(end, min(sentence[1], end + 12))
    if after and text[start:end].lower().startswith("according"):
        return after[0].actor
    before = [h for h in actors.between(max(sentence[0], start - 40), start) if h.end <= start]
    if before and start - before[-1].end <= 30:
        return before[-1].actor
    if after and text[after[0].end : after[0].end + 1] in ("", ".", ",", ";"):
        return after[0].actor
    return None


def other_side(pair: tuple[str, ...], actor: str | None) -> str | None:
    """The side of a two-sided pair that is not ``actor``."""
    if actor is None or actor not in pair or len(pair) != 2:
        return None
    return pair[1] if pair[0] == actor else pair[0]


def resolve_parties(
    explicit: Sequence[str],
    hints: Sequence[str],
    place: tuple[str, ...] | None,
    actors: ArticleActors,
    lexicon: AgreementLexicon,
    near: Mapping[str, int] | None = None,
) -> tuple[str, ...]:
    """The sides an agreement binds.

    ``explicit`` are actors named in the agreement's own phrase ("between Israel and
    Hamas", "Russia-Ukraine", "Ukraine's energy infrastructure"); ``hints`` are the
    actors acting on it (who agreed, proposed, violated), who may be mediators;
    ``place`` is what a named place says (``()`` for a region outside any known
    conflict). Known conflicts decide between sides and mediators; failing those, the
    conflict of the passage (``near``: the actors named around the mention) or of the
    article. An actor the article calls no party of it counts only when the agreement's
    own phrase names it. Returns ``()`` when the sides cannot be told.
    """
    if actors.outsiders:
        hints = [a for a in hints if a not in actors.outsiders]
        if near:
            near = {a: n for a, n in near.items() if a not in actors.outsiders}
    named = list(dict.fromkeys(explicit))
    if len(named) >= 2:
        for pair in _article_conflicts(named, actors, lexicon):
            if pair[0] in named and pair[1] in named:
                return pair
        # "talks with the U.S. and Ukrainian delegations": a mediator is no side.
        sides = [a for a in named if a not in lexicon.typical_mediators]
        if len(sides) >= 2:
            return tuple(sorted(sides))
        hints = [*named, *hints]
        named = sides
    candidates = list(dict.fromkeys([*named, *(place or ()), *hints]))
    best: tuple[str, ...] = ()
    best_key = (0, False, 0, 0, 0, False)
    for pair in _article_conflicts(candidates, actors, lexicon):
        shared = sum(1 for actor in candidates if actor in pair)
        # A side named in the phrase weighs more than one merely acting on it, and
        # the conflict of the passage more than that of the whole article.
        anchored = sum(1 for actor in [*named, *(place or ())] if actor in pair)
        score = actors.pair_score(pair)
        if shared < 2 and score == 0:
            continue
        # A go-between of the article ("with Russia acting as guarantor") that neither
        # the phrase nor the article's own pair names is no side while another pair is.
        brokered = _brokered(pair, named, actors)
        # A tie goes to the conflict the whole article is about.
        key = (
            anchored,
            not brokered,
            shared,
            _local_score(pair, near),
            score,
            pair == actors.main_pair,
        )
        if key > best_key:
            best, best_key = pair, key
    if best:
        return best
    lone = _lone_group(candidates, actors, lexicon)
    if lone:
        return lone
    if place is not None and not place and not named:
        return ()
    if place:
        return tuple(sorted(place))
    # "Palestinian prisoners", "talks with the U.S.": a named actor outside any known
    # conflict does not outweigh the conflict the passage is about.
    main = _local_pair(near, actors, lexicon) or actors.main_pair
    if main and _state_left_out(main, [*named, *hints], actors, lexicon, near):
        return ()
    if main:
        return _with_group(main, [*named, *hints], actors, lexicon, near)
    if not named:
        return main
    others = [
        a
        for a, _ in actors.counts.most_common()
        if a != named[0] and a not in lexicon.typical_mediators and a not in actors.go_betweens
    ]
    return tuple(sorted((named[0], others[0]))) if others else ()


def _brokered(pair: tuple[str, ...], named: Sequence[str], actors: ArticleActors) -> bool:
    """Whether ``pair`` holds a go-between of the article that is no side of its main
    pair and that the agreement's own phrase (``named``) does not name."""
    return any(
        a in actors.go_betweens and a not in named and a not in actors.main_pair for a in pair
    )


def without_brokers(
    parties: tuple[str, ...],
    brokers: Iterable[str],
    actors: ArticleActors,
    lexicon: AgreementLexicon,
) -> tuple[str, ...]:
    """``parties`` with no go-between of the agreement among them ("the truce brokered by
    the United States and Russia"): a broker completing a pair gives way to the known
    conflict of the other side that the article tells most (its group nouns included);
    ``()`` when there is none."""
    brokered = set(brokers)
    if brokered.isdisjoint(parties):
        return parties
    rest = [a for a in parties if a not in brokered]
    told = Counter(h.actor for h in actors.hits)
    best: tuple[str, ...] = ()
    best_count = 0
    for pair in conflicts_among(rest, lexicon):
        count = min(told[a] for a in pair)
        if brokered.isdisjoint(pair) and count > best_count:
            best, best_count = pair, count
    return best


def _lone_group(
    candidates: Sequence[str], actors: ArticleActors, lexicon: AgreementLexicon
) -> tuple[str, ...]:
    """The one war of the only side named, an armed group that fights only one state.

    "We have agreed to a 30-day truce with the army," the RSF said: the army is Sudan's.
    """
    sides = [a for a in candidates if a not in lexicon.typical_mediators]
    if len(sides) != 1 or sides[0] in actors.states:
        return ()
    wars = conflicts_among(sides, lexicon)
    return wars[0] if len(wars) == 1 and sides[0] in wars[0] else ()


def _state_left_out(
    main: tuple[str, ...],
    actors_named: Sequence[str],
    actors: ArticleActors,
    lexicon: AgreementLexicon,
    near: Mapping[str, int] | None,
) -> bool:
    """Whether the agreement's own phrase or the actor acting on it names a state that
    ``main`` leaves out, the passage (``near``) names no side of ``main``, and the article
    names the state at least as often as ``main``'s weaker side: "Tajikistan's government
    and the armed opposition signed a ceasefire" is the Tajik government's, whatever known
    war of a neighbour the article also names (a border, a refuge, a host of talks). Its
    other side untold, the sides cannot be told. A mediator, a go-between or another name
    of one of ``main``'s sides is no such state.
    """
    lead = actors_named[0] if actors_named else None
    return (
        lead is not None
        and not (near and any(near.get(side) for side in main))
        and lead not in main
        and lead in actors.states
        and lead not in lexicon.typical_mediators
        and lead not in actors.go_betweens
        and lexicon.same_front.get(lead, frozenset()).isdisjoint(main)
        and actors.counts.get(lead, 0) >= actors.pair_score(main)
    )


def _with_group(
    main: tuple[str, ...],
    actors_named: Sequence[str],
    actors: ArticleActors,
    lexicon: AgreementLexicon,
    near: Mapping[str, int] | None,
) -> tuple[str, ...]:
    """The article's conflict, or the one an armed group named with the agreement fights.

    "the MNDAA agreed to a ceasefire with the military" in a story about the Arakan
    Army's war with Myanmar's army: the group that agreed is a side, against the state
    (of two, the one the passage names most).
    """
    lead = actors_named[0] if actors_named else None
    if (
        lead is None
        or lead in main
        or lead in actors.states
        or lead in lexicon.typical_mediators
        or not lexicon.same_front.get(lead, frozenset()).isdisjoint(main)
    ):
        return main
    states = [a for a in main if a in actors.states]
    if not states:
        return main
    # A stable sort: a tie keeps the pair's order.
    states.sort(key=lambda a: -(near or {}).get(a, 0))
    return tuple(sorted((lead, states[0])))


def conflicts_among(actors: Iterable[str], lexicon: AgreementLexicon) -> list[tuple[str, str]]:
    """The known conflicts one of ``actors`` is a side of, in the lexicon's order."""
    index = lexicon.conflicts_of
    found = {i for actor in actors for i in index.get(actor, ())}
    return [lexicon.conflicts[i] for i in sorted(found)]


def conflicts_told(named: Mapping[str, int], lexicon: AgreementLexicon) -> list[tuple[str, str]]:
    """The known conflicts both of whose sides ``named`` counts (a passage's actors)."""
    return [pair for pair in conflicts_among(named, lexicon) if all(named.get(s) for s in pair)]


def _article_conflicts(
    actors: Sequence[str], article: ArticleActors, lexicon: AgreementLexicon
) -> list[tuple[str, ...]]:
    """The known conflicts of ``actors``, and the article's own when the lexicon lacks it."""
    found: list[tuple[str, ...]] = list(conflicts_among(actors, lexicon))
    main = article.main_pair
    if main and main not in lexicon.conflicts and any(actor in main for actor in actors):
        found.append(main)
    return found


def _local_score(pair: tuple[str, ...], near: Mapping[str, int] | None) -> int:
    return min(near.get(side, 0) for side in pair) if near else 0


def place_sides(
    sides: tuple[str, ...], actors: ArticleActors, lexicon: AgreementLexicon
) -> tuple[str, ...]:
    """The sides a place of a known conflict stands for in this article.

    A place names a war, and the article's own pair in it may have an armed group where
    the place's usual pair has a state: "shelling near Donetsk" in a story about Kiev
    and the Donetsk separatists is their fight, not Russia's; "strikes on Gaza" in one
    about Islamic Jihad is that group's. So when the article's most told pair shares a
    side with the place's and its other side is a group, it is the place's sides here.
    """
    own = _people_side(sides, actors, lexicon)
    if own:
        return own
    main = actors.main_pair
    if len(main) != 2 or len(sides) != 2 or main == sides:
        return sides
    shared = set(main) & set(sides)
    if len(shared) != 1:
        return sides
    (other,) = set(main) - shared
    return main if other not in actors.states else sides


def _people_side(
    sides: tuple[str, ...], actors: ArticleActors, lexicon: AgreementLexicon
) -> tuple[str, ...]:
    """The place's war fought by its people's own armed side, where the article names it:
    "shelling in Karabakh" in a story naming Karabakh's own authorities (``people_groups``:
    the Armenians' side there) is their fight with Azerbaijan, not Armenia's. ``()`` when
    no such side is named."""
    groups = lexicon.people_groups
    if not groups or len(sides) != 2:
        return ()  # the usual case: no people's group listed
    for state in sides:
        other = sides[1] if sides[0] == state else sides[0]
        for group in groups.get(state, ()):
            pair = (group, other) if group < other else (other, group)
            if actors.counts.get(group, 0) and pair in lexicon.conflicts:
                return pair
    return ()


def _local_pair(
    near: Mapping[str, int] | None, actors: ArticleActors, lexicon: AgreementLexicon
) -> tuple[str, ...]:
    """The known conflict the passage around a mention is about, if it names both sides.

    Between passages naming two conflicts as often (a guerrilla group, its government
    and the neighbour hosting the talks), the one the whole article is more about wins.
    """
    best: tuple[str, ...] = ()
    best_key: tuple[int, int, bool] = (0, 0, False)
    if not near:
        return best
    for pair in conflicts_among(near, lexicon):
        if actors.main_pair and _brokered(pair, (), actors):
            continue  # the go-between's own war: the article's pair is this story's
        # Ties go to the conflict the whole article is about.
        key = (_local_score(pair, near), actors.pair_score(pair), pair == actors.main_pair)
        if key[0] > 0 and key > best_key:
            best, best_key = pair, key
    if best or any(a in actors.main_pair for a in near):
        return best
    # A roundup led by another war: a passage naming one side of a conflict the article
    # also tells ("the Pretoria agreement ended the war, the TPLF said") is about that one.
    sides = [a for a in near if a not in lexicon.typical_mediators]
    told = [pair for pair in conflicts_among(sides, lexicon) if actors.pair_score(pair) > 0]
    return told[0] if len(told) == 1 else best
