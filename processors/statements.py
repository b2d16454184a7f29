"""Statement extraction: who said what in an article, as ``Statement`` records.

The text is split once into sentences and quotations; every reporting verb outside a
quotation is then read for its speaker (``processors.attribution``) and its content: a
quote next to it, or the clause its frame takes (``processors.frames``). Quotes that
carry on a quoted speaker without a new attribution, ``according to X`` and ``the
announcement, made by X`` are read as well. Everything runs on patterns compiled by
the loaders, so an article takes a few milliseconds.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from processors.actors import ActorMention, Gazetteer, scan_mentions
from processors.attribution import Attribution, Attributor
from processors.discourse import Discourse
from processors.frames import (
    Content,
    around_attribution,
    clause_end,
    content_after,
    quote_at,
    setting_tail,
    skip_adjuncts,
)
from processors.layout import Layout, Verb, is_name, newest_first, strip_end
from processors.lexicon import SpeechLexicon, load_speech_lexicon
from processors.model import UNKNOWN_ACTOR, Article, Speaker, Statement
from processors.people import (
    home_actor,
    leads_clause,
    own_names,
    seed_described,
    seed_mentions,
    seed_titled,
)
from processors.people_sides import seed_of_side
from processors.quotes import Quote, is_title
from processors.sentences import Sentence
from processors.speakers import Resolved, SpeakerReader
from processors.statement_answers import AnswerReader
from processors.statement_documents import DocumentSpeakers
from processors.text import last_runs, skip_blanks

__all__ = ["SpeechLexicon", "extract_statements", "load_speech_lexicon"]

_TRIM: Final = re.compile(
    r"(?:,?\s*\b(?:and|but|while|whereas|(?:al)?though|(?:even\s+)?as)\s+"
    r"(?:(?:also|has|have)\s+)?|,\s*)$"
)
# What may follow an inverted speaker for the words before it to be theirs: an appositive
# ("…, said Maria Lind, an analyst at a London brokerage.") and the full stop.
_SPEAKER_TAIL: Final = re.compile(
    r"(?:,\s*(?:a|an|the|who|whose)\b[^,;:\"\u201c\u201d]*)?\s*[.!?]?\s*"
)
# After an inverted speaker, what may stand before a quote that resumes: an
# appositive, then the comma ("…, said Sen. X, the chairwoman, “is that …”").
_RESUME_GAP: Final = re.compile(r"(?:,\s*(?:a|an|the|who|whose)\b[^,;:\"\u201c\u201d]*)?,\s*")
# What ends a line of body text (a headline has none of these at its end).
_STOPS: Final = frozenset('.!?\u201d"\u2019:)')
# What opens the item of a list ("- ", "\u2022 ", "* ").
_BULLETS: Final = frozenset("-*\u2022\u2013\u2014\u25aa\u25cf")
# A relative clause set off by commas after a speaker: ", who leads the panel".
_WHO_ASIDE: Final = re.compile(r",\s*(?:who|whose)\s[^,;:\"\u201c\u201d]*(?=,)")
# A word that opens a clause an ``according to`` aside may interrupt: what follows is
# the report ("…, where, according to X, troops are …").
_OPENS_REPORT: Final = frozenset(("where", "that", "while", "but", "and", "because", "although"))
# "X accused Y of A, as U.N. agencies warned that B": an "as" clause with a speaker of its own.
_AS_CLAUSE: Final = re.compile(r",\s*as\s*$")
# '"…," as Ford put it': a comment clause between a quote and the speaker it names.
_AS_COMMENT: Final = re.compile(r"(?<=[,\s])as\s+$")
# The longest content ``_names_words_only`` reads ("these latest allegations").
_BARE_OBJECT: Final = 40
# Where a trailing adjunct may start inside a short object: a blank before a word.
_ADJUNCT_LEAD: Final = re.compile(r"\s(?=[a-z])")
# What leads a text's addressee after it ("a letter to the committee").
_TO_WHOM: Final = frozenset(("to", "for", "addressed", "sent"))
# The most words of a content that only names a text and its addressee.
_DOCUMENT_OBJECT: Final = 8
# An attribution after a quoted question starts within this many characters.
_LEAD: Final = 40
# A quote carries on the last quoted speaker at most this many sentences later.
_CARRY: Final = 2
# A possessive ending a name ("Lee's ad"): the thing, not the person, comes next.
_POSSESSIVE: Final = re.compile(r"['\u2019]s\b")
# A capitalised word after a blank: where a name may start after a lead ("Her colleague").
_CAPITAL_WORD: Final = re.compile(r"(?<=\s)[A-Z]")
# The most words before a colon that opens a person's quote ("X was less committal:").
_COLON_LEAD: Final = 20
# A dash that signs a quote with its speaker's name: '"…" — Sen. Gale Porter'.
# Plain-text copy signs with a hyphen set off by blanks (" - Sen. X") where print has a dash.
_BYLINE_DASH: Final = re.compile(r"[ \t]*(?:\u2014|\u2013|--|(?<=[ \t])-(?=[ \t]))[ \t]*(?=[A-Z])")
# What may follow the name that signs a quote: its party marker, a comma, the end.
_BYLINE_END: Final = re.compile(r"\s*(?:\([^()\n]{1,20}\))?\s*(?:[,.;]|\n|$)")


class _Extractor:
    """Extraction over one article; holds the per-article state of one call only."""

    def __init__(
        self,
        article: Article,
        gazetteer: Gazetteer,
        lexicon: SpeechLexicon,
        mentions: tuple[ActorMention, ...] | None,
    ) -> None:
        self.article = article
        self.text = article.text
        self.lex = lexicon
        self.gazetteer = gazetteer
        if mentions is None:
            mentions = scan_mentions(gazetteer, article.text)
        # The places the lexicon knows, read once for both the names and the home side,
        # in the same pass as the reporting verbs and titled names.
        places: list[re.Match[str]] = []
        speech = lexicon.speech_matches(article.text, places)
        mentions = own_names(article.text, mentions, gazetteer, lexicon, places)
        self.layout = layout = Layout(article.text, gazetteer, lexicon, mentions, speech)
        # Only the particles a hyphen joins to the name ("al-"), not "bin" or "von".
        joined = tuple(p for p in lexicon.grammar.name_particles if p.endswith("-"))
        self.discourse = discourse = Discourse(
            particles=joined, newest_first=newest_first(article.text)
        )
        self.reader = reader = SpeakerReader(
            self.text, gazetteer, lexicon, layout.mentions, discourse, layout.tokens
        )
        self.attributor = Attributor(layout, lexicon, reader, self._sentence_speaker)
        self.verb_starts = layout.verb_starts
        self.documents = DocumentSpeakers(layout, self.attributor, reader)
        self.statements: list[Statement] = []
        self.sentence_of: list[int] = []
        # The statements' spans never overlap, so sorted by start they are also sorted
        # by end: one bisect finds the only span a new content could overlap first.
        self.span_starts: list[int] = []
        self.span_ends: list[int] = []
        self.used_quotes: set[int] = set()
        # What kind of speaker (person, body, group) made the statement with this span.
        self.kinds: dict[tuple[int, int], str] = {}
        self.confidences: dict[float, float] = {}
        discourse.subject_test = lambda entity: (
            leads_clause(layout, reader, entity) and not self._in_content(entity.pos)
        )
        discourse.prepare = lambda: self._seed_people(layout, reader, discourse)
        reader.find_home = lambda: home_actor(layout, lexicon, places)
        reader.recent = self._recent_speaker
        seed_mentions(layout, reader, discourse)
        self.answers = AnswerReader(layout, discourse, reader)

    @staticmethod
    def _seed_people(layout: Layout, reader: SpeakerReader, discourse: Discourse) -> None:
        """The narration's titled and described people, for short references."""
        seed_titled(layout, reader, discourse)
        seed_described(layout, reader, discourse)
        seed_of_side(layout, reader, discourse)

    # -- memory of what was found -------------------------------------------------

    def _in_content(self, pos: int) -> bool:
        """Whether ``pos`` lies in a statement's content found so far: a person named
        in what someone said ("Makuei said the attack was ordered by Machar. '…,' he
        said") is not the subject a later pronoun takes up; the speaker is."""
        return self._taken(pos, pos + 1)

    def _taken(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` overlaps a statement's content found so far (the
        contents do not overlap, so their ends are in order too)."""
        ends = self.span_ends
        index = bisect.bisect_right(ends, start)
        return index < len(ends) and self.span_starts[index] < end

    def _sentence_speaker(self, sentence: Sentence) -> Resolved | None:
        if self.statements and self.sentence_of[-1] == sentence.index:
            last = self.statements[-1]
            return Resolved(last.speaker, "person", None, last.confidence)
        return None

    def _recent_speaker(self, pos: int, noun: str) -> Resolved | None:
        """``the statement said``: who issued that document (``DocumentSpeakers``)."""
        return self.documents.recent_speaker(self.statements, self.kinds, pos, noun)

    def add(
        self,
        sentence: Sentence,
        attribution: Attribution,
        content: Content,
        confidence: float,
        lemma: str | None = None,
    ) -> bool:
        """Record one statement, unless its words are already someone's statement."""
        if self._taken(content.start, content.end):
            return False
        if sentence.start <= content.start and content.end <= sentence.end:
            first = last = sentence
        else:
            first = self.layout.sentence_at(min(sentence.start, content.start))
            last = self.layout.sentence_at(max(sentence.end, content.end) - 1)
        resolved = attribution.resolved
        speaker = resolved.speaker
        if speaker.actor in self.gazetteer.sideless:
            speaker = Speaker(speaker.name, UNKNOWN_ACTOR, speaker.role)  # a war monitor
        statement = Statement(
            article_id=self.article.id,
            speaker=speaker,
            verb=lemma or attribution.lemma,
            content=self.text[content.start : content.end],
            direct=content.direct,
            span=(content.start, content.end),
            sentence=self.text[first.start : max(first.end, last.end)],
            confidence=self._rounded(min(resolved.confidence, confidence)),
        )
        self.statements.append(statement)
        self.sentence_of.append(sentence.index)
        self.kinds[statement.span] = resolved.kind
        self._index_span(content.start, content.end)
        # Quotes inside the content are accounted for: no statement of their own.
        starts = self.layout.quote_starts
        index = bisect.bisect_left(starts, content.start - 1)
        while index < len(starts) and starts[index] <= content.end:
            self.used_quotes.add(index)
            index += 1
        return True

    def _rounded(self, confidence: float) -> float:
        """``round(confidence, 3)``: an article's statements share a few confidences."""
        rounded = self.confidences.get(confidence)
        if rounded is None:
            rounded = self.confidences[confidence] = round(confidence, 3)
        return rounded

    def _index_span(self, start: int, end: int) -> None:
        index = bisect.bisect_left(self.span_starts, start)
        while index < len(self.span_starts) and self.span_starts[index] == start:
            if self.span_ends[index] >= end:
                break
            index += 1
        self.span_starts.insert(index, start)
        self.span_ends.insert(index, end)

    def _unindex_span(self, start: int, end: int) -> None:
        index = bisect.bisect_left(self.span_starts, start)
        while self.span_ends[index] != end:
            index += 1
        del self.span_starts[index]
        del self.span_ends[index]

    # -- one sentence -------------------------------------------------------------

    def sentence_statements(self, sentence: Sentence, verbs: Sequence[Verb]) -> None:
        """Find every statement whose attribution stands in ``sentence``."""
        text, lex, layout = self.text, self.lex, self.layout
        spans: list[tuple[int, int]] = []
        for verb in verbs:
            if layout.in_quote(verb.start):
                continue
            attribution = self.attributor.read(sentence, verb)
            if attribution is None:
                continue
            inside = bool(spans) and any(s[0] <= verb.start < s[1] for s in spans)
            if inside and not self._takes_over(sentence, attribution):
                continue  # a verb inside someone's reported words is theirs, not ours
            anchor = attribution.verb_start if attribution.inverted else attribution.subject_start
            quote = layout.quote_before(anchor, sentence.start)
            if quote is None and text.endswith("as ", sentence.start, anchor):
                comment = _AS_COMMENT.search(text, max(sentence.start, anchor - 8), anchor)
                if comment is not None:
                    quote = layout.quote_before(comment.start(), sentence.start)
            if quote is None and attribution.explicit and sentence.index:
                quote = self._asked_before(sentence, anchor)
            if quote is not None and is_title(text, quote, lex.title_cues, lex.title_small_words):
                quote = None  # on NBC's "Meet the Press," X said: a show, not words
            scare = quote is not None and self._scare_quote(sentence, quote)
            if scare:
                quote = None  # the clause around the quoted word is the report
            if quote is not None and attribution.explicit:
                whole = Content(quote.inner_start, quote.inner_end, True)
                self.add(sentence, attribution, whole, 0.9)
            content = content_after(
                text,
                attribution.verb_end,
                attribution.aside_end or sentence.end,
                attribution.frame,
                lex,
                layout.quotes,
            )
            if (
                content is not None
                and attribution.explicit
                and not attribution.inverted
                and text[sentence.start : attribution.subject_start].rstrip().endswith(",")
                and setting_tail(
                    text,
                    attribution.verb_end,
                    sentence.end,
                    (sentence.start, attribution.subject_start),
                    content,
                    lex,
                )
            ):
                content = None  # the words before the speaker are the report
            if attribution.aside_end is not None and content is not None:
                # "Roberts, who wrote the opinion that X relies on, suggested": inside an
                # aside the report follows the verb; a "that" after its object is relative.
                pos = skip_adjuncts(text, attribution.verb_end, content.start, lex)
                listener = lex.listener_pattern.match(text, pos, content.start)
                if attribution.frame == "tell" and listener is not None:
                    pos = skip_adjuncts(text, listener.end(), content.start, lex)
                if text[pos : content.start].strip(' ,\u201c"') not in ("", "that"):
                    content = None
            if (
                quote is not None
                and content is not None
                and not content.direct
                and text.startswith("of ", content.start)
            ):
                content = None  # "“…,” X said of the talks": the quote was the report
            if attribution.inverted and content is not None and not content.direct:
                content = None  # "said Peskov, the spokesman" leaves nothing to report
            if attribution.inverted and quote is not None and content is None:
                # '"The problem," said Sen. X, the chairwoman, "is that …"': one sentence
                # quoted in two parts around the attribution; the second part too.
                content = self._resumed_quote(attribution.subject_end, sentence.end)
            if content is None and quote is None and attribution.explicit:
                around = (attribution.subject_start, attribution.verb_end)
                if attribution.inverted:
                    # "The strikes destroyed the wheat, said Oleh Kiper, the governor.":
                    # the words before the verb, when only the speaker follows it.
                    tail = _SPEAKER_TAIL.match(text, attribution.subject_end, sentence.end)
                    if tail is None or tail.end() != sentence.end:
                        continue
                    around = (attribution.verb_start, sentence.end)
                content, trailing = around_attribution(
                    text, (sentence.start, sentence.end), around, attribution.frame, lex, scare
                )
                if content is not None and layout.in_quote(content.start):
                    content = None
                if content is not None and content.end <= attribution.subject_start:
                    attribution = self._pronoun_before(attribution, content.start)
                if content is not None and trailing:
                    # "X expressed A and rejected B, his office said": the office speaks.
                    self._drop_inside(sentence, content)
            if content is None and quote is None and attribution.explicit:
                content = self._block_quote(attribution.verb_end)
            if content is not None and not content.direct:
                # "told Hale that she would recuse herself, according to a transcript":
                # the source of the account is not part of the report.
                cut = text.find(", according to ", content.start, content.end)
                if cut > content.start:
                    content = Content(content.start, cut, False)
            if content is not None and self._names_words_only(content):
                continue
            if content is not None:
                self._trim_previous(sentence, attribution)
                if self.add(sentence, attribution, content, 0.85) and not content.direct:
                    spans.append((content.start, content.end))
        if text.find("ccording to", sentence.start, sentence.end) != -1 or text.startswith(
            lex.according_openers, sentence.start
        ):
            self._according(sentence)
        if sentence.index and text.find("by", sentence.start, sentence.end) != -1:
            self._retro(sentence)
        self._continuation(sentence)

    def _pronoun_before(self, attribution: Attribution, pos: int) -> Attribution:
        """``The general phoned his counterpart at noon, he says``: a pronoun that
        attributes the words before it means someone named before those words, not a
        person the words themselves name."""
        word = self.text[attribution.subject_start : attribution.subject_end]
        if word.lower() not in self.lex.pronouns:
            return attribution
        resolved = self.reader.pronoun(word.lower(), pos)
        if resolved is None or resolved.speaker == attribution.resolved.speaker:
            return attribution
        self.reader.remember(resolved, attribution.subject_start)
        return attribution._replace(resolved=resolved)

    def _resumed_quote(self, pos: int, end: int) -> Content | None:
        """The quote that resumes after an inverted speaker and its appositive."""
        gap = _RESUME_GAP.match(self.text, pos, end)
        if gap is None:
            return None
        quote = quote_at(self.layout.quotes, gap.end(), end)
        if quote is None:
            return None
        return Content(quote.inner_start, quote.inner_end, True)

    def _names_words_only(self, content: Content) -> bool:
        """``rejected the accusation``, ``denied the report``: the object names someone
        else's words and reports none of the speaker's, so it is no statement."""
        if content.direct or content.end - content.start > 3 * _BARE_OBJECT:
            return False
        objects = self.lex.speech_objects
        words = self.text[content.start : content.end].split(None, 3)
        empty = self.lex.grammar.empty_contents
        if len(words) == 1 and words[0].lower().strip(".,;:\u201d\"'") in empty:
            return True  # "denied this", "said so": what was said is told elsewhere
        if len(words) <= 2 and all(self._manner(word) for word in words):
            return True  # "wrote separately, arguing …": how, not what, was said
        # The object noun comes within three words: only then is an adjunct worth cutting.
        if not any(word.lower().strip(".,;:\u201d\"'") in objects for word in words[:3]):
            return False
        if self._document_object(content):
            return True  # "wrote a letter to the committee": the letter's words come later
        # "rejected the accusations in a statement": the adjunct says where, not what.
        end = skip_adjuncts_back(self.text, content.start, content.end, self.lex)
        if end - content.start > _BARE_OBJECT:
            return False
        words = self.text[content.start : end].split()
        return len(words) <= 3 and words[-1].lower().strip(".,;:\u201d\"'") in objects

    def _document_object(self, content: Content) -> bool:
        """Whether a short content is only a named text and where it went (``a letter to
        the committee``, ``the memo to senators``): no clause, so no report of its own."""
        words = [
            w.strip(".,;:\u201d\"'").lower() for w in self.text[content.start : content.end].split()
        ]
        return (
            len(words) <= _DOCUMENT_OBJECT
            and len(words) >= 2
            and words[0] in self.lex.noun_markers
            and words[1] in self.lex.speech_objects
            and not any(word in self.lex.clause_cues or word in self.lex.verbs for word in words)
            # "a letter to the committee", not "the report as fabricated" (a description).
            and (len(words) == 2 or words[2] in _TO_WHOM)
        )

    def _manner(self, word: str) -> bool:
        """Whether ``word`` is an adverb of manner or time (``separately``, ``briefly``,
        ``again``): listed, or a lower-case word in ``-ly``."""
        word = word.strip(".,;:\u201d\"'")
        return word.lower() in self.lex.adverbs or (word.islower() and word.endswith("ly"))

    def _block_quote(self, verb_end: int) -> Content | None:
        """``the government said:`` closing a paragraph: the quote opening the next one."""
        text = self.text
        pos = skip_adjuncts(text, verb_end, len(text), self.lex)
        if text[pos : pos + 1] != ":":
            return None
        newline = text.find("\n", pos)
        if newline == -1 or text[pos + 1 : newline].strip():
            return None
        quote = quote_at(
            self.layout.quotes,
            newline + 1 + len(text[newline + 1 :]) - len(text[newline + 1 :].lstrip()),
        )
        if quote is None or self.layout.in_quote(verb_end):
            return None
        return Content(quote.inner_start, quote.inner_end, True)

    def _asked_before(self, sentence: Sentence, anchor: int) -> Quote | None:
        """``"Where is the money?" Hines asked.``: a question or an exclamation closes the
        sentence before its attribution, which the splitter cannot tell from a new one."""
        previous = self.layout.sentences[sentence.index - 1]
        if previous.paragraph != sentence.paragraph:
            return None
        quote = self.layout.quote_before(anchor, previous.start)
        if quote is None or quote.inner_end - 1 < quote.inner_start:
            return None
        return quote if self.text[quote.inner_end - 1] in "?!" else None

    def _scare_quote(self, sentence: Sentence, quote: Quote) -> bool:
        """Whether a quote is a word or two the report itself quotes (``Any attack would
        be answered "forcefully", it added``): it follows a word of the same sentence
        directly, not a comma or a colon that would set it off as the speaker's words."""
        text = self.text
        before = text[sentence.start : quote.start].rstrip()
        if not before or not before[-1].isalpha():
            return False
        return len(text[quote.inner_start : quote.inner_end].split()) <= _SCARE_WORDS

    def _drop_inside(self, sentence: Sentence, content: Content) -> None:
        """Forget this sentence's statements that start inside a later report."""
        pairs = zip(self.statements, self.sentence_of, strict=True)
        keep = [
            (statement, index)
            for statement, index in pairs
            if index != sentence.index or not content.start <= statement.span[0] < content.end
        ]
        self.statements = [statement for statement, _ in keep]
        self.sentence_of = [index for _, index in keep]
        spans = sorted(statement.span for statement in self.statements)
        self.span_starts = [start for start, _ in spans]
        self.span_ends = [end for _, end in spans]

    def _takes_over(self, sentence: Sentence, attribution: Attribution) -> bool:
        """A verb inside an earlier report that starts a report of its own.

        ``X said A, adding B``, ``X said A and warned B`` and ``X said A, while Y said B``
        are two statements; ``X said Y had told Z …`` is one.
        """
        grammar = self.lex.grammar
        text = self.text
        if not attribution.explicit:
            # The patterns are anchored at the end: most leads end in none of their words.
            start, end = sentence.start, attribution.verb_start
            last = strip_end(text, start, end)
            # Matches end at ``end``: the last runs hold them (a blank or ``start`` before).
            ending = text[last_runs(text, start, last, grammar.tail_runs) : end]
            ends = grammar.new_verb_ends
            if text.endswith(ends, start, last) and grammar.new_verb.search(ending):
                return True
            # "…, at one point saying": an adjunct may stand between comma and participle.
            if text.endswith(grammar.participle_lead_ends, start, last):
                return grammar.participle_lead.search(ending) is not None
            return False
        start, end = sentence.start, attribution.subject_start
        lead = text[start:end]
        last = strip_end(text, start, end)
        ends = grammar.new_clause_ends
        if text.endswith(ends, start, last) and grammar.new_clause.search(
            text[last_runs(text, start, last, grammar.tail_runs) : end]
        ):
            return True
        if text.endswith("as", start, last) and _AS_CLAUSE.search(lead):
            return True
        if self.lex.act_appositive.search(lead):
            return True  # "X disclosed A, a figure that Y said it could not reconcile"
        if self._after_subordinate(sentence.start, attribution.subject_start):
            return True  # "When X said A, Y said B": Y speaks in the main clause
        # "X expressed A and rejected B, his office said": a trailing attribution, or one
        # set off before words that carry on past the report (", but Moscow …"; read
        # before the adjuncts too, which would take ", while Moscow" for one).
        if self._carries_on(attribution.verb_end, sentence.end):
            return True
        tail = skip_adjuncts(self.text, attribution.verb_end, sentence.end, self.lex)
        return not self.text[tail : sentence.end].strip(' .!?\u201d"') or self._carries_on(
            tail, sentence.end
        )

    def _carries_on(self, pos: int, end: int) -> bool:
        """Whether a comma and a word that carries the sentence on past a report (``but``,
        ``while``) come next at ``pos``."""
        rest = self.text[pos:end].lstrip()
        return rest.startswith(",") and rest[1:].lstrip().startswith(self.lex.carried_leads)

    def _after_subordinate(self, start: int, subject_start: int) -> bool:
        """Whether a subject follows the comma that closes a subordinate clause opening
        the sentence, or the part of it after a semicolon (``When the court said A, New
        Delhi said B``, ``…; after X said A, Y said B``): the main clause is Y's."""
        text = self.text
        lead = text[start:subject_start].rstrip()
        if not lead.endswith(","):
            return False
        clause = lead[lead.rfind(";") + 1 :].lstrip()
        return self.lex.grammar.subordinate.match(clause[:1].lower() + clause[1:]) is not None

    def _trim_previous(self, sentence: Sentence, attribution: Attribution) -> None:
        """Cut the previous statement of this sentence where a new verb takes over."""
        if not self.statements or self.sentence_of[-1] != sentence.index:
            return
        last = self.statements[-1]
        cut = attribution.subject_start if attribution.explicit else attribution.verb_start
        if last.direct or not last.span[0] < cut <= last.span[1] + 1:
            return
        stop = cut
        joint = _joint(self.text, last.span[0], cut)
        if joint is not None:
            stop = joint.start()
        elif not attribution.explicit:
            # "he ended the conflict, at one point saying …": the adjunct leads the verb.
            grammar = self.lex.grammar
            tail = last_runs(self.text, last.span[0], cut, grammar.tail_runs)
            lead = grammar.participle_lead.search(self.text, tail, cut)
            if lead is not None:
                stop = lead.start()
        act = self.lex.act_appositive.search(self.text, last.span[0], cut)
        if act is not None:
            stop = act.start()  # "…, a figure that Y said": the appositive is Y's topic
        stop = clause_end(self.text, last.span[0], stop)
        if self._names_words_only(Content(last.span[0], stop, False)):
            # "has denied the claim and has accused X": the denial kept no words.
            self.statements.pop()
            self.sentence_of.pop()
            self._unindex_span(*last.span)
        elif stop - last.span[0] >= 3:
            self.statements[-1] = replace(
                last, span=(last.span[0], stop), content=self.text[last.span[0] : stop]
            )
            self._unindex_span(*last.span)
            self._index_span(last.span[0], stop)

    def _according(self, sentence: Sentence) -> None:
        """``According to X, …`` and ``…, according to X.``"""
        text = self.text
        match = self.lex.according_pattern.search(text, sentence.start, sentence.end)
        if match is None or self.layout.in_quote(match.start()):
            return
        source = match.end()
        document = self.lex.according_document.match(text, source, sentence.end)
        if document is not None:
            # "according to a joint statement by nine groups": the groups speak; an
            # unsigned "a statement" names nobody ("the statement" is the last one told).
            if document.group("source"):
                source = document.end()
            elif not text.startswith(("the ", "its ", "their ", "his ", "her "), source):
                return
        phrase = self.attributor.right_subject(sentence, source)
        if phrase is None:
            return
        resolved = self.reader.resolve(phrase, sentence_start=sentence.start)
        if resolved is None:
            return
        self.reader.remember(resolved, phrase.start, subject=False)
        attribution = Attribution(
            resolved, "say", "clause", match.start(), match.end(), phrase.start, phrase.end,
            inverted=False, explicit=True,
        )  # fmt: skip
        lead_start = sentence.start
        semicolon = text.rfind("; ", sentence.start, match.start())
        if semicolon != -1 and not self.layout.in_quote(semicolon):
            # "Iran says 400 were killed; its missiles killed 24 in Israel, according to
            # Israeli authorities": the source speaks for the clause after the semicolon,
            # and a report before it ends there.
            lead_start = semicolon + 2
            self._trim_previous(sentence, attribution._replace(subject_start=semicolon))
        before = text[lead_start : match.start()].rstrip(" ,")
        # "According to Sen. Ann Lee, who leads the panel, …": the report follows the aside.
        aside = _WHO_ASIDE.match(text, phrase.end, sentence.end)
        comma = text.find(",", aside.end() if aside else phrase.end, sentence.end)
        if text.startswith(":", phrase.end):
            comma = phrase.end  # "Per a White House official: the president …"
        content: Content | None = None
        lead = before.rsplit(None, 1)[-1].lower() if before else ""
        if lead in _OPENS_REPORT and comma != -1:
            # "… South Kivu, where, according to UN investigators, Rwandan troops are …":
            # the clause the aside interrupts is the report.
            before = ""
        if len(before.split()) >= 3:
            content = Content(lead_start, lead_start + len(before), False)
            quote = quote_at(self.layout.quotes, lead_start)
            if quote is not None and quote.end >= content.end - 1:
                content = Content(quote.inner_start, quote.inner_end, True)
        elif comma != -1:
            content = content_after(
                text, comma + 1, sentence.end, "clause", self.lex, self.layout.quotes
            )
            if content is None and aside is not None:
                # After the aside the rest is the report, whatever opens it ("at least 17").
                start = (
                    comma
                    + 1
                    + len(text[comma + 1 : sentence.end])
                    - len(text[comma + 1 : sentence.end].lstrip())
                )
                stop = clause_end(text, start, sentence.end)
                if len(text[start:stop].split()) >= 2:
                    content = Content(start, stop, False)
        if content is not None:
            self.add(sentence, attribution, content, 0.8, lemma="say")

    def _retro(self, sentence: Sentence) -> None:
        """``The announcement, made by the Kremlin, …`` attributes the previous sentence."""
        # Only a match in the first five positions counts: tried there, not searched for.
        match = None
        for pos in range(sentence.start, min(sentence.start + 5, sentence.end)):
            match = self.lex.retro_pattern.match(self.text, pos, sentence.end)
            if match is not None:
                break
        if match is None:
            return
        phrase = self.attributor.right_subject(sentence, match.end())
        if phrase is None:
            return
        resolved = self.reader.resolve(phrase, sentence_start=sentence.start)
        if resolved is None:
            return
        previous = self.layout.sentences[sentence.index - 1]
        stop = clause_end(self.text, previous.start, previous.end)
        attribution = Attribution(
            resolved, self.lex.retro_nouns[match.group(1)], "clause", match.start(),
            match.end(), phrase.start, phrase.end, inverted=False, explicit=True,
        )  # fmt: skip
        self.add(previous, attribution, Content(previous.start, stop, False), 0.6)

    def _continuation(self, sentence: Sentence) -> None:
        """A quote opening a sentence, right after a quoted speaker, is that speaker's."""
        number = self.layout.quote_opening(sentence)
        if number is None or number in self.used_quotes or not self.statements:
            return
        last = self.statements[-1]
        if not last.direct:
            return
        quote = self.layout.quotes[number]
        if sentence.index - self.sentence_of[-1] > _CARRY and not self._runs_on(last, number):
            return
        if self._attributed_next(sentence, quote):
            return  # '"Would you back it?" Bash asked.': the next sentence names the asker
        if self._verb_after(quote.end, sentence.end):
            return  # '"None is cheap," the memo says.': a speaker of its own, if unread
        resolved = Resolved(last.speaker, "person", None, last.confidence)
        attribution = Attribution(
            resolved, last.verb, "clause", quote.start, quote.start, quote.start, quote.start,
            inverted=False, explicit=False,
        )  # fmt: skip
        self.add(sentence, attribution, Content(quote.inner_start, quote.inner_end, True), 0.75)

    def _attributed_next(self, sentence: Sentence, quote: Quote) -> bool:
        """Whether a question or exclamation closing ``sentence`` has its attribution
        right after it (``"Why now?" Lee asked.``), which the splitter made a sentence."""
        text = self.text
        if quote.inner_end <= quote.inner_start or text[quote.inner_end - 1] not in "?!":
            return False
        if sentence.index + 1 >= len(self.layout.sentences):
            return False
        following = self.layout.sentences[sentence.index + 1]
        if following.paragraph != sentence.paragraph:
            return False
        verbs = self.layout.verbs
        index = bisect.bisect_left(self.verb_starts, following.start)
        if index == len(verbs) or verbs[index].start >= min(following.end, following.start + _LEAD):
            return False
        verb = verbs[index]
        if verb.start == following.start:
            return True  # '"Why not?" asked Dana Bash, the host.'
        form = verb.form if verb.form in self.lex.verbs else " ".join(verb.form.split())
        frame = self.lex.verbs[form][1]
        # "Lee asked." reports the quote; "Lee has said the same for years" reports its own.
        own = content_after(text, verb.end, following.end, frame, self.lex, self.layout.quotes)
        return own is None

    def _verb_after(self, pos: int, end: int) -> bool:
        """Whether a reporting verb stands within a few words after ``pos`` (before ``end``)."""
        index = bisect.bisect_left(self.verb_starts, pos)
        return index < len(self.verb_starts) and self.verb_starts[index] < min(end, pos + _LEAD)

    def _runs_on(self, last: Statement, number: int) -> bool:
        """Whether quote ``number`` reopens the unclosed quote of the ``last`` statement.

        A quote running over paragraphs leaves its closing mark off at each paragraph's
        end: however long the paragraph, the next one's opening quote carries it on.
        """
        if not number:
            return False
        previous = self.layout.quotes[number - 1]
        return not previous.closed and previous.inner_start == last.span[0]

    # -- the article --------------------------------------------------------------

    def _headlines(self) -> set[int]:
        """Paragraphs that are a headline: the title, or one short line with no stop.

        A live blog or a takeaways piece heads its entries so ("Trump says he will sign
        the bill"): those lines sum up what the body reports, they report nothing new.
        """
        sentences = self.layout.sentences
        title = (self.article.title or "").strip()
        found: set[int] = set()
        for i, sentence in enumerate(sentences):
            paragraph = sentence.paragraph
            if (i and sentences[i - 1].paragraph == paragraph) or (
                i + 1 < len(sentences) and sentences[i + 1].paragraph == paragraph
            ):
                continue  # a paragraph of several sentences is body text
            line = self.text[sentence.start : sentence.end]
            opening = self.text[self.text.rfind("\n", 0, sentence.start) + 1 : sentence.start]
            if (opening.strip() or line)[:1] in _BULLETS:
                continue  # a key point in a list reports, full stop or not
            if (not paragraph and line == title) or (
                len(line.split()) < 20 and line[-1] not in _STOPS
            ):
                found.add(paragraph)
        return found

    def run(self) -> tuple[Statement, ...]:
        """Extract every statement, in text order."""
        headlines = self._headlines()
        text = self.text
        verbs = self.layout.verbs
        verb_starts = self.verb_starts
        for sentence in self.layout.sentences:
            if sentence.paragraph in headlines:
                continue
            if text[sentence.start : sentence.start + 40].find(": ") != -1:
                found = self.answers.transcript_answer(sentence)
                if found is not None:
                    self.add(sentence, found[0], found[1], 0.8)
            line = text.rfind("\n", 0, sentence.start) + 1
            if text.startswith(self.lex.answer_labels, line):
                answer = self.answers.interview_answer(sentence, line)
                if answer is not None:
                    self.add(sentence, answer[0], answer[1], 0.75)
            lo = bisect.bisect_left(verb_starts, sentence.start)
            hi = bisect.bisect_left(verb_starts, sentence.end, lo)
            if text.find(": ", sentence.start, sentence.end) != -1:
                self._colon_quote(sentence, verbs[lo:hi])
            if lo == hi and self.layout.quote_opening(sentence) is None:
                start, end = sentence.start, sentence.end
                if (
                    text.find("ccording", start, end) == -1
                    and text.find("by", start, end) == -1
                    and not text.startswith(self.lex.according_openers, start)
                ):
                    continue  # nothing here can attribute speech
            self.sentence_statements(sentence, verbs[lo:hi])
        self._bylines()
        return tuple(sorted(self.statements, key=lambda s: s.span))

    def _speaker_at(self, pos: int) -> tuple[Resolved, Attribution] | None:
        """A named or described person whose phrase starts at ``pos``, as an attribution."""
        sentence = self.layout.sentence_at(pos)
        phrase = self.attributor.right_subject(sentence, pos)
        if phrase is None:
            return None
        if " " not in phrase.text.strip() and not self._known_name(phrase.text.strip(), pos):
            return None  # "Among the signs:": one capitalised word is no name by itself
        appositive = self.attributor.trailing_appositive(sentence, phrase)
        comma = skip_blanks(self.text, phrase.end + 1, sentence.end)
        if (
            appositive is None
            and self.text.startswith(",", phrase.end)
            and not is_name(phrase.text)
        ):
            # "Her predecessor, Terry Branstad, was more direct:": the name speaks.
            name = self.attributor.right_subject(sentence, comma)
            if name is not None and is_name(name.text):
                phrase, appositive = name, phrase
        resolved = self.reader.resolve(phrase, appositive, sentence_start=sentence.start)
        if resolved is None or resolved.kind != "person":
            return None  # "QUOTE OF THE DAY:", "The sign read:": nobody who speaks
        attribution = Attribution(
            resolved, "say", "clause", phrase.start, phrase.end, phrase.start, phrase.end,
            inverted=False, explicit=True,
        )  # fmt: skip
        return resolved, attribution

    def _known_name(self, word: str, pos: int) -> bool:
        """Whether one word names someone: a listed alias or a person named before."""
        if self.gazetteer.lookup(word) is not None:
            return True
        earlier = self.discourse.named(word, pos)
        return earlier is not None and earlier.kind == "person"

    def _colon_quote(self, sentence: Sentence, verbs: Sequence[Verb]) -> None:
        """``Sen. X (D-Mich.) was less committal: "Ask me Thursday."``, ``Trump on Truth
        Social, in full: "…"``: a person, words about how they put it, a colon and the
        quote that closes the sentence, with no reporting verb to read."""
        text = self.text
        colon = text.find(":", sentence.start, sentence.end)
        quote = quote_at(self.layout.quotes, skip_blanks(text, colon + 1, sentence.end))
        if quote is None or self.layout.in_quote(colon):
            return
        number = bisect.bisect_left(self.layout.quote_starts, quote.start)
        if number in self.used_quotes or text[quote.end : sentence.end].strip(' .!?\u201d"') != "":
            return
        if any(verb.start < colon and not self.layout.in_quote(verb.start) for verb in verbs):
            return  # "X told Playbook: …": the verb's own reading decides
        start = skip_blanks(text, sentence.start, colon)
        while start < colon and text[start] in _BULLETS:
            start = skip_blanks(text, start + 1, colon)
        if len(text[start:colon].split()) > _COLON_LEAD:
            return
        found = self._speaker_at(start)
        if found is None:
            # "Her colleague Sen. Patrick Ferris (D-Mich.) was …": the name after a lead.
            title = _CAPITAL_WORD.search(text, start + 1, colon)
            found = self._speaker_at(title.start()) if title is not None else None
        if found is None or _POSSESSIVE.search(
            text, found[1].subject_start, found[1].subject_end + 2
        ):
            return  # "Lee's ad ends with a line:": the ad's words, not Lee's
        if not text[quote.inner_start : quote.inner_start + 1].isupper():
            return  # 'has a new target: "the woke bureaucracy."': a phrase, not words said
        self.add(sentence, found[1], Content(quote.inner_start, quote.inner_end, True), 0.7)

    def _bylines(self) -> None:
        """``"I've been through four of these." — Sen. Gale Porter (R-Wyo.)``: a quote
        that a dash and a person's name sign, in newsletters and quote boxes."""
        text = self.text
        for number, quote in enumerate(self.layout.quotes):
            if number in self.used_quotes:
                continue
            dash = _BYLINE_DASH.match(text, quote.end)
            if dash is None:
                continue
            sentence = self.layout.sentence_at(quote.start)
            lead = text[sentence.start : quote.start].rstrip()
            if lead and not lead.endswith(":") and lead.lstrip(" \t" + "".join(_BULLETS)):
                continue  # 'The crowd chanted "Yes We Can" — …': a quote inside narration
            found = self._speaker_at(dash.end())
            if found is None or not _BYLINE_END.match(text, found[1].subject_end):
                continue  # "— Barack Obama's old slogan —": the name is not signing it
            self.add(sentence, found[1], Content(quote.inner_start, quote.inner_end, True), 0.7)


# The most characters other than blanks a ``_TRIM`` match holds (", although also").
# At most this many words quoted straight after a word of the narration ('would be
# answered "forcefully", it added'): a scare quote inside the report, not the report.
_SCARE_WORDS: Final = 3
_TRIM_MARKS: Final = 13
# How far before the cut ``_joint`` searches first.
_TRIM_WINDOW: Final = 40


def _joint(text: str, start: int, cut: int) -> re.Match[str] | None:
    """``_TRIM.search(text, start, cut)``, searched in the last characters only.

    A match ends at ``cut`` and holds at most ``_TRIM_MARKS`` characters that are not
    blanks: when the window before ``cut`` holds more, no match starts before it, and
    the pattern (tried at every position) need not read the whole report.
    """
    lo = max(start, cut - _TRIM_WINDOW)
    if lo > start and len("".join(text[lo:cut].split())) <= _TRIM_MARKS:
        lo = start  # mostly blanks: a match may start further back
    return _TRIM.search(text, lo, cut)


def skip_adjuncts_back(text: str, start: int, end: int, lex: SpeechLexicon) -> int:
    """Where ``text[start:end]`` ends once a trailing adjunct (``in a statement``,
    ``in a post on Telegram``) is cut off; ``end`` when none trails it."""
    for match in _ADJUNCT_LEAD.finditer(text, start, end):
        if not text[skip_adjuncts(text, match.start(), end, lex) : end].strip(" .,;"):
            return match.start()
    return end


def extract_statements(
    article: Article,
    gazetteer: Gazetteer,
    lexicon: SpeechLexicon,
    mentions: tuple[ActorMention, ...] | None = None,
) -> tuple[Statement, ...]:
    """Every statement (who said what) in ``article``, in text order.

    Quotes with their attribution, reported speech (``X said that …``, ``X urged …``,
    ``according to X``) and quotes that carry on a quoted speaker. Spans index the
    article text: ``article.text[start:end] == content`` for every statement.
    ``mentions`` are the article's ``scan_mentions``, when the caller has them already.
    """
    if not article.text.strip():
        return ()
    return _Extractor(article, gazetteer, lexicon, mentions).run()
