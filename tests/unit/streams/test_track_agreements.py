"""The tracker agent's per-record logic with the real tracker, a dict as table, no broker."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
import pytest
from agent_fakes import RecordingSender, SendFailed, article, make_observation
from prometheus_client import CollectorRegistry

from processors.model import Observation
from processors.tracker import AgreementTracker
from streams.agents.clock import KIND_HEADER, PendingIndex, encode_tick, pending_key
from streams.agents.records import RECEIVED_HEADER, InputRecord
from streams.agents.track_agreements import AgreementHandler
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
DETECTED = datetime(2026, 1, 1, tzinfo=UTC)
KEY = "RUS+UKR/energy_infrastructure"


@pytest.fixture(scope="module")
def logic() -> RulesTracker:
    return RulesTracker.load()


@pytest.fixture
def table() -> dict[str, Any]:
    return {}


@pytest.fixture
def handler(
    codec: MessageCodec,
    logic: RulesTracker,
    metrics: PipelineMetrics,
    table: dict[str, Any],
    sender: RecordingSender,
) -> AgreementHandler:
    return make_handler(codec, logic, metrics, table, sender)


def make_handler(
    codec: MessageCodec,
    logic: RulesTracker,
    metrics: PipelineMetrics,
    table: dict[str, Any],
    sender: RecordingSender,
) -> AgreementHandler:
    return AgreementHandler(
        codec=codec,
        logic=logic,
        metrics=metrics,
        topics=TOPICS,
        table=table,
        sender=sender,
        worker="test-worker",
        now=lambda: DETECTED,
    )


def obs_record(
    observation: Observation, *, partition: int = 1, offset: int = 0, key: bytes | None = None
) -> InputRecord:
    return InputRecord(
        topic="tracker",
        partition=partition,
        offset=offset,
        key=observation.agreement.id.encode() if key is None else key,
        value=orjson.dumps(observation.to_dict()),
        timestamp_ms=1_700_000_000_500,
        headers={RECEIVED_HEADER: b"1700000000000", KIND_HEADER: b"observation"},
    )


def batch_record(observations: list[Observation], *, offset: int = 0) -> InputRecord:
    """Several observations of one agreement in one record, as the extraction agent sends
    them."""
    return InputRecord(
        topic="tracker",
        partition=1,
        offset=offset,
        key=observations[0].agreement.id.encode(),
        value=orjson.dumps([o.to_dict() for o in observations]),
        headers={RECEIVED_HEADER: b"1700000000000", KIND_HEADER: b"observations"},
    )


class CountingTable(dict[str, Any]):
    """A dict table that counts writes (each one is a changelog record in the worker)."""

    writes = 0

    def __setitem__(self, key: str, value: Any) -> None:
        self.writes += 1
        super().__setitem__(key, value)


def tick_record(moment: datetime, *, partition: int = 1, offset: int = 0) -> InputRecord:
    return InputRecord(
        topic="tracker",
        partition=partition,
        offset=offset,
        key=None,
        value=encode_tick(moment),
        timestamp_ms=1_700_000_000_900,
        headers={KIND_HEADER: b"tick"},
    )


def alerts_of(sender: RecordingSender) -> list[dict[str, Any]]:
    return [orjson.loads(m.value) for m in sender.on("alerts")]


async def test_an_observation_gives_a_schema_valid_alert_keyed_by_instance(
    handler: AgreementHandler,
    sender: RecordingSender,
    codec: MessageCodec,
    table: dict[str, Any],
    registry: CollectorRegistry,
) -> None:
    await handler.handle(obs_record(make_observation(article("a1", MARCH))))

    (message,) = sender.on("alerts")
    body = orjson.loads(message.value)
    assert codec.errors("alert", body) == []
    assert (body["status"], body["previous_status"]) == ("agreed", None)
    assert message.key == body["agreement"]["id"].encode()
    assert body["agreement"]["id"].startswith(KEY)
    assert dict(message.headers)[RECEIVED_HEADER] == b"1700000000000"
    assert set(table) == {KEY, pending_key(1)}
    index = PendingIndex.from_dict(table[pending_key(1)])
    assert index.entries == ((MARCH + timedelta(days=30), KEY),)
    assert registry.get_sample_value("newsstream_alerts_emitted_total", {"status": "agreed"}) == 1
    assert registry.get_sample_value("newsstream_alert_latency_seconds_count") == 1


async def test_a_redelivered_observation_does_not_alert_twice(
    handler: AgreementHandler, sender: RecordingSender
) -> None:
    observation = make_observation(article("a1", MARCH))
    await handler.handle(obs_record(observation))
    await handler.handle(obs_record(observation, offset=1))

    assert len(alerts_of(sender)) == 1


async def test_a_crash_before_the_alert_is_acknowledged_leaves_the_state_untouched(
    handler: AgreementHandler, sender: RecordingSender, table: dict[str, Any]
) -> None:
    observation = make_observation(article("a1", MARCH))
    sender.fail_confirmed = True
    with pytest.raises(SendFailed):
        await handler.handle(obs_record(observation))
    assert table == {}, "the state must not get ahead of the alerts"

    # The worker restarts and Kafka redelivers the uncommitted observation.
    sender.fail_confirmed = False
    await handler.handle(obs_record(observation))
    await handler.handle(obs_record(observation))
    assert [a["status"] for a in alerts_of(sender)] == ["agreed"]


async def test_redelivery_after_a_crash_reemits_the_same_alert_ids(
    codec: MessageCodec,
    logic: RulesTracker,
    metrics: PipelineMetrics,
    sender: RecordingSender,
) -> None:
    """The alerts were acknowledged, the table write was lost: same ids again."""
    observation = make_observation(article("a1", MARCH))

    def fresh(table: dict[str, Any]) -> AgreementHandler:
        return AgreementHandler(codec, logic, metrics, TOPICS, table, sender, now=lambda: DETECTED)

    await fresh({}).handle(obs_record(observation))
    await fresh({}).handle(obs_record(observation))  # the restored table had no state yet

    first, second = alerts_of(sender)
    assert first["id"] == second["id"]


async def test_a_tick_past_the_end_expires_only_the_due_keys(
    handler: AgreementHandler, sender: RecordingSender, table: dict[str, Any], codec: MessageCodec
) -> None:
    source = article("a1", MARCH)
    await handler.handle(obs_record(make_observation(source, duration_days=30)))
    other = make_observation(source, scope="maritime", duration_days=60)
    await handler.handle(obs_record(other))
    del sender.sent[:]

    await handler.handle(tick_record(MARCH + timedelta(days=30)))  # at the end: still in force
    assert alerts_of(sender) == []
    await handler.handle(tick_record(MARCH + timedelta(days=31)))

    (expired,) = alerts_of(sender)
    assert codec.errors("alert", expired) == []
    assert (expired["status"], expired["previous_status"]) == ("expired", "agreed")
    assert expired["agreement"]["id"].startswith(KEY)
    assert sender.on("alerts")[0].key == expired["agreement"]["id"].encode()
    index = PendingIndex.from_dict(table[pending_key(1)])
    assert index.clock == MARCH + timedelta(days=31)
    assert [key for _, key in index.entries] == ["RUS+UKR/maritime"]


async def test_old_and_repeated_ticks_are_ignored(
    handler: AgreementHandler, sender: RecordingSender, table: dict[str, Any]
) -> None:
    await handler.handle(obs_record(make_observation(article("a1", MARCH))))
    late = MARCH + timedelta(days=40)
    await handler.handle(tick_record(late))
    del sender.sent[:]
    before = dict(table)

    await handler.handle(tick_record(late))
    await handler.handle(tick_record(MARCH + timedelta(days=35)))

    assert sender.sent == []
    assert table == before


async def test_ticks_on_another_partition_do_not_touch_this_partitions_keys(
    handler: AgreementHandler, sender: RecordingSender
) -> None:
    await handler.handle(obs_record(make_observation(article("a1", MARCH)), partition=1))
    del sender.sent[:]
    await handler.handle(tick_record(MARCH + timedelta(days=40), partition=0))

    assert alerts_of(sender) == []


async def test_an_observation_behind_the_partition_clock_expires_at_once(
    handler: AgreementHandler, sender: RecordingSender
) -> None:
    await handler.handle(tick_record(MARCH + timedelta(days=40)))
    await handler.handle(obs_record(make_observation(article("a1", MARCH))))

    assert [a["status"] for a in alerts_of(sender)] == ["agreed", "expired"]


async def test_an_observation_with_no_parties_changes_nothing(
    handler: AgreementHandler, sender: RecordingSender, table: dict[str, Any]
) -> None:
    await handler.handle(obs_record(make_observation(article("a1", MARCH), parties=())))

    assert sender.sent == []
    assert table == {}


INVALID = [
    pytest.param(b"{oops", "invalid_json", id="not-json"),
    pytest.param(b'{"article_id": "a1"}', "schema", id="schema"),
    pytest.param(None, "invalid_json", id="tombstone"),
]


@pytest.mark.parametrize(("value", "reason"), INVALID)
async def test_an_invalid_observation_goes_to_the_dlq(
    handler: AgreementHandler,
    sender: RecordingSender,
    codec: MessageCodec,
    registry: CollectorRegistry,
    value: bytes | None,
    reason: str,
) -> None:
    bad = InputRecord(topic="tracker", partition=0, offset=3, key=b"k", value=value)
    await handler.handle(bad)

    (letter,) = sender.sent
    body = orjson.loads(letter.value)
    assert (letter.topic, body["reason"], body["topic"]) == ("dlq", reason, "tracker")
    assert codec.errors("deadletter", body) == []
    labels = {"source": "observations", "reason": reason}
    assert registry.get_sample_value("newsstream_dead_letters_total", labels) == 1


async def test_an_observation_under_the_wrong_key_goes_to_the_dlq(
    handler: AgreementHandler, sender: RecordingSender, table: dict[str, Any]
) -> None:
    observation = make_observation(article("a1", MARCH))
    await handler.handle(obs_record(observation, key=b"RUS+USA/general"))

    assert [orjson.loads(m.value)["reason"] for m in sender.sent] == ["wrong_key"]
    assert table == {}


async def test_an_agreements_observations_in_one_record_alert_as_one_by_one(
    codec: MessageCodec,
    logic: RulesTracker,
    metrics: PipelineMetrics,
    handler: AgreementHandler,
    sender: RecordingSender,
) -> None:
    source = article("a1", MARCH)
    observations = [
        make_observation(source, "proposed"),
        make_observation(source, "agreed", start=10),
        make_observation(source, "in_effect", start=20),
    ]
    for n, observation in enumerate(observations):
        await handler.handle(obs_record(observation, offset=n))
    table = CountingTable()
    batched = RecordingSender()
    together = make_handler(codec, logic, metrics, table, batched)
    await together.handle(batch_record(observations))

    one_by_one = [(a["id"], a["status"], a["previous_status"]) for a in alerts_of(sender)]
    assert [(a["id"], a["status"], a["previous_status"]) for a in alerts_of(batched)] == (
        one_by_one
    )
    assert len(one_by_one) == 3
    assert table.writes == 2, "the agreement's state and the partition's index, once each"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (b"[]", "schema"),
        (b'[{"article_id": "a1"}]', "schema"),
    ],
)
async def test_a_bad_list_of_observations_goes_to_the_dlq(
    handler: AgreementHandler, sender: RecordingSender, value: bytes, reason: str
) -> None:
    bad = InputRecord(topic="tracker", partition=0, offset=3, key=KEY.encode(), value=value)
    await handler.handle(bad)

    assert [orjson.loads(m.value)["reason"] for m in sender.sent] == [reason]


async def test_observations_of_two_agreements_in_one_record_go_to_the_dlq(
    handler: AgreementHandler, sender: RecordingSender, table: dict[str, Any]
) -> None:
    source = article("a1", MARCH)
    mixed = [make_observation(source), make_observation(source, scope="maritime")]
    await handler.handle(batch_record(mixed))

    assert [orjson.loads(m.value)["reason"] for m in sender.sent] == ["wrong_key"]
    assert table == {}


async def test_a_bad_tick_goes_to_the_dlq(
    handler: AgreementHandler, sender: RecordingSender
) -> None:
    bad = InputRecord(
        topic="tracker",
        partition=0,
        offset=0,
        key=None,
        value=b'{"when": 1}',
        headers={KIND_HEADER: b"tick"},
    )
    await handler.handle(bad)

    assert [orjson.loads(m.value)["reason"] for m in sender.sent] == ["invalid_tick"]


async def test_a_tracker_failure_is_dead_lettered(
    handler: AgreementHandler, sender: RecordingSender, table: dict[str, Any]
) -> None:
    table[KEY] = {"version": 99}  # a state this tracker cannot read
    await handler.handle(obs_record(make_observation(article("a1", MARCH))))

    (letter,) = sender.sent
    assert orjson.loads(letter.value)["reason"] == "processing_error"


async def test_status_counts_skip_the_index(
    handler: AgreementHandler, table: dict[str, Any]
) -> None:
    await handler.handle(obs_record(make_observation(article("a1", MARCH))))
    await handler.handle(obs_record(make_observation(article("a1", MARCH), scope="maritime")))

    assert handler.status_counts(table.items()) == {"agreed": 2}


async def test_the_stream_path_matches_replay_on_a_timeline(
    handler: AgreementHandler, sender: RecordingSender, logic: RulesTracker
) -> None:
    """Observations and ticks as the extraction agent sends them (one partition) give the
    alerts ``AgreementTracker`` gives in replay: the same ids, statuses and order."""
    days = [0, 3, 10, 45, 50, 80]
    scripts = ["agreed", "in_effect", "violated", "agreed", "proposed", "collapsed"]
    scopes = ["energy_infrastructure", "energy_infrastructure", "energy_infrastructure"]
    scopes += ["maritime", "general", "maritime"]
    replay = AgreementTracker(logic.rules, clock=lambda: DETECTED)
    expected: list[tuple[str, str]] = []
    offset = 0
    for n, (day, status, scope) in enumerate(zip(days, scripts, scopes, strict=True)):
        moment = MARCH + timedelta(days=day)
        source = article(f"a{n}", moment)
        observation = make_observation(source, status, scope=scope, duration_days=30)
        expected += [(a.id, a.status) for a in replay.advance_to(moment, detected_at=DETECTED)]
        expected += [(a.id, a.status) for a in replay.observe_article([observation])]
        await handler.handle(tick_record(moment, offset=offset))
        await handler.handle(obs_record(observation, offset=offset))
        offset += 1
    final = MARCH + timedelta(days=200)
    expected += [(a.id, a.status) for a in replay.advance_to(final, detected_at=DETECTED)]
    await handler.handle(tick_record(final, offset=offset))

    assert [(a["id"], a["status"]) for a in alerts_of(sender)] == expected
    assert "expired" in {status for _, status in expected}


async def test_a_state_replaced_in_the_table_is_read_again(
    handler: AgreementHandler, sender: RecordingSender, table: dict[str, Any]
) -> None:
    """Decoded states are reused only while the table holds the same value (a recovery
    or another worker may have replaced it)."""
    await handler.handle(obs_record(make_observation(article("a1", MARCH))))
    table[KEY] = orjson.loads(orjson.dumps(table[KEY]))  # an equal value, a new object
    await handler.handle(obs_record(make_observation(article("a2", MARCH), "in_effect")))
    table[KEY] = {"version": 99}
    await handler.handle(obs_record(make_observation(article("a3", MARCH), "violated")))

    assert [a["status"] for a in alerts_of(sender)] == ["agreed", "in_effect"]
    assert [orjson.loads(m.value)["reason"] for m in sender.on("dlq")] == ["processing_error"]
