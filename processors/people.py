"""Who an article is about: the people and bodies to remember before reading speech.

Pronouns and short references point back at people the narration has named, often
outside any attribution (``Trade Minister Park Ji-hoon signed the deal ... Park said``).
These functions fill the article's ``Discourse`` with them, and tell whether the story
is domestic to one actor (everyone quoted then speaks for that country).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from processors.actors import ActorMention, Gazetteer
from processors.discourse import Discourse, Entity, base, singular
from processors.layout import Layout, phrase_at
from processors.lexicon import (
    BODY,
    CLAUSE,
    DETERMINER,
    FUNCTION,
    HEAD,
    ROLE,
    TIME,
    TITLE,
    SpeechLexicon,
)
from processors.model import UNKNOWN_ACTOR
from processors.speaker_sides import LEADS
from processors.speakers import Phrase, SpeakerReader

# A capitalised word and the one blank between it and the next word (``Laura ``).
_GIVEN: Final = re.compile(r"(?<![\w'\u2019.-])([A-Z][^\W\d_]*\.?)\s$")
# Whatever stands before a given name: its last word (``Rep.``, ``Chairman``).
_WORD_BEFORE: Final = re.compile(r"(?<![\w'\u2019.-])([\w.'\u2019-]+)\s+$")
_AFTER_NAME: Final = re.compile(r",\s*|\s+")
# Words that cannot be someone's given name before a surname.
_NOT_GIVEN: Final = FUNCTION | TITLE | ROLE | DETERMINER | BODY | HEAD | TIME
# The capitalised word right after an alias, when one blank parts them (``Jordan Pike``).
_SURNAME: Final = re.compile(r" ([A-Z][\w\u2019'\-]*?)(?:'s|\u2019s)?(?![\w\u2019'\-])")
# A factbox item's label in capitals before its words ("* PUTIN: He said …"): whom the
# item is about, and so whom its "he" means.
_ITEM_LABEL: Final = re.compile(
    r"([A-Z][A-Z'\u2019-]+(?: [A-Z][A-Z'\u2019-]+){0,2}):\s+(?=[A-Z\"\u201c])"
)


def seed_mentions(layout: Layout, reader: SpeakerReader, discourse: Discourse) -> None:
    """Remember every gazetteer person and body named outside quotes."""
    text = layout.text
    genders: dict[str, str | None] = {}
    # ``tuple.__new__`` builds the named tuple without its Python-level constructor.
    new = tuple.__new__
    add = discourse.add
    quotes, quote = layout.quotes, 0
    shared = reader.lex.shared_places
    for start, end, name, actor, kind in layout.mentions:
        if kind == "demonym":
            continue
        # Mentions and quotes are both in text order: the quote that may hold this
        # mention is the first one that does not end before it.
        while quote < len(quotes) and quotes[quote].inner_end <= start:
            quote += 1
        if quote < len(quotes) and quotes[quote].inner_start <= start:
            continue
        if kind != "person":
            body = None
            if text[start:end] in shared:
                body = _shared_place_body(layout, reader, start, end)
            if body is not None:
                add(body)  # "the Democratic Party of Georgia": the party, not the country
                continue
            add(new(Entity, (start, name, actor, None, "body", None, None, 0.9, end)))
            continue
        subject: bool | None = None
        if text[end : end + 1] in ("'", "\u2019"):
            subject = False  # "Putin's aide said": the aide speaks
        gender = genders.get(name, "?")
        if gender == "?":
            gender = genders[name] = reader.gender_of(name)
        if len(name.split()) == 1:
            earlier = discourse.named(name, start, complete=False)
            if earlier is not None:
                name, gender = earlier.name, earlier.gender
        add(new(Entity, (start, name, actor, None, "person", gender, subject, 0.9, end)))
    _seed_item_labels(layout, reader, discourse)


# Capitalised words right after a place (" State Election Board", " Republican Party"),
# and those before an "of" that ends right before it ("Democratic Party of ").
_CAPITALS_AFTER: Final = re.compile(r"(?: [A-Z][\w'\u2019-]*){1,4}")
_CAPITALS_OF: Final = re.compile(r"(?<![\w'\u2019-])((?:[A-Z][\w'\u2019.-]* ){1,4})of $")


def _shared_place_body(
    layout: Layout, reader: SpeakerReader, start: int, end: int
) -> Entity | None:
    """The body whose capitalised name holds a place named like a country (``the
    Democratic Party of Georgia``, ``the Georgia Republican Party``) when the name reads
    as the side that shares the place (USA for Georgia): later pronouns mean the body,
    not the country."""
    text = layout.text
    lo, hi = start, end
    after = _CAPITALS_AFTER.match(text, end)
    if after is not None:
        hi = after.end()
    before = _CAPITALS_OF.search(text, max(0, start - 60), start)
    if before is not None:
        lo = before.start(1)
    if (lo, hi) == (start, end):
        return None
    if not any(reader.word_class(w) & BODY for w in text[lo:hi].split()):
        return None
    side = reader.lex.shared_places[text[start:end]]
    sentence = layout.sentence_at(start)
    resolved = reader.resolve(Phrase(lo, hi, text[lo:hi]), sentence_start=sentence.start)
    if resolved is None or resolved.speaker.actor != side:
        return None
    name = resolved.speaker.name
    return Entity(lo, name, side, None, "body", None, None, 0.9, hi)


def _seed_item_labels(layout: Layout, reader: SpeakerReader, discourse: Discourse) -> None:
    """Remember the person or body a list item's label in capitals names (``* PUTIN:
    He said …``, ``* KREMLIN: It said …``): the item's pronouns are theirs."""
    text, gazetteer = layout.text, reader.gazetteer
    for sentence in layout.sentences:
        # Most sentences do not open with two capitals: no pattern is tried for them.
        if not text[sentence.start : sentence.start + 2].isupper():
            continue
        label = _ITEM_LABEL.match(text, sentence.start, sentence.end)
        if label is None:
            continue
        name = " ".join(w.capitalize() for w in label.group(1).split())
        actor = gazetteer.lookup(name) or gazetteer.lookup("the " + name)
        if actor is None:
            continue
        kind = "person" if gazetteer.kind_of(name) == "person" else "body"
        gender = reader.gender_of(name) if kind == "person" else None
        entity = (sentence.start, name, actor, None, kind, gender, True, 0.85, label.end(1))
        discourse.add(tuple.__new__(Entity, entity))


