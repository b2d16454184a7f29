"""Claims a mention makes by itself, and the passing of claims to related mentions.

Some mentions carry a status with no cue verb ("halted strikes", "a US proposal",
"peace talks"); ``own_claims`` reads those. ``spread`` hands a claim on from a wrapper
mention to what it is about, and from a verb's object to objects coordinated with it.
"""

from __future__ import annotations

from processors.agreement_claims import (
    WHEN_BEFORE,
    any_before,
    talks_told_aside,
    trailing_condition,
)
from processors.agreement_context import STANCES, ArticleContext, Claim
from processors.agreement_lexicon import AgreementLexicon
from processors.agreement_mentions import Mention, coordinated, sequel
from processors.agreement_status import mood, negation, settle, unasserted_infinitive
from processors.model import Status
from processors.parties import agent_after, joint_subject, last_boundary, speaker_at, subject_before


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
        # "went on television to offer the separatists talks": asked for, not held.
        and not lexicon.asked_for_talks.search(text, max(0, mention.start - 60), mention.start)
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
            and not trailing_condition(text, mention.np_end, sentence[1], lexicon)
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
        if talks_told_aside(text, sentence, mention, lexicon):
            status = None
        offered = lexicon.proposed_that.search(
            text, max(sentence[0], mention.start - 160), mention.start
        )
        if status == "negotiating" and offered is not None:
            # "proposed that Russia and Ukraine hold direct peace talks": an offer of talks.
            status, hints = "proposed", ()
            by = subject_before(text, context.actors, clause, offered.start() + 1, lexicon, None)
    if status is None or (status not in STANCES and any_before(text, clause, mention.np_start)):
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
    if WHEN_BEFORE.search(text, max(sentence[0], mention.start - 24), mention.start) is None:
        return False
    head = text[sentence[0] : mention.start]
    return (
        lexicon.future.search(head) is not None or lexicon.irrealis.search(f" {head}") is not None
    )


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
    """Pass a wrapper's statuses to what it is about, a verb's to coordinated objects, and
    a proposal to the later stage the plan names after it."""
    out: list[Claim] = []
    for claim in claims:
        mention = mentions[claim.mention]
        if mention.inner:
            targets = list(mention.inner)
        else:
            targets = [claim.mention]
            nxt = claim.mention + 1
            while nxt < len(mentions) and (
                coordinated(text, mentions[nxt - 1], mentions[nxt], lexicon)
                # A plan's later stage is put forward with it; nothing else passes on.
                or (
                    claim.status == "proposed"
                    and sequel(text, mentions[nxt - 1], mentions[nxt], lexicon)
                )
            ):
                targets.append(nxt)
                nxt += 1
        out.extend(
            claim if target == claim.mention else claim._replace(mention=target)
            for target in targets
        )
    return out
