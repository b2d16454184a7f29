"""Armed groups an article introduces itself become that article's actors."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest
from agreement_checks import Observe

from processors.actors import Gazetteer, build_dated_gazetteer, scan_mentions
from processors.agreements import load_agreement_lexicon
from processors.introductions import _CAPITALS, _capital_runs, load_introduction_rules
from processors.model import Statement
from processors.parties import find_actors

pytestmark = pytest.mark.unit


# Real groups these texts introduce that the gazetteer has since come to list.
_LISTED_SINCE = (
    "GAM",
    "LTTE",
    "MILF",
    "MNLF",
    "RENAMO",
    "IRA",
    "HM",
    "UNITA",
    "LRA",
    "RUF",
    "SLM",
    "JEM",
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    """The project's gazetteer without those groups: the fallback is what is tested."""
    raw = json.loads(resources.files("processors").joinpath("data/actors.json").read_text())
    for actor in _LISTED_SINCE:
        raw.pop(actor)
    return build_dated_gazetteer(raw, load_introduction_rules())


def _actors(gazetteer: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(m.alias, m.actor) for m in scan_mentions(gazetteer, text)]


def _minted(gazetteer: Gazetteer, text: str) -> set[str]:
    return {m.actor for m in scan_mentions(gazetteer, text) if m.actor not in gazetteer.aliases}


def test_bracketed_acronym_names_the_group_and_its_later_uses(gazetteer: Gazetteer) -> None:
    text = (
        "Talks with the Moro Islamic Liberation Front (MILF) resumed in Kuala Lumpur. "
        "The MILF said its fighters would hold their positions."
    )
    found = _actors(gazetteer, text)
    assert ("the Moro Islamic Liberation Front", "MILF") in found
    assert found.count(("MILF", "MILF")) == 2


def test_mixed_case_acronym_is_upper_cased_and_read_both_ways(gazetteer: Gazetteer) -> None:
    text = (
        "The Mozambican National Resistance (Renamo) declared a truce. "
        "RENAMO said the army must not advance. Renamo fighters stayed put."
    )
    found = _actors(gazetteer, text)
    assert ("The Mozambican National Resistance", "RENAMO") in found
    assert ("RENAMO", "RENAMO") in found
    assert ("Renamo", "RENAMO") in found
    # "Mozambican" inside the name is part of it, not a mention of the state.
    assert ("Mozambican", "MOZ") not in found


def test_initials_written_later_name_the_group_and_its_nickname(gazetteer: Gazetteer) -> None:
    text = (
        "The government will reciprocate the truce of the Liberation Tigers of Tamil Eelam. "
        "The LTTE said its fighters would stop. The Tigers have fought since 1983."
    )
    found = _actors(gazetteer, text)
    assert ("the Liberation Tigers of Tamil Eelam", "LTTE") in found
    assert ("LTTE", "LTTE") in found
    assert ("Tigers", "LTTE") in found


def test_the_nickname_reads_in_other_house_styles(gazetteer: Gazetteer) -> None:
    text = (
        "The Liberation Tigers of Tamil Eelam (LTTE) said they would observe the truce. "
        "The Tamil Tigers said later that the Tigers' fighters had withdrawn."
    )
    found = _actors(gazetteer, text)
    assert found.count(("Tigers", "LTTE")) == 2


def test_group_noun_before_an_acronym_introduces_it(gazetteer: Gazetteer) -> None:
    assert _minted(gazetteer, "Mozambique's former rebel movement RENAMO declared a truce.") == {
        "RENAMO"
    }
    assert _minted(gazetteer, "Fighting between the army and the rebel group CNDP went on.") == {
        "CNDP"
    }


def test_group_noun_before_a_name_mints_its_upper_case_id(gazetteer: Gazetteer) -> None:
    text = "The separatist group Free Aceh Movement (GAM) signed. GAM fighters handed in arms."
    assert _minted(gazetteer, text) == {"GAM"}


