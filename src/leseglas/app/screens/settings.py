"""Settings (level, colours, online, speech, theme) and the library of opened texts."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label, Select, Static, Switch

from leseglas.app.screens.dialogs import AskScreen
from leseglas.config import Settings
from leseglas.deck.store import DocumentRecord
from leseglas.lang.difficulty import LEVELS
from leseglas.text.load import is_url


class SettingsScreen(ModalScreen[Settings | None]):
    """Edits a copy of the settings; Escape saves and closes."""

    BINDINGS = [Binding("escape,c", "close", "save and close")]

    def __init__(self, settings: Settings, themes: list[str]) -> None:
        super().__init__()
        self.settings = Settings(**vars(settings))
        self.themes = themes

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="settings"):  # a small terminal scrolls it
            yield Label("Settings", id="settings-title")
            with Horizontal(classes="setting"):
                yield Label("Your level", classes="setting-name")
                yield Select([(level, level) for level in LEVELS], value=self.settings.level,
                             allow_blank=False, id="level")  # fmt: skip
            with Horizontal(classes="setting"):
                yield Label("Colours in the text", classes="setting-name")
                yield Switch(value=self.settings.colors, id="colors")
            with Horizontal(classes="setting"):
                yield Label("Online translation", classes="setting-name")
                yield Switch(value=self.settings.online, id="online")
            with Horizontal(classes="setting"):
                yield Label("Speech (words/min)", classes="setting-name")
                yield Select(_rates(self.settings.speech_rate), value=self.settings.speech_rate,
                             allow_blank=False, id="speech_rate")  # fmt: skip
            with Horizontal(classes="setting"):
                yield Label("Review says the answer", classes="setting-name")
                yield Switch(value=self.settings.speak_answers, id="speak_answers")
            with Horizontal(classes="setting"):
                yield Label("Theme", classes="setting-name")
                yield Select([(t, t) for t in self.themes], value=self.settings.theme,
                             allow_blank=False, id="theme")  # fmt: skip
            yield Static("Esc saves and closes. Online and level apply to the next text "
                         "opened; colours and theme at once.", id="settings-foot")  # fmt: skip

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "level" and isinstance(event.value, str):
            self.settings.level = event.value
        elif event.select.id == "theme" and isinstance(event.value, str):
            self.settings.theme = event.value
        elif event.select.id == "speech_rate" and isinstance(event.value, int):
            self.settings.speech_rate = event.value

    def on_switch_changed(self, event: Switch.Changed) -> None:
        if event.switch.id == "colors":
            self.settings.colors = event.value
        elif event.switch.id == "online":
            self.settings.online = event.value
        elif event.switch.id == "speak_answers":
            self.settings.speak_answers = event.value

    def action_close(self) -> None:
        self.dismiss(self.settings)


SPEECH_RATES = (110, 130, 150, 175, 200)  # words per minute: slow to eSpeak's usual and above


def _rates(current: int) -> list[tuple[str, int]]:
    """The rates offered, with the one saved (edited by hand, say) among them."""
    return [(str(rate), rate) for rate in sorted({*SPEECH_RATES, current})]


class LibraryScreen(ModalScreen[str | None]):
    """Texts opened before, newest first, each with its level and the share of
    its words you know; Enter reopens one where you left it, a adds a text."""

    BINDINGS = [Binding("escape,l", "close", "close"), Binding("a", "add", "add a text")]

    def __init__(self, documents: list[DocumentRecord]) -> None:
        super().__init__()
        self.documents = documents

    def compose(self) -> ComposeResult:
        with Vertical(id="library"):
            yield Label("Library", id="library-title")
            table: DataTable[str | Text] = DataTable(cursor_type="row", id="library-table")
            table.add_columns("title", "level", "read", "known", "file")
            for record in self.documents:
                read = min(1.0, (record.position + 1) / max(1, record.paragraphs))
                known = f"{record.known_share:.0%}"
                # a title or a path is text, not markup: its [brackets] are shown
                table.add_row(Text(record.title[:50]), record.level or "–", f"{read:.0%}",
                              known, Text(record.path), key=record.path)  # fmt: skip
            yield table
            yield Label("Enter opens the text · a adds a text (a file or web page) · Esc closes",
                        id="library-foot")  # fmt: skip

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.dismiss(event.row_key.value)

    def action_add(self) -> None:
        """Asks for a text's file and opens it (the library keeps it from then on)."""

        def opened(answer: str | None) -> None:
            if answer and answer.strip():
                answer = answer.strip()
                self.dismiss(answer if is_url(answer) else str(Path(answer).expanduser()))

        question = "A text to add: its file (txt, html, epub, …) or a web page's address"
        self.app.push_screen(AskScreen(question), opened)

    def action_close(self) -> None:
        self.dismiss(None)
