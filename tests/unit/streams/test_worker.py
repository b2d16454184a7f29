"""``streams.worker``: plain errors for an unreachable broker and for bad settings."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from pathlib import Path

import faust
import pytest

from processors.errors import BrokerError
from streams.settings import Settings
from streams.worker import faust_worker, main, run_worker

pytestmark = pytest.mark.unit


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_run_worker_names_an_unreachable_broker(tmp_path: Path) -> None:
    port = closed_port()
    settings = Settings(broker=f"kafka://127.0.0.1:{port}", data_dir=tmp_path)

    with pytest.raises(BrokerError, match=f"127.0.0.1:{port}"):
        run_worker(settings, probe_seconds=2.0)


def test_main_says_one_line_for_bad_settings(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSSTREAM_WEB_PORT", "not-a-port")

    assert main([]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("newsstream worker: bad settings: NEWSSTREAM_WEB_PORT")


@pytest.fixture
def root_logger() -> Iterator[logging.Logger]:
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    root.addHandler(logging.NullHandler())
    try:
        yield root
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)


def test_a_worker_at_warn_level_builds_no_debug_records(root_logger: logging.Logger) -> None:
    """Faust's spinner would lower the root logger to DEBUG: aiokafka's per-record debug
    lines would then be built and handled for nothing."""
    worker = faust_worker(faust.App("worker-logging-test", autodiscover=False), loglevel="warn")

    worker.on_setup_root_logger(root_logger, logging.WARNING)

    assert not logging.getLogger("aiokafka.producer.producer").isEnabledFor(logging.DEBUG)
