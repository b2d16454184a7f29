"""Which agreement a mention names: keeping real mentions, resolving references back.

"the pause", "the deal", "a second phase", "an unacceptable violation" name no scope or
sides themselves; they refer to an agreement named earlier in the article. A wrapper
("a deal", "talks") or a bare noun ("a pause") that refers to nothing names nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from processors.agreement_lexicon import AgreementLexicon
from processors.agreement_mentions import Mention
from processors.agreement_text import word_before
from processors.parties import conflicts_among

_HALT_FAMILIES: Final = frozenset(("pause", "ceasefire"))
"""Families of agreements that halt fighting: what a bare halt may refer back to first."""
_RELATIVE: Final = re.compile(r"\b(?:that|which)\b")
# A contact relative on an indefinite head, running up to the verb: "(free Pakistan to
# seek third-party involvement,) something India has always refused".
_INDEFINITE_HEAD: Final = re.compile(
    r"\b(?:[Ss]omething|[Aa]nything|[Ww]hat(?:ever)?)\s[^,;:.!?\"]*$"
)
# The object of a bare pause: "a pause on higher tariffs", "a freeze of new loans".
_BARE_OBJECT: Final = re.compile(r"\s+(?:on|of|in|to)\s+((?:[\w'\u2019-]+\s+){0,2}[\w'\u2019-]+)")
# What a deal or proposal is for, its author between: "a proposal by the UN mission to
# merge the two armies"; not "to end the war", which is a peace plan.
_PURPOSE: Final = re.compile(
    r"\s*(?:(?:by|from)\s+(?:the\s+)?(?:[\w.\u2019'-]+\s+){1,3}?)?to\s+"
    r"(?!(?:end|halt|stop|cease|freeze|pause)\b)",
    re.IGNORECASE,
)
_PHASE_OF: Final = re.compile(r"\s+of\s+(?:the\s+|this\s+|that\s+|a\s+|an\s+|its\s+|their\s+)?")
_APPOSITION: Final = re.compile(r"\s*,\s*(?:the|a|an|its|their|this|that)?\s*$")
# "a full ceasefire on land, in the air and at sea, a proposal that ...".
_LOOSE_APPOSITION: Final = re.compile(r"[^.;:]{0,60},\s*(?:a|an)\s*$")


def _appositive(text: str, previous: Mention, mention: Mention, antecedent: Mention) -> bool:
    """True when ``mention`` renames the mention before it, set off by a comma.

    Not a verb's trigger: "their peace deal, agreeing to allow humanitarian access"
    adds a clause with an agreement of its own; it does not rename the deal."""
    if antecedent.start != previous.start or (previous.spec.wrapper and not previous.scoped):
        return False
    if mention.spec.verbal:
        return False
    if _APPOSITION.fullmatch(text, previous.np_end, mention.np_start):
        return not mention.explicit
    return mention.spec.role == "proposal" and bool(
        _LOOSE_APPOSITION.fullmatch(text, previous.np_end, mention.np_start)
    )


def resolve(
    text: str,
    mentions: list[Mention],
    index: int,
    antecedents: list[Mention],
    lexicon: AgreementLexicon,
) -> Mention | None:
    """The mention as an agreement (scope and sides filled from an antecedent), or None."""
    mention = mentions[index]
    spec = mention.spec
    if index and antecedents and _appositive(text, mentions[index - 1], mention, antecedents[-1]):
        # "That truce, the first nationwide halt in years, ...": the same agreement.
        return refer(mention, antecedents[-1:], "any")
    if lexicon.agent_possessive.match(text, mention.end):
        return None  # "urged the ceasefire's sponsors to …" is about the sponsors
    if _other_instances(text, mention, lexicon):
        return None  # "similar pauses had broken down in the past": others of the kind
    if (
        not mention.scoped
        and not mention.definite
        and spec.family in _HALT_FAMILIES
        and _generic_subject(text, mention, lexicon)
    ):
        return None  # "A unilateral truce is cheap to declare": any truce, none named
    if spec.orphan:
        return _orphan(text, mentions, index, antecedents, lexicon)
    if spec.refers == "latest":
        # "agreed to suspend air strikes ... The suspension began at 2 a.m.": the halt just
        # named; after "the prisoner exchange that Pakistan suspended" it is that act's.
        if antecedents and antecedents[-1].spec.family == spec.family:
            return refer(mention, antecedents[-1:], "any")
        return None
    if spec.family == "phase" and index + 1 < len(mentions):
        # "began the second phase of the ceasefire": the phase of the agreement after it.
        after = mentions[index + 1]
        if _PHASE_OF.fullmatch(text, mention.end, after.start) and not after.spec.wrapper:
            return mention._replace(
                scope=after.scope, scoped=True, explicit=after.explicit, place=after.place
            )
    if spec.family == "phase" and antecedents:
        # "The prisoner exchange is in doubt. ... the second phase was put on hold": the
        # swap just named, not an older ceasefire (phases are a ceasefire's by default).
        last = antecedents[-1]
        near = mention.start - lexicon.grammar.anaphor_window // 3
        if last.spec.family == "exchange" and last.start >= near:
            return refer(mention, [last], "any")
    if not spec.wrapper and not spec.verbal and _other_truce(text, mention, lexicon):
        return None
    if spec.verbal and spec.self_status is not None and not spec.agentless:
        # "the freed prisoners", "buses carrying released detainees": a participle
        # describing people, not an act. ("The shelling has stopped" opens with its noun.)
        before = text[max(0, mention.start - 30) : mention.start].split()[-1:]
        word = before[0].lower() if before else ""
        blockers = lexicon.grammar.participle_blockers
        if word in blockers or word in lexicon.prepositions or word.endswith("ing"):
            return None
    if (
        spec.verbal
        and spec.family == "pause"
        and not mention.scoped
        and antecedents
        and lexicon.grammar.anaphoric_objects.search(text, mention.start, mention.end + 12)
    ):
        # "agreed to stop attacks on energy infrastructure, and ordered the military to
        # halt such strikes": the pause just named, with its scope.
        found = refer(mention, antecedents[-1:], "family", keep_length=True)
        if found is not None:
            return found
    if mention.purposed and (spec.verbal or mention.definite) and antecedents:
        restated = _restated(mention, mentions[0].np_start, antecedents[-1], lexicon)
        if restated is not None:
            return restated
    if spec.family == "anaphor" or (spec.verbal and spec.bare):
        # "withdrew from it", "Ukraine accepted.": only a recent agreement will do; not
        # in a relative clause, whose object is the noun before ("the truce that Hamas
        # accepted").
        if spec.verbal and (
            _RELATIVE.search(text, max(0, mention.start - 60), mention.start)
            or _INDEFINITE_HEAD.search(text, max(0, mention.start - 60), mention.start)
        ):
            return None
        floor = mention.start - lexicon.grammar.anaphor_window
        return refer(mention, [a for a in antecedents if a.start >= floor], "any")
    if spec.wrapper and not mention.compound and not mention.inner:
        return _wrapper(text, mention, antecedents, lexicon)
    if spec.bare and not mention.scoped and _on_other_thing(text, mention, lexicon):
        return None  # "a 90-day pause on higher tariffs", "a freeze on hiring"
    if spec.bare and not mention.scoped and (mention.duration or mention.numbered):
        # "a pause of ten hours" in an article about humanitarian pauses is one of them.
        return refer(mention, antecedents, "family", keep_length=True) or mention
    if spec.bare and not (
        mention.duration
        or mention.label
        or mention.numbered
        or (mention.scoped and not spec.scope)
        or (mention.compound and spec.scope is not None)
    ):
        # "a second phase" always refers back; "a pause" or "a swap" alone names nothing,
        # but "any pause" weighs the one in view.
        if (
            spec.refers not in (None, "family", "pause")
            or mention.definite
            or word_before(text, max(0, mention.np_start - 5), mention.np_start, "any")
        ):
            found = refer(mention, antecedents, spec.refers or "family")
            if found is None and spec.scope is not None and _among_captives(text, mention, lexicon):
                return mention  # "as the exchange agreed last week got under way"
            return found
        return None
    if not mention.scoped and not mention.definite and spec.family in _HALT_FAMILIES:
        if "without" in text[mention.end : mention.np_end + 12] and _generic(
            text, mention, lexicon
        ):
            return None  # "a truce without banking was a truce in name only": any truce
        if index and _said_of_generic(text, mentions[index - 1], mention, lexicon):
            return None  # ... and "a truce in name only" there is what any such truce is
        answered = _answered(text, mention, antecedents, lexicon)
        if answered is not None:
            return refer(mention, [answered], "any")
        if word_before(text, max(0, mention.np_start - 5), mention.np_start, "any"):
            # "would not accept any truce" after "rejected a humanitarian pause": the halt
            # in view, weighed; only its scope and sides, not its name or length.
            halts = [a for a in antecedents if a.spec.family in _HALT_FAMILIES]
            return refer(mention, halts, "any", keep_length=True) or mention
    if _counted(text, mention, lexicon):
        # "Two earlier truces collapsed within hours" beside a humanitarian one: a count
        # of truces of the kind in view, each its own (scope and sides, not the name).
        truces = [a for a in antecedents if a.spec.family in ("ceasefire", "pause")]
        return refer(mention, truces, "any", keep_length=True) or mention
    if (
        not mention.scoped
        and mention.definite
        and spec.family in ("ceasefire", "pause")
        and lexicon.grammar.own_marker.search(text, mention.np_start, mention.start)
    ):
        # "the Brotherhood declared a truce ...; and the military's own ceasefire was due
        # to run until Tuesday": a truce of its own, not the one just named.
        return mention
    if not mention.scoped and mention.definite and spec.family in ("ceasefire", "pause"):
        # "the Gaza ceasefire" after a Red Sea truce names its own sides by its place.
        antecedents = _agreeing(mention, antecedents)
        antecedents = _binding(mention, antecedents, lexicon)
        antecedents = _not_weighed(text, antecedents)
        if mention.duration is not None:
            # "the 30-day ceasefire" after "an Easter truce": a length of its own names the
            # agreement of that length; failing one, it takes scope and sides, not the name.
            same = [a for a in antecedents if a.duration == mention.duration]
            return (
                refer(mention, same, "family")
                or refer(mention, antecedents, "family", keep_length=True)
                or mention
            )
        found = refer(mention, antecedents, "family")
        if found is None and mention.spec.family == "ceasefire":
            # "Russia would stop hitting Ukraine's power grid for 30 days ... the truce
            # exists": with no truce named before, the truce is the pause just told of
            # (within an anaphor's reach: a distant one is more likely another truce).
            floor = mention.start - lexicon.grammar.anaphor_window
            paused = [a for a in antecedents if a.spec.family == "pause" and a.start >= floor]
            found = refer(mention, paused, "any")
        return found or mention
    return _same_sides(mention, antecedents)


def _generic(text: str, mention: Mention, lexicon: AgreementLexicon) -> bool:
    """Whether what follows the truce's head or its noun phrase says what any truce is
    (``grammar.generic_truce``): "a truce without banking was a truce in name only"."""
    generic = lexicon.grammar.generic_truce
    return (
        generic.match(text, mention.end) is not None
        or generic.match(text, mention.np_end) is not None
    )


def _generic_subject(text: str, mention: Mention, lexicon: AgreementLexicon) -> bool:
    """Whether an indefinite truce opens its sentence as the subject of a present-tense
    judgement (``grammar.generic_subject``): "A unilateral truce is cheap to declare", "A
    truce declared by one side is a statement of intent" say what any such truce is."""
    # The noun phrase starts after its article: "A"/"An" must open the sentence.
    start = mention.np_start
    if text.endswith("A ", 0, start):
        start -= 2
    elif text.endswith("An ", 0, start):
        start -= 3
    else:
        return False
    # Only a quote mark or a space since the sentence before ended.
    before = text[max(0, start - 4) : start].rstrip(' "\u201c')
    if before and not before.endswith((".", "!", "?", "\n")):
        return False
    return lexicon.grammar.generic_subject.match(text, mention.end) is not None


