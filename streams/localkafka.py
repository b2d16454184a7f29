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

or from the shell: ``python -m streams.localkafka start|stop|status [--port N] [--home DIR]``
(``newsstream broker …`` runs the same :func:`main`).

Nothing happens at import time: no environment reads, no subprocesses, no files.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import concurrent.futures
import contextlib
import hashlib
import importlib.resources
import os
import re
import shutil
import signal
import socket
import string
import subprocess
import sys
import time
import uuid
from collections.abc import Coroutine, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Protocol, TypeVar

from processors.errors import BrokerError

__all__ = [
    "DEFAULT_CACHE",
    "DEFAULT_HOME",
    "BrokerStatus",
    "LocalKafka",
    "StartResult",
    "main",
    "pinned_version",
    "probe",
    "run_broker_command",
]

#: Default jar cache and broker home, relative to the current directory (git-ignored).
DEFAULT_CACHE = Path(".local-kafka")
DEFAULT_HOME = Path(".local-kafka")

#: Maven plugin that copies the resolved jars (Maven 3.8's built-in default, 2.8, is too old).
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

#: Lines of the broker log quoted in errors.
LOG_TAIL_LINES = 40

_HOST = "127.0.0.1"
_KAFKA_JAR = re.compile(r"^kafka_2\.\d+-(?P<version>\d+\.\d+\.\d+(?:[.-][\w.-]+)?)\.jar$")
_POM_VERSION = re.compile(r"<kafka\.version>\s*([^<\s]+)\s*</kafka\.version>")
_LISTENER_PORT = re.compile(r"^listeners=.*PLAINTEXT://[^:,]+:(\d+)", re.MULTILINE)

