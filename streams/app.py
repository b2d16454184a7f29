"""The Faust application: topics, the agreement table, the two agents and the web pages.

``create_app`` builds everything from one ``Settings`` object; importing this module does
nothing (no app object, no environment reads, no metric registration). The worker
(``streams.worker``) and the tests call it.
"""

from __future__ import annotations

import os
import socket
from typing import Any

import faust
import mode
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

from streams.agents.extract_articles import ArticleExtractor, ArticleHandler
from streams.agents.records import FaustSender, register_agent
from streams.agents.track_agreements import AgreementHandler, TrackerLogic
from streams.codecs import MessageCodec
from streams.lag import register_lag_collector
from streams.metrics import PipelineMetrics
from streams.rebalance import guard_rebalances
from streams.settings import Settings
from streams.topics import TABLE_NAME, declare_topics

SESSION_TIMEOUT_SECONDS = 10.0
"""Kafka drops a member that has not sent a heartbeat for this long.

Faust's default (60 s) makes a group wait a minute for a crashed worker before its
partitions move; 10 s is well above what a healthy worker needs (it heartbeats every
second from its own task) and keeps fail-over, and a restart after a kill, quick.
Kafka's broker floor is 6 s (``group.min.session.timeout.ms``)."""

HEARTBEAT_SECONDS = 1.0
COMMIT_INTERVAL_SECONDS = 1.0
REBALANCE_TIMEOUT_SECONDS = 20.0
"""How long a rebalance waits for known members to rejoin (Faust's default is 60 s)."""

PRODUCER_LINGER_SECONDS = 0.005
"""How long the producer waits to fill a batch (Faust: 0; Kafka's own clients: 5 ms).

An article makes some 30 records (statements, observations twice, clock ticks, table
changelog, alerts); without a linger they leave in many small requests, and the requests
cost the worker and the broker more CPU than the records. 5 ms is small next to the
latency the pipeline aims at (an alert within 250 ms)."""


def faust_options(settings: Settings) -> dict[str, Any]:
    """The Faust configuration for ``settings`` (a function so tests can inspect it)."""
    return {
        "broker": settings.faust_broker,
        "autodiscover": False,
        # Faust would otherwise read dozens of unprefixed variables (WEB_PORT, BROKER_URL,
        # ...) from os.environ and let them override these values.
        "env": {},
        "store": settings.store,
        "datadir": str(settings.data_dir / settings.app_id),
        "topic_partitions": settings.partitions,
        "topic_replication_factor": settings.replication_factor,
        # No leader election topic: nothing here runs "on leader only".
        "topic_disable_leader": True,
        "processing_guarantee": settings.processing_guarantee,
        # The handlers never raise for bad data; what escapes them is a producer or table
        # failure. Then the whole worker stops (exit code 1) and its restart resumes from
        # the committed offset, instead of Faust restarting the agent alone, which can
        # stall the partition behind the unacknowledged record (faust #175, #315).
        "agent_supervisor": mode.CrashingSupervisor,
        "consumer_auto_offset_reset": "earliest",
        "broker_session_timeout": SESSION_TIMEOUT_SECONDS,
        "broker_heartbeat_interval": HEARTBEAT_SECONDS,
        "broker_rebalance_timeout": REBALANCE_TIMEOUT_SECONDS,
        # Commit every second (Faust: 2.8 s): a smaller window of input redelivered after a
        # crash, at the cost of one small request per second.
        "broker_commit_interval": COMMIT_INTERVAL_SECONDS,
        "producer_linger": PRODUCER_LINGER_SECONDS,
        "key_serializer": "raw",
        "value_serializer": "raw",
        "web_enabled": True,
        # Faust binds 0.0.0.0 unless web_bind is given; web_host alone is only the URL.
        "web_bind": settings.web_host,
        "web_host": settings.web_host,
        "web_port": settings.web_port,
    }


def create_app(
    settings: Settings,
    *,
    registry: CollectorRegistry,
    extractor: ArticleExtractor | None = None,
    codec: MessageCodec | None = None,
    tracker: TrackerLogic | None = None,
) -> faust.App:
    """A ready-to-run Faust app; nothing connects until a worker starts it.

    ``extractor``, ``codec`` and ``tracker`` default to the real ones (loaded here, once);
    tests pass fakes. Domain metrics and the consumer-lag collector (``streams.lag``) are
    registered on ``registry`` and served on ``/metrics``.
    """
    if codec is None:
        codec = MessageCodec.load(max_text_chars=settings.max_text_chars)
    if extractor is None:
        from processors.extraction import Extractor

        extractor = Extractor.load()
    if tracker is None:
        from streams.agents.tracker_logic import RulesTracker

        tracker = RulesTracker.load()
    metrics = PipelineMetrics.create(registry)
    worker_name = f"{settings.app_id}@{socket.gethostname()}:{os.getpid()}"

    app = faust.App(settings.app_id, **faust_options(settings))
    topics = declare_topics(app, settings)
    table = app.Table(
        TABLE_NAME,
        partitions=settings.partitions,
        # Keys and values are JSON in the changelog (Faust's default for str keys and
        # untyped values): values are KeyState.to_dict() or a PendingIndex.to_dict().
        key_type=str,
        help="Agreement state per agreement key, and a pending-expiry index per partition.",
    )
    sender = FaustSender(topics.by_name, app)

    articles = ArticleHandler(
        codec=codec,
        extractor=extractor,
        metrics=metrics,
        topics=topics.names,
        tracker_partitions=settings.partitions,
        sender=sender,
        worker=worker_name,
        order=tracker.order,
    )
    agreements = AgreementHandler(
        codec=codec,
        logic=tracker,
        metrics=metrics,
        topics=topics.names,
        table=table,
        sender=sender,
        worker=worker_name,
    )
    register_agent(
        app, topics[topics.names.articles], articles, name="extract_articles", before=topics.declare
    )
    register_agent(
        app,
        topics[topics.names.tracker],
        agreements,
        name="track_agreements",
        before=topics.declare,
    )
    guard_rebalances(app)
    # Consumer lag, read from the app's consumer at every scrape of the same registry.
    register_lag_collector(app, registry)
    _add_pages(app, registry, metrics, agreements, table)
    return app


def _add_pages(
    app: Any,
    registry: CollectorRegistry,
    metrics: PipelineMetrics,
    agreements: AgreementHandler,
    table: Any,
) -> None:
    async def metrics_page(self: Any, request: Any) -> Any:
        # The status gauge is recomputed from the table at scrape time, so it follows
        # partitions as they move between workers.
        metrics.set_agreement_counts(agreements.status_counts(table.items()))
        return self.bytes(generate_latest(registry), headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def health_page(self: Any, request: Any) -> Any:
        assignment = app.consumer.assignment()
        body = {
            "status": "rebalancing" if app.rebalancing else "ok",
            "app_id": app.conf.id,
            "assigned_partitions": len(assignment),
        }
        return self.json(body, status=503 if app.should_stop else 200)

    # Registered by call, not as decorators: faust is untyped, and this keeps ``Any`` here.
    app.page("/metrics")(metrics_page)
    app.page("/health")(health_page)
