"""``processors.tracker`` behind the small interface the tracker agent uses.

The agent stores states as JSON in a Faust table and never looks inside them; this adapter
is the only place that knows they are ``KeyState``s, and it carries the rule tables so the
agent does not pass them around.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from processors.model import Alert, Observation
from processors.tracker import (
    KeyState,
    TrackerRules,
    advance_clock,
    is_trackable,
    load_tracker_rules,
    observe,
    tracking_order,
)


@dataclass(frozen=True, slots=True)
class RulesTracker:
    """The pure tracker with its rules (satisfies ``TrackerLogic``)."""

    rules: TrackerRules

    @classmethod
    def load(cls) -> RulesTracker:
        """With the packaged rule tables."""
        return cls(load_tracker_rules())

    def decode(self, data: Any) -> KeyState | None:
        return None if not data else KeyState.from_dict(data)

    def encode(self, state: Any) -> dict[str, Any]:
        return _key_state(state).to_dict()

    def trackable(self, observation: Observation) -> bool:
        return is_trackable(observation)

    def observe(
        self, state: Any, observation: Observation, *, detected_at: datetime
    ) -> tuple[KeyState, tuple[Alert, ...]]:
        current = None if state is None else _key_state(state)
        return observe(current, observation, rules=self.rules, detected_at=detected_at)

    def advance(
        self, state: Any, now: datetime, *, detected_at: datetime
    ) -> tuple[KeyState, tuple[Alert, ...]]:
        return advance_clock(_key_state(state), now, rules=self.rules, detected_at=detected_at)

    def deadline(self, state: Any) -> datetime | None:
        return _key_state(state).next_expiry(self.rules)

    def status_counts(self, state: Any) -> Mapping[str, int]:
        return Counter(instance.status for instance in _key_state(state).instances)

    def order(self, observations: Iterable[Observation]) -> tuple[Observation, ...]:
        return tracking_order(observations, self.rules)


def _key_state(state: Any) -> KeyState:
    if not isinstance(state, KeyState):
        msg = f"expected a KeyState, got {type(state).__name__}"
        raise TypeError(msg)
    return state