def test_weak_head_needs_an_armed_reading(gazetteer: Gazetteer) -> None:
    # "Front" names parties as often as guerrillas: the article must say it is armed.
    armed = "The National Liberation Front (FLN) rebels said they would fight on."
    assert _minted(gazetteer, armed) == {"FLN"}
    party = "The United National Front (UNF) won the parliamentary election."
    assert _minted(gazetteer, party) == set()


def test_an_armed_opposition_named_after_its_state_is_no_state_force(
    gazetteer: Gazetteer,
) -> None:
    # A state's demonym inside "Opposition" does not make it the state's own, as in "the
    # Sri Lanka Army"; the article must still say the opposition is armed.
    armed = "The United Tajik Opposition (UTO) said its fighters would observe the truce."
    assert _minted(gazetteer, armed) == {"UTO"}
    rebels = "Kabul and the Afghan Islamic Opposition (AIO) met. The rebels held the pass."
    assert _minted(gazetteer, rebels) == {"AIO"}
    unarmed = "The Zambian Democratic Opposition (ZDO) walked out of parliament on Tuesday."
    assert _minted(gazetteer, unarmed) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Sri Lanka Monitoring Mission (SLMM) ruled on the complaints.",
        "The Congressional Budget Office (CBO) said the bill would cost $2 billion.",
        "The Sri Lanka Army (SLA) said troops had repelled an attack by the rebels.",
        "The Armed Forces of the Philippines (AFP) said the rebels attacked a post.",
        "Agence France-Presse (AFP) reported that the rebels had withdrawn.",
        "The United Nations Interim Force in Lebanon (UNIFIL) said the truce held.",
        "The United National Front won the election; the rebels welcomed the result.",
    ],
)
def test_no_body_that_is_no_armed_group_is_minted(gazetteer: Gazetteer, text: str) -> None:
    assert _minted(gazetteer, text) == set()


def test_a_group_the_gazetteer_knows_keeps_its_id(gazetteer: Gazetteer) -> None:
    text = "The Kachin Independence Army (KIA) said the rebel group M23 was no ally."
    assert {actor for _, actor in _actors(gazetteer, text)} <= set(gazetteer.aliases)
    assert ("Kachin Independence Army", "KACHIN") in _actors(gazetteer, text)


def test_no_introduction_adds_no_mention(gazetteer: Gazetteer) -> None:
    text = "The LTTE said on Friday it would observe the truce (for now)."
    assert _minted(gazetteer, text) == set()


@pytest.fixture(scope="module")
def speakers(extract: Callable[[str], tuple[Statement, ...]]) -> Callable[[str], list[str]]:
    def run(text: str) -> list[str]:
        return [s.speaker.actor for s in extract(text)]

    return run


def test_introduced_group_speaks_as_the_gazetteer_s_would(
    speakers: Callable[[str], list[str]],
) -> None:
    text = (
        "The Liberation Tigers of Tamil Eelam said on Monday they were suspending talks.\n"
        "LTTE leader Velupillai Prabhakaran said the talks could resume later.\n"
        "Prabhakaran said he was ready to wait."
    )
    assert speakers(text) == ["LTTE", "LTTE", "LTTE"]


def test_introduced_group_is_a_party_of_its_truce(observe: Observe) -> None:
    text = (
        "The Moro Islamic Liberation Front (MILF) declared a ceasefire with the Philippine "
        "government on Tuesday. The MILF said its fighters would hold their positions."
    )
    found = observe(text)
    assert found
    assert {o.agreement.parties for o in found} == {("MILF", "PHL")}


def test_a_name_stops_at_the_sentence_before(gazetteer: Gazetteer) -> None:
    text = "Talks resumed in Oslo. Kachin Rebel Army (KRA) fighters held their ground."
    found = _actors(gazetteer, text)
    assert ("Kachin Rebel Army", "KRA") in found