def seed_titled(layout: Layout, reader: SpeakerReader, discourse: Discourse) -> None:
    """Remember people the narration introduces by a title: ``Trade Minister Park Ji-hoon``.

    A later ``Park said`` then finds Park's side, which the bare surname does not give.
    """
    text = layout.text
    for match in layout.titled:
        start, name, name_end = match.start("role"), match.group("name"), match.end("name")
        if layout.in_quote(start) or reader.gazetteer.lookup(name):
            continue
        sentence = layout.sentence_at(start)
        phrase = phrase_at(text, layout.clause_start(sentence.start, start), name_end)
        if phrase is None or not reader.is_phrase(phrase.start, phrase.end, sentence.start):
            # "chaired by US Army Major General Jasper Jeffers": the capitalised words
            # right before the title say whose officer he is.
            first = _capitals_before(layout, reader, sentence.start, start)
            phrase = Phrase(first, name_end, text[first:name_end])
        resolved = reader.resolve(phrase, sentence_start=sentence.start)
        if resolved is None or resolved.kind != "person":
            continue
        speaker = resolved.speaker
        actor = speaker.actor
        if actor == UNKNOWN_ACTOR:
            actor = _appositive_side(layout, reader, phrase.start) or actor
        if actor == UNKNOWN_ACTOR:
            actor = _owner_after(layout, reader, name_end) or actor
        entity = Entity(
            match.start("name"),
            speaker.name,
            actor,
            speaker.role,
            "person",
            resolved.gender,
            None,
            resolved.confidence,
            name_end,
        )
        discourse.add(entity)


