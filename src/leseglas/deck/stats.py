"""Deck statistics, computed in SQL so they stay fast with a large deck."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from leseglas.deck.store import Store, day_start

DAY = 86400.0
# fsrs State values inside the stored JSON
_PHASES = {1: "learning", 2: "review", 3: "relearning"}


@dataclass
class DeckStats:
    by_phase: dict[str, int] = field(default_factory=dict)
    suspended: int = 0
    due_today: int = 0
    due_tomorrow: int = 0
    due_week: int = 0
    reviews_per_day: list[int] = field(default_factory=list)  # last 30 days, oldest first
    forecast: list[int] = field(default_factory=list)  # next 30 days, today first
    retention: float | None = None  # share of mature-card answers that were not "Again"
    known_words: int = 0
    known_per_day: list[int] = field(default_factory=list)  # cumulative, last 30 days


def deck_stats(store: Store, now: float | None = None) -> DeckStats:
    now = time.time() if now is None else now
    query = store.query
    today = day_start(now)
    stats = DeckStats()
    rows = query(
        "SELECT CASE WHEN state = '{}' THEN 0 ELSE json_extract(state, '$.state') END, "
        "count(*) FROM cards WHERE suspended = 0 GROUP BY 1"
    )
    for phase, count in rows:
        stats.by_phase[_PHASES.get(phase, "new")] = count
    stats.suspended = query("SELECT count(*) FROM cards WHERE suspended = 1")[0][0]
    due = "SELECT count(*) FROM cards WHERE suspended = 0 AND due < ?"
    stats.due_today = query(due, (today + DAY,))[0][0]
    stats.due_tomorrow = query(due, (today + 2 * DAY,))[0][0] - stats.due_today
    stats.due_week = query(due, (today + 7 * DAY,))[0][0]
    start = today - 29 * DAY
    per_day = dict(
        query(
            "SELECT CAST((reviewed - ?) / 86400 AS INTEGER), count(*) FROM reviews "
            "WHERE reviewed >= ? GROUP BY 1",
            (start, start),
        )
    )
    stats.reviews_per_day = [per_day.get(day, 0) for day in range(30)]
    ahead = dict(
        query(
            "SELECT MAX(0, CAST((due - ?) / 86400 AS INTEGER)), count(*) FROM cards "
            "WHERE suspended = 0 AND due < ? GROUP BY 1",
            (today, today + 30 * DAY),
        )
    )
    stats.forecast = [ahead.get(day, 0) for day in range(30)]
    mature, recalled = query(
        "SELECT count(*), count(*) FILTER (WHERE rating > 1) FROM reviews "
        "WHERE reviewed >= ? AND state_before != '{}' "
        "AND json_extract(state_before, '$.state') = 2",
        (start,),
    )[0]
    stats.retention = recalled / mature if mature else None
    (stats.known_words,) = query("SELECT count(*) FROM words WHERE status = 'known'")[0]
    before = query("SELECT count(*) FROM words WHERE status = 'known' AND updated < ?", (start,))[
        0
    ][0]
    known = dict(
        query(
            "SELECT CAST((updated - ?) / 86400 AS INTEGER), count(*) FROM words "
            "WHERE status = 'known' AND updated >= ? GROUP BY 1",
            (start, start),
        )
    )
    running = before
    for day in range(30):
        running += known.get(day, 0)
        stats.known_per_day.append(running)
    return stats


def sparkline(values: list[int]) -> str:
    """A one-line bar chart: ▁▂▃▄▅▆▇█."""
    bars = "▁▂▃▄▅▆▇█"
    top = max(values, default=0)
    if top == 0:
        return bars[0] * len(values)
    return "".join(bars[min(7, round(v / top * 7))] for v in values)
