"""Is a Kafka broker there, and is a process alive? Small checks the launcher and the worker share.

Nothing happens at import time.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import socket
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, TypeVar

from processors.errors import BrokerError

_T = TypeVar("_T")


def probe(bootstrap: str, timeout: float = 5.0) -> None:
    """Check that a Kafka broker answers a metadata request at ``bootstrap`` (``host:port``).

    Raises :class:`BrokerError` naming the address when it does not within ``timeout``.
    """
    try:
        run_coroutine(metadata_round_trip(bootstrap, timeout / 2))
    except BrokerError:
        raise
    except Exception as exc:
        raise BrokerError(f"no Kafka broker answers at {bootstrap}: {exc!r}") from exc


def port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def pid_alive(pid: int) -> bool:
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


def command_line_of(pid: int) -> str | None:
    """The command line of ``pid`` (NUL-separated args joined by spaces), if the OS tells."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    return raw.replace(b"\0", b" ").decode("utf-8", "replace")


async def metadata_round_trip(bootstrap: str, request_seconds: float) -> None:
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


def run_coroutine(coro: Coroutine[Any, Any, _T]) -> _T:
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
