"""Named speakers: where the name in a speaker phrase is, the role the words before it
give, and whom the name means.

``NameReader`` finds a phrase's head (up to its first linking word; a title keeps its
``of``), the capitalised words that end it as a name, a gazetteer alias that ends it
(``the Kenya Defence Forces``) and the role in the words before the name. ``named`` then
reads the name: a gazetteer person or body (a state's institution owned by the state named
with it), an earlier mention of the same name, else a new person whose side the phrase's
words give, or a bare spokesperson's employer, or the state an office belongs to.
"""

from __future__ import annotations

import bisect
from typing import Final

from processors.discourse import base, is_possessive
from processors.lexicon import (
    ARTICLE,
    BODY,
    CAPITAL,
    DETERMINER,
    FUNCTION,
    HEAD,
    LINK,
    NP_WORD,
    ROLE,
    TIME,
    TITLE,
)
from processors.model import Speaker
from processors.speaker_owners import OwnerReader
from processors.speaker_phrases import (
    POSSESSIVE,
    Phrase,
    PhraseReader,
    ReaderPart,
    Resolved,
)
from processors.speaker_sides import Side
from processors.text import Token

# Words of a group's name that do not stand for it alone: bodies, roles, titles, links.
_GENERIC_WORDS: Final = BODY | HEAD | ROLE | TITLE | FUNCTION | DETERMINER | TIME
# The shortest word that may stand for its group's name (not "the Sea" of "Sea Tigers").
_SHORT_FORM_MIN: Final = 4
# Mentions whose words are not a group's name.
_NOT_GROUP_NAMES: Final = frozenset(("person", "demonym", "capital"))


