"""Harness for the pipeline's integration tests: workers as subprocesses on a real broker.

A ``Pipeline`` (the ``pipeline`` fixture, in ``conftest.py``) gives a test its own topics,
app id (consumer group, changelog) and data folder on the session's broker
(``kafka_bootstrap`` from ``tests/conftest.py``). It starts workers with
``python -m streams.worker`` and the settings in ``NEWSSTREAM_*`` variables, publishes raw
records, reads topics from the beginning, and waits until the app's consumer group has
committed everything there is on its input topics ("drained"). Workers still running at
the end of a test are killed, and their log is attached to the report.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import orjson
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.structs import ConsumerRecord

from processors.articles import parse_article
from processors.extraction import Extractor
from processors.tracker import AgreementTracker, KeyState
from streams.agents.clock import is_pending_key
from streams.replay import event_order, replay
from streams.settings import Settings
from streams.topics import TopicNames

REPO_ROOT = Path(__file__).resolve().parents[3]
READY_SECONDS = 60.0
"""Generous for a loaded 2-core runner; a worker is normally ready in 2-4 s."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class WorkerProcess:
    """One ``python -m streams.worker`` subprocess and its web port."""

    name: str
    proc: subprocess.Popen[bytes]
    web_port: int
    log_path: Path
    started: float = field(default_factory=time.monotonic)
    ready_seconds: float | None = None
    stopped_on_purpose: bool = False

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    def log_tail(self, lines: int = 60) -> str:
        text = self.log_path.read_text("utf-8", "replace") if self.log_path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    async def _get(self, path: str) -> tuple[int, bytes] | None:
        try:
            timeout = aiohttp.ClientTimeout(total=5)
            async with (
                aiohttp.ClientSession(timeout=timeout) as session,
                session.get(self.url + path) as response,
            ):
                return response.status, await response.read()
        except (aiohttp.ClientError, TimeoutError):
            return None

    async def wait_ready(self, seconds: float = READY_SECONDS) -> float:
        """Wait until ``/health`` says ok with partitions assigned; the seconds it took."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(
                    f"worker {self.name} exited with {self.proc.returncode}:\n{self.log_tail()}"
                )
            answer = await self._get("/health")
            if answer is not None and answer[0] == 200:
                health = orjson.loads(answer[1])
                if health["status"] == "ok" and health["assigned_partitions"] > 0:
                    self.ready_seconds = time.monotonic() - self.started
                    return self.ready_seconds
            await asyncio.sleep(0.1)
        pytest.fail(f"worker {self.name} not ready after {seconds} s:\n{self.log_tail()}")

    async def metrics(self) -> dict[str, float]:
        """``/metrics`` as ``{"name{labels}": value}`` (newsstream's own series only)."""
        for _ in range(3):  # a worker busy starting up on a loaded runner can be slow
            answer = await self._get("/metrics")
            if answer is not None and answer[0] == 200:
                break
        else:
            pytest.fail(f"no /metrics from {self.name}:\n{self.log_tail()}")
        out: dict[str, float] = {}
        for line in answer[1].decode().splitlines():
            if line.startswith("newsstream_"):
                name, _, value = line.rpartition(" ")
                out[name] = float(value)
        return out

    def terminate(self, timeout: float = 30.0) -> int:
        """SIGTERM and wait; the exit code."""
        self.stopped_on_purpose = True
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=timeout)

    def kill(self) -> None:
        """SIGKILL: no flush, no commit, no goodbye to the group."""
        self.stopped_on_purpose = True
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)


