"""From status cues to claims: which status a cue asserts of which mention.

``cue_claims`` reads one cue against the mentions of its sentence and keeps the claims
the sentence really makes (not denied, not hypothetical, not somebody else's habit).
"""

from __future__ import annotations

import re
from typing import Final

from processors.agreement_context import (
    CLAIMED,
    PURPOSES,
    STANCES,
    ArticleContext,
    Claim,
    actors_of,
    habit,
    habit_subject,
    habitual_pronoun,
    other_holds_out,
    span_start,
)
from processors.agreement_lexicon import AgreementLexicon
from processors.agreement_mentions import Mention
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
from processors.agreement_text import folded, last_words, word_before
from processors.model import Status
from processors.parties import joint_subject, last_boundary, speaker_at

_TERMS_CUES: Final = ("call", "provid")
"""Cues that, after a deal, say what it holds: "the truce calls (provides) for …"."""
_TERMS_GAP: Final = re.compile(
    r"(?:\s+(?:between|with|in|on|of|for|to|over)\s[^,;:.]{0,60}?)?"
    r"(?:\s*,\s*[a-z]+(?:ed|en)\s[^,;:.]{0,140},)?"
    r"[\s,]*(?:(?:which|that)\s+)?(?:also\s+)?"
)
"""A participle aside may stand between ("the deal, signed in Lome on Tuesday, calls for")."""


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


# A negated passive right before a cue ("was not announced", "has not yet been agreed"):
# nothing was made, and no one is named as refusing it.
_NEGATED_PASSIVE: Final = re.compile(
    r"\b(?:(?:is|are|was|were)(?:\s+(?:not|never)|n[\u2019']t)|(?:not|never|n[\u2019']t)\s+"
    r"(?:yet\s+)?(?:been|be))(?:\s+(?:yet|formally|officially|publicly))?\s+$"
)
# A collapse told in the progressive ("has been unravelling", "is collapsing"): still going on.
_PROGRESSIVE_AUX: Final = re.compile(r"\b(?:is|are|was|were|been)\s+(?:\w+ly\s+)?$")
# "said it would not extend its ceasefire", "will not renew the truce": a side's refusal.
_REFUSED_RENEWAL: Final = re.compile(
    r"\b(?:(?:would|will)\s+not|won[\u2019']t|wouldn[\u2019']t)\s+(?:(?:further|again)\s+)?$"
)
_OFFERED_BY: Final = re.compile(
    r",?\s+(?:proposed|put forward|offered|drafted|tabled|floated)\s+by\b"
)
"""After an agreement's mention: someone's offer ("the truce proposed by the Quad")."""

WHEN_BEFORE: Final = re.compile(
    r"\b(?:when|once|until|till|as soon as|the (?:day|moment|minute|instant))\s+"
    r"(?:the\s+|a\s+|any\s+)?$",
    re.I,
)
"""Right before an agreement's mention: a time clause ("when the truce starts", "the day
the agreement is signed")."""

_PRESENT_PASSIVE: Final = re.compile(r"[^,;:.]{0,40}?\b(?:is|are|gets|get)\s+$", re.I)
"""Between a mention and its cue: the present passive ("the agreement is signed", "the
truce with Russia is agreed")."""

_SAID_NOW: Final[frozenset[Status]] = frozenset(("in_effect", "collapsed"))
"""A cue's future_status that a "would"/"will" still tells as true now, with no trailing
condition: a truce that "would remain in force", an accord a side "will no longer be bound
by"."""
_INNER_BLOCKED: Final[frozenset[Status]] = frozenset(
    {"in_effect", "extended", "suspended", "expired", "collapsed", "violated"}
)
"""Statuses that, said of talks about an agreement, belong to the talks alone."""

_BEFORE_TIME: Final = re.compile(
    r"\b(?:before|until|till|ahead of|prior to)\s+(?:the\s+|its\s+|their\s+)?$", re.I
)
"""Right before a time phrase: a time not yet come ("before the start of the truce")."""


