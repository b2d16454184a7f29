"""Status cues: which agreement a status word governs, and whether the text asserts it.

A cue governs the nearest agreement after it ("Russia [rejected] the truce") or before
it ("the truce [collapsed]"), within a few words and without crossing a clause. The
words before a cue can take its assertion back: negation ("did not agree" is a
rejection, "has not taken effect" asserts nothing), conditions ("if the truce
collapses"), modal verbs and threats ("could withdraw"), and the future ("will take
effect" means agreed, not yet in effect).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from processors.agreement_lexicon import AgreementLexicon, CueSpec, Role
from processors.agreement_mentions import Mention
from processors.agreement_text import last_match, words
from processors.model import Status

Direction = Literal["right", "left"]
Mood = Literal["real", "future", "void"]
_PUNCTUATION = re.compile(r"[;:()\u201c\u201d\"\u2014\u2013]")
_PUNCT_SPLIT = re.compile(r"[,;:()\u201c\u201d\"\u2014\u2013]")
_PARENTHESIS = re.compile(r",[^,]{1,60},")
_STANCES: frozenset[Status] = frozenset({"proposed", "negotiating", "accepted", "rejected"})
_FUTURE_OK: frozenset[Status] = frozenset(
    {"agreed", "accepted", "proposed", "negotiating", "rejected"}
)
_TALKS_OK: frozenset[Status] = frozenset(
    {"agreed", "accepted", "proposed", "negotiating", "in_effect"}
)


@dataclass(frozen=True, slots=True)
class Cue:
    """A status word found in a sentence."""

    start: int
    end: int
    spec: CueSpec


@dataclass(frozen=True, slots=True)
class Attachment:
    """A cue governing one mention, from the right or from the left."""

    mention: int
    cue: Cue
    direction: Direction
    override: Status | None = None

    @property
    def status(self) -> Status:
        """The status asserted: the override, the cue's status seen from its side."""
        spec = self.cue.spec
        if self.override is not None:
            return self.override
        if self.direction == "left" and spec.left_status is not None:
            return spec.left_status
        return spec.status


def find_cues(
    text: str, sentence: tuple[int, int], mentions: list[Mention], lexicon: AgreementLexicon
) -> list[Cue]:
    """Status words of a sentence, except those inside a trigger ("halted strikes")."""
    out = []
    for match in lexicon.cues.finditer(text, sentence[0], sentence[1]):
        start, end = match.span()
        if any(m.start < end and start < m.end for m in mentions):
            continue
        out.append(Cue(start, end, lexicon.cue_specs[match.lastgroup or ""]))
    return out


def attach_cues(
    text: str, mentions: list[Mention], cues: list[Cue], lexicon: AgreementLexicon
) -> list[Attachment]:
    """Decide which mention each cue governs (at most one; coordination is added later)."""
    out: list[Attachment] = []
    pending: list[Cue] = []
    for i, cue in enumerate(cues):
        target = None
        if cue.spec.attach != "left":
            target = _right_target(text, mentions, cue, lexicon)
            if target is None and i + 1 < len(cues):
                target = _through_proposal(text, mentions, cue, cues[i + 1], lexicon)
        if target is not None:
            out.append(Attachment(target, cue, "right"))
        elif cue.spec.attach != "right":
            pending.append(cue)
    governed = {a.mention for a in out}
    for cue in pending:
        target = _left_target(text, mentions, cue, governed, lexicon)
        if target is not None:
            out.append(Attachment(target, cue, "left"))
    return _nearest_first(text, out, mentions)


def _through_proposal(
    text: str, mentions: list[Mention], cue: Cue, following: Cue, lexicon: AgreementLexicon
) -> int | None:
    """A verb on a proposal reaches what is proposed: "ignored a call by Europe for a truce"."""
    if following.spec.status != "proposed" or following.spec.attach == "left":
        return None
    gap = text[cue.end : following.start]
    if len(words(gap)) > 2 or _PUNCTUATION.search(gap) or "," in gap:
        return None
    return _right_target(text, mentions, following, lexicon)


def _right_target(
    text: str, mentions: list[Mention], cue: Cue, lexicon: AgreementLexicon
) -> int | None:
    for i, mention in enumerate(mentions):
        if mention.start < cue.end:
            continue
        if mention.spec.orphan and cue.spec.status not in _STANCES:
            return None  # "holding despite Israeli violations": the noun is no object
        gap = text[cue.end : mention.start]
        if len(words(gap)) > cue.spec.gap or _PUNCTUATION.search(gap):
            return None
        if "," in _PARENTHESIS.sub(" ", gap) or lexicon.gap_blockers.search(gap):
            return None
        return i
    return None


