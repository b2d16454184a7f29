"""The local Kafka launcher, without a broker: configuration, errors, pid files, the CLI.

Failing starts use a real JVM on a jar cache that holds one empty jar: Java runs and exits
with "could not find or load main class", which is exactly what a broken start looks like
to the launcher.  No test here downloads anything or starts Kafka.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from processors.errors import BrokerError
from streams import broker_probe, localkafka
from streams.broker_command import main, run_broker_command
from streams.localkafka import LocalKafka, new_cluster_id, pinned_version

pytestmark = pytest.mark.unit

needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="needs a java executable")


def parse_properties(text: str) -> dict[str, str]:
    """A Java properties file as a dict (the simple form we render: key=value lines)."""
    result: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith(("#", "!")):
            key, _, value = line.partition("=")
            result[key.strip()] = value.strip()
    return result


def fake_cache(kafka: LocalKafka) -> None:
    """Make ``kafka``'s jar cache look resolved, with one valid but empty jar."""
    kafka.jar_dir.mkdir(parents=True)
    with zipfile.ZipFile(kafka.jar_dir / "kafka_2.13-0.0.1.jar", "w") as jar:
        jar.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def kafka(tmp_path: Path) -> LocalKafka:
    return LocalKafka(
        tmp_path / "home",
        free_port(),
        free_port(),
        cache=tmp_path / "cache",
        class_data_sharing=False,
    )


def test_rendered_properties_bind_loopback_only_with_the_given_ports_and_dirs(
    tmp_path: Path,
) -> None:
    kafka = LocalKafka(tmp_path / "home", 19555, 19556, cache=tmp_path / "cache")
    text = kafka.render_properties()
    props = parse_properties(text)

    assert "${" not in text
    assert "0.0.0.0" not in text and "::" not in text  # noqa: S104 - asserting its absence
    assert props["listeners"] == "PLAINTEXT://127.0.0.1:19555,CONTROLLER://127.0.0.1:19556"
    assert props["advertised.listeners"] == "PLAINTEXT://127.0.0.1:19555"
    assert props["controller.quorum.voters"] == "1@127.0.0.1:19556"
    hosts = re.findall(r"//([^:,/]+):", props["listeners"] + "," + props["advertised.listeners"])
    assert set(hosts) == {"127.0.0.1"}
    assert props["log.dirs"] == str(tmp_path / "home" / "data")
    assert props["process.roles"] == "broker,controller"
    assert kafka.bootstrap == "127.0.0.1:19555"


def test_rendered_properties_keep_a_small_single_node_footprint(tmp_path: Path) -> None:
    props = parse_properties(LocalKafka(tmp_path, cache=tmp_path).render_properties())
    assert props["offsets.topic.num.partitions"] == "1"
    assert props["offsets.topic.replication.factor"] == "1"
    assert props["transaction.state.log.replication.factor"] == "1"
    assert props["transaction.state.log.min.isr"] == "1"
    assert props["group.initial.rebalance.delay.ms"] == "0"
    assert props["log.cleaner.enable"] == "true"  # Faust changelogs are compacted
    assert int(props["log.cleaner.dedupe.buffer.size"]) < 16 * 1024 * 1024


def test_overrides_come_last_so_they_win(tmp_path: Path) -> None:
    kafka = LocalKafka(tmp_path, cache=tmp_path, overrides={"num.partitions": "6"})
    lines = [
        ln for ln in kafka.render_properties().splitlines() if ln.startswith("num.partitions=")
    ]
    assert lines[-1] == "num.partitions=6"
    assert parse_properties(kafka.render_properties())["num.partitions"] == "6"


def test_a_data_dir_with_backslashes_is_escaped(tmp_path: Path) -> None:
    home = tmp_path / "we\\ird"
    props = parse_properties(LocalKafka(home, cache=tmp_path).render_properties())
    assert props["log.dirs"] == str(home / "data").replace("\\", "\\\\")


def test_making_a_launcher_touches_nothing(tmp_path: Path) -> None:
    kafka = LocalKafka(tmp_path / "home", cache=tmp_path / "cache")
    kafka.render_properties()
    assert kafka.status().running is False
    assert not (tmp_path / "home").exists()
    assert not (tmp_path / "cache").exists()


def test_same_port_twice_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="differ"):
        LocalKafka(tmp_path, 9092, 9092)


def test_version_comes_from_the_cached_jar_and_the_pom_pins_one(kafka: LocalKafka) -> None:
    assert kafka.version() is None
    assert not kafka.resolved()
    fake_cache(kafka)
    assert kafka.version() == "0.0.1"
    assert kafka.resolved()
    assert re.fullmatch(r"4\.\d+\.\d+", pinned_version())
    assert kafka.jar_dir.parent.name.startswith(f"kafka-{pinned_version()}-")


def test_resolve_skips_maven_when_the_jars_are_cached(tmp_path: Path) -> None:
    kafka = LocalKafka(tmp_path / "home", cache=tmp_path / "cache", mvn="/nonexistent/mvn")
    fake_cache(kafka)
    assert kafka.resolve() is None


def test_resolve_without_maven_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    kafka = LocalKafka(tmp_path / "home", cache=tmp_path / "cache")
    with pytest.raises(BrokerError, match=r"Maven \(mvn\) is not installed"):
        kafka.resolve()


