"""Agreement status observations from article text.

``extract_observations`` finds every mention of an agreement (ceasefire, truce, pause
or moratorium on a class of strikes, prisoner exchange, peace deal, talks on any of
these) and says what the article asserts about each: a status, whose act it is
(``by``), who alleges it (``claimed_by``), the sides bound, scope, kind, duration and
the words that say so.

Only sentences naming an agreement are read closely. A sentence's mentions are
resolved (``agreement_refs``), the status words in it are attached to them
(``agreement_status``), and each assertion becomes a claim (``agreement_claims``,
``agreement_own_claims``) and then an observation (``agreement_observations``).
Violations told without naming the agreement ("Russian drones hit energy sites again")
come from ``agreement_violations``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Final, cast

from processors.actors import ActorMention, Gazetteer
from processors.agreement_claims import cue_claims
from processors.agreement_context import ArticleContext, Claim
from processors.agreement_lexicon import AgreementLexicon, load_agreement_lexicon
from processors.agreement_mentions import Mention, find_mentions
from processors.agreement_observations import Facts, observe
from processors.agreement_own_claims import own_claims, spread
from processors.agreement_refs import about_other, refer, resolve
from processors.agreement_status import attach_cues, find_cues, follows_cue
from processors.agreement_text import Sentences, folded, sentences_of
from processors.agreement_violations import attack_violations
from processors.model import Article, Observation, Scope, Statement, Status
from processors.parties import conflicts_told, find_actors

__all__ = ["AgreementLexicon", "extract_observations", "load_agreement_lexicon"]

_ESTABLISHED: Final[frozenset[Status]] = frozenset({"agreed", "in_effect", "extended"})
_ENDED: Final[frozenset[Status]] = frozenset({"expired", "collapsed", "suspended"})
# Only asked for or refused: a start it names is of a truce that may never be, so it does not
# hold back one already in force ("called for a 30-day ceasefire starting Monday").
_UNMADE: Final[frozenset[Status]] = frozenset({"proposed", "accepted", "rejected", "negotiating"})
_NEEDS_STANDING: Final[frozenset[Status]] = frozenset(
    {"violated", "collapsed", "expired", "suspended", "extended"}
)


def extract_observations(
    article: Article,
    statements: tuple[Statement, ...],
    gazetteer: Gazetteer,
    lexicon: AgreementLexicon,
    actor_mentions: Iterable[ActorMention] | None = None,
) -> tuple[Observation, ...]:
    """Every agreement status the article asserts, in text order.

    ``statements`` (from ``processors.statements``) tell who says what; they may be
    empty, in which case attributions are read from the sentence itself.
    ``actor_mentions`` are the gazetteer's mentions of the text, if the caller has
    them (``actors.scan_mentions``): the text is then not scanned for actors again.
    """
    text = article.text
    specs = lexicon.mention_specs
    scan = lexicon.words.scan(text)
    # A pronoun counts only as the object of a status word: "withdrew from it".
    matches = []
    named_end = 0  # where the last agreement named in words (no pronoun) ends
    for m in lexicon.mentions.finditer(text, scan=scan):
        if not specs[m.lastgroup or ""].anaphor:
            matches.append(m)
            named_end = m.end()
        elif follows_cue(text, m.start(), lexicon, scan) and not _war_pronoun(
            text, named_end, m.start()
        ):
            matches.append(m)
    if not matches:
        return ()
    sentences = sentences_of(text, lexicon.abbreviations)
    actors = find_actors(text, gazetteer, lexicon, actor_mentions, article.published)
    context = ArticleContext(article, statements, actors, lexicon, scan)
    antecedents: list[Mention] = []
    found: list[Observation] = []
    established: list[Observation] = []
    in_force: set[str] = set()
    loose: dict[int, str] = {}
    named: set[str] = set()
    for sentence, group in _by_sentence(matches, sentences):
        mentions = find_mentions(text, sentence, group, context.actors, lexicon)
        named.update(m.scope for m in mentions if _names_scope(m))
        for obs, moved, unscoped in _sentence(context, sentence, mentions, antecedents, in_force):
            if unscoped is not None:
                loose[len(found)] = unscoped
            found.append(obs)
            if obs.status in _ESTABLISHED and not moved:
                established.append(obs)
            if obs.status in _ESTABLISHED:
                in_force.add(obs.agreement.scope)
    if loose:
        found = _scoped_by_article(found, loose, named)
    # Attacks after a truce ran out or broke down are war, not violations.
    ended = {obs.agreement.id for obs in found if obs.status in _ENDED}
    standing = [obs for obs in established if obs.agreement.id not in ended]
    if standing:
        found.extend(
            attack_violations(
                article, sentences, standing, statements, context.actors, lexicon, scan
            )
        )
    found = _open_ended(
        _term_ends(
            _not_begun_yet(found, article.published, context.exact_starts, lexicon), text, lexicon
        ),
        text,
        lexicon,
    )
    return _dedupe(_not_over_yet(found, article.published), lexicon.months)


# Nouns of a war or of its violence, which a pronoun may stand for: "ending it".
_WAR_NOUN: Final = re.compile(
    r"\b(?:wars?|conflict|fighting|violence|bloodshed|insurgency|rebellion|uprising|siege|"
    r"blockade|occupation)\b(?!-)",
    re.IGNORECASE,
)


def _war_pronoun(text: str, named_end: int, pos: int) -> bool:
    """Whether the pronoun at ``pos`` stands for a war its own sentence names, with no
    agreement named in that sentence before it: "Yeltsin said the war had become a
    burden and that he was taking responsibility for ending it"."""
    start = max(named_end, pos - 240)
    window = text[start:pos]
    stop = max(window.rfind(". "), window.rfind("? "), window.rfind("! "), window.rfind("\n"))
    if stop < 0 and start == named_end:
        return False  # an agreement named earlier in the sentence: the usual antecedent
    return _WAR_NOUN.search(window, stop + 1) is not None


