"""The article an agreement is read from, the claim a cue makes, and who acts in a clause.

``ArticleContext`` carries what every step asks of the article; ``Claim`` is one status a
sentence asserts of one mention. The helpers here answer who the subject of a clause is
and whether it speaks of a habit rather than one event.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final, NamedTuple

from processors.agreement_lexicon import AgreementLexicon
from processors.agreement_mentions import Mention
from processors.agreement_status import Attachment, Cue
from processors.agreement_text import ClauseBreaks, clause_breaks, last_match
from processors.model import Article, Statement, Status
from processors.parties import ArticleActors, agent_after, subject_before
from processors.word_patterns import WordScan

CLAIMED: Final[frozenset[Status]] = frozenset({"violated", "collapsed"})
"""Statuses that someone alleges, so ``claimed_by`` is worth telling."""
STANCES: Final[frozenset[Status]] = frozenset({"proposed", "negotiating", "rejected"})
# "will meet to discuss a truce" is talks all the same; "no order to extend" is no extension.
STANDS: Final[frozenset[Status]] = frozenset({"accepted", "proposed", "negotiating"})
"""Stances an outsider may take on someone else's agreement ("Rwanda welcomed the truce")."""
PURPOSES: Final[frozenset[Status]] = frozenset({"proposed", "negotiating"})
_POSSESSIVE: Final = ("\u2019s", "'s", "\u2019", "'")


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


def actors_of(
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


def other_holds_out(
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


def span_start(context: ArticleContext, clause: int, cue: Cue, by: str | None) -> int:
    """Evidence starts at the subject when it is close, else at the cue."""
    for hit in reversed(context.actors.between(max(clause, cue.start - 60), cue.start)):
        if hit.actor == by:
            return hit.start
    return cue.start


def habit(
    context: ArticleContext,
    sentence: tuple[int, int],
    clause: int,
    cue_start: int,
    mention: Mention,
) -> bool:
    """True for a stance told as a habit: "has turned down such proposals before", "have
    previously rejected ceasefire offers", "has rejected truces in the past", "every
    year someone announces a truce", "has brokered previous truces"."""
    grammar = context.lexicon.grammar
    text = context.article.text
    if mention.definite or text[mention.np_start : mention.end].split()[0].lower() in (
        grammar.determiners
    ):
        return False  # "has previously turned down that idea": a stance on this one
    if grammar.habit_frequency.search(text, max(clause, cue_start - 80), cue_start):
        return True  # "every year someone announces a truce": no truce in particular
    if mention.np_start < mention.start and grammar.habit_record.search(
        text, mention.np_start, mention.start
    ):
        return True  # "has brokered previous truces": a side's record, no truce now
    perfect = grammar.habit_perfect.search(text, max(clause, cue_start - 40), cue_start)
    if perfect is None:
        return False
    if "previously" in perfect.group().lower():
        return True
    # Up to the sentence's end: "before" may itself start what reads as a new clause.
    return (
        grammar.habit_marker.match(text, max(mention.end, mention.np_end), sentence[1]) is not None
    )


def habit_subject(
    context: ArticleContext,
    sentence: tuple[int, int],
    cue_start: int,
    cue_end: int,
    mention: Mention,
) -> bool:
    """True for a bare agreement noun as the subject of a present perfect with "before" or
    "in the past" after it: "Local truces have broken down before", "Ceasefires between
    the clans have collapsed in the past". Earlier agreements of the kind, not this one."""
    grammar = context.lexicon.grammar
    text = context.article.text
    if mention.definite or text[mention.np_start : mention.end].split()[0].lower() in (
        grammar.determiners
    ):
        return False  # "The truce has broken down before": this one, broken again
    perfect = grammar.habit_perfect.search(text, max(mention.end, cue_start - 40), cue_start)
    return (
        perfect is not None and grammar.habit_marker.match(text, cue_end, sentence[1]) is not None
    )


def habitual_pronoun(context: ArticleContext, clause: int, mention: Mention) -> bool:
    """True for a pronoun subject after a frequency in its clause: "whenever one side
    decides it has ended", "each time a truce is declared it collapses". The pronoun
    stands for any agreement of the kind, not for the one the article follows."""
    if mention.spec.family != "anaphor":
        return False
    grammar = context.lexicon.grammar
    start = max(clause, mention.start - 80)
    return grammar.habit_frequency.search(context.article.text, start, mention.start) is not None
