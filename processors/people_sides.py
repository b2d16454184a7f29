"""People the narration places on a side by the words around their name.

``The foreign ministers, Seyoum Mesfin of Ethiopia and Haile Woldensae of Eritrea, signed
…``: a name followed by "of" and a state or a body is that side's person, so that a later
``Seyoum said`` or ``Haile told reporters`` speaks for it, though no title gave a side.
"""

from __future__ import annotations

import re
from typing import Final

from processors.discourse import Discourse, Entity
from processors.layout import Layout
from processors.lexicon import BODY, DETERMINER, FUNCTION, HEAD, ROLE, TIME, TITLE
from processors.speakers import Phrase, SpeakerReader

# What links a name to its side: "Seyoum Mesfin of Ethiopia", "Tim Guldimann of the OSCE".
_OF_LEADS: Final = (" of ", " of the ")
# Up to four capitalised words that end right before the "of" (titles are cut later).
_NAME_BEFORE: Final = re.compile(
    r"(?<![\w'\u2019.-])((?:[A-Z][\w'\u2019.-]+ ){1,3}[A-Z][\w'\u2019-]+)$"
)
# Words that are no part of a person's name (``Minister``, ``Bank``, ``Monday``).
_NOT_NAME: Final = TITLE | ROLE | DETERMINER | BODY | HEAD | TIME | FUNCTION
# Sides a name may be placed on: a state's or a body's name, not a capital (``the mayor
# of Kyiv`` is local) nor a demonym.
_SIDE_KINDS: Final = frozenset(("name", "institution"))
# How far back from the "of" a name may start.
_NAME_REACH: Final = 80


def seed_of_side(layout: Layout, reader: SpeakerReader, discourse: Discourse) -> None:
    """Remember each person the narration names as ``NAME of SIDE`` with that side."""
    text = layout.text
    for mention in layout.mentions:
        if mention.kind not in _SIDE_KINDS:
            continue
        start = mention.start
        lead = next((lead for lead in _OF_LEADS if text.endswith(lead, 0, start)), None)
        if lead is None or layout.in_quote(start):
            continue
        of_start = start - len(lead)
        sentence = layout.sentence_at(of_start)
        # The name starts in the sentence of its "of": "Monday. Maria Lopez" is no name.
        lo = max(sentence.start, of_start - _NAME_REACH)
        found = _NAME_BEFORE.search(text, lo, of_start)
        if found is None:
            continue
        words = found.group(1).split()
        # "Foreign Minister Seyoum Mesfin", "Then Abebe Kassa": the name is the words
        # after the last that cannot be part of one.
        for i in range(len(words) - 1, -1, -1):
            if reader.word_class(words[i]) & _NOT_NAME:
                words = words[i + 1 :]
                break
        if len(words) < 2:
            continue  # "the Bank of England", "Prime Minister of Iraq": no person's name
        name = " ".join(words)
        name_start = of_start - len(name)
        if reader.in_mentions(name_start, of_start):
            continue  # a listed person keeps the gazetteer's side
        resolved = reader.resolve(Phrase(name_start, of_start, name), sentence_start=sentence.start)
        if resolved is None or resolved.kind != "person":
            continue
        # The name's own gender: the resolved one may be an earlier person's guess.
        gender = reader.gender(name, resolved.speaker.role)
        entity = (
            start, resolved.speaker.name, mention.actor, resolved.speaker.role, "person",
            gender, None, 0.8, mention.end,
        )  # fmt: skip
        discourse.add(tuple.__new__(Entity, entity))
