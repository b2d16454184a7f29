"""From status cues to observations: who acts, who alleges, which sides are bound.

A ``Claim`` is one status a sentence asserts of one mention; ``observe`` turns it into
an ``Observation`` once the agreement's sides are known.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from processors.agreement_lexicon import AgreementLexicon
from processors.agreement_mentions import Mention, coordinated
from processors.agreement_status import (
    Attachment,
    Cue,
    background,
    caused,
    mood,
    negation,
    settle,
    unasserted_infinitive,
)
from processors.agreement_text import (
    ClauseBreaks,
    StatedTimes,
    clause_breaks,
    duration_days,
    folded,
    last_match,
    last_words,
    stated_times,
)
from processors.model import Agreement, Article, Evidence, Observation, Statement, Status
from processors.model import agreement_key as key_of
from processors.parties import (
    ArticleActors,
    agent_after,
    joint_subject,
    last_boundary,
    other_side,
    place_sides,
    resolve_parties,
    speaker_at,
    subject_before,
    without_brokers,
)
from processors.word_patterns import WordScan

CLAIMED: frozenset[Status] = frozenset({"violated", "collapsed"})
"""Statuses that someone alleges, so ``claimed_by`` is worth telling."""
_STANCES: frozenset[Status] = frozenset({"proposed", "negotiating", "rejected"})
# "will meet to discuss a truce" is talks all the same; "no order to extend" is no extension.
_STANDS: frozenset[Status] = frozenset({"accepted", "proposed", "negotiating"})
"""Stances an outsider may take on someone else's agreement ("Rwanda welcomed the truce")."""
_PURPOSES: frozenset[Status] = frozenset({"proposed", "negotiating"})
_POSSESSIVE = ("\u2019s", "'s", "\u2019", "'")


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """What every sentence of one article shares."""

    article: Article
    statements: tuple[Statement, ...]
    actors: ArticleActors
    lexicon: AgreementLexicon
    scan: WordScan | None = None
    """Where the lexicon's words can start in the article (see ``WordScanner``)."""
    near: dict[tuple[int, int], Counter[str]] = field(default_factory=dict)
    """Actors named around each sentence, counted once."""
    parties: dict[object, tuple[str, ...]] = field(default_factory=dict)
    """Sides already resolved in this article, by what they were resolved from."""
    breaks: dict[tuple[int, int], ClauseBreaks] = field(default_factory=dict)
    """Clause breaks of each sentence read so far."""
    bound: set[tuple[str, ...]] = field(default_factory=set)
    """The pairs of sides that agreements named so far bind by name ("between X and Y")."""
    exact_starts: set[datetime] = field(default_factory=set)
    """Starts read from a clause that names its time zone: exact moments, unlike a clock
    told without one ("from 08:00 on Monday"), which is read as UTC."""

    def clauses(self, sentence: tuple[int, int]) -> ClauseBreaks:
        """The clause breaks of ``sentence``, found once."""
        found = self.breaks.get(sentence)
        if found is None:
            text = self.article.text
            found = self.breaks[sentence] = clause_breaks(
                text, sentence, self.lexicon.clause_breaks
            )
        return found


class Claim(NamedTuple):
    """One status a sentence asserts of one mention, before the sides are resolved."""

    mention: int
    status: Status
    by: str | None
    claimed_by: str | None
    span: tuple[int, int]
    weight: float
    hints: tuple[str, ...]
    """Actors acting on the agreement, who help tell its sides."""
    moved: bool = False
    """True when the future tense turned "will take effect" into agreed."""
    needs_side: bool = False
    """True when the sentence must name a side for the status to hold (see ``CueSpec``)."""


_TERMS_CUES = ("call", "provid")
"""Cues that, after a deal, say what it holds: "the truce calls (provides) for …"."""
_TERMS_GAP = re.compile(
    r"(?:\s+(?:between|with|in|on|of|for|to|over)\s[^,;:.]{0,60}?)?"
    r"[\s,]*(?:(?:which|that)\s+)?(?:also\s+)?"
)


def asserted_by_deal(
    text: str, mentions: list[Mention], attachment: Attachment, cue_text: str
) -> bool:
    """``The ceasefire, which calls for a 60-day halt``: a deal whose terms the cue tells,
    not someone proposing the agreement after the cue (a plan that calls for a truce
    does propose one)."""
    if attachment.direction != "right" or not cue_text.startswith(_TERMS_CUES):
        return False
    cue = attachment.cue
    before = [m for m in mentions if m.end <= cue.start]
    if not before:
        return False
    deal = max(before, key=lambda m: m.end)
    if deal.spec.role not in ("agreement", "deal"):
        return False
    gap = _TERMS_GAP.fullmatch(text, deal.end, cue.start)
    return gap is not None