def _names_scope(mention: Mention) -> bool:
    """Whether a mention tells an agreement's scope in words of its own: a scope word, or
    a trigger that is no deal word, status noun, pronoun or bare noun ("the extension",
    "discuss it", "the pause" refer back), nor one that yields to the article's scope."""
    spec = mention.spec
    if spec.yields_to is not None:
        return False
    if mention.scoped:
        return True
    return not (spec.wrapper or spec.orphan or spec.anaphor or spec.bare or mention.anaphoric)


_OWN_SCOPE: Final[frozenset[str]] = frozenset({"general", "prisoner_exchange"})
"""Scopes loose deal words are not given: a general truce is the default reading anyway,
and a swap is often named beside the wider deal that provides for it."""


def _scoped_by_article(
    found: list[Observation], loose: dict[int, str], named: set[str]
) -> list[Observation]:
    """Deal words the article never scopes, given the one scope its agreements have.

    "The deal was signed in Istanbul", "the July 22 agreement between Russia and
    Ukraine": a live blog or a lead may call the deal so before (or without) the words
    that say what it covers ("the grain deal", further down). When every agreement the
    article ``named`` in words of its own (scope words or a trigger) has one scope, and
    that is not a general one ("a ceasefire", "the truce") or a swap, those deal words
    are that agreement. A trigger that ``yields_to`` a scope (``loose`` holds it) takes
    only that one: the humanitarian corridor of a grain story is the sea corridor.
    """
    if len(named) != 1 or named & _OWN_SCOPE:
        return found
    scope = cast(Scope, next(iter(named)))
    out = list(found)
    for i, only in loose.items():
        if only and only != scope:
            continue
        agreement = found[i].agreement
        sides = agreement.id.rsplit("/", 1)[0]  # the key's sides, as observe() keyed them
        out[i] = replace(found[i], agreement=replace(agreement, id=f"{sides}/{scope}", scope=scope))
    return out


def _term_ends(found: list[Observation], text: str, lexicon: AgreementLexicon) -> list[Observation]:
    """Extensions without the end they give, in an article that says what was extended
    is a term of the agreement ("effectively extending the deadline for the pullout"):
    the new date is the deadline's, and the agreement itself has no end from it."""
    if not any(o.status == "extended" and o.agreement.ends is not None for o in found):
        return found  # the usual case
    if lexicon.term_extended.search(folded(text)) is None:
        return found
    return [
        replace(obs, agreement=replace(obs.agreement, ends=None, duration_days=None))
        if obs.status == "extended"
        else obs
        for obs in found
    ]


