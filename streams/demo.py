"""``newsstream demo``: the main job on one machine with nothing configured.

Starts the project's local Kafka broker (unless ``NEWSSTREAM_BROKER`` names one) on free
ports with a fresh data folder, runs a worker process, publishes the articles, prints the
alerts as they come off the alerts topic, and stops what it started, also on Ctrl-C or a
failure. Progress goes to stderr; stdout carries only the alerts.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import orjson
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError

from processors.errors import BrokerError
from streams.client import ensure_topics, format_alert, publish, read_alerts, topic_partitions
from streams.localkafka import LocalKafka
from streams.settings import Settings

WORKER_STOP_TIMEOUT_S = 20.0
PIPELINE_TIMEOUT_S = 180.0
QUIET_AFTER_DONE_S = 3.0


def _say(message: str) -> None:
    print(f"demo: {message}", file=sys.stderr, flush=True)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def _local_broker(settings: Settings) -> Iterator[Settings]:
    """A fresh single-node broker for this run, or the configured one untouched."""
    if settings.broker_configured:
        _say(f"using the configured broker {settings.bootstrap_servers}")
        yield settings
        return
    home = Path(tempfile.mkdtemp(prefix="newsstream-demo-"))
    kafka = LocalKafka(
        home, port=free_port(), controller_port=free_port(), cache=settings.local_kafka_home
    )
    if not kafka.resolved():
        _say(f"resolving Apache Kafka jars with Maven into {settings.local_kafka_home} (once)")
    try:
        result = kafka.start()
        _say(
            f"started Apache Kafka {result.version} at {result.bootstrap} in "
            f"{result.seconds:.1f} s (log {result.log_path})"
        )
        yield settings.model_copy(update={"broker": f"kafka://{result.bootstrap}"})
    finally:
        kafka.stop()
        shutil.rmtree(home, ignore_errors=True)
        _say("stopped the local broker")


@contextlib.contextmanager
def _worker(settings: Settings, log: IO[bytes]) -> Iterator[subprocess.Popen[bytes]]:
    """A worker process with these settings; SIGTERM (then SIGKILL) when done."""
    env = {**os.environ, **settings.as_environment()}
    process = subprocess.Popen(
        [sys.executable, "-m", "streams.worker"], env=env, stdout=log, stderr=subprocess.STDOUT
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(WORKER_STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        _say("stopped the worker")


async def _end_offsets(settings: Settings, topic: str) -> dict[TopicPartition, int]:
    partitions = await topic_partitions(settings, topic)
    consumer = AIOKafkaConsumer(bootstrap_servers=settings.bootstrap_servers)
    await consumer.start()
    try:
        assigned = [TopicPartition(topic, p) for p in partitions]
        ends: dict[TopicPartition, int] = await consumer.end_offsets(assigned) if assigned else {}
        return ends
    finally:
        await consumer.stop()


async def _caught_up(
    admin: AIOKafkaAdminClient,
    consumer: AIOKafkaConsumer,
    group: str,
    inputs: list[TopicPartition],
) -> bool:
    """Has the worker's group committed all input, and everything on its internal topics?

    The internal topics (the tracker's input, repartitions) are whatever the group has
    committed offsets for, so this needs no knowledge of the worker's topology.
    """
    try:
        committed = await admin.list_consumer_group_offsets(group)
        partitions = sorted(set(inputs) | set(committed))
        ends = await consumer.end_offsets(partitions)
    except KafkaError:
        return False  # e.g. no group coordinator yet while the worker is still joining
    for tp in partitions:
        meta = committed.get(tp)
        if ends[tp] > 0 and (meta is None or meta.offset < ends[tp]):
            return False
    return True


async def _run(
    paths: list[Path], settings: Settings, as_json: bool, worker: subprocess.Popen[bytes]
) -> int:
    await ensure_topics(settings)
    start_offsets = await _end_offsets(settings, settings.alerts_topic)
    report = await publish(paths, settings)
    _say(f"published {report.sent} article(s); rejected {len(report.rejected)}")
    for origin, why in report.rejected:
        _say(f"  rejected {origin}: {why}")

    def emit(alert: dict[str, Any]) -> None:
        line = orjson.dumps(alert).decode() if as_json else format_alert(alert)
        print(line, flush=True)

    stop = asyncio.Event()
    reader = asyncio.create_task(
        read_alerts(
            settings,
            emit=emit,
            follow=True,
            from_beginning=False,
            start_offsets=start_offsets,
            stop=stop,
        )
    )
    loop = asyncio.get_running_loop()
    deadline = loop.time() + PIPELINE_TIMEOUT_S
    done_since: float | None = None
    watched = [
        TopicPartition(settings.articles_topic, p)
        for p in await topic_partitions(settings, settings.articles_topic)
    ]
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    offsets = AIOKafkaConsumer(bootstrap_servers=settings.bootstrap_servers)
    await admin.start()
    await offsets.start()
    try:
        while not reader.done():
            if worker.poll() is not None:
                msg = f"the worker exited with code {worker.returncode}"
                raise BrokerError(msg)
            if loop.time() > deadline:
                msg = f"the pipeline did not finish within {PIPELINE_TIMEOUT_S:.0f} s"
                raise BrokerError(msg)
            if await _caught_up(admin, offsets, settings.app_id, watched):
                done_since = done_since or loop.time()
                if loop.time() - done_since >= QUIET_AFTER_DONE_S:
                    break
            else:
                done_since = None
            await asyncio.sleep(0.5)
    finally:
        stop.set()
        count = await reader
        await offsets.stop()
        await admin.close()
    _say(f"{count} alert(s)")
    return 0 if report.sent else 1


def run_demo(paths: list[Path], settings: Settings, *, as_json: bool) -> int:
    """The whole job on one machine; returns the exit code."""
    paths = paths or [Path("seeds")]
    began = time.monotonic()
    demo_settings = settings.model_copy(
        update={
            "app_id": f"{settings.app_id}-demo-{os.getpid()}",
            "web_port": free_port(),
        }
    )
    with tempfile.TemporaryDirectory(prefix="newsstream-demo-worker-") as scratch:
        scratch_dir = Path(scratch)
        demo_settings = demo_settings.model_copy(update={"data_dir": scratch_dir / "data"})
        log_path = scratch_dir / "worker.log"
        with (
            _local_broker(demo_settings) as live,
            log_path.open("wb") as log,
            _worker(live, log) as worker,
        ):
            _say(f"worker started (pid {worker.pid})")
            try:
                code = asyncio.run(_run(paths, live, as_json, worker))
            except BrokerError:
                tail = log_path.read_text("utf-8", "replace").splitlines()[-20:]
                _say("worker log tail:\n" + "\n".join(tail))
                raise
    _say(f"done in {time.monotonic() - began:.1f} s")
    return code
