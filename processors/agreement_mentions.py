"""Agreement mentions in one sentence: the trigger, its phrase, scope and named sides.

A mention is a trigger word ("truce", "pause in attacks", "halt strikes", "prisoner
swap", "talks") together with the words around it that describe it: the modifiers
before it ("a 30-day Black Sea", "US-backed", "Russia-Ukraine") and the prepositional
phrase after it ("on Ukraine's energy infrastructure", "between Israel and Hamas").
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice
from typing import Final, NamedTuple, cast

from processors.actors import ActorMention
from processors.agreement_lexicon import AgreementLexicon, MentionSpec
from processors.agreement_text import (
    duration_days,
    folded,
    label_after,
    label_of,
    label_within,
    lowered,
)
from processors.model import Scope
from processors.parties import ArticleActors, place_sides

_TOKEN: Final = re.compile(r"[\w\u2019'.-]+|[^\w\s]")
_FIRST_TOKEN: Final = re.compile(r"\s*([\w\u2019'.-]+|[^\w\s])")
_CLOSING_QUOTES: Final = ('"', "\u201d")
_POSSESSIVE: Final = ("\u2019s", "'s", "\u2019", "'")
_DIGIT: Final = re.compile(r"\d")
# Capitalised words that open a sentence without naming anything.
_OPENERS: Final = frozenset(("The", "A", "An", "This", "That", "Its", "Their"))
# What puts a capital after an agreement as the place it is made: "talks in Havana".
_VENUE: Final = frozenset(("in ", "at "))
_SEAT: Final = frozenset(("at the ", "At the "))
"""Before a seat of power named for its building ("the White House", "the Kremlin", "the
Elysee"): the place a deal is made or signed."""


class Mention(NamedTuple):
    """One agreement named in a sentence, as far as its own phrase describes it."""

    start: int
    end: int
    np_start: int
    np_end: int
    spec: MentionSpec
    head: str
    scope: Scope
    scoped: bool
    """True when the phrase itself gives the scope (not a default or an antecedent)."""
    explicit: tuple[str, ...] = ()
    """Actors named inside the phrase as sides ("Russia-Ukraine", "Ukraine's energy")."""
    backers: tuple[str, ...] = ()
    """Actors who back or propose it ("US-backed", "the Kremlin's proposal")."""
    place: tuple[str, ...] | None = None
    duration: float | None = None
    label: str | None = None
    hypothetical: bool = False
    definite: bool = False
    compound: bool = False
    inner: tuple[int, ...] = ()
    """For a wrapper ("talks on X"), the indices of the mentions it is about."""
    anaphoric: bool = False
    numbered: bool = False
    """A bare noun with a number before it names one: "a 1,000-for-1,000 swap"."""
    parties: tuple[str, ...] | None = None
    """Sides inherited from an antecedent, when the mention refers back to one."""
    void: bool = False
    """A deal or proposal about something else ("a plan to disarm the group"): later
    references to such a deal ("the proposal") are not about any agreement."""
    name: str | None = None
    """A proper name before the head ("washington agreement", "doha declaration"): a
    later mention so named refers to this one, whatever was named in between."""
    warring: bool = False
    """For a deal: its sentence names both sides of a known conflict ("the declaration
    Thailand signed with Cambodia"), so it may be their peace deal on its own."""
    partner: tuple[str, ...] = ()
    """The side it was made with, named after it ("the accord signed with Rwanda"):
    an earlier agreement that does not bind that side is another agreement."""
    sought: bool = False
    """Named as what talks or a proposal are about ("talks on a permanent ceasefire"):
    an agreement not made yet, so "the truce, which took effect" is another one."""
    purposed: bool = False
    """The scope comes only from a purpose clause after it ("halt operations so that aid
    could reach survivors"), not from a word of its own phrase."""


def find_mentions(
    text: str,
    sentence: tuple[int, int],
    matches: list[re.Match[str]],
    actors: ArticleActors,
    lexicon: AgreementLexicon,
) -> list[Mention]:
    """Build the mentions of one sentence from its trigger matches, linked and merged."""
    raw = [_describe(text, sentence, m, actors, lexicon) for m in matches]
    if any(m.spec.wrapper and m.spec.role == "deal" for m in raw) and _warring(
        sentence, actors, lexicon
    ):
        raw = [m._replace(warring=True) if m.spec.role == "deal" else m for m in raw]
    out: list[Mention] = []
    for mention in _merge_compounds(text, raw, actors, lexicon, sentence):
        scopes, given, purposed = _scopes(text, mention, lexicon, sentence)
        if given == mention.scoped and scopes == [mention.scope]:
            out.append(mention)
        else:
            out.extend(
                mention._replace(scope=scope, scoped=given, purposed=purposed) for scope in scopes
            )
    return _link_wrappers(text, out, lexicon)


def _proper_name(
    left: str, head: str, opens_sentence: bool, lexicon: AgreementLexicon
) -> str | None:
    """``washington agreement`` for "the Washington agreement": capitalised words right
    before the head, with the head noun, lower case (None without such words). "The
    Washington deal" or "accord" is the same name: those heads are keyed as one."""
    if left.islower():
        return None  # the usual case: no capitalised word, no name
    words = left.split()
    taken: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if not word[:1].isupper() or (i == 0 and opens_sentence and word in _OPENERS):
            break
        taken.insert(0, word.lower())
    if not taken:
        return None
    noun = _head_noun(head).lower()
    if noun in lexicon.name_heads:
        noun = min(lexicon.name_heads)  # one key for the interchangeable heads
    return " ".join((*taken, noun))


def _warring(sentence: tuple[int, int], actors: ArticleActors, lexicon: AgreementLexicon) -> bool:
    """Whether a sentence names both sides of one known conflict."""
    named = {hit.actor for hit in actors.between(*sentence)}
    index = lexicon.conflicts_of
    seen: set[int] = set()
    for actor in named:
        for conflict in index.get(actor, ()):
            if conflict in seen:
                return True
            seen.add(conflict)
    return False


def _held_people(
    text: str,
    sentence: tuple[int, int],
    hit: ActorMention,
    actors: ArticleActors,
    lexicon: AgreementLexicon,
) -> bool:
    """Whether a demonym names the nationality of people held, in a sentence naming the sides.

    "Israel and Hamas agreed to an exchange of Israeli hostages for Palestinian
    prisoners": the captives' nationalities say whose people are freed, not who is bound;
    the sides the sentence names elsewhere are. Alone ("the release of Ukrainian
    prisoners") the demonym still stands for a side.
    """
    if not _before_captives(text, hit, lexicon):
        return False
    others = {
        h.actor
        for h in actors.between(sentence[0], sentence[1])
        if h.kind != "demonym" or not _before_captives(text, h, lexicon)
    }
    return any(len(others & set(pair)) == 2 for pair in lexicon.conflicts)


def _before_captives(text: str, hit: ActorMention, lexicon: AgreementLexicon) -> bool:
    """Whether a people held follow an actor's name at once ("Palestinian prisoners")."""
    pos = hit.end
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return lexicon.captives_near.match(text, pos) is not None


def _describe(
    text: str,
    sentence: tuple[int, int],
    match: re.Match[str],
    actors: ArticleActors,
    lexicon: AgreementLexicon,
) -> Mention:
    spec = lexicon.mention_specs[match.lastgroup or ""]
    start, end = match.start(), match.end()
    # A verb's subject is no modifier: "Israel released 183 prisoners".
    np_start, definite = (
        (start, False) if spec.verbal else _left_edge(text, sentence[0], start, lexicon)
    )
    head = match.group()
    # A verbal trigger ending in a verb takes its object straight after it.
    open_np = spec.verbal and head.rsplit(" ", 1)[-1].lower() in lexicon.grammar.verb_objects
    numbered = spec.bare and _DIGIT.search(text, np_start, start) is not None
    np_end = _right_edge(text, end, sentence[1], lexicon, open_np)
    left = text[np_start:start]
    explicit: list[str] = []
    backers: list[str] = []
    for hit in actors.between(np_start, np_end):
        if hit.kind == "demonym" and lexicon.grammar.place_noun.match(text, hit.end):
            continue  # "prisoners flown to the Saudi city of Abha": a place, not a side
        if hit.kind == "demonym" and _held_people(text, sentence, hit, actors, lexicon):
            continue  # "Israeli hostages for Palestinian prisoners": whose people are freed
        if hit.kind == "capital" and hit.start >= end and text[hit.start - 3 : hit.start] in _VENUE:
            continue  # "peace talks in Havana": where they meet, not who meets
        if (
            hit.kind in ("capital", "institution")
            and hit.start >= end
            and text[max(0, hit.start - 7) : hit.start] in _SEAT
        ):
            continue  # "a declaration signed at the White House": where, not who signs
        if (
            hit.start >= end
            and _located(text, end, hit, lexicon)
            and (spec.verbal or _others_before(actors, sentence[0], start, hit.actor))
        ):
            # "halted its bombing campaign in Yemen", "the United States and Turkey have
            # agreed to a ceasefire in Syria": where, not against whom ("a ceasefire in
            # Ukraine" alone still names a side).
            continue
        backed = False
        if text[hit.end : hit.end + 1] == "-":
            suffix, _, rest = text[hit.end + 1 : hit.end + 30].partition(" ")
            backed = suffix.lower() in lexicon.mediator_suffixes
            if suffix.lower() == "led" and rest.split(" ", 1)[0].lower() in lexicon.led_sides:
                backed = False  # "the Saudi-led coalition" is a side of the war
        # Before "proposal", an actor proposes it unless paired: "US proposal", not
        # "Russia-Ukraine proposal".
        proposer = spec.role == "proposal" and hit.end <= start and not _hyphen_pair(text, hit.end)
        if backed or proposer:
            backers.append(hit.actor)
        else:
            explicit.append(hit.actor)
    partner: tuple[str, ...] = ()
    made_with = lexicon.grammar.partner.match(text, np_end, sentence[1])
    if made_with is not None:
        # "the peace agreement signed with Rwanda": Rwanda is a side of it.
        first = actors.between(made_with.end(), made_with.end() + 1)
        partner = tuple(h.actor for h in first)
        if first and made_with.group("between"):
            # "the truce agreed between the US and the Taliban": the second side too.
            partner += _second_of_pair(text, first[0], actors)
        explicit.extend(partner)
    place = None
    # A place inside the trigger itself does not count; a bare trigger has no other words.
    found = None
    if np_start < start or end < np_end:
        found = lexicon.place_pattern.search(text, np_start, np_end)
    if found is not None and not (start <= found.start() < end):
        place = place_sides(lexicon.places[found.group()], actors, lexicon)
    # ``tuple.__new__`` builds the named tuple without its Python-level constructor:
    # every field, in the order ``Mention`` declares them.
    return tuple.__new__(
        Mention,
        (
            start, end, np_start, np_end, spec, head,
            spec.scope or "general",  # scope
            spec.scope is not None,  # scoped
            tuple(dict.fromkeys(explicit)),
            tuple(dict.fromkeys(backers)),
            place,
            _duration(text, (np_start, end, np_end), sentence, lexicon),
            # Without modifiers (a verb's trigger, "truce" alone) there is no name, no
            # "possible" and no possessive to read.
            (label_of(left, lexicon, _head_noun(head)) if left else None)
            or label_after(text, end, lexicon, _head_noun(head))
            or _label_further(text, end, np_end, lexicon, head),  # label
            bool(left) and bool(lexicon.hypothetical.search(lowered(left))),
            definite or (bool(left) and left.rstrip().endswith(_POSSESSIVE)),
            False,  # compound
            (),  # inner
            False,  # anaphoric
            numbered,
            None,  # parties
            False,  # void
            _proper_name(left, head, sentence[0] == np_start, lexicon) if left else None,
            False,  # warring
            partner,
            False,  # sought
            False,  # purposed
        ),
    )  # fmt: skip


def _label_further(
    text: str, end: int, np_end: int, lexicon: AgreementLexicon, head: str
) -> str | None:
    """A name told past the words right after the trigger ("a truce with Israel for the
    holy month of Ramadan"), within the phrase that describes it."""
    if np_end <= end:
        return None
    return label_within(text, end, np_end, lexicon, _head_noun(head))


def _duration(
    text: str, phrase: tuple[int, int, int], sentence: tuple[int, int], lexicon: AgreementLexicon
) -> float | None:
    """The length the phrase gives, or a "for three days" / "lasting 72 hours" right after.

    ``phrase`` is the start of the phrase, the end of its trigger and the end of the
    phrase. After a state told in the perfect ("had been ready for a truce for six
    weeks") only the words up to the trigger give a length.
    """
    start, head_end, end = phrase
    ceiling = sentence[1]
    window = text[start : min(ceiling, end + 40)].lower()
    for unit in lexicon.grammar.lengths:
        if unit in window:
            break
    else:
        return None
    if lexicon.grammar.perfect_state.search(text, sentence[0], start):
        return duration_days(text, lexicon, start, head_end)
    days = duration_days(text, lexicon, start, end)
    if days is None and lexicon.grammar.length_follows.match(text, end, ceiling):
        days = duration_days(text[end : min(ceiling, end + 40)], lexicon)
    return days


def _located(text: str, floor: int, hit: ActorMention, lexicon: AgreementLexicon) -> bool:
    """True for a name the words before make the place of a verb's halt: "halted its
    bombing campaign in Yemen", "pause its offensive in north-east Syria"."""
    if text[hit.start - 3 : hit.start] == "in ":
        return True  # the usual case, without the pattern
    found = lexicon.grammar.located_in.search(text, max(floor, hit.start - 40), hit.start)
    return found is not None


def _others_before(actors: ArticleActors, floor: int, start: int, actor: str) -> bool:
    """Whether the sentence names an actor other than ``actor`` before a trigger."""
    return any(hit.actor != actor for hit in actors.between(floor, start))


def _hyphen_pair(text: str, end: int) -> bool:
    """True for the first half of "Russia-Ukraine": both sides, not a proposer."""
    return text[end : end + 1] == "-" and text[end + 1 : end + 2].isupper()


def _head_noun(trigger: str) -> str:
    return trigger.split(" ")[0] if " " in trigger else trigger


def _left_edge(text: str, floor: int, start: int, lexicon: AgreementLexicon) -> tuple[int, bool]:
    """Start of the modifiers before a trigger, and whether a definite word leads them."""
    base = max(floor, start - 60)
    window = text[base:start]
    # Tokens never span white space, so the last six white-space-separated chunks hold
    # every token the walk below can reach (it stops at the sixth).
    chunks = window.rsplit(None, 6)
    pos = start
    count = 0
    cursor = len(window)
    for chunk in reversed(chunks[-6:]):
        at = window.rfind(chunk, 0, cursor)
        cursor = at
        offset = at + len(chunk)
        for word in reversed((chunk,) if chunk.isalpha() else _TOKEN.findall(chunk)):
            offset -= len(word)
            lower = word.lower()
            if not (word[0].isalnum()) or lower in lexicon.left_stops or count >= 5:
                return pos, lower in lexicon.grammar.determiners
            if (
                lower.endswith(("ed", "ing"))
                and "-" not in lower
                and not word[0].isupper()
                and not lexicon.scope_left.fullmatch(lower)
            ):
                return pos, False  # a verb ends the modifiers: "agreed ceasefire" is no name
            pos = base + offset
            count += 1
    return pos, False


def _right_edge(
    text: str, end: int, ceiling: int, lexicon: AgreementLexicon, open_np: bool = False
) -> int:
    """End of the phrase after a trigger ("on Ukraine's energy facilities").

    ``open_np`` is for a trigger ending in a verb, whose object follows directly
    ("refrain from hitting Russian energy sites").
    """
    limit = min(ceiling, end + 90)
    start = end + 1 if _quoted_term(text, end) else end
    first = _FIRST_TOKEN.match(text, start, limit)
    if first is None:
        return end
    opener = first.group(1).lower()
    # Only a phrase opened by a preposition still describes the trigger.
    if not (open_np or opener in lexicon.grammar.np_openers):
        return end
    between = opener == "between"
    # Twelve tokens are read, and the one after the last for "and"/"or".
    tokens = list(islice(_TOKEN.finditer(text, start, limit), 13))
    stop = end
    for i, token in enumerate(tokens[:12]):
        word = token.group()
        lower = word.lower()
        if not (word[0].isalnum() or word in _POSSESSIVE) or lower in lexicon.np_stops:
            break
        if word.endswith(".") and len(word) > 3 and not word[-2].isupper():
            # "on Saturday." ends the sentence, not an abbreviation like "U.S.".
            stop = token.end() - 1
            break
        between = between or lower == "between"  # "a truce in Yemen between A and B"
        if lower in ("and", "or") and not between:
            following = tokens[i + 1].group() if i + 1 < len(tokens) else ""
            # "... in Yemen and the Houthis agreed": a name after "and" opens a clause.
            if following.lower() == "the" and i + 2 < len(tokens):
                following = tokens[i + 2].group()
            if following[:1].isupper():
                break
        stop = token.end()
    return stop


def _second_of_pair(text: str, first: ActorMention, actors: ArticleActors) -> tuple[str, ...]:
    """The actor joined to ``first`` by "and" ("the US and the Taliban"), if any."""
    for hit in actors.between(first.end, first.end + 10):
        if text[first.end : hit.start] in (" and ", " and the "):
            return (hit.actor,)
    return ()


def _quoted_term(text: str, end: int) -> bool:
    """Whether a trigger ending at ``end`` closes a term of a few words set in quotes
    ("agreed to begin \"substantive negotiations\" on a peaceful settlement"): its
    phrase goes on after the closing mark. Not the end of a quoted remark ("was \"open
    to any serious proposal\" for peace"), whose words after it are the reporter's."""
    if text[end : end + 1] not in _CLOSING_QUOTES:
        return False  # the usual case
    window = text[max(0, end - 40) : end]
    opening = max(window.rfind('"'), window.rfind("\u201c"))
    return opening >= 0 and len(window[opening + 1 :].split()) <= 3


def _merge_compounds(
    text: str,
    mentions: list[Mention],
    actors: ArticleActors,
    lexicon: AgreementLexicon,
    sentence: tuple[int, int],
) -> list[Mention]:
    """Fold a wrapper straight after a trigger into it: "ceasefire proposal", "truce talks"."""
    out: list[Mention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        if (
            previous is not None
            and mention.spec.wrapper
            and not previous.spec.wrapper
            and not text[previous.end : mention.start].strip()
        ):
            np_end = _right_edge(text, mention.end, sentence[1], lexicon)
            backers = previous.backers
            explicit = previous.explicit
            if mention.spec.role == "proposal":
                # Actors before "ceasefire proposal" propose it unless paired (X-Y).
                single = [a for a in explicit if a not in mention.explicit]
                if len(single) == 1:
                    backers, explicit = (*backers, *single), ()
            extra = tuple(
                h.actor for h in actors.between(previous.np_end, np_end) if h.start >= mention.end
            )
            out[-1] = previous._replace(
                end=mention.end,
                np_end=max(np_end, previous.np_end),
                spec=replace(previous.spec, role=mention.spec.role),
                explicit=tuple(dict.fromkeys((*explicit, *extra))),
                backers=backers,
                place=previous.place or mention.place,
                compound=True,
            )
            continue
        out.append(mention)
    return out


def _scopes(
    text: str, where: Mention, lexicon: AgreementLexicon, sentence: tuple[int, int]
) -> tuple[list[Scope], bool, bool]:
    """Scopes the phrase gives ("energy and maritime truces" gives two), whether given, and
    whether only a purpose clause gave it.

    A purpose or relative clause after it may give one too ("halt operations ... to let
    aid in", "a deal that lets ships leave the ports"), after a deal as after a truce.
    Without a scope word the agreement is general, said ("full ceasefire") or not, unless
    its sentence ties it to a corridor (``_corridor_purpose``).
    """
    ceiling = sentence[1]
    if where.spec.scope is not None:
        return [where.scope], where.scoped, False
    wrapper = where.spec.wrapper or where.compound
    scopes: list[Scope] = []
    for pattern, a, b in (
        (lexicon.scope_left, where.np_start, where.start),
        (lexicon.scope_right, where.start, where.np_end),
    ):
        if a >= b:
            continue  # no words on this side ("truce" alone): scope words are words
        phrase = lowered(text[a:b])
        if not _may_hold_scope(phrase, lexicon.scope_heads):
            continue  # the usual case: "ceasefire", "the new": no word opens as one does
        for match in pattern.finditer(phrase):
            name = match.lastgroup or ""
            scope = lexicon.scope_names.get(name, name)
            if not scope or scope in scopes:
                continue
            if name in lexicon.wrapper_scopes and not wrapper:
                continue
            scopes.append(cast(Scope, scope))
    if scopes:
        return scopes, True, False
    # Folded from the phrase's start, so a word boundary at the trigger's end reads the
    # same character before it; matched case-sensitively, twice as fast. Read from the
    # trigger, since the phrase may hold it ("a pause in Gaza for vaccinations"), and
    # after the phrase ("the deal with Kyiv, which let ships leave its ports").
    low = folded(text[where.np_start : ceiling])
    starts = dict.fromkeys(
        (min(where.end, where.np_end) - where.np_start, where.np_end - where.np_start)
    )
    for purpose, scope, needed in lexicon.grammar.purpose_scopes:
        if scope in lexicon.wrapper_scopes and (where.compound or not where.spec.wrapper):
            # "a deal that leads to the withdrawal of troops" is a deal on that; a truce or a
            # "ceasefire deal" that does is still a truce, the withdrawal one of its terms.
            continue
        # The words first: the pattern's lazy lead-in tries every position up to its limit.
        if any(word in low for word in needed) and any(purpose.match(low, at) for at in starts):
            return [scope], True, True
    partial = _partial_halt_purpose(text, where, lexicon, ceiling)
    if partial is not None:
        return [partial], True, True
    phrase = lowered(text[where.np_start : where.np_end])
    said = lexicon.general.search(phrase) is not None
    if not said and _corridor_purpose(text, where, lexicon, sentence):
        # A definite truce ("the pause would open corridors") is the one named before, if
        # any, with its scope: not given here, so that the reference takes that one.
        return ["humanitarian"], not where.definite, not where.definite
    return ["general"], said, False


def _may_hold_scope(phrase: str, heads: frozenset[str]) -> bool:
    """Whether a word of the lower-cased ``phrase`` opens as a scope word can: its first
    four letters a-z (fewer when another character comes sooner) are one of ``heads``.

    A scope word starts where no ASCII letter, digit or "_" is before it, as its pattern's
    look back wants (a letter of another script counts as no word character here: more
    places are tried, never fewer), and its pattern's final boundary leaves a short word
    (``aid``) with no letter after it.
    """
    size = len(phrase)
    in_word = False
    for pos in range(size):
        code = ord(phrase[pos])
        letter = 97 <= code <= 122
        if letter and not in_word:
            end = pos + 1
            stop = min(size, pos + 4)
            while end < stop and 97 <= ord(phrase[end]) <= 122:
                end += 1
            if phrase[pos:end] in heads:
                return True
        in_word = letter or 65 <= code <= 90 or 48 <= code <= 57 or code == 95
    return False


def _corridor_purpose(
    text: str, where: Mention, lexicon: AgreementLexicon, sentence: tuple[int, int]
) -> bool:
    """Whether a truce's own sentence ties it to getting people out of a place.

    "Russia declared a ceasefire and published routes out of Kharkiv", "the army shelled
    the route out of the city, violating the ceasefire", "a ceasefire to let civilians
    leave the besieged town": such a local ceasefire is a corridor's, humanitarian. A
    motive alone ("so that civilians could escape the combat zones", "the evacuation of
    the wounded") is not such a tie.
    Only near the trigger, so that a corridor told elsewhere in a long sentence does not
    make a truce it names in passing one.
    """
    grammar = lexicon.grammar
    if where.spec.family not in ("ceasefire", "pause") or where.spec.wrapper or where.compound:
        return False
    before, after = grammar.corridor_window
    start = max(sentence[0], where.start - before)
    end = min(sentence[1], where.end + after)
    window = text[start:end]
    low = window.lower()
    if not any(word in low for word in grammar.corridor_purpose_words):
        return False  # the usual case: no word of getting people out near it
    return grammar.corridor_purpose.search(window) is not None


def _partial_halt_purpose(
    text: str, where: Mention, lexicon: AgreementLexicon, ceiling: int
) -> Scope | None:
    """The scope a purpose clause gives a halt of one class of attacks, in its own
    sentence or opening the next one.

    "Israel agreed to suspend air strikes for 48 hours. The suspension began at 2 a.m. and
    is meant to let civilians leave the south": the clause belongs to the words opening
    that sentence ("The suspension", "It"), which refer back to the halt; getting people
    out is a humanitarian purpose of such a halt. A truce of all fighting keeps its scope,
    its purpose one motive among others.
    """
    grammar = lexicon.grammar
    if where.spec.family != "pause" or where.spec.wrapper:
        return None
    if not grammar.partial_halt.search(folded(text[where.start : where.np_end])):
        return None
    own = folded(text[where.end : ceiling])
    if any(word in own for word in grammar.evacuation_purpose_words) and (
        grammar.evacuation_purpose.match(own)
    ):
        return "humanitarian"
    following = folded(text[ceiling : ceiling + 240])
    carrier = grammar.purpose_carrier.match(following)
    if carrier is None:
        return None
    at = carrier.end()
    if any(word in following for word in grammar.evacuation_purpose_words) and (
        grammar.evacuation_purpose.match(following, at)
    ):
        return "humanitarian"
    for purpose, scope, needed in grammar.purpose_scopes:
        if scope in lexicon.wrapper_scopes:
            continue  # a withdrawal is a deal's scope, never a halt's
        if any(word in following for word in needed) and purpose.match(following, at):
            return scope
    return None


def _link_wrappers(text: str, mentions: list[Mention], lexicon: AgreementLexicon) -> list[Mention]:
    """Point "talks on", "a deal to", "a proposal for" at the agreements they are about."""
    out = list(mentions)
    for i, mention in enumerate(out):
        if not mention.spec.wrapper or mention.compound:
            continue
        inner: list[int] = []
        for j in range(i + 1, len(out)):
            candidate = out[j]
            if not inner:
                gap = text[mention.end : candidate.start]
                if candidate.spec.wrapper or not lexicon.wrapper_link.match(gap):
                    break
            else:
                previous = out[inner[-1]]
                gap = text[previous.np_end : candidate.np_start]
                if not lexicon.grammar.coordination.match(gap):
                    break
            inner.append(j)
        if inner:
            out[i] = mention._replace(inner=tuple(inner))
    return out


def coordinated(text: str, first: Mention, second: Mention, lexicon: AgreementLexicon) -> bool:
    """True for "a maritime truce and a broader ceasefire": one verb governs both."""
    return bool(lexicon.grammar.coordination.match(text[first.np_end : second.np_start]))


def sequel(text: str, first: Mention, second: Mention, lexicon: AgreementLexicon) -> bool:
    """True for "a humanitarian truce, to be followed by a permanent ceasefire": the second
    is a later stage of the same plan."""
    return bool(lexicon.grammar.sequel.match(text[first.np_end : second.np_start]))
