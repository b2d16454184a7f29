"""One typed settings object, read once from the environment by the entry point.

Every field can be set with an environment variable ``NEWSSTREAM_<FIELD>`` (for example
``NEWSSTREAM_BROKER=kafka://10.0.0.5:9092``); tests build ``Settings(...)`` directly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """newsstream's configuration. Immutable; defaults match DESIGN.md."""

    model_config = SettingsConfigDict(env_prefix="NEWSSTREAM_", frozen=True, extra="ignore")

    app_id: str = "newsstream"
    """Faust app id: the consumer group and the prefix of changelog topics."""
    broker: str = "kafka://127.0.0.1:9092"
    """Kafka bootstrap servers, ``kafka://host:port`` (several separated by ``;``)."""

    articles_topic: str = "news.articles"
    statements_topic: str = "news.statements"
    observations_topic: str = "news.agreement-observations"
    alerts_topic: str = "news.alerts"
    dlq_topic: str = "news.articles.dlq"
    partitions: int = Field(default=3, ge=1)
    """Partition count used when newsstream creates its topics."""
    replication_factor: int = Field(default=1, ge=1)

    store: str = "memory://"
    """Faust table store: ``memory://`` or ``rocksdb://`` (needs the ``rocksdb`` extra)."""
    data_dir: Path = Path(".newsstream-data")
    processing_guarantee: Literal["at_least_once", "exactly_once"] = "at_least_once"

    web_host: str = "127.0.0.1"
    """Where the worker's web server (and /metrics) binds."""
    web_port: int = Field(default=6066, ge=0, le=65535)

    max_text_chars: int = Field(default=200_000, ge=1)
    """Articles with a longer text go to the DLQ."""

    local_kafka_home: Path = Path(".local-kafka")
    """Where ``newsstream demo`` and ``newsstream broker`` keep the local broker's jars and data."""

    @property
    def bootstrap_servers(self) -> str:
        """The broker list in aiokafka's form: ``host:port,host:port``."""
        hosts = [h.strip() for h in self.broker.replace(";", ",").split(",") if h.strip()]
        return ",".join(h.removeprefix("kafka://") for h in hosts)

    @property
    def faust_broker(self) -> str:
        """The broker list in Faust's form: ``kafka://host:port;kafka://host:port``."""
        return ";".join(f"kafka://{h}" for h in self.bootstrap_servers.split(","))

    @property
    def broker_configured(self) -> bool:
        """True when the broker was named (environment or argument), not left at its default."""
        return "broker" in self.model_fields_set

    def as_environment(self) -> dict[str, str]:
        """These settings as ``NEWSSTREAM_*`` variables, to hand to a child process."""
        return {
            f"NEWSSTREAM_{name.upper()}": str(value)
            for name, value in self.model_dump().items()
            if value is not None
        }