def test_introduced_group_fights_its_state_not_the_facilitator(observe: Observe) -> None:
    # Malaysia, named more often than the Philippines, only facilitates.
    text = (
        "The Moro Islamic Liberation Front (MILF) said on Tuesday it would observe a "
        "ceasefire with the Philippine government. Malaysia, which facilitates the talks, "
        "welcomed the move. Malaysian officials said Kuala Lumpur would host the next round, "
        "and Malaysia would send monitors. The MILF said its fighters would hold their fire."
    )
    found = observe(text)
    assert found
    assert {o.agreement.parties for o in found} == {("MILF", "PHL")}


def test_the_rebels_are_the_introduced_group(observe: Observe) -> None:
    text = (
        "Fighting between the army and the rebel group CNDP flared in North Kivu. "
        "Norway and Norwegian diplomats urged calm. The rebels declared a ceasefire on "
        "Friday, and the Congolese government said it would respect it."
    )
    found = observe(text)
    assert found
    assert {o.agreement.parties for o in found} == {("CNDP", "COD")}


def test_the_rebels_count_for_the_introduced_group(gazetteer: Gazetteer) -> None:
    text = (
        "Fighting between the army and the rebel group CNDP flared in North Kivu. "
        "The rebels declared a ceasefire on Friday. The rebels said they would hold it."
    )
    actors = find_actors(text, gazetteer, load_agreement_lexicon())
    assert actors.counts["CNDP"] >= 3  # the name and both "the rebels"


def test_officials_are_the_state_the_introduced_group_fights(
    extract: Callable[[str], tuple[Statement, ...]],
) -> None:
    # The state is named once, the group often: its officials are the state's, as a
    # listed insurgency's would be.
    text = (
        "COTABATO, Jan 3 (Wire) - Key facts on the Philippine decision to end talks with "
        "the Moro Islamic Liberation Front (MILF):\n"
        "* The MILF said the government had chosen war.\n"
        "* The MILF said its fighters would defend their camps.\n"
        "* Norway said it regretted the decision, and Norwegian diplomats left Manila.\n"
        "* Military officials said operations against the MILF would continue.\n"
        "* Interior minister Juan Cruz said the talks were over."
    )
    speakers = {s.speaker.name: s.speaker.actor for s in extract(text)}
    assert speakers["Military officials"] == "PHL"
    assert speakers["Juan Cruz"] == "PHL"
    assert speakers["The MILF"] == "MILF"


def test_with_the_group_in_the_gazetteer_the_fallback_changes_nothing() -> None:
    entries: dict[str, dict[str, object]] = {
        "LKA": {"names": ["Sri Lanka"], "demonyms": ["Sri Lankan"], "capitals": ["Colombo"]},
        "LTTE": {"names": ["LTTE", "Liberation Tigers of Tamil Eelam", "the Tigers"]},
    }
    text = (
        "The Liberation Tigers of Tamil Eelam (LTTE) and the Sri Lankan government met. "
        "LTTE rebels and the Tigers' negotiators said the rebel group LTTE would return."
    )
    with_rules = build_dated_gazetteer(entries, load_introduction_rules())
    without = build_dated_gazetteer(entries)
    assert scan_mentions(with_rules, text) == scan_mentions(without, text)


def test_a_leader_titled_by_an_acronym_in_war_news_makes_it_a_group(
    gazetteer: Gazetteer, speakers: Callable[[str], list[str]]
) -> None:
    text = (
        "UNITA leader Jonas Savimbi said on Sunday his fighters would observe the truce "
        "with the Angolan government. Savimbi said the rebels wanted elections."
    )
    assert _minted(gazetteer, text) == {"UNITA"}
    assert speakers(text) == ["UNITA", "UNITA"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "A MILF commander in Maguindanao said government troops had raided two villages. "
            "The rebels had agreed to the truce in July.",
            "MILF",
        ),
        (
            "RENAMO officials said the guerrillas would hand in their weapons once the army "
            "withdrew, and a RENAMO spokesman said the truce was holding.",
            "RENAMO",
        ),
    ],
)
def test_a_body_s_spokesman_or_commander_in_war_news_makes_it_a_group(
    gazetteer: Gazetteer, speakers: Callable[[str], list[str]], text: str, group: str
) -> None:
    # Its people speak for it before (or without) the article giving its full name.
    assert _minted(gazetteer, text) == {group}
    assert speakers(text)[0] == group


