"""Speaker memory and reference resolution."""

from __future__ import annotations

import pytest

from processors.actors import load_gazetteer
from processors.model import Article
from processors.speakers import Discourse, Entity, base, singular
from processors.statements import extract_statements, load_speech_lexicon

pytestmark = pytest.mark.unit


def person(pos: int, name: str, actor: str, subject: bool, gender: str | None = "m") -> Entity:
    return Entity(pos, name, actor, None, "person", gender, subject)


def test_a_pronoun_prefers_the_last_clause_subject_over_a_name_in_passing() -> None:
    discourse = Discourse()
    discourse.add(person(10, "Volodymyr Zelensky", "UKR", subject=True))
    discourse.add(person(60, "Vladimir Putin", "RUS", subject=False))
    found = discourse.salient(100, ("person",), "m")
    assert found is not None and found.actor == "UKR"


def test_a_pronoun_respects_gender() -> None:
    discourse = Discourse()
    discourse.add(person(10, "Maria Zakharova", "RUS", subject=True, gender="f"))
    discourse.add(person(50, "Sergei Lavrov", "RUS", subject=True, gender="m"))
    found = discourse.salient(90, ("person",), "f")
    assert found is not None and found.name == "Maria Zakharova"


def test_a_surname_finds_the_full_name_in_either_naming_order() -> None:
    discourse = Discourse()
    discourse.add(person(5, "Park Ji-hoon", "KOR", subject=True))
    discourse.add(person(40, "Helen Ostrowski", "USA", subject=True, gender="f"))
    park = discourse.named("Park", 200)
    ostrowski = discourse.named("Ostrowski", 200)
    assert park is not None and park.actor == "KOR"
    assert ostrowski is not None and ostrowski.actor == "USA"
    assert discourse.named("Ostrowski", 30) is None  # not yet mentioned


def test_word_helpers() -> None:
    assert base("Ukraine\u2019s") == "ukraine"
    assert base("allies'") == "allies"
    assert base("Peskov.") == "peskov"
    assert base("U.S.") == "u.s."
    assert singular("officials") == "official"
    assert singular("authorities") == "authority"


@pytest.mark.parametrize(
    ("text", "actor", "name"),
    [
        ("Russian officials said the strikes would continue.", "RUS", "Russian officials"),
        ("A senior U.S. official said talks would resume.", "USA", "A senior U.S. official"),
        ("A source said the talks would resume.", "UNKNOWN", "A source"),
        ("Ukraine\u2019s General Staff said 40 drones were downed.", "UKR", None),
        ("The Israeli military said it struck a depot.", "ISR", None),
        ("Gaza\u2019s Hamas-run health ministry said 12 people were killed.", "HAMAS", None),
        ("Kherson governor Oleksandr Prokudin said a drone hit a bus.", "UKR", None),
        ("Rep. Jane Doe (R-Ohio) said the bill would fail.", "USA", "Jane Doe"),
        ("Sen. Angus King (I-Maine) said the bill would pass.", "USA", None),
        # A faction's tag in brackets is no US party-and-state marker.
        ("The NSCN (I-M) said it had agreed to the ceasefire.", "UNKNOWN", None),
        ("The KPLF (D-G) said it had signed the accord.", "UNKNOWN", None),
        ("Abbas Araghchi, Iran\u2019s foreign minister, said Tehran was ready.", "IRN", None),
    ],
)
def test_speaker_actor_from_the_phrase(text: str, actor: str, name: str | None) -> None:
    statements = extract_statements(
        Article(id="s", text=text), load_gazetteer(), load_speech_lexicon()
    )
    assert len(statements) == 1
    assert statements[0].speaker.actor == actor
    if name is not None:
        assert statements[0].speaker.name == name


def test_media_are_not_speakers_and_critics_an_unnamed_source() -> None:
    # GUIDE.md: an unnamed source whose side is unknown is UNKNOWN, and the dev sets' gold
    # counts "critics said" so; the agency reporting its own check is no speaker.
    text = "Reuters said it could not verify the claim. Critics said the deal was weak."
    statements = extract_statements(
        Article(id="s", text=text), load_gazetteer(), load_speech_lexicon()
    )
    assert [(s.speaker.name, s.speaker.actor) for s in statements] == [("Critics", "UNKNOWN")]


