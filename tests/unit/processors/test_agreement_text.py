"""Sentences, durations, names and dates as agreement extraction reads them."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from agreement_checks import Observe

from processors.agreement_lexicon import AgreementLexicon, load_agreement_lexicon
from processors.agreement_text import (
    clause_breaks,
    clause_end,
    clause_of,
    duration_days,
    label_of,
    last_words,
    sentences_of,
    split_sentences,
    stated_times,
    word_before,
)

pytestmark = pytest.mark.unit

PUBLISHED = datetime(2025, 4, 16, 12, 0, tzinfo=UTC)  # a Wednesday


@pytest.fixture(scope="module")
def lexicon() -> AgreementLexicon:
    return load_agreement_lexicon()


def test_sentences_keep_offsets_and_skip_abbreviations(lexicon: AgreementLexicon) -> None:
    text = "The U.S. envoy met Mr. Witkoff. The truce held.\nKyiv said so."
    spans = split_sentences(text, lexicon.abbreviations)
    assert [text[a:b] for a, b in spans] == [
        "The U.S. envoy met Mr. Witkoff.",
        "The truce held.",
        "Kyiv said so.",
    ]


def test_the_sentence_around_a_position(lexicon: AgreementLexicon) -> None:
    text = "Fighting went on. Russia agreed to a pause on Tuesday. Kyiv welcomed it."
    start, end = sentences_of(text, lexicon.abbreviations).around(text.index("pause"))
    assert text[start:end] == "Russia agreed to a pause on Tuesday."


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        ("a 30-day pause", 30.0),
        ("a 72-hour truce", 3.0),
        ("a 30-hour truce", 1.25),
        ("for three days", 3.0),
        ("a two-week ceasefire", 14.0),
        ("a month-long moratorium", 30.0),
        ("a truce", None),
        # units in any case, as the pattern ignores it (and the unit-word precheck too)
        ("A 72-HOUR pause", 3.0),
        ("a two-wee\u212a truce", 14.0),
        # a distance in time is no length
        ("two days after the deal", None),
        ("a week later", None),
        ("three months ago", None),
    ],
)
def test_durations(lexicon: AgreementLexicon, phrase: str, days: float | None) -> None:
    assert duration_days(phrase, lexicon) == (pytest.approx(days) if days else None)


def test_a_holiday_names_a_truce(lexicon: AgreementLexicon) -> None:
    assert label_of("a 30-hour Orthodox Easter", lexicon, "truce") == "Orthodox Easter truce"
    assert label_of("a 30-day", lexicon, "truce") is None


def test_start_and_end_are_read_relative_to_publication(lexicon: AgreementLexicon) -> None:
    starts, ends, *_ = stated_times(
        "truce from 6 p.m. on Saturday until midnight on April 21", lexicon, PUBLISHED
    )
    assert starts == datetime(2025, 4, 19, 18, 0, tzinfo=UTC)
    # Midnight belongs to the day that is ending: "until midnight on April 21" runs
    # through April 21.
    assert ends == datetime(2025, 4, 22, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("clause", "starts", "ends"),
    [
        # the day of publication where the clock is read: 18:00 in Moscow is 15:00 UTC
        (
            "would stop all fire from 18:00 Moscow time today until midnight on Sunday",
            datetime(2025, 4, 19, 15, 0, tzinfo=UTC),
            datetime(2025, 4, 20, 21, 0, tzinfo=UTC),
        ),
        ("the pause takes effect at 6 p.m. today", datetime(2025, 4, 19, 18, 0, tzinfo=UTC), None),
        # a 24-hour clock's minutes are no day of a month "today"
        ("a truce, to take effect at 18:00 today", datetime(2025, 4, 19, 18, 0, tzinfo=UTC), None),
        ("the truce runs until 21:30 tonight", None, datetime(2025, 4, 19, 21, 30, tzinfo=UTC)),
        # midnight tonight is the coming one, the end of the day of publication
        ("the ceasefire will begin at midnight tonight", datetime(2025, 4, 20, tzinfo=UTC), None),
        ("the truce expires at midnight today", None, datetime(2025, 4, 20, tzinfo=UTC)),
        # without a clock the day alone times nothing
        ("a halt to strikes for 30 days, starting tonight", None, None),
        ("talks resume today", None, None),
    ],
)
def test_today_and_tonight_with_a_clock_are_the_day_of_publication(
    lexicon: AgreementLexicon, clause: str, starts: datetime | None, ends: datetime | None
) -> None:
    published = datetime(2025, 4, 19, 14, 20, tzinfo=UTC)  # 17:20 in Moscow
    read = stated_times(clause, lexicon, published)
    assert (read.starts, read.ends) == (starts, ends)


def test_moscow_time_is_converted_to_utc(lexicon: AgreementLexicon) -> None:
    starts, *_ = stated_times("truce starting at 18:00 Moscow time on April 19", lexicon, PUBLISHED)
    assert starts == datetime(2025, 4, 19, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "clause",
    [
        "a pause that will take effect at 7 a.m. local time (0500 GMT) on Saturday",
        "a pause starting at 0500 GMT on Saturday",
        "a pause starting on Saturday, April 19 at 7 a.m. (05:00 UTC)",
    ],
)
def test_a_time_given_in_gmt_is_the_exact_moment(lexicon: AgreementLexicon, clause: str) -> None:
    starts, *_ = stated_times(clause, lexicon, PUBLISHED)
    assert starts == datetime(2025, 4, 19, 5, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("clause", "moment"),
    [
        # Midnight local on Saturday, three hours ahead of GMT: Friday evening in UTC.
        ("a truce from midnight on Saturday (2100 GMT)", datetime(2025, 4, 18, 21, 0, tzinfo=UTC)),
        ("a truce from 11 p.m. on Saturday (0100 GMT)", datetime(2025, 4, 20, 1, 0, tzinfo=UTC)),
        ("a truce from 6 a.m. on Saturday (0300 GMT)", datetime(2025, 4, 19, 3, 0, tzinfo=UTC)),
    ],
)
def test_a_gmt_time_after_the_day_is_taken_on_the_utc_day_nearest_the_local_time(
    lexicon: AgreementLexicon, clause: str, moment: datetime
) -> None:
    starts, *_ = stated_times(clause, lexicon, PUBLISHED)
    assert starts == moment


def test_a_midnight_end_in_gmt_is_the_end_of_its_local_day(lexicon: AgreementLexicon) -> None:
    _, ends, *_ = stated_times(
        "a truce from noon on Friday until midnight on Sunday (2100 GMT)", lexicon, PUBLISHED
    )
    assert ends == datetime(2025, 4, 20, 21, 0, tzinfo=UTC)


def test_the_day_takes_the_time_just_before_it(lexicon: AgreementLexicon) -> None:
    starts, ends, *_ = stated_times(
        "a truce from 6 p.m. Moscow time on Saturday until midnight on Sunday", lexicon, PUBLISHED
    )
    assert starts == datetime(2025, 4, 19, 15, 0, tzinfo=UTC)
    assert ends == datetime(2025, 4, 20, 21, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("clause", "day"),
    [
        ("a truce that may begin at 6 p.m. from May 9", 9),
        ("a truce starting on 9 May, which may last 30 days", 9),
        ("a truce that may start from 5 p.m.", None),
    ],
)
def test_may_is_a_month_only_beside_a_number(
    lexicon: AgreementLexicon, clause: str, day: int | None
) -> None:
    starts, *_ = stated_times(clause, lexicon, PUBLISHED)
    assert (starts.day if starts else None) == day


@pytest.mark.parametrize(
    "clause",
    [
        "cease firing along the Line of Control with effect from midnight 15/16 April 2025",
        "the truce takes effect from midnight 15/16 April",
        "a ceasefire that will begin at midnight 15/16 Apr",
    ],
)
def test_midnight_of_a_night_written_as_two_days_starts_the_second(
    lexicon: AgreementLexicon, clause: str
) -> None:
    starts, *_ = stated_times(clause, lexicon, PUBLISHED)
    assert starts == datetime(2025, 4, 16, 0, 0, tzinfo=UTC)


def test_two_days_that_do_not_follow_each_other_are_no_night(lexicon: AgreementLexicon) -> None:
    starts, *_ = stated_times("a truce from 15/18 April", lexicon, PUBLISHED)
    assert starts is None


def test_no_publication_time_means_no_dates(lexicon: AgreementLexicon) -> None:
    assert stated_times("from Saturday until Monday", lexicon, None)[:2] == (None, None)


def test_a_zone_named_by_a_city_keeps_its_daylight_saving_time(lexicon: AgreementLexicon) -> None:
    winter, *_ = stated_times("a pause from 8 a.m. Kyiv time on January 6", lexicon, PUBLISHED)
    summer, *_ = stated_times("a pause from 8 a.m. Kyiv time on July 6", lexicon, PUBLISHED)
    assert winter == datetime(2025, 1, 6, 6, 0, tzinfo=UTC)
    assert summer == datetime(2025, 7, 6, 5, 0, tzinfo=UTC)


def test_a_zone_named_once_holds_for_the_whole_clause(lexicon: AgreementLexicon) -> None:
    starts, ends, *_ = stated_times(
        "the lull from 7 a.m. Israel time on Friday until 7 p.m. on Sunday",
        lexicon,
        datetime(2025, 6, 4, 9, 0, tzinfo=UTC),  # a Wednesday, Israel at UTC+3
    )
    assert starts == datetime(2025, 6, 6, 4, 0, tzinfo=UTC)
    assert ends == datetime(2025, 6, 8, 16, 0, tzinfo=UTC)


def test_midnight_at_the_end_of_a_named_day_is_that_days_end(lexicon: AgreementLexicon) -> None:
    published = datetime(2025, 1, 4, 12, 0, tzinfo=UTC)  # a Saturday
    _, ends, *_ = stated_times("a truce until midnight Moscow time on Tuesday", lexicon, published)
    assert ends == datetime(2025, 1, 7, 21, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("the moratorium expired on Monday", 14),  # past: the last Monday
        ("the truce took effect on Thursday", 10),
        ("the moratorium ends on Monday", 21),  # present: the coming one
        ("the swap begins on Thursday", 17),
        ("a halt starting on Monday", 14),  # neither: the nearest
        ("a halt starting on Friday", 18),
    ],
)
def test_a_weekday_is_read_by_the_tense_of_its_verb(
    lexicon: AgreementLexicon, phrase: str, day: int
) -> None:
    starts, ends, *_ = stated_times(phrase, lexicon, PUBLISHED)  # Wednesday, April 16
    assert (starts or ends) == datetime(2025, 4, day, 0, 0, tzinfo=UTC)


def test_a_weekday_given_with_its_date_is_that_date(lexicon: AgreementLexicon) -> None:
    starts, *_ = stated_times("a ceasefire to take effect on Sunday, May 4", lexicon, PUBLISHED)
    assert starts == datetime(2025, 5, 4, 0, 0, tzinfo=UTC)


def test_an_end_named_by_its_weekday_comes_after_the_start(lexicon: AgreementLexicon) -> None:
    starts, ends, *_ = stated_times(
        "a truce from noon on Friday until noon on Monday", lexicon, PUBLISHED
    )
    assert starts == datetime(2025, 4, 18, 12, 0, tzinfo=UTC)
    assert ends == datetime(2025, 4, 21, 12, 0, tzinfo=UTC)


def test_a_start_is_told_as_a_schedule_or_as_a_happening(lexicon: AgreementLexicon) -> None:
    scheduled = stated_times("the halt from 9 p.m. GMT on Friday", lexicon, PUBLISHED)
    happened = stated_times("the halt took effect at 9 p.m. on Monday", lexicon, PUBLISHED)
    assert scheduled.scheduled and scheduled.zoned
    assert not happened.scheduled and not happened.zoned


def test_clause_breaks_found_once_give_every_clause(lexicon: AgreementLexicon) -> None:
    text = (
        "Intro. Kyiv agreed to the truce, but Moscow said it would wait; the talks \u2014 "
        "held in Riyadh \u2014 went on. However, nothing changed."
    )
    sentence = (7, len(text) - len(" However, nothing changed."))
    found = clause_breaks(text, sentence, lexicon.clause_breaks)
    assert found.starts  # the sentence has several clauses
    for pos in range(sentence[0], sentence[1] + 1):
        assert found.clause_of(pos) == clause_of(text, sentence, pos, lexicon.clause_breaks)
        assert found.clause_end(pos) == clause_end(text, sentence, pos, lexicon.clause_breaks)


@pytest.mark.parametrize("count", [0, 1, 2, 5])
@pytest.mark.parametrize("text", ["", "  ", "one", " a  b\tc\nd e f g ", "x y"])
def test_the_last_words_are_those_a_full_split_ends_with(text: str, count: int) -> None:
    expected = text.split()[-count:] if count else text.split()
    assert last_words(text, count) == expected


@pytest.mark.parametrize(
    "clause",
    ["the swap that Kyiv suspended on April 10", "the pause Moscow extended on April 10"],
)
def test_a_verb_ending_in_ended_names_no_end(lexicon: AgreementLexicon, clause: str) -> None:
    assert stated_times(clause, lexicon, PUBLISHED).ends is None


def test_a_truce_that_ended_on_a_day_ends_then(lexicon: AgreementLexicon) -> None:
    ends = stated_times("the truce that ended on April 10", lexicon, PUBLISHED).ends
    assert ends == datetime(2025, 4, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    "clause",
    [
        "a truce from 6 p.m. Moscow time on Saturday until midnight on the night from Sunday "
        "to Monday",
        "a truce from 6 p.m. Moscow time on Saturday until midnight on the night of Sunday "
        "to Monday",
        "a pause from 6 p.m. Moscow time on Saturday lasting until midnight on the night "
        "between Sunday and Monday",
        "a truce from 6 p.m. Moscow time on Saturday until midnight on the night of April 20-21",
    ],
)
def test_a_night_named_by_two_days_ends_at_the_first_days_midnight(
    lexicon: AgreementLexicon, clause: str
) -> None:
    _, ends, *_ = stated_times(clause, lexicon, datetime(2025, 4, 19, 14, 0, tzinfo=UTC))
    assert ends == datetime(2025, 4, 20, 21, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("clause", "starts", "ends"),
    [
        (
            "the ceasefire takes effect at midnight between June 3 and June 4 and lasts until "
            "midnight between June 6 and June 7",
            datetime(2025, 6, 4, 0, 0, tzinfo=UTC),
            datetime(2025, 6, 7, 0, 0, tzinfo=UTC),
        ),
        (
            "a pause starting at midnight between Friday and Saturday",
            datetime(2025, 4, 19, 0, 0, tzinfo=UTC),
            None,
        ),
        (
            "the truce will run until midnight between Sunday and Monday",
            None,
            datetime(2025, 4, 21, 0, 0, tzinfo=UTC),
        ),
    ],
)
def test_midnight_between_two_days_is_the_first_days_end(
    lexicon: AgreementLexicon, clause: str, starts: datetime | None, ends: datetime | None
) -> None:
    assert stated_times(clause, lexicon, PUBLISHED)[:2] == (starts, ends)


def test_between_two_days_without_midnight_is_no_night(lexicon: AgreementLexicon) -> None:
    assert stated_times("talks between May 7 and May 8", lexicon, PUBLISHED)[:2] == (None, None)


def test_a_start_at_the_midnight_of_a_named_night_is_at_its_first_days_end(
    lexicon: AgreementLexicon,
) -> None:
    starts, *_ = stated_times(
        "a truce from midnight Moscow time on the night of May 7-8", lexicon, PUBLISHED
    )
    assert starts == datetime(2025, 5, 7, 21, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("clause", "ends"),
    [
        # The local reading would be Monday's end; the bracketed UTC time is Sunday's.
        (
            "a truce from 6 p.m. Moscow time on Saturday until midnight on Monday "
            "(2100 GMT on Sunday)",
            datetime(2025, 4, 20, 21, 0, tzinfo=UTC),
        ),
        (
            "a halt from noon on Saturday until 8 a.m. Kyiv time on Monday (0500 UTC on Monday)",
            datetime(2025, 4, 21, 5, 0, tzinfo=UTC),
        ),
    ],
)
def test_a_bracketed_utc_time_with_its_own_day_wins_over_the_local_reading(
    lexicon: AgreementLexicon, clause: str, ends: datetime
) -> None:
    assert stated_times(clause, lexicon, datetime(2025, 4, 19, 14, 0, tzinfo=UTC)).ends == ends


def test_a_time_in_gmt_ignores_the_zone_the_clause_names_for_other_times(
    lexicon: AgreementLexicon,
) -> None:
    starts, ends, *_ = stated_times(
        "a truce from 1500 GMT on Saturday until midnight Moscow time on Sunday",
        lexicon,
        datetime(2025, 4, 19, 14, 0, tzinfo=UTC),
    )
    assert starts == datetime(2025, 4, 19, 15, 0, tzinfo=UTC)
    assert ends == datetime(2025, 4, 20, 21, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "published", "starts"),
    [
        # A past verb: the last such day, not a day to come.
        (
            "Israel and Hezbollah fought for a year. The ceasefire with Hezbollah took effect "
            "on November 27.",
            datetime(2025, 6, 27, 8, tzinfo=UTC),
            datetime(2024, 11, 27, tzinfo=UTC),
        ),
        # A future start named in December: next January.
        (
            "Israel and Hamas agreed a truce that will take effect on January 3.",
            datetime(2024, 12, 20, 8, tzinfo=UTC),
            datetime(2025, 1, 3, tzinfo=UTC),
        ),
        # Within the article's year, the year stays.
        (
            "Israel and Hamas agreed a truce. The truce took effect on June 20.",
            datetime(2025, 6, 27, 8, tzinfo=UTC),
            datetime(2025, 6, 20, tzinfo=UTC),
        ),
    ],
)
def test_a_day_named_without_its_year_is_read_by_the_tense(
    observe: Observe, text: str, published: datetime, starts: datetime
) -> None:
    found = observe(text, published)
    assert {o.agreement.starts for o in found if o.agreement.starts} == {starts}


@pytest.mark.parametrize(
    ("clause", "moment"),
    [
        ("a truce that will start at 06:00 on Thursday (23:00 GMT Wednesday)", (4, 16, 23)),
        ("a truce that will start at 6 a.m. on Thursday (2300 GMT on Wednesday)", (4, 16, 23)),
        ("a halt from 02:00 on Saturday (21:00 UTC Friday)", (4, 18, 21)),
        ("a halt from noon on Friday (0900 GMT Friday)", (4, 18, 9)),
    ],
)
def test_a_utc_restatement_with_its_own_weekday_is_the_moment_just_told(
    lexicon: AgreementLexicon, clause: str, moment: tuple[int, int, int]
) -> None:
    read = stated_times(clause, lexicon, PUBLISHED)
    month, day, hour = moment
    assert read.starts == datetime(2025, month, day, hour, tzinfo=UTC)
    assert read.zoned  # told in UTC: exact, and the bracket's zone is not the clause's


@pytest.mark.parametrize(
    "clause",
    [
        "a truce from midnight on Saturday (2100 GMT)",
        "a pause starting at 0500 GMT on Saturday",
        "a truce from 7 a.m. local time (05:00 UTC) on Saturday",
    ],
)
def test_a_moment_told_in_utc_is_exact(lexicon: AgreementLexicon, clause: str) -> None:
    assert stated_times(clause, lexicon, PUBLISHED).zoned


def test_a_clock_without_a_zone_is_not_exact(lexicon: AgreementLexicon) -> None:
    assert not stated_times("a truce from 08:00 on Saturday", lexicon, PUBLISHED).zoned


@pytest.mark.parametrize(
    ("clause", "published", "starts"),
    [
        # 00:30 in Moscow: the live blog's "today" is the day just ended.
        (
            "a halt from 6 p.m. Moscow time today",
            datetime(2025, 4, 19, 21, 30, tzinfo=UTC),
            datetime(2025, 4, 19, 15, 0, tzinfo=UTC),
        ),
        (
            "a halt from 18:00 Kyiv time tonight",
            datetime(2025, 4, 19, 23, 0, tzinfo=UTC),
            datetime(2025, 4, 19, 15, 0, tzinfo=UTC),
        ),
        # 09:00 in Moscow: today is today.
        (
            "a halt from 6 p.m. Moscow time today",
            datetime(2025, 4, 20, 6, 0, tzinfo=UTC),
            datetime(2025, 4, 20, 15, 0, tzinfo=UTC),
        ),
    ],
)
def test_today_in_the_small_hours_is_the_day_just_ended(
    lexicon: AgreementLexicon, clause: str, published: datetime, starts: datetime
) -> None:
    assert stated_times(clause, lexicon, published).starts == starts


@pytest.mark.parametrize(
    "sentence",
    [
        "Both sides agreed to a truce from 00:00 local time on Sunday, the ministry said.",
        "Russia will hold fire from 18:00 Moscow time today until midnight on Sunday.",
        "The halt runs until 12:00 on Sunday and may be renewed.",
        "The ceasefire took effect at 9:45 p.m. (21:45 GMT) on Monday.",
    ],
)
def test_the_colon_of_a_clock_ends_no_clause(lexicon: AgreementLexicon, sentence: str) -> None:
    found = clause_breaks(sentence, (0, len(sentence)), lexicon.clause_breaks)
    assert found.starts == ()
    last = len(sentence) - 1
    assert clause_of(sentence, (0, len(sentence)), last, lexicon.clause_breaks) == 0
    assert clause_end(sentence, (0, len(sentence)), 0, lexicon.clause_breaks) == len(sentence)


def test_a_colon_between_words_still_ends_a_clause(lexicon: AgreementLexicon) -> None:
    text = "At 18:00 the army said one thing: the truce had begun at 17:30."
    found = clause_breaks(text, (0, len(text)), lexicon.clause_breaks)
    assert found.starts == (text.index(": "),)


@pytest.mark.parametrize(
    ("clause", "starts"),
    [
        ("a truce that will take effect at 00:00 on Sunday, April 20, Goma time", (4, 19, 22)),
        ("a halt from 6 a.m. on Saturday April 19 Moscow time", (4, 19, 3)),
        ("a truce from midnight on Saturday, Kyiv time, until Monday", (4, 18, 21)),
    ],
)
def test_a_zone_told_after_the_day_holds_for_its_clock(
    lexicon: AgreementLexicon, clause: str, starts: tuple[int, int, int]
) -> None:
    read = stated_times(clause, lexicon, PUBLISHED)
    month, day, hour = starts
    assert read.starts == datetime(2025, month, day, hour, tzinfo=UTC)
    assert read.zoned


@pytest.mark.parametrize(
    "clause",
    [
        "the pause will run until April 22",
        "a ceasefire with immediate effect until April 22",
        "the truce lasts till April 22",
        "a halt to strikes through April 22",
        "the truce was extended by 30 days, to April 22",
    ],
)
def test_an_end_day_without_a_clock_runs_through_that_day(
    lexicon: AgreementLexicon, clause: str
) -> None:
    assert stated_times(clause, lexicon, PUBLISHED).ends == datetime(2025, 4, 23, tzinfo=UTC)


@pytest.mark.parametrize(
    ("clause", "ends"),
    [
        ("the truce runs until noon on April 22", datetime(2025, 4, 22, 12, tzinfo=UTC)),
        ("the truce expired on April 10", datetime(2025, 4, 10, tzinfo=UTC)),
        ("the pause was extended to Tuesday morning", datetime(2025, 4, 15, tzinfo=UTC)),
    ],
)
def test_an_end_with_a_clock_or_told_as_an_event_keeps_its_moment(
    lexicon: AgreementLexicon, clause: str, ends: datetime
) -> None:
    assert stated_times(clause, lexicon, PUBLISHED).ends == ends


@pytest.mark.parametrize(
    ("clause", "starts"),
    [
        (
            "the ceasefire took effect at 12:01 a.m. on Sunday",
            datetime(2025, 4, 13, 0, 1, tzinfo=UTC),
        ),
        ("a truce from 12 a.m. on Saturday", datetime(2025, 4, 19, 0, 0, tzinfo=UTC)),
        ("a truce from 12:30 p.m. on Saturday", datetime(2025, 4, 19, 12, 30, tzinfo=UTC)),
    ],
)
def test_twelve_in_the_morning_is_just_after_midnight(
    lexicon: AgreementLexicon, clause: str, starts: datetime
) -> None:
    assert stated_times(clause, lexicon, PUBLISHED).starts == starts


def test_word_before_finds_what_its_pattern_finds() -> None:
    """``word_before`` stands in for searching ``\\bany\\s+$`` ignoring case over a window;
    it agrees with that search for every window of texts with odd spaces, cases and
    word characters right before the word."""
    pattern = re.compile(r"\bany\s+$", re.IGNORECASE)
    texts = [
        "said any  truce would hold; ANY\tpause, Any\n deal",
        "many truce, company halt, _any truce, 9any truce, \u00e9any pause",
        "any ",
        "any",
        " any\u00a0\u2003x",
        "(any) any- any.  any",
    ]
    for text in texts:
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                expected = pattern.search(text, start, end) is not None
                assert word_before(text, start, end, "any") is expected, (text, start, end)