@pytest.mark.parametrize(
    "text",
    [
        # No armed cue: a party's people.
        "An SNP official said the budget would pass with Labour's support.",
        # An armed cue, but the article writes the acronym as a party.
        "A DMK spokesman said rebels had attacked a post. DMK lawmakers backed the truce.",
    ],
)
def test_a_party_spokesman_makes_no_group(gazetteer: Gazetteer, text: str) -> None:
    assert _minted(gazetteer, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # No armed cue: a party's leader.
        "SNP leader John Swinney said the budget would pass with Labour's support.",
        # An armed cue, but the article writes the acronym as a party.
        "SLFP leader Maithripala Sirisena said rebels had attacked a post. The ruling SLFP met.",
        "DMK leader M. K. Stalin met rebel envoys. DMK lawmakers backed the truce.",
    ],
)
def test_a_party_leader_makes_no_group(gazetteer: Gazetteer, text: str) -> None:
    assert _minted(gazetteer, text) == set()


def test_capital_runs_find_every_word_in_capitals_the_pattern_finds() -> None:
    # ``_unknown_acronyms`` tries ``_CAPITALS`` only where ``_capital_runs`` says a run of
    # capitals opens: a change to the pattern that lets it start elsewhere (a lower-case
    # letter, a non-ASCII capital) would lose those words silently. Compared with the
    # pattern scanned for, on every test text and a few edge cases.
    data = Path(__file__).resolve().parents[2] / "data"
    texts = [json.loads(p.read_bytes())["article"]["text"] for p in data.rglob("*.gold.json")]
    texts.append("M23, “LTTE” (KIA), xAB, AB-C, USAid, ÉTA, AB1CD, Ü-BOOT, \u2019FARC\u2019s, UN")
    words = 0
    for text in texts:
        expected = [
            m.start()
            for m in _CAPITALS.finditer(text)
            if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_"))
        ]
        runs = set(_capital_runs(text))
        assert all(start in runs for start in expected), text[:80]
        words += len(expected)
    assert words > 1000


def test_a_name_closed_by_an_army_s_head_introduces_its_group_without_initials(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The Zapatista National Liberation Army said its fighters would hold their fire. "
        "Mexican troops entered villages held by the Zapatista National Liberation Army."
    )
    assert _minted(gazetteer, text) == {"ZNLA"}
    assert ("the Zapatista National Liberation Army", "ZNLA") in _actors(gazetteer, text)


def test_a_two_word_name_is_also_known_by_its_first_word(gazetteer: Gazetteer) -> None:
    text = (
        "The Harkat Mujahideen declared a truce in the valley. Militants of the Harkat "
        "said they would stop attacks on troops."
    )
    assert ("the Harkat", "HARKAT") in _actors(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Badr Brigade said its fighters would hold the truce in Basra. Police "
            "said the Badr had pulled its gunmen off the streets.",
            "BADR",
        ),
        (
            "Troops clashed with the Jaish Mujahideen near the border; the rebels said "
            "the ceasefire was over.",
            "JAISH",
        ),
    ],
)
def test_a_two_word_army_name_is_named_by_its_first_word(
    gazetteer: Gazetteer, text: str, actor: str
) -> None:
    assert _minted(gazetteer, text) == {actor}


def test_a_longer_army_name_keeps_its_initials(gazetteer: Gazetteer) -> None:
    text = (
        "Troops clashed with the Zomi Revolutionary Army near the border; the rebels "
        "said the ceasefire was over."
    )
    assert _minted(gazetteer, text) == {"ZRA"}


def test_a_party_word_inside_a_longer_army_name_does_not_unmake_it(
    gazetteer: Gazetteer,
) -> None:
    # "Republican" names a party ("the Republican National Committee"), not here.
    text = (
        "The Irish Republican Army declared a ceasefire. The IRA said its units had been "
        "told to stand down, and loyalist militants said they would watch closely."
    )
    assert _minted(gazetteer, text) == {"IRA"}


