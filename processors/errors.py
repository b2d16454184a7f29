"""The one exception root of newsstream and its domain errors.

NewsstreamError
 +-- InvalidArticle        an input that is not a usable Article (carries the reason)
 +-- ConfigurationError    settings that cannot work
 +-- BrokerError           the Kafka broker cannot be started or reached
 +-- StaleBuildError       compiled modules whose sources changed since (carries which)
"""

from __future__ import annotations


class NewsstreamError(Exception):
    """Root of every error newsstream raises on purpose."""


class InvalidArticle(NewsstreamError):
    """An input record that cannot be processed; ``reason`` is a short machine-readable code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


class ConfigurationError(NewsstreamError):
    """Settings that cannot work."""


class BrokerError(NewsstreamError):
    """The Kafka broker cannot be started or reached."""


class StaleBuildError(NewsstreamError):
    """Compiled ``processors`` modules whose sources changed since the build; ``modules``
    names them. Python would import the old compiled code, so ``processors`` refuses."""

    def __init__(self, modules: list[str]) -> None:
        listed = ", ".join(f"processors/{name}.py" for name in modules)
        super().__init__(
            f"compiled from other sources than {listed}: rebuild with `pip install -e .`, "
            "or install pure Python with `NEWSSTREAM_PURE_PYTHON=1 pip install -e .`"
        )
        self.modules = modules
