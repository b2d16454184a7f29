"""Whose side a speaker is on, read from the words set around the speaker's name: a bare
role of a body set off after the name ("X, head of the AU panel,"), also when the name
stands in the narration and the speaker is quoted later by surname."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import pytest
from statement_checks import speaker_of

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


@pytest.mark.parametrize(
    ("role", "actor"),
    [
        ("head of the AU mediation team", "AU"),
        ("chief of the IGAD mediation panel", "IGAD"),
        ("Secretary of the Ukrainian Security Council", "UKR"),
        ("chief mediator of IGAD", "IGAD"),
    ],
)
def test_a_bare_role_after_an_inverted_speaker_gives_the_body(
    extract: Extract, role: str, actor: str
) -> None:
    statements = extract(
        f'"Both sides have signed," said Amadou Keita, {role}, at a ceremony. '
        '"The monitors arrive next week," said Keita.'
    )
    assert speaker_of(statements, "Both sides") == actor
    assert speaker_of(statements, "monitors arrive") == actor


def test_a_word_that_is_no_role_after_an_inverted_speaker_gives_nothing(
    extract: Extract,
) -> None:
    statements = extract('"Both sides have signed," said Amadou Keita, speaking of the AU plan.')
    assert speaker_of(statements, "Both sides") != "AU"


@pytest.mark.parametrize(
    "opening",
    [
        "On March 2, 2009, Omar Hassan Idris, chief negotiator of the rebels, and ",
        "In Minsk, ",
        "",
    ],
)
def test_a_name_with_a_bare_role_in_the_narration_gives_a_later_surname_its_side(
    extract: Extract, opening: str
) -> None:
    statements = extract(
        f"{opening}Ivan Petrenko, Secretary of the Ukrainian Security Council, signed the "
        'truce. "The shelling stops tonight," Mr Petrenko announced.'
    )
    assert speaker_of(statements, "shelling stops") == "UKR"


@pytest.mark.parametrize(
    ("words", "actor"),
    [
        ("Secretary of the Ukrainian Security Council", "UKR"),
        ("fan of the Ukrainian club Dynamo", "UNKNOWN"),  # no role: nothing to remember
    ],
)
def test_only_a_role_set_off_after_a_name_gives_it_a_side(
    extract: Extract, words: str, actor: str
) -> None:
    statements = extract(
        f"Russia and Ukraine swapped prisoners. Ivan Petrenko, {words}, watched the swap. "
        '"We want peace," Mr Petrenko said.'
    )
    assert speaker_of(statements, "want peace") == actor


# A story about Colombia's truce (its home state), with foreigners quoted in it.
_COLOMBIA: Final = (
    "Colombia's government and the ELN agreed a truce in Colombia on Monday. "
    "Colombia's army said the fighting had stopped. "
)


@pytest.mark.parametrize(
    ("group", "one", "actor"),
    [
        ("Norwegian diplomats, who hosted the talks,", "one diplomat", "NOR"),
        ("Cuban negotiators", "one negotiator", "CUB"),
        ("Late on Monday US officials", "one official", "USA"),
    ],
)
def test_one_official_after_a_group_of_colleagues_speaks_for_that_group(
    extract: Extract, group: str, one: str, actor: str
) -> None:
    statements = extract(
        f'{_COLOMBIA}{group} warned that the truce was fragile. "It is a start," {one} said.'
    )
    assert speaker_of(statements, "It is a start") == actor


@pytest.mark.parametrize(
    "between",
    [
        "Norwegian residents warned that the truce was fragile.",  # no colleagues
        'Norwegian diplomats warned that the truce was fragile. "We hope," Ana Ruiz said.',
    ],
)
def test_one_official_after_others_spoke_keeps_the_home_state(
    extract: Extract, between: str
) -> None:
    statements = extract(f'{_COLOMBIA}{between} "It is a start," one official said.')
    assert speaker_of(statements, "It is a start") == "COL"


@pytest.mark.parametrize("groups", ["The groups", "Both groups", "The two groups"])
def test_the_groups_after_a_pair_of_armed_groups_speak_for_the_first(
    extract: Extract, groups: str
) -> None:
    statements = extract(
        "Talks in Goma between the M23 and the Wazalendo militia ended on Friday. "
        f"{groups} said that the monitors would arrive within a week."
    )
    assert speaker_of(statements, "monitors would arrive") == "M23"


@pytest.mark.parametrize(
    "before",
    [
        # A crowd of groups spoke first: "the groups" are that crowd.
        "Aid groups said food was short. Talks between the M23 and the Wazalendo went on.",
        # The pair are states, which no one calls groups.
        "Talks between Israel and Egypt went on in Cairo.",
    ],
)
def test_the_groups_take_no_pair_of_states_nor_an_earlier_crowd(
    extract: Extract, before: str
) -> None:
    statements = extract(f"{before} The groups said that the monitors would arrive.")
    assert speaker_of(statements, "monitors would arrive") == "UNKNOWN"


@pytest.mark.parametrize(
    "place",
    ["the Ethiopian capital, Addis Ababa,", "Kenya's capital, Nairobi,", "the city, Kyiv,"],
)
def test_a_city_set_off_after_a_place_noun_is_no_speaker(extract: Extract, place: str) -> None:
    statements = extract(
        f"Officials, speaking on condition of anonymity, and overseeing the talks in {place} "
        "confirmed that both sides had reached an agreement."
    )
    names = [s.speaker.name for s in statements]
    assert not any(place.split(", ")[1].rstrip(",") == name for name in names), names


@pytest.mark.parametrize(
    ("opening", "name", "actor"),
    [
        ("The mayor of the city, Vitali Klitschko,", "Vitali Klitschko", "UKR"),
        ("The head of the office, Andriy Yermak,", "Andriy Yermak", "UKR"),
    ],
)
def test_a_person_set_off_after_a_role_still_speaks(
    extract: Extract, opening: str, name: str, actor: str
) -> None:
    (statement,) = extract(f"{opening} said both sides had agreed.")
    assert (statement.speaker.name, statement.speaker.actor) == (name, actor)


# A story about Sudan's truce, so that Sudan is the home state a speaker may fall back on.
_SUDAN: Final = (
    "Sudan's army and the RSF agreed a truce in Sudan. Sudan's army said it would hold. "
)


@pytest.mark.parametrize(
    "diplomat",
    ["The ambassador to Sudan", "The envoy to Sudan", "The Kingdom's ambassador to Sudan"],
)
def test_the_state_a_diplomat_is_posted_to_is_not_the_diplomats_side(
    extract: Extract, diplomat: str
) -> None:
    statements = extract(f"{_SUDAN}{diplomat} said the monitors would arrive.")
    assert speaker_of(statements, "monitors would arrive") == "UNKNOWN"


@pytest.mark.parametrize(
    ("diplomat", "actor"),
    [
        ("The Egyptian ambassador to Sudan", "EGY"),
        ("Norway's envoy to Sudan", "NOR"),
        ("The UN envoy to Sudan", "UN"),
        ("A spokesman in Sudan", "SDN"),  # no diplomat's post: the home state as before
    ],
)
def test_a_diplomat_keeps_the_side_the_words_before_the_post_give(
    extract: Extract, diplomat: str, actor: str
) -> None:
    statements = extract(f"{_SUDAN}{diplomat} said the monitors would arrive.")
    assert speaker_of(statements, "monitors would arrive") == actor
