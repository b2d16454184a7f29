"""``processors.tracker`` behind the small interface the tracker agent uses.

The agent stores states as JSON in a Faust table and never looks inside them; this adapter
is the only place that knows they are ``KeyState``s, and it carries the rule tables so the
agent does not pass them around.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from processors.model import Alert, Observation
from processors.tracker import (
    Instance,
    KeyState,
    TrackerRules,
    advance_clock,
    is_trackable,
    load_tracker_rules,
    observe,
    tracking_order,
)

DUMPED_PARTS = 8192
"""History entries and instances whose table form is kept for reuse (about a KB each)."""


@dataclass(frozen=True, slots=True)
class RulesTracker:
    """The pure tracker with its rules (satisfies ``TrackerLogic``)."""

    rules: TrackerRules
    _dumped: dict[int, tuple[object, dict[str, Any]]] = field(
        default_factory=dict, compare=False, repr=False
    )
    """id(part) -> (the history entry or instance, its table form); holding the part keeps
    its id from being reused. See ``encode``."""

    @classmethod
    def load(cls) -> RulesTracker:
        """With the packaged rule tables."""
        return cls(load_tracker_rules())

    def decode(self, data: Any) -> KeyState | None:
        return None if not data else KeyState.from_dict(data)

    def encode(self, state: Any) -> dict[str, Any]:
        """``KeyState.to_dict()``, reusing the table form of parts dumped before.

        The tracker writes a key's whole state, history included, after every observation,
        and a new state shares most of its history entries and instances (frozen objects)
        with the last one: dumping only the new ones makes a write cost a few entries
        instead of the whole state. The dumped dicts are shared between table values,
        which nothing mutates.
        """
        key_state = _key_state(state)
        history = key_state.history
        known = [self._known(observation) for observation in history]
        missing = tuple(obs for obs, dumped in zip(history, known, strict=True) if dumped is None)
        # One to_dict with only the entries not dumped yet: the rest of the state, and
        # those entries in the state's own format.
        data = key_state._replace(history=missing, instances=(), settled=(), midway=()).to_dict()
        fresh = iter(data["history"])
        entries = []
        for observation, dumped in zip(history, known, strict=True):
            if dumped is None:
                dumped = next(fresh)
                self._remember(observation, dumped)
            entries.append(dumped)
        data["history"] = entries
        for name, instances in (
            ("instances", key_state.instances),
            ("settled", key_state.settled),
            ("midway", key_state.midway),
        ):
            data[name] = [self._instance(instance) for instance in instances]
        return data

    def _instance(self, instance: Instance) -> dict[str, Any]:
        dumped = self._known(instance)
        if dumped is None:
            dumped = instance.to_dict()
            self._remember(instance, dumped)
        return dumped

    def _known(self, part: object) -> dict[str, Any] | None:
        known = self._dumped.get(id(part))
        return known[1] if known is not None and known[0] is part else None

    def _remember(self, part: object, dumped: dict[str, Any]) -> None:
        if len(self._dumped) >= DUMPED_PARTS:
            # Oldest first (insertion order); a part still in use is merely dumped again.
            del self._dumped[next(iter(self._dumped))]
        self._dumped[id(part)] = (part, dumped)

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