def _said_of_generic(
    text: str, previous: Mention, mention: Mention, lexicon: AgreementLexicon
) -> bool:
    """Whether ``mention`` is what the generic truce just before it is said to be, in its
    clause: the second truce of "a truce without banking was a truce in name only"."""
    return (
        not previous.scoped
        and not previous.definite
        and previous.spec.family in _HALT_FAMILIES
        and mention.start - previous.end <= 100
        and not any(mark in text[previous.end : mention.start] for mark in ".;:")
        and "without" in text[previous.end : previous.np_end + 12]
        and _generic(text, previous, lexicon)
    )


def _answered(
    text: str, mention: Mention, antecedents: list[Mention], lexicon: AgreementLexicon
) -> Mention | None:
    """The scoped truce just named that an indefinite one answers, if any: "The government
    declared a humanitarian truce. A day later, the rebels said they would commit to a
    cessation of hostilities" (``grammar.answer_lead`` before it, in its sentence)."""
    if mention.duration is not None or mention.label is not None:
        return None  # a length or a name of its own: its own truce
    last = next((a for a in reversed(antecedents) if a.spec.family in _HALT_FAMILIES), None)
    if (
        last is None
        or not last.scoped
        or last.scope == "general"
        or last.start < mention.start - lexicon.grammar.anaphor_window
    ):
        return None
    lead = max(0, mention.np_start - 160, text.rfind(". ", 0, mention.np_start) + 1)
    if lexicon.grammar.answer_lead.search(text, lead, mention.np_start) is None:
        return None
    return last


