"""Holders of a state's offices whose phrase names no state: a mayor or a governor (local
government is the state's), a presidential or a court spokesman (the presidency and the
courts are state organs). They speak for the state the story is about, when one fills it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from statement_checks import speaker_of

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


def test_a_provincial_governor_speaks_for_the_state_the_story_is_about(extract: Extract) -> None:
    statements = extract(
        "ABUJA - Nigeria's army said on Monday it had retaken two towns from Boko Haram, and "
        "Nigerian officials said aid convoys would follow. Nigeria has fought the group for "
        "more than a decade. Kaduna State Governor Musa Adamu said the roads to the north "
        "would reopen within a week."
    )
    assert speaker_of(statements, "the roads to the north") == "NGA"


def test_a_city_mayor_speaks_for_the_state_an_insurgency_fights(extract: Extract) -> None:
    statements = extract(
        "Colombia's government and the ELN agreed on Friday to extend their ceasefire by "
        "six months. The ELN said it would free two hostages. Cali Mayor Jorge Ospina said "
        "the city would host the next round of talks."
    )
    assert speaker_of(statements, "host the next round") == "COL"


def test_a_mayor_in_a_story_of_two_states_named_alike_stays_unknown(extract: Extract) -> None:
    statements = extract(
        "Ethiopia and Eritrea reopened a border crossing on Tuesday. Eritrea and Ethiopia "
        "both sent ministers. Mayor Tesfaye Bekele said the market would open again."
    )
    assert speaker_of(statements, "the market would open") == "UNKNOWN"


def test_a_presidential_spokesman_speaks_for_the_state_a_rebel_group_fights(
    extract: Extract,
) -> None:
    statements = extract(
        "MAPUTO - Mozambique's army clashed with RENAMO fighters in Sofala province on "
        "Sunday, the worst fighting since the 2014 truce. A presidential spokesman said the "
        "government remained ready to talk if the rebels stopped attacking convoys."
    )
    assert speaker_of(statements, "remained ready to talk") == "MOZ"


def test_a_court_spokesman_speaks_for_the_state_the_story_is_about(extract: Extract) -> None:
    statements = extract(
        "The Philippine government and the Moro Islamic Liberation Front had planned to sign "
        "the accord in Kuala Lumpur. The Supreme Court blocked the signing on Monday. A court "
        "spokesman said the justices would hear both sides next month."
    )
    assert speaker_of(statements, "would hear both sides") == "PHL"


def test_an_opposition_presidential_candidate_is_no_state_spokesman(extract: Extract) -> None:
    # "presidential" names the presidency only in its staff's titles, not in a candidate's.
    statements = extract(
        "MAPUTO - Mozambique's army clashed with RENAMO fighters in Sofala province on "
        "Sunday. Opposition presidential candidate Daviz Simango said the offensive was "
        '"a mistake" that would cost lives.'
    )
    assert speaker_of(statements, "a mistake") != "MOZ"
