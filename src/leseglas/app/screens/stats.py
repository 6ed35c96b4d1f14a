"""Deck statistics: cards by phase, what is due, reviews and forecast as charts."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Label, Sparkline, Static

from leseglas.deck.stats import DeckStats, deck_stats
from leseglas.deck.store import Store


class StatsScreen(Screen[None]):
    CSS_PATH = "stats.tcss"
    BINDINGS = [Binding("escape,q,s", "close", "back")]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.stats: DeckStats = deck_stats(store)

    def compose(self) -> ComposeResult:
        stats = self.stats
        phases = ", ".join(f"{name} {count}" for name, count in sorted(stats.by_phase.items()))
        retention = "–" if stats.retention is None else f"{stats.retention:.0%}"
        with Vertical(id="stats"):
            yield Label("Your deck", id="stats-title")
            yield Static(
                f"Cards: {phases or 'none yet'} · suspended {stats.suspended}\n"
                f"Due: today {stats.due_today} · tomorrow {stats.due_tomorrow} · "
                f"next 7 days {stats.due_week}\n"
                f"Retention (last 30 days): {retention} · known words: {stats.known_words}",
                id="stats-summary",
            )
            yield Label(f"Reviews per day, last 30 days ({sum(stats.reviews_per_day)} in all)")
            yield Sparkline(stats.reviews_per_day, id="reviews-chart")
            yield Label("Forecast: cards due per day, next 30 days")
            yield Sparkline(stats.forecast, id="forecast-chart")
            yield Label("Known words, last 30 days")
            yield Sparkline(stats.known_per_day, id="known-chart")
        yield Footer()

    def action_close(self) -> None:
        self.dismiss(None)