def _capitals_before(layout: Layout, reader: SpeakerReader, lo: int, start: int) -> int:
    """Where a run of up to three capitalised words (``US Army``) right before ``start``
    begins, the sentence's first word excepted; ``start`` when there is none."""
    tokens = layout.tokens.between(max(lo, start - 40), start)
    first = start
    for token_start, _end, word in reversed(tokens[-3:]):
        if token_start == lo or not reader.is_capital(word):
            break
        first = token_start
    return first


def seed_described(layout: Layout, reader: SpeakerReader, discourse: Discourse) -> None:
    """Remember one person the narration introduces by a description at the head of a
    sentence: ``An official in Port Sudan was blunter.`` A ``he said`` after it is that
    official's, not the words of someone named a paragraph before."""
    text, lex = layout.text, reader.lex
    for sentence in layout.sentences:
        # Most sentences open with no indefinite's first letter: no more is read for them.
        opening = text[sentence.start]
        if opening not in _INDEFINITE_FIRSTS or not text.startswith(_INDEFINITE, sentence.start):
            if opening.isupper():
                _seed_named(layout, reader, discourse, sentence.start, sentence.end)
            if text.find(", ", sentence.start, sentence.end) != -1:
                _seed_named_within(layout, reader, discourse, sentence.start, sentence.end)
                _seed_role_named(layout, reader, discourse, sentence.start, sentence.end)
                _seed_role_of(layout, reader, discourse, sentence.start, sentence.end)
            continue  # most sentences open otherwise: no tokens read for them
        ends = _described_end(layout, reader, sentence.start, sentence.end)
        if ends is None:
            continue
        head_end, end = ends
        head = base(text[sentence.start : head_end].split()[-1])
        if head not in lex.sources and head not in lex.person_roles:
            continue
        if any(e.kind == "person" for e in discourse.before(sentence.start + 1, window=1)):
            # "A spokesman for the GNA said …": the speaker read there with its owner is
            # remembered already; the description cut at "for" would shadow it.
            continue
        phrase = Phrase(sentence.start, end, text[sentence.start : end])
        resolved = reader.resolve(phrase, sentence_start=sentence.start)
        if resolved is None or resolved.kind != "person" or singular(head) != head:
            continue
        speaker = resolved.speaker
        entity = (
            sentence.start, speaker.name, speaker.actor, speaker.role, "person",
            resolved.gender, True, resolved.confidence, end,
        )  # fmt: skip
        discourse.add(tuple.__new__(Entity, entity))


# Words that are no part of a person's name (``On Sunday``, ``Chairman``).
_NOT_NAME: Final = _NOT_GIVEN | FUNCTION
# A name and its appositive at the head of a sentence ("Luca Ferraro, the Italian envoy,").
# The appositive may run long: "the American diplomat who leads the Kosovo Verification
# Mission of the Organization for Security and Cooperation in Europe".
_NAMED_HEAD: Final = re.compile(
    r"((?:[A-Z][\w'\u2019.-]+ ){1,3}[A-Z][\w'\u2019-]+), "
    r"((?:the|a|an) [^,;:\"\u201c\u201d]{3,160}),"
)


# A name and its appositive after a preposition or a verb of being inside a sentence
# ("headed by Odaa Tarbii, the group's spokesman.", "is Hernan Quiroga, the negotiator,").
# It is tried only where a name ending at an appositive's opening may start
# (``_named_within``): searched for, it was tried at every "a", "i", "w" and "b".
_WITHIN_VERBS: Final = ("by", "is", "includes", "included", "was", "were", "are")
_NAMED_WITHIN: Final = re.compile(
    r"(?<!\w)(?:" + "|".join(_WITHIN_VERBS) + r") "
    r"((?:[A-Z][\w'\u2019.-]+ ){1,3}[A-Z][\w'\u2019-]+), "
    r"((?:the|a|an) [^,;:\"\u201c\u201d]{3,80})[,.]"
)
_WITHIN_VERB_SET: Final = frozenset(_WITHIN_VERBS)
# The longest of those verbs, and the most words a name of ``_NAMED_WITHIN`` has.
_WITHIN_VERB_SIZE: Final = max(len(verb) for verb in _WITHIN_VERBS)
_WITHIN_NAME_WORDS: Final = 4