def _restated(
    mention: Mention, sentence_start: int, last: Mention, lexicon: AgreementLexicon
) -> Mention | None:
    """The truce just announced, when a later mention tells it with a purpose:
    "announced a two-week pause in offensive operations. ... would halt operations so
    that aid could reach survivors" restates the pause, and so does "The ceasefire is
    meant to let aid convoys reach ..."; neither is a second, humanitarian one.

    Only a truce named nearby, general or of the purpose's scope, of no other length, and
    in an earlier sentence or referred back to ("which brokered the truce, said both sides
    agreed to stop fighting for three days to let aid move"): "rejected a ceasefire but
    agreed to pauses to let aid in" names a second one."""
    if (
        last.spec.wrapper
        or last.sought
        or last.scope not in ("general", mention.scope)
        or last.spec.family not in ("ceasefire", "pause", "anaphor")
        or (last.start >= sentence_start and not last.anaphoric)
        or last.start < mention.start - lexicon.grammar.anaphor_window
        or (mention.duration is not None and mention.duration != last.duration)
    ):
        return None
    # The same truce: its length and name too, but still an act of its own sentence.
    found = refer(mention, [last], "any", keep_length=True)
    if found is None:
        return None
    return found._replace(duration=found.duration or last.duration, label=found.label or last.label)


