"""The reader: the current paragraph, its glossed harder words, and the selected word's detail."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import Footer, Label, ProgressBar, Static
from textual.worker import get_current_worker

from leseglas.app.screens.dialogs import AskScreen, HelpScreen
from leseglas.app.screens.settings import LibraryScreen, SettingsScreen
from leseglas.app.screens.stats import StatsScreen
from leseglas.app.session import ReadingSession
from leseglas.app.sound import say_aloud
from leseglas.app.widgets.panels import DetailPanel, GlossMargin
from leseglas.app.widgets.paragraph import ParagraphView
from leseglas.config import Settings
from leseglas.deck.store import DeckError, WordStatus
from leseglas.engine import AnalyzedToken
from leseglas.speech import Speaker, SpeechError
from leseglas.text.clean import Section
from leseglas.text.language import not_german
from leseglas.text.segment import Paragraph


@runtime_checkable
class LeseglasAppProtocol(Protocol):
    """What the reader needs from its app (kept as a protocol to avoid an import cycle)."""

    settings: Settings
    available_themes: dict[str, object]

    def apply_settings(self, settings: Settings | None) -> None: ...

    def open_path(self, path: str | None) -> None: ...

    def open_review(self) -> None: ...


NARROW = 100  # below this width the gloss margin goes under the paragraph
TINY = 60  # below this the margin is hidden
PROGRESS_STEP = 5  # paragraphs between redraws of the analysis progress bar
RETRY_SECONDS = 0.05  # a redraw put off while the background analysis holds the engine


RELATED_MARK = "── Related articles on the page (not part of the text) ──"


def _opens_related(paragraph: Paragraph, session: ReadingSession) -> bool:
    """The first teaser after the text: the page marks where the text ends."""
    if paragraph.section is not Section.RELATED or paragraph.index == 0:
        return False
    return session.document.paragraphs[paragraph.index - 1].section is Section.ARTICLE


class ReaderScreen(Screen[None]):
    CSS_PATH = "reader.tcss"
    # The key bar shows the keys of reading (it fits 80 columns); every key is in
    # the help (?) and the command palette (Ctrl+P).
    BINDINGS = [
        Binding("left", "word(-1)", "◀ word", show=False),
        Binding("right", "word(1)", "word ▶", show=False),
        Binding("tab", "hard(1)", "hard word", priority=True),
        Binding("shift+tab", "hard(-1)", "prev hard", priority=True, show=False),
        Binding("down,n,pagedown", "paragraph(1)", "next ¶", key_display="n"),
        Binding("up,pageup", "paragraph(-1)", "prev ¶", show=False),
        Binding("home", "paragraph_to(0)", "first ¶", show=False),
        Binding("end", "paragraph_to(-1)", "last ¶", show=False),
        Binding("a", "add", "add to deck"),
        Binding("k", "mark('known')", "known"),
        Binding("i", "mark('ignored')", "ignore", show=False),
        Binding("t", "translate", "translate", show=False),
        Binding("p", "say_word", "say the word", show=False),
        Binding("P", "say_sentence", "say the sentence", show=False),
        Binding("g", "goto", "go to ¶", show=False),
        Binding("slash", "search", "search", show=False),
        Binding("d", "toggle_genders", "der/die/das", show=False),
        Binding("l", "library", "library", show=False),
        Binding("c", "settings", "settings", show=False),
        Binding("r", "review", "review"),
        Binding("s", "stats", "stats", show=False),
        Binding("question_mark", "help", "help"),
        Binding("q", "app.quit", "quit"),
    ]

    def __init__(
        self, session: ReadingSession, colors: bool = True, speaker: Speaker | None = None
    ) -> None:
        super().__init__()
        self.session = session
        self.speaker = speaker or Speaker()
        self.selected: int | None = None
        self.use_colors = colors
        self.genders = False
        self._share: float | None = None  # known share, recomputed only when it can change

    def compose(self) -> ComposeResult:
        with Horizontal(id="status"):
            yield Label(Content(self.session.title_line()), id="doc-title")  # text, not markup
            yield Label("", id="position")
        yield ProgressBar(id="analysis", show_eta=False, total=self.session.count)
        with Horizontal(id="body"):
            with VerticalScroll(id="text", can_focus=False):  # the keys read by paragraph
                yield Static("", id="heading")
                yield ParagraphView(id="paragraph")
                yield Static("", id="following")
            with VerticalScroll(id="margin", can_focus=False):
                yield GlossMargin(id="glosses")
        yield DetailPanel(id="detail")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        # Paint the text at once; the words are looked up in the background and the
        # paragraph is redrawn with its glosses as soon as they are ready.
        self.query_one(ParagraphView).show_plain(self.session.paragraph.text)
        self._show_page()
        self.query_one("#position", Label).update(self.session.progress_label())
        text = self.query_one("#text", VerticalScroll)
        self.watch(text, "scroll_y", self._follow_text, init=False)
        self.analyse_everything()
        if self.session.store.read_only:
            self.notify(
                self.session.store.busy_notice, severity="warning", timeout=15, markup=False
            )

    def on_resize(self) -> None:
        width = self.size.width
        self.set_class(width < NARROW, "narrow")
        self.set_class(width < TINY, "tiny")
        self._margin_after_relayout()

    @on(ParagraphView.Resized)
    @on(GlossMargin.Resized)
    def _relaid_out(self) -> None:
        """The paragraph's or the margin's lines wrap anew (a scrollbar came or went,
        not only a resized terminal): the glosses are drawn again beside their words."""
        self._margin_after_relayout()

    def _margin_after_relayout(self) -> None:
        if self.session.analysed(wait=False):  # else the analysis, when done, draws it
            self.call_after_refresh(self._show_margin)

    # --- drawing -------------------------------------------------------------------

    def refresh_view(self) -> None:
        session = self.session
        words = session.words()
        if self.selected is not None and self.selected >= len(words):
            self.selected = len(words) - 1 if words else None
        self.query_one("#position", Label).update(self._status_line())
        self.query_one(ParagraphView).show(session, self.selected, self.use_colors, self.genders)
        token = self.selected_token
        self.query_one(DetailPanel).show(session, token, self._ipa(token))
        self.call_after_refresh(self._show_margin)  # once the paragraph's lines are laid out

    def _ipa(self, token: AnalyzedToken | None) -> str:
        """The headword's pronunciation; none where speech is unavailable."""
        if token is None:
            return ""
        try:
            return self.speaker.ipa(token.gloss.lemma)
        except SpeechError:
            return ""

    def _show_margin(self) -> None:
        try:
            margin = self.query_one(GlossMargin)
        except NoMatches:  # the screen was closed before it came to this
            return
        if self.session.busy():  # drawn after a refresh the background analysis may
            self.set_timer(RETRY_SECONDS, self._show_margin)  # hold the engine: never wait
            return
        rows = self._gloss_rows()
        # as tall as the text beside it, so that it can scroll along with it
        text_height = self.query_one("#text", VerticalScroll).virtual_size.height
        margin.styles.min_height = text_height if rows is not None else 0
        margin.show(self.session, self.selected_token, rows)

    def _gloss_rows(self) -> dict[str, int] | None:
        """Each harder word's line in the text pane, for its gloss beside it; None
        when the margin is below the text."""
        if self.has_class("narrow"):
            return None
        view = self.query_one(ParagraphView)
        hard = self.session.hard_words()
        rows = view.rows_of(self.session.paragraph.text, [t.token.start for t in hard])
        top = self._rows_above_paragraph()
        return {token.gloss.lemma: top + row for token, row in zip(hard, rows, strict=True)}

    def _rows_above_paragraph(self) -> int:
        """The heading's rows and its gap, from its text: the layout may not have
        caught up yet with a move to another page (a gloss drawn from it would
        stand rows below its word)."""
        text = self.session.heading()
        if not text:
            return 0
        width = self.query_one("#text", VerticalScroll).scrollable_content_region.width
        gap = self.query_one("#heading", Static).styles.margin.bottom
        return len(Content(text).wrap(max(1, width))) + gap

    def _follow_text(self, scroll_y: float) -> None:
        """The margin scrolls with the text beside it, its glosses with their lines."""
        if not self.has_class("narrow"):
            self.query_one("#margin", VerticalScroll).scroll_to(y=scroll_y, animate=False)

    def _show_page(self) -> None:
        """The rest of the page around the paragraph being read: the text's heading
        above its first paragraph, and the paragraphs that follow, to read ahead."""
        heading = self.session.heading()
        top = self.query_one("#heading", Static)
        top.display = bool(heading)
        top.update(Content(heading))
        after = "\n\n".join(
            (RELATED_MARK + "\n\n" if _opens_related(p, self.session) else "") + p.text
            for p in self.session.following()
        )
        below = self.query_one("#following", Static)
        below.display = bool(after)
        below.update(Content(after))

    def forget_known_share(self) -> None:
        """Statuses or the level changed: the known share is worked out again."""
        self._share = None

    def _status_line(self) -> str:
        if self._share is None:  # a walk over the whole text: not on every tap
            self._share = self.session.known_share()
        share = self._share
        return f"{self.session.progress_label()} · known {share:.0%}"

    @property
    def selected_token(self) -> AnalyzedToken | None:
        words = self.session.words()
        if self.selected is None or not 0 <= self.selected < len(words):
            return None
        return words[self.selected]

    # --- background analysis -------------------------------------------------------

    @work(thread=True, exclusive=True, group="analysis")
    def analyse_everything(self) -> None:
        """Analyse the whole text after the first paragraph is on screen (known share,
        library); a long text with a gloss worker beside this thread.  Quitting
        cancels this worker, which stops the analysis and its process."""
        worker = get_current_worker()
        bar = self.query_one("#analysis", ProgressBar)
        self.session.tokens(self.session.position)
        self.app.call_from_thread(self.refresh_view)
        warning = not_german(self.session.document)  # its model loads here, not before paint
        if warning is not None:
            self.app.call_from_thread(self.notify, warning, severity="warning", timeout=15)
        shown = 0

        def progress(done: int, total: int) -> None:
            nonlocal shown
            if done - shown >= PROGRESS_STEP or done == total:
                shown = done
                self.app.call_from_thread(bar.update, progress=done)

        if self.session.analyse_all(progress, stop=lambda: worker.is_cancelled):
            self.app.call_from_thread(self._analysis_done)

    def _analysis_done(self) -> None:
        self.query_one("#analysis", ProgressBar).display = False
        self._share = None
        self.session.save_position()
        self.query_one("#position", Label).update(self._status_line())

    # --- actions -------------------------------------------------------------------

    def on_paragraph_view_word_clicked(self, message: ParagraphView.WordClicked) -> None:
        self.selected = message.index
        self.refresh_view()
        if self.selected_token is not None:
            self.session.tap(self.selected_token)

    def action_word(self, step: int) -> None:
        words = self.session.words()
        if not words:
            return
        if self.selected is None:
            self.selected = 0 if step > 0 else len(words) - 1
        else:
            self.selected = max(0, min(self.selected + step, len(words) - 1))
        self.refresh_view()
        if self.selected_token is not None:
            self.session.tap(self.selected_token)

    def action_hard(self, step: int) -> None:
        words = self.session.words()
        hard = [i for i, token in enumerate(words) if self.session.is_hard(token)]
        if not hard:
            self.notify("No harder words in this paragraph.", timeout=2)
            return
        current = -1 if self.selected is None else self.selected
        if step > 0:
            self.selected = next((i for i in hard if i > current), hard[0])
        else:
            self.selected = next((i for i in reversed(hard) if i < current), hard[-1])
        self.refresh_view()
        if self.selected_token is not None:
            self.session.tap(self.selected_token)

    def action_paragraph(self, step: int) -> None:
        self.action_paragraph_to(self.session.position + step)

    def action_paragraph_to(self, index: int) -> None:
        target = self.session.count - 1 if index < 0 else index
        if target == self.session.position:
            return
        self.session.go(target)
        self._show_page()  # the page moves with the paragraph, not with a tap
        self.selected = None
        self.query_one("#text", VerticalScroll).scroll_home(animate=False)
        self.refresh_view()

    def action_add(self) -> None:
        token = self.selected_token
        if token is None:
            self.notify("Select a word first (click it, or ← → / Tab).", timeout=3)
            return
        if not self._saved(self.session.add_to_deck, token):
            return
        self._share = None
        self.notify(f"Added {token.gloss.lemma} to the deck.", timeout=2, markup=False)
        self.refresh_view()

    def _saved(self, change: Callable[..., None], *args: object) -> bool:
        """A change to the deck, or its refusal shown (read-only beside another
        leseglas, a locked deck): whether it was made."""
        try:
            change(*args)
        except DeckError as err:
            self.notify(str(err), severity="error", timeout=6, markup=False)
            return False
        return True

    def action_mark(self, status: str) -> None:
        token = self.selected_token
        if token is None:
            self.notify("Select a word first (click it, or ← → / Tab).", timeout=3)
            return
        if not self._saved(self.session.mark, token, WordStatus(status)):
            return
        self._share = None
        self.notify(f"{token.gloss.lemma}: {status}", timeout=2, markup=False)
        self.refresh_view()

    def action_translate(self) -> None:
        words = self.session.words()
        token = self.selected_token or (words[0] if words else None)
        if token is None:
            return
        if self.session.online is None:
            self.notify("Online translation is off: turn it on in settings (c) or use --online.",
                        severity="warning", timeout=4)  # fmt: skip
            return
        self.query_one(DetailPanel).loading = True
        self.translate_sentence(token)

    @work(thread=True, exclusive=True, group="translate")
    def translate_sentence(self, token: AnalyzedToken) -> None:
        result = self.session.translate(token)
        self.app.call_from_thread(self._show_translation, result.translation, result.status)

    def _show_translation(self, translation: str, status: str) -> None:
        panel = self.query_one(DetailPanel)
        panel.loading = False
        if translation:
            panel.show_translation(translation)
        else:
            self.notify(f"No translation: {status}.", severity="warning", timeout=4, markup=False)

    def action_say_word(self) -> None:
        """The word under the cursor as written; a separable verb as its infinitive."""
        token = self.selected_token
        if token is None:
            self.notify("Select a word first (click it, or ← → / Tab).", timeout=3)
            return
        say_aloud(self, self.speaker, token.gloss.separable or token.token.text)

    def action_say_sentence(self) -> None:
        """The selected word's sentence, or the paragraph's first."""
        words = self.session.words()
        token = self.selected_token or (words[0] if words else None)
        if token is not None:
            say_aloud(self, self.speaker, self.session.sentence_text(token))

    def action_goto(self) -> None:
        def go(answer: str | None) -> None:
            if answer and answer.strip().isdigit():
                self.action_paragraph_to(int(answer) - 1)

        self.app.push_screen(AskScreen(f"Go to paragraph (1–{self.session.count}):"), go)

    def action_search(self) -> None:
        def find(answer: str | None) -> None:
            if not answer:
                return
            found = self.session.search(answer)
            if found is None:
                self.notify(f"“{answer}” is not in the text.", timeout=3, markup=False)
                return
            self.action_paragraph_to(found)
            words = self.session.words()
            needle = answer.casefold().split()[0]
            self.selected = next(
                (i for i, t in enumerate(words) if needle in t.token.text.casefold()), None
            )
            self.refresh_view()

        self.app.push_screen(AskScreen("Search the text:"), find)

    def action_toggle_genders(self) -> None:
        self.genders = not self.genders
        self.refresh_view()

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(self.BINDINGS))

    def action_review(self) -> None:
        if self.session.store.read_only:
            self.notify(f"No review here: {self.session.store.busy_notice}.", severity="error",
                        timeout=6, markup=False)  # fmt: skip
            return
        app = self.app
        assert isinstance(app, LeseglasAppProtocol)
        app.open_review()

    def action_stats(self) -> None:
        self.app.push_screen(StatsScreen(self.session.store))

    def on_screen_resume(self) -> None:
        """Back from review or settings: statuses may have changed.  (Also when the
        screen is first shown, before its first paint.)"""
        self.session.reload_statuses()
        self._share = None
        self._refresh_when_analysed()

    def _refresh_when_analysed(self) -> None:
        """Redraws the paragraph if it is analysed.  Never waits for the background
        analysis while it holds the engine: that would hold up the first paint (by
        the first paragraph's analysis, half a second) and every key; it looks again."""
        if self.session.analysed(wait=False):
            self.refresh_view()
        elif self.session.busy():
            self.set_timer(RETRY_SECONDS, self._refresh_when_analysed)

    def action_settings(self) -> None:
        app = self.app
        assert isinstance(app, LeseglasAppProtocol)
        themes = sorted(app.available_themes)
        self.app.push_screen(SettingsScreen(app.settings, themes), app.apply_settings)

    def action_library(self) -> None:
        app = self.app
        assert isinstance(app, LeseglasAppProtocol)
        self.app.push_screen(LibraryScreen(self.session.store.documents()), app.open_path)
