from pathlib import Path

import orjson
import pytest
from jsonschema import Draft202012Validator

from streams.codecs import load_schema

pytestmark = pytest.mark.unit

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def test_there_are_seed_articles_and_the_user_seed_is_first() -> None:
    files = sorted(SEEDS.iterdir())
    assert files
    assert files[0].name.startswith("000_")


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.json")), ids=lambda p: p.name)
def test_every_seed_is_a_valid_article(path: Path) -> None:
    schema = load_schema("article")
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    article = orjson.loads(path.read_bytes())
    assert list(validator.iter_errors(article)) == []
    assert article["published"].endswith("Z")
