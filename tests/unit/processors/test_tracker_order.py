"""The order the tracker folds an article's observations in."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from tracker_checks import START, random_stream

from processors.model import STATUSES, Agreement, Evidence, Observation, Status
from processors.tracker import load_tracker_rules, tracking_order
from processors.tracker_order import order_key

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("seed", range(4))
def test_two_observations_go_in_the_order_of_a_stable_sort(seed: int) -> None:
    """``tracking_order`` orders a pair without ``sorted``: it must give the order the
    sort key gives, and keep a pair that ties (same key) as it came."""
    rules = load_tracker_rules()
    rng = random.Random(seed)
    stream = random_stream(seed, 30)
    for _ in range(200):
        first, second = rng.sample(stream, 2)
        draw = rng.random()
        if draw < 0.2:
            second = replace(first, confidence=0.5)  # another observation with the same key
        elif draw < 0.5:
            # The same article and time: the rank, position, status and parties decide.
            second = replace(
                first,
                status=rng.choice(STATUSES),
                by=rng.choice((None, "RUS", "UKR")),
                claimed_by=rng.choice((None, "RUS")),
                evidence=Evidence(first.evidence.sentence, (rng.choice((0, 50)), 60)),
            )
        pair = (first, second)
        ordered = tracking_order(pair, rules)
        # Talks told in the sentence of their agreement's outcome, or after it, are left out.
        kept = [
            obs
            for obs in pair
            if not _beside_outcome(obs, pair, rules.talks_outcomes)
            and not _after_outcome(obs, pair, rules.talks_after_outcome)
        ]
        expected = sorted(kept, key=order_key(rules))
        assert [id(obs) for obs in ordered] == [id(obs) for obs in expected]


def _beside_outcome(
    obs: Observation, found: tuple[Observation, ...], outcomes: frozenset[Status]
) -> bool:
    return obs.status == "negotiating" and any(
        other.status in outcomes
        and other.agreement.id == obs.agreement.id
        and other.evidence.sentence == obs.evidence.sentence
        for other in found
    )


def _after_outcome(
    obs: Observation, found: tuple[Observation, ...], outcomes: frozenset[Status]
) -> bool:
    rules = load_tracker_rules()
    return (
        obs.status == "negotiating"
        and rules.recent_day.search(obs.evidence.sentence) is None
        and any(
            other.status in outcomes
            and other.article_id == obs.article_id
            and other.agreement.id == obs.agreement.id
            and other.evidence.span[0] < obs.evidence.span[0]
            for other in found
        )
    )


def _told(status: Status, sentence: str, key: str = "COL+ELN/general") -> Observation:
    """One observation of an article of 9 June 2023."""
    sides = tuple(key.split("/", 1)[0].split("+"))
    agreement = Agreement(id=key, kind="ceasefire", scope="general", parties=sides)
    evidence = Evidence(sentence, (0, 10))
    return Observation("a1", START, agreement, status, None, None, evidence, 0.8)


_DECLARED = (
    "The government and the rebels declared a ceasefire on Friday and said they would "
    "open peace talks in Havana next month."
)
_ACCEPTED = (
    "The junta said it was ready to accept the Chinese plan after eight hours of talks "
    "with the alliance in Kunming."
)


@pytest.mark.parametrize(("outcome", "sentence"), [("agreed", _DECLARED), ("accepted", _ACCEPTED)])
def test_talks_beside_their_outcome_in_one_sentence_are_left_out(
    outcome: Status, sentence: str
) -> None:
    """The sentence's news is the agreement: its talks are the run-up or what it
    provides for, and start no negotiating alert of their own."""
    rules = load_tracker_rules()
    talks, told = _told("negotiating", sentence), _told(outcome, sentence)
    assert tracking_order((talks, told), rules) == (told,)
    other = _told("proposed", "Mediators put a draft to both delegations.")
    assert tracking_order((talks, other, told), rules) == (other, told)


def test_talks_in_another_sentence_or_beside_a_refusal_stay() -> None:
    """Talks told in a sentence of their own, beside a proposal or a refusal, or of
    another agreement, are news."""
    rules = load_tracker_rules()
    talks = _told("negotiating", "Delegations of both sides began talks in Jeddah on Saturday.")
    agreed = _told("agreed", "By Sunday they had agreed a week-long truce.")
    assert tracking_order((agreed, talks), rules) == (talks, agreed)
    refusal = (
        "Uganda's delegation said Kampala would not agree to a ceasefire while the talks "
        "are going on."
    )
    refused, heard = (
        _told("rejected", refusal, "LRA+UGA/general"),
        _told("negotiating", refusal, "LRA+UGA/general"),
    )
    assert tracking_order((refused, heard), rules) == (heard, refused)
    swap = _told("agreed", _DECLARED, "ELN+COL/prisoner_exchange")
    general = _told("negotiating", _DECLARED)
    assert tracking_order((swap, general), rules) == (general, swap)


def _at(status: Status, sentence: str, start: int, key: str = "ETH+TPLF/general") -> Observation:
    """An observation of an article of 9 June 2023 whose mention starts at ``start``."""
    sides = tuple(key.split("/", 1)[0].split("+"))
    agreement = Agreement(id=key, kind="ceasefire", scope="general", parties=sides)
    evidence = Evidence(sentence, (start, start + 10))
    return Observation("a1", START, agreement, status, None, None, evidence, 0.8)


_SIGNED = "Ethiopia and the TPLF signed a permanent cessation of hostilities in Pretoria."


@pytest.mark.parametrize(
    "later",
    [
        "The talks, which opened late last month, were held behind closed doors.",
        "Malaysia has facilitated the talks since 2001.",
        "Both men said the negotiations would now turn to disarmament.",
    ],
)
def test_talks_told_after_their_agreement_are_left_out(later: str) -> None:
    """Talks an article tells after it has told their agreement agreed are its backdrop
    (who hosted them, how long they took, what they turn to next): no negotiating."""
    rules = load_tracker_rules()
    agreed, talks = _at("agreed", _SIGNED, 40), _at("negotiating", later, 900)
    assert tracking_order((agreed, talks), rules) == (agreed,)


def test_talks_told_after_their_agreement_in_force_are_left_out() -> None:
    """The same when the article first tells the agreement in force."""
    rules = load_tracker_rules()
    held = _at("in_effect", "The Nuba Mountains ceasefire has largely held since January.", 30)
    talks = _at("negotiating", "Switzerland hosted the talks that produced it.", 600)
    assert tracking_order((held, talks), rules) == (held,)
    earlier = _at("negotiating", "Delegations opened talks on a wider truce.", 10)
    assert tracking_order((held, earlier), rules) == (earlier, held)


def test_talks_before_their_agreement_on_a_recent_day_or_of_another_key_stay() -> None:
    """Talks told first, talks whose sentence names a recent day, and talks of another
    agreement than the one agreed are news."""
    rules = load_tracker_rules()
    agreed = _at("agreed", "By evening the Sudanese sides had agreed a week-long truce.", 700)
    first = _at("negotiating", "Army and RSF delegations opened talks in Jeddah.", 60)
    assert tracking_order((agreed, first), rules) == (first, agreed)
    today = _at("negotiating", "The delegations met again on Friday to discuss the map.", 900)
    assert tracking_order((agreed, today), rules) == (today, agreed)
    other = _at("negotiating", "Talks on a prisoner swap go on in Doha.", 900, "ETH+TPLF/other")
    assert tracking_order((agreed, other), rules) == (other, agreed)