def _open_ended(
    found: list[Observation], text: str, lexicon: AgreementLexicon
) -> list[Observation]:
    """Agreements without the end the article gives them, when it also says they have
    none: "Pakistan said they agreed to extend the ceasefire until May 18 ... India said
    there was no expiry date". One side's end, denied in the same story, is no fact; nor
    is an extension to that end, which is all the extension told."""
    if not any(o.agreement.ends is not None for o in found):
        return found  # the usual case
    if lexicon.open_ended.search(text) is None:
        return found
    return [
        replace(obs, agreement=replace(obs.agreement, ends=None, duration_days=None))
        if obs.agreement.ends is not None
        else obs
        for obs in found
        if obs.status != "extended" or obs.agreement.ends is None
    ]


def _not_over_yet(found: list[Observation], published: datetime | None) -> list[Observation]:
    """No expiry for an agreement whose stated end is still ahead of the article: "The
    ceasefire expires at 00:00 on Saturday, 3 August", told on 30 July, gives the end it
    will run out at (kept by the article's other observations of it), not an end reached."""
    if published is None:
        return found
    return [
        obs
        for obs in found
        if obs.status != "expired" or obs.agreement.ends is None or obs.agreement.ends <= published
    ]


def _not_begun_yet(
    found: list[Observation],
    published: datetime | None,
    exact: set[datetime],
    lexicon: AgreementLexicon,
) -> list[Observation]:
    """In force is agreed for an agreement the article says starts later.

    "The truce enters into force on Thursday at 06:00 ... troops were ordered to observe
    the truce": an order to keep a truce not yet begun tells its terms, not its start.
    ``exact`` are the starts read with a named zone; any other start, a clock read as
    UTC, must lie well ahead ("from 08:00 on Monday" in Baku has begun at 06:30 UTC).
    Talks share the key of the truce they follow but start on their own day: "the truce
    has taken effect ... negotiations are due to begin on Monday" leaves the truce begun.
    So does an end told with its time ("lifting the ceasefire effective 7 p.m. today"):
    the time is the end's, not a start still ahead. A start named only in a proposal, a
    refusal or talks holds nothing back: that truce may never be.
    """
    if published is None:
        return found
    ahead = {
        obs.agreement.id
        for obs in found
        if obs.agreement.starts is not None
        and obs.agreement.kind != "talks"
        and obs.status not in _ENDED
        and obs.status not in _UNMADE
        and obs.agreement.starts
        > (published if obs.agreement.starts in exact else published + lexicon.loose_clock)
    }
    if not ahead:
        return found
    return [
        replace(obs, status="agreed")
        if obs.status == "in_effect" and obs.agreement.starts is None and obs.agreement.id in ahead
        else obs
        for obs in found
    ]


def _by_sentence(
    matches: list[re.Match[str]], sentences: Sentences
) -> Iterator[tuple[tuple[int, int], list[re.Match[str]]]]:
    """Trigger matches grouped by the sentence they stand in, in text order."""
    current: tuple[int, int] | None = None
    group: list[re.Match[str]] = []
    for match in matches:
        if current is None or match.start() >= current[1]:
            if current is not None and group:
                yield current, group
            current, group = sentences.around(match.start()), []
        if match.end() <= current[1]:
            group.append(match)
    if current is not None and group:
        yield current, group


