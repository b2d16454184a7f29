"""The extraction agent's per-record logic, without a broker."""

from __future__ import annotations

import base64
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest
from agent_fakes import RecordingSender, ScriptedExtractor, article, make_observation
from prometheus_client import CollectorRegistry

from processors.extraction import Extractor
from processors.model import Article
from streams.agents.clock import KIND_HEADER, decode_tick
from streams.agents.extract_articles import ArticleHandler
from streams.agents.records import RECEIVED_HEADER, InputRecord
from streams.agents.tracker_logic import RulesTracker
from streams.codecs import MessageCodec
from streams.metrics import PipelineMetrics
from streams.topics import TopicNames

pytestmark = pytest.mark.unit

TOPICS = TopicNames(
    articles="in",
    statements="statements",
    observations="observations",
    alerts="alerts",
    dlq="dlq",
    tracker="tracker",
)
MARCH = datetime(2025, 3, 18, 18, tzinfo=UTC)
SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_5f9e12c82e977716.json"


def record(value: bytes | None, *, key: bytes | None = b"a1", offset: int = 7) -> InputRecord:
    return InputRecord(
        topic="in", partition=2, offset=offset, key=key, value=value, timestamp_ms=1_700_000_000_000
    )


def encoded(item: Article) -> bytes:
    return orjson.dumps(item.to_dict())


@pytest.fixture(scope="module")
def codec() -> MessageCodec:
    """A small text limit, so the too-large case stays small."""
    return MessageCodec.load(max_text_chars=1_000)


@pytest.fixture
def extractor() -> ScriptedExtractor:
    return ScriptedExtractor()


@pytest.fixture
def handler(
    codec: MessageCodec,
    extractor: ScriptedExtractor,
    metrics: PipelineMetrics,
    sender: RecordingSender,
) -> ArticleHandler:
    return ArticleHandler(
        codec=codec,
        extractor=extractor,
        metrics=metrics,
        topics=TOPICS,
        tracker_partitions=3,
        sender=sender,
        worker="test-worker",
    )


def sample(registry: CollectorRegistry, name: str, **labels: str) -> float:
    value = registry.get_sample_value(name, labels)
    return 0.0 if value is None else value


def processed(registry: CollectorRegistry) -> float:
    return sample(registry, "newsstream_articles_consumed_total", outcome="processed", reason="")


BAD_INPUTS = [
    pytest.param(b"{not json", "invalid_json", id="not-json"),
    pytest.param(b'{"id": "a1", "title": "no text"}', "missing_text", id="missing-text"),
    pytest.param(b'{"id": "a1", "text": "caf\xe9 au lait"}', "invalid_utf8", id="invalid-utf8"),
    pytest.param(orjson.dumps({"id": "a1", "text": "x" * 1_001}), "text_too_large", id="too-large"),
    pytest.param(b'{"id": "a1", "text": 42}', "wrong_type", id="text-not-string"),
    pytest.param(b'{"id": "a1", "text": "ok", "title": 7}', "wrong_type", id="title-not-string"),
    pytest.param(b'{"id": "a1", "text": "   "}', "empty_text", id="empty-text"),
    pytest.param(b"[1, 2]", "not_an_object", id="array"),
    pytest.param(
        b'{"id": "a1", "text": "t", "published": "yesterday"}', "bad_published", id="time"
    ),
    pytest.param(None, "invalid_json", id="tombstone"),
]


@pytest.mark.parametrize(("value", "reason"), BAD_INPUTS)
async def test_a_bad_article_goes_to_the_dlq_with_its_reason(
    handler: ArticleHandler,
    sender: RecordingSender,
    extractor: ScriptedExtractor,
    codec: MessageCodec,
    registry: CollectorRegistry,
    value: bytes | None,
    reason: str,
) -> None:
    await handler.handle(record(value, key=b"k-1"))

    (letter,) = sender.sent
    assert letter.topic == "dlq"
    assert letter.key == b"k-1"
    body = orjson.loads(letter.value)
    assert codec.errors("deadletter", body) == []
    assert body["reason"] == reason
    assert (body["topic"], body["partition"], body["offset"]) == ("in", 2, 7)
    assert base64.b64decode(body["original"]) == (value or b"")
    assert body["worker"] == "test-worker"
    assert dict(letter.headers)["newsstream-error"] == reason.encode()
    assert extractor.seen == []
    assert sample(registry, "newsstream_articles_consumed_total", outcome="dlq", reason=reason) == 1
    assert sample(registry, "newsstream_dead_letters_total", source="articles", reason=reason) == 1