@pytest.mark.parametrize(
    "text",
    [
        "The army's Eighteenth Brigade said the rebels had attacked a patrol.",
        "The Indian Army said militants had fired on a post; the rebels denied it.",
        "Russia's 58th Army moved south as the rebels withdrew.",
        "The Salvation Army opened a shelter for families fleeing the floods.",
        "The Red Army reached Berlin in April 1945, a historian said of the militia.",
    ],
)
def test_a_unit_a_state_s_army_or_a_charity_is_no_group(gazetteer: Gazetteer, text: str) -> None:
    assert _minted(gazetteer, text) == set()


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Myanmar's Ta'ang National Liberation Army (TNLA) said it would hold its fire. "
            "The junta accused the rebels of attacking a convoy.",
            "TNLA",
        ),
        (
            "Myanmar's Arakan Army said it would observe the truce, while the rebels' "
            "commanders in Rakhine stayed silent.",
            "ARAKAN_ARMY",
        ),
    ],
)
def test_a_country_owning_a_known_group_s_name_is_no_word_of_it(
    gazetteer: Gazetteer, text: str, actor: str
) -> None:
    # Neither "MTNLA" nor "MAA": the group is the gazetteer's, named after its country.
    assert _minted(gazetteer, text) == set()
    assert actor in {a for _, a in _actors(gazetteer, text)}


def test_a_possessive_word_of_no_known_actor_stays_in_the_name(gazetteer: Gazetteer) -> None:
    text = (
        "The People's Defence Army said its fighters would hold their fire. "
        "Government troops shelled villages held by the People's Defence Army."
    )
    assert _minted(gazetteer, text) == {"PDA"}


def test_bracketed_acronym_after_a_known_name_is_that_actors(gazetteer: Gazetteer) -> None:
    text = (
        "Fighting flared near Laiza, held by the Kachin Independence Army (KIA). "
        "A KIA spokesman said the army had shelled its posts."
    )
    found = _actors(gazetteer, text)
    assert found.count(("KIA", "KACHIN")) == 2
    loyalist = "The Ulster Defence Association (UDA) said the UDA would keep its ceasefire."
    assert _actors(gazetteer, loyalist).count(("UDA", "CLMC")) == 2


def test_bracket_after_a_known_name_that_is_no_short_form_is_not_read(
    gazetteer: Gazetteer,
) -> None:
    # Not the name's initial letter, or not in capitals: an agency tag, an aside.
    tagged = "Leaders of the Ulster Defence Association (BBC) met on Monday. BBC said so."
    assert "CLMC" not in {actor for alias, actor in _actors(gazetteer, tagged) if alias == "BBC"}
    aside = "The Kachin Independence Army (Kachin) fought on. Kachin said so."
    assert ("Kachin", "KACHIN") not in _actors(gazetteer, aside)


def test_acronym_spelling_a_known_name_written_out_is_that_actors(gazetteer: Gazetteer) -> None:
    # No bracket anywhere: the name is written out once, its initials used elsewhere.
    text = (
        "Shelling near Laiza. The Kachin Independence Army said its posts were hit, "
        "and KIA fighters fell back."
    )
    assert ("KIA", "KACHIN") in _actors(gazetteer, text)
    loyalist = "UVF leaders met. The Ulster Volunteer Force has kept its ceasefire since 1994."
    assert ("UVF", "CLMC") in _actors(gazetteer, loyalist)


def test_acronym_spelling_no_known_name_stays_unknown(gazetteer: Gazetteer) -> None:
    # "Grand Mosque Tower" is no actor's name; the KIA's name is not written out here.
    text = "At 0500 GMT the Grand Mosque Tower was hit. KIA fighters fell back."
    actors = {actor for alias, actor in _actors(gazetteer, text) if alias in ("GMT", "KIA")}
    assert "KACHIN" not in actors
    assert not actors & {actor for actor, _ in gazetteer.aliases.values()}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "NSCN-IM leader Thuingaleng Muivah said the rebels would keep the ceasefire "
            "with New Delhi.",
            "NSCNIM",
        ),
        (
            "Fighting broke out again; MFDC-AD commanders said the rebels had been shelled.",
            "MFDCAD",
        ),
    ],
)
def test_a_hyphenated_acronym_introduces_a_group_with_the_hyphen_dropped(
    gazetteer: Gazetteer, text: str, actor: str
) -> None:
    assert _minted(gazetteer, text) == {actor}


