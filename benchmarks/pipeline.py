"""How fast is the pipeline on a real broker, end to end, and how quickly do alerts come out?

One run, on the project's local Kafka (started here in a scratch folder) or on the broker
``NEWSSTREAM_BROKER`` names, with topics and app ids of its own:

0. warm-up of a local broker: rounds of one worker on a burst of articles (on apps of
   their own) until the JVM's JIT compiler threads take under ``--warm-jit-pct`` of a core
   over a round (at most ``--warmup-rounds``). A broker that has just started spends much
   of its CPU compiling (on two cores, more than half of the broker's CPU in a cold run),
   which a long-running broker does not; the compiler's share is reported in every phase;
1. raw aiokafka consume rate of the article topic, pre-filled with ``--articles`` articles;
2. the same articles in this process, no Kafka: ``Extractor.extract`` alone, and the
   worker's two agents' code (decode, validate, extract, encode, track) with the sends
   collected in a list;
3. end to end through ONE worker process (``python -m streams.worker``) started on the
   pre-filled topic: articles/s from its first to its last statement (the statement
   records' Kafka timestamps), its CPU use, and its peak RSS (``VmHWM``);
4. latency at a fixed ``--rate`` for ``--seconds`` through the same worker: a paced
   producer notes the time of every send, a consumer the time every statement and alert
   arrives; statements are matched to their article by key, alerts by ``article_id``
   (an expiry alert by the arrival time of the article that moved the clock, which the
   worker forwards in a header);
5. ``--workers`` worker processes against one, each on a fresh app whose workers are
   ready before the same burst of articles is published: the articles/s ratio;
6. phase 4 again on a fresh app served by ``--workers`` worker processes (how a user
   would meet a rate one worker cannot keep up with).

The articles are the project's dev articles (``tests/data/devset``, ``tests/data/timeline``,
``seeds/``), in event-time order, repeated in cycles with fresh ids, each cycle's dates two
years (104 weeks: same weekdays) after the previous one's, so the tracker keeps seeing new
events and keeps raising alerts. Articles are spread over the partitions round robin
(phases 1, 3, 5), so no worker gets more than its share by key hashing.

    .venv/bin/python benchmarks/pipeline.py [--articles 600] [--rate 50] [--seconds 30]
        [--workers 2] [--partitions 4] [--warmup-rounds 6] [--warm-jit-pct 5] [--json]

The machine's cores are shared by the broker, the workers and this script: read the CPU
columns before the rates.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from prometheus_client import CollectorRegistry

from processors.articles import parse_article
from processors.extraction import Extractor
from streams.agents.extract_articles import ArticleHandler
from streams.agents.records import RECEIVED_HEADER, InputRecord, OutMessage
from streams.agents.track_agreements import AgreementHandler
from streams.agents.tracker_logic import RulesTracker
from streams.codecs import MessageCodec
from streams.demo import free_port
from streams.localkafka import LocalKafka
from streams.metrics import PipelineMetrics
from streams.settings import Settings
from streams.topics import TopicNames, ensure_topics

ROOT = Path(__file__).resolve().parents[1]
CYCLE_SHIFT = timedelta(weeks=104)
READY_SECONDS = 90.0
CLOCK_TICK = os.sysconf("SC_CLK_TCK")


# -- corpus ------------------------------------------------------------------------------


def load_corpus() -> list[dict[str, Any]]:
    """The dev articles (gold files hold theirs under ``article``), in event-time order."""
    found: list[dict[str, Any]] = []
    for folder in ("devset", "timeline"):
        for path in sorted((ROOT / "tests" / "data" / folder).glob("*.gold.json")):
            found.append(orjson.loads(path.read_bytes())["article"])
    for path in sorted((ROOT / "seeds").glob("*.json")):
        found.append(orjson.loads(path.read_bytes()))
    if not found:
        sys.exit("no dev articles found under tests/data and seeds")
    return sorted(found, key=lambda a: (a.get("published") or "", str(a["id"])))


def shifted(published: str | None, cycle: int) -> str | None:
    if published is None:
        return None
    moment = datetime.fromisoformat(published.replace("Z", "+00:00")) + cycle * CYCLE_SHIFT
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def make_articles(
    corpus: Sequence[dict[str, Any]], count: int, tag: str, first_cycle: int = 0
) -> list[dict[str, Any]]:
    """``count`` articles: the corpus in cycles, fresh ids, each cycle two years later."""
    out = []
    for number in range(count):
        cycle, source = divmod(number, len(corpus))
        cycle += first_cycle
        article = dict(corpus[source])
        article["id"] = f"{tag}-{cycle}-{corpus[source]['id']}"
        article["published"] = shifted(article.get("published"), cycle)
        out.append(article)
    return out


def cycles_used(count: int, corpus: Sequence[dict[str, Any]]) -> int:
    return -(-count // len(corpus))


# -- processes ---------------------------------------------------------------------------


def cpu_seconds(pid: int | None) -> float | None:
    """User + system CPU seconds of a live process (``/proc/<pid>/stat``)."""
    if pid is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICK


def jit_cpu_seconds(pid: int | None) -> float | None:
    """CPU seconds a JVM's JIT compiler threads have used (threads ``C1/C2 CompilerThre…``;
    the broker runs with a fixed number of them, so none exits and takes its time along)."""
    if pid is None:
        return None
    total = 0
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            with contextlib.suppress(OSError, IndexError):
                if "CompilerThre" in (task / "comm").read_text():
                    fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
                    total += int(fields[11]) + int(fields[12])
    except OSError:
        return None
    return total / CLOCK_TICK


def status_kib(pid: int, name: str) -> int | None:
    """A ``kB`` field of ``/proc/<pid>/status`` (``VmHWM``: peak RSS, ``VmRSS``: now)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(name + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def self_cpu() -> float:
    times = os.times()
    return times.user + times.system


def machine_busy() -> float | None:
    """CPU seconds all cores have spent busy since boot (``/proc/stat``)."""
    try:
        fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / CLOCK_TICK


@dataclass
class CpuWindow:
    """CPU seconds of some processes between ``start()`` and ``stop()``, as % of one core."""

    pids: dict[str, int | None]
    began: dict[str, float | None] = field(default_factory=dict)
    used: dict[str, float] = field(default_factory=dict)
    wall: float = 0.0
    _t0: float = 0.0

    def _sample(self) -> dict[str, float | None]:
        now: dict[str, float | None] = {n: cpu_seconds(p) for n, p in self.pids.items()}
        now["broker_jit"] = jit_cpu_seconds(self.pids.get("broker"))
        now["bench"] = self_cpu()
        now["machine"] = machine_busy()
        return now

    def start(self) -> None:
        self._t0 = time.monotonic()
        self.began = self._sample()

    def stop(self) -> dict[str, float]:
        """% of one core per process, ``bench`` (this script) and ``others`` (the rest of
        the machine: processes this run did not start)."""
        self.wall = time.monotonic() - self._t0
        now = self._sample()
        self.used = {
            name: 100.0 * (end - start) / self.wall
            for name, end in now.items()
            if end is not None and (start := self.began.get(name)) is not None and self.wall > 0
        }
        machine = self.used.pop("machine", None)
        jit = self.used.pop("broker_jit", None)  # part of the broker's share
        if machine is not None:
            self.used["others"] = max(0.0, machine - sum(self.used.values()))
        if jit is not None:
            self.used["broker_jit"] = jit
        return self.used


@dataclass
class WorkerProcess:
    """One ``python -m streams.worker`` with its own web port and log file."""

    name: str
    proc: subprocess.Popen[bytes]
    port: int
    log_path: Path

    @classmethod
    def start(cls, name: str, settings: Settings, folder: Path) -> WorkerProcess:
        port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSSTREAM_")}
        env.update(settings.model_copy(update={"web_port": port}).as_environment())
        log_path = folder / f"{name}.log"
        with log_path.open("wb") as log:
            proc = subprocess.Popen(
                [sys.executable, "-m", "streams.worker", "--loglevel", "warn"],
                env=env,
                cwd=folder,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        return cls(name, proc, port, log_path)

    def log_tail(self, lines: int = 30) -> str:
        text = self.log_path.read_text("utf-8", "replace") if self.log_path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    async def health(self, session: aiohttp.ClientSession) -> dict[str, Any] | None:
        try:
            async with session.get(f"http://127.0.0.1:{self.port}/health") as response:
                if response.status != 200:
                    return None
                body: dict[str, Any] = orjson.loads(await response.read())
                return body
        except (aiohttp.ClientError, TimeoutError):
            return None

    def check_alive(self) -> None:
        if self.proc.poll() is not None:
            sys.exit(f"worker {self.name} exited ({self.proc.returncode}):\n{self.log_tail()}")

    def peak_rss_mib(self) -> float | None:
        kib = status_kib(self.proc.pid, "VmHWM")
        return None if kib is None else kib / 1024

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


async def wait_ready(workers: Sequence[WorkerProcess], *, steady: float = 0.0) -> float:
    """Wait until every worker says ok with partitions assigned (for ``steady`` seconds
    in a row: a second worker's join makes the first rebalance); the seconds it took."""
    began = time.monotonic()
    ok_since: float | None = None
    timeout = aiohttp.ClientTimeout(total=3)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        while time.monotonic() - began < READY_SECONDS:
            for worker in workers:
                worker.check_alive()
            states = [await worker.health(session) for worker in workers]
            ready = all(
                s is not None and s["status"] == "ok" and s["assigned_partitions"] > 0
                for s in states
            )
            if ready:
                ok_since = ok_since or time.monotonic()
                if time.monotonic() - ok_since >= steady:
                    return time.monotonic() - began
            else:
                ok_since = None
            await asyncio.sleep(0.1)
    tails = "\n".join(f"--- {w.name}\n{w.log_tail()}" for w in workers)
    sys.exit(f"workers not ready after {READY_SECONDS} s:\n{tails}")


@contextlib.contextmanager
def broker(folder: Path) -> Iterator[tuple[str, int | None, str]]:
    """``(bootstrap, broker pid or None, description)``: NEWSSTREAM_BROKER or a local one."""
    configured = os.environ.get("NEWSSTREAM_BROKER", "").strip()
    if configured:
        bootstrap = Settings(broker=configured).bootstrap_servers
        yield bootstrap, None, f"external broker {bootstrap}"
        return
    kafka = LocalKafka(
        folder / "kafka",
        port=free_port(),
        controller_port=free_port(),
        cache=ROOT / ".local-kafka",
        # The full JIT: this broker is measured under load, not just started quickly; a
        # fixed set of compiler threads, so that their CPU time can be read (warm_up).
        jvm_options=["-XX:TieredStopAtLevel=4", "-XX:-UseDynamicNumberOfCompilerThreads"],
    )
    try:
        started = kafka.start(timeout=120)
        yield (
            started.bootstrap,
            started.pid,
            f"local Apache Kafka {started.version} (started in {started.seconds:.1f} s)",
        )
    finally:
        kafka.stop()


# -- Kafka helpers -------------------------------------------------------------------------


def app_settings(bootstrap: str, app_id: str, partitions: int, folder: Path) -> Settings:
    return Settings(
        app_id=app_id,
        broker=f"kafka://{bootstrap}",
        articles_topic=f"{app_id}.articles",
        statements_topic=f"{app_id}.statements",
        observations_topic=f"{app_id}.observations",
        alerts_topic=f"{app_id}.alerts",
        dlq_topic=f"{app_id}.dlq",
        partitions=partitions,
        data_dir=folder / "data",
    )


@contextlib.asynccontextmanager
async def producer(bootstrap: str, *, linger_ms: int) -> AsyncIterator[AIOKafkaProducer]:
    client = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=linger_ms, acks=1)
    await client.start()
    try:
        yield client
    finally:
        await client.stop()


async def publish_burst(
    bootstrap: str, topic: str, articles: Sequence[dict[str, Any]], partitions: int
) -> float:
    """Publish all at once, round robin over the partitions; the articles/s it took."""
    async with producer(bootstrap, linger_ms=5) as client:
        began = time.perf_counter()
        pending = [
            await client.send(
                topic,
                orjson.dumps(article),
                key=str(article["id"]).encode(),
                partition=number % partitions,
            )
            for number, article in enumerate(articles)
        ]
        await asyncio.gather(*pending)
        return len(articles) / (time.perf_counter() - began)


async def raw_consume(bootstrap: str, topic: str, count: int) -> tuple[float, float, int]:
    """Read ``topic`` from the beginning with a plain consumer, no decoding, again and
    again for at least 2 s; ``(messages/s, MB/s, passes)``."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        partitions = [TopicPartition(topic, p) for p in sorted(await _partitions(consumer, topic))]
        consumer.assign(partitions)
        messages = size = passes = 0
        began = time.perf_counter()
        while passes < 3 or time.perf_counter() - began < 2.0:
            await consumer.seek_to_beginning(*partitions)
            seen = 0
            while seen < count:
                batch = await consumer.getmany(timeout_ms=1000, max_records=10_000)
                for records in batch.values():
                    seen += len(records)
                    size += sum(len(r.value or b"") + len(r.key or b"") for r in records)
            messages += seen
            passes += 1
        elapsed = time.perf_counter() - began
    finally:
        await consumer.stop()
    return messages / elapsed, size / elapsed / 1e6, passes


async def _partitions(consumer: AIOKafkaConsumer, topic: str) -> set[int]:
    for _ in range(100):
        found = consumer.partitions_for_topic(topic)
        if found:
            return set(found)
        await consumer._client.force_metadata_update()
        await asyncio.sleep(0.1)
    sys.exit(f"topic {topic} has no partitions")


@dataclass
class Arrival:
    """One output record as the watcher saw it."""

    received: float
    """``time.time()`` when this process got it."""
    timestamp: float
    """The record's Kafka timestamp (the worker's send time), seconds."""
    key: str
    value: bytes
    headers: dict[str, bytes]


@dataclass
class Watcher:
    """Reads an app's statements and alerts topics as they are written."""

    settings: Settings
    statements: list[Arrival] = field(default_factory=list)
    alerts: list[Arrival] = field(default_factory=list)
    _task: asyncio.Task[None] | None = None
    _stop: asyncio.Event = field(default_factory=asyncio.Event)

    async def start(self) -> None:
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self.settings.bootstrap_servers,
            enable_auto_commit=False,
            fetch_max_wait_ms=100,
        )
        await consumer.start()
        names = (self.settings.statements_topic, self.settings.alerts_topic)
        assigned = [
            TopicPartition(name, p) for name in names for p in await _partitions(consumer, name)
        ]
        consumer.assign(assigned)
        await consumer.seek_to_beginning(*assigned)
        self._task = asyncio.create_task(self._run(consumer))

    async def _run(self, consumer: AIOKafkaConsumer) -> None:
        try:
            while not self._stop.is_set():
                batch = await consumer.getmany(timeout_ms=100)
                now = time.time()
                for tp, records in batch.items():
                    into = self.statements if tp.topic == self.settings.statements_topic else None
                    for record in records:
                        arrival = Arrival(
                            now,
                            record.timestamp / 1000,
                            (record.key or b"").decode(),
                            record.value or b"",
                            dict(record.headers or ()),
                        )
                        (into if into is not None else self.alerts).append(arrival)
        finally:
            await consumer.stop()

    def articles_seen(self, prefix: str) -> set[str]:
        return {a.key for a in self.statements if a.key.startswith(prefix)}

    async def wait_articles(
        self, prefix: str, count: int, workers: Sequence[WorkerProcess], seconds: float
    ) -> None:
        deadline = time.monotonic() + seconds
        while len(self.articles_seen(prefix)) < count:
            for worker in workers:
                worker.check_alive()
            if time.monotonic() > deadline:
                seen = len(self.articles_seen(prefix))
                sys.exit(f"only {seen} of {count} articles came out within {seconds:.0f} s")
            await asyncio.sleep(0.05)

    def span_rate(self, prefix: str) -> tuple[float, float]:
        """Articles/s from the first to the last statement of these articles, by the records'
        timestamps (when the worker sent them); and that span in seconds."""
        first: dict[str, float] = {}
        for arrival in self.statements:
            if arrival.key.startswith(prefix):
                first[arrival.key] = min(
                    first.get(arrival.key, arrival.timestamp), arrival.timestamp
                )
        times = sorted(first.values())
        span = times[-1] - times[0]
        return (len(times) - 1) / span if span > 0 else float("nan"), span

    async def stop(self) -> None:
        self._stop.set()
        if self._task is not None:
            await self._task


