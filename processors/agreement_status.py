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
from typing import Final, Literal, NamedTuple

from processors.agreement_lexicon import AgreementLexicon, CueSpec, Role
from processors.agreement_mentions import Mention
from processors.agreement_text import last_words, lowered, words
from processors.model import Status
from processors.word_patterns import WordScan

Direction = Literal["right", "left"]
Mood = Literal["real", "future", "void"]
# What a verb may say of an agreement that a start told beside it agrees with.
_MADE: Final[frozenset[Status]] = frozenset({"agreed", "in_effect", "extended"})
_PUNCTUATION: Final = re.compile(r"[;:()\u201c\u201d\"\u2014\u2013]")
_PUNCT_SPLIT: Final = re.compile(r"[,;:()\u201c\u201d\"\u2014\u2013]")
_SPLIT_MARKS: Final = ',;:()\u201c\u201d"\u2014\u2013'
"""The marks of ``_PUNCT_SPLIT``, for ``str.rfind``."""
_QUOTE_MARKS: Final = frozenset('"\u201c\u201d')
# An adverb between commas right before a verb: "did not, however, tear up the deal".
_NEGATION_ASIDE: Final = re.compile(
    r"(?:(?<=\bnot)|(?<=n't)|(?<=n\u2019t)|(?<=\bnever)),\s*"
    r"(?:however|though|in the end|so far|as yet|in fact|at least|for now|to date|at first|"
    r"officially|formally)\s*,\s*$"
)
_QUOTED_AUXILIARY: Final = re.compile(
    r"(?:has|have|had|was|were|is|are|will|would)(?: (?:been|not|never|already|now|just))* "
)
"""The auxiliary a quote may open on between a subject and its verb."""
# A verb joined by "and" right before it: "... and collapsed".
_JOINED_VERB: Final = re.compile(r"\band $")
# An article that opens a sentence (or a line) right before a noun phrase.
_SENTENCE_SUBJECT: Final = re.compile(r"(?:^|[.!?]\s+|\n)(?:A|An|The)\s+$")
# Objects of a verb that, like a determiner, show the verb has an object of its own.
_OBJECT_PRONOUNS: Final = frozenset(("it", "them"))
# What may stand between an agreement and its verb: an adverb, or its sides.
_SUBJECT_GAP: Final = re.compile(
    r"\s*(?:[a-z]+ly\s+)?"
    r"|\s+(?:between|with)\s+[\w-]+(?:\s+and\s+[\w-]+)?\s+(?:[a-z]+ly\s+)?"
)
# How far after a verb an aside before its to-infinitive may end.
_ASIDE_REACH: Final = 100
_PARENTHESIS: Final = re.compile(r",[^,]{1,60},")
# A short form in brackets right after a name ("the Oromo Liberation Army (OLA) ended"):
# part of the name, not an aside between a subject and its verb.
_SHORT_FORM: Final = re.compile(r"\s*\([A-Z][\w.&-]{0,11}\)")
# "The arrangement, first floated by Washington in a call between the two leaders, was
# agreed by ...": an aside between a subject and its verb.
_POINTERS: Final = ("", "the", "that", "this")
_RELATIVE_WORD: Final = re.compile(r"\b(?:that|which)\b")
_COMPLEMENT_JOIN: Final = re.compile(r"(?:^|[\s,])(?:and|or|but)\s+$")
_ADJECTIVES: Final = re.compile(r"^(\s*(?:a|an|the|its|their)\s+[\w-]+),(?=(?:\s+[\w-]+){1,2}\s*$)")
_DEMONSTRATIVE: Final = re.compile(r"(?<![\w-])(?:that|this|these|those)\s+$", re.IGNORECASE)
# So is a relative clause opened by a preposition: "a truce under which 105 hostages were
# freed, collapsed ...".
_PARTICIPLE: Final = r"(?P<participle>\s+[a-z]+ed(?:\s+[\w.\u2019'-]+){0,4}?)?"
"""A short participle phrase on the noun before an aside: "the truce declared on Monday,
which had been extended twice, ended ..."; the aside still sits between subject and verb."""
_ASIDE: Final = re.compile(
    r"^" + _PARTICIPLE + r"\s*"
    r"(?:,|(?:[\w.-]+\s+){0,4}?(?:under|in|by|with|through|during) which\b)[^,;:]{1,120},\s*"
)
# A relative clause set off by commas right after a noun, up to the next verb.
_WHICH_ASIDE: Final = re.compile(_PARTICIPLE + r"\s*,\s*(?:which|who)\b[^,;:]{1,120},\s*")
_WHICH_CLAUSE: Final = re.compile(r",\s*(?:which|who)\b[^,;:]{1,120},")
_OPENING_CONDITION: Final = re.compile(
    r"(?:\W*(?:If|Unless|Should)|[^.;:]*?\bthat,?\s+(?:if|unless))\s[^.;:]*,"
)
"""A sentence, or the reported clause of one ("diplomats said that, if the calm holds,
..."), that opens with a condition, closed by a comma before the verb."""
_CONDITION_WORDS: Final = ("If", "Unless", "Should", "if", "unless")
"""The words ``_OPENING_CONDITION`` opens a condition with, as it spells them."""
_SUBJUNCTIVE_BE: Final = re.compile(r"\bbe\s+(?:\w+ly\s+)?$")
"""A bare "be" right before a cue: after "urged that ..." the mandative subjunctive."""
_PRESENT_BE: Final = re.compile(r"\b(?:is|are)\s+[\"\u201c]?$", re.IGNORECASE)
"""A present-tense copula right before a cue ("the truce is [over]")."""
_PREPOSITIONAL_RELATIVE: Final = re.compile(r"\b(?:under|in|by|with|through|during) which\b")
# A verb joined to the one before by "and"/"but", with no subject of its own.
_COORDINATED: Final = re.compile(
    r"(?:^|\s)(?:and|but)(?:\s+(?:then|later|also|soon|quickly|eventually|finally))?"
    r"(?:\s+(?:was|were|is|are|has|had|have)"
    r"(?:\s+(?:then|later|also|since|subsequently|eventually|finally|again))?(?:\s+been)?)?\s*$"
)
"""An adverb may follow the auxiliary too: "took effect in April and was later renewed",
"and has since been extended"."""
_RELATIVE_OPENED: Final = re.compile(r"\s*,\s*(?:which|that)\s+[^,;:()\"\u201c\u201d]*")
"""Between a noun and its relative clause's verb: ", which Qatar had been " (brokering)."""
_RELATIVE_CLOSED: Final = re.compile(
    r"(?:\s+\w+){0,3}?\s*,\s*(?:(?:was|were|is|are|has|had|have)(?:\s+been)?\s+)?"
)
"""Between that verb and the next: the rest of the clause (a few words), its closing
comma, and an auxiliary: ", were " (put off)."""
_BEFORE_GERUND: Final = re.compile(
    r"(?:^|\s)before(?:\s+(?:finally|eventually|quickly|abruptly|suddenly))?\s*$"
)
"""A gerund after "before" shares the subject of the verb before it: "the truce held for
months before collapsing", "lasted a week before breaking down"."""
_OWN_ENDINGS: Final[frozenset[Status]] = frozenset({"collapsed", "expired"})
_CHAIN_WORDS: Final = 14
"""Words a participle phrase may put between its noun's verb and the next one ("agreed
in Moscow on Thursday by Presidents Putin and Erdogan is now in force")."""
_NAME_PAIR: Final = re.compile(r"\b[A-Z][\w\u2019'-]*\s+and\s+(?=[A-Z])")
_STANCES: Final[frozenset[Status]] = frozenset({"proposed", "negotiating", "accepted", "rejected"})
# The future tense announces these ("India will hold the treaty in abeyance"); a
# violation or an expiry in the future is no news yet.
_FUTURE_OK: Final[frozenset[Status]] = frozenset(
    {"agreed", "accepted", "proposed", "negotiating", "rejected", "suspended"}
)
# What a verb can do to a proposal ("agreed to Kyiv's call for a truce"); any other
# status word before "a call for" acts on the call, not on the agreement.
_ON_PROPOSALS: Final[frozenset[Status]] = frozenset(
    {"negotiating", "accepted", "rejected", "agreed"}
)
_TALKS_OK: Final[frozenset[Status]] = frozenset(
    {"agreed", "accepted", "proposed", "negotiating", "in_effect"}
)
# What a status word on a proposal itself asserts of what it proposes.
_PROPOSAL_STATUS: Final[dict[Status, Status]] = {"agreed": "accepted", "extended": "proposed"}


