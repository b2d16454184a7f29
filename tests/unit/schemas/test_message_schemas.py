"""The message schemas describe exactly what the domain records serialise to."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta
from importlib import resources
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from processors.model import (
    KINDS,
    SCOPES,
    STATUSES,
    Agreement,
    Evidence,
    Observation,
    Speaker,
    Statement,
    Status,
)
from processors.tracker import AgreementTracker

pytestmark = pytest.mark.unit

NAMES = ("statement", "observation", "alert")
PUBLISHED = datetime(2025, 3, 18, 18, 0, tzinfo=UTC)


def schema(name: str) -> dict[str, Any]:
    text = resources.files("schemas").joinpath(f"{name}.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(schema(name), format_checker=Draft202012Validator.FORMAT_CHECKER)


def statement() -> dict[str, Any]:
    return Statement(
        article_id="seed-000",
        speaker=Speaker(name="Zelenskyy", actor="UKR", role="President"),
        verb="write",
        content="pressure on Russia must continue",
        direct=True,
        span=(120, 152),
        sentence="“The fact ... pressure on Russia must continue for the sake of peace.”",
        confidence=0.8765,
    ).to_dict()


def observation(
    status: Status = "agreed", *, published: datetime = PUBLISHED, duration: float | None = 30
) -> Observation:
    agreement = Agreement(
        id="RUS+UKR/energy_infrastructure",
        kind="pause",
        scope="energy_infrastructure",
        parties=("RUS", "UKR"),
        mediators=("USA",),
        duration_days=duration,
    )
    evidence = Evidence(sentence="Putin has agreed to a 30-day pause.", span=(0, 40))
    return Observation(
        "seed-000",
        published,
        agreement,
        status,
        "RUS",
        None,
        evidence,
        0.9,
    )


def alerts() -> list[dict[str, Any]]:
    """Real alerts from the tracker: a new instance, a change and an expiry."""
    tracker = AgreementTracker(clock=lambda: PUBLISHED)
    made = tracker.observe(observation("agreed"))
    made += tracker.observe(observation("in_effect", published=PUBLISHED + timedelta(days=1)))
    made += tracker.advance_to(PUBLISHED + timedelta(days=40))
    assert [a.status for a in made] == ["agreed", "in_effect", "expired"]
    return [a.to_dict() for a in made]


@pytest.mark.parametrize("name", NAMES)
def test_each_schema_is_a_valid_versioned_2020_12_schema(name: str) -> None:
    loaded = schema(name)

    Draft202012Validator.check_schema(loaded)
    assert loaded["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert loaded["$id"].endswith(f"/{name}/1")
    assert loaded["x-version"] == 1
    assert "schema_version 1" in loaded["description"]
    assert loaded["title"] == name.capitalize()


def test_the_enumerations_are_the_models() -> None:
    observation_defs = schema("observation")["$defs"]
    alert_schema = schema("alert")

    assert observation_defs["status"]["enum"] == list(STATUSES)
    assert observation_defs["agreement"]["properties"]["scope"]["enum"] == list(SCOPES)
    assert observation_defs["agreement"]["properties"]["kind"]["enum"] == list(KINDS)
    assert alert_schema["$defs"]["status"]["enum"] == list(STATUSES)
    assert alert_schema["properties"]["severity"]["enum"] == ["info", "warning", "critical"]


def test_records_from_the_model_validate() -> None:
    validator("statement").validate(statement())
    validator("observation").validate(observation().to_dict())
    validator("observation").validate(observation(duration=None).to_dict())
    for alert in alerts():
        validator("alert").validate(alert)


def test_an_observation_of_an_unknown_agreement_validates() -> None:
    unknown = observation().to_dict()
    unknown["agreement"].update(id="UNKNOWN/general", scope="general", parties=[])
    unknown["published"] = None

    validator("observation").validate(unknown)


def broken(record: dict[str, Any], path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    """A deep copy of ``record`` with ``path`` set to ``value`` (or removed for ...)."""
    out = copy.deepcopy(record)
    target: Any = out
    for step in path[:-1]:
        target = target[step]
    if value is ...:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return out


@pytest.mark.parametrize(
    ("name", "path", "value"),
    [
        ("statement", ("span",), [1, 2, 3]),
        ("statement", ("span",), ["1", "2"]),
        ("statement", ("span",), [4]),
        ("statement", ("speaker", "actor"), "ukraine"),
        ("statement", ("article_id",), ...),
        ("statement", ("confidence",), 1.5),
        ("observation", ("status",), "ceasefired"),
        ("observation", ("agreement", "scope"), "everything"),
        ("observation", ("agreement", "id"), ...),
        ("observation", ("evidence", "span"), [0, 1.5]),
        ("observation", ("published",), "yesterday"),
        ("observation", ("mood",), "hopeful"),
        ("alert", ("status",), "over"),
        ("alert", ("previous_status",), "unknown"),
        ("alert", ("id",), ...),
        ("alert", ("id",), "not-a-hash"),
        ("alert", ("agreement", "id"), "RUS+UKR/energy_infrastructure"),
        ("alert", ("severity",), "catastrophic"),
        ("alert", ("evidence",), []),
        ("alert", ("evidence", 0, "status"), "fine"),
    ],
)
def test_wrong_records_are_rejected(name: str, path: tuple[str | int, ...], value: Any) -> None:
    good = {"statement": statement(), "observation": observation().to_dict(), "alert": alerts()[0]}
    bad = broken(good[name], path, value)

    assert list(validator(name).iter_errors(bad)), f"{name} accepted {path} = {value!r}"
