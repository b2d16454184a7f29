from pathlib import Path

import orjson
import pytest

from streams.codecs import MessageCodec
from streams.sources import SourceNotFound, read_sources

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def codec() -> MessageCodec:
    return MessageCodec.load()


def test_reads_txt_json_jsonl_and_folders(tmp_path: Path, codec: MessageCodec) -> None:
    (tmp_path / "a.txt").write_text("Headline\nBody of the story.", encoding="utf-8")
    (tmp_path / "b.json").write_bytes(orjson.dumps({"id": "b", "text": "B body."}))
    (tmp_path / "c.jsonl").write_bytes(
        orjson.dumps({"id": "c1", "text": "C1."})
        + b"\n\n"
        + orjson.dumps({"id": "c2", "text": "C2."})
    )
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    records = list(read_sources([tmp_path], codec))
    ids = [r.article.id for r in records if r.article]
    assert len(ids) == 4
    assert {"b", "c1", "c2"} <= set(ids)
    assert all(r.error is None for r in records)


def test_bad_lines_are_named_and_do_not_hide_good_ones(tmp_path: Path, codec: MessageCodec) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b'{"id": "ok", "text": "Fine."}\n{broken\n{"id": "nt"}\n{"id": "ok2", "text": "Also."}\n'
    )
    records = list(read_sources([path], codec))
    assert [r.article.id for r in records if r.article] == ["ok", "ok2"]
    rejected = {r.origin: r.error.reason for r in records if r.error}
    assert rejected == {f"{path}:2": "invalid_json", f"{path}:3": "missing_text"}


def test_a_gold_file_publishes_its_article(tmp_path: Path, codec: MessageCodec) -> None:
    path = tmp_path / "001.gold.json"
    path.write_bytes(orjson.dumps({"article": {"id": "g", "text": "Gold."}, "statements": []}))
    [record] = list(read_sources([path], codec))
    assert record.article is not None
    assert record.article.id == "g"


def test_invalid_utf8_file_is_rejected(tmp_path: Path, codec: MessageCodec) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"caf\xe9 au lait")
    [record] = list(read_sources([path], codec))
    assert record.error is not None
    assert record.error.reason == "invalid_utf8"


def test_missing_path_is_a_clear_error(tmp_path: Path, codec: MessageCodec) -> None:
    with pytest.raises(SourceNotFound, match="no such file"):
        list(read_sources([tmp_path / "nope.json"], codec))
