"""How fast is ``newsstream extract`` on one core, and how much memory does it take?

Builds ~750-word articles from the dev-set texts (each article joins whole texts until
its length is nearest 750 words), then times ``Extractor.extract`` in process and the whole CLI
(``newsstream extract`` reading JSON lines, writing JSON lines) as a subprocess pinned to
one core. Prints the build of ``processors`` measured (mypyc or pure), articles/s and the
peak RSS.

    .venv/bin/python benchmarks/extract_speed.py [--articles 2000]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import orjson

import processors
from processors.articles import parse_article
from processors.extraction import Extractor

ROOT = Path(__file__).resolve().parents[1]
TARGET_WORDS = 750


def corpus(count: int) -> list[dict[str, str]]:
    """``count`` articles of about 750 words made from the project's dev-set texts."""
    texts = []
    for path in sorted((ROOT / "tests" / "data").rglob("*.gold.json")):
        texts.append(orjson.loads(path.read_bytes())["article"]["text"])
    for path in sorted((ROOT / "seeds").glob("*.json")):
        texts.append(orjson.loads(path.read_bytes())["text"])
    if not texts:
        sys.exit("no dev-set texts found")
    articles = []
    cursor = 0
    for number in range(count):
        parts: list[str] = []
        words = 0
        # Whole texts only, stopping where the length is nearest the target.
        while True:
            text = texts[cursor % len(texts)]
            size = len(text.split())
            if parts and words + size / 2 > TARGET_WORDS:
                break
            cursor += 1
            parts.append(text)
            words += size
        articles.append(
            {
                "id": f"bench-{number}",
                "published": "2025-03-18T18:00:00Z",
                "text": "\n".join(parts),
            }
        )
    return articles


def in_process(articles: list[dict[str, str]]) -> float:
    """Articles per second through ``Extractor.extract`` alone."""
    extractor = Extractor.load()
    records = [parse_article(a) for a in articles]
    for record in records[:20]:  # warm up regex caches
        extractor.extract(record)
    start = time.perf_counter()
    for record in records:
        extractor.extract(record)
    return len(records) / (time.perf_counter() - start)


def command_line(articles: list[dict[str, str]]) -> tuple[float, float]:
    """Articles per second and peak RSS (MiB) of ``newsstream extract`` on one core."""
    feed = b"".join(orjson.dumps(a) + b"\n" for a in articles)
    command = [sys.executable, "-m", "streams.cli", "extract"]
    if shutil.which("taskset"):
        command = ["taskset", "-c", "0", *command]
    start = time.perf_counter()
    run = subprocess.run(command, input=feed, capture_output=True, check=True, cwd=ROOT)
    elapsed = time.perf_counter() - start
    lines = run.stdout.count(b"\n")
    if lines != len(articles):
        sys.exit(f"expected {len(articles)} output lines, got {lines}")
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return len(articles) / elapsed, peak_kib / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    articles = corpus(args.articles)
    words = sum(len(a["text"].split()) for a in articles) / len(articles)
    print(
        f"articles: {len(articles)}, mean words: {words:.0f}, cores: {os.cpu_count()}, "
        f"processors build: {processors.build()}"
    )
    print(f"extract in process: {in_process(articles):.0f} articles/s")
    rate, rss = command_line(articles)
    print(f"newsstream extract (CLI, one core, incl. start-up): {rate:.0f} articles/s")
    print(f"newsstream extract peak RSS: {rss:.0f} MiB")


if __name__ == "__main__":
    main()
