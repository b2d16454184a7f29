"""The worker image's ``Dockerfile`` (read, not built: the build machines have no Docker engine).

What can be proved without an engine is: it installs the project from pyproject.toml with
everything the package needs copied in, runs as a non-root user, exposes the worker's port,
and its HEALTHCHECK command really tells a healthy worker from a failing one (it is run here
against a local HTTP server; the integration test runs it against a real worker).
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
import threading
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from deploy_support import DOCKERIGNORE, REPO_ROOT, healthcheck_command, instructions

from streams.settings import Settings

pytestmark = pytest.mark.unit


def first(keyword: str, steps: list[tuple[str, str]]) -> int:
    return next(i for i, (k, _) in enumerate(steps) if k == keyword)


def pyproject() -> dict[str, object]:
    return tomllib.loads((REPO_ROOT / "pyproject.toml").read_text("utf-8"))


def test_base_image_is_python_311_slim() -> None:
    assert instructions()[0] == ("FROM", "python:3.11-slim")


def test_installs_the_project_from_pyproject_with_every_package_copied_first() -> None:
    steps = instructions()
    install = next(i for i, (k, rest) in enumerate(steps) if k == "RUN" and "pip install ." in rest)
    copied: set[str] = set()
    for keyword, rest in steps[:install]:
        if keyword == "COPY":
            *sources, _ = shlex.split(rest)
            copied.update(source.rstrip("/") for source in sources)
    project = pyproject()
    setuptools = project["tool"]["setuptools"]  # type: ignore[index]
    packages = {pattern.rstrip("*") for pattern in setuptools["packages"]["find"]["include"]}
    readme = project["project"]["readme"]  # type: ignore[index]

    assert {"pyproject.toml", readme} <= copied
    assert packages <= copied, f"pip install . needs {packages - copied}"
    for source in copied:
        assert (REPO_ROOT / source).exists(), f"COPY {source}: not in the repository"


def test_dockerignore_keeps_what_the_build_copies() -> None:
    ignored = {
        line.strip().rstrip("/")
        for line in DOCKERIGNORE.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    copied = {
        source.rstrip("/")
        for keyword, rest in instructions()
        if keyword == "COPY"
        for source in shlex.split(rest)[:-1]
    }

    assert not copied & ignored
    assert {".venv", ".local-kafka", ".git"} <= ignored, "the build context would be huge"


def test_runs_as_a_created_non_root_user_after_the_install() -> None:
    steps = instructions()
    users = [rest for keyword, rest in steps if keyword == "USER"]
    user = users[-1].split(":")[0]
    user_at = max(i for i, (k, _) in enumerate(steps) if k == "USER")
    install_at = next(i for i, (k, rest) in enumerate(steps) if "pip install" in rest)

    assert user not in {"root", "0"}
    assert install_at < user_at < first("ENTRYPOINT", steps)
    assert any(k == "RUN" and "useradd" in rest and user in rest for k, rest in steps[:user_at])


def test_entrypoint_is_the_console_script_and_the_default_command_the_worker() -> None:
    steps = dict(instructions())
    scripts = pyproject()["project"]["scripts"]  # type: ignore[index]

    assert json.loads(steps["ENTRYPOINT"]) == ["newsstream"]
    assert "newsstream" in scripts
    assert json.loads(steps["CMD"]) == ["worker"]
    assert f"{Settings().web_port}" in steps["EXPOSE"].split()


def test_web_host_is_opened_inside_the_container_only() -> None:
    env = " ".join(rest for keyword, rest in instructions() if keyword == "ENV")

    assert "NEWSSTREAM_WEB_HOST=0.0.0.0" in env
    assert Settings.model_fields["web_host"].default == "127.0.0.1"


def test_healthcheck_uses_python_urllib_not_curl() -> None:
    command = healthcheck_command()

    assert command[0] == "python"
    assert "urllib.request" in command[-1]
    assert not {"curl", "wget"} & set(" ".join(command).split())


class _Health(BaseHTTPRequestHandler):
    status = 200

    def do_GET(self) -> None:
        code = self.status if self.path == "/health" else 404
        self.send_response(code)
        self.end_headers()
        self.wfile.write(b'{"status": "ok"}')

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def health_server(status: int) -> Iterator[int]:
    handler = type("Handler", (_Health,), {"status": status})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def run_healthcheck(port: int) -> int:
    command = [sys.executable, *healthcheck_command()[1:]]
    env = {"NEWSSTREAM_WEB_PORT": str(port), "PATH": "/usr/bin:/bin"}
    return subprocess.run(command, env=env, capture_output=True, timeout=30, check=False).returncode


def test_healthcheck_passes_on_a_healthy_worker_and_fails_otherwise() -> None:
    with health_server(200) as port:
        assert run_healthcheck(port) == 0
    with health_server(503) as port:  # the worker answers 503 once it is stopping
        assert run_healthcheck(port) != 0
    with health_server(200) as port:
        closed = port
    assert run_healthcheck(closed) != 0, "nothing listening must be unhealthy"
