"""The ``newsstream`` command line.

Settings are read from the environment once, here, and passed down; every sub-command
turns the expected failures (a bad file, an unreachable broker) into one plain line on
stderr and a non-zero exit instead of a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson

from processors.errors import NewsstreamError
from streams.settings import Settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsstream",
        description="Streaming news processor: statements, agreement status changes, alerts.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser(
        "extract",
        help="read Article JSON lines on stdin, write statements and observations (no Kafka)",
    )
    extract.add_argument(
        "--skip-bad",
        action="store_true",
        help="write an error object for a bad line and go on instead of stopping",
    )

    replay = commands.add_parser(
        "replay", help="run the whole pipeline in process over files; alerts as JSON lines"
    )
    replay.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    demo = commands.add_parser(
        "demo",
        help="the main job on one machine: local broker, worker, publish, print alerts, stop",
    )
    demo.add_argument("--json", action="store_true", help="alerts as JSON lines")
    demo.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="default: seeds/")

    worker = commands.add_parser("worker", help="run the Faust worker (all agents)")
    worker.add_argument("--broker", help="bootstrap servers, overrides NEWSSTREAM_BROKER")
    worker.add_argument(
        "--loglevel", default="info", choices=("crit", "error", "warn", "info", "debug")
    )

    publish = commands.add_parser(
        "publish", help="publish .txt, .json or .jsonl articles (files or folders) to Kafka"
    )
    publish.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    alerts = commands.add_parser("alerts", help="print alerts from Kafka")
    alerts.add_argument("--follow", action="store_true", help="keep waiting for new alerts")
    alerts.add_argument(
        "--from-beginning", action="store_true", help="start at the oldest alert on the topic"
    )
    alerts.add_argument(
        "--agreement", metavar="ID", help="only alerts of agreements with this id prefix"
    )
    alerts.add_argument("--json", action="store_true", help="JSON lines instead of readable lines")
    alerts.add_argument(
        "--group",
        default=None,
        help="consumer group that remembers what was read (default: <app id>-alerts-cli)",
    )

    broker = commands.add_parser("broker", help="start, stop or inspect the local Kafka broker")
    broker.add_argument("action", choices=("start", "stop", "status"))
    broker.add_argument("--port", type=int, default=None, help="client port (default 9092)")
    broker.add_argument("--home", type=Path, default=None, help="jar cache and data folder")
    return parser


def _publish(args: argparse.Namespace, settings: Settings) -> int:
    from streams.client import publish

    report = asyncio.run(publish(args.paths, settings))
    print(
        f"published {report.sent} article(s) to {settings.articles_topic}"
        f" at {settings.bootstrap_servers}; rejected {len(report.rejected)}",
        file=sys.stderr,
    )
    for origin, why in report.rejected:
        print(f"  rejected {origin}: {why}", file=sys.stderr)
    return 1 if report.rejected else 0


def _alerts(args: argparse.Namespace, settings: Settings) -> int:
    from streams.client import format_alert, read_alerts

    def emit(alert: dict[str, Any]) -> None:
        line = orjson.dumps(alert).decode() if args.json else format_alert(alert)
        print(line, flush=True)

    asyncio.run(
        read_alerts(
            settings,
            emit=emit,
            follow=args.follow,
            from_beginning=args.from_beginning,
            agreement=args.agreement,
            group_id=args.group or f"{settings.app_id}-alerts-cli",
        )
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsstream`` console script."""
    args = _parser().parse_args(argv)
    settings = Settings()
    try:
        if args.command == "extract":
            from streams.offline import run_extract

            return run_extract(
                settings,
                skip_bad=args.skip_bad,
                stdin=sys.stdin.buffer,
                stdout=sys.stdout.buffer,
                stderr=sys.stderr.buffer,
            )
        if args.command == "replay":
            from streams.offline import run_replay

            return run_replay(args.paths, settings, stdout=sys.stdout.buffer)
        if args.command == "demo":
            from streams.demo import run_demo

            return run_demo(list(args.paths), settings, as_json=args.json)
        if args.command == "worker":
            from streams.worker import run_worker

            if args.broker:
                settings = settings.model_copy(update={"broker": args.broker})
            return run_worker(settings, loglevel=args.loglevel)
        if args.command == "publish":
            return _publish(args, settings)
        if args.command == "alerts":
            return _alerts(args, settings)
        if args.command == "broker":
            from streams.broker_command import run_broker_command

            return run_broker_command(args.action, settings, port=args.port, home=args.home)
    except NewsstreamError as exc:
        print(f"newsstream {args.command}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 2


if __name__ == "__main__":
    sys.exit(main())