_OFFERED_BY = re.compile(r",?\s+(?:proposed|put forward|offered|drafted|tabled|floated)\s+by\b")
"""After an agreement's mention: someone's offer ("the truce proposed by the Quad")."""

_WHEN_BEFORE = re.compile(
    r"\b(?:when|once|until|till|as soon as|the (?:day|moment|minute|instant))\s+"
    r"(?:the\s+|a\s+|any\s+)?$",
    re.I,
)
"""Right before an agreement's mention: a time clause ("when the truce starts", "the day
the agreement is signed")."""

_PRESENT_PASSIVE = re.compile(r"[^,;:.]{0,40}?\b(?:is|are|gets|get)\s+$", re.I)
"""Between a mention and its cue: the present passive ("the agreement is signed", "the
truce with Russia is agreed")."""

_INNER_BLOCKED: frozenset[Status] = frozenset(
    {"in_effect", "extended", "suspended", "expired", "collapsed", "violated"}
)
"""Statuses that, said of talks about an agreement, belong to the talks alone."""

_BEFORE_TIME = re.compile(
    r"\b(?:before|until|till|ahead of|prior to)\s+(?:the\s+|its\s+|their\s+)?$", re.I
)
"""Right before a time phrase: a time not yet come ("before the start of the truce")."""

_ANY_BEFORE = re.compile(r"\bany\s+$", re.I)
"""Right before a noun phrase: any one at all, not the one in view."""


def _any_before(text: str, clause: int, pos: int) -> bool:
    """Whether "any" stands right before ``pos`` in its clause: a phrase opening there
    names any one at all ("any violation", "any new halt")."""
    return _ANY_BEFORE.search(text, max(clause, pos - 8), pos) is not None


_GENERIC_REACH = 30
"""How far before a status verb its generic subject ("whichever side ") may start."""


def _by_anyone(text: str, sentence: tuple[int, int], pos: int, lexicon: AgreementLexicon) -> bool:
    """Whether the verb at ``pos`` has anyone at all for subject: "will act against
    anyone who violates the truce" threatens, it tells no violation."""
    start = max(sentence[0], pos - _GENERIC_REACH)
    return lexicon.generic_agent.search(text, start, pos) is not None


_ASIDE_OF_ACTOR = re.compile(r",\s*who\s+(?:(?:had|has|also|once|previously)\s+)*$")
"""Right before a cue: a relative clause describing a person ("Anwar, who brokered")."""
_EARLIER = re.compile(r"(?<![\w-])(?:last|previous|earlier|former|prior)(?![\w-])", re.IGNORECASE)
"""Inside an agreement's phrase: one before the agreement in view ("their last truce")."""

_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|am)\s+$")

_CONDITION_WINDOW = 40
"""How far after an agreement's mention a condition may still govern the verb."""


def _decided_extension(
    context: ArticleContext, sentence: tuple[int, int], mention: Mention, pos: int
) -> bool:
    """Whether an extension told in the future is a decision reported with its new end:
    "the office of the commander-in-chief said the temporary ceasefire would be extended
    until April 30". A hope or a plan names no end ("announced plans to extend it"),
    and a length per hostage is a term ("extended by one day for every ten")."""
    text, lexicon = context.article.text, context.lexicon
    if lexicon.reporting.search(text, sentence[0], mention.start) is None:
        return False
    window = folded(text[pos : min(sentence[1], pos + 40)])
    date = lexicon.date.search(window)
    if date is None:
        return False
    lead = window[: date.start()]
    return len(lead.split()) <= 2 and lexicon.date_through.search(lead) is not None


def _trailing_condition(text: str, pos: int, end: int, lexicon: AgreementLexicon) -> bool:
    """A condition right after the act: ``will agree to a truce when (if, once) …``."""
    window = text[pos : min(end, pos + _CONDITION_WINDOW)]
    cut = window.find(",")
    window = window if cut == -1 else window[:cut]
    return lexicon.conditional.search(window) is not None or " when " in f"{window} "


def _starts_now(text: str, clause: int, cue: Cue, lexicon: AgreementLexicon) -> bool:
    """A start told in the future but set at once: "would take effect immediately",
    "will come into force with immediate effect", "would immediately take effect"."""
    grammar = lexicon.grammar
    return (
        grammar.effect_now.match(text, cue.end) is not None
        or grammar.effect_now_before.search(text, max(clause, cue.start - 20), cue.start)
        is not None
    )


