"""Deck speed with 50,000 cards and 500,000 review logs: queue, answering, statistics."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from leseglas.deck.schedule import Grade, Schedule, utc
from leseglas.deck.stats import deck_stats
from leseglas.deck.store import Store

Row = tuple[str, str, str]
CARDS = 50_000
REVIEWS = 500_000


def big_deck(path: Path) -> Store:
    """A deck of the given size, with real FSRS states, written in bulk."""
    store = Store(path)
    schedule = Schedule()
    now = time.time()
    learned = schedule.answer(Schedule.new_state(1, utc(now - 90 * 86400)), Grade.GOOD,
                              utc(now - 90 * 86400))  # fmt: skip
    mature = schedule.answer(learned.state, Grade.GOOD, learned.due)
    state = mature.state
    with store.transaction() as db:
        db.executemany(
            "INSERT INTO cards (id, lemma, pos, gloss, created, state, due) "
            "VALUES (?, ?, 'NOUN', 'gloss', ?, ?, ?)",
            (
                (n, f"Wort{n}", now - 90 * 86400, "{}" if n % 10 == 0 else state,
                 now + (n % 60 - 20) * 86400)
                for n in range(1, CARDS + 1)
            ),
        )  # fmt: skip
        db.executemany(
            "INSERT INTO reviews (card, rating, reviewed, duration, state_before, state_after) "
            "VALUES (?, ?, ?, 4.0, ?, ?)",
            (
                (n % CARDS + 1, n % 4 + 1, now - (n % (90 * 24)) * 3600, state, state)
                for n in range(REVIEWS)
            ),
        )
    return store


def timed(action: object, repeat: int = 20) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def speed_rows() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        store = big_deck(Path(tmp) / "deck.sqlite")
        schedule = Schedule()
        queue_time = timed(lambda: store.queue(time.time(), 20, 200))
        store.close()

        def open_and_queue() -> None:  # what the review screen waits for, from the file
            opened = Store(Path(tmp) / "deck.sqlite")
            opened.queue(time.time(), 20, 200)
            opened.close()

        open_time = timed(open_and_queue)
        store = Store(Path(tmp) / "deck.sqlite")
        due = store.queue(time.time(), 20, 200)
        moments = iter(range(len(due)))

        def answer() -> None:
            item = due[next(moments)]
            store.answer(item.id, schedule, Grade.GOOD, time.time() + 1)

        answer_time = timed(answer, repeat=min(50, len(due)))
        stats_time = timed(lambda: deck_stats(store), repeat=5)
        store.close()
    label = f"{CARDS:,} cards, {REVIEWS:,} logs"
    return [
        (f"deck ({label}): open the review queue", f"{queue_time * 1000:.1f} ms", "<= 100 ms"),
        ("  from the file: open, lock, check, queue", f"{open_time * 1000:.1f} ms", "<= 100 ms"),
        (f"deck ({label}): answer a card", f"{answer_time * 1000:.1f} ms", "<= 10 ms"),
        (f"deck ({label}): statistics", f"{stats_time * 1000:.0f} ms", "<= 500 ms"),
    ]