def any_before(text: str, clause: int, pos: int) -> bool:
    """Whether "any" stands right before ``pos`` in its clause: a phrase opening there
    names any one at all ("any violation", "any new halt")."""
    return word_before(text, max(clause, pos - 8), pos, "any")


_GENERIC_REACH: Final = 30
"""How far before a status verb its generic subject ("whichever side ") may start."""


def _by_anyone(text: str, sentence: tuple[int, int], pos: int, lexicon: AgreementLexicon) -> bool:
    """Whether the verb at ``pos`` has anyone at all for subject: "will act against
    anyone who violates the truce" threatens, it tells no violation."""
    start = max(sentence[0], pos - _GENERIC_REACH)
    return lexicon.generic_agent.search(text, start, pos) is not None


_ASIDE_OF_ACTOR: Final = re.compile(r",\s*who\s+(?:(?:had|has|also|once|previously)\s+)*$")
"""Right before a cue: a relative clause describing a person ("Anwar, who brokered")."""
_ASIDE_OF_GO_BETWEEN: Final = re.compile(
    r",\s*(?:who|which)\s+(?:(?:had|has|have|also|once|previously|helped(?:\s+to)?)\s+)*$"
)
"""Right before a talks cue: a relative clause telling who an actor is by the part it
took ("Egypt, which worked on the deal", "the OSCE group, which helped broker the talks")."""

_EARLIER: Final = re.compile(
    r"(?<![\w-])(?:last|previous|earlier|former|prior)(?![\w-])", re.IGNORECASE
)
"""Inside an agreement's phrase: one before the agreement in view ("their last truce")."""

_BE_BEFORE: Final = re.compile(r"\b(?:is|are|was|were|am)\s+$")

_CONDITION_WINDOW: Final = 40
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


def trailing_condition(text: str, pos: int, end: int, lexicon: AgreementLexicon) -> bool:
    """A condition right after the act: ``will agree to a truce when (if, once) …``."""
    window = text[pos : min(end, pos + _CONDITION_WINDOW)]
    cut = window.find(",")
    window = window if cut == -1 else window[:cut]
    return lexicon.conditional.search(f" {window}") is not None or " when " in f"{window} "


def _condition_after(text: str, pos: int, end: int, lexicon: AgreementLexicon) -> bool:
    """A condition proper ("if", "unless", "as long as") right after the act, in its
    clause; unlike ``trailing_condition``, a "when" of time is none."""
    window = text[pos : min(end, pos + _CONDITION_WINDOW)].split(",", 1)[0]
    return lexicon.conditional.search(f" {window}") is not None


def _starts_now(text: str, clause: int, cue: Cue, lexicon: AgreementLexicon) -> bool:
    """A start told in the future but set at once: "would take effect immediately",
    "will come into force with immediate effect", "would immediately take effect", and
    a cue that is such a start itself ("will stop the bombings, effective immediately")."""
    grammar = lexicon.grammar
    return (
        grammar.effect_now.match(text, cue.end) is not None
        or (cue.start > 0 and _covers(grammar.effect_now.match(text, cue.start - 1), cue.end))
        or grammar.effect_now_before.search(text, max(clause, cue.start - 20), cue.start)
        is not None
    )