def test_odd_spacing_in_a_speaker_phrase_still_resolves() -> None:
    text = "House  Speaker Jane  Doe said the  vote would happen on Friday."
    statements = extract_statements(
        Article(id="s", text=text), load_gazetteer(), load_speech_lexicon()
    )
    assert [s.speaker.actor for s in statements] == ["USA"]
    assert statements[0].content == "the  vote would happen on Friday"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("People familiar with the negotiations said a deal was close.", "UNKNOWN"),
        ("The vote will slip, according to three people briefed on the schedule.", "UNKNOWN"),
        ("A person close to the Kremlin said Putin would not attend.", "RUS"),
        ("Two officials with knowledge of the talks said the draft was ready.", "UNKNOWN"),
        ("Two sources said the draft was ready.", "UNKNOWN"),
        ("A congressional source said the draft was ready.", "USA"),
    ],
)
def test_an_unnamed_source_speaks_for_the_side_its_phrase_names(text: str, actor: str) -> None:
    # A domestic story (every mention American) does not lend its side to a bare source.
    lead = "WASHINGTON — Senate Republicans and the White House met in Washington. "
    statements = extract_statements(
        Article(id="s", text=lead + text), load_gazetteer(), load_speech_lexicon()
    )
    assert [s.speaker.actor for s in statements] == [actor]


def test_people_alone_are_still_no_speaker() -> None:
    text = "People said the market had closed early. Supporters said the rally was a success."
    statements = extract_statements(
        Article(id="s", text=text), load_gazetteer(), load_speech_lexicon()
    )
    assert statements == ()


@pytest.mark.parametrize(
    "text",
    [
        "Justice Neil Gorsuch wrote that the statute was clear.",
        "Pelosi said the vote would be close.",
        "The Congressional Budget Office said the plan would add to the deficit.",
        "Immigration and Customs Enforcement said the detainees had been moved.",
    ],
)
def test_american_officials_and_agencies_speak_for_the_united_states_abroad(text: str) -> None:
    # A foreign story: no home actor lends its side, the gazetteer must know them.
    lead = "KYIV — Ukraine and Russia traded strikes overnight, Ukrainian officials said. "
    statements = extract_statements(
        Article(id="s", text=lead + text), load_gazetteer(), load_speech_lexicon()
    )
    assert [s.speaker.actor for s in statements][-1] == "USA"


def test_a_title_cue_picks_a_state_over_the_country_it_is_named_like() -> None:
    text = (
        "ATLANTA — Storms hit the South.\n"
        "Georgia Gov. Ada Pryor said the state would send crews. Georgian Prime Minister "
        "Irakli Kobakhidze said Tbilisi would send condolences."
    )
    statements = extract_statements(
        Article(id="s", text=text), load_gazetteer(), load_speech_lexicon()
    )
    assert [s.speaker.actor for s in statements] == ["USA", "GEO"]


@pytest.mark.parametrize(
    "subject",
    ["An aide who attended the meeting", "Two officials who were briefed on it"],
)
def test_a_described_speaker_with_a_relative_clause_speaks(subject: str) -> None:
    text = f"WASHINGTON — The White House met Senate Republicans.\n{subject} said it went well."
    statements = extract_statements(
        Article(id="s", text=text), load_gazetteer(), load_speech_lexicon()
    )
    assert [(s.speaker.name, s.content) for s in statements] == [
        (subject.split(" who")[0], "it went well")
    ]


@pytest.mark.parametrize(
    "subject", ["Residents we reached by phone", "An adviser I spoke to this morning"]
)
def test_a_speaker_with_a_relative_clause_without_who_speaks(subject: str) -> None:
    text = f"KHARTOUM — Fighting went on in Sudan.\n{subject} said the shelling went on."
    statements = extract_statements(
        Article(id="s", text=text), load_gazetteer(), load_speech_lexicon()
    )
    assert [s.content for s in statements] == ["the shelling went on"]


def speakers_of(text: str) -> list[tuple[str, str]]:
    statements = extract_statements(
        Article(id="s", text=text), load_gazetteer(), load_speech_lexicon()
    )
    return [(s.speaker.name, s.speaker.actor) for s in statements]


def test_an_unowned_army_speaks_for_the_state_the_story_is_about() -> None:
    text = (
        "KHARTOUM — Sudan's paramilitary besieged El Fasher again, and aid trucks waited "
        "in Chad. Sudan has lost the city twice.\n"
        "The army said it would retake the city. The army's spokesman, Brigadier "
        "Nabil Farouk, said troops were ready."
    )
    assert [actor for _, actor in speakers_of(text)] == ["SDN", "SDN"]


def test_the_government_is_the_one_the_text_named_with_its_state() -> None:
    text = (
        "BOGOTÁ — Colombia's government and the ELN met in Caracas, Venezuela, and "
        "Havana, Cuba, with Norway, Norway's envoy and Cuba's hosts.\n"
        "The government said the talks were over."
    )
    assert speakers_of(text) == [("The government", "COL")]


@pytest.mark.parametrize("subject", ["The two governments", "Somaliland's foreign ministry"])
def test_an_organ_of_several_or_of_an_unknown_owner_takes_no_state(subject: str) -> None:
    text = (
        "ADDIS ABABA — Ethiopia and Somalia met in Ankara, Turkey.\n"
        f"{subject} said talks went well."
    )
    assert speakers_of(text) == []