_T = TypeVar("_T")


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
        """Where the jars of the packaged pom are (or will be) copied.

        The directory name carries the Kafka version and a hash of the pom, so a changed pom
        gets a fresh, complete set of jars instead of a mix.
        """
        digest = hashlib.sha256(_pom_bytes()).hexdigest()[:10]
        return self.cache / f"kafka-{pinned_version()}-{digest}" / "libs"

    # -- jars ----------------------------------------------------------------------------

    def resolved(self) -> bool:
        """True when the jar cache already holds a complete set of jars."""
        return any(self.jar_dir.glob("kafka_2.*.jar"))

    def resolve(self, timeout: float = 900.0) -> float | None:
        """Copy the broker's jars into the cache with Maven, unless they are there already.

        Returns the seconds it took, or ``None`` when the cache was complete.  Maven writes to
        a temporary directory that is renamed into place only when it succeeded, so an
        interrupted resolution never leaves a half-filled cache behind.
        """
        if self.resolved():
            return None
        mvn = self._mvn or shutil.which("mvn")
        if mvn is None:
            raise BrokerError(
                "Maven (mvn) is not installed, and the Kafka jars are not in "
                f"{self.jar_dir}; install Maven (e.g. apt-get install maven) and retry"
            )
        target = self.jar_dir
        target.parent.mkdir(parents=True, exist_ok=True)
        work = target.parent / f"resolve-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        work.mkdir()
        pom = work / "pom.xml"
        pom.write_bytes(_pom_bytes())
        command = [
            mvn,
            "-B",
            "-q",
            "-f",
            str(pom),
            f"{DEPENDENCY_PLUGIN}:copy-dependencies",
            "-DincludeScope=runtime",
            f"-DoutputDirectory={work / 'libs'}",
        ]
        began = time.monotonic()
        try:
            try:
                done = subprocess.run(
                    command,
                    cwd=work,
                    stdin=subprocess.DEVNULL,
                    capture_output=True,
                    timeout=timeout,
                    check=False,
                )
            except subprocess.TimeoutExpired as exc:
                raise BrokerError(
                    f"Maven did not resolve the Kafka jars within {timeout:.0f} s"
                ) from exc
            if done.returncode != 0 or not any((work / "libs").glob("kafka_2.*.jar")):
                output = (done.stdout + done.stderr).decode("utf-8", "replace")
                raise BrokerError(
                    f"Maven could not resolve the Kafka jars (exit {done.returncode}):\n"
                    + _tail_text(output)
                )
            try:
                (work / "libs").rename(target)
            except OSError as exc:
                if not self.resolved():  # not a concurrent resolution that won the race
                    raise BrokerError(f"cannot fill the jar cache {target}: {exc}") from exc
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return time.monotonic() - began

    def version(self) -> str | None:
        """The Kafka version of the cached broker jars, or ``None`` before they are resolved."""
        for jar in sorted(self.jar_dir.glob("kafka_2.*.jar")):
            match = _KAFKA_JAR.match(jar.name)
            if match:
                return match.group("version")
        return None

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
                _run_coroutine(_probe(bootstrap, 2.0))
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
        self._settle_class_data("broker", keep=False)  # a dump left by a broker killed earlier
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
        self._settle_class_data("broker", keep=graceful)
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
                _run_coroutine(_probe(self.bootstrap, 2.0))
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
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode("ascii").rstrip("=")
        command = [
            java,
            *self.jvm_options(),
            *self._class_data_options("format"),
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
        self._settle_class_data("format", keep=done.returncode == 0)
        if done.returncode != 0:
            raise BrokerError(
                self._failure(f"formatting the KRaft storage failed (exit {done.returncode})")
            )

    def _launch(self, java: str, version: str) -> subprocess.Popen[bytes]:
        command = [
            java,
            *self.jvm_options(),
            *self._class_data_options("broker"),
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
            if _port_open(_HOST, self.port):
                try:
                    _run_coroutine(_probe(self.bootstrap, 3.0))
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
        self._settle_class_data("broker", keep=False)
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
        while _pid_alive(pid):
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
        if not _pid_alive(pid):
            return None
        cmdline = _cmdline(pid)
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

    def _failure(self, what: str) -> str:
        tail = self.log_tail()
        where = f"broker log {self.log_path}"
        if not tail:
            return f"{what}; the {where} is empty"
        return f"{what}; last lines of the {where}:\n{tail}"

    # Class-data sharing: the first run of each tool dumps the classes it loaded into an
    # archive (-XX:ArchiveClassesAtExit, written when the JVM exits normally); later runs map
    # it (-XX:SharedArchiveFile) and start about twice as fast.  A JVM that cannot use an
    # archive (another Java build, other jars) warns in the log and runs without it.

    def _class_data_archive(self, tool: str) -> Path:
        java = os.path.realpath(self.java())
        stat = os.stat(java)
        # The archive only fits this Java build and these jars at this path.
        identity = f"{java}:{stat.st_size}:{stat.st_mtime_ns}:{self.jar_dir}"
        key = hashlib.sha256(identity.encode()).hexdigest()
        return self.jar_dir.parent / "cds" / f"{tool}-{key[:10]}.jsa"

    def _pending_archive(self, tool: str) -> Path:
        return self.home / f".{tool}.jsa.pending"

    def _class_data_options(self, tool: str) -> list[str]:
        if not self.class_data_sharing:
            return []
        archive = self._class_data_archive(tool)
        if archive.exists():
            return [f"-XX:SharedArchiveFile={archive}"]
        archive.parent.mkdir(parents=True, exist_ok=True)
        dump = archive.with_name(f"{archive.stem}.{uuid.uuid4().hex[:8]}.tmp")
        self._pending_archive(tool).write_text(str(dump), encoding="utf-8")
        # -Xlog:cds=error: the dump would list every class it cannot archive as a warning.
        return [f"-XX:ArchiveClassesAtExit={dump}", "-Xlog:cds=error"]

    def _settle_class_data(self, tool: str, *, keep: bool) -> None:
        """Move a finished archive dump into place (or drop it) after the JVM exited."""
        pending = self._pending_archive(tool)
        try:
            dump = Path(pending.read_text(encoding="utf-8").strip())
        except FileNotFoundError:
            return
        pending.unlink(missing_ok=True)
        final = self._class_data_archive(tool)
        try:
            if keep and dump.is_file() and dump.stat().st_size > 0 and not final.exists():
                dump.replace(final)
                for stale in final.parent.glob(f"{tool}-*.jsa"):
                    if stale != final:  # made for another Java build; unusable now
                        stale.unlink(missing_ok=True)
        finally:
            dump.unlink(missing_ok=True)


# -- helpers -------------------------------------------------------------------------------


def pinned_version() -> str:
    """The Kafka version the packaged ``streams/kafka/pom.xml`` asks for."""
    match = _POM_VERSION.search(_pom_bytes().decode("utf-8"))
    if match is None:
        raise BrokerError("streams/kafka/pom.xml has no <kafka.version> property")
    return match.group(1)


def probe(bootstrap: str, timeout: float = 5.0) -> None:
    """Check that a Kafka broker answers a metadata request at ``bootstrap`` (``host:port``).

    Raises :class:`BrokerError` naming the address when it does not within ``timeout``.
    """
    try:
        _run_coroutine(_probe(bootstrap, timeout / 2))
    except BrokerError:
        raise
    except Exception as exc:
        raise BrokerError(f"no Kafka broker answers at {bootstrap}: {exc!r}") from exc


def _resource_text(name: str) -> str:
    return importlib.resources.files("streams").joinpath("kafka", name).read_text("utf-8")


def _pom_bytes() -> bytes:
    return importlib.resources.files("streams").joinpath("kafka", "pom.xml").read_bytes()


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


def _port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def _pid_alive(pid: int) -> bool:
    """True when ``pid`` is a live process (zombies count as dead)."""
    stat = Path(f"/proc/{pid}/stat")
    if Path("/proc/self/stat").exists():
        try:
            fields = stat.read_text(encoding="ascii", errors="replace").rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError, IndexError):
            return False
        return bool(fields) and fields[0] not in {"Z", "X"}
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _cmdline(pid: int) -> str | None:
    """The command line of ``pid`` (NUL-separated args joined by spaces), if the OS tells."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    return raw.replace(b"\0", b" ").decode("utf-8", "replace")


async def _probe(bootstrap: str, request_seconds: float) -> None:
    """One metadata round trip with the broker; raises unless it lists at least one broker."""
    from aiokafka.admin import AIOKafkaAdminClient

    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap,
        client_id="newsstream-localkafka",
        request_timeout_ms=int(request_seconds * 1000),
    )
    try:
        async with asyncio.timeout(2 * request_seconds):
            await admin.start()
            cluster = await admin.describe_cluster()
    finally:
        await admin.close()
    if not cluster.get("brokers"):
        raise BrokerError(f"the broker at {bootstrap} lists no brokers")


def _run_coroutine(coro: Coroutine[Any, Any, _T]) -> _T:
    """Run ``coro`` to completion from synchronous code, even inside a running event loop.

    Inside a running loop (an async caller of this synchronous API) the coroutine runs on a
    fresh loop in a helper thread; the caller's loop is blocked meanwhile.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


# -- command line --------------------------------------------------------------------------


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Run the project's local single-node Apache Kafka broker (127.0.0.1 only).",
    )
    parser.add_argument("action", choices=["start", "stop", "status"])
    parser.add_argument("--port", type=int, default=9092, help="client port (default 9092)")
    parser.add_argument(
        "--controller-port",
        type=int,
        default=None,
        help="KRaft controller port (default: port + 1)",
    )
    parser.add_argument(
        "--home",
        type=Path,
        default=DEFAULT_HOME,
        help="broker home: data, log, pid file (default .local-kafka)",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        default=None,
        help="jar cache (default: the home)",
    )
    parser.add_argument(
        "--timeout", type=float, default=60.0, help="seconds to wait for start/stop (default 60)"
    )
    return parser


