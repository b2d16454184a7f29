import base64
from datetime import UTC, datetime

import orjson
import pytest

from processors.errors import InvalidArticle
from streams.codecs import MessageCodec, dead_letter

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def codec() -> MessageCodec:
    return MessageCodec.load(max_text_chars=1000)


def test_a_good_article_decodes(codec: MessageCodec) -> None:
    raw = orjson.dumps({"id": "a", "text": "Hello.", "published": "2025-01-01T00:00:00Z"})
    article = codec.decode_article(raw)
    assert article.id == "a"
    assert article.published == datetime(2025, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"{not json", "invalid_json"),
        (b'{"id": "a", "text": "caf\xe9"}', "invalid_utf8"),
        (b'{"id": "a"}', "missing_text"),
        (b'{"id": "a", "text": ["x"]}', "wrong_type"),
        (b'{"id": "a", "text": ""}', "empty_text"),
        (b'"just a string"', "not_an_object"),
    ],
)
def test_bad_bytes_get_a_reason(codec: MessageCodec, raw: bytes, reason: str) -> None:
    with pytest.raises(InvalidArticle) as caught:
        codec.decode_article(raw)
    assert caught.value.reason == reason


def test_oversize_article_is_rejected(codec: MessageCodec) -> None:
    with pytest.raises(InvalidArticle) as caught:
        codec.decode_article(orjson.dumps({"id": "a", "text": "x" * 1001}))
    assert caught.value.reason == "text_too_large"


def test_encode_refuses_a_message_that_breaks_its_schema(codec: MessageCodec) -> None:
    with pytest.raises(ValueError, match="breaks its schema"):
        codec.encode("article", {"id": "a"})
    assert orjson.loads(codec.encode("article", {"id": "a", "text": "t"})) == {
        "id": "a",
        "text": "t",
    }


def test_dead_letter_keeps_the_original_bytes_and_validates(codec: MessageCodec) -> None:
    letter = dead_letter(
        error=InvalidArticle("invalid_json", "unexpected character"),
        topic="news.articles",
        partition=2,
        offset=17,
        key=b"k1",
        value=b"\xff\x00raw",
    )
    assert codec.errors("deadletter", letter) == []
    assert base64.b64decode(letter["original"]) == b"\xff\x00raw"
    assert letter["reason"] == "invalid_json"
    assert letter["key"] == "k1"