async def wait_drained(settings: Settings, seconds: float = 60.0) -> None:
    """Until the app's group has committed the end of its articles and tracker topics."""
    names = TopicNames.from_settings(settings)
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    consumer = AIOKafkaConsumer(bootstrap_servers=settings.bootstrap_servers)
    await admin.start()
    await consumer.start()
    try:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            committed = await admin.list_consumer_group_offsets(settings.app_id)
            wanted = [
                TopicPartition(topic, p)
                for topic in (names.articles, names.tracker)
                for p in await _partitions(consumer, topic)
            ]
            ends = await consumer.end_offsets(wanted)
            if all(
                end == 0 or (tp in committed and committed[tp].offset >= end)
                for tp, end in ends.items()
            ):
                return
            await asyncio.sleep(0.25)
    finally:
        await consumer.stop()
        await admin.close()
    sys.exit(f"{settings.app_id} did not commit all its input within {seconds:.0f} s")


# -- phases ------------------------------------------------------------------------------


def in_process(articles: Sequence[dict[str, Any]], partitions: int) -> dict[str, float]:
    """Articles/s without Kafka: ``extract`` alone, and both agents' code with the sends
    kept in memory (decode + validate + extract + encode + track)."""
    extractor = Extractor.load()
    parsed = [parse_article(a) for a in articles]
    for article in parsed[:20]:
        extractor.extract(article)
    began = time.perf_counter()
    for article in parsed:
        extractor.extract(article)
    extract_rate = len(parsed) / (time.perf_counter() - began)

    settings = Settings(partitions=partitions)
    names = TopicNames.from_settings(settings)
    codec = MessageCodec.load()
    tracker = RulesTracker.load()
    metrics = PipelineMetrics.create(CollectorRegistry())
    sent: list[OutMessage] = []
    sender = _ListSender(sent)
    articles_handler = ArticleHandler(
        codec=codec,
        extractor=extractor,
        metrics=metrics,
        topics=names,
        tracker_partitions=partitions,
        sender=sender,
        order=tracker.order,
    )
    table: dict[str, Any] = {}
    agreements = AgreementHandler(
        codec=codec, logic=tracker, metrics=metrics, topics=names, table=table, sender=sender
    )
    records = [
        InputRecord(names.articles, 0, n, str(a["id"]).encode(), orjson.dumps(a), 1)
        for n, a in enumerate(articles)
    ]

    async def run() -> float:
        began = time.perf_counter()
        for record in records:
            await articles_handler.handle(record)
            tracked = [m for m in sent if m.topic == names.tracker]
            sent.clear()
            for n, message in enumerate(tracked):
                partition = message.partition
                if partition is None:  # keyed: any fixed partition of the key will do
                    partition = hash(message.key) % partitions
                await agreements.handle(
                    InputRecord(
                        names.tracker,
                        partition,
                        n,
                        message.key,
                        message.value,
                        1,
                        dict(message.headers),
                    )
                )
            sent.clear()
        return len(records) / (time.perf_counter() - began)

    handler_rate = asyncio.run(run())
    return {"extract": extract_rate, "agents": handler_rate}


