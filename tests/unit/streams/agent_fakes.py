"""Test doubles for the agents' handlers: a recording sender and a scripted extractor.

Imported by the unit tests of ``streams.agents`` (and their conftest); nothing here needs a
broker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from processors.model import (
    Agreement,
    Article,
    Evidence,
    Extraction,
    Observation,
    Speaker,
    Statement,
    Status,
)
from streams.agents.records import OutMessage


class SendFailed(RuntimeError):
    """Raised by ``RecordingSender`` when told to fail (a producer or broker failure)."""


@dataclass
class RecordingSender:
    """A ``Sender`` that keeps what was sent; ``fail_confirmed`` simulates a crash before
    the broker acknowledged."""

    sent: list[OutMessage] = field(default_factory=list)
    fail_confirmed: bool = False

    async def send(self, message: OutMessage) -> None:
        self.sent.append(message)

    async def send_confirmed(self, messages: Sequence[OutMessage]) -> None:
        if self.fail_confirmed:
            raise SendFailed("the broker did not acknowledge")
        self.sent.extend(messages)

    def on(self, topic: str) -> list[OutMessage]:
        return [m for m in self.sent if m.topic == topic]


def make_observation(
    article: Article,
    status: Status = "agreed",
    *,
    parties: tuple[str, ...] = ("RUS", "UKR"),
    scope: str = "energy_infrastructure",
    duration_days: float | None = 30.0,
    start: int = 0,
) -> Observation:
    """A plausible observation of ``article`` (the key is derived from parties and scope)."""
    key = f"{'+'.join(sorted(parties)) or 'UNKNOWN'}/{scope}"
    agreement = Agreement(
        id=key,
        kind="pause",
        scope=scope,  # type: ignore[arg-type]
        parties=tuple(sorted(parties)),
        duration_days=duration_days,
    )
    sentence = article.text[start : start + 40]
    return Observation(
        article_id=article.id,
        published=article.published,
        agreement=agreement,
        status=status,
        by=parties[0] if parties else None,
        claimed_by=None,
        evidence=Evidence(sentence=sentence, span=(start, start + 10)),
        confidence=0.8,
    )


@dataclass
class ScriptedExtractor:
    """An extractor whose output is decided by a function of the article."""

    script: Callable[[Article], Sequence[Observation]] = lambda article: (
        make_observation(article),
    )
    fail_with: Exception | None = None
    seen: list[str] = field(default_factory=list)

    def extract(self, article: Article) -> Extraction:
        self.seen.append(article.id)
        if self.fail_with is not None:
            raise self.fail_with
        statement = Statement(
            article_id=article.id,
            speaker=Speaker(name="Dmitry Peskov", actor="RUS", role="spokesman"),
            verb="say",
            content=article.text[:20],
            direct=True,
            span=(0, min(20, len(article.text))),
            sentence=article.text[:40],
            confidence=0.9,
        )
        return Extraction(article.id, (statement,), tuple(self.script(article)))


def article(
    article_id: str = "a1",
    published: datetime | None = None,
    text: str = "Russia and Ukraine agreed to a 30-day pause in energy strikes, the Kremlin said.",
) -> Article:
    return Article(id=article_id, text=text, published=published)