def cue_claims(
    context: ArticleContext,
    sentence: tuple[int, int],
    mentions: list[Mention],
    attachment: Attachment,
) -> list[Claim]:
    """The claim a status cue makes of the mention it governs, if the text asserts it."""
    text = context.article.text
    lexicon = context.lexicon
    cue = attachment.cue
    mention = mentions[attachment.mention]
    clause = context.clauses(sentence).clause_of(min(cue.start, mention.start))
    cue_text = text[cue.start : cue.end]
    if attachment.direction == "left" and background(
        text, clause, mention.start, cue_text, lexicon, sentence, cue.end
    ):
        return []  # "since the moratorium began": told as background, not news
    if (
        attachment.direction == "right"
        and attachment.status not in _PURPOSES
        and unasserted_infinitive(text, clause, cue.start, lexicon)
    ):
        return []
    if (
        attachment.direction == "left"
        and text[max(0, cue.start - 6) : cue.start].lower() == "to be "
        and unasserted_infinitive(text, clause, cue.start, lexicon)
    ):
        return []  # "expected the truce to be finalised within days": not done yet
    if (
        attachment.direction == "right"
        and attachment.status in ("agreed", "accepted")
        and caused(text, clause, cue.start, lexicon)
    ):
        return []  # "to make both sides agree to a ceasefire": nobody has agreed yet
    if (
        attachment.direction == "left"
        and _WHEN_BEFORE.search(text, max(clause, mention.np_start - 20), mention.np_start)
        and (
            lexicon.grammar.present_forms.match(cue_text)
            or _PRESENT_PASSIVE.fullmatch(text, mention.end, cue.start)
        )
    ):
        # "will be loud when the truce starts", "ready to stop the day the agreement is
        # signed": a time to come, not a start or a signing
        return []
    if (
        attachment.direction == "left"
        and attachment.status in ("expired", "collapsed")
        and lexicon.grammar.present_forms.match(cue_text)
        and _trailing_condition(text, cue.end, sentence[1], lexicon)
    ):
        return []  # "the truce lapses on August 2 unless both sides renew it": a term
    if attachment.direction == "left" and context.lexicon.term_of.search(
        text, max(clause, mention.np_start - 60), mention.np_start
    ):
        return []  # "the withdrawal deadline under the ceasefire ran out": the deadline did
    if (
        attachment.direction == "left"
        and cue_text.lower() == "held"
        and " of " in text[mention.start : mention.end]
        and not text[mention.end : cue.start].strip()
    ):
        return []  # "the release of hostages held in Gaza": the hostages are held
    if (
        attachment.direction == "left"
        and text[max(0, cue.start - 6) : cue.start] == "being "
        and not _BE_BEFORE.search(text, max(0, cue.start - 16), cue.start - 6)
    ):
        return []  # "would not depend on the truce being extended" ("is being": still told)
    if attachment.status in _INNER_BLOCKED and any(
        other.spec.role == "talks" and attachment.mention in other.inner for other in mentions
    ):
        return []  # "talks on the release of hostages resumed": the talks did, not a swap
    if asserted_by_deal(text, mentions, attachment, cue_text):
        return []  # "the ceasefire, which calls for a 60-day halt": the deal's terms
    if (
        attachment.direction == "right"
        and attachment.status in ("agreed", "proposed")
        and _ASIDE_OF_ACTOR.search(text, max(clause, cue.start - 40), cue.start)
        and _EARLIER.search(text, mention.np_start, mention.start)
    ):
        return []  # "Anwar, who brokered the neighbours' last truce, ...": who he is
    if attachment.direction == "right" and _habit(context, sentence, clause, cue.start, mention):
        return []  # "has turned down proposals before": a habit, not news
    if attachment.direction == "left" and _habitual_pronoun(context, clause, mention):
        return []  # "a truce that ends whenever one side decides it has ended": any truce
    asserted: Status = attachment.status
    if mention.spec.orphan and mention.spec.self_status and asserted not in _STANCES:
        asserted = mention.spec.self_status  # "confirmed the extension"
    if attachment.direction == "right" and cue_text.endswith("ing"):
        governor = last_words(text[clause : cue.start], 1)
        if governor and governor[0].lower() in lexicon.proposing_governors:
            asserted = "proposed"  # "Malaysia proposed extending it": an offer to extend
        elif lexicon.talks_on_gerund.search(text, max(clause, cue.start - 80), cue.start):
            asserted = "negotiating"  # "held talks on prolonging the truce": not prolonged
    if (
        attachment.direction == "right"
        and asserted == attachment.status
        and cue_text.split(None, 1)[0].endswith("ing")
        and lexicon.aim_before_gerund.search(text, max(clause, cue.start - 30), cue.start)
    ):
        return []  # "with the aim of returning to the pause": a goal, not a return
    if (
        attachment.direction == "right"
        and asserted in ("agreed", "accepted")
        and not cue_text.split(None, 1)[0].lower().endswith(("ed", "ing", "s"))
        and lexicon.proposed_that.search(text, max(sentence[0], cue.start - 160), cue.start)
    ):
        asserted = "proposed"  # "proposed that India and Pakistan agree a cessation"
    if (
        asserted == "accepted"
        and attachment.direction == "right"
        and " but " in text[mention.end : sentence[1]]
        and lexicon.grammar.fighting_goes_on.search(
            text, max(mention.end, mention.np_end), sentence[1]
        )
    ):
        asserted = "rejected"  # "welcomed the initiative but said its operations would go on"
    if (
        asserted == "in_effect"
        and attachment.direction == "right"
        and lexicon.agreeing_to_act.search(text, max(clause, cue.start - 80), cue.start)
    ):
        asserted = "agreed"  # "agreed to observe a cessation of hostilities from midnight"
    if (
        asserted == "in_effect"
        and cue.spec.anchor
        and lexicon.proposing_start.search(text, max(clause, cue.start - 120), cue.start)
    ):
        asserted = "proposed"  # "a note proposing a ceasefire and the start of talks"
    if (
        attachment.status in ("expired", "in_effect")
        and lexicon.grammar.present_forms.match(cue_text)
        and _trailing_condition(text, max(mention.end, cue.end), sentence[1], lexicon)
        and not _starts_now(text, clause, cue, lexicon)  # "takes effect at once": no "once"
    ):
        # "the deal expires on November 19 unless it is renewed", "the ceasefire takes
        # effect once troops have pulled back": its terms, not what has happened.
        return []
    if cue.spec.anchor and _BEFORE_TIME.search(text, max(clause, cue.start - 20), cue.start):
        return []  # "told not to return before the start of the truce": it has not begun
    modality = mood(text, sentence, clause, cue.start, lexicon, whole_clause=cue.spec.anchor)
    if modality == "future" and asserted == "in_effect" and _starts_now(text, clause, cue, lexicon):
        modality = "real"  # "said the truce would take effect immediately": it is in effect
    if (
        modality == "future"
        and cue.spec.future_status == "in_effect"
        and not _trailing_condition(text, max(mention.end, cue.end), sentence[1], lexicon)
    ):
        modality = "real"  # "the truce would remain in force until Oct. 31": it still is
    if (
        modality == "future"
        and (asserted in ("agreed", "accepted") or cue.spec.future_status == "agreed")
        and _trailing_condition(text, max(mention.end, cue.end), sentence[1], lexicon)
    ):
        return []  # "the army will only agree to a truce if the RSF withdraws": a terms
    if modality == "future" and cue.spec.future_status is not None:
        asserted = cue.spec.future_status  # "Iran would abide by the truce"
        if (
            asserted == "accepted"
            and attachment.direction == "right"
            and lexicon.grammar.declared_start.search(
                text, mention.end, min(sentence[1], max(mention.end, mention.np_end) + 40)
            )
        ):
            asserted = "agreed"  # "would observe a ceasefire from midnight": declares one
    if (
        modality == "future"
        and asserted == "extended"
        and _decided_extension(context, sentence, mention, cue.end)
    ):
        modality = "real"  # "the army said the truce would be extended until April 30"
    negated = negation(text, clause, cue.start, lexicon)
    if negated in ("reject", "deny") and modality == "real" and cue.spec.negated_status is not None:
        asserted, negated = cue.spec.negated_status, "none"  # "Russia never respected the pause"
    role = mention.spec.role
    if role == "agreement" and _OFFERED_BY.match(text, max(mention.end, mention.np_end)):
        role = "proposal"  # "agreed to the truce proposed by the Quad": accepted an offer
    if (
        (role == "proposal" or (role == "agreement" and negated == "none"))
        and asserted == "accepted"
        and (mention.hypothetical or _any_before(text, clause, mention.np_start))
    ):
        # "open to any serious proposal", "would welcome any halt that sent Haftar's
        # forces back": no proposal made, no truce in view, is accepted ("would never
        # accept any pause" still refuses the one in view).
        return []
    # "responsible for any violation", "any extension would be discussed": no act in view.
    hypothetical = (
        mention.hypothetical
        or _any_before(text, clause, mention.np_start)
        or _any_before(text, clause, cue.start)
        or _by_anyone(text, sentence, cue.start, lexicon)
    )
    status, moved = settle(asserted, negated, modality, role, hypothetical)
    if status is None or (moved and mention.spec.anaphor):
        return []  # "we will go on enforcing it" is no news about the agreement
    speaker = None
    if status in CLAIMED or lexicon.grammar.first_person.search(text, clause, cue.start):
        speaker = speaker_at(text, sentence, cue.start, context.statements, context.actors, lexicon)
    by, claimed_by = _actors_of(context, sentence, clause, mention, attachment, status, speaker)
    if attachment.direction == "left":
        head = max(mention.end, mention.np_end)
    else:
        head = last_boundary(text, clause, cue.start, lexicon)
    joint = joint_subject(text, context.actors, head, cue.start, lexicon)
    if joint and by in joint:
        by = None  # "the truce that the Houthis and the coalition accepted"
    elif by is not None:
        joint = None
    if joint is not None and status == "accepted":
        status = "agreed"  # "both governments accepted" is an agreement
    elif (
        status == "agreed"
        and by is not None
        and _other_holds_out(context, sentence, max(mention.end, mention.np_end), by)
    ):
        status = "accepted"  # "Machar signed the agreement, but Kiir did not": one side's
    if attachment.direction == "right":
        span = (_span_start(context, clause, cue, by), max(mention.end, mention.np_end))
    else:
        span = (mention.start, cue.end)
    weight = cue.spec.weight * (0.85 if moved else 1.0)
    # "offered Iran and Israel a ceasefire": the pair named between verb and noun.
    objects = None
    if attachment.direction == "right" and len(context.actors.between(cue.end, mention.start)) > 1:
        objects = joint_subject(text, context.actors, cue.end, mention.start, lexicon)
    sides = (*(joint or ()), *(objects or ()))
    hints = tuple(a for a in (by, claimed_by if status in CLAIMED else None, *sides) if a)
    return [
        Claim(
            attachment.mention,
            status,
            by,
            claimed_by,
            span,
            weight,
            hints,
            moved,
            cue.spec.needs_side,
        )
    ]