# What ``_NAMED_WITHIN`` needs in its sentence: the appositive's opening.
_APPOSITIVE_LEADS: Final = (", the ", ", a ", ", an ")


def _seed_named_within(
    layout: Layout, reader: SpeakerReader, discourse: Discourse, start: int, end: int
) -> None:
    """``The OLA team is headed by Odaa Tarbii, the group's spokesman.``: a person the
    narration names with a role inside a sentence, so that a later ``Odaa said`` and
    ``he said`` find the side the role gives."""
    for match in _named_within(layout.text, start, end):
        if not layout.in_quote(match.start(1)):
            _seed_name(layout, reader, discourse, match, start)


def _named_within(text: str, start: int, end: int) -> list[re.Match[str]]:
    """``_NAMED_WITHIN.finditer(text, start, end)``, tried only where a match can start.

    A match's name ends at an appositive's opening (``_APPOSITIVE_LEADS``) and is a few
    words apart by single blanks, after a verb and a blank: so it starts at a verb that
    is the whole word before one of the last blanks before such an opening. Most
    sentences have no opening.
    """
    candidates: list[int] = []
    for lead in _APPOSITIVE_LEADS:
        comma = text.find(lead, start, end)
        while comma != -1:
            blank = comma
            for _ in range(_WITHIN_NAME_WORDS):
                blank = text.rfind(" ", start, blank)
                if blank == -1:
                    break
                # The verb is the run of word characters before the blank.
                verb = blank
                while verb > 0 and blank - verb <= _WITHIN_VERB_SIZE and _is_word(text[verb - 1]):
                    verb -= 1
                if verb >= start and text[verb:blank] in _WITHIN_VERB_SET:
                    candidates.append(verb)
            comma = text.find(lead, comma + 1, end)
    if not candidates:
        return []  # most sentences
    found: list[re.Match[str]] = []
    resume = start  # as a scan, no match overlaps the one before it
    for at in sorted(set(candidates)):
        if at >= resume:
            match = _NAMED_WITHIN.match(text, at, end)
            if match is not None:
                found.append(match)
                resume = match.end()
    return found


def _is_word(char: str) -> bool:
    r"""Whether ``char`` is a word character as a regex's ``\w`` reads it."""
    return char.isalnum() or char == "_"


# A name set off by commas after a role ("Thailand's defence minister, Nattaphon
# Narkphanit, and ..."): the name, which ``_appositive_side`` places by the role's words.
_ROLE_NAMED: Final = re.compile(r", ((?:[A-Z][\w'\u2019.-]+ ){1,3}[A-Z][\w'\u2019-]+)[,.]")


def _seed_role_named(
    layout: Layout, reader: SpeakerReader, discourse: Discourse, start: int, end: int
) -> None:
    """``Thailand's acting defence minister, Nattaphon Narkphanit, agreed …``: a person
    the narration names after a role whose words give a side, so that a later
    ``Nattaphon told reporters`` (a given name, as Thai copy writes it) or ``Narkphanit
    said`` finds that side."""
    text = layout.text
    for match in _ROLE_NAMED.finditer(text, start, end):
        name = match.group(1)
        if layout.in_quote(match.start(1)) or reader.in_mentions(match.start(1), match.end(1)):
            continue  # quoted words, or a listed person (already remembered)
        if any(reader.word_class(word) & _NOT_NAME for word in name.split()):
            continue  # "…, On Sunday," or a title: no plain name
        actor = _appositive_side(layout, reader, match.start(1))
        if actor is None:
            continue
        role = text[max(start, match.start() - 40) : match.start()].split()[-1]
        entity = (
            match.start(1), name, actor, role, "person",
            reader.gender(name, role), None, 0.8, match.end(1),
        )  # fmt: skip
        discourse.add(tuple.__new__(Entity, entity))


