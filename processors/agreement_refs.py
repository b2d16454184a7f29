"""Which agreement a mention names: keeping real mentions, resolving references back.

"the pause", "the deal", "a second phase", "an unacceptable violation" name no scope or
sides themselves; they refer to an agreement named earlier in the article. A wrapper
("a deal", "talks") or a bare noun ("a pause") that refers to nothing names nothing.
"""

from __future__ import annotations

from collections import Counter

from processors.agreement_lexicon import AgreementLexicon
from processors.agreement_mentions import Mention


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
    if spec.orphan:
        return _orphan(text, mentions, index, antecedents, lexicon)
    if spec.verbal and spec.self_status is not None:
        # "the freed prisoners", "buses carrying released detainees": a participle
        # describing people, not an act.
        before = text[max(0, mention.start - 30) : mention.start].split()[-1:]
        word = before[0].lower() if before else ""
        blockers = lexicon.grammar.participle_blockers
        if word in blockers or word in lexicon.prepositions or word.endswith("ing"):
            return None
    if spec.wrapper and not mention.compound and not mention.inner:
        return _wrapper(text, mention, antecedents, lexicon)
    if spec.bare and not (
        mention.duration or mention.label or mention.numbered or (mention.scoped and not spec.scope)
    ):
        # "a second phase" always refers back; "a pause" or "a swap" alone names nothing.
        if spec.refers not in (None, "family", "pause") or mention.definite:
            return refer(mention, antecedents, spec.refers or "family")
        return None
    if not mention.scoped and mention.definite and spec.family in ("ceasefire", "pause"):
        return refer(mention, antecedents, "family") or mention
    return mention


def _wrapper(
    text: str, mention: Mention, antecedents: list[Mention], lexicon: AgreementLexicon
) -> Mention | None:
    """A deal, talks or a proposal standing alone ("the deal", "Black Sea deal")."""
    if lexicon.non_agreement.search(text, mention.np_start, mention.start):
        return None  # a minerals deal, trade talks
    if mention.scoped:
        return mention
    if mention.spec.role == "talks" and (
        len(mention.explicit) >= 2 or _talk_cue(text, mention, lexicon)
    ):
        return mention
    if mention.definite or _standalone_proposal(text, mention):
        return refer(mention, antecedents, "any")
    return None


def _standalone_proposal(text: str, mention: Mention) -> bool:
    """ "accepted a new proposal from the mediators": a proposal about the agreement at hand.

    Not when the words after it say what else it is about ("a proposal to hold
    elections", "an offer on gas").
    """
    if mention.spec.role != "proposal":
        return False
    after = text[mention.end : mention.end + 12].lstrip().lower()
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
        return None
    scope = max(counts, key=lambda s: counts[s])
    return refer(mention, [a for a in antecedents if a.scope == scope], "any")


def _talk_cue(text: str, mention: Mention, lexicon: AgreementLexicon) -> bool:
    """Bare "talks" count when something happens to them: held, resumed, a round of."""
    return bool(lexicon.talk_cues.search(text, max(0, mention.start - 40), mention.end + 40))


def refer(mention: Mention, antecedents: list[Mention], refers: str) -> Mention | None:
    """Take scope, sides, length and name from the agreement this mention refers back to.

    ``refers`` is ``family`` (the same kind of agreement), ``any``, or the family to
    prefer before any other ("the pause" is a pause if there is one, else a truce).
    """
    family = mention.spec.family if refers == "family" else refers
    pool = [a for a in antecedents if a.spec.family == family]
    if refers == "any" or (refers != "family" and not pool):
        pool = antecedents
    for previous in reversed(pool):
        if previous.spec.wrapper and not previous.scoped:
            continue
        return Mention(
            start=mention.start,
            end=mention.end,
            np_start=mention.np_start,
            np_end=mention.np_end,
            spec=mention.spec,
            head=mention.head,
            scope=previous.scope,
            scoped=True,
            explicit=previous.explicit,
            backers=mention.backers or previous.backers,
            place=previous.place,
            duration=mention.duration or previous.duration,
            label=mention.label or previous.label,
            hypothetical=mention.hypothetical,
            definite=True,
            anaphoric=True,
            timed=mention.timed,
            parties=previous.parties,
        )
    return None
