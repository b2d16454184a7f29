"""``docker-compose.yml``, read and cross-checked against the repository (no Docker engine here).

The file is validated against the Compose Specification's JSON Schema
(``data/compose-spec.json``: ``schema/compose-spec.json`` of github.com/compose-spec/compose-spec
at commit 170098ba07d9f53c383a41bfd4c5166b0a4529a6, Apache-2.0), and
every path, port, topic, setting and command it names is checked against what the
repository really has.
"""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Any

import pytest
from deploy_support import COMPOSE, PROMETHEUS_CONFIG, REPO_ROOT, load_yaml
from jsonschema import Draft7Validator

from streams.cli import main as newsstream
from streams.localkafka import pinned_version
from streams.settings import Settings

pytestmark = pytest.mark.unit

COMPOSE_SCHEMA = Path(__file__).parent / "data" / "compose-spec.json"
SERVICES = {"kafka", "topics", "worker", "prometheus", "grafana"}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(COMPOSE)
    return data


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = compose["services"]
    return found


def _listeners(kafka: dict[str, Any], variable: str) -> dict[str, tuple[str, int]]:
    """``KAFKA_LISTENERS``-style value -> {name: (host, port)}."""
    out: dict[str, tuple[str, int]] = {}
    for item in str(kafka["environment"][variable]).split(","):
        name, _, address = item.partition("://")
        host, _, port = address.rpartition(":")
        out[name] = (host, int(port))
    return out


def _published(service: dict[str, Any]) -> dict[int, int]:
    """{container port: host port} of a service's ``ports``."""
    out: dict[int, int] = {}
    for spec in service.get("ports", []):
        *_, host, container = str(spec).split(":")
        out[int(container)] = int(host)
    return out


def test_compose_file_follows_the_compose_specification(compose: dict[str, Any]) -> None:
    schema = json.loads(COMPOSE_SCHEMA.read_text("utf-8"))
    errors = [f"{e.json_path}: {e.message}" for e in Draft7Validator(schema).iter_errors(compose)]

    assert errors == []


def test_schema_check_catches_mistakes(compose: dict[str, Any]) -> None:
    schema = json.loads(COMPOSE_SCHEMA.read_text("utf-8"))
    broken = json.loads(json.dumps(compose))
    broken["services"]["worker"]["depends_on"] = {"topics": {"condtion": "service_healthy"}}

    assert list(Draft7Validator(schema).iter_errors(broken))


def test_the_five_services(services: dict[str, dict[str, Any]]) -> None:
    assert set(services) == SERVICES


def test_every_mounted_or_built_path_exists(services: dict[str, dict[str, Any]]) -> None:
    checked = 0
    for name, service in services.items():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith((".", "/")):
                assert (REPO_ROOT / source).exists(), f"{name}: {source} missing"
                checked += 1
        if "build" in service:
            context = service["build"]
            context = context if isinstance(context, str) else context.get("context", ".")
            assert (REPO_ROOT / context / "Dockerfile").is_file(), name
            checked += 1
    assert checked >= 4


def test_published_ports_are_distinct_loopback_and_match_what_services_listen_on(
    services: dict[str, dict[str, Any]],
) -> None:
    hosts: list[int] = []
    for service in services.values():
        for spec in service.get("ports", []):
            assert str(spec).startswith("127.0.0.1:"), f"{spec}: publish on loopback only"
        hosts.extend(_published(service).values())
    assert len(hosts) == len(set(hosts))

    web_port = int(services["worker"]["environment"]["NEWSSTREAM_WEB_PORT"])
    assert web_port in _published(services["worker"])
    assert 9090 in _published(services["prometheus"])
    assert 3000 in _published(services["grafana"])
    host_listener = _listeners(services["kafka"], "KAFKA_LISTENERS")["HOST"]
    assert _published(services["kafka"]) == {host_listener[1]: host_listener[1]}