class NameReader(ReaderPart):
    """Reads the head, name and role of one article's speaker phrases, and whom a name
    means."""

    def __init__(self, reader: PhraseReader, owners: OwnerReader) -> None:
        super().__init__(reader)
        self.owners = owners
        self._classes = reader.lex.known_classes

    def head_end(self, tokens: list[Token]) -> int:
        """Where the head of a phrase ends: at its first linking word.

        A title keeps its ``of``: in ``Secretary of State Marco Rubio`` the name ends the
        phrase, while ``Gloria Estrada of Illinois`` is a name and where she is from.
        """
        links = self.grammar.links
        for i, (start, _e, word) in enumerate(tokens):
            flags = self.reader.word_class(word)
            if i and flags & LINK and self._inside_alias(start, tokens[-1][1]):
                continue  # "Joint Chiefs of Staff said": the "of" is inside the name
            if (
                i > 1
                and word.islower()
                and word.endswith(("ing", "ed"))
                and word not in links
                and not flags & HEAD  # "its armed wing", "the king": a head noun, no participle
                and not flags & DETERMINER  # "the agency's acting director"
                # "the Greek shipping company": a noun modifier before its head noun.
                and not (i + 1 < len(tokens) and base(tokens[i + 1][2]) in self.lex.companies)
            ):
                return i  # "a diplomat involved in the talks", "the union representing ..."
            if word == "and" and 0 < i < len(tokens) - 1 and tokens[i + 1][2][:1].isupper():
                continue  # "the Hostages and Missing Families Forum" is one name
            if i and flags & LINK:
                if self.reader.word_class(tokens[i - 1][2]) & (ROLE | TITLE) and all(
                    self.reader.word_class(t[2]) & CAPITAL or t[2] in ("of", "the", "for")
                    for t in tokens
                ):
                    return len(tokens)
                return i
        return len(tokens)

    def _inside_alias(self, pos: int, end: int) -> bool:
        """Whether ``pos`` falls inside a gazetteer alias (not at its start) that ends at
        ``end``, the end of the phrase."""
        index = bisect.bisect_left(self.starts, pos) - 1
        return index >= 0 and self.mentions[index].end == end

    def alias_run(self, head: list[Token]) -> list[Token]:
        """The tokens of a body's or group's alias that ends ``head`` (none if no alias does)."""
        mentions = self.reader.in_mentions(head[0][0], head[-1][1])
        if not mentions:
            return []
        last = mentions[-1]
        if last.end != head[-1][1] or last.kind in ("person", "demonym", "capital"):
            return []
        return [token for token in head if token[0] >= last.start]

    def name_run(self, head: list[Token], sentence_start: int) -> list[Token]:
        """The trailing capitalised words of a head that are neither roles nor titles."""
        run: list[Token] = []
        for i in range(len(head) - 1, -1, -1):
            tok = head[i]
            flags = self.reader.word_class(tok[2])
            if not flags & CAPITAL or flags & (TITLE | ROLE | DETERMINER | BODY):
                break
            if tok[0] == sentence_start and flags & NP_WORD:
                break
            if i and flags & HEAD and head[i - 1][2] == "of":
                break  # "Deputy Chief of Staff Stephen Miller": the title ends at "Staff"
            if run and is_possessive(tok[2]):
                break  # "the ICRC's Marianne Keller": the owner is not part of her name
            run.insert(0, tok)
        return run

    def role(self, head: list[Token], run: list[Token], phrase: Phrase | None) -> str | None:
        """The role the words of a head before its name give (``Foreign Minister``), if
        any: words the gazetteer names, possessives and articles left out."""
        if phrase is None:
            return None
        cut = run[0][0] if run else None
        if cut is not None and head[0][0] >= cut:
            return None  # the name is the whole head: no word is left for a role
        covered = [(m.start, m.end) for m in self.reader.in_mentions(phrase.start, phrase.end)]
        classes, word_class = self._classes, self.reader.word_class
        words = []
        for s, e, word in head:
            if cut is not None and s >= cut:
                break
            if word.endswith(POSSESSIVE):
                continue
            if covered and any(a <= s and e <= b for a, b in covered):
                continue
            flags = classes.get(word)
            if flags is None:
                flags = word_class(word)
            if flags & ARTICLE or word.isdigit():
                continue
            words.append(word)
        while words and word_class(words[-1]) & LINK:
            words.pop()
        if not words:
            return None
        words[-1] = words[-1].rstrip(".,")
        for word in words:
            if word_class(word) & (HEAD | TITLE):
                return " ".join(words)
        return None

    def named(
        self,
        phrase: Phrase,
        run: list[Token],
        role: str | None,
        side: Side,
    ) -> Resolved | None:
        """Whom the name ``run`` of a phrase means, or None for a news outlet."""
        name = self.text[run[0][0] : run[-1][1]].rstrip(".")
        if name.endswith(("'s", "\u2019s")):
            name = name[:-2]
        if name in self.lex.media:
            return None
        whole = self.gazetteer.lookup(name)
        kind = self.gazetteer.kind_of(name)
        if whole is not None and len(run) == 1:
            # "Rep. Jim Jordan ... said Jordan": the person named earlier, not the country.
            earlier = self.discourse.named(name, phrase.start)
            if (
                earlier is not None
                and earlier.kind == "person"
                and earlier.actor != whole
                and self.gazetteer.kind_of(earlier.name) in (None, "person")
            ):
                speaker = Speaker(earlier.name, earlier.actor, role or earlier.role)
                return Resolved(speaker, "person", earlier.gender, min(0.85, earlier.confidence))
        alias_start = run[0][0]
        if whole is None:
            own = self.reader.in_mentions(run[0][0], run[-1][1] + 1)
            if own and own[-1].kind != "demonym":
                whole, kind, alias_start = own[-1].actor, own[-1].kind, own[-1].start
        if whole is None and len(run) == 1:
            short = self._short_form(name, phrase.start, run[0][0])
            if short is not None:
                return Resolved(Speaker(phrase.text, short, role), "body", None, 0.8)
        if whole is not None and kind == "institution" and whole in self.gazetteer.states:
            # "Mexico's Border Patrol": a state's institution by a name other states use
            # too; the state named before it owns it.
            whole = self.owners.state_owner(phrase.start, alias_start) or self._owned_before(
                name, whole, phrase.start
            )
        if whole is not None:
            if kind == "person":
                gender = self.reader.gender(name, role, known=True)
                return Resolved(Speaker(name, whole, role), "person", gender, 0.9)
            return Resolved(Speaker(phrase.text, whole, role), "body", None, 0.9)
        earlier = self.discourse.named(name.split()[-1], phrase.start)
        if earlier is not None and len(run) == 1:
            speaker = Speaker(earlier.name, earlier.actor, role or earlier.role)
            return Resolved(speaker, "person", earlier.gender, min(0.85, earlier.confidence))
        found = side.actor
        if found is None and earlier is not None:
            found = earlier.actor
        title = self.text[phrase.start : run[0][0]].strip().lower()
        if found is None and title in self.lex.employee_roles:
            # Only a bare title: "Foreign Office spokesperson X" names an employer
            # of its own, whose side the text has not given.
            found = self.owners.employer(phrase.start)
        if found is None:
            # "President Esteban Cardenas", whom the gazetteer does not know: the state
            # the story is about, if one fills it.
            found = self.owners.state_office(role)
        if found is None:
            # "In London, Prime Minister John Major", "KATHMANDU - Prime Minister X":
            # the place the sentence or the article opens with, when the story has no home.
            found = self.owners.located_office(role, phrase.start, phrase.end)
        if found is None:
            # "the interim government said ... Minister of State X said", in a story of
            # several states: a minister of the government the text spoke of.
            found = self.owners.governing_state(role, phrase.start)
        actor, confidence = self.reader.fallback(found, 0.8, side.private)
        speaker = Speaker(name, actor, role)
        return Resolved(speaker, "person", self.reader.gender(name, role), confidence)

    def _short_form(self, name: str, start: int, name_start: int) -> str | None:
        """``the Tigers`` after ``the Liberation Tigers of Tamil Eelam``: one distinctive
        word of a group's name, after "the", is the group the text named with it last.
        Generic words (``the Front``, ``the Council``) and states' names say nothing."""
        if self.text[start:name_start].strip().lower() != "the":
            return None
        if len(name) < _SHORT_FORM_MIN or self.reader.word_class(name) & _GENERIC_WORDS:
            return None
        states = self.gazetteer.states
        mentions = self.mentions
        for i in range(bisect.bisect_left(self.starts, start) - 1, -1, -1):
            mention = mentions[i]
            if mention.actor in states or mention.kind in _NOT_GROUP_NAMES:
                continue
            alias = mention.alias
            if alias != name and name in alias.split():
                return mention.actor
        return None

    def _owned_before(self, name: str, actor: str, pos: int) -> str:
        """``South Korea's Joint Chiefs of Staff said … The Joint Chiefs of Staff added``:
        a bare institution is the one the text gave another state before, if it did."""
        states, key = self.gazetteer.states, name.lower()
        for entity in reversed(self.discourse.before(pos)):
            written = entity.name.lower()
            # A bare mention carries the gazetteer's state: only an owned one tells.
            if entity.kind != "person" and key in written and written.removeprefix("the ") != key:
                return entity.actor if entity.actor in states else actor
        return actor
