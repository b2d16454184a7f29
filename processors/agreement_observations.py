"""From claims to observations: which sides are bound, when, and through whom.

``observe`` turns a ``Claim`` into an ``Observation`` once the agreement's parties,
its stated times and its go-betweens are known.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, timedelta
from typing import Final

from processors.agreement_context import STANDS, ArticleContext, Claim
from processors.agreement_lexicon import AgreementLexicon
from processors.agreement_mentions import Mention
from processors.agreement_text import StatedTimes, duration_days, folded, stated_times
from processors.model import Agreement, Evidence, Observation, Status
from processors.model import agreement_key as key_of
from processors.parties import (
    conflicts_told,
    other_side,
    place_sides,
    preceding_word,
    resolve_parties,
    without_brokers,
)


def observe(
    context: ArticleContext,
    sentence: tuple[int, int],
    mentions: list[Mention],
    claim: Claim,
    seen: dict[int, Facts] | None = None,
) -> Observation | None:
    """The observation a claim makes, or None when the agreement's sides cannot be told.

    ``seen`` keeps what was read about each mention of the sentence, so several
    claims on one mention read its dates and mediators once.
    """
    text = context.article.text
    lexicon = context.lexicon
    mention = mentions[claim.mention]
    spec = mention.spec
    if (
        spec.wrapper
        and spec.role != "talks"
        and not (mention.scoped or mention.anaphoric or mention.explicit)
    ):
        return None
    parties = mention.parties
    # A third state welcoming or backing a known truce takes no side in it: only what an
    # actor does against an agreement makes it a side of another one.
    if (
        parties
        and claim.status not in STANDS
        and any(
            a not in parties
            and _in_conflict(a, lexicon)
            and lexicon.same_front.get(a, frozenset()).isdisjoint(parties)
            and _named_in(context, sentence, a)
            for a in claim.hints
        )
    ):
        # "Hezbollah ... in violation of the ceasefire" after a Gaza ceasefire: the
        # actor in this sentence outweighs the antecedent's sides (but "Lebanon" does
        # not, after a truce with Hezbollah: the same side by another name).
        parties = None
    if parties and not claim.hints:
        # "The extension came days after ... the ELN said formal peace talks would open":
        # talks a sentence gives to a group are that group's, whatever came before them.
        talking = _talking_group(context, sentence, mention)
        if talking and talking[0] not in parties:
            parties = None
    facts = seen.get(claim.mention) if seen is not None else None
    if not parties:
        if facts is None:
            facts = _facts(context, sentence, mention)
            if seen is not None:
                seen[claim.mention] = facts
        parties = _parties(context, sentence, mention, claim.hints)
        # "the truce brokered by Qatar took effect, the army said": no broker is a side.
        if facts[4]:
            end = context.clauses(sentence).clause_end(mention.end)
            brokers = _named_mediators(context, mention.end, end, adjacent=True)
            parties = without_brokers(parties, brokers, context.actors, lexicon)
    if not parties:
        # The sentence may name the place elsewhere: "strikes on Gaza ... a ceasefire".
        found = lexicon.place_pattern.search(text, sentence[0], sentence[1])
        if found is not None and lexicon.places[found.group()]:
            parties = place_sides(lexicon.places[found.group()], context.actors, lexicon)
    if not parties:
        return None
    parties = joined_sides(parties, lexicon)
    if claim.needs_side and not any(
        hit.actor in parties for hit in context.actors.between(*sentence)
    ):
        return None  # "the plan was discussed with European capitals": no side talked
    by = claim.by
    if context.actors.coalition_of:
        parties, by = coalition_sides(context, sentence, mention, claim.status, parties, by)
    if claim.status == "violated" and by is None:
        by = other_side(parties, claim.claimed_by)  # an accusation is against the other side
    if by is not None and by not in parties and claim.status not in ("proposed", "negotiating"):
        if claim.status in ("accepted", "rejected"):
            return None  # a mediator's stance binds no one
        by = None
    if claim.status == "accepted" and by is None:
        return None  # one side's stance: welcomed by someone who is no side, or no one named
    if facts is None:
        facts = _facts(context, sentence, mention)
        if seen is not None:
            seen[claim.mention] = facts
    starts, ends, scheduled, zoned, named = facts
    if zoned and starts is not None:
        context.exact_starts.add(starts)
    mediators = {a for a in (*mention.backers, *claim.hints, *named) if a not in parties}
    duration = mention.duration
    if duration is None and claim.status in _LENGTHENED:
        duration = _predicate_length(text, sentence, mentions, mention, lexicon)
    elif duration is None and claim.status == "extended":
        duration = _added_length(text, sentence, mention, lexicon)
    if duration is None and starts is not None and ends is not None and ends > starts:
        # "from 6 p.m. on Saturday until midnight on Sunday" gives the length too.
        duration = round((ends - starts).total_seconds() / 86400, 4)
    status = claim.status
    published = context.article.published
    if status == "in_effect" and _not_begun(starts, scheduled, zoned, published):
        status = "agreed"  # a halt ordered "from 6 p.m. Moscow time" has not begun yet
    agreement = Agreement(
        id=key_of(keyed_sides(parties, lexicon), mention.scope),
        kind=spec.kind,
        scope=mention.scope,
        parties=parties,
        mediators=tuple(sorted(mediators)),
        duration_days=duration,
        label=mention.label,
        starts=starts,
        ends=ends,
    )
    confidence = claim.weight * (1.0 if (mention.explicit or claim.hints) else 0.85)
    confidence *= 0.9 if mention.anaphoric else 1.0
    return Observation(
        article_id=context.article.id,
        published=published,
        agreement=agreement,
        status=status,
        by=by,
        claimed_by=claim.claimed_by,
        evidence=Evidence(
            sentence=text[sentence[0] : sentence[1]],
            span=(max(sentence[0], claim.span[0]), min(sentence[1], claim.span[1])),
        ),
        confidence=round(min(1.0, confidence), 3),
    )


# No zone is more than 14 hours ahead of UTC: a clock with no zone, read as UTC, that
# lies further ahead of the article's time is still to come wherever it is told.
_ANY_ZONE: Final = timedelta(hours=14)


def _not_begun(
    starts: datetime | None, scheduled: bool, zoned: bool, published: datetime | None
) -> bool:
    """True for a start scheduled at an exact moment after the article's time, or at a
    clock with no zone that is ahead in every zone: "a ceasefire to take effect at noon
    on Wednesday", told on Tuesday evening ("from 9 p.m." told that morning may have
    begun)."""
    if starts is None or published is None or not scheduled:
        return False
    return starts > (published if zoned else published + _ANY_ZONE)


Facts = tuple[datetime | None, datetime | None, bool, bool, tuple[str, ...]]
"""``StatedTimes`` and the named go-betweens."""


def _parties(
    context: ArticleContext, sentence: tuple[int, int], mention: Mention, hints: tuple[str, ...]
) -> tuple[str, ...]:
    """The sides from the mention's own words, the actors acting on it and the passage.

    Sentences repeat the same question (one agreement, one actor): answers are kept
    for the article.
    """
    if not (mention.explicit or hints or mention.backers or mention.place):
        hints = _talking_group(context, sentence, mention)
    key = (sentence, mention.explicit, hints, mention.backers, mention.place)
    found = context.parties.get(key)
    if found is None and not (mention.explicit or hints or mention.backers or mention.place):
        found = _bound_pair(context, sentence) or None
    if found is None:
        found = resolve_parties(
            mention.explicit,
            (*hints, *mention.backers),
            mention.place,
            context.actors,
            context.lexicon,
            _passage_actors(context, sentence),
        )
        context.parties[key] = found
        if len(found) == 2 and all(side in mention.explicit for side in found):
            context.bound.add(found)
    return found


def _passage_actors(context: ArticleContext, sentence: tuple[int, int]) -> Counter[str]:
    """The actors named in ``sentence`` and the 600 characters before it, counted (a
    place of a known conflict names both its sides); kept for the article.

    A roundup tells two wars in turn: a paragraph that names both sides of one known
    conflict up to the sentence, after a window that told another with no side in
    common, is a story of its own, and the window does not reach back past it.
    """
    near = context.near.get(sentence)
    if near is None:
        start = max(0, sentence[0] - 600)
        paragraph = context.article.text.rfind("\n", start, sentence[0]) + 1
        if not paragraph:
            near = _named_between(context, start, sentence[1])
        else:
            # Two scans that together cover the window, as one would.
            near = _named_between(context, paragraph, sentence[1])
            before = _named_between(context, start, paragraph)
            if not _new_story(near, before, context.lexicon):
                near.update(before)
        context.near[sentence] = near
    return near


def _named_between(context: ArticleContext, start: int, end: int) -> Counter[str]:
    """The actors named between ``start`` and ``end``, with the sides of the places."""
    named = Counter(h.actor for h in context.actors.between(start, end))
    # "Fighting in Tigray stopped. The truce took effect, Ethiopia's army said":
    # a place of a known conflict names both its sides for the passage.
    for place in context.lexicon.place_pattern.finditer(context.article.text, start, end):
        named.update(
            place_sides(context.lexicon.places[place.group()], context.actors, context.lexicon)
        )
    return named


def _new_story(own: Counter[str], before: Counter[str], lexicon: AgreementLexicon) -> bool:
    """Whether a paragraph naming ``own`` tells a known conflict, both sides named, that
    the text before it (naming ``before``) does not touch while telling another."""
    told = conflicts_told(own, lexicon)
    if not told or any(before[side] for pair in told for side in pair):
        return False
    return bool(conflicts_told(before, lexicon))


def _talking_group(
    context: ArticleContext, sentence: tuple[int, int], mention: Mention
) -> tuple[str, ...]:
    """The one armed group its sentence names before talks that name no side ("the
    government and the ELN said formal peace talks would open"), as a side of them.

    A passage may tell two wars of one state (the FARC's truce, then the ELN's talks):
    the group the sentence names is the one talking, not the one the passage names most.
    Only talks: a group before a truce's status ("Hezbollah said the truce was holding")
    may be a bystander's voice.
    """
    if mention.spec.role != "talks":
        return ()
    states = context.actors.states
    named = context.actors.between(sentence[0], mention.start)
    groups = {
        hit.actor
        for hit in named
        if hit.actor not in states and _in_conflict(hit.actor, context.lexicon)
    }
    if len(groups) != 1:
        return ()
    # A state at war with the group named beside it ("the Taliban never agreed a truce
    # with Afghan forces ... the intra-Afghan talks"): the usual reading has both sides.
    (group,) = groups
    wars = context.lexicon.conflicts_of
    for hit in named:
        if hit.actor in states and not set(wars.get(hit.actor, ())).isdisjoint(wars.get(group, ())):
            return ()
    return (group,)


def _bound_pair(context: ArticleContext, sentence: tuple[int, int]) -> tuple[str, ...]:
    """The one pair the article has so far bound by name, for a mention naming no side.

    "the prisoner exchange agreed in Doha" after "a ceasefire between Congo and the M23"
    binds the same sides, though the passage names the rebels' backer more often. Not
    when the sentence names a side of another war.
    """
    if len(context.bound) != 1:
        return ()
    (pair,) = context.bound
    lexicon = context.lexicon
    for hit in context.actors.between(*sentence):
        if hit.actor not in pair and _in_conflict(hit.actor, lexicon):
            return ()
    return pair


def _facts(context: ArticleContext, sentence: tuple[int, int], mention: Mention) -> Facts:
    """Start, end and named go-betweens stated in the mention's clause."""
    text = context.article.text
    end = context.clauses(sentence).clause_end(mention.end)
    times = StatedTimes(None, None)
    if context.lexicon.grammar.time_words.search(text, mention.end, end):
        times = stated_times(text[mention.start : end], context.lexicon, context.article.published)
    return (*times, tuple(_named_mediators(context, mention.end, end)))


def _named_mediators(
    context: ArticleContext, start: int, end: int, adjacent: bool = False
) -> list[str]:
    """Actors named as go-betweens after a mention: "a swap mediated by the UAE".

    ``adjacent``: only the brokers (``broker_words``) named right after the marker, not a
    side named further on ("mediated by the guarantors of its talks with the ELN") nor a
    proposer, who may be a side ("the ceasefire proposed by Russia")."""
    text = context.article.text
    # Every mediator marker holds one of these words: a cheap test before the regex,
    # which stops at most word starts. Folded, as the regex ignores case.
    chunk = folded(text[start:end])
    if not any(word in chunk for word in context.lexicon.grammar.mediation_hints):
        return []
    out = []
    for marker in context.lexicon.mediator_markers.finditer(text, start, end):
        if adjacent and context.lexicon.broker_words.isdisjoint(marker.group().lower().split()):
            continue
        at = marker.end()
        for hit in context.actors.between(at, min(end, at + 60)):
            if adjacent and text[at : hit.start].strip(" ,") not in ("", "and", "and the"):
                break
            out.append(hit.actor)
            at = hit.end
            if text[hit.end : hit.end + 6].strip(" ,")[:3] != "and":
                break
    return out


def _named_in(context: ArticleContext, sentence: tuple[int, int], actor: str) -> bool:
    """Whether the sentence names ``actor``: the sayer of a quote ("We have informed
    the mediators of every breach") is known only from attribution, which names a
    bare surname's bearer less surely than the agreement the article is about."""
    return any(hit.actor == actor for hit in context.actors.between(*sentence))


def _added_length(
    text: str, sentence: tuple[int, int], mention: Mention, lexicon: AgreementLexicon
) -> float | None:
    """The time an extension adds, told by "by" right after the agreement ("extended its
    ceasefire in Yemen by a month", "extend the truce by 48 hours"). Read for the extension
    only: the agreement's own length is another, so the mention does not carry it."""
    found = lexicon.grammar.added_length.match(text, mention.np_end, sentence[1])
    if found is None:
        return None
    return duration_days(text[found.end() : min(sentence[1], found.end() + 40)], lexicon)


_LENGTHENED: Final[frozenset[Status]] = frozenset({"proposed", "accepted", "agreed", "in_effect"})
"""Statuses whose sentence may give the agreement's length in a later predicate."""

_SAME_SUBJECT: Final = re.compile(r"(?:\band|,)\s*$")
"""Right before a later predicate: it shares the agreement's subject ("... and runs")."""

_PREDICATE_REACH: Final = 200
"""How far after its subject a predicate may give an agreement's length."""


def _predicate_length(
    text: str,
    sentence: tuple[int, int],
    mentions: list[Mention],
    mention: Mention,
    lexicon: AgreementLexicon,
) -> float | None:
    """The length a later predicate of the sentence gives the agreement it is about:
    "the truce took effect on Sunday and is for now a 42-day arrangement", "the pause
    runs for six weeks". Another agreement named before the predicate is its subject."""
    start = max(mention.end, mention.np_end)
    stop = min(sentence[1], start + _PREDICATE_REACH)
    found = lexicon.grammar.length_predicate.search(text, start, stop)
    if found is None:
        return None
    if any(start <= other.start < found.start() for other in mentions if other is not mention):
        return None
    if text[start : found.start()].strip() and not _SAME_SUBJECT.search(text, start, found.start()):
        return None  # "took effect on Sunday, and the war had lasted 15 months": another subject
    return duration_days(text, lexicon, found.end(), min(stop, found.end() + 40))


_OWN_STANCES: Final[frozenset[Status]] = frozenset({"proposed", "accepted", "rejected", "agreed"})
"""What a member of a coalition may do on its own behalf: its own declaration or stand."""


def coalition_sides(
    context: ArticleContext,
    sentence: tuple[int, int],
    mention: Mention,
    status: Status,
    parties: tuple[str, ...],
    by: str | None,
) -> tuple[tuple[str, ...], str | None]:
    """The sides with each member of a coalition the article brings in replaced by the
    coalition (``coalitions``: the MNDAA's pledge under the alliance's truce is the
    alliance's), and the actor likewise. A member's own stance stays its own (its
    unilateral ceasefire), and so does an agreement of its own the sentence names it in
    ("the Arakan Army had observed an informal truce"): indefinite, no antecedent."""
    coalition_of = context.actors.coalition_of
    if all(a not in coalition_of for a in parties):
        return parties, by
    if by in coalition_of and by in parties and status in _OWN_STANCES:
        return parties, by
    if _indefinite(context.article.text, sentence, mention) and any(
        hit.actor in parties and hit.actor in coalition_of
        for hit in context.actors.between(*sentence)
    ):
        return parties, by
    folded = tuple(sorted({coalition_of.get(a, a) for a in parties}))
    if len(folded) < 2:
        return parties, by  # the coalition and its own member: nothing to fold
    return folded, (coalition_of.get(by, by) if by is not None else None)


def _indefinite(text: str, sentence: tuple[int, int], mention: Mention) -> bool:
    """Whether the mention's noun phrase opens with "a" or "an": an agreement introduced
    here ("an informal truce"), not one the article is already about."""
    if mention.definite or mention.anaphoric:
        return False
    word = preceding_word(text, sentence[0], mention.np_start)
    return word is not None and word[0].lower() in ("a", "an")


def keyed_sides(parties: tuple[str, ...], lexicon: AgreementLexicon) -> tuple[str, ...]:
    """The sides an agreement is keyed by: each actor named by another name of its side
    (``same_front``: Lebanon for Hezbollah) replaced by that side's first name, so one
    ceasefire has one key whichever name each article uses. Parties that would merge
    into one side are kept as they are. An ally fighting for a side against the other
    (``allied_fronts``: the Saudi-led coalition against the Houthis) is keyed as the
    side it fights for."""
    names = lexicon.front_names
    keyed = parties
    if names and any(a in names for a in parties):
        renamed = tuple(sorted(names.get(a, a) for a in parties))
        if len(set(renamed)) == len(renamed):
            keyed = renamed
    fronts = lexicon.allied_fronts
    for enemy in keyed:
        allies = fronts.get(enemy)
        if allies is not None and any(a in allies for a in keyed):
            # "the coalition and the Houthis", "the Houthis, the government and the
            # coalition": one truce of the government's side with the Houthis.
            return tuple(sorted({allies.get(a, a) for a in keyed}))
    return keyed


def joined_sides(parties: tuple[str, ...], lexicon: AgreementLexicon) -> tuple[str, ...]:
    """The sides with every group that acts as one with a named one (``joint_sides``):
    "Ukraine and the Donetsk rebels signed" binds both breakaway republics, as the
    article's other sentences about the same ceasefire do."""
    joint = lexicon.joint_sides
    if not joint or all(a not in joint for a in parties):
        return parties  # the usual case: no such group named
    return tuple(sorted({m for a in parties for m in joint.get(a, (a,))}))


def _in_conflict(actor: str, lexicon: AgreementLexicon) -> bool:
    return actor not in lexicon.typical_mediators and actor in lexicon.conflicts_of
