"""The sides an observation is keyed by."""

from __future__ import annotations

import pytest

from processors.agreement_lexicon import AgreementLexicon, load_agreement_lexicon
from processors.agreement_observations import keyed_sides

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def lexicon() -> AgreementLexicon:
    return load_agreement_lexicon()


def test_a_key_of_one_side_named_twice_is_not_merged_into_one_name(
    lexicon: AgreementLexicon,
) -> None:
    assert keyed_sides(("ISR", "LBN"), lexicon) == ("HEZBOLLAH", "ISR")
    assert keyed_sides(("HEZBOLLAH", "LBN"), lexicon) == ("HEZBOLLAH", "LBN")
    assert keyed_sides(("RUS", "UKR"), lexicon) == ("RUS", "UKR")
