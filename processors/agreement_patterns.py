"""Pattern builders for the agreement lexicon: JSON word lists into compiled expressions.

Each function turns a list of words or patterns from ``processors/data/agreements.json``
into one regular expression, shaped so ``re`` can skip ahead to likely starts (a leading
character set rather than a group or a word boundary). ``processors.agreement_lexicon``
calls them once, while it builds the lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Final

from processors.agreement_vocabulary import CueSpec, MentionSpec
from processors.text import trie_pattern
from processors.word_patterns import closing_paren, split_top


def term_extended(terms: Sequence[str]) -> re.Pattern[str]:
    """An extension said of a term of an agreement (``term_nouns``): "extending the
    withdrawal deadline", "the deadline ... was extended". Matched case-sensitively on
    the text ``folded`` to lower case, and asked only whether it occurs.

    Each branch opens with a plain letter, the term nouns spelt out by their first
    letters: ``re`` skips to those letters, where a pattern led by a look back is tried
    at every character of the article. The branches are not in a plain alternation's
    order, which changes which match is found first but not whether there is one.
    """
    term = bounded_words(terms)
    word = r"[\w\u2019'-]+\s+"
    told = (
        rf"\s+(?:{word}){{0,5}}?(?:was|were|has been|have been|had been|is being|been)"
        r"\s+extended\b"
    )
    spelt = [branch for pattern in terms for branch in _letter_alternatives(pattern) or [""]]
    if any(not branch[:1].islower() or branch != branch.lower() for branch in spelt):
        # A term not written in lower case and led by a letter: the plain form.
        return re.compile(
            rf"(?<![\w-])extend(?:s|ed|ing)?\s+(?:{word}){{0,4}}?{term}|{term}{told}",
            re.IGNORECASE,
        )
    branches = [rf"e(?<![\w-].)xtend(?:s|ed|ing)?\s+(?:{word}){{0,4}}?{term}"]
    branches += [rf"{b[0]}(?<![\w-].)(?:{b[1:]})(?![\w-]){told}" for b in spelt]
    return re.compile("|".join(branches))


def bounded_words(patterns: Iterable[str]) -> str:
    """One alternation of patterns, each bounded by non-word characters."""
    body = "|".join(f"(?:{p})" for p in patterns)
    return rf"(?<![\w-])(?:{body})(?![\w-])"


def compile_words(patterns: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    listed = list(patterns)
    ignore_case = bool(flags & re.IGNORECASE)
    led = letter_led(
        listed, lambda _, p: letter_cases(p[0]) if ignore_case else {p[0]}, ignore_case
    )
    return led or re.compile(bounded_words(listed), flags)


def after_separator(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (of whole words) led by the character before its match, for a whole-text
    scan of ``" " + text``: each match then starts where the words start in ``text``.

    ``re`` skips quickly to the characters of a leading set, and blanks and marks are
    about one character in six; a pattern led by common first letters is tried at most
    letters of a text. The leading set takes any character but an ASCII letter, digit,
    "_" or "-" (a bitmap, fast to test); the pattern's own look back still turns away
    the others that are word characters.
    """
    return re.compile(rf"[^0-9A-Za-z_-](?:{pattern.pattern})", pattern.flags)


def letter_led(
    patterns: Sequence[str],
    letters: Callable[[str, str], set[str]],
    ignore_case: bool,
    after: str = r"(?![\w-])",
    behind: str = r"(?<![\w-].)",
) -> re.Pattern[str] | None:
    """``bounded_words(patterns)`` as branches led by their first letters, or None.

    Each branch starts with a letter, then looks back at the character before it:
    ``re`` skips quickly to the first letters and dismisses a branch by its letter
    alone, where a pattern led by a look back is tried at every character. A pattern
    led by a group or a class of letters is first spelt out as the alternatives it
    stands for ("(?:is|are) to" as "is to", "are to"), in the order ``re`` tries them.
    ``letters`` gives the forms a branch's first letter matches in, from the pattern
    and the branch; branches keep their order among those sharing a letter (the
    others cannot match where they do). ``after`` replaces the final word boundary,
    ``behind`` the look back (empty: a match may start inside a word, as in the patterns).
    """
    by_form: dict[str, list[str]] = {}
    for pattern in patterns:
        branches = _letter_alternatives(pattern)
        if branches is None:
            return None
        for branch in branches:
            for form in sorted(letters(pattern, branch)):
                rest = f"(?:{branch[1:]})"
                if rest not in by_form.setdefault(form, []):
                    by_form[form].append(rest)
    if not by_form:
        return None
    alternatives = []
    for form, rests in by_form.items():
        body = "|".join(rests)
        if ignore_case:
            body = f"(?i:{body})"
        alternatives.append(rf"{re.escape(form)}{behind}(?:{body})")
    return re.compile(rf"(?:{'|'.join(alternatives)}){after}")