@pytest.mark.parametrize(
    "text",
    [
        "US-UK commanders said the militants had fired first.",
        "The UN-AU mission said the rebels had withdrawn from the town.",
    ],
)
def test_two_known_bodies_joined_by_a_hyphen_are_no_group(gazetteer: Gazetteer, text: str) -> None:
    assert _minted(gazetteer, text) == set()


def test_a_place_or_a_day_after_a_name_is_no_word_of_it(gazetteer: Gazetteer) -> None:
    text = (
        "Troops fought the Zomi Revolutionary Army in Churachandpur on Monday. The ZRA "
        "said the ceasefire was over."
    )
    assert ("the Zomi Revolutionary Army", "ZRA") in _actors(gazetteer, text)


def test_a_name_is_not_cut_short_of_its_head_word_to_fit_an_acronym(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Troops fought the Zomi Revolutionary Front in Churachandpur on Monday. The ZR "
        "said the rebels would not disarm."
    )
    assert _minted(gazetteer, text) == set()


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Government troops shelled the positions of the Sudan Liberation Forces rebels "
            "near the border, a ceasefire monitor said.",
            "SLF",
        ),
        (
            "Talks stalled. The Forces Patriotiques, the rebels who hold the east, said the "
            "truce was over.",
            "FP",
        ),
        (
            "One Forces Patriotiques commander said his fighters would not withdraw.",
            "FP",
        ),
    ],
)
def test_a_head_word_name_before_an_armed_noun_or_role_introduces_its_group(
    gazetteer: Gazetteer, text: str, actor: str
) -> None:
    assert _minted(gazetteer, text) == {actor}


@pytest.mark.parametrize(
    "text",
    [
        # No armed noun or speaking role after the name.
        "The Forces Patriotiques won the vote, and rebels in the east said nothing.",
        # A role, but no war news: a party's body speaks.
        "A Democratic Alliance spokesman said the budget would pass on Tuesday.",
        # The state's own force.
        "Sudanese Armed Forces commanders said the rebels had attacked first.",
    ],
)
def test_a_head_word_name_without_an_armed_noun_or_war_makes_no_group(
    gazetteer: Gazetteer, text: str
) -> None:
    assert _minted(gazetteer, text) == set()


def test_bracketed_faction_tags_make_two_sides_of_one_movement(gazetteer: Gazetteer) -> None:
    # A movement split in two: each faction's tag ("(North)", "(A-R)") is its own side.
    text = (
        "Clashes between the PFLT (North) and the PFLT (A-R) killed twelve people, police "
        "said. PFLT (A-R) fighters later withdrew from the market town."
    )
    found = _actors(gazetteer, text)
    assert ("the PFLT (North)", "PFLTN") in found
    assert ("the PFLT (A-R)", "PFLTAR") in found
    assert ("PFLT (A-R)", "PFLTAR") in found
    assert _minted(gazetteer, text) == {"PFLTN", "PFLTAR"}


def test_a_truce_with_a_tagged_acronym_names_it_and_its_spelt_out_name(
    gazetteer: Gazetteer,
) -> None:
    # The other side of a ceasefire with the government is a side in arms, and once its
    # acronym is known to be armed a name spelling it is the same group, "Socialist" or
    # not; the faction's tag, written out or in initials, makes one id.
    text = (
        "The ceasefire between the government and the DSCK (A-H) took effect at midnight. "
        "The Democratic Socialist Council of Karenni (Aung-Htet) said its fighters would "
        "stay in their camps, and the army suspended operations against the DSCK (A-H)."
    )
    found = _actors(gazetteer, text)
    assert ("the DSCK (A-H)", "DSCKAH") in found
    assert ("The Democratic Socialist Council of Karenni (Aung-Htet)", "DSCKAH") in found
    assert _minted(gazetteer, text) == {"DSCKAH"}