def _actors_of(
    context: ArticleContext,
    sentence: tuple[int, int],
    clause: int,
    mention: Mention,
    attachment: Attachment,
    status: Status,
    speaker: str | None,
) -> tuple[str | None, str | None]:
    """Whose act the status is, and who alleges it (for violations and collapses)."""
    text = context.article.text
    lexicon = context.lexicon
    actors = context.actors
    cue = attachment.cue
    if attachment.direction == "left":
        # Two sides may declare or sign a truce together; a stance is one side's.
        joint_acts = lexicon if status in ("agreed", "in_effect") else None
        by = agent_after(text, actors, cue.end, sentence[1], joint_acts)
        if by is None and not attachment.chained:
            # "the truce that Putin declared"; not the words of the verb before a chained
            # one ("a truce agreed at Kyiv's request expired")
            inside = actors.between(max(mention.end, mention.np_end), cue.start)
            by = inside[0].actor if inside else None
    else:
        by = _possessor(text, actors, cue) or subject_before(
            text, actors, clause, cue.start, lexicon, speaker, sentence[0]
        )
    claimed_by: str | None = None
    if status not in CLAIMED:
        return by, None
    accusation = last_match(lexicon.accusation, text, clause, cue.start)
    if accusation is not None:
        # "Kyiv accused Moscow of violating": the accused acts, the accuser claims.
        accused = actors.between(accusation.start("obj"), accusation.end("obj"))
        mutual = lexicon.each_other.search(accusation.group("obj")) is not None
        by = None if mutual or not accused else accused[0].actor
        if not mutual:
            claimed_by = subject_before(text, actors, clause, accusation.start(), lexicon, speaker)
    else:
        claimed_by = speaker
        if status == "violated" and by is not None and by == speaker:
            # "The Israeli military said the sites were used in breach of the truce": with
            # no other actor in the clause the sayer is found as its subject, but a side
            # reports the other's violations (the caller then takes the other side).
            by = None
    return by, (None if claimed_by == by else claimed_by)


