"""A real single-node Apache Kafka broker that newsstream starts and stops by itself.

The broker is Apache Kafka in KRaft combined mode (one JVM is both controller and broker),
bound to 127.0.0.1 only.  Its jars come from Maven Central: ``streams/kafka/pom.xml`` lists
them and Maven's dependency plugin copies them into a git-ignored cache, once.  Nothing else is
needed but a Java 17+ runtime and, for the first resolution, Maven.

Files:

- the jar cache, by default ``.local-kafka/`` under the current directory::

      .local-kafka/kafka-4.4.0-<pom hash>/libs/*.jar   copied by Maven
      .local-kafka/kafka-4.4.0-<pom hash>/cds/*.jsa    class-data archives (faster JVM start)

- the broker's home, any directory (the command line's default is ``.local-kafka/`` too)::

      HOME/server.properties   rendered from streams/kafka/server.properties
      HOME/data/               the KRaft metadata log and the topics' logs
      HOME/broker.log          everything the broker prints (broker.log.1: the run before)
      HOME/broker.pid          the broker JVM's process id while it runs

Use from Python::

    kafka = LocalKafka(Path(".local-kafka"), port=9092)
    started = kafka.start(timeout=60)      # resolves the jars first if needed
    print(started.bootstrap)               # 127.0.0.1:9092
    kafka.stop()

or from the shell: ``newsstream broker start|stop|status [--port N] [--home DIR]``
(:mod:`streams.broker_command`). Process and broker checks are in :mod:`streams.broker_probe`,
JVM class-data archives in :mod:`streams.jvm_class_data`.

Nothing happens at import time: no environment reads, no subprocesses, no files.
"""

from __future__ import annotations

import base64
import contextlib
import importlib.resources
import os
import re
import shutil
import signal
import socket
import string
import subprocess
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from processors.errors import BrokerError
from streams.broker_probe import (
    command_line_of,
    metadata_round_trip,
    pid_alive,
    port_open,
    run_coroutine,
)
from streams.jvm_class_data import ClassDataArchives
from streams.kafka_jars import jar_dir, jar_version, jars_present, pinned_version, resolve_jars

__all__ = [
    "DEFAULT_CACHE",
    "DEFAULT_HOME",
    "BrokerStatus",
    "LocalKafka",
    "StartResult",
    "pinned_version",
]

#: Default jar cache and broker home, relative to the current directory (git-ignored).
DEFAULT_CACHE = Path(".local-kafka")
DEFAULT_HOME = Path(".local-kafka")

#: Lines of the broker log quoted in errors.
LOG_TAIL_LINES = 40

_HOST = "127.0.0.1"
_LISTENER_PORT = re.compile(r"^listeners=.*PLAINTEXT://[^:,]+:(\d+)", re.MULTILINE)


@dataclass(frozen=True)
class BrokerStatus:
    """What :meth:`LocalKafka.status` sees.

    ``answering`` is true when a Kafka metadata request to ``bootstrap`` succeeded just now;
    it is false when the process runs but does not answer (yet), and when nothing runs.
    """

    running: bool
    pid: int | None
    bootstrap: str
    version: str | None
    log_path: Path
    answering: bool


@dataclass(frozen=True)
class StartResult:
    """What :meth:`LocalKafka.start` did.

    ``reused`` is true when a broker of this home was already running and answering;
    ``seconds`` is the wall time of the start (format and JVM start, jar resolution excluded);
    ``resolved_seconds`` is the time spent resolving jars, or ``None`` when they were cached.
    """

    bootstrap: str
    pid: int
    version: str
    log_path: Path
    reused: bool
    seconds: float
    resolved_seconds: float | None


