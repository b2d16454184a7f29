"""The app's topics: names from the settings, declared as raw-bytes Faust topics.

Every topic is read and written as raw bytes (``key_serializer="raw"``,
``value_serializer="raw"``): the agents decode and validate inside ``try``/``except`` so a
poison message goes to the DLQ instead of crashing the agent (a typed topic can silently
stop consuming after a decode error, see the research notes), and what we publish is exactly
the schema-checked JSON, with no Faust metadata in it.

``ensure_topics`` creates them all (and the table's changelog) before the worker starts.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError

from processors.errors import BrokerError
from streams.settings import Settings

TABLE_NAME = "agreements"
"""The tracker's Faust table; Faust names its changelog ``<app_id>-agreements-changelog``."""

COMPACTED = {"cleanup.policy": "compact"}
"""What Faust gives a (non-windowed) table's changelog when it creates it."""


@dataclass(frozen=True, slots=True)
class TopicNames:
    """The names of every topic the pipeline reads or writes."""

    articles: str
    statements: str
    observations: str
    alerts: str
    dlq: str
    tracker: str
    """Internal: the tracker's input, observations and event-time clock ticks in one log.

    Observations go to ``observations`` (the contract) and, keyed the same, here; ticks
    only here. One topic, so a tick is ordered after the observations produced before it
    on its partition: the tracker never sees event time move past an observation it has
    not read yet (two topics are fetched independently, and under a backlog Faust can
    hand over a batch of ticks before the observations that preceded them)."""

    changelog: str = ""
    """The table's changelog (named by Faust; listed here so it can be created up front)."""

    @classmethod
    def from_settings(cls, settings: Settings) -> TopicNames:
        """Names from the settings; the app's own topics carry its id."""
        return cls(
            articles=settings.articles_topic,
            statements=settings.statements_topic,
            observations=settings.observations_topic,
            alerts=settings.alerts_topic,
            dlq=settings.dlq_topic,
            tracker=f"{settings.app_id}-tracker-input",
            changelog=f"{settings.app_id}-{TABLE_NAME}-changelog",
        )

    def all(self) -> tuple[str, ...]:
        """Every topic the app reads or writes through its agents, inputs first."""
        return (
            self.articles,
            self.tracker,
            self.observations,
            self.statements,
            self.alerts,
            self.dlq,
        )


@dataclass(frozen=True, slots=True)
class AppTopics:
    """The Faust topic objects of one app (``Any``: faust is untyped)."""

    names: TopicNames
    by_name: dict[str, Any]

    def __getitem__(self, name: str) -> Any:
        return self.by_name[name]

    async def declare(self) -> None:
        """Create every topic that does not exist yet, with the configured partitions.

        Faust only creates the topics an agent subscribes to; the output topics are declared
        here, before the first message is sent, so a broker with topic auto-creation does not
        make them with its own default partition count.
        """
        for topic in self.by_name.values():
            await topic.maybe_declare()


def declare_topics(app: Any, settings: Settings) -> AppTopics:
    """Declare the pipeline's topics on ``app`` (no I/O: Faust creates them at start-up).

    All of them are ``internal``: owned by this app, created with ``settings.partitions``
    partitions and ``settings.replication_factor`` replicas when missing. A topic that
    already exists is used as it is.
    """
    names = TopicNames.from_settings(settings)
    by_name = {
        name: app.topic(
            name,
            key_serializer="raw",
            value_serializer="raw",
            partitions=settings.partitions,
            replicas=settings.replication_factor,
            internal=True,
        )
        for name in names.all()
    }
    return AppTopics(names=names, by_name=by_name)


async def ensure_topics(settings: Settings, *, seconds: float = 30.0) -> list[str]:
    """Create the app's missing topics, table changelog included; the names created.

    Faust would create them itself at start-up, but it joins the consumer group a few
    milliseconds later, and a topic the broker's metadata does not show yet is left out
    of the assignment ("Ignoring missing topic"): a changelog missed that way fails the
    first table write (``PartitionsMismatch``). Created here, before Faust starts, and
    waited for until every partition has a leader, they are all there when it joins.
    Existing topics are left as they are. Raises ``BrokerError`` when the broker refuses.
    """
    names = TopicNames.from_settings(settings)
    configs: dict[str, dict[str, str]] = {name: {} for name in names.all()}
    configs[names.changelog] = COMPACTED
    admin = AIOKafkaAdminClient(
        bootstrap_servers=settings.bootstrap_servers, request_timeout_ms=int(seconds * 1000)
    )
    try:
        await admin.start()
        missing = sorted(set(configs) - set(await admin.list_topics()))
        if missing:
            response = await admin.create_topics(
                [
                    NewTopic(
                        name,
                        settings.partitions,
                        settings.replication_factor,
                        topic_configs=dict(configs[name]),
                    )
                    for name in missing
                ]
            )
            for name, code, *rest in response.topic_errors:
                if code not in (0, TopicAlreadyExistsError.errno):
                    msg = f"cannot create topic {name!r}: error {code} {rest[0] if rest else ''}"
                    raise BrokerError(msg.strip())
        await _wait_for_leaders(admin, list(configs), seconds)
    except KafkaError as exc:
        msg = f"cannot prepare the topics on {settings.bootstrap_servers}: {exc!r}"
        raise BrokerError(msg) from exc
    finally:
        await admin.close()
    return missing


async def _wait_for_leaders(admin: AIOKafkaAdminClient, names: list[str], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while True:
        described = await admin.describe_topics(names)
        pending = [
            d["topic"]
            for d in described
            if d["error_code"] != 0
            or not d["partitions"]
            or any(p["leader"] < 0 for p in d["partitions"])
        ]
        if not pending:
            return
        if time.monotonic() > deadline:
            msg = f"topics without a leader after {seconds} s: {', '.join(pending)}"
            raise BrokerError(msg)
        await asyncio.sleep(0.05)
