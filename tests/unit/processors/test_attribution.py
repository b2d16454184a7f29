"""Who speaks a coordinated verb (``processors.attribution``): the clause's subject, with
an ``and`` inside its name, placed by an opening place, and remembered for later. Also the
speaker phrase of an inverted, a progressive or a pronoun-led verb."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from statement_checks import speaker_of

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


@pytest.mark.parametrize(
    "text",
    [
        "The Families and Survivors Forum welcomed the release but said dozens were still held.",
        "The Soldiers and Veterans Council praised the swap and said dozens were still held.",
    ],
)
def test_a_body_with_and_in_its_name_is_the_subject_of_a_coordinated_verb(
    extract: Extract, text: str
) -> None:
    statements = extract(text)
    assert len(statements) == 1
    assert " and " in statements[0].speaker.name


def test_two_subjects_joined_by_and_leave_the_first_to_speak(extract: Extract) -> None:
    statements = extract("Israel and Hamas signed the text but said talks would go on.")
    assert speaker_of(statements, "talks would go on") == "ISR"


def test_an_opening_place_gives_a_coordinated_verbs_subject_its_side(
    extract: Extract,
) -> None:
    statements = extract(
        "In Ukraine, the Coordination Council of Prisoners' Families welcomed the swap "
        "but said hundreds were still held."
    )
    assert speaker_of(statements, "hundreds were still held") == "UKR"


def test_a_body_that_spoke_through_a_coordinated_verb_is_found_again(
    extract: Extract,
) -> None:
    statements = extract(
        "In Israel, the Families and Survivors Forum welcomed the talks but said it "
        'distrusted good news. "We have waited too long," the forum said.'
    )
    assert speaker_of(statements, "We have waited too long") == "ISR"


@pytest.mark.parametrize(
    "text",
    [
        '"The convoys will move on Monday," Kenyatta, who chaired the meeting for the AU, '
        "said after the signing.",
        '"The convoys will move on Monday," Olusegun Obasanjo, who led the panel for the AU, '
        "told reporters.",
        "\u201cThe convoys will move on Monday,\u201d Kenyatta, who chaired the meeting for the "
        "AU, said.",
    ],
)
def test_a_speaker_with_a_relative_aside_after_a_quote_speaks_it(
    extract: Extract, text: str
) -> None:
    statements = extract(text)
    assert [(s.speaker.actor, s.content) for s in statements] == [
        ("AU", "The convoys will move on Monday,")
    ]


def _speakers(statements: tuple[Statement, ...]) -> list[tuple[str, str]]:
    return [(s.speaker.actor, s.speaker.name) for s in statements]


# -- an inverted speaker whose descriptor the lexicon does not know --------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"The road is open again," said a retired colonel who served in the region.',
            "a retired colonel",
        ),
        ('"We have had no water since Monday," says an aid worker in Kherson.', "an aid worker"),
        (
            '"Nobody rides at night any more," said a minibus taxi driver waiting at the rank.',
            "a minibus taxi driver",
        ),
        ('"The shelling stopped at dawn," said one elderly resident.', "one elderly resident"),
    ],
)
def test_unknown_modifiers_before_the_head_of_an_inverted_speaker(
    extract: Extract, text: str, name: str
) -> None:
    statements = extract(text)
    assert len(statements) == 1
    assert statements[0].speaker.name.startswith(name)


def test_an_inverted_speaker_keeps_its_side_across_unknown_modifiers(extract: Extract) -> None:
    statements = extract('"It will not last the winter," said a retired Indian general.')
    assert _speakers(statements) == [("IND", "a retired Indian general")]


@pytest.mark.parametrize(
    "text",
    [
        # no determiner opens the modifiers: a passive agent, not a speaker
        "Prime Minister Jo Kim, asked by reporters about the drone, said he knew nothing. "
        '"We will wait for the army," he said.',
        # no head noun closes them
        '"The border is calm," said the report released on Tuesday.',
    ],
)
def test_unknown_words_without_a_determiner_or_a_head_make_no_speaker(
    extract: Extract, text: str
) -> None:
    names = [name for _actor, name in _speakers(extract(text))]
    assert not any("reporters" in name or "released" in name for name in names), names


# -- a pronoun subject after an opening phrase with no comma ---------------------------


def test_it_after_an_opening_phrase_is_the_subject(extract: Extract) -> None:
    statements = extract(
        "Turkey's foreign ministry said the talks would go on. In a statement it said some "
        "violations had been reported overnight."
    )
    assert _speakers(statements) == [
        ("TUR", "Turkey's foreign ministry"),
        ("TUR", "Turkey's foreign ministry"),
    ]


def test_it_ending_a_reduced_relative_is_no_subject(extract: Extract) -> None:
    statements = extract(
        "Turkey's foreign ministry said the talks would go on. The army named the weapons "
        "it said were used in the attack."
    )
    assert [s.content for s in statements] == ["the talks would go on"]


# -- a coordinated subject after the words it reports ----------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The first convoy crossed into the city at dawn, the two governments and the "
            "Turkish foreign ministry said, ending a week of delays.",
            "TUR",
        ),
        ("The border crossings will reopen on Friday, Egypt and Qatar announced.", "QAT"),
        (
            "Aid trucks reached the camp on Monday, the Red Cross and local officials said.",
            "UNKNOWN",
        ),
    ],
)
def test_a_coordinated_subject_after_a_comma_reports_the_words_before_it(
    extract: Extract, text: str, actor: str
) -> None:
    statements = extract(text)
    assert [s.speaker.actor for s in statements] == [actor]
    assert text.startswith(statements[0].content)


# -- a progressive reporting verb ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "content"),
    [
        (
            "By nightfall Azerbaijan was accusing Armenia of breaking the truce.",
            "AZE",
            "Armenia of breaking the truce",
        ),
        ("Kremlin officials are saying the talks have stalled.", "RUS", "the talks have stalled"),
        (
            "Ukraine has been warning for weeks that the dam could fail.",
            "UKR",
            "the dam could fail",
        ),
    ],
)
def test_a_progressive_verb_reports_like_a_finite_one(
    extract: Extract, text: str, actor: str, content: str
) -> None:
    statements = extract(text)
    assert [(s.speaker.actor, s.content) for s in statements] == [(actor, content)]


def test_a_progressive_verb_in_an_open_question_reports_nothing(extract: Extract) -> None:
    statements = extract(
        "The statement left unclear whether Israel was demanding the release of every hostage."
    )
    assert statements == ()


# -- a deal as the head of a reduced relative -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The two armies agreed by hotline to stop firing at dawn, a deal US President "
        "Donald Trump announced before either government did.",
        "Grain ships left Odesa on Monday under an agreement Turkey announced last week.",
    ],
)
def test_a_deal_someone_announced_is_no_report_of_the_deal(extract: Extract, text: str) -> None:
    assert extract(text) == ()


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        (
            "Army spokesman Winthai Suvaree called it a deliberate violation, said Thai "
            'forces had responded "as necessary", and said the army reserved its rights.',
            ["it a deliberate violation", 'Thai forces had responded "as necessary"',
             "the army reserved its rights"],
        ),
        (
            "Hamas called the plan a trap, said Israel had broken every truce, and vowed "
            "to fight on.",
            ["the plan a trap", "Israel had broken every truce", "to fight on"],
        ),
        (
            "Russia's defence ministry rejected the report as false, said its troops had "
            "held fire, and warned that it would answer any attack.",
            ["the report as false", "its troops had held fire", "it would answer any attack"],
        ),
    ],
)  # fmt: skip
def test_a_verb_in_a_series_after_a_comma_reports_for_the_same_speaker(
    extract: Extract, text: str, reports: list[str]
) -> None:
    statements = extract(text)
    assert [s.content for s in statements] == reports
    assert len({s.speaker.name for s in statements}) == 1


@pytest.mark.parametrize(
    "text",
    ["The truce held for a day, said officials.", '"We are ready," said Peskov, the spokesman.'],
)
def test_an_inverted_speaker_after_a_comma_is_still_the_speaker(
    extract: Extract, text: str
) -> None:
    assert [s.speaker.name for s in extract(text)] in (["officials"], ["Peskov"])


def test_a_new_speaker_with_an_appositive_after_a_comma_is_no_series(extract: Extract) -> None:
    statements = extract(
        "Ushakov said the call went well, and Peskov, the Kremlin spokesman, said talks "
        "would go on."
    )
    assert [s.speaker.name for s in statements] == ["Ushakov", "Peskov"]


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov spoke on Monday. On Tuesday he said Moscow would keep working with both sides.",
        "Lavrov spoke on Monday. In Ankara he said Moscow would keep working with both sides.",
        "Lavrov spoke on Monday. After the talks he told reporters that Moscow would keep "
        "working with both sides.",
    ],
)
def test_a_pronoun_after_an_opening_phrase_with_no_comma_is_the_subject(
    extract: Extract, text: str
) -> None:
    assert speaker_of(extract(text), "keep working") == "RUS"


def test_a_pronoun_inside_a_relative_clause_is_still_no_subject(extract: Extract) -> None:
    assert extract("The report that he said was false was withdrawn on Monday.") == ()


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("In a televised address Netanyahu said Israel would halt its operations.", "ISR"),
        ("In a statement on Tuesday the Israeli army said it would halt its operations.", "ISR"),
        (
            "Hamas met on Monday. In a statement the group said it would halt its operations.",
            "HAMAS",
        ),
        ("On Tuesday the Russian defence ministry said it would halt its operations.", "RUS"),
    ],
)
def test_an_opening_adjunct_with_no_comma_is_no_part_of_the_subject(
    extract: Extract, text: str, actor: str
) -> None:
    assert speaker_of(extract(text), "halt its operations") == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "On March 25 the GNA launched a counter-offensive it called Operation Peace Storm, "
            "saying Haftar had buried the truce.",
            "LBY",
        ),
        (
            "In a statement on Sunday the Israeli army struck targets in Gaza, saying Hamas "
            "had buried the truce.",
            "ISR",
        ),
    ],
)
def test_a_participle_after_an_opening_adjunct_with_no_comma_is_the_subjects(
    extract: Extract, text: str, actor: str
) -> None:
    assert speaker_of(extract(text), "buried the truce") == actor


# -- a relative aside that holds a list ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (
            "US envoy Zalmay Khalilzad, who has been shuttling between Doha, Kabul and "
            "Islamabad, has said he hopes the negotiations can begin soon.",
            "he hopes the negotiations",
            "USA",
        ),
        (
            "Lavrov, who met Kerry, Jubeir and de Mistura in Munich, said the truce would "
            "start within a week.",
            "the truce would start",
            "RUS",
        ),
        (
            "Guterres, whose envoy has visited Sanaa, Aden and Riyadh, said the truce was fragile.",
            "the truce was fragile",
            "UN",
        ),
    ],
)
def test_the_commas_of_a_list_inside_a_relative_aside_do_not_hide_the_speaker(
    extract: Extract, text: str, words: str, actor: str
) -> None:
    assert speaker_of(extract(text), words) == actor


def test_a_clause_after_a_relative_aside_is_not_taken_for_a_list(extract: Extract) -> None:
    statements = extract(
        "Turkey, which hosts the talks, said they would resume, while Ethiopia, which also "
        "backs them, said they must wait."
    )
    assert speaker_of(statements, "they must wait") == "ETH"
    assert speaker_of(statements, "they would resume") == "TUR"


# -- a placed speaker with a restrictive relative -----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A diplomat in Geneva who follows the talks said the truce was over.",
            "A diplomat in Geneva",
        ),
        ("An analyst in Kyiv who follows the talks said the truce was over.", "An analyst in Kyiv"),
        (
            "A farmer from Port Sudan who fled the fighting said the truce was over.",
            "A farmer from Port Sudan",
        ),
    ],
)
def test_a_place_between_a_described_speaker_and_its_relative_keeps_the_speaker(
    extract: Extract, text: str, name: str
) -> None:
    statements = extract(text)
    assert [(s.speaker.name, s.content) for s in statements] == [(name, "the truce was over")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Troops loyal to President Salva Kiir on Monday rejected an offer of talks, "
            "saying they would keep fighting.",
            "Troops loyal to President Salva Kiir",
        ),
        (
            "Soldiers loyal to General Abdel Fattah al-Burhan yesterday spurned the plan, "
            "saying it favoured the RSF.",
            "Soldiers loyal to General Abdel Fattah al-Burhan",
        ),
        (
            "Forces loyal to the Tripoli government late on Friday dismissed the offer, "
            "saying the raids would go on.",
            "Forces loyal to the Tripoli government",
        ),
    ],
)
def test_a_time_after_a_linked_object_ends_a_participles_subject(
    extract: Extract, text: str, name: str
) -> None:
    statements = extract(text)
    assert len(statements) == 1
    assert statements[0].speaker.name == name


def test_late_after_an_article_still_modifies_a_linked_object(extract: Extract) -> None:
    statements = extract("A spokesman for the late president said the family would not comment.")
    assert statements[0].speaker.name == "A spokesman for the late president"
