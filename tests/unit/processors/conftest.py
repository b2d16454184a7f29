"""Fixtures shared by the statement and agreement tests of ``processors``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from agreement_checks import WEDNESDAY, Observe

from processors.actors import load_gazetteer
from processors.agreements import extract_observations, load_agreement_lexicon
from processors.model import Article, Observation, Statement
from processors.statements import extract_statements, load_speech_lexicon


@pytest.fixture(scope="module")
def extract() -> Callable[[str], tuple[Statement, ...]]:
    """Statements of a text, with the packaged gazetteer and speech lexicon (loaded once)."""
    gazetteer = load_gazetteer()
    lexicon = load_speech_lexicon()

    def run(text: str) -> tuple[Statement, ...]:
        return extract_statements(Article(id="t1", text=text), gazetteer, lexicon)

    return run


@pytest.fixture(scope="module")
def observe() -> Observe:
    """Observations of a text published on ``WEDNESDAY`` unless given another time, with
    the packaged gazetteer and agreement lexicon (loaded once)."""
    gazetteer = load_gazetteer()
    lexicon = load_agreement_lexicon()

    def run(text: str, published: datetime = WEDNESDAY) -> tuple[Observation, ...]:
        article = Article(id="a1", text=text, published=published)
        # As ``Extractor.extract`` does: names are read as they were on the day.
        return extract_observations(article, (), gazetteer.as_of(published), lexicon)

    return run
