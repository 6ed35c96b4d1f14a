"""Deck statistics, computed in SQL so they stay fast with a large deck."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from leseglas.deck.store import Store, _day_start

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
    db = store._db
    today = _day_start(now)
    stats = DeckStats()
    rows = db.execute(
        "SELECT CASE WHEN state = '{}' THEN 0 ELSE json_extract(state, '$.state') END, "
        "count(*) FROM cards WHERE suspended = 0 GROUP BY 1"
    )
    for phase, count in rows:
        stats.by_phase[_PHASES.get(phase, "new")] = count
    stats.suspended = db.execute("SELECT count(*) FROM cards WHERE suspended = 1").fetchone()[0]
    due = "SELECT count(*) FROM cards WHERE suspended = 0 AND due < ?"
    stats.due_today = db.execute(due, (today + DAY,)).fetchone()[0]
    stats.due_tomorrow = db.execute(due, (today + 2 * DAY,)).fetchone()[0] - stats.due_today
    stats.due_week = db.execute(due, (today + 7 * DAY,)).fetchone()[0]
    start = today - 29 * DAY
    per_day = dict(
        db.execute(
            "SELECT CAST((reviewed - ?) / 86400 AS INTEGER), count(*) FROM reviews "
            "WHERE reviewed >= ? GROUP BY 1",
            (start, start),
        ).fetchall()
    )
    stats.reviews_per_day = [per_day.get(day, 0) for day in range(30)]
    ahead = dict(
        db.execute(
            "SELECT MAX(0, CAST((due - ?) / 86400 AS INTEGER)), count(*) FROM cards "
            "WHERE suspended = 0 AND due < ? GROUP BY 1",
            (today, today + 30 * DAY),
        ).fetchall()
    )
    stats.forecast = [ahead.get(day, 0) for day in range(30)]
    mature, recalled = db.execute(
        "SELECT count(*), count(*) FILTER (WHERE rating > 1) FROM reviews "
        "WHERE reviewed >= ? AND state_before != '{}' "
        "AND json_extract(state_before, '$.state') = 2",
        (start,),
    ).fetchone()
    stats.retention = recalled / mature if mature else None
    stats.known_words = db.execute("SELECT count(*) FROM words WHERE status = 'known'").fetchone()[
        0
    ]
    before = db.execute(
        "SELECT count(*) FROM words WHERE status = 'known' AND updated < ?", (start,)
    ).fetchone()[0]
    known = dict(
        db.execute(
            "SELECT CAST((updated - ?) / 86400 AS INTEGER), count(*) FROM words "
            "WHERE status = 'known' AND updated >= ? GROUP BY 1",
            (start, start),
        ).fetchall()
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
