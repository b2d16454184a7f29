"""What a reporting verb takes as its content (``processors.frames``), by behaviour."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas accused each other on Tuesday of breaching the truce.",
        "Thailand and Cambodia have accused one another of firing first.",
        "The two armies blamed each other for the shelling of the market.",
    ],
)
def test_two_sides_speaking_of_each_other_make_no_statement(extract: Extract, text: str) -> None:
    assert extract(text) == ()


def test_one_side_accusing_the_other_is_a_statement(extract: Extract) -> None:
    statements = extract("Israel accused Hamas on Tuesday of breaching the truce.")
    assert [s.speaker.actor for s in statements] == ["ISR"]
    assert statements[0].content.startswith("Hamas")


@pytest.mark.parametrize(
    ("text", "report"),
    [
        (
            "If the truce holds through the disarmament of the northern army, diplomats "
            "say, the talks can resume in the spring.",
            "the talks can resume in the spring",
        ),
        (
            "Once the last hostages are home and the crossings reopen for good, officials "
            "said, the second phase of the deal will begin.",
            "the second phase of the deal will begin",
        ),
        (
            "As long as the fighters stay in their positions and nobody fires first, "
            "the commander said, the monitors will stay.",
            "the monitors will stay",
        ),
        (
            "If the truce holds, a UN official tells us, the conference could take place "
            "within days.",
            "the conference could take place within days",
        ),
        (
            "Unless the talks resume soon, a diplomat told reporters, the offensive will go on.",
            "the offensive will go on",
        ),
        (
            "If no deal is reached, analysts say, Turkey faces a choice between a deeper "
            "war and a retreat.",
            "Turkey faces a choice between a deeper war and a retreat",
        ),
    ],
)
def test_a_condition_before_a_speaker_set_off_in_the_middle_is_not_the_report(
    extract: Extract, text: str, report: str
) -> None:
    statements = extract(text)
    assert [s.content for s in statements] == [report]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Tajik forces pushed into Kyrgyz villages in Batken region, Kyrgyz officials say, "
            "while Dushanbe says Kyrgyz troops shelled Tajik settlements near Vorukh.",
            {"KGZ": "Tajik forces pushed into Kyrgyz villages in Batken region"},
        ),
        (
            "Russian forces shelled Kharkiv overnight, Ukrainian officials said, while Moscow "
            "denied targeting civilians.",
            {"UKR": "Russian forces shelled Kharkiv overnight"},
        ),
        (
            "The ceasefire is holding along most of the front, officials in Kyiv said, although "
            "sporadic shelling was reported near Bakhmut.",
            {"UKR": "The ceasefire is holding along most of the front"},
        ),
        (
            "Russia's President Vladimir Putin called both leaders and urged restraint, the "
            "Kremlin said, but Moscow stopped short of offering to mediate.",
            {"RUS": "Russia's President Vladimir Putin called both leaders and urged restraint"},
        ),
        (
            "Erdogan spoke to both presidents and called for calm, his office said, and Ankara "
            "offered to host talks.",
            {"TUR": "Erdogan spoke to both presidents and called for calm"},
        ),
    ],
)
def test_a_speaker_set_off_before_words_that_carry_on_reports_the_clause_before(
    extract: Extract, text: str, speakers: dict[str, str]
) -> None:
    # The verb inside that clause ("urged", "called for") is part of the report.
    found = {s.speaker.actor: s.content for s in extract(text) if s.speaker.actor in speakers}
    assert found == speakers
    assert not any(s.content.startswith(("restraint", "calm")) for s in extract(text))


def test_the_longer_side_around_a_speaker_is_still_the_report(extract: Extract) -> None:
    statements = extract(
        "The army has pulled back from the two villages near the border, officials said, on Monday."
    )
    assert [s.content for s in statements] == [
        "The army has pulled back from the two villages near the border"
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"The guns fall silent tonight," the president wrote on X shortly after signing.',
        '"The guns fall silent tonight," Ruto said soon after the vote.',
        '"The guns fall silent tonight," the minister told reporters hours before midnight.',
        '"The guns fall silent tonight," the president wrote on X about 20 minutes after the '
        "debate ended.",
        '"The guns fall silent tonight," Ruto said some two hours after the vote was counted.',
        '"The guns fall silent tonight," the envoy said 30 minutes after the talks ended.',
        '"The guns fall silent tonight," the president wrote on X approximately 45 minutes '
        "after the debate ended.",
    ],
)
def test_a_phrase_of_when_after_a_quotes_verb_is_no_second_report(
    extract: Extract, text: str
) -> None:
    assert [s.content for s in extract(text)] == ["The guns fall silent tonight,"]


def test_an_amount_that_opens_a_clause_is_still_the_report(extract: Extract) -> None:
    statements = extract("Officials said about 20 people were killed after the talks ended.")
    assert [s.content for s in statements] == ["about 20 people were killed after the talks ended"]


def test_a_that_clause_after_a_phrase_of_when_is_still_the_report(extract: Extract) -> None:
    statements = extract("Ruto said shortly after the vote that the guns would fall silent.")
    assert [s.content for s in statements] == ["the guns would fall silent"]


@pytest.mark.parametrize(
    "text",
    [
        "The government said yes three days later.",
        "The rebels said no the same night, then asked for changes.",
        "Pakistan said yes on Monday.",
        "Asked again, the minister said no.",
    ],
)
def test_a_bare_answer_is_no_statement(extract: Extract, text: str) -> None:
    assert extract(text) == ()


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Iranian officials said no talks had been scheduled.", "no talks had been scheduled"),
        ("Officials said no one was hurt in the strike.", "no one was hurt in the strike"),
    ],
)
def test_a_clause_opening_with_no_is_still_a_report(
    extract: Extract, text: str, report: str
) -> None:
    assert [s.content for s in extract(text)] == [report]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A Houthi commander in Hodeidah put it more bluntly: the movement would keep its "
            "guns, he said, but would not attack first.",
            "the movement would keep its guns",
        ),
        (
            "Mayor Anna Berg was less guarded: the city could not feed another winter of "
            "refugees, Berg told reporters.",
            "the city could not feed another winter of refugees",
        ),
        # A clock time's colon is no lead-in.
        (
            "The two officers spoke again at 12:00 and agreed to keep the line open, Indian "
            "army spokesman Raj Malik said.",
            "The two officers spoke again at 12:00 and agreed to keep the line open",
        ),
    ],
)
def test_words_before_a_trailing_attribution_start_after_a_lead_in_colon(
    extract: Extract, text: str, content: str
) -> None:
    assert [s.content for s in extract(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "There has been no decision to reopen the crossing, one Egyptian official told "
            "us, and the trucks will wait.",
            "There has been no decision to reopen the crossing",
        ),
        (
            "\u201cWe sleep in our clothes,\u201d a farmer in the border village told me.",
            "We sleep in our clothes,",
        ),
        (
            "The shelling stopped before dawn, a local police officer tells us.",
            "The shelling stopped before dawn",
        ),
    ],
)
def test_the_outlet_as_listener_leaves_the_words_before_the_attribution(
    extract: Extract, text: str, content: str
) -> None:
    assert [s.content for s in extract(text)] == [content]


@pytest.mark.parametrize(
    ("text", "report"),
    [
        (
            "A resident of the southern district said shelling had started ten minutes "
            "after the ceasefire time.",
            "shelling had started ten minutes after the ceasefire time",
        ),
        ("Ukraine's army said fighting resumed at dawn near Pokrovsk.",
         "fighting resumed at dawn near Pokrovsk"),
        ("The mayor of Goma told reporters that looting continued overnight.",
         "looting continued overnight"),
        ("Israel's military said firing would stop at noon.", "firing would stop at noon"),
    ],
)  # fmt: skip
def test_a_bare_ing_noun_opens_a_reported_clause(extract: Extract, text: str, report: str) -> None:
    assert [s.content for s in extract(text)] == [report]


@pytest.mark.parametrize(
    "text",
    [
        "Israel's military said during the briefing.",
        "Russia's foreign minister said following the talks.",
    ],
)
def test_an_ing_word_with_no_verb_after_it_reports_nothing(extract: Extract, text: str) -> None:
    assert extract(text) == ()


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Putin asked who would monitor a ceasefire along the whole front line.",
         "who would monitor a ceasefire along the whole front line"),
        ("Zelensky asked whether Russia would use the pause to regroup.",
         "whether Russia would use the pause to regroup"),
        ("Hungary's foreign minister asked why the sanctions had been renewed without a vote.",
         "why the sanctions had been renewed without a vote"),
        ("Lawmakers in Kyiv asked if the deal was binding.", "if the deal was binding"),
    ],
)  # fmt: skip
def test_an_indirect_question_is_what_was_asked(extract: Extract, text: str, report: str) -> None:
    assert [s.content for s in extract(text)] == [report]


def test_a_question_word_after_another_verb_still_blocks_a_report(extract: Extract) -> None:
    assert extract("The Kremlin would not say whether Putin would take the call.") == ()


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Putin has declared a three-day ceasefire, the Kremlin said on Monday, a gesture "
         "Kyiv dismissed as an attempt to please Washington.",
         "Putin has declared a three-day ceasefire"),
        ("Israel will let 50 trucks in a day, the army said on Sunday, a pledge Hamas derided "
         "as empty.", "Israel will let 50 trucks in a day"),
        ("Russia will halt strikes on energy sites, Peskov said in a statement, a measure "
         "Kyiv welcomed.", "Russia will halt strikes on energy sites"),
    ],
)  # fmt: skip
def test_a_trailing_attribution_with_an_adjunct_keeps_the_words_before_it(
    extract: Extract, text: str, report: str
) -> None:
    # The appositive after it names an act that another side answered, not their words.
    statements = extract(text)
    assert [s.content for s in statements] == [report]


@pytest.mark.parametrize("listener", ["our reporter", "our correspondent"])
def test_the_outlets_own_reporter_as_listener_is_no_part_of_the_report(
    extract: Extract, listener: str
) -> None:
    statements = extract(
        f"Ukraine's military said drones flew overnight, and soldiers near Pokrovsk told "
        f"{listener} they had noticed no difference."
    )
    assert statements[-1].content == "they had noticed no difference"


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Putin said later that Russia would withdraw from the deal.",
         "Russia would withdraw from the deal"),
        ("Peskov said earlier that Moscow had no plans to extend it.",
         "Moscow had no plans to extend it"),
        ("Erdogan said late on Friday that the ships would sail.", "the ships would sail"),
        ("Lavrov said later that day that talks would resume.", "talks would resume"),
        ("Kuleba said earlier this week that Kyiv would not sign.", "Kyiv would not sign"),
        ("The minister said last week's deal was a mistake.", "last week's deal was a mistake"),
    ],
)  # fmt: skip
def test_a_word_of_when_after_the_verb_takes_a_time_never_a_name(
    extract: Extract, text: str, report: str
) -> None:
    assert [s.content for s in extract(text)] == [report]


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Officials said about 60,000 tonnes of grain had been destroyed.",
         "about 60,000 tonnes of grain had been destroyed"),
        ("Ukraine's health ministry said at least 1,200 people were killed.",
         "at least 1,200 people were killed"),
        ("The mayor said about 200 homes had burned.", "about 200 homes had burned"),
    ],
)  # fmt: skip
def test_an_amount_after_the_verb_opens_the_report(
    extract: Extract, text: str, report: str
) -> None:
    assert [s.content for s in extract(text)] == [report]


def test_a_listener_after_a_trailing_speaker_still_leaves_the_words_before(
    extract: Extract,
) -> None:
    statements = extract("The truce is holding across the south, a UN official told reporters.")
    assert [s.content for s in statements] == ["The truce is holding across the south"]


@pytest.mark.parametrize("lead", ["while repeating", "repeating", "while reiterating"])
def test_a_repeated_warning_after_a_report_is_a_second_statement(
    extract: Extract, lead: str
) -> None:
    statements = extract(
        "The Myanmar army said the ceasefire would be extended until April 30, "
        f"{lead} that armed groups must not attack its troops."
    )
    assert [s.content for s in statements] == [
        "the ceasefire would be extended until April 30",
        "armed groups must not attack its troops",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Salame resigned in March after complaining that the arms embargo was being ignored.",
        "The UN envoy, Ghassan Salame, resigned in March, after complaining that the arms "
        "embargo was being ignored.",
    ],
)
def test_a_complaint_in_a_participle_is_a_statement(extract: Extract, text: str) -> None:
    assert [s.content for s in extract(text)] == ["the arms embargo was being ignored"]


def test_complaining_with_no_clause_is_no_statement(extract: Extract) -> None:
    assert extract("Residents have been complaining about the noise for weeks.") == ()


@pytest.mark.parametrize(
    ("text", "report"),
    [
        (
            "A diplomat said a ceasefire that had to be renewed district by district was no "
            "longer a nationwide ceasefire.",
            "a ceasefire that had to be renewed district by district was no longer a "
            "nationwide ceasefire",
        ),
        (
            "The minister said a deal that had no guarantees would not last.",
            "a deal that had no guarantees would not last",
        ),
        ("The minister said that was not enough.", "that was not enough"),
        ("The minister told the panel that was not enough.", "that was not enough"),
    ],
)
def test_a_that_after_a_noun_is_a_relative_inside_the_report(
    extract: Extract, text: str, report: str
) -> None:
    assert [s.content for s in extract(text)] == [report]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Bill Clinton later wrote in his memoir that Brandt was a stubborn man.",
            "Brandt was a stubborn man",
        ),
        (
            "The envoy said in a letter to the council that Moscow had broken the truce.",
            "Moscow had broken the truce",
        ),
        ("The mayor said at a Capitol news conference that Gaza needs aid.", "Gaza needs aid"),
    ],
)
def test_a_that_clause_after_an_adjunct_keeps_its_named_subject(
    extract: Extract, text: str, content: str
) -> None:
    assert [s.content for s in extract(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Congress wrote the trade laws, and Congress has largely stepped aside.",
        "The senator wrote the bill in 2019.",
        '"Nobody is in charge," the congressman posted on X, adding a clock emoji.',
        "The airline added up to two hours to some flights.",
    ],
)
def test_write_and_add_with_a_plain_object_report_nothing(extract: Extract, text: str) -> None:
    assert all(s.verb not in ("write", "add") for s in extract(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister added that the talks would resume.", "the talks would resume"),
        (
            "The minister added the talks would resume on Monday.",
            "the talks would resume on Monday",
        ),
        (
            "Zelensky wrote on Telegram that Russia had violated the truce.",
            "Russia had violated the truce",
        ),
        ("The senator wrote the ceasefire deal was dead.", "the ceasefire deal was dead"),
        ("The envoy wrote the two sides agreed to meet.", "the two sides agreed to meet"),
    ],
)
def test_write_and_add_still_report_a_clause(extract: Extract, text: str, content: str) -> None:
    assert [s.content for s in extract(text)] == [content]


@pytest.mark.parametrize(
    "verb",
    [
        "told reporters by telephone:",
        "told us by phone:",
        "said by video link:",
        "said in writing:",
    ],
)
def test_how_it_was_said_is_skipped_before_the_quote(extract: Extract, verb: str) -> None:
    statements = extract(f'The rebels signed on Friday. A rebel official {verb} "We have signed."')
    assert [s.content for s in statements] == ["We have signed."]