class _ListSender:
    def __init__(self, into: list[OutMessage]) -> None:
        self.into = into

    async def send(self, message: OutMessage) -> None:
        self.into.append(message)

    async def send_confirmed(self, messages: Sequence[OutMessage]) -> None:
        self.into.extend(messages)


def latency_summary(values: Sequence[float]) -> dict[str, float]:
    ms = [v * 1000 for v in values]
    cuts = statistics.quantiles(ms, n=100, method="inclusive") if len(ms) > 1 else ms * 99
    nan = float("nan")
    return {
        "count": len(ms),
        "p50_ms": cuts[49] if cuts else nan,
        "p90_ms": cuts[89] if cuts else nan,
        "p99_ms": cuts[98] if cuts else nan,
        "max_ms": max(ms) if ms else float("nan"),
        "mean_ms": statistics.fmean(ms) if ms else float("nan"),
    }


async def paced_publish(
    bootstrap: str, topic: str, articles: Sequence[dict[str, Any]], rate: float
) -> tuple[dict[str, float], float]:
    """Publish at ``rate`` articles/s (keyed by id); send times by id, and the rate achieved."""
    sent_at: dict[str, float] = {}
    async with producer(bootstrap, linger_ms=0) as client:
        began = time.monotonic()
        for number, article in enumerate(articles):
            delay = began + number / rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            key = str(article["id"])
            sent_at[key] = time.time()
            await client.send(topic, orjson.dumps(article), key=key.encode())
        await client.flush()
        elapsed = time.monotonic() - began
    return sent_at, (len(articles) - 1) / elapsed if elapsed > 0 else float("nan")


