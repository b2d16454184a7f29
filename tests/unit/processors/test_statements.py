"""Statement extraction, by what a reader of the output would notice."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

from processors.actors import Gazetteer, load_gazetteer
from processors.model import Article, Statement
from processors.statements import (
    SpeechLexicon,
    extract_statements,
    load_speech_lexicon,
)

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]

BLACK_SEA = (
    "Black Sea grain talks resume in Istanbul\n"
    "ISTANBUL, May 6 — Russian and Ukrainian delegations met in Istanbul on Tuesday for a "
    "second round of talks on safe passage for cargo ships in the Black Sea.\n"
    "Kremlin spokesman Dmitry Peskov told reporters that Moscow expected “concrete "
    "guarantees” for its own fertiliser exports. He added that no date had been set for a "
    "meeting between the two presidents.\n"
    "“We are not going to sign anything that leaves our ports exposed,” Ukrainian Foreign "
    "Minister Andrii Sybiha said after the session. “Security comes first. Trade follows.”\n"
    "“Our navy will escort the convoys,” he said, “and anyone who fires on them will "
    "answer for it.”\n"
    "Turkish officials said the sides had agreed to meet again within a month, while a "
    "source close to the talks said the Russian side wanted sanctions on its "
    "agricultural bank lifted first.\n"
    "According to Ukraine\u2019s navy, two Russian drones struck a port in Odesa overnight.\n"
    "Putin ordered the defence ministry to prepare a list of protected ports. Sybiha did "
    "not say whether Kyiv would accept Turkish inspectors.\n"
    "The talks are the first since the collapse of the previous corridor deal in 2023."
)

GAZA = (
    "GENEVA — The head of the U.N. aid office, Tom Fletcher, urged Israel and Hamas to "
    "allow fuel convoys into northern Gaza, warning that hospitals would run out of "
    "power within days.\n"
    'Israeli Prime Minister Benjamin Netanyahu described the proposal as "a gift to '
    'terrorists." In a post on X, he wrote that Israel would "not fund Hamas with fuel."\n'
    'Hamas official Basem Naim accused Israel of "starving two million people" and '
    "called for international pressure on the Israeli government.\n"
    "The Israeli military said it had opened a second crossing for aid trucks. It "
    "pointed to 300 trucks that entered on Sunday as evidence that aid was flowing.\n"
    '"The numbers are not enough," said Juliette Touma, a spokeswoman for UNRWA. "Not '
    'even close."\n'
    "Residents of Gaza City said they had not seen a truck in weeks.\n"
    "Netanyahu expressed confidence in the army and rejected the criticism as "
    "propaganda, the prime minister's office said."
)

SENATE = (
    "WASHINGTON — Senators in both parties pushed back on Tuesday against a plan to cut "
    "funding for rural hospitals.\n"
    "Sen. Margaret Olsen, D-Minn., called the proposal “a slow-motion closure notice for "
    "small towns.” Republican Sen. Dale Whitford of Kansas said he would not vote for it "
    "in its current form.\n"
    "“Rural Kansans are not a line item,” Whitford told reporters outside the chamber.\n"
    "A spokeswoman for the budget office, Erin Cole, said the agency was reviewing the "
    "objections. Hospital administrators in Nebraska warned that three clinics could close "
    "by the end of the year.\n"
    "Olsen is expected to announce her own proposal on Thursday."
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="module")
def lexicon() -> SpeechLexicon:
    return load_speech_lexicon()


@pytest.fixture(scope="module")
def extract(gazetteer: Gazetteer, lexicon: SpeechLexicon) -> Extract:
    def run(text: str) -> tuple[Statement, ...]:
        return extract_statements(Article(id="a1", text=text), gazetteer, lexicon)

    return run


def find(statements: tuple[Statement, ...], words: str) -> Statement:
    """The one statement whose content holds ``words``."""
    hits = [s for s in statements if words in s.content]
    assert len(hits) == 1, [s.content for s in statements]
    return hits[0]


def absent(statements: tuple[Statement, ...], words: str) -> None:
    assert not [s for s in statements if words in s.content], [s.content for s in statements]


# -- direct quotes -------------------------------------------------------------------


def test_quote_with_trailing_attribution_drops_its_marks(extract: Extract) -> None:
    statements = extract(BLACK_SEA)
    quote = find(statements, "We are not going to sign anything")
    assert quote.direct
    assert quote.content.startswith("We are not") and quote.content.endswith("exposed,")
    assert quote.speaker.actor == "UKR"
    assert quote.speaker.name == "Andrii Sybiha"
    assert quote.speaker.role == "Foreign Minister"
    assert quote.verb == "say"


def test_quote_continuing_in_the_next_sentence_keeps_its_speaker(extract: Extract) -> None:
    statements = extract(BLACK_SEA)
    follow = find(statements, "Security comes first")
    assert follow.direct
    assert follow.speaker.actor == "UKR"
    assert follow is not find(statements, "leaves our ports exposed")


def test_quote_split_by_its_attribution_gives_each_side_to_the_speaker(
    extract: Extract,
) -> None:
    statements = extract(BLACK_SEA)
    first = find(statements, "Our navy will escort the convoys")
    second = find(statements, "anyone who fires on them")
    assert first.speaker.name == second.speaker.name == "Andrii Sybiha"
    assert first.direct and second.direct


def test_straight_quotes_and_inverted_attribution(extract: Extract) -> None:
    statements = extract(GAZA)
    quote = find(statements, "The numbers are not enough")
    assert quote.direct
    assert quote.speaker.name == "Juliette Touma"
    assert quote.speaker.actor == "UN"
    assert find(statements, "Not even close").speaker.actor == "UN"


def test_described_as_a_quote(extract: Extract) -> None:
    statement = find(extract(GAZA), "a gift to terrorists")
    assert statement.verb == "describe"
    assert statement.direct
    assert statement.content == "a gift to terrorists."
    assert statement.speaker.actor == "ISR"


def test_called_it_a_quote(extract: Extract) -> None:
    statement = find(extract(SENATE), "slow-motion closure notice")
    assert statement.verb == "call"
    assert statement.direct
    assert statement.speaker.name == "Margaret Olsen"


# -- reported speech -----------------------------------------------------------------


def test_told_reporters_that_keeps_the_listener_out(extract: Extract) -> None:
    statement = find(extract(BLACK_SEA), "Moscow expected")
    assert statement.verb == "tell"
    assert not statement.direct
    assert statement.content.startswith("Moscow expected")
    assert statement.speaker.actor == "RUS"
    assert statement.speaker.role == "spokesman"


def test_pronoun_resolves_to_the_last_speaker(extract: Extract) -> None:
    statement = find(extract(BLACK_SEA), "no date had been set")
    assert statement.verb == "add"
    assert statement.speaker.name == "Dmitry Peskov"
    assert statement.speaker.actor == "RUS"


def test_urged_and_the_participle_after_it_are_two_statements(extract: Extract) -> None:
    statements = extract(GAZA)
    urge = find(statements, "to allow fuel convoys")
    warn = find(statements, "hospitals would run out of power")
    assert urge.verb == "urge" and warn.verb == "warn"
    assert urge.speaker.actor == warn.speaker.actor == "UN"
    assert urge.speaker.name == "Tom Fletcher"
    assert "warning" not in urge.content


def test_accused_and_called_for_share_the_speaker(extract: Extract) -> None:
    statements = extract(GAZA)
    accuse = find(statements, 'of "starving two million people"')
    call = find(statements, "international pressure")
    assert accuse.verb == "accuse" and call.verb == "call"
    assert accuse.speaker.actor == call.speaker.actor == "HAMAS"
    assert call.content.startswith("international pressure")


def test_institution_and_it_pronoun(extract: Extract) -> None:
    statements = extract(GAZA)
    said = find(statements, "opened a second crossing")
    pointed = find(statements, "300 trucks")
    assert said.speaker.actor == pointed.speaker.actor == "ISR"
    assert pointed.verb == "point"


def test_according_to_at_the_start(extract: Extract) -> None:
    statement = find(extract(BLACK_SEA), "two Russian drones struck a port")
    assert statement.speaker.actor == "UKR"
    assert not statement.content.startswith("According")


def test_unnamed_sources_take_their_side_from_a_demonym(extract: Extract) -> None:
    statements = extract(BLACK_SEA)
    assert find(statements, "agreed to meet again").speaker.actor == "TUR"
    assert find(statements, "agricultural bank").speaker.actor == "UNKNOWN"


def test_trailing_attribution_reports_what_comes_before(extract: Extract) -> None:
    statement = find(extract(GAZA), "rejected the criticism")
    assert statement.speaker.actor == "ISR"
    assert statement.content.startswith("Netanyahu expressed confidence")


def test_written_on_social_media(extract: Extract) -> None:
    statement = find(extract(GAZA), "Israel would")
    assert statement.verb == "write"
    assert statement.speaker.actor == "ISR"


def test_domestic_story_gives_its_country_to_people_the_gazetteer_lacks(
    extract: Extract,
) -> None:
    statements = extract(SENATE)
    for words in ("would not vote for it", "Rural Kansans", "reviewing the objections"):
        assert find(statements, words).speaker.actor == "USA"
    assert find(statements, "would not vote for it").speaker.name == "Dale Whitford"
    assert find(statements, "Rural Kansans").speaker.name == "Dale Whitford"
    assert find(statements, "three clinics could close").verb == "warn"


# -- what is not a statement ---------------------------------------------------------


def test_narration_acts_and_refusals_are_not_statements(extract: Extract) -> None:
    statements = extract(BLACK_SEA)
    absent(statements, "prepare a list of protected ports")
    absent(statements, "Turkish inspectors")
    absent(statements, "first since the collapse")
    absent(statements, "second round of talks")


def test_headline_and_expectations_are_not_statements(extract: Extract) -> None:
    absent(extract(BLACK_SEA), "grain talks resume")
    absent(extract(SENATE), "her own proposal")


def test_text_without_speech_has_no_statements(extract: Extract) -> None:
    text = "Heavy rain flooded roads in the capital on Monday. Schools stayed closed."
    assert extract(text) == ()
    assert extract("   ") == ()


# -- records -------------------------------------------------------------------------


@pytest.mark.parametrize("text", [BLACK_SEA, GAZA, SENATE])
def test_every_span_indexes_its_content(extract: Extract, text: str) -> None:
    statements = extract(text)
    assert statements
    for statement in statements:
        start, end = statement.span
        assert text[start:end] == statement.content
        assert statement.content in statement.sentence or statement.sentence in text
        assert 0.0 < statement.confidence <= 1.0
        assert statement.article_id == "a1"


@pytest.mark.parametrize("text", [BLACK_SEA, GAZA, SENATE])
def test_statements_come_in_text_order_without_overlap(extract: Extract, text: str) -> None:
    spans = [s.span for s in extract(text)]
    assert spans == sorted(spans)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start


LONG_QUOTE = (
    "KYIV (Northwire) \u2014 Ukraine\u2019s energy minister said on Monday that repairs would "
    "take months.\n"
    "\u201cEvery power plant we rebuild is a target the next night. We need air defence "
    "before we need concrete,\u201d Ukrainian Energy Minister Svitlana Hrynchuk told a news "
    "conference.\n"
    "\u201cOur engineers work under fire.\n"
    "\u201cThey deserve more than sympathy.\u201d\n"
    "The ministry did not say how much the repairs would cost."
)


def test_a_dateline_is_not_part_of_the_reported_words(extract: Extract) -> None:
    statement = find(extract(LONG_QUOTE), "repairs would take months")
    assert statement.content == "repairs would take months"
    assert statement.speaker.actor == "UKR"
    assert not statement.sentence.startswith("KYIV")


def test_a_quote_running_over_paragraphs_stays_with_its_speaker(extract: Extract) -> None:
    statements = extract(LONG_QUOTE)
    first = find(statements, "Every power plant we rebuild")
    assert "We need air defence" in first.content  # one quote, two sentences
    for words in ("Our engineers work under fire.", "They deserve more than sympathy."):
        follow = find(statements, words)
        assert follow.direct
        assert follow.speaker.name == "Svitlana Hrynchuk"
        assert follow.speaker.actor == "UKR"
    absent(statements, "how much the repairs would cost")


def test_a_split_quote_inside_an_attribution_middle(extract: Extract) -> None:
    text = (
        "Talks with Hamas would continue, Israeli officials said, although no date had been "
        "set. For now, one official said, the army would hold its positions."
    )
    statements = extract(text)
    assert find(statements, "Talks with Hamas would continue").speaker.actor == "ISR"
    held = find(statements, "the army would hold its positions")
    assert held.speaker.name == "one official"


def test_a_bare_plural_crowd_opening_a_sentence_speaks(extract: Extract) -> None:
    # The lexicon lists these crowds only in the plural; a crude singular
    # ("protester", "witnesse", "critic") must not lose them.
    text = (
        "Protesters said they would march again on Saturday.\n"
        "Witnesses said the blast shattered windows two streets away.\n"
        "Critics said the plan would never work."
    )
    statements = extract(text)
    assert [(s.speaker.name, s.content) for s in statements] == [
        ("Protesters", "they would march again on Saturday"),
        ("Witnesses", "the blast shattered windows two streets away"),
        ("Critics", "the plan would never work"),
    ]


def test_a_speech_noun_before_a_speech_verb_is_not_the_verb(extract: Extract) -> None:
    # "member states said": "states" heads the subject; reading it as the verb made "The
    # member" a speaker and "said on Monday ..." the content.
    found = extract(
        "BRUSSELS — The member states said on Monday that the sanctions would stay. "
        "The foreign minister stated that talks would go on."
    )

    assert [s.verb for s in found] == ["state"]
    assert found[0].speaker.name == "The foreign minister"
    assert found[0].content == "talks would go on"


@pytest.mark.parametrize(
    ("text", "speaker", "actor", "words"),
    [
        (
            "The strikes destroyed 2,000 tonnes of wheat, said Oleh Kiper, the governor of "
            "Odesa region.",
            "Oleh Kiper",
            "UKR",
            "The strikes destroyed 2,000 tonnes of wheat",
        ),
        (
            "The ceasefire is holding, said a senior Ukrainian official.",
            "a senior Ukrainian official",
            "UKR",
            "The ceasefire is holding",
        ),
    ],
)
def test_reported_words_before_an_inverted_speaker(
    extract: Extract, text: str, speaker: str, actor: str, words: str
) -> None:
    statement = find(extract(text), words)
    assert (statement.speaker.name, statement.speaker.actor) == (speaker, actor)
    assert statement.content == words
    assert not statement.direct


def test_an_inverted_speaker_followed_by_another_clause_reports_nothing_before_it(
    extract: Extract,
) -> None:
    statements = extract(
        "Insurers are watching closely, says Maria Lind, an analyst, and premiums have "
        "already doubled since the weekend."
    )
    absent(statements, "Insurers are watching")


def test_a_quoted_word_inside_reported_speech_is_not_the_whole_statement(
    extract: Extract,
) -> None:
    statement = find(
        extract('Trump said a "weak" bill would be "a gift to the Democrats."'), "bill would"
    )
    assert statement.content == 'a "weak" bill would be "a gift to the Democrats."'
    assert not statement.direct
    whole = find(extract('Trump said "a weak bill would be a gift."'), "weak bill")
    assert whole.direct


@pytest.mark.parametrize(
    ("text", "report"),
    [
        (
            "The Taliban said their fighters would halt attacks for three days. Any attack by "
            'the other side would be answered "forcefully", it added.',
            'Any attack by the other side would be answered "forcefully"',
        ),
        (
            'Hamas said it had accepted the proposal. Israel\'s response was "negative", the '
            "group said.",
            'Israel\'s response was "negative"',
        ),
        (
            'Any attack on the convoy would be answered "forcefully," the spokesman said.',
            'Any attack on the convoy would be answered "forcefully,"',
        ),
    ],
)
def test_a_scare_quote_before_a_trailing_attribution_is_part_of_the_report(
    extract: Extract, text: str, report: str
) -> None:
    # The quoted word follows a word of the clause: the clause is the report.
    assert report in [s.content for s in extract(text)]
    assert not any(s.content.strip(' ,"') == "forcefully" for s in extract(text))


def test_a_quote_set_off_by_a_comma_stays_the_report(extract: Extract) -> None:
    statements = extract('Asked about the truce, "It is holding," the minister said.')
    assert [s.content for s in statements] == ["It is holding,"]


def test_according_to_a_document_gives_its_author_not_the_last_speaker(
    extract: Extract,
) -> None:
    lead = "Trump wrote that the ceasefire was holding. "
    signed = extract(
        lead + "Deliveries had slowed to a trickle, according to a statement from the "
        "World Food Programme."
    )
    assert find(signed, "Deliveries had slowed").speaker.actor == "UN"
    unsigned = extract(lead + "Deliveries had slowed to a trickle, according to a statement.")
    absent(unsigned, "Deliveries had slowed")


def test_groups_named_by_trade_or_stance_speak_with_their_side(extract: Extract) -> None:
    statements = extract(
        "Grain exporters said they would suspend loadings at Izmail. Russian military "
        "bloggers claimed the terminal had been used to ship ammunition."
    )
    assert [(s.speaker.name, s.speaker.actor, s.verb) for s in statements] == [
        ("Grain exporters", "UNKNOWN", "say"),
        ("Russian military bloggers", "RUS", "claim"),
    ]


def test_a_denial_reports_what_is_denied_even_as_a_gerund(extract: Extract) -> None:
    statements = extract(
        "Iran's armed forces denied firing any missiles after the truce began. Moscow denied "
        "that it had targeted the port. The Kremlin denied in a statement posted on Telegram."
    )
    assert [(s.speaker.actor, s.verb, s.content) for s in statements] == [
        ("IRN", "deny", "firing any missiles after the truce began"),
        ("RUS", "deny", "it had targeted the port"),
    ]


# -- US political copy -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "verb", "content"),
    [
        (
            "Sen. Ada Brill, D-Vt., countered that the tariffs were a tax on farmers.",
            "counter",
            "the tariffs were a tax on farmers",
        ),
        ('Asked about the rain, the mayor quipped, "We ordered sunshine."', "quip", None),
        (
            "The inspector general testified that the audit had found no fraud.",
            "testify",
            "the audit had found no fraud",
        ),
        ('Gov. Hal Voss shot back: "Read the bill first."', "shoot back", "Read the bill first."),
        (
            "The treasurer retorted that the fund had never missed a payment.",
            "retort",
            "the fund had never missed a payment",
        ),
    ],
)
def test_verbs_of_political_sparring_report_speech(
    extract: Extract, sentence: str, verb: str, content: str | None
) -> None:
    statements = extract("WASHINGTON — A long day in the Capitol.\n" + sentence)
    assert [s.verb for s in statements] == [verb]
    if content is not None:
        assert statements[0].content == content


def test_counter_and_testify_name_no_speech_without_a_clause(extract: Extract) -> None:
    statements = extract(
        "The army countered the offensive with artillery. The witness testified for three "
        "hours before the committee."
    )
    assert statements == ()


@pytest.mark.parametrize(
    "sentence",
    [
        'The governor said in an interview with ABC\'s "This Week" that the budget would pass.',
        "The governor said on \u201cFace the Nation\u201d that the budget would pass.",
        'The governor told CBS\'s "Sunday Morning" that the budget would pass.',
        "The governor said in an interview with Politico the budget would pass.",
    ],
)
def test_a_programme_named_after_the_verb_is_where_not_what(
    extract: Extract, sentence: str
) -> None:
    statements = extract(sentence)
    assert [s.content for s in statements] == ["the budget would pass"]


def test_an_aside_after_the_verbs_adjuncts_is_not_the_report(extract: Extract) -> None:
    statements = extract(
        "The mayor said on Monday after a meeting with Gov. Ruth Alder, a day after the "
        "storm hit the coast. "
        "\u201cWe will rebuild,\u201d the mayor told reporters in Biloxi, where she was "
        "touring the damage."
    )
    assert [s.content for s in statements] == ["We will rebuild,"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Marta Ruiz, 63, who has run the shelter for a decade, said it would close.", None),
        ("Rep. Owen Hale, R-Kan., who sits on the panel, said it would close.", "Owen Hale"),
        ("Sen. Lia Park (D-Hawaii), whose state depends on it, said it would close.", "Lia Park"),
        ("Sen. Lia Park, D-Hawaii, said it would close.", "Lia Park"),
    ],
)
def test_an_age_or_a_party_state_marker_stays_out_of_the_speakers_name(
    extract: Extract, sentence: str, name: str | None
) -> None:
    statements = extract(sentence)
    assert [s.content for s in statements] == ["it would close"]
    assert statements[0].speaker.name == (name or "Marta Ruiz")
    if name is not None:
        assert statements[0].speaker.actor == "USA"  # the marker places a member of Congress


def test_a_that_clause_after_an_aside_set_off_by_commas(extract: Extract) -> None:
    statements = extract(
        "The judge told the jurors, before the weekend recess, that the trial would resume "
        "on Monday. The clerk said, in a brief note, that the files were sealed."
    )
    assert [(s.verb, s.content) for s in statements] == [
        ("tell", "the trial would resume on Monday"),
        ("say", "the files were sealed"),
    ]


def test_a_plural_of_a_body_is_a_crowd_that_speaks(extract: Extract) -> None:
    statements = extract(
        "Farm groups said the tariffs would cost them dearly. Teachers unions warned that "
        "classes would grow."
    )
    assert [(s.speaker.name, s.verb) for s in statements] == [
        ("Farm groups", "say"),
        ("Teachers unions", "warn"),
    ]


def test_the_two_sides_of_a_courtroom_speak(extract: Extract) -> None:
    statements = extract(
        "RICHMOND, Va. — A federal jury in Virginia heard closing arguments on Monday in "
        "the Justice Department's case against a former state senator.\n"
        "The prosecution argued that the emails proved intent. The defense said the "
        "emails were taken out of context."
    )
    assert [s.speaker.name for s in statements] == ["The prosecution", "The defense"]


def test_a_clause_may_open_with_a_participle(extract: Extract) -> None:
    statements = extract(
        "Economists said rising rents were pushing families out. The mayor said at the "
        "opening of the bridge. The council said following the vote."
    )
    assert [s.content for s in statements] == ["rising rents were pushing families out"]


def test_a_qualified_body_after_according_to(extract: Extract) -> None:
    statements = extract(
        "The plan would cost $4 billion over a decade, according to the nonpartisan "
        "Congressional Budget Office."
    )
    assert [s.content for s in statements] == ["The plan would cost $4 billion over a decade"]
    assert statements[0].speaker.actor == "USA"


def test_a_question_ending_its_sentence_belongs_to_the_attribution_after_it(
    extract: Extract,
) -> None:
    statements = extract(
        "The hearing grew tense.\n"
        '"Who signed off on the contract?" Sen. Ida Moss asked. "Nobody will say!" '
        "Moss said. \u201cWe lost the files.\u201d The clerk said the hearing would resume."
    )
    assert [(s.content, s.direct) for s in statements] == [
        ("Who signed off on the contract?", True),
        ("Nobody will say!", True),
        ("We lost the files.", True),
        ("the hearing would resume", False),
    ]
    assert [s.speaker.name for s in statements[:3]] == ["Ida Moss", "Ida Moss", "Ida Moss"]


def test_an_adverb_between_the_verb_and_its_quote(extract: Extract) -> None:
    statements = extract(
        'The mayor, leaving the room, said only: "Ask the council." The chief said '
        "simply, \u201cWe are ready.\u201d"
    )
    assert [s.content for s in statements] == ["Ask the council.", "We are ready."]
    assert statements[0].speaker.name == "The mayor"


def test_an_attribution_inside_a_coordinated_clause_reports_its_first_half(
    extract: Extract,
) -> None:
    statements = extract(
        "The governor will veto the bill on Friday, her spokesman announced, and will "
        "call a special session next month."
    )
    assert [s.content for s in statements] == ["The governor will veto the bill on Friday"]


def test_even_as_opens_a_clause_with_its_own_speaker(extract: Extract) -> None:
    statements = extract(
        "The mayor said the bridge would reopen in May, even as inspectors warned that the "
        "cables needed another inspection."
    )
    assert [(s.speaker.name, s.content) for s in statements] == [
        ("The mayor", "the bridge would reopen in May"),
        ("inspectors", "the cables needed another inspection"),
    ]


def test_an_unnamed_administration_official_is_american(extract: Extract) -> None:
    statements = extract(
        "JERUSALEM — Israel and Hamas resumed talks in Cairo. A senior administration "
        "official said a deal was close. Israeli officials said it was not."
    )
    assert [s.speaker.actor for s in statements] == ["USA", "ISR"]


def test_how_long_someone_spoke_is_not_what_they_said(extract: Extract) -> None:
    statements = extract(
        "The chairman argued for hours with his staff. The senator insisted for nearly two "
        "weeks that the memo was genuine."
    )
    assert [s.content for s in statements] == ["the memo was genuine"]


def test_per_opening_a_sentence_attributes_like_according_to(extract: Extract) -> None:
    statements = extract(
        "SACRAMENTO, Calif. — California lawmakers met with Gov. Gavin Newsom.\n"
        "Per a statement from the treasurer's office, the fund grew 6% last year. The fee "
        "is $3 per ticket, the treasurer said."
    )
    assert [(s.speaker.actor, s.content) for s in statements] == [
        ("USA", "the fund grew 6% last year"),
        ("USA", "The fee is $3 per ticket"),
    ]


def test_a_named_venue_is_where_not_what(extract: Extract) -> None:
    statements = extract(
        "\u201cWe have the votes,\u201d the whip said at a Statehouse news conference. The "
        "mayor said at a City Hall briefing that the budget was balanced."
    )
    assert [s.content for s in statements] == ["We have the votes,", "the budget was balanced"]


def test_a_title_ending_in_of_and_a_noun_is_not_part_of_the_name(extract: Extract) -> None:
    statements = extract("Deputy Chief of Staff Dana Reyes said the memo was a draft.")
    assert statements[0].speaker.name == "Dana Reyes"
    assert statements[0].speaker.role == "Deputy Chief of Staff"


def test_according_to_a_speaker_with_a_relative_aside(extract: Extract) -> None:
    statements = extract(
        "According to Gov. Ana Ruiz, who chairs the board, at least nine schools will close. "
        "According to the Texas Education Agency, the schools will reopen in May."
    )
    assert [s.content for s in statements] == [
        "at least nine schools will close",
        "the schools will reopen in May",
    ]


def test_a_number_before_a_verb_form_makes_it_a_noun(extract: Extract) -> None:
    statements = extract(
        "Lawyers for the 14 states suing the agency filed a brief. The 3 posts that drew "
        "attention were deleted. The governor said the brief was strong."
    )
    assert [(s.verb, s.content) for s in statements] == [("say", "the brief was strong")]


def test_a_headline_line_inside_the_body_reports_nothing(extract: Extract) -> None:
    statements = extract(
        "LIVE: The county budget vote\n"
        "9:00 a.m. — The board met. The chair said the vote would come at noon.\n"
        "Mayor says she will veto the budget\n"
        "9:40 a.m. — The mayor told reporters she would veto any budget that cut libraries."
    )
    assert [s.content for s in statements] == [
        "the vote would come at noon",
        "she would veto any budget that cut libraries",
    ]


def test_a_list_item_without_a_full_stop_still_reports(extract: Extract) -> None:
    statements = extract(
        "Key points\n\n"
        "\u2022 Ukrainian officials said grain ships would sail again on Monday\n\n"
        "- Insurers warned that premiums would stay high\n\n"
        "The ministry gave no date for the second corridor."
    )
    assert [s.content for s in statements] == [
        "grain ships would sail again on Monday",
        "premiums would stay high",
    ]


def test_a_participle_after_a_percentage_still_reports(extract: Extract) -> None:
    statements = extract(
        "The governor vetoed a cap on rent increases at 3%, saying it would freeze construction."
    )
    assert [s.content for s in statements] == ["it would freeze construction"]


def test_derision_with_a_quoted_label_is_a_statement(extract: Extract) -> None:
    statements = extract(
        "The challenger mocked the incumbent as \u201ca tourist in his own district.\u201d The "
        "mayor blasted the council in a late-night post. A truck slammed into a barrier."
    )
    assert [(s.verb, s.content) for s in statements] == [("mock", "a tourist in his own district.")]


def test_a_crowd_counted_in_thousands_is_still_the_listener(extract: Extract) -> None:
    statements = extract(
        "The senator told a crowd of 3,500 supporters in Reno that the race was tied. "
        "\u201cWe will win,\u201d she said to cheers."
    )
    assert [s.content for s in statements] == ["the race was tied", "We will win,"]


def test_a_reporters_question_before_the_attribution_is_not_reported(extract: Extract) -> None:
    statements = extract(
        "Asked whether the deal was dead, the mayor told reporters outside City Hall, "
        "\u201cNot yet.\u201d Pressed on the timing, the chief said, as she left the room."
    )
    assert [s.content for s in statements] == ["Not yet."]


def test_a_described_speaker_with_a_possessive_modifier(extract: Extract) -> None:
    statements = extract(
        "BOSTON — Massachusetts lawmakers met on Beacon Hill.\n"
        "The measure's chief sponsor said the vote would be close. The agency's acting "
        "director said the rule would stand."
    )
    assert [(s.speaker.name, s.content) for s in statements] == [
        ("The measure's chief sponsor", "the vote would be close"),
        ("The agency's acting director", "the rule would stand"),
    ]


# -- clause shapes added with the fresh-article check ----------------------------------


def test_a_though_clause_with_its_own_verb_is_a_second_statement(extract: Extract) -> None:
    statements = extract(
        "WASHINGTON — Sen. Dana Ruiz has said the map was fair, though she told a radio "
        "host in August that she wanted more seats."
    )
    assert [s.content for s in statements] == ["the map was fair", "she wanted more seats"]


@pytest.mark.parametrize("verb", ["insist", "argue", "warn", "deny", "concede"])
def test_a_plural_speaker_in_the_present_tense_reports(extract: Extract, verb: str) -> None:
    statements = extract(f"KIGALI — Rwandan officials {verb} that the accord is being kept.")
    assert [(s.speaker.actor, s.content) for s in statements] == [
        ("RWA", "the accord is being kept")
    ]


def test_a_forceful_reply_is_a_noun_not_a_verb(extract: Extract) -> None:
    assert not extract("BEIRUT — Hezbollah fired at a post, prompting Israel to vow a reply.")


def test_one_of_a_group_just_quoted_speaks_for_its_side(extract: Extract) -> None:
    statements = extract(
        "WASHINGTON — Several Republican senators said they were open to a vote. One, who "
        "asked not to be named, said leaders had agreed to talk."
    )
    one = find(statements, "leaders had agreed")
    assert (one.speaker.name, one.speaker.actor) == ("One", "USA")


def test_one_with_no_group_before_it_is_no_speaker(extract: Extract) -> None:
    assert not extract("One said the talks had failed.")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The White House budget office told agencies in a memo on Monday to prepare "
            "for a lapse.",
            "agencies in a memo on Monday to prepare for a lapse",
        ),
        ("Trump told aides to prepare for a shutdown.", "aides to prepare for a shutdown"),
        ("Trump told the panel about the plan to build a wall.", None),
        # The order quoted after its "to".
        (
            'Pompeo told the Taliban to "keep your promises to cut ties with al Qaeda".',
            'the Taliban to "keep your promises to cut ties with al Qaeda"',
        ),
        (
            "Kerry told the rebels to \u201cstay away from Nusra\u201d.",
            "the rebels to \u201cstay away from Nusra\u201d",
        ),
        ('Trump told the panel about the "plan" to build a wall.', None),
    ],
)
def test_told_someone_to_do_something_reports_the_order(
    extract: Extract, text: str, content: str | None
) -> None:
    statements = extract(text)
    assert [s.content for s in statements] == ([content] if content else [])


def test_a_participle_after_a_joined_clause_takes_that_clauses_subject(
    extract: Extract,
) -> None:
    statements = extract(
        "Talks on the second phase never began, and Israel resumed its strikes on March 18, "
        "saying Hamas had refused to free more hostages."
    )
    assert [(s.speaker.actor, s.content) for s in statements] == [
        ("ISR", "Hamas had refused to free more hostages")
    ]


def test_a_participle_after_a_statement_from_someone_is_theirs(extract: Extract) -> None:
    statements = extract(
        "What we have is a statement from the office of Abdel Fattah al-Burhan, the army "
        "chief, saying he had approved a seven-day pause."
    )
    assert [(s.speaker.actor, s.content) for s in statements] == [
        ("SDN", "he had approved a seven-day pause")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Fighting moved south, where, according to UN investigators, Rwandan troops "
            "still operate.",
            "Rwandan troops still operate",
        ),
        (
            "Russia launched 40 drones overnight, according to Ukraine's air force.",
            "Russia launched 40 drones overnight",
        ),
    ],
)
def test_an_according_aside_reports_the_clause_it_interrupts(
    extract: Extract, text: str, content: str
) -> None:
    assert [s.content for s in extract(text)] == [content]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Kinshasa said rebels killed 140 civilians in July, an allegation the group rejects.",
            ["Kinshasa"],
        ),
        ("Lebanon endorsed the plan, a step the group rejected as a sin.", []),
    ],
)
def test_a_verb_in_a_relative_clause_after_a_noun_reports_nothing_of_its_own(
    extract: Extract, text: str, speakers: list[str]
) -> None:
    assert [s.speaker.name for s in extract(text)] == speakers


def test_a_block_quote_after_said_colon_belongs_to_the_speaker(extract: Extract) -> None:
    statements = extract(
        "BANGKOK — Thailand suspended the declaration on Monday.\n"
        "In a statement read out by a spokesman, the government said:\n"
        "\u201cTwo soldiers were injured by a new mine. This is a clear violation.\n"
        "\u201cThe Royal Thai Government has decided to suspend the declaration. "
        "Thailand remains committed to peace.\u201d\n"
        "Cambodia has not responded."
    )
    quotes = [(s.speaker.actor, s.content[:20], s.direct) for s in statements]
    assert quotes == [
        ("THA", "Two soldiers were in", True),
        ("THA", "The Royal Thai Gover", True),
    ]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The treaty is suspended; when a tribunal in Geneva said in June that the "
            "suspension did not affect its work, Ankara said it had never accepted the panel.",
            "the suspension did not affect its work",
            "it had never accepted the panel",
        ),
        (
            "After the White House said the talks would resume on Monday, the Kremlin said "
            "no date had been set.",
            "the talks would resume on Monday",
            "no date had been set",
        ),
        (
            "When Lee told reporters that the bill was dead, her rival insisted it would pass.",
            "the bill was dead",
            "it would pass",
        ),
    ],
)
def test_a_speaker_after_a_subordinate_clause_with_a_report_speaks_on_its_own(
    extract: Extract, text: str, first: str, second: str
) -> None:
    statements = extract(text)
    assert [s.content for s in statements] == [first, second]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Misri read a short statement in Delhi. Pakistan's Director General of Military "
            "Operations telephoned his Indian counterpart at noon, he said, and the two "
            "agreed to stop firing.",
            "telephoned his Indian counterpart",
            "Misri",
        ),
        (
            "Peskov spoke to reporters. Lavrov will fly to Ankara on Tuesday, he said, and "
            "Putin may join him later.",
            "Lavrov will fly to Ankara",
            "Peskov",
        ),
    ],
)
def test_a_pronoun_after_the_words_it_attributes_means_someone_named_before_them(
    extract: Extract, text: str, words: str, speaker: str
) -> None:
    assert find(extract(text), words).speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            "Erdogan has said many times that he stopped the war, at one point saying he had "
            "warned both sides there would be no more grain deals.",
            [
                "he stopped the war",
                "he had warned both sides there would be no more grain deals",
            ],
        ),
        (
            "The minister said the budget was fine, at times insisting that nothing had been cut.",
            ["the budget was fine", "nothing had been cut"],
        ),
    ],
)
def test_a_participle_after_a_comma_and_a_time_adjunct_reports_on_its_own(
    extract: Extract, text: str, contents: list[str]
) -> None:
    assert [s.content for s in extract(text)] == contents
