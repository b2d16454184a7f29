"""``replay``: articles in event-time order through the extractor and the tracker."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from processors.model import Agreement, Article, Evidence, Extraction, Observation, Status
from processors.tracker import AgreementTracker
from streams.replay import replay

pytestmark = pytest.mark.unit

START = datetime(2025, 3, 18, 18, 0, tzinfo=UTC)
DETECTED = datetime(2030, 1, 1, tzinfo=UTC)


class GoldExtractor:
    """Returns the observations written down for each article, whatever its text."""

    def __init__(self, statuses: dict[str, list[tuple[Status, str | None]]]) -> None:
        self.statuses = statuses
        self.seen: list[str] = []

    def extract(self, article: Article) -> Extraction:
        self.seen.append(article.id)
        found = tuple(
            Observation(
                article_id=article.id,
                published=article.published,
                agreement=Agreement(
                    id="RUS+UKR/energy_infrastructure",
                    kind="pause",
                    scope="energy_infrastructure",
                    parties=("RUS", "UKR"),
                    duration_days=30,
                ),
                status=status,
                by=by,
                claimed_by=None,
                evidence=Evidence(sentence=article.text, span=(n, n + 1)),
                confidence=0.9,
            )
            for n, (status, by) in enumerate(self.statuses.get(article.id, []))
        )
        return Extraction(article_id=article.id, observations=found)


def article(article_id: str, day: float | None) -> Article:
    published = None if day is None else START + timedelta(days=day)
    return Article(id=article_id, text=f"Article {article_id}.", published=published)


def run(articles: list[Article], extractor: GoldExtractor) -> list[tuple[str, str | None, str]]:
    tracker = AgreementTracker(clock=lambda: DETECTED)
    alerts = replay(articles, extractor, tracker, detected_at=DETECTED)
    return [(a.article_id, a.previous_status, a.status) for a in alerts]


def test_articles_are_replayed_in_event_time_order_ties_by_id() -> None:
    extractor = GoldExtractor(
        {
            "a-agreed": [("agreed", "RUS")],
            "b-in-effect": [("in_effect", None)],
            "c-proposed": [("proposed", "USA")],
        }
    )
    shuffled = [article("b-in-effect", 1), article("c-proposed", 0), article("a-agreed", 1)]

    alerts = run(shuffled, extractor)

    assert extractor.seen == ["c-proposed", "a-agreed", "b-in-effect"]
    assert alerts == [
        ("c-proposed", None, "proposed"),
        ("a-agreed", "proposed", "agreed"),
        ("b-in-effect", "agreed", "in_effect"),
    ]


def test_an_expiry_comes_out_before_the_article_that_passes_the_end() -> None:
    extractor = GoldExtractor(
        {"a1": [("agreed", "RUS")], "a2": [("violated", "RUS")], "a3": [("proposed", "UKR")]}
    )
    tracker = AgreementTracker(clock=lambda: DETECTED)

    alerts = list(
        replay(
            [article("a3", 45), article("a1", 0), article("a2", 10)],
            extractor,
            tracker,
            detected_at=DETECTED,
        )
    )

    assert [(a.article_id, a.status) for a in alerts] == [
        ("a1", "agreed"),
        ("a2", "violated"),
        ("a1", "expired"),  # the end was fixed by a1; a3's time passes it
        ("a3", "proposed"),
    ]
    assert alerts[2].changed_at == START + timedelta(days=30)
    assert alerts[3].agreement.id != alerts[0].agreement.id  # a new instance
    assert {a.detected_at for a in alerts} == {DETECTED}


def test_an_article_without_a_time_goes_last() -> None:
    extractor = GoldExtractor({"undated": [("in_effect", None)], "dated": [("agreed", "RUS")]})

    alerts = run([article("undated", None), article("dated", 2)], extractor)

    assert alerts == [("dated", None, "agreed"), ("undated", "agreed", "in_effect")]


def test_one_articles_observations_are_applied_in_the_trackers_order() -> None:
    # "Ukraine accepted the US proposal": the acceptance is named first, the proposal came first.
    extractor = GoldExtractor({"a1": [("accepted", "UKR"), ("proposed", "USA")]})

    assert run([article("a1", 0)], extractor) == [
        ("a1", None, "proposed"),
        ("a1", "proposed", "accepted"),
    ]