_MAX_ALTERNATIVES: Final = 64


def _letter_alternatives(pattern: str) -> list[str] | None:
    """A pattern as alternatives that each start with a plain letter, in ``re``'s order.

    A leading group ("(?:a |the )?call") or class of letters ("[Ww]ill") is spelt
    out; None for anything else, or for a pattern with capturing groups (spelling it
    out would repeat them).
    """
    if _letter_first(pattern):
        return [pattern]
    try:
        if re.compile(pattern).groups:
            return None
    except re.error:
        return None
    parts = split_top(pattern)
    if len(parts) > 1:
        heads = parts
    elif pattern.startswith("(?:"):
        close = closing_paren(pattern, 0)
        if close < 0:
            return None
        inner, rest = pattern[3:close], pattern[close + 1 :]
        optional = rest[:1] == "?"
        if optional:
            rest = rest[1:]
        if rest[:1] in ("?", "*", "+", "{"):
            return None  # lazy or repeated
        heads = [head + rest for head in split_top(inner)]
        if optional:
            heads.append(rest)  # a greedy "?" tries the group first
    elif pattern.startswith("[") and "]" in pattern:
        close = pattern.index("]")
        members, rest = pattern[1:close], pattern[close + 1 :]
        if not (members.isascii() and members.isalpha()) or rest[:1] in ("?", "*", "+", "{"):
            return None
        heads = [member + rest for member in dict.fromkeys(members)]
    else:
        return None
    out: list[str] = []
    for head in heads:
        spelt = _letter_alternatives(head)
        if spelt is None:
            return None
        out.extend(spelt)
        if len(out) > _MAX_ALTERNATIVES:
            return None
    return out


def _letter_first(pattern: str) -> bool:
    """True when a pattern starts with one plain letter, not repeated nor alternated."""
    first, rest = pattern[:1], pattern[1:]
    plain = first.isascii() and first.isalpha() and rest[:1] not in ("?", "*", "+", "{")
    return plain and len(split_top(pattern)) == 1


def mention_patterns(
    data: Mapping[str, Any],
) -> tuple[list[tuple[str, str]], dict[str, MentionSpec]]:
    """Named patterns for every trigger; more specific ones are tried first."""
    parts: list[tuple[str, str]] = []
    specs: dict[str, MentionSpec] = {}

    def add(pattern: str, spec: MentionSpec) -> None:
        name = f"m{len(specs)}"
        specs[name] = spec
        parts.append((name, pattern))

    bare: list[tuple[str, MentionSpec]] = []
    for entry in data["triggers"]:
        spec = MentionSpec(
            family=entry["family"],
            kind=entry["kind"],
            role=entry["role"],
            scope=entry.get("scope"),
            bare=bool(entry.get("bare")),
            needs_cue=bool(entry.get("needs_cue")),
            self_status=entry.get("self_status"),
            verbal=bool(entry.get("verbal")),
            refers=entry.get("refers"),
            orphan=bool(entry.get("orphan")),
            anaphor=bool(entry.get("anaphor")),
            agentless=bool(entry.get("agentless")),
            yields_to=entry.get("yields_to"),
        )
        for pattern in entry["patterns"]:
            if spec.bare:
                bare.append((pattern, spec))
            else:
                add(pattern, spec)
    for entry in data["verbal_triggers"]:
        for verbs, status in entry["verbs"].items():
            spec = MentionSpec(
                family=entry["family"],
                kind=entry["kind"],
                role="agreement",
                scope=entry.get("scope"),
                verbal=True,
                self_status=status,
            )
            add(f"(?:{verbs}) {entry['object']}", spec)
    for pattern, spec in bare:
        add(pattern, spec)
    for entry in data["wrappers"]:
        spec = MentionSpec(family="wrapper", kind=entry["kind"], role=entry["role"], wrapper=True)
        for pattern in entry["patterns"]:
            add(pattern, spec)
    return parts, specs