def _left_target(
    text: str, mentions: list[Mention], cue: Cue, governed: set[int], lexicon: AgreementLexicon
) -> int | None:
    # "a ceasefire proposed by Washington" describes the noun like a relative clause.
    participle = text[cue.start : cue.end].endswith(" by")
    for i in range(len(mentions) - 1, -1, -1):
        mention = mentions[i]
        if mention.end > cue.start:
            continue
        gap = text[max(mention.end, min(mention.np_end, cue.start)) : cue.start]
        relative_word = lexicon.grammar.relative
        relative = bool(relative_word.match(gap)) or (participle and not gap.strip(" ,"))
        # "the agreement, brokered by Egypt, ...": an appositive participle.
        cleaned = _PARENTHESIS.sub(" ", relative_word.sub(" ", gap)).strip().removeprefix(",")
        extra = lexicon.grammar.relative_extra if relative else 0
        if len(words(gap)) > cue.spec.gap + extra or _PUNCTUATION.search(gap):
            return None
        if "," in cleaned:
            return None
        blockers = lexicon.grammar.left_gap_blockers
        if not relative and blockers.search(text, max(mention.end, mention.np_end), cue.start):
            return None
        # An object of a verb is not the subject of the next one: "accepted the truce
        # and began ..." unless a relative clause says so ("the truce that began").
        if i in governed and not relative:
            return None
        return i
    return None


def _nearest_first(text: str, found: list[Attachment], mentions: list[Mention]) -> list[Attachment]:
    """Of several verbs before one mention keep the nearest, and a stance on a proposal.

    "announced the end of the truce" is about the end, not an announcement of a truce;
    "rejected Ukraine's call for a ceasefire" is both a call (proposed) and a rejection.
    """
    out: list[Attachment] = []
    by_mention: dict[int, list[Attachment]] = {}
    for attachment in found:
        if attachment.direction == "left" or attachment.cue.spec.adjective:
            out.append(attachment)
        else:
            by_mention.setdefault(attachment.mention, []).append(attachment)
    for group in by_mention.values():
        group.sort(key=lambda a: -a.cue.start)
        nearest = group[0]
        farther = group[1] if len(group) > 1 else None
        if farther is not None and nearest.status == "proposed":
            # "rejected Ukraine's call for a truce"; "ignored a call for a truce" rejects
            # it too: a proposal cannot be violated.
            rejected: Status | None = "rejected" if farther.status == "violated" else None
            out.extend((nearest, replace(farther, override=rejected)))
        elif farther is not None and farther.status in _STANCES and nearest.status not in _STANCES:
            # "proposed extending the pause" is a proposal; "ready to extend" an offer.
            offer = farther.status == "accepted" and nearest.status == "extended"
            out.append(
                Attachment(
                    farther.mention, farther.cue, farther.direction, "proposed" if offer else None
                )
            )
        else:
            out.append(nearest)
    out.sort(key=lambda a: a.cue.start)
    return out


def mood(
    text: str, sentence: tuple[int, int], clause_start: int, pos: int, lexicon: AgreementLexicon
) -> Mood:
    """Whether the words before ``pos`` make it real, future, or not asserted at all."""
    head = text[clause_start:pos]
    conditional = last_match(lexicon.conditional, head)
    if conditional is not None and "," not in head[conditional.end() :]:
        return "void"
    window = " ".join(head.split()[-lexicon.modality_window :])
    modal = lexicon.irrealis.search(window)
    if modal is not None:
        if modal.group().lower() != "would":
            return "void"
        said = lexicon.reported.search(text, sentence[0], pos)
        return "future" if said is not None else "void"
    if lexicon.future.search(window):
        return "future"
    return "real"


def negation(text: str, clause_start: int, pos: int, lexicon: AgreementLexicon) -> str:
    """``reject`` for "did not agree", ``void`` for "has yet to", else ``none``."""
    head = text[clause_start:pos]
    # Negation stays next to its verb: "not a solution," and called for ... is no denial.
    local = _PUNCT_SPLIT.split(head)[-1]
    window = " ".join(local.split()[-lexicon.negation_window :])
    if lexicon.negation_void.search(window) or lexicon.embedded_void.search(head):
        return "void"
    if lexicon.negation_reject.search(window):
        return "reject"
    return "none"


def settle(
    status: Status, negated: str, modality: Mood, role: Role, hypothetical: bool
) -> tuple[Status | None, bool]:
    """The status the text asserts after negation, mood and the mention's role.

    Returns the status (or None) and whether it was moved by the future tense.
    """
    if negated == "void" or modality == "void":
        return None, False
    if negated == "reject":
        if status not in ("agreed", "accepted"):
            return None, False
        status = "rejected"
    moved = False
    if modality == "future":
        if status == "in_effect":
            status, moved = "agreed", True
        elif status not in _FUTURE_OK:
            return None, False
    if role == "talks":
        if status in ("rejected", "proposed"):
            return status, moved  # refusing or offering talks is not talking yet
        if status not in _TALKS_OK:
            return None, False
        status = "negotiating"
    elif role == "proposal" and status == "agreed":
        # Agreeing to someone's proposal is accepting it.
        status = "accepted"
    if hypothetical and status not in _STANCES:
        return None, False
    return status, moved


def unasserted_infinitive(
    text: str, clause_start: int, pos: int, lexicon: AgreementLexicon
) -> bool:
    """True for "to extend" governed by a word that does not assert it ("no order ... to").

    "agreed to extend" asserts the extension; "an order from Putin to extend" does not.
    """
    head = text[clause_start:pos].split()
    if len(head) < 2 or head[-1].lower() != "to":
        return False
    return head[-2].lower().strip(",.;:“”\"'") not in lexicon.assertive_governors


def background(text: str, clause_start: int, pos: int, lexicon: AgreementLexicon) -> bool:
    """True when a mention opens a temporal clause ("since the moratorium began")."""
    return bool(lexicon.temporal_background.search(text, clause_start, pos))