def _other_instances(text: str, mention: Mention, lexicon: AgreementLexicon) -> bool:
    """Whether an unscoped plural truce is others of its kind: "similar pauses", "such
    truces", "previous ceasefires" name no agreement of the article; nor does a singular
    one after "every" or "each" ("every ceasefire since November has broken down")."""
    if mention.scoped or mention.spec.family not in ("ceasefire", "pause"):
        return False
    if not mention.head.lower().endswith("s"):
        # "every" stops the phrase's modifiers; "Each" opening a sentence may lead them.
        before = text[max(0, mention.np_start - 8) : mention.np_start].split()[-1:]
        first = text[mention.np_start : mention.start].split()[:1]
        return any(word.lower() in lexicon.every_instance for word in (*before, *first))
    first = text[mention.np_start : mention.start].split()[:1]
    return bool(first) and first[0].lower() in lexicon.other_instances


def _counted(text: str, mention: Mention, lexicon: AgreementLexicon) -> bool:
    """Whether an unscoped truce is counted in the plural: "two earlier truces", "three
    ceasefires" (not "two-day truces", whose number is a length)."""
    if mention.scoped or mention.definite or mention.spec.family not in ("ceasefire", "pause"):
        return False
    if not mention.head.lower().endswith("s") or mention.duration is not None:
        return False
    first = text[mention.np_start : mention.start].split()[:1]
    if not first:
        return False
    return first[0].isdigit() or lexicon.numbers.get(first[0].lower(), 0.0) >= 2