class Cue(NamedTuple):
    """A status word found in a sentence."""

    start: int
    end: int
    spec: CueSpec


class Attachment(NamedTuple):
    """A cue governing one mention, from the right or from the left."""

    mention: int
    cue: Cue
    direction: Direction
    override: Status | None = None
    chained: bool = False
    """Governs through the verb before it ("was agreed in May and took effect")."""

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
    text: str,
    sentence: tuple[int, int],
    mentions: list[Mention],
    lexicon: AgreementLexicon,
    scan: WordScan | None = None,
) -> list[Cue]:
    """Status words of a sentence, except those inside a trigger ("halted strikes").

    ``scan`` is the article's scan by ``lexicon.words``, if made.
    """
    out = []
    determiners = lexicon.grammar.determiners
    for match in lexicon.cues.finditer(text, sentence[0], sentence[1], scan):
        start, end = match.span()
        if any(m.start < end and start < m.end for m in mentions):
            continue
        before = text[max(sentence[0], start - 8) : start].split()[-1:]
        if before and before[0].lower() in determiners and match.group()[-1:] == "s":
            continue  # "the pauses replace ...": a noun, not a verb
        if text[start].isupper() and before and before[0][-1:].isalnum():
            continue  # "Rapid Support Forces": a name inside the sentence, not a verb
        spec = lexicon.cue_specs[match.lastgroup or ""]
        if spec.not_after_round and _round_subject(text, sentence[0], start, lexicon):
            continue  # "the second round of talks ended without a deal": talks go on
        if spec.object_state and _kept_object(text, sentence[0], start, mentions, lexicon):
            continue  # "a truce that leaves the siege in place": the siege stays
        out.append(Cue(start, end, spec))
    return out


def _kept_object(
    text: str, clause_start: int, pos: int, mentions: list[Mention], lexicon: AgreementLexicon
) -> bool:
    """Whether a verb of keeping and an object that is no agreement end right before
    ``pos`` ("leaves the siege in | place"): the state is the object's. An agreement as
    the object ("kept the truce in place") keeps the cue."""
    begin = max(clause_start, pos - 60)
    found = lexicon.grammar.state_keepers.search(text, begin, pos)
    if found is None:
        return False
    start, end = found.span("object")
    return not any(start <= m.start and m.end <= end for m in mentions)


def _round_subject(text: str, clause_start: int, pos: int, lexicon: AgreementLexicon) -> bool:
    """Whether the words right before ``pos`` are a round or session of talks."""
    head = text[max(clause_start, pos - 90) : pos]
    return ("round" in head or "session" in head) and lexicon.grammar.round_subject.search(
        head
    ) is not None