async def test_an_article_with_a_null_key_is_dead_lettered_with_a_null_key(
    handler: ArticleHandler, sender: RecordingSender
) -> None:
    await handler.handle(record(b"nope", key=None))

    (letter,) = sender.sent
    assert letter.key is None
    assert orjson.loads(letter.value)["key"] is None


async def test_an_extractor_failure_is_dead_lettered_and_the_stream_goes_on(
    handler: ArticleHandler,
    sender: RecordingSender,
    extractor: ScriptedExtractor,
    registry: CollectorRegistry,
) -> None:
    extractor.fail_with = ZeroDivisionError("boom")
    await handler.handle(record(encoded(article("a1", MARCH))))
    extractor.fail_with = None
    await handler.handle(record(encoded(article("a2", MARCH)), key=b"a2", offset=8))

    letters = sender.on("dlq")
    assert [orjson.loads(m.value)["reason"] for m in letters] == ["processing_error"]
    assert "ZeroDivisionError: boom" in orjson.loads(letters[0].value)["detail"]
    assert [m.key for m in sender.on("statements")] == [b"a2"]
    labels = {"source": "articles", "reason": "processing_error"}
    assert sample(registry, "newsstream_dead_letters_total", **labels) == 1
    assert processed(registry) == 1


async def test_an_output_that_breaks_its_schema_sends_nothing_but_a_dead_letter(
    handler: ArticleHandler, sender: RecordingSender, extractor: ScriptedExtractor
) -> None:
    # A confidence outside [0, 1] violates the observation schema.
    bad = make_observation(article("a1", MARCH))
    extractor.script = lambda item: (replace(bad, confidence=7.0),)
    await handler.handle(record(encoded(article("a1", MARCH))))

    assert [m.topic for m in sender.sent] == ["dlq"]
    assert orjson.loads(sender.sent[0].value)["reason"] == "processing_error"


async def test_a_good_article_gives_schema_valid_statements_and_observations_keyed_right(
    handler: ArticleHandler,
    sender: RecordingSender,
    extractor: ScriptedExtractor,
    codec: MessageCodec,
    registry: CollectorRegistry,
) -> None:
    extractor.script = lambda item: (
        make_observation(item, "agreed"),
        make_observation(item, "proposed", scope="general", start=20),
    )
    await handler.handle(record(encoded(article("a1", MARCH))))

    (statement,) = sender.on("statements")
    assert statement.key == b"a1"
    assert codec.errors("statement", orjson.loads(statement.value)) == []
    observations = sender.on("observations")
    assert [m.key for m in observations] == [
        b"RUS+UKR/energy_infrastructure",
        b"RUS+UKR/general",
    ]
    for message in observations:
        body = orjson.loads(message.value)
        assert codec.errors("observation", body) == []
        assert body["agreement"]["id"].encode() == message.key
        assert "__faust" not in body
    # The same observations go to the tracker's input, one record per agreement.
    tracked = [m for m in sender.on("tracker") if m.key is not None]
    assert [(m.key, orjson.loads(m.value)) for m in tracked] == [
        (m.key, [orjson.loads(m.value)]) for m in observations
    ]
    assert all(m.partition is None for m in tracked), "partitioned by key, like the table"
    assert {dict(m.headers)[KIND_HEADER] for m in tracked} == {b"observations"}
    for message in [statement, *observations, *tracked]:
        assert dict(message.headers)[RECEIVED_HEADER] == b"1700000000000"
    assert sender.on("dlq") == []
    assert sample(registry, "newsstream_statements_extracted_total") == 1
    assert sample(registry, "newsstream_observations_extracted_total", status="agreed") == 1
    assert sample(registry, "newsstream_observations_extracted_total", status="proposed") == 1
    assert sample(registry, "newsstream_extraction_duration_seconds_count") == 1
    assert processed(registry) == 1


async def test_observations_are_sent_in_the_trackers_order(
    handler: ArticleHandler, sender: RecordingSender, extractor: ScriptedExtractor
) -> None:
    extractor.script = lambda item: (
        make_observation(item, "agreed"),
        make_observation(item, "collapsed", start=30),
    )
    handler.order = lambda observations: sorted(observations, key=lambda o: o.status)
    await handler.handle(record(encoded(article("a1", MARCH))))

    statuses = [orjson.loads(m.value)["status"] for m in sender.on("observations")]
    assert statuses == ["agreed", "collapsed"]
    handler.order = lambda observations: sorted(observations, key=lambda o: o.status, reverse=True)
    await handler.handle(record(encoded(article("a2", MARCH))))
    statuses = [orjson.loads(m.value)["status"] for m in sender.on("observations")][2:]
    assert statuses == ["collapsed", "agreed"]