def _sentence(
    context: ArticleContext,
    sentence: tuple[int, int],
    mentions: list[Mention],
    antecedents: list[Mention],
    standing: set[str],
) -> list[tuple[Observation, bool, str | None]]:
    """Observations of one sentence, each with whether the future tense moved it and
    whether it comes from deal words that give no scope ("the agreement": "") or from a
    trigger that yields to another scope (that scope); None for the rest.

    ``antecedents`` (the article's agreements so far) grows with this sentence's;
    ``standing`` are the scopes of agreements the article has told as agreed or in
    effect, which is what "breaking the deal" can refer to.
    """
    text = context.article.text
    lexicon = context.lexicon
    usable: list[Mention] = []
    # "" for deal words that name no scope ("the agreement"; not talks), the scope a
    # trigger yields to, or None for the rest.
    unscoped: list[str | None] = []
    remembered: dict[int, int] = {}
    position: dict[int, int] = {}
    elsewhere = _other_story(context, sentence, antecedents)
    for i in range(len(mentions)):
        visible = antecedents
        if elsewhere:
            visible = [a for k, a in enumerate(antecedents) if k not in elsewhere]
        resolved = resolve(text, mentions, i, visible, lexicon)
        if resolved is None:
            if about_other(text, mentions[i], lexicon):
                antecedents.append(mentions[i]._replace(void=True))
            continue
        position[i] = len(usable)
        usable.append(resolved)
        raw = mentions[i]
        if raw.spec.yields_to is not None:
            unscoped.append(raw.spec.yields_to)
        elif raw.spec.wrapper and raw.spec.role == "deal" and not raw.scoped:
            unscoped.append("")
        else:
            unscoped.append(None)
        if not (resolved.spec.wrapper and not resolved.scoped) and not resolved.spec.orphan:
            remembered[len(usable) - 1] = len(antecedents)
            antecedents.append(resolved)
    if not usable or _asks(text, sentence, lexicon):
        return []  # questions assert nothing
    # Wrappers point at mentions by index; keep those that survived.
    usable = [
        m._replace(inner=tuple(position[j] for j in m.inner if j in position)) if m.inner else m
        for m in usable
    ]
    for wrapper in usable:
        if wrapper.spec.role in ("talks", "proposal"):
            for j in wrapper.inner:
                slot = remembered.get(j)
                if slot is not None:
                    antecedents[slot] = antecedents[slot]._replace(sought=True)
    cues = find_cues(text, sentence, usable, lexicon, context.scan)
    attachments = attach_cues(text, usable, cues, lexicon)
    claims: list[Claim] = []
    for attachment in attachments:
        claims.extend(cue_claims(context, sentence, usable, attachment))
    claims.extend(own_claims(context, sentence, usable, {a.mention for a in attachments}))
    out = []
    seen: dict[int, Facts] = {}
    for claim in _distinct(spread(text, usable, claims, lexicon)):
        claim = _framed_halt(text, claim, usable, lexicon)
        claim = _standing_referent(claim, usable, antecedents, standing)
        obs = observe(context, sentence, usable, claim, seen)
        if obs is None:
            continue
        # A claim pointed at an earlier agreement (appended to usable) is no loose word.
        loose = unscoped[claim.mention] if claim.mention < len(unscoped) else None
        out.append((obs, claim.moved, loose))
        # Later references to this agreement bind the same sides.
        slot = remembered.get(claim.mention)
        if slot is not None and antecedents[slot].parties is None:
            antecedents[slot] = antecedents[slot]._replace(parties=obs.agreement.parties)
    return out


def _other_story(
    context: ArticleContext, sentence: tuple[int, int], antecedents: list[Mention]
) -> frozenset[int]:
    """The indices of the antecedents that belong to another story than ``sentence``'s.

    A roundup tells two wars in turn: "the declaration" or "the July ceasefire" in a
    passage naming Thailand and Cambodia is theirs, not the Sudan truce of the paragraph
    before. So when the sentence, or its paragraph up to it, names both sides of a known
    conflict, an agreement whose sides it does not name at all is out of its reach.
    """
    if not any(a.parties for a in antecedents):
        return frozenset()
    # The sentence's own actors, then its paragraph's so far: a fixed window before it may
    # still reach into the story before.
    paragraph = context.article.text.rfind("\n", 0, sentence[0]) + 1
    for start in (sentence[0], paragraph):
        # Who is named, not how often: a dict, which compiled builds natively (a Counter
        # runs its Python-level constructor, twice for most sentences read).
        named = {hit.actor: 1 for hit in context.actors.between(start, sentence[1])}
        if conflicts_told(named, context.lexicon):
            return frozenset(
                k
                for k, a in enumerate(antecedents)
                if a.parties and not any(side in named for side in a.parties)
            )
    return frozenset()


