"""The packaged agreement lexicon loads, and its data stays consistent."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from processors.agreement_lexicon import load_agreement_lexicon
from processors.model import SCOPES, STATUSES

pytestmark = pytest.mark.unit


def test_the_packaged_lexicon_loads_and_every_cue_has_a_known_status() -> None:
    lexicon = load_agreement_lexicon()
    assert {spec.status for spec in lexicon.cue_specs.values()} == set(STATUSES)
    assert {spec.scope for spec in lexicon.mention_specs.values()} - {None} <= set(SCOPES)


def test_a_lexicon_file_can_be_given_explicitly(tmp_path: Path) -> None:
    raw = resources.files("processors").joinpath("data/agreements.json").read_text("utf-8")
    data = json.loads(raw)
    data["labels"] = ["Harvest"]
    path = tmp_path / "agreements.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    lexicon = load_agreement_lexicon(path)
    assert lexicon.labels.search("a Harvest truce") is not None
    assert lexicon.labels.search("an Easter truce") is None
