"""``create_app``: configuration, topics, table, agents and pages, without a broker."""

from __future__ import annotations

import asyncio
import importlib
from pathlib import Path
from typing import Any

import faust
import orjson
import pytest
from agent_fakes import ScriptedExtractor
from aiokafka import TopicPartition
from prometheus_client import REGISTRY, CollectorRegistry

from streams.agents.records import FaustSender, OutMessage
from streams.app import create_app, faust_options
from streams.codecs import MessageCodec
from streams.settings import Settings
from streams.topics import TABLE_NAME, AppTopics

pytestmark = pytest.mark.unit


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        app_id="unit-app",
        broker="kafka://127.0.0.1:1",
        partitions=4,
        replication_factor=1,
        web_host="127.0.0.1",
        web_port=16123,
        data_dir=tmp_path,
        articles_topic="t.articles",
        statements_topic="t.statements",
        observations_topic="t.observations",
        alerts_topic="t.alerts",
        dlq_topic="t.dlq",
    )


@pytest.fixture
def app(settings: Settings, codec: MessageCodec) -> faust.App:
    return create_app(
        settings, registry=CollectorRegistry(), extractor=ScriptedExtractor(), codec=codec
    )


def test_importing_the_app_module_creates_nothing() -> None:
    module = importlib.reload(importlib.import_module("streams.app"))

    assert not [v for v in vars(module).values() if isinstance(v, faust.App)]
    assert not [n for n in REGISTRY._names_to_collectors if n.startswith("newsstream")]


def test_faust_options_bind_the_web_server_where_the_settings_say(settings: Settings) -> None:
    options = faust_options(settings)

    assert options["web_bind"] == "127.0.0.1"  # Faust binds 0.0.0.0 without it
    assert options["web_port"] == 16123
    assert options["env"] == {}  # Faust must not read WEB_PORT & co. from os.environ
    assert options["autodiscover"] is False


def test_the_app_is_configured_from_the_settings(app: faust.App, settings: Settings) -> None:
    conf = app.conf

    assert conf.id == "unit-app"
    assert conf.broker[0].host == "127.0.0.1"
    assert conf.web_bind == "127.0.0.1"
    assert conf.web_port == 16123
    assert str(conf.store) == "memory:"
    assert conf.topic_partitions == 4
    assert conf.processing_guarantee.value == "at_least_once"
    assert conf.consumer_auto_offset_reset == "earliest"
    assert conf.broker_session_timeout <= 10
    assert conf.autodiscover is False
    assert Path(conf.datadir) == settings.data_dir / "unit-app"


def test_the_faust_config_ignores_the_environment(
    settings: Settings, codec: MessageCodec, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WEB_PORT", "9999")
    monkeypatch.setenv("BROKER_URL", "kafka://elsewhere:9092")
    made = create_app(
        settings, registry=CollectorRegistry(), extractor=ScriptedExtractor(), codec=codec
    )

    assert made.conf.web_port == 16123
    assert made.conf.broker[0].host == "127.0.0.1"


def test_the_agents_read_raw_topics(app: faust.App) -> None:
    agents = {agent.name.rsplit(".", 1)[-1]: agent for agent in app.agents.values()}

    assert set(agents) == {"extract_articles", "track_agreements"}
    articles = agents["extract_articles"].channel
    assert list(articles.topics) == ["t.articles"]
    tracker = agents["track_agreements"].channel
    assert list(tracker.topics) == ["unit-app-tracker-input"]
    for channel in (articles, tracker):
        assert channel.key_serializer == "raw"
        assert channel.value_serializer == "raw"
        assert channel.internal is True
        assert channel.partitions == 4


def test_the_table_is_partitioned_like_the_observations(app: faust.App) -> None:
    table = app.tables[TABLE_NAME]

    assert table.partitions == 4
    assert table.changelog_topic.get_topic_name() == "unit-app-agreements-changelog"


def test_a_registry_takes_the_metrics_once(settings: Settings, codec: MessageCodec) -> None:
    registry = CollectorRegistry()
    create_app(settings, registry=registry, extractor=ScriptedExtractor(), codec=codec)

    with pytest.raises(ValueError, match="Duplicated timeseries"):
        create_app(settings, registry=registry, extractor=ScriptedExtractor(), codec=codec)


def test_the_pages_are_registered(app: faust.App) -> None:
    paths = (
        {view.view_path for view in app.web.views.values()} if hasattr(app.web, "views") else set()
    )
    routes = {str(r.resource.canonical) for r in app.web.web_app.router.routes()}

    assert {"/metrics", "/health"} <= (paths | routes)


async def test_the_extraction_agent_is_wired_to_its_handler(
    settings: Settings, codec: MessageCodec, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through Faust's own test harness: raw bytes in, a dead letter and outputs out."""
    sent: list[OutMessage] = []

    async def record(self: FaustSender, message: OutMessage) -> Any:
        sent.append(message)
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done

    async def no_declare(self: AppTopics) -> None:
        return None

    monkeypatch.setattr(FaustSender, "_start", record)
    monkeypatch.setattr(AppTopics, "declare", no_declare)
    made = create_app(
        settings, registry=CollectorRegistry(), extractor=ScriptedExtractor(), codec=codec
    )
    made.finalize()
    made.flow_control.resume()
    agent = next(a for a in made.agents.values() if a.name.endswith("extract_articles"))

    async with agent.test_context() as running:
        await running.put(b"{broken", key=b"bad")
        good = {"id": "a1", "text": "Russia agreed.", "published": "2025-03-18T18:00:00Z"}
        await running.put(orjson.dumps(good), key=b"a1")

    topics = [m.topic for m in sent]
    assert topics[0] == "t.dlq"
    assert orjson.loads(sent[0].value)["reason"] == "invalid_json"
    assert topics[1:] == ["unit-app-tracker-input"] * 4 + [
        "t.statements",
        "t.observations",
        "unit-app-tracker-input",
    ]


async def test_the_flow_stops_when_a_recovery_ends_until_faust_has_sought_back(
    app: faust.App,
) -> None:
    """Faust resumes the source partitions before it seeks them to the committed offsets;
    records delivered in between leave its acknowledgements with gaps that never close
    (faust-streaming issue 596). The flow is held until Faust resumes it after the seek."""
    app.consumer.resume_flow()
    assert app.consumer.flow_active

    await app.on_rebalance_complete.send()

    assert not app.consumer.flow_active


async def test_after_a_rebalance_seeking_back_also_rewinds_partitions_never_committed(
    app: faust.App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fetch in flight can hand Faust records while the flow is held; Faust drops them
    and seeks back to the committed offsets, which must then re-read a partition that has
    no commit yet (a worker killed before its first commit lost its input otherwise)."""
    source = TopicPartition("t.articles", 0)
    rewound: list[tuple[TopicPartition, int]] = []

    async def nothing_committed() -> dict[TopicPartition, int | None]:
        return {source: None}

    async def seek_on_the_consumer_thread(partition: TopicPartition, offset: int) -> None:
        rewound.append((partition, offset))

    monkeypatch.setattr(app.consumer, "seek_to_committed", nothing_committed)
    monkeypatch.setattr(app.consumer, "_seek", seek_on_the_consumer_thread)

    await app.on_partitions_assigned.send({source})
    await app.consumer.perform_seek()
    assert rewound == [(source, 0)]

    await app.on_rebalance_complete.send()
    await app.consumer.perform_seek()
    assert rewound == [(source, 0)] * 2
