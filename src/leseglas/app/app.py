"""The Textual application: a thin shell over ``ReadingSession``."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from leseglas import config
from leseglas.app.screens.dialogs import keys_label
from leseglas.app.screens.reader import ReaderScreen
from leseglas.app.screens.review import ReviewScreen
from leseglas.app.screens.stats import StatsScreen
from leseglas.app.session import ReadingSession
from leseglas.config import Settings
from leseglas.deck.schedule import Schedule
from leseglas.deck.store import Store
from leseglas.errors import LeseglasError
from leseglas.gloss.online import OnlineTranslator
from leseglas.speech import Speaker
from leseglas.text import open_document
from leseglas.text.load import fetch_page, is_url


class LeseglasApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "leseglas"

    def __init__(self, session: ReadingSession, settings: Settings | None = None) -> None:
        super().__init__()
        self.session = session
        self.settings = settings or Settings()
        self.speaker = speaker_for(self.settings)

    def on_mount(self) -> None:
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.push_screen(self._reader())

    def _reader(self) -> ReaderScreen:
        return ReaderScreen(self.session, colors=self.settings.colors, speaker=self.speaker)

    def on_unmount(self) -> None:
        """Closing the deck releases its writer's lock for the next leseglas."""
        self.speaker.close()
        self.session.store.close()

    def apply_settings(self, settings: Settings | None) -> None:
        """Save the settings and apply what can change at once."""
        if settings is None:
            return
        self.settings = settings
        settings.save()
        self.speaker.voice.rate = settings.speech_rate
        if settings.theme in self.available_themes:
            self.theme = settings.theme
        screen = self.screen
        if isinstance(screen, ReaderScreen):
            screen.session.engine.level = settings.level
            screen.use_colors = settings.colors
            screen.forget_known_share()
            if settings.online and screen.session.online is None:
                screen.session.online = OnlineTranslator(config.cache_dir() / "translations.sqlite")
            elif not settings.online:
                screen.session.online = None
            screen.refresh_view()

    def open_path(self, path: str | None) -> None:
        """Open another text from the library, where it was left; a web page's
        address is fetched first (when online translation, and so the network,
        is allowed)."""
        if not path:
            return
        if is_url(path):
            if not self.settings.online:
                self.notify("A web page needs the network: turn online on in settings (c).",
                            severity="warning", timeout=6)  # fmt: skip
                return
            self.notify(f"Fetching {path} …", timeout=3, markup=False)
            self.fetch(path)
            return
        try:
            document = open_document(path)
        except LeseglasError as err:
            self.notify(str(err), severity="error", timeout=5, markup=False)
            return
        old = self.session
        engine = old.engine.for_another_text()
        self.session = ReadingSession(document, path, engine, old.store, old.online)
        self.switch_screen(self._reader())

    @work(thread=True, exclusive=True, group="fetch")
    def fetch(self, url: str) -> None:
        """Downloads a web page beside the screen, then opens it."""
        try:
            saved = fetch_page(url, config.data_dir() / "texts")
        except LeseglasError as err:
            self.call_from_thread(self.notify, str(err), severity="error", timeout=8)
            return
        self.call_from_thread(self.open_path, str(saved))

    def open_review(self) -> None:
        self.push_screen(review_screen(self.session.store, self.settings, self.speaker))

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
                        f"key: {keys_label(binding.key)}",
                        partial(screen.run_action, binding.action),
                    )


def speaker_for(settings: Settings) -> Speaker:
    """Speech at the settings' rate, each text's sound kept in the data folder."""
    return Speaker(config.data_dir() / "speech", settings.speech_rate)


def review_screen(store: Store, settings: Settings, speaker: Speaker) -> ReviewScreen:
    parameters = tuple(settings.fsrs_parameters) or None
    schedule = Schedule(desired_retention=settings.desired_retention, parameters=parameters)
    return ReviewScreen(store, schedule, settings.new_per_day, settings.reviews_per_day,
                        settings.production, speaker=speaker,
                        speak_answers=settings.speak_answers)  # fmt: skip


class ReviewApp(App[None]):
    """``leseglas review``: the review screen on its own."""

    CSS_PATH = "app.tcss"
    TITLE = "leseglas review"

    def __init__(self, store: Store, settings: Settings) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.speaker = speaker_for(settings)

    def on_mount(self) -> None:
        screen = review_screen(self.store, self.settings, self.speaker)
        self.push_screen(screen, lambda _: self.exit())

    def on_unmount(self) -> None:
        self.speaker.close()


class StatsApp(App[None]):
    CSS_PATH = "app.tcss"

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def on_mount(self) -> None:
        self.push_screen(StatsScreen(self.store), lambda _: self.exit())
