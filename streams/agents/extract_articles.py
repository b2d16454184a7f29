"""Agent 1: raw articles in; statements, observations, clock ticks and dead letters out.

Observations go twice: one by one to the observations topic (the contract, for consumers)
and, with the clock ticks, to the tracker's input topic (see ``streams.agents.clock``), there
one record per agreement and article, so the tracker folds them in one step and writes the
agreement's state once (an article has ~4 observations of ~1.3 agreements).

Per record: decode and validate (``MessageCodec.decode_article``), extract, encode every
output against its schema, then send. Nothing escapes the loop: an invalid article, and
any unexpected error while extracting or encoding, becomes a dead letter with its reason
and the stream goes on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from processors.errors import InvalidArticle
from processors.model import Article, Extraction, Observation
from streams.agents.clock import KIND_HEADER, OBSERVATIONS, TICK, Watermark, encode_tick
from streams.agents.records import (
    PROCESSING_ERROR,
    InputRecord,
    OutMessage,
    Sender,
    dead_letter_message,
    received_headers,
)
from streams.codecs import MessageCodec
from streams.metrics import PipelineMetrics
from streams.topics import TopicNames

log = logging.getLogger(__name__)


class ArticleExtractor(Protocol):
    """What the agent needs from ``processors.extraction.Extractor``."""

    def extract(self, article: Article) -> Extraction: ...


@dataclass(slots=True)
class ArticleHandler:
    """The per-record logic of the extraction agent."""

    codec: MessageCodec
    extractor: ArticleExtractor
    metrics: PipelineMetrics
    topics: TopicNames
    tracker_partitions: int
    """Partitions of the tracker's input topic; a tick goes to each of them."""
    sender: Sender
    worker: str | None = None
    order: Callable[[Sequence[Observation]], Sequence[Observation]] = tuple
    """Puts one article's observations in the tracker's fold order (``replay`` feeds the
    tracker in that order; sending them so keeps the stream's tracker on the same path)."""
    watermark: Watermark = field(default_factory=Watermark)

    async def handle(self, record: InputRecord) -> None:
        """Process one input record; never raises for bad data or extractor failures."""
        try:
            article = self.codec.decode_article(record.value if record.value is not None else b"")
        except InvalidArticle as exc:
            await self._reject(record, exc)
            return
        try:
            messages = self._outputs(article, record)
        except Exception as exc:  # one bad article must not stop the stream: DLQ it
            log.exception("extraction failed for article %r (offset %d)", article.id, record.offset)
            error = InvalidArticle(PROCESSING_ERROR, f"{type(exc).__name__}: {exc}")
            await self._reject(record, error)
            return
        # The ticks first, as replay advances the clock before each article: on every
        # partition the tracker expires what this article's time passes, then reads the
        # article's observations (a producer keeps the order of one partition's records).
        for message in (*self._ticks(article, record), *messages):
            await self.sender.send(message)
        self.metrics.articles_consumed.labels(outcome="processed", reason="").inc()

    def _outputs(self, article: Article, record: InputRecord) -> list[OutMessage]:
        """Extract and encode everything first, so a failure sends nothing half-way."""
        started = time.perf_counter()
        extraction = self.extractor.extract(article)
        self.metrics.extraction_seconds.observe(time.perf_counter() - started)
        headers = received_headers(record.received_ms())
        article_key = article.id.encode("utf-8")
        out = [
            OutMessage(
                topic=self.topics.statements,
                key=article_key,
                value=self.codec.encode("statement", statement.to_dict()),
                headers=headers,
            )
            for statement in extraction.statements
        ]
        per_agreement: dict[bytes, list[bytes]] = {}
        for observation in self.order(extraction.observations):
            # Keyed by the agreement key, so one partition (and one tracker) owns it.
            key = observation.agreement.id.encode("utf-8")
            value = self.codec.encode("observation", observation.to_dict())
            out.append(OutMessage(self.topics.observations, key, value, headers=headers))
            per_agreement.setdefault(key, []).append(value)
        tracked = (*headers, (KIND_HEADER, OBSERVATIONS))
        for key, values in per_agreement.items():
            batch = b"[" + b",".join(values) + b"]"
            out.append(OutMessage(self.topics.tracker, key, batch, headers=tracked))
        self.metrics.statements_extracted.inc(len(extraction.statements))
        for observation in extraction.observations:
            self.metrics.observations_extracted.labels(status=observation.status).inc()
        return out

    def _ticks(self, article: Article, record: InputRecord) -> Sequence[OutMessage]:
        """A tick to every partition of the tracker's input when this article moves the
        watermark."""
        published = article.published
        if published is None or not self.watermark.advance(published):
            return ()
        value = encode_tick(published)
        headers = (*received_headers(record.received_ms()), (KIND_HEADER, TICK))
        return [
            OutMessage(self.topics.tracker, None, value, partition=p, headers=headers)
            for p in range(self.tracker_partitions)
        ]

    async def _reject(self, record: InputRecord, error: InvalidArticle) -> None:
        log.warning(
            "dead letter: %s[%d]@%d: %s", record.topic, record.partition, record.offset, error
        )
        message = dead_letter_message(
            self.codec, self.topics.dlq, record, error, worker=self.worker
        )
        await self.sender.send(message)
        self.metrics.articles_consumed.labels(outcome="dlq", reason=error.reason).inc()
        self.metrics.dead_letters.labels(source="articles", reason=error.reason).inc()