def test_a_failing_maven_is_reported_with_its_output(tmp_path: Path) -> None:
    mvn = tmp_path / "mvn"
    mvn.write_text("#!/bin/sh\necho '[ERROR] Could not transfer artifact' >&2\nexit 1\n")
    mvn.chmod(0o755)
    kafka = LocalKafka(tmp_path / "home", cache=tmp_path / "cache", mvn=str(mvn))
    with pytest.raises(BrokerError, match=r"(?s)exit 1.*Could not transfer artifact"):
        kafka.resolve()
    assert not kafka.resolved()
    assert list(kafka.jar_dir.parent.iterdir()) == []  # no half-filled cache left behind


def test_missing_java_is_a_clear_error(kafka: LocalKafka, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_cache(kafka)
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(kafka.home / "nowhere"))
    with pytest.raises(BrokerError, match=r"Java not found.*JAVA_HOME"):
        kafka.start(timeout=5)
    explicit = LocalKafka(kafka.home, kafka.port, kafka.controller_port, java="/no/such/java")
    with pytest.raises(BrokerError, match="Java not found at '/no/such/java'"):
        explicit.start(timeout=5)
    assert not kafka.pid_path.exists()


@needs_java
def test_a_failing_format_raises_with_the_log_tail(kafka: LocalKafka) -> None:
    fake_cache(kafka)
    with pytest.raises(BrokerError) as caught:
        kafka.start(timeout=30)
    message = str(caught.value)
    assert "formatting the KRaft storage failed" in message
    assert str(kafka.log_path) in message
    assert "kafka.tools.StorageTool" in message  # the JVM's own words, from the log
    assert not kafka.pid_path.exists()


@needs_java
def test_a_broker_that_exits_at_start_raises_with_the_log_tail(kafka: LocalKafka) -> None:
    fake_cache(kafka)
    (kafka.data_dir).mkdir(parents=True)
    (kafka.data_dir / "meta.properties").write_text("version=1\n")  # looks formatted
    with pytest.raises(BrokerError) as caught:
        kafka.start(timeout=30)
    message = str(caught.value)
    assert "the broker exited during start" in message
    assert "kafka.Kafka" in message
    assert kafka.status().running is False
    assert not kafka.pid_path.exists()


def test_a_busy_port_is_reported_before_anything_runs(kafka: LocalKafka) -> None:
    fake_cache(kafka)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", kafka.port))
        busy.listen()
        with pytest.raises(BrokerError, match=f"port 127.0.0.1:{kafka.port} is already in use"):
            kafka.start(timeout=5)
    assert not kafka.log_path.exists()


def test_a_stale_or_foreign_pid_file_is_not_a_running_broker(kafka: LocalKafka) -> None:
    kafka.home.mkdir(parents=True)
    kafka.pid_path.write_text("999999999\n")
    assert kafka.running_pid() is None
    kafka.pid_path.write_text(f"{os.getpid()}\n")  # alive, but not a Kafka of this home
    assert kafka.running_pid() is None
    assert kafka.stop() is None
    assert not kafka.pid_path.exists()


def test_stop_terminates_the_recorded_process(kafka: LocalKafka) -> None:
    """A process whose command line looks like this home's broker is stopped by SIGTERM."""
    kafka.home.mkdir(parents=True)
    kafka.properties_path.write_text(kafka.render_properties())
    script = "import sys, time; time.sleep(60)"
    proc = subprocess.Popen(
        [sys.executable, "-c", script, "kafka.Kafka", str(kafka.properties_path)]
    )
    try:
        kafka.pid_path.write_text(f"{proc.pid}\n")
        # Until the child has exec'd, its command line is this test's (a loaded machine).
        deadline = time.monotonic() + 10
        while "kafka.Kafka" not in (broker_probe.command_line_of(proc.pid) or ""):
            assert time.monotonic() < deadline, "the child never started"
            time.sleep(0.01)
        assert kafka.running_pid() == proc.pid
        assert kafka.stop(timeout=10) == proc.pid
        assert proc.wait(timeout=5) == -15
        assert not kafka.pid_path.exists()
    finally:
        proc.kill()
        proc.wait()


def test_cli_status_and_stop_when_nothing_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    assert main(["status", "--home", str(home)]) == 3
    assert capsys.readouterr().out == f"broker: not running (home {home})\n"
    assert main(["stop", "--home", str(home)]) == 0
    assert capsys.readouterr().out == f"broker: not running (home {home})\n"
    assert run_broker_command("status", None, home=home) == 3


def test_cli_start_failure_exits_non_zero_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    code = main(["start", "--home", str(tmp_path / "home"), "--port", str(free_port())])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.err.startswith("newsstream broker: error: Java not found")
    assert "broker: started" not in captured.out


def test_module_import_has_no_side_effects() -> None:
    """Importing the launcher reads no environment and starts nothing (checked in a child)."""
    code = (
        "import os, subprocess\n"
        "import processors.errors, streams\n"
        "calls = []\n"
        "real_get = os.environ.get\n"
        "os.environ.get = lambda *a: calls.append(a) or real_get(*a)\n"
        "subprocess.Popen.__init__ = lambda *a, **k: calls.append('popen')\n"
        "import streams.broker_command, streams.broker_probe, streams.jvm_class_data\n"
        "import streams.localkafka\n"
        "assert not calls, calls\n"
    )
    root = Path(localkafka.__file__).resolve().parents[1]
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True, timeout=60)


def test_cluster_ids_never_read_as_an_option() -> None:
    """About one random id in 64 would start with '-', which the storage tool reads as an
    option; 2000 draws would all but surely hit one."""
    ids = {new_cluster_id() for _ in range(2000)}
    assert len(ids) == 2000
    assert all(len(i) == 22 and not i.startswith("-") for i in ids)