@dataclass
class Pipeline:
    """One test's app on the session broker."""

    settings: Settings
    bootstrap: str
    tmp: Path
    admin: Any
    workers: list[WorkerProcess] = field(default_factory=list)
    _producer: AIOKafkaProducer | None = None

    @property
    def topics(self) -> TopicNames:
        return TopicNames.from_settings(self.settings)

    def env(self, web_port: int) -> dict[str, str]:
        # A clean environment: nothing NEWSSTREAM_* from the outside leaks into the worker.
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSSTREAM_")}
        values = self.settings.model_dump(mode="json")
        for name, value in values.items():
            env[f"NEWSSTREAM_{name.upper()}"] = str(value)
        env["NEWSSTREAM_WEB_PORT"] = str(web_port)
        env["PYTHONUNBUFFERED"] = "1"
        return env

    def start_worker(self, name: str | None = None) -> WorkerProcess:
        """Start a worker process (not waiting for it)."""
        name = name or f"w{len(self.workers) + 1}"
        port = free_port()
        log_path = self.tmp / f"{name}.log"
        with log_path.open("ab") as log:
            proc = subprocess.Popen(
                [sys.executable, "-m", "streams.worker", "--loglevel", "info"],
                env=self.env(port),
                cwd=self.tmp,  # the worker must not depend on the repository's folder
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        worker = WorkerProcess(name, proc, port, log_path)
        self.workers.append(worker)
        return worker

    async def publish(
        self, records: Iterable[tuple[bytes | None, bytes]], *, topic: str | None = None
    ) -> None:
        """Produce ``(key, value)`` records in order (to the articles topic by default)."""
        if self._producer is None:
            self._producer = AIOKafkaProducer(bootstrap_servers=self.bootstrap, linger_ms=5)
            await self._producer.start()
        for key, value in records:
            await self._producer.send(topic or self.topics.articles, value, key=key)
        await self._producer.flush()

    async def read(
        self,
        topic: str,
        until: Callable[[list[ConsumerRecord[bytes, bytes]]], bool] = lambda records: False,
        *,
        seconds: float = 30.0,
        settle: float | None = None,
    ) -> list[ConsumerRecord[bytes, bytes]]:
        """Every record of ``topic`` from the beginning, until ``until(records)`` holds.

        With ``settle``, stops instead once no new record came for that long (and fails
        at the deadline only if ``until`` never held and nothing settled).
        """
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap, enable_auto_commit=False, group_id=None
        )
        await consumer.start()
        records: list[ConsumerRecord[bytes, bytes]] = []
        try:
            partitions = await _partitions(consumer, topic)
            tps = [TopicPartition(topic, p) for p in sorted(partitions)]
            consumer.assign(tps)
            await consumer.seek_to_beginning(*tps)
            deadline = time.monotonic() + seconds
            quiet_since = time.monotonic()
            while True:
                if until(records):
                    return records
                now = time.monotonic()
                if settle is not None and now - quiet_since >= settle:
                    return records
                if now > deadline:
                    break
                batch = await consumer.getmany(timeout_ms=200)
                for got in batch.values():
                    records.extend(got)
                    quiet_since = time.monotonic()
        finally:
            await consumer.stop()
        pytest.fail(f"{topic}: condition not met after {seconds} s; read {len(records)} records")

    async def wait_drained(self, seconds: float = 60.0, *, topics: Sequence[str] = ()) -> float:
        """Wait until the app's group has committed the end of every input topic.

        Faust flushes its producer before it commits, so once the articles are committed
        their observations and ticks are on the tracker's input, and once that is
        committed too, every alert they cause has been acknowledged. Returns the seconds.
        """
        wanted = list(topics) or [self.topics.articles, self.topics.tracker]
        began = time.monotonic()
        deadline = began + seconds
        lagging: dict[str, dict[int, tuple[int, int]]] = {}
        while time.monotonic() < deadline:
            for worker in self.workers:
                code = worker.proc.poll()
                if code is not None and not worker.stopped_on_purpose:
                    pytest.fail(f"worker {worker.name} exited with {code}:\n{worker.log_tail()}")
            lagging = {}
            for topic in wanted:
                ends = await self.admin.end_offsets(topic)
                committed = await self.admin.committed_offsets(self.settings.app_id, topic)
                behind = {
                    p: (committed.get(p, 0), end)
                    for p, end in ends.items()
                    if end > 0 and committed.get(p, 0) < end
                }
                if behind:
                    lagging[topic] = behind
            if not lagging:
                return time.monotonic() - began
            await asyncio.sleep(0.25)
        logs = "\n".join(f"--- {w.name}\n{w.log_tail(30)}" for w in self.workers)
        pytest.fail(f"not drained after {seconds} s: {lagging}\n{logs}")

    async def close(self) -> None:
        """Kill the workers still running and close the producer."""
        for worker in self.workers:
            worker.kill()
        if self._producer is not None:
            await self._producer.stop()
            self._producer = None


