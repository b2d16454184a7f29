"""The commands that need no Kafka: ``extract`` and ``replay``.

They run exactly the processors the worker runs; only the transport differs.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

import orjson

from processors.errors import InvalidArticle
from processors.extraction import Extractor
from streams.codecs import MessageCodec
from streams.settings import Settings


def run_extract(
    settings: Settings, *, skip_bad: bool, stdin: BinaryIO, stdout: BinaryIO, stderr: BinaryIO
) -> int:
    """Article JSON lines in, one extraction JSON line per article out, in input order.

    A bad line stops the run with exit code 2 and a message naming it, unless ``skip_bad``,
    in which case an error object takes its place in the output and the run goes on.
    """
    codec = MessageCodec.load(max_text_chars=settings.max_text_chars, names=("article",))
    extractor = Extractor.load()
    bad = 0
    for number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        try:
            article = codec.decode_article(line)
        except InvalidArticle as exc:
            bad += 1
            if not skip_bad:
                stderr.write(f"newsstream extract: line {number}: {exc}\n".encode())
                stderr.flush()
                return 2
            stdout.write(
                orjson.dumps(
                    {"line": number, "error": {"reason": exc.reason, "detail": exc.detail}}
                )
                + b"\n"
            )
            continue
        stdout.write(orjson.dumps(extractor.extract(article).to_dict()) + b"\n")
    stdout.flush()
    if bad:
        stderr.write(f"newsstream extract: skipped {bad} bad line(s)\n".encode())
    return 0


def run_replay(paths: Sequence[Path], settings: Settings, *, stdout: BinaryIO) -> int:
    """The whole pipeline in process over files: alerts as JSON lines, in event-time order."""
    from processors.tracker import AgreementTracker, load_tracker_rules
    from streams.replay import replay
    from streams.sources import read_sources

    codec = MessageCodec.load(max_text_chars=settings.max_text_chars)
    articles = []
    rejected = 0
    for record in read_sources(paths, codec):
        if record.article is None:
            rejected += 1
            sys.stderr.write(f"newsstream replay: {record.origin}: {record.error}\n")
        else:
            articles.append(record.article)
    tracker = AgreementTracker(rules=load_tracker_rules())
    for alert in replay(articles, Extractor.load(), tracker, detected_at=datetime.now(UTC)):
        stdout.write(codec.encode("alert", alert.to_dict()) + b"\n")
    stdout.flush()
    return 1 if rejected else 0