def _possessor(text: str, actors: ArticleActors, cue: Cue) -> str | None:
    """The actor owning a noun cue: "Ukraine's call for a ceasefire"."""
    for hit in actors.between(max(0, cue.start - 40), cue.start):
        if text[hit.end : cue.start].strip() in _POSSESSIVE:
            return hit.actor
    return None


def _other_holds_out(
    context: ArticleContext, sentence: tuple[int, int], after: int, by: str
) -> bool:
    """Whether the words right after the agreement ``by`` signed or agreed to name another
    actor as not having done so ("..., but President Salva Kiir did not"): ``by``'s
    acceptance alone, not an agreement of both sides."""
    text = context.article.text
    if text.find(" but ", after, sentence[1]) < 0:
        return False  # the usual case: no contrast to read
    found = context.lexicon.grammar.other_holds_out.match(text, after, sentence[1])
    if found is None:
        return False
    return any(hit.actor != by for hit in context.actors.between(*found.span("other")))


def _span_start(context: ArticleContext, clause: int, cue: Cue, by: str | None) -> int:
    """Evidence starts at the subject when it is close, else at the cue."""
    for hit in reversed(context.actors.between(max(clause, cue.start - 60), cue.start)):
        if hit.actor == by:
            return hit.start
    return cue.start


