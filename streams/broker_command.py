"""``newsstream broker start|stop|status``: the command line of the local broker launcher.

python -m streams.broker_command start|stop|status [--port N] [--home DIR]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from processors.errors import BrokerError
from streams.localkafka import DEFAULT_HOME, LocalKafka


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
    raise SystemExit(main(prog="python -m streams.broker_command"))
