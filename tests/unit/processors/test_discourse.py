"""What an article remembers for short references: people by the words of their name."""

from __future__ import annotations

import pytest

from processors.discourse import Discourse, Entity

pytestmark = pytest.mark.unit


def person(pos: int, name: str, actor: str = "YEM") -> Entity:
    return Entity(pos, name, actor, None, "person", "m", True)


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Abdulmalik al-Mekhlafi", "Mekhlafi"),
        ("Mohammed Al-Hadhrami", "Hadhrami"),
        ("Hisham el-Masri", "Masri"),
    ],
)
def test_a_family_name_is_found_without_its_joined_particle(name: str, short: str) -> None:
    discourse = Discourse(particles=("al-", "el-"))
    discourse.add(person(10, name))
    found = discourse.named(short, 200)
    assert found is not None and found.name == name


def test_without_particles_the_short_name_is_nobody_named() -> None:
    discourse = Discourse()
    discourse.add(person(10, "Abdulmalik al-Mekhlafi"))
    assert discourse.named("Mekhlafi", 200) is None


def test_the_whole_family_name_still_comes_first() -> None:
    discourse = Discourse(particles=("al-",))
    discourse.add(person(10, "Ali al-Masri", "EGY"))
    discourse.add(person(50, "Omar Masri", "JOR"))
    found = discourse.named("Masri", 200)
    assert found is not None and found.actor == "JOR"


def test_a_short_name_before_the_full_one_is_nobody_yet() -> None:
    discourse = Discourse(particles=("al-",))
    discourse.add(person(300, "Abdulmalik al-Mekhlafi"))
    assert discourse.named("Mekhlafi", 200) is None


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Al Haj Yusuf Rahman", "Yusuf"),
        ("Datu Ismael Salik Ampatuan", "Ismael"),
    ],
)
def test_a_name_inside_a_longer_one_is_found_alone(name: str, short: str) -> None:
    discourse = Discourse()
    discourse.add(person(10, name, "PHL"))
    found = discourse.named(short, 200)
    assert found is not None and found.name == name


def test_a_family_name_still_comes_before_a_name_inside_another() -> None:
    discourse = Discourse()
    discourse.add(person(10, "Abdul Karim Hassan", "SOM"))
    discourse.add(person(50, "Omar Karim", "KEN"))
    discourse.add(person(80, "Mahdi Ali Karim", "ETH"))
    found = discourse.named("Karim", 200)
    assert found is not None and found.actor == "ETH"
    assert discourse.named("Hassan", 200) is not None
    # Particles and short words inside a name are no name of their own.
    discourse.add(person(100, "Fatima bin Ali Omar", "SDN"))
    assert discourse.named("bin", 200) is None


def test_a_description_lends_no_name_of_its_words() -> None:
    discourse = Discourse()
    discourse.add(person(10, "leader of the Renamo Military Junta", "RMJ"))
    assert discourse.named("Military", 200) is None
