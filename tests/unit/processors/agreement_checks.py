"""Types and constants shared by the agreement test modules of ``processors``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from processors.model import Observation

WEDNESDAY = datetime(2025, 6, 4, 9, 0, tzinfo=UTC)
"""When the test articles are published unless a test says otherwise."""

Observe = Callable[..., tuple[Observation, ...]]
"""``observe(text, published=WEDNESDAY)``: the observations of one article."""
