"""The German engine over a document: analysis, glosses and the reader's hard words.

``Engine.analyze_paragraph`` is what the reader calls for the paragraph on
screen; ``Engine.analyze`` runs over a whole document with progress.  Both are
cached per paragraph, so nothing is analysed twice.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, wait
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from functools import cached_property

from leseglas import parallel
from leseglas.gloss.dictionary import Dictionary
from leseglas.gloss.lookup import Glosser
from leseglas.gloss.model import Gloss
from leseglas.gloss.online import OnlineTranslator
from leseglas.gloss.ranking import dominant_labels
from leseglas.lang.analyze import analyze_sentence
from leseglas.lang.difficulty import LEVELS, above
from leseglas.lang.lemmas import pre_reform
from leseglas.lang.model import WordAnalysis
from leseglas.lang.names import document_surnames
from leseglas.stored import Readings
from leseglas.text.clean import Progress
from leseglas.text.segment import Document, Paragraph, Token, TokenKind

CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
_PUNCTUATION = '.,;:!?()„“"»«–-'
# Paragraphs kept as tokens (what the screen shows, and around it); the others
# are kept as readings only (``stored.Readings``), a few bytes a token.
SHOWN_PARAGRAPHS = 256
DOMAIN_SAMPLE = 20_000  # capitalised words looked at to find the document's field
DOMAIN_CHARACTERS = 500_000  # read for the field: a book's first chapters, a whole article
# A field must be carried by a fifteenth of a text's nouns (counted by the share of
# each one's senses in the field): a word or two from a field is no field.
WORDS_PER_FIELD_WORD = 15
MIN_DOMAIN_WORD = 3  # not *Er*, *Am*, *In* at a sentence's start: erbium, americium, indium


@dataclass(frozen=True, slots=True)
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

    @property
    def card_key(self) -> tuple[str, str]:
        """The deck's key for this word, lemma and part of speech: one card per
        unit, so both halves of a separable verb (*findet … statt*) and every word
        of a listed phrase (*nahm … in Kauf*) give the same card."""
        analysis, gloss = self.analysis, self.gloss
        if analysis.partner is not None and analysis.particle:
            pos = "VERB"  # the particle too: never "a preposition" in the deck
        elif analysis.phrase:
            pos = gloss.pos
        else:
            pos = analysis.pos
        return gloss.lemma, "NOUN" if pos == "PROPN" else pos


@dataclass
class Engine:
    """Analyses documents for one reader (level, known and ignored lemmas)."""

    dictionary: Dictionary = field(default_factory=Dictionary)
    level: str = "B1"
    known: set[str] = field(default_factory=set)
    ignored: set[str] = field(default_factory=set)
    online: OnlineTranslator | None = None
    _glossers: dict[int, Glosser] = field(default_factory=dict, repr=False)
    _old_spellings: dict[int, bool] = field(default_factory=dict, repr=False)
    _surnames: dict[int, frozenset[str]] = field(default_factory=dict, repr=False)
    # per document: every analysed paragraph, compact; the tokens of those on screen
    _analysed: dict[int, Readings] = field(default_factory=dict, repr=False)
    _shown: OrderedDict[tuple[int, int], list[AnalyzedToken]] = field(
        default_factory=OrderedDict, repr=False
    )

    def __post_init__(self) -> None:
        if self.level not in LEVELS:
            raise ValueError(f"level must be one of {', '.join(LEVELS)}")

    def for_another_text(self) -> Engine:
        """An engine for the next text the reader opens: the same dictionary and
        reader, none of this text's analysis (kept per document ``id``, which a
        later document may be given)."""
        return Engine(self.dictionary, self.level, online=self.online)

    def follow_statuses(self, statuses: Mapping[str, str]) -> None:
        """The learner's word statuses (the deck's ``words``): known and ignored
        words are no harder words, in the reader and in ``leseglas gloss`` alike."""
        self.known = {lemma for lemma, status in statuses.items() if status == "known"}
        self.ignored = {lemma for lemma, status in statuses.items() if status == "ignored"}

    def glosser(self, document: Document) -> Glosser:
        """One glosser per document, tuned to its dominant domain labels."""
        key = id(document)
        if key not in self._glossers:
            self._glossers[key] = Glosser(self.dictionary, self._domain(document), self.online)
        return self._glossers[key]

    def old_spelling(self, document: Document) -> bool:
        """Whether the document is in the pre-1996 spelling (its lemmas are, too)."""
        key = id(document)
        if key not in self._old_spellings:
            words = (w.strip(_PUNCTUATION) for p in document.paragraphs for w in p.text.split())
            self._old_spellings[key] = pre_reform(words, self.dictionary.lookup)
        return self._old_spellings[key]

    def surnames(self, document: Document) -> frozenset[str]:
        """The words the document uses as surnames (``names.document_surnames``)."""
        key = id(document)
        if key not in self._surnames:
            paragraphs = (p.text for p in document.paragraphs)
            self._surnames[key] = document_surnames(paragraphs, self.dictionary.lookup)
        return self._surnames[key]

    def _domain(self, document: Document) -> frozenset[str]:
        senses = []
        seen: set[str] = set()
        read = 0
        for paragraph in document.paragraphs:
            read += len(paragraph.text)
            if len(seen) >= DOMAIN_SAMPLE or read > DOMAIN_CHARACTERS:
                break  # a long text's field is told by its beginning
            for word in paragraph.text.split():
                word = word.strip(_PUNCTUATION)
                if (
                    word[:1].isupper()
                    and len(word) >= MIN_DOMAIN_WORD
                    and word not in seen
                    and len(seen) < DOMAIN_SAMPLE
                ):
                    seen.add(word)
                    found = [s for s in self.dictionary.lookup(word) if s.pos == "NOUN"]
                    if found:
                        senses.append(tuple(found))
        return dominant_labels(senses, minimum=max(2, len(senses) / WORDS_PER_FIELD_WORD))

    def analyze_paragraph(self, document: Document, paragraph: Paragraph) -> list[AnalyzedToken]:
        key = (id(document), paragraph.index)
        tokens = self._shown.get(key)
        if tokens is None:
            tokens = self._tokens_of(document, paragraph)
            if tokens is None:
                tokens = list(self._analyze(document, paragraph))
                self.readings(document).keep(
                    paragraph.index, [(t.analysis, t.gloss) for t in tokens]
                )
        self._show(key, tokens)
        return tokens

    def _show(self, key: tuple[int, int], tokens: list[AnalyzedToken]) -> None:
        self._shown[key] = tokens
        self._shown.move_to_end(key)
        if len(self._shown) > SHOWN_PARAGRAPHS:
            self._shown.popitem(last=False)

    def _tokens_of(self, document: Document, paragraph: Paragraph) -> list[AnalyzedToken] | None:
        """A kept paragraph's tokens, made from its readings; None when it is not
        kept, or kept for other tokens (then it is analysed again)."""
        readings = self.readings(document).get(paragraph.index)
        if readings is None:
            return None
        tokens = [(n, t) for n, s in enumerate(paragraph.sentences) for t in s.tokens]
        if len(tokens) != len(readings):
            return None
        return [
            self._token(token, paragraph.index, number, analysis, gloss)
            for (number, token), (analysis, gloss) in zip(tokens, readings, strict=True)
        ]

    def readings(self, document: Document) -> Readings:
        """The document's analysed paragraphs, compact (``stored.Readings``)."""
        return self._analysed.setdefault(id(document), Readings())

    def cached_paragraph(
        self, document: Document, paragraph: Paragraph
    ) -> list[AnalyzedToken] | None:
        """The paragraph's analysis if it was already made, without making it."""
        if not self.is_analysed(document, paragraph):
            return None
        return self.analyze_paragraph(document, paragraph)

    def is_analysed(self, document: Document, paragraph: Paragraph) -> bool:
        return paragraph.index in self.readings(document)

    def restore(self, document: Document, count: int, readings: Readings) -> bool:
        """Takes a stored analysis of this document instead of analysing it again;
        whether it fitted (a paragraph kept for other tokens is analysed again when
        it is shown: the text's hash and the engine's version make that rare)."""
        if count != len(document.paragraphs) or not readings.whole(count):
            return False
        self._analysed[id(document)] = readings
        return True

    def _analyze(self, document: Document, paragraph: Paragraph) -> Iterator[AnalyzedToken]:
        glosser = self.glosser(document)
        for number, sentence in enumerate(paragraph.sentences):
            words = [(t.text, t.kind) for t in sentence.tokens]
            glossed = parallel.gloss_sentence(
                words, self.dictionary, glosser, self.old_spelling(document),
                self.surnames(document),
            )  # fmt: skip
            for token, (analysis, gloss) in zip(sentence.tokens, glossed, strict=True):
                yield self._token(token, paragraph.index, number, analysis, gloss)

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
        """The whole document; with ``workers`` > 1 a long text is glossed in a worker
        process while this one analyses it (``parallel``)."""
        self.analyze_all(document, progress, workers)
        paragraphs = [self.analyze_paragraph(document, p) for p in document.paragraphs]
        return DocumentAnalysis(document, paragraphs)

    def analyze_all(
        self,
        document: Document,
        progress: Progress | None = None,
        workers: int = 1,
        lock: AbstractContextManager[object] | None = None,
        stop: Callable[[], bool] = lambda: False,
    ) -> bool:
        """Analyse every paragraph not analysed yet; whether all are done.

        The reader runs this in a thread beside its screen: ``lock`` is held while
        the dictionary is in use (the screen uses it too), never while waiting for
        the worker, and ``stop`` is asked between paragraphs.
        """
        with parallel.bulk_work():
            return self._analyze_all(document, progress, workers, lock or nullcontext(), stop)

    def _analyze_all(
        self,
        document: Document,
        progress: Progress | None,
        workers: int,
        lock: AbstractContextManager[object],
        stop: Callable[[], bool],
    ) -> bool:
        paragraphs = document.paragraphs
        if progress is not None:
            progress(0, len(paragraphs))
        if workers > 1 and parallel.worth_a_worker(paragraphs):
            with lock:  # the document's domain is worked out with the dictionary
                domain = self.glosser(document).domain
            try:
                worker = parallel.GlossWorker(self.dictionary.path, domain)
            except (OSError, ValueError):  # no process can be started here
                pass
            else:
                return self._analyze_beside_worker(document, progress, lock, stop, worker)
        for done, paragraph in enumerate(paragraphs, 1):
            if stop():
                return False
            with lock:
                self.analyze_paragraph(document, paragraph)
            if progress is not None:
                progress(done, len(paragraphs))
        return True

    def _analyze_beside_worker(
        self,
        document: Document,
        progress: Progress | None,
        lock: AbstractContextManager[object],
        stop: Callable[[], bool],
        worker: parallel.GlossWorker,
    ) -> bool:
        """Analyse here, paragraph by paragraph; gloss in a worker, a batch at a time."""
        total, done = len(document.paragraphs), 0
        pending: deque[_Batch] = deque()
        with lock:
            old_spelling, surnames = self.old_spelling(document), self.surnames(document)
        with worker:
            batch = _Batch(old_spelling, surnames)
            for paragraph in document.paragraphs:
                if stop():
                    return False
                if self.is_analysed(document, paragraph):
                    done += 1  # the screen's, or analysed before
                    continue
                with lock:
                    batch.add(paragraph, self.dictionary)
                if batch.size >= parallel.BATCH_TOKENS:
                    pending.append(batch.send(worker))
                    batch = _Batch(old_spelling, surnames)
                while pending and pending[0].arrived():
                    done += self._take(document, pending.popleft(), worker, lock)
                    if progress is not None:
                        progress(done, total)
            if batch.paragraphs:
                pending.append(batch.send(worker))
            while pending:
                if stop():
                    return False
                done += self._take(document, pending.popleft(), worker, lock)
                if progress is not None:
                    progress(done, total)
        return True

    def _take(
        self,
        document: Document,
        batch: _Batch,
        worker: parallel.GlossWorker,
        lock: AbstractContextManager[object],
    ) -> int:
        """Keep a batch's paragraphs; how many it held.  The worker is waited for
        without the lock, so the screen goes on meanwhile."""
        if batch.sent is not None:
            wait([batch.sent])
        with lock:
            return self._keep(document, batch, worker)

    def _keep(self, document: Document, batch: _Batch, worker: parallel.GlossWorker) -> int:
        """Keep a batch's paragraphs with the worker's glosses (glossed here if it
        failed); online is asked here.  Returns how many paragraphs it held."""
        glosser = self.glosser(document)
        try:
            assert batch.sent is not None
            glossed = worker.receive(batch.sent)
        except Exception:  # a lost worker costs time, not the analysis
            glossed = batch.gloss_here(glosser)
        readings = self.readings(document)
        for paragraph, analysed, glosses, starts in zip(
            batch.paragraphs, batch.analysed, glossed, batch.starts, strict=True
        ):
            if paragraph.index in readings:
                continue  # the screen's, analysed meanwhile
            kept = []
            for sentence, sentence_glosses, opens in zip(analysed, glosses, starts, strict=True):
                for analysis, gloss, start in zip(sentence, sentence_glosses, opens, strict=True):
                    if self.online is not None and gloss.source == "none":
                        gloss = glosser.lookup(analysis, start)
                    kept.append((analysis, gloss))
            readings.keep(paragraph.index, kept)
        return len(batch.paragraphs)