def follows_cue(
    text: str, pos: int, lexicon: AgreementLexicon, scan: WordScan | None = None
) -> bool:
    """True when a status word ends right before ``pos`` ("withdrew from | it")."""
    last = None
    for last in lexicon.cues.finditer(text, max(0, pos - 40), pos, scan):  # noqa: B007
        continue
    return last is not None and text[last.end() : pos].strip().lower() in _POINTERS


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
            if not _transitive(text, cue, lexicon):
                pending.append(cue)
        else:
            # "a ceasefire, which Washington proposed": the relative pronoun is the object.
            target = _left_target(text, mentions, cue, set(), lexicon, relative_only=True)
            if target is not None:
                out.append(Attachment(target, cue, "left", cue.spec.status))
    out = [_converted(text, mentions, a, lexicon) for a in out]
    governed = {a.mention for a in out}
    for cue in pending:
        target = _left_target(text, mentions, cue, governed, lexicon)
        if target is not None and cue.spec.adjective and _sought(target, out):
            continue  # "called for a ceasefire with immediate effect": not in force yet
        if target is not None:
            out.append(Attachment(target, cue, "left"))
            continue
        target = _chained_target(text, mentions, cue, out, lexicon)
        if target is None:
            target = _relative_subject(text, mentions, cue, lexicon)
        if target is not None:
            out.append(Attachment(target, cue, "left", chained=True))
    return _nearest_first(text, out, mentions)


def _sought(target: int, found: list[Attachment]) -> bool:
    """Whether a verb governing the mention says it is not made (yet): proposed,
    rejected, ... rather than agreed or in force."""
    return any(a.mention == target and a.status not in _MADE for a in found)


def _chained_target(
    text: str,
    mentions: list[Mention],
    cue: Cue,
    found: list[Attachment],
    lexicon: AgreementLexicon,
) -> int | None:
    """The subject a verb shares with the verb before it, too far from the noun itself.

    "The truce was agreed in May and took effect in June": a second verb joined by
    "and" or "but" without a subject of its own; "a truce agreed on Monday at the
    rebels' request expired on Wednesday": the verb after a participle that hangs on
    its noun, or after a relative clause's verb ("the truce it brokered in July had been
    extended"). Another agreement, a subject or a clause break in between ends the chain,
    and a proposal keeps its second verb to itself.
    """
    earlier = [a for a in found if a.direction == "left" and a.cue.end <= cue.start]
    previous = max(earlier, key=lambda a: a.cue.start) if earlier else None
    # "a plan drafted by X and approved by Y" may be the plan's or the deal it became.
    if previous is None or mentions[previous.mention].spec.role == "proposal":
        return None
    gap = text[previous.cue.end : cue.start]
    if len(words(gap)) > _CHAIN_WORDS or _PUNCTUATION.search(gap):
        return None
    if any(previous.cue.end <= m.start < cue.start for m in mentions):
        return None
    if _COORDINATED.search(gap):
        return previous.mention
    if _gerund(text, cue) and lexicon.grammar.elapsed_link.match(gap):
        return previous.mention  # "was broken within hours of taking effect": it did
    if cue.spec.status in _OWN_ENDINGS and _gerund(text, cue) and _BEFORE_GERUND.search(gap):
        # "held for months before collapsing": it collapsed. Only what an agreement does
        # by itself: "the truce that took effect ... before announcing" is someone's act.
        return previous.mention
    noun = mentions[previous.mention]
    head = text[max(noun.end, noun.np_end) : previous.cue.start]
    if _RELATIVE_CLOSED.fullmatch(gap) and _RELATIVE_OPENED.fullmatch(head):
        # "talks on a halt to strikes, which Qatar had been brokering, were put off": the
        # verb after a relative clause set off by commas is its noun phrase's, the talks'
        # when the noun is what they are about.
        for index, other in enumerate(mentions):
            if previous.mention in other.inner:
                return index
        return previous.mention
    past = lexicon.grammar.past_forms.match(text[previous.cue.start : previous.cue.end])
    if past is None or "," in gap:
        return None
    # A participle right on its noun, or the verb of a relative clause on it: "the truce
    # (that) it brokered in July between X and Y had been extended".
    if head.strip() and lexicon.grammar.relative_head.match(head) is None:
        return None
    # "agreed in Moscow by Presidents Putin and Erdogan is now in force": two names joined
    # by "and" are the participle's agent, not a clause of their own; "between the army
    # and the M23" names the sides.
    if "between" in gap:
        gap = lexicon.grammar.party_pair.sub(" ", gap)
    gap = _NAME_PAIR.sub(" ", gap)
    if lexicon.grammar.left_gap_blockers.search(gap) or lexicon.gap_blockers.search(gap):
        return None
    return previous.mention


def _relative_subject(
    text: str, mentions: list[Mention], cue: Cue, lexicon: AgreementLexicon
) -> int | None:
    """The agreement that opens the sentence as its subject, with a relative clause on it,
    for a verb joined by "and" however long that clause: "A ceasefire that China announced
    after the previous round of talks failed to stop the fighting and collapsed within
    weeks". Whichever verb the "and" joins it to, the agreement is what it tells of."""
    if not mentions or not _JOINED_VERB.search(text, max(0, cue.start - 6), cue.start):
        return None
    subject = mentions[0]
    if subject.end > cue.start or subject.spec.anaphor or subject.spec.role == "proposal":
        return None
    if _SENTENCE_SUBJECT.search(text, max(0, subject.np_start - 12), subject.np_start) is None:
        return None
    after = max(subject.end, subject.np_end)
    if not lexicon.grammar.relative.match(text[after : cue.start]):
        return None
    if _PUNCTUATION.search(text, after, cue.start):
        return None  # a clause break ends the subject's reach
    return 0