async def test_the_tracker_gets_one_record_per_agreement_in_fold_order(
    handler: ArticleHandler, sender: RecordingSender, extractor: ScriptedExtractor
) -> None:
    extractor.script = lambda item: (
        make_observation(item, "proposed"),
        make_observation(item, "agreed", scope="maritime", start=10),
        make_observation(item, "agreed", start=20),
        make_observation(item, "collapsed", start=30),
    )
    handler.order = lambda observations: sorted(observations, key=lambda o: o.status)
    await handler.handle(record(encoded(article("a1", MARCH))))

    public = [(m.key, orjson.loads(m.value)["status"]) for m in sender.on("observations")]
    assert len(public) == 4, "the contract topic still has every observation"
    tracked = [m for m in sender.on("tracker") if dict(m.headers)[KIND_HEADER] != b"tick"]
    batches = [(m.key, [o["status"] for o in orjson.loads(m.value)]) for m in tracked]
    assert batches == [
        (b"RUS+UKR/maritime", ["agreed"]),
        (b"RUS+UKR/energy_infrastructure", ["agreed", "collapsed", "proposed"]),
    ]


async def test_a_tick_goes_to_every_tracker_partition_when_the_watermark_advances(
    handler: ArticleHandler, sender: RecordingSender
) -> None:
    april = datetime(2025, 4, 1, tzinfo=UTC)
    await handler.handle(record(encoded(article("a1", MARCH))))
    await handler.handle(record(encoded(article("a2", april)), key=b"a2"))
    await handler.handle(record(encoded(article("old", MARCH)), key=b"old"))  # late: no tick
    await handler.handle(record(encoded(article("none", None)), key=b"none"))  # no time: no tick

    ticks = [m for m in sender.on("tracker") if dict(m.headers)[KIND_HEADER] == b"tick"]
    assert [(m.partition, decode_tick(m.value)) for m in ticks] == [
        (0, MARCH),
        (1, MARCH),
        (2, MARCH),
        (0, april),
        (1, april),
        (2, april),
    ]
    assert all(m.key is None for m in ticks)
    assert all(dict(m.headers)[RECEIVED_HEADER] == b"1700000000000" for m in ticks)
    # An article's ticks go out before its observations, as replay advances the clock
    # before each article; one producer keeps that order within a partition.
    first = [(m.topic, dict(m.headers).get(KIND_HEADER)) for m in sender.sent[:6]]
    assert first == [
        ("tracker", b"tick"),
        ("tracker", b"tick"),
        ("tracker", b"tick"),
        ("statements", None),
        ("observations", None),
        ("tracker", b"observations"),
    ]


async def test_the_received_header_of_the_input_is_forwarded_when_present(
    handler: ArticleHandler, sender: RecordingSender
) -> None:
    forwarded = InputRecord(
        topic="in",
        partition=0,
        offset=1,
        key=b"a1",
        value=encoded(article("a1", MARCH)),
        timestamp_ms=2,
        headers={RECEIVED_HEADER: b"1234"},
    )
    await handler.handle(forwarded)

    assert {dict(m.headers)[RECEIVED_HEADER] for m in sender.sent} == {b"1234"}


async def test_the_real_extractor_on_the_seed_article(
    codec: MessageCodec, metrics: PipelineMetrics, sender: RecordingSender
) -> None:
    handler = ArticleHandler(
        codec=replace(codec, max_text_chars=200_000),
        extractor=Extractor.load(),
        metrics=metrics,
        topics=TOPICS,
        tracker_partitions=2,
        sender=sender,
        order=RulesTracker.load().order,
    )
    await handler.handle(record(SEED.read_bytes(), key=b"5f9e12c82e977716"))

    assert sender.on("dlq") == []
    assert len(sender.on("statements")) >= 3, "the seed article quotes people"
    observations = [orjson.loads(m.value) for m in sender.on("observations")]
    assert {o["agreement"]["id"] for o in observations} >= {
        "RUS+UKR/energy_infrastructure",
        "RUS+UKR/general",
    }
    for message, body in zip(sender.on("observations"), observations, strict=True):
        assert codec.errors("observation", body) == []
        assert message.key == body["agreement"]["id"].encode()
