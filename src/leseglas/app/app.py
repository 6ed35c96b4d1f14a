"""The Textual application: a thin shell over ``ReadingSession``."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from leseglas.app.screens.reader import ReaderScreen
from leseglas.app.session import ReadingSession
from leseglas.config import Settings


class LeseglasApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "leseglas"

    def __init__(self, session: ReadingSession, settings: Settings | None = None) -> None:
        super().__init__()
        self.session = session
        self.settings = settings or Settings()

    def on_mount(self) -> None:
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.push_screen(ReaderScreen(self.session, colors=self.settings.colors))

    def watch_theme(self, theme: str) -> None:
        if getattr(self, "settings", None) is not None and self.settings.theme != theme:
            self.settings.theme = theme
            self.settings.save()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Every reader key is also a command in the palette (Ctrl+P)."""
        yield from super().get_system_commands(screen)
        if isinstance(screen, ReaderScreen):
            for binding in screen.BINDINGS:
                if isinstance(binding, Binding) and not binding.action.startswith("app."):
                    yield SystemCommand(
                        binding.description.capitalize(),
                        f"key: {binding.key.split(',')[0]}",
                        partial(screen.run_action, binding.action),
                    )
