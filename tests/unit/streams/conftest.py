"""Fixtures for the unit tests of ``streams``: a codec, fresh metrics, a recording sender."""

from __future__ import annotations

import pytest
from agent_fakes import RecordingSender
from prometheus_client import CollectorRegistry

from streams.codecs import MessageCodec
from streams.metrics import PipelineMetrics


@pytest.fixture(scope="session")
def codec() -> MessageCodec:
    """The real codec with the default limits (a module may override it)."""
    return MessageCodec.load()


@pytest.fixture
def registry() -> CollectorRegistry:
    return CollectorRegistry()


@pytest.fixture
def metrics(registry: CollectorRegistry) -> PipelineMetrics:
    return PipelineMetrics.create(registry)


@pytest.fixture
def sender() -> RecordingSender:
    return RecordingSender()
