"""Bytes in, records out, and back: orjson plus the JSON Schemas in ``schemas/``.

``MessageCodec.load()`` reads and compiles every schema once; the worker, the CLI and the
tests share it, so what the worker sends is exactly what the schemas promise.

Messages are checked by the Rust-backed ``jsonschema_rs`` (a few microseconds per message;
the pure-Python ``jsonschema`` took 0.5-2.5 ms, most of the worker's cost per article with
some 30 messages an article). ``jsonschema_rs`` also checks the schemas themselves against
their meta-schema once at load: importing ``jsonschema`` for that alone cost 0.2 G of the
4 G instructions ``newsstream extract`` took to start. The tests still check the schemas
with ``jsonschema``.
Formats are annotations, not assertions, as draft 2020-12 makes them by default.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from typing import Any

import jsonschema_rs
import orjson

from processors.articles import DEFAULT_MAX_TEXT_CHARS, parse_article
from processors.errors import InvalidArticle
from processors.model import Article, format_time

SCHEMA_NAMES = ("article", "statement", "observation", "alert", "deadletter")


def load_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of one message type (``article``, ``alert``, ...)."""
    text = resources.files("schemas").joinpath(f"{name}.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


SchemaCheck = Callable[[Any], list[str]]
"""A compiled schema: the violations of a value as readable lines (empty when valid)."""


def _where(path: Sequence[Any]) -> str:
    return "/".join(map(str, path)) or "<root>"


def compile_check(schema: dict[str, Any]) -> SchemaCheck:
    """A compiled check of one schema."""
    validator = jsonschema_rs.Draft202012Validator(schema, validate_formats=False)

    def check(value: Any) -> list[str]:
        if validator.is_valid(value):
            return []
        return [f"{_where(e.instance_path)}: {e.message}" for e in validator.iter_errors(value)]

    return check


@dataclass(frozen=True, slots=True)
class MessageCodec:
    """Compiled validators for every message type."""

    checks: Mapping[str, SchemaCheck]
    max_text_chars: int = DEFAULT_MAX_TEXT_CHARS

    @classmethod
    def load(
        cls,
        *,
        max_text_chars: int = DEFAULT_MAX_TEXT_CHARS,
        names: Sequence[str] = SCHEMA_NAMES,
    ) -> MessageCodec:
        """Read and check the named schemas (all by default); raises if one is invalid."""
        checks: dict[str, SchemaCheck] = {}
        for name in names:
            schema = load_schema(name)
            jsonschema_rs.meta.validate(schema)
            checks[name] = compile_check(schema)
        return cls(checks=checks, max_text_chars=max_text_chars)

    def errors(self, name: str, value: Any) -> list[str]:
        """Schema violations of ``value`` as readable lines (empty when valid)."""
        return self.checks[name](value)

    def decode_article(self, raw: bytes | str) -> Article:
        """Decode one input message; raises ``InvalidArticle`` with the reason."""
        if isinstance(raw, bytes):
            # orjson reads UTF-8 bytes as it reads their decoded text, checking the UTF-8
            # itself: decoding first only copies the text. What it refuses takes the long
            # way, which tells bad UTF-8 from bad JSON as before.
            try:
                data = orjson.loads(raw)
            except orjson.JSONDecodeError:
                pass
            else:
                return self.article_from_json(data)
            try:
                raw = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InvalidArticle("invalid_utf8", f"not UTF-8 at byte {exc.start}") from exc
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise InvalidArticle("invalid_json", str(exc)) from exc
        return self.article_from_json(data)

    def article_from_json(self, data: Any) -> Article:
        """Validate an already-decoded value against the Article schema and build the record."""
        # parse_article gives the most useful reason codes; the schema catches the rest.
        article = parse_article(data, max_text_chars=self.max_text_chars)
        problems = self.errors("article", data)
        if problems:
            raise InvalidArticle("schema", "; ".join(problems))
        return article

    def encode(self, name: str, value: Mapping[str, Any], *, validate: bool = True) -> bytes:
        """Serialise a message, checking it against its schema first."""
        if validate:
            problems = self.errors(name, value)
            if problems:
                msg = f"outgoing {name} breaks its schema: {'; '.join(problems)}"
                raise ValueError(msg)
        return orjson.dumps(value)


def dead_letter(
    *,
    error: InvalidArticle,
    topic: str,
    partition: int,
    offset: int,
    key: bytes | None,
    value: bytes | None,
    worker: str | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The DeadLetter message for an input that could not be processed."""
    return {
        "reason": error.reason,
        "detail": error.detail,
        "topic": topic,
        "partition": partition,
        "offset": offset,
        "key": key.decode("utf-8", "replace") if key is not None else None,
        "original": base64.b64encode(value or b"").decode("ascii"),
        "failed_at": format_time(now or datetime.now(UTC)),
        "worker": worker,
    }
