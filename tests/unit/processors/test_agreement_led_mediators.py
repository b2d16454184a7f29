"""A participle opening a sentence names who leads a mediation ("Led by Norway's envoy,
the facilitators tried to mediate ..."): a go-between, no side of what it brokers."""

from __future__ import annotations

import pytest

from processors.actors import Gazetteer, load_gazetteer
from processors.agreement_lexicon import AgreementLexicon, load_agreement_lexicon
from processors.parties import find_actors

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="module")
def lexicon() -> AgreementLexicon:
    return load_agreement_lexicon()


@pytest.mark.parametrize(
    ("text", "broker"),
    [
        (
            "Talks resumed on Monday. Led by Norway's special envoy, the facilitators tried "
            "to mediate between Colombo and the Tigers.",
            "NOR",
        ),
        (
            "Headed by Qatar's prime minister, a delegation sought to broker a truce between "
            "Israel and Hamas.",
            "QAT",
        ),
    ],
)
def test_who_leads_a_mediation_in_an_opening_participle_is_a_go_between(
    gazetteer: Gazetteer, lexicon: AgreementLexicon, text: str, broker: str
) -> None:
    assert broker in find_actors(text, gazetteer, lexicon).go_betweens


def test_who_leads_a_side_in_an_opening_participle_stays_a_side(
    gazetteer: Gazetteer, lexicon: AgreementLexicon
) -> None:
    # No mediation in the clause: Hamas leads the factions that agreed.
    text = "Led by Hamas, the factions agreed to the truce that Egypt had brokered on Sunday."
    assert "HAMAS" not in find_actors(text, gazetteer, lexicon).go_betweens