def own_claims(
    context: ArticleContext,
    sentence: tuple[int, int],
    mentions: list[Mention],
    cued: set[int],
) -> list[Claim]:
    """Statuses a mention asserts by itself: "halted strikes", "a US proposal", "peace talks".

    ``cued`` are the mentions that a status cue already governs.
    """
    out: list[Claim] = []
    for i in range(len(mentions)):
        claim = _own_claim(context, sentence, mentions, i, i in cued)
        if claim is not None:
            out.append(claim)
    return out


def _in_schedule(text: str, mentions: list[Mention], mention: Mention) -> bool:
    """Whether a one-sided act stands after a colon that follows an agreement named in
    its sentence: told in the future, a step of that agreement ("the truce will take
    effect in stages: Iran is to stop firing first, Israel twelve hours later"), not an
    agreement of its own (told in the past, it happened: "took effect: Hamas freed three
    hostages")."""
    for other in mentions:
        if (
            other.end <= mention.start
            and not other.spec.verbal
            and other.spec.role in ("agreement", "deal", "proposal")
            and ":" in text[other.end : mention.start]
        ):
            return True
    return False


def _own_claim(
    context: ArticleContext,
    sentence: tuple[int, int],
    mentions: list[Mention],
    index: int,
    cued: bool,
) -> Claim | None:
    text = context.article.text
    lexicon = context.lexicon
    mention = mentions[index]
    spec = mention.spec
    orphan = spec.orphan and spec.self_status and not cued
    proposal = spec.role == "proposal" and not (mention.anaphoric or mention.hypothetical)
    talks = (
        spec.role == "talks"
        and not cued
        and not spec.needs_cue
        and _about_agreement(mention)
        # "One official involved in the talks said": the talks only describe him.
        and not lexicon.describing_talks.search(
            text, max(0, mention.np_start - 60), mention.np_start
        )
    )
    if not (orphan or spec.verbal or proposal or talks):
        return None  # the mention asserts nothing by itself
    if (orphan or spec.verbal) and any(
        other.spec.role == "talks" and index in other.inner for other in mentions
    ):
        return None  # "talks on the release of hostages": a topic, not a release
    clause = context.clauses(sentence).clause_of(mention.start)
    status: Status | None = None
    by: str | None = None
    claimed_by: str | None = None
    hints: tuple[str, ...] = ()
    moved = False
    if orphan and spec.self_status:
        near = context.actors.between(clause, mention.start)
        by = near[-1].actor if near else None  # "the Israeli delay as a violation"
        claimed_by = speaker_at(
            text, sentence, mention.start, context.statements, context.actors, lexicon
        )
        status, moved = _asserted(context, sentence, clause, mention.start, spec.self_status)
        if lexicon.modal_after_status_noun.match(text, mention.np_end):
            return None  # "that violations would be documented": none is told yet
    elif spec.verbal:
        if spec.agentless and _time_to_come(text, sentence, mention, lexicon):
            return None  # "would believe in the truce when the fighting stopped"
        by = subject_before(text, context.actors, clause, mention.start, lexicon, None, sentence[0])
        modality = mood(text, sentence, clause, mention.start, lexicon)
        if modality == "future" and _in_schedule(text, mentions, mention):
            return None  # "the truce takes effect in stages: Iran is to stop firing first"
        if spec.self_status is not None:
            # An act needs an actor: "Hamas freed three hostages", "Russia and Ukraine
            # swapped prisoners" (a pair acting together has no single ``by``), "the
            # parties will meet to agree on opening roads" (both sides, unnamed here).
            acted = (
                spec.agentless
                or by is not None
                or bool(context.actors.between(clause, mention.start))
                or lexicon.both_sides.search(text, clause, mention.start) is not None
            )
            status = spec.self_status if acted else None
        elif (
            modality == "future"
            and not cued
            and not _trailing_condition(text, mention.np_end, sentence[1], lexicon)
        ):
            # "Russia will halt strikes" is a commitment; "will release 90 prisoners if
            # Hamas frees the hostages", terms.
            status = "agreed"
        if status is not None and not unasserted_infinitive(text, clause, mention.start, lexicon):
            status, _ = settle(
                status, negation(text, clause, mention.start, lexicon), modality, "agreement", False
            )
        else:
            status = None
    elif proposal:
        # "a US proposal" is proposed; "had not received any new proposals" is not.
        status, _ = _asserted(context, sentence, clause, mention.start, "proposed")
        by = mention.backers[0] if mention.backers else None
        by = by or agent_after(text, context.actors, mention.np_end, sentence[1])
    elif talks:
        status, _ = _asserted(context, sentence, clause, mention.start, "negotiating", "talks")
        # "Saudi Arabia and the Houthis held talks": the two sides talking.
        head = last_boundary(text, clause, mention.start, lexicon)
        joint = joint_subject(text, context.actors, head, mention.start, lexicon)
        claimed_by = None
        hints = joint or ()
        ending = context.clauses(sentence).clause_end(mention.end)
        if lexicon.grammar.talks_not_happening.search(text, mention.end, ending):
            status = None  # "talks on a second phase never started"
        if lexicon.grammar.talks_ahead.search(text, max(clause, mention.start - 60), mention.start):
            status = None  # "a deal that could open the way to talks": none held yet
        offered = lexicon.proposed_that.search(
            text, max(sentence[0], mention.start - 160), mention.start
        )
        if status == "negotiating" and offered is not None:
            # "proposed that Russia and Ukraine hold direct peace talks": an offer of talks.
            status, hints = "proposed", ()
            by = subject_before(text, context.actors, clause, offered.start() + 1, lexicon, None)
    if status is None or (status not in _STANCES and _any_before(text, clause, mention.np_start)):
        return None  # "Any violation will be met with force": none is told
    claimed_by = None if claimed_by == by else claimed_by
    hints = (*hints, *(a for a in (by, claimed_by) if a))
    return Claim(index, status, by, claimed_by, (mention.start, mention.np_end), 0.75, hints, moved)