def _own_name(mention: Mention, previous: Mention) -> bool:
    """Whether ``mention`` carries a name its antecedent lacks ("the Easter truce" after
    "a 30-day ceasefire"): it may be another truce of the same sides, so it takes their
    scope and sides but not the antecedent's length."""
    return mention.label is not None and previous.label is None


def _among_captives(text: str, mention: Mention, lexicon: AgreementLexicon) -> bool:
    """Whether a definite bare swap names people held near it ("Six hostages walked free
    and 200 prisoners left Ofer hours later, as the exchange got under way")."""
    if not mention.definite or mention.spec.family != "exchange":
        return False
    if text.startswith(" of ", mention.end):
        return False  # "the exchange of fire", "of letters": another thing
    window = lexicon.captives_window
    return bool(
        lexicon.captives_near.search(text, max(0, mention.start - window), mention.end + window)
    )


def _agreeing(mention: Mention, antecedents: list[Mention]) -> list[Mention]:
    """The antecedents a mention naming a conflict's place can refer back to.

    Only a place: sides named outright may be another name of the same front ("the
    ceasefire between Israel and Hezbollah" after "Lebanon's ceasefire").
    """
    if not mention.place:
        return antecedents
    own = set(mention.place)
    return [a for a in antecedents if own <= {*(a.place or ()), *a.explicit, *(a.parties or ())}]


def _not_weighed(text: str, antecedents: list[Mention]) -> list[Mention]:
    """The antecedents a definite truce can be, without those only weighed ("said any
    ceasefire would last only if ...", "hoped a future truce ..."): "the truce had been
    announced" after them is the one made. All of them when none was made."""
    made = [
        a
        for a in antecedents
        if not a.hypothetical and not word_before(text, max(0, a.np_start - 5), a.np_start, "any")
    ]
    return made or antecedents


def _binding(
    mention: Mention, antecedents: list[Mention], lexicon: AgreementLexicon
) -> list[Mention]:
    """The antecedents that bind the sides a definite mention names: "the ceasefire with
    Hezbollah" after an Israel-Iran ceasefire is another one, though "the ceasefire
    between Israel and Hezbollah" after "Lebanon's ceasefire" may be the same (two names
    of one side, ``same_front``). Only a side of a known conflict counts ("the ASEAN
    ceasefire" names its sponsor), and an antecedent whose sides are not known is not
    known to bind it."""
    named = [
        a
        for a in mention.explicit
        if a in lexicon.conflicts_of and a not in lexicon.typical_mediators
    ]
    if not named:
        return antecedents  # the usual case
    out = []
    for previous in antecedents:
        sides = {*(previous.place or ()), *previous.explicit, *(previous.parties or ())}
        if all(
            a in sides or not lexicon.same_front.get(a, frozenset()).isdisjoint(sides)
            for a in named
        ):
            out.append(previous)
    return out


def _same_sides(mention: Mention, antecedents: list[Mention]) -> Mention:
    """A mention naming no side takes the sides of the article's last agreement of its kind.

    "Kinshasa and the rebels began swapping prisoners ... Buses carried released
    prisoners to a town near the Rwandan border": the same swap, whatever else the
    sentence names. Only the sides: scope, length and name stay the mention's own.
    """
    if mention.explicit or mention.place is not None or mention.parties is not None:
        return mention
    # A scoped wrapper ("a deal on detainees") is of the kind its scope says.
    wrapper = mention.spec.wrapper
    for previous in reversed(antecedents):
        same = wrapper or previous.spec.family == mention.spec.family
        if same and previous.scope == mention.scope and previous.parties:
            return mention._replace(parties=previous.parties)
    return mention