def _gerund(text: str, cue: Cue) -> bool:
    """Whether a cue opens with a gerund ("taking effect", "coming into force")."""
    first = text[cue.start : cue.end].split(" ", 1)[0]
    return first.endswith("ing")


def _converted(
    text: str, mentions: list[Mention], attachment: Attachment, lexicon: AgreementLexicon
) -> Attachment:
    """A call for one agreement to become another is a call for the other.

    "called for the moratorium to be turned into a full ceasefire" proposes the
    ceasefire.
    """
    i = attachment.mention
    if i + 1 >= len(mentions):
        return attachment
    if not lexicon.grammar.conversion.fullmatch(text, mentions[i].np_end, mentions[i + 1].np_start):
        return attachment
    return attachment._replace(mention=i + 1)


def _transitive(text: str, cue: Cue, lexicon: AgreementLexicon) -> bool:
    """True when a verb that may follow its agreement has an object of its own.

    "the ceasefire that ended the war" ended a war; the ceasefire did not end.
    """
    if cue.spec.attach != "either" or cue.spec.left_status is None:
        return False
    following = text[cue.end : cue.end + 12].split(None, 1)
    word = following[0].lower().rstrip(".,;:!?") if following else ""
    return word in lexicon.grammar.determiners or word in ("a", "an") or word in _OBJECT_PRONOUNS


def _agreement_subject(text: str, mentions: list[Mention], cue: Cue) -> bool:
    """True when an agreement named right before a verb is its subject ("a ceasefire
    ended it"); a pronoun object then points to something else (the war), not back to it.
    """
    before = [m for m in mentions if m.end <= cue.start and not m.spec.anaphor]
    if not before:
        return False
    # The sides may stand between ("a ceasefire between Israel and Hamas ended it"),
    # but not a second verb ("signed the truce in May and then broke it").
    gap = lowered(text[before[-1].end : cue.start])
    return not _PUNCT_SPLIT.search(gap) and bool(_SUBJECT_GAP.fullmatch(gap))


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


_OPENING_QUOTES: Final = frozenset(('"', "\u201c"))
_CLOSING_QUOTE: Final = re.compile(r'(?<=\w)["\u201d](?= )')


def _scare_quotes(gap: str) -> str:
    """A gap without the quotation marks at its edges: a quote that opens on the cue or
    closes on the noun ("the ceasefire was \u201cholding very well\u201d") quotes words,
    it does not divide the clause."""
    if gap[-1:] in _QUOTE_MARKS and gap[-2:-1] in ("", " "):
        gap = gap[:-1]
    if gap[:1] in _QUOTE_MARKS:
        gap = gap[1:]
    return gap


def _quote_on_verb(gap: str) -> str:
    """A pronoun subject's gap without a quote that opens on its auxiliary and runs on
    to the cue: in 'it "has renewed itself"' the quote starts the verb phrase, it does
    not divide the clause. (Not after a noun: 'the truce "has ended and will not be
    renewed"' is mostly told again in the story's own words.)"""
    marks = [i for i, ch in enumerate(gap) if ch in _QUOTE_MARKS]
    if len(marks) != 1:
        return gap
    at = marks[0]
    if gap[at] == "\u201d" or (at > 0 and gap[at - 1] != " "):
        return gap  # a closing mark, or one glued to the word before it
    if not _QUOTED_AUXILIARY.fullmatch(gap, at + 1):
        return gap
    return gap[:at] + gap[at + 1 :]


def _right_target(
    text: str, mentions: list[Mention], cue: Cue, lexicon: AgreementLexicon
) -> int | None:
    aside_end = _infinitive_aside_end(text, cue, lexicon)
    verb_end = cue.end
    for i, mention in enumerate(mentions):
        if mention.start < cue.end:
            continue
        if mention.start < aside_end:
            continue  # "agreed, at a second round of talks, to exchange ...": not the talks
        if _venue(text, cue, mention, lexicon):
            # "the swap agreed at the Istanbul talks": the talks tell where, the object is
            # the deal named after them or, with none, the one the verb follows.
            verb_end = mention.end
            continue
        if mention.spec.orphan and cue.spec.status not in _STANCES:
            return None  # "holding despite Israeli violations": the noun is no object
        gap = _scare_quotes(text[verb_end : mention.start])
        if text[cue.start - 1 : cue.start] in _OPENING_QUOTES:
            # 'his government "accepts in full" the ceasefire': the quote opened on the
            # verb closes before its object; it quotes words, the clause goes on.
            gap = _CLOSING_QUOTE.sub("", gap, count=1)
        if text[mention.end : mention.end + 1] in _QUOTE_MARKS:
            # 'announced an "Easter Truce"': the name is quoted, the clause goes on.
            gap = gap.replace('"', "").replace("\u201c", "")
        if mention.spec.anaphor and gap.strip().lower() not in _POINTERS:
            return None  # a pronoun is the object right after its verb: "withdrew from it"
        if mention.spec.anaphor and _agreement_subject(text, mentions, cue):
            return None  # "a ceasefire ended it": the object is not its own subject
        if mention.spec.anaphor and cue.spec.anchor:
            # "not the end of the peace process but the beginning of it": a time phrase
            # on a pronoun dates whatever was named last, seldom the agreement.
            return None
        # "accepted on Saturday a revised version of the truce": the time is no object.
        timed = lexicon.grammar.verb_object_time.match(gap)
        if timed is not None:
            gap = gap[timed.end() :]
        # "suspended the whole of its 2018 military agreement": the share is no gap.
        if "of" in gap:
            share = lexicon.grammar.verb_object_share.match(gap)
            if share is not None:
                gap = gap[share.end() :]
        # "agreed, after a phone call with Trump, to stop attacks": the aside tells when.
        gap = lexicon.grammar.infinitive_aside.sub(" ", gap)
        if len(words(gap)) > cue.spec.gap or _PUNCTUATION.search(gap):
            return None
        # "turned down that idea": a demonstrative belongs to the noun, not the gap;
        # "a longer, seven-day truce": a comma between adjectives is no clause break.
        if "th" in gap.lower():
            gap = _DEMONSTRATIVE.sub(" ", gap)
        if "," in gap:
            gap = _ADJECTIVES.sub(r"\1", gap)
        if ("," in gap and "," in _PARENTHESIS.sub(" ", gap)) or lexicon.gap_blockers.search(gap):
            return None
        return i
    return None


