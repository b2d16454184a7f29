"""Regional blocs (IGAD, ECOWAS, the Arab League, the OIC, the GCC) lead and host talks
between a state and its rebels: like the AU or ASEAN, they are usual mediators, never the
side the article leaves unnamed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from agreement_checks import Observe

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("text", "published", "parties"),
    [
        (
            "Mali's government and the Tuareg rebels signed a ceasefire. The peace talks led "
            "by the regional bloc ECOWAS started in Ouagadougou last week.",
            datetime(2013, 6, 18, tzinfo=UTC),
            {("AZAWAD_REBELS", "MLI")},
        ),
        (
            "Ethiopia's government and the OLA agreed to a truce. The peace talks led by the "
            "regional bloc IGAD began in Zanzibar last month.",
            datetime(2023, 5, 2, tzinfo=UTC),
            {("ETH", "OLA")},
        ),
        # The rebels unnamed and no usual group known: no pair rather than the bloc.
        (
            "Somalia's government and the rebels signed a truce on Monday. The peace talks "
            "led by the regional bloc IGAD started in Nairobi last month.",
            datetime(2008, 6, 10, tzinfo=UTC),
            set(),
        ),
    ],
)
def test_a_regional_bloc_leading_the_talks_is_no_side(
    observe: Observe, text: str, published: datetime, parties: set[tuple[str, ...]]
) -> None:
    assert {o.agreement.parties for o in observe(text, published)} == parties


def test_a_war_named_on_both_sides_keeps_its_pair_beside_a_bloc(observe: Observe) -> None:
    found = observe(
        "Ethiopia and Eritrea signed a peace deal in Jeddah, IGAD said.",
        datetime(2018, 9, 17, tzinfo=UTC),
    )
    assert {o.agreement.parties for o in found} == {("ERI", "ETH")}