# A bare role of a body set off after a name, with no article before the role
# ("Alexander Lebed, Secretary of the Russian Security Council,", "Olusegun Obasanjo,
# head of the AU mediation team,", "X, chief negotiator of the government delegation,"):
# the name (group 1) and the role (group 2).
_ROLE_OF_LEAD: Final = re.compile(r", (?:[A-Za-z-]+ )?([A-Za-z-]+) (?:of|for) (?:the )?[A-Z]")
_NAMED_ROLE_OF: Final = re.compile(
    r"((?:[A-Z][\w'\u2019.-]+ ){1,3}[A-Z][\w'\u2019-]+), "
    r"((?:[A-Za-z-]+ )?[A-Za-z-]+ (?:of|for) [^,;:\"\u201c\u201d]{3,100})[,.]"
)
# The most words of a name read back from such a role's comma.
_ROLE_OF_NAME_WORDS: Final = 4


def _seed_role_of(
    layout: Layout, reader: SpeakerReader, discourse: Discourse, start: int, end: int
) -> None:
    """``Aslan Maskhadov, President of Ichkeria, and Alexander Lebed, Secretary of the
    Russian Security Council, signed …``: a person the narration names anywhere in a
    sentence with a bare role of a body, so that a later ``Mr Lebed announced`` finds
    the side the role's body gives."""
    text = layout.text
    for lead in _ROLE_OF_LEAD.finditer(text, start, end):
        if not reader.word_class(lead.group(1)) & ROLE or layout.in_quote(lead.start()):
            continue  # "Kabul, capital of Afghanistan": no role
        # The name: the run of capitalised words (no title, role or intro) before the comma.
        words = text[max(start, lead.start() - 80) : lead.start()].split(" ")
        count = 0
        for word in reversed(words[-_ROLE_OF_NAME_WORDS:]):
            if not word[:1].isupper() or reader.word_class(word.rstrip(",")) & _NOT_NAME:
                break
            if word.endswith(","):
                break
            count += 1
        if count < 2:
            continue  # a single word may be a place or a body; a full name is a person
        name_start = lead.start() - len(" ".join(words[-count:]))
        match = _NAMED_ROLE_OF.match(text, name_start, end)
        if match is not None and match.start(2) == lead.start() + 2:
            _seed_name(layout, reader, discourse, match, start)


def _seed_named(
    layout: Layout, reader: SpeakerReader, discourse: Discourse, start: int, end: int
) -> None:
    """``Luca Ferraro, the Italian envoy, arrived on Monday.``: a person the narration
    names with a role, so that a later ``he said`` finds him."""
    text = layout.text
    # A name holds no comma: the sentence's first comma must open the appositive.
    comma = text.find(",", start, end)
    if comma == -1 or not text.startswith(_APPOSITIVE_LEADS, comma, end):
        return
    match = _NAMED_HEAD.match(text, start, end)
    if match is not None:
        _seed_name(layout, reader, discourse, match, start)


def _seed_name(
    layout: Layout, reader: SpeakerReader, discourse: Discourse, match: re.Match[str], start: int
) -> None:
    """Remember the person ``match`` names (group 1) with its appositive (group 2)."""
    if reader.in_mentions(match.start(1), match.end(1)):
        return  # a listed person (already remembered)
    if reader.lex.cue_pattern.search(match.group(1)):
        return  # "Democrat Renee Calloway": a titled name, which ``seed_titled`` reads
    if any(reader.word_class(word) & _NOT_NAME for word in match.group(1).split()):
        return  # "On Sunday, the senator, …": an intro, not a name
    words = whole = match.group(2)
    relative = _APPOSITIVE_RELATIVE.search(words)
    if relative is not None:
        words = words[: relative.start()]  # "a Minnesota Democrat who spent 24 years …"
    first = words.split()[0]
    # "the Italian envoy": the role ends it; "(chief) negotiator of the AU team": a bare
    # role heads it, before its "of".
    bare = words.split(" of ", 1)[0].split(" for ", 1)[0].split()
    role = words.split()[-1] if first.lower() in ("the", "a", "an") else bare[-1]
    if not reader.word_class(role) & ROLE and not reader.lex.cue_pattern.fullmatch(role):
        return  # a role, or a party member whose cue gives the side ("a Democrat")
    if relative is not None and LEADS.match(whole, relative.start()):
        words = whole  # "the American diplomat who leads the OSCE's mission": its side
    name = Phrase(match.start(1), match.end(1), match.group(1))
    appositive = Phrase(match.start(2), match.start(2) + len(words), words)
    if not reader.is_phrase(name.start, name.end, start):
        return
    resolved = reader.resolve(name, appositive, sentence_start=start)
    if resolved is None or resolved.kind != "person":
        return
    speaker = resolved.speaker
    entity = (
        name.start, speaker.name, speaker.actor, speaker.role, "person",
        resolved.gender, True, resolved.confidence, name.end,
    )  # fmt: skip
    discourse.add(tuple.__new__(Entity, entity))


