"""The actor gazetteer: coverage, lookups and mentions."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from importlib import resources

import pytest

from processors.actors import (
    Gazetteer,
    build_dated_gazetteer,
    build_gazetteer,
    load_gazetteer,
    scan_mentions,
)
from processors.extraction import Extractor
from processors.model import Article

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def test_every_un_member_state_and_the_named_bodies_are_there() -> None:
    raw = json.loads(resources.files("processors").joinpath("data/actors.json").read_text())
    bodies = {"HAMAS", "HEZBOLLAH", "EU", "UN", "NATO", "HOUTHIS", "IAEA"}
    assert bodies <= set(raw)
    states = [code for code in raw if len(code) == 3 and code.isalpha() and code.isupper()]
    # three-letter ids that are not states
    others = {"PIJ", "ICC", "RSF", "ELN", "PKK", "TTP", "SDF", "ADF", "BLA", "LNA", "NUG", "KNU"}
    others |= {"STC", "GCC", "OIC", "OLA", "TBA", "DPR", "LPR", "HTS", "NPA", "NFL"}
    others |= {"GAM", "HDC", "CMI", "IRA", "LET", "LRA", "RUF", "SLM", "JEM", "NKR", "UJC"}
    others |= {"CPC", "UPC", "MPC", "RMJ", "KLA", "YUG", "FNL"}
    # 193 UN members, the two observer states (Palestine, the Holy See), Taiwan and Kosovo.
    assert len(set(states) - others) == 197
    assert {"TWN", "XKX"} <= set(states)
    for code in ("AFG", "BRA", "FJI", "ISL", "NZL", "PSE", "SSD", "TUV", "ZWE"):
        assert raw[code]["names"], code
    for code, fields in raw.items():
        dated_names = [name for group in fields.get("dated", []) for name in group.get("names", [])]
        assert fields.get("names") or dated_names, code


@pytest.mark.parametrize(
    ("alias", "actor"),
    [
        ("the Kremlin", "RUS"),
        ("The Kremlin", "RUS"),
        ("Moscow", "RUS"),
        ("Peskov", "RUS"),
        ("Zelensky", "UKR"),
        ("National Democratic Front", "NPA"),
        ("Fidel Agcaoili", "NPA"),
        ("Jesus Dureza", "PHL"),
        ("Siniora", "LBN"),
        ("Olmert", "ISR"),
        ("Zelenskyy", "UKR"),
        ("Kyiv", "UKR"),
        ("the White House", "USA"),
        ("Rubio", "USA"),
        ("IDF", "ISR"),
        ("Naim Qassem", "HEZBOLLAH"),
        ("Qassam Brigades", "HAMAS"),
        ("Houthis", "HOUTHIS"),
        ("Grossi", "IAEA"),
        ("Ottawa", "CAN"),
        ("Burkinabe", "BFA"),
        ("Tehran", "IRN"),
        ("Kaja Kallas", "EU"),
        ("the Taliban", "AFG"),
        ("Pakistani Taliban", "TTP"),
        ("Kurdistan Workers' Party", "PKK"),
        ("National Liberation Army", "ELN"),
        ("Three Brotherhood Alliance", "TBA"),
        ("Brotherhood alliance", "TBA"),
        ("People's Defence Force", "NUG"),
        ("GNA", "LBY"),
        ("Presidential Council", "LBY"),
        ("Fathi Bashagha", "LBY"),
        ("Merkel", "DEU"),
        ("Stephanie Williams", "UN"),
        ("Syrian state television", "SYR"),
        ("Timochenko", "FARC"),
        ("Saakashvili", "GEO"),
        ("Juan Manuel Santos", "COL"),
        ("Sarkozy", "FRA"),
        ("Griffiths", "UN"),
    ],
)
def test_lookup_maps_aliases_to_actors(gazetteer: Gazetteer, alias: str, actor: str) -> None:
    assert gazetteer.lookup(alias) == actor


def test_unknown_aliases_are_none(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Atlantis") is None
    assert gazetteer.kind_of("Atlantis") is None
    assert gazetteer.kind_of("Kyiv") == "capital"
    assert gazetteer.kind_of("Putin") == "person"


def test_mentions_prefer_the_longest_alias_and_respect_word_edges(gazetteer: Gazetteer) -> None:
    text = "Vladimir Putin spoke to Israel Katz; Russians and Ukraine\u2019s army. Prussia no."
    found = [(m.alias, m.actor, m.kind) for m in gazetteer.mentions(text)]
    assert found == [
        ("Vladimir Putin", "RUS", "person"),
        ("Israel Katz", "ISR", "person"),
        ("Russians", "RUS", "demonym"),
        ("Ukraine", "UKR", "name"),
    ]
    for mention in gazetteer.mentions(text):
        assert text[mention.start : mention.end] == mention.alias


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The FARC signed the accord in Havana.", "FARC"),
        ("Santos and the Revolutionary Armed Forces of Colombia agreed a truce.", "FARC"),
        ("Rebels of the FARC-EP began to disarm.", "FARC"),
        ("FARC dissidents attacked a police post.", "FARC_DISSIDENTS"),
        ("The truce with the FARC dissidents of the EMC collapsed.", "FARC_DISSIDENTS"),
        ("A dissident FARC faction rejected the deal.", "FARC_DISSIDENTS"),
        ("Two FARC factions fought over the route.", "FARC_DISSIDENTS"),
        ("Fighters of the Estado Mayor Central ambushed a patrol.", "FARC_DISSIDENTS"),
    ],
)
def test_the_farc_and_its_splinters_are_told_apart(
    gazetteer: Gazetteer, text: str, actor: str
) -> None:
    # The guerrilla that signed the 2016 deal is not the splinters that rejected it: the
    # longest alias decides, so 'FARC' alone is the guerrilla.
    actors = {m.actor for m in gazetteer.mentions(text) if m.actor.startswith("FARC")}
    assert actors == {actor}


def test_mentions_never_match_an_alias_written_with_other_blanks(gazetteer: Gazetteer) -> None:
    found = [m.alias for m in gazetteer.mentions("Vladimir  Putin and Vladimir\nPutin")]
    assert found == ["Putin", "Putin"]


def test_mentions_within_a_range(gazetteer: Gazetteer) -> None:
    text = "Kyiv and Moscow and Washington"
    assert [m.alias for m in gazetteer.mentions(text, 5, 20)] == ["Moscow"]


def test_build_from_entries_keeps_the_first_owner_of_an_alias() -> None:
    gazetteer = build_gazetteer(
        {"AAA": {"names": ["Alpha"], "capitals": ["the Citadel"]}, "BBB": {"names": ["Alpha"]}}
    )
    assert gazetteer.lookup("Alpha") == "AAA"
    assert gazetteer.lookup("The Citadel") == "AAA"
    assert gazetteer.lookup("BBB") == "BBB"


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin and the Kremlin; Kremlin spokesman Dmitry Peskov.",
        "the White House, White House officials and the Whitehouse",
        "Egypt's el-Sisi met al-Sisi and bin Salman in the Emirates",
        "Lathe Kremlin, bathe Kremlin, the Kremlin's aide and the\nKremlin",
        "Ethnic Russians in Crimea, ethnic Georgian villagers and a Russian envoy",
        "",
    ],
)
def test_one_article_scan_finds_what_the_mentions_do(gazetteer: Gazetteer, text: str) -> None:
    assert scan_mentions(gazetteer, text) == tuple(gazetteer.mentions(text))


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Ethnic Albanian leaders met the Serbian police chief.", ["SRB"]),
        ("Attacks on ethnic Georgian villages, the Georgian government said.", ["GEO"]),
        ("ethnic Russians voted; Russian troops stayed in their bases.", ["RUS"]),
        ("The ethnic Armenian authorities in Karabakh and Armenia's premier", ["NKR", "ARM"]),
    ],
)
def test_a_demonym_after_ethnic_names_a_people_not_its_state(
    gazetteer: Gazetteer, text: str, actors: list[str]
) -> None:
    assert [hit.actor for hit in scan_mentions(gazetteer, text)] == actors


def test_an_alias_in_lower_case_wins_where_it_starts_first() -> None:
    gazetteer = build_gazetteer(
        {"AAA": {"names": ["the Blue Coast"]}, "BBB": {"names": ["Coast Guard", "Blue"]}}
    )
    text = "the Blue Coast Guard said; Blue Coast Guard"
    found = [(m.alias, m.actor) for m in scan_mentions(gazetteer, text)]
    assert found == [("the Blue Coast", "AAA"), ("Blue", "BBB"), ("Coast Guard", "BBB")]
    assert found == [(m.alias, m.actor) for m in gazetteer.mentions(text)]


def test_a_lower_case_alias_of_one_word_is_found_before_anything() -> None:
    gazetteer = build_gazetteer({"AAA": {"names": ["bin", "the Hague"]}})
    text = "bin, the Hague and the hague; robin bin"
    assert [m.alias for m in scan_mentions(gazetteer, text)] == ["bin", "the Hague", "bin"]


def test_an_id_is_a_code_not_a_name_unless_the_entry_lists_it() -> None:
    gazetteer = build_gazetteer({"CAN": {"names": ["Canada"]}, "RUS": {"names": ["Russia", "RUS"]}})
    assert [m.actor for m in gazetteer.mentions("WHO CAN STOP THE WAR?")] == []
    # "the NGA" in a US story is the governors' association, not Nigeria's code.
    assert [m.actor for m in scan_mentions(gazetteer, "Ties with CAN and Russia")] == ["RUS"]
    # An id listed as a name is a name anywhere.
    assert [m.actor for m in gazetteer.mentions("RUS TROOPS ADVANCE")] == ["RUS"]
    assert gazetteer.lookup("CAN") == "CAN"


def test_an_alliance_is_a_bloc_beside_its_members(gazetteer: Gazetteer) -> None:
    text = (
        "The Three Brotherhood Alliance, which groups the Arakan Army and the TNLA, said the "
        "Brotherhood Alliance would hold its fire."
    )
    found = [m.actor for m in scan_mentions(gazetteer, text)]
    assert found == ["TBA", "ARAKAN_ARMY", "TNLA", "TBA"]


def _on(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(tzinfo=UTC)


_CHANGING_HANDS = {
    "AAA": {
        "names": ["Aland"],
        "dated": [{"since": "2020-06-01", "names": ["the Movement"], "people": ["Jon Roe"]}],
    },
    "MOVEMENT": {"dated": [{"until": "2020-06-01", "names": ["the Movement"]}]},
    "BBB": {"names": ["Bland"], "dated": [{"until": "2010-01-01", "people": ["Jon Roe"]}]},
}


@pytest.mark.parametrize(
    ("day", "movement", "roe"),
    [
        ("2009-12-31", "MOVEMENT", "BBB"),
        ("2010-01-01", "MOVEMENT", None),
        ("2020-05-31", "MOVEMENT", None),
        ("2020-06-01", "AAA", "AAA"),
        ("2031-01-01", "AAA", "AAA"),
    ],
)
def test_a_dated_name_is_its_periods_owners(day: str, movement: str, roe: str | None) -> None:
    gazetteer = build_dated_gazetteer(_CHANGING_HANDS).as_of(_on(day))
    assert gazetteer.lookup("the Movement") == movement
    assert gazetteer.lookup("Jon Roe") == roe
    assert gazetteer.lookup("Aland") == "AAA"
    found = [m.actor for m in scan_mentions(gazetteer, "Jon Roe said the Movement would talk.")]
    assert found == [a for a in (roe, movement) if a is not None]


def test_an_undated_article_reads_names_as_they_are_today() -> None:
    gazetteer = build_dated_gazetteer(_CHANGING_HANDS)
    assert gazetteer.as_of(None).lookup("the Movement") == "AAA"
    assert gazetteer.lookup("the Movement") == "AAA"
    # An id whose every name has passed to another is no word of today's news.
    assert gazetteer.lookup("MOVEMENT") is None


def test_a_gazetteer_without_dated_names_is_one_period() -> None:
    gazetteer = build_dated_gazetteer({"AAA": {"names": ["Aland"]}})
    assert gazetteer.as_of(_on("1990-01-01")) is gazetteer


@pytest.mark.parametrize(
    ("text", "published", "speaker"),
    [
        (
            "A Taliban spokesman, Zabihullah Mujahid, said the group would keep fighting.",
            "2019-05-02",
            "TALIBAN",
        ),
        ("The Taliban said on Monday they would observe the truce.", "2020-07-30", "TALIBAN"),
        ("The Taliban said on Monday they would observe the truce.", "2023-03-01", "AFG"),
        ("Zabihullah Mujahid said the government would not allow it.", "2022-10-10", "AFG"),
        (
            "Taban Deng Gai told reporters the rebels were committed to the deal.",
            "2014-01-23",
            "SPLM_IO",
        ),
        (
            "Taban Deng Gai told reporters the government was committed to the deal.",
            "2017-05-01",
            "SSD",
        ),
        ("Hayat Tahrir al-Sham said it would fight on in Idlib.", "2019-08-01", "HTS"),
        (
            "Hayat Tahrir al-Sham said the new government would protect minorities.",
            "2025-01-02",
            "SYR",
        ),
        ("The Free Syrian Army said it had agreed to the truce.", "2016-02-26", "SYR_REBELS"),
        ("An SPLA spokesman said the rebels would hold their positions.", "1999-03-02", "SPLM"),
        ("Salva Kiir said the movement would take its seats in Khartoum.", "2004-06-01", "SPLM"),
        ("An SPLA spokesman said the army had retaken Bentiu.", "2014-01-10", "SSD"),
        ("Riek Machar said the southern government would mediate.", "2006-07-14", "SSD"),
        # A surname alone is the president's only while one of that name leads the state.
        ("Marcos said the army would hold its fire.", "1984-08-21", "PHL"),
        ("Marcos said the army would hold its fire.", "1995-02-10", "UNKNOWN"),
        ("Marcos said the army would hold its fire.", "2023-03-01", "PHL"),
    ],
)
def test_an_article_is_read_with_its_own_periods_names(
    text: str, published: str, speaker: str
) -> None:
    article = Article(id="a1", text=text, published=_on(published))
    statements = Extractor.load().extract(article).statements
    assert [s.speaker.actor for s in statements] == [speaker]


@pytest.mark.parametrize(
    ("text", "published", "parties"),
    [
        (
            "The Afghan government and the Taliban agreed a three-day ceasefire on Saturday.",
            "2020-05-23",
            ("AFG", "TALIBAN"),
        ),
        (
            "Kabul and the Taliban have agreed to a truce over the holiday, officials said.",
            "2018-06-09",
            ("AFG", "TALIBAN"),
        ),
        (
            "The Syrian government and the Free Syrian Army agreed a truce around Homs on Monday.",
            "2016-02-29",
            ("SYR", "SYR_REBELS"),
        ),
        (
            "Khartoum and the SPLM signed a ceasefire for the Nuba Mountains on Saturday.",
            "2002-01-20",
            ("SDN", "SPLM"),
        ),
    ],
)
def test_an_agreement_between_a_state_and_its_insurgents_of_the_day_has_two_sides(
    text: str, published: str, parties: tuple[str, ...]
) -> None:
    article = Article(id="a1", text=text, published=_on(published))
    observations = Extractor.load().extract(article).observations
    assert [o.agreement.parties for o in observations] == [parties]


@pytest.mark.parametrize(
    ("day", "owner"),
    [("2018-12-13", "YEM"), ("2023-01-10", None)],
)
def test_yemens_president_of_the_war_years_speaks_for_yemen_while_in_office(
    day: str, owner: str | None
) -> None:
    gazetteer = build_dated_gazetteer(
        json.loads(resources.files("processors.data").joinpath("actors.json").read_text())
    ).as_of(_on(day))
    assert gazetteer.lookup("Abed Rabbo Mansour Hadi") == owner