async def _partitions(consumer: AIOKafkaConsumer, topic: str) -> set[int]:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        found = consumer.partitions_for_topic(topic)
        if found:
            return set(found)
        await consumer._client.force_metadata_update()
        await asyncio.sleep(0.1)
    pytest.fail(f"topic {topic} has no partitions")


def article_records(articles: Iterable[dict[str, Any]]) -> list[tuple[bytes | None, bytes]]:
    """Articles as ``(key, value)`` records keyed by their id."""
    return [(str(a["id"]).encode(), orjson.dumps(a)) for a in articles]


def load_articles(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """Article objects from files (a gold file holds its article under ``article``)."""
    out: list[dict[str, Any]] = []
    for path in paths:
        data = orjson.loads(path.read_bytes())
        out.append(data["article"] if isinstance(data.get("article"), dict) else data)
    return out


def by_event_time(articles: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """In the order ``replay`` processes them (``streams.replay.event_order``)."""
    return sorted(articles, key=lambda a: event_order(parse_article(a)))


def alert_bodies(records: Iterable[ConsumerRecord[bytes, bytes]]) -> list[dict[str, Any]]:
    return [orjson.loads(r.value) for r in records]


def without_detection_time(alert: dict[str, Any]) -> dict[str, Any]:
    """An alert minus ``detected_at``, the one field a re-emission may change."""
    return {k: v for k, v in alert.items() if k != "detected_at"}


async def consumed(workers: Sequence[WorkerProcess]) -> float:
    """Articles the workers have consumed (processed or dead-lettered) since they started."""
    total = 0.0
    for worker in workers:
        if worker.proc.poll() is None:
            metrics = await worker.metrics()
            total += sum(
                v for k, v in metrics.items() if k.startswith("newsstream_articles_consumed_total")
            )
    return total


async def feed_in_order(
    pipeline: Pipeline, articles: Sequence[dict[str, Any]], workers: Sequence[WorkerProcess]
) -> None:
    """Publish one article at a time, each once the workers have consumed the one before.

    With several partitions a worker reads them interleaved, so a bulk publish reaches the
    tracker out of event-time order; fed like this the stream sees the articles in the
    order given, whatever the partitioning, and runs are comparable.
    """
    base = await consumed(workers)
    for n, article in enumerate(articles, start=1):
        await pipeline.publish(article_records([article]))
        deadline = time.monotonic() + 30
        while await consumed(workers) < base + n:
            if time.monotonic() > deadline:
                pytest.fail(f"article {n} ({article['id']}) not consumed in 30 s")
            await asyncio.sleep(0.02)


@dataclass(frozen=True)
class Reference:
    """What the pipeline run in process (as ``replay`` runs it) gives for some articles."""

    alerts: list[dict[str, Any]]
    states: dict[str, list[tuple[str, str]]]
    """Per agreement key, its instances' (id, status), sorted."""


def replay_reference(articles: Iterable[dict[str, Any]]) -> Reference:
    """``newsstream replay``'s pipeline (``streams.replay.replay``) over the same articles,
    in this process."""
    tracker = AgreementTracker()
    parsed = [parse_article(data) for data in articles]
    alerts = [a.to_dict() for a in replay(parsed, Extractor.load(), tracker)]
    states = {
        key: sorted((i.id, i.status) for i in state.instances)
        for key, state in tracker.states().items()
    }
    return Reference(alerts, states)


async def table_states(pipeline: Pipeline) -> dict[str, list[tuple[str, str]]]:
    """The agreement states in the app's table, read back from its changelog topic."""
    changelog = f"{pipeline.settings.app_id}-agreements-changelog"
    latest: dict[str, Any] = {}
    for record in await pipeline.read(changelog, settle=1.0):
        latest[orjson.loads(record.key)] = (
            None if record.value is None else orjson.loads(record.value)
        )
    return {
        key: sorted((i.id, i.status) for i in KeyState.from_dict(value).instances)
        for key, value in latest.items()
        if value and not is_pending_key(key)
    }
