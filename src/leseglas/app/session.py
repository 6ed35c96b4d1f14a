"""What the reader shows, without any Textual: one document, its analysis and the learner's data.

The screens call this; it calls the engine and the store.  Keeping it free of
the UI makes every reader action testable on its own and keeps the widgets thin.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from leseglas import config, parallel, stored
from leseglas.deck.schedule import Schedule
from leseglas.deck.store import Store, WordStatus
from leseglas.engine import CONTENT_POS, AnalyzedToken, Engine
from leseglas.gloss.model import Gloss
from leseglas.gloss.online import OnlineResult, OnlineTranslator
from leseglas.gloss.render import principal_parts
from leseglas.lang.difficulty import above, text_level
from leseglas.stored import Reading, stored_path
from leseglas.text.clean import Progress, Role, Section
from leseglas.text.segment import Document, Paragraph, TokenKind

_HEADER_ROLES = (Role.KICKER, Role.TITLE)
STORED_FROM = 50  # paragraphs: a short text is analysed in a second; a long one is kept
PAGE_CHARACTERS = 2500  # the text after the current paragraph shown with it: a screenful


def document_key(document: Document) -> str:
    """A content hash: the same text keeps its position wherever the file lives."""
    digest = hashlib.sha256()
    for paragraph in document.paragraphs:
        digest.update(paragraph.text.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()[:32]


@dataclass
class ReadingSession:
    document: Document
    path: str
    engine: Engine
    store: Store
    online: OnlineTranslator | None = None
    position: int = 0
    statuses: dict[str, WordStatus] = field(default_factory=dict)
    schedule: Schedule = field(default_factory=Schedule)
    tapped: set[str] = field(default_factory=set)
    key: str = ""
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        parallel.prepare()  # before the screen takes stderr: a long text gets a gloss worker
        self.key = document_key(self.document)
        self.statuses = self.store.statuses()
        self.sync_engine()
        record = self.store.document(self.key)
        if record is not None:
            self.position = min(record.position, len(self.document.paragraphs) - 1)
        else:  # the kicker and title are in the header: start with the text itself
            self.position = self.first_of_text

    # --- navigation ----------------------------------------------------------------

    @property
    def paragraph(self) -> Paragraph:
        return self.document.paragraphs[self.position]

    @property
    def count(self) -> int:
        return len(self.document.paragraphs)

    @property
    def first_of_text(self) -> int:
        """The first paragraph after the kicker and title."""
        paragraphs = self.document.paragraphs
        return next((p.index for p in paragraphs if p.role not in _HEADER_ROLES), 0)

    @property
    def article_count(self) -> int:
        """The paragraphs of the text proper: a web page's related-article teasers
        after it are not counted in the reader's progress."""
        return len(self.document.article) or self.count

    def progress_label(self) -> str:
        """Where the reader is: "¶ 3 / 8" in the text, "related 2 / 19" after it."""
        if self.paragraph.section is Section.RELATED:
            related = self.document.related
            return f"related {related.index(self.paragraph) + 1} / {len(related)}"
        return f"¶ {self.position + 1} / {self.article_count}"

    def go(self, position: int) -> None:
        self.read_without_help(self.position)
        self.position = max(0, min(position, self.count - 1))
        self.tapped = set()
        self.save_position()

    def tap(self, token: AnalyzedToken) -> None:
        """The reader looked this word up: reading past it is not a recall."""
        self.tapped.add(token.gloss.lemma)

    def read_without_help(self, index: int) -> int:
        """Light reviews for the paragraph just read: each learning word in it that was
        not tapped counts as recalled ("good"), when its card is due (see README)."""
        tokens = self.analysed(index)
        if not tokens or self.store.read_only:  # another leseglas keeps the deck
            return 0
        learning = {t.gloss.lemma for t in tokens if self.status(t) is WordStatus.LEARNING}
        recorded = 0
        for lemma in sorted(learning - self.tapped):
            recorded += self.store.light_review(lemma, self.schedule, time.time())
        return recorded

    def save_position(self) -> None:
        if self.store.read_only:
            return
        title = self.document.title or self.path
        self.store.save_document(
            self.key, self.path, title, self.article_count, self.position, self.known_share(),
            self.estimated_level(),
        )  # fmt: skip

    def search(self, needle: str, start: int | None = None) -> int | None:
        """The next paragraph (after ``start``, wrapping) whose text contains ``needle``."""
        needle = needle.casefold().strip()
        if not needle:
            return None
        begin = self.position if start is None else start
        for step in range(1, self.count + 1):
            index = (begin + step) % self.count
            if needle in self.document.paragraphs[index].text.casefold():
                return index
        return None

    # --- analysis ------------------------------------------------------------------

    def tokens(self, index: int | None = None) -> list[AnalyzedToken]:
        paragraph = self.paragraph if index is None else self.document.paragraphs[index]
        with self._lock:  # the background analysis and the screen share the engine
            return self.engine.analyze_paragraph(self.document, paragraph)

    def analysed(
        self, index: int | None = None, *, wait: bool = True
    ) -> list[AnalyzedToken] | None:
        """The paragraph's tokens if it is analysed, without analysing it.  Made
        from its compact readings under the lock: the background analysis keeps
        the same engine's tokens.  ``wait=False``: None at once while the
        background analysis holds the engine (the screen must not wait for it)."""
        paragraph = self.paragraph if index is None else self.document.paragraphs[index]
        if not self._lock.acquire(blocking=wait):
            return None
        try:
            return self.engine.cached_paragraph(self.document, paragraph)
        finally:
            self._lock.release()

    def busy(self) -> bool:
        """Whether the background analysis holds the engine right now."""
        return self._lock.locked()

    def analyse_all(self, progress: Progress, stop: Callable[[], bool]) -> bool:
        """Analyse the whole text beside the screen (a long one with a gloss worker);
        whether it got to the end before ``stop``."""
        workers = min(2, os.cpu_count() or 1)
        if self.count < STORED_FROM:
            return self.engine.analyze_all(self.document, progress, workers, self._lock, stop)
        kept = stored_path(config.data_dir() / "analyses", self.key, self.engine.dictionary.path)
        found = stored.load(kept)
        if found is not None:
            with self._lock:
                restored = self.engine.restore(self.document, *found)
            if restored:
                progress(self.count, self.count)
                return True
        done = self.engine.analyze_all(self.document, progress, workers, self._lock, stop)
        if done:
            with self._lock:
                readings = self.engine.readings(self.document)
                # opened again, the text is not analysed again; a full or read-only
                # disk costs the next opening time, nothing else
                with contextlib.suppress(OSError):
                    stored.save(kept, readings, self.count)
        return done

    def words(self, index: int | None = None) -> list[AnalyzedToken]:
        return [t for t in self.tokens(index) if t.token.kind is TokenKind.WORD]

    def alone(self, token: AnalyzedToken) -> Gloss:
        """A phrase word's own gloss: *Kauf* "purchase" in *in Kauf nehmen* "to accept"."""
        with self._lock:  # the dictionary connection is shared with the background analysis
            glosser = self.engine.glosser(self.document)
            return glosser.lookup(replace(token.analysis, phrase=""))

    def principal_parts(self, gloss: Gloss) -> str:
        """A verb's principal parts (``render.principal_parts``); a verb idiom's
        are its verb's (*zu Hilfe eilen*: *eilen – eilte – geeilt*)."""
        found = principal_parts(gloss.lemma, gloss.senses)
        verb = gloss.lemma.split()[-1]
        if found or verb == gloss.lemma:
            return found
        with self._lock:
            return principal_parts(verb, self.engine.dictionary.lookup(verb))

    def genitive(self, gloss: Gloss) -> str:
        """A noun's genitive singular (``Dictionary.genitive``), "" when unknown."""
        head = gloss.parts[-1].lemma if gloss.parts else ""
        with self._lock:
            return self.engine.dictionary.genitive(gloss.lemma, gloss.gender, gloss.plural, head)

    def is_hard(self, token: AnalyzedToken) -> bool:
        """Hard for this reader now (statuses change while reading)."""
        return self.engine.is_hard(token.analysis, token.gloss)

    def hard_words(self, index: int | None = None) -> list[AnalyzedToken]:
        seen: set[str] = set()
        out = []
        for token in self.words(index):
            if self.is_hard(token) and token.gloss.lemma not in seen:
                seen.add(token.gloss.lemma)
                out.append(token)
        return out

    def status(self, token: AnalyzedToken) -> WordStatus:
        return self.statuses.get(token.gloss.lemma, WordStatus.NEW)

    def _content_readings(self, paragraphs: list[Paragraph]) -> Iterator[Reading] | None:
        """The analysed content words' readings (no names), None if one of the
        paragraphs is not analysed yet; made from the compact analysis, no tokens."""
        readings = self.engine.readings(self.document)
        if not all(p.index in readings for p in paragraphs):
            return None
        return (
            (analysis, gloss)
            for p in paragraphs
            for analysis, gloss in readings.get(p.index) or ()
            if analysis.pos in CONTENT_POS and not gloss.proper
        )

    def known_share(self) -> float:
        """Share of the analysed content words the reader knows: marked known, learning
        words excluded, or at or below their level."""
        document = self.document
        analysed = [p for p in document.paragraphs if self.engine.is_analysed(document, p)]
        total = known = 0
        for _, gloss in self._content_readings(analysed) or ():
            total += 1
            status = self.statuses.get(gloss.lemma, WordStatus.NEW)
            easy = not above(gloss.band, self.engine.level)
            known += status in (WordStatus.KNOWN, WordStatus.IGNORED) or (
                status is WordStatus.NEW and easy
            )
        return known / total if total else 0.0

    def estimated_level(self) -> str:
        """The text's level from its content words (``text_level``); "" until the
        whole text is analysed."""
        readings = self._content_readings(self.document.article or self.document.paragraphs)
        return "" if readings is None else text_level([gloss.band for _, gloss in readings])

    # --- the learner's actions -----------------------------------------------------

    def mark(self, token: AnalyzedToken, status: WordStatus) -> None:
        self.store.set_status(token.gloss.lemma, status)
        self.statuses[token.gloss.lemma] = status
        self.sync_engine()

    def add_to_deck(self, token: AnalyzedToken) -> None:
        gloss = token.gloss
        sentence = self.sentence_text(token)
        lemma, pos = token.card_key
        self.store.add_card(
            lemma, pos,
            article=gloss.article, plural=gloss.plural, gloss=gloss.short_text,
            sentence=sentence, document=self.document.title or self.path,
        )  # fmt: skip
        self.reload_statuses()

    def sentence_text(self, token: AnalyzedToken) -> str:
        paragraph = self.document.paragraphs[token.paragraph]
        sentence = paragraph.sentences[token.sentence]
        return paragraph.text[sentence.start : sentence.end]

    def translate(self, token: AnalyzedToken) -> OnlineResult:
        sentence = self.sentence_text(token)
        if self.online is None:
            return OnlineResult(sentence, "", "disabled")
        return self.online.translate(sentence)

    def reload_statuses(self) -> None:
        """Statuses changed outside the reader (review, another window)."""
        self.statuses = self.store.statuses()
        self.sync_engine()

    def sync_engine(self) -> None:
        self.engine.follow_statuses(self.statuses)

    def heading(self) -> str:
        """The kicker and title, shown above the text's first paragraph (the page
        that opens the text); "" on the pages after it."""
        if self.position > self.first_of_text:
            return ""
        header = [p.text for p in self.document.paragraphs if p.role in _HEADER_ROLES]
        return "\n".join(header)

    def following(self, characters: int = PAGE_CHARACTERS) -> list[Paragraph]:
        """The paragraphs after the current one that fill a page (the last one
        whole): read ahead on screen, one key away."""
        page: list[Paragraph] = []
        total = 0
        for paragraph in self.document.paragraphs[self.position + 1 :]:
            if total >= characters:
                break
            page.append(paragraph)
            total += len(paragraph.text)
        return page

    def title_line(self) -> str:
        kicker = next((p.text for p in self.document.paragraphs if p.role is Role.KICKER), "")
        title = self.document.title or self.path
        return f"{kicker}: {title}" if kicker else title