def test_the_group_and_its_people_speak_for_the_group_named_before() -> None:
    text = (
        "BEIRUT — Israel struck southern Lebanon after Hezbollah fired at a post.\n"
        "A senior official of the group said the strikes were a provocation. The group "
        "said it would respond."
    )
    assert [actor for _, actor in speakers_of(text)] == ["HEZBOLLAH", "HEZBOLLAH"]


def test_its_spokeswoman_speaks_for_the_body_named_before() -> None:
    text = (
        "PHNOM PENH — Cambodia's defence ministry said in a statement that no new mines "
        "were laid. Its spokeswoman, Lieutenant General Sok Dara, said Thailand should "
        "return to the talks."
    )
    assert speakers_of(text)[-1] == ("Sok Dara", "KHM")


def test_the_iran_backed_group_speaks_for_the_group_not_for_iran() -> None:
    text = (
        "BEIRUT — Israel struck southern Lebanon after Hezbollah fired rockets.\n"
        "The Iran-backed group said it would respond. Gaza's Hamas-run health ministry said "
        "12 people were killed."
    )
    assert [actor for _, actor in speakers_of(text)] == ["HEZBOLLAH", "HAMAS"]


def test_a_role_by_name_may_be_limited_to_some_sides() -> None:
    discourse = Discourse()
    discourse.add(Entity(5, "the Sudanese army", "SDN", None, "body", None, True))
    discourse.add(Entity(60, "the Sudan Liberation Army", "SLA", None, "body", None, True))
    anyone = discourse.with_role("army", 100, by_name=True)
    states = discourse.with_role("army", 100, by_name=True, actors=frozenset({"SDN"}))
    assert anyone is not None and anyone.actor == "SLA"
    assert states is not None and states.actor == "SDN"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A retired Pakistani brigadier said the border would stay quiet.", "PAK"),
        ('"The border will stay quiet," said a retired Egyptian brigadier.', "EGY"),
        ('"The school reopens on Monday," said a schoolteacher in the town.', "UNKNOWN"),
        ("Two schoolteachers said the classes had been moved underground.", "UNKNOWN"),
    ],
)
def test_a_military_rank_or_an_occupation_names_a_speaker(text: str, actor: str) -> None:
    assert [found for _, found in speakers_of(text)] == [actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("UN experts say the rebels are paid in gold from the mines.", "UN"),
        ("A UN expert said the rebels were paid in gold from the mines.", "UN"),
        ("IAEA experts said the reactor had been shut down safely.", "IAEA"),
        # A state before an expert is what the expert studies.
        ("A Sudan analyst said the army would not negotiate.", "UNKNOWN"),
    ],
)
def test_an_international_body_before_its_experts_is_theirs(text: str, actor: str) -> None:
    assert [found for _, found in speakers_of(text)] == [actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Pakistani officials were furious. One official said the talks were a trap.", "PAK"),
        (
            "Egyptian sources were cautious after the meeting. The reply was not a refusal, "
            "one source said.",
            "EGY",
        ),
        # Nobody's side was given to the group: one of it has none either.
        ("Officials were furious. One official said the talks were a trap.", "UNKNOWN"),
    ],
)
def test_one_official_speaks_for_the_officials_or_sources_named_just_before(
    text: str, actor: str
) -> None:
    assert [found for _, found in speakers_of(text)] == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "Our correspondent in Kherson says the shelling stopped before dawn.",
        "The shelling stopped before dawn, our reporter in Kherson says.",
        "Our Kyiv correspondent reports that the power came back at noon.",
    ],
)
def test_the_outlets_own_correspondent_is_no_speaker(text: str) -> None:
    assert speakers_of(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Talks between Azerbaijan and Armenia resumed in Abu Dhabi. The two sides said "
            "they would exchange prisoners.",
            "AZE",
        ),
        (
            "Talks between Kinshasa and the rebels, hosted by Qatar, began in April, when "
            "both sides said in a joint statement they would work towards a truce.",
            "COD",
        ),
        # No pair named before: nobody's sides.
        ("The talks resumed in Abu Dhabi. Both sides said they would exchange prisoners.", ""),
    ],
)
def test_the_two_sides_speak_for_the_pair_named_before(text: str, actor: str) -> None:
    assert [found for _, found in speakers_of(text)] == ([actor] if actor else [])


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan and Afghanistan agreed to a truce after talks mediated by Qatar and "
        "Turkey. Both sides said the border crossings would reopen on Monday.",
        "Pakistan and Afghanistan agreed to a truce after talks hosted by Turkey and the UN, "
        "but both sides accused the other of breaches.",
    ],
)
def test_the_mediators_joined_by_and_are_not_the_sides(text: str) -> None:
    assert [found for _, found in speakers_of(text)] == ["PAK"]