def test_a_faction_named_before_its_movement_is_that_faction_after(gazetteer: Gazetteer) -> None:
    text = (
        "The Tuan faction of the SLC has ended its truce with the government, the rebels "
        "said on Friday. The Tuan faction did not say whether its men would attack."
    )
    found = _actors(gazetteer, text)
    assert ("The Tuan faction of the SLC", "SLCT") in found
    assert ("The Tuan faction", "SLCT") in found
    # A hyphenated name gives each part's initial, as a tag does: "(Dar-Salam)", "(D-S)".
    hyphenated = "The Dar-Salam faction of the SLC has ended its truce, the rebels said."
    assert _minted(gazetteer, hyphenated) == {"SLCDS"}


def test_a_separatist_acronym_is_a_group(gazetteer: Gazetteer) -> None:
    text = "The government and the separatist MPLC signed a peace agreement on Thursday."
    assert _minted(gazetteer, text) == {"MPLC"}


@pytest.mark.parametrize(
    "text",
    [
        # Parties split into factions too: without war news a tag makes no side.
        "The AIDMF (Amma) said its lawmakers would back the budget. The AIDMF (Puratchi) "
        "walked out of the assembly in protest.",
        # War news, but the article writes the acronym as a party's.
        "Rebels shelled the northern towns on Sunday. NPRK lawmakers said the truce with "
        "the NPRK's old rivals had failed.",
        # No war news: a company's acronym after "operations against".
        "Tax inspectors began operations against the KTC, a trading company, on Monday.",
    ],
)
def test_a_party_s_factions_or_a_company_make_no_side(gazetteer: Gazetteer, text: str) -> None:
    assert _minted(gazetteer, text) == set()


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # The other side of a ceasefire with a government is in arms, named or not.
        (
            "The ceasefire between the Burmese government and the Karenni National "
            "Progressive Council took effect at dawn.",
            "KNPC",
        ),
        # A day after the name is no word of it.
        ("A ceasefire with the Shan Progressive Council on Friday ended the fighting.", "SPC"),
        # Operations against a head-word name, in war news.
        (
            "Operations against the Kivu Patriotic Union went on, the army said, after "
            "rebels ambushed a convoy near Goma.",
            "KPU",
        ),
    ],
)
def test_a_name_after_a_side_cue_introduces_its_group_by_its_initials(
    gazetteer: Gazetteer, text: str, group: str
) -> None:
    assert _minted(gazetteer, text) == {group}


@pytest.mark.parametrize(
    "text",
    [
        # A state's own army is no group of its own.
        "The ceasefire with the Sri Lanka Army held through the night, the rebels said.",
        # A political truce, without war news.
        "The governing party agreed a truce with the Democratic Reform Alliance over the budget.",
        # No head word: no group's name.
        "A ceasefire with the Kremlin's blessing was signed on Monday.",
    ],
)
def test_a_side_cue_before_a_state_s_army_or_a_party_makes_no_group(
    gazetteer: Gazetteer, text: str
) -> None:
    assert _minted(gazetteer, text) == set()


# -- initials given to a group named in other words -------------------------------------


def test_initials_known_by_name_the_group_named_before(gazetteer: Gazetteer) -> None:
    text = (
        "Fighting spread after insurgents calling themselves the Casamance Liberation Army "
        "attacked two army posts. The rebels, known by their French initials ALC, said the "
        "ALC would fight on."
    )
    minted = _minted(gazetteer, text)
    assert "ALC" in minted
    assert "CLA" not in minted


def test_initials_known_by_far_from_any_group_name_nothing(gazetteer: Gazetteer) -> None:
    text = "The ministry, known by its initials MINDEF, said the budget would rise next year."
    assert "MINDEF" not in _minted(gazetteer, text)