def _on_other_thing(text: str, mention: Mention, lexicon: AgreementLexicon) -> bool:
    """True for a bare pause whose object is no kind of fighting: "a pause on tariffs"."""
    after = _BARE_OBJECT.match(text, mention.end)
    if after is None:
        return False
    return any(
        lexicon.non_agreement.fullmatch(word.lower()) is not None for word in after.group(1).split()
    )


def _other_truce(text: str, mention: Mention, lexicon: AgreementLexicon) -> bool:
    """True for a truce in another sense: "a tariff truce", "their trade truce"."""
    before = text[mention.np_start : mention.start].split()[-1:]
    return bool(before) and lexicon.non_agreement.fullmatch(before[0].lower()) is not None


def _wrapper(
    text: str, mention: Mention, antecedents: list[Mention], lexicon: AgreementLexicon
) -> Mention | None:
    """A deal, talks or a proposal standing alone ("the deal", "Black Sea deal")."""
    if lexicon.non_agreement.search(text, mention.np_start, mention.start):
        return None  # a minerals deal, trade talks
    if mention.scoped:
        return _same_sides(mention, antecedents)
    if mention.spec.role == "talks" and lexicon.talks_on_other.match(text, mention.end):
        # "talks on a nuclear deal" are talks, about something other than a truce.
        return mention._replace(scope="other", scoped=True)
    if mention.spec.role == "talks" and len(mention.explicit) >= 2:
        # "talks between Russia and Ukraine" negotiate; "talks between American and
        # Ukrainian delegations" are a go-between consulting one side.
        return None if _consultation(mention.explicit, lexicon) else mention
    if mention.spec.role == "talks" and _about_other_subject(text, mention, lexicon):
        # "commissions on border delimitation met for a 14th round of talks".
        return mention._replace(scope="other", scoped=True)
    if mention.spec.role == "talks" and _talk_cue(text, mention, lexicon):
        # "three days of talks in Istanbul" are about the agreement at hand, if any.
        floor = mention.start - lexicon.grammar.anaphor_window
        recent = [a for a in antecedents if a.start >= floor]
        # Talks make a document, not an act: "five days of talks" after "signed a
        # declaration ..., agreeing to allow aid access" are the declaration's.
        found = refer(mention, [a for a in recent if not a.spec.verbal], "any")
        found = found or refer(mention, recent, "any")
        if found is not None:
            return found
        # With no agreement named before them, talks on their own are about one only in
        # a story about fighting; in a trade or budget story they negotiate other things.
        if any(not a.void for a in antecedents) or lexicon.war_words.search(text):
            return mention
        return None
    if mention.definite or mention.hypothetical or _standalone_proposal(text, mention):
        # "the deal", "any agreement", "accepted a new proposal from the mediators".
        prefers = lexicon.wrapper_prefers.get(mention.head.lower())
        if (
            prefers is not None
            and not mention.hypothetical
            and not any(a.spec.family == prefers for a in antecedents)
            and lexicon.war_words.search(text) is not None
        ):
            # "India has destroyed the understanding" in a war story that has named no
            # ceasefire yet (a live blog, newest first): the ceasefire, not the swap.
            return mention._replace(scoped=True)
        bound = _binding(mention, antecedents, lexicon)
        if antecedents and not bound and not mention.hypothetical:
            # "the Pretoria deal with the TPLF" in a story on talks with another group:
            # a deal naming a side that no agreement before it binds is one of its own.
            return mention._replace(scoped=True)
        found = refer(mention, bound, prefers or "any")
        if found is not None or mention.hypothetical:
            return found
    if (
        (mention.warring or (mention.name is not None and mention.spec.role == "deal"))
        and not mention.hypothetical
        and not any(not a.void for a in antecedents)
        and (mention.warring or lexicon.war_words.search(text) is not None)
    ):
        # "Thailand suspended the joint declaration it signed with Cambodia": a deal
        # between the two sides of a war, before any other agreement, is their peace;
        # so is a deal known by name in a story about fighting ("the Pretoria agreement").
        return mention._replace(scoped=True)
    return None


