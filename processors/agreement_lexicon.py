"""The agreement lexicon: the words that name agreements and assert their status.

All vocabulary lives in ``processors/data/agreements.json``; ``load_agreement_lexicon``
reads it once at start-up and compiles every pattern, so extraction only runs
precompiled regular expressions. The returned ``AgreementLexicon`` is immutable.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date, timedelta, timezone, tzinfo
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from processors.agreement_patterns import (
    after_separator,
    bounded_words,
    compile_words,
    cue_patterns,
    led_by_first_letters,
    letter_cases,
    letter_led,
    mention_patterns,
    modal_pattern,
    name_pattern,
    numbered,
    scope_pattern,
    term_extended,
)
from processors.agreement_vocabulary import AgreementLexicon, CueSpec, Grammar, MentionSpec, Role
from processors.keyed_pattern import keyed
from processors.model import Scope
from processors.word_patterns import build_word_patterns, build_word_scanner

__all__ = [
    "AgreementLexicon",
    "CueSpec",
    "MentionSpec",
    "Role",
    "build_agreement_lexicon",
    "load_agreement_lexicon",
]


def build_agreement_lexicon(data: Mapping[str, Any]) -> AgreementLexicon:
    """Compile the lexicon from its decoded JSON form."""
    mention_parts, mention_specs = mention_patterns(data)
    cue_parts, cue_specs = cue_patterns(data)
    modality = data["modality"]
    exact = modality.get("case_sensitive", [])
    attacks = data["attacks"]
    durations = data["durations"]
    dates = data["dates"]
    places = {name: tuple(sorted(p)) for name, p in data["places"].items()}
    conflicts = tuple(cast(tuple[str, str], tuple(sorted(pair))) for pair in data["conflicts"])
    conflicts_of: dict[str, list[int]] = {}
    for i, pair in enumerate(conflicts):
        for side in dict.fromkeys(pair):
            conflicts_of.setdefault(side, []).append(i)
    zones = {name.lower(): _zone(spec) for name, spec in dates["zones"].items()}
    zone_names = "|".join(re.escape(n) for n in sorted(zones, key=len, reverse=True))
    today_names = "|".join(re.escape(w) for w in dates["today"])
    place_names = sorted(places, key=len, reverse=True)
    mentions = build_word_patterns(mention_parts)
    cues = build_word_patterns(cue_parts)
    attack = build_word_patterns([(f"a{i}", p) for i, p in enumerate(attacks["attack"])])
    return AgreementLexicon(
        mentions=mentions,
        mention_specs=MappingProxyType(mention_specs),
        cues=cues,
        cue_specs=MappingProxyType(cue_specs),
        # "a proposal by Egyptian and Qatari mediators for a truce": its author may stand
        # between the wrapper and the link word.
        wrapper_link=re.compile(
            r"\s*(?:(?:by|from)\s+(?:[\w\u2019'.-]+\s+){1,5}?"
            # "a proposal by the Quad - the US, Egypt and Saudi Arabia - for a truce".
            r"(?:(?:[-\u2013\u2014]\s[^\u2013\u2014()]{1,120}?\s[-\u2013\u2014]|\([^()]{1,120}\))\s+)?)?"
            # "a deal, facilitated by the ICRC, to exchange prisoners": an aside between.
            r"(?:,\s[^,;:.]{1,60},\s*)?"
            # "a plan to rebuild Gaza after a truce": a time phrase is not what it is about.
            rf"{data['wrapper_link']}\s+"
            r"(?:(?!(?:after|before|until|since|during|following)\s)[\w\u2019'-]+\s+){0,4}?$",
            re.IGNORECASE,
        ),
        non_agreement=compile_words(data["non_agreement_modifiers"]),
        talks_on_other=re.compile(
            # "talks between Washington and Tehran on a nuclear deal": sides may come first.
            r"\s+(?:(?:between|with|among)\s+(?:[\w\u2019'.-]+\s+){1,5}?)?"
            rf"{data['wrapper_link']}\s+(?:(?:a|an|the|new|possible|future)\s+)*"
            rf"(?:{'|'.join(data['non_agreement_modifiers'])})\s+{data['other_deal_nouns']}\b",
            re.IGNORECASE,
        ),
        talks_about_other=keyed(
            re.compile(data["talks_about_other"], re.IGNORECASE), data["talks_about_other_keys"]
        ),
        hypothetical=compile_words(data["hypothetical_modifiers"], 0),
        term_of=re.compile(
            # (with the term's own complement: "the deadline for the pullout under")
            rf"{bounded_words(data['term_nouns'])}\s+"
            r"(?:(?:for|of)\s+(?:the\s+|its\s+)?(?:[\w\u2019'-]+\s+){1,2})?"
            rf"{bounded_words(data['term_links'])}\s+"
            r"(?:(?:the|a|an|its|their|this|that)\s+)?$",
            re.IGNORECASE,
        ),
        term_extended=term_extended(data["term_nouns"]),
        open_ended=compile_words(data["open_ended"]),
        pair_head=re.compile(
            rf"{bounded_words(data['pair_heads'])}\s+of\s+(?:the\s+)?$", re.IGNORECASE
        ),
        member_head=re.compile(
            rf"{bounded_words(data['member_heads'])}\s+of\s+(?:the\s+)?$", re.IGNORECASE
        ),
        generic_agent=re.compile(
            rf"{bounded_words(data['generic_agents'])}\s+(?:(?:who|that|which)\s+)?(?:\w+ly\s+)?$",
            re.IGNORECASE,
        ),
        scope_left=scope_pattern(data["scope_cues"], "left"),
        scope_right=scope_pattern(data["scope_cues"], "right"),
        scope_heads=frozenset(
            head for entry in data["scope_cues"].values() for head in entry["heads"]
        ),
        scope_names={
            name: entry["scope"] for name, entry in data["scope_cues"].items() if "scope" in entry
        },
        wrapper_scopes=frozenset(
            scope for scope, entry in data["scope_cues"].items() if entry.get("wrappers_only")
        ),
        orphan_blockers=compile_words(data["orphan_blockers"]),
        orphan_generic=re.compile(
            rf"(?<![\w-])(?:{'|'.join(data['orphan_generic'])})\s*$", re.IGNORECASE
        ),
        embedded_void=keyed(compile_words(data["embedded_void"], 0), data["embedded_void_keys"]),
        assertive_governors=frozenset(data["assertive_governors"]),
        own_agreement=re.compile(data["own_agreement"], re.IGNORECASE),
        in_person=re.compile(data["in_person"], re.IGNORECASE),
        ordinal_subject=re.compile(data["ordinal_subject"]),
        ordering_governors=frozenset(data["ordering_governors"]),
        proposing_governors=frozenset(data["proposing_governors"]),
        one_off_scopes=frozenset(data["one_off_scopes"]),
        aim_before_gerund=re.compile(
            rf"\b(?:{'|'.join(re.escape(w) for w in data['aim_before_gerund'])})\s+$",
            re.IGNORECASE,
        ),
        talks_on_gerund=re.compile(
            rf"\b(?:{'|'.join(data['talks_on_gerund']['nouns'])})"
            rf"\s+(?:[\w\u2019'-]+\s+){{0,4}}?(?:{'|'.join(data['talks_on_gerund']['links'])})\s+$",
            re.IGNORECASE,
        ),
        causatives=frozenset(data["causatives"]),
        describing_talks=keyed(
            _words_shortly_before(data["describing_talks"]), data["describing_talks_keys"]
        ),
        asked_for_talks=keyed(
            _words_shortly_before(data["asked_for_talks"]), data["asked_for_talks_keys"]
        ),
        temporal_background=re.compile(data["temporal_background"], re.IGNORECASE),
        pre_empted=(
            re.compile(data["pre_empted"]["renewal"], re.IGNORECASE),
            re.compile(data["pre_empted"]["unless"], re.IGNORECASE),
        ),
        general=compile_words(data["general_cues"], 0),
        talk_cues=compile_words(data["talk_cues"]),
        wrapper_prefers=MappingProxyType(dict(data["wrapper_prefers"])),
        name_heads=frozenset(data["name_heads"]),
        proposed_that=re.compile(data["proposed_that"], re.IGNORECASE),
        agreeing_to_act=re.compile(data["agreeing_to_act"], re.IGNORECASE),
        proposing_start=re.compile(data["proposing_start"], re.IGNORECASE),
        captives_near=re.compile(data["captives_near"], re.IGNORECASE),
        captives_window=int(data["captives_window"]),
        war_words=re.compile(rf"\b(?:{'|'.join(data['war_words'])})\b", re.IGNORECASE),
        # These two are led by the character before their words (a search skips to blanks
        # and marks).
        negation_reject=after_separator(compile_words(data["negations"]["to_rejected"], 0)),
        negation_void=after_separator(compile_words(data["negations"]["void"], 0)),
        negation_denial=compile_words(data["negations"]["denial"], 0),
        negation_window=int(data["negation_window"]),
        # These two are led by the character before their words, so that a search skips
        # to blanks and marks instead of trying the branches at most letters.
        conditional=after_separator(modal_pattern(modality["conditional"], exact)),
        irrealis=after_separator(modal_pattern(modality["irrealis"], exact)),
        pending_until=re.compile(modality["pending_until"], re.IGNORECASE),
        modal_after_status_noun=re.compile(modality["after_status_noun"], re.IGNORECASE),
        future=keyed(modal_pattern(modality["future"], exact), modality["future_keys"]),
        reported=compile_words(modality["reported"]),
        modality_window=int(modality["window"]),
        clause_breaks=tuple(data["clause_breaks"]),
        falling_apart=tuple(data["falling_apart"]),
        grammar=_grammar(data),
        gap_blockers=compile_words(data["gap_blockers"]),
        np_stops=frozenset(data["np_stops"]),
        left_stops=frozenset(data["left_stops"]),
        prepositions=frozenset(data["prepositions"]),
        pronouns=MappingProxyType(dict(data["pronouns"])),
        both_sides=compile_words(data["both_sides"]),
        each_other=compile_words(data["each_other"]),
        # A marker runs into the name after it: no word boundary at its end.
        mediator_markers=letter_led(
            data["mediator_markers"], lambda _, branch: letter_cases(branch[0]), True, after=""
        )
        or re.compile(rf"(?<![\w-])(?:{'|'.join(data['mediator_markers'])})", re.IGNORECASE),
        broker_words=frozenset(data["broker_words"]),
        mediator_suffixes=frozenset(data["mediator_suffixes"]),
        led_sides=frozenset(data["led_sides"]),
        patron_suffixes=frozenset(data["patron_suffixes"]),
        client_nouns=frozenset(data["client_nouns"]),
        group_nouns=after_separator(compile_words(data["group_nouns"])),
        fought_after=re.compile(data["fought_after"]),
        fought_before=re.compile(data["fought_before"]),
        usual_insurgents=MappingProxyType(
            {state: _eras(groups) for state, groups in data["usual_insurgents"].items()}
        ),
        people_groups=MappingProxyType(
            {state: tuple(groups) for state, groups in data["people_groups"].items()}
        ),
        people_group_nouns=re.compile(
            rf"\s+(?:{'|'.join(sorted(data['people_group_nouns'], key=len, reverse=True))})\b",
            re.IGNORECASE,
        ),
        same_front={
            actor: frozenset(group) - {actor} for group in data["same_front"] for actor in group
        },
        front_names={actor: group[0] for group in data["same_front"] for actor in group[1:]},
        allied_fronts=MappingProxyType(
            {
                enemy: MappingProxyType(dict(allies))
                for enemy, allies in data["allied_fronts"].items()
            }
        ),
        joint_sides={actor: frozenset(group) for group in data["joint_sides"] for actor in group},
        coalitions=MappingProxyType(
            {coalition: tuple(members) for coalition, members in data["coalitions"].items()}
        ),
        coalition_members=frozenset(m for ms in data["coalitions"].values() for m in ms),
        coalition_nouns=re.compile(bounded_words(data["coalition_nouns"]), re.IGNORECASE),
        agent_possessive=re.compile(
            rf"(?:'s|\u2019s|s'|s\u2019)\s+(?:{'|'.join(data['agent_nouns'])})\b", re.IGNORECASE
        ),
        typical_mediators=frozenset(data["typical_mediators"]),
        region_words=frozenset(data["region_words"]),
        place_possessive=re.compile(data["place_possessive"]),
        demonym_place=re.compile(data["demonym_place"]),
        place_prepositions=frozenset(data["place_prepositions"]),
        clock_zone=re.compile(data["clock_zone"]),
        clock_zone_offset=re.compile(data["clock_zone_offset"]),
        clock_zone_before=re.compile(data["clock_zone_before"]),
        non_party=re.compile(data["non_party"].replace("{denial}", data["non_party_denial"])),
        non_party_denial=re.compile(data["non_party_denial"]),
        go_between_after=re.compile(data["go_between_after"]),
        go_between_before=re.compile(data["go_between_before"]),
        go_between_led=re.compile(data["go_between_led"]),
        go_between_hints=tuple(data["go_between_hints"]),
        ally_after=re.compile(data["ally_after"]),
        ally_words=tuple(re.compile(word) for word in data["ally_words"]),
        reporting=compile_words(data["reporting"]),
        accusation=re.compile(data["accusation"], re.IGNORECASE),
        attack=attack,
        words=build_word_scanner(mentions, cues, attack),
        continuity=compile_words(attacks["continuity"]),
        attack_blockers=compile_words(attacks["blockers"]),
        attack_by=re.compile(rf"\s*{attacks['by']}$", re.IGNORECASE),
        attack_scopes=tuple(attacks["scopes"]),
        attack_whole=frozenset(attacks["whole_scopes"]),
        attack_protected=frozenset(attacks["protected_by"]),
        duration=compile_words(numbered(durations["patterns"])),
        numbers=MappingProxyType({k: float(v) for k, v in durations["numbers"].items()}),
        other_instances=frozenset(data["other_instances"]),
        every_instance=frozenset(data["every_instance"]),
        units=MappingProxyType({k: float(v) for k, v in durations["units"].items()}),
        months=MappingProxyType(dict(dates["months"])),
        weekdays=MappingProxyType(dict(dates["weekdays"])),
        zones=MappingProxyType(zones),
        today=tuple(dates["today"]),
        loose_clock=timedelta(hours=float(dates["loose_clock_hours"])),
        small_hours=timedelta(hours=float(dates["small_hours"])),
        date=re.compile(
            dates["date"].replace("{zone}", zone_names).replace("{today}", today_names)
        ),
        time_first=re.compile(dates["time_first"].replace("{zone}", zone_names)),
        date_start=re.compile(
            rf"{dates['start']}(?:{dates['start_place']})?(?:\s+{dates['ahead']})?\s+$"
        ),
        # A whole word: "suspended on March 10" holds "ended on" but names no end.
        date_end=re.compile(rf"\b(?:{dates['end']})(?:\s+{dates['ahead']})?\s+$"),
        date_through=re.compile(rf"\b(?:{dates['through']})\s+$"),
        part_of_day=re.compile(dates["part_of_day"]),
        labels=name_pattern(data["labels"], r"[\w-]"),
        conflicts=conflicts,
        conflicts_of=MappingProxyType({a: tuple(i) for a, i in conflicts_of.items()}),
        places=MappingProxyType(places),
        # "1-Gaza ceasefire": a place may follow a hyphen.
        place_pattern=_place_pattern(place_names, data["shores"], data["shore_nouns"]),
        abbreviations=frozenset(data["abbreviations"]),
    )


def _grammar(data: Mapping[str, Any]) -> Grammar:
    words = data["grammar"]
    determiners = "|".join(re.escape(w) for w in words["determiners"])
    coordinators = "|".join(re.escape(w) for w in words["coordinators"])
    sequels = "|".join(re.escape(w) for w in words["sequels"])
    speaker = [w for w, role in data["pronouns"].items() if role == "speaker"]
    possessives = words["speaker_possessives"]
    return Grammar(
        determiners=frozenset(words["determiners"]),
        coordination=re.compile(
            rf"^\s*,?\s*(?:{coordinators})\s+(?:(?:a|an|{determiners})\s+)?$", re.IGNORECASE
        ),
        sequel=re.compile(
            rf"^\s*,?\s*(?:{sequels})\s+(?:(?:a|an|{determiners})\s+)?$", re.IGNORECASE
        ),
        np_openers=frozenset(words["np_openers"]),
        verb_objects=frozenset(words["verb_objects"]),
        # Led by the first letters (``re`` skips to them); no word boundary is added.
        length_predicate=letter_led(
            words["length_predicates"], lambda _, p: letter_cases(p[0]), True, after="", behind=""
        )
        or re.compile("|".join(f"(?:{p})" for p in words["length_predicates"]), re.IGNORECASE),
        added_length=re.compile(words["added_length"], re.IGNORECASE),
        length_follows=re.compile(
            rf",?\s*(?:{'|'.join(words['length_followers'])})\s", re.IGNORECASE
        ),
        perfect_state=re.compile(words["perfect_state"], re.IGNORECASE),
        habit_perfect=re.compile(words["habit_perfect"], re.IGNORECASE),
        habit_marker=re.compile(words["habit_marker"], re.IGNORECASE),
        habit_frequency=re.compile(words["habit_frequency"], re.IGNORECASE),
        habit_record=re.compile(words["habit_record"], re.IGNORECASE),
        # Case-sensitive (as written or capitalised): several times faster than ignoring case.
        time_words=led_by_first_letters(
            words["time_words"], r"\b", ignore_case=False, also="0-9", also_alone="[0-9]"
        ),
        participle_blockers=frozenset(words["participle_blockers"]),
        place_noun=re.compile(words["place_nouns"], re.IGNORECASE),
        relative=re.compile(rf"^\s*,?\s*(?:{'|'.join(words['relative_words'])})\b", re.IGNORECASE),
        relative_extra=int(words["relative_extra_words"]),
        reduced_relative=re.compile(words["reduced_relative"]),
        relative_head=re.compile(words["relative_head"]),
        party_pair=re.compile(words["party_pair"]),
        complementizing=re.compile(words["complementizing"], re.IGNORECASE),
        answer_lead=re.compile(words["answer_lead"], re.IGNORECASE),
        generic_truce=re.compile(words["generic_truce"], re.IGNORECASE),
        generic_subject=re.compile(words["generic_subject"], re.IGNORECASE),
        own_marker=re.compile(words["own_marker"], re.IGNORECASE),
        violence_heads=re.compile(words["violence_heads"], re.IGNORECASE),
        conversion=re.compile(words["conversion"], re.IGNORECASE),
        purpose_scopes=tuple(
            (re.compile(pattern), cast(Scope, scope), tuple(words["purpose_scope_words"][scope]))
            for scope, pattern in words["purpose_scopes"].items()
        ),
        partial_halt=re.compile(words["partial_halt"]),
        evacuation_purpose=re.compile(words["evacuation_purpose"]),
        evacuation_purpose_words=tuple(words["evacuation_purpose_words"]),
        corridor_purpose=re.compile(words["corridor_purpose"]),
        corridor_purpose_words=tuple(words["corridor_purpose_words"]),
        corridor_window=(int(words["corridor_window"][0]), int(words["corridor_window"][1])),
        purpose_carrier=re.compile(words["purpose_carrier"]),
        made_in=re.compile(words["made_in"]),
        located_in=re.compile(words["located_in"], re.IGNORECASE),
        term_frame=re.compile(words["term_frame"], re.IGNORECASE),
        clock_after=re.compile(words["clock_after"]),
        venue_name=re.compile(words["venue_name"]),
        partner=re.compile(words["partner"]),
        elapsed_link=re.compile(words["elapsed_link"], re.IGNORECASE),
        past_forms=re.compile(words["past_forms"], re.IGNORECASE),
        present_forms=re.compile(words["present_forms"], re.IGNORECASE),
        declared_start=re.compile(words["declared_start"], re.IGNORECASE),
        told_only=re.compile(words["told_only"], re.IGNORECASE),
        other_holds_out=re.compile(words["other_holds_out"]),
        fighting_goes_on=re.compile(words["fighting_goes_on"], re.IGNORECASE),
        effect_now=re.compile(words["effect_now"], re.IGNORECASE),
        effect_now_before=re.compile(words["effect_now_before"], re.IGNORECASE),
        anaphor_window=int(words["anaphor_window"]),
        question_turn=re.compile(words["question_turn"]),
        talks_not_happening=re.compile(words["talks_not_happening"], re.IGNORECASE),
        talks_ahead=re.compile(words["talks_ahead"], re.IGNORECASE),
        talks_behind=re.compile(words["talks_behind"], re.IGNORECASE),
        talks_sought=re.compile(words["talks_sought"], re.IGNORECASE),
        talks_venue=re.compile(words["talks_venue"], re.IGNORECASE),
        left_gap_blockers=compile_words(words["left_gap_blockers"]),
        subordinate_subject=re.compile(
            rf"(?:{'|'.join(words['subordinators'])})\s+(?:the\s+)?$", re.IGNORECASE
        ),
        subject_verb_gap=re.compile(
            rf"\s+(?:(?:{'|'.join(words['subject_verb_gap'])})\s+)?", re.IGNORECASE
        ),
        verb_object_time=re.compile(words["verb_object_time"], re.IGNORECASE),
        verb_object_share=re.compile(words["verb_object_share"], re.IGNORECASE),
        governor_time=re.compile(words["governor_time"], re.IGNORECASE),
        infinitive_aside=re.compile(words["infinitive_aside"], re.IGNORECASE),
        venue_lead=re.compile(words["venue_lead"], re.IGNORECASE),
        round_subject=re.compile(words["round_subject"], re.IGNORECASE),
        state_keepers=re.compile(words["state_keepers"], re.IGNORECASE),
        anaphoric_objects=re.compile(words["anaphoric_objects"], re.IGNORECASE),
        subject_boundaries=led_by_first_letters(
            words["subject_boundaries"], r"\b", ignore_case=True, also=",", also_alone=","
        ),
        # Led by first letters, with the bounds of ``\b`` before and after: a pattern led
        # by ``\b`` is tried at every character of the clause.
        first_person=letter_led(
            [*speaker, *possessives, "us"],
            lambda _, p: letter_cases(p[0]),
            True,
            after=r"\b",
            behind=r"(?<!\w.)",
        )
        or re.compile(rf"\b(?:{'|'.join([*speaker, *possessives, 'us'])})\b", re.IGNORECASE),
        speaker_possessives=tuple(
            form for w in possessives for form in (f"{w} ", f"{w.capitalize()} ")
        ),
        mediation_hints=tuple(words["mediation_hints"]),
        lengths=tuple(data["durations"]["units"]),
    )


def _place_pattern(names: list[str], shores: list[str], shore_nouns: str) -> re.Pattern[str]:
    """The places of known conflicts, a sea left out where it only locates a town on land.

    "the Red Sea port city of Hodeidah": before a word for a place on land, a sea says
    where the place lies and names none of the sides of the war at sea. The test runs
    only after a sea's whole name has matched (a look-behind per sea), so the scan costs
    no more than the names alone.
    """
    pattern = name_pattern(names, r"\w").pattern
    if shores:
        after = "|".join(f"(?<={re.escape(sea)})" for sea in shores)
        pattern = f"{pattern}(?!(?:{after}){shore_nouns})"
    return re.compile(pattern)


def _eras(
    groups: str | list[Mapping[str, str]],
) -> tuple[tuple[str, date | None, date | None], ...]:
    """A state's usual insurgents: one id for all time, or ids each with the days it is
    the one ``since`` and ``until`` (ISO dates, either may be left out)."""
    if isinstance(groups, str):
        return ((groups, None, None),)
    return tuple(
        (
            group["id"],
            date.fromisoformat(group["since"]) if "since" in group else None,
            date.fromisoformat(group["until"]) if "until" in group else None,
        )
        for group in groups
    )


def _zone(spec: list[Any] | None) -> tzinfo | None:
    """A zone from its IANA name, or its fixed offset where the system has no zone data."""
    if spec is None:
        return None
    name, hours = spec
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return timezone(timedelta(hours=float(hours)))


def load_agreement_lexicon(path: Path | None = None) -> AgreementLexicon:
    """Read and compile the agreement lexicon (the packaged one unless ``path`` is given)."""
    if path is None:
        raw = resources.files("processors").joinpath("data/agreements.json").read_text("utf-8")
    else:
        raw = path.read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return build_agreement_lexicon(data)


def _words_shortly_before(words: list[str]) -> re.Pattern[str]:
    """One of ``words`` then up to three more words, right before where the search ends
    ("involved in the Doha", "called for"): what governs the talks that follow."""
    alternatives = "|".join(re.escape(word) for word in words)
    return re.compile(rf"\b(?:{alternatives})\s+(?:[\w\u2019'-]+\s+){{0,3}}$", re.IGNORECASE)
