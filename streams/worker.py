"""Run the pipeline's Faust worker in this process.

``run_worker(settings)`` is what ``newsstream worker`` calls; ``python -m streams.worker``
runs the same with the settings read from the environment (``NEWSSTREAM_*``), which is how
the integration tests start workers as subprocesses. Besides ``streams.cli``, this module
is the only place that reads the environment.

Before Faust starts, the broker is checked (an unreachable one is one line on stderr, exit
code 1) and the app's topics are created (``streams.topics.ensure_topics``). SIGTERM and
SIGINT stop the worker cleanly (Faust leaves the consumer group, flushes the producer and
commits): exit code 0. An agent crash (a producer or table failure; bad data never
crashes one) stops the whole worker with exit code 1, for its supervisor to restart it.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from typing import Any

from prometheus_client import CollectorRegistry
from pydantic import ValidationError

from processors.errors import BrokerError, NewsstreamError
from streams.settings import Settings

PROBE_SECONDS = 10.0
"""How long to wait for the broker to answer before giving up with a plain error."""

LOG_LEVELS = ("crit", "error", "warn", "info", "debug")


def check_broker(bootstrap: str, *, seconds: float = PROBE_SECONDS) -> None:
    """One metadata round trip with the broker; ``BrokerError`` naming it when none answers.

    aiokafka logs every failed connection attempt; those lines are held back here, so the
    user sees one message, not a page of retries.
    """
    from streams.broker_probe import probe

    quiet = logging.getLogger("aiokafka")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)
    try:
        probe(bootstrap, timeout=seconds)
    except BrokerError as exc:
        msg = f"cannot reach Kafka at {bootstrap} (is the broker running? NEWSSTREAM_BROKER)"
        raise BrokerError(msg) from exc
    finally:
        quiet.setLevel(level)


def run_worker(
    settings: Settings, *, loglevel: str = "info", probe_seconds: float = PROBE_SECONDS
) -> int:
    """Start a worker with every agent and serve ``/metrics``; returns the exit code.

    Raises ``NewsstreamError`` (``BrokerError``) when no broker answers at
    ``settings.broker``; the CLI turns that into one line on stderr.
    """
    # Imported here: Faust is heavy and the CLI's other commands do not need it.
    from streams.app import create_app
    from streams.codecs import MessageCodec
    from streams.topics import ensure_topics

    check_broker(settings.bootstrap_servers, seconds=probe_seconds)
    asyncio.run(ensure_topics(settings))
    # Faust creates <data_dir>/<app_id> at start-up, but not its parents.
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    codec = MessageCodec.load(max_text_chars=settings.max_text_chars)
    app = create_app(settings, registry=CollectorRegistry(), codec=codec)
    worker = faust_worker(app, loglevel=loglevel)
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:  # mode's Worker always ends with sys.exit()
        return exc.code if isinstance(exc.code, int) else 1
    return 0  # pragma: no cover - execute_from_commandline never returns


def faust_worker(app: Any, *, loglevel: str) -> Any:
    """The Faust worker that runs ``app``, logging at ``loglevel`` and nothing below."""
    import faust  # heavy: imported when a worker is made, not by the CLI's other commands

    worker = faust.Worker(app, loglevel=loglevel, redirect_stdouts=False)
    # Faust's start-up spinner, kept at levels from "warn" up, sets the root logger to
    # DEBUG for a handler of its own: every debug line of aiokafka and Faust (several per
    # record produced) is then built and handled, some ms of CPU per article. Without
    # the spinner the root logger stays at ``loglevel``.
    worker.spinner = None
    return worker


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m streams.worker [--loglevel LEVEL]``: settings from ``NEWSSTREAM_*``."""
    parser = argparse.ArgumentParser(prog="python -m streams.worker")
    parser.add_argument("--loglevel", "-l", choices=LOG_LEVELS, default="info")
    args = parser.parse_args(argv)
    try:
        settings = Settings()
        return run_worker(settings, loglevel=args.loglevel)
    except ValidationError as exc:
        problems = "; ".join(
            f"NEWSSTREAM_{'_'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors()
        )
        sys.stderr.write(f"newsstream worker: bad settings: {problems}\n")
        return 2
    except NewsstreamError as exc:
        sys.stderr.write(f"newsstream worker: {exc}\n")
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