def _consultation(sides: tuple[str, ...], lexicon: AgreementLexicon) -> bool:
    """True when talking sides are go-betweens and one side of a conflict, not both sides."""
    named = set(sides)
    if any(a in named and b in named for a, b in conflicts_among(named, lexicon)):
        return False
    fighting = {a for a in named if a not in lexicon.typical_mediators}
    return len(fighting) <= 1 and len(named - fighting) >= 1


def about_other(text: str, mention: Mention, lexicon: AgreementLexicon) -> bool:
    """True for a deal or proposal about something else: "a plan to disarm the group",
    "a minerals deal"."""
    if not mention.spec.wrapper or mention.spec.role == "talks" or mention.inner:
        return False
    if lexicon.non_agreement.search(text, mention.np_start, mention.start):
        return True
    # "a plan to end the war" is a peace plan, not a plan about something else.
    return _PURPOSE.match(text, mention.end) is not None


def _standalone_proposal(text: str, mention: Mention) -> bool:
    """ "accepted a new proposal from the mediators": a proposal about the agreement at hand.

    Not when the words after it say what else it is about ("a proposal to hold
    elections", "an offer on gas").
    """
    if mention.spec.role != "proposal":
        return False
    after = text[mention.end : mention.end + 12].lstrip().lower()
    if after.startswith(("by ", "from ")) and _PURPOSE.match(text, mention.end):
        return False  # "a proposal by the UN mission to merge the two armies"
    return not after.startswith(("to ", "on ", "for ", "about ", "that ", "which "))


def _orphan(
    text: str,
    mentions: list[Mention],
    index: int,
    antecedents: list[Mention],
    lexicon: AgreementLexicon,
) -> Mention | None:
    """A status noun standing alone ("an unacceptable violation") for the article's agreement.

    Not when it is about a named agreement ("violations of the truce", "ceasefire
    violations": the noun is then a cue) or about something else ("human rights
    violations", "a violation of international law").
    """
    mention = mentions[index]
    before = text[max(mention.np_start - 30, 0) : mention.start].split()
    if before and lexicon.orphan_blockers.fullmatch(before[-1].strip("\u2019's").lower()):
        return None
    if lexicon.orphan_generic.search(text, max(mention.np_start - 120, 0), mention.np_start):
        return None  # "what counts as a violation": a kind of act, not one that happened
    after = text[mention.end : mention.end + 30].lower().lstrip()
    if after.startswith(("of ", "to ", "on ", "in ")):
        return None
    for j, other in enumerate(mentions):
        if j != index and (
            0 <= mention.start - other.end <= 3 or 0 <= other.start - mention.end <= 3
        ):
            return None
    # The article's agreement is the one it names most often, not just the latest;
    # Counter keeps first-seen order, so a tie goes to the agreement named first.
    counts = Counter(a.scope for a in antecedents if not a.spec.wrapper or a.scoped)
    if not counts:
        # The article's lead may grant the step before it names the agreement ("agreed
        # to give the fighters another 150 hours ..., hours before the pause ran out").
        later = [m for m in mentions[index + 1 :] if _named_agreement(m)]
        return refer(mention, later[:1], "any") if later else None
    scope = max(counts, key=lambda s: counts[s])
    return refer(mention, [a for a in antecedents if a.scope == scope], "any")


def _named_agreement(mention: Mention) -> bool:
    """Whether a mention names an agreement in its own words: no status noun, pronoun,
    talks, nor a bare deal word that needs an agreement named before it."""
    spec = mention.spec
    if spec.orphan or spec.anaphor or spec.verbal or spec.role != "agreement":
        return False
    return not (spec.wrapper and not mention.scoped)