def _venue(text: str, cue: Cue, mention: Mention, lexicon: AgreementLexicon) -> bool:
    """Whether talks right after a verb are where it happened ("agreed at the talks")."""
    if mention.spec.role != "talks":
        return False
    gap = text[cue.end : mention.start]
    # Cheap first: the gap must hold one of the two prepositions at all.
    return ("at" in gap or "during" in gap) and lexicon.grammar.venue_lead.match(gap) is not None


def _infinitive_aside_end(text: str, cue: Cue, lexicon: AgreementLexicon) -> int:
    """Where an aside between a verb and its to-infinitive ends ("agreed on Monday, at a
    second round of talks in Istanbul, to exchange ..."), or the cue's end without one."""
    comma = text.find(", to ", cue.end, cue.end + _ASIDE_REACH)
    if comma < 0:
        return cue.end
    gap = text[cue.end : comma + 5]
    timed = lexicon.grammar.verb_object_time.match(gap)
    if timed is not None:
        gap = gap[timed.end() :]
    aside = lexicon.grammar.infinitive_aside.search(gap)
    # Only a time may come before it: "agreed on Monday, at talks in Istanbul, to ...".
    if aside is None or "," in gap[: aside.start()] or len(words(gap[: aside.start()])) > 3:
        return cue.end
    return comma


def _left_target(
    text: str,
    mentions: list[Mention],
    cue: Cue,
    governed: set[int],
    lexicon: AgreementLexicon,
    relative_only: bool = False,
) -> int | None:
    """The mention a cue after it governs: the subject, or the head of a relative clause.

    With ``relative_only`` only a relative clause will do ("the truce that Israel froze").
    """
    # "a ceasefire proposed by Washington" describes the noun like a relative clause.
    participle = text[cue.start : cue.end].endswith(" by")
    grammar = lexicon.grammar
    for i in range(len(mentions) - 1, -1, -1):
        mention = mentions[i]
        if mention.end > cue.start or mention.spec.anaphor:
            continue
        if mention.spec.verbal and _after_captives(text, cue.start, lexicon):
            return None  # "agreed to release all hostages held there": the people are held
        if i and _in_relative_aside(text, mentions[i - 1], mention, cue):
            continue  # "a truce under which prisoners were freed, collapsed": the truce
        gap = _scare_quotes(text[max(mention.end, min(mention.np_end, cue.start)) : cue.start])
        if mention.spec.family == "anaphor":
            gap = _quote_on_verb(gap)
        short_form = _SHORT_FORM.match(gap)
        if short_form is not None:
            gap = gap[short_form.end() :]
        relative_word = grammar.relative
        relative = bool(relative_word.match(gap)) or (participle and not gap.strip(" ,"))
        if relative_only:
            # The relative clause hangs on the agreement, not on a noun after it:
            # "the pause with an airstrike on a house that it said killed ...".
            head = text[mention.end : cue.start]
            opening = _RELATIVE_WORD.search(head)
            if opening is not None and _after_preposition(head, opening.start(), lexicon):
                # "shortly after the truce began, in which ... fighters were killed": the
                # preposition's object, not the verb's.
                return None
            if opening is not None and _COMPLEMENT_JOIN.search(head, 0, opening.start()):
                # "said the draft was not his final offer and that he wanted the war to
                # end": "and that" joins a second reported clause; nothing hangs on the noun.
                return None
            if (
                opening is not None
                and len(words(head[: opening.start()])) <= 5
                and not grammar.complementizing.search(head, 0, opening.start())
                and not grammar.violence_heads.search(head, 0, opening.start())
            ):
                gap, relative = head[opening.start() :], True
            elif not grammar.reduced_relative.match(gap):
                return None
        # "the agreement, brokered by Egypt, ...", "the ceasefire, which the rebels
        # called a gesture, broke down": an aside between the subject and its verb.
        aside = _ASIDE.match(gap)
        if aside is not None and not relative_only:
            gap = " " + gap[aside.end() :]
            # A participle phrase before the aside ("the truce brokered by Qatar, which
            # ..., was violated") describes the subject as a reduced relative clause does.
            relative = (participle and not gap.strip(" ,")) or bool(aside.group("participle"))
        relative = relative or bool(grammar.reduced_relative.match(gap))
        cleaned = _PARENTHESIS.sub(" ", relative_word.sub(" ", gap)).strip().removeprefix(",")
        extra = grammar.relative_extra if relative else 0
        if len(words(gap)) > cue.spec.gap + extra or _PUNCTUATION.search(gap):
            return None
        if "," in cleaned:
            return None
        if not relative and grammar.left_gap_blockers.search(gap):
            return None
        # An object of a verb is not the subject of the next one: "accepted the truce
        # and began ..." unless a relative clause says so ("the truce that began"); a
        # modifier after the noun is no verb ("declared a truce with immediate effect").
        if i in governed and not relative and not cue.spec.adjective:
            return None
        return i
    return None