# A relative clause inside an appositive: the role stands before it.
_APPOSITIVE_RELATIVE: Final = re.compile(r" (?:who|whose|which|that) ")
# How a sentence opens with an indefinite description.
_INDEFINITE: Final = ("A ", "An ")
_INDEFINITE_FIRSTS: Final = frozenset(opener[0] for opener in _INDEFINITE)
# The words a described person may be placed by (``an official in Port Sudan``).
_PLACED_BY: Final = frozenset(("in", "from", "at", "with"))


def _described_end(
    layout: Layout, reader: SpeakerReader, start: int, end: int
) -> tuple[int, int] | None:
    """Where the head noun and the whole description that opens a sentence end, when a
    word follows it."""
    tokens = layout.tokens.first(start, end, 10)
    stop = None
    head_end = -1
    for i, (_s, e, word) in enumerate(tokens):
        if i and word in _PLACED_BY and head_end == -1 and stop is not None:
            head_end = stop
            continue
        placed = head_end != -1
        if not word[:1].isalnum():
            return None
        if placed and not word[:1].isupper():
            break  # "in Port Sudan": only a name places the person
        if not placed and not reader.is_np_word(word, first=i == 0):
            break
        stop = e
    if stop is None or stop == tokens[-1][1]:
        return None
    if layout.text[stop : stop + 1] != " ":
        return None
    return (stop if head_end == -1 else head_end), stop


_HEAD_WORDS: Final = 4
"""How many words before a name's comma may describe whose the person is."""


def _appositive_side(layout: Layout, reader: SpeakerReader, start: int) -> str | None:
    """``his Indian counterpart, Lt Gen Rajiv Ghai``: a name set off after a role noun
    takes the side the words of that noun phrase give."""
    text = layout.text
    comma = start - 2
    if comma < 1 or text[comma:start] != ", ":
        return None
    words = text[max(0, comma - 80) : comma].split()[-_HEAD_WORDS:]
    if not words or not reader.word_class(words[-1]) & ROLE:
        return None
    lead = comma - len(" ".join(words))
    head = Phrase(lead, comma, text[lead:comma])
    found = reader.actors_in(head, placed=False)
    if found:
        return reader.pick(found)
    # "the army commander, General X": a role in a state organ the text named before
    # without its state is that organ's ("the army said ... the army commander, X").
    organ = reader.organ_in(head)
    return reader.institution(organ, lead) if organ is not None else None


# A role whose owner is a body the text named before, set off after a name:
# "Father Augustin Diamacoune Senghor, the movement's founder, for the MFDC".
_OWNED_ROLE_AFTER: Final = re.compile(r", the ([a-z]+)(?:'s|\u2019s) (?:[a-z]+ ){0,2}([a-z]+),")


def _owner_after(layout: Layout, reader: SpeakerReader, end: int) -> str | None:
    """``Father X, the movement's founder,``: a titled name the narration sets off with a
    role owned by a body noun takes that body's side (the group named last for ``the
    movement``, as ``the movement's spokesman`` would)."""
    match = _OWNED_ROLE_AFTER.match(layout.text, end)
    if match is None or not reader.word_class(match.group(2)) & ROLE:
        return None
    return reader.institution(match.group(1), end)