def test_kafka_is_single_node_kraft_with_separate_internal_and_host_listeners(
    services: dict[str, dict[str, Any]],
) -> None:
    kafka = services["kafka"]
    env = kafka["environment"]
    listeners = _listeners(kafka, "KAFKA_LISTENERS")
    advertised = _listeners(kafka, "KAFKA_ADVERTISED_LISTENERS")

    image, _, tag = kafka["image"].partition(":")
    assert image == "apache/kafka"
    assert tag == pinned_version(), "compose and the local broker should run the same Kafka"
    assert tag.split(".")[0] == "4"
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    assert not any("ZOOKEEPER" in key for key in env)
    assert env["KAFKA_CONTROLLER_QUORUM_VOTERS"] == f"{env['KAFKA_NODE_ID']}@kafka:9093"
    assert listeners["CONTROLLER"][1] == 9093
    assert env["KAFKA_CONTROLLER_LISTENER_NAMES"] == "CONTROLLER"
    assert listeners["INTERNAL"][1] != listeners["HOST"][1]
    assert advertised["INTERNAL"] == ("kafka", listeners["INTERNAL"][1])
    assert advertised["HOST"] == ("localhost", listeners["HOST"][1])
    assert env["KAFKA_INTER_BROKER_LISTENER_NAME"] == "INTERNAL"
    assert env["KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"] == 1
    assert "healthcheck" in kafka


def test_topic_creator_makes_the_five_topics_with_the_worker_partitions(
    services: dict[str, dict[str, Any]],
) -> None:
    topics = services["topics"]
    env = topics["environment"]
    defaults = Settings()
    internal = _listeners(services["kafka"], "KAFKA_LISTENERS")["INTERNAL"][1]
    script = " ".join(topics["command"])

    assert topics["image"] == services["kafka"]["image"]
    assert topics["depends_on"] == {"kafka": {"condition": "service_healthy"}}
    assert topics.get("restart") == "no"
    assert env["TOPICS"].split() == [
        defaults.articles_topic,
        defaults.statements_topic,
        defaults.observations_topic,
        defaults.alerts_topic,
        defaults.dlq_topic,
    ]
    assert int(env["PARTITIONS"]) == int(services["worker"]["environment"]["NEWSSTREAM_PARTITIONS"])
    assert env["BOOTSTRAP"] == f"kafka:{internal}"
    assert "kafka-topics.sh" in script
    assert "--if-not-exists" in script
    # `$$` is compose's escape for a literal `$` handed to the shell.
    for variable in ("TOPICS", "BOOTSTRAP", "PARTITIONS"):
        assert f"$${variable}" in script


def test_worker_settings_are_real_and_point_at_the_internal_listener(
    services: dict[str, dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    worker = services["worker"]
    internal = _listeners(services["kafka"], "KAFKA_LISTENERS")["INTERNAL"][1]
    for key, value in worker["environment"].items():
        field = key.removeprefix("NEWSSTREAM_").lower()
        assert key.startswith("NEWSSTREAM_") and field in Settings.model_fields, key
        monkeypatch.setenv(key, str(value))

    settings = Settings()

    assert settings.bootstrap_servers == f"kafka:{internal}"
    assert worker["depends_on"] == {"topics": {"condition": "service_completed_successfully"}}
    assert worker["build"] == "."


def test_worker_command_is_a_real_newsstream_sub_command(
    services: dict[str, dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    command = services["worker"].get("command", ["worker"])
    command = shlex.split(command) if isinstance(command, str) else command

    with pytest.raises(SystemExit) as done:
        newsstream([*command, "--help"])
    assert done.value.code == 0
    assert "--broker" in capsys.readouterr().out, "not the worker's help"

    with pytest.raises(SystemExit) as bad:  # the check above can fail
        newsstream(["no-such-command", "--help"])
    assert bad.value.code == 2


def test_prometheus_mounts_the_repository_config_where_it_reads_it(
    services: dict[str, dict[str, Any]],
) -> None:
    prometheus = services["prometheus"]
    flags = dict(arg.removeprefix("--").split("=", 1) for arg in prometheus["command"])
    config_dir, _, config_name = flags["config.file"].rpartition("/")
    mounts = {v.split(":")[1]: v.split(":")[0] for v in prometheus["volumes"]}

    assert prometheus["image"].startswith("prom/prometheus:")
    assert (REPO_ROOT / mounts[config_dir] / config_name).resolve() == PROMETHEUS_CONFIG.resolve()


def test_grafana_allows_anonymous_viewers_only(services: dict[str, dict[str, Any]]) -> None:
    env = services["grafana"]["environment"]

    assert services["grafana"]["image"].startswith("grafana/grafana")
    assert str(env["GF_AUTH_ANONYMOUS_ENABLED"]).lower() == "true"
    assert env["GF_AUTH_ANONYMOUS_ORG_ROLE"] == "Viewer"
