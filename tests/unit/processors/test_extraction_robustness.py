"""Mangled copy never breaks extraction: no exception, and every span points at its words.

Real feeds carry truncated articles, stray quotation marks, text pasted twice, lines run
together, shouting headlines. The worker dead-letters an article whose extraction raises,
and ``newsstream extract`` stops, so an exception on odd but valid text loses an article.
The cases are the project's annotated articles cut, spliced and sprinkled with punctuation
by a seeded generator: the same cases on every run, so a failure names a case to rerun.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from processors.extraction import Extractor
from processors.model import Article

pytestmark = pytest.mark.unit

_DATA = Path(__file__).resolve().parents[2] / "data"
_CASES = 400
_SPRINKLES = (
    '"', "\u201c", "\u201d", "\u2019", "'", ", he said.", ' said, "', "\n\n", "\n", " - ",
    "\u2014", ":", ";", "(", ")", "Q: ", "A: ", "ceasefire", " truce ", " agreed ", " not ",
    "Putin", " he ", "U.S.", "\u2026", "*", "\u00a0", "\U0001f642", "30-day", "12:01 a.m.",
    " according to", "\r\n", "\u00ab", "\u00bb",
)  # fmt: skip


def _texts() -> list[str]:
    texts = []
    for path in sorted(_DATA.glob("*/*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        texts.append(gold["article"]["text"])
    return texts


def _mangle(text: str, others: list[str], rng: random.Random) -> str:
    for _ in range(rng.randint(1, 6)):
        at = rng.randrange(len(text) + 1)
        roll = rng.random()
        if roll < 0.3:
            text = text[:at] + rng.choice(_SPRINKLES) + text[at:]
        elif roll < 0.45:
            text = text[:at] + text[at + rng.randint(1, 200) :]
        elif roll < 0.55:
            text = text[at:] + text[:at]
        elif roll < 0.65:
            text = text[:at] or rng.choice(_SPRINKLES)
        elif roll < 0.75:
            other = rng.choice(others)
            start = rng.randrange(len(other) + 1)
            text = text[:at] + other[start : start + rng.randint(1, 400)] + text[at:]
        elif roll < 0.8:
            text = text.upper() if rng.random() < 0.5 else text.lower()
        elif roll < 0.9:
            text = text.replace(". ", ".\n\n", rng.randint(1, 10))
        else:
            text = text.replace("\n", " ")
    return text


def _cases() -> Iterator[Article]:
    texts = _texts()
    rng = random.Random(20261128)
    for number in range(_CASES):
        text = _mangle(rng.choice(texts), texts, rng)
        if not text.strip():
            continue
        published = None
        if rng.random() < 0.8:
            published = datetime(rng.randint(1995, 2027), rng.randint(1, 12), 14, tzinfo=UTC)
        yield Article(id=f"mangled-{number}", text=text, published=published)


def test_mangled_copy_never_raises_and_every_span_points_at_its_words() -> None:
    extractor = Extractor.load()
    checked = statements = observations = 0
    for article in _cases():
        text = article.text
        result = extractor.extract(article).to_dict()
        for statement in result["statements"]:
            start, end = statement["span"]
            assert text[start:end] == statement["content"], article.id
        for observation in result["observations"]:
            evidence = observation["evidence"]
            start, end = evidence["span"]
            assert 0 <= start < end <= len(text), article.id
            assert evidence["sentence"] in text, article.id
            assert text[start:end] in evidence["sentence"], article.id
        checked += 1
        statements += len(result["statements"])
        observations += len(result["observations"])
    # The cases are still news: most keep statements and agreement mentions to check.
    assert checked > _CASES * 0.9
    assert statements > _CASES and observations > _CASES