def _asks(text: str, sentence: tuple[int, int], lexicon: AgreementLexicon) -> bool:
    """True for a question: one that ends in "?", or any sentence of a reporter's turn
    in a transcript ("Q: X says Russia rejects every proposal. Your comment?")."""
    if text[sentence[0] : sentence[1]].rstrip("\"\u201d\u2019' )").endswith("?"):
        return True
    line = text.rfind("\n", 0, sentence[0]) + 1
    return lexicon.grammar.question_turn.match(text, line, sentence[1]) is not None


_HALTS: Final = frozenset(("ceasefire", "pause"))
# Led by its first letters, each then looking back for a word start: the engine skips to
# those letters, where a pattern led by a word boundary is tried at every character.
_IN_MONTH: Final = re.compile(
    r"(?:I(?<!\w.)n|i(?<!\w.)n|D(?<!\w.)uring|d(?<!\w.)uring) ([A-Z][a-z]+)\b(?! \d)"
)
"""A month a recap dates its event by ("in March the rebels observed a halt"); not a
date with its day ("on March 9"), which may be news of days ago."""
_RECAP_MONTHS: Final = 5
"""How many months back a bare "in <month>" may date a recap."""
_LAST: Final = re.compile(r"\b[Ll]ast ([A-Za-z]+)\b")
"""A word that "last" dates: "last year", "last August"."""
# Led by the century's digits, the look-behind after them, so the engine skips to them.
_YEAR: Final = re.compile(r"(?:19|20)(?<![\w-]..)\d\d(?![\w-])(?!\s?(?:GMT|UTC)\b)")
"""A year named in a sentence ("took effect in August 2024", "the 2021 understanding");
not a wire clock ("from midnight (2000 GMT on Saturday)")."""
"""Families of agreements that a halt of fighting keeps (a swap is no halt)."""


def _framed_halt(
    text: str, claim: Claim, usable: list[Mention], lexicon: AgreementLexicon
) -> Claim:
    """A halt told as a term of an agreement the sentence names before it: "during the
    truce Israeli forces would halt all military action", "under the deal, troops will
    stop attacks". It is that agreement's, binding both sides, not a ceasefire of its
    own nor one side's stance."""
    mention = usable[claim.mention]
    spec = mention.spec
    if not spec.verbal or mention.scoped or spec.family not in _HALTS:
        return claim  # the usual case
    frame_at = lexicon.grammar.term_frame
    for index in range(len(usable) - 1, -1, -1):
        frame = usable[index]
        if frame.spec.verbal or frame.end > mention.start:
            continue
        start = frame.np_start
        if frame_at.search(text, max(0, start - 30), start) is not None:
            return claim._replace(mention=index, by=None)
    return claim


def _standing_referent(
    claim: Claim, usable: list[Mention], antecedents: list[Mention], standing: set[str]
) -> Claim:
    """Point "accusing each other of breaking the deal" at an agreement that stands.

    A bare reference ("the deal", "it") whose status needs an agreement in force
    (violated, collapsed, expired ...) is about the latest agreement the article told
    as agreed or in effect, not a proposal named since.
    """
    mention = usable[claim.mention]
    pronoun = mention.spec.wrapper or mention.spec.family == "anaphor"
    # "RSF forces have stopped all offensive operations" while the article's truce is in
    # force: keeping that truce, not a ceasefire of its own.
    halt = mention.spec.verbal and not mention.scoped and claim.status == "in_effect"
    if halt and standing and mention.scope not in standing:
        if any(not u.spec.verbal and u.spec.family in _HALTS for u in usable):
            return claim  # "declared the truce, ordering forces to halt": that truce
        pool = [
            a
            for a in antecedents
            if a.scope in standing and a.start < mention.start and a.spec.family in _HALTS
        ]
        found = refer(mention, pool, "any")
        if found is None:
            return claim
        usable.append(found)
        return claim._replace(mention=len(usable) - 1)
    if claim.status not in _NEEDS_STANDING or not (mention.anaphoric and pronoun) or not standing:
        return claim
    if mention.scope in standing:
        return claim
    # "the 2022 grain deal ... before Russia withdrew from it": the one named just now;
    # so is a truce the sentence calls back by its noun ("asked about the ceasefire's
    # term, said it has renewed itself"), which points the pronoun at that truce.
    scope = mention.scope
    if any(
        u.start < mention.start
        and u.scope == scope
        and (not u.anaphoric or (u.definite and u.spec.family in _HALTS))
        for u in usable
    ):
        return claim
    pool = [a for a in antecedents if a.scope in standing and a.start < mention.start]
    found = refer(mention, pool, "any")
    if found is None:
        return claim
    usable.append(found)
    return claim._replace(mention=len(usable) - 1)


