"""Words set off by commas between a negation and its verb keep the verb negated."""

from __future__ import annotations

import pytest
from agreement_checks import Observe

from processors.agreement_lexicon import load_agreement_lexicon
from processors.agreement_status import negation

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "text",
    [
        "The army shelled LTTE positions on Monday. Colombo did not, however, tear up the "
        "2002 ceasefire agreement with the Tigers.",
        "Fighting went on near Arauca. The army has not, so far, abandoned the truce with the ELN.",
    ],
)
def test_a_negation_before_an_aside_still_denies_the_end(observe: Observe, text: str) -> None:
    assert all(o.status != "collapsed" for o in observe(text))


def test_an_aside_with_no_negation_leaves_the_end_told(observe: Observe) -> None:
    found = observe(
        "The army shelled LTTE positions on Monday. Colombo, however, tore up the 2002 "
        "ceasefire agreement with the Tigers."
    )
    assert any(o.status == "collapsed" for o in found)


@pytest.mark.parametrize(
    "text",
    [
        'The ceasefire between Colombia and the ELN is, in the words of one diplomat, "dead '
        'and buried".',
        "The truce between Sudan and South Sudan is, by all accounts, dead.",
    ],
)
def test_dead_after_an_aside_is_a_collapse(observe: Observe, text: str) -> None:
    assert any(o.status == "collapsed" for o in observe(text))


def test_an_aside_before_another_state_is_no_collapse(observe: Observe) -> None:
    found = observe("The truce between Colombia and the ELN is, according to the army, holding.")
    assert all(o.status != "collapsed" for o in found)


@pytest.mark.parametrize(
    "head",
    [
        "Colombo did not, however, ",
        "Colombo did not, however,",
        "Colombo did not, however ,\n",
        "Colombo didn\u2019t, in the end,\u00a0 ",
        "Colombo has never, so far,\t",
    ],
)
def test_the_aside_is_read_whatever_blanks_follow_its_comma(head: str) -> None:
    # negation looks for the aside only where the head ends in a comma and blanks:
    # each ending its pattern allows must still be read as one.
    lexicon = load_agreement_lexicon()
    text = f"{head}tear up the truce."
    assert negation(text, 0, len(head), lexicon) in ("reject", "deny")


def test_a_comma_inside_the_head_is_no_aside() -> None:
    lexicon = load_agreement_lexicon()
    head = "Colombo, however, did "
    assert negation(f"{head}tear up the truce.", 0, len(head), lexicon) == "none"