def _after_preposition(head: str, pos: int, lexicon: AgreementLexicon) -> bool:
    """Whether the relative word at ``pos`` follows a preposition ("in which", "during
    which"): it opens a clause about when or where, with a subject of its own."""
    last = head[max(0, pos - 16) : pos].split()[-1:]
    return bool(last) and last[0].lower() in lexicon.prepositions


def _after_captives(text: str, pos: int, lexicon: AgreementLexicon) -> bool:
    """Whether the word right before ``pos`` names people held ("hostages", "prisoners"):
    a verb form after it ("held there", "released last week") describes them."""
    before = text[max(0, pos - 24) : pos]
    if not before.endswith(" "):
        return False
    found = None
    for found in lexicon.captives_near.finditer(before):  # noqa: B007 - the last
        pass
    return found is not None and not before[found.end() :].strip()


def _in_relative_aside(text: str, before: Mention, mention: Mention, cue: Cue) -> bool:
    """Whether ``mention`` stands in a relative clause on the mention ``before`` it that a
    comma closes before the cue: "a truce under which 105 hostages were freed, collapsed",
    "the ceasefire, which had appeared close to collapse, held"."""
    if _WHICH_ASIDE.fullmatch(text, max(before.end, before.np_end), cue.start) is not None:
        return True
    return (
        _PREPOSITIONAL_RELATIVE.search(text, before.end, mention.start) is not None
        and "," in text[mention.end : cue.start]
        and "," not in text[before.end : mention.start]
    )


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
            # it too: a proposal cannot be violated. "renewed his call for a truce" only
            # repeats the proposal: a call is not extended, suspended or in effect.
            if farther.status == "violated":
                out.extend((nearest, farther._replace(override="rejected")))
            elif farther.status in _ON_PROPOSALS:
                out.extend((nearest, farther))
            else:
                out.append(nearest)
        elif farther is not None and farther.status in _STANCES and nearest.status not in _STANCES:
            # "proposed extending the pause" is a proposal; "ready to extend" an offer.
            offer = (
                farther.status == "accepted"
                and nearest.status == "extended"
                and _offers_extension(text, farther.cue, nearest.cue)
            )
            out.append(
                Attachment(
                    farther.mention, farther.cue, farther.direction, "proposed" if offer else None
                )
            )
        else:
            out.append(nearest)
    out.sort(key=lambda a: a.cue.start)
    return out


_EXTENSION_NOUN: Final = re.compile(r"(?:extension|prolongation)s?\b", re.IGNORECASE)
_READINESS: Final = re.compile(r"(?:open|ready|willing|prepared|readiness)", re.IGNORECASE)


def _offers_extension(text: str, stance: Cue, extension: Cue) -> bool:
    """Whether a stance before an extension offers it: "ready to extend", "open to an
    extension". Welcoming or backing "the extension" (a noun) reacts to one made, which
    is no offer: it is the welcomer's acceptance, or nothing from an onlooker."""
    if _EXTENSION_NOUN.match(text, extension.start) is None:
        return True
    return _READINESS.match(text, stance.start) is not None


def mood(
    text: str,
    sentence: tuple[int, int],
    clause_start: int,
    pos: int,
    lexicon: AgreementLexicon,
    whole_clause: bool = False,
) -> Mood:
    """Whether the words before ``pos`` make it real, future, or not asserted at all.

    Modal words count near ``pos`` only, unless ``whole_clause``: a time phrase deep in
    its clause ("would open talks in the second week of the truce") has the clause's mood.
    """
    # A relative clause set off by commas has its own mood: "the ceasefire, which had
    # appeared close to collapse, held".
    head = text[clause_start:pos]
    if "wh" in head:  # the usual head has no "which" or "who": no regex needed
        head = _WHICH_CLAUSE.sub(" ", head)
    # A condition counts unless a comma closes it ("If the truce holds, ..."): only the
    # words after the last comma can hold one (condition words hold no comma). The
    # pattern takes the character before its word: searched in " " + head from the comma.
    if lexicon.conditional.search(f" {head}", head.rfind(",") + 1) is not None:
        return "void"
    if "until" in head and lexicon.pending_until.search(text, sentence[0], pos):
        return "void"
    near = max(sentence[0], pos - 24)
    be = _SUBJUNCTIVE_BE.search(text, near, pos) if text.find("be", near, pos) >= 0 else None
    if be is not None and lexicon.proposed_that.search(text, sentence[0], be.start()):
        return "void"  # "urged that the agreement be respected": asked for, not told
    window = " ".join(last_words(head, 0 if whole_clause else lexicon.modality_window))
    modal = lexicon.irrealis.search(f" {window}")  # the match holds the blank before
    if modal is not None:
        if modal.group()[1:].lower() != "would":
            return "void"
        said = lexicon.reported.search(text, sentence[0], pos)
        if said is None or _opens_with_condition(text, sentence[0], pos):
            return "void"  # "said that, if the calm holds, the envoy would push for ..."
        return "future"
    if lexicon.future.search(window) or (
        _coordinated_base(text, head, pos) and lexicon.future.search(head)
    ):
        # "If the truce holds through March, Malaysia will push for talks": the main
        # clause of an opening condition is as conditional as the condition.
        return "void" if _opens_with_condition(text, sentence[0], pos) else "future"
    if _conditional_modal(text, sentence[0], pos, lexicon):
        # "If the truce holds, diplomats said, the two sides could begin work on a deal
        # and on talks": a modal of the main clause, however far back, is the condition's.
        return "void"
    # The opening condition first: anchored, it fails at once where the search of the
    # whole head for "is" or "are" would not.
    if _opens_with_condition(text, sentence[0], pos) and _PRESENT_BE.search(head):
        return "void"  # "Should the deadline pass, the truce is over": so is a present one
    if (
        " will " in f" {head} "
        and lexicon.future.search(head)
        and _opens_with_condition(text, sentence[0], pos)
    ):
        # "If it holds, the envoy will ask the parties to extend it and to begin talks":
        # the future of the clause, however far back, is the condition's.
        return "void"
    return "real"


