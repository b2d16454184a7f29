"""One article in, its statements and agreement observations out.

``Extractor.load()`` reads every data file once (gazetteer, lexicons); ``extract`` is then
pure and fast, and is what the CLI, ``replay`` and the worker all call.
"""

from __future__ import annotations

from dataclasses import dataclass

from processors.actors import Gazetteer, load_gazetteer, scan_mentions
from processors.agreements import AgreementLexicon, extract_observations, load_agreement_lexicon
from processors.model import Article, Extraction
from processors.statements import SpeechLexicon, extract_statements, load_speech_lexicon


@dataclass(frozen=True, slots=True)
class Extractor:
    """The loaded resources and the extraction entry point."""

    gazetteer: Gazetteer
    speech: SpeechLexicon
    agreements: AgreementLexicon

    @classmethod
    def load(cls) -> Extractor:
        """Read the packaged gazetteer and lexicons."""
        return cls(
            gazetteer=load_gazetteer(),
            speech=load_speech_lexicon(),
            agreements=load_agreement_lexicon(),
        )

    def extract(self, article: Article) -> Extraction:
        """Statements and observations of one article, in text order."""
        # Names that changed hands ("the Taliban") are read as they were when it was published.
        gazetteer = self.gazetteer.as_of(article.published)
        # Both extractors read the article's actor mentions: one gazetteer scan serves both.
        mentions = scan_mentions(gazetteer, article.text)
        statements = extract_statements(article, gazetteer, self.speech, mentions)
        observations = extract_observations(
            article, statements, gazetteer, self.agreements, actor_mentions=mentions
        )
        return Extraction(article.id, statements, observations)
