"""Fixtures of the pipeline's integration tests (the harness is ``pipeline_harness``)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from pipeline_harness import Pipeline

from streams.settings import Settings


@pytest.fixture
def pipeline_settings(unique_name: Callable[[str], str], tmp_path: Path) -> Callable[..., Settings]:
    """Settings with a unique app id and topic names (the broker is filled in later)."""

    def make(**overrides: Any) -> Settings:
        app = unique_name("ns")
        values: dict[str, Any] = {
            "app_id": app,
            "articles_topic": f"{app}.articles",
            "statements_topic": f"{app}.statements",
            "observations_topic": f"{app}.observations",
            "alerts_topic": f"{app}.alerts",
            "dlq_topic": f"{app}.dlq",
            "partitions": 1,
            "store": "memory://",
            "data_dir": tmp_path / "data",
            "web_host": "127.0.0.1",
        }
        values.update(overrides)
        return Settings(**values)

    return make


@pytest.fixture
async def new_pipeline(
    kafka_bootstrap: str,
    admin: Any,
    pipeline_settings: Callable[..., Settings],
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> AsyncIterator[Callable[..., Pipeline]]:
    """A factory of ``Pipeline``s (a test may run two apps side by side)."""
    made: list[Pipeline] = []

    def make(**overrides: Any) -> Pipeline:
        settings = pipeline_settings(broker=f"kafka://{kafka_bootstrap}", **overrides)
        folder = tmp_path / settings.app_id
        folder.mkdir()
        pipeline = Pipeline(settings, kafka_bootstrap, folder, admin)
        made.append(pipeline)
        return pipeline

    yield make
    for pipeline in made:
        await pipeline.close()
        for worker in pipeline.workers:
            with contextlib.suppress(OSError):
                tail = worker.log_tail(40)
                request.node.add_report_section("teardown", f"worker {worker.name}", tail)


@pytest.fixture
def pipeline(new_pipeline: Callable[..., Pipeline]) -> Pipeline:
    """One app with one partition per topic."""
    return new_pipeline()