def alert_latencies(
    watcher: Watcher, sent_at: dict[str, float], after: float
) -> tuple[list[float], int, int]:
    """Publish -> arrival of every alert caused by these articles; and how many of them were
    expiries (timed from the article that moved the clock), and alerts not matched."""
    latencies: list[float] = []
    expiries = unmatched = 0
    for arrival in watcher.alerts:
        if arrival.received < after:
            continue
        alert = orjson.loads(arrival.value)
        cause = sent_at.get(str(alert.get("article_id")))
        if alert.get("status") == "expired" or cause is None:
            header = arrival.headers.get(RECEIVED_HEADER)
            if header is None:
                unmatched += 1
                continue
            expiries += alert.get("status") == "expired"
            cause = int(header) / 1000
        latencies.append(arrival.received - cause)
    return latencies, expiries, unmatched


async def scaling_run(
    bootstrap: str,
    folder: Path,
    articles: Sequence[dict[str, Any]],
    workers: int,
    partitions: int,
    broker_pid: int | None,
) -> dict[str, Any]:
    """A fresh app with ``workers`` processes, all ready before one burst of articles."""
    app_id = f"pb{workers}w-{uuid.uuid4().hex[:8]}"
    settings = app_settings(bootstrap, app_id, partitions, folder)
    await ensure_topics(settings)
    watcher = Watcher(settings)
    await watcher.start()
    procs = [WorkerProcess.start(f"{app_id}-{n}", settings, folder) for n in range(workers)]
    try:
        await wait_ready(procs, steady=2.0 if workers > 1 else 0.0)
        tagged = [dict(a, id=f"{app_id}-{a['id']}") for a in articles]
        window = CpuWindow(
            {**{p.name: p.proc.pid for p in procs}, "broker": broker_pid},
        )
        window.start()
        await publish_burst(bootstrap, settings.articles_topic, tagged, partitions)
        await watcher.wait_articles(app_id, len(tagged), procs, 60 + len(tagged) / 5)
        cpu = window.stop()
        rate, span = watcher.span_rate(app_id)
        await wait_drained(settings)
        rss = [p.peak_rss_mib() for p in procs]
    finally:
        await watcher.stop()
        for proc in procs:
            proc.stop()
    worker_cpu = [cpu.get(p.name, float("nan")) for p in procs]
    return {
        "workers": workers,
        "articles_per_s": rate,
        "seconds": span,
        "worker_cpu_pct": worker_cpu,
        "broker_cpu_pct": cpu.get("broker"),
        "broker_jit_cpu_pct": cpu.get("broker_jit"),
        "bench_cpu_pct": cpu.get("bench"),
        "others_cpu_pct": cpu.get("others"),
        "peak_rss_mib": rss,
    }


