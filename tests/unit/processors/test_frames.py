"""Frames: where the reported words of a verb start and end."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A Houthi commander in Hodeidah put it more bluntly: the movement would keep its "
            "guns, he said, but would not attack first.",
            "the movement would keep its guns",
        ),
        (
            "Mayor Anna Berg was less guarded: the city could not feed another winter of "
            "refugees, Berg told reporters.",
            "the city could not feed another winter of refugees",
        ),
        # A clock time's colon is no lead-in.
        (
            "The two officers spoke again at 12:00 and agreed to keep the line open, Indian "
            "army spokesman Raj Malik said.",
            "The two officers spoke again at 12:00 and agreed to keep the line open",
        ),
    ],
)
def test_words_before_a_trailing_attribution_start_after_a_lead_in_colon(
    extract: Extract, text: str, content: str
) -> None:
    assert [s.content for s in extract(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "There has been no decision to reopen the crossing, one Egyptian official told "
            "us, and the trucks will wait.",
            "There has been no decision to reopen the crossing",
        ),
        (
            "\u201cWe sleep in our clothes,\u201d a farmer in the border village told me.",
            "We sleep in our clothes,",
        ),
        (
            "The shelling stopped before dawn, a local police officer tells us.",
            "The shelling stopped before dawn",
        ),
    ],
)
def test_the_outlet_as_listener_leaves_the_words_before_the_attribution(
    extract: Extract, text: str, content: str
) -> None:
    assert [s.content for s in extract(text)] == [content]