def _coordinated_base(text: str, head: str, pos: int) -> bool:
    """Whether the verb at ``pos`` is a base form right after "and" or "or": it shares the
    modal of the verb before it ("a truce will be announced at 9 p.m. and take effect at
    midnight"), however far back that stands in the clause."""
    if not head.endswith((" and ", " or ")):
        return False
    end = pos
    while end < len(text) and text[end].isalpha():
        end += 1
    word = text[pos:end].lower()
    return len(word) > 1 and not word.endswith(("s", "ed", "ing"))


def _conditional_modal(text: str, start: int, pos: int, lexicon: AgreementLexicon) -> bool:
    """Whether the sentence from ``start`` opens with a condition and holds a modal before
    ``pos``, with no quotation between: a quoted condition ('"If Russia wants peace, it
    must stop," he wrote, adding that ...') is the quote's, not the reporting clause's."""
    if any(mark in text[start:pos] for mark in _QUOTE_MARKS):
        return False
    if not _opens_with_condition(text, start, pos):
        return False
    # ``irrealis`` takes the character before its words: the one before ``start``, or a
    # blank at the text's start.
    if start > 0:
        return lexicon.irrealis.search(text, start - 1, pos) is not None
    return lexicon.irrealis.search(f" {text[:pos]}") is not None


def _opens_with_condition(text: str, start: int, pos: int) -> bool:
    """``_OPENING_CONDITION`` from ``start`` to ``pos``. A match holds a comma and one of
    its condition words: looked for first, since the branch for a reported clause tries
    "that" at every position."""
    if text.find(",", start, pos) < 0:
        return False
    if not any(text.find(word, start, pos) >= 0 for word in _CONDITION_WORDS):
        return False
    return _OPENING_CONDITION.match(text, start, pos) is not None


def negation(text: str, clause_start: int, pos: int, lexicon: AgreementLexicon) -> str:
    """``reject`` for "did not agree", ``deny`` for "never agreed", ``void`` for "has yet
    to", else ``none``."""
    head = lowered(text[clause_start:pos])
    # An adverb set off by commas keeps the verb negated: "did not, however, tear up"
    # (the commas may have opened the clause).
    if "," in text[max(0, clause_start - 2) : pos]:
        wider = lowered(text[max(0, clause_start - 40) : pos])
        # The aside ends in a comma and blanks, which most heads do not: its look backs,
        # tried at every character, cost more than the rest of this function.
        aside = _NEGATION_ASIDE.search(wider) if wider.rstrip().endswith(",") else None
        if aside is not None:
            head = wider[: aside.start()] + " "
    # Negation stays next to its verb: "not a solution," and called for ... is no denial.
    # Only the words after the last mark count: found with rfind, not by splitting.
    cut = -1
    for mark in _SPLIT_MARKS:
        cut = max(cut, head.rfind(mark))
    local = head[cut + 1 :]
    window = " ".join(last_words(local, lexicon.negation_window))
    if lexicon.negation_void.search(f" {window}") or lexicon.embedded_void.search(head):
        return "void"
    if lexicon.negation_reject.search(f" {window}"):
        return "deny" if lexicon.negation_denial.search(window) else "reject"
    return "none"


def settle(
    status: Status, negated: str, modality: Mood, role: Role, hypothetical: bool
) -> tuple[Status | None, bool]:
    """The status the text asserts after negation, mood and the mention's role.

    Returns the status (or None) and whether it was moved by the future tense.
    """
    if negated == "void" or modality == "void":
        return None, False
    if negated in ("reject", "deny"):
        if status not in ("agreed", "accepted") or (negated == "deny" and status == "agreed"):
            return None, False  # "they have never agreed to a truce": none was made
        status = "rejected"
    moved = False
    if modality == "future":
        if status == "in_effect":
            status, moved = "agreed", True
        elif status not in _FUTURE_OK:
            return None, False
    if role == "talks":
        if status in ("rejected", "proposed", "accepted", "collapsed", "suspended"):
            # Refusing, offering or being open to talks is not talking yet; talks that
            # broke down or were put on hold end as they do.
            return status, moved
        if status not in _TALKS_OK:
            return None, False
        status = "negotiating"
    elif role == "proposal" and status in _PROPOSAL_STATUS:
        # Agreeing to someone's proposal is accepting it; renewing an offer makes it
        # again. ("sabotaging the initiative" may well break the deal it became.)
        status = _PROPOSAL_STATUS[status]
    if hypothetical and status not in _STANCES:
        return None, False
    return status, moved


_TIME_ENDS: Final = frozenset(
    [
        "night",
        "week",
        "month",
        "year",
        "morning",
        "afternoon",
        "evening",
        "today",
        "yesterday",
        "overnight",
    ]
)
"""Last words of a time phrase that opens with no capital ("last week", "today")."""