def _covers(found: re.Match[str] | None, end: int) -> bool:
    """Whether ``found`` reaches ``end``."""
    return found is not None and found.end() >= end


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
        and attachment.status not in PURPOSES
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
        and WHEN_BEFORE.search(text, max(clause, mention.np_start - 20), mention.np_start)
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
        and trailing_condition(text, cue.end, sentence[1], lexicon)
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
    if attachment.direction == "right" and habit(context, sentence, clause, cue.start, mention):
        return []  # "has turned down proposals before": a habit, not news
    if attachment.direction == "left" and habitual_pronoun(context, clause, mention):
        return []  # "a truce that ends whenever one side decides it has ended": any truce
    if attachment.direction == "left" and habit_subject(
        context, sentence, cue.start, cue.end, mention
    ):
        return []  # "Local truces have broken down before": earlier ones, not this one
    asserted: Status = attachment.status
    if cue.spec.done_status is not None and mention.scope in lexicon.one_off_scopes:
        asserted = cue.spec.done_status  # "the exchange was over": it was carried out
    if mention.spec.orphan and mention.spec.self_status and asserted not in STANCES:
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
        asserted == "collapsed"
        and cue.spec.attach == "right"
        and lexicon.proposing_start.search(text, max(clause, cue.start - 120), cue.start)
    ):
        return []  # "a plan that calls for an end to the war": an end asked for, none told
    if (
        asserted == "collapsed"
        and attachment.direction == "right"
        and _accused_of(text, clause, cue.start, lexicon)
    ):
        # "accused each other of wrecking the truce", "accused Israel of tearing up the
        # deal": a side alleging the other broke it tells a breach, not an agreement ended.
        asserted = "violated"
    if (
        attachment.status in ("expired", "in_effect")
        and lexicon.grammar.present_forms.match(cue_text)
        and trailing_condition(text, max(mention.end, cue.end), sentence[1], lexicon)
        and not _starts_now(text, clause, cue, lexicon)  # "takes effect at once": no "once"
    ):
        # "the deal expires on November 19 unless it is renewed", "the ceasefire takes
        # effect once troops have pulled back": its terms, not what has happened.
        return []
    if cue.spec.anchor and _BEFORE_TIME.search(text, max(clause, cue.start - 20), cue.start):
        return []  # "told not to return before the start of the truce": it has not begun
    if (
        asserted == "collapsed"
        and text.endswith("ing", cue.start, cue.end)
        and text.startswith(lexicon.falling_apart, cue.start)
        and _PROGRESSIVE_AUX.search(text, max(clause, cue.start - 24), cue.start)
    ):
        return []  # "the accord has been unravelling since March": under strain, not over
    modality = mood(text, sentence, clause, cue.start, lexicon, whole_clause=cue.spec.anchor)
    if modality == "future" and asserted == "in_effect" and _starts_now(text, clause, cue, lexicon):
        modality = "real"  # "said the truce would take effect immediately": it is in effect
    if (
        modality == "future"
        and cue.spec.future_status in _SAID_NOW
        and not trailing_condition(text, max(mention.end, cue.end), sentence[1], lexicon)
    ):
        # "the truce would remain in force until Oct. 31": it still is; "would no longer
        # be bound by the accord": renounced by saying so.
        modality = "real"
    if (
        modality == "future"
        and (asserted in ("agreed", "accepted") or cue.spec.future_status == "agreed")
        and trailing_condition(text, max(mention.end, cue.end), sentence[1], lexicon)
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
    if (
        asserted == "extended"
        and negated == "reject"
        and modality != "void"
        and _REFUSED_RENEWAL.search(text, max(clause, cue.start - 24), cue.start)
    ):
        # "the group said it would not extend its ceasefire": it turns the extension down.
        if modality == "future" and _condition_after(
            text, max(mention.end, cue.end), sentence[1], lexicon
        ):
            # "would not extend the truce again if the LRA plays games": a threat, the
            # refusal hangs on what the other side does ("would not extend it when it
            # expires at midnight" is a refusal with its date).
            return []
        asserted, negated, modality = "rejected", "none", "real"
    if (
        negated == "reject"
        and asserted == "agreed"
        and lexicon.own_agreement.match(text, mention.end)
    ):
        return []  # "has not declared a ceasefire of its own": none made, no offer refused
    if (
        negated in ("reject", "deny")
        and asserted == "agreed"
        and lexicon.in_person.match(text, mention.end)
    ):
        return []  # "did not sign the accord himself": someone else signed it for the side
    if (
        negated in ("reject", "deny")
        and asserted == "agreed"
        and _NEGATED_PASSIVE.search(text, max(clause, cue.start - 24), cue.start)
    ):
        return []  # "the hour it takes effect was not announced": nothing made, no one refused
    if (
        negated in ("reject", "deny")
        and asserted == "agreed"
        and lexicon.grammar.told_only.match(text, cue.start, cue.end)
    ):
        return []  # "did not announce the arrangement formally": not told, not refused
    if (
        negated == "deny"
        and asserted == "agreed"
        and mention.definite
        and cue_text[:5].lower() == "agree"
    ):
        # "the group never agreed to the Egyptian plan": a deal in view that the subject
        # turns down, as "did not agree to it" does ("never agreed to a truce" made none).
        negated = "reject"
    if negated in ("reject", "deny") and modality == "real" and cue.spec.negated_status is not None:
        asserted, negated = cue.spec.negated_status, "none"  # "Russia never respected the pause"
    role = mention.spec.role
    if role == "agreement" and _OFFERED_BY.match(text, max(mention.end, mention.np_end)):
        role = "proposal"  # "agreed to the truce proposed by the Quad": accepted an offer
    if (
        (role == "proposal" or (role == "agreement" and negated == "none"))
        and asserted == "accepted"
        and (mention.hypothetical or any_before(text, clause, mention.np_start))
    ):
        # "open to any serious proposal", "would welcome any halt that sent Haftar's
        # forces back": no proposal made, no truce in view, is accepted ("would never
        # accept any pause" still refuses the one in view).
        return []
    # "responsible for any violation", "any extension would be discussed": no act in view.
    hypothetical = (
        mention.hypothetical
        or any_before(text, clause, mention.np_start)
        or any_before(text, clause, cue.start)
        or _by_anyone(text, sentence, cue.start, lexicon)
    )
    status, moved = settle(asserted, negated, modality, role, hypothetical)
    if status is None or (moved and mention.spec.anaphor):
        return []  # "we will go on enforcing it" is no news about the agreement
    if (
        status == "negotiating"
        and role == "talks"
        and talks_told_aside(text, sentence, mention, lexicon)
    ):
        return []  # "after more than a week of talks held in Belgrade": a verb changes nothing
    if (
        status == "negotiating"
        and attachment.direction == "right"
        and _ASIDE_OF_GO_BETWEEN.search(text, max(clause, cue.start - 40), cue.start)
    ):
        return []  # "Egypt, which worked on the deal with Qatar, said": who Egypt is
    speaker = None
    if status in CLAIMED or lexicon.grammar.first_person.search(text, clause, cue.start):
        speaker = speaker_at(text, sentence, cue.start, context.statements, context.actors, lexicon)
    by, claimed_by = actors_of(context, sentence, clause, mention, attachment, status, speaker)
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
        and other_holds_out(context, sentence, max(mention.end, mention.np_end), by)
    ):
        status = "accepted"  # "Machar signed the agreement, but Kiir did not": one side's
    if attachment.direction == "right":
        span = (span_start(context, clause, cue, by), max(mention.end, mention.np_end))
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


def talks_told_aside(
    text: str, sentence: tuple[int, int], mention: Mention, lexicon: AgreementLexicon
) -> bool:
    """Whether the words before talks tell them aside from news that they are held:
    over ("signed after six weeks of talks"), sought ("urged London to seize the moment by
    opening talks") or where another agreement was made ("the exchange agreed at their
    talks in Istanbul")."""
    grammar = lexicon.grammar
    for told_aside, reach in (
        (grammar.talks_behind, 80),
        (grammar.talks_sought, 140),
        (grammar.talks_venue, 80),
    ):
        if told_aside.search(text, max(sentence[0], mention.start - reach), mention.start):
            return True
    return False


def _accused_of(text: str, clause: int, cue: int, lexicon: AgreementLexicon) -> bool:
    """Whether an accusation's "of" or "for" ends right before the cue at ``cue``."""
    for found in lexicon.accusation.finditer(text, max(clause, cue - 80), cue):
        if found.end() == cue:
            return True
    return False
