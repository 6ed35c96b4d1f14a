"""FSRS scheduling (the ``fsrs`` package, the algorithm Anki uses) for leseglas cards.

Card states are stored as the package's own JSON.  Interval fuzz is seeded from
the card and the review time, so replaying a card's review log reproduces its
state exactly: the log is the truth, the stored state a cache of it.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import IntEnum
from typing import Any

from fsrs import Card, Rating, Scheduler, State


class Grade(IntEnum):
    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


@dataclass(frozen=True)
class Answer:
    state: str  # the card's new FSRS state (JSON)
    due: datetime


@dataclass
class Schedule:
    desired_retention: float = 0.9
    parameters: tuple[float, ...] | None = None
    learning_steps: tuple[timedelta, ...] = (timedelta(minutes=1), timedelta(minutes=10))

    def __post_init__(self) -> None:
        options: dict[str, Any] = {
            "desired_retention": self.desired_retention,
            "learning_steps": self.learning_steps,
        }
        if self.parameters:
            options["parameters"] = self.parameters
        self._scheduler = Scheduler(**options)
        self._unfuzzed = Scheduler(**options, enable_fuzzing=False)

    @staticmethod
    def new_state(card_id: int, now: datetime) -> str:
        return Card(card_id=card_id, due=now).to_json()

    def answer(self, state: str, grade: Grade, now: datetime) -> Answer:
        card = Card.from_json(state) if state and state != "{}" else Card(card_id=0, due=now)
        with _seeded(f"{card.card_id}:{now.isoformat()}"):
            reviewed, _log = self._scheduler.review_card(card, Rating(int(grade)), now)
        return Answer(reviewed.to_json(), reviewed.due)

    def preview(self, state: str, now: datetime) -> dict[Grade, timedelta]:
        """The interval each grade would give, before fuzz, for the buttons (like Anki's)."""
        card = Card.from_json(state) if state and state != "{}" else Card(card_id=0, due=now)
        return {
            grade: self._unfuzzed.review_card(card, Rating(int(grade)), now)[0].due - now
            for grade in Grade
        }

    @staticmethod
    def phase(state: str) -> str:
        """new, learning, review or relearning (new: never answered)."""
        data = json.loads(state) if state else {}
        if not data or data.get("last_review") is None:
            return "new"
        return State(data["state"]).name.lower()


def utc(timestamp: float) -> datetime:
    return datetime.fromtimestamp(timestamp, UTC)


def describe(interval: timedelta) -> str:
    """Like Anki's buttons: 1m, 10m, 1d, 3.5mo, 1.2y."""
    seconds = interval.total_seconds()
    if seconds < 3600:
        return f"{max(1, round(seconds / 60))}m"
    if seconds < 86400:
        return f"{round(seconds / 3600)}h"
    days = seconds / 86400
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}mo"
    return f"{days / 365:.1f}y"


@contextmanager
def _seeded(seed: str) -> Iterator[None]:
    """Deterministic fuzz without disturbing anyone else's random numbers."""
    saved = random.getstate()
    random.seed(seed)
    try:
        yield
    finally:
        random.setstate(saved)