@dataclass
class _Batch:
    """Paragraphs analysed here, waiting for (or sent to) the worker for glosses."""

    old_spelling: bool = False  # the document's (``Engine.old_spelling``)
    surnames: frozenset[str] = frozenset()  # the document's (``Engine.surnames``)
    paragraphs: list[Paragraph] = field(default_factory=list)
    analysed: list[list[list[WordAnalysis]]] = field(default_factory=list)
    starts: list[list[list[bool]]] = field(default_factory=list)
    size: int = 0
    sent: Future[parallel.Reply] | None = None

    def add(self, paragraph: Paragraph, dictionary: Dictionary) -> None:
        sentences = paragraph.sentences
        self.paragraphs.append(paragraph)
        self.analysed.append(
            [
                analyze_sentence(
                    [t.text for t in s.tokens], dictionary, self.old_spelling, self.surnames
                )
                for s in sentences
            ]
        )
        self.starts.append(
            [parallel.sentence_starts([t.kind for t in s.tokens]) for s in sentences]
        )
        self.size += sum(len(s.tokens) for s in sentences)

    def gloss_here(self, glosser: Glosser) -> list[list[list[Gloss]]]:
        return [
            [[glosser.lookup(a, start) for a, start in zip(s, opens, strict=True)]
             for s, opens in zip(paragraph, starts, strict=True)]
            for paragraph, starts in zip(self.analysed, self.starts, strict=True)
        ]  # fmt: skip

    def arrived(self) -> bool:
        return self.sent is not None and self.sent.done()

    def send(self, worker: parallel.GlossWorker) -> _Batch:
        self.sent = worker.submit(parallel.batch_of(self.analysed, self.starts))
        return self


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
