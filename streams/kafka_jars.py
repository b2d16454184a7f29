"""The local broker's jars: resolved once from Maven Central into a cache, by version and pom.

``streams/kafka/pom.xml`` pins the Kafka version and lists the broker's runtime; Maven's
dependency plugin copies the jars into ``CACHE/kafka-VERSION-POMHASH/libs``. Nothing happens
at import time.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import os
import re
import shutil
import subprocess
import time
import uuid
from pathlib import Path

from processors.errors import BrokerError

#: Maven plugin that copies the resolved jars (Maven 3.8's built-in default, 2.8, is too old).
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

_KAFKA_JAR = re.compile(r"^kafka_2\.\d+-(?P<version>\d+\.\d+\.\d+(?:[.-][\w.-]+)?)\.jar$")
_POM_VERSION = re.compile(r"<kafka\.version>\s*([^<\s]+)\s*</kafka\.version>")
_ERROR_TAIL_LINES = 40


def pinned_version() -> str:
    """The Kafka version the packaged ``streams/kafka/pom.xml`` asks for."""
    match = _POM_VERSION.search(_pom_bytes().decode("utf-8"))
    if match is None:
        raise BrokerError("streams/kafka/pom.xml has no <kafka.version> property")
    return match.group(1)


def jar_dir(cache: Path) -> Path:
    """Where the jars of the packaged pom are (or will be) copied under ``cache``.

    The directory name carries the Kafka version and a hash of the pom, so a changed pom
    gets a fresh, complete set of jars instead of a mix.
    """
    digest = hashlib.sha256(_pom_bytes()).hexdigest()[:10]
    return cache / f"kafka-{pinned_version()}-{digest}" / "libs"


def jars_present(target: Path) -> bool:
    """True when ``target`` holds a complete set of broker jars."""
    return any(target.glob("kafka_2.*.jar"))


def jar_version(target: Path) -> str | None:
    """The Kafka version of the broker jar in ``target``, or ``None`` when there is none."""
    for jar in sorted(target.glob("kafka_2.*.jar")):
        match = _KAFKA_JAR.match(jar.name)
        if match:
            return match.group("version")
    return None


def resolve_jars(target: Path, mvn: str | None, timeout: float = 900.0) -> float:
    """Copy the packaged pom's runtime jars into ``target`` with Maven; the seconds it took.

    Maven writes to a temporary directory that is renamed into place only when it succeeded,
    so an interrupted resolution never leaves a half-filled cache behind; a concurrent
    resolution that wins the race is accepted.
    """
    if mvn is None:
        raise BrokerError(
            "Maven (mvn) is not installed, and the Kafka jars are not in "
            f"{target}; install Maven (e.g. apt-get install maven) and retry"
        )
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
        if done.returncode != 0 or not jars_present(work / "libs"):
            output = (done.stdout + done.stderr).decode("utf-8", "replace")
            tail = "\n".join(output.rstrip("\n").splitlines()[-_ERROR_TAIL_LINES:])
            raise BrokerError(
                f"Maven could not resolve the Kafka jars (exit {done.returncode}):\n{tail}"
            )
        try:
            (work / "libs").rename(target)
        except OSError as exc:
            if not jars_present(target):  # not a concurrent resolution that won the race
                raise BrokerError(f"cannot fill the jar cache {target}: {exc}") from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return time.monotonic() - began


def _pom_bytes() -> bytes:
    return importlib.resources.files("streams").joinpath("kafka", "pom.xml").read_bytes()