def _time_to_come(
    text: str, sentence: tuple[int, int], mention: Mention, lexicon: AgreementLexicon
) -> bool:
    """Whether an act opens a time clause ("when the fighting stopped") of a sentence told
    in the future or a mood ("they would believe in the ceasefire when ..."): a moment
    awaited, not one that came."""
    if _WHEN_BEFORE.search(text, max(sentence[0], mention.start - 24), mention.start) is None:
        return False
    head = text[sentence[0] : mention.start]
    return lexicon.future.search(head) is not None or lexicon.irrealis.search(head) is not None


def _about_agreement(mention: Mention) -> bool:
    """Talks worth a status alone: "peace talks", "talks on a truce", "direct talks".

    Bare talks reach here only when something happens to them (see ``agreement_refs``).
    """
    return bool(
        mention.inner
        or mention.compound
        or mention.scoped
        or mention.explicit
        or mention.spec.family == "peace"
        or (mention.spec.wrapper and not mention.anaphoric)
    )


def _asserted(
    context: ArticleContext,
    sentence: tuple[int, int],
    clause: int,
    pos: int,
    status: Status,
    role: str = "agreement",
) -> tuple[Status | None, bool]:
    text = context.article.text
    lexicon = context.lexicon
    return settle(
        status,
        negation(text, clause, pos, lexicon),
        mood(text, sentence, clause, pos, lexicon),
        "talks" if role == "talks" else "agreement",
        False,
    )


def spread(
    text: str, mentions: list[Mention], claims: list[Claim], lexicon: AgreementLexicon
) -> list[Claim]:
    """Pass a wrapper's statuses to what it is about, and a verb's to coordinated objects."""
    out: list[Claim] = []
    for claim in claims:
        mention = mentions[claim.mention]
        if mention.inner:
            targets = list(mention.inner)
        else:
            targets = [claim.mention]
            nxt = claim.mention + 1
            while nxt < len(mentions) and coordinated(
                text, mentions[nxt - 1], mentions[nxt], lexicon
            ):
                targets.append(nxt)
                nxt += 1
        out.extend(
            claim if target == claim.mention else claim._replace(mention=target)
            for target in targets
        )
    return out


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
        and claim.status not in _STANDS
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
            parties = place_sides(lexicon.places[found.group()], context.actors)
    if not parties:
        return None
    parties = joined_sides(parties, lexicon)
    if claim.needs_side and not any(
        hit.actor in parties for hit in context.actors.between(*sentence)
    ):
        return None  # "the plan was discussed with European capitals": no side talked
    by = claim.by
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


