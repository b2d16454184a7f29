"""The gazetteer's people, bodies and armed groups give a speaker its side.

Sentences written for these tests: a minister, spokesperson, leader or body the
gazetteer lists makes the statement its actor's, where the actor is a state, an
armed group or an international body.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import resources

import pytest

from processors.actors import Gazetteer, load_gazetteer
from processors.model import Article, Statement
from processors.statements import SpeechLexicon, extract_statements, load_speech_lexicon

pytestmark = pytest.mark.unit

Extract = Callable[[str], tuple[Statement, ...]]


@pytest.fixture(scope="module")
def extract() -> Extract:
    gazetteer: Gazetteer = load_gazetteer()
    lexicon: SpeechLexicon = load_speech_lexicon()

    def run(text: str) -> tuple[Statement, ...]:
        return extract_statements(Article(id="c1", text=text), gazetteer, lexicon)

    return run


def only_speaker(statements: tuple[Statement, ...]) -> str:
    assert len(statements) == 1, [(s.speaker.name, s.content) for s in statements]
    return statements[0].speaker.actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Defence Minister Zakir Hasanov said the border had been quiet for a week.", "AZE"),
        ("Kenyan President William Ruto said the police mission would stay.", "KEN"),
        ("Ruto said on Friday that the police mission would stay.", "KEN"),
        ("Taiwan's defence ministry said it had tracked 14 warships near the island.", "TWN"),
        ("Lai said the island would not be intimidated by the drills.", "TWN"),
        ("Prime Minister Albin Kurti said the northern checkpoints would reopen.", "XKX"),
        ("Vucic told reporters that Belgrade had not been consulted.", "SRB"),
        ("Egyptian Prime Minister Mostafa Madbouly said the crossing would reopen.", "EGY"),
        ("Salva Kiir said the unity government would hold elections next year.", "SSD"),
        ("Machar's SPLM-IO said the arrests broke the peace agreement.", "SPLM_IO"),
        ("President Sadyr Japarov's office said the border would stay closed.", "KGZ"),
        ("Zhaparov said Kyrgyzstan would not cede any land.", "KGZ"),
        ("Emomali Rahmon told the summit that talks should go on.", "TJK"),
        ("President Sadyr Japarov's office said he had spoken to Rahmon by phone.", "KGZ"),
        ("Japarov said Kyrgyzstan would defend every metre of its territory.", "KGZ"),
        ("Rahmon told the Kyrgyz leader that the border talks should resume.", "TJK"),
        ("Pompeo said the Taliban must keep their promises.", "USA"),
        ("Defense Secretary Mark Esper said troop levels would fall to 8,600.", "USA"),
        ("Khalilzad said he hoped the talks could begin after the holiday.", "USA"),
        ("Coast guard spokesman Jay Tarriela said the vessels had fired water cannon.", "PHL"),
        ("Marcos said the country would not give up an inch of its waters.", "PHL"),
        ("Sharif said Pakistan was ready to discuss water and Kashmir.", "PAK"),
        # Turkish officials of the 2013-2015 peace process, named with a bare title.
        ("Prime Minister Ahmet Davutoglu said the operations would go on.", "TUR"),
        ("Deputy Prime Minister Bulent Arinc said the process had not ended.", "TUR"),
        ("Besir Atalay told reporters that the package would come on time.", "TUR"),
        ("Yalcin Akdogan said the talks with Imrali would continue.", "TUR"),
        ("Pavlo Kyrylenko, the regional governor, said two houses were hit.", "UKR"),
        ("Kyrylo Tymoshenko said a rocket had hit a school in the city.", "UKR"),
        # India's Congress party, even in a story that names Washington.
        (
            "After Trump's call from Washington, the opposition Congress party said the "
            "government owed parliament an answer.",
            "IND",
        ),
        ("A Congress Party spokesman said the prime minister had misled the house.", "IND"),
        ("Colombian President Gustavo Petro said the talks were suspended.", "COL"),
        ("Mazloum Abdi said his fighters would join the new army.", "SDF"),
        ("Field Marshal Khalifa Haftar said his forces were ready to retake the city.", "LNA"),
        ("Al-Shabaab said it had carried out the attack on the base.", "AL_SHABAAB"),
        ("The Islamic State group said in a statement that it was behind the bombing.", "ISIS"),
        ("The Baloch Liberation Army said it had attacked the train.", "BLA"),
        ("Fano fighters said they had taken control of the town.", "FANO"),
        # A side named by its region's people and a force noun.
        ("Tigrayan forces said they had pulled back from the town.", "TPLF"),
        ("A Tigrayan commander said the handover would take two weeks.", "TPLF"),
        ("Amhara militias said they would hold the road to Kobo.", "FANO"),
        ("Tigrayan officials said the handover of heavy weapons had begun.", "TPLF"),
        ("The Tigrayan commander said his men would not disarm yet.", "TPLF"),
        ("The African Union said it was alarmed by the fighting.", "AU"),
        ("Hayat Tahrir al-Sham said the offensive would continue.", "SYR"),
        ("KCNA said the missile test had been a success.", "PRK"),
        # Kosovo's Serbs are not Kosovo's government.
        ("A Kosovo Serb official said the police raids were a provocation.", "SRB"),
        ("The Saudi Press Agency said the talks had ended.", "SAU"),
        # People and bodies of the broadened gazetteer, as the press writes them.
        ("Sergei Rudskoi told reporters that the corridor would open at dawn.", "RUS"),
        ("Arakhamia said the delegation would fly to Istanbul.", "UKR"),
        ("Saeb Erekat said the settlements made a state impossible.", "PSE"),
        ("Fawzi Barhoum said the movement would not disarm.", "HAMAS"),
        ("Bahram Qasemi said Tehran had not been informed.", "IRN"),
        ("Haider al-Abadi said the city had been freed.", "IRQ"),
        ("Muammar al-Eryani said the rebels had shelled the port.", "YEM"),
        ("Abdulqader al-Murtada said the lists had been handed over.", "HOUTHIS"),
        ("Farmaajo said the elections would go ahead.", "SOM"),
        ("Nkurunziza said the talks abroad were a waste of time.", "BDI"),
        ("Aguila Saleh said the parliament would not recognise the deal.", "LNA"),
        ("Mahinda Rajapaksa said the war would end within weeks.", "LKA"),
        ("The Liberation Tigers of Tamil Eelam said the truce was over.", "LTTE"),
        ("Murad Ebrahim said the law would bring peace to Mindanao.", "MILF"),
        ("Ossufo Momade said Renamo's fighters would hand in their guns.", "RENAMO"),
        # Karabakh's own leaders since the war of 2020 (before it, Armenia's side).
        ("Arayik Harutyunyan said the ceasefire was holding.", "NKR"),
        ("The Karabakh authorities said the ceasefire had taken effect.", "NKR"),
        ("Federica Mogherini said the bloc would keep the deal alive.", "EU"),
        ("Lakhdar Brahimi said the talks had reached a dead end.", "UN"),
        ("Hashim Thaci said Kosovo would not give up the north.", "XKX"),
        ("Ivan Cepeda said the government would return to the table.", "COL"),
        ("The National Front for Liberation said the shelling went on.", "NFL"),
        ("The Border Security Force said its posts had come under fire.", "IND"),
        ("A BSF spokesperson said the troops had responded.", "IND"),
        ("Mehbooba Mufti said the two countries must talk.", "IND"),
        ("The National Conference said both sides should keep the peace.", "IND"),
        ("The Pakistan Rangers said they had not fired first.", "PAK"),
        ("Hikmat al-Hijri said the community would defend itself.", "DRUZE"),
        ("The Men of Dignity said their fighters would hold their positions.", "DRUZE"),
        ("Bedouin tribal fighters said they had been shelled overnight.", "BEDOUIN"),
        ("The Free Aceh Movement said its fighters would stay in the hills.", "GAM"),
        ("Susilo Bambang Yudhoyono said the talks in Helsinki would go on.", "IDN"),
        ("The Crisis Management Initiative said both delegations had arrived.", "CMI"),
        ("The Henry Dunant Centre said the monitors had left the province.", "HDC"),
        ("The Radaa said it had not fired on the airport.", "RADAA"),
        ("Druze spiritual leaders said the ceasefire with Damascus must hold.", "DRUZE"),
        ("Fawad Chaudhry said the pilot would be handed back to India.", "PAK"),
        ("A Tigrayan official said the federal army had shelled Adigrat.", "TPLF"),
        ("A senior member of the Tigrayan administration said the siege must end.", "TPLF"),
        # Breakaway authorities that sign ceasefires in their own name.
        ("Vladislav Ardzinba said his side had signed the accord.", "ABKHAZIA"),
        ("An Abkhaz official said the troops had not withdrawn.", "ABKHAZIA"),
        ("Tskhinvali said Georgian artillery had opened fire.", "SOUTH_OSSETIA"),
        ("Vadim Krasnoselsky said the talks should resume.", "TRANSNISTRIA"),
        ("The Mahdi Army said its fighters would observe the freeze.", "MAHDI"),
        ("Sadrist officials said the freeze had not been lifted.", "MAHDI"),
        ("Aslan Maskhadov said the fighters would leave Grozny.", "ICHKERIA"),
        ("Ali Darassa said his men had not attacked the town.", "UPC"),
        ("The Coalition of Patriots for Change said it would march on Bangui.", "CPC"),
    ],
)
def test_a_listed_person_or_body_speaks_for_its_actor(
    extract: Extract, text: str, actor: str
) -> None:
    assert only_speaker(extract(text)) == actor


@pytest.mark.parametrize(
    ("text", "not_actor"),
    [
        # The listed full name starts where a shorter alias of another actor does.
        ("Jordan Bardella said the government had failed.", "JOR"),
        ("Teodoro Obiang said the vote had been fair.", "PHL"),
        ("Kataib Hezbollah said it would suspend its attacks.", "HEZBOLLAH"),
        # Another given name before a listed surname: someone else.
        ("Jimmy Lai said he would stay in the city.", "TWN"),
        ("Bujar Osmani said the talks had been useful.", "XKX"),
    ],
)
def test_a_longer_or_other_name_is_not_the_listed_actor(
    extract: Extract, text: str, not_actor: str
) -> None:
    assert only_speaker(extract(text)) != not_actor


@pytest.mark.parametrize(
    ("alias", "day", "actor"),
    [
        # A name that changed hands is its owner's of the day.
        ("Kenyatta", "2020-05-01", "KEN"),
        ("Kenyatta", "2022-11-12", "AU"),
        ("Jolani", "2023-06-01", "HTS"),
        ("Jolani", "2025-03-01", "SYR"),
        ("Karzai", "2019-01-01", "AFG"),
        ("Kabila", "2018-06-01", "COD"),
        ("Kabila", "2025-06-01", None),
        ("Hamdok", "2020-06-01", "SDN"),
        ("Hamdok", "2024-06-01", None),
        ("Suu Kyi", "2019-12-11", "MMR"),
        ("Suu Kyi", "2023-01-01", None),
        # The Mahdi Army's leader in the militia's years, an Iraqi party leader after.
        ("Moqtada al-Sadr", "2008-03-30", "MAHDI"),
        ("Muqtada al-Sadr", "2022-08-30", "IRQ"),
        # Chechen rebels were the separatists until the counter-terrorism regime ended.
        ("Chechen rebels", "1996-08-22", "ICHKERIA"),
        ("Chechen rebels", "2015-06-01", None),
        # Reporters name him by his surname alone after the first mention.
        ("Sadr", "2004-08-19", "MAHDI"),
        ("Sadr", "2022-08-30", "IRQ"),
    ],
)
def test_a_person_who_changed_hands_speaks_for_the_body_of_the_day(
    alias: str, day: str, actor: str | None
) -> None:
    when = datetime.fromisoformat(day).replace(tzinfo=UTC)
    assert load_gazetteer().as_of(when).lookup(alias) == actor


def test_no_alias_is_listed_under_two_actors_at_once() -> None:
    # The loader keeps an alias's first owner: a second listing would be dead data. A dated
    # alias may change hands, but its owners' periods must not overlap.
    raw = json.loads(resources.files("processors").joinpath("data/actors.json").read_text())
    owners: dict[str, list[tuple[str, str, str]]] = {}
    for actor, fields in raw.items():
        groups = [({"since": "", "until": "9999"} | fields), *fields.get("dated", [])]
        for group in groups:
            since, until = group.get("since", ""), group.get("until", "9999")
            for name, values in group.items():
                if name in ("dated", "since", "until") or not isinstance(values, list):
                    continue
                for alias in values:
                    for other, start, end in owners.get(alias, []):
                        overlap = start < until and since < end
                        assert other == actor or not overlap, (alias, other, actor)
                    owners.setdefault(alias, []).append((actor, since, until))
