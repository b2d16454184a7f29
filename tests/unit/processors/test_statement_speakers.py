"""Who speaks, in the less common ways news copy names a speaker.

``with X saying``, ``according to figures from X``, ``One of them said``, a role held
in a state organ named without its state, a place-located crowd, a place whose name
holds an "and".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from statement_checks import speaker_of

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


# -- "with X saying": a participle with its own subject ---------------------------------


def test_with_a_named_subject_before_the_participle_speaks(extract: Extract) -> None:
    statements = extract(
        "The talks in Geneva broke up without a date for the next round, with Kremlin "
        "aide Yuri Ushakov saying that Moscow would wait for written proposals."
    )
    assert speaker_of(statements, "Moscow would wait for written proposals") == "RUS"


def test_with_a_country_telling_a_listener(extract: Extract) -> None:
    statements = extract(
        "Grain shipments resumed on Friday, with Turkey telling both delegations that "
        "its navy would escort the first convoy."
    )
    found = [s for s in statements if "its navy would escort" in s.content]
    assert [(s.speaker.actor, s.verb) for s in found] == [("TUR", "tell")]


def test_with_and_a_participle_that_is_no_speech_gives_nothing(extract: Extract) -> None:
    statements = extract(
        "The measure passed the chamber with dozens of members voting against it, "
        "and the governor signed it the same evening."
    )
    assert statements == ()


# -- according to documents by their author ------------------------------------------


def test_according_to_bare_figures_from_a_body(extract: Extract) -> None:
    statements = extract(
        "Exports of sunflower oil fell by a third in March, according to figures from "
        "Ukraine's agriculture ministry."
    )
    assert speaker_of(statements, "Exports of sunflower oil fell by a third") == "UKR"


def test_according_to_bare_estimates_with_nobody_named_is_no_statement(
    extract: Extract,
) -> None:
    statements = extract("The harvest shrank by a fifth, according to early estimates.")
    assert statements == ()


# -- "One of them said": one of the group just named ------------------------------------


def test_one_of_them_speaks_for_the_group_named_before(extract: Extract) -> None:
    statements = extract(
        "Russia's defence minister said the exercises were routine. Border guards in "
        "the area were put on alert, according to three Lithuanian officials. One of "
        "them said the guards had been told to expect drones along the frontier."
    )
    assert speaker_of(statements, "the guards had been told to expect drones") == "LTU"


def test_one_of_them_after_two_people_named_is_nobody(extract: Extract) -> None:
    statements = extract(
        "Chancellor Friedrich Merz met President Emmanuel Macron in Paris on Monday. "
        "One of them said the meeting had been long overdue."
    )
    assert not [s for s in statements if "long overdue" in s.content]


# -- a role in a state organ named without its state ------------------------------------


def test_an_organ_spokesman_belongs_to_the_state_whose_organ_spoke_before(
    extract: Extract,
) -> None:
    statements = extract(
        "Israel's air force said its jets had hit a weapons depot near Baalbek. Air "
        "force spokesman Yoni Dahan said the depot held long-range rockets."
    )
    assert speaker_of(statements, "the depot held long-range rockets") == "ISR"


def test_a_spokesman_for_a_unit_of_the_organ_named_before(extract: Extract) -> None:
    statements = extract(
        "Thailand's army said Cambodian troops had crossed the border overnight. A "
        "spokesman for the army's Second Region, Col. Anan Sukchai, said two soldiers "
        "were wounded."
    )
    assert speaker_of(statements, "two soldiers were wounded") == "THA"


def test_an_organ_spokesman_with_no_organ_named_before_stays_unknown(
    extract: Extract,
) -> None:
    statements = extract(
        "Shelling hit two villages on the border of Armenia and Azerbaijan. Army "
        "spokesman Tigran Vardanyan said four houses were damaged."
    )
    assert speaker_of(statements, "four houses were damaged") == "UNKNOWN"


# -- crowds a place only locates --------------------------------------------------------


def test_traders_in_a_capital_do_not_speak_for_its_state(extract: Extract) -> None:
    statements = extract(
        "Wheat prices rose 4% on Tuesday after the strikes on the port, dealers in Moscow said."
    )
    assert speaker_of(statements, "Wheat prices rose") == "UNKNOWN"


def test_capital_based_analysts_do_not_speak_for_its_state(extract: Extract) -> None:
    statements = extract(
        "Two Paris-based analysts said the rate cut had been expected since the summer."
    )
    assert speaker_of(statements, "the rate cut had been expected") == "UNKNOWN"


def test_officials_in_a_capital_still_speak_for_its_state(extract: Extract) -> None:
    statements = extract("Officials in Ankara said the corridor would reopen on Monday.")
    assert speaker_of(statements, "the corridor would reopen") == "TUR"


# -- places whose name holds an "and" ---------------------------------------------------


def test_a_region_with_and_in_its_name_gives_its_leader_a_side(extract: Extract) -> None:
    statements = extract(
        "Jammu and Kashmir Lieutenant Governor Ravi Sethi said schools near the Line of "
        "Control would stay closed for a week."
    )
    assert speaker_of(statements, "schools near the Line of Control") == "IND"


def test_the_pope_speaks_for_the_holy_see(extract: Extract) -> None:
    statements = extract(
        "Pope Leo urged the warring sides to agree an Easter truce, saying the guns "
        "should fall silent for the sake of the children."
    )
    assert {s.speaker.actor for s in statements} == {"VAT"}


# -- challenging someone to do something ----------------------------------------------


def test_challenging_someone_to_say_something_is_a_statement(extract: Extract) -> None:
    statements = extract(
        "Opposition leader Rahul Gandhi challenged Prime Minister Narendra Modi to tell "
        "parliament who had brokered the truce."
    )
    assert [(s.speaker.actor, s.verb) for s in statements] == [("IND", "challenge")]
    assert statements[0].content.startswith("Prime Minister Narendra Modi to tell parliament")


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Narendra Modi challenged the ruling in the Supreme Court.",
        "The ruling was challenged by the government of India.",
    ],
)
def test_challenging_a_thing_reports_nothing(extract: Extract, text: str) -> None:
    assert extract(text) == ()
