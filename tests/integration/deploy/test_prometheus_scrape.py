"""A real Prometheus scraping a real worker on the real broker, with the repository's rules.

One worker (``python -m streams.worker``) on unique topics and a free web port, one
Prometheus (Debian's binary) scraping it every second with ``deploy/prometheus/rules.yml``
loaded. The seed article and one malformed record are published; once Prometheus has seen
them processed and their alerts counted, every dashboard query and every rule expression is
run through Prometheus's HTTP API, and every metric they name must be one the worker
really exports. Both processes are stopped at the end, whatever happened.
"""

from __future__ import annotations

import asyncio
import collections
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import orjson
import pytest
import yaml  # type: ignore[import-untyped, unused-ignore]
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from deploy_support import (
    RULES,
    SCRAPE_SERIES,
    Query,
    dashboard_queries,
    healthcheck_command,
    metric_names,
    require_binary,
    rule_queries,
)

from streams.client import publish
from streams.settings import Settings

pytestmark = pytest.mark.integration

REPO_ROOT = Path(__file__).resolve().parents[3]
SEED = sorted((REPO_ROOT / "seeds").glob("000_*.json"))
WAIT_SECONDS = 45.0
"""Upper bound for each wait below; the whole test normally takes 10-20 s."""


@dataclass
class Process:
    name: str
    proc: subprocess.Popen[bytes]
    log: Path

    def tail(self, lines: int = 40) -> str:
        text = self.log.read_text("utf-8", "replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def check_alive(self) -> None:
        if self.proc.poll() is not None:
            pytest.fail(f"{self.name} exited with {self.proc.returncode}:\n{self.tail()}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


def start(name: str, command: list[str], *, env: dict[str, str], cwd: Path) -> Process:
    log = cwd / f"{name}.log"
    with log.open("ab") as out:
        proc = subprocess.Popen(command, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
    return Process(name, proc, log)


@pytest.fixture
def processes(request: pytest.FixtureRequest) -> Iterator[list[Process]]:
    """Processes a test starts; stopped at teardown, their logs attached to the report."""
    started: list[Process] = []
    yield started
    for process in reversed(started):
        process.stop()
        request.node.add_report_section("teardown", process.name, process.tail())


async def until(
    what: str,
    probe: Callable[[], Any],
    *,
    processes: list[Process],
    seconds: float = WAIT_SECONDS,
    explain: Callable[[], object] = lambda: "",
) -> Any:
    """Poll the coroutine function ``probe`` until it returns something truthy.

    Fails after ``seconds`` with ``what``, the last result, ``explain()`` and the logs.
    """
    deadline = time.monotonic() + seconds
    last: Any = None
    while time.monotonic() < deadline:
        for process in processes:
            process.check_alive()
        last = await probe()
        if last:
            return last
        await asyncio.sleep(0.25)
    logs = "\n".join(f"--- {p.name}\n{p.tail(20)}" for p in processes)
    pytest.fail(f"{what}: not after {seconds} s (last: {last!r}) {explain()}\n{logs}")


class Http:
    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session

    async def get(self, url: str, **params: str) -> tuple[int, bytes] | None:
        try:
            async with self.session.get(url, params=params) as response:
                return response.status, await response.read()
        except (aiohttp.ClientError, TimeoutError):
            return None


@pytest.fixture
async def http() -> AsyncIterator[Http]:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as session:
        yield Http(session)


class PrometheusApi:
    def __init__(self, http: Http, port: int) -> None:
        self.http = http
        self.base = f"http://127.0.0.1:{port}/api/v1"

    async def call(self, path: str, **params: str) -> dict[str, Any] | None:
        answer = await self.http.get(self.base + path, **params)
        # Prometheus answers 503 with a plain-text body while it is still starting.
        if answer is None or answer[0] == 503:
            return None
        body: dict[str, Any] = orjson.loads(answer[1])
        return body

    async def query(self, promql: str) -> dict[str, Any]:
        body = await self.call("/query", query=promql)
        assert body is not None, "Prometheus stopped answering"
        return body

    async def values(self, promql: str, by: str = "") -> dict[str, float]:
        """An instant vector as {value of its label ``by`` ("" without): sample value}."""
        body = await self.query(promql)
        assert body["status"] == "success", body
        return {
            sample["metric"].get(by, ""): float(sample["value"][1])
            for sample in body["data"]["result"]
        }


def prometheus_config(tmp_path: Path, web_port: int) -> Path:
    config = {
        "global": {"scrape_interval": "1s", "scrape_timeout": "1s", "evaluation_interval": "1s"},
        "rule_files": [str(RULES)],
        "scrape_configs": [
            {
                "job_name": "newsstream",
                "metrics_path": "/metrics",
                "static_configs": [{"targets": [f"127.0.0.1:{web_port}"]}],
            }
        ],
    }
    path = tmp_path / "prometheus.yml"
    path.write_text(yaml.safe_dump(config), "utf-8")
    return path


def worker_environment(settings: Settings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSSTREAM_")}
    for name, value in settings.model_dump(mode="json").items():
        env[f"NEWSSTREAM_{name.upper()}"] = str(value)
    env["PYTHONUNBUFFERED"] = "1"
    return env


async def alert_statuses(bootstrap: str, topic: str) -> dict[str, float]:
    """How many alerts of each status the (one-partition) alerts topic holds."""
    partition = TopicPartition(topic, 0)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        consumer.assign([partition])
        await consumer.seek_to_beginning(partition)
        end = (await consumer.end_offsets([partition]))[partition]
        statuses: collections.Counter[str] = collections.Counter()
        while await consumer.position(partition) < end:
            batch = await consumer.getmany(partition, timeout_ms=1000)
            for record in batch.get(partition, []):
                statuses[orjson.loads(record.value or b"{}")["status"]] += 1
        return {status: float(n) for status, n in statuses.items()}
    finally:
        await consumer.stop()


def exposition_names(text: str) -> set[str]:
    """Sample names on a /metrics page."""
    names = set()
    for line in text.splitlines():
        if line and not line.startswith("#"):
            names.add(line.split("{", 1)[0].split(" ", 1)[0])
    return names


async def test_prometheus_scrapes_the_worker_and_every_dashboard_and_rule_query_works(
    kafka_bootstrap: str,
    unique_name: Callable[[str], str],
    free_tcp_ports: Callable[[int], list[int]],
    tmp_path: Path,
    processes: list[Process],
    http: Http,
) -> None:
    began = time.monotonic()
    prometheus_binary = require_binary("prometheus")
    assert len(SEED) == 1, "the seed article seeds/000_*.json is missing"
    web_port, prometheus_port = free_tcp_ports(2)
    app = unique_name("obs")
    settings = Settings(
        broker=f"kafka://{kafka_bootstrap}",
        app_id=app,
        articles_topic=f"{app}.articles",
        statements_topic=f"{app}.statements",
        observations_topic=f"{app}.observations",
        alerts_topic=f"{app}.alerts",
        dlq_topic=f"{app}.dlq",
        partitions=1,
        data_dir=tmp_path / "data",
        web_host="127.0.0.1",
        web_port=web_port,
    )
    worker_url = f"http://127.0.0.1:{web_port}"

    # 1. The worker, until it owns its partitions.
    processes.append(
        start(
            "worker",
            [sys.executable, "-m", "streams.worker", "--loglevel", "warn"],
            env=worker_environment(settings),
            cwd=tmp_path,
        )
    )

    async def healthy() -> bool:
        answer = await http.get(worker_url + "/health")
        if answer is None or answer[0] != 200:
            return False
        health = orjson.loads(answer[1])
        return bool(health["status"] == "ok" and health["assigned_partitions"] > 0)

    await until("worker ready", healthy, processes=processes)

    # 2. Prometheus, scraping it every second with the repository's rules.
    storage = tmp_path / "tsdb"
    processes.append(
        start(
            "prometheus",
            [
                prometheus_binary,
                f"--config.file={prometheus_config(tmp_path, web_port)}",
                f"--storage.tsdb.path={storage}",
                f"--web.listen-address=127.0.0.1:{prometheus_port}",
            ],
            env={"PATH": os.environ.get("PATH", "/usr/bin:/bin")},
            cwd=tmp_path,
        )
    )
    api = PrometheusApi(http, prometheus_port)

    async def scraped() -> bool:
        body = await api.call("/query", query='up{job="newsstream"}')
        return bool(body and [s for s in body["data"]["result"] if s["value"][1] == "1"])

    await until("Prometheus scraping the worker (up == 1)", scraped, processes=processes)

    # 3. The seed article through the user's publish path, and one record that is not JSON.
    report = await publish(SEED, settings)
    assert report.sent == 1 and not report.rejected, report
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
    await producer.start()
    try:
        await producer.send_and_wait(settings.articles_topic, b"this is not json", key=b"bad")
    finally:
        await producer.stop()

    # 4. Prometheus sees the article processed, the bad record dead-lettered, and alerts.
    async def consumed() -> dict[str, float] | None:
        by_outcome = await api.values(
            'sum by (outcome) (newsstream_articles_consumed_total{job="newsstream"})', "outcome"
        )
        alerts = await api.values('sum(newsstream_alerts_emitted_total{job="newsstream"})')
        done = by_outcome.get("processed", 0) >= 1 and by_outcome.get("dlq", 0) >= 1
        return by_outcome if done and alerts.get("", 0) >= 1 else None

    by_outcome = await until("articles and alerts in Prometheus", consumed, processes=processes)
    assert by_outcome == {"processed": 1.0, "dlq": 1.0}

    # Every alert on the alerts topic is counted, by status, and nothing else is.
    async def alerts_match() -> tuple[dict[str, float], dict[str, float]] | None:
        topic_counts = await alert_statuses(kafka_bootstrap, settings.alerts_topic)
        counted = await api.values(
            'sum by (status) (newsstream_alerts_emitted_total{job="newsstream"})', "status"
        )
        return (topic_counts, counted) if topic_counts and topic_counts == counted else None

    topic_counts, _ = await until(
        "alerts on the topic == alerts counted", alerts_match, processes=processes
    )
    assert sum(topic_counts.values()) >= 1

    # 5. The lag collector, end to end: the articles partition is committed up to its end.
    lag_query = f'newsstream_consumer_lag_messages{{topic="{settings.articles_topic}"}}'
    committed_query = f'newsstream_consumer_committed_offset{{topic="{settings.articles_topic}"}}'

    async def caught_up() -> bool:
        lag = await api.values(lag_query, "topic")
        committed = await api.values(committed_query, "topic")
        return lag == {settings.articles_topic: 0.0} and committed == {settings.articles_topic: 2.0}

    await until(
        "consumer lag 0 with 2 records committed on the articles topic "
        "(is streams.lag.register_lag_collector wired into streams/app.py?)",
        caught_up,
        processes=processes,
    )

    # 6. Every dashboard and rule query is valid PromQL on this Prometheus.
    queries: list[Query] = [*dashboard_queries(), *rule_queries()]
    failures = {}
    for query in queries:
        body = await api.query(query.promql)
        if body["status"] != "success":
            failures[query.origin] = body.get("error")
    assert failures == {}

    # Every panel shows data after one article, one dead letter and their alerts (rates
    # need two scrapes of a new series, so this is waited for).
    empty: list[str] = []

    async def every_panel_has_data() -> bool:
        empty[:] = [
            query.origin
            for query in dashboard_queries()
            if not (await api.query(query.promql))["data"]["result"]
        ]
        return not empty

    await until(
        "every panel shows data",
        every_panel_has_data,
        processes=processes,
        seconds=15,
        explain=lambda: f"empty: {empty}",
    )
    agreements = await api.values(
        'sum by (status) (newsstream_agreements{job="newsstream"})', "status"
    )
    assert sum(agreements.values()) >= 1, agreements
    watermark = await api.values('max(newsstream_event_time_watermark_seconds{job="newsstream"})')
    assert watermark[""] > 1.7e9, "the seed's event time (2025) advanced the clock"

    # 7. Every metric the dashboard and the rules name is one the worker really exports.
    names_body = await api.call("/label/__name__/values")
    assert names_body is not None and names_body["status"] == "success"
    in_prometheus = set(names_body["data"])
    page = await http.get(worker_url + "/metrics")
    assert page is not None and page[0] == 200
    on_page = exposition_names(page[1].decode())
    used = set().union(*(metric_names(query.expr) for query in queries))
    assert used, "no metric names read from the queries"
    assert used - in_prometheus == set(), "queried but not in Prometheus"
    assert used - SCRAPE_SERIES - on_page == set(), "queried but not on the worker's /metrics"

    # The page passes Prometheus's own lint (names, units, counter suffixes, help texts).
    lint = await asyncio.create_subprocess_exec(
        require_binary("promtool"),
        "check",
        "metrics",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    lint_output, _ = await asyncio.wait_for(lint.communicate(page[1]), timeout=30)
    assert lint.returncode == 0, lint_output.decode()

    # 8. Prometheus evaluated every rule without error.
    async def rules_evaluated() -> list[dict[str, Any]] | None:
        body = await api.call("/rules")
        if body is None:
            return None
        loaded = [rule for group in body["data"]["groups"] for rule in group["rules"]]
        evaluated = [r for r in loaded if not r["lastEvaluation"].startswith("0001-")]
        return loaded if loaded and len(evaluated) == len(loaded) else None

    loaded = await until("rules evaluated", rules_evaluated, processes=processes)
    assert {rule["name"]: rule["health"] for rule in loaded} == {
        query.origin.removeprefix("rule "): "ok" for query in rule_queries()
    }
    firing = [rule["name"] for rule in loaded if rule["state"] == "firing"]
    assert firing == [], "a healthy pipeline fires no alert"

    # 9. The image's HEALTHCHECK command passes against the running worker.
    check = await asyncio.create_subprocess_exec(
        sys.executable,
        *healthcheck_command()[1:],
        env={"NEWSSTREAM_WEB_PORT": str(web_port), "PATH": "/usr/bin:/bin"},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await asyncio.wait_for(check.communicate(), timeout=30)
    assert check.returncode == 0, output.decode()

    elapsed = time.monotonic() - began
    print(f"\nprometheus integration test: {elapsed:.1f} s")  # noqa: T201