def _about_other_subject(text: str, mention: Mention, lexicon: AgreementLexicon) -> bool:
    """Whether talks stand by a subject that is no truce (border delimitation), within
    their clause's reach: the words just before and after them."""
    before = text[max(0, mention.start - 90) : mention.start].rsplit(". ", 1)[-1]
    after = text[mention.end : mention.end + 50].split(". ", 1)[0]
    search = lexicon.talks_about_other.search
    return search(before) is not None or search(after) is not None


def _talk_cue(text: str, mention: Mention, lexicon: AgreementLexicon) -> bool:
    """Bare "talks" count when something happens to them: held, resumed, a round of."""
    return bool(lexicon.talk_cues.search(text, max(0, mention.start - 40), mention.end + 40))


def _other_sides(mention: Mention, previous: Mention) -> bool:
    """True when the mention names a side that the earlier agreement does not bind."""
    if not mention.partner:
        return False
    sides = {*(previous.parties or ()), *previous.explicit}
    return bool(sides) and not sides.issuperset(mention.partner)


def refer(
    mention: Mention, antecedents: list[Mention], refers: str, keep_length: bool = False
) -> Mention | None:
    """Take scope, sides, length and name from the agreement this mention refers back to.

    ``refers`` is ``family`` (the same kind of agreement), ``any``, or the family to
    prefer before any other ("the pause" is a pause if there is one, else a truce).
    With ``keep_length`` a mention that states its own length only takes the scope and
    sides: it is another instance of that agreement, not the same one.
    """
    family = mention.spec.family if refers == "family" else refers
    pool = [a for a in antecedents if a.spec.family == family]
    if refers != "any" and refers != "family" and not pool and family in _HALT_FAMILIES:
        # "the pause" after a truce and "mediators worked to settle a dispute": a halt
        # is the halt named before, not whatever was named last.
        pool = [a for a in antecedents if a.spec.family in _HALT_FAMILIES]
    if refers == "any" or (refers != "family" and not pool):
        pool = antecedents
    elif mention.definite:
        # "the truce, which took effect" after "a humanitarian truce ... talks on a
        # permanent ceasefire" is the truce made, not the one still sought.
        made = [a for a in pool if not a.sought]
        if made:
            pool = made
    if mention.name is not None:
        # "the Washington agreement" is the one named so before, not the latest deal.
        named = [a for a in antecedents if a.name == mention.name]
        if named:
            pool = named
        elif mention.spec.role == "talks":
            # "the Sochi talks", after "six hours of talks" and a deal recalled since: the
            # talks a place names are the talks told before, not the latest agreement.
            held = [a for a in pool if a.spec.role == "talks"]
            pool = held or pool
    for previous in reversed(pool):
        if previous.spec.wrapper and not previous.scoped:
            if previous.void and previous.spec.role == mention.spec.role:
                return None  # "welcomed the proposal" after "a plan to disarm the group"
            if previous.void and mention.spec.family == "anaphor":
                return None  # "a plan to disarm the group ... Hezbollah rejected it"
            continue
        if not keep_length and _other_sides(mention, previous):
            continue  # "the accord signed with Rwanda" after a truce with the M23
        return Mention(
            start=mention.start,
            end=mention.end,
            np_start=mention.np_start,
            np_end=mention.np_end,
            spec=mention.spec,
            head=mention.head,
            scope=previous.scope,
            scoped=True,
            explicit=(mention.explicit or previous.explicit) if keep_length else previous.explicit,
            backers=mention.backers if keep_length else (mention.backers or previous.backers),
            place=previous.place,
            duration=(
                mention.duration
                if keep_length or _own_name(mention, previous)
                else (mention.duration or previous.duration)
            ),
            label=mention.label if keep_length else (mention.label or previous.label),
            hypothetical=mention.hypothetical,
            definite=mention.definite if keep_length else True,
            anaphoric=not keep_length,
            parties=previous.parties,
            name=mention.name or previous.name,
        )
    return None
