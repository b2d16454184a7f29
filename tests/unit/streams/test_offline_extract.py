"""``newsstream extract``: JSON lines in, one extraction line per article out, bad lines named."""

from __future__ import annotations

import io
from typing import Any

import orjson
import pytest

from processors.articles import parse_article
from processors.extraction import Extractor
from streams.offline import run_extract
from streams.settings import Settings

pytestmark = pytest.mark.unit

GOOD = {
    "id": "a1",
    "published": "2025-03-18T18:00:00Z",
    "text": 'Russia and Ukraine agreed to a 30-day ceasefire, the Kremlin said on Tuesday. "We '
    'will hold to it," Zelensky told reporters.',
}
OTHER = {"id": "a7", "text": "Hamas rejected the proposal for a truce, a spokesman said."}


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def expected(extractor: Extractor, article: dict[str, Any]) -> bytes:
    return orjson.dumps(extractor.extract(parse_article(article)).to_dict()) + b"\n"


def run(
    lines: list[bytes], *, skip_bad: bool, settings: Settings | None = None
) -> tuple[int, bytes, bytes]:
    stdout, stderr = io.BytesIO(), io.BytesIO()
    code = run_extract(
        settings or Settings(),
        skip_bad=skip_bad,
        stdin=io.BytesIO(b"".join(lines)),
        stdout=stdout,
        stderr=stderr,
    )
    return code, stdout.getvalue(), stderr.getvalue()


def json_error(line: bytes) -> str:
    """What orjson says of a line that is UTF-8 but no JSON."""
    with pytest.raises(orjson.JSONDecodeError) as caught:
        orjson.loads(line.decode("utf-8"))
    return str(caught.value)


def test_each_article_gives_its_extraction_in_input_order(extractor: Extractor) -> None:
    lines = [orjson.dumps(GOOD) + b"\n", b"\n", b"  \n", orjson.dumps(OTHER)]

    code, out, err = run(lines, skip_bad=False)

    assert code == 0
    assert out == expected(extractor, GOOD) + expected(extractor, OTHER)
    assert err == b""


def test_a_bad_line_stops_the_run_and_is_named(extractor: Extractor) -> None:
    bad = b'{"id": "a2", "text": \n'
    lines = [orjson.dumps(GOOD) + b"\n", bad, orjson.dumps(OTHER) + b"\n"]

    code, out, err = run(lines, skip_bad=False)

    assert code == 2
    assert out == expected(extractor, GOOD)
    assert err == f"newsstream extract: line 2: invalid_json: {json_error(bad)}\n".encode()


BAD_LINES = [
    (b'{"id": "a1", "text": "caf\xe9"}\n', "invalid_utf8", "not UTF-8 at byte 25"),
    (b"\xef\xbb\xbf" + orjson.dumps(OTHER) + b"\n", "invalid_json", None),
    (b"[1, 2]\n", "not_an_object", "expected a JSON object, got list"),
    (b'{"id": "a1"}\n', "missing_text", "the article has no 'text' field"),
    (b'{"id": "a1", "text": "ok", "url": 7}\n', "wrong_type", "'url' must be a string, got int"),
    (b'{"text": "ok"}\n', "missing_id", "the article has no 'id' field"),
    (b'{"id": "a1", "text": "ok", "published": "soon"}\n', "bad_published", None),
]


def test_with_skip_bad_an_error_object_takes_each_bad_lines_place(extractor: Extractor) -> None:
    lines = [orjson.dumps(GOOD) + b"\n"]
    for line, _, _ in BAD_LINES:
        lines += [line, b"\n"]
    lines.append(orjson.dumps(OTHER) + b"\n")

    code, out, err = run(lines, skip_bad=True)

    assert code == 0
    written = out.splitlines(keepends=True)
    assert written[0] == expected(extractor, GOOD)
    assert written[-1] == expected(extractor, OTHER)
    errors = [orjson.loads(line) for line in written[1:-1]]
    assert [e["line"] for e in errors] == [2 + 2 * n for n in range(len(BAD_LINES))]
    assert [e["error"]["reason"] for e in errors] == [reason for _, reason, _ in BAD_LINES]
    for error, (line, _, detail) in zip(errors, BAD_LINES, strict=True):
        assert list(error) == ["line", "error"]
        assert list(error["error"]) == ["reason", "detail"]
        if detail is not None:
            assert error["error"]["detail"] == detail
        elif error["error"]["reason"] == "invalid_json":
            assert error["error"]["detail"] == json_error(line)
    assert err == f"newsstream extract: skipped {len(BAD_LINES)} bad line(s)\n".encode()


def test_what_only_the_schema_refuses_is_a_schema_error() -> None:
    # The settings allow longer texts than the Article schema does.
    settings = Settings(max_text_chars=300_000)
    line = orjson.dumps({"id": "a1", "text": "word " * 50_000}) + b"\n"

    code, out, err = run([line], skip_bad=True, settings=settings)

    assert code == 0
    (error,) = [orjson.loads(x) for x in out.splitlines()]
    assert error["line"] == 1
    assert error["error"]["reason"] == "schema"
    assert error["error"]["detail"].startswith("text: ")
    assert err == b"newsstream extract: skipped 1 bad line(s)\n"


def test_a_text_over_the_settings_limit_is_too_large() -> None:
    line = orjson.dumps({"id": "a1", "text": "word " * 30}) + b"\n"

    code, out, err = run([line], skip_bad=False, settings=Settings(max_text_chars=100))

    assert code == 2
    assert out == b""
    assert err == (
        b"newsstream extract: line 1: text_too_large: 'text' has 150 characters, the limit is 100\n"
    )