def home_actor(
    layout: Layout, lexicon: SpeechLexicon, places: Sequence[re.Match[str]] | None = None
) -> str | None:
    """The actor a domestic story belongs to, when one side fills most of the text.

    ``places`` are the matches of ``lexicon.place_pattern`` in the text, when read already.
    """
    counts: dict[str, int] = {}
    for mention in layout.mentions:
        counts[mention.actor] = counts.get(mention.actor, 0) + 1
    if places is None:
        places = list(lexicon.place_pattern.finditer(layout.text))
    for place in places:
        actor = lexicon.place_actors[place.group(0)]
        counts[actor] = counts.get(actor, 0) + 1
    if not counts:
        return None
    actor, top = max(counts.items(), key=lambda item: item[1])
    if top >= lexicon.home_min and top >= lexicon.home_share * sum(counts.values()):
        return actor
    return None


def leads_clause(layout: Layout, reader: SpeakerReader, entity: Entity) -> bool:
    """Whether a mentioned person stands as the subject of a clause (for pronouns)."""
    sentence = layout.sentence_at(entity.pos)
    lead = layout.clause_start(sentence.start, entity.pos)
    if reader.lex.grammar.naming_lead.search(layout.text, max(sentence.start, lead - 24), lead):
        return False  # "a former commander known as Colonel Karuna": a description's name
    if lead >= entity.pos:
        return True
    if not reader.is_phrase(lead, entity.end, sentence.start):
        return False
    first = layout.text[lead : entity.pos].split()
    if (
        first
        and first[0].isalpha()
        and first[0].islower()
        and not reader.is_np_word(first[0], True)
    ):
        return False  # "Witkoff, who toured it last week, met Netanyahu": an object
    # "Steve Witkoff met Netanyahu on Monday": a person named earlier in the clause with
    # a lower-case word after the name is the subject; the one after that word its object.
    # So is a body after another body and a verb ("The U.N. welcomed Moscow's decision").
    kinds = ("person",) if entity.kind == "person" else ("person", "body")
    for other in reversed(reader.discourse.before(entity.pos, entity.pos - lead)):
        if other.kind in kinds and lead <= other.pos and 0 < other.end < entity.pos:
            between = layout.text[other.end : entity.pos].split()
            if any(word.islower() and word.isalpha() for word in between):
                return False
    return True


def own_names(
    text: str,
    mentions: Sequence[ActorMention],
    gazetteer: Gazetteer,
    lexicon: SpeechLexicon,
    places: Sequence[re.Match[str]] | None = None,
) -> tuple[ActorMention, ...]:
    """``mentions`` without those that are only the last word of someone else's name.

    ``Laura Bennett`` is not the Naftali Bennett the gazetteer lists as ``Bennett``, and
    ``Rep. Jim Jordan`` or ``Jim Jordan (R-Ohio)`` is a person, not a country: neither
    tells the speaker's side. Nor does a country or a demonym that is a given name
    (``Sen. Jordan Pike``, ``Energy Minister German Galushchenko``). ``places`` are the
    matches of ``lexicon.place_pattern`` in the text, when read already.
    """
    ends = {mention.end for mention in mentions}
    starts = {mention.start for mention in mentions}
    spans = _place_spans(text, mentions, lexicon, places)
    kept: list[ActorMention] = []
    for mention in mentions:
        if _in_longer_place(mention, spans):
            continue
        if not _borrowed(text, mention, ends, gazetteer, lexicon) and not _given_name(
            text, mention, starts, lexicon
        ):
            kept.append(mention)
    return tuple(kept) if len(kept) < len(mentions) else tuple(mentions)


def _place_spans(
    text: str,
    mentions: Sequence[ActorMention],
    lexicon: SpeechLexicon,
    places: Sequence[re.Match[str]] | None,
) -> list[tuple[int, int]]:
    """Where the text names a place the lexicon places (``New Mexico``), when one of
    them holds a shorter alias: the spans, in text order."""
    if not mentions:
        return []
    if places is None:
        places = list(lexicon.place_pattern.finditer(text))
    return [place.span() for place in places if " " in place.group(0) or "-" in place.group(0)]


