from datetime import UTC, datetime

import pytest

from processors.articles import article_from_plain_text, parse_article
from processors.errors import InvalidArticle

pytestmark = pytest.mark.unit


def test_a_full_article_keeps_every_field_and_reads_event_time_as_utc() -> None:
    article = parse_article(
        {
            "id": "a1",
            "text": "Kyiv said the pause held.",
            "title": "Pause holds",
            "url": "https://example.org/a1",
            "source": "wire",
            "published": "2025-03-19T08:30:00+02:00",
            "language": "en",
        }
    )
    assert article.id == "a1"
    assert article.title == "Pause holds"
    assert article.published == datetime(2025, 3, 19, 6, 30, tzinfo=UTC)


def test_language_defaults_to_english_and_numeric_ids_become_strings() -> None:
    article = parse_article({"id": 42, "text": "Text."})
    assert article.language == "en"
    assert article.id == "42"
    assert article.published is None


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (["not", "an", "object"], "not_an_object"),
        ({"id": "x"}, "missing_text"),
        ({"id": "x", "text": 12}, "wrong_type"),
        ({"id": "x", "text": "   \n"}, "empty_text"),
        ({"text": "body"}, "missing_id"),
        ({"id": "", "text": "body"}, "wrong_type"),
        ({"id": True, "text": "body"}, "wrong_type"),
        ({"id": "x", "text": "body", "title": 3}, "wrong_type"),
        ({"id": "x", "text": "body", "published": "yesterday"}, "bad_published"),
        ({"id": "x", "text": "body", "published": 1700000000}, "bad_published"),
    ],
)
def test_bad_input_is_rejected_with_a_reason(value: object, reason: str) -> None:
    with pytest.raises(InvalidArticle) as caught:
        parse_article(value)
    assert caught.value.reason == reason
    assert caught.value.detail


def test_oversize_text_is_rejected_with_its_size() -> None:
    with pytest.raises(InvalidArticle) as caught:
        parse_article({"id": "x", "text": "a" * 101}, max_text_chars=100)
    assert caught.value.reason == "text_too_large"
    assert "101" in caught.value.detail


def test_plain_text_gets_a_content_derived_id_and_its_headline_as_title() -> None:
    body = "Truce declared in the east\nBoth sides said the guns fell silent at dawn."
    first = article_from_plain_text(body, name="story.txt")
    again = article_from_plain_text(body, name="other-name.txt")
    assert first["id"] == again["id"]
    assert first["title"] == "Truce declared in the east"
    assert parse_article(first).text.startswith("Truce declared")


def test_plain_text_without_headline_has_no_title() -> None:
    wrapped = article_from_plain_text("One paragraph that ends with a full stop.", name="a.txt")
    assert "title" not in wrapped