def cue_patterns(data: Mapping[str, Any]) -> tuple[list[tuple[str, str]], dict[str, CueSpec]]:
    """Named patterns for every status cue, high-priority (multi-word) ones first."""
    entries = sorted(enumerate(data["status_cues"]), key=lambda e: (e[1].get("priority", 5), e[0]))
    parts: list[tuple[str, str]] = []
    specs: dict[str, CueSpec] = {}
    for _, entry in entries:
        spec = CueSpec(
            status=entry["status"],
            attach=entry["attach"],
            gap=int(entry["gap"]),
            weight=float(entry["weight"]),
            left_status=entry.get("left_status"),
            adjective=bool(entry.get("adjective")),
            future_status=entry.get("future_status"),
            needs_side=bool(entry.get("needs_side")),
            negated_status=entry.get("negated_status"),
            anchor=bool(entry.get("anchor")),
            not_after_round=bool(entry.get("not_after_round")),
            object_state=bool(entry.get("object_state")),
            done_status=entry.get("done_status"),
        )
        for pattern in entry["patterns"]:
            name = f"c{len(specs)}"
            specs[name] = spec
            parts.append((name, pattern))
    return parts, specs


def scope_pattern(cues: Mapping[str, Any], side: str) -> re.Pattern[str]:
    """Scope words, one named group per scope, for the words before or after a trigger.

    Hyphens count as boundaries here: "energy-strike pause", "1-Gaza ceasefire".
    """
    groups = [
        f"(?P<{scope}>{'|'.join(entry['patterns'])})"
        for scope, entry in cues.items()
        if side in entry["sides"]
    ]
    return re.compile(rf"(?<!\w)(?:{'|'.join(groups)})(?!\w)")


def modal_pattern(patterns: Iterable[str], case_sensitive: Iterable[str]) -> re.Pattern[str]:
    """Modal words match as written or capitalised, except those that are also names."""
    exact = set(case_sensitive)
    listed = list(patterns)
    # A word spelt out of a group or class is matched as the data writes it.
    led = letter_led(
        listed,
        lambda p, branch: (
            {branch[0]} if p in exact or not p[:1].isalpha() else {branch[0], branch[0].upper()}
        ),
        False,
    )
    if led is not None:
        return led
    forms = []
    for p in listed:
        forms.append(p if p in exact or not p[:1].isalpha() else f"[{p[0].upper()}{p[0]}]{p[1:]}")
    return re.compile(bounded_words(forms))


def led_by_first_letters(
    words: Sequence[str], after: str, ignore_case: bool, also: str, also_alone: str
) -> re.Pattern[str]:
    """Whole words (or, with ``ignore_case`` False, words as written or capitalised) or
    one of the characters ``also``, as a pattern that starts with a character set.

    ``re`` skips quickly to the characters of a leading set; a pattern led by a word
    boundary or a group is tried at every character instead. The first letter is taken,
    then looked back at: a word begins there and the rest of the word follows.
    """
    firsts: set[str] = set()
    branches = []
    for word in words:
        first, rest = word[0], re.escape(word[1:])
        letters = letter_cases(first) if ignore_case else {first, first.upper()}
        firsts |= letters
        lead = re.escape(first) if ignore_case else f"[{''.join(sorted(letters))}]"
        branches.append(f"(?<={lead}){rest}")
    body = "|".join(branches)
    if ignore_case:
        body = f"(?i:{body})"
    # Set off from the word before only where it is read as a whole word (``after``).
    boundary = r"(?<!\w.)" if ignore_case else ""
    leading = also + re.escape("".join(sorted(firsts)))
    return re.compile(rf"[{leading}](?:(?<={also_alone})|{boundary}(?:{body}){after})")


def letter_cases(letter: str) -> set[str]:
    """Every character ``re`` takes for ``letter`` when case is ignored: "s", "S" and the long s."""
    odd = ("\u0130", "\u0131", "\u017f", "\u212a")
    candidates = {letter.lower(), letter.upper(), *odd}
    return {c for c in candidates if re.fullmatch(re.escape(letter), c, re.IGNORECASE)}


def name_pattern(names: Iterable[str], word: str) -> re.Pattern[str]:
    """Proper names, matched as written between characters other than ``word``.

    Each name's first letter comes first in the pattern (the boundary test after it),
    so the scan skips from one possible first letter to the next instead of trying
    every name at every character.
    """
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(name[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        longer = [r for r in rests if r]
        body = trie_pattern(longer) if longer else ""
        if longer and len(longer) < len(rests):
            body = f"(?:{body})?"
        branches.append(rf"{re.escape(first)}(?<!{word}.){body}")
    return re.compile(rf"(?:{'|'.join(branches)})(?!{word})")


def numbered(patterns: list[str]) -> list[str]:
    """Give each alternative's ``n``/``u`` groups unique names (n0, u0, n1, u1 ...)."""
    out = []
    for i, pattern in enumerate(patterns):
        out.append(pattern.replace("(?P<n>", f"(?P<n{i}>").replace("(?P<u>", f"(?P<u{i}>"))
    return out
