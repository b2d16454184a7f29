"""Fixtures shared by the statement tests of ``processors``."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from processors.actors import load_gazetteer
from processors.model import Article, Statement
from processors.statements import extract_statements, load_speech_lexicon


@pytest.fixture(scope="module")
def extract() -> Callable[[str], tuple[Statement, ...]]:
    """Statements of a text, with the packaged gazetteer and speech lexicon (loaded once)."""
    gazetteer = load_gazetteer()
    lexicon = load_speech_lexicon()

    def run(text: str) -> tuple[Statement, ...]:
        return extract_statements(Article(id="t1", text=text), gazetteer, lexicon)

    return run
