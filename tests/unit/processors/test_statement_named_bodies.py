"""Bodies named by a gazetteer alias whose words read as something else: a plural
("Forces", "Corps"), a modifier ("State"), a link ("Chiefs of Staff"), and the state
that owns an institution whose name other states use too."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


def one_statement(statements: tuple[Statement, ...], words: str) -> Statement:
    """The one statement whose content holds ``words``."""
    hits = [s for s in statements if words in s.content]
    assert len(hits) == 1, [(s.speaker.name, s.speaker.actor, s.content) for s in statements]
    return hits[0]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Rapid Support Forces said the city had fallen to its fighters.", "RSF"),
        ("The Syrian Democratic Forces said on Tuesday that the city had fallen.", "SDF"),
        ("The Kenya Defence Forces said the city had fallen after a week of fighting.", "KEN"),
        ("Islamic State said in a statement that the city had fallen.", "ISIS"),
        ("Ethiopian forces said the city had fallen after a week of fighting.", "ETH"),
    ],
)
def test_a_body_whose_name_ends_in_a_plural_or_a_modifier_speaks(
    extract: Extract, text: str, actor: str
) -> None:
    statement = one_statement(extract(text), "the city had fallen")
    assert statement.speaker.actor == actor


def test_an_army_corps_named_after_its_owner_in_the_possessive_speaks(extract: Extract) -> None:
    statements = extract(
        "Three soldiers were killed near the Line of Control in Kashmir. The Army's "
        "Srinagar-based Chinar Corps said on X that a patrol had been ambushed overnight."
    )
    assert one_statement(statements, "a patrol had been ambushed").speaker.actor == "IND"


def test_a_non_state_body_owned_by_a_state_in_the_possessive_is_itself(
    extract: Extract,
) -> None:
    statements = extract("Sudan's Rapid Support Forces said they would let aid convoys pass.")
    assert one_statement(statements, "aid convoys pass").speaker.actor == "RSF"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("South Korea's Joint Chiefs of Staff said the North fired two missiles.", "KOR"),
        ("Mexico's Border Patrol said the North fired two missiles.", "MEX"),
        ("The Mexican Border Patrol said the North fired two missiles.", "MEX"),
        ("The Joint Chiefs of Staff said the North fired two missiles.", "USA"),
    ],
)
def test_the_state_named_before_an_institution_owns_it(
    extract: Extract, text: str, actor: str
) -> None:
    statement = one_statement(extract(text), "fired two missiles")
    assert statement.speaker.actor == actor


def test_a_later_bare_mention_of_an_owned_institution_keeps_its_owner(extract: Extract) -> None:
    statements = extract(
        "South Korea's Joint Chiefs of Staff said the North fired two missiles at dawn. "
        "The Joint Chiefs of Staff added that the missiles flew about 300 km."
    )
    assert one_statement(statements, "the missiles flew").speaker.actor == "KOR"


def test_a_bare_mention_follows_the_nearest_owned_one(extract: Extract) -> None:
    statements = extract(
        "Mexico's Border Patrol said 40 migrants were detained near Tijuana. Separately, the "
        "U.S. Border Patrol said 200 were held in Arizona. The Border Patrol added that "
        "crossings had slowed since March."
    )
    assert one_statement(statements, "40 migrants").speaker.actor == "MEX"
    assert one_statement(statements, "200 were held").speaker.actor == "USA"
    assert one_statement(statements, "crossings had slowed").speaker.actor == "USA"


def test_an_institution_keeps_its_whole_name_across_its_of(extract: Extract) -> None:
    statements = extract("South Korea's Joint Chiefs of Staff said the North fired a missile.")
    speaker = one_statement(statements, "fired a missile").speaker
    assert speaker.name == "South Korea's Joint Chiefs of Staff"
    assert speaker.role is None


def test_an_as_clause_with_its_own_speaker_is_a_statement_of_its_own(extract: Extract) -> None:
    statements = extract(
        "Moscow accused Kyiv on Tuesday of shelling the plant's cooling pond, as U.N. "
        "inspectors warned that the reactors had lost outside power for the third time."
    )
    warning = one_statement(statements, "the reactors had lost outside power")
    assert warning.speaker.actor == "UN"
    assert warning.verb == "warn"
    accusation = one_statement(statements, "shelling the plant")
    assert "inspectors" not in accusation.content


# -- a named body the text has not placed ------------------------------------------------


def test_a_named_ministry_with_no_owner_in_the_text_is_kept_as_unknown(extract: Extract) -> None:
    statements = extract("The Health Ministry said 17 others were wounded in the strikes.")
    statement = one_statement(statements, "17 others were wounded")
    assert statement.speaker.actor == "UNKNOWN"
    assert statement.speaker.name == "The Health Ministry"


def test_a_named_ministry_belongs_to_the_state_just_named_as_an_owner(extract: Extract) -> None:
    statements = extract(
        "Lebanon's state-run news agency reported that the strikes killed four people in two "
        "villages. The Health Ministry said 17 others were wounded."
    )
    assert one_statement(statements, "17 others were wounded").speaker.actor == "LBN"


@pytest.mark.parametrize(
    "text",
    [
        "Both sides said the talks on the prisoner swap had gone well.",
        "The two governments said the talks on the prisoner swap had gone well.",
        "The union said the talks on the prisoner swap had gone well.",
    ],
)
def test_a_crowd_of_bodies_or_a_lowercase_body_with_no_owner_is_no_statement(
    extract: Extract, text: str
) -> None:
    assert not [s for s in extract(text) if "prisoner swap" in s.content]


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (
            "Secretary-General Antonio Guterres said a pause was overdue. Hamas's offer, "
            "set out in a letter to the mediators, arrived on Sunday. The letter said the "
            "group would free ten hostages.",
            "free ten hostages",
            "HAMAS",
        ),
        (
            "Donald Trump said the war had to end. The Kremlin's reply, published in a "
            "statement late on Friday, was brief. The statement said Moscow was ready to talk.",
            "Moscow was ready to talk",
            "RUS",
        ),
    ],
)
def test_a_document_an_actor_put_out_is_theirs_not_the_last_speakers(
    extract: Extract, text: str, words: str, actor: str
) -> None:
    # The sentence that brings the document in names who issued it; whoever spoke in an
    # earlier sentence did not.
    assert one_statement(extract(text), words).speaker.actor == actor


def test_a_document_brought_in_with_no_owner_stays_the_last_speakers(extract: Extract) -> None:
    statements = extract(
        "The Houthis said on Monday that the strikes would go on. Later, in a statement on "
        "Telegram, the group added that ships bound for Israel would be hit."
    )
    assert one_statement(statements, "ships bound for Israel").speaker.actor == "HOUTHIS"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A GNA spokesman said the government would not respond to provocations.", "LBY"),
        ("Libya's Presidential Council said it accepted the truce and would stop fighting.", "LBY"),
        ("Interior Minister Fathi Bashagha told reporters the truce would not be renewed.", "LBY"),
        ("Merkel said after the meeting that the truce would not be renewed.", "DEU"),
        ("The acting UN envoy, Stephanie Williams, said the truce would not be renewed.", "UN"),
        ("Syrian state TV said the truce would not be renewed.", "SYR"),
    ],
)
def test_officials_and_bodies_of_the_2020_libya_and_idlib_stories_speak_for_their_side(
    extract: Extract, text: str, actor: str
) -> None:
    statement = one_statement(extract(text), "would")
    assert statement.speaker.actor == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Iranian state television said the strikes had stopped before dawn.", "IRN"),
        ("Cambodian media reported that the strikes had stopped before dawn.", "KHM"),
        ("North Korean state media said on Friday that the strikes had stopped.", "PRK"),
        ("Syrian state TV says the strikes had stopped before dawn.", "SYR"),
    ],
)
def test_a_news_outlet_named_by_a_common_noun_speaks_for_its_demonyms_state(
    extract: Extract, text: str, actor: str
) -> None:
    assert one_statement(extract(text), "the strikes had stopped").speaker.actor == actor


def test_a_document_said_after_an_outlets_report_is_not_the_outlets(extract: Extract) -> None:
    statements = extract(
        "The Thai government said in a statement that the cabinet had met on Sunday. "
        "Cambodian media said aircraft had been heard over the district. "
        "The cabinet also approved an emergency budget for the displaced, the statement said."
    )
    assert one_statement(statements, "emergency budget").speaker.actor == "THA"


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian Observatory for Human Rights said on Sunday that no civilians had been killed.",
        "The Britain-based Syrian Observatory said no civilians had been killed.",
        "The Syrian Network for Human Rights said no civilians had been killed.",
        "The Syrian Observatory for Human Rights, a Britain-based monitor, says no civilians "
        "had been killed.",
        "A UK-based war monitor said no civilians had been killed.",
    ],
)
def test_a_monitor_named_with_a_demonym_or_placed_by_its_base_speaks_for_no_state(
    extract: Extract, text: str
) -> None:
    assert one_statement(extract(text), "no civilians").speaker.actor == "UNKNOWN"


def test_the_monitor_points_back_to_the_body_described_as_one(extract: Extract) -> None:
    statements = extract(
        "The Syrian Observatory for Human Rights, a Britain-based war monitor, said there "
        "were clashes overnight. The monitor says the skies have otherwise been quiet."
    )
    assert one_statement(statements, "the skies").speaker.actor == "UNKNOWN"


def test_a_state_body_still_speaks_for_its_state_beside_a_civil_name(extract: Extract) -> None:
    statements = extract("The Syrian foreign ministry said no civilians had been killed.")
    assert one_statement(statements, "no civilians").speaker.actor == "SYR"


@pytest.mark.parametrize(
    "body",
    [
        "The office of the commander-in-chief",
        "The office of the president",
        "The office of the prime minister",
    ],
)
def test_the_office_of_a_state_role_is_the_stories_state_not_an_earlier_office(
    extract: Extract, body: str
) -> None:
    text = (
        "Myanmar's military extended the truce on Tuesday. The Myanmar army said it would "
        "hold its positions across Myanmar. The UN human rights office says it is looking "
        "into reports of air strikes in Myanmar's Sagaing region. "
        f"{body} said the ceasefire would be extended until April 30."
    )
    assert one_statement(extract(text), "extended until").speaker.actor == "MMR"


def test_the_office_of_a_state_role_is_no_earlier_neutral_office(extract: Extract) -> None:
    text = (
        "The UN human rights office says it is looking into reports of air strikes. "
        "The office of the president said the ceasefire would be extended until April 30."
    )
    assert one_statement(extract(text), "extended until").speaker.actor != "UN"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Myanmar's military extended the ceasefire. Myanmar is still reeling from the quake. "
            "State media said on Wednesday the ceasefire would now run until May 31.",
            "MMR",
        ),
        (
            "Iran's army said the truce held. State television said the ceasefire would now run "
            "until May 31.",
            "IRN",
        ),
        (
            "Russia's army said the truce held. State TV said the ceasefire would now run "
            "until May 31.",
            "RUS",
        ),
    ],
)
def test_state_media_with_no_demonym_speak_for_the_state_the_text_names(
    extract: Extract, text: str, actor: str
) -> None:
    assert one_statement(extract(text), "would now run").speaker.actor == actor


def test_local_media_still_make_no_statement(extract: Extract) -> None:
    assert extract("Local media said the ceasefire would now run until May 31.") == ()


@pytest.mark.parametrize(
    "subject",
    ["Its armed wing", "The group's armed wing", "Its military wing", "Its political wing"],
)
def test_a_wing_is_a_body_not_a_participle_ending_in_ing(extract: Extract, subject: str) -> None:
    text = f"Hamas denied any part in the clash. {subject} said it had no contact with units there."
    assert one_statement(extract(text), "no contact").speaker.actor == "HAMAS"
