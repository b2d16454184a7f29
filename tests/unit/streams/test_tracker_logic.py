"""The tracker adapter's table form: what it stores must be exactly ``KeyState.to_dict()``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import orjson
import pytest
from agent_fakes import article, make_observation

from streams.agents.tracker_logic import RulesTracker

pytestmark = pytest.mark.unit

MARCH = datetime(2025, 3, 18, 18, tzinfo=UTC)
DETECTED = datetime(2026, 1, 1, tzinfo=UTC)


def test_encode_equals_to_dict_as_the_history_grows_and_after_a_decode() -> None:
    """Reused history entries (same objects) and fresh ones (a decoded state, a late
    article) give the same value as dumping the whole state."""
    logic = RulesTracker.load()
    state = None
    script = [(0, "proposed"), (2, "agreed"), (5, "in_effect"), (1, "agreed"), (9, "violated")]
    for n, (day, status) in enumerate(script):
        observation = make_observation(article(f"a{n}", MARCH + timedelta(days=day)), status)
        state, _ = logic.observe(state, observation, detected_at=DETECTED)
        assert logic.encode(state) == state.to_dict()
        assert logic.encode(state) == state.to_dict()  # every entry known now
        if n == 2:  # as read back from the changelog: equal values, new objects
            state = logic.decode(orjson.loads(orjson.dumps(logic.encode(state))))
    assert state is not None and len(state.history) == len(script)
    assert logic.decode(logic.encode(state)) == state
