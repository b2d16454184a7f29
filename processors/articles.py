"""Turning decoded input into ``Article`` records, with a clear reason when that is impossible.

Both the CLI and the worker decode bytes with orjson and then call ``parse_article``; a
failure is an ``InvalidArticle`` whose ``reason`` is a short code (``missing_text``,
``wrong_type``, ``empty_text``, ``text_too_large``, ``bad_published``, ``not_an_object``)
used in DLQ messages and metric labels.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from processors.errors import InvalidArticle
from processors.model import Article, parse_time

DEFAULT_MAX_TEXT_CHARS: Final = 200_000
"""Longer texts are rejected: real articles are far shorter, and a huge one would stall a worker."""

_OPTIONAL_STRINGS: Final = ("title", "url", "source", "language")


def parse_article(data: Any, *, max_text_chars: int = DEFAULT_MAX_TEXT_CHARS) -> Article:
    """Validate a decoded JSON value and build an ``Article``.

    Raises ``InvalidArticle`` naming what is wrong; never returns a partial record.
    """
    if not isinstance(data, Mapping):
        raise InvalidArticle("not_an_object", f"expected a JSON object, got {type(data).__name__}")
    if "text" not in data:
        raise InvalidArticle("missing_text", "the article has no 'text' field")
    text = data["text"]
    if not isinstance(text, str):
        raise InvalidArticle("wrong_type", f"'text' must be a string, got {type(text).__name__}")
    if not text.strip():
        raise InvalidArticle("empty_text", "'text' is empty")
    if len(text) > max_text_chars:
        raise InvalidArticle(
            "text_too_large", f"'text' has {len(text)} characters, the limit is {max_text_chars}"
        )
    raw_id = data.get("id")
    if raw_id is None:
        raise InvalidArticle("missing_id", "the article has no 'id' field")
    if not isinstance(raw_id, str | int) or isinstance(raw_id, bool) or not str(raw_id).strip():
        raise InvalidArticle("wrong_type", "'id' must be a non-empty string")
    fields: dict[str, str | None] = {}
    for name in _OPTIONAL_STRINGS:
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            raise InvalidArticle(
                "wrong_type", f"'{name}' must be a string, got {type(value).__name__}"
            )
        fields[name] = value
    published = data.get("published")
    moment: datetime | None = None
    if published is not None:
        if not isinstance(published, str):
            raise InvalidArticle("bad_published", "'published' must be an RFC 3339 string")
        try:
            moment = parse_time(published)
        except ValueError as exc:
            raise InvalidArticle("bad_published", f"'published' is not RFC 3339: {exc}") from exc
    return Article(
        id=str(raw_id),
        text=text,
        title=fields["title"],
        url=fields["url"],
        source=fields["source"],
        published=moment,
        language=fields["language"] or "en",
    )


def article_from_plain_text(text: str, *, name: str) -> dict[str, Any]:
    """Wrap a plain-text body as an Article mapping.

    The id is derived from the content so publishing the same file twice gives the same
    key; the first line is taken as the title when it is short and the body has more.
    """
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    out: dict[str, Any] = {"id": digest, "text": text.strip(), "source": name}
    first, _, rest = text.strip().partition("\n")
    if rest.strip() and len(first) <= 200 and not first.rstrip().endswith((".", '"', "”")):
        out["title"] = first.strip()
    return out
