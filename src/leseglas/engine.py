"""The German engine over a document: analysis, glosses and the reader's hard words.

``Engine.analyze_paragraph`` is what the reader calls for the paragraph on
screen; ``Engine.analyze`` runs over a whole document with progress.  Both are
cached per paragraph, so nothing is analysed twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from functools import cached_property

from leseglas import parallel
from leseglas.gloss.dictionary import Dictionary
from leseglas.gloss.lookup import Gloss, Glosser
from leseglas.gloss.online import OnlineTranslator
from leseglas.gloss.ranking import dominant_labels
from leseglas.lang.difficulty import LEVELS, above
from leseglas.lang.word import WordAnalysis
from leseglas.text.clean import Progress
from leseglas.text.segment import Document, Paragraph, Token, TokenKind

CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
DOMAIN_SAMPLE = 20_000  # capitalised words looked at to find the document's field


@dataclass(frozen=True)
class AnalyzedToken:
    token: Token
    paragraph: int
    sentence: int
    analysis: WordAnalysis
    gloss: Gloss
    hard: bool

    @property
    def is_word(self) -> bool:
        return self.token.kind is TokenKind.WORD


@dataclass
class Engine:
    """Analyses documents for one reader (level, known and ignored lemmas)."""

    dictionary: Dictionary = field(default_factory=Dictionary)
    level: str = "B1"
    known: set[str] = field(default_factory=set)
    ignored: set[str] = field(default_factory=set)
    online: OnlineTranslator | None = None
    _glossers: dict[int, Glosser] = field(default_factory=dict, repr=False)
    _paragraphs: dict[tuple[int, int], list[AnalyzedToken]] = field(
        default_factory=dict, repr=False
    )

    def __post_init__(self) -> None:
        if self.level not in LEVELS:
            raise ValueError(f"level must be one of {', '.join(LEVELS)}")

    def glosser(self, document: Document) -> Glosser:
        """One glosser per document, tuned to its dominant domain labels."""
        key = id(document)
        if key not in self._glossers:
            self._glossers[key] = Glosser(self.dictionary, self._domain(document), self.online)
        return self._glossers[key]

    def _domain(self, document: Document) -> frozenset[str]:
        senses = []
        seen: set[str] = set()
        for paragraph in document.paragraphs:
            for word in paragraph.text.split():
                word = word.strip('.,;:!?()„“"»«–-')
                if word[:1].isupper() and word not in seen and len(seen) < DOMAIN_SAMPLE:
                    seen.add(word)
                    found = [s for s in self.dictionary.lookup(word) if s.pos == "NOUN"]
                    if found:
                        senses.append(tuple(found))
        return dominant_labels(senses, minimum=max(3, len(senses) // 12))

    def analyze_paragraph(self, document: Document, paragraph: Paragraph) -> list[AnalyzedToken]:
        key = (id(document), paragraph.index)
        if key not in self._paragraphs:
            self._paragraphs[key] = list(self._analyze(document, paragraph))
        return self._paragraphs[key]

    def cached_paragraph(
        self, document: Document, paragraph: Paragraph
    ) -> list[AnalyzedToken] | None:
        """The paragraph's analysis if it was already made, without making it."""
        return self._paragraphs.get((id(document), paragraph.index))

    def _analyze(self, document: Document, paragraph: Paragraph) -> Iterator[AnalyzedToken]:
        glosser = self.glosser(document)
        for number, sentence in enumerate(paragraph.sentences):
            words = [(t.text, t.kind) for t in sentence.tokens]
            glossed = parallel.gloss_sentence(words, self.dictionary, glosser)
            for token, (analysis, gloss) in zip(sentence.tokens, glossed, strict=True):
                yield self._token(token, paragraph.index, number, analysis, gloss)

    def _received(
        self, document: Document, paragraph: Paragraph, result: parallel.ParagraphResult
    ) -> list[AnalyzedToken]:
        """A paragraph a worker analysed and glossed offline; online is asked here."""
        glosser = self.glosser(document)
        tokens = []
        for number, (sentence, words) in enumerate(zip(paragraph.sentences, result, strict=True)):
            initial = True
            for token, (fields, gloss) in zip(sentence.tokens, words, strict=True):
                analysis = parallel.analysis(fields)
                if self.online is not None and gloss.source == "none":
                    gloss = glosser.lookup(analysis, initial)
                tokens.append(self._token(token, paragraph.index, number, analysis, gloss))
                initial = initial and token.kind is not TokenKind.WORD
        return tokens

    def _token(
        self, token: Token, paragraph: int, sentence: int, analysis: WordAnalysis, gloss: Gloss
    ) -> AnalyzedToken:
        hard = self.is_hard(analysis, gloss)
        return AnalyzedToken(token, paragraph, sentence, analysis, gloss, hard)

    def is_hard(self, analysis: WordAnalysis, gloss: Gloss) -> bool:
        """Worth glossing without a tap: a content word above the reader's level."""
        if analysis.pos not in CONTENT_POS or analysis.tag == "PTKVZ" or gloss.proper:
            return False
        if analysis.phrase and analysis.pos != "NOUN":
            return False  # *Nahen Osten*: the phrase is glossed once, at its noun
        if not gloss.short or gloss.lemma in self.known or gloss.lemma in self.ignored:
            return False
        return above(gloss.band, self.level)

    def analyze(
        self, document: Document, progress: Progress | None = None, workers: int = 1
    ) -> DocumentAnalysis:
        """The whole document; ``workers`` processes share a long text (``parallel``)."""
        own, *others = parallel.shares(document.paragraphs, workers)
        total, done = len(document.paragraphs), 0
        if progress is not None:
            progress(0, total)
        with parallel.Pool(len(others)) as pool:
            domain = self.glosser(document).domain
            futures = [
                pool.submit(self.dictionary.path, domain, parallel.work(share)) for share in others
            ]
            for share, future in [(own, None), *zip(others, futures, strict=True)]:
                if future is not None:
                    self._take(document, share, future)
                for paragraph in share:
                    self.analyze_paragraph(document, paragraph)  # a worker's, or made here
                    done += 1
                    if progress is not None:
                        progress(done, total)
        paragraphs = [self.analyze_paragraph(document, p) for p in document.paragraphs]
        return DocumentAnalysis(document, paragraphs)

    def _take(
        self,
        document: Document,
        share: list[Paragraph],
        future: Future[list[parallel.ParagraphResult]],
    ) -> None:
        """Keep a worker's paragraphs (if it failed, they are analysed here instead)."""
        try:
            results = future.result()
        except Exception:  # a lost worker costs time, not the analysis
            return
        for paragraph, result in zip(share, results, strict=True):
            key = (id(document), paragraph.index)
            if key not in self._paragraphs:
                self._paragraphs[key] = self._received(document, paragraph, result)


@dataclass
class DocumentAnalysis:
    document: Document
    paragraphs: list[list[AnalyzedToken]]

    def tokens(self) -> Iterator[AnalyzedToken]:
        for paragraph in self.paragraphs:
            yield from paragraph

    @cached_property
    def hard_words(self) -> list[AnalyzedToken]:
        """Each hard lemma once, at its first appearance."""
        seen: set[str] = set()
        out = []
        for token in self.tokens():
            if token.hard and token.gloss.lemma not in seen:
                seen.add(token.gloss.lemma)
                out.append(token)
        return out