def _in_longer_place(mention: ActorMention, places: list[tuple[int, int]]) -> bool:
    """Whether ``mention`` is part of a longer place name: in ``New Mexico`` or
    ``New Mexico's`` the country Mexico is not named, the US state is."""
    for start, end in places:
        if start > mention.start:
            return False
        if (
            start <= mention.start
            and mention.end <= end
            and end - start > mention.end - mention.start
        ):
            return True
    return False


def _borrowed(
    text: str,
    mention: ActorMention,
    ends: set[int],
    gazetteer: Gazetteer,
    lexicon: SpeechLexicon,
) -> bool:
    """Whether a one-word alias is the surname of a person the gazetteer does not list."""
    if mention.kind not in ("person", "name", "capital") or " " in mention.alias:
        return False
    lo = max(0, mention.start - 30)
    if not _may_follow_given(text, lo, mention.start):
        return False  # most aliases follow a lower-case word or a mark: no regex search
    given = _GIVEN.search(text, lo, mention.start)
    if given is None or given.start(1) - 1 in ends or given.end(1) in ends:
        return False  # no given name before it, or the word is an alias of its own
    word = given.group(1)
    if lexicon.class_of(word) & _NOT_GIVEN or (word.isupper() and len(word) > 2):
        return False
    if mention.kind == "person":
        known = gazetteer.given_names.get(mention.alias)
        # An initial ("J. Smith") cannot tell one person from another.
        return known is not None and word not in known and len(word.rstrip(".")) > 1
    # A place as a surname: only where the words around say a person is named.
    if word in lexicon.female_names:
        return True
    title = _WORD_BEFORE.search(text, max(0, given.start(1) - 30), given.start(1))
    if title is not None and lexicon.class_of(title.group(1)) & (TITLE | ROLE):
        return True
    gap = _AFTER_NAME.match(text, mention.end)
    return gap is not None and lexicon.party_marker.match(text, gap.end()) is not None


def _may_follow_given(text: str, lo: int, end: int) -> bool:
    """Whether ``_GIVEN`` may match in ``text[lo:end]``: a blank ends it (before a last
    newline, maybe) and the word before that blank opens with a capital. A cheap test, read
    backwards: the search would try the pattern at every position."""
    if end <= lo or not text[end - 1].isspace():
        return False
    # The blank the pattern ends in: the last character, or the one before a last newline.
    blanks = (end - 1, end - 2) if text[end - 1] == "\n" else (end - 1,)
    for stop in blanks:
        if stop <= lo or not text[stop].isspace():
            continue
        if text[stop - 1] == ".":
            stop -= 1  # "J. Smith": the initial's full stop
        start = stop
        # The word's letters are alphanumeric and what precedes it is not: the run of
        # alphanumerics before ``stop`` starts where the word would.
        while start > lo and text[start - 1].isalnum():
            start -= 1
        if start < stop and "A" <= text[start] <= "Z":
            return True
    return False


def _given_name(text: str, mention: ActorMention, starts: set[int], lexicon: SpeechLexicon) -> bool:
    """Whether a one-word country or demonym is the given name of a titled person.

    ``Sen. Jordan Pike``, ``Energy Minister German Galushchenko``, ``Jordan Pike (R-Ky.)``:
    a surname follows the alias, and a title before it or a party marker after the
    surname says a person is named.
    """
    if mention.kind not in ("name", "demonym"):
        return False
    end = mention.end
    # Most mentions are followed by punctuation or a lower-case word: no regex for them.
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].isupper():
        return False
    if " " in mention.alias:
        return False
    surname = _SURNAME.match(text, end)
    if surname is None or mention.end + 1 in starts:
        return False  # no capitalised word after it, or that word is an alias itself
    word = surname.group(1)
    if lexicon.class_of(word) & (_NOT_GIVEN | CLAUSE) or (word.isupper() and len(word) > 1):
        return False
    title = _WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if title is not None and lexicon.class_of(title.group(1)) & (TITLE | ROLE):
        return True
    gap = _AFTER_NAME.match(text, surname.end())
    return gap is not None and lexicon.party_marker.match(text, gap.end()) is not None
