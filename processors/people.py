"""Who an article is about: the people and bodies to remember before reading speech.

Pronouns and short references point back at people the narration has named, often
outside any attribution (``Trade Minister Park Ji-hoon signed the deal ... Park said``).
These functions fill the article's ``Discourse`` with them, and tell whether the story
is domestic to one actor (everyone quoted then speaks for that country).
"""

from __future__ import annotations

from processors.discourse import Discourse, Entity
from processors.layout import Layout, phrase_at
from processors.lexicon import SpeechLexicon
from processors.speakers import Phrase, SpeakerReader


def seed_mentions(layout: Layout, reader: SpeakerReader, discourse: Discourse) -> None:
    """Remember every gazetteer person and body named outside quotes."""
    text = layout.text
    genders: dict[str, str | None] = {}
    # ``tuple.__new__`` builds the named tuple without its Python-level constructor.
    new = tuple.__new__
    add = discourse.add
    quotes, quote = layout.quotes, 0
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
            phrase = Phrase(start, name_end, text[start:name_end])
        resolved = reader.resolve(phrase, sentence_start=sentence.start)
        if resolved is None or resolved.kind != "person":
            continue
        speaker = resolved.speaker
        entity = Entity(
            match.start("name"),
            speaker.name,
            speaker.actor,
            speaker.role,
            "person",
            resolved.gender,
            None,
            resolved.confidence,
            name_end,
        )
        discourse.add(entity)


def home_actor(layout: Layout, lexicon: SpeechLexicon) -> str | None:
    """The actor a domestic story belongs to, when one side fills most of the text."""
    counts: dict[str, int] = {}
    for mention in layout.mentions:
        counts[mention.actor] = counts.get(mention.actor, 0) + 1
    for place in lexicon.place_pattern.finditer(layout.text):
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
    if lead >= entity.pos:
        return True
    return reader.is_phrase(lead, entity.end, sentence.start)
