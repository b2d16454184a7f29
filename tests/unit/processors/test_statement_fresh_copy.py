"""Statements in fresh conflict copy: unnamed officials of the body that led the clause,
speakers of a second verb, organisations named with a demonym, experts, and short
references (pronouns, ``the organisation``) to the nearest fitting speaker."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from statement_checks import speaker_of

from processors.model import Statement

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


# -- an unnamed official in a clause joined to a body's --------------------------------


def test_an_official_speaks_for_the_body_that_led_the_clause_before(extract: Extract) -> None:
    statements = extract(
        "Ethiopia's foreign ministry summoned the envoy on Monday. The government has "
        "refused such demands before, and a senior official said on Tuesday that talks "
        "could still resume."
    )
    assert speaker_of(statements, "talks could still resume") == "ETH"


def test_an_official_in_a_sentence_of_their_own_keeps_no_side(extract: Extract) -> None:
    statements = extract(
        "Ethiopia's foreign ministry summoned the envoy on Monday. A senior official said "
        "on Tuesday that talks could still resume."
    )
    assert speaker_of(statements, "talks could still resume") == "UNKNOWN"


def test_a_source_joined_to_a_body_clause_stays_unnamed(extract: Extract) -> None:
    statements = extract(
        "Ethiopia's foreign ministry summoned the envoy on Monday, and two sources said "
        "the talks had stalled."
    )
    assert speaker_of(statements, "the talks had stalled") == "UNKNOWN"


def test_the_government_after_a_participle_keeps_its_last_word(extract: Extract) -> None:
    statements = extract(
        "Kenya's interior ministry announced a curfew on Friday. The government rejected "
        "the report, saying it was based on rumours."
    )
    assert speaker_of(statements, "it was based on rumours") == "KEN"


# -- a person named after a possessive owner --------------------------------------------


def test_a_name_after_an_owner_is_a_person_a_pronoun_takes_up(extract: Extract) -> None:
    statements = extract(
        '"We lost everything," said Leila Haddad, a mother of three in Kherson.\n'
        '"The convoys must keep moving," UNICEF\'s Johanne Berg told reporters in Geneva. '
        '"Every day counts," she added.'
    )
    assert speaker_of(statements, "The convoys must keep moving") == "UN"
    assert speaker_of(statements, "Every day counts") == "UN"
    named = [s.speaker.name for s in statements if "Every day counts" in s.content]
    assert named == ["Johanne Berg"]


# -- a demonym inside a charity's name; a country an expert studies ---------------------


def test_a_charity_named_with_a_demonym_speaks_for_no_state(extract: Extract) -> None:
    statements = extract(
        '"Families are sleeping in the open," said a spokesman for the Danish Refugee '
        "Council. Sudan's army said it had reopened the road to Kadugli."
    )
    assert speaker_of(statements, "Families are sleeping in the open") == "UNKNOWN"
    official = extract("A Danish official said Copenhagen would send more aid.")
    assert speaker_of(official, "Copenhagen would send more aid") == "DNK"


def test_a_country_an_analyst_studies_is_not_the_analysts_side(extract: Extract) -> None:
    statements = extract(
        '"Neither army can win this war," said Tomas Lindgren, an Ethiopia analyst at a '
        "Nairobi think tank. Ethiopia's foreign ministry said the talks would resume."
    )
    assert speaker_of(statements, "Neither army can win this war") == "UNKNOWN"
    assert speaker_of(statements, "the talks would resume") == "ETH"


# -- a second speaker after "while", set off by a relative or a dash aside --------------


def test_a_second_speaker_with_a_relative_aside_has_its_own_statement(extract: Extract) -> None:
    statements = extract(
        "Kenya's foreign ministry said it backed the plan, while Ethiopia, which hosts the "
        "talks, said it would send observers."
    )
    assert speaker_of(statements, "it backed the plan") == "KEN"
    assert speaker_of(statements, "it would send observers") == "ETH"
    assert "Ethiopia" not in next(s.content for s in statements if s.speaker.actor == "KEN")


def test_a_dash_aside_after_a_relative_leaves_the_subject(extract: Extract) -> None:
    statements = extract(
        "Chad said it would open the border, while Libya, which Sudan accuses of arming "
        "the militia - a charge Tripoli denies - said it would guard the crossings."
    )
    assert speaker_of(statements, "it would open the border") == "TCD"
    assert speaker_of(statements, "it would guard the crossings") == "LBY"


def test_an_appositive_before_a_relative_still_names_the_side(extract: Extract) -> None:
    statements = extract(
        "Mohammed Abdulsalam, the Houthis' negotiator and spokesman, who lives in Muscat, "
        "said the talks had failed."
    )
    assert speaker_of(statements, "the talks had failed") == "HOUTHIS"


# -- a pronoun after a person the narration describes ---------------------------------


def test_a_pronoun_takes_up_the_person_a_sentence_just_described(extract: Extract) -> None:
    statements = extract(
        "U.S. envoy Tom Barrack said Washington was ready to host the talks. An official "
        'in Kyiv was less hopeful. "Nobody here expects a deal this year," he said.'
    )
    assert speaker_of(statements, "Nobody here expects a deal this year") == "UKR"


def test_a_described_thing_is_no_person_for_a_pronoun(extract: Extract) -> None:
    statements = extract(
        "U.S. envoy Tom Barrack said Washington was ready to host the talks. A convoy "
        'in Kyiv was delayed. "Nobody expects a deal this year," he said.'
    )
    assert speaker_of(statements, "Nobody expects a deal this year") == "USA"


# -- a base form after "went on to" ----------------------------------------------------


def test_a_verb_after_went_on_to_is_a_statement(extract: Extract) -> None:
    statements = extract(
        "Ukraine's foreign minister criticised the plan on Monday. He went on to note that "
        "no date had been set for the talks."
    )
    assert speaker_of(statements, "no date had been set for the talks") == "UKR"
    assert [s.verb for s in statements if "no date" in s.content] == ["note"]


def test_a_verb_after_a_plain_to_is_still_no_statement(extract: Extract) -> None:
    statements = extract(
        "Ukraine's foreign minister is expected to note that no date has been set."
    )
    assert statements == ()


# -- "the people said" after unnamed sources -------------------------------------------


def test_the_people_are_the_sources_introduced_before(extract: Extract) -> None:
    statements = extract(
        "Qatar has sent a new draft to both sides, according to two people familiar with "
        "the talks. The draft drops the buffer zone, the people said."
    )
    said = [s for s in statements if "drops the buffer zone" in s.content]
    assert [s.speaker.name for s in said] == ["two people familiar with the talks"]


def test_the_people_with_no_sources_before_are_no_speaker(extract: Extract) -> None:
    statements = extract("The draft drops the buffer zone, the people said.")
    assert statements == ()


def test_he_takes_up_a_man_named_with_a_role_though_his_name_ends_in_a(
    extract: Extract,
) -> None:
    statements = extract(
        "Nicola Bruni, the Italian envoy, arrived in Cairo on Monday. Maria Lopez of the "
        "Red Cross joined him. He said the talks would resume on Thursday."
    )
    assert speaker_of(statements, "the talks would resume on Thursday") == "ITA"


def test_he_takes_up_a_man_whose_given_name_ends_in_a(extract: Extract) -> None:
    statements = extract(
        "Pakistan's interior minister, Mustaqa Hanif, who led the delegation, wrote on X "
        'that the border would reopen. "Trade will resume on Monday," he wrote.'
    )
    assert speaker_of(statements, "Trade will resume on Monday") == "PAK"


def test_he_does_not_take_up_a_woman_the_lexicon_knows(extract: Extract) -> None:
    statements = extract(
        "Pakistan's interior minister, Maria Hanif, said the border would reopen. "
        '"Trade will resume on Monday," he said.'
    )
    assert [s for s in statements if "Trade will resume" in s.content] == []


# -- "rejected X as drafted" ------------------------------------------------------------


def test_rejecting_a_text_as_drafted_is_no_report_of_what_it_is(extract: Extract) -> None:
    statements = extract(
        "Ethiopia's foreign ministry rejected the ceasefire text as it stands, saying the "
        "buffer zone was too narrow."
    )
    assert [s.content for s in statements] == ["the buffer zone was too narrow"]


def test_rejecting_a_text_as_something_is_still_a_report(extract: Extract) -> None:
    statements = extract("Ethiopia's foreign ministry rejected the report as fabricated.")
    assert speaker_of(statements, "the report as fabricated") == "ETH"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "A spokesman for the Russian foreign ministry said the talks were over. "
            "He said the truce had failed.",
            "RUS",
        ),
        (
            "A spokeswoman for the UN said the talks were over. She said the truce had failed.",
            "UN",
        ),
        (
            "A spokesman for the Government of National Accord's forces said the talks were "
            "over. The truce had failed, he said, because neither side had pulled back.",
            "LBY",
        ),
    ],
)
def test_a_pronoun_after_a_spokesman_for_a_body_speaks_for_that_body(
    extract: Extract, text: str, actor: str
) -> None:
    assert speaker_of(extract(text), "had failed") == actor


def test_a_described_person_who_opens_a_sentence_is_still_the_pronouns(
    extract: Extract,
) -> None:
    statements = extract(
        "Minister Ana Ruiz spoke on Monday. An official in Port Sudan was blunter. "
        "He said the truce had failed."
    )
    assert speaker_of(statements, "had failed") == "SDN"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The UN's humanitarian office says it hopes the truce will let convoys through. "
            '"If this holds, it could save thousands of lives," a spokesman said.',
            "UN",
        ),
        (
            "The Russian foreign ministry said it hoped the truce would hold. A spokeswoman "
            "said the talks would resume next week.",
            "RUS",
        ),
        (
            "The White House said Hamas bore full responsibility for the breakdown. "
            "A spokesperson said the talks would resume next week.",
            "USA",
        ),
    ],
)
def test_a_bare_spokesperson_speaks_for_the_body_that_spoke_just_before(
    extract: Extract, text: str, actor: str
) -> None:
    statements = extract(text)
    assert speaker_of(statements, "thousands of lives" if actor == "UN" else "next week") == actor


@pytest.mark.parametrize(
    "text",
    [
        "Putin said he hoped the truce would hold. A spokesman said the talks would resume "
        "next week.",
        "The Russian foreign ministry said it hoped the truce would hold. A spokesman for "
        "Maersk said the talks would resume next week.",
    ],
)
def test_a_spokesperson_after_a_person_or_with_an_owner_of_their_own_is_not_the_bodys(
    extract: Extract, text: str
) -> None:
    assert speaker_of(extract(text), "next week") == "UNKNOWN"


@pytest.mark.parametrize(
    ("label", "actor"),
    [("PUTIN", "RUS"), ("ERDOGAN", "TUR"), ("MERKEL", "DEU"), ("KREMLIN", "RUS")],
)
def test_a_factbox_items_label_names_whom_its_pronoun_means(
    extract: Extract, label: str, actor: str
) -> None:
    pronoun = "It" if label == "KREMLIN" else "He"
    text = (
        "FACTBOX-What the leaders agreed\n\n"
        "MOSCOW, March 5 (Newswire) - Presidents Vladimir Putin and Tayyip Erdogan agreed "
        "on a ceasefire on Thursday.\n\n"
        "* CEASEFIRE: All military action will stop along the line of contact.\n\n"
        f"* {label}: {pronoun} said the ceasefire was a basis for a return to normal life."
    )
    assert speaker_of(extract(text), "a return to normal life") == actor