async def warm_up(
    args: argparse.Namespace,
    bootstrap: str,
    broker_pid: int | None,
    folder: Path,
    corpus: Sequence[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Phase 0: one-worker rounds until the broker's JIT has settled; each round's figures."""
    rounds: list[dict[str, Any]] = []
    if broker_pid is None:
        return rounds  # an external broker: not ours to warm, and its JIT cannot be read
    for number in range(args.warmup_rounds):
        articles = make_articles(corpus, args.articles, f"w{number}")
        run = await scaling_run(bootstrap, folder, articles, 1, args.partitions, broker_pid)
        rounds.append(run)
        jit = run["broker_jit_cpu_pct"]
        say(f"0. warm-up round {number + 1}: broker JIT {_pct(jit)} of a core")
        if jit is not None and jit < args.warm_jit_pct:
            break
    return rounds


async def pipeline_phases(
    args: argparse.Namespace,
    bootstrap: str,
    broker_pid: int | None,
    folder: Path,
    corpus: Sequence[dict[str, Any]],
    results: dict[str, Any],
) -> None:
    partitions = args.partitions
    results["warm_up"] = await warm_up(args, bootstrap, broker_pid, folder, corpus)
    app_id = f"pb-{uuid.uuid4().hex[:8]}"
    settings = app_settings(bootstrap, app_id, partitions, folder)
    await ensure_topics(settings)
    bulk = make_articles(corpus, args.articles, app_id)
    say(f"pre-filling {settings.articles_topic} ({partitions} partitions) with {len(bulk)}")
    results["produce_articles_per_s"] = await publish_burst(
        bootstrap, settings.articles_topic, bulk, partitions
    )

    say("1. raw consume")
    rate, megabytes, passes = await raw_consume(bootstrap, settings.articles_topic, len(bulk))
    results["raw_consume"] = {"messages_per_s": rate, "mb_per_s": megabytes, "passes": passes}

    say("2. in process, no Kafka")
    results["in_process"] = await asyncio.to_thread(in_process, bulk, partitions)

    say("3. one worker on the pre-filled topic")
    watcher = Watcher(settings)
    await watcher.start()
    worker = WorkerProcess.start("e2e", settings, folder)
    try:
        ready = await wait_ready([worker])
        window = CpuWindow({"worker": worker.proc.pid, "broker": broker_pid})
        window.start()
        await watcher.wait_articles(app_id, len(bulk), [worker], 60 + len(bulk) / 5)
        cpu = window.stop()
        rate, span = watcher.span_rate(app_id)
        await wait_drained(settings)
        results["one_worker"] = {
            "articles_per_s": rate,
            "seconds": span,
            "ready_seconds": ready,
            "worker_cpu_pct": cpu.get("worker"),
            "broker_cpu_pct": cpu.get("broker"),
            "broker_jit_cpu_pct": cpu.get("broker_jit"),
            "bench_cpu_pct": cpu.get("bench"),
            "others_cpu_pct": cpu.get("others"),
            "worker_cpu_ms_per_article": 10 * cpu.get("worker", 0.0) * window.wall / len(bulk),
            "peak_rss_mib": worker.peak_rss_mib(),
        }

        count = round(args.rate * args.seconds)
        say(f"4. latency: {count} articles at {args.rate:g}/s through the same worker")
        first_cycle = cycles_used(len(bulk), corpus)
        paced = make_articles(corpus, count, f"{app_id}-paced", first_cycle)
        results["latency"] = await paced_latency(
            bootstrap,
            settings,
            watcher,
            [worker],
            f"{app_id}-paced",
            paced,
            args.rate,
            results["one_worker"]["articles_per_s"],
            broker_pid,
        )
        results["peak_rss_mib"] = worker.peak_rss_mib()
    finally:
        await watcher.stop()
        worker.stop()

    say(f"5. scaling: 1 and {args.workers} workers, {len(bulk)} articles each")
    runs = []
    for count in (1, args.workers):
        scaling_articles = make_articles(corpus, args.articles, "s")
        runs.append(
            await scaling_run(bootstrap, folder, scaling_articles, count, partitions, broker_pid)
        )
    results["scaling"] = {
        "runs": runs,
        "ratio": runs[1]["articles_per_s"] / runs[0]["articles_per_s"],
    }

    count = round(args.rate * args.seconds)
    say(f"6. latency: {count} articles at {args.rate:g}/s through {args.workers} workers")
    results["latency_workers"] = await workers_latency(
        bootstrap,
        folder,
        corpus,
        count,
        args,
        runs[1]["articles_per_s"],
        broker_pid,
    )


async def paced_latency(
    bootstrap: str,
    settings: Settings,
    watcher: Watcher,
    workers: Sequence[WorkerProcess],
    tag: str,
    paced: Sequence[dict[str, Any]],
    rate: float,
    capacity: float,
    broker_pid: int | None,
) -> dict[str, Any]:
    """Publish ``paced`` at ``rate`` to ready ``workers`` and time every statement and alert
    from its article's publication."""
    count = len(paced)
    started = time.time()
    window = CpuWindow({**{w.name: w.proc.pid for w in workers}, "broker": broker_pid})
    window.start()
    sent_at, achieved = await paced_publish(bootstrap, settings.articles_topic, paced, rate)
    # Above the workers' capacity a backlog builds up; wait for it to drain.
    backlog = count / min(rate, capacity)
    await watcher.wait_articles(tag, count, list(workers), 60 + 1.5 * backlog)
    cpu = window.stop()
    await wait_drained(settings)
    await asyncio.sleep(1.0)  # alerts of the last articles
    first_statement: dict[str, float] = {}
    for arrival in watcher.statements:
        if arrival.key in sent_at and arrival.key not in first_statement:
            first_statement[arrival.key] = arrival.received - sent_at[arrival.key]
    alerts, expiries, unmatched = alert_latencies(watcher, sent_at, started)
    worker_cpu = [cpu.get(w.name) for w in workers]
    return {
        "rate": rate,
        "achieved_rate": achieved,
        "articles": count,
        "workers": len(workers),
        "statements": latency_summary(list(first_statement.values())),
        "alerts": latency_summary(alerts),
        "expiry_alerts": expiries,
        "unmatched_alerts": unmatched,
        "worker_cpu_pct": worker_cpu[0] if len(workers) == 1 else worker_cpu,
        "broker_cpu_pct": cpu.get("broker"),
        "broker_jit_cpu_pct": cpu.get("broker_jit"),
        "bench_cpu_pct": cpu.get("bench"),
        "others_cpu_pct": cpu.get("others"),
    }


async def workers_latency(
    bootstrap: str,
    folder: Path,
    corpus: Sequence[dict[str, Any]],
    count: int,
    args: argparse.Namespace,
    capacity: float,
    broker_pid: int | None,
) -> dict[str, Any]:
    """Phase 4 again on a fresh app served by ``args.workers`` worker processes."""
    app_id = f"pbl{args.workers}w-{uuid.uuid4().hex[:8]}"
    settings = app_settings(bootstrap, app_id, args.partitions, folder)
    await ensure_topics(settings)
    watcher = Watcher(settings)
    await watcher.start()
    procs = [WorkerProcess.start(f"{app_id}-{n}", settings, folder) for n in range(args.workers)]
    try:
        await wait_ready(procs, steady=2.0)
        paced = make_articles(corpus, count, f"{app_id}-paced")
        return await paced_latency(
            bootstrap,
            settings,
            watcher,
            procs,
            f"{app_id}-paced",
            paced,
            args.rate,
            capacity,
            broker_pid,
        )
    finally:
        await watcher.stop()
        for proc in procs:
            proc.stop()


# -- report ------------------------------------------------------------------------------


def say(message: str) -> None:
    print(f"pipeline: {message}", file=sys.stderr, flush=True)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}%"


def _cpu(figures: dict[str, Any]) -> str:
    workers = figures.get("worker_cpu_pct")
    if isinstance(workers, list):
        workers = "+".join(f"{c:.0f}" for c in workers) + "%"
    else:
        workers = _pct(workers)
    jit = figures.get("broker_jit_cpu_pct")
    broker = _pct(figures["broker_cpu_pct"]) + ("" if jit is None else f" (JIT {jit:.0f}%)")
    return (
        f"CPU: worker {workers}, broker {broker}, "
        f"script {_pct(figures['bench_cpu_pct'])}, others {_pct(figures.get('others_cpu_pct'))}"
    )


def _latency(figures: dict[str, float]) -> tuple[str, str]:
    return (
        f"p50 {figures['p50_ms']:.0f} / p99 {figures['p99_ms']:.0f} ms",
        f"p90 {figures['p90_ms']:.0f}, max {figures['max_ms']:.0f} ms, n={figures['count']}",
    )


def report(results: dict[str, Any]) -> str:
    """The figures as a table: what, value, notes."""
    corpus = results["corpus"]
    raw = results["raw_consume"]
    inproc = results["in_process"]
    one = results["one_worker"]
    lat = results["latency"]
    runs = results["scaling"]["runs"]
    extract = inproc["extract"]
    rows: list[tuple[str, str, str]] = [
        (
            f"0. warm-up, {len(results['warm_up'])} round(s) of one worker",
            "-"
            if not results["warm_up"]
            else f"{results['warm_up'][-1]['articles_per_s']:.1f} art/s",
            "none (external broker)" if not results["warm_up"] else _cpu(results["warm_up"][-1]),
        ),
        (
            "publish, burst (aiokafka, linger 5 ms)",
            f"{results['produce_articles_per_s']:.0f}/s",
            "",
        ),
        (
            "1. raw consume of the article topic",
            f"{raw['messages_per_s']:.0f} msg/s",
            f"{raw['mb_per_s']:.1f} MB/s, no decoding",
        ),
        ("2. extract alone, in process", f"{extract:.1f} art/s", ""),
        (
            "   both agents' code in process, no Kafka",
            f"{inproc['agents']:.1f} art/s",
            f"{100 * inproc['agents'] / extract:.0f}% of extract (decode..track)",
        ),
        (
            "3. end to end, one worker",
            f"{one['articles_per_s']:.1f} art/s",
            f"{100 * one['articles_per_s'] / extract:.0f}% of extract (target >= 70%); "
            + _cpu(one),
        ),
        (
            "   worker CPU per article",
            f"{one['worker_cpu_ms_per_article']:.1f} ms",
            f"extract alone: {1000 / extract:.1f} ms",
        ),
        (f"4. latency at {lat['rate']:g} art/s", f"{lat['achieved_rate']:.1f}/s sent", _cpu(lat)),
        ("   publish -> first statement", *_latency(lat["statements"])),
        ("   publish -> alert (target p99 <= 250 ms)", *_latency(lat["alerts"])),
        (
            "   alerts that were expiries / unmatched",
            f"{lat['expiry_alerts']} / {lat['unmatched_alerts']}",
            "expiries timed from the article that moved the clock",
        ),
        (
            "worker peak RSS (VmHWM), phases 3-4",
            f"{results['peak_rss_mib']:.0f} MiB",
            "target <= 300",
        ),
    ]
    for run in runs:
        rows.append(
            (
                f"5. {run['workers']} worker(s), burst to ready workers",
                f"{run['articles_per_s']:.1f} art/s",
                _cpu(run),
            )
        )
    rows.append(
        (
            f"   {runs[-1]['workers']} workers / 1",
            f"{results['scaling']['ratio']:.2f}x",
            "target >= 1.7 on 2 cores",
        )
    )
    many = results["latency_workers"]
    rows += [
        (
            f"6. latency at {many['rate']:g} art/s, {many['workers']} workers",
            f"{many['achieved_rate']:.1f}/s sent",
            _cpu(many),
        ),
        ("   publish -> first statement", *_latency(many["statements"])),
        ("   publish -> alert", *_latency(many["alerts"])),
    ]
    rows.append(("worker ready after start", f"{one['ready_seconds']:.1f} s", ""))
    rows.append(("total run time", f"{results['run_seconds']:.0f} s", ""))
    width = max(len(r[0]) for r in rows)
    lines = [
        f"broker: {results['broker']}; cores: {os.cpu_count()}; partitions: "
        f"{results['partitions']}; articles: {results['articles']} ({corpus['texts']} dev "
        f"texts in cycles, mean {corpus['mean_words']:.0f} words, {corpus['mean_kb']:.1f} KB)",
        "",
        f"{'figure':{width}}  {'value':>18}  notes",
        "-" * (width + 2 + 18 + 2 + 40),
    ]
    lines += [f"{what:{width}}  {value:>18}  {notes}".rstrip() for what, value, notes in rows]
    return "\n".join(lines)


def _interrupted(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600, help="articles for phases 1-3, 5")
    parser.add_argument("--rate", type=float, default=50.0, help="articles/s in phase 4")
    parser.add_argument("--seconds", type=float, default=30.0, help="length of phase 4")
    parser.add_argument("--workers", type=int, default=2, help="workers in phase 5")
    parser.add_argument("--partitions", type=int, default=4, help="partitions of every topic")
    parser.add_argument(
        "--warmup-rounds", type=int, default=6, help="at most this many warm-up rounds (0: none)"
    )
    parser.add_argument(
        "--warm-jit-pct",
        type=float,
        default=5.0,
        help="warm once the broker's JIT takes less than this %% of a core over a round",
    )
    parser.add_argument("--json", action="store_true", help="the figures as one JSON object")
    args = parser.parse_args()
    if args.articles < 2 or args.rate <= 0 or args.seconds <= 0 or args.workers < 2:
        parser.error("need --articles >= 2, --rate > 0, --seconds > 0, --workers >= 2")
    # A run stopped with SIGTERM unwinds as Ctrl-C does, so the broker and the workers it
    # started stop with it.
    signal.signal(signal.SIGTERM, _interrupted)
    began = time.monotonic()
    corpus = load_corpus()
    words = [len(a["text"].split()) for a in corpus]
    results: dict[str, Any] = {
        "articles": args.articles,
        "partitions": args.partitions,
        "corpus": {
            "texts": len(corpus),
            "mean_words": statistics.fmean(words),
            "mean_kb": statistics.fmean(len(orjson.dumps(a)) for a in corpus) / 1000,
        },
    }
    # A topic just created can answer "not the leader" to the first produce or offset
    # request; aiokafka retries and logs each one. A real failure still ends the run (the
    # articles do not come out in time).
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)
    folder = Path(tempfile.mkdtemp(prefix="newsstream-pipebench-"))
    try:
        with broker(folder) as (bootstrap, broker_pid, description):
            results["broker"] = description
            say(f"{description} at {bootstrap}; scratch {folder}")
            asyncio.run(pipeline_phases(args, bootstrap, broker_pid, folder, corpus, results))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    results["run_seconds"] = time.monotonic() - began
    print(orjson.dumps(results).decode() if args.json else report(results))


if __name__ == "__main__":
    main()