def _not_begun(
    starts: datetime | None, scheduled: bool, zoned: bool, published: datetime | None
) -> bool:
    """True for a start scheduled at an exact moment after the article's time."""
    if starts is None or published is None:
        return False
    return scheduled and zoned and starts > published


Facts = tuple[datetime | None, datetime | None, bool, bool, tuple[str, ...]]
"""``StatedTimes`` and the named go-betweens."""


def _parties(
    context: ArticleContext, sentence: tuple[int, int], mention: Mention, hints: tuple[str, ...]
) -> tuple[str, ...]:
    """The sides from the mention's own words, the actors acting on it and the passage.

    Sentences repeat the same question (one agreement, one actor): answers are kept
    for the article.
    """
    key = (sentence, mention.explicit, hints, mention.backers, mention.place)
    found = context.parties.get(key)
    if found is None and not (mention.explicit or hints or mention.backers or mention.place):
        found = _bound_pair(context, sentence) or None
    if found is None:
        near = context.near.get(sentence)
        if near is None:
            start = max(0, sentence[0] - 600)
            around = context.actors.between(start, sentence[1])
            near = context.near[sentence] = Counter(h.actor for h in around)
            # "Fighting in Tigray stopped. The truce took effect, Ethiopia's army said":
            # a place of a known conflict names both its sides for the passage.
            for place in context.lexicon.place_pattern.finditer(
                context.article.text, start, sentence[1]
            ):
                near.update(place_sides(context.lexicon.places[place.group()], context.actors))
        found = resolve_parties(
            mention.explicit,
            (*hints, *mention.backers),
            mention.place,
            context.actors,
            context.lexicon,
            near,
        )
        context.parties[key] = found
        if len(found) == 2 and all(side in mention.explicit for side in found):
            context.bound.add(found)
    return found


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


def _habit(
    context: ArticleContext,
    sentence: tuple[int, int],
    clause: int,
    cue_start: int,
    mention: Mention,
) -> bool:
    """True for a stance told as a habit: "has turned down such proposals before", "have
    previously rejected ceasefire offers", "has rejected truces in the past", "every
    year someone announces a truce"."""
    grammar = context.lexicon.grammar
    text = context.article.text
    if mention.definite or text[mention.np_start : mention.end].split()[0].lower() in (
        grammar.determiners
    ):
        return False  # "has previously turned down that idea": a stance on this one
    if grammar.habit_frequency.search(text, max(clause, cue_start - 80), cue_start):
        return True  # "every year someone announces a truce": no truce in particular
    perfect = grammar.habit_perfect.search(text, max(clause, cue_start - 40), cue_start)
    if perfect is None:
        return False
    if "previously" in perfect.group().lower():
        return True
    # Up to the sentence's end: "before" may itself start what reads as a new clause.
    return (
        grammar.habit_marker.match(text, max(mention.end, mention.np_end), sentence[1]) is not None
    )


def _habitual_pronoun(context: ArticleContext, clause: int, mention: Mention) -> bool:
    """True for a pronoun subject after a frequency in its clause: "whenever one side
    decides it has ended", "each time a truce is declared it collapses". The pronoun
    stands for any agreement of the kind, not for the one the article follows."""
    if mention.spec.family != "anaphor":
        return False
    grammar = context.lexicon.grammar
    start = max(clause, mention.start - 80)
    return grammar.habit_frequency.search(context.article.text, start, mention.start) is not None


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


_LENGTHENED: frozenset[Status] = frozenset({"proposed", "accepted", "agreed", "in_effect"})
"""Statuses whose sentence may give the agreement's length in a later predicate."""

_SAME_SUBJECT = re.compile(r"(?:\band|,)\s*$")
"""Right before a later predicate: it shares the agreement's subject ("... and runs")."""

_PREDICATE_REACH = 200
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


def keyed_sides(parties: tuple[str, ...], lexicon: AgreementLexicon) -> tuple[str, ...]:
    """The sides an agreement is keyed by: each actor named by another name of its side
    (``same_front``: Lebanon for Hezbollah) replaced by that side's first name, so one
    ceasefire has one key whichever name each article uses. Parties that would merge
    into one side are kept as they are."""
    names = lexicon.front_names
    if not names or all(a not in names for a in parties):
        return parties  # the usual case: no second name of a side
    keyed = tuple(sorted(names.get(a, a) for a in parties))
    return parties if len(set(keyed)) < len(keyed) else keyed


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