def unasserted_infinitive(
    text: str, clause_start: int, pos: int, lexicon: AgreementLexicon
) -> bool:
    """True for "to extend" governed by a word that does not assert it ("no order ... to").

    "agreed to extend" asserts the extension; "an order from Putin to extend" does not.
    """
    # A quote may open at the verb: 'urged both sides to "return to the truce"'.
    before = text[clause_start:pos].rstrip().rstrip("\"\u201c'\u2018")
    head = last_words(before, 3)
    if len(head) == 3 and head[-1].lower() == "be" and head[-2].lower() == "to":
        head = head[:-1]  # "expected the truce to be finalised": the passive infinitive
    if len(head) < 2 or head[-1].lower() != "to":
        return False
    if head[-2].lower().strip(",.;:“”\"'") in lexicon.assertive_governors:
        return False
    if head[-2][:1].isupper() or head[-2].lower() in _TIME_ENDS:
        # "decided on Wednesday to withdraw": the governor is the word before the time.
        bare = before[: len(before) - 2].rstrip()
        time = lexicon.grammar.governor_time.search(bare, max(0, len(bare) - 40))
        if time is not None:
            governor = last_words(bare[: time.start()], 1)
            if governor and governor[0].lower() in lexicon.assertive_governors:
                return False
    # "the first cargo ship to leave": the infinitive of an ordinal's noun tells a fact.
    if lexicon.ordinal_subject.search(before, max(0, len(before) - 60)) is not None:
        return False
    return not _ordered(before, lexicon)


_ORDER_WINDOW: Final = 8
"""Words from an ordering verb to the "to" of the act it orders, its object between."""


def _ordered(head: str, lexicon: AgreementLexicon) -> bool:
    """True for a clause ``head`` ending "ordered Russian forces in Ukraine to",
    "instructed the minister to": the act after "to" is ordered of those named, which the
    order asserts."""
    words = last_words(head, _ORDER_WINDOW)
    if words and words[-1].lower() == "be":
        words = words[:-1]  # "ordered the deal to be extended"
    for word in reversed(words[:-1]):  # the words before "to"
        low = word.lower().strip(",.;:\u201c\u201d\"'")
        if low in lexicon.ordering_governors:
            return True
        if low in ("that", "who", "which") or word.endswith((",", ";", ":")):
            return False
    return False


_CAUSED_WINDOW: Final = 8
"""Words between a causative verb and the act it causes ("make Thailand and Cambodia agree")."""


def caused(text: str, clause_start: int, pos: int, lexicon: AgreementLexicon) -> bool:
    """True for an act someone means to make others do: "used tariffs to make the two
    countries agree to a ceasefire", "tried to get both sides to accept". Told without
    the "to" ("persuaded Israel to accept", "made them agree") the act happened."""
    head = last_words(text[clause_start:pos], _CAUSED_WINDOW)
    words = head[:-1] if head and head[-1].lower() == "to" else head
    for i in range(len(words) - 1, 0, -1):
        word = words[i]
        low = word.lower().strip(",.;:\u201c\u201d\"'")
        if low in lexicon.causatives:
            return words[i - 1].lower() == "to"
        if low in ("that", "who", "which") or word.endswith((",", ";", ":")):
            return False
    return False


def background(
    text: str,
    clause_start: int,
    pos: int,
    cue: str,
    lexicon: AgreementLexicon,
    sentence: tuple[int, int] | None = None,
    cue_end: int | None = None,
) -> bool:
    """True when a mention opens a temporal clause ("since the moratorium began").

    "hours before the truce ended" still tells that it ended: a past-tense ``cue``
    after "before" is news, unless the sentence renewed the agreement before the
    "before" and the end is told bare ("the extension was agreed on Friday, before it
    lapsed"): then the end was headed off. One told with its own date or cause ("was
    extended twice before it ran out on October 2") happened. A start dated by its clock
    in a "since" clause ("since the ceasefire came into force at 01:00") is told too.
    ``sentence`` and ``cue_end`` give the look back and the look ahead; without them it
    is news.
    """
    found = lexicon.temporal_background.search(text, clause_start, pos)
    if found is None:
        return False
    word = found.group("word").lower()
    determiner = text[found.end("word") : found.end()].lstrip().lower()
    if determiner.startswith(("a ", "an ")):
        # "since a short-lived truce collapsed": an agreement introduced here is news.
        return False
    if _time_phrase_closed(determiner.split(), lexicon):
        # "Since that ceremony the ceasefire has held": the fronted time phrase ended
        # without a comma; the agreement is the clause's subject, not the phrase's object.
        return False
    if (
        word == "since"
        and cue_end is not None
        and sentence is not None
        and lexicon.grammar.clock_after.match(text, cue_end, sentence[1]) is not None
    ):
        return False  # "since the ceasefire came into force at 01:00": its start, told
    if word in ("before", "prior to") and lexicon.grammar.past_forms.match(cue):
        if sentence is None or cue_end is None:
            return False
        bare = text[cue_end : sentence[1]].lstrip(" \u201d\"'")[:1] in ("", ",", ".", ";", ")")
        return bare and _pre_empted(text[sentence[0] : found.start()], lexicon)
    return True


_SUBJECT_OPENERS = frozenset(("the", "a", "an", "this", "its", "their", "his"))


def _time_phrase_closed(words: list[str], lexicon: AgreementLexicon) -> bool:
    """Whether a determiner opens a new phrase after a word that is no preposition in the
    words between "since"/"before" and the agreement ("Thursday the", "then a"), where
    "the start of the" still leads up to it."""
    return any(
        low in _SUBJECT_OPENERS and before.lower() not in lexicon.prepositions
        for before, low in zip(words, (w.lower() for w in words[1:]), strict=False)
    )


def _pre_empted(head: str, lexicon: AgreementLexicon) -> bool:
    """Whether ``head``, the sentence before "before it expired", renews the agreement:
    "renewed the truce hours", not "efforts to extend the truce failed hours"."""
    renewal, unless = lexicon.pre_empted
    return renewal.search(head) is not None and unless.search(head) is None
