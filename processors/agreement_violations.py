"""Violations told without naming the agreement.

"These nighttime attacks by Russia continue to destroy our energy sector," says a
Ukrainian leader the day after an energy-strike pause was agreed: no trigger word, yet a
violation alleged. Once an article has an agreement protecting a class of targets
(energy infrastructure, shipping) agreed or in effect, a later sentence that reports
attacks on that class as going on again, still, or despite it, is a violation by the
attacker, claimed by whoever says so.
"""

from __future__ import annotations

from collections.abc import Sequence

from processors.agreement_lexicon import AgreementLexicon
from processors.agreement_status import mood, negation
from processors.agreement_text import Sentences, clause_of, last_words, lowered
from processors.model import Article, Evidence, Observation, Statement
from processors.parties import ArticleActors, other_side, speaker_at
from processors.word_patterns import WordScan


def attack_violations(
    article: Article,
    sentences: Sentences,
    established: Sequence[Observation],
    statements: Sequence[Statement],
    actors: ArticleActors,
    lexicon: AgreementLexicon,
    scan: WordScan | None = None,
) -> list[Observation]:
    """Violations of agreements in effect, read from attacks reported after them.

    ``established`` are the article's observations asserted as fact (not as future);
    ``scan`` is the article's scan by ``lexicon.words``, if made.
    """
    protected: dict[str, Observation] = {}
    for basis in established:
        scope = basis.agreement.scope
        if (
            basis.status in lexicon.attack_protected
            and scope in lexicon.attack_scopes
            and scope not in protected
            and not _not_yet_begun(basis)
        ):
            protected[scope] = basis
    if not protected:
        return []
    text = article.text
    out: list[Observation] = []
    since = sentences.around(min(obs.evidence.span[0] for obs in protected.values()))[0]
    done = -1
    # Only sentences that report an attack, from the agreement's own sentence on.
    for attack in lexicon.attack.finditer(text, since, scan=scan):
        if attack.start() < done:
            continue
        sentence = sentences.around(attack.start())
        done = sentence[1]
        if text[sentence[0] : sentence[1]].rstrip("\"\u201d\u2019' ").endswith("?"):
            continue
        for kind, basis in protected.items():
            found = _violation(text, sentence, kind, basis, statements, actors, lexicon, scan)
            if found is not None:
                out.append(found)
    return out


def _not_yet_begun(basis: Observation) -> bool:
    """Whether the agreement starts after the article: attacks it reports came before the
    start ("the truce takes effect on Sunday ... strikes continued on Friday and Saturday")
    and break nothing."""
    starts, published = basis.agreement.starts, basis.published
    return starts is not None and published is not None and starts > published


def _violation(
    text: str,
    sentence: tuple[int, int],
    scope: str,
    basis: Observation,
    statements: Sequence[Statement],
    actors: ArticleActors,
    lexicon: AgreementLexicon,
    scan: WordScan | None,
) -> Observation | None:
    # Attacks told as going on first: few sentences tell them so, and the scope words
    # are read from every word start of the sentence.
    if lexicon.continuity.search(text, sentence[0], sentence[1]) is None:
        return None
    # A general truce (or a humanitarian pause of all fire) covers every attack; a
    # partial one only its class of targets.
    said = lowered(text[sentence[0] : sentence[1]])
    target = next(
        (
            (sentence[0] + m.start(), sentence[0] + m.end())
            for m in lexicon.scope_right.finditer(said)
            if m.lastgroup == scope
        ),
        None,
    )
    if target is None and scope not in lexicon.attack_whole:
        return None
    if target is not None and not _asserted(text, sentence, target[0], lexicon):
        return None  # "did not say whether any had struck power plants"
    attacks = []
    for candidate in lexicon.attack.finditer(text, sentence[0], sentence[1], scan):
        before = " ".join(last_words(text[sentence[0] : candidate.start()], 3))
        if not lexicon.attack_blockers.search(before):
            attacks.append(candidate)
            if target is None:
                break
    # The attack on the targets is the one told nearest them: "a hospital was hit and
    # Russian drones struck two power stations".
    attack = min(attacks, key=lambda a: abs(a.start() - target[0])) if attacks and target else None
    attack = attack or (attacks[0] if attacks else None)
    if attack is None or mood(text, sentence, sentence[0], attack.start(), lexicon) == "void":
        return None
    parties = basis.agreement.parties
    speaker = speaker_at(text, sentence, attack.start(), statements, actors, lexicon)
    attacker = _attacker(text, sentence, attack.start(), attack.end(), actors, lexicon, speaker)
    victim = _victim(text, sentence, target[0], actors, speaker, lexicon) if target else None
    by = attacker or other_side(parties, victim) or other_side(parties, speaker)
    if by is None or by not in parties or by == victim:
        return None
    claimed_by = speaker if speaker != by else None
    start = min(attack.start(), target[0]) if target else attack.start()
    end = max(attack.end(), target[1]) if target else attack.end()
    return Observation(
        article_id=basis.article_id,
        published=basis.published,
        agreement=basis.agreement,
        status="violated",
        by=by,
        claimed_by=claimed_by,
        evidence=Evidence(sentence=text[sentence[0] : sentence[1]], span=(start, end)),
        confidence=0.6,
    )


def _asserted(text: str, sentence: tuple[int, int], pos: int, lexicon: AgreementLexicon) -> bool:
    """Whether the clause naming the targets tells of a real attack on them."""
    clause = clause_of(text, sentence, pos, lexicon.clause_breaks)
    return (
        mood(text, sentence, clause, pos, lexicon) != "void"
        and negation(text, clause, pos, lexicon) == "none"
    )


def _attacker(
    text: str,
    sentence: tuple[int, int],
    start: int,
    end: int,
    actors: ArticleActors,
    lexicon: AgreementLexicon,
    speaker: str | None,
) -> str | None:
    """Who attacks: "Russian drones", "Russia struck", "attacks by Russia"."""
    after = actors.between(end, min(sentence[1], end + 30))
    if after and lexicon.attack_by.search(text[end : after[0].start]):
        return after[0].actor
    before = actors.between(max(sentence[0], start - 30), start)
    if before:
        return before[-1].actor
    # Farther back, the nearest actor other than the speaker: "It spared Israel, which
    # has kept striking ...", "Egypt's army, no party to the deal, kept striking ...".
    for hit in reversed(actors.between(sentence[0], start)):
        if hit.actor != speaker:
            return hit.actor
    return None


def _victim(
    text: str,
    sentence: tuple[int, int],
    target: int,
    actors: ArticleActors,
    speaker: str | None,
    lexicon: AgreementLexicon,
) -> str | None:
    """Whose targets are hit: "Ukraine's energy sector", "our energy sector"."""
    before = text[max(sentence[0], target - 8) : target]
    if before.endswith(lexicon.grammar.speaker_possessives):
        return speaker
    near = actors.between(max(sentence[0], target - 25), target)
    if near and text[near[-1].end : target].strip() in ("", "\u2019s", "'s"):
        return near[-1].actor
    return None