def _say(line: str) -> None:
    """One plain line on stdout (the command's output)."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _complain(prog: str, message: str) -> None:
    sys.stderr.write(f"{prog}: error: {message}\n")


def main(argv: Sequence[str] | None = None, prog: str = "newsstream broker") -> int:
    """``newsstream broker start|stop|status``: one plain line per action on stdout.

    Exit status: 0 on success; 1 on an error (the message is on stderr); for ``status``, 3
    when no broker of that home is running (the LSB convention).
    """
    args = _parser(prog).parse_args(argv)
    controller_port = args.controller_port if args.controller_port is not None else args.port + 1
    try:
        kafka = LocalKafka(args.home, args.port, controller_port, cache=args.cache or args.home)
    except ValueError as exc:
        _complain(prog, str(exc))
        return 1
    try:
        if args.action == "start":
            return _start(kafka, args.timeout)
        if args.action == "stop":
            pid = kafka.stop(timeout=args.timeout)
            if pid is None:
                _say(f"broker: not running (home {kafka.home})")
            else:
                _say(f"broker: stopped (pid {pid})")
            return 0
        return _status(kafka)
    except BrokerError as exc:
        _complain(prog, str(exc))
        return 1
    except KeyboardInterrupt:
        _complain(prog, "interrupted")
        return 130


class _HasKafkaHome(Protocol):
    @property
    def local_kafka_home(self) -> Path: ...


def run_broker_command(
    action: str,
    settings: _HasKafkaHome | None = None,
    *,
    port: int | None = None,
    home: Path | None = None,
) -> int:
    """``newsstream broker ACTION``: :func:`main` with the console script's options.

    ``home`` (default: ``settings.local_kafka_home``, else ``.local-kafka``) holds both the
    jar cache and the broker's data; ``port`` defaults to 9092, the controller port is
    ``port + 1``.
    """
    if home is None:
        home = settings.local_kafka_home if settings is not None else DEFAULT_HOME
    argv = [action, "--home", str(home)]
    if port is not None:
        argv += ["--port", str(port)]
    return main(argv)


def _start(kafka: LocalKafka, timeout: float) -> int:
    if not kafka.resolved() and kafka.running_pid() is None:
        _say(f"jars: resolving Apache Kafka with Maven into {kafka.cache} (once)")
    result = kafka.start(timeout=timeout)
    if result.resolved_seconds is not None:
        _say(f"jars: resolved Apache Kafka {result.version} in {result.resolved_seconds:.1f} s")
    if result.reused:
        _say(
            f"broker: already running Apache Kafka {result.version} at {result.bootstrap} "
            f"(pid {result.pid}); reusing it"
        )
    else:
        _say(
            f"broker: started Apache Kafka {result.version} at {result.bootstrap} "
            f"(pid {result.pid}) in {result.seconds:.1f} s"
        )
    _say(f"logs: {result.log_path}")
    return 0


def _status(kafka: LocalKafka) -> int:
    state = kafka.status()
    if not state.running:
        _say(f"broker: not running (home {kafka.home})")
        return 3
    health = "answering" if state.answering else "NOT answering"
    _say(
        f"broker: running Apache Kafka {state.version or 'unknown'} at {state.bootstrap} "
        f"(pid {state.pid}), {health}"
    )
    _say(f"logs: {state.log_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(prog="python -m streams.localkafka"))