def _distinct(claims: list[Claim]) -> list[Claim]:
    """One claim per mention, status and actor: the weightiest."""
    best: dict[tuple[int, str, str | None], Claim] = {}
    for claim in claims:
        key = (claim.mention, claim.status, claim.by)
        if key not in best or claim.weight > best[key].weight:
            best[key] = claim
    return list(best.values())


def _dedupe(found: Sequence[Observation], months: Mapping[str, int]) -> tuple[Observation, ...]:
    """One observation per agreement, status, actor and instance; the most confident wins,
    except that a recap dated to an earlier year (or month) never shadows one that is not.

    "A ceasefire brokered by Angola took effect in August 2024" and "initialled a peace
    agreement on Wednesday" may give the same key and status: the tracker sets the dated
    recap aside as history, so keeping only it would lose the news. ``months``: the
    lexicon's month names, which date "last August" in a July article to the year before.
    """
    best: dict[tuple[str, str, str | None, str | None], Observation] = {}
    # The rank of the observation held for a key, once read: a key met three times
    # would otherwise read the sentence of the one held again (its dates are regexes).
    ranks: dict[tuple[str, str, str | None, str | None], tuple[bool, bool, bool, float]] = {}
    for obs in found:
        key = (obs.agreement.id, obs.status, obs.by, obs.agreement.label)
        held = best.get(key)
        if held is None:
            best[key] = obs
            continue
        rank = _rank(obs, months)
        held_rank = ranks.get(key)
        if held_rank is None:
            held_rank = _rank(held, months)
        if rank > held_rank:
            best[key] = obs
            ranks[key] = rank
        else:
            ranks[key] = held_rank
    return tuple(sorted(best.values(), key=lambda o: o.evidence.span))


def _rank(obs: Observation, months: Mapping[str, int]) -> tuple[bool, bool, bool, float]:
    """How ``_dedupe`` weighs an observation: news before recaps (of an earlier year, then
    of a recent month), then one that tells when the agreement starts or ends, then
    confidence.

    "The truce is to begin at midnight on Saturday" and "the third halt agreed this year"
    give the same key and status; only the first says when the clock starts, and losing
    it leaves the tracker to guess the end from the article's time.
    """
    agreement = obs.agreement
    timed = agreement.starts is not None or agreement.ends is not None
    return (
        not _dated_earlier(obs, months),
        not _earlier_month(obs, months),
        timed,
        obs.confidence,
    )


def _earlier_month(obs: Observation, months: Mapping[str, int]) -> bool:
    """Whether the sentence dates its event to a month before its article's ("Around the
    elections in March the ELN observed a five-day halt", in a May article): a recap,
    which must not shadow the article's own news of the same status ("the truce began
    overnight"). Only run on observations that share a key, not on every sentence."""
    published = obs.published
    if published is None:
        return False
    for found in _IN_MONTH.finditer(obs.evidence.sentence):
        month = months.get(found.group(1).lower())
        # Counted back across the new year ("in November", in a February article); a month
        # more than five back is more likely ahead ("talks to resume in January", told in
        # December), so it is no recap.
        if month is not None and 0 < (published.month - month) % 12 <= _RECAP_MONTHS:
            return True
    return False


def _dated_earlier(obs: Observation, months: Mapping[str, int]) -> bool:
    """Whether the observation's sentence names a year before its article's, in full or
    as "last year", or a month that "last" puts in the year before: "the peace agreement
    signed last August", in a July article."""
    published = obs.published
    if published is None:
        return False
    sentence = obs.evidence.sentence
    if any(int(found) < published.year for found in _YEAR.findall(sentence)):
        return True
    if "last " not in sentence:
        return False  # the usual case
    for found in _LAST.finditer(sentence):
        word = found.group(1)
        if word == "year":
            return True
        month = months.get(word.lower()) if word[:1].isupper() else None
        if month is not None and month >= published.month:
            return True
    return False