class LocalKafka:
    """A single-node KRaft Apache Kafka broker under ``home``, listening on 127.0.0.1.

    ``port`` is the client (PLAINTEXT) port, ``controller_port`` the KRaft controller's.
    ``cache`` holds the jars (default: ``.local-kafka/`` under the current directory, taken
    when the object is made).  ``java`` is the Java executable (default: ``$JAVA_HOME/bin/java``
    or ``java`` on the PATH, looked up when needed), ``mvn`` the Maven executable.
    ``overrides`` are extra ``server.properties`` entries that win over the template's.
    ``heap`` is the JVM's maximum heap; ``class_data_sharing`` keeps a JVM class-data archive
    next to the jars, which roughly halves the JVM start time after the first run.  The JVM
    only runs its quick C1 compiler (fast start, lower peak throughput): for a broker meant
    for throughput measurements, pass ``jvm_options=["-XX:TieredStopAtLevel=4"]``, which
    comes later on the command line and wins.
    """

    def __init__(
        self,
        home: Path,
        port: int = 9092,
        controller_port: int = 9093,
        *,
        cache: Path | None = None,
        java: str | None = None,
        mvn: str | None = None,
        overrides: Mapping[str, str] | None = None,
        heap: str = "512m",
        class_data_sharing: bool = True,
        jvm_options: Sequence[str] = (),
    ) -> None:
        if port == controller_port:
            raise ValueError("port and controller_port must differ")
        self.home = Path(home).absolute()
        self.port = port
        self.controller_port = controller_port
        self.cache = Path(cache if cache is not None else DEFAULT_CACHE).absolute()
        self._java = java
        self._mvn = mvn
        self.overrides: dict[str, str] = dict(overrides or {})
        self.heap = heap
        self.class_data_sharing = class_data_sharing
        self.extra_jvm_options = list(jvm_options)
        self._proc: subprocess.Popen[bytes] | None = None

    # -- paths ---------------------------------------------------------------------------

    @property
    def bootstrap(self) -> str:
        """The bootstrap address clients use, ``127.0.0.1:PORT``."""
        return f"{_HOST}:{self.port}"

    @property
    def log_path(self) -> Path:
        """The broker's log file (stdout and stderr of the JVM, and of the storage format)."""
        return self.home / "broker.log"

    @property
    def pid_path(self) -> Path:
        """The pid file, present while a broker of this home runs."""
        return self.home / "broker.pid"

    @property
    def properties_path(self) -> Path:
        """The rendered ``server.properties`` of this home."""
        return self.home / "server.properties"

    @property
    def data_dir(self) -> Path:
        """The broker's ``log.dirs``: KRaft metadata and topic data."""
        return self.home / "data"

    @property
    def jar_dir(self) -> Path:
        """Where the jars of the packaged pom are (or will be) copied (see
        :func:`streams.kafka_jars.jar_dir`)."""
        return jar_dir(self.cache)

    # -- jars ----------------------------------------------------------------------------

    def resolved(self) -> bool:
        """True when the jar cache already holds a complete set of jars."""
        return jars_present(self.jar_dir)

    def resolve(self, timeout: float = 900.0) -> float | None:
        """Copy the broker's jars into the cache with Maven, unless they are there already.

        Returns the seconds it took, or ``None`` when the cache was complete (see
        :func:`streams.kafka_jars.resolve_jars`).
        """
        if self.resolved():
            return None
        return resolve_jars(self.jar_dir, self._mvn or shutil.which("mvn"), timeout)

    def version(self) -> str | None:
        """The Kafka version of the cached broker jars, or ``None`` before they are resolved."""
        return jar_version(self.jar_dir)

    # -- configuration -------------------------------------------------------------------

    def render_properties(self) -> str:
        """The ``server.properties`` text for this home and these ports."""
        template = string.Template(_resource_text("server.properties"))
        text = template.substitute(
            port=self.port,
            controller_port=self.controller_port,
            data_dir=_properties_escape(str(self.data_dir)),
        )
        if self.overrides:
            lines = [f"{key}={_properties_escape(value)}" for key, value in self.overrides.items()]
            text = text.rstrip("\n") + "\n\n# overrides\n" + "\n".join(lines) + "\n"
        return text

    def java(self) -> str:
        """The Java executable to run; raises :class:`BrokerError` when there is none."""
        if self._java is not None:
            candidate = shutil.which(self._java) if os.sep not in self._java else self._java
            if candidate is None or not os.access(candidate, os.X_OK):
                raise BrokerError(f"Java not found at {self._java!r}: install a Java 17+ runtime")
            return candidate
        java_home = os.environ.get("JAVA_HOME")
        if java_home:
            candidate = os.path.join(java_home, "bin", "java")
            if os.access(candidate, os.X_OK):
                return candidate
        found = shutil.which("java")
        if found is None:
            raise BrokerError(
                "Java not found: install a Java 17+ runtime (e.g. apt-get install "
                "openjdk-17-jre-headless) or set JAVA_HOME"
            )
        return found

    def jvm_options(self) -> list[str]:
        """JVM options for the broker and the storage tool: small heap, fast start, quiet log."""
        simple = "-Dorg.slf4j.simpleLogger."
        return [
            "-Xms64m",
            f"-Xmx{self.heap}",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-XX:+ExitOnOutOfMemoryError",
            "-XX:-UsePerfData",
            "-Djava.awt.headless=true",
            f"{simple}defaultLogLevel=warn",
            f"{simple}showDateTime=true",
            f"{simple}dateTimeFormat=yyyy-MM-dd HH:mm:ss.SSS",
            f"{simple}log.kafka.server.KafkaRaftServer=info",
            *self.extra_jvm_options,
        ]

    # -- lifecycle -----------------------------------------------------------------------

    def status(self) -> BrokerStatus:
        """Whether a broker of this home runs, its pid, and whether it answers right now."""
        pid = self.running_pid()
        bootstrap = f"{_HOST}:{self._configured_port()}"
        answering = False
        if pid is not None:
            try:
                run_coroutine(metadata_round_trip(bootstrap, 2.0))
                answering = True
            except Exception:  # noqa: BLE001 - any failure means "not answering"
                answering = False
        return BrokerStatus(
            running=pid is not None,
            pid=pid,
            bootstrap=bootstrap,
            version=self.version(),
            log_path=self.log_path,
            answering=answering,
        )

    def start(self, timeout: float = 60.0) -> StartResult:
        """Start the broker and wait until it answers a metadata request.

        Resolves the jars first when the cache lacks them (not counted in ``timeout``), formats
        the KRaft storage when ``data/`` is not formatted yet, then runs ``kafka.Kafka`` in the
        background with its output in :attr:`log_path`.  When a broker of this home is already
        running and answers, it is reused.  Raises :class:`BrokerError`, with the tail of the
        broker log, when anything fails; a broker that does not answer in time is killed.
        """
        began = time.monotonic()
        running = self.running_pid()
        if running is not None:
            return self._reuse(running, timeout, began)
        java = self.java()
        resolved_seconds = self.resolve()
        version = self.version() or "unknown"
        began = time.monotonic()
        self._check_port_free(self.port, "port")
        self._check_port_free(self.controller_port, "controller port")
        self.home.mkdir(parents=True, exist_ok=True)
        self.pid_path.unlink(missing_ok=True)
        self.properties_path.write_text(self.render_properties(), encoding="utf-8")
        self._rotate_log()
        self._class_data().settle("broker", keep=False)  # a dump left by a broker killed earlier
        deadline = began + timeout
        if not (self.data_dir / "meta.properties").exists():
            self._format(java, deadline)
        proc = self._launch(java, version)
        try:
            self._wait_ready(proc, deadline, timeout)
        except BaseException:
            self._kill(proc)
            raise
        return StartResult(
            bootstrap=self.bootstrap,
            pid=proc.pid,
            version=version,
            log_path=self.log_path,
            reused=False,
            seconds=time.monotonic() - began,
            resolved_seconds=resolved_seconds,
        )

    def stop(self, timeout: float = 30.0) -> int | None:
        """Stop the broker of this home: SIGTERM, wait up to ``timeout``, then SIGKILL.

        Returns the pid that was stopped, or ``None`` when no broker of this home was running.
        """
        pid = self.running_pid()
        if pid is None:
            self.pid_path.unlink(missing_ok=True)
            return None
        graceful = self._terminate(pid, timeout)
        self.pid_path.unlink(missing_ok=True)
        self._class_data().settle("broker", keep=graceful)
        self._proc = None
        return pid

    def log_tail(self, lines: int = LOG_TAIL_LINES) -> str:
        """The last ``lines`` lines of the broker log ('' when there is no log yet)."""
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""
        return _tail_text(text, lines)

    # -- internals -----------------------------------------------------------------------

    def _reuse(self, pid: int, timeout: float, began: float) -> StartResult:
        configured = self._configured_port()
        if configured != self.port:
            raise BrokerError(
                f"a broker of {self.home} already runs (pid {pid}) on port {configured}, "
                f"not {self.port}; stop it first or use another home"
            )
        deadline = began + timeout
        while True:
            try:
                run_coroutine(metadata_round_trip(self.bootstrap, 2.0))
                break
            except Exception as exc:  # retried until the deadline
                if self.running_pid() != pid:
                    raise BrokerError(self._failure(f"broker (pid {pid}) exited")) from exc
                if time.monotonic() >= deadline:
                    raise BrokerError(
                        self._failure(
                            f"a broker of {self.home} runs (pid {pid}) but does not answer "
                            f"at {self.bootstrap}"
                        )
                    ) from exc
                time.sleep(0.2)
        return StartResult(
            bootstrap=self.bootstrap,
            pid=pid,
            version=self.version() or "unknown",
            log_path=self.log_path,
            reused=True,
            seconds=time.monotonic() - began,
            resolved_seconds=None,
        )

    def _format(self, java: str, deadline: float) -> None:
        cluster_id = new_cluster_id()
        command = [
            java,
            *self.jvm_options(),
            *self._class_data().options("format"),
            "-cp",
            self._classpath(),
            "kafka.tools.StorageTool",
            "format",
            "--ignore-formatted",
            "-t",
            cluster_id,
            "-c",
            str(self.properties_path),
        ]
        with self._open_log() as log:
            log.write(f"# {_now()} newsstream: formatting {self.data_dir}\n".encode())
            log.flush()
            try:
                done = subprocess.run(
                    command,
                    cwd=self.home,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    timeout=max(1.0, deadline - time.monotonic()),
                    check=False,
                )
            except subprocess.TimeoutExpired as exc:
                raise BrokerError(self._failure("formatting the KRaft storage timed out")) from exc
        self._class_data().settle("format", keep=done.returncode == 0)
        if done.returncode != 0:
            raise BrokerError(
                self._failure(f"formatting the KRaft storage failed (exit {done.returncode})")
            )

    def _launch(self, java: str, version: str) -> subprocess.Popen[bytes]:
        command = [
            java,
            *self.jvm_options(),
            *self._class_data().options("broker"),
            "-cp",
            self._classpath(),
            "kafka.Kafka",
            str(self.properties_path),
        ]
        with self._open_log() as log:
            header = f"# {_now()} newsstream: starting Apache Kafka {version} at {self.bootstrap}\n"
            log.write(header.encode())
            log.flush()
            # A session of its own: Ctrl-C in the terminal that started it does not stop it.
            proc = subprocess.Popen(
                command,
                cwd=self.home,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self._proc = proc
        self.pid_path.write_text(f"{proc.pid}\n", encoding="ascii")
        return proc

    def _wait_ready(self, proc: subprocess.Popen[bytes], deadline: float, timeout: float) -> None:
        while True:
            code = proc.poll()
            if code is not None:
                self.pid_path.unlink(missing_ok=True)
                raise BrokerError(self._failure(f"the broker exited during start (exit {code})"))
            if port_open(_HOST, self.port):
                try:
                    run_coroutine(metadata_round_trip(self.bootstrap, 3.0))
                    return
                except Exception:  # noqa: BLE001, S110 - not ready yet; retried until the deadline
                    pass
            if time.monotonic() >= deadline:
                raise BrokerError(
                    self._failure(f"the broker did not answer at {self.bootstrap} in {timeout:g} s")
                )
            time.sleep(0.1)

    def _kill(self, proc: subprocess.Popen[bytes]) -> None:
        if proc.poll() is None:
            proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=10)
        self.pid_path.unlink(missing_ok=True)
        self._class_data().settle("broker", keep=False)
        self._proc = None

    def _terminate(self, pid: int, timeout: float) -> bool:
        """SIGTERM, then SIGKILL after ``timeout``; True when the broker exited on SIGTERM."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        if self._wait_gone(pid, timeout):
            return True
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        if not self._wait_gone(pid, 10.0):
            raise BrokerError(f"broker (pid {pid}) survived SIGKILL")
        return False

    def _wait_gone(self, pid: int, timeout: float) -> bool:
        proc = self._proc
        if proc is not None and proc.pid == pid:
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                return False
            return True
        deadline = time.monotonic() + timeout
        while pid_alive(pid):
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)
        return True

    def running_pid(self) -> int | None:
        """The pid of this home's broker when it runs (a stale pid file does not count).

        Only looks at the pid file and the process table; see :meth:`status` for a check that
        the broker also answers.
        """
        try:
            pid = int(self.pid_path.read_text(encoding="ascii").strip())
        except (FileNotFoundError, ValueError):
            return None
        if self._proc is not None and self._proc.pid == pid:
            return pid if self._proc.poll() is None else None
        if not pid_alive(pid):
            return None
        cmdline = command_line_of(pid)
        if cmdline is not None and (
            "kafka.Kafka" not in cmdline or str(self.properties_path) not in cmdline
        ):
            return None  # the pid was reused by an unrelated process
        return pid

    def _configured_port(self) -> int:
        """The client port in this home's rendered properties (else the requested one)."""
        try:
            text = self.properties_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return self.port
        match = _LISTENER_PORT.search(text)
        return int(match.group(1)) if match else self.port

    def _check_port_free(self, port: int, what: str) -> None:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind((_HOST, port))
            except OSError as exc:
                raise BrokerError(
                    f"{what} {_HOST}:{port} is already in use (another Kafka?); "
                    f"choose a free one (--port / --controller-port): {exc.strerror}"
                ) from exc

    def _classpath(self) -> str:
        jars = sorted(str(jar) for jar in self.jar_dir.glob("*.jar"))
        if not jars:
            raise BrokerError(f"no jars in {self.jar_dir}; run resolve() first")
        return os.pathsep.join(jars)

    def _rotate_log(self) -> None:
        if self.log_path.exists():
            self.log_path.replace(self.log_path.with_name(self.log_path.name + ".1"))

    @contextlib.contextmanager
    def _open_log(self) -> Iterator[IO[bytes]]:
        with self.log_path.open("ab") as log:
            yield log

    def _class_data(self) -> ClassDataArchives:
        return ClassDataArchives(self.java, self.jar_dir, self.home, self.class_data_sharing)

    def _failure(self, what: str) -> str:
        tail = self.log_tail()
        where = f"broker log {self.log_path}"
        if not tail:
            return f"{what}; the {where} is empty"
        return f"{what}; last lines of the {where}:\n{tail}"


# -- helpers -------------------------------------------------------------------------------


def new_cluster_id() -> str:
    """A random KRaft cluster id: a UUID in URL-safe base64, as ``kafka-storage random-uuid``
    makes it. One that starts with ``-`` is drawn again, like Kafka does, since the storage
    tool would read it as an option."""
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode("ascii").rstrip("=")
        if not cluster_id.startswith("-"):
            return cluster_id


def _resource_text(name: str) -> str:
    return importlib.resources.files("streams").joinpath("kafka", name).read_text("utf-8")


def _properties_escape(value: str) -> str:
    """Escape a value for a Java properties file (backslashes; leading blanks)."""
    escaped = value.replace("\\", "\\\\").replace("\n", "\\n")
    if escaped[:1].isspace():
        escaped = "\\" + escaped
    return escaped


def _tail_text(text: str, lines: int = LOG_TAIL_LINES) -> str:
    return "\n".join(text.rstrip("\n").splitlines()[-lines:])


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
