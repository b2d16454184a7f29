"""The one exception root of newsstream and its domain errors.

NewsstreamError
 +-- InvalidArticle        an input that is not a usable Article (carries the reason)
 +-- ConfigurationError    settings that cannot work
 +-- BrokerError           the Kafka broker cannot be started or reached
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
