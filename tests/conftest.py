"""Fixtures shared by all of newsstream's tests.

The Kafka broker
----------------
``kafka_bootstrap`` (session scope) is the ``host:port`` of a real Kafka broker:

- when ``NEWSSTREAM_BROKER`` is set (``kafka://host:port`` or ``host:port``; several
  addresses may be separated by ``,`` or ``;``), that broker is used as it is;
- otherwise the project's launcher (:mod:`streams.localkafka`) starts a single-node Apache
  Kafka on free ports, with its data and log under this session's temporary directory, and
  stops it when the session ends.  The jars come from the repository's ``.local-kafka/``
  cache, so Maven downloads them once per checkout (CI can cache that directory).

A broker that cannot be started or reached fails the tests that need it, with the tail of
the broker log; nothing is silently skipped.  The broker is only started when a test asks
for it, so ``pytest -m unit`` needs neither Java nor Maven.

The header of every run names the broker (``kafka: …``), and the summary at the end says
where its log is.
"""

from __future__ import annotations

import contextlib
import os
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from processors.errors import BrokerError
from streams.broker_probe import probe
from streams.localkafka import LocalKafka, pinned_version
from streams.settings import Settings

REPO_ROOT = Path(__file__).resolve().parents[1]
JAR_CACHE = REPO_ROOT / ".local-kafka"
BROKER_ENV = "NEWSSTREAM_BROKER"
#: Seconds a test session waits for its broker (a loaded 2-core CI runner included).
BROKER_START_TIMEOUT = 120.0


@dataclass(frozen=True)
class KafkaBroker:
    """The broker of a test session: its address, and what is known about it."""

    bootstrap: str
    version: str | None
    local: LocalKafka | None
    start_seconds: float | None

    def describe(self) -> str:
        """One line for the terminal: which broker, where, and where its log is."""
        if self.local is None:
            return f"kafka: external broker at {self.bootstrap} (from ${BROKER_ENV})"
        return (
            f"kafka: Apache Kafka {self.version} at {self.bootstrap}, started in "
            f"{self.start_seconds:.1f} s; log {self.local.log_path}"
        )


_BROKER_KEY = pytest.StashKey[KafkaBroker]()


def bootstrap_from_url(url: str) -> str:
    """``kafka://h1:p1;kafka://h2:p2`` or ``h1:p1,h2:p2`` -> ``h1:p1,h2:p2`` (aiokafka's form)."""
    return Settings(broker=url).bootstrap_servers


def free_ports(count: int) -> list[int]:
    """``count`` distinct TCP ports on 127.0.0.1 that were free a moment ago."""
    with contextlib.ExitStack() as stack:
        socks = [
            stack.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
            for _ in range(count)
        ]
        for sock in socks:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in socks]


def pytest_report_header(config: pytest.Config) -> list[str]:
    """Name the Kafka broker the integration tests use, in the header of every run."""
    external = os.environ.get(BROKER_ENV, "").strip()
    if external:
        return [f"kafka: external broker {bootstrap_from_url(external)} (from ${BROKER_ENV})"]
    kafka = LocalKafka(JAR_CACHE, cache=JAR_CACHE)
    version = kafka.version()
    if version is None:
        return [
            f"kafka: local Apache Kafka {pinned_version()} (jars not resolved yet: Maven "
            f"fetches them into {JAR_CACHE} when the first integration test runs)"
        ]
    return [f"kafka: local Apache Kafka {version}, started on first use (jars {kafka.jar_dir})"]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say which broker the session used and where its log is (only when one was used)."""
    broker = terminalreporter.config.stash.get(_BROKER_KEY, None)
    if broker is not None:
        terminalreporter.write_line(broker.describe())


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark tests by folder: ``tests/unit`` -> ``unit``, ``tests/integration`` -> ``integration``.

    Modules still say ``pytestmark = pytest.mark.…`` themselves; this catches the ones that
    forget, so ``-m unit`` never starts a broker and ``-m integration`` misses nothing.
    """
    for item in items:
        if not item.path.is_relative_to(REPO_ROOT):
            continue
        parts = item.path.relative_to(REPO_ROOT).parts
        kind = parts[1] if len(parts) > 2 and parts[0] == "tests" else None
        if kind in {"unit", "integration"} and item.get_closest_marker(kind) is None:
            item.add_marker(kind)


@pytest.fixture(scope="session")
def kafka_broker(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[KafkaBroker]:
    """The session's Kafka broker (see the module docstring); fails when there is none."""
    external = os.environ.get(BROKER_ENV, "").strip()
    if external:
        bootstrap = bootstrap_from_url(external)
        try:
            probe(bootstrap, timeout=15.0)
        except BrokerError as exc:
            pytest.fail(f"${BROKER_ENV}={external!r}: {exc}", pytrace=False)
        broker = KafkaBroker(bootstrap, None, None, None)
        request.config.stash[_BROKER_KEY] = broker
        yield broker
        return

    port, controller_port = free_ports(2)
    kafka = LocalKafka(tmp_path_factory.mktemp("kafka"), port, controller_port, cache=JAR_CACHE)
    began = time.monotonic()
    try:
        result = kafka.start(timeout=BROKER_START_TIMEOUT)
    except BrokerError as exc:
        hint = (
            ""
            if os.environ.get("CI") == "true"
            else (
                f"\n(hint: needs Java 17+ and, for the first run, Maven with access to Maven "
                f"Central; or set {BROKER_ENV}=host:port to use a running broker)"
            )
        )
        pytest.fail(f"could not start the local Kafka broker: {exc}{hint}", pytrace=False)
    broker = KafkaBroker(result.bootstrap, result.version, kafka, result.seconds)
    request.config.stash[_BROKER_KEY] = broker
    if result.resolved_seconds is not None:
        print(f"\nkafka: resolved jars in {result.resolved_seconds:.1f} s")  # noqa: T201
    print(f"\n{broker.describe()} (session setup {time.monotonic() - began:.1f} s)")  # noqa: T201
    try:
        yield broker
    finally:
        kafka.stop()


@pytest.fixture(scope="session")
def kafka_bootstrap(kafka_broker: KafkaBroker) -> str:
    """``host:port[,host:port…]`` of the session's real Kafka broker."""
    return kafka_broker.bootstrap


@pytest.fixture
def unique_name() -> Callable[..., str]:
    """A factory of names no other test uses: ``unique_name("articles")`` -> ``articles-1f…``.

    Use it for topic names, consumer group ids, Faust app ids and transactional ids, so that
    tests sharing one broker never see each other's data.
    """

    def make(prefix: str = "test") -> str:
        return f"{prefix}-{uuid.uuid4().hex[:10]}"

    return make


@pytest.fixture
def free_tcp_ports() -> Callable[[int], list[int]]:
    """``free_tcp_ports(n)``: ``n`` distinct ports on 127.0.0.1 that were free a moment ago."""
    return free_ports
