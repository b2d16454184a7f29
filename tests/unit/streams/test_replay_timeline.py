"""``newsstream replay`` end to end on the dev timelines, no broker.

The replay command's own function runs extraction and the tracker over each timeline's
articles; its alerts are compared with the ones a careful reader expects
(``expected_alerts.json``) on agreement key, status and article.

``tests/data/timeline`` (Russia-Ukraine 2025) is the timeline the rules were fitted to.
``tests/data/timeline2`` (Gaza 2026) was written before reading the rules, as an honest
estimate: its first run gave alert F1 0.36 (P 0.35, R 0.37), 0.79 after the general fixes
it prompted over two sessions (tracker transitions, endings that open no instance, talks
that only describe a speaker, time clauses, time phrases of a truce, whole end-date
words). Its floor in ``F1_FLOORS`` guards that figure and is to be raised.
``tests/data/timeline3`` (Sudan 2026) was also written before reading the rules; its first
run gave alert F1 0.45 (P 0.39, R 0.52), 0.77 after general fixes for the classes it showed.
``tests/data/timeline4`` (Thailand-Cambodia 2026) was written the same way; its first run
gave alert F1 0.50 (P 0.53, R 0.48), 0.95 after general fixes for the classes it showed.
``tests/data/timeline5`` (DR Congo-M23 2026) and ``tests/data/timeline6`` (India-Pakistan
2026) were written the same way, after those fixes; their first runs gave alert F1 0.48
(P 0.48, R 0.48) and 0.22 (P 0.24, R 0.20), 0.96 and 0.80 after general fixes.
``tests/data/timeline7`` (Yemen 2026) and ``tests/data/timeline8`` (Colombia-ELN 2026)
were written the same way, after those fixes; their first runs gave alert F1 0.55
(P 0.52, R 0.58) and 0.38 (P 0.37, R 0.39).
``tests/data/timeline9`` (Russia-Ukraine, April-June 2025, invented wording) was written the
same way; its first run gave alert F1 0.37 (P 0.47, R 0.30), 0.50 (P 0.54, R 0.47) after
tracker and time-reading fixes for the classes it showed (its extraction misses remain).
``tests/data/timeline10`` (Israel-Hezbollah/Lebanon 2024-25 and Israel-Iran 2025) was
written the same way; its first run gave alert F1 0.34 (P 0.29, R 0.41), 0.87 after
general fixes for the classes it showed.
``tests/data/timeline11`` (Israel-Hamas January-April 2025) was written the same way; its
first run gave alert F1 0.32 (P 0.36, R 0.29), 0.57 after tracker and extraction fixes for
classes it showed (timeline9 0.80 after the same rounds).
``tests/data/timeline12`` (Ethiopia, Tigray and Oromia 2022-23) was written the same way;
its first run gave alert F1 0.15, 0.27 once its two armed groups were in the gazetteer.
``tests/data/timeline13`` (India-Pakistan May 2025; DR Congo-Rwanda-M23 June-September
2025) was written the same way; its first run gave alert F1 0.48 (P 0.42, R 0.57), 0.80
after general fixes for the classes it showed.
``tests/data/timeline14`` (Sudan April-June 2023, Thailand-Cambodia July-August 2025) and
``tests/data/timeline15`` (Russia-Ukraine March-April 2025) were written the same way and
first run on the final code of the session that wrote them: alert F1 0.63 and 0.51.
``tests/data/timeline16`` (Nagorno-Karabakh 2020), ``timeline17`` (Yemen 2022,
Pakistan-Afghanistan 2025) and ``timeline18`` (the Black Sea grain deal 2022-23, the
Orthodox Christmas ceasefire 2023) were written the same way and first run on session
11's final code: alert F1 0.47, 0.18 and 0.12. ``tests/data/timeline19`` (the Turkey-SDF
pause of 2019, the Gaza pause of November 2023) was written the same way and first run on
session 12's code after its fixes for those three: alert F1 0.10.
``tests/data/timeline20`` (Libya January 2020 - January 2021, Idlib March 2020) was
written the same way; its first run gave alert F1 0.37 (P 0.44, R 0.32).
``tests/data/timeline21`` (Myanmar's post-earthquake truces of 2025, the Gaza ceasefire
of October 2025) was written the same way: first-run alert F1 0.30, 0.79 after general
fixes for the classes it showed.
``tests/data/timeline25`` (South Sudan 2014-2018, Kyrgyzstan-Tajikistan 2021-2022) was
written the same way: first-run alert F1 0.20, 0.63 once its gold used the project's id
for Machar's movement (``SPLM_IO``). ``timeline26`` (Russia-Ukraine April-June 2025) and
``timeline27`` (Gaza 2021 and 2022, Armenia-Azerbaijan 2022) were written the same way and held
back until the session's fixes were in: first-run alert F1 0.52 and 0.58.
``tests/data/timeline28`` (Yemen: Stockholm 2018, the coalition's 2020 truce, the 2020
prisoner swap) and ``tests/data/timeline29`` (Turkey-PKK 2013-2015 and 2025, the Orthodox
Christmas truce of 2023) were written the same way: first-run alert F1 0.10 and 0.75.
``timeline30`` (Israel-Hezbollah 2006, the Philippines and the NPA 2016-17) was held back until
the session's fixes were in: first-run alert F1 0.24.
``tests/data/timeline31`` (Sri Lanka-LTTE 2001-2008, Mozambique-RENAMO 2016-2019) was written
the same way: first-run alert F1 0.00 (neither armed group in the gazetteer).
``tests/data/timeline32`` (Ethiopia-Eritrea 2018, Israel-Islamic Jihad 2019 and 2023) was
written the same way: first-run alert F1 0.36 (P 0.44, R 0.31).
``tests/data/timeline33`` (Armenia-Azerbaijan April 2016, Colombia-ELN 2017-18) and
``tests/data/timeline34`` (Israel-Hamas November 2012, the Donbas ceasefire of July 2020) were
held back until the session's fixes were in: first-run alert F1 0.56 and 0.48.
``tests/data/timeline35`` (the Israel-Hamas calm of 2008-09, Afghanistan's Eid ceasefires of
June 2018) was written the same way: first-run alert F1 0.50 (P 0.53, R 0.47).
``tests/data/timeline36`` (India-Pakistan 2021, Myanmar's northern Shan 2023-24) was written
the same way: first-run alert F1 0.14 (P 0.12, R 0.17).
``tests/data/timeline37`` (Russia-Ukraine March 2022, DR Congo and the M23 2023-24) and
``tests/data/timeline38`` (Yemen 2016, the two Koreas' military agreement 2018-24) were held
back until session 17's fixes were in: first-run alert F1 0.45 and 0.63.
``tests/data/timeline39`` (Thailand-Cambodia and Sudan, autumn 2025), ``tests/data/timeline40``
(Pakistan-TTP 2021-22, Ethiopia-TPLF 2022) and ``tests/data/timeline41`` (Syria 2025: the
SDF and Sweida) were held back until session 18's fixes were in: first-run alert F1 0.32, 0.50
and 0.23.
``tests/data/timeline42`` (Aceh 2002-05, Western Sahara 2020) and ``tests/data/timeline44``
(Tripoli, May 2025; Russia-Ukraine, May and November 2025) were held back until session 19's
fixes were in: first-run alert F1 0.56 and 0.37.
``tests/data/timeline43`` (Northern Ireland 1994-97, Bosnia 1994-95) and
``tests/data/timeline45`` (Kashmir 2000-01, Nepal 2003 and 2006) were held back until session
20's first fixes were in: first-run alert F1 0.00 and 0.00 (no side of either was known).
``tests/data/timeline46`` (Angola 2002, Uganda and the LRA 2006-08) and
``tests/data/timeline47`` (Sierra Leone 1999-2000, Darfur 2004) were held back until the
fixes for those were in: first-run alert F1 0.17 and 0.12.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from typing import Any

import orjson
import pytest

from streams.offline import run_replay
from streams.settings import Settings

pytestmark = pytest.mark.unit

DATA = Path(__file__).resolve().parents[2] / "data"
TIMELINES = (
    "timeline",
    "timeline2",
    "timeline3",
    "timeline4",
    "timeline5",
    "timeline6",
    "timeline7",
    "timeline8",
    "timeline9",
    "timeline10",
    "timeline11",
    "timeline12",
    "timeline13",
    "timeline14",
    "timeline15",
    "timeline16",
    "timeline17",
    "timeline18",
    "timeline19",
    "timeline20",
    "timeline21",
    "timeline22",
    "timeline23",
    "timeline24",
    "timeline25",
    "timeline26",
    "timeline27",
    "timeline28",
    "timeline29",
    "timeline30",
    "timeline31",
    "timeline32",
    "timeline33",
    "timeline34",
    "timeline35",
    "timeline36",
    "timeline37",
    "timeline38",
    "timeline39",
    "timeline40",
    "timeline41",
    "timeline42",
    "timeline43",
    "timeline44",
    "timeline45",
    "timeline46",
    "timeline47",
    "timeline48",
    "timeline49",
    "timeline50",
    "timeline51",
    "timeline52",
    "timeline53",
    "timeline54",
    "timeline55",
    "timeline56",
    "timeline57",
    "timeline58",
    "timeline59",
    "timeline60",
    "timeline61",
    "timeline62",
    "timeline63",
    "timeline64",
    "timeline65",
    "timeline66",
)
# The lowest alert F1 each timeline must keep; a timeline missing here is not scored yet.
# The fresh timelines' floors started at their first-run figures rounded down and were
# raised as their failure classes were fixed: floors to keep, not targets.
F1_FLOORS = {
    "timeline": 0.9,
    # timeline2 0.88 once a suspension told beside the collapse it preceded alerts (fxord).
    "timeline2": 0.85,
    # timeline3 lost 0.03 when its gold took the later convention of a violated truce said
    # to hold again (its humanitarian truce is then read under the general key: a miss).
    "timeline3": 0.7,
    # timeline4 0.96 once a breach beside the collapse it caused alerts too.
    "timeline4": 0.95,
    # timeline5 and timeline6 started at their first-run figures (0.48, 0.22) rounded down;
    # floors to raise as the failure classes they show are fixed.
    "timeline5": 0.95,
    "timeline6": 0.75,
    # timeline7 (Yemen 2026) and timeline8 (Colombia-ELN 2026) started at their first-run
    # figures (0.55, 0.38) rounded down: floors to raise as their failure classes are fixed.
    # timeline7 0.70 once habits and modal status nouns stopped counting as news.
    "timeline7": 0.65,
    # timeline8 0.56 once a breach beside the collapse it caused alerts too, 0.65 after
    # held people as captives and signings in time clauses still to come.
    # timeline8 0.70 since the FARC dissidents are a known conflict with Colombia (a recap
    # of "a faction that never accepted" the 2016 deal now reads as their rejection).
    "timeline8": 0.65,
    # timeline9 (Russia-Ukraine spring 2025) started at its first-run figure (0.37) rounded
    # down; raised to 0.50 after the tracker fixes, 0.75 after extraction fixes (0.79): to
    # raise as its other classes are fixed.
    "timeline9": 0.75,
    # timeline10 (Israel-Lebanon 2024-25, Israel-Iran 2025) started at its first-run figure
    # (0.34); 0.87 after general fixes for its classes.
    "timeline10": 0.85,
    # timeline11 (Israel-Hamas 2025) started a bit below its first-run figure (0.32); 0.63
    # after tracker and extraction fixes for its classes and timeline13's; 0.67 once
    # "that" after "concluding" and "talks on prolonging" were read right; 0.74 once a
    # start "proposed" as a noun ("called for the start of talks") stopped reading as begun.
    "timeline11": 0.7,
    # timeline12 (Ethiopia 2022-23) first ran at 0.15, 0.27 with its two sides in the
    # gazetteer; 0.85 after general fixes for its classes.
    "timeline12": 0.8,
    # timeline13 (India-Pakistan 2025, DR Congo-Rwanda-M23 2025) started a bit below its
    # first-run figure (0.48); 0.80 after general fixes for its classes (computed 0.7999),
    # 0.84 once a breach beside the collapse it caused alerts too.
    "timeline13": 0.8,
    # timeline14 (Sudan 2023, Thailand-Cambodia 2025) and timeline15 (Russia-Ukraine
    # March-April 2025) were first run on the end of session 11's code: 0.63 and 0.51;
    # timeline15 0.67 after general fixes for its classes (conditions, participles,
    # a verbal pause's truce, one side's restated consent); timeline14 0.67 once a length
    # first told after it would have run out stopped expiring the truce retroactively.
    # timeline14 0.646 once clocks with a colon were read: tl14-1405's "took effect at
    # 9:45 p.m." now dates the Jeddah truce, so the tracker expires it by the clock before
    # tl14-1406 reports its extension, and that article's recap reopens it (two alerts).
    # timeline14 0.69 once a purpose told after a truce restated it (tl14-1407).
    # timeline14 0.72 once a sea before a word for a town ("this Red Sea city", Jeddah)
    # only located it and named no side of the war at sea; 0.78 once an extension told
    # just after an end worked out from the length extends the truce (fxl); 0.84 once a
    # recap dated to a recent month no longer shadows the day's news (fx33b, tl14-1407).
    "timeline14": 0.8,
    "timeline15": 0.65,
    # timeline16-18 started at their first-run figures (0.47, 0.18, 0.12) rounded down;
    # timeline17 0.45 after general fixes for its classes (its 2022 truce's key aside).
    # timeline16 0.65 in session 13 (region names as places, talks on a settlement,
    # "the latest" as a truce, a start dated by its clock in a "since" clause); 0.67 after
    # fx34's reading of what nobody reports ("Neither side said it was withdrawing").
    "timeline16": 0.65,
    "timeline17": 0.4,
    # timeline18 0.55 (computed 0.545) after general fixes for its classes (grain and sea
    # corridor scopes, deal words scoped by their article, orders to hold fire, expiry
    # and rejoining wording); 0.61 once clocks with a colon were read ("from 12:00
    # Moscow time on January 6": the Christmas truce starts then, not when ordered);
    # 0.67 in session 13 (ships moving "under the deal", "before they agree to renew").
    "timeline18": 0.65,
    # timeline19 first ran at 0.10 (0.11 after one general modality fix); 0.29 in session
    # 13 (a country named as its own region is a place; the Gaza pause's key is left);
    # 0.35 in session 14 (more time granted is an extension; a start told by its day
    # does not precede the agreement made that day).
    "timeline19": 0.3,
    # timeline20 (Libya 2020, Idlib 2020) first ran at 0.37, 0.56 after the fixes for the
    # observation and tracker classes it showed; 0.65 once "in Syria's Idlib province"
    # and "Syria time" were read as a place and a clock's zone; its floor a step below.
    "timeline20": 0.6,
    # timeline21 first ran at 0.30; 0.79 after general fixes for its classes (purpose
    # restatements, blocs, restoration wording, stated ends, older starts, own truces).
    "timeline21": 0.75,
    # timeline22 (Georgia 2008, Colombia-FARC 2016) and timeline23 (Minsk 2014-15, Gaza
    # 2014) first ran at 0.11 and 0.13 on session 13's code after its other fixes;
    # timeline23 0.36 after the separatist republics became one joint side, places read
    # as the article's own pair, and a request for a truce became a proposal.
    "timeline22": 0.45,  # 0.40 after fx22's general fixes (FARC id, dated recaps, cues);
    # 0.48 once a revised deal dated after the last change is another agreement (fx19c)
    "timeline23": 0.5,  # 0.41 once fire during a humanitarian pause breaks it (fx22b);
    # 0.46 once a truce never made (proposed, rejected) no longer runs out by its clock;
    # 0.51 once an extension told just after a worked-out end extends the truce (fxl);
    # 0.52 once a deal signed "on" a weekday of the past week, months after a live
    # truce, is another agreement (fx31).
    # timeline24 (Syria 2016, Afghanistan 2020) first ran at 0.00: the gazetteer has no id
    # for the 2016 Syrian rebels and reads the 2020 Taliban as Afghanistan itself; 0.41
    # after dated names, the usual rebels of a state, brokers kept out of the sides, the
    # withdrawal deal and the "turn it into a ceasefire" proposal; 0.47 once talks due
    # later no longer hold back a truce already in force; 0.50 once a deal signed "on" a
    # weekday of the past week, months after a live truce, is another agreement (fx31);
    # 0.49 once a recap dated to a recent month ("when the cessation began in February")
    # no longer shadows the day's news of the same status (fx33b): tl24-2403's news is the
    # start of a local Aleppo pause, which the extraction does not tell from the general
    # truce, so it adds one in_effect alert to an instance read as run out. 0.48 until the
    # local "regime of calm" gets its own scope.
    "timeline24": 0.48,
    # timeline25 (South Sudan 2014-18, Kyrgyzstan-Tajikistan 2021-22) first ran at 0.20
    # with SPLM-IO in its gold, 0.63 with the canonical SPLM_IO; 0.82 once new agreements
    # (told as the day's news months after a live one, or dated after an ended one was
    # agreed) open their own instances, and after further fixes of its classes.
    "timeline25": 0.8,
    # timelines 26 (Russia-Ukraine April-June 2025) and 27 (Gaza 2021/2022, Armenia-Azerbaijan
    # 2022) were held back and first run on session 14's final code: 0.52 and 0.58;
    # timeline27 0.73 after general fixes of its classes ('ended with a ceasefire', 'did not
    # hold', 'a ceasefire ended it').
    # 0.59 after fx26's general fixes (callers, venues, made truces, rounds); 0.62 once a
    # recap dated to a recent month no longer shadows the day's news (fx33b).
    "timeline26": 0.6,
    "timeline27": 0.7,
    # timeline28 (Yemen: Stockholm 2018, the 2020 coalition truce, the 2020 prisoner swap),
    # written before its author read any rule, first ran at 0.10 (sides of a coalition,
    # local truces, mediators as parties); 0.38 after fx28's general fixes (allied fronts,
    # counted nationals, status phrases, mediating bodies); 0.41 once the coalition's
    # extension, told the day after the first period ran out, extends it (fxl).
    "timeline28": 0.4,
    # timeline29 (Turkey-PKK 2013-15 and 2025, the Orthodox Christmas truce of 2023), written
    # before reading the rules: first-run alert F1 0.75 (P 0.86, R 0.67); 0.86 after fx29's
    # general fixes (calls to lay down arms, a group's withdrawal, no truce "of its own").
    "timeline29": 0.85,
    # timeline30 (Israel-Hezbollah 2006, the Philippines and the NPA 2016-17), written before
    # reading the rules and held back: first run on the session's final code 0.24; 0.56
    # after fx30's general fixes (the NPA and the 2006 officials in the gazetteer, a party
    # lifting its truce); 0.75 after fxl's humanitarian purpose of a halt of air strikes
    # told in the next sentence, 0.81 after its second declaration with its own start.
    "timeline30": 0.8,
    # timeline31 (Sri Lanka-LTTE 2001-08, Mozambique-RENAMO 2016-19), written before reading
    # the rules: first-run alert F1 0.00 (the LTTE and RENAMO unknown, so mediators, venues
    # and an accord's city filled the party slot). A floor to raise, not a target. 0.35 once
    # an armed group the article introduces itself is an actor (intro's fallback), 0.36 when
    # it fights the article's state, not the facilitator; 0.47 when "LTTE leader X" in war
    # news introduces the group too; 0.79 with the LTTE and RENAMO in the gazetteer and
    # fx31's general fixes (go-betweens and talks venues no side, false collapse cues).
    "timeline31": 0.75,
    # timeline32 (Ethiopia-Eritrea 2018, Israel-Islamic Jihad 2019 and 2023), written before
    # reading the rules: first-run alert F1 0.36 (P 0.44, R 0.31); 0.77 after fx32's general
    # fixes ("the Palestinians" as the armed group named, talks with no talks noun, a
    # mediator's record, old recaps of an unheard key, a dormant key's new round).
    "timeline32": 0.75,
    # timeline33 (Armenia-Azerbaijan April 2016, Colombia-ELN 2017-18), written before reading
    # the rules and held back: first run on the session's final code 0.56; 0.62 after fx33's
    # general fixes (a host in a relative clause, being unable to agree, casualties since a
    # deal, a time phrase before the verb's object); 0.67 once a recap dated to a recent
    # month no longer shadows the day's news (fx33b).
    "timeline33": 0.65,
    # timeline34 (Israel-Hamas November 2012, the Donbas ceasefire of July 2020), written
    # before reading the rules and held back: first run on the session's final code 0.48;
    # 0.67 after fx34's general fixes (what nobody reports, talks ending without a deal in a
    # headline, another object's state "in place", a base form sharing a future, "talks" as
    # a verb).
    "timeline34": 0.65,
    # timeline35 (the Israel-Hamas calm of 2008-09, Afghanistan's Eid ceasefires of June 2018),
    # written before reading the rules: first-run alert F1 0.50 (0.55 after two gold
    # corrections its README lists), 0.71 after general fixes for the classes it showed;
    # 0.82 after fx35b's (a year in "the first ... since" is no history; the other side's
    # own declared truce is another instance).
    "timeline35": 0.80,
    # timeline36 (India-Pakistan 2021, Myanmar northern Shan 2023-24) first ran at 0.14;
    # its floor a step below, rounded down: a floor to raise as its classes are fixed.
    # 0.58 once a coalition's members are keyed as the coalition, 0.80 after the fx36
    # fixes (earlier truces as others of the kind, a hope as no deal, a verb after the
    # subject's relative clause); 0.85 once a side's own "would cease fire" after its
    # readiness for talks is its agreement (fx33b).
    "timeline36": 0.8,
    # timeline37 and timeline38, written before reading the rules and held back: first runs
    # on session 17's final code 0.45 and 0.63. timeline37 0.58 once a truce tied in its
    # sentence to a corridor or to getting people out of a place is humanitarian, 0.62 once
    # "every ceasefire since November" is others of the kind, 0.65 once a truce that
    # "would apply from" a time is agreed, 0.67 once a mediator who "had worked on" it
    # tells its making, not talks (fx37); 0.69 once a live blog's start of the truce
    # alerts beside its collapse the same afternoon (fxord); 0.71 once an offer of
    # evacuation routes is a humanitarian pause (fx37b).
    "timeline37": 0.7,
    # timeline38: 0.76 once a truce with a length the ended one lacked is a new one, 0.78
    # with "no longer bound by" an accord as its end, 0.83 with "suspended the whole of"
    # the accord (fx38); 0.88 once the South's suspension alerts beside the North's
    # repudiation of the next day that leads the article (fxord).
    "timeline38": 0.85,
    # timeline39-41, held back: first runs on session 18's final code 0.32, 0.50 and 0.23.
    "timeline39": 0.4,
    "timeline40": 0.7,
    # timeline41: 0.43 once "Druze leaders" speak for the Druze and Druze-Syria is a known
    # conflict (the Sweida truces were keyed to Israel and Syria). 0.39 with Sweida a
    # place of that conflict (observations 0.47 -> 0.64): the truces now keyed to their
    # sides show the tracker's stages an article early or late, which the wrong key's
    # chance matches (an Israel-Syria "collapse" and "agreement") had covered.
    "timeline41": 0.45,
    # timeline42 and 44, held back: first runs on session 19's code 0.56 and 0.37. With
    # the Free Aceh Movement and the Radaa known, 0.52 and 0.57: timeline42's agreement
    # now has its sides in every article, which shows the stages it reads a step early or
    # late (4203, 4208) that the wrong keys had hidden; 0.59 once a collapse told in the
    # progressive ("has been unravelling") ends nothing.
    "timeline42": 0.55,
    # timeline43 and 45, held back: first runs on session 20's code 0.00 and 0.00 (every
    # armed group unknown). Names closed by "Army" or "Mujahideen" now introduce their
    # group, and the gazetteer knows the IRA, the CLMC, the Bosnian Serbs, the Hizbul and
    # Nepal's Maoists: 0.53 and 0.53; 0.61 for timeline43 once a restored truce is read.
    "timeline43": 0.6,
    "timeline44": 0.6,
    "timeline45": 0.5,
    # timeline46 and 47, held back: first runs 0.17 and 0.12. With UNITA, the LRA, the RUF,
    # the SLM and JEM known (the last two as one side, as they signed in 2004): 0.69 and
    # 0.38 (Darfur's humanitarian truce still read as the general one).
    "timeline46": 0.65,
    "timeline47": 0.4,
    # timeline48-51, held back: first runs 0.32 and 0.34 (session 21, mid-session code),
    # 0.44 and 0.38 (the session's final rules). timeline48 0.38 with HOUTHIS accepted for
    # the author's HOUTHI, 0.39 once a December date in a January article is last year's;
    # timeline49 0.45 with Karabakh's own side (NKR) after 2020; timeline51 0.40 once the
    # White House a declaration is signed at is no side of it.
    "timeline48": 0.4,
    "timeline49": 0.55,
    "timeline50": 0.45,
    "timeline51": 0.55,
    # timeline52-54, held back: first runs 0.11, 0.42 and 0.10 (session 21's final rules).
    # 0.22, 0.50 and 0.36 once gold accepts the gazetteer's ids for the EMC, the CSP and the
    # SPLM-IO (timeline52 and 54 are one brief written by two authors).
    # Session 22's fixers: timeline41 0.47, 47 0.44, 48 0.44, 49 0.62, 50 0.48, 51 0.59,
    # 52 0.31, 53 0.64, 54 0.44 (the FARC dissidents a known conflict with Colombia, a
    # present-perfect end beside an old date, Karabakh's own side for its people's names,
    # deals to merge forces into the state, an open-ended extension drops the old end).
    "timeline52": 0.3,
    "timeline53": 0.6,
    "timeline54": 0.4,
    # timeline55-56, held back: first runs 0.00 and 0.00 (neither story's sides in the
    # gazetteer); 0.50 and 0.29 with the entries added and session 23's rules, 0.55 and
    # 0.42 once mediators, guarantors and allies were no parties (session 24).
    "timeline55": 0.5,
    "timeline56": 0.35,
    # timeline57-58, held back (session 24): first runs 0.08 and 0.18 (the Ivorian rebels,
    # the KLA and Yugoslavia not in the gazetteer); 0.25 and 0.21 with the entries added;
    # 0.86 and 0.32 once 'declared a truce over the holidays' was no end and their wars
    # were known conflicts (session 25).
    "timeline57": 0.75,
    "timeline58": 0.3,
    # timeline59-60, held back (session 25): first runs 0.69 (both wars known) and 0.21
    # (no LURD, MODEL, CNDD-FDD or FNL in the gazetteer); 0.39 with the entries added.
    "timeline59": 0.65,
    "timeline60": 0.35,
    # timeline61-63, held back (session 26): first runs 0.00, 0.10 and 0.46 (Tajikistan's
    # UTO, Casamance's MFDC and the Naga groups unknown; Iran-Iraq and Eritrea-Ethiopia
    # known); the session's rules left them at 0.00, 0.10 and 0.47; 0.50, 0.37 and 0.50
    # once named groups, their factions and a truce's own valley were read (session 27).
    "timeline61": 0.45,
    "timeline62": 0.3,
    "timeline63": 0.45,
    # timeline64-65, held back (session 27): first runs 0.49 (known wars in new words) and
    # 0.00 (the Zapatistas and the Bougainville secessionists unknown); 0.53 and 0.12 after
    # the session's rules.
    "timeline64": 0.45,
    "timeline65": 0.1,
    # timeline66, held back (session 28): El Salvador 1989-92 and Lebanon 1996, first run 0.33.
    "timeline66": 0.3,
}

AlertKey = tuple[str, str, str]


@cache
def replayed_alerts(timeline: str) -> tuple[dict[str, Any], ...]:
    out = io.BytesIO()
    paths = sorted((DATA / timeline).glob("*.gold.json"))
    code = run_replay(paths, Settings(_env_file=None), stdout=out)
    assert code == 0
    return tuple(orjson.loads(line) for line in out.getvalue().splitlines())


def replayed(timeline: str) -> frozenset[AlertKey]:
    return frozenset(
        (a["agreement"]["id"].split("@", 1)[0], a["status"], a["article_id"])
        for a in replayed_alerts(timeline)
    )


@cache
def expected_entries(timeline: str) -> tuple[dict[str, Any], ...]:
    return tuple(orjson.loads((DATA / timeline / "expected_alerts.json").read_bytes()))


def expected(timeline: str) -> frozenset[AlertKey]:
    return frozenset(
        (e["agreement_key"], e["status"], e["article_id"]) for e in expected_entries(timeline)
    )


def article_ids(timeline: str) -> set[str]:
    return {
        orjson.loads(path.read_bytes())["article"]["id"]
        for path in (DATA / timeline).glob("*.gold.json")
    }


@pytest.mark.parametrize("timeline", TIMELINES)
def test_the_expected_alerts_tell_each_instance_as_one_chain_of_status_changes(
    timeline: str,
) -> None:
    # Each instance's alerts, in event-time order, start from nothing and each names
    # the status the one before it left, as the tracker's alerts do.
    last: dict[str, str | None] = {}
    ids = article_ids(timeline)
    for entry in sorted(expected_entries(timeline), key=lambda e: e["changed_at"]):
        instance = entry["instance_id"]
        assert instance.split("@", 1)[0] == entry["agreement_key"]
        assert entry["article_id"] in ids
        assert entry["previous_status"] == last.get(instance), entry
        last[instance] = entry["status"]


@pytest.mark.parametrize("timeline", TIMELINES)
def test_the_replay_alerts_only_on_the_timelines_articles(timeline: str) -> None:
    alerts = replayed_alerts(timeline)
    assert alerts
    assert {a["article_id"] for a in alerts} <= article_ids(timeline)


def test_every_expected_alert_of_the_fitted_timeline_comes_out_of_the_replay() -> None:
    assert sorted(expected("timeline") - replayed("timeline")) == []


@pytest.mark.parametrize("timeline", sorted(F1_FLOORS))
def test_the_replayed_alerts_match_the_expected_ones_above_the_timelines_floor(
    timeline: str,
) -> None:
    got, want = replayed(timeline), expected(timeline)
    hits = len(want & got)
    precision = hits / len(got)
    recall = hits / len(want)
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    assert f1 >= F1_FLOORS[timeline], sorted(got - want)
