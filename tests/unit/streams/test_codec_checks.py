"""The codec's schema checks agree with the reference ``jsonschema``; the sender's direct path."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import orjson
import pytest
from jsonschema import Draft202012Validator

from processors.articles import parse_article
from processors.extraction import Extractor
from streams.agents.records import FaustSender, OutMessage
from streams.codecs import MessageCodec, load_schema

pytestmark = pytest.mark.unit

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_5f9e12c82e977716.json"


def seed_messages() -> list[tuple[str, dict[str, Any]]]:
    """The seed article and what the extractor makes of it, as message bodies."""
    data = orjson.loads(SEED.read_bytes())
    extraction = Extractor.load().extract(parse_article(data))
    return [
        ("article", data),
        *(("statement", s.to_dict()) for s in extraction.statements),
        *(("observation", o.to_dict()) for o in extraction.observations),
    ]


def broken(name: str, body: dict[str, Any]) -> list[dict[str, Any]]:
    """Copies of ``body`` that break its schema in different ways."""
    out = []
    missing = copy.deepcopy(body)
    missing.pop(next(iter(missing)))
    out.append(missing)
    extra = copy.deepcopy(body)
    extra["unexpected"] = 1
    out.append(extra)
    if name == "statement":
        out.append({**body, "confidence": 1.5})
        out.append({**body, "span": [3]})
        out.append({**body, "speaker": {**body["speaker"], "actor": "lower case"}})
    if name == "observation":
        out.append({**body, "status": "maybe"})
        out.append({**body, "published": "18 March"})
        out.append({**body, "agreement": {**body["agreement"], "parties": ["RUS", "RUS"]}})
    return out


def reference_valid(name: str, body: dict[str, Any]) -> bool:
    """The verdict of the pure-Python reference implementation."""
    return Draft202012Validator(load_schema(name)).is_valid(body)


def test_the_codec_agrees_with_the_reference_validator() -> None:
    codec = MessageCodec.load()
    for name, body in seed_messages():
        assert codec.errors(name, body) == []
        assert reference_valid(name, body)
        for bad in broken(name, body):
            if name == "article" and "unexpected" in bad:
                continue  # articles may carry extra fields
            found = codec.errors(name, bad)
            assert found, f"{name} accepted {bad}"
            assert not reference_valid(name, bad), bad


class _Producer:
    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    async def send(self, *args: Any) -> str:
        self.calls.append(args)
        return "future"


class _App:
    def __init__(self) -> None:
        self.producer = _Producer()

    async def maybe_start_producer(self) -> _Producer:
        return self.producer


async def test_with_an_app_the_sender_hands_records_to_its_producer() -> None:
    app = _App()
    sender = FaustSender({}, app)
    message = OutMessage("t", b"k", b"v", partition=2, headers=(("h", b"1"),))

    await sender.send(message)
    await sender.send(OutMessage("u", None, b"w"))

    assert app.producer.calls == [
        ("t", b"k", b"v", 2, None, [("h", b"1")]),
        ("u", None, b"w", None, None, None),
    ]
