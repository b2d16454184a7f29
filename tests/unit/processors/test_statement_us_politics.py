"""Statements in US political copy: shows, posts, hearings and campaign trail reports."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


@pytest.mark.parametrize(
    "text",
    [
        'Speaking on ABC\'s "This Week," Gov. Ann Ruiz said the state would appeal the ruling.',
        'In an appearance on "Fox News Sunday," Sen. Tom Price said the bill was dead.',
        'In a column headlined "The Long Road Home," Mayor Dee Hart said the plan had failed.',
    ],
)
def test_a_show_or_headline_title_in_quotes_is_nobodys_words(extract: Extract, text: str) -> None:
    contents = [s.content for s in extract(text)]
    assert len(contents) == 1
    assert not contents[0].startswith(("This Week", "Fox News", "The Long Road"))


def test_a_quote_in_title_case_that_opens_the_sentence_is_still_speech(extract: Extract) -> None:
    statements = extract('"Never Again, Not Here," Sen. Joan Ortiz said on the Senate floor.')
    assert [(s.speaker.name, s.content) for s in statements] == [
        ("Joan Ortiz", "Never Again, Not Here,")
    ]


def test_a_post_on_x_ends_before_the_next_sentence(extract: Extract) -> None:
    statements = extract(
        '"We will not back down. Not now, not ever," Rep. Dana Wills wrote on X. '
        "She did not name the governor."
    )
    assert [s.content for s in statements] == ["We will not back down. Not now, not ever,"]


@pytest.mark.parametrize("opener", ["But", "And", "Yet"])
def test_a_conjunction_opening_the_sentence_leaves_the_subject_its_speaker(
    extract: Extract, opener: str
) -> None:
    statements = extract(
        "Gov. Maria Soto told reporters that the budget was balanced. "
        f"{opener} she warned that the state would run short of money by spring."
    )
    assert [(s.speaker.name, s.verb, s.content) for s in statements][1:] == [
        ("Maria Soto", "warn", "the state would run short of money by spring")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The measure was opposed by Gov. Ruth Calder, who said it would cut school aid.",
        "The vote drew a sharp rebuke from Sen. Ruth Calder, who said it would cut school aid.",
    ],
)
def test_a_relative_clause_after_an_object_gives_the_object_as_speaker(
    extract: Extract, text: str
) -> None:
    assert [(s.speaker.name, s.content) for s in extract(text)] == [
        ("Ruth Calder", "it would cut school aid")
    ]


def test_an_unnamed_head_before_a_relative_clause_is_the_speaker(extract: Extract) -> None:
    statements = extract("The bill was backed by the head of the agency, who said it was overdue.")
    assert [(s.speaker.name, s.content) for s in statements] == [
        ("the head of the agency", "it was overdue")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Rep. Joe Varga, who has said he will not seek re-election, voted for the bill.",
            "he will not seek re-election",
        ),
        (
            "Rep. Joe Varga, who told reporters on Monday that the deal was dead, voted for it.",
            "the deal was dead",
        ),
    ],
)
def test_a_report_inside_an_aside_ends_where_the_aside_closes(
    extract: Extract, text: str, content: str
) -> None:
    assert [(s.speaker.name, s.content) for s in extract(text)] == [("Joe Varga", content)]


def test_a_that_after_the_object_of_an_aside_verb_is_a_relative_pronoun(
    extract: Extract,
) -> None:
    statements = extract(
        "Justice Mary Lowe, who wrote the opinion that the state relies on, "
        "suggested the lower court had misread it."
    )
    assert [(s.speaker.name, s.content) for s in statements] == [
        ("Mary Lowe", "the lower court had misread it")
    ]


@pytest.mark.parametrize("verb", ["vowed", "pledged", "threatened"])
def test_a_to_infinitive_after_a_promise_verb_is_its_report_not_an_adjunct(
    extract: Extract, verb: str
) -> None:
    statements = extract(f"Gov. Ann Lee {verb} to cut the waiting time at state clinics by half.")
    assert [s.content for s in statements] == ["to cut the waiting time at state clinics by half"]


def test_to_cheers_is_still_an_adjunct(extract: Extract) -> None:
    statements = extract("Gov. Ann Lee said to cheers that the clinics would stay open.")
    assert [s.content for s in statements] == ["the clinics would stay open"]


def test_a_coordinated_verb_after_until_belongs_to_that_clauses_subject(
    extract: Extract,
) -> None:
    statements = extract(
        "Mexico refused the offer, saying the terms were unfair, until Sen. Joan Ortiz "
        "called both governments and threatened to block the trade bill."
    )
    assert [(s.speaker.name, s.verb) for s in statements] == [
        ("Mexico", "say"),
        ("Joan Ortiz", "threaten"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, Sen. Ruth Calder, who leads the panel, said the vote would slip.",
        'Speaking on CNN\'s "State of the Union," Calder, who leads the panel, said '
        "the vote would slip.",
    ],
)
def test_an_intro_before_a_speaker_with_a_relative_aside_is_not_the_speaker(
    extract: Extract, text: str
) -> None:
    statements = extract(text)
    assert [(s.speaker.name, s.content) for s in statements] == [
        (statements[0].speaker.name, "the vote would slip")
    ]
    assert statements[0].speaker.name.endswith("Calder")


def test_an_unnamed_speaker_after_a_time_intro_speaks(extract: Extract) -> None:
    statements = extract("On Sunday, the senator, who leads the panel, said the vote would slip.")
    assert [s.speaker.name for s in statements] == ["the senator"]


def test_said_of_after_a_quote_names_the_topic_not_a_second_report(extract: Extract) -> None:
    statements = extract('"It is a bad deal for Ohio," Sen. Joan Ortiz said of the trade pact.')
    assert [s.content for s in statements] == ["It is a bad deal for Ohio,"]


@pytest.mark.parametrize(
    ("verb", "lemma"),
    [("fumed", "fume"), ("mused", "muse"), ("hinted", "hint"), ("recounted", "recount")],
)
def test_colourful_reporting_verbs_report_a_that_clause(
    extract: Extract, verb: str, lemma: str
) -> None:
    statements = extract(f"Gov. Ann Lee {verb} that the legislature had wasted a month.")
    assert [(s.verb, s.content) for s in statements] == [
        (lemma, "the legislature had wasted a month")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of students protested outside the Capitol on Monday.",
        "Sen. Ann Lee answered questions for two hours.",
        "Ann Lee disclosed assets worth $2 million.",
    ],
)
def test_those_verbs_without_a_clause_report_nothing(extract: Extract, text: str) -> None:
    assert extract(text) == ()


def test_reminded_takes_a_listener_before_its_clause(extract: Extract) -> None:
    statements = extract("Gov. Ann Lee reminded reporters that the vote was close.")
    assert [(s.verb, s.content) for s in statements] == [("remind", "the vote was close")]


def test_a_surname_after_an_aide_to_that_person_is_the_person(extract: Extract) -> None:
    statements = extract(
        "Sen. Dana Whitt, D-Ore., questioned the nominee for an hour. "
        "An aide to Whitt said the senator would block the nomination. "
        "Whitt noted that the nominee had never worked in government."
    )
    assert [s.speaker.name for s in statements] == ["An aide to Whitt", "Dana Whitt"]


def test_the_source_of_an_account_is_not_part_of_the_report(extract: Extract) -> None:
    statements = extract(
        "Sen. Dana Whitt told the nominee that she would oppose him, according to a transcript."
    )
    assert [s.content for s in statements] == ["she would oppose him"]


def test_a_hosts_question_after_a_guests_quote_is_the_hosts(extract: Extract) -> None:
    statements = extract(
        'Gov. Ann Lee appeared on the program. "We will sign it," Lee said. '
        '"Even if the unions object?" Garcia asked. "Even then," Lee said.'
    )
    assert [(s.speaker.name, s.content) for s in statements] == [
        ("Ann Lee", "We will sign it,"),
        ("Garcia", "Even if the unions object?"),
        ("Ann Lee", "Even then,"),
    ]


def test_a_question_followed_by_narration_still_carries_on_the_speaker(extract: Extract) -> None:
    statements = extract(
        'Gov. Ann Lee appeared on the program. "We will sign it," Lee said. '
        '"Why would we wait?" Republicans have said the same thing for months.'
    )
    assert [(s.speaker.name, s.content) for s in statements][:2] == [
        ("Ann Lee", "We will sign it,"),
        ("Ann Lee", "Why would we wait?"),
    ]


def test_a_staffer_is_a_source_that_speaks(extract: Extract) -> None:
    statements = extract(
        "Congress left town without a deal. "
        '"Nobody knows what happens next," one longtime House staffer said.'
    )
    assert [(s.speaker.name, s.content) for s in statements] == [
        ("one longtime House staffer", "Nobody knows what happens next,")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The governor's office rejected the allegations in a statement on Friday.",
        "Sen. Joan Ortiz dismissed the report in a post on X.",
    ],
)
def test_rejecting_someones_words_with_an_adjunct_reports_nothing(
    extract: Extract, text: str
) -> None:
    assert extract(text) == ()


def test_rejecting_a_claim_as_false_still_reports(extract: Extract) -> None:
    statements = extract("Sen. Joan Ortiz rejected the report as false in a post on X.")
    assert len(statements) == 1


def test_a_negation_closing_a_quote_does_not_block_its_attribution(extract: Extract) -> None:
    statements = extract(
        'Gov. Ann Lee spoke first. "We will sign it," Lee said. '
        '"Will you?" the host asked. "We will not," said Sen. Joan Ortiz.'
    )
    assert [(s.speaker.name, s.content) for s in statements][-1] == ("Joan Ortiz", "We will not,")


def test_a_participle_after_a_closing_quote_adds_a_report(extract: Extract) -> None:
    statements = extract(
        'Sen. Joan Ortiz said the measure was "dead on arrival," adding that '
        "Democrats would offer their own plan."
    )
    assert [(s.verb, s.content) for s in statements][-1] == (
        "add",
        "Democrats would offer their own plan",
    )


def test_pointing_to_evidence_reports_only_what_it_is_taken_as(extract: Extract) -> None:
    assert extract("Gov. Ann Lee pointed to a rise in hospital admissions in 2024.") == ()
    statements = extract(
        "Gov. Ann Lee pointed to the rise in admissions as proof that the cuts had failed."
    )
    assert [s.content for s in statements] == [
        "the rise in admissions as proof that the cuts had failed"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The bill needs 60 votes, and no Democrat has said publicly that they will support it.",
        "Nobody in the White House has said that the president will veto the bill.",
        "None of the senators said they would vote for it.",
        "No official has confirmed that the talks took place.",
        "Not a single Republican has said the election was fair.",
        "Neither campaign has said it will accept the result.",
    ],
)
def test_a_negated_subject_says_nobody_spoke(extract: Extract, text: str) -> None:
    assert extract(text) == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("No, the senator said, the bill would not pass.", "the senator"),
        ("Not all Republicans have said the election was fair.", "Republicans"),
        ("Sen. Ann Noble said the bill would pass.", "Ann Noble"),
    ],
)
def test_a_no_outside_the_subject_leaves_the_speaker(
    extract: Extract, text: str, speaker: str
) -> None:
    assert [s.speaker.name for s in extract(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("Justice Ana Ruiz also wrote separately, arguing that the law was void.", ["argue"]),
        ("Sen. Tom Hale spoke again briefly, saying the bill would pass.", ["say"]),
        ("Gov. Ann Lee responded angrily, warning that the state would sue.", ["warn"]),
    ],
)
def test_a_lone_manner_adverb_after_a_verb_reports_nothing(
    extract: Extract, text: str, verbs: list[str]
) -> None:
    assert [s.verb for s in extract(text)] == verbs


@pytest.mark.parametrize(
    "attribution",
    [
        "Vega told several hundred supporters, many holding blue signs",
        "Vega told the assembled donors in Des Moines",
        "Vega told a few dozen invited guests",
    ],
)
def test_a_quantified_listener_after_a_quote_is_no_report(
    extract: Extract, attribution: str
) -> None:
    statements = extract(f'"They promised you a golden age," {attribution}. "You got less."')
    assert [(s.direct, s.content) for s in statements] == [
        (True, "They promised you a golden age,"),
        (True, "You got less."),
    ]


def test_a_listener_then_a_bare_clause_is_still_a_report(extract: Extract) -> None:
    statements = extract("Vega told reporters the talks collapsed on Friday.")
    assert [s.content for s in statements] == ["the talks collapsed on Friday"]


@pytest.mark.parametrize(
    "adjunct",
    [
        "said at a Lincoln Day dinner in Bowling Green this month",
        "said at a fundraiser in Louisville on Friday",
        "told a Chamber of Commerce luncheon",
        "said at a county GOP fish fry",
        "said during a town hall in Ames",
    ],
)
def test_a_campaign_event_after_a_quote_is_an_adjunct(extract: Extract, adjunct: str) -> None:
    statements = extract(f'"She never fought for anything," Pruitt {adjunct}. "I have."')
    assert [s.content for s in statements] == ["She never fought for anything,", "I have."]


def test_a_letter_speaks_for_the_body_that_released_it_not_the_last_person_quoted(
    extract: Extract,
) -> None:
    statements = extract(
        '"We are allowed to ask," Sen. Amy Klobuchar told reporters. Outside the hearing room, '
        "a coalition of civil rights groups released a letter opposing the nomination. "
        '"He has spent his career making it harder to vote," the letter said.'
    )
    assert [s.speaker.name for s in statements] == [
        "Amy Klobuchar",
        "a coalition of civil rights groups",
    ]


@pytest.mark.parametrize("document", ["memo", "report", "letter"])
def test_a_document_nobody_is_said_to_issue_is_nobodys_words(
    extract: Extract, document: str
) -> None:
    statements = extract(
        '"We will respond," Sen. Ann Lee said. '
        f"A {document} obtained by reporters lists six options. "
        f'"None of them is cheap," the {document} says.'
    )
    assert [s.content for s in statements] == ["We will respond,"]


@pytest.mark.parametrize(
    ("lead", "document", "speaker"),
    [
        ("Russia's Foreign Ministry said talks would resume.", "statement", "Foreign Ministry"),
        ("Rep. Dan Cole said in a statement that talks would resume.", "statement", "Dan Cole"),
        ("In a communique posted online, the Eastern Front said talks would resume.", "communique",
         "Eastern Front"),
    ],
)  # fmt: skip
def test_the_statement_said_is_whoever_made_that_statement(
    extract: Extract, lead: str, document: str, speaker: str
) -> None:
    statements = extract(f'{lead} "We will not attend," the {document} said.')
    assert statements[-1].content == "We will not attend,"
    assert speaker in statements[-1].speaker.name


def test_capitals_transcript_labels_name_the_people_the_narration_named(
    extract: Extract,
) -> None:
    statements = extract(
        "Sen. Ray Bell questioned Administrator Dana Hale about the cuts.\n"
        "BELL: You lost a fifth of your workforce.\n"
        "HALE: I'm telling you the agency is ready.\n"
        "THE FACTS: The agency lost 18% of its staff."
    )
    assert [(s.speaker.name, s.content) for s in statements] == [
        ("Ray Bell", "You lost a fifth of your workforce"),
        ("Dana Hale", "I'm telling you the agency is ready"),
    ]


def test_a_capitals_label_before_a_quote_takes_the_quoted_words(extract: Extract) -> None:
    statements = extract(
        "The candidates, Republican Tom Kessling and Democrat Priya Natarajan, debated.\n"
        'KESSLING: "Violent crime is up 40%."\n'
        "THE FACTS: That's misleading.\n"
        'NATARAJAN: "My opponent cut $800 million from schools."'
    )
    assert [(s.speaker.name, s.content) for s in statements] == [
        ("Tom Kessling", "Violent crime is up 40%."),
        ("Priya Natarajan", "My opponent cut $800 million from schools."),
    ]


@pytest.mark.parametrize(
    "intro",
    [
        "Our Nairobi correspondent, Daniel Mwangi, joins us.",
        "Daniel Mwangi, our reporter in Nairobi, joins us.",
    ],
)
def test_a_journalists_transcript_line_is_no_statement_of_theirs(
    extract: Extract, intro: str
) -> None:
    statements = extract(f"{intro}\nMWANGI: Well, nothing has been agreed yet.")
    assert statements == ()


_INTERVIEW = (
    "Sen. Eli Boone, a Republican from Tennessee, has broken with his party. "
    "Boone, 52, spoke with us by phone.\n"
    "Q: Did you hear from the White House?\n"
    "A: I heard from a lot of people. Look, I believe in federalism.\n"
    "Q: Are you worried about a primary?\n"
    "A: Not really."
)


def test_an_interview_answer_is_the_interviewees(extract: Extract) -> None:
    statements = extract(_INTERVIEW)
    assert [(s.speaker.name, s.content) for s in statements] == [
        ("Eli Boone", "I heard from a lot of people. Look, I believe in federalism"),
        ("Eli Boone", "Not really"),
    ]


@pytest.mark.parametrize("gap", ["\n", "\n\n", "\n \n"])
def test_answers_set_off_by_blank_lines_are_the_interviewees(extract: Extract, gap: str) -> None:
    # A question may name someone else ("Council member Lane Cruz said ..."): the answers
    # stay the words of whom the piece introduced before the first question.
    text = (
        "Mayor Dan Ruiz of Tucson sat down with our editorial board on Friday.\n"
        "Q: Why close libraries?"
        + gap
        + "A: I did not want to. Nobody runs for mayor to do it."
        + gap
        + "Q: Council member Lane Cruz said last week that the cuts hurt. Your answer?"
        + gap
        + "A: She is not wrong about who uses the branches."
        + gap
        + "Q: Are you running for Congress?"
        + gap
        + "A: I like this job and I want a second term."
    )
    answers = [s for s in extract(text) if s.content.startswith(("I ", "She "))]
    assert [s.speaker.name for s in answers] == ["Dan Ruiz", "Dan Ruiz", "Dan Ruiz"]


@pytest.mark.parametrize(
    "answer",
    [
        "A: Boone said the talks had stalled.",
        "A: He declined to answer. Pressed, he said talks go on.",
    ],
)
def test_a_paraphrased_answer_leaves_its_own_attributions(extract: Extract, answer: str) -> None:
    text = _INTERVIEW.rsplit("\n", 1)[0] + "\n" + answer
    assert all(s.content != answer[3:].rstrip(".") for s in extract(text))


def test_an_a_line_with_no_question_before_it_is_no_answer(extract: Extract) -> None:
    statements = extract("Sen. Eli Boone spoke with us.\nA: Not really.")
    assert statements == ()


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Senators pressed Sen. John Roe over a 2019 speech in which he described the civil "
            'service as "a permanent opposition party."',
            "John Roe",
            "a permanent opposition party.",
        ),
        (
            "Sen. John Roe criticized the tariffs on lumber, which he says have driven up prices.",
            "John Roe",
            "have driven up prices",
        ),
        (
            "Sen. Mary Cole gave a speech in which she argued that the bill was void.",
            "Mary Cole",
            "the bill was void",
        ),
        (
            'The bureau is weighing a new office, a step the FBI said it was "considering."',
            "the FBI",
            'it was "considering."',
        ),
        (
            "The senators rejected the plan, a move the White House said would cost jobs.",
            "the White House",
            "would cost jobs",
        ),
    ],
)
def test_attribution_inside_a_relative_clause(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    assert [(s.speaker.name, s.content) for s in extract(text)] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "It was an allegation the group rejects as baseless.",
        "The FBI has taken a step the group rejected as provocative.",
    ],
)
def test_a_relative_after_a_speech_object_or_with_as_still_reports_nothing(
    extract: Extract, text: str
) -> None:
    assert extract(text) == ()


@pytest.mark.parametrize(
    ("group", "one"),
    [
        (
            "Two people familiar with the talks",
            "One of the people, who spoke on condition of anonymity,",
        ),
        ("Three Republican senators", "One of the senators"),
        ("Several White House officials", "Another of the officials"),
    ],
)
def test_one_of_the_group_named_before_speaks_for_its_side(
    extract: Extract, group: str, one: str
) -> None:
    statements = extract(f"{group} said the bill was stalled. {one} said the vote would slip.")
    assert [s.content for s in statements] == ["the bill was stalled", "the vote would slip"]
    assert statements[1].speaker.actor == statements[0].speaker.actor


def test_one_of_the_people_with_nobody_named_before_is_no_speaker(extract: Extract) -> None:
    assert extract("One of the people said the vote would slip.") == ()


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            '\u2014 Her colleague Sen. Pat Ferris (D-Mich.) was less committal: "Ask me Thursday."',
            "Pat Ferris",
            "Ask me Thursday.",
        ),
        (
            '\u2014 Trump on Truth Social last night, in full: "Let them try!"',
            "Trump",
            "Let them try!",
        ),
        (
            'QUOTE OF THE DAY: "The fifth one is no more fun." \u2014 Sen. Gale Porter (R-Wyo.), '
            "on the prospect of another shutdown.",
            "Gale Porter",
            "The fifth one is no more fun.",
        ),
        (
            'QUOTE OF THE DAY: "Buy me lunch." - Sen. Gale Porter, R-Wyo., when asked.',
            "Gale Porter",
            "Buy me lunch.",
        ),
        (
            '\u2014 Per a White House official: the president "is not going to cave."',
            "a White House official",
            'the president "is not going to cave."',
        ),
    ],
)
def test_newsletter_colon_and_dash_attributions(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    assert [(s.speaker.name, s.content) for s in extract(text)] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        'The sign read: "Farmers First."',
        "Lee's ad ends with a simple line: \"I'm one of you.\"",
        '"Never again." \u2014 the slogan on the banner.',
        'QUOTE OF THE DAY: "We are done."',
    ],
)
def test_a_colon_or_dash_before_no_person_attributes_nothing(extract: Extract, text: str) -> None:
    assert extract(text) == ()


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Durbin read from the 2019 speech, in which Halvorsen told a Federalist Society "
            "chapter that career employees sabotage Republican administrations.",
            "Halvorsen",
            "career employees sabotage Republican administrations",
        ),
        (
            "Sen. John Roe gave a speech in which Roe said the bill was dead.",
            "John Roe",
            "the bill was dead",
        ),
        (
            "The court struck down the law, which Gov. Ann Lee said would cut taxes.",
            "Ann Lee",
            "would cut taxes",
        ),
        (
            "The court struck down the law, which the governor said would cut taxes.",
            "the governor",
            "would cut taxes",
        ),
        (
            "The campaign released an ad in which Dan Colfax tells viewers he is a farmer's son.",
            "Dan Colfax",
            "he is a farmer's son",
        ),
    ],
)
def test_a_named_subject_after_which_or_whom_speaks(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    assert [(s.speaker.name, s.content) for s in extract(text)][-1] == (speaker, content)


def test_a_long_lead_before_a_persons_colon_quote(extract: Extract) -> None:
    statements = extract(
        "Sen. Patty Murray of Washington, the top Democrat on the Appropriations Committee, "
        'was blunt: "This is dead on arrival."'
    )
    assert [(s.speaker.name, s.content) for s in statements] == [
        ("Patty Murray", "This is dead on arrival.")
    ]


@pytest.mark.parametrize("verb", ["sent", "wrote", "released", "delivered"])
def test_a_letter_sent_by_a_body_speaks_for_it_and_sending_it_reports_nothing(
    extract: Extract, verb: str
) -> None:
    statements = extract(
        '"We will respond," Sen. Ann Lee said. The Iowa League of Cities '
        f'{verb} a letter to the committee. "Our members cannot absorb the cuts," the letter said.'
    )
    assert [(s.speaker.name, s.content) for s in statements][1:] == [
        ("Iowa League", "Our members cannot absorb the cuts,")
    ]


def test_a_memo_a_newsroom_obtained_is_not_the_newsrooms(extract: Extract) -> None:
    statements = extract(
        '"We will respond," Sen. Ann Lee said. Politico obtained a memo on Friday. '
        '"Costs will double," the memo says.'
    )
    assert [s.content for s in statements] == ["We will respond,"]


def test_a_name_in_apposition_before_a_colon_quote_speaks(extract: Extract) -> None:
    statements = extract('Her predecessor, Terry Branstad, was more direct: "She should run."')
    assert [(s.speaker.name, s.content) for s in statements] == [
        ("Terry Branstad", "She should run.")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "State Sen. Darnell Price joined the race. His launch video opens with him saying, "
            '"Detroit built this country."',
            "Darnell Price",
            "Detroit built this country.",
        ),
        (
            "Gov. Ann Lee toured the plant, with her telling workers that the jobs would stay.",
            "Ann Lee",
            "the jobs would stay",
        ),
    ],
)
def test_with_an_object_pronoun_and_a_participle_the_pronoun_speaks(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    assert [(s.speaker.name, s.content) for s in extract(text)] == [(speaker, content)]


@pytest.mark.parametrize(
    "speaker",
    [
        "Sen. Susan Collins of Maine, the Appropriations Committee chairwoman,",
        "Sen. Susan Collins,",
    ],
)
def test_a_quote_resumed_after_an_inverted_speaker_is_theirs_too(
    extract: Extract, speaker: str
) -> None:
    statements = extract(f'"The problem," said {speaker} "is that nobody has told us yet."')
    assert [(s.speaker.name, s.content) for s in statements] == [
        ("Susan Collins", "The problem,"),
        ("Susan Collins", "is that nobody has told us yet."),
    ]


def test_one_of_a_group_the_narration_just_counted_speaks(extract: Extract) -> None:
    statements = extract(
        "WASHINGTON \u2014 Sen. Celia Navarro (D-Ill.) said the FBI had failed its staff. "
        "Two of the employees have since left the bureau. One of them, a former analyst who "
        "spoke on condition of anonymity, said she had been escorted out."
    )
    assert [(s.speaker.name, s.content) for s in statements][-1] == (
        "One of them",
        "she had been escorted out",
    )


def test_one_of_them_with_no_group_before_is_no_speaker(extract: Extract) -> None:
    statements = extract(
        "Sen. Celia Navarro said the FBI had failed its staff. The bureau was hit hard. "
        "One of them said she had been escorted out."
    )
    assert [s.speaker.name for s in statements] == ["Celia Navarro"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The plan faces a showdown with Democrats who say they will not back it.", "Democrats"),
        ("The bill drew fire from Gov. Ann Lee who has said it would raise costs.", "Ann Lee"),
    ],
)
def test_a_restrictive_relative_after_a_preposition_reports_for_its_head(
    extract: Extract, text: str, speaker: str
) -> None:
    assert [s.speaker.name for s in extract(text)] == [speaker]


@pytest.mark.parametrize("relative", ["a figure that", "a number"])
def test_an_act_noun_appositive_starts_a_report_of_its_own(extract: Extract, relative: str) -> None:
    statements = extract(
        f"Gov. Ann Lee said the state would save $100 million, {relative} Democrats said "
        "was inflated."
    )
    assert [(s.speaker.name, s.content) for s in statements] == [
        ("Ann Lee", "the state would save $100 million"),
        ("Democrats", "was inflated"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Sen. Ted Cruz has a new target: "the woke bureaucracy."',
        'Among the signs: "Hands Off Medicare."',
        'QUOTE OF THE DAY: "The fifth one is no more fun." \u2014 Porter, on the shutdown.',
    ],
)
def test_a_phrase_or_a_lone_unknown_word_before_a_colon_or_dash_is_no_attribution(
    extract: Extract, text: str
) -> None:
    assert extract(text) == ()


def test_a_qa_explainer_that_is_no_interview_gives_its_answers_to_nobody(
    extract: Extract,
) -> None:
    statements = extract(
        "President Trump announced new tariffs on Monday. Trump said the levies would raise "
        "revenue.\nQ: Will prices rise?\nA: Most economists expect modest increases."
    )
    assert [s.content for s in statements] == ["the levies would raise revenue"]


def test_a_capitals_section_label_is_nobody_even_after_a_title_case_phrase(
    extract: Extract,
) -> None:
    statements = extract(
        "Live Update from the Capitol. The Senate met on Friday.\n"
        "UPDATE: The vote has been delayed.\nBREAKING: The bill passed."
    )
    assert statements == ()


@pytest.mark.parametrize("dash", ["\u2014", " -"])
def test_a_dash_after_a_quote_inside_narration_is_no_byline(extract: Extract, dash: str) -> None:
    statements = extract(
        f'The crowd chanted "Yes We Can"{dash} Barack Obama\'s old slogan{dash} as he arrived.'
    )
    assert statements == ()


def test_a_pronoun_after_whom_does_not_make_the_head_speak(extract: Extract) -> None:
    assert extract("Gov. Tom Hale, whom she said she admired, declined to comment.") == ()


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            'Sen. Mark Hale made the point that, as he put it, "the bill is a giveaway."',
            "Mark Hale",
            "the bill is",
        ),
        ('"Nobody wins a shutdown," as one Republican aide put it.', "one Republican aide", "wins"),
        (
            '"Big enough to give is big enough to take," as Gerald Ford put it in 1974.',
            "Gerald Ford",
            "take",
        ),
        ('As one official put it, "We are out of options."', "one official", "out of options"),
        ('"We will not back down," as the governor said on Monday.', "the governor", "back down"),
    ],
)
def test_an_as_comment_clause_names_the_speaker_of_the_quote(
    extract: Extract, text: str, speaker: str, words: str
) -> None:
    statements = extract(text)
    assert len(statements) == 1
    assert words in statements[0].content
    assert statements[0].speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        "As the governor said last week, the state cannot afford another shutdown.",
        'As Gov. Tina Marsh noted, the state "cannot afford another shutdown."',
    ],
)
def test_a_comment_clause_opening_the_sentence_reports_the_main_clause(
    extract: Extract, text: str
) -> None:
    statements = extract(text)
    assert [s.content.startswith("the state") for s in statements] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "She put it on the table and left the room.",
        "As the minister spoke, protesters gathered outside the building.",
        '"It is over," Sen. Ann Lee said, as reporters shouted questions at the podium.',
    ],
)
def test_put_it_and_as_without_a_report_give_nothing_more(extract: Extract, text: str) -> None:
    assert len(extract(text)) == (1 if "Lee said" in text else 0)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Republican leaders have gone further, suggesting that the agency be closed.", "suggest"),
        (
            "Gov. Tina Marsh doubled down on Monday, predicting the bill would pass by June.",
            "predict",
        ),
        ("Sen. Ann Lee lost the vote, conceding that the votes were not there.", "concede"),
        ("Rep. Dana Wills stood firm, contending that the rule broke the law.", "contend"),
        ("The mayor pushed back, recalling that the city had balanced its budget.", "recall"),
    ],
)
def test_a_participle_of_saying_after_a_main_predicate_has_its_subject_speak(
    extract: Extract, text: str, verb: str
) -> None:
    statements = extract(text)
    assert [s.verb for s in statements] == [verb]


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 5 percent in March, suggesting that inflation is back.",
        "Satellite images show new trenches, suggesting that an offensive is near.",
        "Turnout fell sharply in the suburbs, predicting a close race in November.",
    ],
)
def test_a_finding_that_suggests_is_no_speaker(extract: Extract, text: str) -> None:
    assert extract(text) == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Reporters reached out to the Ohio Department of Health, which said the data "
            "would be released next week.",
            "the Ohio Department of Health",
        ),
        ("The AP contacted the Pentagon, which said it was reviewing the report.", "the Pentagon"),
        (
            "The bill went to the Senate Finance Committee, which has said it will act.",
            "the Senate Finance Committee",
        ),
    ],
)
def test_a_body_in_a_relative_after_an_object_speaks(
    extract: Extract, text: str, speaker: str
) -> None:
    statements = extract(text)
    assert [s.speaker.name for s in statements] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Washington, which had threatened sanctions if no deal was signed, stayed silent.",
        "Why did Bangkok, which rejected the first version of the plan, come round so quickly?",
        "Talks were held with Hamas, which rules Gaza and fought a war in 2021.",
    ],
)
def test_a_which_aside_on_a_subject_or_with_a_fact_is_no_report(
    extract: Extract, text: str
) -> None:
    assert extract(text) == ()


@pytest.mark.parametrize("intro", ["In May, ", "On Tuesday, ", "In Washington, ", ""])
def test_a_second_speaker_after_though_is_cut_from_the_first_report(
    extract: Extract, intro: str
) -> None:
    statements = extract(
        f"{intro}Sen. Ray Price said that he would end the program after the season, "
        "though the White House later said no decision had been made."
    )
    assert [(s.speaker.name, s.content) for s in statements] == [
        ("Ray Price", "he would end the program after the season"),
        ("the White House", "no decision had been made"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'It would need only a majority to pass - a point Sen. Mark Aune said was "the irony '
            'nobody wants to discuss."',
            "Mark Aune",
        ),
        ("The plan raises taxes, a claim Sen. Tom Hale said was false.", "Tom Hale"),
        ('The plan raises taxes, a claim the governor says is "simply untrue."', "the governor"),
    ],
)
def test_a_summarising_noun_with_a_relative_whose_clause_lacks_its_subject_reports(
    extract: Extract, text: str, speaker: str
) -> None:
    statements = extract(text)
    assert [s.speaker.name for s in statements] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Russia denied the strike, an allegation the group rejects.",
        "The bill passed, a point Sen. Tom Hale made on Tuesday.",
        "Lawmakers from storm-prone states have been uneasy.",
    ],
)
def test_a_summarising_noun_with_a_relative_of_no_speech_reports_nothing(
    extract: Extract, text: str
) -> None:
    assert [s.verb for s in extract(text) if s.verb != "deny"] == []


@pytest.mark.parametrize(
    ("first", "pronoun"),
    [
        ("The suit was brought by the Democratic Party of Georgia and two county clerks.", "they"),
        ("The Georgia Republican Party filed suit on Monday.", "it"),
    ],
)
def test_a_pronoun_after_a_us_party_named_for_georgia_is_the_party(
    extract: Extract, first: str, pronoun: str
) -> None:
    statements = extract(f"{first} In a statement, {pronoun} said the rule was unlawful.")
    assert [(s.speaker.actor, "Georgia" in s.speaker.name) for s in statements] == [("USA", True)]


def test_a_pronoun_after_the_country_georgias_parliament_is_still_the_country(
    extract: Extract,
) -> None:
    statements = extract(
        "The Parliament of Georgia passed the law on Monday. It said the law would help."
    )
    assert [s.speaker.actor for s in statements] == ["GEO"]


@pytest.mark.parametrize(
    ("intro", "actor"),
    [
        (
            "Harold Brandt, a Minnesota Democrat who spent 24 years in the Senate, died Monday.",
            "USA",
        ),
        ("Harold Brandt, a Republican, won the seat in 1990.", "USA"),
        ("Harold Brandt, the Italian envoy who led the talks, arrived on Monday.", "ITA"),
    ],
)
def test_a_pronoun_after_a_person_named_with_an_appositive_holding_a_relative(
    extract: Extract, intro: str, actor: str
) -> None:
    statements = extract(f"{intro} He was 91. Later, he told colleagues that the bill was dead.")
    assert [(s.speaker.name, s.speaker.actor) for s in statements] == [("Harold Brandt", actor)]
