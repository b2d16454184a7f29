"""``newsstream replay``'s pipeline in process: articles in event-time order, alerts out.

The worker runs the same extractor and the same tracker; only the transport differs. Here
event time is the articles' own ``published`` times, so expiries fire exactly where the
stream's clock ticks would fire them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Protocol

from processors.model import Alert, Article, Extraction
from processors.tracker import AgreementTracker

_NO_TIME = datetime.min.replace(tzinfo=UTC)


class ArticleExtractor(Protocol):
    """Anything that turns an article into its statements and observations."""

    def extract(self, article: Article) -> Extraction: ...


def replay(
    articles: Iterable[Article],
    extractor: ArticleExtractor,
    tracker: AgreementTracker,
    *,
    detected_at: datetime | None = None,
) -> Iterator[Alert]:
    """The alerts of ``articles`` replayed in event-time order through ``tracker``.

    Before each article, event time moves on to its ``published`` time, so the expiries it
    passes come out first. ``detected_at`` stamps every alert (the tracker's clock if None).
    Reads all of ``articles`` before the first alert, to sort them.
    """
    for article in sorted(articles, key=event_order):
        if article.published is not None:
            yield from tracker.advance_to(article.published, detected_at=detected_at)
        extraction = extractor.extract(article)
        yield from tracker.observe_article(extraction.observations, detected_at=detected_at)


def event_order(article: Article) -> tuple[bool, datetime, str]:
    """Sort key: by ``published``, ties by id; articles without a time go last, as if they
    had just arrived."""
    return (article.published is None, article.published or _NO_TIME, article.id)
