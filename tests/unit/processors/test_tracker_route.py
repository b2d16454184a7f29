"""How the tracker's routing folds agreement labels before it compares them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from processors.tracker import load_tracker_rules
from processors.tracker_route import folded

pytestmark = pytest.mark.unit

RULES = load_tracker_rules()


@pytest.mark.parametrize(
    "label",
    [
        "Easter truce",
        "  EASTER Truce ",
        "Grain Deal",
        "Straße truce",  # casefold: "strasse"; lower keeps the sharp s
        "\u212a truce",  # the Kelvin sign folds to "k"
        "ΣΟΦΙΑ pause",
        "",
    ],
)
def test_labels_fold_as_casefold_folds_them(label: str) -> None:
    """The routing folds labels through ``lower`` when they are ASCII: the same text as
    ``casefold``, so "Straße truce" still matches "STRASSE TRUCE"."""
    bare = replace(RULES, label_nouns=frozenset())
    assert folded(label, bare) == label.strip().casefold()
    assert folded(label.upper(), bare) == label.upper().strip().casefold()


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Easter truce", "Easter ceasefire"),
        ("Easter ceasefire", "easter pause"),
        ("Orthodox Christmas truce", "Orthodox Christmas cease-fire"),
        ("Victory Day truce", "Victory Day moratorium"),
    ],
)
def test_labels_compare_without_the_noun_they_close_with(one: str, other: str) -> None:
    assert folded(one, RULES) == folded(other, RULES)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Easter truce", "Christmas truce"),
        ("Christmas talks", "Christmas truce"),
        ("Orthodox Easter truce", "Easter truce"),
    ],
)
def test_labels_with_another_name_or_a_talks_noun_stay_apart(one: str, other: str) -> None:
    assert folded(one, RULES) != folded(other, RULES)
